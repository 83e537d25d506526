// Aggregation by nature (aggregate.hpp) and what evaluate() makes of it: months
// summed into a flow's total, the latest value of a rate, the three test
// modes, gaps, a year-to-date total against its months, growth published
// without a level, the points a rate still needs, and the seasonal profile
// from last year's months. Every expected value is worked by hand.
#include <plantarget/aggregate.hpp>
#include <plantarget/evaluate.hpp>
#include <plantarget/plan.hpp>

#include <gtest/gtest.h>

#include <array>
#include <cmath>

namespace pt = plantarget;
using pt::comparator;
using pt::period;
using pt::verdict;

namespace {

const pt::units::unit_descriptor yi_yuan = pt::units::unit_of("元", 8);
const pt::units::unit_descriptor pct = pt::units::unit_of("%");

pt::indicator_info info(pt::units::unit_descriptor u, pt::nature n) {
    pt::indicator_info i;
    i.id = "x";
    i.unit = u;
    i.kind = n;
    return i;
}

pt::target_spec single(comparator c, double v, pt::units::unit_descriptor u, period deadline,
                       pt::measure m = pt::measure::level, pt::test_mode mode = pt::test_mode::at_deadline) {
    pt::target_spec t;
    t.id = "t";
    t.indicator_id = "x";
    t.deadline = deadline;
    t.test = mode;
    pt::condition cond;
    cond.what = m;
    cond.cmp = c;
    cond.value = v;
    cond.unit = u;
    t.conditions.push_back(cond);
    return t;
}

pt::observation_meta published(int decimals) {
    pt::observation_meta m;
    m.decimals = decimals;
    return m;
}

// Monthly unemployment, 2018: one month (March) above the 5.5 % ceiling, the
// last (December) on it, the mean 63.0 / 12 = 5.25 below it.
pt::value_series unemployment_2018() {
    const std::array<double, 12> v{5.0, 5.1, 5.7, 5.3, 5.2, 5.4, 5.3, 5.2, 5.1, 5.0, 5.2, 5.5};
    pt::value_series s(pct);
    for (int m = 1; m <= 12; ++m) EXPECT_EQ(s.add(period::month(2018, m), v[static_cast<std::size_t>(m - 1)]), pt::reason::none);
    return s;
}

}  // namespace

// ---- flows: months sum to the period's total --------------------------------------

TEST(AggregateFlow, TwelveMonthsOfTenAgainstAtLeast100ForTheYear) {
    // The case: 12 x 10 = 120 against 以上100, as of 2018-12. Met with
    // 20 to spare (超额完成), judged on the year's total, not on January's 10.
    pt::value_series s(yi_yuan);
    for (int m = 1; m <= 12; ++m) ASSERT_EQ(s.add(period::month(2018, m), 10.0), pt::reason::none);
    const auto a = pt::evaluate(single(comparator::at_least, 100.0, yi_yuan, period::year(2018)),
                                info(yi_yuan, pt::nature::flow), s, period::month(2018, 12));
    EXPECT_TRUE(a.at_deadline);
    EXPECT_EQ(a.outcome, verdict::exceeded);
    EXPECT_TRUE(pt::is_met(a.outcome));
    EXPECT_DOUBLE_EQ(*a.actual, 120.0);
    EXPECT_EQ(a.actual_period, period::year(2018));
    EXPECT_DOUBLE_EQ(*a.margin, 20.0);
}

TEST(AggregateFlow, MonthsInTheYearAreSummedToDate) {
    // Six months of 10 as of June against 100 for the year: 60 against 50
    // pro rata, +10 points, ahead of schedule, on 2018-01..2018-06.
    pt::value_series s(yi_yuan);
    for (int m = 1; m <= 6; ++m) ASSERT_EQ(s.add(period::month(2018, m), 10.0), pt::reason::none);
    const auto a = pt::evaluate(single(comparator::at_least, 100.0, yi_yuan, period::year(2018)),
                                info(yi_yuan, pt::nature::flow), s, period::month(2018, 6));
    EXPECT_EQ(a.outcome, verdict::ahead_of_schedule);
    EXPECT_DOUBLE_EQ(*a.actual, 60.0);
    EXPECT_EQ(a.actual_period, period::year_to_date(2018, 6));
    EXPECT_NEAR(*a.expected_to_date, 50.0, 1e-12);
    EXPECT_NEAR(a.schedule_gap->value(), 10.0, 1e-9);
}

