// The units layer: exact scale conversions, the inexact 亩, labels of
// compile-time units, the run-time parser over every unit of the Shapingba
// data, and the arithmetic of percents, percentage points and growth rates.
#include <plantarget/units.hpp>

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace plantarget;
using namespace plantarget::units;
using namespace plantarget::literals;

static_assert(sizeof(quantity<yi_yuan_unit>) == sizeof(double), "a quantity is a double at run time");
static_assert(sizeof(quantity<wan<person_visits_unit>>) == sizeof(double));

// ---- exact scale conversions ------------------------------------------------

TEST(UnitsScale, YiYuanToWanYuanAndYuanIsExact) {
    const auto gdp = 268.0 * yi_yuan;
    // 268 × 10^8 / 10^4 = 268 × 10^4 = 2,680,000 万元
    EXPECT_EQ(convert_to<wan_yuan_unit>(gdp).value(), 2'680'000.0);
    // 268 × 10^8 = 26,800,000,000 元
    EXPECT_EQ(convert_to<yuan_unit>(gdp).value(), 2.68e10);
    // and back: 2,680,000 万元 × 10^4 / 10^8 = 268 亿元
    EXPECT_EQ(convert_to<yi_yuan_unit>(2'680'000.0 * wan_yuan).value(), 268.0);
}

