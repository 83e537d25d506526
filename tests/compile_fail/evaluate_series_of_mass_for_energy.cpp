// expect: evaluate takes a series of the indicator's kind
// expect also: unit_kind::energy, plantarget::units::unit_kind::mass
// An indicator of electricity is evaluated on a series of electricity in any
// scale (千瓦时 for a target in 亿千瓦时), not on a series of tonnes.
#include <plantarget/evaluate.hpp>

int main() {
    using namespace plantarget;
    using namespace plantarget::units;
    const indicator<yi<kilowatt_hours_unit>> output({.id = "power", .name_zh = "发电量", .name_en = "Output"});
    const auto t = at_least(output, 1600.0 * yi_kilowatt_hours, period::year(2026));
    series<kilowatt_hours_unit> in_kwh;
    const auto fine = evaluate(t, output, in_kwh, period::year(2026));  // another scale: fine
    (void)fine;
#ifdef PLANTARGET_COMPILE_FAIL
    series<tonnes_unit> in_tonnes;
    const auto wrong = evaluate(t, output, in_tonnes, period::year(2026));
    (void)wrong;
#endif
}
