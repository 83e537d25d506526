// expect: or the high end of between.* is not of the first value's kind
// The tolerance of an about-target is in the indicator's kind, any scale
// (2000 persons around 3.5 wan_persons is fine); an enterprise count is not.
#include <plantarget/target.hpp>

int main() {
    using namespace plantarget;
    using namespace plantarget::units;
    const indicator<persons_unit> jobs({.id = "urban_jobs_new", .name_zh = "新增城镇就业", .name_en = "New urban jobs"});
    const auto fine = about(jobs, 3.5 * wan_persons, 2000.0 * persons, period::year(2026));
    (void)fine;
#ifdef PLANTARGET_COMPILE_FAIL
    const auto wrong = about(jobs, 3.5 * wan_persons, 80.0 * enterprises, period::year(2026));
    (void)wrong;
#endif
}
