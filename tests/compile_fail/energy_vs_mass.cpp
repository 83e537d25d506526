// expect: quantities of different kinds
// expect also: unit_kind::energy, plantarget::units::unit_kind::mass
// Electricity in 亿千瓦时 against a mass in 万吨: comparing them does not compile.
#include <plantarget/units.hpp>

int main() {
    using namespace plantarget::units;
    const auto output = 1600.0 * yi_kilowatt_hours;
    const auto coal = 9000.0 * wan_tonnes;
    const bool grew = output > 1500.0 * yi_kilowatt_hours;  // one kind: fine
    (void)grew;
#ifdef PLANTARGET_COMPILE_FAIL
    const bool nonsense = output < coal;
    (void)nonsense;
#endif
    (void)coal;
}
