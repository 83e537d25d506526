// expect: a growth target takes a growth_rate
// "同比增长50%以上" is a growth, not a share: a percent level or percentage
// points passed as a growth target is refused.
#include <plantarget/target.hpp>

int main() {
    using namespace plantarget;
    using namespace plantarget::units;
    const indicator<yi_yuan_unit> bonded({.id = "bonded_import_export", .name_zh = "保税进出口额", .name_en = "Bonded trade"});
    const auto fine = growth_at_least(bonded, growth_rate::from_percent(50), period::year(2026));
    (void)fine;
#ifdef PLANTARGET_COMPILE_FAIL
    const auto wrong = growth_at_least(bonded, percent(50), period::year(2026));
    (void)wrong;
#endif
}
