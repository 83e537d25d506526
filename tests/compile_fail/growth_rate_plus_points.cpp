// expect: a growth_rate and percentage_points do not add
// Growth of 5 % plus 0.3 points: 5.3 % or 5.015 %? A moved growth is said on purpose.
#include <plantarget/units.hpp>

int main() {
    using namespace plantarget;
    const auto growth = growth_rate::from_percent(5.0);
    const auto moved = growth_rate::from_percent(growth.in_percent() + 0.3_pp .value());  // said: fine
    (void)moved;
#ifdef PLANTARGET_COMPILE_FAIL
    const auto ambiguous = growth + 0.3_pp;
    (void)ambiguous;
#endif
}
