// Typed output: fmt::formatter (format.hpp) and operator<< (ostream.hpp) print
// every value type through the one text of text.hpp, with the registry's
// labels; an assessment's numbers carry their unit.
#include <plantarget/assessment_units.hpp>
#include <plantarget/format.hpp>
#include <plantarget/ostream.hpp>
#include <plantarget/plantarget.hpp>

#include <gtest/gtest.h>

#include <iomanip>
#include <sstream>

using namespace plantarget;
using namespace plantarget::units;

namespace {
template <class T>
std::string streamed(const T& v) {
    std::ostringstream os;
    os << v;
    return os.str();
}

// 2026: new urban jobs at least 3.5万 (a 万人 target on a 人 indicator); by
// June 2.0万 are in: 2 of 1.75 expected, (2 - 1.75) / 3.5 = +7.1 points ahead.
struct jobs_case {
    indicator<persons_unit> jobs{{.id = "urban_jobs_new", .name_zh = "新增城镇就业", .name_en = "New urban jobs"}};
    series<persons_unit> so_far;
    assessment a;
    jobs_case() {
        EXPECT_EQ(so_far.add(period::parse("2026-01..2026-06").value(), 20000.0 * persons), reason::none);
        a = evaluate(at_least(jobs, 3.5 * wan_persons, period::year(2026)), jobs, so_far, period::month(2026, 6));
    }
};
}  // namespace

TEST(Format, QuantitiesCarryTheRegistryLabel) {
    EXPECT_EQ(fmt::format("{}", 262.745 * yi_yuan), "262.745 亿元");
    EXPECT_EQ(fmt::format("{:.1}", 262.745 * yi_yuan), "262.7 亿元");
    EXPECT_EQ(fmt::format("{}", 0.52 * wan_persons), "0.52 万人");
    EXPECT_EQ(fmt::format("{}", 3.0 * enterprises), "3 家");
    EXPECT_EQ(fmt::format("{:en}", 3.0 * enterprises), "3 enterprises");
    EXPECT_EQ(fmt::format("{:.1en}", 262.745 * yi_yuan), "262.7 10^8 yuan");
    EXPECT_EQ(fmt::format("{}", 12.5 * mu), "12.5 亩");
}

TEST(Format, RatesRanksAndPeriods) {
    EXPECT_EQ(fmt::format("{}", 94.8_pct), "94.8%");
    EXPECT_EQ(fmt::format("{:.1}", percent(94.8276)), "94.8%");
    EXPECT_EQ(fmt::format("{}", 0.3_pp), "+0.3 个百分点");
    EXPECT_EQ(fmt::format("{}", -0.3_pp), "-0.3 个百分点");
    EXPECT_EQ(fmt::format("{:en}", 0.3_pp), "+0.3 percentage points");
    EXPECT_EQ(fmt::format("{}", growth_rate::from_percent(5.2)), "+5.2%");
    EXPECT_EQ(fmt::format("{:.1}", growth_rate::from_percent(-3.04)), "-3.0%");
    EXPECT_EQ(fmt::format("{}", rank(1)), "第 1 位");
    EXPECT_EQ(fmt::format("{:en}", rank(1)), "rank 1");
    EXPECT_EQ(fmt::format("{}", period::half(2025, 1)), "2025H1");
}

TEST(Format, EnumerationsInChineseEnglishOrToken) {
    EXPECT_EQ(fmt::format("{}", verdict::exceeded), "超额完成");
    EXPECT_EQ(fmt::format("{:zh}", verdict::exceeded), "超额完成");
    EXPECT_EQ(fmt::format("{:en}", verdict::not_achieved), "not achieved");
    EXPECT_EQ(fmt::format("{:t}", verdict::not_achieved), "not_achieved");
    EXPECT_EQ(fmt::format("{:en}", reason::zero_base), "base is zero");
    EXPECT_EQ(fmt::format("{}", comparator::at_most), "不超过");
    EXPECT_EQ(fmt::format("{}", commitment::binding), "约束性");
    EXPECT_EQ(fmt::format("{:t}", unit_kind::person_visits), "person_visits");
}

