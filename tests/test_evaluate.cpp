// The evaluation engine: every comparator at, just above and just below its
// threshold, inclusive versus exclusive bounds, dynamic zero, bounds on
// actuals, compound targets, in-year schedule, and the not-assessable cases.
#include <plantarget/evaluate.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace pt = plantarget;
using pt::comparator;
using pt::period;
using pt::verdict;

namespace {

const pt::units::unit_descriptor yi_yuan = pt::units::unit_of("元", 8);
const pt::units::unit_descriptor persons_u = pt::units::unit_of("人");
const pt::units::unit_descriptor pct = pt::units::unit_of("%");

pt::indicator_info info(pt::units::unit_descriptor u, pt::nature n = pt::nature::flow) {
    pt::indicator_info i;
    i.id = "x";
    i.unit = u;
    i.kind = n;
    return i;
}

pt::target_spec single(comparator c, double v, pt::units::unit_descriptor u, period deadline = period::year(2026),
                       double upper = 0.0, pt::measure m = pt::measure::level) {
    pt::target_spec t;
    t.id = "t";
    t.indicator_id = "x";
    t.deadline = deadline;
    pt::condition cond;
    cond.what = m;
    cond.cmp = c;
    cond.value = v;
    if (c == pt::comparator::about) cond.tolerance = upper;  // a band's half-width
    else cond.upper = upper;                                 // a range's high end
    cond.unit = u;
    t.conditions.push_back(cond);
    return t;
}

verdict at_deadline(comparator c, double threshold, double actual, double upper = 0.0,
                    pt::direction better = pt::direction::higher_is_better) {
    pt::value_series s(yi_yuan);
    EXPECT_EQ(s.add(period::year(2026), actual), pt::reason::none);
    pt::indicator_info ind = info(yi_yuan);
    ind.better = better;
    return pt::evaluate(single(c, threshold, yi_yuan, period::year(2026), upper), ind, s, period::year(2026)).outcome;
}

double up(double x) { return std::nextafter(x, std::numeric_limits<double>::infinity()); }
double down(double x) { return std::nextafter(x, -std::numeric_limits<double>::infinity()); }

}  // namespace

TEST(EvaluateBoundary, AtLeastIncludesTheThreshold) {  // X以上, 不低于X
    EXPECT_EQ(at_deadline(comparator::at_least, 120.0, 120.0), verdict::achieved);
    EXPECT_EQ(at_deadline(comparator::at_least, 120.0, up(120.0)), verdict::exceeded);
    EXPECT_EQ(at_deadline(comparator::at_least, 120.0, down(120.0)), verdict::not_achieved);
}

TEST(EvaluateBoundary, MoreThanExcludesTheThreshold) {  // 超X, 突破X
    EXPECT_EQ(at_deadline(comparator::more_than, 120.0, 120.0), verdict::not_achieved);
    EXPECT_EQ(at_deadline(comparator::more_than, 120.0, up(120.0)), verdict::achieved);
    EXPECT_EQ(at_deadline(comparator::more_than, 120.0, down(120.0)), verdict::not_achieved);
}

TEST(EvaluateBoundary, AtMostIncludesTheThreshold) {  // X以内, 不超过X
    EXPECT_EQ(at_deadline(comparator::at_most, 5.5, 5.5), verdict::achieved);
    EXPECT_EQ(at_deadline(comparator::at_most, 5.5, down(5.5)), verdict::exceeded);
    EXPECT_EQ(at_deadline(comparator::at_most, 5.5, up(5.5)), verdict::not_achieved);
}

TEST(EvaluateBoundary, LessThanExcludesTheThreshold) {  // 近X, 不满X
    EXPECT_EQ(at_deadline(comparator::less_than, 9000.0, 9000.0), verdict::not_achieved);
    EXPECT_EQ(at_deadline(comparator::less_than, 9000.0, down(9000.0)), verdict::achieved);
    EXPECT_EQ(at_deadline(comparator::less_than, 9000.0, up(9000.0)), verdict::not_achieved);
}

