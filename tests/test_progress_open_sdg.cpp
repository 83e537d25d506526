// Open SDG / Eurostat progress measure (docs/progress-methods.md). Expected values are
// worked by hand; the arithmetic is in the comments.
#include <plantarget/progress/open_sdg.hpp>

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
namespace os = plantarget::progress::open_sdg;

constexpr auto up = direction::higher_is_better;
constexpr auto down = direction::lower_is_better;

// One-year series with a one-year target horizon: 1 in 2015, c in 2016,
// target 11 for 2016. CAGR_req = 11/1 - 1 = 10 and CAGR_obs = c - 1 (pow(x, 1)
// is exact, and c - 1 is exact for c in [1, 16)), so R = fl((c - 1) / 10).
os::assessment ratio_series(double c) {
    const std::vector<yearly_point> s{{2015, 1.0}, {2016, c}};
    os::options opt;
    opt.target_year = 2016;
    return os::assess(s, up, 11.0, opt);
}

// Without a target, 1 in 2015 and c in 2016: g = c - 1, exact for c in [1, 2).
os::assessment growth_series(double c, const os::options& opt = {}) {
    const std::vector<yearly_point> s{{2015, 1.0}, {2016, c}};
    return os::assess(s, up, std::nullopt, opt);
}

// The smallest c in [1, 2) whose growth c - 1 reaches g. Its predecessor is
// the largest growth below g: the two series straddle the cut-off as
// closely as doubles allow (growths there are multiples of 2^-52).
double smallest_factor_reaching(double g) {
    double c = 1.0 + g;
    while (c - 1.0 < g) c = std::nextafter(c, 2.0);
    while (std::nextafter(c, 0.0) - 1.0 >= g) c = std::nextafter(c, 0.0);
    return c;
}

// ---- target achieved is checked first -------------------------------------

TEST(ProgressOpenSdg, TargetAchievedCheckedFirstAndScoresFive) {
    // 80 -> 100, target 100 (>=): achieved although the ratio is computed too.
    const std::vector<yearly_point> s{{2015, 80}, {2020, 100}};
    const auto a = os::assess(s, up, 100.0);
    EXPECT_EQ(a.status, os::category::target_achieved);
    EXPECT_TRUE(a.target_achieved);
    EXPECT_EQ(a.why, reason::none);
    ASSERT_TRUE(a.score);
    EXPECT_EQ(*a.score, 5.0);
    // CAGR_obs = 1.25^(1/5) - 1 = 0.045640; CAGR_req = 1.25^(1/15) - 1 = 0.014987.
    ASSERT_TRUE(a.ratio);
    EXPECT_NEAR(*a.ratio, 0.045640 / 0.014987, 1e-3);
}

TEST(ProgressOpenSdg, TargetAchievedLowerIsBetterIncludesEquality) {
    const std::vector<yearly_point> at{{2015, 20}, {2020, 10}};
    EXPECT_EQ(os::assess(at, down, 10.0).status, os::category::target_achieved);
    const std::vector<yearly_point> above{{2015, 20}, {2020, std::nextafter(10.0, 11.0)}};
    EXPECT_NE(os::assess(above, down, 10.0).status, os::category::target_achieved);
}

TEST(ProgressOpenSdg, TargetAchievedNeedsOnlyTheLatestValue) {
    // One point cannot give a growth rate, but it can meet the target.
    const std::vector<yearly_point> one{{2020, 120}};
    EXPECT_EQ(os::assess(one, up, 100.0).status, os::category::target_achieved);
    // Opposite signs are not assessed, unless the target is already met.
    const std::vector<yearly_point> flip{{2015, -5}, {2020, 3}};
    EXPECT_EQ(os::assess(flip, up, 2.0).status, os::category::target_achieved);
    EXPECT_EQ(os::assess(flip, up, 4.0).status, os::category::not_assessed);
}

// ---- hand-worked examples with a target ------------------------------------

TEST(ProgressOpenSdg, WorkedExampleWithTargetHigherIsBetter) {
    // 100 (2015) -> 110 (2020), target 150 in 2030.
    // CAGR_obs = 1.1^(1/5) - 1 = exp(0.0953102 / 5) - 1 = 0.0192449
    // CAGR_req = 1.5^(1/15) - 1 = exp(0.4054651 / 15) - 1 = 0.0273997
    // R = 0.0192449 / 0.0273997 = 0.702376 -> moderate (0.6 <= R < 0.95)
    // score = 7.1429 * 0.702376 - 4.2857 = 0.731305
    const std::vector<yearly_point> s{{2015, 100}, {2020, 110}};
    const auto a = os::assess(s, up, 150.0);
    EXPECT_EQ(a.status, os::category::moderate_progress);
    EXPECT_NEAR(*a.cagr_observed, 0.0192449, 1e-7);
    EXPECT_NEAR(*a.cagr_required, 0.0273997, 1e-7);
    EXPECT_NEAR(*a.ratio, 0.702376, 1e-6);
    EXPECT_NEAR(*a.score, 0.731305, 1e-5);
    EXPECT_EQ(*a.base_year, 2015);
    EXPECT_EQ(*a.latest_year, 2020);
    EXPECT_EQ(a.target_year, 2030);
    EXPECT_FALSE(a.growth);
}