TEST(Format, BadSpecIsAFormatError) {
    EXPECT_THROW((void)fmt::format(fmt::runtime("{:x}"), verdict::exceeded), fmt::format_error);
    EXPECT_THROW((void)fmt::format(fmt::runtime("{:.}"), 94.8_pct), fmt::format_error);
}

TEST(Format, StreamsPrintWhatFmtPrints) {
    EXPECT_EQ(streamed(262.745 * yi_yuan), fmt::format("{}", 262.745 * yi_yuan));
    EXPECT_EQ(streamed(94.8_pct), "94.8%");
    EXPECT_EQ(streamed(0.3_pp), "+0.3 个百分点");
    EXPECT_EQ(streamed(growth_rate::from_percent(5.2)), "+5.2%");
    EXPECT_EQ(streamed(rank(2)), "第 2 位");
    EXPECT_EQ(streamed(period::quarter(2025, 3)), "2025Q3");
    EXPECT_EQ(streamed(verdict::exceeded), "超额完成");
    EXPECT_EQ(streamed(unit_kind::teu), "标箱");
}

TEST(Format, StreamManipulatorsChooseLabelsAndFixedChoosesDecimals) {
    std::ostringstream os;
    os << english << verdict::exceeded << "|" << tokens << verdict::not_achieved << "|" << chinese
       << verdict::achieved << "|" << std::fixed << std::setprecision(1) << 262.745 * yi_yuan;
    EXPECT_EQ(os.str(), "exceeded|not_achieved|完成|262.7 亿元");
}

TEST(Format, ReportNumbersAreTheSameImplementation) {
    // The report's rounding cases, through the moved implementation.
    EXPECT_EQ(format_number(94.85, 1), "94.9");
    EXPECT_EQ(format_number(-0.04, 1), "0.0");
    EXPECT_EQ(format_number(120.0), "120");
    // The widest doubles print with an exponent and 15 significant digits,
    // not the 309 digits of the fixed form, most of which the input never had.
    EXPECT_EQ(format_number(-1.7976931348623157e308, 2), "-1.79769313486232e+308");
    EXPECT_EQ(format_number(3.5, 2), "3.50");
    EXPECT_EQ(format_signed(1.5), "+1.5");
}

TEST(Format, AssessmentAmountsCarryTheConditionUnit) {
    const jobs_case c;
    ASSERT_EQ(c.a.outcome, verdict::ahead_of_schedule);
    EXPECT_EQ(fmt::format("{}", *actual_amount(c.a)), "2 万人");
    EXPECT_EQ(fmt::format("{}", *margin_amount(c.a)), "-1.5 万人");
    EXPECT_EQ(fmt::format("{}", *threshold_amount(c.a)), "3.5 万人");
    EXPECT_EQ(fmt::format("{}", *projected_amount(c.a)), "4 万人");
    EXPECT_EQ(fmt::format("{}", *expected_amount(c.a)), "1.75 万人");
    EXPECT_EQ(last_actual_amount(c.a).why(), reason::no_data);
}

// threshold_amount is the condition's `value` for every measure and
// comparator, as assessment::threshold is: a completion target's rate (its
// `upper` stays 0), about's centre (not its tolerance), between's low end.
TEST(Format, ThresholdAmountIsTheThresholdOfEachKindOfCondition) {
    const jobs_case c;
    const auto threshold_of = [&](const auto& t) {
        const assessment a = evaluate(t, c.jobs, c.so_far, period::month(2026, 6));
        const auto x = threshold_amount(a);
        EXPECT_TRUE(x.ok());
        EXPECT_DOUBLE_EQ(x->value, a.threshold);
        return *x;
    };
    const period y2026 = period::year(2026);

    const amount completion = threshold_of(completion_at_least(c.jobs, 3.5 * wan_persons, percent(100.0), y2026));
    EXPECT_DOUBLE_EQ(completion.value, 100.0);
    EXPECT_EQ(completion.unit.kind(), unit_kind::percent);
    EXPECT_EQ(fmt::format("{}", completion), fmt::format("{}", percent(100.0)));

    const amount about_x = threshold_of(about(c.jobs, 3.5 * wan_persons, 2000.0 * persons, y2026));
    EXPECT_DOUBLE_EQ(about_x.value, 3.5);
    EXPECT_EQ(about_x.unit, unit_of("人", 4));

    const amount range = threshold_of(between(c.jobs, 3.0 * wan_persons, 4.0 * wan_persons, y2026));
    EXPECT_DOUBLE_EQ(range.value, 3.0);
    EXPECT_EQ(range.unit, unit_of("人", 4));

    const amount level = threshold_of(at_most(c.jobs, 5.0 * wan_persons, y2026));
    EXPECT_DOUBLE_EQ(level.value, 5.0);
    EXPECT_EQ(level.unit, unit_of("人", 4));

    const amount growth = threshold_of(growth_at_least(c.jobs, growth_rate::from_percent(6.5), y2026));
    EXPECT_DOUBLE_EQ(growth.value, 6.5);
    EXPECT_EQ(growth.unit.kind(), unit_kind::percent);

    EXPECT_EQ(threshold_amount(assessment{}).why(), reason::no_target);
}

