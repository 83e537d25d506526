// expect: quantities in different scales
// 亿元 and 万元 are the same kind at different scales: adding them needs an
// explicit convert_to, so that a factor of 10^4 is never lost silently.
#include <plantarget/units.hpp>

int main() {
    using namespace plantarget::units;
    const auto investment = 12.5 * yi_yuan;
    const auto subsidy = 3200.0 * wan_yuan;
    const auto total = investment + convert_to<yi_yuan_unit>(subsidy);  // explicit: fine
    (void)total;
#ifdef PLANTARGET_COMPILE_FAIL
    const auto implicit_total = investment + subsidy;
    (void)implicit_total;
#endif
}