TEST(AggregateFlow, AYearToDateTotalCarriesTheMonthsAfterIt) {
    // 1-3月 35, then April 12 and May 13: 60 to the end of May.
    pt::value_series s(yi_yuan);
    ASSERT_EQ(s.add(period::year_to_date(2018, 3), 35.0), pt::reason::none);
    ASSERT_EQ(s.add(period::month(2018, 4), 12.0), pt::reason::none);
    ASSERT_EQ(s.add(period::month(2018, 5), 13.0), pt::reason::none);
    const auto a = pt::aggregate_levels(s, pt::nature::flow, pt::test_mode::at_deadline, period::year(2018),
                                        period::month(2018, 5));
    ASSERT_TRUE(a.value.ok());
    EXPECT_DOUBLE_EQ(a.value->value, 60.0);
    EXPECT_EQ(a.value->covered, period::year_to_date(2018, 5));
    EXPECT_EQ(a.value->observations, 3);
}

TEST(AggregateFlow, AMissingMonthIsAGapNotAnEarlierTotal) {
    // January, February and April: March is missing, so the total to April is
    // unknown; February's total is not taken instead.
    pt::value_series s(yi_yuan);
    for (int m : {1, 2, 4}) ASSERT_EQ(s.add(period::month(2018, m), 10.0), pt::reason::none);
    const auto a = pt::evaluate(single(comparator::at_least, 100.0, yi_yuan, period::year(2018)),
                                info(yi_yuan, pt::nature::flow), s, period::month(2018, 4));
    EXPECT_EQ(a.outcome, verdict::not_assessable);
    EXPECT_EQ(a.why, pt::reason::gap);
    // A year-to-date figure that covers March closes the gap: 1-3月 30 + April 10.
    ASSERT_EQ(s.add(period::year_to_date(2018, 3), 30.0), pt::reason::none);
    const auto b = pt::evaluate(single(comparator::at_least, 100.0, yi_yuan, period::year(2018)),
                                info(yi_yuan, pt::nature::flow), s, period::month(2018, 4));
    EXPECT_EQ(b.why, pt::reason::none);
    EXPECT_DOUBLE_EQ(*b.actual, 40.0);
}

TEST(AggregateFlow, AtTheDeadlineEveryMonthIsNeeded) {
    // Eleven months against the year: December is a gap, not a year of eleven months.
    pt::value_series s(yi_yuan);
    for (int m = 1; m <= 11; ++m) ASSERT_EQ(s.add(period::month(2018, m), 10.0), pt::reason::none);
    const auto a = pt::evaluate(single(comparator::at_least, 100.0, yi_yuan, period::year(2018)),
                                info(yi_yuan, pt::nature::flow), s, period::year(2018));
    EXPECT_EQ(a.outcome, verdict::not_assessable);
    EXPECT_EQ(a.why, pt::reason::gap);
}

TEST(AggregateFlow, AYearToDateAndItsMonthsAgreeingWithinRoundingAreOneObservation) {
    // Months of 10.0 (one decimal) sum to 60.0, so anything in [59.7, 60.3];
    // 1-6月 60.2 stands for [60.15, 60.25]: they meet, and 60.2 is the value.
    pt::value_series s(yi_yuan);
    for (int m = 1; m <= 6; ++m) ASSERT_EQ(s.add(period::month(2018, m), 10.0, published(1)), pt::reason::none);
    ASSERT_EQ(s.add(period::year_to_date(2018, 6), 60.2, published(1)), pt::reason::none);
    const auto a = pt::aggregate_levels(s, pt::nature::flow, pt::test_mode::at_deadline, period::year(2018),
                                        period::month(2018, 6));
    ASSERT_TRUE(a.value.ok());
    EXPECT_DOUBLE_EQ(a.value->value, 60.2);
    EXPECT_EQ(a.value->observations, 1);
    EXPECT_FALSE(a.conflict.has_value());
}

