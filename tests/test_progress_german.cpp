// German sustainability-indicator "weather" symbols (docs/progress-methods.md). Expected
// values are worked by hand; the arithmetic is in the comments.
#include <plantarget/progress/german.hpp>

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
namespace de = plantarget::progress::german;

constexpr auto up = direction::higher_is_better;
constexpr auto down = direction::lower_is_better;

// 2014 lies outside the five-year window and must not count.
const std::vector<yearly_point> falling{{2014, 200}, {2015, 100}, {2016, 97}, {2017, 91},
                                        {2018, 88},  {2019, 84},  {2020, 80}};

de::options linear(int target_year) {
    de::options o;
    o.model = de::change_model::linear;
    o.target_year = target_year;
    return o;
}

// 15 (2016) -> 20 (2021): the window endpoints give a change of (20 - 15) / 5 = 1
// a year, exactly; the years between do not enter.
const std::vector<yearly_point> rising{{2016, 15}, {2017, 16}, {2018, 18}, {2019, 17}, {2020, 19}, {2021, 20}};

// ---- worked examples, compound change (the default) ------------------------

TEST(ProgressGerman, WorkedExampleCompound) {
    // Window 2015..2020: r = 0.8^(1/5) - 1 = -0.0436475;
    // projected 2030 = 80 * 0.8^(10/5) = 80 * 0.64 = 51.2.
    // target 50: shortfall = (50 - 51.2) / (50 - 80) = 0.04 < 5 % -> sunny
    const auto a = de::assess(falling, down, 50.0);
    EXPECT_EQ(*a.window_start_year, 2015);
    EXPECT_NEAR(*a.annual_change, -0.0436475, 1e-7);
    EXPECT_NEAR(*a.projected_value, 51.2, 1e-12);
    EXPECT_NEAR(*a.shortfall, 0.04, 1e-12);
    EXPECT_EQ(a.status, de::weather::sunny);
    // target 48: (48 - 51.2) / (48 - 80) = 0.1 -> slightly cloudy
    EXPECT_EQ(de::assess(falling, down, 48.0).status, de::weather::slightly_cloudy);
    // target 40: (40 - 51.2) / (40 - 80) = 0.28 -> cloudy
    const auto c = de::assess(falling, down, 40.0);
    EXPECT_NEAR(*c.shortfall, 0.28, 1e-12);
    EXPECT_EQ(c.status, de::weather::cloudy);
    // target 52: (52 - 51.2) / (52 - 80) = -0.0285714: the projection passes the target -> sunny
    const auto d = de::assess(falling, down, 52.0);
    EXPECT_NEAR(*d.shortfall, -0.8 / 28.0, 1e-12);
    EXPECT_EQ(d.status, de::weather::sunny);
}

TEST(ProgressGerman, WorkedExampleLinear) {
    // Same window, linear: change = (80 - 100) / 5 = -4; projected 2030 = 80 - 40 = 40.
    // target 48: (48 - 40) / (48 - 80) = -0.25 -> sunny (compound said slightly cloudy)
    const auto a = de::assess(falling, down, 48.0, linear(2030));
    EXPECT_EQ(*a.annual_change, -4.0);
    EXPECT_EQ(*a.projected_value, 40.0);
    EXPECT_EQ(*a.shortfall, -0.25);
    EXPECT_EQ(a.status, de::weather::sunny);
}

TEST(ProgressGerman, NegativeValuesCompound) {
    // -100 -> -80, higher is better: the values rise. r = -0.0436475, projected
    // = -80 * 0.64 = -51.2; target -50: (-50 + 51.2) / (-50 + 80) = 0.04 -> sunny
    const std::vector<yearly_point> s{{2015, -100}, {2020, -80}};
    const auto a = de::assess(s, up, -50.0);
    EXPECT_NEAR(*a.shortfall, 0.04, 1e-12);
    EXPECT_EQ(a.status, de::weather::sunny);
}

// ---- the 5 % and 20 % boundaries -------------------------------------------

TEST(ProgressGerman, ShortfallExactlyFivePercentIsSlightlyCloudy) {
    // Target year 2040: projected = 20 + 1 * 19 = 39; target 40:
    // shortfall = (40 - 39) / (40 - 20) = 1/20 = fl(0.05), the literal 0.05.
    const auto at = de::assess(rising, up, 40.0, linear(2040));
    ASSERT_EQ(*at.projected_value, 39.0);
    ASSERT_EQ(*at.shortfall, 0.05);
    EXPECT_EQ(at.status, de::weather::slightly_cloudy);
    // One double below 40 (ulp 2^-47): (1 - 2^-47) / (20 - 2^-47) < 0.05 by about 6.7e-16.
    const auto below = de::assess(rising, up, std::nextafter(40.0, 0.0), linear(2040));
    ASSERT_LT(*below.shortfall, 0.05);
    EXPECT_EQ(below.status, de::weather::sunny);
    const auto above = de::assess(rising, up, std::nextafter(40.0, 41.0), linear(2040));
    ASSERT_GT(*above.shortfall, 0.05);
    EXPECT_EQ(above.status, de::weather::slightly_cloudy);
}