TEST(EvaluateBoundary, AboutIsABandInclusiveAtBothEnds) {  // 5%左右 with tolerance 0.5
    constexpr auto band = pt::direction::within_band;
    EXPECT_EQ(at_deadline(comparator::about, 5.0, 4.5, 0.5, band), verdict::achieved);
    EXPECT_EQ(at_deadline(comparator::about, 5.0, 5.5, 0.5, band), verdict::achieved);
    EXPECT_EQ(at_deadline(comparator::about, 5.0, down(4.5), 0.5, band), verdict::not_achieved);
    EXPECT_EQ(at_deadline(comparator::about, 5.0, up(5.5), 0.5, band), verdict::not_achieved);
    // Higher is better: past the band's top is met with room to spare, not missed.
    EXPECT_EQ(at_deadline(comparator::about, 5.0, up(5.5), 0.5), verdict::exceeded);
    EXPECT_EQ(at_deadline(comparator::about, 5.0, down(4.5), 0.5), verdict::not_achieved);
}

TEST(EvaluateBoundary, BetweenIsInclusive) {  // X至Y
    EXPECT_EQ(at_deadline(comparator::between, 10.0, 10.0, 20.0), verdict::achieved);
    EXPECT_EQ(at_deadline(comparator::between, 10.0, 20.0, 20.0), verdict::achieved);
    EXPECT_EQ(at_deadline(comparator::between, 10.0, down(10.0), 20.0), verdict::not_achieved);
    EXPECT_EQ(at_deadline(comparator::between, 10.0, up(20.0), 20.0), verdict::not_achieved);
}

TEST(EvaluateBoundary, RankAtMost) {  // 居全市第1: position 1 achieves, 2 does not
    pt::value_series s(pt::units::unit_of("位"));
    EXPECT_EQ(s.add(period::year(2025), 1.0), pt::reason::none);
    auto t = single(comparator::rank_at_most, 1.0, pt::units::unit_of("位"), period::year(2025));
    EXPECT_EQ(pt::evaluate(t, info(pt::units::unit_of("位")), s, period::year(2025)).outcome, verdict::achieved);
    pt::value_series s2(pt::units::unit_of("位"));
    EXPECT_EQ(s2.add(period::year(2025), 2.0), pt::reason::none);
    EXPECT_EQ(pt::evaluate(t, info(pt::units::unit_of("位")), s2, period::year(2025)).outcome, verdict::not_achieved);
}

TEST(EvaluateBoundary, AmongTopUsesTheCutoffOption) {
    pt::value_series s(pt::units::unit_of("位"));
    EXPECT_EQ(s.add(period::year(2025), 3.0), pt::reason::none);
    auto t = single(comparator::among_top, 0.0, pt::units::unit_of("位"), period::year(2025));
    pt::evaluation_options o;
    o.among_top_cutoff = 3;
    EXPECT_EQ(pt::evaluate(t, info(pt::units::unit_of("位")), s, period::year(2025), o).outcome, verdict::achieved);
    o.among_top_cutoff = 2;
    EXPECT_EQ(pt::evaluate(t, info(pt::units::unit_of("位")), s, period::year(2025), o).outcome,
              verdict::not_achieved);
}

TEST(EvaluateDynamicZero, OneNonZeroObservationFails) {
    // 零就业家庭动态清零: zero at every observation, not only at the end.
    pt::value_series s(pt::units::unit_of("户"));
    for (int m = 1; m <= 12; ++m) EXPECT_EQ(s.add(period::month(2026, m), m == 7 ? 1.0 : 0.0), pt::reason::none);
    auto t = single(comparator::dynamic_zero, 0.0, pt::units::unit_of("户"));
    auto a = pt::evaluate(t, info(pt::units::unit_of("户"), pt::nature::stock), s, period::year(2026));
    EXPECT_EQ(a.outcome, verdict::not_achieved);
    EXPECT_DOUBLE_EQ(*a.conditions.front().actual, 1.0);
    EXPECT_EQ(a.actual_period, period::month(2026, 12));  // the last observation seen
}

TEST(EvaluateDynamicZero, AllZeroAchievesAndInYearIsOnSchedule) {
    pt::value_series s(pt::units::unit_of("户"));
    for (int m = 1; m <= 12; ++m) EXPECT_EQ(s.add(period::month(2026, m), 0.0), pt::reason::none);
    auto t = single(comparator::dynamic_zero, 0.0, pt::units::unit_of("户"));
    const auto i = info(pt::units::unit_of("户"), pt::nature::stock);
    EXPECT_EQ(pt::evaluate(t, i, s, period::year(2026)).outcome, verdict::achieved);
    EXPECT_EQ(pt::evaluate(t, i, s, period::month(2026, 6)).outcome, verdict::on_schedule);
    // A non-zero month after the as-of period is not seen yet.
    pt::value_series late(pt::units::unit_of("户"));
    for (int m = 1; m <= 12; ++m) EXPECT_EQ(late.add(period::month(2026, m), m == 9 ? 2.0 : 0.0), pt::reason::none);
    EXPECT_EQ(pt::evaluate(t, i, late, period::month(2026, 6)).outcome, verdict::on_schedule);
    EXPECT_EQ(pt::evaluate(t, i, late, period::month(2026, 9)).outcome, verdict::behind_schedule);
}