TEST(AggregateFlow, AYearToDateAndItsMonthsDisagreeingNameBothPeriods) {
    // 1-6月 60.4 ([60.35, 60.45]) against six months of 10.0 ([59.7, 60.3]).
    pt::value_series s(yi_yuan);
    for (int m = 1; m <= 6; ++m) ASSERT_EQ(s.add(period::month(2018, m), 10.0, published(1)), pt::reason::none);
    ASSERT_EQ(s.add(period::year_to_date(2018, 6), 60.4, published(1)), pt::reason::none);
    const auto a = pt::aggregate_levels(s, pt::nature::flow, pt::test_mode::at_deadline, period::year(2018),
                                        period::month(2018, 6));
    EXPECT_EQ(a.value.why(), pt::reason::inconsistent_totals);
    ASSERT_TRUE(a.conflict.has_value());
    EXPECT_EQ(a.conflict->total, period::year_to_date(2018, 6));
    ASSERT_EQ(a.conflict->parts.size(), 6U);
    EXPECT_EQ(a.conflict->parts.front(), period::month(2018, 1));
    EXPECT_EQ(a.conflict->parts.back(), period::month(2018, 6));
    EXPECT_DOUBLE_EQ(a.conflict->total_value, 60.4);
    EXPECT_DOUBLE_EQ(a.conflict->parts_sum, 60.0);
    // Nothing is judged on figures that contradict each other.
    const auto e = pt::evaluate(single(comparator::at_least, 100.0, yi_yuan, period::year(2018)),
                                info(yi_yuan, pt::nature::flow), s, period::month(2018, 6));
    EXPECT_EQ(e.outcome, verdict::not_assessable);
    EXPECT_EQ(e.why, pt::reason::inconsistent_totals);
}

TEST(AggregateFlow, AFlowHasNoPeriodAverage) {
    pt::value_series s(yi_yuan);
    ASSERT_EQ(s.add(period::month(2018, 1), 10.0), pt::reason::none);
    EXPECT_EQ(pt::aggregate_levels(s, pt::nature::flow, pt::test_mode::period_average, period::year(2018),
                                   period::month(2018, 1))
                  .value.why(),
              pt::reason::not_applicable);
}

// ---- rates and the three test modes -------------------------------------------------

TEST(AggregateTestMode, UnemploymentJudgedOnTheValueTheModeNames) {
    // At the deadline: December's 5.5, on the ceiling: achieved. At every
    // observation: March's 5.7 is above it: not achieved. On the period
    // average: 5.25, 0.25 to spare: exceeded.
    const auto s = unemployment_2018();
    const auto run = [&](pt::test_mode mode) {
        return pt::evaluate(single(comparator::at_most, 5.5, pct, period::year(2018), pt::measure::level, mode),
                            info(pct, pt::nature::rate), s, period::month(2018, 12));
    };
    const auto last = run(pt::test_mode::at_deadline);
    EXPECT_EQ(last.outcome, verdict::achieved);
    EXPECT_DOUBLE_EQ(*last.actual, 5.5);
    EXPECT_EQ(last.actual_period, period::month(2018, 12));
    EXPECT_EQ(last.test, pt::test_mode::at_deadline);

    const auto every = run(pt::test_mode::every_observation);
    EXPECT_EQ(every.outcome, verdict::not_achieved);
    EXPECT_DOUBLE_EQ(*every.actual, 5.7);
    EXPECT_EQ(every.actual_period, period::month(2018, 3));
    EXPECT_EQ(every.test, pt::test_mode::every_observation);

    const auto mean = run(pt::test_mode::period_average);
    EXPECT_EQ(mean.outcome, verdict::exceeded);
    EXPECT_NEAR(*mean.actual, 5.25, 1e-12);
    EXPECT_NEAR(*mean.margin, 0.25, 1e-12);
    EXPECT_EQ(mean.actual_period, period::year(2018));
    EXPECT_EQ(mean.test, pt::test_mode::period_average);
}

