// expect: ignoring return value
// A refused observation (a second value for one period) is reported by the
// returned reason: dropping it unread is a compile error under -Werror.
#include <plantarget/plan.hpp>

int main() {
    using namespace plantarget;
    using namespace plantarget::units;
    plan p;
    const indicator<persons_unit> jobs({.id = "jobs"});
    p.add(jobs);
    const reason first = p.observe(jobs, period::year(2026), 3.4 * wan_persons);  // read: fine
    (void)first;
#ifdef PLANTARGET_COMPILE_FAIL
    p.observe(jobs, period::year(2026), 3.6 * wan_persons);
#endif
}
