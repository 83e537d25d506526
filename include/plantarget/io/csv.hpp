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

#include <algorithm>
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

}  // namespace detail

// A field as csv_record_reader hands it over: a view of the input, or of the
// reader's own buffer for a quoted field whose text differs from its bytes
// (a doubled quote, a line break); valid until the next record is read.
struct csv_field_view {
    std::string_view text;
    std::size_t line = 0;    // as csv_field
    std::size_t column = 0;
    bool quoted = false;     // the field was quoted: its text starts one column after `column`
};

// Reads CSV records one at a time without a string per field, for tables too
// large to hold as csv_rows (a city's monitoring: millions of rows); parse_csv
// reads through it too, so both read exactly the same records. The text must
// already be valid UTF-8 without a byte-order mark (parse_csv checks it).
class csv_record_reader {
public:
    csv_record_reader(std::string_view text, std::string filename) : text_(text), filename_(std::move(filename)) {}

    // The next record into `fields` (cleared first) and the line it starts
    // on; false at the end of the text or at a syntax error, which stops the
    // reading and is then error().
    bool next(std::vector<csv_field_view>& fields, std::size_t& record_line) {
        fields.clear();
        scratch_.clear();
        owned_.clear();
        if (error_) return false;
        while (pos_ < text_.size() && at_line_break()) consume_line_break();  // empty lines
        if (pos_ >= text_.size()) return false;
        record_line = line_;
        for (;;) {
            if (auto e = read_field(fields)) {
                error_ = std::move(e);
                fields.clear();
                return false;
            }
            if (pos_ < text_.size() && text_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (pos_ < text_.size()) consume_line_break();
            break;
        }
        // Fields unescaped into the buffer are viewed once it no longer grows.
        for (const auto& [index, begin, end] : owned_)
            fields[index].text = std::string_view(scratch_).substr(begin, end - begin);
        return true;
    }
    // The syntax error that stopped the reading, if any.
    [[nodiscard]] const std::optional<parse_error>& error() const noexcept { return error_; }

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

    std::optional<parse_error> read_field(std::vector<csv_field_view>& fields) {
        csv_field_view f;
        f.line = line_;
        f.column = column();
        if (pos_ < text_.size() && text_[pos_] == '"') return read_quoted(f, fields);
        const std::size_t start = pos_;
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == ',' || c == '\n' || c == '\r') break;
            if (c == '"')
                return error_here("quote inside an unquoted field (quote the whole field and double the quote)",
                                  detail::line_excerpt(text_, start));
            ++pos_;
        }
        f.text = text_.substr(start, pos_ - start);
        fields.push_back(f);
        return std::nullopt;
    }

    std::optional<parse_error> read_quoted(csv_field_view f, std::vector<csv_field_view>& fields) {
        f.quoted = true;
        const std::size_t open = pos_;
        ++pos_;
        // The text as written while it needs no unescaping; else in scratch_.
        const std::size_t first = pos_;
        bool copied = false;
        const std::size_t begin = scratch_.size();
        for (;;) {
            if (pos_ >= text_.size())
                return parse_error{"unterminated quoted field", detail::line_excerpt(text_, open),
                                   source_location{filename_, f.line, f.column}};
            // Take the run up to the next quote or line break in one go.
            const std::size_t stop = text_.find_first_of("\"\r\n", pos_);
            const std::size_t run_end = stop == std::string_view::npos ? text_.size() : stop;
            if (copied) scratch_.append(text_.substr(pos_, run_end - pos_));
            pos_ = run_end;
            if (pos_ >= text_.size()) continue;
            if (text_[pos_] == '"' && !(pos_ + 1 < text_.size() && text_[pos_ + 1] == '"')) {
                if (!copied) f.text = text_.substr(first, pos_ - first);
                ++pos_;  // the closing quote
                break;
            }
            if (!copied) {  // from here on the text differs from the bytes
                scratch_.append(text_.substr(first, pos_ - first));
                copied = true;
            }
            if (text_[pos_] == '"') {
                scratch_ += '"';
                pos_ += 2;
                continue;
            }
            scratch_ += '\n';
            consume_line_break();
        }
        if (pos_ < text_.size() && text_[pos_] != ',' && !at_line_break())
            return error_here("text after the closing quote of a field", detail::line_excerpt(text_, pos_));
        if (copied) owned_.push_back({fields.size(), begin, scratch_.size()});
        fields.push_back(f);
        return std::nullopt;
    }

    struct owned_field {
        std::size_t index, begin, end;  // the field's position in the record, its bytes in scratch_
    };

    std::string_view text_;
    std::string filename_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
    std::size_t line_start_ = 0;
    std::string scratch_;
    std::vector<owned_field> owned_;
    std::optional<parse_error> error_;
};

