// expect: quantities of different kinds
// expect also: unit_kind::mass, plantarget::units::unit_kind::power
// Grain output in 万吨 and installed capacity in 万千瓦 are different physical
// kinds: adding them does not compile, and the error names both kinds.
#include <plantarget/units.hpp>

int main() {
    using namespace plantarget::units;
    const auto grain = 1.3 * wan_tonnes;
    const auto capacity = 120.0 * wan_kilowatts;
    const auto more_grain = grain + 500.0 * wan_tonnes;  // one kind, one scale: fine
    (void)more_grain;
#ifdef PLANTARGET_COMPILE_FAIL
    const auto nonsense = grain + capacity;
    (void)nonsense;
#endif
    (void)capacity;
}
