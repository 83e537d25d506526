// Rounding half away from zero (四舍五入) and the check that a computed value
// reproduces a published figure at the precision it was written with.
#include <plantarget/published.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace {

using plantarget::interval_of;
using plantarget::published_value;
using plantarget::reproduces;
using plantarget::round_half_up;

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();

TEST(PublishedRounding, HalvesRoundAwayFromZeroAtZeroDecimals) {
    // 2.5 -> 3, 0.5 -> 1, 104.76 -> 105, 2.4999 -> 2; negatives mirror them.
    EXPECT_EQ(round_half_up(2.5, 0), 3.0);
    EXPECT_EQ(round_half_up(0.5, 0), 1.0);
    EXPECT_EQ(round_half_up(104.76, 0), 105.0);
    EXPECT_EQ(round_half_up(2.4999, 0), 2.0);
    EXPECT_EQ(round_half_up(-2.5, 0), -3.0);
    EXPECT_EQ(round_half_up(-0.5, 0), -1.0);
    EXPECT_EQ(round_half_up(-2.4999, 0), -2.0);
    EXPECT_EQ(round_half_up(0.0, 0), 0.0);
    EXPECT_EQ(round_half_up(207.0, 0), 207.0);
}

TEST(PublishedRounding, HalvesInexactInBinaryRoundAsWrittenAtOneDecimal) {
    // 94.85 is 94.8499999999999943... as a double; written, it is a half: 94.9.
    EXPECT_DOUBLE_EQ(round_half_up(94.85, 1), 94.9);
    EXPECT_DOUBLE_EQ(round_half_up(-94.85, 1), -94.9);
    // 0.05 -> 0.1; 94.75 (exact in binary) -> 94.8; 94.83 -> 94.8; 94.8499 -> 94.8.
    EXPECT_DOUBLE_EQ(round_half_up(0.05, 1), 0.1);
    EXPECT_DOUBLE_EQ(round_half_up(94.75, 1), 94.8);
    EXPECT_DOUBLE_EQ(round_half_up(94.83, 1), 94.8);
    EXPECT_DOUBLE_EQ(round_half_up(94.8499, 1), 94.8);
    // 91.1 * 1.5 is 136.64999999999998 in doubles; written it is 136.65: 136.7.
    EXPECT_DOUBLE_EQ(round_half_up(91.1 * 1.5, 1), 136.7);
}

TEST(PublishedRounding, HalvesInexactInBinaryRoundAsWrittenAtTwoDecimals) {
    // 0.125 (exact) -> 0.13; 2.675 (2.67499999999999982... in binary) -> 2.68;
    // 1.005 (1.00499999999999989...) -> 1.01; 0.285 (0.28499999999999998...) -> 0.29.
    EXPECT_DOUBLE_EQ(round_half_up(0.125, 2), 0.13);
    EXPECT_DOUBLE_EQ(round_half_up(2.675, 2), 2.68);
    EXPECT_DOUBLE_EQ(round_half_up(1.005, 2), 1.01);
    EXPECT_DOUBLE_EQ(round_half_up(0.285, 2), 0.29);
    EXPECT_DOUBLE_EQ(round_half_up(-2.675, 2), -2.68);
    // Not halves: 2.6749 -> 2.67, 79.4444 -> 79.44.
    EXPECT_DOUBLE_EQ(round_half_up(2.6749, 2), 2.67);
    EXPECT_DOUBLE_EQ(round_half_up(79.4444, 2), 79.44);
}

TEST(PublishedRounding, NonFiniteValuesPassThrough) {
    EXPECT_TRUE(std::isnan(round_half_up(nan, 1)));
    EXPECT_EQ(round_half_up(inf, 1), inf);
    EXPECT_EQ(round_half_up(-inf, 1), -inf);
}

TEST(PublishedReproduces, ComputedShareReproducesTheOneDecimalFigure) {
    // 94.83 rounds to 94.8 at one decimal, so it reproduces "94.8", not "94.9";
    // at no decimals it rounds to 95.
    EXPECT_TRUE(reproduces(94.83, published_value{94.8, 1}));
    EXPECT_FALSE(reproduces(94.83, published_value{94.9, 1}));
    EXPECT_FALSE(reproduces(94.83, published_value{94.7, 1}));
    EXPECT_TRUE(reproduces(94.83, published_value{95.0, 0}));
}

TEST(PublishedReproduces, ThePrecisionIsTheOnePublished) {
    // 104.76 rounds to 105 at no decimals: it reproduces "105".
    EXPECT_TRUE(reproduces(104.76, published_value{105.0, 0}));
    // At one decimal it rounds to 104.8 (1047.6 + 0.5 = 1048.1 -> 1048), so it does
    // not reproduce "105.0", the same number written with one decimal ...
    EXPECT_FALSE(reproduces(104.76, published_value{105.0, 1}));
    // ... nor "104.7"; it does reproduce "104.8" (docs/explanation/formulas.md).
    EXPECT_FALSE(reproduces(104.76, published_value{104.7, 1}));
    EXPECT_TRUE(reproduces(104.76, published_value{104.8, 1}));
    // At two decimals only 104.76 itself.
    EXPECT_TRUE(reproduces(104.76, published_value{104.76, 2}));
    EXPECT_FALSE(reproduces(104.76, published_value{104.8, 2}));
}

