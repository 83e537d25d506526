// Natures, directions, price bases and test modes: the rule that decides
// them where a data file leaves them out (indicator_traits.hpp), word by word;
// the figures columns that state them, and their errors; plan_from_figures
// carrying them into the plan; and the PM2.5 case of issue 12 (an average
// in its year is judged on its level, not pro rata as a flow).
#include <plantarget/from_figures.hpp>
#include <plantarget/indicator_traits.hpp>
#include <plantarget/io/figures_csv.hpp>
#include <plantarget/io/figures_json.hpp>
#include <plantarget/validate.hpp>

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace pt = plantarget;
using pt::direction;
using pt::figure_measure;
using pt::nature;
using pt::price_basis;
using pt::test_mode;
using pt::trait_origin;

pt::indicator_traits traits(std::string_view name, std::string_view unit, figure_measure m = figure_measure::level,
                            std::string_view ceiling = {}) {
    return pt::infer_indicator_traits({name, pt::units::parse_unit(unit).value(), m, ceiling});
}

// ---- the rule, word by word ------------------------------------------------------------

TEST(IndicatorTraitsRule, FlowWords) {
    const auto jobs = traits("城镇新增就业", "万人");
    EXPECT_EQ(jobs.kind, nature::flow);
    EXPECT_EQ(jobs.kind_origin.origin, trait_origin::name_word);
    EXPECT_EQ(jobs.kind_origin.because, "新增");
    const auto invest = traits("累计完成投资", "亿元");
    EXPECT_EQ(invest.kind, nature::flow);
    EXPECT_EQ(invest.kind_origin.because, "累计");
}

TEST(IndicatorTraitsRule, StockWords) {
    EXPECT_EQ(traits("年末常住人口", "万人").kind, nature::stock);
    EXPECT_EQ(traits("年末常住人口", "万人").kind_origin.because, "年末");  // earlier in the table than 人口
    EXPECT_EQ(traits("年底市场主体", "户").kind_origin.because, "年底");
    const auto month_end = traits("月末库存", "亿元");
    EXPECT_EQ(month_end.kind, nature::stock);
    EXPECT_EQ(month_end.kind_origin.because, "末");
    EXPECT_EQ(traits("金融机构贷款余额", "亿元").kind, nature::stock);
    EXPECT_EQ(traits("汽车保有量", "辆").kind, nature::stock);
    EXPECT_EQ(traits("户籍人口", "万人").kind_origin.because, "人口");
}

TEST(IndicatorTraitsRule, AverageWordsAndThePerHeadException) {
    const auto price = traits("猪肉平均价格", "元");
    EXPECT_EQ(price.kind, nature::average);
    EXPECT_EQ(price.kind_origin.because, "价格");  // 价格 stands before 平均 in the table
    EXPECT_EQ(traits("日均客流", "人次").kind, nature::average);
    EXPECT_EQ(traits("日均客流", "人次").kind_origin.because, "均");
    // 人均 is per head, not a mean over time: income per head is summed over the months.
    const auto income = traits("城镇居民人均可支配收入", "元");
    EXPECT_EQ(income.kind, nature::flow);
    EXPECT_EQ(income.kind_origin.origin, trait_origin::fallback);
    // 年均增长 names a measure, not a kind of quantity.
    EXPECT_EQ(traits("地区生产总值年均增长", "%", figure_measure::average_growth).kind, nature::flow);
}

TEST(IndicatorTraitsRule, ConcentrationIsAnAverageByItsUnitAndLowerIsBetterByItsWord) {
    const auto pm = traits("PM2.5年均浓度", "微克/立方米");
    EXPECT_EQ(pm.kind, nature::average);
    EXPECT_EQ(pm.kind_origin.origin, trait_origin::unit);
    EXPECT_EQ(pm.better, direction::lower_is_better);
    EXPECT_EQ(pm.better_origin.origin, trait_origin::name_word);
    EXPECT_EQ(pm.better_origin.because, "浓度");
    // The word alone, in a unit that says nothing.
    EXPECT_EQ(traits("二氧化硫浓度", "件").kind, nature::average);
}