TEST(EvaluateBounds, ActualKnownAsABound) {
    // "超10.4亿元" against a target of at least 10: decided; against 11: not.
    pt::value_series s(yi_yuan);
    pt::observation_meta m;
    m.bound = pt::value_bound::more_than;
    EXPECT_EQ(s.add(period::year(2026), 10.4, m), pt::reason::none);
    auto decided = pt::evaluate(single(comparator::at_least, 10.0, yi_yuan), info(yi_yuan), s, period::year(2026));
    EXPECT_EQ(decided.outcome, verdict::achieved);  // a bound never claims 超额完成
    auto open = pt::evaluate(single(comparator::at_least, 11.0, yi_yuan), info(yi_yuan), s, period::year(2026));
    EXPECT_EQ(open.outcome, verdict::not_assessable);
    EXPECT_EQ(open.why, pt::reason::bound_only);
    // "调查失业率控制在5.5%以内" against "5.5%以内": achieved; against 5.0 %: undecided.
    pt::value_series u(pct);
    pt::observation_meta within;
    within.bound = pt::value_bound::at_most;
    EXPECT_EQ(u.add(period::year(2026), 5.5, within), pt::reason::none);
    EXPECT_EQ(pt::evaluate(single(comparator::at_most, 5.5, pct), info(pct), u, period::year(2026)).outcome,
              verdict::achieved);
    EXPECT_EQ(pt::evaluate(single(comparator::at_most, 5.0, pct), info(pct), u, period::year(2026)).outcome,
              verdict::not_assessable);
    // A bound can also decide against: "近9000" (< 9000) cannot reach at least 9000.
    pt::value_series near(yi_yuan);
    pt::observation_meta lt;
    lt.bound = pt::value_bound::less_than;
    EXPECT_EQ(near.add(period::year(2026), 9000.0, lt), pt::reason::none);
    EXPECT_EQ(pt::evaluate(single(comparator::at_least, 9000.0, yi_yuan), info(yi_yuan), near, period::year(2026)).outcome,
              verdict::not_achieved);
}

TEST(EvaluateMargin, SignedOnTheBetterSideInTheTargetUnit) {
    // Target 3.5 万人 on a series in 人: 36,000 persons is 3.6 万人, margin +0.1 万人, completion 102.857 %.
    pt::value_series s(persons_u);
    EXPECT_EQ(s.add(period::year(2026), 36000.0), pt::reason::none);
    auto a = pt::evaluate(single(comparator::at_least, 3.5, pt::units::unit_of("人", 4)), info(persons_u), s,
                          period::year(2026));
    EXPECT_EQ(a.outcome, verdict::exceeded);
    EXPECT_NEAR(*a.margin, 0.1, 1e-12);
    EXPECT_NEAR(a.completion->value(), 3.6 / 3.5 * 100.0, 1e-9);
    // For an upper bound, room to spare is positive: 5.3 % against 5.5 % gives +0.2 points.
    pt::value_series u(pct);
    EXPECT_EQ(u.add(period::year(2026), 5.3), pt::reason::none);
    auto b = pt::evaluate(single(comparator::at_most, 5.5, pct), info(pct, pt::nature::rate), u, period::year(2026));
    EXPECT_NEAR(*b.margin, 0.2, 1e-12);
    EXPECT_EQ(b.completion.why(), pt::reason::not_applicable);
}

