// expect: formulas relate values of one kind
// A completion rate relates an actual and a plan of one kind; a bare number has no unit.
#include <plantarget/growth.hpp>

int main() {
    using namespace plantarget;
    using namespace plantarget::units;
    const auto fine = completion_rate(268.0 * yi_yuan, 2600000.0 * wan_yuan);  // two scales: fine
    (void)fine;
#ifdef PLANTARGET_COMPILE_FAIL
    const auto wrong = completion_rate(268.0 * yi_yuan, 260.0);
    (void)wrong;
#endif
}