TEST(ProgressOpenSdg, WorkedExampleWithTargetLowerIsBetter) {
    // 20 (2015) -> 17 (2021), target 10 in 2030, lower is better (d = -1).
    // CAGR_obs = 0.85^(1/6) - 1 = exp(-0.1625189 / 6) - 1 = -0.0267229
    // CAGR_req = 0.5^(1/15) - 1 = exp(-0.6931472 / 15) - 1 = -0.0451584
    // R = (+1)(-1)(-0.0267229) / 0.0451584 = 0.591760 -> limited (< 0.6)
    // score = 4.1667 * 0.591760 - 2.5 = -0.034313
    const std::vector<yearly_point> s{{2021, 17}, {2015, 20}};  // any order
    const auto a = os::assess(s, down, 10.0);
    EXPECT_EQ(a.status, os::category::limited_progress);
    EXPECT_NEAR(*a.ratio, 0.591760, 1e-6);
    EXPECT_NEAR(*a.score, -0.034313, 1e-5);
}

TEST(ProgressOpenSdg, NegativeBaseFlipsTheSign) {
    // -10 (2015) -> -5 (2020), target -2, higher is better; s = -1.
    // CAGR_obs = 0.5^(1/5) - 1 = -0.1294494; CAGR_req = 0.2^(1/15) - 1 = -0.1017401
    // R = (-1)(+1)(-0.1294494) / 0.1017401 = 1.272354 -> substantial
    // score = min(7.1429 * 1.272354 - 4.2857, 5) = 4.802596
    const std::vector<yearly_point> s{{2015, -10}, {2020, -5}};
    const auto a = os::assess(s, up, -2.0);
    EXPECT_EQ(a.status, os::category::substantial_progress);
    EXPECT_NEAR(*a.ratio, 1.272354, 1e-6);
    EXPECT_NEAR(*a.score, 4.802596, 1e-5);
}

TEST(ProgressOpenSdg, BaseAlreadyPastTargetButLatestFallsBackIsDeterioration) {
    // 120 (2015) -> 90 (2020), target 100: the base met it, the latest does not.
    // CAGR_obs = 0.75^(1/5) - 1 = -0.0559125; CAGR_req = (100/120)^(1/15) - 1 = -0.0120812
    // R = -0.0559125 / 0.0120812 = -4.628058 -> deterioration; score max(4.1667 R - 2.5, -5) = -5
    const std::vector<yearly_point> s{{2015, 120}, {2020, 90}};
    const auto a = os::assess(s, up, 100.0);
    EXPECT_EQ(a.status, os::category::deterioration);
    EXPECT_NEAR(*a.ratio, -4.628058, 1e-5);
    EXPECT_EQ(*a.score, -5.0);
}

// ---- ratio boundaries: 0.95, 0.6, 0 ----------------------------------------

TEST(ProgressOpenSdg, RatioExactlyAtNinetyFivePercentIsSubstantial) {
    // c = 10.5: R = fl(9.5 / 10) = the double nearest 0.95, i.e. the literal 0.95.
    const auto at = ratio_series(10.5);
    ASSERT_EQ(*at.ratio, 0.95);
    EXPECT_EQ(at.status, os::category::substantial_progress);
    // score = 7.1429 * 0.95 - 4.2857 = 2.500055
    EXPECT_NEAR(*at.score, 2.500055, 1e-9);

    // One step below 10.5 (ulp 2^-49): R = (9.5 - 2^-49) / 10 = 0.95 - 1.78e-16,
    // which rounds to the double just below 0.95 (ulp of 0.95 is 2^-53 = 1.11e-16).
    const auto below = ratio_series(std::nextafter(10.5, 0.0));
    ASSERT_EQ(*below.ratio, std::nextafter(0.95, 0.0));
    EXPECT_EQ(below.status, os::category::moderate_progress);

    const auto above = ratio_series(std::nextafter(10.5, 11.0));
    ASSERT_GT(*above.ratio, 0.95);
    EXPECT_EQ(above.status, os::category::substantial_progress);
}