TEST(UnitsScale, CountsConvertByPowersOfTen) {
    // 29.5 × 10^4 = 295,000 标箱
    EXPECT_EQ(convert_to<teu_unit>(29.5 * wan_teu).value(), 295'000.0);
    // 5124 × 10^4 = 51,240,000 人次
    EXPECT_EQ(convert_to<person_visits_unit>(5124.0 * wan_person_visits).value(), 51'240'000.0);
    // 51,240,000 / 10^4 = 5124 万人次
    EXPECT_EQ(convert_to<wan<person_visits_unit>>(51'240'000.0 * person_visits).value(), 5124.0);
}

TEST(UnitsScale, SameScaleArithmeticStaysInItsUnit) {
    // 1300 亿元 - 1250 亿元 = 50 亿元, still in 亿元
    const quantity<yi_yuan_unit> change = 1300.0 * yi_yuan - 1250.0 * yi_yuan;
    EXPECT_EQ(change.value(), 50.0);
    EXPECT_TRUE(1300.0 * yi_yuan > 1250.0 * yi_yuan);
}

TEST(UnitsScale, MuToSquareMetresIsApproximate) {
    // 560 亩 × 10000/15 m²/亩 = 5,600,000 / 15 = 373,333.33 m²
    const auto area = convert_approx<square_metres_unit>(560.0 * mu);
    EXPECT_NEAR(area.value(), 373'333.33, 0.01);
    // 1 亩 = 10000/15 = 666.67 m²
    EXPECT_NEAR(convert_approx<square_metres_unit>(1.0 * mu).value(), 666.67, 0.01);
    // the factor to the area base unit is 10000/15, which is not a power of ten
    EXPECT_NEAR(factor_to_base<mu_unit>(), 666.666'666'67, 1e-8);
    // and back: 1,000,000 m² × 15/10000 = 1500 亩 (Boost knows only the way there)
    EXPECT_NEAR(convert_approx<mu_unit>(1'000'000.0 * square_metres).value(), 1500.0, 1e-9);
    EXPECT_NEAR(convert_approx<mu_unit>(area).value(), 560.0, 1e-9);
}

TEST(UnitsScale, KilometresAreThousandsOfMetres) {
    // 50 公里 × 1000 = 50,000 米
    EXPECT_EQ(convert_to<metres_unit>(50.0 * kilometres).value(), 50'000.0);
    EXPECT_EQ(factor_to_base<kilometres_unit>(), 1000.0);
    EXPECT_EQ(factor_to_base<yi_yuan_unit>(), 1e8);
}

// ---- labels of compile-time units -------------------------------------------

TEST(UnitsDescriptor, LabelsOfCompileTimeUnits) {
    EXPECT_EQ(descriptor_of<yi_yuan_unit>().zh(), "亿元");
    EXPECT_EQ(descriptor_of<wan_yuan_unit>().zh(), "万元");
    EXPECT_EQ(descriptor_of<yuan_unit>().zh(), "元");
    EXPECT_EQ(descriptor_of<wan<person_visits_unit>>().zh(), "万人次");
    EXPECT_EQ(descriptor_of<kilometres_unit>().zh(), "公里");
    EXPECT_EQ(descriptor_of<mu_unit>().zh(), "亩");
    EXPECT_EQ(descriptor_of<percent>().zh(), "%");
    EXPECT_EQ(descriptor_of<percentage_points>().zh(), "百分点");
    EXPECT_EQ(descriptor_of<wan<teu_unit>>().zh(), "万标箱");
}

TEST(UnitsDescriptor, KindAndFactorMatchTheParsedString) {
    const auto yi = descriptor_of<yi_yuan_unit>();
    EXPECT_EQ(yi.kind(), unit_kind::currency);
    EXPECT_EQ(yi.scale_exponent(), 8);
    EXPECT_EQ(yi, parse_unit("亿元").value());
    EXPECT_EQ(descriptor_of<wan<person_visits_unit>>(), parse_unit("万人次").value());
    EXPECT_FALSE(descriptor_of<mu_unit>().exact());
}

// ---- the run-time parser ----------------------------------------------------

// The fields of one CSV record: commas split, double quotes group, "" is a quote.
std::vector<std::vector<std::string>> read_csv(std::istream& in) {
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false;
    bool any = false;
    char c = 0;
    while (in.get(c)) {
        any = true;
        if (quoted) {
            if (c == '"') {
                if (in.peek() == '"') {
                    field += '"';
                    in.get(c);
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            record.push_back(std::move(field));
            field.clear();
        } else if (c == '\n') {
            if (!field.empty() && field.back() == '\r') field.pop_back();
            record.push_back(std::move(field));
            field.clear();
            records.push_back(std::move(record));
            record.clear();
            any = false;
        } else {
            field += c;
        }
    }
    if (any) {
        record.push_back(std::move(field));
        records.push_back(std::move(record));
    }
    return records;
}

TEST(UnitsRegistry, ParsesEveryUnitOfTheShapingbaFigures) {
    const std::string path = std::string(PLANTARGET_SHAPINGBA_DATA) + "/figures.csv";
    std::ifstream in(path);
    ASSERT_TRUE(in) << "cannot open " << path;
    const auto records = read_csv(in);
    ASSERT_GE(records.size(), 2U) << path << " has no figures";
    const auto& header = records.front();
    std::size_t unit_column = header.size();
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == "unit") unit_column = i;
    ASSERT_LT(unit_column, header.size()) << path << " has no 'unit' column";

    std::set<std::string> units_seen;
    for (std::size_t row = 1; row < records.size(); ++row) {
        ASSERT_EQ(records[row].size(), header.size()) << path << ": record " << row << " has a different width";
        const std::string& unit = records[row][unit_column];
        units_seen.insert(unit);
        const auto parsed_unit = parse_unit(unit);
        EXPECT_TRUE(parsed_unit.ok()) << "record " << row << ": " << parsed_unit.error().to_string();
    }
    // The report writes money, counts, shares and areas: a handful of units at least.
    EXPECT_GE(units_seen.size(), 10U);
}

TEST(UnitsRegistry, ParsesScalePrefixes) {
    const auto wan_ming = parse_unit("万名").value();
    EXPECT_EQ(wan_ming.kind(), unit_kind::persons);
    EXPECT_EQ(wan_ming.factor(), 1e4);
    const auto yi_tiao = parse_unit("亿条").value();
    EXPECT_EQ(yi_tiao.kind(), unit_kind::lines);
    EXPECT_EQ(yi_tiao.factor(), 1e8);
    EXPECT_EQ(parse_unit("万平方米").value().kind(), unit_kind::area);
    // 个/千人 is a label of its own, not 个 with a prefix
    EXPECT_EQ(parse_unit("个/千人").value().kind(), unit_kind::per_thousand_persons);
    EXPECT_EQ(parse_unit(" 亿元 ").value().zh(), "亿元");
    EXPECT_EQ(parse_unit("km").value().zh(), "公里");
}

TEST(UnitsRegistry, ConvertsValuesBetweenScales) {
    // 268 亿元 → 万元: 268 × 10^8 / 10^4 = 2,680,000
    EXPECT_EQ(convert_value(268.0, parse_unit("亿元").value(), parse_unit("万元").value()), 2'680'000.0);
}

// Units of national reports (issue 16): dollars are their own currency.
TEST(UnitsRegistry, UnitsOfNationalReports) {
    const auto dollars = parse_unit("万亿美元");
    ASSERT_TRUE(dollars.ok());
    EXPECT_EQ(dollars->kind(), plantarget::units::unit_kind::us_dollars);
    EXPECT_FALSE(dollars->same_kind(parse_unit("亿元").value()));
    EXPECT_DOUBLE_EQ(parse_unit("万吨").value().factor(), 1.0e7);  // in kg
    EXPECT_EQ(parse_unit("万千瓦").value().kind(), plantarget::units::unit_kind::power);
    EXPECT_EQ(parse_unit("吨标准煤/万元").value().kind(), plantarget::units::unit_kind::energy_intensity);
    EXPECT_DOUBLE_EQ(parse_unit("万公顷").value().factor(), 1.0e8);  // in m²
    EXPECT_FALSE(parse_unit("万岁").ok());  // ages, years and multiples take no scale
}

TEST(UnitsRegistry, UnknownUnitsFailNamingTheText) {
    for (const std::string text : {"亿强", "furlongs", "万%", "亿百分点", "千米米"}) {
        const auto parsed_unit = parse_unit(text);
        ASSERT_FALSE(parsed_unit.ok()) << text;
        EXPECT_EQ(parsed_unit.error().text, text);
        EXPECT_NE(parsed_unit.error().to_string().find(text), std::string::npos) << parsed_unit.error().to_string();
    }
    const auto empty = parse_unit("");
    ASSERT_FALSE(empty.ok());
    EXPECT_NE(empty.error().message.find("empty"), std::string::npos);
    EXPECT_THROW((void)parse_unit("亿强").value(), parse_failure);
}

// ---- percents, percentage points, growth ------------------------------------

TEST(UnitsRate, DifferenceOfPercentsIsInPercentagePoints) {
    // 5.5 % - 5.2 % = 0.3 percentage points
    const percentage_points change = 5.5_pct - 5.2_pct;
    EXPECT_NEAR(change.value(), 0.3, 1e-12);
    // 5.2 % moved by 0.3 points is 5.5 %
    EXPECT_NEAR((5.2_pct).shifted_by(0.3_pp).value(), 5.5, 1e-12);
    EXPECT_NEAR((5.5_pct).shifted_by(-0.3_pp).value(), 5.2, 1e-12);
    // 0.3 + 0.2 = 0.5 points; 0.3 × 2 = 0.6 points
    EXPECT_NEAR((0.3_pp + 0.2_pp).value(), 0.5, 1e-12);
    EXPECT_NEAR((0.3_pp * 2.0).value(), 0.6, 1e-12);
}

TEST(UnitsRate, PercentIsARatioOnlyWhenAsked) {
    // 94.8 % = 0.948
    EXPECT_NEAR((94.8_pct).as_ratio(), 0.948, 1e-12);
    EXPECT_EQ((94.8_pct).value(), 94.8);
    EXPECT_NEAR(percent::from_ratio(0.948).value(), 94.8, 1e-12);
    EXPECT_TRUE(5.2_pct < 5.5_pct);
}

TEST(UnitsRate, GrowthRatesDifferInPercentagePoints) {
    const auto gdp = growth_rate::from_percent(4.0);
    EXPECT_NEAR(gdp.fraction(), 0.04, 1e-12);
    EXPECT_NEAR(gdp.factor(), 1.04, 1e-12);
    EXPECT_NEAR(gdp.in_percent(), 4.0, 1e-12);
    // 4 % growth against 6.9 % growth: 4 - 6.9 = -2.9 points
    EXPECT_NEAR((gdp - growth_rate::from_percent(6.9)).value(), -2.9, 1e-12);
    // a decline of 2.5 % is a growth of -2.5 %
    EXPECT_NEAR((-growth_rate::from_percent(2.5)).fraction(), -0.025, 1e-12);
    EXPECT_TRUE(growth_rate::from_percent(0.3) < gdp);
}

TEST(UnitsRate, RankIsBetterWhenLower) {
    EXPECT_TRUE(rank(1).better_than(rank(5)));
    EXPECT_FALSE(rank(5).better_than(rank(1)));
    EXPECT_FALSE(rank(3).better_than(rank(3)));
}

// ---- rates per 1,000 residents ----------------------------------------------

TEST(UnitsPerThousand, CountPerThousandResidents) {
    // 4,500 places for 100 万 residents: 4500 / 1,000,000 × 1000 = 4.5 per 1,000
    const auto rate = per_thousand<items_unit>::of(4500.0 * items, 100.0 * wan_persons);
    ASSERT_TRUE(rate.ok());
    EXPECT_NEAR(rate.value().value(), 4.5, 1e-12);
    // 0.45 万 places for 1,000,000 persons: the same 4.5
    const auto scaled = per_thousand<wan<items_unit>>::of(0.45 * wan<items_unit>{}, 1'000'000.0 * persons);
    ASSERT_TRUE(scaled.ok());
    EXPECT_NEAR(scaled.value().value(), 4.5, 1e-12);
}

TEST(UnitsPerThousand, ZeroPopulationHasNoRate) {
    const auto rate = per_thousand<items_unit>::of(4500.0 * items, 0.0 * persons);
    ASSERT_FALSE(rate.ok());
    EXPECT_EQ(rate.why(), reason::zero_base);
}

}  // namespace
