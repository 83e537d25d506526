// A small RFC 4180 CSV reader and writer for the project's data files. Every
// field keeps where it stood (1-based line, and 1-based byte column of its
// first byte, or of its opening quote), so that an error in a figure deep in a
// file can be reported as file:line:column, the form editors jump to.
//
// Reading rules, beyond RFC 4180:
// - the text must be UTF-8; a UTF-8 byte-order mark is stripped and not
//   counted in columns; a UTF-16 or UTF-32 mark, or invalid UTF-8, is an
//   error that names the encoding when it can tell (GBK, the usual culprit);
// - a line may end in CRLF, LF or a lone CR, and the last line may lack one;
//   a line break inside a quoted field is read as "\n" whatever it was;
// - empty lines are skipped (spreadsheets leave them at the end of files);
// - fields are kept as written, spaces included; header names are trimmed of
//   surrounding spaces and of a second byte-order mark (left by tools that
//   add one to a file that had one), because there they only break lookup.
#pragma once

#include <plantarget/trim.hpp>
#include <plantarget/error.hpp>
#include <plantarget/io/encoding.hpp>

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plantarget::io {

struct csv_field {
    std::string text;
    std::size_t line = 0;    // 1-based line of the field's first byte
    std::size_t column = 0;  // 1-based byte column of that byte (BOM not counted)
};

struct csv_row {
    std::size_t line = 0;  // 1-based line where the row starts
    std::vector<csv_field> fields;
};

struct csv_table {
    std::string filename;
    std::vector<std::string> header;  // column names, trimmed
    csv_row header_row;               // the header as written, with locations
    std::vector<csv_row> rows;        // the records after the header

    // Position of the column named `name`, or nullopt.
    [[nodiscard]] std::optional<std::size_t> column_index(std::string_view name) const noexcept {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (header[i] == name) return i;
        return std::nullopt;
    }

    // The field of `row` under column `name`. Asking for a column the table
    // does not have is a programming error (read_table checks the columns a
    // caller needs), so it throws std::out_of_range.
    [[nodiscard]] const csv_field& field(const csv_row& row, std::string_view name) const {
        const auto index = column_index(name);
        if (!index) throw std::out_of_range("plantarget: CSV table has no column '" + std::string(name) + "'");
        if (*index >= row.fields.size())
            throw std::out_of_range("plantarget: CSV row at line " + std::to_string(row.line) + " has no column '" +
                                    std::string(name) + "'");
        return row.fields[*index];
    }

    // An error about a field's content, located at the field: for callers
    // that parse a field (a number, a unit) and must say where it was.
    [[nodiscard]] parse_error error_at(const csv_field& f, std::string message) const {
        return parse_error{std::move(message), f.text, source_location{filename, f.line, f.column}};
    }
    // Places an error from a field parser (parse_number, ...) at the field.
    [[nodiscard]] parse_error locate(parse_error e, const csv_field& f) const {
        e.where = source_location{filename, f.line, f.column};
        return e;
    }
};

namespace detail {

// Line and column of a byte offset, counting CRLF, LF and lone CR as one
// line break each, as the reader does.
inline source_location location_of(std::string_view text, std::size_t offset, const std::string& filename) {
    std::size_t line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
            ++line;
            line_start = i + 1;
        }
    }
    return {filename, line, offset - line_start + 1};
}

// A short piece of text from `pos` to the end of its line, for messages.
inline std::string line_excerpt(std::string_view text, std::size_t pos, std::size_t max_bytes = 40) {
    std::size_t end = pos;
    while (end < text.size() && end - pos < max_bytes && text[end] != '\n' && text[end] != '\r') ++end;
    // Do not cut a UTF-8 sequence in half.
    while (end > pos && end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0u) == 0x80u) --end;
    return std::string(text.substr(pos, end - pos));
}

constexpr std::string_view trim_header_name(std::string_view s) noexcept {
    return trim_blanks(strip_utf8_bom(s));
}

inline std::string plural(std::size_t n, std::string_view word) {
    return std::to_string(n) + " " + std::string(word) + (n == 1 ? "" : "s");
}

// The record reader proper, on text already checked to be valid UTF-8.
class csv_reader {
public:
    csv_reader(std::string_view text, const std::string& filename) : text_(text), filename_(filename) {}