TEST(ProgressOpenSdg, RatioExactlyAtSixtyPercentIsModerate) {
    // c = 7: R = fl(6 / 10) = 0.6 (the literal).
    const auto at = ratio_series(7.0);
    ASSERT_EQ(*at.ratio, 0.6);
    EXPECT_EQ(at.status, os::category::moderate_progress);
    // R >= 0.6 scores 7.1429 * 0.6 - 4.2857 = 0.00004
    EXPECT_NEAR(*at.score, 0.00004, 1e-9);

    // One step below 7 (ulp 2^-50): R = (6 - 2^-50) / 10 = 0.6 - 8.9e-17 -> the double below 0.6.
    const auto below = ratio_series(std::nextafter(7.0, 0.0));
    ASSERT_EQ(*below.ratio, std::nextafter(0.6, 0.0));
    EXPECT_EQ(below.status, os::category::limited_progress);
    // R < 0.6 scores 4.1667 * 0.6 - 2.5 = 0.00002 (to within 1e-15)
    EXPECT_NEAR(*below.score, 0.00002, 1e-9);

    const auto above = ratio_series(std::nextafter(7.0, 8.0));
    ASSERT_GT(*above.ratio, 0.6);
    EXPECT_EQ(above.status, os::category::moderate_progress);
}

TEST(ProgressOpenSdg, RatioExactlyAtZeroIsLimited) {
    const auto at = ratio_series(1.0);  // no change: R = 0
    ASSERT_EQ(*at.ratio, 0.0);
    EXPECT_EQ(at.status, os::category::limited_progress);
    EXPECT_NEAR(*at.score, -2.5, 1e-12);  // 4.1667 * 0 - 2.5

    const auto below = ratio_series(std::nextafter(1.0, 0.0));  // R = -2^-53 / 10
    ASSERT_LT(*below.ratio, 0.0);
    EXPECT_EQ(below.status, os::category::deterioration);

    const auto above = ratio_series(std::nextafter(1.0, 2.0));  // R = 2^-52 / 10
    ASSERT_GT(*above.ratio, 0.0);
    EXPECT_EQ(above.status, os::category::limited_progress);
}

TEST(ProgressOpenSdg, ClassifyAtExactCutOffs) {
    const auto t = os::ratio_thresholds;
    EXPECT_EQ(os::classify(0.95, t), os::category::substantial_progress);
    EXPECT_EQ(os::classify(std::nextafter(0.95, 0.0), t), os::category::moderate_progress);
    EXPECT_EQ(os::classify(0.6, t), os::category::moderate_progress);
    EXPECT_EQ(os::classify(std::nextafter(0.6, 0.0), t), os::category::limited_progress);
    EXPECT_EQ(os::classify(0.0, t), os::category::limited_progress);
    EXPECT_EQ(os::classify(-0.0, t), os::category::limited_progress);
    EXPECT_EQ(os::classify(std::nextafter(0.0, -1.0), t), os::category::deterioration);
    const auto g = os::growth_thresholds;
    EXPECT_EQ(os::classify(0.015, g), os::category::substantial_progress);
    EXPECT_EQ(os::classify(std::nextafter(0.015, 0.0), g), os::category::moderate_progress);
    EXPECT_EQ(os::classify(0.005, g), os::category::moderate_progress);
    EXPECT_EQ(os::classify(std::nextafter(0.005, 0.0), g), os::category::limited_progress);
    const auto e = os::eurostat_growth_thresholds;
    EXPECT_EQ(os::classify(0.01, e), os::category::substantial_progress);
    EXPECT_EQ(os::classify(std::nextafter(0.01, 0.0), e), os::category::moderate_progress);
    EXPECT_EQ(os::classify(0.0, e), os::category::moderate_progress);
    EXPECT_EQ(os::classify(std::nextafter(0.0, -1.0), e), os::category::limited_progress);
    EXPECT_EQ(os::classify(-0.01, e), os::category::limited_progress);
    EXPECT_EQ(os::classify(std::nextafter(-0.01, -1.0), e), os::category::deterioration);
}

// ---- growth boundaries without a target: 1.5 %, 0.5 %, 0 -------------------

TEST(ProgressOpenSdg, GrowthAroundOnePointFivePercent) {
    const double c = smallest_factor_reaching(0.015);
    const auto at = growth_series(c);
    ASSERT_EQ(*at.growth, c - 1.0);
    ASSERT_GE(*at.growth, 0.015);
    EXPECT_EQ(at.status, os::category::substantial_progress);
    const auto below = growth_series(std::nextafter(c, 0.0));
    ASSERT_LT(*below.growth, 0.015);
    EXPECT_EQ(below.status, os::category::moderate_progress);
    // Both scores meet at 2.5 there: 500 * 0.015 - 5 = 250 * 0.015 - 1.25 = 2.5.
    EXPECT_NEAR(*at.score, 2.5, 1e-12);
    EXPECT_NEAR(*below.score, 2.5, 1e-12);
}

TEST(ProgressOpenSdg, GrowthAroundHalfAPercent) {
    const double c = smallest_factor_reaching(0.005);
    const auto at = growth_series(c);
    ASSERT_GE(*at.growth, 0.005);
    EXPECT_EQ(at.status, os::category::moderate_progress);
    const auto below = growth_series(std::nextafter(c, 0.0));
    ASSERT_LT(*below.growth, 0.005);
    EXPECT_EQ(below.status, os::category::limited_progress);
    // 250 * 0.005 - 1.25 = 500 * 0.005 - 2.5 = 0
    EXPECT_NEAR(*at.score, 0.0, 1e-12);
    EXPECT_NEAR(*below.score, 0.0, 1e-12);
}

