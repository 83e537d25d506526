// expect: quantities of different kinds
// Persons and enterprises are both counts, but of different things:
// comparing them does not compile.
#include <plantarget/units.hpp>

int main() {
    using namespace plantarget::units;
    const auto new_jobs = 1.2 * wan_persons;
    const auto new_firms = 3000.0 * enterprises;
    const bool more_firms_than_last_year = new_firms > 2800.0 * enterprises;  // same kind: fine
    (void)more_firms_than_last_year;
#ifdef PLANTARGET_COMPILE_FAIL
    const bool nonsense = new_jobs < new_firms;
    (void)nonsense;
#endif
    (void)new_jobs;
}