TEST(IndicatorTraitsRule, PercentLevelsAreRatesGrowthOnlyAreNot) {
    const auto unemployment = traits("城镇调查失业率", "%");
    EXPECT_EQ(unemployment.kind, nature::rate);
    EXPECT_EQ(unemployment.kind_origin.origin, trait_origin::unit);
    EXPECT_EQ(unemployment.better, direction::lower_is_better);
    EXPECT_EQ(unemployment.better_origin.because, "失业");
    EXPECT_EQ(traits("千人医生率", "个/千人").kind, nature::rate);
    // Known by its growth only, a percent unit says nothing of the level.
    EXPECT_EQ(traits("社会消费品零售总额", "%", figure_measure::growth).kind, nature::flow);
    const auto forest = traits("森林覆盖率", "%", figure_measure::growth);
    EXPECT_EQ(forest.kind, nature::rate);
    EXPECT_EQ(forest.kind_origin.because, "率");
    EXPECT_EQ(traits("研发投入占GDP比重", "亿元").kind, nature::rate);
}

TEST(IndicatorTraitsRule, PriceRiseIsARateReadAsACeiling) {
    const auto cpi = traits("居民消费价格涨幅", "%", figure_measure::growth);
    EXPECT_EQ(cpi.kind, nature::rate);  // 涨幅 stands before 价格
    EXPECT_EQ(cpi.kind_origin.because, "涨幅");
    EXPECT_EQ(cpi.better, direction::lower_is_better);
    const auto index = traits("居民消费价格指数", "件");
    EXPECT_EQ(index.kind, nature::rate);
    EXPECT_EQ(index.kind_origin.because, "指数");
}

TEST(IndicatorTraitsRule, DirectionFromCeilingThenWordsThenDefault) {
    const auto accidents = traits("生产安全事故", "件", figure_measure::level, "以内");
    EXPECT_EQ(accidents.better, direction::lower_is_better);
    EXPECT_EQ(accidents.better_origin.origin, trait_origin::comparator);
    EXPECT_EQ(accidents.better_origin.because, "以内");
    EXPECT_EQ(traits("生产安全事故", "件").better_origin.because, "事故");
    EXPECT_EQ(traits("单位GDP能耗", "件").better, direction::lower_is_better);
    EXPECT_EQ(traits("主要污染物排放", "件").better, direction::lower_is_better);
    const auto retail = traits("社会消费品零售总额", "亿元");
    EXPECT_EQ(retail.better, direction::higher_is_better);
    EXPECT_EQ(retail.better_origin.origin, trait_origin::fallback);
}

TEST(IndicatorTraitsRule, PriceBasisWords) {
    EXPECT_EQ(traits("地区生产总值", "亿元", figure_measure::growth).basis, price_basis::real);
    EXPECT_EQ(traits("规上工业增加值", "%", figure_measure::growth).basis_origin.because, "增加值");
    EXPECT_EQ(traits("按可比价计算的投资", "亿元").basis, price_basis::real);
    EXPECT_EQ(traits("按不变价计算的产值", "亿元").basis, price_basis::real);
    const auto current = traits("现价产值", "亿元");
    EXPECT_EQ(current.basis, price_basis::nominal);
    EXPECT_EQ(current.basis_origin.origin, trait_origin::name_word);
    const auto retail = traits("社会消费品零售总额", "亿元");
    EXPECT_EQ(retail.basis, price_basis::nominal);
    EXPECT_EQ(retail.basis_origin.origin, trait_origin::fallback);
}

