// expect: nodiscard|unused-result|ignoring return value
// basic_series::add reports a duplicate period by its result: dropping the
// result is a warning (an error here, so that the test sees it).
#include <plantarget/series.hpp>

#pragma GCC diagnostic error "-Wunused-result"

int main() {
    using namespace plantarget;
    using namespace plantarget::units;
    series<persons_unit> jobs;
    if (jobs.add(period::year(2025), 2.0 * wan_persons) != reason::none) return 1;  // read: fine
#ifdef PLANTARGET_COMPILE_FAIL
    jobs.add(period::year(2025), 30000.0 * persons);
    jobs.add(period::year(2025), 3.0 * wan_persons);
#endif
}
