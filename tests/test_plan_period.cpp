// Targets on a plan period of years (2021..2025, base 2020): the formulas,
// the typed builders, and the verdicts at the end and inside the period for
// an average annual growth (年均增长7%), a cumulative decline (累计下降13.5%)
// and a level to reach by the end (到2025年达到65%, 达到1500亿元). Every
// expected figure is worked by hand from the numbers in the test.
#include <plantarget/evaluate.hpp>
#include <plantarget/from_figures.hpp>
#include <plantarget/io/figures_csv.hpp>
#include <plantarget/io/figures_json.hpp>
#include <plantarget/plan_period.hpp>
#include <plantarget/validate.hpp>

#include <gtest/gtest.h>

#include <initializer_list>
#include <utility>

namespace pt = plantarget;
namespace pu = plantarget::units;
using pt::period;
using pt::reason;
using pt::verdict;

namespace {

const period plan = period::years(2021, 2025).value();

pt::value_series yearly(pu::unit_descriptor u, std::initializer_list<std::pair<int, double>> values) {
    pt::value_series s(u);
    for (const auto& [y, v] : values) EXPECT_EQ(s.add(period::year(y), v), reason::none);
    return s;
}

const pt::indicator<pu::yi_yuan_unit> gdp({.id = "gdp", .name_zh = "地区生产总值", .name_en = "GDP"});
const pt::indicator<pu::yi_yuan_unit> energy({.id = "energy", .name_zh = "能源消费总量", .name_en = "Energy use"});
const pt::indicator<pt::percent> urban({.id = "urban", .name_zh = "常住人口城镇化率", .name_en = "Urbanisation rate"});

const pu::unit_descriptor yi_yuan = pu::unit_of("元", 8);
const pu::unit_descriptor pct = pu::unit_of("%");

pt::assessment assess(const pt::target_spec& t, const pt::indicator_info& ind, const pt::value_series& s, period as_of) {
    return pt::evaluate(t, ind, s, as_of);
}

}  // namespace

TEST(PlanPeriodFormulas, AnnualRateAndCompounding) {
    // (1 - 0.135)^(1/5) - 1 = 0.865^0.2 - 1 = -2.85885 %
    EXPECT_NEAR(pt::annual_rate_of(pt::decline(13.5), 5).value().in_percent(), -2.85885, 1e-5);
    // 1.07^5 - 1 = 40.25517 %
    EXPECT_NEAR(pt::compounded(pt::growth_rate::from_percent(7), 5).value().in_percent(), 40.25517, 1e-5);
    EXPECT_EQ(pt::compounded(pt::growth_rate::from_percent(7), 0).why(), reason::invalid_argument);
    EXPECT_EQ(pt::annual_rate_of(pt::growth_rate::from_percent(10), 0).why(), reason::invalid_argument);
    // A fall of more than 100 % ends at a level of the other sign: no average a year.
    EXPECT_EQ(pt::annual_rate_of(pt::decline(150), 5).why(), reason::opposite_signs);
}

TEST(PlanPeriodFormulas, GrowthSinceTheBaseYear) {
    const auto s = yearly(yi_yuan, {{2020, 1000}, {2021, 1080}, {2022, 1150}, {2023, 1240}});
    // 1240 / 1000 - 1 = 24 %; (1.24)^(1/3) - 1 = 7.43371 %
    EXPECT_NEAR(pt::growth_since_base(s, pt::measure::cumulative_growth, plan, period::year(2023))->in_percent(), 24.0,
                1e-9);
    EXPECT_NEAR(pt::growth_since_base(s, pt::measure::average_growth, plan, period::year(2023))->in_percent(), 7.43371,
                1e-5);
    EXPECT_EQ(pt::growth_since_base(s, pt::measure::average_growth, plan, period::year(2020)).why(),
              reason::period_mismatch);  // the base is no year of the period
    EXPECT_EQ(pt::growth_since_base(s, pt::measure::average_growth, plan, period::quarter(2023, 1)).why(),
              reason::period_mismatch);
    const auto no_base = yearly(yi_yuan, {{2021, 1080}, {2023, 1240}});
    EXPECT_EQ(pt::growth_since_base(no_base, pt::measure::average_growth, plan, period::year(2023)).why(),
              reason::missing_period);
}