TEST(IndicatorTraitsRule, TestModeFromTheWording) {
    const auto year = pt::infer_test_mode("全年PM2.5平均浓度控制在30微克/立方米以内", "以内");
    EXPECT_EQ(year.mode, test_mode::at_deadline);
    EXPECT_EQ(year.origin.origin, trait_origin::wording);
    EXPECT_EQ(year.origin.because, "全年…控制在");
    EXPECT_EQ(pt::infer_test_mode("全年降至28以下", "以下").origin.because, "全年…以下");
    EXPECT_EQ(pt::infer_test_mode("", "动态清零").mode, test_mode::every_observation);
    EXPECT_EQ(pt::infer_test_mode("失业率始终保持在5.5%以内", "以内").mode, test_mode::every_observation);
    // 每月 stands before 月均 in the table: "每月均" is every month.
    const auto monthly = pt::infer_test_mode("每月均控制在5.5%以内", "以内");
    EXPECT_EQ(monthly.mode, test_mode::every_observation);
    EXPECT_EQ(monthly.origin.because, "每月");
    EXPECT_EQ(pt::infer_test_mode("逐月考核", "").mode, test_mode::every_observation);
    EXPECT_EQ(pt::infer_test_mode("全年月均不超过5.5%", "不超过").mode, test_mode::period_average);
    EXPECT_EQ(pt::infer_test_mode("全年平均不超过5.5%", "不超过").mode, test_mode::period_average);
    // The parts of 全年…控制在 must stand in order.
    const auto none = pt::infer_test_mode("控制在30以下，全年", "");
    EXPECT_EQ(none.mode, test_mode::at_deadline);
    EXPECT_EQ(none.origin.origin, trait_origin::fallback);
}

// Every word of the table is found in a name (or a wording) that holds it,
// and decides the traits it implies there: no longer word hides it.
TEST(IndicatorTraitsRule, EveryWordOfTheTableIsRead) {
    for (const auto& w : pt::indicator_words) {
        if (w.scope == pt::word_scope::target_wording) {
            std::string text(w.text);
            if (const auto gap = text.find("…"); gap != std::string::npos) text.replace(gap, 3, "某指标");
            const auto c = pt::infer_test_mode("XX" + text + "YY", "");
            ASSERT_TRUE(w.test.has_value()) << w.text;
            EXPECT_EQ(c.mode, *w.test) << w.text;
            EXPECT_EQ(c.origin.because, w.text);
            continue;
        }
        const std::string name = "某" + std::string(w.text);
        const auto t = traits(name, "件", figure_measure::level);
        if (w.kind) {
            EXPECT_EQ(t.kind, *w.kind) << w.text;
            EXPECT_EQ(t.kind_origin.because, w.text);
        } else {
            EXPECT_EQ(t.kind_origin.origin, trait_origin::fallback) << w.text;
        }
        if (w.better) EXPECT_EQ(t.better, *w.better) << w.text;
        else EXPECT_EQ(t.better_origin.origin, trait_origin::fallback) << w.text;
        if (w.basis) EXPECT_EQ(t.basis, *w.basis) << w.text;
        else EXPECT_EQ(t.basis_origin.origin, trait_origin::fallback) << w.text;
    }
}

// ---- the figures columns ------------------------------------------------------------------

const std::string header =
    "id,indicator,name_zh,role,period,measure,comparator,value,unit,quote,nature,direction,price_basis,test_mode,"
    "tolerance\n";

pt::figure_book book_ok(const std::string& csv) {
    const auto b = pt::io::read_figures_csv(csv, {}, "f.csv");
    EXPECT_TRUE(b.ok()) << (b.ok() ? std::string() : b.error().to_string());
    return b.ok() ? b.value() : pt::figure_book{};
}
pt::parse_error book_error(const std::string& csv) {
    const auto b = pt::io::read_figures_csv(csv, {}, "f.csv");
    EXPECT_FALSE(b.ok()) << "accepted: " << csv;
    return b.ok() ? pt::parse_error{} : b.error();
}

