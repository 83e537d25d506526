// expect: a quantity plus or minus a plain number does not compile
// A bare number has no unit: is 3.5 in 亿元 or 万元? It is written as a quantity.
#include <plantarget/units.hpp>

int main() {
    using namespace plantarget::units;
    const auto investment = 268.0 * yi_yuan;
    const auto more = investment + 3.5 * yi_yuan;  // a quantity: fine
    (void)more;
#ifdef PLANTARGET_COMPILE_FAIL
    const auto unknown = investment + 3.5;
    (void)unknown;
#endif
}
