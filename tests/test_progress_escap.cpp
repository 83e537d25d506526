// UN ESCAP current status and anticipated progress (docs/progress-methods.md). Expected
// values are worked by hand; the arithmetic is in the comments.
#include <plantarget/progress/escap.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

namespace {

using plantarget::direction;
using plantarget::reason;
using plantarget::progress::has_warning;
using plantarget::progress::warning_code;
using plantarget::progress::yearly_point;
namespace es = plantarget::progress::escap;

constexpr auto up = direction::higher_is_better;
constexpr auto down = direction::lower_is_better;

es::options compound() {
    es::options o;
    o.method = es::projection_method::compound_growth;
    return o;
}

// ---- worked example: time-weighted regression ------------------------------

TEST(ProgressEscap, WorkedExampleWeightedRegression) {
    // 10 (2015), 11 (2016), 20 (2019); target 50 in 2030, higher is better.
    // Years from 2019: x = -4, -3, 0; weights (t - 2015 + 1)^1 = 1, 2, 5 (sum 8).
    // mean x = (-4 - 6 + 0) / 8 = -1.25; mean y = (10 + 22 + 100) / 8 = 16.5
    // Sxx = 1(-2.75)^2 + 2(-1.75)^2 + 5(1.25)^2 = 7.5625 + 6.125 + 7.8125 = 21.5
    // Sxy = 1(-2.75)(-6.5) + 2(-1.75)(-5.5) + 5(1.25)(3.5) = 17.875 + 19.25 + 21.875 = 59
    // slope = 59 / 21.5 = 2.7441860; projected 2030 (x = 11) = 16.5 + 2.7441860 * 12.25 = 50.1162791
    // gap = (50 - 50.1162791) / (50 - 10) = -0.0029070 <= 0 -> on track
    // current status = (20 - 10) / (50 - 10) = 0.25; time gone = (2019 - 2015) / (2030 - 2015) = 4/15
    const std::vector<yearly_point> s{{2015, 10}, {2016, 11}, {2019, 20}};
    const auto a = es::assess(s, up, 50.0);
    EXPECT_EQ(a.status, es::category::on_track);
    EXPECT_NEAR(*a.annual_trend, 2.7441860, 1e-7);
    EXPECT_NEAR(*a.projected_value, 50.1162791, 1e-7);
    EXPECT_NEAR(*a.gap_ratio, -0.0029070, 1e-7);
    EXPECT_NEAR(*a.current_status_index, 0.25, 1e-12);
    EXPECT_NEAR(*a.expected_progress_to_date, 4.0 / 15.0, 1e-12);
    EXPECT_EQ(a.trend_points, 3u);
    EXPECT_EQ(*a.base_year, 2015);
    EXPECT_EQ(*a.latest_year, 2019);
}

TEST(ProgressEscap, UnweightedRegressionGivesRecentDataLessWeight) {
    // The same data with weight exponent 0 (ordinary least squares):
    // mean x = -7/3, mean y = 41/3; Sxx = (25 + 4 + 49)/9 = 78/9;
    // Sxy = ((-5)(-11) + (-2)(-8) + (7)(19)) / 9 = 204/9; slope = 204/78 = 2.6153846
    // projected = 41/3 + 2.6153846 * (11 + 7/3) = 48.5384615
    // gap = (50 - 48.5384615) / 40 = 0.0365385 > 0, still rising -> needs acceleration
    const std::vector<yearly_point> s{{2015, 10}, {2016, 11}, {2019, 20}};
    es::options opt;
    opt.weight_exponent = 0.0;
    const auto a = es::assess(s, up, 50.0, opt);
    EXPECT_EQ(a.status, es::category::needs_acceleration);
    EXPECT_NEAR(*a.annual_trend, 2.6153846, 1e-7);
    EXPECT_NEAR(*a.projected_value, 48.5384615, 1e-7);
    EXPECT_NEAR(*a.gap_ratio, 0.0365385, 1e-7);
}

// ---- the on-track boundary: gap ratio 0 ------------------------------------

// 10 (2015), 14 (2017): weights 1 and 3 (sum 4) keep every sum exact:
// mean x = -2/4 = -0.5, mean y = (10 + 42) / 4 = 13, Sxx = 2.25 + 0.75 = 3,
// Sxy = 4.5 + 1.5 = 6, slope 2; projected 2030 = 13 + 2 * (13 + 0.5) = 40 exactly.
const std::vector<yearly_point> exact_line{{2015, 10}, {2017, 14}};

TEST(ProgressEscap, GapExactlyZeroIsOnTrack) {
    const auto at = es::assess(exact_line, up, 40.0);
    ASSERT_EQ(*at.projected_value, 40.0);
    ASSERT_EQ(*at.gap_ratio, 0.0);
    EXPECT_EQ(at.status, es::category::on_track);
    // A target one double higher: gap = 2^-47 / (40 - 10) > 0 -> needs acceleration.
    const auto above = es::assess(exact_line, up, std::nextafter(40.0, 41.0));
    ASSERT_GT(*above.gap_ratio, 0.0);
    EXPECT_EQ(above.status, es::category::needs_acceleration);
    // A target one double lower: the projection passes it.
    const auto below = es::assess(exact_line, up, std::nextafter(40.0, 0.0));
    ASSERT_LT(*below.gap_ratio, 0.0);
    EXPECT_EQ(below.status, es::category::on_track);
}

TEST(ProgressEscap, OnTrackGapIsAParameter) {
    // Target 41: gap = (41 - 40) / (41 - 10) = 1/31 = 0.032258.
    const auto strict = es::assess(exact_line, up, 41.0);
    EXPECT_NEAR(*strict.gap_ratio, 1.0 / 31.0, 1e-15);
    EXPECT_EQ(strict.status, es::category::needs_acceleration);
    es::options opt;
    opt.on_track_max_gap = 0.05;
    EXPECT_EQ(es::assess(exact_line, up, 41.0, opt).status, es::category::on_track);
    // At the parameter exactly: target 40 + 1.5 gives gap 1.5 / 31.5; set the limit to that value.
    opt.on_track_max_gap = 1.5 / 31.5;
    const auto at = es::assess(exact_line, up, 41.5, opt);
    ASSERT_EQ(*at.gap_ratio, (41.5 - 40.0) / (41.5 - 10.0));
    EXPECT_EQ(at.status, es::category::on_track);
    opt.on_track_max_gap = std::nextafter(1.5 / 31.5, 0.0);
    EXPECT_EQ(es::assess(exact_line, up, 41.5, opt).status, es::category::needs_acceleration);
}

// ---- achieved, regressing, lower is better ---------------------------------

TEST(ProgressEscap, AchievedWhenLatestMeetsTarget) {
    // 10 -> 45, target 40: status index (45 - 10) / 30 = 1.1667, reported capped at 1.
    const std::vector<yearly_point> s{{2015, 10}, {2020, 45}};
    const auto a = es::assess(s, up, 40.0);
    EXPECT_EQ(a.status, es::category::achieved);
    EXPECT_EQ(*a.current_status_index, 1.0);
    EXPECT_NEAR(*a.current_status_uncapped, 35.0 / 30.0, 1e-12);
    es::options opt;
    opt.current_status_cap = std::nullopt;
    EXPECT_NEAR(*es::assess(s, up, 40.0, opt).current_status_index, 35.0 / 30.0, 1e-12);
    // Exactly at the target counts as achieved.
    const std::vector<yearly_point> at{{2015, 10}, {2020, 40}};
    EXPECT_EQ(es::assess(at, up, 40.0).status, es::category::achieved);
}

TEST(ProgressEscap, RegressingWhenTrendMovesAway) {
    // 10 -> 8 over 2015..2020, target 20: the line through two points has slope
    // -0.4 whatever the weights; projected 2030 = 8 - 0.4 * 10 = 4;
    // gap = (20 - 4) / (20 - 10) = 1.6; status index = (8 - 10) / 10 = -0.2.
    const std::vector<yearly_point> s{{2015, 10}, {2020, 8}};
    const auto a = es::assess(s, up, 20.0);
    EXPECT_EQ(a.status, es::category::regressing);
    EXPECT_NEAR(*a.annual_trend, -0.4, 1e-12);
    EXPECT_NEAR(*a.projected_value, 4.0, 1e-12);
    EXPECT_NEAR(*a.gap_ratio, 1.6, 1e-12);
    EXPECT_NEAR(*a.current_status_index, -0.2, 1e-12);
}

TEST(ProgressEscap, LowerIsBetter) {
    // 50 -> 40 over 2015..2020, target 25: slope -2, projected 2030 = 40 - 20 = 20.
    // gap = (25 - 20) / (25 - 50) = -0.2 -> on track; status = (40 - 50) / (25 - 50) = 0.4
    const std::vector<yearly_point> s{{2015, 50}, {2020, 40}};
    const auto a = es::assess(s, down, 25.0);
    EXPECT_EQ(a.status, es::category::on_track);
    EXPECT_NEAR(*a.gap_ratio, -0.2, 1e-12);
    EXPECT_NEAR(*a.current_status_index, 0.4, 1e-12);
    // Target 15: gap = (15 - 20) / (15 - 50) = 0.142857 -> needs acceleration
    EXPECT_EQ(es::assess(s, down, 15.0).status, es::category::needs_acceleration);
    // 50 -> 55, target 25: slope +1, projected 65, gap = (25 - 65) / (25 - 50) = 1.6 -> regressing
    const std::vector<yearly_point> up_again{{2015, 50}, {2020, 55}};
    const auto b = es::assess(up_again, down, 25.0);
    EXPECT_EQ(b.status, es::category::regressing);
    EXPECT_NEAR(*b.gap_ratio, 1.6, 1e-12);
}

TEST(ProgressEscap, ClassifyOrder) {
    // achieved beats everything; a met projection beats a wrong-way slope.
    EXPECT_EQ(es::classify(true, 2.0, -1.0, up, 0.0), es::category::achieved);
    EXPECT_EQ(es::classify(false, 0.0, -1.0, up, 0.0), es::category::on_track);
    EXPECT_EQ(es::classify(false, 0.1, -1.0, up, 0.0), es::category::regressing);
    EXPECT_EQ(es::classify(false, 0.1, 1.0, down, 0.0), es::category::regressing);
    EXPECT_EQ(es::classify(false, 0.1, 0.0, up, 0.0), es::category::needs_acceleration);  // flat
    EXPECT_EQ(es::classify(false, std::nextafter(0.0, 1.0), 1.0, up, 0.0), es::category::needs_acceleration);
}

// ---- compound growth extrapolation -----------------------------------------

TEST(ProgressEscap, WorkedExampleCompoundGrowth) {
    // 100 (2015) -> 121 (2017): r = 1.21^(1/2) - 1 = 0.1;
    // projected 2030 = 121 * 1.1^13 = 121 * 3.4522712 = 417.7248169
    // target 500: gap = (500 - 417.7248169) / (500 - 100) = 0.2056880 -> needs acceleration
    const std::vector<yearly_point> s{{2015, 100}, {2017, 121}};
    const auto a = es::assess(s, up, 500.0, compound());
    EXPECT_NEAR(*a.annual_trend, 0.1, 1e-12);
    EXPECT_NEAR(*a.projected_value, 417.7248169, 1e-6);
    EXPECT_NEAR(*a.gap_ratio, 0.2056880, 1e-7);
    EXPECT_EQ(a.status, es::category::needs_acceleration);
    // target 400: gap = (400 - 417.7248169) / 300 = -0.0590827 -> on track
    EXPECT_EQ(es::assess(s, up, 400.0, compound()).status, es::category::on_track);
}

TEST(ProgressEscap, CompoundGrowthOfNegativeValues) {
    // -100 -> -121: r = +0.1, but the values fall; higher is better -> regressing.
    // projected = -417.7248169; gap = (-50 + 417.7248169) / (-50 + 100) = 7.3544963
    const std::vector<yearly_point> s{{2015, -100}, {2017, -121}};
    const auto a = es::assess(s, up, -50.0, compound());
    EXPECT_EQ(a.status, es::category::regressing);
    EXPECT_NEAR(*a.gap_ratio, 7.3544963, 1e-6);
}

TEST(ProgressEscap, CompoundGrowthNeedsNonzeroValuesOfOneSign) {
    const std::vector<yearly_point> zero{{2015, 0}, {2017, 5}};
    const auto a = es::assess(zero, up, 10.0, compound());
    EXPECT_EQ(a.status, es::category::not_assessed);
    EXPECT_EQ(a.why, reason::zero_base);
    EXPECT_TRUE(has_warning(a.warnings, warning_code::compound_not_defined));
    // The regression has no such limit: 0 -> 5 over 2 years, slope 2.5,
    // projected 2030 = 5 + 2.5 * 13 = 37.5 >= 10 -> on track.
    const auto b = es::assess(zero, up, 10.0);
    EXPECT_EQ(b.status, es::category::on_track);
    EXPECT_NEAR(*b.projected_value, 37.5, 1e-12);
    const std::vector<yearly_point> flip{{2015, -2}, {2017, 5}};
    EXPECT_EQ(es::assess(flip, up, 10.0, compound()).why, reason::opposite_signs);
}

// ---- windows, base year, edge cases ----------------------------------------

TEST(ProgressEscap, TrendWindowAndBaseYear) {
    // An early outlier outside the window leaves the exact line of 2015..2017 alone.
    const std::vector<yearly_point> s{{2010, 100}, {2015, 10}, {2017, 14}};
    es::options opt;
    opt.trend_from_year = 2015;
    const auto a = es::assess(s, up, 40.0, opt);
    EXPECT_EQ(*a.trend_first_year, 2015);
    EXPECT_EQ(a.trend_points, 2u);
    EXPECT_EQ(*a.projected_value, 40.0);
    // The base year moves forward to the next year with data.
    const std::vector<yearly_point> late{{2016, 10}, {2018, 14}};
    const auto b = es::assess(late, up, 40.0);
    EXPECT_EQ(*b.base_year, 2016);
    EXPECT_TRUE(has_warning(b.warnings, warning_code::base_year_moved));
    // A window with one point cannot give a trend.
    opt.trend_from_year = 2017;
    const auto c = es::assess(s, up, 40.0, opt);
    EXPECT_EQ(c.status, es::category::not_available);
    EXPECT_TRUE(has_warning(c.warnings, warning_code::window_too_short));
}

TEST(ProgressEscap, BaseAlreadyMeetingTheTarget) {
    // Nothing was required from the base year: achieved if still met, else not assessed.
    const std::vector<yearly_point> held{{2015, 50}, {2020, 55}};
    EXPECT_EQ(es::assess(held, up, 40.0).status, es::category::achieved);
    const std::vector<yearly_point> lost{{2015, 50}, {2020, 35}};
    const auto a = es::assess(lost, up, 40.0);
    EXPECT_EQ(a.status, es::category::not_assessed);
    EXPECT_EQ(a.why, reason::invalid_argument);
    EXPECT_TRUE(has_warning(a.warnings, warning_code::base_meets_target));
}

TEST(ProgressEscap, EdgeCases) {
    const std::vector<yearly_point> s{{2015, 10}, {2020, 12}};
    EXPECT_EQ(es::assess(s, up, std::nullopt).why, reason::no_target);
    EXPECT_EQ(es::assess(s, direction::within_band, 20.0).why, reason::invalid_argument);
    const std::vector<yearly_point> one{{2015, 10}};
    const auto a = es::assess(one, up, 20.0);
    EXPECT_EQ(a.status, es::category::not_available);
    EXPECT_EQ(a.why, reason::too_few_observations);
    const std::vector<yearly_point> none;
    EXPECT_EQ(es::assess(none, up, 20.0).why, reason::no_data);
    const std::vector<yearly_point> dup{{2015, 10}, {2020, 12}, {2020, 13}};
    const auto d = es::assess(dup, up, 20.0);
    EXPECT_EQ(d.status, es::category::not_assessed);
    EXPECT_EQ(d.why, reason::duplicate_period);
    EXPECT_TRUE(has_warning(d.warnings, warning_code::duplicated_year));
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const std::vector<yearly_point> bad{{2015, 10}, {2020, nan}};
    EXPECT_EQ(es::assess(bad, up, 20.0).why, reason::not_finite);
    EXPECT_EQ(es::assess(s, up, nan).why, reason::not_finite);
    es::options opt;
    opt.weight_exponent = -1.0;
    EXPECT_EQ(es::assess(s, up, 20.0, opt).why, reason::invalid_argument);
    const std::vector<yearly_point> old{{2010, 10}, {2012, 12}};
    EXPECT_EQ(es::assess(old, up, 20.0).why, reason::missing_period);
}

TEST(ProgressEscap, InputOrderDoesNotMatter) {
    const std::vector<yearly_point> shuffled{{2019, 20}, {2015, 10}, {2016, 11}};
    EXPECT_NEAR(*es::assess(shuffled, up, 50.0).projected_value, 50.1162791, 1e-7);
}

}  // namespace
