// A report's published figures and relations as one JSON document (nlohmann
// json), the same model as the two CSV tables of figures_csv.hpp:
//
//   {"figures":   [{"id": ..., "indicator": ..., ... the CSV columns ...}],
//    "relations": [{"id": ..., "kind": ..., "result": ...,
//                   "operands": [...], "note": ...}]}
//
// A value (and a tolerance) is written as a string ("94.8", or null for 居前列), because a JSON
// number loses the published precision: 94.80 and 94.8 are one number, and
// the decimals are what the audit rounds to. On reading, a JSON number is
// accepted too, with the decimals of its shortest form. Syntax errors are
// reported as file:line:column; errors in a field by its JSON pointer
// ("/figures/3/unit"), since the parser keeps no positions for values.
#pragma once

#include <plantarget/error.hpp>
#include <plantarget/figures.hpp>
#include <plantarget/io/encoding.hpp>
#include <plantarget/io/figures_csv.hpp>
#include <plantarget/io/file.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plantarget::io {

namespace figures_detail {

// Where byte `offset` of `text` stands, counting line breaks as the CSV
// reader does.
inline source_location location_at(std::string_view text, std::size_t offset, const std::string& file) {
    const std::vector<std::size_t> starts = line_starts(text.substr(0, std::min(offset, text.size())));
    return source_location{file, starts.size(), offset - starts.back() + 1};
}

// nlohmann's message without its "[json.exception...] parse error at line
// L, column C: " preamble, which the location says better.
inline std::string json_syntax_message(const char* what) {
    std::string m(what);
    if (const auto close = m.find("] "); m.starts_with("[json.exception") && close != std::string::npos)
        m.erase(0, close + 2);
    if (m.starts_with("parse error")) {
        if (const auto colon = m.find(": "); colon != std::string::npos) m.erase(0, colon + 2);
    }
    return "JSON " + m;
}

inline std::string json_type_name(const nlohmann::json& j) { return j.type_name(); }

// Builds the document as nlohmann's own DOM parser does, and checks what the
// DOM cannot show afterwards, by JSON pointer: a key repeated in one object
// (nlohmann keeps the last and loses data without a word), and a number
// whose magnitude a double cannot hold (1e-400 would read as 0, silently,
// where the CSV reader refuses it). The first problem is kept.
class checking_sax {
public:
    explicit checking_sax(nlohmann::json& root) : dom_(root, true) {}

    bool null() { return value_begins() && dom_.null(); }
    bool boolean(bool v) { return value_begins() && dom_.boolean(v); }
    bool number_integer(nlohmann::json::number_integer_t v) { return value_begins() && dom_.number_integer(v); }
    bool number_unsigned(nlohmann::json::number_unsigned_t v) { return value_begins() && dom_.number_unsigned(v); }
    bool number_float(nlohmann::json::number_float_t v, const std::string& token) {
        if (!value_begins()) return false;
        if (problem_.empty() && v == 0 && token.find_first_of("123456789") < token.find_first_of("eE"))
            note("JSON number underflow: too small for a double, it would read as 0", token);
        else if (problem_.empty() && v != 0 && std::abs(v) < std::numeric_limits<double>::min())
            note("JSON number underflow: too small for a double to hold its digits", token);
        return dom_.number_float(v, token);
    }
    bool string(std::string& v) { return value_begins() && dom_.string(v); }
    bool binary(nlohmann::json::binary_t& v) { return value_begins() && dom_.binary(v); }
    bool start_object(std::size_t n) {
        if (!value_begins()) return false;
        levels_.push_back(level{false, 0, {}, {}});
        return dom_.start_object(n);
    }
    bool key(std::string& k) {
        level& top = levels_.back();
        top.child = k;
        if (problem_.empty() && std::find(top.keys.begin(), top.keys.end(), k) != top.keys.end())
            note("JSON object has a duplicate member", k);
        top.keys.push_back(k);
        return dom_.key(k);
    }
    bool end_object() {
        levels_.pop_back();
        return dom_.end_object();
    }
    bool start_array(std::size_t n) {
        if (!value_begins()) return false;
        levels_.push_back(level{true, 0, {}, {}});
        return dom_.start_array(n);
    }
    bool end_array() {
        levels_.pop_back();
        return dom_.end_array();
    }
    template <class Exception>
    bool parse_error(std::size_t position, const std::string& token, const Exception& e) {
        // position counts the bytes read, up to the end of the token.
        error_offset_ = position >= token.size() ? position - token.size() : 0;
        value_begins();
        error_path_ = path();
        return dom_.parse_error(position, token, e);  // throws e
    }
    // Where the error parse_error() reported stood: byte offset of its token
    // and the JSON pointer of the value it was reading.
    [[nodiscard]] std::size_t error_offset() const noexcept { return error_offset_; }
    [[nodiscard]] const std::string& error_path() const noexcept { return error_path_; }