TEST(ProgressOpenSdg, GrowthExactlyZeroIsLimited) {
    const auto at = growth_series(1.0);
    ASSERT_EQ(*at.growth, 0.0);
    EXPECT_EQ(at.status, os::category::limited_progress);
    EXPECT_NEAR(*at.score, -2.5, 1e-12);  // 500 * 0 - 2.5
    const auto below = growth_series(std::nextafter(1.0, 0.0));  // g = -2^-53
    ASSERT_EQ(*below.growth, -std::ldexp(1.0, -53));
    EXPECT_EQ(below.status, os::category::deterioration);
    const auto above = growth_series(std::nextafter(1.0, 2.0));  // g = 2^-52
    ASSERT_EQ(*above.growth, std::ldexp(1.0, -52));
    EXPECT_EQ(above.status, os::category::limited_progress);
}

TEST(ProgressOpenSdg, EurostatCutOffsAreAParameter) {
    auto opt = os::eurostat_options();
    const double c = smallest_factor_reaching(0.01);
    EXPECT_EQ(growth_series(c, opt).status, os::category::substantial_progress);
    EXPECT_EQ(growth_series(std::nextafter(c, 0.0), opt).status, os::category::moderate_progress);
    EXPECT_EQ(growth_series(1.0, opt).status, os::category::moderate_progress);
    EXPECT_EQ(growth_series(std::nextafter(1.0, 0.0), opt).status, os::category::limited_progress);
    // -1 %: c - 1 is exact for c in [0.5, 1) too, so the same straddle works.
    const double low = smallest_factor_reaching(-0.01);
    const auto at = growth_series(low, opt);
    ASSERT_GE(*at.growth, -0.01);
    EXPECT_EQ(at.status, os::category::limited_progress);
    const auto below = growth_series(std::nextafter(low, 0.0), opt);
    ASSERT_LT(*below.growth, -0.01);
    EXPECT_EQ(below.status, os::category::deterioration);
}

TEST(ProgressOpenSdg, EurostatAgainstDefaultOnFiveYears) {
    // 100 -> 106 over 2015..2020: g = 1.06^(1/5) - 1 = 0.0117220
    // default: 0.5 % <= g < 1.5 % moderate; Eurostat: g >= 1 % substantial.
    const std::vector<yearly_point> s{{2015, 100}, {2020, 106}};
    EXPECT_EQ(os::assess(s, up).status, os::category::moderate_progress);
    EXPECT_EQ(os::assess(s, up, std::nullopt, os::eurostat_options()).status, os::category::substantial_progress);
    // 100 -> 98: g = 0.98^(1/5) - 1 = -0.0040324: default deterioration, Eurostat limited.
    const std::vector<yearly_point> fall{{2015, 100}, {2020, 98}};
    EXPECT_EQ(os::assess(fall, up).status, os::category::deterioration);
    EXPECT_EQ(os::assess(fall, up, std::nullopt, os::eurostat_options()).status, os::category::limited_progress);
}

// ---- hand-worked examples without a target ---------------------------------

TEST(ProgressOpenSdg, WorkedExamplesWithoutTarget) {
    // 200 (2015) -> 210 (2019): g = 1.05^(1/4) - 1 = 0.0122722 -> moderate;
    // score = 250 * 0.0122722 - 1.25 = 1.818059
    const std::vector<yearly_point> a{{2015, 200}, {2019, 210}};
    const auto ra = os::assess(a, up);
    EXPECT_EQ(ra.status, os::category::moderate_progress);
    EXPECT_NEAR(*ra.growth, 0.0122722, 1e-7);
    EXPECT_NEAR(*ra.score, 1.818059, 1e-5);
    EXPECT_FALSE(ra.ratio);

    // Lower is better, 50 -> 48 over 3 years: CAGR = 0.96^(1/3) - 1 = -0.0135152,
    // g = -CAGR = 0.0135152 -> moderate; score = 250 * 0.0135152 - 1.25 = 2.128793
    const std::vector<yearly_point> b{{2015, 50}, {2018, 48}};
    const auto rb = os::assess(b, down);
    EXPECT_EQ(rb.status, os::category::moderate_progress);
    EXPECT_NEAR(*rb.score, 2.128793, 1e-5);

    // 100 -> 110 over 5 years: g = 0.0192449 >= 1.5 % -> substantial;
    // score = min(500 * 0.0192449 - 5, 5) = 4.622438
    const std::vector<yearly_point> c{{2015, 100}, {2020, 110}};
    EXPECT_NEAR(*os::assess(c, up).score, 4.622438, 1e-5);

    // 100 -> 101: g = 1.01^(1/5) - 1 = 0.0019920 -> limited; score = 500 g - 2.5 = -1.503976
    const std::vector<yearly_point> d{{2015, 100}, {2020, 101}};
    const auto rd = os::assess(d, up);
    EXPECT_EQ(rd.status, os::category::limited_progress);
    EXPECT_NEAR(*rd.score, -1.503976, 1e-5);

    // 100 -> 99: g = 0.99^(1/5) - 1 = -0.0020080 -> deterioration; score = 125 g - 2.5 = -2.751006
    const std::vector<yearly_point> e{{2015, 100}, {2020, 99}};
    const auto re = os::assess(e, up);
    EXPECT_EQ(re.status, os::category::deterioration);
    EXPECT_NEAR(*re.score, -2.751006, 1e-5);

    // 100 -> 90: g = -0.0208516; 125 g - 2.5 = -5.106 is clamped to -5.
    const std::vector<yearly_point> f{{2015, 100}, {2020, 90}};
    EXPECT_EQ(*os::assess(f, up).score, -5.0);
}

