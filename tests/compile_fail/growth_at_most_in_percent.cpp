// expect: a growth target takes a growth_rate
// "增长控制在5%以内" bounds a growth: a percent level passed to growth_at_most
// is refused, as it is for growth_at_least.
#include <plantarget/target.hpp>

int main() {
    using namespace plantarget;
    using namespace plantarget::units;
    const indicator<yi_yuan_unit> debt({.id = "debt", .name_zh = "政府债务余额", .name_en = "Government debt"});
    const auto fine = growth_at_most(debt, growth_rate::from_percent(5), period::year(2026));
    (void)fine;
#ifdef PLANTARGET_COMPILE_FAIL
    const auto wrong = growth_at_most(debt, percent(5), period::year(2026));
    (void)wrong;
#endif
}