    // The first problem: its message, the offending text and its JSON pointer.
    [[nodiscard]] const std::string& problem() const noexcept { return problem_; }
    [[nodiscard]] const std::string& problem_text() const noexcept { return problem_text_; }
    [[nodiscard]] const std::string& problem_path() const noexcept { return problem_path_; }

private:
    struct level {
        bool array;
        std::size_t count;          // elements begun, for an array
        std::string child;          // the current child's key or index
        std::vector<std::string> keys;  // an object's keys so far
    };

    bool value_begins() {
        if (!levels_.empty() && levels_.back().array) levels_.back().child = std::to_string(levels_.back().count++);
        return true;
    }
    // The JSON pointer of the current value.
    [[nodiscard]] std::string path() const {
        std::string out;
        for (const level& l : levels_) {
            std::string token = l.child;  // RFC 6901: ~ as ~0, / as ~1
            for (std::size_t at = 0; (at = token.find_first_of("~/", at)) != std::string::npos; at += 2)
                token.replace(at, 1, token[at] == '~' ? "~0" : "~1");
            out += "/" + token;
        }
        return out;
    }
    void note(std::string message, const std::string& text) {
        problem_ = std::move(message);
        problem_text_ = text;
        problem_path_ = path();
        if (problem_path_.empty()) problem_path_ = "/";
    }

    nlohmann::detail::json_sax_dom_parser<nlohmann::json> dom_;
    std::vector<level> levels_;
    std::string problem_, problem_text_, problem_path_;
    std::size_t error_offset_ = 0;
    std::string error_path_;
};

}  // namespace figures_detail

