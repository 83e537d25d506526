// 增长1.1倍 is a growth of 110 %: the extractor writes growths in percent,
// moving the decimal point of the number as written (no binary rounding).
#include <plantarget/io/extract.hpp>

#include <gtest/gtest.h>

namespace {

using plantarget::io::extract_detail::times_as_percent;

TEST(ExtractTimes, GrowthInTimesIsPercent) {
    EXPECT_EQ(times_as_percent("1.1"), "110");
    EXPECT_EQ(times_as_percent("2"), "200");
    EXPECT_EQ(times_as_percent("0.5"), "50");
    EXPECT_EQ(times_as_percent("1.25"), "125");
    EXPECT_EQ(times_as_percent("1.234"), "123.4");
    EXPECT_EQ(times_as_percent("0.05"), "5");
    EXPECT_EQ(times_as_percent("-0.3"), "-30");
}

TEST(ExtractTimes, AGrowthInTimesIsReadAsPercent) {
    const auto x = plantarget::io::extract_figures("2025年全区实现税收收入比上年增长1.1倍。\n");
    ASSERT_TRUE(x.ok());
    bool found = false;
    for (const auto& f : x.value().book.figures)
        if (f.measure == plantarget::figure_measure::growth) {
            found = true;
            EXPECT_DOUBLE_EQ(f.value.value, 110.0);
            EXPECT_EQ(f.unit.zh(), "%");
        }
    EXPECT_TRUE(found);
}

}  // namespace
