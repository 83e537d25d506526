// expect: evaluate takes a target built on the indicator it is given
// A target on persons is not evaluated with an indicator of enterprises.
#include <plantarget/evaluate.hpp>

int main() {
    using namespace plantarget;
    using namespace plantarget::units;
    const indicator<persons_unit> jobs({.id = "urban_jobs_new", .name_zh = "新增城镇就业", .name_en = "New urban jobs"});
    const indicator<enterprises_unit> firms({.id = "new_firms", .name_zh = "新增企业", .name_en = "New firms"});
    const auto target = at_least(jobs, 3.5 * wan_persons, period::year(2026));
    const series<persons_unit> people;
    const auto fine = evaluate(target, jobs, people, period::year(2026));
    (void)fine;
#ifdef PLANTARGET_COMPILE_FAIL
    const auto wrong = evaluate(target, firms, people, period::year(2026));
    (void)wrong;
#endif
}
