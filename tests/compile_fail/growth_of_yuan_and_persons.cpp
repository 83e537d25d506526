// expect: formulas relate values of one kind
// Growth relates two values of one kind in any scale (亿元 against 万元), not money against persons.
#include <plantarget/growth.hpp>

int main() {
    using namespace plantarget;
    using namespace plantarget::units;
    const auto fine = growth(268.0 * yi_yuan, 260000.0 * wan_yuan);  // two scales of money: fine
    (void)fine;
#ifdef PLANTARGET_COMPILE_FAIL
    const auto wrong = growth(268.0 * yi_yuan, 3.5 * wan_persons);
    (void)wrong;
#endif
}
