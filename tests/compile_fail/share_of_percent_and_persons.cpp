// expect: formulas relate values of one kind
// A share relates a part and a total of one kind (万人 of 人), not a percent and persons.
#include <plantarget/growth.hpp>

int main() {
    using namespace plantarget;
    using namespace plantarget::units;
    const auto fine = share(5.0 * wan_persons, 100000.0 * persons);  // two scales: fine
    (void)fine;
#ifdef PLANTARGET_COMPILE_FAIL
    const auto wrong = share(percent(5.0), 100000.0 * persons);
    (void)wrong;
#endif
}