// Adds the figures and relations of one JSON document to the builder.
inline void add_figures_json(figure_book_builder& builder, std::string_view text, std::string file) {
    const auto fail_at = [&](std::string path, std::string message, std::string offending = {}) {
        builder.add_error(figure_book_builder::error_at(located_text{{}, source_location{file, 0, 0}, std::move(path)},
                                                        std::move(message), std::move(offending)));
    };

    if (std::string other = other_unicode_encoding_message(text); !other.empty()) {
        builder.add_error(parse_error{std::move(other), {}, source_location{file, 1, 1}});
        return;
    }
    text = strip_utf8_bom(text);
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        builder.add_error(parse_error{"empty file", {}, source_location{file, 0, 0}});
        return;
    }
    if (const auto bad = validate_utf8(text)) {
        builder.add_error(parse_error{std::string(invalid_utf8_message(text)), hex_bytes(text, *bad),
                                      figures_detail::location_at(text, *bad, file)});
        return;
    }

    // The JSON parser takes a NUL byte for the end of the input and would drop
    // what follows; a raw NUL is never valid JSON.
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        builder.add_error(parse_error{"NUL byte in a JSON file", {}, figures_detail::location_at(text, nul, file)});
        return;
    }
    nlohmann::json doc;
    figures_detail::checking_sax checker(doc);
    try {
        nlohmann::json::sax_parse(text.begin(), text.end(), &checker);
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte counts from 1 and points at the last byte read.
        const std::size_t offset = e.byte == 0 ? 0 : std::min<std::size_t>(e.byte - 1, text.size());
        builder.add_error(parse_error{figures_detail::json_syntax_message(e.what()), {}, figures_detail::location_at(text, offset, file)});
        return;
    } catch (const nlohmann::json::exception& e) {
        // A number beyond a double (out_of_range 406) carries no position in
        // the exception; the SAX handler saw where its token ended.
        std::string message = figures_detail::json_syntax_message(e.what());
        if (!checker.error_path().empty()) message = checker.error_path() + ": " + message;
        builder.add_error(
            parse_error{std::move(message), {}, figures_detail::location_at(text, checker.error_offset(), file)});
        return;
    }
    if (!checker.problem().empty()) {
        fail_at(checker.problem_path(), checker.problem(), checker.problem_text());
        return;
    }
    if (!doc.is_object()) {
        fail_at("/", "expected an object with \"figures\" and \"relations\", found " + figures_detail::json_type_name(doc));
        return;
    }
    for (const auto& [key, value] : doc.items()) {
        if (key != "figures" && key != "relations") fail_at("/" + key, "unknown member (expected figures, relations)");
    }

    // A string member of an object, checked; absent optional members are "".
    const auto string_member = [&](const nlohmann::json& object, const std::string& path, std::string_view name,
                                   bool required, located_text& out) {
        out = located_text{{}, source_location{file, 0, 0}, path + "/" + std::string(name)};
        const auto it = object.find(std::string(name));
        if (it == object.end()) {
            if (required) fail_at(path, "missing member \"" + std::string(name) + "\"");
            return !required;
        }
        if (!it->is_string()) {
            fail_at(out.path, "expected a string, found " + figures_detail::json_type_name(*it));
            return false;
        }
        out.text = it->get<std::string>();
        return true;
    };

    if (const auto figures = doc.find("figures"); figures != doc.end()) {
        if (!figures->is_array()) {
            fail_at("/figures", "expected an array, found " + figures_detail::json_type_name(*figures));
        } else {
            for (std::size_t i = 0; i < figures->size(); ++i) {
                const nlohmann::json& f = (*figures)[i];
                const std::string path = "/figures/" + std::to_string(i);
                if (!f.is_object()) {
                    fail_at(path, "expected an object, found " + figures_detail::json_type_name(f));
                    continue;
                }
                for (const auto& [key, value] : f.items()) {
                    if (std::find(figure_columns.begin(), figure_columns.end(), key) == figure_columns.end())
                        fail_at(path + "/" + key, "unknown member of a figure");
                }
                figure_book_builder::figure_fields fields;
                bool ok = true;
                for (std::size_t c = 0; c < figure_columns.size(); ++c) {
                    const std::string_view name = figure_columns[c];
                    const bool required = std::find(required_figure_columns.begin(), required_figure_columns.end(),
                                                    name) != required_figure_columns.end();
                    const auto it = f.find(std::string(name));
                    located_text& out = fields[c];
                    out = located_text{{}, source_location{file, 0, 0}, path + "/" + std::string(name)};
                    // A bare year and a number are written without quotes often enough to accept.
                    if (it != f.end() && name == "period" && it->is_number_integer()) {
                        out.text = it->dump();
                        continue;
                    }
                    if (it != f.end() && (name == "value" || name == "tolerance") && (it->is_null() || it->is_number())) {
                        out.text = it->is_null() ? std::string() : it->dump();
                        continue;
                    }
                    ok = string_member(f, path, name, required, out) && ok;
                }
                if (ok) builder.add_figure(fields);
            }
        }
    }

    if (const auto relations = doc.find("relations"); relations != doc.end()) {
        if (!relations->is_array()) {
            fail_at("/relations", "expected an array, found " + figures_detail::json_type_name(*relations));
            return;
        }
        for (std::size_t i = 0; i < relations->size(); ++i) {
            const nlohmann::json& r = (*relations)[i];
            const std::string path = "/relations/" + std::to_string(i);
            if (!r.is_object()) {
                fail_at(path, "expected an object, found " + figures_detail::json_type_name(r));
                continue;
            }
            for (const auto& [key, value] : r.items()) {
                if (std::find(relation_columns.begin(), relation_columns.end(), key) == relation_columns.end())
                    fail_at(path + "/" + key, "unknown member of a relation");
            }
            located_text id, kind, result, note;
            bool ok = string_member(r, path, "id", true, id);
            ok = string_member(r, path, "kind", true, kind) && ok;
            ok = string_member(r, path, "result", true, result) && ok;
            ok = string_member(r, path, "note", false, note) && ok;
            std::vector<located_text> operands;
            const auto ops = r.find("operands");
            if (ops == r.end()) {
                fail_at(path, "missing member \"operands\"");
                ok = false;
            } else if (!ops->is_array()) {
                fail_at(path + "/operands", "expected an array of figure ids, found " + figures_detail::json_type_name(*ops));
                ok = false;
            } else {
                for (std::size_t k = 0; k < ops->size(); ++k) {
                    const std::string op_path = path + "/operands/" + std::to_string(k);
                    if (!(*ops)[k].is_string()) {
                        fail_at(op_path, "expected a figure id, found " + figures_detail::json_type_name((*ops)[k]));
                        ok = false;
                        continue;
                    }
                    operands.push_back(located_text{(*ops)[k].get<std::string>(), source_location{file, 0, 0}, op_path});
                }
            }
            if (ok) builder.add_relation(std::move(id), std::move(kind), std::move(result), std::move(operands),
                                         std::move(note));
        }
    }
}