TEST(EvaluateCompound, AllOfNeedsEveryCondition) {
    // 超120亿元、同比增长50%以上 on a base of 91.1亿元.
    pt::target_spec t = single(comparator::more_than, 120.0, yi_yuan);
    pt::condition g;
    g.what = pt::measure::growth;
    g.cmp = comparator::at_least;
    g.value = 50.0;
    g.unit = pct;
    t.conditions.push_back(g);
    const auto run = [&](double v2026) {
        pt::value_series s(yi_yuan);
        EXPECT_EQ(s.add(period::year(2025), 91.1), pt::reason::none);
        EXPECT_EQ(s.add(period::year(2026), v2026), pt::reason::none);
        return pt::evaluate(t, info(yi_yuan), s, period::year(2026));
    };
    // 125: above 120 but growth 37.2 % < 50 %: not achieved.
    EXPECT_EQ(run(125.0).outcome, verdict::not_achieved);
    // 136.65 = 91.1 * 1.5 exactly: both hold (growth computed 50 % within double rounding).
    auto a = run(140.0);  // growth 53.7 %
    EXPECT_EQ(a.outcome, verdict::achieved);
    ASSERT_EQ(a.conditions.size(), 2u);
    EXPECT_NEAR(*a.conditions[1].actual, (140.0 / 91.1 - 1.0) * 100.0, 1e-9);
    // any_of: one is enough.
    t.combine = pt::combination::any_of;
    EXPECT_EQ(run(125.0).outcome, verdict::achieved);
}

TEST(EvaluateGrowth, PublishedGrowthIsDataAndWinsOverRecomputation) {
    // GDP levels are nominal, growth is real: the published 4 % is used even
    // though the levels would give another number.
    pt::value_series s(yi_yuan);
    EXPECT_EQ(s.add(period::year(2024), 1250.0), pt::reason::none);
    pt::observation_meta m;
    m.published_growth = pt::growth_rate::from_percent(4.0);
    EXPECT_EQ(s.add(period::year(2025), 1310.0, m), pt::reason::none);  // levels alone would say 4.8 %
    auto t = single(comparator::at_least, 4.5, pct, period::year(2025), 0.0, pt::measure::growth);
    auto a = pt::evaluate(t, info(yi_yuan), s, period::year(2025));
    EXPECT_EQ(a.outcome, verdict::not_achieved);
    EXPECT_DOUBLE_EQ(*a.actual, 4.0);
}

TEST(EvaluateGrowth, UndefinedGrowthIsNotAssessableWithItsReason) {
    pt::value_series s(yi_yuan);
    EXPECT_EQ(s.add(period::year(2025), 0.0), pt::reason::none);
    EXPECT_EQ(s.add(period::year(2026), 5.0), pt::reason::none);
    auto t = single(comparator::at_least, 10.0, pct, period::year(2026), 0.0, pt::measure::growth);
    auto a = pt::evaluate(t, info(yi_yuan), s, period::year(2026));
    EXPECT_EQ(a.outcome, verdict::not_assessable);
    EXPECT_EQ(a.why, pt::reason::zero_base);
    pt::value_series no_prior(yi_yuan);
    EXPECT_EQ(no_prior.add(period::year(2026), 5.0), pt::reason::none);
    EXPECT_EQ(pt::evaluate(t, info(yi_yuan), no_prior, period::year(2026)).why, pt::reason::missing_period);
}

TEST(EvaluateSchedule, ProRataAheadOnBehind) {
    // Plan 3.5 万人 for 2026; by June 50 % is expected (1.75). Band 1 point.
    const auto run = [](double ytd_june) {
        pt::value_series s(pt::units::unit_of("人", 4));
        EXPECT_EQ(s.add(period::year_to_date(2026, 6), ytd_june), pt::reason::none);
        return pt::evaluate(single(comparator::at_least, 3.5, pt::units::unit_of("人", 4)),
                            info(pt::units::unit_of("人", 4)), s, period::month(2026, 6));
    };
    auto ahead = run(2.0);  // (2.0 - 1.75) / 3.5 = +7.14 points
    EXPECT_EQ(ahead.outcome, verdict::ahead_of_schedule);
    EXPECT_NEAR(ahead.schedule_gap->value(), 0.25 / 3.5 * 100.0, 1e-9);
    EXPECT_NEAR(*ahead.expected_to_date, 1.75, 1e-12);
    EXPECT_NEAR(*ahead.projected, 4.0, 1e-12);
    EXPECT_FALSE(ahead.at_deadline);
    // Exactly one point behind is still on schedule; a hair more is behind.
    const double one_point_behind = 1.75 - 0.035;
    EXPECT_EQ(run(one_point_behind + 1e-9).outcome, verdict::on_schedule);
    EXPECT_EQ(run(1.75 - 0.036).outcome, verdict::behind_schedule);
    EXPECT_EQ(run(1.75).outcome, verdict::on_schedule);
}

