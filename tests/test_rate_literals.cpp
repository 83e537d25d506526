// The rate literals come with the unit values: `using namespace
// plantarget::units` alone gives 5.5_pct and 0.3_pp.
#include <plantarget/units.hpp>

#include <gtest/gtest.h>

namespace only_units {
using namespace plantarget::units;
constexpr auto unemployment = 5.5_pct;
constexpr auto change = 0.3_pp;
constexpr auto whole = 100_pct;
}  // namespace only_units

TEST(RateLiterals, AvailableFromTheUnitsNamespace) {
    static_assert(std::is_same_v<std::remove_const_t<decltype(only_units::unemployment)>, plantarget::percent>);
    EXPECT_EQ(only_units::unemployment.value(), 5.5);
    EXPECT_EQ(only_units::change.value(), 0.3);
    EXPECT_EQ(only_units::whole.value(), 100.0);
}

TEST(RateLiterals, BothNamespacesTogetherAreNotAmbiguous) {
    using namespace plantarget;
    using namespace plantarget::units;
    EXPECT_EQ((5.5_pct).value(), 5.5);
    EXPECT_EQ((0.3_pp).value(), 0.3);
}