// Reads one JSON document: the book, or the first error with the count of all.
inline parsed<figure_book> read_figures_json(std::string_view text, std::string file = {}) {
    figure_book_builder builder;
    add_figures_json(builder, text, std::move(file));
    return builder.finish();
}

// The book as a JSON document: members in the CSV's column order, values as
// strings with their published decimals, UTF-8 text unescaped.
inline std::string write_figures_json(const figure_book& book) {
    nlohmann::ordered_json figures = nlohmann::ordered_json::array();
    for (const published_figure& f : book.figures) {
        nlohmann::ordered_json j;
        j["id"] = f.id;
        j["indicator"] = f.indicator_id;
        j["section"] = f.section;
        j["section_title"] = section_title_cell(book, f.section);
        j["name_zh"] = f.name_zh;
        j["name_en"] = f.name_en;
        j["role"] = std::string(to_string(f.role));
        j["period"] = f.period.to_string();
        j["measure"] = std::string(to_string(f.measure));
        j["comparator"] = f.comparator_text.text();
        j["value"] = f.has_value ? nlohmann::ordered_json(format_figure_value(f)) : nlohmann::ordered_json(nullptr);
        j["unit"] = f.unit.zh();
        j["quote"] = f.quote;
        const auto token_or_empty = [](const auto& v) { return v ? std::string(to_string(*v)) : std::string(); };
        j["nature"] = token_or_empty(f.kind);
        j["direction"] = token_or_empty(f.better);
        j["price_basis"] = token_or_empty(f.basis);
        j["test_mode"] = token_or_empty(f.test);
        j["tolerance"] = f.tolerance ? nlohmann::ordered_json(format_published_value(*f.tolerance))
                                     : nlohmann::ordered_json(nullptr);
        figures.push_back(std::move(j));
    }
    nlohmann::ordered_json relations = nlohmann::ordered_json::array();
    for (const figure_relation& r : book.relations) {
        nlohmann::ordered_json j;
        j["id"] = r.id;
        j["kind"] = std::string(to_string(r.kind));
        j["result"] = r.result;
        j["operands"] = r.operands;
        j["note"] = r.note;
        relations.push_back(std::move(j));
    }
    nlohmann::ordered_json doc;
    doc["figures"] = std::move(figures);
    doc["relations"] = std::move(relations);
    return doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::strict) + "\n";
}

// ---- files by extension ---------------------------------------------------------------------

enum class figure_file_format : std::uint8_t { csv, json };

// The format of a file from its extension (.csv, .json; any case).
inline std::optional<figure_file_format> figure_file_format_of(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext == ".csv") return figure_file_format::csv;
    if (ext == ".json") return figure_file_format::json;
    return std::nullopt;
}