TEST(PlanPeriodBuilders, StateTheMeasureThePeriodAndTheRate) {
    const auto avg = pt::average_growth_at_least(gdp, pt::growth_rate::from_percent(7), plan).spec();
    ASSERT_EQ(avg.conditions.size(), 1u);
    EXPECT_EQ(avg.conditions[0].what, pt::measure::average_growth);
    EXPECT_EQ(avg.conditions[0].cmp, pt::comparator::at_least);
    EXPECT_DOUBLE_EQ(avg.conditions[0].value, 7.0);
    EXPECT_EQ(avg.deadline, plan);
    EXPECT_EQ(avg.id, "gdp@2021..2025");
    const auto cut = pt::cumulative_growth_at_most(energy, pt::decline(13.5), plan).spec();
    EXPECT_EQ(cut.conditions[0].what, pt::measure::cumulative_growth);
    EXPECT_EQ(cut.conditions[0].cmp, pt::comparator::at_most);
    EXPECT_DOUBLE_EQ(cut.conditions[0].value, -13.5);
    EXPECT_EQ(pt::average_growth_at_most(gdp, pt::growth_rate::from_percent(9), plan).spec().conditions[0].cmp,
              pt::comparator::at_most);
    EXPECT_EQ(pt::cumulative_growth_at_least(gdp, pt::growth_rate::from_percent(40), plan).spec().conditions[0].what,
              pt::measure::cumulative_growth);
}

// 年均增长7% from 1000 in 2020: the period needs 7 % a year, an end level of
// 1000 * 1.07^5 = 1402.5517.
TEST(PlanPeriodAverageGrowth, InsideThePeriod) {
    const auto t = pt::average_growth_at_least(gdp, pt::growth_rate::from_percent(7), plan).spec();
    const auto s = yearly(yi_yuan, {{2020, 1000}, {2021, 1080}, {2022, 1150}, {2023, 1240}});

    // As of 2023: 24 % so far, 7.43371 % a year >= 7 %, lead 0.43 < the 1-point band: on schedule.
    const auto a = assess(t, gdp.info(), s, period::year(2023));
    EXPECT_EQ(a.outcome, verdict::on_schedule);
    EXPECT_EQ(a.actual_period, period::year(2023));
    EXPECT_NEAR(a.actual.value(), 7.43371, 1e-5);
    EXPECT_NEAR(a.change_so_far.value(), 24.0, 1e-9);
    EXPECT_NEAR(a.average_rate_so_far.value(), 7.43371, 1e-5);
    EXPECT_DOUBLE_EQ(a.average_rate_needed.value(), 7.0);
    // (1402.5517 / 1240)^(1/2) - 1 = 6.35272 % a year for 2024 and 2025.
    EXPECT_NEAR(a.rate_still_needed.value(), 6.35272, 1e-5);

    // As of mid-2024 the latest year is still 2023.
    EXPECT_EQ(assess(t, gdp.info(), s, period::month(2024, 6)).actual_period, period::year(2023));

    // As of 2022: 1.15^(1/2) - 1 = 7.23805 % a year; still (1402.5517 / 1150)^(1/3) - 1 = 6.84159 %.
    const auto b = assess(t, gdp.info(), s, period::year(2022));
    EXPECT_EQ(b.outcome, verdict::on_schedule);
    EXPECT_NEAR(b.average_rate_so_far.value(), 7.23805, 1e-5);
    EXPECT_NEAR(b.rate_still_needed.value(), 6.84159, 1e-5);

    // 1200 in 2023: 1.2^(1/3) - 1 = 6.26586 % < 7 %: behind; still (1402.5517 / 1200)^(1/2) - 1 = 8.11074 %.
    const auto slow = yearly(yi_yuan, {{2020, 1000}, {2023, 1200}});
    const auto c = assess(t, gdp.info(), slow, period::year(2023));
    EXPECT_EQ(c.outcome, verdict::behind_schedule);
    EXPECT_NEAR(c.average_rate_so_far.value(), 6.26586, 1e-5);
    EXPECT_NEAR(c.rate_still_needed.value(), 8.11074, 1e-5);

    // 1300 in 2023: 1.3^(1/3) - 1 = 9.13929 %, 2.14 points above 7 %: ahead of schedule.
    EXPECT_EQ(assess(t, gdp.info(), yearly(yi_yuan, {{2020, 1000}, {2023, 1300}}), period::year(2023)).outcome,
              verdict::ahead_of_schedule);
}

