// expect: the target's value is not in the indicator's unit
// A target must be in its indicator's unit: an enterprise count is no target
// for an indicator of persons (a 万人 target would be fine: same kind, other scale).
#include <plantarget/target.hpp>

int main() {
    using namespace plantarget;
    using namespace plantarget::units;
    const indicator<persons_unit> jobs({.id = "urban_jobs_new", .name_zh = "新增城镇就业", .name_en = "New urban jobs"});
    const auto fine = at_least(jobs, 3.5 * wan_persons, period::year(2026));
    (void)fine;
#ifdef PLANTARGET_COMPILE_FAIL
    const auto wrong = at_least(jobs, 80.0 * enterprises, period::year(2026));
    (void)wrong;
#endif
}