TEST(ProgressGerman, ShortfallExactlyTwentyPercentIsSlightlyCloudy) {
    // Target year 2025: projected = 20 + 4 = 24; target 25: (25 - 24) / (25 - 20) = 1/5 = fl(0.2).
    const auto at = de::assess(rising, up, 25.0, linear(2025));
    ASSERT_EQ(*at.shortfall, 0.2);
    EXPECT_EQ(at.status, de::weather::slightly_cloudy);
    const auto above = de::assess(rising, up, std::nextafter(25.0, 26.0), linear(2025));
    ASSERT_GT(*above.shortfall, 0.2);
    EXPECT_EQ(above.status, de::weather::cloudy);
    const auto below = de::assess(rising, up, std::nextafter(25.0, 0.0), linear(2025));
    ASSERT_LT(*below.shortfall, 0.2);
    EXPECT_EQ(below.status, de::weather::slightly_cloudy);
}

TEST(ProgressGerman, FivePercentBoundaryLowerIsBetterWithZeroTarget) {
    // 25 (2016) -> 20 (2021): change -1; projected 2040 = 20 - 19 = 1;
    // target 0: (0 - 1) / (0 - 20) = 0.05 exactly.
    const std::vector<yearly_point> s{{2016, 25}, {2021, 20}};
    const auto at = de::assess(s, down, 0.0, linear(2040));
    ASSERT_EQ(*at.shortfall, 0.05);
    EXPECT_EQ(at.status, de::weather::slightly_cloudy);
    // The next double above 0 would vanish in 0 - 1; 2^-30 does not:
    // (2^-30 - 1) / (2^-30 - 20) = 0.05 - 4.4e-11 -> sunny.
    const auto closer = de::assess(s, down, std::ldexp(1.0, -30), linear(2040));
    ASSERT_LT(*closer.shortfall, 0.05);
    EXPECT_EQ(closer.status, de::weather::sunny);
}

TEST(ProgressGerman, ClassifyAtExactCutOffs) {
    const de::options o;
    EXPECT_EQ(de::classify(std::nextafter(0.05, 0.0), true, o), de::weather::sunny);
    EXPECT_EQ(de::classify(0.05, true, o), de::weather::slightly_cloudy);
    EXPECT_EQ(de::classify(0.2, true, o), de::weather::slightly_cloudy);
    EXPECT_EQ(de::classify(std::nextafter(0.2, 1.0), true, o), de::weather::cloudy);
    EXPECT_EQ(de::classify(0.9, true, o), de::weather::cloudy);
    EXPECT_EQ(de::classify(0.01, false, o), de::weather::thunderstorm);
}

TEST(ProgressGerman, ThresholdsAreParameters) {
    // Shortfall 0.1 (target 48 above) is sunny when on track means below 15 %.
    de::options o;
    o.on_track_below = 0.15;
    o.close_up_to = 0.3;
    EXPECT_EQ(de::assess(falling, down, 48.0, o).status, de::weather::sunny);
    EXPECT_EQ(de::assess(falling, down, 40.0, o).status, de::weather::slightly_cloudy);  // 0.28
    o.close_up_to = 0.1;  // below on_track_below: rejected
    EXPECT_EQ(de::assess(falling, down, 48.0, o).why, reason::invalid_argument);
}

// ---- wrong way and standing still ------------------------------------------

TEST(ProgressGerman, WrongWayIsThunderstorm) {
    const std::vector<yearly_point> s{{2015, 80}, {2020, 100}};
    const auto a = de::assess(s, down, 50.0);
    EXPECT_EQ(a.status, de::weather::thunderstorm);
    // shortfall = (50 - 100 * 1.25^2) / (50 - 100) = (50 - 156.25) / -50 = 2.125
    EXPECT_NEAR(*a.shortfall, 2.125, 1e-12);
}

TEST(ProgressGerman, StandingStillIsThunderstorm) {
    // The distance stays as it is: "constantly high".
    const std::vector<yearly_point> s{{2016, 20}, {2021, 20}};
    EXPECT_EQ(de::assess(s, up, 30.0).status, de::weather::thunderstorm);
    EXPECT_EQ(de::assess(s, up, 30.0, linear(2030)).status, de::weather::thunderstorm);
}

// ---- target already met ----------------------------------------------------