// A spreadsheet workbook (.xlsx, .xlsm, .xls, .ods): Debian packages no C++
// reader of them, so one is refused with how to read it instead.
inline bool is_workbook(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".xlsx" || ext == ".xlsm" || ext == ".xls" || ext == ".ods";
}
inline constexpr std::string_view workbook_message =
    "a workbook, which plancheck does not read: save its sheet as CSV (xlsx2csv, Debian package xlsx2csv), or "
    "read it in Python with plantarget.load_figures";

namespace figures_detail {
inline void add_text(figure_book_builder& builder, std::string_view text, const std::string& name,
                     figure_file_format format, bool relations) {
    if (format == figure_file_format::json) add_figures_json(builder, text, name);
    else if (relations) add_relations_csv(builder, text, name);
    else add_figures_csv(builder, text, name);
}

inline void add_file(figure_book_builder& builder, const std::filesystem::path& path, bool relations,
                     std::optional<figure_file_format> format, std::uintmax_t max_size,
                     const std::string* standard_input_text = nullptr) {
    if (path == standard_input_name) {
        if (!format) {
            builder.add_error(parse_error{"standard input ('-') needs its format given (csv or json)", {},
                                          source_location{"<stdin>", 0, 0}});
            return;
        }
        if (standard_input_text != nullptr) {
            add_text(builder, *standard_input_text, "<stdin>", *format, relations);
            return;
        }
        auto text = read_standard_input(max_size);
        if (text) add_text(builder, text.value(), "<stdin>", *format, relations);
        else builder.add_error(text.error());
        return;
    }
    // A pipe named as a path (/dev/stdin) is refused as such, whatever its name.
    if (auto refused = regular_file_error(path)) {
        builder.add_error(*std::move(refused));
        return;
    }
    if (!format) format = figure_file_format_of(path);
    if (!format && is_workbook(path)) {
        builder.add_error(parse_error{std::string(workbook_message), path.string(), source_location{path.string(), 0, 0}});
        return;
    }
    if (!format) {
        builder.add_error(parse_error{"unknown file type (expected .csv or .json)", path.string(),
                                      source_location{path.string(), 0, 0}});
        return;
    }
    auto text = read_text_file(path, max_size);
    if (!text) {
        builder.add_error(text.error());
        return;
    }
    add_text(builder, text.value(), path.string(), *format, relations);
}
}  // namespace figures_detail

// How a figures or relations file is read: its format (by default from its
// extension; required for standard input, "-") and the size limit.
struct input_file_options {
    std::optional<figure_file_format> format{};
    std::uintmax_t max_size = default_max_input_size;
    // Standard input as the caller already read it (with read_standard_input,
    // say to record its digest): "-" is parsed from this, not read again.
    const std::string* standard_input_text = nullptr;
};

// Adds a figures file: a figures CSV table, or a JSON document (figures and
// relations). "-" is standard input, read once, with options.format.
inline void add_figure_file(figure_book_builder& builder, const std::filesystem::path& path,
                            const input_file_options& options = {}) {
    figures_detail::add_file(builder, path, false, options.format, options.max_size, options.standard_input_text);
}
// Adds a relations file: a relations CSV table, or a JSON document.
inline void add_relations_file(figure_book_builder& builder, const std::filesystem::path& path,
                               const input_file_options& options = {}) {
    figures_detail::add_file(builder, path, true, options.format, options.max_size, options.standard_input_text);
}

// Reads figures files and an optional relations file into one book; relations
// may name figures of any of the files.
inline parsed<figure_book> read_figure_files(const std::vector<std::filesystem::path>& figure_files,
                                             const std::filesystem::path& relations_file = {},
                                             const input_file_options& options = {}) {
    figure_book_builder builder;
    for (const auto& path : figure_files) add_figure_file(builder, path, options);
    if (!relations_file.empty()) add_relations_file(builder, relations_file, options);
    return builder.finish();
}

}  // namespace plantarget::io
