// The link table of books over years (books.hpp) as CSV: which indicator of
// which book is evaluated as which. Columns: indicator, linked_to (empty:
// keep it apart from every other book's indicator), and optional book (the
// file name; empty: every book), basis and note, which plancheck links writes
// for review and the reader ignores.
#pragma once

#include <plantarget/books.hpp>
#include <plantarget/io/csv.hpp>
#include <plantarget/io/encoding.hpp>
#include <plantarget/io/file.hpp>
#include <plantarget/trim.hpp>

#include <array>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace plantarget::io {

inline constexpr std::array<std::string_view, 2> required_link_columns{"indicator", "linked_to"};

struct read_links {
    std::vector<link_rule> rules;
    std::vector<parse_error> errors;
};

inline read_links read_links_csv(std::string_view text, std::string file) {
    read_links out;
    if (std::string other = other_unicode_encoding_message(text); !other.empty()) {
        out.errors.push_back(parse_error{std::move(other), {}, source_location{file, 1, 1}});
        return out;
    }
    const std::vector<std::string_view> required(required_link_columns.begin(), required_link_columns.end());
    auto table = read_table(text, required, std::move(file));
    if (!table) {
        out.errors.push_back(table.error());
        return out;
    }
    const csv_table& t = table.value();
    const auto book_index = t.column_index("book");
    for (const csv_row& row : t.rows) {
        const csv_field& ind = t.field(row, "indicator");
        link_rule r;
        r.indicator = std::string(trim_blanks(ind.text));
        r.linked_to = std::string(trim_blanks(t.field(row, "linked_to").text));
        if (book_index) r.book = std::string(trim_blanks(row.fields[*book_index].text));
        r.where = source_location{t.filename, ind.line, ind.column};
        if (r.indicator.empty()) {
            out.errors.push_back(t.error_at(ind, "empty indicator in the link table"));
            continue;
        }
        out.rules.push_back(std::move(r));
    }
    return out;
}

inline read_links read_links_file(const std::filesystem::path& path, std::uintmax_t max_size = default_max_input_size) {
    auto text = read_text_file(path, max_size);
    if (!text) return {{}, {text.error()}};
    return read_links_csv(text.value(), path.string());
}

// The links of a linking as a table to review and pass back with --links:
// one row per link that is not by the same id.
inline std::string write_links_csv(const std::vector<indicator_link>& links) {
    std::string out = write_csv_row({"indicator", "linked_to", "book", "basis", "note"});
    for (const auto& l : links)
        out += write_csv_row({spreadsheet_safe(l.indicator), spreadsheet_safe(l.linked_to),
                              spreadsheet_safe(std::filesystem::path(l.book).filename().string()), to_string(l.basis),
                              spreadsheet_safe(l.because)});
    return out;
}

}  // namespace plantarget::io