TEST(PlanPeriodAverageGrowth, AtTheEndAndWithoutData) {
    const auto t = pt::average_growth_at_least(gdp, pt::growth_rate::from_percent(7), plan).spec();
    // 1.41^(1/5) - 1 = 7.11340 %: met with 0.11 to spare.
    const auto met = assess(t, gdp.info(), yearly(yi_yuan, {{2020, 1000}, {2025, 1410}}), period::year(2025));
    EXPECT_EQ(met.outcome, verdict::exceeded);
    EXPECT_TRUE(met.at_deadline);
    EXPECT_NEAR(met.actual.value(), 7.11340, 1e-5);
    EXPECT_NEAR(met.margin.value(), 0.11340, 1e-5);
    EXPECT_FALSE(met.rate_still_needed.ok());  // no years remain
    // As of the plan period itself, which ends with 2025.
    EXPECT_EQ(assess(t, gdp.info(), yearly(yi_yuan, {{2020, 1000}, {2025, 1410}}), plan).outcome, verdict::exceeded);
    // 1.39^(1/5) - 1 = 6.80780 %
    const auto missed = assess(t, gdp.info(), yearly(yi_yuan, {{2020, 1000}, {2025, 1390}}), period::year(2026));
    EXPECT_EQ(missed.outcome, verdict::not_achieved);
    EXPECT_NEAR(missed.actual.value(), 6.80780, 1e-5);

    // The base year missing: not assessable, missing period, in the period and at the end.
    const auto no_base = yearly(yi_yuan, {{2021, 1080}, {2023, 1240}, {2025, 1410}});
    EXPECT_EQ(assess(t, gdp.info(), no_base, period::year(2023)).outcome, verdict::not_assessable);
    EXPECT_EQ(assess(t, gdp.info(), no_base, period::year(2023)).why, reason::missing_period);
    EXPECT_EQ(assess(t, gdp.info(), no_base, period::year(2025)).why, reason::missing_period);
    // At the end without the last year: no data, never a verdict on 2024.
    const auto no_end = yearly(yi_yuan, {{2020, 1000}, {2024, 1320}});
    EXPECT_EQ(assess(t, gdp.info(), no_end, period::year(2026)).outcome, verdict::not_assessable);
    EXPECT_EQ(assess(t, gdp.info(), no_end, period::year(2026)).why, reason::no_data);
    // Before the period: pending; in its first year before any year ends: no data.
    const auto base_only = yearly(yi_yuan, {{2020, 1000}});
    EXPECT_EQ(assess(t, gdp.info(), base_only, period::year(2020)).outcome, verdict::pending);
    EXPECT_EQ(assess(t, gdp.info(), base_only, period::month(2021, 6)).why, reason::no_data);
}

// A plan-period target reports its actual as compared and, for about, the
// band it was judged with, as a target on one year does: a renderer shows
// them. Before, the assessment's compared was no_data and no band was set.
TEST(PlanPeriodAverageGrowth, ReportsTheComparedValueAndTheBand) {
    auto t = pt::average_growth_at_least(gdp, pt::growth_rate::from_percent(7), plan).spec();
    t.conditions[0].cmp = pt::comparator::about;  // 年均增长7%左右, ±0.5 points
    t.conditions[0].tolerance = 0.5;
    const auto a = assess(t, gdp.info(), yearly(yi_yuan, {{2020, 1000}, {2025, 1410}}), period::year(2025));
    ASSERT_EQ(a.conditions.size(), 1u);
    const pt::condition_assessment& part = a.conditions[0];
    EXPECT_EQ(a.outcome, verdict::achieved);
    ASSERT_TRUE(part.compared.ok());
    ASSERT_TRUE(a.compared.ok());
    EXPECT_EQ(*a.compared, *part.compared);
    EXPECT_EQ(a.compared_decimals, part.compared_decimals);
    ASSERT_TRUE(part.band.has_value());
    EXPECT_DOUBLE_EQ(part.band->centre, 7.0);
    EXPECT_DOUBLE_EQ(part.band->tolerance, 0.5);
    EXPECT_FALSE(part.band->by_default);

    // Inside the period, the same: the comparison as it stands is recorded.
    const auto inside = assess(t, gdp.info(), yearly(yi_yuan, {{2020, 1000}, {2023, 1240}}), period::year(2023));
    ASSERT_TRUE(inside.compared.ok());
    EXPECT_EQ(*inside.compared, *inside.conditions[0].compared);
    EXPECT_TRUE(inside.conditions[0].band.has_value());
}

