// expect: this value is not of the series' kind
// A series of persons takes persons in any scale (万人), not enterprises.
#include <plantarget/series.hpp>

int main() {
    using namespace plantarget;
    using namespace plantarget::units;
    series<persons_unit> jobs;
    const reason fine = jobs.add(period::year(2025), 2.0 * wan_persons);  // another scale: fine
    (void)fine;
#ifdef PLANTARGET_COMPILE_FAIL
    const reason wrong = jobs.add(period::year(2026), 80.0 * enterprises);
    (void)wrong;
#endif
}
