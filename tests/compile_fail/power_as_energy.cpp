// expect: quantities of different kinds
// expect also: unit_kind::power, plantarget::units::unit_kind::energy
// A capacity in 万千瓦 does not convert into an output in 千瓦时 (energy is power over time).
#include <plantarget/units.hpp>

int main() {
    using namespace plantarget::units;
    const auto capacity = 120.0 * wan_kilowatts;
    const auto in_kilowatts = convert_to<kilowatts_unit>(capacity);  // another scale of its kind: fine
    (void)in_kilowatts;
#ifdef PLANTARGET_COMPILE_FAIL
    const auto nonsense = convert_to<kilowatt_hours_unit>(capacity);
    (void)nonsense;
#endif
}