// ---- the score formulas ----------------------------------------------------

TEST(ProgressOpenSdg, ScoreFormulasWithTarget) {
    EXPECT_NEAR(os::score_with_target(1.2), 7.1429 * 1.2 - 4.2857, 1e-12);  // 4.28578
    EXPECT_EQ(os::score_with_target(1.3), 5.0);                              // 5.00007 clamped
    EXPECT_EQ(os::score_with_target(3.0), 5.0);
    EXPECT_NEAR(os::score_with_target(0.3), -1.24999, 1e-9);   // 4.1667 * 0.3 - 2.5
    EXPECT_NEAR(os::score_with_target(-0.3), -3.75001, 1e-9);  // 4.1667 * -0.3 - 2.5
    EXPECT_EQ(os::score_with_target(-0.6), -5.0);              // -5.00002 clamped
    EXPECT_EQ(os::score_with_target(-10.0), -5.0);
}

TEST(ProgressOpenSdg, ScoreFormulasWithoutTarget) {
    EXPECT_NEAR(os::score_without_target(-0.01), -3.75, 1e-12);  // 125 * -0.01 - 2.5
    EXPECT_EQ(os::score_without_target(-0.03), -5.0);            // -6.25 clamped
    EXPECT_NEAR(os::score_without_target(0.0025), -1.25, 1e-12); // 500 * 0.0025 - 2.5
    EXPECT_NEAR(os::score_without_target(0.01), 1.25, 1e-12);    // 250 * 0.01 - 1.25
    EXPECT_NEAR(os::score_without_target(0.018), 4.0, 1e-12);    // 500 * 0.018 - 5
    EXPECT_EQ(os::score_without_target(0.03), 5.0);              // 10 clamped
    // With C = 0.5 the breaks move to 0.25 % and 0.75 %, and g is divided by C:
    EXPECT_NEAR(os::score_without_target(0.005, 0.5), 1.25, 1e-12);  // 250 * 0.005 / 0.5 - 1.25
    EXPECT_NEAR(os::score_without_target(0.002, 0.5), -0.5, 1e-12);  // 500 * 0.002 / 0.5 - 2.5
    EXPECT_NEAR(os::score_without_target(0.008, 0.5), 3.0, 1e-12);   // 500 * 0.008 / 0.5 - 5
    // C = 0: held at the limit scores 5; a fall still scores as usual.
    EXPECT_EQ(os::score_without_target(0.0, 0.0), 5.0);
    EXPECT_NEAR(os::score_without_target(-0.01, 0.0), -3.75, 1e-12);
}

// ---- the natural-limit coefficient C ---------------------------------------

TEST(ProgressOpenSdg, LimitCoefficientBranches) {
    // |y0| <= |lim|: C = 1 - (50/100)^4.44 = 1 - 0.0460709 = 0.9539291
    EXPECT_NEAR(os::limit_coefficient(50, 100), 0.9539291, 1e-7);
    // |lim| < |y0| < 2|lim|: C = 1 - ((200 - 150)/100)^4.44 = the same 0.9539291
    EXPECT_NEAR(os::limit_coefficient(150, 100), 0.9539291, 1e-7);
    // 1 - ((200 - 180)/100)^4.44 = 1 - 0.2^4.44 = 1 - exp(4.44 * -1.6094379) = 0.9992119
    EXPECT_NEAR(os::limit_coefficient(180, 100), 0.9992119, 1e-7);
    // |y0| >= 2|lim|: C = 1
    EXPECT_EQ(os::limit_coefficient(200, 100), 1.0);
    EXPECT_EQ(os::limit_coefficient(250, 100), 1.0);
    // At the limit: C = 0; signs are ignored (absolute values).
    EXPECT_EQ(os::limit_coefficient(100, 100), 0.0);
    EXPECT_NEAR(os::limit_coefficient(-50, -100), 0.9539291, 1e-7);
    // Base and limit both 0: the first test (|y0| >= 2|lim|) gives 1, not 0/0.
    EXPECT_EQ(os::limit_coefficient(0, 0), 1.0);
}

