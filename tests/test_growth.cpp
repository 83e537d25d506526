// Growth and completion formulas (docs/explanation/formulas.md) against values worked by hand,
// on typed quantities, percents and raw doubles, with the seed report's
// figures, and every undefined case with the exact reason it gives.
#include <plantarget/growth.hpp>
#include <plantarget/published.hpp>

#include <boost/units/quantity.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <type_traits>

namespace {

using namespace plantarget;
using namespace plantarget::literals;
namespace pu = plantarget::units;

using yi_yuan_q = pu::quantity<pu::yi_yuan_unit>;
using wan_visits_q = pu::quantity<pu::wan<pu::person_visits_unit>>;
using items_q = pu::quantity<pu::items_unit>;
using trains_q = pu::quantity<pu::trains_unit>;
using cases_q = pu::quantity<pu::cases_unit>;

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();

// A result holds a value; the failure message names the reason it does not.
template <class T>
::testing::AssertionResult defined(const result<T>& r) {
    if (r.ok()) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "undefined: " << describe(r.why());
}

// A result is undefined for exactly the expected reason.
template <class T>
::testing::AssertionResult fails_with(const result<T>& r, reason expected) {
    if (r.ok())
        return ::testing::AssertionFailure() << "defined, expected the reason '" << describe(expected) << "'";
    if (r.why() != expected)
        return ::testing::AssertionFailure()
               << "reason '" << describe(r.why()) << "', expected '" << describe(expected) << "'";
    return ::testing::AssertionSuccess();
}

constexpr double tight = 1e-9;

// ---- growth on raw doubles, percents and quantities -------------------------

TEST(GrowthFormulas, GrowthOfRawDoubles) {
    // 121 / 100 - 1 = 0.21
    const auto up = growth(121.0, 100.0);
    ASSERT_TRUE(defined(up));
    EXPECT_NEAR(up->fraction(), 0.21, tight);
    EXPECT_NEAR(up->in_percent(), 21.0, tight);
    // 80 / 100 - 1 = -0.20
    const auto down = growth(80.0, 100.0);
    ASSERT_TRUE(defined(down));
    EXPECT_NEAR(down->in_percent(), -20.0, tight);
    // 100 / 100 - 1 = 0
    const auto flat = growth(100.0, 100.0);
    ASSERT_TRUE(defined(flat));
    EXPECT_EQ(flat->fraction(), 0.0);
}

TEST(GrowthFormulas, GrowthToZeroIsMinusOneHundredPercent) {
    // 0 / 5 - 1 = -1: a current value of zero has no sign to oppose the base.
    const auto r = growth(0.0, 5.0);
    ASSERT_TRUE(defined(r));
    EXPECT_EQ(r->fraction(), -1.0);
}

TEST(GrowthFormulas, GrowthOfAPercentLevel) {
    // A rate level may grow too: 5.5 % against 5.0 % is 5.5 / 5.0 - 1 = 10 % growth.
    const auto r = growth(5.5_pct, 5.0_pct);
    ASSERT_TRUE(defined(r));
    EXPECT_NEAR(r->in_percent(), 10.0, tight);
}

TEST(GrowthFormulas, BondedTradeTargetOfOver120YiYuanNeeds31Point7Percent) {
    // Seed report: 保税进出口额 91.1亿元 in 2025; the 2026 target is 超120亿元.
    // 120 / 91.1 = 1.31723... (91.1 * 1.3172 = 119.99692, remainder 0.00308 / 91.1
    // = 0.0000338), so the growth needed is 31.723 % -> 31.7 at one decimal.
    const yi_yuan_q last_actual = 91.1 * pu::yi_yuan;
    const yi_yuan_q target = 120.0 * pu::yi_yuan;
    const auto needed = growth(target, last_actual);
    ASSERT_TRUE(defined(needed));
    EXPECT_NEAR(needed->in_percent(), 31.7234, 1e-4);
    EXPECT_TRUE(reproduces(needed->in_percent(), published_value{31.7, 1}));
}

TEST(GrowthFormulas, BondedTradeGrowthOfFiftyPercentImplies136Point65YiYuan) {
    // The same target also reads 同比增长50%以上: 91.1 * (1 + 0.5) = 91.1 * 1.5 = 136.65.
    const yi_yuan_q last_actual = 91.1 * pu::yi_yuan;
    const growth_rate fifty = growth_rate::from_percent(50.0);
    const yi_yuan_q implied_level = last_actual * fifty.factor();
    EXPECT_NEAR(implied_level.value(), 136.65, tight);
    EXPECT_TRUE(reproduces(implied_level.value(), published_value{136.65, 2}));
    // Growth back from that level is the 50 % (136.65 / 91.1 - 1 = 0.5) ...
    const auto back = growth(implied_level, last_actual);
    ASSERT_TRUE(defined(back));
    EXPECT_NEAR(back->in_percent(), 50.0, tight);
    // ... and the growth clause binds harder than 超120亿元 (136.65 > 120).
    EXPECT_GT(implied_level.value(), 120.0);
}

TEST(GrowthFormulas, TrainTargetBelowTheLastActualIsANegativeGrowth) {
    // Seed report: 4156 international trains in 2025, 3800 planned for 2026.
    // 3800 / 4156 - 1 = -356 / 4156 = -0.0856593 (4156 * 0.0857 = 356.17, a bit
    // over 356) -> -8.566 %, -8.57 at two decimals.
    const auto r = growth(3800.0 * pu::trains, 4156.0 * pu::trains);
    ASSERT_TRUE(defined(r));
    EXPECT_LT(r->fraction(), 0.0);
    EXPECT_NEAR(r->in_percent(), -8.5659, 1e-4);
    EXPECT_TRUE(reproduces(r->in_percent(), published_value{-8.57, 2}));
}

// Growth takes two values of one kind, in any scale; a value of another kind
// is refused with a static_assert (tests/compile_fail/growth_of_yuan_and_persons.cpp).
template <class A, class B>
concept growth_callable = requires(A a, B b) { growth(a, b); };

TEST(GrowthFormulas, GrowthTakesTwoValuesOfOneKind) {
    static_assert(growth_callable<yi_yuan_q, yi_yuan_q>);
    static_assert(growth_callable<double, double>);
    static_assert(growth_callable<percent, percent>);
    static_assert(growth_callable<yi_yuan_q, pu::quantity<pu::wan_yuan_unit>>);
    static_assert(!growth_callable<growth_rate, growth_rate>);
    static_assert(!growth_callable<percentage_points, percentage_points>);
    static_assert(!growth_callable<int, int>);
    // The same money in two scales grows alike once converted: 1.21亿元 is 12100万元.
    const auto r = growth(pu::convert_to<pu::wan_yuan_unit>(1.21 * pu::yi_yuan), 10000.0 * pu::wan_yuan);
    ASSERT_TRUE(defined(r));
    EXPECT_NEAR(r->in_percent(), 21.0, tight);
}

TEST(GrowthFormulas, GrowthOfRawNumbersIsConstexpr) {
    // 150 / 100 - 1 = 0.5, worked at compile time.
    static_assert(growth_of(150.0, 100.0).value().fraction() == 0.5);
    static_assert(growth_of(1.0, 0.0).why() == reason::zero_base);
    static_assert(growth_of(-1.0, 1.0).why() == reason::opposite_signs);
}

TEST(GrowthFormulas, GrowthUndefinedCases) {
    EXPECT_TRUE(fails_with(growth(5.0, 0.0), reason::zero_base));
    EXPECT_TRUE(fails_with(growth(0.0, 0.0), reason::zero_base));
    EXPECT_TRUE(fails_with(growth(5.0 * pu::yi_yuan, 0.0 * pu::yi_yuan), reason::zero_base));
    EXPECT_TRUE(fails_with(growth(5.0, -5.0), reason::opposite_signs));
    EXPECT_TRUE(fails_with(growth(-5.0, 5.0), reason::opposite_signs));
    EXPECT_TRUE(fails_with(growth(nan, 1.0), reason::not_finite));
    EXPECT_TRUE(fails_with(growth(1.0, nan), reason::not_finite));
    EXPECT_TRUE(fails_with(growth(inf, 1.0), reason::not_finite));
    EXPECT_TRUE(fails_with(growth(1.0, inf), reason::not_finite));
    EXPECT_TRUE(fails_with(growth(-inf, 1.0), reason::not_finite));
    EXPECT_TRUE(fails_with(growth(1.0, -inf), reason::not_finite));
    // 1e308 / 1e-308 = 1e616, past the largest double (about 1.8e308).
    EXPECT_TRUE(fails_with(growth(1e308, 1e-308), reason::overflow));
    EXPECT_TRUE(fails_with(growth(-1e308, -1e-308), reason::overflow));
}

TEST(GrowthFormulas, DeclineIsANegativeGrowth) {
    // 下降28.5% is a growth of -28.5 %, a fraction of -0.285.
    EXPECT_NEAR(decline(28.5).fraction(), -0.285, 1e-12);
    EXPECT_NEAR(decline(28.5).factor(), 0.715, 1e-12);
    EXPECT_EQ(decline(0.0).fraction(), 0.0);
}

// ---- year on year and period on period on a series ---------------------------

TEST(GrowthFormulas, YearOnYearOnATypedSeries) {
    series<pu::yi_yuan_unit> s;
    ASSERT_EQ(s.add(period::year(2024), 36.6 * pu::yi_yuan), reason::none);
    ASSERT_EQ(s.add(period::year(2025), 91.1 * pu::yi_yuan), reason::none);
    // 91.1 / 36.6 - 1 = 1.48907... (36.6 * 2.489 = 91.0974, remainder 0.0026 / 36.6
    // = 0.00007) -> 148.9 %, not the published 148.7 %: 36.6 is itself rounded.
    const auto r = year_on_year(s, period::year(2025));
    ASSERT_TRUE(defined(r));
    EXPECT_NEAR(r->in_percent(), 148.907, 1e-3);
}

TEST(GrowthFormulas, YearOnYearOfAQuarterAndOfAYearToDateSpan) {
    value_series s;
    ASSERT_EQ(s.add(period::quarter(2024, 3), 200.0), reason::none);
    ASSERT_EQ(s.add(period::quarter(2025, 2), 999.0), reason::none);
    ASSERT_EQ(s.add(period::quarter(2025, 3), 230.0), reason::none);
    ASSERT_EQ(s.add(period::year_to_date(2024, 4), 50.0), reason::none);
    ASSERT_EQ(s.add(period::year_to_date(2025, 4), 70.0), reason::none);
    // 2025Q3 against 2024Q3 (not 2025Q2): 230 / 200 - 1 = 0.15.
    const auto q = year_on_year(s, period::quarter(2025, 3));
    ASSERT_TRUE(defined(q));
    EXPECT_NEAR(q->in_percent(), 15.0, tight);
    // 1-4月 2025 against 1-4月 2024: 70 / 50 - 1 = 0.4.
    const auto ytd = year_on_year(s, period::year_to_date(2025, 4));
    ASSERT_TRUE(defined(ytd));
    EXPECT_NEAR(ytd->in_percent(), 40.0, tight);
}

TEST(GrowthFormulas, YearOnYearUndefinedCases) {
    value_series s;
    ASSERT_EQ(s.add(period::year(2024), 100.0), reason::none);
    ASSERT_EQ(s.add(period::year(2025), 110.0), reason::none);
    ASSERT_EQ(s.add(period::year(1400), 1.0), reason::none);
    ASSERT_EQ(s.add(period::year(2030), 0.0), reason::none);
    ASSERT_EQ(s.add(period::year(2031), 5.0), reason::none);
    // The period itself is missing.
    EXPECT_TRUE(fails_with(year_on_year(s, period::year(2026)), reason::missing_period));
    // The prior year is missing (2023 for 2024).
    EXPECT_TRUE(fails_with(year_on_year(s, period::year(2024)), reason::missing_period));
    // A period of another kind is not the year: 2025Q4 is absent.
    EXPECT_TRUE(fails_with(year_on_year(s, period::quarter(2025, 4)), reason::missing_period));
    // No year before 1400 exists in the calendar periods hold.
    EXPECT_TRUE(fails_with(year_on_year(s, period::year(1400)), reason::missing_period));
    // Both present, but the prior year is zero.
    EXPECT_TRUE(fails_with(year_on_year(s, period::year(2031)), reason::zero_base));
}

TEST(GrowthFormulas, PeriodOnPeriodAcrossTheYearEnd) {
    value_series s;
    ASSERT_EQ(s.add(period::quarter(2024, 4), 80.0), reason::none);
    ASSERT_EQ(s.add(period::quarter(2025, 1), 60.0), reason::none);
    ASSERT_EQ(s.add(period::month(2025, 6), 40.0), reason::none);
    ASSERT_EQ(s.add(period::month(2025, 7), 50.0), reason::none);
    // 环比 of 2025Q1 is against 2024Q4: 60 / 80 - 1 = -0.25.
    const auto q = period_on_period(s, period::quarter(2025, 1));
    ASSERT_TRUE(defined(q));
    EXPECT_NEAR(q->in_percent(), -25.0, tight);
    // July against June: 50 / 40 - 1 = 0.25.
    const auto m = period_on_period(s, period::month(2025, 7));
    ASSERT_TRUE(defined(m));
    EXPECT_NEAR(m->in_percent(), 25.0, tight);
}

TEST(GrowthFormulas, PeriodOnPeriodUndefinedCases) {
    value_series s;
    ASSERT_EQ(s.add(period::year_to_date(2025, 1), 10.0), reason::none);
    ASSERT_EQ(s.add(period::year_to_date(2025, 2), 25.0), reason::none);
    ASSERT_EQ(s.add(period::month(2025, 5), 7.0), reason::none);
    // January's year-to-date span has no shorter span before it.
    EXPECT_TRUE(fails_with(period_on_period(s, period::year_to_date(2025, 1)), reason::missing_period));
    // The period itself is missing.
    EXPECT_TRUE(fails_with(period_on_period(s, period::year_to_date(2025, 3)), reason::missing_period));
    // The previous period (April) is missing.
    EXPECT_TRUE(fails_with(period_on_period(s, period::month(2025, 5)), reason::missing_period));
    // 1-2月 against 1月: 25 / 10 - 1 = 1.5, defined.
    const auto r = period_on_period(s, period::year_to_date(2025, 2));
    ASSERT_TRUE(defined(r));
    EXPECT_NEAR(r->in_percent(), 150.0, tight);
}

// ---- CAGR, required CAGR, doubling -------------------------------------------

TEST(GrowthFormulas, CagrOfOneHundredTo121OverTwoYearsIsTenPercent) {
    // (121 / 100)^(1/2) - 1 = sqrt(1.21) - 1 = 1.1 - 1 = 0.1
    const auto r = cagr(100.0, 121.0, 2.0);
    ASSERT_TRUE(defined(r));
    EXPECT_NEAR(r->in_percent(), 10.0, tight);
    const auto typed = cagr(100.0 * pu::yi_yuan, 121.0 * pu::yi_yuan, 2.0);
    ASSERT_TRUE(defined(typed));
    EXPECT_NEAR(typed->in_percent(), 10.0, tight);
    // Over one year the CAGR is the growth: 121 / 100 - 1 = 0.21.
    const auto one = cagr(100.0, 121.0, 1.0);
    ASSERT_TRUE(defined(one));
    EXPECT_NEAR(one->in_percent(), 21.0, tight);
    // A fall to zero: 0^(1/2) - 1 = -1.
    const auto gone = cagr(100.0, 0.0, 2.0);
    ASSERT_TRUE(defined(gone));
    EXPECT_NEAR(gone->fraction(), -1.0, tight);
}

TEST(GrowthFormulas, RequiredCagrToReachATarget) {
    // From 100 now to 133.1 in 3 years: (1.331)^(1/3) - 1 = 1.1 - 1 = 10 %
    // (1.1^3 = 1.21 * 1.1 = 1.331).
    const auto r = required_cagr(100.0 * pu::wan_person_visits, 133.1 * pu::wan_person_visits, 3.0);
    ASSERT_TRUE(defined(r));
    EXPECT_NEAR(r->in_percent(), 10.0, tight);
    // A target below the current value needs a negative rate: (81 / 100)^(1/2) - 1
    // = 0.9 - 1 = -10 %.
    const auto down = required_cagr(100.0, 81.0, 2.0);
    ASSERT_TRUE(defined(down));
    EXPECT_NEAR(down->in_percent(), -10.0, tight);
}

TEST(GrowthFormulas, DoublingOverFiveYearsNeeds14Point87PercentAYear) {
    // 2^(1/5) - 1 = e^(ln2 / 5) - 1 = e^0.1386294 - 1
    // = 0.1386294 + 0.0096091 + 0.0004440 + 0.0000154 + 0.0000004 = 0.1486983.
    const auto r = doubling_required_growth(5.0);
    ASSERT_TRUE(defined(r));
    EXPECT_NEAR(r->in_percent(), 14.86983, 1e-5);
    EXPECT_TRUE(reproduces(r->in_percent(), published_value{14.87, 2}));
    // 2^(1/15) - 1 = e^0.0462098 - 1 = 0.0462098 + 0.0010677 + 0.0000164 + 0.0000002
    // = 0.0472941: doubling from 2020 to 2035.
    const auto fifteen = doubling_required_growth(15.0);
    ASSERT_TRUE(defined(fifteen));
    EXPECT_NEAR(fifteen->in_percent(), 4.72941, 1e-5);
    // Doubling in one year is 100 % growth: 2^1 - 1 = 1.
    const auto one = doubling_required_growth(1.0);
    ASSERT_TRUE(defined(one));
    EXPECT_NEAR(one->fraction(), 1.0, tight);
}

TEST(GrowthFormulas, DoublingTargetIsTwiceTheBaseAndAgreesWithRequiredCagr) {
    // 双倍增 of 268亿元 is 536亿元.
    const yi_yuan_q base = 268.0 * pu::yi_yuan;
    const yi_yuan_q target = doubling_target(base);
    EXPECT_EQ(target.value(), 536.0);
    EXPECT_EQ(doubling_target(4595.5), 9191.0);
    EXPECT_EQ(doubling_target(47.5_pct).value(), 95.0);
    // Reaching twice the base in 5 years needs the same rate as doubling_required_growth:
    // (536 / 268)^(1/5) - 1 = 2^(1/5) - 1.
    const auto via_cagr = required_cagr(base, target, 5.0);
    const auto via_doubling = doubling_required_growth(5.0);
    ASSERT_TRUE(defined(via_cagr));
    ASSERT_TRUE(defined(via_doubling));
    EXPECT_NEAR(via_cagr->fraction(), via_doubling->fraction(), 1e-15);
}

TEST(GrowthFormulas, CagrUndefinedCases) {
    EXPECT_TRUE(fails_with(cagr(0.0, 121.0, 2.0), reason::zero_base));
    EXPECT_TRUE(fails_with(cagr(0.0, 0.0, 2.0), reason::zero_base));
    EXPECT_TRUE(fails_with(cagr(-100.0, 121.0, 2.0), reason::opposite_signs));
    EXPECT_TRUE(fails_with(cagr(100.0, -121.0, 2.0), reason::opposite_signs));
    // Both negative: the root of a ratio of losses is no growth rate.
    EXPECT_TRUE(fails_with(cagr(-100.0, -121.0, 2.0), reason::negative_base));
    EXPECT_TRUE(fails_with(cagr(-100.0, 0.0, 2.0), reason::negative_base));
    EXPECT_TRUE(fails_with(cagr(100.0, 121.0, 0.0), reason::invalid_argument));
    EXPECT_TRUE(fails_with(cagr(100.0, 121.0, -2.0), reason::invalid_argument));
    EXPECT_TRUE(fails_with(required_cagr(100.0, 121.0, 0.0), reason::invalid_argument));
    EXPECT_TRUE(fails_with(required_cagr(0.0, 121.0, 2.0), reason::zero_base));
    EXPECT_TRUE(fails_with(cagr(nan, 121.0, 2.0), reason::not_finite));
    EXPECT_TRUE(fails_with(cagr(100.0, nan, 2.0), reason::not_finite));
    EXPECT_TRUE(fails_with(cagr(100.0, 121.0, nan), reason::not_finite));
    EXPECT_TRUE(fails_with(cagr(inf, 121.0, 2.0), reason::not_finite));
    EXPECT_TRUE(fails_with(cagr(100.0, inf, 2.0), reason::not_finite));
    EXPECT_TRUE(fails_with(cagr(100.0, 121.0, inf), reason::not_finite));
    EXPECT_TRUE(fails_with(cagr(100.0, 121.0, -inf), reason::not_finite));
    // (1e308 / 1e-308)^(1/1) - 1: the ratio 1e616 is past the largest double.
    EXPECT_TRUE(fails_with(cagr(1e-308, 1e308, 1.0), reason::overflow));
    // (1e300 / 1)^(1/0.5) = 1e600: the power overflows though the ratio fits.
    EXPECT_TRUE(fails_with(cagr(1.0, 1e300, 0.5), reason::overflow));
}

TEST(GrowthFormulas, DoublingRequiredGrowthUndefinedCases) {
    EXPECT_TRUE(fails_with(doubling_required_growth(0.0), reason::invalid_argument));
    EXPECT_TRUE(fails_with(doubling_required_growth(-5.0), reason::invalid_argument));
    EXPECT_TRUE(fails_with(doubling_required_growth(nan), reason::not_finite));
    EXPECT_TRUE(fails_with(doubling_required_growth(inf), reason::not_finite));
    // Doubling in 1e-4 years needs 2^10000 - 1, past the largest double (2^1024).
    EXPECT_TRUE(fails_with(doubling_required_growth(1e-4), reason::overflow));
}

// ---- implied base and implied plan ------------------------------------------

TEST(GrowthFormulas, ImpliedBaseOfBondedTrade) {
    // Seed report: 91.1亿元, 同比增长148.7%. 91.1 / 2.487 = 36.6305 (2.487 * 36.63
    // = 91.09881, remainder 0.00119 / 2.487 = 0.00048) -> about 36.6亿元 in 2024.
    const auto base = implied_base(91.1 * pu::yi_yuan, growth_rate::from_percent(148.7));
    ASSERT_TRUE(defined(base));
    static_assert(std::is_same_v<std::remove_cvref_t<decltype(*base)>, yi_yuan_q>);
    EXPECT_NEAR(base->value(), 36.6305, 1e-4);
    EXPECT_TRUE(reproduces(base->value(), published_value{36.6, 1}));
}

TEST(GrowthFormulas, ImpliedBaseOfVisitors) {
    // Seed report: 5124万人次, 同比增长11.5%. 5124 / 1.115 = 4595.516 (1.115 * 4595
    // = 5123.425, remainder 0.575 / 1.115 = 0.5157) -> about 4595.5万人次 in 2024.
    const wan_visits_q visitors = 5124.0 * pu::wan_person_visits;
    const auto base = implied_base(visitors, growth_rate::from_percent(11.5));
    ASSERT_TRUE(defined(base));
    EXPECT_NEAR(base->value(), 4595.5157, 1e-4);
    EXPECT_TRUE(reproduces(base->value(), published_value{4595.5, 1}));
    // 入境游客 40万人次, 同比增长350%: 40 / 4.5 = 8.888... -> 8.9万人次.
    const auto inbound = implied_base(40.0 * pu::wan_person_visits, growth_rate::from_percent(350.0));
    ASSERT_TRUE(defined(inbound));
    EXPECT_NEAR(inbound->value(), 80.0 / 9.0, tight);
    EXPECT_TRUE(reproduces(inbound->value(), published_value{8.9, 1}));
}

TEST(GrowthFormulas, ImpliedBaseOnRawDoublesAndPercents) {
    // 110 / 1.1 = 100; 90 / 0.9 = 100 (a decline of 10 %).
    const auto up = implied_base(110.0, growth_rate::from_percent(10.0));
    ASSERT_TRUE(defined(up));
    EXPECT_NEAR(*up, 100.0, tight);
    const auto down = implied_base(90.0, decline(10.0));
    ASSERT_TRUE(defined(down));
    EXPECT_NEAR(*down, 100.0, tight);
    // A rate level: 95.2 % after 8.4 % growth came from 95.2 / 1.084 = 87.823 %
    // (1.084 * 87.8 = 95.1752, remainder 0.0248 / 1.084 = 0.0229).
    const auto rate = implied_base(95.2_pct, growth_rate::from_percent(8.4));
    ASSERT_TRUE(defined(rate));
    EXPECT_NEAR(rate->value(), 87.8229, 1e-4);
}

TEST(GrowthFormulas, ImpliedBaseIsTheInverseOfGrowth) {
    // growth(level, implied_base(level, g)) gives g back: 136.65 / 91.1 - 1 = 0.5.
    const yi_yuan_q level = 136.65 * pu::yi_yuan;
    const auto base = implied_base(level, growth_rate::from_percent(50.0));
    ASSERT_TRUE(defined(base));
    EXPECT_NEAR(base->value(), 91.1, tight);
    const auto back = growth(level, *base);
    ASSERT_TRUE(defined(back));
    EXPECT_NEAR(back->in_percent(), 50.0, tight);
}

TEST(GrowthFormulas, ImpliedBaseUndefinedCases) {
    // A fall of 100 % leaves nothing to divide by: 91.1 / (1 - 1).
    EXPECT_TRUE(fails_with(implied_base(91.1 * pu::yi_yuan, growth_rate::from_percent(-100.0)), reason::zero_rate));
    EXPECT_TRUE(fails_with(implied_base(91.1, decline(100.0)), reason::zero_rate));
    EXPECT_TRUE(fails_with(implied_base(nan, growth_rate::from_percent(10.0)), reason::not_finite));
    EXPECT_TRUE(fails_with(implied_base(inf, growth_rate::from_percent(10.0)), reason::not_finite));
    EXPECT_TRUE(fails_with(implied_base(91.1, growth_rate::from_fraction(nan)), reason::not_finite));
    EXPECT_TRUE(fails_with(implied_base(91.1, growth_rate::from_fraction(inf)), reason::not_finite));
    // A fall of more than 100 % means the base had the other sign, which growth()
    // refuses: 91.1 / (1 - 1.5) = -182.2 would be a base of opposite sign.
    EXPECT_TRUE(fails_with(implied_base(91.1, growth_rate::from_percent(-150.0)), reason::opposite_signs));
    // 1e308 / (1 + (-1 + 1e-15)) = 1e308 / ~1.1e-15 = ~9e322, past the largest double.
    EXPECT_TRUE(fails_with(implied_base(1e308, growth_rate::from_fraction(-1.0 + 1e-15)), reason::overflow));
}

TEST(GrowthFormulas, ImpliedPlanOfKeyProjectInvestment) {
    // Seed report: 268亿元, 完成年度投资计划的102%. 268 / 1.02 = 262.745 (1.02 * 262.7
    // = 267.954, remainder 0.046 / 1.02 = 0.045) -> an annual plan of about 262.7亿元.
    const auto plan = implied_plan(268.0 * pu::yi_yuan, 102.0_pct);
    ASSERT_TRUE(defined(plan));
    EXPECT_NEAR(plan->value(), 262.7451, 1e-4);
    EXPECT_TRUE(reproduces(plan->value(), published_value{262.7, 1}));
    // Raw double, and a rate level: 95 % coverage at 95 % of plan means a plan of 100 %.
    const auto raw = implied_plan(268.0, 102.0_pct);
    ASSERT_TRUE(defined(raw));
    EXPECT_NEAR(*raw, 262.7451, 1e-4);
    const auto rate = implied_plan(95.0_pct, 95.0_pct);
    ASSERT_TRUE(defined(rate));
    EXPECT_NEAR(rate->value(), 100.0, tight);
}

TEST(GrowthFormulas, ImpliedPlanUndefinedCases) {
    EXPECT_TRUE(fails_with(implied_plan(268.0 * pu::yi_yuan, 0.0_pct), reason::zero_rate));
    EXPECT_TRUE(fails_with(implied_plan(nan, 102.0_pct), reason::not_finite));
    EXPECT_TRUE(fails_with(implied_plan(inf, 102.0_pct), reason::not_finite));
    EXPECT_TRUE(fails_with(implied_plan(268.0, percent(nan)), reason::not_finite));
    EXPECT_TRUE(fails_with(implied_plan(268.0, percent(-inf)), reason::not_finite));
    // 1e308 / (1e-306 % = 1e-308) = 1e616, past the largest double.
    EXPECT_TRUE(fails_with(implied_plan(1e308, percent(1e-306)), reason::overflow));
}

// ---- completion rates ---------------------------------------------------------

TEST(GrowthFormulas, CompletionRateOfALevelPlan) {
    // 268 / 262.7 = 1.020175 (262.7 * 1.02 = 267.954, remainder 0.046 / 262.7
    // = 0.000175) -> 102.0 %, as published.
    const auto r = completion_rate(268.0 * pu::yi_yuan, 262.7 * pu::yi_yuan);
    ASSERT_TRUE(defined(r));
    EXPECT_NEAR(r->value(), 102.0175, 1e-4);
    EXPECT_TRUE(reproduces(r->value(), published_value{102.0, 0}));
    // 45 / 60 = 0.75 -> 75 %.
    const auto raw = completion_rate(45.0, 60.0);
    ASSERT_TRUE(defined(raw));
    EXPECT_NEAR(raw->value(), 75.0, tight);
}

TEST(GrowthFormulas, CompletionRateUndefinedCases) {
    EXPECT_TRUE(fails_with(completion_rate(268.0 * pu::yi_yuan, 0.0 * pu::yi_yuan), reason::zero_base));
    EXPECT_TRUE(fails_with(completion_rate(nan, 1.0), reason::not_finite));
    EXPECT_TRUE(fails_with(completion_rate(1.0, nan), reason::not_finite));
    EXPECT_TRUE(fails_with(completion_rate(inf, 1.0), reason::not_finite));
    EXPECT_TRUE(fails_with(completion_rate(1.0, -inf), reason::not_finite));
    EXPECT_TRUE(fails_with(completion_rate(1e308, 1e-308), reason::overflow));
    // 1e307 / 1 fits a double, but as a percent it is 1e309, which does not.
    EXPECT_TRUE(fails_with(completion_rate(1e307, 1.0), reason::overflow));
}

TEST(GrowthFormulas, ReductionCompletionOfAccidents) {
    // Seed report: accidents 同比下降28.5%; against a planned cut of 10 %:
    // (1 - 0.285) / (1 - 0.10) = 0.715 / 0.9 = 0.79444... -> 79.44 %, below 100 %:
    // the cut went deeper than planned.
    const auto r = reduction_completion_rate(decline(28.5), decline(10.0));
    ASSERT_TRUE(defined(r));
    EXPECT_NEAR(r->value(), 79.4444, 1e-4);
    EXPECT_TRUE(reproduces(r->value(), published_value{79.44, 2}));
    EXPECT_LT(r->value(), 100.0);
    // A cut exactly as planned completes at 100 %: 0.9 / 0.9.
    const auto exact = reduction_completion_rate(decline(10.0), decline(10.0));
    ASSERT_TRUE(defined(exact));
    EXPECT_NEAR(exact->value(), 100.0, tight);
    // A rise of 5 % against a planned cut of 10 %: 1.05 / 0.9 = 1.16667 -> 116.67 %.
    const auto worse = reduction_completion_rate(growth_rate::from_percent(5.0), decline(10.0));
    ASSERT_TRUE(defined(worse));
    EXPECT_NEAR(worse->value(), 116.6667, 1e-4);
}

TEST(GrowthFormulas, ReductionCompletionUndefinedCases) {
    // A planned cut of 100 % leaves 1 - 1 = 0 to divide by.
    EXPECT_TRUE(fails_with(reduction_completion_rate(decline(28.5), decline(100.0)), reason::zero_base));
    EXPECT_TRUE(fails_with(reduction_completion_rate(growth_rate::from_fraction(nan), decline(10.0)), reason::not_finite));
    EXPECT_TRUE(fails_with(reduction_completion_rate(decline(28.5), growth_rate::from_fraction(nan)), reason::not_finite));
    EXPECT_TRUE(fails_with(reduction_completion_rate(growth_rate::from_fraction(inf), decline(10.0)), reason::not_finite));
    EXPECT_TRUE(fails_with(reduction_completion_rate(decline(28.5), growth_rate::from_fraction(-inf)), reason::not_finite));
    // (1 + 1e308) / (1 - (1 - 1e-15)) = 1e308 / ~1.1e-15, past the largest double.
    EXPECT_TRUE(fails_with(
        reduction_completion_rate(growth_rate::from_fraction(1e308), growth_rate::from_fraction(-1.0 + 1e-15)),
        reason::overflow));
}

// ---- point change, real growth, contribution, share, per capita --------------

TEST(GrowthFormulas, PointChangeOfRatesAndOfGrowthRates) {
    // Unemployment 5.5 % against 5.2 %: 5.5 - 5.2 = 0.3 percentage points.
    const percentage_points rate_change = point_change(5.5_pct, 5.2_pct);
    EXPECT_NEAR(rate_change.value(), 0.3, tight);
    // Growth 19.3 % against 6.9 %: 19.3 - 6.9 = 12.4 percentage points.
    const percentage_points growth_change =
        point_change(growth_rate::from_percent(19.3), growth_rate::from_percent(6.9));
    EXPECT_NEAR(growth_change.value(), 12.4, tight);
    // The other way round is negative: 5.2 - 5.5 = -0.3.
    EXPECT_NEAR(point_change(5.2_pct, 5.5_pct).value(), -0.3, tight);
    static_assert(point_change(percent(7.5), percent(2.5)).value() == 5.0);
}

TEST(GrowthFormulas, RealGrowthFromNominalAndPrices) {
    // (1 + 0.08) / (1 + 0.02) - 1 = 1.08 / 1.02 - 1 = 0.0588235 (1.02 * 1.0588 = 1.079976,
    // remainder 0.000024 / 1.02 = 0.0000235) -> 5.882 %.
    const auto r = real_growth(growth_rate::from_percent(8.0), growth_rate::from_percent(2.0));
    ASSERT_TRUE(defined(r));
    EXPECT_NEAR(r->in_percent(), 5.88235, 1e-5);
    EXPECT_TRUE(reproduces(r->in_percent(), published_value{5.882, 3}));
    // Falling prices raise real growth: 1.03 / 0.99 - 1 = 0.040404 -> 4.04 %.
    const auto deflation = real_growth(growth_rate::from_percent(3.0), decline(1.0));
    ASSERT_TRUE(defined(deflation));
    EXPECT_NEAR(deflation->in_percent(), 4.0404, 1e-4);
}

TEST(GrowthFormulas, RealGrowthUndefinedCases) {
    // Prices down 100 %: 1.08 / 0.
    EXPECT_TRUE(fails_with(real_growth(growth_rate::from_percent(8.0), decline(100.0)), reason::zero_base));
    EXPECT_TRUE(fails_with(real_growth(growth_rate::from_fraction(nan), growth_rate::from_percent(2.0)), reason::not_finite));
    EXPECT_TRUE(fails_with(real_growth(growth_rate::from_percent(8.0), growth_rate::from_fraction(nan)), reason::not_finite));
    EXPECT_TRUE(fails_with(real_growth(growth_rate::from_fraction(inf), growth_rate::from_percent(2.0)), reason::not_finite));
    EXPECT_TRUE(fails_with(real_growth(growth_rate::from_percent(8.0), growth_rate::from_fraction(inf)), reason::not_finite));
    // (1 + 1e308) / (1 + (-1 + 1e-15)) = 1e308 / ~1.1e-15, past the largest double.
    EXPECT_TRUE(fails_with(
        real_growth(growth_rate::from_fraction(1e308), growth_rate::from_fraction(-1.0 + 1e-15)), reason::overflow));
}

TEST(GrowthFormulas, ContributionOfAPartToTheGrowthOfItsTotal) {
    // A part from 30 to 36 in a total that was 200: (36 - 30) / 200 = 0.03 -> 3 pp.
    const auto r = contribution(36.0, 30.0, 200.0);
    ASSERT_TRUE(defined(r));
    EXPECT_NEAR(r->value(), 3.0, tight);
    // A shrinking part pulls the total down: (40 - 50) / 200 = -0.05 -> -5 pp.
    const auto pull = contribution(40.0 * pu::yi_yuan, 50.0 * pu::yi_yuan, 200.0 * pu::yi_yuan);
    ASSERT_TRUE(defined(pull));
    EXPECT_NEAR(pull->value(), -5.0, tight);
    // Seed report: inbound visitors 8.889 -> 40万人次 inside a total of 4595.52万人次 in
    // 2024: (40 - 8.889) / 4595.52 = 31.111 / 4595.52 = 0.00677 -> 0.68 pp of the 11.5 %.
    const auto total_before = implied_base(5124.0 * pu::wan_person_visits, growth_rate::from_percent(11.5));
    const auto inbound_before = implied_base(40.0 * pu::wan_person_visits, growth_rate::from_percent(350.0));
    ASSERT_TRUE(defined(total_before));
    ASSERT_TRUE(defined(inbound_before));
    const auto inbound = contribution(40.0 * pu::wan_person_visits, *inbound_before, *total_before);
    ASSERT_TRUE(defined(inbound));
    EXPECT_NEAR(inbound->value(), 0.677, 1e-3);
    EXPECT_TRUE(reproduces(inbound->value(), published_value{0.68, 2}));
}

TEST(GrowthFormulas, ContributionUndefinedCases) {
    EXPECT_TRUE(fails_with(contribution(36.0, 30.0, 0.0), reason::zero_base));
    EXPECT_TRUE(fails_with(contribution(nan, 30.0, 200.0), reason::not_finite));
    EXPECT_TRUE(fails_with(contribution(36.0, nan, 200.0), reason::not_finite));
    EXPECT_TRUE(fails_with(contribution(36.0, 30.0, nan), reason::not_finite));
    EXPECT_TRUE(fails_with(contribution(inf, 30.0, 200.0), reason::not_finite));
    EXPECT_TRUE(fails_with(contribution(36.0, -inf, 200.0), reason::not_finite));
    EXPECT_TRUE(fails_with(contribution(36.0, 30.0, inf), reason::not_finite));
    // (1e308 - 0) / 1e-308 * 100 = 1e618, past the largest double.
    EXPECT_TRUE(fails_with(contribution(1e308, 0.0, 1e-308), reason::overflow));
    // 1e308 - (-1e308) = 2e308 already overflows.
    EXPECT_TRUE(fails_with(contribution(1e308, -1e308, 1.0), reason::overflow));
}

TEST(GrowthFormulas, ShareOfDisputesResolvedReproducesThePublished94Point8) {
    // Seed report: 58 disputes, 55 resolved, 化解率达94.8%. 55 / 58 = 0.948276
    // (58 * 0.948 = 54.984, remainder 0.016 / 58 = 0.000276) -> 94.83 %, 94.8 at one decimal.
    const cases_q resolved = 55.0 * pu::cases;
    const cases_q disputes = 58.0 * pu::cases;
    const auto r = share(resolved, disputes);
    ASSERT_TRUE(defined(r));
    EXPECT_NEAR(r->value(), 94.8276, 1e-4);
    EXPECT_TRUE(reproduces(r->value(), published_value{94.8, 1}));
    EXPECT_FALSE(reproduces(r->value(), published_value{94.9, 1}));
    // Raw doubles give the same: 55 / 58.
    const auto raw = share(55.0, 58.0);
    ASSERT_TRUE(defined(raw));
    EXPECT_EQ(raw->value(), r->value());
}

TEST(GrowthFormulas, KeyProjectsAddUpTo207) {
    // Seed report: 207 key projects, of which 72 completed, 129 under way, 6 preparing.
    // 72 + 129 + 6 = 207, and the shares are 72 / 207 = 34.78 %, 129 / 207 = 62.32 %,
    // 6 / 207 = 2.90 % (207 * 0.3478 = 71.99; 207 * 0.6232 = 129.00; 207 * 0.029 = 6.003).
    const items_q completed = 72.0 * pu::items;
    const items_q under_way = 129.0 * pu::items;
    const items_q preparing = 6.0 * pu::items;
    const items_q total = completed + under_way + preparing;
    EXPECT_EQ(total.value(), 207.0);
    EXPECT_TRUE(total == 207.0 * pu::items);
    const auto done = share(completed, total);
    const auto building = share(under_way, total);
    const auto early = share(preparing, total);
    ASSERT_TRUE(defined(done));
    ASSERT_TRUE(defined(building));
    ASSERT_TRUE(defined(early));
    EXPECT_TRUE(reproduces(done->value(), published_value{34.78, 2}));
    EXPECT_TRUE(reproduces(building->value(), published_value{62.32, 2}));
    EXPECT_TRUE(reproduces(early->value(), published_value{2.90, 2}));
    EXPECT_NEAR(done->value() + building->value() + early->value(), 100.0, tight);
}

TEST(GrowthFormulas, ShareUndefinedCases) {
    EXPECT_TRUE(fails_with(share(55.0 * pu::cases, 0.0 * pu::cases), reason::zero_base));
    EXPECT_TRUE(fails_with(share(nan, 58.0), reason::not_finite));
    EXPECT_TRUE(fails_with(share(55.0, nan), reason::not_finite));
    EXPECT_TRUE(fails_with(share(inf, 58.0), reason::not_finite));
    EXPECT_TRUE(fails_with(share(55.0, -inf), reason::not_finite));
    // 1e308 / 1e-308 = 1e616, past the largest double.
    EXPECT_TRUE(fails_with(share(1e308, 1e-308), reason::overflow));
}

TEST(GrowthFormulas, PerCapitaIsTheAmountOverThePopulation) {
    // 1,000,000 元 among 100 persons: 1e6 / 100 = 10000 元 per person.
    const auto r = per_capita(1e6 * pu::yuan, 100.0 * pu::persons);
    ASSERT_TRUE(defined(r));
    EXPECT_NEAR(r->value(), 10000.0, tight);
    // 2.5亿元 among 5万人 is 0.5 (亿元 per 万人) = 0.5 * 1e8 / 1e4 = 5000 元 per person.
    const auto scaled = per_capita(2.5 * pu::yi_yuan, 5.0 * pu::wan_persons);
    ASSERT_TRUE(defined(scaled));
    EXPECT_NEAR(scaled->value(), 0.5, tight);
    using yuan_per_person = boost::units::divide_typeof_helper<pu::yuan_unit, pu::persons_unit>::type;
    const boost::units::quantity<yuan_per_person> in_yuan(*scaled);
    EXPECT_NEAR(in_yuan.value(), 5000.0, 1e-6);
}

TEST(GrowthFormulas, PerCapitaUndefinedCases) {
    EXPECT_TRUE(fails_with(per_capita(1e6 * pu::yuan, 0.0 * pu::persons), reason::zero_base));
    EXPECT_TRUE(fails_with(per_capita(nan * pu::yuan, 100.0 * pu::persons), reason::not_finite));
    EXPECT_TRUE(fails_with(per_capita(1e6 * pu::yuan, nan * pu::persons), reason::not_finite));
    EXPECT_TRUE(fails_with(per_capita(inf * pu::yuan, 100.0 * pu::persons), reason::not_finite));
    EXPECT_TRUE(fails_with(per_capita(1e6 * pu::yuan, inf * pu::persons), reason::not_finite));
    // 1e308 / 1e-308 = 1e616, past the largest double.
    EXPECT_TRUE(fails_with(per_capita(1e308 * pu::yuan, 1e-308 * pu::persons), reason::overflow));
}

TEST(GrowthFormulas, PlanValueAcceptsQuantitiesPercentsAndDoublesOnly) {
    static_assert(plan_value<double>);
    static_assert(plan_value<percent>);
    static_assert(plan_value<yi_yuan_q>);
    static_assert(plan_value<wan_visits_q>);
    static_assert(plan_value<items_q>);
    static_assert(plan_value<trains_q>);
    static_assert(!plan_value<float>);
    static_assert(!plan_value<int>);
    static_assert(!plan_value<growth_rate>);
    static_assert(!plan_value<percentage_points>);
    static_assert(!plan_value<rank>);
    static_assert(!plan_value<std::string>);
    SUCCEED();
}

}  // namespace