TEST(IndicatorTraitsColumns, ReadFromCsvAndWrittenBack) {
    const auto b = book_ok(header + "a,pm,PM2.5,actual,2026-01..2026-06,level,=,29.4,微克/立方米,,average,lower_is_better,,,\n" +
                           "t,pm,PM2.5,target,2026,level,约,30,微克/立方米,,,,real,every_observation,1.50\n");
    ASSERT_EQ(b.figures.size(), 2u);
    EXPECT_EQ(b.figures[0].kind, nature::average);
    EXPECT_EQ(b.figures[0].better, direction::lower_is_better);
    EXPECT_FALSE(b.figures[0].basis.has_value());
    EXPECT_FALSE(b.figures[0].test.has_value());
    EXPECT_FALSE(b.figures[0].tolerance.has_value());
    EXPECT_EQ(b.figures[1].basis, price_basis::real);
    EXPECT_EQ(b.figures[1].test, test_mode::every_observation);
    ASSERT_TRUE(b.figures[1].tolerance.has_value());
    EXPECT_EQ(b.figures[1].tolerance->value, 1.5);
    EXPECT_EQ(b.figures[1].tolerance->decimals, 2);

    // CSV and JSON keep them, the tolerance with its decimals.
    for (const auto& again : {pt::io::read_figures_csv(pt::io::write_figures_csv(b)),
                              pt::io::read_figures_json(pt::io::write_figures_json(b))}) {
        ASSERT_TRUE(again.ok()) << again.error().to_string();
        const auto& f = again.value().figures;
        ASSERT_EQ(f.size(), 2u);
        EXPECT_EQ(f[0].kind, nature::average);
        EXPECT_EQ(f[0].better, direction::lower_is_better);
        EXPECT_FALSE(f[0].tolerance.has_value());
        EXPECT_EQ(f[1].basis, price_basis::real);
        EXPECT_EQ(f[1].test, test_mode::every_observation);
        ASSERT_TRUE(f[1].tolerance.has_value());
        EXPECT_EQ(f[1].tolerance->decimals, 2);
    }
}

TEST(IndicatorTraitsColumns, JsonTakesANumberForTheTolerance) {
    const auto b = pt::io::read_figures_json(
        R"({"figures": [{"id": "t", "indicator": "g", "role": "target", "period": "2026", "measure": "growth",
            "comparator": "约", "value": "6.5", "unit": "%", "nature": "flow", "tolerance": 0.5}]})",
        "b.json");
    ASSERT_TRUE(b.ok()) << b.error().to_string();
    EXPECT_EQ(b.value().figures[0].kind, nature::flow);
    ASSERT_TRUE(b.value().figures[0].tolerance.has_value());
    EXPECT_EQ(b.value().figures[0].tolerance->value, 0.5);
}

// "a,x,n,actual,2025,level,=,1,件,q," is 34 bytes (件 is 3): the nature column starts at 35.
const std::string row_start = "a,x,n,actual,2025,level,=,1,件,q,";

TEST(IndicatorTraitsColumns, UnknownTokensAreLocatedErrors) {
    auto e = book_error(header + row_start + "stok,,,,\n");
    EXPECT_EQ(e.where.line, 2u);
    EXPECT_EQ(e.where.column, 35u);
    EXPECT_NE(e.message.find("unknown nature (expected flow, stock, rate, average)"), std::string::npos) << e.message;
    EXPECT_EQ(e.text, "stok");

    e = book_error(header + row_start + ",up,,,\n");
    EXPECT_EQ(e.where.column, 36u);
    EXPECT_NE(e.message.find("unknown direction (expected higher_is_better, lower_is_better, within_band)"),
              std::string::npos)
        << e.message;
    e = book_error(header + row_start + ",,constant,,\n");
    EXPECT_EQ(e.where.column, 37u);
    EXPECT_NE(e.message.find("unknown price basis (expected nominal, real)"), std::string::npos) << e.message;
    e = book_error(header + row_start + ",,,monthly,\n");
    EXPECT_EQ(e.where.column, 38u);
    EXPECT_NE(e.message.find("unknown test mode (expected at_deadline, every_observation, period_average, period_total)"),
              std::string::npos)
        << e.message;
}