TEST(ProgressGerman, TargetAlreadyMet) {
    const auto a = de::assess(rising, up, 20.0, linear(2030));
    EXPECT_TRUE(a.target_already_met);
    EXPECT_EQ(a.status, de::weather::sunny);
    EXPECT_FALSE(a.shortfall);
    // 120 -> 110, target 100: met now, but 110 - 2 * 9 = 92 in 2030 falls short.
    const std::vector<yearly_point> s{{2016, 120}, {2021, 110}};
    const auto b = de::assess(s, up, 100.0, linear(2030));
    EXPECT_EQ(b.status, de::weather::sunny);
    EXPECT_TRUE(has_warning(b.warnings, warning_code::target_met_trend_away));
}

// ---- the window: last five years, at least four ----------------------------

TEST(ProgressGerman, WindowIsTheLastFiveYears) {
    std::vector<yearly_point> s;
    for (int y = 2010; y <= 2021; ++y) s.push_back({y, 100.0 + y - 2010});
    const auto a = de::assess(s, up, 200.0);
    EXPECT_EQ(*a.window_start_year, 2016);
    EXPECT_EQ(*a.window_start_value, 106.0);
}

TEST(ProgressGerman, FourYearsAreEnoughThreeAreNot) {
    // 2016 missing: the window starts in 2017, four years before 2021 -> assessed.
    const std::vector<yearly_point> four{{2015, 10}, {2017, 12}, {2018, 13}, {2019, 14}, {2020, 15}, {2021, 16}};
    const auto a = de::assess(four, up, 30.0);
    EXPECT_EQ(*a.window_start_year, 2017);
    EXPECT_TRUE(a.assessed());
    // 2016 and 2017 missing: three years -> not available.
    const std::vector<yearly_point> three{{2015, 10}, {2018, 13}, {2019, 14}, {2020, 15}, {2021, 16}};
    const auto b = de::assess(three, up, 30.0);
    EXPECT_EQ(b.status, de::weather::not_available);
    EXPECT_EQ(b.why, reason::too_few_observations);
    EXPECT_TRUE(has_warning(b.warnings, warning_code::window_too_short));
    de::options o;
    o.min_window_years = 3;
    EXPECT_TRUE(de::assess(three, up, 30.0, o).assessed());
}

// ---- edge cases ------------------------------------------------------------

TEST(ProgressGerman, CompoundNeedsNonzeroValuesLinearDoesNot) {
    const std::vector<yearly_point> s{{2016, 0}, {2021, 5}};
    const auto a = de::assess(s, up, 20.0);
    EXPECT_EQ(a.status, de::weather::not_assessed);
    EXPECT_EQ(a.why, reason::zero_base);
    EXPECT_TRUE(has_warning(a.warnings, warning_code::compound_not_defined));
    // linear: change 1, projected 2030 = 5 + 9 = 14; (20 - 14) / (20 - 5) = 0.4 -> cloudy
    const auto b = de::assess(s, up, 20.0, linear(2030));
    EXPECT_NEAR(*b.shortfall, 0.4, 1e-12);
    EXPECT_EQ(b.status, de::weather::cloudy);
    const std::vector<yearly_point> flip{{2016, -1}, {2021, 5}};
    EXPECT_EQ(de::assess(flip, up, 20.0).why, reason::opposite_signs);
}

TEST(ProgressGerman, EdgeCases) {
    EXPECT_EQ(de::assess(rising, up, std::nullopt).why, reason::no_target);
    EXPECT_EQ(de::assess(rising, direction::within_band, 30.0).why, reason::invalid_argument);
    const std::vector<yearly_point> one{{2021, 20}};
    EXPECT_EQ(de::assess(one, up, 30.0).status, de::weather::not_available);
    const std::vector<yearly_point> none;
    EXPECT_EQ(de::assess(none, up, 30.0).why, reason::no_data);
    const std::vector<yearly_point> dup{{2016, 15}, {2021, 20}, {2016, 16}};
    const auto d = de::assess(dup, up, 30.0);
    EXPECT_EQ(d.status, de::weather::not_assessed);
    EXPECT_EQ(d.why, reason::duplicate_period);
    EXPECT_TRUE(has_warning(d.warnings, warning_code::duplicated_year));
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const std::vector<yearly_point> bad{{2016, 15}, {2021, nan}};
    EXPECT_EQ(de::assess(bad, up, 30.0).why, reason::not_finite);
    EXPECT_EQ(de::assess(rising, up, nan).why, reason::not_finite);
    const auto past = de::assess(rising, up, 30.0, linear(2021));
    EXPECT_EQ(past.why, reason::invalid_argument);
    EXPECT_TRUE(has_warning(past.warnings, warning_code::target_year_not_ahead));
}

}  // namespace