TEST(AggregateTestMode, InTheYearTheModesDifferToo) {
    // As of June: the latest is 5.4 (on schedule); March's 5.7 already
    // breaks the ceiling (behind); the mean of six months, 31.7 / 6 = 5.2833.
    const auto s = unemployment_2018();
    const auto run = [&](pt::test_mode mode) {
        return pt::evaluate(single(comparator::at_most, 5.5, pct, period::year(2018), pt::measure::level, mode),
                            info(pct, pt::nature::rate), s, period::month(2018, 6));
    };
    const auto last = run(pt::test_mode::at_deadline);
    EXPECT_EQ(last.outcome, verdict::on_schedule);
    EXPECT_DOUBLE_EQ(*last.actual, 5.4);
    EXPECT_EQ(run(pt::test_mode::every_observation).outcome, verdict::behind_schedule);
    const auto mean = run(pt::test_mode::period_average);
    EXPECT_EQ(mean.outcome, verdict::on_schedule);
    EXPECT_NEAR(*mean.actual, 31.7 / 6.0, 1e-12);
    EXPECT_EQ(mean.actual_period, period::year_to_date(2018, 6));
}

TEST(AggregateTestMode, TheTypedTargetSaysHowItIsTested) {
    const pt::indicator<pt::percent> ind({.id = "unemp", .kind = pt::nature::rate});
    const auto t = pt::at_most(ind, pt::percent(5.5), period::year(2018)).tested(pt::test_mode::every_observation);
    EXPECT_EQ(t.spec().test, pt::test_mode::every_observation);
    pt::series<pt::percent> s;
    for (int m = 1; m <= 12; ++m) ASSERT_EQ(s.add(period::month(2018, m), pt::percent(m == 3 ? 5.7 : 5.0)), pt::reason::none);
    const auto a = pt::evaluate(t, ind, s, period::year(2018));
    EXPECT_EQ(a.outcome, verdict::not_achieved);
    EXPECT_EQ(a.actual_period, period::month(2018, 3));
}

TEST(AggregateTestMode, APeriodAverageWeighsEachObservationByItsMonths) {
    // PM2.5: 1-5月 average 30, June 24: (5 x 30 + 24) / 6 = 29.
    pt::value_series s(pt::units::unit_of("微克/立方米"));
    ASSERT_EQ(s.add(period::year_to_date(2026, 5), 30.0), pt::reason::none);
    ASSERT_EQ(s.add(period::month(2026, 6), 24.0), pt::reason::none);
    const auto a = pt::aggregate_levels(s, pt::nature::average, pt::test_mode::period_average, period::year(2026),
                                        period::month(2026, 6));
    ASSERT_TRUE(a.value.ok());
    EXPECT_DOUBLE_EQ(a.value->value, 29.0);
    EXPECT_EQ(a.value->covered, period::year_to_date(2026, 6));
    // Taken as it stands, the latest is June's 24.
    const auto b = pt::aggregate_levels(s, pt::nature::average, pt::test_mode::at_deadline, period::year(2026),
                                        period::month(2026, 6));
    EXPECT_DOUBLE_EQ(b.value->value, 24.0);
}

TEST(AggregateStock, TheLatestObservationStands) {
    // Enterprises registered: 100 in March, 130 in June; as of June, 130.
    pt::value_series s(pt::units::unit_of("户"));
    ASSERT_EQ(s.add(period::month(2026, 3), 100.0), pt::reason::none);
    ASSERT_EQ(s.add(period::month(2026, 6), 130.0), pt::reason::none);
    const auto a = pt::evaluate(single(comparator::at_least, 120.0, pt::units::unit_of("户"), period::year(2026)),
                                info(pt::units::unit_of("户"), pt::nature::stock), s, period::month(2026, 6));
    EXPECT_EQ(a.outcome, verdict::on_schedule);
    EXPECT_DOUBLE_EQ(*a.actual, 130.0);
    EXPECT_EQ(a.actual_period, period::month(2026, 6));
}

// ---- growth published without a level --------------------------------------------