TEST(IndicatorTraitsColumns, BadTolerancesAreLocatedErrors) {
    auto e = book_error(header + row_start + ",,,,-0.5\n");
    EXPECT_EQ(e.where.line, 2u);
    EXPECT_EQ(e.where.column, 39u);
    EXPECT_NE(e.message.find("negative tolerance"), std::string::npos) << e.message;
    e = book_error(header + row_start + ",,,,about\n");
    EXPECT_EQ(e.where.column, 39u);
    EXPECT_NE(e.message.find("malformed tolerance"), std::string::npos) << e.message;
    e = book_error(header + row_start + ",,,,nan\n");
    EXPECT_NE(e.message.find("malformed tolerance"), std::string::npos) << e.message;
    e = book_error(header + row_start + ",,,,1万\n");
    EXPECT_NE(e.message.find("scale word"), std::string::npos) << e.message;
    e = book_error(header + row_start + ",,,,0.5%\n");
    EXPECT_NE(e.message.find("percent sign in the tolerance"), std::string::npos) << e.message;
    e = book_error(header + row_start + ",,,,-0\n");
    EXPECT_NE(e.message.find("negative tolerance"), std::string::npos) << e.message;
    // Zero is a band of one point.
    EXPECT_TRUE(pt::io::read_figures_csv(header + row_start + ",,,,0\n").ok());
}

TEST(IndicatorTraitsColumns, JsonErrorsByPath) {
    const auto b = pt::io::read_figures_json(
        R"({"figures": [{"id": "t", "indicator": "g", "role": "target", "period": "2026", "measure": "growth",
            "comparator": "约", "value": "6.5", "unit": "%", "direction": "down", "tolerance": -1}]})",
        "b.json");
    ASSERT_FALSE(b.ok());
    EXPECT_NE(b.error().message.find("/figures/0/direction: unknown direction"), std::string::npos)
        << b.error().message;
    EXPECT_NE(b.error().message.find("2 errors"), std::string::npos) << b.error().message;
}

// ---- validate: what the columns say must fit the book ----------------------------------------

std::vector<pt::parse_error> problems(const std::string& csv) { return pt::validate(book_ok(csv)); }

TEST(IndicatorTraitsValidate, FiguresOfOneIndicatorStatingDifferentTraits) {
    const auto e = problems(header + "a,x,n,actual,2025,level,=,1,件,,stock,,,,\n" +
                            "b,x,n,actual,2024,level,=,1,件,,flow,,,,\n");
    ASSERT_EQ(e.size(), 1u);
    EXPECT_EQ(e[0].where.line, 3u);
    EXPECT_NE(e[0].message.find("figure b states the nature of x as flow, but figure a (f.csv:2) states stock"),
              std::string::npos)
        << e[0].message;
    // Stated once, or the same twice: fine.
    EXPECT_TRUE(problems(header + "a,x,n,actual,2025,level,=,1,件,,stock,,real,,\n" +
                         "b,x,n,actual,2024,level,=,1,件,,stock,,,,\n")
                    .empty());
    const auto d = problems(header + "a,x,n,actual,2025,level,=,1,件,,,lower_is_better,nominal,,\n" +
                            "b,x,n,actual,2024,level,=,1,件,,,higher_is_better,real,,\n");
    ASSERT_EQ(d.size(), 2u);
    EXPECT_NE(d[0].message.find("direction"), std::string::npos) << d[0].message;
    EXPECT_NE(d[1].message.find("price basis"), std::string::npos) << d[1].message;
}

TEST(IndicatorTraitsValidate, TestModeAndToleranceBelongToTargets) {
    auto e = problems(header + "a,x,n,actual,2025,level,=,1,件,,,,,every_observation,\n");
    ASSERT_EQ(e.size(), 1u);
    EXPECT_NE(e[0].message.find("figure a: a test mode belongs to a target, but the role is actual"),
              std::string::npos)
        << e[0].message;
    e = problems(header + "t,x,n,target,2025,level,以上,1,件,,,,,,0.5\n");
    ASSERT_EQ(e.size(), 1u);
    EXPECT_NE(e[0].message.find("figure t: a tolerance is the half-width of an about band (约, 左右, ≈)"),
              std::string::npos)
        << e[0].message;
    e = problems(header + "a,x,n,actual,2025,level,约,1,件,,,,,,0.5\n");
    ASSERT_EQ(e.size(), 1u);
    EXPECT_NE(e[0].message.find("a tolerance belongs to a target"), std::string::npos) << e[0].message;
    EXPECT_TRUE(problems(header + "t,x,n,target,2025,level,约,1,件,,,,,at_deadline,0.5\n").empty());
}