    parsed<std::vector<csv_row>> read() {
        std::vector<csv_row> rows;
        while (pos_ < text_.size()) {
            if (at_line_break()) {  // an empty line
                consume_line_break();
                continue;
            }
            csv_row row;
            row.line = line_;
            for (;;) {
                auto f = read_field();
                if (!f) return f.error();
                row.fields.push_back(std::move(f.value()));
                if (pos_ < text_.size() && text_[pos_] == ',') {
                    ++pos_;
                    continue;
                }
                if (pos_ < text_.size()) consume_line_break();
                break;
            }
            rows.push_back(std::move(row));
        }
        return rows;
    }

private:
    [[nodiscard]] bool at_line_break() const { return text_[pos_] == '\n' || text_[pos_] == '\r'; }
    [[nodiscard]] std::size_t column() const { return pos_ - line_start_ + 1; }

    // pos_ is at '\r' or '\n'.
    void consume_line_break() {
        if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
        ++pos_;
        ++line_;
        line_start_ = pos_;
    }

    parse_error error_here(std::string message, std::string text) const {
        return parse_error{std::move(message), std::move(text), source_location{filename_, line_, column()}};
    }

    parsed<csv_field> read_field() {
        csv_field f;
        f.line = line_;
        f.column = column();
        if (pos_ < text_.size() && text_[pos_] == '"') return read_quoted(std::move(f));
        const std::size_t start = pos_;
        while (pos_ < text_.size() && text_[pos_] != ',' && !at_line_break()) {
            if (text_[pos_] == '"')
                return error_here("quote inside an unquoted field (quote the whole field and double the quote)",
                                  line_excerpt(text_, start));
            ++pos_;
        }
        f.text.assign(text_.substr(start, pos_ - start));
        return f;
    }

    parsed<csv_field> read_quoted(csv_field f) {
        const std::size_t open = pos_;
        ++pos_;
        for (;;) {
            if (pos_ >= text_.size())
                return parse_error{"unterminated quoted field", line_excerpt(text_, open),
                                   source_location{filename_, f.line, f.column}};
            // Copy the run up to the next quote or line break in one go.
            const std::size_t stop = text_.find_first_of("\"\r\n", pos_);
            const std::size_t run_end = stop == std::string_view::npos ? text_.size() : stop;
            f.text.append(text_.substr(pos_, run_end - pos_));
            pos_ = run_end;
            if (pos_ >= text_.size()) continue;
            if (text_[pos_] == '"') {
                if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
                    f.text += '"';
                    pos_ += 2;
                    continue;
                }
                ++pos_;  // the closing quote
                break;
            }
            f.text += '\n';
            consume_line_break();
        }
        if (pos_ < text_.size() && text_[pos_] != ',' && !at_line_break())
            return error_here("text after the closing quote of a field", line_excerpt(text_, pos_));
        return f;
    }

    std::string_view text_;
    const std::string& filename_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
    std::size_t line_start_ = 0;
};

}  // namespace detail

// Reads CSV text into a header and rows. The first non-empty record is the
// header; rows may have any number of fields (read_table checks them).
inline parsed<csv_table> parse_csv(std::string_view text, std::string filename = {}) {
    const byte_order_mark bom = detect_bom(text);
    if (bom != byte_order_mark::none && bom != byte_order_mark::utf8)
        return parse_error{"file is " + std::string(describe(bom)) + ", not UTF-8: save it as UTF-8", {},
                           source_location{filename, 1, 1}};
    text = strip_utf8_bom(text);
    if (text.empty()) return parse_error{"empty file", {}, source_location{filename, 0, 0}};
    if (const auto bad = validate_utf8(text))
        return parse_error{std::string(invalid_utf8_message(text)), hex_bytes(text, *bad),
                           detail::location_of(text, *bad, filename)};

    auto rows = detail::csv_reader(text, filename).read();
    if (!rows) return rows.error();
    std::vector<csv_row>& records = rows.value();
    if (records.empty()) return parse_error{"empty file", {}, source_location{filename, 0, 0}};

    csv_table table;
    table.filename = std::move(filename);
    table.header_row = std::move(records.front());
    for (const csv_field& f : table.header_row.fields)
        table.header.emplace_back(detail::trim_header_name(f.text));
    table.rows.assign(std::make_move_iterator(records.begin() + 1), std::make_move_iterator(records.end()));
    return table;
}

