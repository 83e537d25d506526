// expect: this value is not of the series' kind
// expect also: unit_kind::mass, plantarget::units::unit_kind::energy
// A series of tonnes takes any scale of mass (万吨, 亿斤), not kilowatt-hours.
#include <plantarget/series.hpp>

int main() {
    using namespace plantarget;
    using namespace plantarget::units;
    series<tonnes_unit> grain;
    const reason fine = grain.add(period::year(2025), 1.39 * yi_jin);  // another mass: fine
    (void)fine;
#ifdef PLANTARGET_COMPILE_FAIL
    const reason wrong = grain.add(period::year(2026), 80.0 * yi_kilowatt_hours);
    (void)wrong;
#endif
}