// A year and its twelve months add up for a flow only: a stock's year is its
// December, not the sum of its months.
TEST(IndicatorTraitsValidate, OnlyFlowsMustAddUpToTheirYear) {
    std::string months;
    for (int m = 1; m <= 12; ++m)
        months += "m" + std::to_string(m) + ",x,NAME,actual,2025-" + (m < 10 ? "0" : "") + std::to_string(m) +
                  ",level,=,100,万人,,,,,,\n";
    const auto with_name = [&](const std::string& name, const std::string& stated) {
        std::string csv = header + "y,x,NAME,actual,2025,level,=,100,万人,," + stated + ",,,,\n" + months;
        for (std::size_t at = 0; (at = csv.find("NAME", at)) != std::string::npos;) csv.replace(at, 4, name);
        return problems(csv);
    };
    EXPECT_TRUE(with_name("年末常住人口", "").empty());
    EXPECT_TRUE(with_name("常住人口", "stock").empty());
    const auto flow = with_name("城镇新增就业", "");
    ASSERT_EQ(flow.size(), 1u);
    EXPECT_NE(flow[0].message.find("disagrees beyond rounding with the sum of its 12 parts"), std::string::npos)
        << flow[0].message;
}

// ---- plan_from_figures ---------------------------------------------------------------------------

TEST(IndicatorTraitsPlan, StatedTraitsAreKeptAndAssumedOnesSaySo) {
    const auto p = pt::plan_from_figures(
        book_ok(header + "a,jobs,城镇新增就业,actual,2025,level,=,1.2,万人,,stock,within_band,real,,\n" +
                "b,pm,PM2.5年均浓度,actual,2025,level,=,29,微克/立方米,,,,,,\n" +
                "t,pm,PM2.5年均浓度,target,2026,level,约,30,微克/立方米,全年控制在30左右,,,,every_observation,1.5\n" +
                "u,jobs,城镇新增就业,target,2026,level,以上,1.3,万人,全年控制在,,,,,\n"));
    const auto* jobs = p.indicator_by_id("jobs");
    ASSERT_NE(jobs, nullptr);
    EXPECT_EQ(jobs->kind, nature::stock);
    EXPECT_FALSE(jobs->kind_origin.assumed());
    EXPECT_EQ(jobs->better, direction::within_band);
    EXPECT_FALSE(jobs->better_origin.assumed());
    EXPECT_EQ(jobs->basis, price_basis::real);
    const auto* pm = p.indicator_by_id("pm");
    ASSERT_NE(pm, nullptr);
    EXPECT_EQ(pm->kind, nature::average);
    EXPECT_TRUE(pm->kind_origin.assumed());
    EXPECT_EQ(pm->kind_origin.origin, trait_origin::unit);
    EXPECT_EQ(pm->better, direction::lower_is_better);
    EXPECT_EQ(pm->basis_origin.origin, trait_origin::fallback);

    ASSERT_EQ(p.targets().size(), 2u);
    const auto& t = p.targets()[0].spec;
    EXPECT_EQ(t.test, test_mode::every_observation);
    EXPECT_FALSE(t.test_origin.assumed());
    ASSERT_EQ(t.conditions.size(), 1u);
    EXPECT_EQ(t.conditions[0].tolerance, 1.5);
    const auto& u = p.targets()[1].spec;
    EXPECT_EQ(u.test, test_mode::at_deadline);
    EXPECT_EQ(u.test_origin.origin, trait_origin::wording);
    EXPECT_EQ(u.test_origin.because, "全年…控制在");
}

