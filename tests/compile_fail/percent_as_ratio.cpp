// expect: (cannot convert|no viable conversion from).*percent.* to .*double
// A percent holds 94.8 for 94.8 %; used where a plain ratio (0.948) is expected
// it would be off by a factor of 100, so it does not convert to double.
#include <plantarget/units.hpp>

int main() {
    using namespace plantarget::literals;
    const auto completion = 94.8_pct;
    const double ratio = completion.as_ratio();  // explicit: fine
    (void)ratio;
#ifdef PLANTARGET_COMPILE_FAIL
    const double off_by_100 = completion;
    (void)off_by_100;
#endif
}
