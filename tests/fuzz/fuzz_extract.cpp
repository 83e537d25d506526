// Fuzzes the report extractor. Besides not crashing: a text it accepts gives
// one source per figure, every quote is a substring of the text, every value
// offset lies inside the text, and the book reads back from its CSV.
#include <plantarget/io/extract.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    using namespace plantarget::io;
    const auto got = extract_figures(text, "fuzz.txt");
    if (!got.ok()) {
        if (got.error().message.empty()) __builtin_trap();
        return 0;
    }
    const extraction& x = got.value();
    if (x.sources.size() != x.book.figures.size()) __builtin_trap();
    for (std::size_t i = 0; i < x.book.figures.size(); ++i) {
        if (text.find(x.book.figures[i].quote) == std::string_view::npos) __builtin_trap();
        if (x.sources[i].offset >= size) __builtin_trap();
    }
    const auto back = read_figures_csv(write_extraction_csv(x));
    if (!back.ok() || back.value().figures.size() != x.book.figures.size()) __builtin_trap();
    return 0;
}
