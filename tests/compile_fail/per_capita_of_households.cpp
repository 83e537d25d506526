// expect: divides by a population in persons
// An amount per person divides by persons (any scale), not by households.
#include <plantarget/growth.hpp>

int main() {
    using namespace plantarget;
    using namespace plantarget::units;
    const auto fine = per_capita(268.0 * yi_yuan, 35.0 * wan_persons);
    (void)fine;
#ifdef PLANTARGET_COMPILE_FAIL
    const auto wrong = per_capita(268.0 * yi_yuan, 12.0 * wan_households);
    (void)wrong;
#endif
}
