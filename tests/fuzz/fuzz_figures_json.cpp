// Fuzzes the JSON figure reader. Besides not crashing: an error prints
// without control characters (to_string escapes them), and a book that
// reads, written back with write_figures_json, reads to the same figures.
#include <plantarget/io/figures_json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {
bool has_control_bytes(std::string_view s) {
    for (const char c : s)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return true;
    return false;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    using namespace plantarget::io;

    const auto book = read_figures_json(text, "fuzz.json");
    if (!book.ok()) {
        const std::string printed = book.error().to_string();
        if (book.error().message.empty() || has_control_bytes(printed)) __builtin_trap();
        return 0;
    }
    const std::string written = write_figures_json(book.value());
    const auto again = read_figures_json(written, "again.json");
    if (!again.ok() || again->figures.size() != book->figures.size() ||
        again->relations.size() != book->relations.size())
        __builtin_trap();
    for (std::size_t i = 0; i < book->figures.size(); ++i) {
        const auto& a = book->figures[i];
        const auto& b = again->figures[i];
        if (a.id != b.id || a.value.decimals != b.value.decimals || a.has_value != b.has_value ||
            (a.has_value && a.value.value != b.value.value))
            __builtin_trap();
    }
    return 0;
}
