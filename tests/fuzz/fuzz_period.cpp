// Fuzzes period::parse. Besides not crashing: an accepted period's text form
// parses back to an equal period.
#include <plantarget/period.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto p = plantarget::period::parse(text);
    if (!p.ok()) return 0;
    const std::string written = p->to_string();
    const auto again = plantarget::period::parse(written);
    if (!again.ok() || !(again.value() == p.value())) __builtin_trap();
    return 0;
}
