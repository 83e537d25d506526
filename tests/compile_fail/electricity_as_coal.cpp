// expect: kilowatt-hours .electricity. and tonnes of standard coal
// expect also: unit_kind::energy, plantarget::units::unit_kind::coal_equivalent
// 千瓦时 and 吨标准煤 measure energy two ways; the coal equivalent of electricity
// depends on the method, so neither adding nor converting compiles.
#include <plantarget/units.hpp>

int main() {
    using namespace plantarget::units;
    const auto electricity = 1600.0 * yi_kilowatt_hours;
    const auto energy_use = 2.1 * wan_tce;
    const auto in_tce = convert_to<tce_unit>(energy_use);  // another scale of its kind: fine
    (void)in_tce;
#ifdef PLANTARGET_COMPILE_FAIL
    const auto total = electricity + energy_use;
    (void)total;
#endif
    (void)electricity;
}
