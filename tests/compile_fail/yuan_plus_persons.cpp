// expect: quantities of different kinds
// Money and head counts are different dimensions: adding them is a mistake.
#include <plantarget/units.hpp>

int main() {
    using namespace plantarget::units;
    const auto revenue = 268.0 * yi_yuan;
    const auto staff = 500.0 * persons;
    const auto more_revenue = revenue + 12.0 * yi_yuan;  // same kind: fine
    (void)more_revenue;
#ifdef PLANTARGET_COMPILE_FAIL
    const auto nonsense = revenue + staff;
    (void)nonsense;
#endif
    (void)staff;
}