// Issue 12: PM2.5 of 29.4 for January-June against a year ceiling of 30 was
// judged pro rata as a flow (behind schedule, expected 15.0, projected 58.8).
// An average is judged on its level as it stands: on schedule.
TEST(IndicatorTraitsPlan, AnAverageInItsYearIsJudgedOnItsLevelNotProRata) {
    const auto p = pt::plan_from_figures(
        book_ok(header + "a,pm,PM2.5平均浓度,actual,2026-01..2026-06,level,=,29.4,微克/立方米,,,,,,\n" +
                "t,pm,PM2.5平均浓度,target,2026,level,以内,30,微克/立方米,全年控制在30以内,,,,,\n"));
    const auto r = p.evaluate(pt::period::parse("2026-06").value());
    ASSERT_EQ(r.assessments.size(), 1u);
    const auto& a = r.assessments[0];
    EXPECT_EQ(a.outcome, pt::verdict::on_schedule);
    EXPECT_FALSE(a.expected_to_date.ok());
    ASSERT_TRUE(a.actual.ok());
    EXPECT_DOUBLE_EQ(*a.actual, 29.4);
    ASSERT_TRUE(a.projected.ok());
    EXPECT_DOUBLE_EQ(*a.projected, 29.4);

    // Above the ceiling as it stands: behind schedule, though pro rata it would be far above 15.
    const auto q = pt::plan_from_figures(
        book_ok(header + "a,pm,PM2.5平均浓度,actual,2026-01..2026-06,level,=,31,微克/立方米,,,,,,\n" +
                "t,pm,PM2.5平均浓度,target,2026,level,以内,30,微克/立方米,,,,,,\n"));
    EXPECT_EQ(q.evaluate(pt::period::parse("2026-06").value()).assessments[0].outcome, pt::verdict::behind_schedule);

    // A flow stated as such keeps the pro-rata schedule.
    const auto f = pt::plan_from_figures(
        book_ok(header + "a,pm,PM2.5平均浓度,actual,2026-01..2026-06,level,=,29.4,微克/立方米,,flow,,,,\n" +
                "t,pm,PM2.5平均浓度,target,2026,level,以内,30,微克/立方米,,,,,,\n"));
    const auto fa = f.evaluate(pt::period::parse("2026-06").value()).assessments[0];
    EXPECT_EQ(fa.outcome, pt::verdict::behind_schedule);
    ASSERT_TRUE(fa.expected_to_date.ok());
    EXPECT_DOUBLE_EQ(*fa.expected_to_date, 15.0);
}

// ---- the documentation ----------------------------------------------------------------------------

std::string cell(std::optional<std::string_view> token) { return token ? "`" + std::string(*token) + "`" : ""; }
template <class E>
std::optional<std::string_view> token_or_none(const std::optional<E>& v) {
    if (!v) return std::nullopt;
    return pt::token_of(*v);
}

// docs/plancheck.md prints the word table between its markers, row by row as
// the lexicon holds it.
TEST(IndicatorTraitsDocs, WordTableMatchesTheLexicon) {
    std::string expected = "| word | read in | nature | direction | price basis | test mode | why |\n"
                           "|---|---|---|---|---|---|---|\n";
    for (const auto& w : pt::indicator_words) {
        const std::vector<std::string> cells{std::string(w.text),
                                             w.scope == pt::word_scope::indicator_name ? "name" : "wording",
                                             cell(token_or_none(w.kind)),
                                             cell(token_or_none(w.better)),
                                             cell(token_or_none(w.basis)),
                                             cell(token_or_none(w.test)),
                                             std::string(w.why)};
        std::string row = "|";
        for (const auto& c : cells) row += " " + c + " |";
        expected += row + "\n";
    }
    const std::string doc_path = std::string(PLANTARGET_SHAPINGBA_DATA) + "/../../../docs/plancheck.md";
    const auto doc = pt::io::read_text_file(doc_path);
    ASSERT_TRUE(doc.ok()) << doc_path;
    const std::string& text = doc.value();
    const std::string begin = "<!-- indicator-words:begin -->\n", end = "<!-- indicator-words:end -->";
    const auto from = text.find(begin), to = text.find(end);
    ASSERT_NE(from, std::string::npos);
    ASSERT_NE(to, std::string::npos);
    EXPECT_EQ(text.substr(from + begin.size(), to - from - begin.size()), expected);
}

}  // namespace
