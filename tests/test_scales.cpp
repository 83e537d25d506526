// Any scale of the right kind, everywhere: series, evaluate, the growth,
// completion and share formulas take a value in another scale of the same
// kind and convert it by one multiplication by a power of ten.
#include <plantarget/plantarget.hpp>

#include <gtest/gtest.h>

using namespace plantarget;
using namespace plantarget::units;

TEST(AnyScale, ConvertToIsOneMultiplicationByAPowerOfTen) {
    // 2.0 万人 is 20000 人 exactly, and 0.7 万 is 7000 (0.7 * 10^4 rounds to 7000 exactly).
    EXPECT_EQ(convert_to<persons_unit>(2.0 * wan_persons).value(), 20000.0);
    EXPECT_EQ(convert_to<persons_unit>(0.7 * wan_persons).value(), 0.7 * 10000.0);
    // Down the scales, a division by the exact power: 3 万元 = 3 / 10^4 亿元.
    EXPECT_EQ(convert_to<yi_yuan_unit>(3.0 * wan_yuan).value(), 3.0 / 10000.0);
    EXPECT_EQ(convert_to<wan_yuan_unit>(1.21 * yi_yuan).value(), 1.21 * 10000.0);
    EXPECT_EQ(convert_to<metres_unit>(0.3 * kilometres).value(), 0.3 * 1000.0);
}

TEST(AnyScale, SeriesAddTakesAnotherScaleOfItsKind) {
    series<persons_unit> s;
    EXPECT_EQ(s.add(period::year(2025), 2.0 * wan_persons), reason::none);
    EXPECT_EQ(s.find(period::year(2025))->value.value(), 20000.0);
    // The converted value is refused for a period already there, like any other.
    EXPECT_EQ(s.add(period::year(2025), 3.0 * wan_persons), reason::duplicate_period);
    EXPECT_EQ(s.find(period::year(2025))->value.value(), 20000.0);
    series<yi_yuan_unit> money;
    EXPECT_EQ(money.add(period::year(2025), 260000.0 * wan_yuan), reason::none);
    EXPECT_EQ(money.find(period::year(2025))->value.value(), 26.0);
}

TEST(AnyScale, EvaluateTakesASeriesInAnotherScale) {
    const indicator<persons_unit> jobs({.id = "urban_jobs_new", .name_zh = "新增城镇就业", .name_en = "New urban jobs"});
    const auto target = at_least(jobs, 3.5 * wan_persons, period::year(2026));
    series<wan<persons_unit>> in_wan;
    EXPECT_EQ(in_wan.add(period::year(2026), 3.6 * wan_persons), reason::none);
    series<persons_unit> in_persons;
    EXPECT_EQ(in_persons.add(period::year(2026), 36000.0 * persons), reason::none);
    const auto a = evaluate(target, jobs, in_wan, period::year(2026));
    const auto b = evaluate(target, jobs, in_persons, period::year(2026));
    EXPECT_EQ(a.outcome, verdict::exceeded);
    EXPECT_EQ(b.outcome, verdict::exceeded);
    EXPECT_DOUBLE_EQ(*a.actual, 3.6);  // in the target's unit, 万人
    EXPECT_DOUBLE_EQ(*a.actual, *b.actual);
}

TEST(AnyScale, GrowthOfTwoScalesOfMoney) {
    // 268亿元 against 260000万元 (26亿元): 268 / 26 - 1.
    const auto g = growth(268.0 * yi_yuan, 260000.0 * wan_yuan);
    ASSERT_TRUE(g.ok());
    EXPECT_DOUBLE_EQ(g->fraction(), 268.0 / 26.0 - 1.0);
    // 1.21亿元 against 10000万元 is 21 %.
    EXPECT_NEAR(growth(1.21 * yi_yuan, 10000.0 * wan_yuan)->in_percent(), 21.0, 1e-9);
    EXPECT_EQ(growth(1.0 * yi_yuan, 0.0 * wan_yuan).why(), reason::zero_base);
}

TEST(AnyScale, CompletionShareAndCagrAcrossScales) {
    // 268亿元 of a plan of 2600000万元 (260亿元): 103.08 %.
    EXPECT_NEAR(completion_rate(268.0 * yi_yuan, 2600000.0 * wan_yuan)->value(), 268.0 / 260.0 * 100.0, 1e-9);
    // 5万人 of 100000人: 50 %.
    EXPECT_DOUBLE_EQ(share(5.0 * wan_persons, 100000.0 * persons)->value(), 50.0);
    // 100亿元 to 1210000万元 (121亿元) in 2 years: 10 % a year.
    EXPECT_NEAR(cagr(100.0 * yi_yuan, 1210000.0 * wan_yuan, 2.0)->in_percent(), 10.0, 1e-9);
    EXPECT_NEAR(required_cagr(100.0 * yi_yuan, 1210000.0 * wan_yuan, 2.0)->in_percent(), 10.0, 1e-9);
    // A part growing from 5亿 to 6亿 in a total of 200000万 (20亿): 5 points.
    EXPECT_NEAR(contribution(6.0 * yi_yuan, 50000.0 * wan_yuan, 200000.0 * wan_yuan)->value(), 5.0, 1e-9);
}