TEST(PublishedReproduces, BoundariesOfOneDecimal) {
    // "94.8" stands for [94.75, 94.85): 94.75 rounds up to 94.8, 94.8499999 down to
    // 94.8, and 94.85 is a half that rounds up to 94.9.
    EXPECT_TRUE(reproduces(94.75, published_value{94.8, 1}));
    EXPECT_TRUE(reproduces(94.8499999, published_value{94.8, 1}));
    EXPECT_FALSE(reproduces(94.85, published_value{94.8, 1}));
    EXPECT_TRUE(reproduces(94.85, published_value{94.9, 1}));
    // Just below the low end rounds to 94.7.
    EXPECT_FALSE(reproduces(94.7499999, published_value{94.8, 1}));
    EXPECT_TRUE(reproduces(94.7499999, published_value{94.7, 1}));
}

TEST(PublishedReproduces, NegativeFiguresRoundAwayFromZero) {
    // -8.5659 -> -8.57 at two decimals; -94.85 -> -94.9 at one.
    EXPECT_TRUE(reproduces(-8.5659, published_value{-8.57, 2}));
    EXPECT_FALSE(reproduces(-8.5659, published_value{-8.56, 2}));
    EXPECT_TRUE(reproduces(-94.85, published_value{-94.9, 1}));
    EXPECT_FALSE(reproduces(-94.85, published_value{-94.8, 1}));
    EXPECT_TRUE(reproduces(-94.75, published_value{-94.8, 1}));
}

TEST(PublishedReproduces, NonFiniteNeverReproduces) {
    EXPECT_FALSE(reproduces(nan, published_value{94.8, 1}));
    EXPECT_FALSE(reproduces(inf, published_value{94.8, 1}));
    EXPECT_FALSE(reproduces(-inf, published_value{94.8, 1}));
    EXPECT_FALSE(reproduces(94.8, published_value{nan, 1}));
    EXPECT_FALSE(reproduces(94.8, published_value{inf, 1}));
}

TEST(PublishedDecimals, DecimalsAsWritten) {
    static_assert(published_value::decimals_in("94.8") == 1);
    static_assert(published_value::decimals_in("105") == 0);
    static_assert(published_value::decimals_in("0.30") == 2);
    EXPECT_EQ(published_value::decimals_in("262.745"), 3);
    // A trailing unit or sign stops the count: "94.8%" has one decimal.
    EXPECT_EQ(published_value::decimals_in("94.8%"), 1);
    EXPECT_EQ(published_value::decimals_in("-8.57"), 2);
    EXPECT_EQ(published_value::decimals_in("12."), 0);
    EXPECT_EQ(published_value::decimals_in(""), 0);
}

TEST(PublishedInterval, IntervalOfAOneDecimalFigure) {
    // "94.8" stands for [94.8 - 0.05, 94.8 + 0.05) = [94.75, 94.85).
    const auto i = interval_of(published_value{94.8, 1});
    EXPECT_DOUBLE_EQ(i.low, 94.75);
    EXPECT_DOUBLE_EQ(i.high, 94.85);
    EXPECT_TRUE(reproduces(i.low, published_value{94.8, 1}));
    EXPECT_FALSE(reproduces(i.high, published_value{94.8, 1}));
}

TEST(PublishedInterval, IntervalAtZeroAndTwoDecimals) {
    // "105" -> [104.5, 105.5); "0.30" -> [0.295, 0.305).
    const auto whole = interval_of(published_value{105.0, 0});
    EXPECT_DOUBLE_EQ(whole.low, 104.5);
    EXPECT_DOUBLE_EQ(whole.high, 105.5);
    EXPECT_TRUE(reproduces(whole.low, published_value{105.0, 0}));
    EXPECT_FALSE(reproduces(whole.high, published_value{105.0, 0}));
    const auto hundredths = interval_of(published_value{0.30, 2});
    EXPECT_DOUBLE_EQ(hundredths.low, 0.295);
    EXPECT_DOUBLE_EQ(hundredths.high, 0.305);
    // 104.76 lies inside "105" and 94.83 inside "94.8".
    EXPECT_LT(whole.low, 104.76);
    EXPECT_GT(whole.high, 104.76);
}

TEST(PublishedInterval, ForANegativeFigureTheEndNearerZeroIsTheOneIncluded) {
    // "-94.8" covers -94.85 .. -94.75; a half rounds away from zero, so -94.85
    // gives -94.9 (excluded) and -94.75 gives -94.8 (included): the reverse of a
    // positive figure, whose high end is the excluded one.
    const auto i = interval_of(published_value{-94.8, 1});
    EXPECT_DOUBLE_EQ(i.low, -94.85);
    EXPECT_DOUBLE_EQ(i.high, -94.75);
    EXPECT_FALSE(reproduces(i.low, published_value{-94.8, 1}));
    EXPECT_TRUE(reproduces(i.high, published_value{-94.8, 1}));
}

}  // namespace