namespace detail {

// Every record as csv_rows, through csv_record_reader.
inline parsed<std::vector<csv_row>> read_records(std::string_view text, const std::string& filename) {
    std::vector<csv_row> rows;
    csv_record_reader reader(text, filename);
    std::vector<csv_field_view> fields;
    std::size_t line = 0;
    while (reader.next(fields, line)) {
        csv_row row;
        row.line = line;
        row.fields.reserve(fields.size());
        for (const csv_field_view& f : fields) row.fields.push_back(csv_field{std::string(f.text), f.line, f.column});
        rows.push_back(std::move(row));
    }
    if (reader.error()) return *reader.error();
    return rows;
}

}  // namespace detail

namespace detail {

// The text parse_csv reads: checked to be UTF-8 (a UTF-8 byte-order mark
// stripped), not empty; or the error.
inline parsed<std::string_view> checked_body(std::string_view text, const std::string& filename) {
    const byte_order_mark bom = detect_bom(text);
    if (bom != byte_order_mark::none && bom != byte_order_mark::utf8)
        return parse_error{"file is " + std::string(describe(bom)) + ", not UTF-8: save it as UTF-8", {},
                           source_location{filename, 1, 1}};
    text = strip_utf8_bom(text);
    if (text.empty()) return parse_error{"empty file", {}, source_location{filename, 0, 0}};
    if (const auto bad = validate_utf8(text))
        return parse_error{std::string(invalid_utf8_message(text)), hex_bytes(text, *bad),
                           detail::location_of(text, *bad, filename)};
    return text;
}

// What read_table refuses in a header: a repeated name (empty ones aside), a
// required column missing. `header` holds the trimmed names of `header_row`.
template <class Field>
std::optional<parse_error> header_error(const std::vector<std::string>& header, const std::vector<Field>& header_row,
                                        std::size_t header_line, const std::vector<std::string_view>& required_columns,
                                        const std::string& filename) {
    const auto header_location = [&](std::size_t column) { return source_location{filename, header_line, column}; };
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (header[i].empty()) continue;
        for (std::size_t j = 0; j < i; ++j)
            if (header[j] == header[i])
                return parse_error{"duplicate column name", header[i], header_location(header_row[i].column)};
    }
    std::vector<std::string_view> missing;
    for (const std::string_view name : required_columns)
        if (!name.empty() && std::find(header.begin(), header.end(), name) == header.end()) missing.push_back(name);
    if (!missing.empty()) {
        std::string names;
        for (const std::string_view name : missing) {
            if (!names.empty()) names += ", ";
            names += "'" + std::string(name) + "'";
        }
        return parse_error{"header lacks required " + std::string(missing.size() == 1 ? "column " : "columns ") + names,
                           {}, header_location(1)};
    }
    return std::nullopt;
}

