// expect: evaluate takes a series of the indicator's kind
// A target on persons is evaluated against a series of persons (人 or 万人), not of enterprises.
#include <plantarget/evaluate.hpp>

int main() {
    using namespace plantarget;
    using namespace plantarget::units;
    const indicator<persons_unit> jobs({.id = "urban_jobs_new", .name_zh = "新增城镇就业", .name_en = "New urban jobs"});
    const auto target = at_least(jobs, 3.5 * wan_persons, period::year(2026));
    const series<wan<persons_unit>> in_wan;
    const auto fine = evaluate(target, jobs, in_wan, period::year(2026));  // another scale: fine
    (void)fine;
#ifdef PLANTARGET_COMPILE_FAIL
    const series<enterprises_unit> firms;
    const auto wrong = evaluate(target, jobs, firms, period::year(2026));
    (void)wrong;
#endif
}
