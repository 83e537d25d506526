// The two-value target builders, about(ind, x, tolerance, deadline) and
// between(ind, low, high, deadline), take their second value in any scale of
// the first one's kind: it is converted into the first value's unit by one
// power of ten, and the target judges as the same-scale spelling does, at
// the edges too. Every expected verdict is worked by hand beside it.
#include <plantarget/evaluate.hpp>
#include <plantarget/target.hpp>

#include <gtest/gtest.h>

#include <initializer_list>

namespace {

using namespace plantarget;
using namespace plantarget::units;

const period y2026 = period::year(2026);

// A band indicator, so that leaving the band on either side is a miss.
const indicator<persons_unit> jobs({.id = "jobs", .name_zh = "新增城镇就业", .name_en = "New urban jobs",
                                    .better = direction::within_band, .kind = nature::stock});
const indicator<yi_yuan_unit> gdp({.id = "gdp", .name_zh = "地区生产总值", .name_en = "GDP",
                                   .better = direction::within_band, .kind = nature::stock});

template <class U, class S, class Q>
verdict judge(const target<U>& t, const indicator<U>& ind, Q actual) {
    series<S> s;
    EXPECT_EQ(s.add(y2026, actual), reason::none);
    return evaluate(t, ind, s, y2026).outcome;
}

void expect_same_condition(const condition& a, const condition& b) {
    EXPECT_EQ(a.cmp, b.cmp);
    EXPECT_EQ(a.value, b.value);
    EXPECT_EQ(a.upper, b.upper);
    EXPECT_EQ(a.tolerance, b.tolerance);
    EXPECT_EQ(a.unit, b.unit);
    EXPECT_EQ(a.decimals, b.decimals);
}

TEST(TargetScales, AboutInWanPersonsTakesItsToleranceInPersons) {
    // 3.5 万人 ± 2000 人: the condition stays in 万人, the band is 0.2 万人,
    // one decimal as 0.2 is written: [3.3, 3.7] 万人, [33000, 37000] 人.
    const auto t = about(jobs, 3.5 * wan_persons, 2000.0 * persons, y2026);
    const condition& c = t.spec().conditions.front();
    EXPECT_EQ(c.unit, descriptor_of<wan<persons_unit>>());
    EXPECT_EQ(c.value, 3.5);
    EXPECT_EQ(c.tolerance, 0.2);
    EXPECT_EQ(c.decimals, 1);
    using P = persons_unit;
    EXPECT_EQ((judge<P, P>(t, jobs, 37000.0 * persons)), verdict::achieved);      // at the upper edge
    EXPECT_EQ((judge<P, P>(t, jobs, 36999.0 * persons)), verdict::achieved);      // just inside
    EXPECT_EQ((judge<P, P>(t, jobs, 37001.0 * persons)), verdict::not_achieved);  // just outside
    EXPECT_EQ((judge<P, P>(t, jobs, 33000.0 * persons)), verdict::achieved);      // at the lower edge
    EXPECT_EQ((judge<P, P>(t, jobs, 33001.0 * persons)), verdict::achieved);      // just inside
    EXPECT_EQ((judge<P, P>(t, jobs, 32999.0 * persons)), verdict::not_achieved);  // just outside
}

TEST(TargetScales, AboutWithAToleranceInPersonsJudgesAsTheSameScaleSpelling) {
    // 6.5 万人 ± 1000 人 is 6.5 ± 0.1 万人: [64000, 66000] 人, edges inside.
    // Were the tolerance taken raw (1000 万人), 63999 and 66001 would pass.
    const auto mixed = about(jobs, 6.5 * wan_persons, 1000.0 * persons, y2026);
    const auto same = about(jobs, 6.5 * wan_persons, 0.1 * wan_persons, y2026);
    expect_same_condition(mixed.spec().conditions.front(), same.spec().conditions.front());
    using P = persons_unit;
    for (const double actual : {64000.0, 64001.0, 63999.0, 65000.0, 66000.0, 65999.0, 66001.0}) {
        EXPECT_EQ((judge<P, P>(mixed, jobs, actual * persons)), (judge<P, P>(same, jobs, actual * persons))) << actual;
    }
    EXPECT_EQ((judge<P, P>(mixed, jobs, 66000.0 * persons)), verdict::achieved);
    EXPECT_EQ((judge<P, P>(mixed, jobs, 66001.0 * persons)), verdict::not_achieved);
    // The other way round: 3.5 万人 in 人 with a band of 0.2 万人 is 35000 ± 2000 人.
    const auto in_persons = about(jobs, 35000.0 * persons, 0.2 * wan_persons, y2026);
    EXPECT_EQ(in_persons.spec().conditions.front().unit, descriptor_of<persons_unit>());
    EXPECT_EQ(in_persons.spec().conditions.front().tolerance, 2000.0);
    EXPECT_EQ(in_persons.spec().conditions.front().decimals, 0);
}

TEST(TargetScales, BetweenTakesItsHighEndInWanYuan) {
    // 260 亿元 to 2700000 万元: the high end is 270 亿元, no decimals; the
    // range is [260, 270] 亿元, judged on a series in 万元.
    const auto t = between(gdp, 260.0 * yi_yuan, 2700000.0 * wan_yuan, y2026);
    const condition& c = t.spec().conditions.front();
    EXPECT_EQ(c.unit, descriptor_of<yi_yuan_unit>());
    EXPECT_EQ(c.value, 260.0);
    EXPECT_EQ(c.upper, 270.0);
    EXPECT_EQ(c.decimals, 0);
    using Y = yi_yuan_unit;
    using W = wan_yuan_unit;
    EXPECT_EQ((judge<Y, W>(t, gdp, 2700000.0 * wan_yuan)), verdict::achieved);      // at the high end
    EXPECT_EQ((judge<Y, W>(t, gdp, 2700001.0 * wan_yuan)), verdict::not_achieved);  // just above it
    EXPECT_EQ((judge<Y, W>(t, gdp, 2699999.0 * wan_yuan)), verdict::achieved);      // just below it
    EXPECT_EQ((judge<Y, W>(t, gdp, 2600000.0 * wan_yuan)), verdict::achieved);      // at the low end
    EXPECT_EQ((judge<Y, W>(t, gdp, 2600001.0 * wan_yuan)), verdict::achieved);      // just above it
    EXPECT_EQ((judge<Y, W>(t, gdp, 2599999.0 * wan_yuan)), verdict::not_achieved);  // just below it
}

TEST(TargetScales, BetweenWithTheHighEndInAnotherScaleJudgesAsTheSameScaleSpelling) {
    // 2705000 万元 is 270.5 亿元: one decimal, as 270.5 is written.
    const auto mixed = between(gdp, 260.0 * yi_yuan, 2705000.0 * wan_yuan, y2026);
    const auto same = between(gdp, 260.0 * yi_yuan, 270.5 * yi_yuan, y2026);
    expect_same_condition(mixed.spec().conditions.front(), same.spec().conditions.front());
    EXPECT_EQ(mixed.spec().conditions.front().decimals, 1);
    using Y = yi_yuan_unit;
    for (const double actual : {259.9, 260.0, 260.1, 270.4, 270.5, 270.6}) {
        EXPECT_EQ((judge<Y, Y>(mixed, gdp, actual * yi_yuan)), (judge<Y, Y>(same, gdp, actual * yi_yuan))) << actual;
    }
    EXPECT_EQ((judge<Y, Y>(mixed, gdp, 270.5 * yi_yuan)), verdict::achieved);
    EXPECT_EQ((judge<Y, Y>(mixed, gdp, 270.6 * yi_yuan)), verdict::not_achieved);
    // The high end coarser than the low: 270.05 亿元 is 2700500 万元.
    const auto finer = between(gdp, 2600000.0 * wan_yuan, 270.05 * yi_yuan, y2026);
    EXPECT_EQ(finer.spec().conditions.front().unit, descriptor_of<wan_yuan_unit>());
    EXPECT_EQ(finer.spec().conditions.front().upper, 2700500.0);
    EXPECT_EQ(finer.spec().conditions.front().decimals, 0);
}

TEST(TargetScales, SameScaleCallsAreUnchanged) {
    const indicator<percent> rate({.id = "r"});
    const auto t = between(rate, percent(5), percent(5.25), y2026);
    EXPECT_EQ(t.spec().conditions.front().upper, 5.25);
    EXPECT_EQ(t.spec().conditions.front().decimals, 2);
    const auto a = about(rate, percent(6.5), percent(0.5), y2026);
    EXPECT_EQ(a.spec().conditions.front().tolerance, 0.5);
}

}  // namespace