TEST(Format, TypedViewGivesQuantitiesInTheIndicatorsUnit) {
    const jobs_case c;
    EXPECT_DOUBLE_EQ(actual_quantity<persons_unit>(c.a)->value(), 20000.0);
    EXPECT_DOUBLE_EQ(margin_quantity<persons_unit>(c.a)->value(), -15000.0);
    EXPECT_DOUBLE_EQ(projected_quantity<persons_unit>(c.a)->value(), 40000.0);
    EXPECT_DOUBLE_EQ(threshold_quantity<wan<persons_unit>>(c.a)->value(), 3.5);
    EXPECT_EQ(fmt::format("{}", *actual_quantity<persons_unit>(c.a)), "20000 人");
    EXPECT_EQ(actual_growth(c.a).why(), reason::not_applicable);
}

TEST(Format, AssessmentIsOneLine) {
    const jobs_case c;
    EXPECT_EQ(fmt::format("{}", c.a), "urban_jobs_new@2026: 快于进度, 实际 2 万人, 差距 -1.5 万人");
    EXPECT_EQ(fmt::format("{:en}", c.a),
              "urban_jobs_new@2026: ahead of schedule, actual 2 10^4 persons, margin -1.5 10^4 persons");
    EXPECT_EQ(streamed(c.a), fmt::format("{}", c.a));
}

TEST(Format, GrowthAssessmentIsInPercentWithAMarginInPoints) {
    const indicator<yi_yuan_unit> gdp({.id = "gdp", .name_zh = "地区生产总值", .name_en = "GDP"});
    series<yi_yuan_unit> s;
    EXPECT_EQ(s.add(period::year(2025), 100.0 * yi_yuan), reason::none);
    EXPECT_EQ(s.add(period::year(2026), 110.0 * yi_yuan), reason::none);
    const auto a = evaluate(growth_at_least(gdp, growth_rate::from_percent(5.0), period::year(2026)), gdp, s,
                            period::year(2026));
    EXPECT_EQ(fmt::format("{:.1}", a), "gdp@2026: 完成, 实际 10.0%, 差距 +5.0 个百分点");
    EXPECT_NEAR(actual_growth(a)->in_percent(), 10.0, 1e-9);
    EXPECT_NEAR(margin_points(a)->value(), 5.0, 1e-9);
    EXPECT_EQ(actual_quantity<yi_yuan_unit>(a).why(), reason::not_applicable);
}

TEST(Format, MissingActualShowsItsReason) {
    const indicator<yi_yuan_unit> gdp({.id = "gdp", .name_zh = "地区生产总值", .name_en = "GDP"});
    const series<yi_yuan_unit> empty;
    const auto a = evaluate(at_least(gdp, 100.0 * yi_yuan, period::year(2026)), gdp, empty, period::year(2026));
    EXPECT_EQ(fmt::format("{}", a), "gdp@2026: 无法评估 (无数据), 实际 无数据");
    EXPECT_EQ(fmt::format("{:en}", a), "gdp@2026: not assessable (no data), actual no data");
}
