// expect: a percent plus percentage points does not compile
// A rate moved by some percentage points is said with shifted_by; "5.2 % + 0.3"
// is ambiguous (0.3 points or 0.3 percent of 5.2 %?) and does not compile.
#include <plantarget/units.hpp>

int main() {
    using namespace plantarget::literals;
    const auto unemployment = 5.2_pct;
    const auto moved = unemployment.shifted_by(0.3_pp);  // said on purpose: fine
    (void)moved;
#ifdef PLANTARGET_COMPILE_FAIL
    const auto ambiguous = unemployment + 0.3_pp;
    (void)ambiguous;
#endif
}
