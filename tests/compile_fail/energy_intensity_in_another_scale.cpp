// expect: this unit has no label in the unit table
// expect also: unit_kind::energy_intensity
// 吨标准煤/万元 is the one label of energy per unit of GDP: a quantity in
// tonnes per 亿元 has none, so printing it does not compile (before, it threw
// std::logic_error from descriptor_of when printed); converted, it prints.
#include <plantarget/text.hpp>

#include <string>

int main() {
    using namespace plantarget::units;
    const auto per_yi_yuan = 4900.0 * (tce / yi_yuan);
    const std::string shown = plantarget::text_of(convert_to<tce_per_wan_yuan_unit>(per_yi_yuan));  // 0.49 吨标准煤/万元
    (void)shown;
#ifdef PLANTARGET_COMPILE_FAIL
    const std::string unconverted = plantarget::text_of(per_yi_yuan);
    (void)unconverted;
#endif
}