// The total over a plan period (test mode period_total) too.
TEST(PlanPeriodTotal, ReportsTheComparedValueAndTheBand) {
    auto t = pt::at_least(gdp, 4500.0 * pu::yi_yuan, plan).spec();
    t.test = pt::test_mode::period_total;
    t.conditions[0].cmp = pt::comparator::about;
    t.conditions[0].tolerance = 100.0;
    const auto s = yearly(yi_yuan, {{2021, 900}, {2022, 900}, {2023, 900}, {2024, 900}, {2025, 920}});
    const auto a = assess(t, gdp.info(), s, period::year(2025));
    ASSERT_EQ(a.conditions.size(), 1u);
    EXPECT_EQ(a.outcome, verdict::achieved);
    ASSERT_TRUE(a.compared.ok());
    ASSERT_TRUE(a.conditions[0].compared.ok());
    EXPECT_EQ(*a.compared, *a.conditions[0].compared);
    EXPECT_EQ(a.compared_decimals, a.conditions[0].compared_decimals);
    ASSERT_TRUE(a.conditions[0].band.has_value());
    EXPECT_DOUBLE_EQ(a.conditions[0].band->tolerance, 100.0);
}

// 累计下降13.5% from 100 in 2020: at most -13.5 % over five years, which
// needs 0.865^(1/5) - 1 = -2.85885 % a year.
TEST(PlanPeriodCumulativeDecline, InsideAndAtTheEnd) {
    const auto t = pt::cumulative_growth_at_most(energy, pt::decline(13.5), plan).spec();
    // 93 in 2023: 0.93^(1/3) - 1 = -2.39000 % a year, not enough of a fall: behind.
    // Still needed: (86.5 / 93)^(1/2) - 1 = -3.55792 % a year.
    const auto a = assess(t, energy.info(), yearly(yi_yuan, {{2020, 100}, {2023, 93}}), period::year(2023));
    EXPECT_EQ(a.outcome, verdict::behind_schedule);
    EXPECT_NEAR(a.actual.value(), -7.0, 1e-9);  // the change so far
    EXPECT_NEAR(a.change_so_far.value(), -7.0, 1e-9);
    EXPECT_NEAR(a.average_rate_so_far.value(), -2.39000, 1e-5);
    EXPECT_NEAR(a.average_rate_needed.value(), -2.85885, 1e-5);
    EXPECT_NEAR(a.rate_still_needed.value(), -3.55792, 1e-5);
    // 91 in 2023: -3.09479 % a year, 0.24 points better than needed: on schedule;
    // still (86.5 / 91)^(1/2) - 1 = -2.50387 %.
    const auto b = assess(t, energy.info(), yearly(yi_yuan, {{2020, 100}, {2023, 91}}), period::year(2023));
    EXPECT_EQ(b.outcome, verdict::on_schedule);
    EXPECT_NEAR(b.rate_still_needed.value(), -2.50387, 1e-5);
    // At the end: 86 is -14 %, half a point deeper than asked: exceeded; 87 is -13 %: not achieved.
    const auto deep = assess(t, energy.info(), yearly(yi_yuan, {{2020, 100}, {2025, 86}}), period::year(2025));
    EXPECT_EQ(deep.outcome, verdict::exceeded);
    EXPECT_NEAR(deep.margin.value(), 0.5, 1e-9);
    EXPECT_EQ(assess(t, energy.info(), yearly(yi_yuan, {{2020, 100}, {2025, 87}}), period::year(2025)).outcome,
              verdict::not_achieved);
}