TEST(ProgressOpenSdg, LimitScalesPositiveCutOffsOnly) {
    // 50 -> 53.8 over 5 years: g = 1.076^(1/5) - 1 = 0.0147579.
    // No limit: g < 1.5 % -> moderate, score = 250 g - 1.25 = 2.439483.
    // Limit 100: C = 0.9539291, cut-offs 1.5 % C = 1.430894 % and 0.5 % C = 0.476965 %:
    // g >= 1.5 % C -> substantial, score = 500 g / C - 5 = 2.735340.
    const std::vector<yearly_point> s{{2015, 50}, {2020, 53.8}};
    const auto plain = os::assess(s, up);
    EXPECT_EQ(plain.status, os::category::moderate_progress);
    EXPECT_NEAR(*plain.score, 2.439483, 1e-5);
    os::options opt;
    opt.limit = 100.0;
    const auto limited = os::assess(s, up, std::nullopt, opt);
    EXPECT_EQ(limited.status, os::category::substantial_progress);
    EXPECT_NEAR(*limited.limit_coefficient, 0.9539291, 1e-7);
    EXPECT_NEAR(*limited.score, 2.735340, 1e-5);
    // The 0 cut-off is not scaled; Eurostat's -1 % is not either.
    auto euro = os::eurostat_options();
    euro.limit = 100.0;
    // g = 49.51/50 - 1 = -0.98 %: limited against -1 %, but it would be
    // deterioration against a scaled -1 % C = -0.954 %.
    const std::vector<yearly_point> fall{{2015, 50}, {2016, 49.51}};
    EXPECT_EQ(os::assess(fall, up, std::nullopt, euro).status, os::category::limited_progress);
}

TEST(ProgressOpenSdg, BaseAtTheLimitHeldScoresFive) {
    os::options opt;
    opt.limit = 100.0;
    const std::vector<yearly_point> held{{2015, 100}, {2020, 100}};
    const auto a = os::assess(held, up, std::nullopt, opt);
    EXPECT_EQ(*a.limit_coefficient, 0.0);
    EXPECT_EQ(a.status, os::category::substantial_progress);
    EXPECT_EQ(*a.score, 5.0);
    // 100 -> 99: g = -0.0020080 < 0 scores as usual: 125 g - 2.5 = -2.751006
    const std::vector<yearly_point> fell{{2015, 100}, {2020, 99}};
    const auto b = os::assess(fell, up, std::nullopt, opt);
    EXPECT_EQ(b.status, os::category::deterioration);
    EXPECT_NEAR(*b.score, -2.751006, 1e-5);
}

TEST(ProgressOpenSdg, LimitWarnings) {
    os::options opt;
    opt.limit = 100.0;
    const std::vector<yearly_point> past{{2015, 150}, {2020, 160}};
    EXPECT_TRUE(has_warning(os::assess(past, up, std::nullopt, opt).warnings, warning_code::base_beyond_limit));
    const std::vector<yearly_point> below{{2015, 50}, {2020, 40}};
    EXPECT_TRUE(has_warning(os::assess(below, down, std::nullopt, opt).warnings, warning_code::base_beyond_limit));
    const auto with_target = os::assess(below, up, 90.0, opt);
    EXPECT_TRUE(has_warning(with_target.warnings, warning_code::limit_ignored));
    EXPECT_FALSE(with_target.limit_coefficient);
}

// ---- edge cases ------------------------------------------------------------

TEST(ProgressOpenSdg, ZeroBaseReplacedWithWarning) {
    // 0 (2015) -> 5 (2020): base 0.001, g = 5000^(1/5) - 1 = 4.492803 -> substantial.
    const std::vector<yearly_point> s{{2015, 0}, {2020, 5}};
    const auto a = os::assess(s, up);
    EXPECT_TRUE(has_warning(a.warnings, warning_code::zero_base_replaced));
    EXPECT_EQ(*a.base_value, 0.001);
    EXPECT_NEAR(*a.growth, 4.492803, 1e-6);
    EXPECT_EQ(a.status, os::category::substantial_progress);
}

TEST(ProgressOpenSdg, ZeroTargetReplacedWithWarning) {
    // 10 (2015) -> 5 (2020), target 0 (lower is better) -> 0.001.
    // CAGR_req = (0.001/10)^(1/15) - 1 = -0.4588305; CAGR_obs = 0.5^(1/5) - 1 = -0.1294494
    // R = (-1)(-0.1294494) / 0.4588305 = 0.2821291 -> limited
    const std::vector<yearly_point> s{{2015, 10}, {2020, 5}};
    const auto a = os::assess(s, down, 0.0);
    EXPECT_TRUE(has_warning(a.warnings, warning_code::zero_target_replaced));
    EXPECT_FALSE(a.target_achieved);
    EXPECT_NEAR(*a.ratio, 0.2821291, 1e-6);
    EXPECT_EQ(a.status, os::category::limited_progress);
    // The mirror image: -10 -> -5, target 0, higher is better: 0 becomes -0.001
    // and the same R comes out (s = -1, d = +1).
    const std::vector<yearly_point> neg{{2015, -10}, {2020, -5}};
    const auto b = os::assess(neg, up, 0.0);
    EXPECT_NEAR(*b.ratio, 0.2821291, 1e-6);
}

