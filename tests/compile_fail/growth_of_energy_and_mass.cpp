// expect: formulas relate values of one kind
// expect also: unit_kind::energy, plantarget::units::unit_kind::mass
// Growth relates two values of one kind in any scale (亿千瓦时 against 万千瓦时),
// not electricity against a mass.
#include <plantarget/growth.hpp>

int main() {
    using namespace plantarget;
    using namespace plantarget::units;
    const auto fine = growth(1600.0 * yi_kilowatt_hours, 15000000.0 * wan_kilowatt_hours);
    (void)fine;
#ifdef PLANTARGET_COMPILE_FAIL
    const auto wrong = growth(1600.0 * yi_kilowatt_hours, 1500.0 * wan_tonnes);
    (void)wrong;
#endif
}
