// Fuzzes units::parse_unit. Besides not crashing: an accepted unit, printed
// with its Chinese label, parses back to the same unit.
#include <plantarget/units/registry.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto unit = plantarget::units::parse_unit(text);
    if (!unit.ok()) return 0;
    const auto again = plantarget::units::parse_unit(unit->zh());
    if (!again.ok() || !(again.value() == unit.value()) || again->scale_exponent() != unit->scale_exponent())
        __builtin_trap();
    return 0;
}