TEST(ProgressOpenSdg, OppositeSignsNotAssessed) {
    const std::vector<yearly_point> s{{2015, 10}, {2020, -2}};
    const auto a = os::assess(s, up);
    EXPECT_EQ(a.status, os::category::not_assessed);
    EXPECT_EQ(a.why, reason::opposite_signs);
    EXPECT_FALSE(a.score);
    // A target on the other side of zero from the base cannot be reached by growth either.
    const std::vector<yearly_point> t{{2015, 10}, {2020, 12}};
    const auto b = os::assess(t, down, -5.0);
    EXPECT_EQ(b.status, os::category::not_assessed);
    EXPECT_EQ(b.why, reason::opposite_signs);
    EXPECT_TRUE(has_warning(b.warnings, warning_code::target_opposite_sign));
}

TEST(ProgressOpenSdg, LatestValueZeroIsAFallOfAHundredPercent) {
    // 10 -> 0 over 1 year: CAGR = 0/10 - 1 = -1 -> deterioration
    const std::vector<yearly_point> s{{2015, 10}, {2016, 0}};
    const auto a = os::assess(s, up);
    EXPECT_EQ(*a.growth, -1.0);
    EXPECT_EQ(a.status, os::category::deterioration);
}

TEST(ProgressOpenSdg, FewerThanTwoPointsNotAvailable) {
    const std::vector<yearly_point> one{{2020, 5}};
    const auto a = os::assess(one, up);
    EXPECT_EQ(a.status, os::category::not_available);
    EXPECT_EQ(a.why, reason::too_few_observations);
    EXPECT_EQ(os::assess(one, up, 10.0).status, os::category::not_available);
    const std::vector<yearly_point> none;
    const auto b = os::assess(none, up);
    EXPECT_EQ(b.status, os::category::not_available);
    EXPECT_EQ(b.why, reason::no_data);
}

TEST(ProgressOpenSdg, DuplicatedYearsAreAnError) {
    const std::vector<yearly_point> s{{2015, 1}, {2016, 2}, {2015, 3}};
    const auto a = os::assess(s, up, 0.5);  // the target would be met, but the data are wrong
    EXPECT_EQ(a.status, os::category::not_assessed);
    EXPECT_EQ(a.why, reason::duplicate_period);
    EXPECT_TRUE(has_warning(a.warnings, warning_code::duplicated_year));
}

TEST(ProgressOpenSdg, NonFiniteInputNotAssessed) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const std::vector<yearly_point> with_nan{{2015, 1}, {2020, nan}};
    EXPECT_EQ(os::assess(with_nan, up).why, reason::not_finite);
    EXPECT_EQ(os::assess(with_nan, up).status, os::category::not_assessed);
    const std::vector<yearly_point> with_inf{{2015, inf}, {2020, 1}};
    EXPECT_EQ(os::assess(with_inf, up).why, reason::not_finite);
    const std::vector<yearly_point> fine{{2015, 1}, {2020, 2}};
    EXPECT_EQ(os::assess(fine, up, nan).why, reason::not_finite);
    os::options opt;
    opt.limit = nan;
    EXPECT_EQ(os::assess(fine, up, std::nullopt, opt).why, reason::not_finite);
}

TEST(ProgressOpenSdg, OverflowIsAReasonNotAnInfinity) {
    // 1e-300 -> 1e300 in one year: the ratio 1e600 overflows.
    const std::vector<yearly_point> s{{2015, 1e-300}, {2016, 1e300}};
    const auto a = os::assess(s, up);
    EXPECT_EQ(a.status, os::category::not_assessed);
    EXPECT_EQ(a.why, reason::overflow);
    EXPECT_FALSE(a.growth);
}

TEST(ProgressOpenSdg, BaseYearMovesToNextYearWithData) {
    const std::vector<yearly_point> s{{2017, 100}, {2019, 104.04}, {2021, 106}};
    const auto a = os::assess(s, up);
    EXPECT_EQ(*a.base_year, 2017);
    EXPECT_TRUE(has_warning(a.warnings, warning_code::base_year_moved));
    // g = 1.06^(1/4) - 1 = 0.0146738 -> moderate
    EXPECT_NEAR(*a.growth, 0.0146738, 1e-7);
    // Data before the base year are ignored for the growth.
    const std::vector<yearly_point> early{{2010, 1}, {2015, 100}, {2020, 110}};
    EXPECT_NEAR(*os::assess(early, up).growth, 0.0192449, 1e-7);
    // A base year of choice:
    os::options opt;
    opt.base_year = 2010;
    EXPECT_EQ(*os::assess(early, up, std::nullopt, opt).base_year, 2010);
}

