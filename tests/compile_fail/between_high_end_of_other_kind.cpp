// expect: or the high end of between.* is not of the first value's kind
// The high end of a range is in the indicator's kind, any scale (2700000
// wan_yuan above 260 yi_yuan is fine); persons are not money.
#include <plantarget/target.hpp>

int main() {
    using namespace plantarget;
    using namespace plantarget::units;
    const indicator<yi_yuan_unit> gdp({.id = "gdp", .name_zh = "地区生产总值", .name_en = "GDP"});
    const auto fine = between(gdp, 260.0 * yi_yuan, 2700000.0 * wan_yuan, period::year(2026));
    (void)fine;
#ifdef PLANTARGET_COMPILE_FAIL
    const auto wrong = between(gdp, 260.0 * yi_yuan, 270.0 * wan_persons, period::year(2026));
    (void)wrong;
#endif
}