// 到2025年达到65%: a rate's level, judged on 2025, moving in points: from 60.0
// in 2020 it needs (65 - 60) / 5 = 1 point a year.
TEST(PlanPeriodLevelByTheEnd, RateMovesInPoints) {
    const auto t = pt::at_least(urban, pt::percent(65), plan).spec();
    // 62.9 in 2023: 2.9 points, 0.96667 a year < 1: behind; still (65 - 62.9) / 2 = 1.05 a year.
    const auto a = assess(t, urban.info(), yearly(pct, {{2020, 60.0}, {2023, 62.9}}), period::year(2023));
    EXPECT_EQ(a.outcome, verdict::behind_schedule);
    EXPECT_NEAR(a.actual.value(), 62.9, 1e-12);
    EXPECT_NEAR(a.change_so_far.value(), 2.9, 1e-9);
    EXPECT_NEAR(a.average_rate_so_far.value(), 0.96667, 1e-5);
    EXPECT_NEAR(a.average_rate_needed.value(), 1.0, 1e-12);
    EXPECT_NEAR(a.rate_still_needed.value(), 1.05, 1e-9);
    // 63.2: 1.06667 a year: on schedule; still (65 - 63.2) / 2 = 0.9.
    const auto b = assess(t, urban.info(), yearly(pct, {{2020, 60.0}, {2023, 63.2}}), period::year(2023));
    EXPECT_EQ(b.outcome, verdict::on_schedule);
    EXPECT_NEAR(b.rate_still_needed.value(), 0.9, 1e-9);
    // At the end, on 2025 alone (no base needed): 65.3 exceeds, 64.8 misses.
    EXPECT_EQ(assess(t, urban.info(), yearly(pct, {{2024, 66.0}, {2025, 65.3}}), period::year(2025)).outcome,
              verdict::exceeded);
    EXPECT_EQ(assess(t, urban.info(), yearly(pct, {{2024, 66.0}, {2025, 64.8}}), period::year(2026)).outcome,
              verdict::not_achieved);
}

// 到2025年达到1500亿元: a level of money, compared in percent a year.
TEST(PlanPeriodLevelByTheEnd, LevelMovesInPercent) {
    const auto t = pt::at_least(gdp, 1500.0 * pu::yi_yuan, plan).spec();
    // Needed 1.5^(1/5) - 1 = 8.44718 % a year; 1240 in 2023 is 7.43371 %: behind;
    // still (1500 / 1240)^(1/2) - 1 = 9.98534 %.
    const auto a = assess(t, gdp.info(), yearly(yi_yuan, {{2020, 1000}, {2023, 1240}}), period::year(2023));
    EXPECT_EQ(a.outcome, verdict::behind_schedule);
    EXPECT_NEAR(a.average_rate_needed.value(), 8.44718, 1e-5);
    EXPECT_NEAR(a.rate_still_needed.value(), 9.98534, 1e-5);
    EXPECT_NEAR(a.change_so_far.value(), 24.0, 1e-9);
}

// 年均增长7%左右 without a tolerance: the band is the run's about_band, inside
// the period as at its end. 1000 in 2020 to 1250 in 2023 is 1.25^(1/3) - 1 =
// 7.72 % a year: beyond the default 7 ± 0.5, inside 7 ± 1.
TEST(PlanPeriodAbout, TheRunsAboutBandDecidesInsideThePeriod) {
    auto t = pt::average_growth_at_least(gdp, pt::growth_rate::from_percent(7), plan).spec();
    t.conditions[0].cmp = pt::comparator::about;
    const pt::condition& c = t.conditions[0];
    const auto s = yearly(yi_yuan, {{2020, 1000}, {2023, 1250}});
    const auto* latest = s.find(period::year(2023));
    ASSERT_NE(latest, nullptr);
    pt::evaluation_options wide;
    wide.about_band.points = 1.0;

    const auto by_default = pt::progress_in_plan_period(s, c, plan, *latest);
    ASSERT_TRUE(by_default.ok());
    EXPECT_NEAR(by_default->average_so_far, 7.72173, 1e-5);
    EXPECT_DOUBLE_EQ(by_default->average_needed_upper, pt::band_of(c).high());
    EXPECT_TRUE(by_default->on_track.missed);

    const auto in_wide = pt::progress_in_plan_period(s, c, plan, *latest, wide.about_band);
    ASSERT_TRUE(in_wide.ok());
    EXPECT_DOUBLE_EQ(in_wide->average_needed, pt::band_of(c, wide.about_band).low());
    EXPECT_DOUBLE_EQ(in_wide->average_needed_upper, pt::band_of(c, wide.about_band).high());
    EXPECT_TRUE(in_wide->on_track.met);

    // evaluate() hands its options on: the verdict follows the band.
    EXPECT_EQ(pt::evaluate(t, gdp.info(), s, period::year(2023)).outcome, verdict::behind_schedule);
    EXPECT_EQ(pt::evaluate(t, gdp.info(), s, period::year(2023), wide).outcome, verdict::on_schedule);
}