TEST(ProgressOpenSdg, NoDataFromTheBaseYearOn) {
    const std::vector<yearly_point> old{{2010, 1}, {2012, 2}};
    const auto a = os::assess(old, up);
    EXPECT_EQ(a.status, os::category::not_available);
    EXPECT_EQ(a.why, reason::missing_period);
    const std::vector<yearly_point> last_only{{2014, 1}, {2016, 2}};  // base moves to 2016 = latest
    EXPECT_EQ(os::assess(last_only, up).why, reason::too_few_observations);
}

TEST(ProgressOpenSdg, TargetEqualToBaseIsNotAssessed) {
    const std::vector<yearly_point> s{{2015, 100}, {2020, 90}};
    const auto a = os::assess(s, up, 100.0);
    EXPECT_EQ(a.status, os::category::not_assessed);
    EXPECT_EQ(a.why, reason::invalid_argument);
    EXPECT_TRUE(has_warning(a.warnings, warning_code::required_change_zero));
}

TEST(ProgressOpenSdg, WithinBandAndBadTargetYearRejected) {
    const std::vector<yearly_point> s{{2015, 100}, {2020, 90}};
    EXPECT_EQ(os::assess(s, direction::within_band).why, reason::invalid_argument);
    os::options opt;
    opt.target_year = 2015;
    const auto a = os::assess(s, up, 120.0, opt);
    EXPECT_EQ(a.why, reason::invalid_argument);
    EXPECT_TRUE(has_warning(a.warnings, warning_code::target_year_not_ahead));
}

// ---- aggregation over the series of one indicator ---------------------------

TEST(ProgressOpenSdg, AggregateMeansScores) {
    // Scores 4, 1, -2: mean 1 -> moderate.
    std::vector<os::assessment> v(3);
    v[0].score = 4.0;
    v[1].score = 1.0;
    v[2].score = -2.0;
    const auto a = os::aggregate(v);
    EXPECT_NEAR(*a.mean_score, 1.0, 1e-12);
    EXPECT_EQ(a.status, os::category::moderate_progress);
    EXPECT_EQ(a.scored_series, 3u);
    EXPECT_FALSE(a.target_achieved);
}

TEST(ProgressOpenSdg, AggregateTargetAchievedOnlyIfEverySeriesIs) {
    const std::vector<yearly_point> met{{2015, 80}, {2020, 100}};
    const std::vector<yearly_point> moving{{2015, 100}, {2020, 110}};  // R = 0.702376, score 0.731305
    const std::vector<os::assessment> both{os::assess(met, up, 100.0), os::assess(met, up, 90.0)};
    const auto all = os::aggregate(both);
    EXPECT_TRUE(all.target_achieved);
    EXPECT_EQ(all.status, os::category::target_achieved);
    const std::vector<os::assessment> one{os::assess(met, up, 100.0), os::assess(moving, up, 150.0)};
    const auto mixed = os::aggregate(one);
    EXPECT_FALSE(mixed.target_achieved);
    // (5 + 0.731305) / 2 = 2.865653 -> substantial
    EXPECT_NEAR(*mixed.mean_score, 2.865653, 1e-5);
    EXPECT_EQ(mixed.status, os::category::substantial_progress);
    // A series that could not be assessed has no score and is not "achieved".
    const std::vector<yearly_point> flip{{2015, -5}, {2020, 3}};
    const std::vector<os::assessment> with_gap{os::assess(met, up, 100.0), os::assess(flip, up, 4.0)};
    const auto gap = os::aggregate(with_gap);
    EXPECT_EQ(gap.scored_series, 1u);
    EXPECT_FALSE(gap.target_achieved);
    EXPECT_EQ(gap.status, os::category::substantial_progress);  // mean of {5}
}

TEST(ProgressOpenSdg, AggregateScoreCutOffs) {
    EXPECT_EQ(os::category_of_score(2.5), os::category::substantial_progress);
    EXPECT_EQ(os::category_of_score(std::nextafter(2.5, 0.0)), os::category::moderate_progress);
    EXPECT_EQ(os::category_of_score(0.0), os::category::moderate_progress);
    EXPECT_EQ(os::category_of_score(std::nextafter(0.0, -1.0)), os::category::limited_progress);
    EXPECT_EQ(os::category_of_score(-2.5), os::category::limited_progress);
    EXPECT_EQ(os::category_of_score(std::nextafter(-2.5, -3.0)), os::category::deterioration);
}

TEST(ProgressOpenSdg, AggregateOfNothingIsNotAvailable) {
    const std::vector<os::assessment> none;
    EXPECT_EQ(os::aggregate(none).status, os::category::not_available);
    std::vector<os::assessment> unscored(2);
    const auto a = os::aggregate(unscored);
    EXPECT_EQ(a.status, os::category::not_available);
    EXPECT_FALSE(a.mean_score);
}

}  // namespace