// Reads a CSV file whose header must name every column in `required_columns`
// (in any order, among others), and whose rows all have as many fields as the
// header. Names in the header must be unique, except empty ones (unnamed
// spare columns a spreadsheet leaves). Errors name the file, line and column.
inline parsed<csv_table> read_table(std::string_view text, const std::vector<std::string_view>& required_columns,
                                    std::string filename = {}) {
    auto parsed_table = parse_csv(text, std::move(filename));
    if (!parsed_table) return parsed_table;
    const csv_table& table = parsed_table.value();
    const auto header_location = [&](std::size_t column) {
        return source_location{table.filename, table.header_row.line, column};
    };

    for (std::size_t i = 0; i < table.header.size(); ++i) {
        if (table.header[i].empty()) continue;
        for (std::size_t j = 0; j < i; ++j)
            if (table.header[j] == table.header[i])
                return parse_error{"duplicate column name", table.header[i],
                                   header_location(table.header_row.fields[i].column)};
    }

    std::vector<std::string_view> missing;
    for (const std::string_view name : required_columns)
        if (!name.empty() && !table.column_index(name)) missing.push_back(name);
    if (!missing.empty()) {
        std::string names;
        for (const std::string_view name : missing) {
            if (!names.empty()) names += ", ";
            names += "'" + std::string(name) + "'";
        }
        return parse_error{"header lacks required " + std::string(missing.size() == 1 ? "column " : "columns ") + names,
                           {}, header_location(1)};
    }

    const std::size_t width = table.header.size();
    for (const csv_row& row : table.rows) {
        const std::size_t n = row.fields.size();
        if (n == width) continue;
        std::string message = "row has " + detail::plural(n, "field") + ", header has " + std::to_string(width);
        if (n < width) {
            // Located at the last field present: the row ends there.
            message += "; no value for '" + table.header[n] + "'";
            if (width - n > 1) message += " and " + std::to_string(width - n - 1) + " more";
            const csv_field& last = row.fields.back();
            return parse_error{std::move(message), last.text, source_location{table.filename, last.line, last.column}};
        }
        const csv_field& extra = row.fields[width];  // the first field beyond the header
        return parse_error{std::move(message), extra.text, source_location{table.filename, extra.line, extra.column}};
    }
    return parsed_table;
}

// ---- writing ------------------------------------------------------------------

// A field as CSV: quoted when it holds a comma, quote or line break, or starts
// or ends with a space or tab (so that no reader trims it), or starts with
// U+FEFF (which, first in a file, a reader takes for a byte-order mark);
// quotes doubled.
inline std::string csv_escape(std::string_view field) {
    const bool needs_quotes = field.find_first_of(",\"\r\n") != std::string_view::npos ||
                              (!field.empty() && (field.front() == ' ' || field.front() == '\t' ||
                                                  field.back() == ' ' || field.back() == '\t')) ||
                              field.starts_with(utf8_bom);
    if (!needs_quotes) return std::string(field);
    std::string out;
    out.reserve(field.size() + 2);
    out += '"';
    for (const char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

// A text cell a spreadsheet will not run as a formula (the OWASP rule for
// CSV injection): one starting with = + - @, a tab or a carriage return gets
// a leading single quote, which spreadsheets show as text. For cells of free
// text (names, quotes, ids); numbers, which may be negative, are left as they
// are. docs/reports.md.
inline std::string spreadsheet_safe(std::string_view cell) {
    if (!cell.empty()) {
        switch (cell.front()) {
            case '=':
            case '+':
            case '-':
            case '@':
            case '\t':
            case '\r': {
                std::string quoted;  // built by appending: g++ 12 warns falsely (-Wrestrict) on "'" + std::string
                quoted.reserve(cell.size() + 1);
                quoted += '\'';
                quoted += cell;
                return quoted;
            }
            default: break;
        }
    }
    return std::string(cell);
}

// One record, ending in "\n" (the reader takes CRLF too). A record of one empty
// field is written as "" so that it does not read back as an empty line.
template <class Range>
std::string write_csv_row(const Range& fields) {
    std::string out;
    std::size_t count = 0;
    for (const auto& field : fields) {
        if (count++ > 0) out += ',';
        out += csv_escape(std::string_view(field));
    }
    if (count == 1 && out.empty()) out = "\"\"";
    out += '\n';
    return out;
}

inline std::string write_csv_row(std::initializer_list<std::string_view> fields) {
    return write_csv_row<std::initializer_list<std::string_view>>(fields);
}

}  // namespace plantarget::io
