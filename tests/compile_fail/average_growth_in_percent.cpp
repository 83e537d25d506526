// expect: a growth target takes a growth_rate
// "年均增长7%" bounds a growth over a plan period: a percent level passed to
// average_growth_at_least is refused, as it is for growth_at_least.
#include <plantarget/target.hpp>

int main() {
    using namespace plantarget;
    using namespace plantarget::units;
    const indicator<yi_yuan_unit> gdp({.id = "gdp", .name_zh = "地区生产总值", .name_en = "GDP"});
    const period plan = period::years(2021, 2025).value();
    const auto fine = average_growth_at_least(gdp, growth_rate::from_percent(7), plan);
    (void)fine;
#ifdef PLANTARGET_COMPILE_FAIL
    const auto wrong = average_growth_at_least(gdp, percent(7), plan);
    (void)wrong;
#endif
}
