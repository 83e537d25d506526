// Indicators: the unit comes from the type, the rest from the spec, with the
// defaults a plan figure most often has (higher is better, a flow, nominal).
#include <plantarget/indicator.hpp>

#include <boost/units/quantity.hpp>

#include <gtest/gtest.h>

#include <string>
#include <type_traits>

namespace {

using namespace plantarget;
namespace pu = plantarget::units;

indicator_spec spec_of(std::string id, std::string name_zh, std::string name_en) {
    indicator_spec s;
    s.id = std::move(id);
    s.name_zh = std::move(name_zh);
    s.name_en = std::move(name_en);
    return s;
}

TEST(Indicator, YiYuanIndicatorHasTheDescriptorAndTheDefaults) {
    const indicator<pu::yi_yuan_unit> investment(
        spec_of("key_project_investment", "区级重点项目完成投资", "Investment in key district projects"));
    const indicator_info& info = investment.info();
    EXPECT_EQ(investment.id(), "key_project_investment");
    EXPECT_EQ(info.id, "key_project_investment");
    EXPECT_EQ(info.name_zh, "区级重点项目完成投资");
    EXPECT_EQ(info.name_en, "Investment in key district projects");
    // The unit is 亿元: currency at 10^8.
    EXPECT_EQ(info.unit.zh(), "亿元");
    EXPECT_EQ(info.unit.kind(), pu::unit_kind::currency);
    EXPECT_EQ(info.unit.scale_exponent(), 8);
    EXPECT_EQ(info.unit.factor(), 1e8);
    // Defaults.
    EXPECT_EQ(investment.better(), direction::higher_is_better);
    EXPECT_EQ(info.better, direction::higher_is_better);
    EXPECT_EQ(info.kind, nature::flow);
    EXPECT_EQ(info.basis, price_basis::nominal);
    EXPECT_TRUE(info.parent_id.empty());
}

TEST(Indicator, ValueTypeIsTheQuantityOfTheUnit) {
    static_assert(std::is_same_v<indicator<pu::yi_yuan_unit>::value_type, pu::quantity<pu::yi_yuan_unit>>);
    static_assert(std::is_same_v<indicator<pu::yi_yuan_unit>::unit_type, pu::yi_yuan_unit>);
    static_assert(std::is_same_v<indicator<percent>::value_type, percent>);
    static_assert(std::is_same_v<indicator<pu::trains_unit>::value_type, pu::quantity<pu::trains_unit>>);
    SUCCEED();
}

TEST(Indicator, DirectionNatureBasisAndParentAsSpecified) {
    indicator_spec s = spec_of("safety_accidents", "安全生产事故数", "Work-safety accidents");
    s.better = direction::lower_is_better;
    s.parent_id = "district_safety";
    const indicator<pu::cases_unit> accidents(std::move(s));
    EXPECT_EQ(accidents.better(), direction::lower_is_better);
    EXPECT_EQ(sign_of(accidents.better()), -1);
    EXPECT_EQ(accidents.info().parent_id, "district_safety");
    EXPECT_EQ(accidents.info().unit.zh(), "件");
    EXPECT_EQ(accidents.info().unit.kind(), pu::unit_kind::cases);

    indicator_spec e = spec_of("enterprises_registered", "市场主体", "Registered enterprises");
    e.kind = nature::stock;
    const indicator<pu::enterprises_unit> enterprises(std::move(e));
    EXPECT_EQ(enterprises.info().kind, nature::stock);
    EXPECT_EQ(enterprises.better(), direction::higher_is_better);
    EXPECT_EQ(enterprises.info().unit.zh(), "家");

    indicator_spec g = spec_of("gdp_growth", "地区生产总值增速", "GDP growth");
    g.kind = nature::rate;
    g.basis = price_basis::real;
    g.better = direction::within_band;
    const indicator<growth_rate> gdp(std::move(g));
    EXPECT_EQ(gdp.info().kind, nature::rate);
    EXPECT_EQ(gdp.info().basis, price_basis::real);
    EXPECT_EQ(gdp.better(), direction::within_band);
    EXPECT_EQ(gdp.info().unit.zh(), "%");
    EXPECT_TRUE(gdp.info().parent_id.empty());
}

TEST(Indicator, UnitsOfOtherKinds) {
    const indicator<pu::wan<pu::person_visits_unit>> visitors(spec_of("visitors", "接待游客", "Visitors"));
    EXPECT_EQ(visitors.info().unit.zh(), "万人次");
    EXPECT_EQ(visitors.info().unit.kind(), pu::unit_kind::person_visits);
    EXPECT_EQ(visitors.info().unit.scale_exponent(), 4);
    const indicator<pu::trains_unit> trains(spec_of("intl_trains", "国际班列开行量", "International trains"));
    EXPECT_EQ(trains.info().unit.zh(), "列");
    const indicator<percent> resolution(spec_of("dispute_resolution", "矛盾纠纷化解率", "Disputes resolved"));
    EXPECT_EQ(resolution.info().unit.zh(), "%");
    EXPECT_TRUE(resolution.info().unit.is_rate());
    const indicator<percentage_points> change(spec_of("rate_change", "变动", "Change"));
    EXPECT_EQ(change.info().unit.zh(), "百分点");
}

TEST(Indicator, TownBreakdownPointsToItsDistrictParent) {
    indicator_spec town = spec_of("fai_tongjiaqiao", "童家桥街道固定资产投资", "Fixed-asset investment, a street");
    town.parent_id = "fai_district";
    const indicator<pu::yi_yuan_unit> part(std::move(town));
    const indicator<pu::yi_yuan_unit> whole(spec_of("fai_district", "全区固定资产投资", "Fixed-asset investment"));
    EXPECT_EQ(part.info().parent_id, whole.id());
    EXPECT_TRUE(whole.info().parent_id.empty());
    EXPECT_TRUE(part.info().unit == whole.info().unit);
}

TEST(Indicator, NatureNames) {
    static_assert(to_string(nature::flow) == "flow");
    static_assert(to_string(nature::stock) == "stock");
    static_assert(to_string(nature::rate) == "rate");
    EXPECT_EQ(to_string(nature::stock), "stock");
}

}  // namespace
