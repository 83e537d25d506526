// expect: not in the indicator's unit
// expect also: unit_kind::power, plantarget::units::unit_kind::mass
// A target on an indicator of installed capacity is in power (any scale), not in tonnes.
#include <plantarget/target.hpp>

int main() {
    using namespace plantarget;
    using namespace plantarget::units;
    const indicator<kilowatts_unit> capacity({.id = "capacity", .name_zh = "新能源装机", .name_en = "Capacity"});
    const auto fine = at_least(capacity, 120.0 * wan_kilowatts, period::year(2026));  // 万千瓦: fine
    (void)fine;
#ifdef PLANTARGET_COMPILE_FAIL
    const auto wrong = at_least(capacity, 120.0 * wan_tonnes, period::year(2026));
    (void)wrong;
#endif
}