TEST(AggregateGrowthOnly, HalfYearGrowthAgainstTheYearsGrowthTarget) {
    // 1-6月 增长4.6% against 增长6%以上 for the year: 1.4 points short, beyond
    // the one-point band: behind schedule. Against 6%左右 (±0.5) the band
    // reaches down to 6 - 0.5 - 1 = 4.5: on schedule.
    pt::value_series s(yi_yuan);
    ASSERT_EQ(s.add_growth_only(period::year_to_date(2026, 6), pt::growth_rate::from_percent(4.6), 1), pt::reason::none);
    const auto floor = pt::evaluate(single(comparator::at_least, 6.0, pct, period::year(2026), pt::measure::growth),
                                    info(yi_yuan, pt::nature::flow), s, period::month(2026, 6));
    EXPECT_EQ(floor.outcome, verdict::behind_schedule);
    EXPECT_NEAR(*floor.actual, 4.6, 1e-12);
    EXPECT_EQ(floor.actual_period, period::year_to_date(2026, 6));
    EXPECT_NEAR(floor.schedule_gap->value(), -1.4, 1e-9);
    EXPECT_NEAR(*floor.expected_to_date, 6.0, 1e-12);  // the rate itself, no pro rata

    auto about = single(comparator::about, 6.0, pct, period::year(2026), pt::measure::growth);
    about.conditions.front().tolerance = 0.5;
    EXPECT_EQ(pt::evaluate(about, info(yi_yuan, pt::nature::flow), s, period::month(2026, 6)).outcome,
              verdict::on_schedule);

    pt::evaluation_options wide;
    wide.on_schedule_band_pp = 1.5;
    EXPECT_EQ(pt::evaluate(single(comparator::at_least, 6.0, pct, period::year(2026), pt::measure::growth),
                           info(yi_yuan, pt::nature::flow), s, period::month(2026, 6), wide)
                  .outcome,
              verdict::on_schedule);
}

TEST(AggregateGrowthOnly, AnnualGrowthWithoutALevelIsJudgedAtTheDeadline) {
    pt::value_series s(yi_yuan);
    ASSERT_EQ(s.add_growth_only(period::year(2026), pt::growth_rate::from_percent(6.6), 1), pt::reason::none);
    const auto a = pt::evaluate(single(comparator::at_least, 6.0, pct, period::year(2026), pt::measure::growth),
                                info(yi_yuan, pt::nature::flow), s, period::year(2026));
    EXPECT_EQ(a.outcome, verdict::achieved);  // a growth bound met is achieved, never exceeded
    EXPECT_NEAR(*a.actual, 6.6, 1e-12);
    EXPECT_EQ(a.actual_period, period::year(2026));
    // A level target has no level to judge: no data, not a NaN.
    const auto level = pt::evaluate(single(comparator::at_least, 100.0, yi_yuan, period::year(2026)),
                                    info(yi_yuan, pt::nature::flow), s, period::year(2026));
    EXPECT_EQ(level.outcome, verdict::not_assessable);
    EXPECT_EQ(level.why, pt::reason::no_data);
}

TEST(AggregateGrowthOnly, AnEarlierGrowthDoesNotStandForALaterLevel) {
    // 1-5月 增长5% published; June's level follows without a level of last
    // June to grow from: the growth to June is unknown, May's is not taken.
    pt::value_series s(yi_yuan);
    ASSERT_EQ(s.add_growth_only(period::year_to_date(2026, 5), pt::growth_rate::from_percent(5.0)), pt::reason::none);
    ASSERT_EQ(s.add(period::year_to_date(2026, 6), 60.0), pt::reason::none);
    EXPECT_EQ(pt::aggregate_growth(s, pt::nature::flow, period::year(2026), period::month(2026, 6)).why(),
              pt::reason::missing_period);
    // With last year's months the growth to June is computed: 60 / 50 - 1 = 20 %.
    for (int m = 1; m <= 6; ++m) ASSERT_EQ(s.add(period::month(2025, m), 50.0 / 6.0), pt::reason::none);
    const auto g = pt::aggregate_growth(s, pt::nature::flow, period::year(2026), period::month(2026, 6));
    ASSERT_TRUE(g.ok());
    EXPECT_NEAR(g->in_percent, 20.0, 1e-9);
    EXPECT_FALSE(g->published);
    EXPECT_EQ(g->covered, period::year_to_date(2026, 6));
}

// ---- a rate needs points ---------------------------------------------------------

TEST(AggregateRate, WhatARateStillNeedsIsInPoints) {
    // 2027's ceiling 5.5 % against 5.2 % in 2026: +0.3 points, not +5.77 %.
    pt::value_series s(pct);
    ASSERT_EQ(s.add(period::year(2026), 5.2), pt::reason::none);
    const auto a = pt::evaluate(single(comparator::at_most, 5.5, pct, period::year(2027)), info(pct, pt::nature::rate), s,
                                period::year(2026));
    EXPECT_EQ(a.outcome, verdict::pending);
    ASSERT_TRUE(a.required_change.ok());
    EXPECT_NEAR(a.required_change->value(), 0.3, 1e-12);
    EXPECT_EQ(a.required_growth.why(), pt::reason::not_applicable);
}