// The figures format: a five-year GDP target 年均增长7% on 2021..2025 and a
// cumulative 累计下降13.5% (a growth on a plan period), with actuals 2020..2023.
TEST(PlanPeriodFigures, FiguresCsvMakesMultiYearTargets) {
    const std::string figures =
        "id,indicator,role,period,measure,comparator,value,unit\n"
        "gdp.2020,gdp,actual,2020,level,=,1000,亿元\n"
        "gdp.2021,gdp,actual,2021,level,=,1080,亿元\n"
        "gdp.2022,gdp,actual,2022,level,=,1150,亿元\n"
        "gdp.2023,gdp,actual,2023,level,=,1240,亿元\n"
        "gdp.plan,gdp,target,2021..2025,average_growth,以上,7,%\n"
        "energy.2020,energy,actual,2020,level,=,100,亿元\n"
        "energy.2023,energy,actual,2023,level,=,93,亿元\n"
        "energy.plan,energy,target,2021..2025,growth,以内,-13.5,%\n";
    const auto book = pt::io::read_figures_csv(figures, {}, "f.csv", "r.csv");
    ASSERT_TRUE(book.ok()) << book.error().to_string();
    EXPECT_EQ(book->find("gdp.plan")->period, plan);
    EXPECT_TRUE(pt::validate(*book).empty());
    const pt::plan p = pt::plan_from_figures(*book);
    ASSERT_EQ(p.targets().size(), 2u);
    const auto r = p.evaluate(period::year(2023));
    const pt::assessment* gdp_a = nullptr;
    const pt::assessment* energy_a = nullptr;
    for (const auto& a : r.assessments) (a.target_id == "gdp.plan" ? gdp_a : energy_a) = &a;
    ASSERT_NE(gdp_a, nullptr);
    ASSERT_NE(energy_a, nullptr);
    EXPECT_EQ(gdp_a->conditions[0].cond.what, pt::measure::average_growth);
    EXPECT_EQ(gdp_a->deadline, plan);
    // As worked above: 1.24^(1/3) - 1 = 7.43371 % a year against 7 %; still 6.35272 %.
    EXPECT_EQ(gdp_a->outcome, verdict::on_schedule);
    EXPECT_NEAR(gdp_a->change_so_far.value(), 24.0, 1e-9);
    EXPECT_NEAR(gdp_a->average_rate_so_far.value(), 7.43371, 1e-5);
    EXPECT_NEAR(gdp_a->rate_still_needed.value(), 6.35272, 1e-5);
    // 0.93^(1/3) - 1 = -2.39000 % a year against -2.85885 %: behind.
    EXPECT_EQ(energy_a->conditions[0].cond.what, pt::measure::cumulative_growth);
    EXPECT_EQ(energy_a->outcome, verdict::behind_schedule);
    EXPECT_NEAR(energy_a->rate_still_needed.value(), -3.55792, 1e-5);
}

TEST(PlanPeriodFigures, FiguresJsonReadsThePlanPeriod) {
    const auto book = pt::io::read_figures_json(
        R"({"figures":[{"id":"gdp.plan","indicator":"gdp","role":"target","period":"2021..2025",)"
        R"("measure":"average_growth","comparator":"以上","value":7,"unit":"%"}]})",
        "b.json");
    ASSERT_TRUE(book.ok()) << book.error().to_string();
    ASSERT_EQ(book->figures.size(), 1u);
    EXPECT_EQ(book->figures[0].period, plan);
    const auto bad = pt::io::read_figures_json(
        R"({"figures":[{"id":"gdp.plan","indicator":"gdp","role":"target","period":"2025..2025",)"
        R"("measure":"average_growth","comparator":"以上","value":7,"unit":"%"}]})",
        "b.json");
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find("a plan period spans two years or more"), std::string::npos)
        << bad.error().to_string();
}
