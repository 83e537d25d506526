// expect: use convert_approx
// 1 亩 = 10000/15 m² is not a power of ten: convert_to (exact scales only)
// refuses it, and convert_approx says the rounding is accepted on purpose.
#include <plantarget/units.hpp>

int main() {
    using namespace plantarget::units;
    const auto land = 560.0 * mu;
    const auto area = convert_approx<square_metres_unit>(land);  // said on purpose: fine
    (void)area;
#ifdef PLANTARGET_COMPILE_FAIL
    const auto exact_area = convert_to<square_metres_unit>(land);
    (void)exact_area;
#endif
}