// What read_table says of a row whose fields are not as many as the header's
// columns; nothing when they are.
template <class Field>
std::optional<parse_error> width_error(const std::vector<std::string>& header, const std::vector<Field>& fields,
                                       const std::string& filename) {
    const std::size_t n = fields.size();
    const std::size_t width = header.size();
    if (n == width) return std::nullopt;
    std::string message = "row has " + detail::plural(n, "field") + ", header has " + std::to_string(width);
    if (n < width) {
        // Located at the last field present: the row ends there.
        message += "; no value for '" + header[n] + "'";
        if (width - n > 1) message += " and " + std::to_string(width - n - 1) + " more";
        const Field& last = fields.back();
        return parse_error{std::move(message), std::string(last.text), source_location{filename, last.line, last.column}};
    }
    const Field& extra = fields[width];  // the first field beyond the header
    return parse_error{std::move(message), std::string(extra.text), source_location{filename, extra.line, extra.column}};
}

}  // namespace detail

// Reads CSV text into a header and rows. The first non-empty record is the
// header; rows may have any number of fields (read_table checks them).
inline parsed<csv_table> parse_csv(std::string_view text, std::string filename = {}) {
    auto body = detail::checked_body(text, filename);
    if (!body) return body.error();
    auto rows = detail::read_records(body.value(), filename);
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
    if (auto e = detail::header_error(table.header, table.header_row.fields, table.header_row.line, required_columns,
                                      table.filename))
        return *std::move(e);
    for (const csv_row& row : table.rows)
        if (auto e = detail::width_error(table.header, row.fields, table.filename)) return *std::move(e);
    return parsed_table;
}

// A table read_table would accept, read a row at a time: open() makes every
// check read_table makes, in one pass that keeps nothing, and the rows then
// come as views (csv_record_reader), so that a table of millions of rows
// costs no string per field. The text must outlive the stream.
class csv_table_stream {
public:
    // The stream, or the error read_table would give for the text.
    static parsed<csv_table_stream> open(std::string_view text, const std::vector<std::string_view>& required_columns,
                                         std::string filename = {}) {
        auto body = detail::checked_body(text, filename);
        if (!body) return body.error();
        csv_table_stream out(body.value(), std::move(filename));
        csv_record_reader reader(out.body_, out.filename_);
        std::vector<csv_field_view> fields;
        std::size_t line = 0;
        if (!reader.next(fields, line)) {
            if (reader.error()) return *reader.error();
            return parse_error{"empty file", {}, source_location{out.filename_, 0, 0}};
        }
        out.header_line_ = line;
        for (const csv_field_view& f : fields) out.header_.emplace_back(detail::trim_header_name(f.text));
        std::vector<csv_field_view> header_fields = fields;
        // The first row of another width; reported after any syntax error, as read_table does.
        std::optional<parse_error> width;
        while (reader.next(fields, line)) {
            ++out.rows_;
            if (!width) width = detail::width_error(out.header_, fields, out.filename_);
        }
        if (reader.error()) return *reader.error();
        if (auto e = detail::header_error(out.header_, header_fields, out.header_line_, required_columns, out.filename_))
            return *std::move(e);
        if (width) return *std::move(width);
        return out;
    }

    [[nodiscard]] const std::string& filename() const noexcept { return filename_; }
    [[nodiscard]] const std::vector<std::string>& header() const noexcept { return header_; }
    // How many rows follow the header.
    [[nodiscard]] std::size_t rows() const noexcept { return rows_; }
    [[nodiscard]] std::optional<std::size_t> column_index(std::string_view name) const noexcept {
        for (std::size_t i = 0; i < header_.size(); ++i)
            if (header_[i] == name) return i;
        return std::nullopt;
    }
    // The next row after the header (as many fields as the header has), and
    // the line it starts on; false after the last.
    bool next(std::vector<csv_field_view>& fields, std::size_t& line) {
        if (!reader_) {
            reader_.emplace(body_, filename_);
            if (!reader_->next(fields, line)) return false;  // the header
        }
        return reader_->next(fields, line);
    }

private:
    csv_table_stream(std::string_view body, std::string filename) : body_(body), filename_(std::move(filename)) {}

    std::string_view body_;
    std::string filename_;
    std::vector<std::string> header_;
    std::size_t header_line_ = 0;
    std::size_t rows_ = 0;
    std::optional<csv_record_reader> reader_;
};

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