TEST(EvaluateSchedule, SeasonalProfileMovesTheExpectation) {
    // Last year's months: 6 % each in Jan-Jun, the rest in H2 -> 36 % expected by June.
    pt::value_series last_year(yi_yuan);
    for (int m = 1; m <= 12; ++m) EXPECT_EQ(last_year.add(period::month(2025, m), m <= 6 ? 6.0 : 64.0 / 6.0), pt::reason::none);
    auto profile = pt::seasonal_profile_from(last_year, 2025);
    ASSERT_TRUE(profile.ok());
    pt::evaluation_options o;
    o.seasonal_profile = *profile;
    pt::value_series s(yi_yuan);
    EXPECT_EQ(s.add(period::year_to_date(2026, 6), 40.0), pt::reason::none);  // plan 100: pro rata says behind (50), seasonal ahead (36)
    auto t = single(comparator::at_least, 100.0, yi_yuan);
    EXPECT_EQ(pt::evaluate(t, info(yi_yuan), s, period::month(2026, 6)).outcome, verdict::behind_schedule);
    auto a = pt::evaluate(t, info(yi_yuan), s, period::month(2026, 6), o);
    EXPECT_EQ(a.outcome, verdict::ahead_of_schedule);
    EXPECT_NEAR(*a.expected_to_date, 36.0, 1e-9);
    EXPECT_NEAR(a.schedule_gap->value(), 4.0, 1e-9);
}

TEST(EvaluatePending, BeforeThePeriodReportsTheGrowthNeeded) {
    // 2026 target 3800 trains against 4156 in 2025: pending, needs -8.57 %.
    pt::value_series s(pt::units::unit_of("列"));
    EXPECT_EQ(s.add(period::year(2025), 4156.0), pt::reason::none);
    auto a = pt::evaluate(single(comparator::at_least, 3800.0, pt::units::unit_of("列")), info(pt::units::unit_of("列")), s,
                          period::year(2025));
    EXPECT_EQ(a.outcome, verdict::pending);
    EXPECT_DOUBLE_EQ(*a.last_actual, 4156.0);
    EXPECT_NEAR(a.required_growth->in_percent(), (3800.0 / 4156.0 - 1.0) * 100.0, 1e-9);
}

TEST(EvaluateNotAssessable, NoDataUnitMismatchNonFiniteNoTarget) {
    pt::value_series empty(yi_yuan);
    auto t = single(comparator::at_least, 1.0, yi_yuan);
    auto a = pt::evaluate(t, info(yi_yuan), empty, period::year(2026));
    EXPECT_EQ(a.outcome, verdict::not_assessable);
    EXPECT_EQ(a.why, pt::reason::no_data);

    pt::value_series people(persons_u);
    EXPECT_EQ(people.add(period::year(2026), 5.0), pt::reason::none);
    auto m = pt::evaluate(t, info(persons_u), people, period::year(2026));
    EXPECT_EQ(m.why, pt::reason::unit_mismatch);

    pt::value_series nan(yi_yuan);
    EXPECT_EQ(nan.add(period::year(2026), std::numeric_limits<double>::quiet_NaN()), pt::reason::none);
    EXPECT_EQ(pt::evaluate(t, info(yi_yuan), nan, period::year(2026)).why, pt::reason::not_finite);

    pt::target_spec none;
    none.id = "empty";
    EXPECT_EQ(pt::evaluate(none, info(yi_yuan), nan, period::year(2026)).why, pt::reason::no_target);
}

TEST(EvaluateTyped, TypedTargetAndSeriesAgreeWithTheRawPath) {
    using namespace pt::units;
    pt::indicator<persons_unit> jobs({.id = "urban_jobs_new", .name_zh = "新增城镇就业", .name_en = "New urban jobs"});
    pt::series<persons_unit> s;
    EXPECT_EQ(s.add(period::year(2026), 34999.0 * persons), pt::reason::none);
    auto t = pt::at_least(jobs, 3.5 * wan_persons, period::year(2026));
    EXPECT_EQ(pt::evaluate(t, jobs, s, period::year(2026)).outcome, verdict::not_achieved);
    pt::series<persons_unit> s2;
    EXPECT_EQ(s2.add(period::year(2026), 35000.0 * persons), pt::reason::none);
    EXPECT_EQ(pt::evaluate(t, jobs, s2, period::year(2026)).outcome, verdict::achieved);
}
