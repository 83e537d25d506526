// Fuzzes the CSV reader. Besides not crashing: every field has a location,
// and whatever parses, written back with write_csv_row, parses to the same
// header and fields (the writer and reader agree on quoting).
#include <plantarget/io/csv.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

std::vector<std::string> texts(const plantarget::io::csv_row& row) {
    std::vector<std::string> out;
    out.reserve(row.fields.size());
    for (const auto& f : row.fields) out.push_back(f.text);
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    using namespace plantarget::io;

    const auto table = parse_csv(text, "fuzz.csv");
    if (!table.ok()) {
        if (table.error().message.empty()) __builtin_trap();
    } else {
        const csv_table& t = table.value();
        if (t.header.size() != t.header_row.fields.size() || t.header.empty()) __builtin_trap();
        std::size_t previous_line = t.header_row.line;
        for (const auto& row : t.rows) {
            if (row.fields.empty() || row.line <= previous_line) __builtin_trap();
            previous_line = row.line;
            for (const auto& f : row.fields)
                if (f.line < row.line || f.column == 0) __builtin_trap();
        }

        std::string written = write_csv_row(texts(t.header_row));
        for (const auto& row : t.rows) written += write_csv_row(texts(row));
        const auto again = parse_csv(written);
        if (!again.ok() || again->header != t.header || again->rows.size() != t.rows.size()) __builtin_trap();
        for (std::size_t i = 0; i < t.rows.size(); ++i)
            if (texts(again->rows[i]) != texts(t.rows[i])) __builtin_trap();
    }

    const auto checked = read_table(text, {"id", "value", "unit"}, "fuzz.csv");
    if (checked.ok()) {
        const csv_table& t = checked.value();
        for (const auto& row : t.rows) {
            if (row.fields.size() != t.header.size()) __builtin_trap();
            (void)t.field(row, "value");  // must not throw after read_table
        }
    }
    return 0;
}
