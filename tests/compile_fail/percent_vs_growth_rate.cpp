// expect: (no match for|invalid operands to binary expression).*percent.*growth_rate
// A rate level (unemployment 5.5 %) and a relative change (growth 4 %) are
// different things: comparing them does not compile.
#include <plantarget/units.hpp>

int main() {
    using namespace plantarget;
    using namespace plantarget::literals;
    const auto unemployment = 5.5_pct;
    const auto gdp_growth = growth_rate::from_percent(4.0);
    const bool faster = gdp_growth > growth_rate::from_percent(3.5);  // same type: fine
    (void)faster;
#ifdef PLANTARGET_COMPILE_FAIL
    const bool nonsense = unemployment < gdp_growth;
    (void)nonsense;
#endif
    (void)unemployment;
}