// ---- seasonal profile from last year's figures --------------------------------------

TEST(AggregateSeasonalProfile, FromMonthsQuartersAndYearToDateSpans) {
    // 2025: 1-2月 12 (January and February together), March 8, Q2 30, the
    // year 100. Shares: 0.06, 0.06, 0.08, 0.10 x 3, and the second half's 50
    // spread over six months, 0.08333 each.
    pt::value_series s(yi_yuan);
    ASSERT_EQ(s.add(period::year_to_date(2025, 2), 12.0), pt::reason::none);
    ASSERT_EQ(s.add(period::month(2025, 3), 8.0), pt::reason::none);
    ASSERT_EQ(s.add(period::quarter(2025, 2), 30.0), pt::reason::none);
    ASSERT_EQ(s.add(period::year(2025), 100.0), pt::reason::none);
    ASSERT_EQ(s.add(period::month(2026, 1), 7.0), pt::reason::none);  // this year's figures are not last year's
    const auto p = pt::seasonal_profile_before(s, 2026);
    ASSERT_TRUE(p.ok());
    const std::array<double, 12> want{0.06, 0.06, 0.08, 0.10, 0.10, 0.10, 50.0 / 600, 50.0 / 600, 50.0 / 600,
                                      50.0 / 600, 50.0 / 600, 50.0 / 600};
    for (std::size_t i = 0; i < 12; ++i) EXPECT_NEAR((*p)[i], want[i], 1e-12) << "month " << i + 1;

    // The profile moves the expectation: by June 12 + 8 + 30 = 50 % of 100.
    pt::evaluation_options o;
    o.seasonal_profile = *p;
    pt::value_series now(yi_yuan);
    ASSERT_EQ(now.add(period::year_to_date(2026, 3), 24.0), pt::reason::none);  // expected 20 % of 120 = 24
    const auto a = pt::evaluate(single(comparator::at_least, 120.0, yi_yuan, period::year(2026)),
                                info(yi_yuan, pt::nature::flow), now, period::month(2026, 3), o);
    EXPECT_NEAR(*a.expected_to_date, 24.0, 1e-9);
    EXPECT_EQ(a.outcome, verdict::on_schedule);
}

TEST(AggregateSeasonalProfile, AMonthNotCoveredIsAGap) {
    pt::value_series s(yi_yuan);
    for (int m = 1; m <= 12; ++m)
        if (m != 7) {
            ASSERT_EQ(s.add(period::month(2025, m), 10.0), pt::reason::none);
        }
    EXPECT_EQ(pt::seasonal_profile_before(s, 2026).why(), pt::reason::gap);
    pt::value_series zero(yi_yuan);
    for (int m = 1; m <= 12; ++m) ASSERT_EQ(zero.add(period::month(2025, m), 0.0), pt::reason::none);
    EXPECT_EQ(pt::seasonal_profile_from(zero, 2025).why(), pt::reason::zero_base);
}

// ---- a plan holds growth published alone -------------------------------------------

TEST(AggregateGrowthOnly, APlanTakesAGrowthWithoutALevel) {
    pt::plan p;
    p.add_indicator(info(yi_yuan, pt::nature::flow));
    p.add_target(single(comparator::at_least, 6.0, pct, period::year(2026), pt::measure::growth), "1");
    ASSERT_EQ(p.add_growth_only("x", period::year_to_date(2026, 6), pt::growth_rate::from_percent(4.6), 1),
              pt::reason::none);
    EXPECT_EQ(p.add_growth_only("nobody", period::year(2026), pt::growth_rate::from_percent(1.0)), pt::reason::no_data);
    const auto r = p.evaluate(period::month(2026, 6));
    ASSERT_EQ(r.assessments.size(), 1u);
    EXPECT_EQ(r.assessments[0].outcome, verdict::behind_schedule);
    EXPECT_NEAR(*r.assessments[0].actual, 4.6, 1e-12);
}
