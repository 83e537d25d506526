// A report's published figures and the relations between them, read from and
// written to two CSV tables (the columns are figure_columns and
// relation_columns below). Every field is checked, and every problem is kept
// with the file, line and column where it stood, so that a whole file can be
// fixed in one pass; a file that does not parse whole gives no book at all,
// because evaluating half a report would give a confident, wrong answer.
//
// figure_book_builder is the format-neutral part: the JSON reader
// (figures_json.hpp) feeds it the same fields, so both formats accept and
// refuse exactly the same figures.
#pragma once

#include <plantarget/trim.hpp>
#include <plantarget/error.hpp>
#include <plantarget/figure_index.hpp>
#include <plantarget/figures.hpp>
#include <plantarget/io/csv.hpp>
#include <plantarget/io/encoding.hpp>
#include <plantarget/io/identifier.hpp>
#include <plantarget/io/file.hpp>
#include <plantarget/io/number.hpp>
#include <plantarget/period.hpp>
#include <plantarget/published.hpp>
#include <plantarget/units/registry.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <utility>
#include <vector>

namespace plantarget::io {

// ---- the formats ----------------------------------------------------------------

// The columns of a figures table, in the order they are written.
inline constexpr std::array<std::string_view, 18> figure_columns{
    "id", "indicator", "section", "section_title", "name_zh", "name_en", "role",
    "period", "measure", "comparator", "value", "unit", "quote",
    "nature", "direction", "price_basis", "test_mode", "tolerance"};
// The columns a figures table must have; the descriptive ones may be left out.
inline constexpr std::array<std::string_view, 8> required_figure_columns{
    "id", "indicator", "role", "period", "measure", "comparator", "value", "unit"};

inline constexpr std::array<std::string_view, 5> relation_columns{"id", "kind", "result", "operands", "note"};
inline constexpr std::array<std::string_view, 4> required_relation_columns{"id", "kind", "result", "operands"};

// Positions in figure_columns, for the field array the builder takes.
enum class figure_field : std::uint8_t {
    id, indicator, section, section_title, name_zh, name_en, role, period, measure, comparator, value, unit, quote,
    nature, direction, price_basis, test_mode, tolerance
};

// Every role, measure and relation kind, from their vocabularies.
inline constexpr auto all_figure_roles = all_values<figure_role>();
inline constexpr auto all_figure_measures = all_values<figure_measure>();
inline constexpr auto all_relation_kinds = all_values<relation_kind>();

inline std::optional<figure_role> figure_role_from(std::string_view text) noexcept {
    return from_token<figure_role>(text);
}
inline std::optional<figure_measure> figure_measure_from(std::string_view text) noexcept {
    return from_token<figure_measure>(text);
}
inline std::optional<relation_kind> relation_kind_from(std::string_view text) noexcept {
    return from_token<relation_kind>(text);
}

// How a relation's operands are joined in a CSV cell: '+' for the parts of a
// sum, '/' for numerator/denominator and current/prior levels; other kinds
// take a single figure id ('\0').
constexpr char operand_separator(relation_kind k) noexcept {
    switch (k) {
        case relation_kind::sum: return '+';
        case relation_kind::ratio:
        case relation_kind::growth_levels:
        case relation_kind::schedule:
        case relation_kind::rank: return '/';
        default: return '\0';
    }
}

// How many operands each kind takes (a sum at least two parts).
struct operand_count {
    std::size_t min;
    std::size_t max;
};
constexpr operand_count operands_of(relation_kind k) noexcept {
    switch (k) {
        case relation_kind::sum: return {2, static_cast<std::size_t>(-1)};
        case relation_kind::ratio:
        case relation_kind::growth_levels: return {2, 2};
        case relation_kind::schedule:
        case relation_kind::rank: return {1, 3};  // the stated completion or peer rank, and two more
        case relation_kind::enumeration: return {0, 0};  // the listed items are in the count's quote
        default: return {1, 1};
    }
}

// The between words (－ – 介于), for messages and --help.
inline std::string between_word_list() {
    std::string out;
    for (const auto& w : comparator_words)
        if (w.cmp == comparator::between) out += (out.empty() ? "" : " ") + std::string(w.text);
    return out;
}

// Every comparator word, space-separated, for messages and --help.
inline std::string comparator_word_list() {
    std::string out;
    for (const auto& w : comparator_words) {
        if (!out.empty()) out += ' ';
        out += std::string(w.text);
    }
    return out;
}

// ---- values as written --------------------------------------------------------------

// A double holds 15 significant decimal digits faithfully (DBL_DIG): a value
// written with more, or with more decimals, cannot be kept as published, and
// the audit would round to a precision no double has.
inline constexpr int max_value_digits = 15;

// The significant digits of a number as written: from its first nonzero
// digit to its last written one; an integer's trailing zeros do not count
// (1 and 19 zeros is 1e19, exact). Full-width digits count as digits.
inline int significant_digits(std::string_view text) noexcept {
    int counted = 0;          // digits from the first nonzero one
    int trailing_zeros = 0;   // of those, zeros at the end so far
    bool after_point = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        int digit = -1;
        if (text[i] >= '0' && text[i] <= '9') {
            digit = text[i] - '0';
        } else if (text.substr(i, 2) == "\xEF\xBC" && i + 2 < text.size() &&
                   static_cast<unsigned char>(text[i + 2]) >= 0x90 && static_cast<unsigned char>(text[i + 2]) <= 0x99) {
            digit = static_cast<unsigned char>(text[i + 2]) - 0x90;  // U+FF10..U+FF19
            i += 2;
        } else if (text[i] == '.' || text.substr(i, 3) == "\xEF\xBC\x8E") {
            after_point = true;
        }
        if (digit < 0) continue;
        if (digit == 0 && counted == 0) continue;  // leading zeros
        ++counted;
        trailing_zeros = digit == 0 && !after_point ? trailing_zeros + 1 : 0;
    }
    return counted - trailing_zeros;
}

namespace figures_detail {
// The double closest to the decimal text of `v` at `decimals` places: makes a
// value read with a scale word (1.2万 read as 12000, divided back) the same
// double as one written plainly, so that formats convert without drift.
inline double at_decimals(double v, int decimals) {
    std::array<char, 400> buf{};
    const auto out = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::fixed, decimals);
    if (out.ec != std::errc{}) return v;
    double back = v;
    const auto in = std::from_chars(buf.data(), out.ptr, back);
    return in.ec == std::errc{} ? back : v;
}
}  // namespace figures_detail

// A published value as text (published.hpp): {94.8, 1} -> "94.8".
using plantarget::format_published_value;

// Between the two ends of a range in a value cell: "6.5..7" (as in a period's 2021..2025).
inline constexpr std::string_view range_mark = "..";

// The value cell of a figure: empty when the figure has no number (居前列),
// "low..high" for a range.
inline std::string format_figure_value(const published_figure& f) {
    if (!f.has_value) return {};
    std::string text = format_published_value(f.value);
    if (f.upper) text += std::string(range_mark) + format_published_value(*f.upper);
    return text;
}

// ---- section titles ------------------------------------------------------------------

// Between the titles of a section and of its parents in a section_title
// cell: "2025年…执行情况 › 推动国家战略落实落地… › 成渝地区…纵深推进" (U+203A).
inline constexpr std::string_view section_title_mark = "›";

// The numbers of a section and of its parents, the highest first: "1.4.2" ->
// 1, 1.4, 1.4.2.
inline std::vector<std::string> section_levels(std::string_view number) {
    std::vector<std::string> out;
    if (number.empty()) return out;
    for (std::size_t dot = number.find('.'); dot != std::string_view::npos; dot = number.find('.', dot + 1))
        out.emplace_back(number.substr(0, dot));
    out.emplace_back(number);
    return out;
}

// The titles of a section_title cell, split at the mark and trimmed: the
// last is the section's own, those before it its parents' (the nearest
// last); an empty one says nothing of its level.
inline std::vector<std::string> split_section_titles(std::string_view cell) {
    std::vector<std::string> out;
    for (std::size_t b = 0;;) {
        const std::size_t e = cell.find(section_title_mark, b);
        out.emplace_back(trim_blanks(cell.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b)));
        if (e == std::string_view::npos) break;
        b = e + section_title_mark.size();
    }
    return out;
}

// The section_title cell of a figure in `section`: the titles the book gives
// for the section and its parents, from the highest one titled down to the
// section itself (empty where a level has none); empty when none has one.
inline std::string section_title_cell(const figure_book& book, std::string_view section) {
    const std::vector<std::string> levels = section_levels(section);
    std::size_t first = levels.size();
    for (std::size_t i = 0; i < levels.size() && first == levels.size(); ++i)
        if (book.title_of_section(levels[i]) != nullptr) first = i;
    std::string out;
    for (std::size_t i = first; i < levels.size(); ++i) {
        const std::string* t = book.title_of_section(levels[i]);
        if (i > first) out += " " + std::string(section_title_mark) + (t == nullptr ? "" : " ");
        if (t != nullptr) out += *t;
    }
    return out;
}

// ---- the builder -----------------------------------------------------------------------

// A piece of input text and where it stood: file, line and column for CSV; a
// JSON pointer ("/figures/3/unit") for JSON, whose reader has no positions.
struct located_text {
    std::string text;
    source_location where{};
    std::string path{};
    bool quoted = false;  // a quoted CSV field: its text starts one column after `where`
};

// Collects figures and relations from any number of inputs, checking every
// field and keeping every error in input order. Relations are checked in
// finish(), so that they may name figures added from any input.
class figure_book_builder {
public:
    using figure_fields = std::array<located_text, figure_columns.size()>;

    // An error from outside the builder (a file that would not open, a CSV
    // syntax error); it is kept in order with the others.
    void add_error(parse_error e) {
        note_input(e.where.file);
        errors_.push_back(std::move(e));
    }

    // Room for `n` more figures, for a reader that knows how many rows come:
    // a city's book grows by millions, and growing twice over costs its size again.
    void reserve_figures(std::size_t n) {
        book_.figures.reserve(book_.figures.size() + n);
        figure_ids_.reserve(book_.figures.size() + n);
        renamed_figure_.reserve(renamed_figure_.size() + n);
    }

    // One figure, its fields in figure_columns order. A figure with any bad
    // field is reported and left out.
    void add_figure(const figure_fields& fields);

    // One relation, its operands already split; checked in finish(), when
    // every figure it may name is known.
    void add_relation(located_text id, located_text kind, located_text result, std::vector<located_text> operands,
                      located_text note);

    // Every error found; in input order once finish() has run.
    [[nodiscard]] const std::vector<parse_error>& errors() const noexcept { return errors_; }

    // Checks the relations and hands over the book; or, if anything was
    // wrong, the first error, its message ending with the count of all.
    // Call once.
    parsed<figure_book> finish();

    // Builds an error located at a field: a JSON field's path leads the message.
    [[nodiscard]] static parse_error error_at(const located_text& f, std::string message, std::string text) {
        if (!f.path.empty()) message = f.path + ": " + message;
        return parse_error{std::move(message), std::move(text), f.where};
    }

private:
    struct pending_relation {
        located_text id, kind, result;
        std::vector<located_text> operands;
        located_text note;
    };

    // Inputs in the order first seen, to sort errors by.
    void note_input(const std::string& file) {
        if (std::find(inputs_.begin(), inputs_.end(), file) == inputs_.end()) inputs_.push_back(file);
    }

    void fail(const located_text& f, std::string message, std::string text) {
        errors_.push_back(error_at(f, std::move(message), std::move(text)));
    }
    // Refuses an id or a unit that holds a character of the identifier rule
    // (io/identifier.hpp), located at that character where the cell allows.
    bool refuse_characters(const located_text& f, std::string_view what) {
        const std::string_view trimmed = trim_blanks(f.text);
        const auto bad = find_refused_character(trimmed);
        if (!bad) return false;
        const std::size_t offset = static_cast<std::size_t>(trimmed.data() - f.text.data()) + bad->offset;
        located_text at = f;
        if (at.where.line != 0 && f.text.substr(0, offset).find_first_of("\"\r\n") == std::string::npos)
            at.where.column += offset + (f.quoted ? 1 : 0);
        fail(at, std::string(what) + " contains a " + describe(*bad) + ", which the identifier rule refuses",
             std::string(trimmed));
        return true;
    }
    // Where an item stood: its id's cell in CSV, its object in JSON.
    static source_location item_location(const located_text& id) {
        source_location where = id.where;
        if (!id.path.empty()) where.pointer = id.path.substr(0, id.path.rfind('/'));
        return where;
    }
    // The first figure `file` gave the id `id` as written (before renaming),
    // or null; `at` is the place of the figure whose id is `id`, if any.
    [[nodiscard]] const published_figure* first_in_file(const std::string& file, const std::string& id,
                                                        std::optional<std::size_t> at) const {
        if (!renamed_.empty())  // only books over years rename: a city's one file looks up nothing
            if (const auto r = renamed_.find({file, id}); r != renamed_.end())
                return &book_.figures[figure_ids_.find(book_.figures, r->second).value()];
        if (!at || renamed_figure_[*at]) return nullptr;
        const published_figure& f = book_.figures[*at];
        return f.where.file == file ? &f : nullptr;
    }
    // The id cell of a figure, where it stood: its line in CSV, its member's path in JSON.
    static located_text id_cell_of(const published_figure& f) {
        located_text cell{f.id, f.where, {}};
        if (!f.where.pointer.empty()) cell.path = f.where.pointer + "/id";
        cell.where.pointer.clear();
        return cell;
    }
    // Where an earlier item stood, for "duplicate id" messages.
    static std::string place_of(const located_text& f, const located_text& here) {
        if (f.where.line != 0) {
            std::string s = "line " + std::to_string(f.where.line);
            if (f.where.file != here.where.file && !f.where.file.empty()) s = f.where.file + " " + s;
            return s;
        }
        if (!f.path.empty()) return f.path + (f.where.file != here.where.file ? " in " + f.where.file : "");
        return f.where.file;
    }

    // A file's name as the suffix of a renamed id: without the characters
    // that join relation operands.
    static std::string book_name_of(const std::string& file) {
        std::string name = std::filesystem::path(file).filename().string();
        if (name.empty()) name = "input";
        for (char& c : name)
            if (c == '+' || c == '/') c = '_';
        return name;
    }

    figure_book book_;
    // Ids are unique within a file; an id a second file repeats names a
    // figure of another book and is renamed (renamed_), and that file's
    // relations name it by its own id.
    // Each figure's id, renamed or not, to its place in book_.figures: a
    // number, not the id's cell, since a city's book has millions of ids.
    figure_positions figure_ids_;
    std::vector<bool> renamed_figure_;  // of each figure, whether its id was renamed
    std::map<std::pair<std::string, std::string>, std::string> renamed_;
    // The title each file gives a section number, and where it first did:
    // one title per number in a file (another book may number alike).
    // By file, then number: a row's look-up builds no key.
    std::map<std::string, std::map<std::string, located_text, std::less<>>, std::less<>> section_titles_;
    // The titles a file gives, or null.
    [[nodiscard]] const located_text* section_title_in(std::string_view file, std::string_view number) const {
        const auto in = section_titles_.find(file);
        if (in == section_titles_.end()) return nullptr;
        const auto it = in->second.find(number);
        return it == in->second.end() ? nullptr : &it->second;
    }
    std::vector<pending_relation> relations_;
    std::vector<parse_error> errors_;
    std::vector<std::string> inputs_;
    bool finished_ = false;
};

inline void figure_book_builder::add_figure(const figure_fields& fields) {
    note_input(fields[0].where.file);
    const std::size_t errors_before = errors_.size();
    const auto field = [&](figure_field f) -> const located_text& { return fields[static_cast<std::size_t>(f)]; };
    const auto trimmed = [&](figure_field f) { return std::string(trim_blanks(field(f).text)); };

    published_figure fig;
    fig.where = item_location(field(figure_field::id));
    fig.id = trimmed(figure_field::id);
    // The figure that has this id already, looked up once for the two uses below.
    const std::optional<std::size_t> same_id = figure_ids_.find(book_.figures, fig.id);
    if (refuse_characters(field(figure_field::id), "figure id")) {
    } else if (fig.id.empty()) {
        fail(field(figure_field::id), "empty figure id", {});
    } else if (fig.id.find_first_of("+/") != std::string::npos) {
        fail(field(figure_field::id), "a figure id may not contain '+' or '/': they join relation operands", fig.id);
    } else if (const published_figure* first = first_in_file(fig.where.file, fig.id, same_id); first != nullptr) {
        fail(field(figure_field::id),
             "duplicate figure id (first at " + place_of(id_cell_of(*first), field(figure_field::id)) + ")", fig.id);
    }
    fig.indicator_id = trimmed(figure_field::indicator);
    if (fig.indicator_id.empty()) fail(field(figure_field::indicator), "empty indicator id", {});
    else refuse_characters(field(figure_field::indicator), "indicator id");
    fig.section = trimmed(figure_field::section);
    // The titles of the section and of its parents, the section's own last;
    // recorded with the figure, once every field of it is good.
    std::vector<std::pair<std::string, std::string>> titles;  // number, title
    if (const std::string cell = trimmed(figure_field::section_title); !cell.empty()) {
        const std::vector<std::string> given = split_section_titles(cell);
        const std::vector<std::string> levels = section_levels(fig.section);
        if (fig.section.empty()) {
            fail(field(figure_field::section_title), "a section title, but no section", cell);
        } else if (given.size() > levels.size()) {
            fail(field(figure_field::section_title),
                 std::to_string(given.size()) + " titles for section " + fig.section + ", which has " +
                     std::to_string(levels.size()) + " level" + (levels.size() == 1 ? "" : "s") +
                     " (the section's title last, its parents' before it, joined by " +
                     std::string(section_title_mark) + ")",
                 cell);
        } else {
            for (std::size_t i = 0; i < given.size(); ++i) {
                if (given[i].empty()) continue;
                const std::string& number = levels[levels.size() - given.size() + i];
                const located_text* earlier = section_title_in(field(figure_field::section_title).where.file.view(), number);
                if (earlier != nullptr && earlier->text != given[i]) {
                    fail(field(figure_field::section_title),
                         "section " + number + " is titled '" + earlier->text + "' at " +
                             place_of(*earlier, field(figure_field::section_title)) + ", here otherwise",
                         given[i]);
                    break;
                }
                titles.emplace_back(number, given[i]);
            }
        }
    }
    fig.name_zh = field(figure_field::name_zh).text;
    fig.name_en = field(figure_field::name_en).text;
    fig.quote = field(figure_field::quote).text;

    const std::string role_text = trimmed(figure_field::role);
    if (const auto r = figure_role_from(role_text)) fig.role = *r;
    else fail(field(figure_field::role), "unknown role (expected " + token_list<figure_role, std::string>() + ")", role_text);

    const std::string period_text = trimmed(figure_field::period);
    if (auto p = period::parse(period_text)) fig.period = p.value();
    else fail(field(figure_field::period), "unparseable period: " + p.error().message, period_text);

    const std::string measure_text = trimmed(figure_field::measure);
    if (const auto m = figure_measure_from(measure_text)) fig.measure = *m;
    else
        fail(field(figure_field::measure), "unknown measure (expected " + token_list<figure_measure, std::string>() + ")",
             measure_text);

    fig.comparator_text = trimmed(figure_field::comparator);
    if (!fig.comparator_text.known())
        fail(field(figure_field::comparator), "unknown comparator (accepted: " + comparator_word_list() + ")",
             fig.comparator_text.text());

    // The value first as a number on its own (or the two ends of a range,
    // "6.5..7"); its percent sign and scale word are then reconciled with the unit.
    const std::string value_text = trimmed(figure_field::value);
    const auto read_number = [&](const std::string& text) -> std::optional<parsed_number> {
        auto n = parse_number(text);
        if (!n) {
            const bool range_like = text.find(range_mark) != std::string::npos;
            fail(field(figure_field::value),
                 "malformed number: " + n.error().message +
                     (range_like ? " (a range low..high takes a between comparator: " + between_word_list() + ")" : ""),
                 text);
            return std::nullopt;
        }
        if (const int digits = significant_digits(text); digits > max_value_digits) {
            fail(field(figure_field::value),
                 std::to_string(digits) + " significant digits, more than a double holds (" +
                     std::to_string(max_value_digits) + "): round the value",
                 text);
            return std::nullopt;
        }
        if (n->decimals > max_value_digits) {
            fail(field(figure_field::value),
                 std::to_string(n->decimals) + " decimals, more than a double holds (" +
                     std::to_string(max_value_digits) + "): round the value",
                 text);
            return std::nullopt;
        }
        return std::move(n.value());
    };
    std::optional<parsed_number> number;
    std::optional<parsed_number> upper_number;
    // A range only with a between word: with another, "12..5" is a malformed number.
    const bool between = fig.comparator_text.word() != nullptr && fig.comparator_text.cmp() == comparator::between;
    const std::size_t range_at = between ? value_text.find(range_mark) : std::string::npos;
    if (value_text.empty()) {
        if (fig.comparator_text.word() != nullptr && fig.comparator_text.cmp() == comparator::among_top) fig.has_value = false;
        else fail(field(figure_field::value), "empty value (only 居前列 may leave the value empty)", {});
    } else if (range_at == std::string::npos) {
        number = read_number(value_text);
    } else {
        number = read_number(value_text.substr(0, range_at));
        upper_number = read_number(value_text.substr(range_at + range_mark.size()));
        if (number && upper_number &&
            (number->scale_exponent != upper_number->scale_exponent || number->percent != upper_number->percent)) {
            fail(field(figure_field::value), "the two ends of a range are written in one scale and unit", value_text);
            number.reset();
        }
        if (!upper_number) number.reset();
    }

    const std::string unit_text = trimmed(figure_field::unit);
    std::optional<units::unit_descriptor> unit;
    if (refuse_characters(field(figure_field::unit), "unit")) {
    } else if (unit_text.empty() && number && number->percent) {
        unit = units::unit_of("%");  // "94.8%" says its unit itself
    } else if (auto u = units::parse_unit(unit_text)) {
        unit = u.value();
    } else {
        fail(field(figure_field::unit), u.error().message, unit_text);
    }

    if (number && unit) {
        double value = number->value;
        if (number->percent && unit->kind() != units::unit_kind::percent) {
            fail(field(figure_field::value), "a percent sign in the value, but the unit is " + unit->zh(), value_text);
        } else if (number->scale_exponent != 0) {
            // "1.2万" with unit 人 is 1.2 万人, at one decimal of 万: the scale
            // moves to the unit so that the decimals keep their meaning.
            const int combined = unit->scale_exponent() + number->scale_exponent;
            const units::unit_kind k = unit->kind();
            const bool scalable = k != units::unit_kind::percent && k != units::unit_kind::percentage_points &&
                                  k != units::unit_kind::rank && k != units::unit_kind::per_thousand_persons;
            if (!scalable) {
                fail(field(figure_field::value), "a scale word (万, 亿) in the value of a unit that takes none (" +
                                                     unit->zh() + ")", value_text);
            } else if (combined != 3 && combined != 4 && combined != 7 && combined != 8) {
                fail(field(figure_field::value),
                     "the scale word and the unit's scale make 10^" + std::to_string(combined) +
                         ", which has no unit name: write the value in the unit's scale",
                     value_text);
            } else {
                value = figures_detail::at_decimals(value / std::pow(10.0, number->scale_exponent), number->decimals);
                if (upper_number)
                    upper_number->value = figures_detail::at_decimals(upper_number->value / std::pow(10.0, number->scale_exponent),
                                                                      upper_number->decimals);
                unit = units::unit_descriptor(&unit->base(), combined);
            }
        }
        fig.value = published_value{value, number->decimals};
        if (upper_number) fig.upper = published_value{upper_number->value, upper_number->decimals};
    }
    if (unit) fig.unit = *unit;

    // What the file states of the indicator and the target, as tokens of
    // their vocabularies; an empty cell leaves it to the rule (indicator_traits.hpp).
    const auto token = [&]<class E>(figure_field f, std::string_view what, std::optional<E>& out) {
        const std::string text = trimmed(f);
        if (text.empty()) return;
        if (const auto v = from_token<E>(text)) out = *v;
        else fail(field(f), "unknown " + std::string(what) + " (expected " + token_list<E, std::string>() + ")", text);
    };
    token(figure_field::nature, "nature", fig.kind);
    token(figure_field::direction, "direction", fig.better);
    token(figure_field::price_basis, "price basis", fig.basis);
    token(figure_field::test_mode, "test mode", fig.test);

    // A tolerance is a number of 0 or more in the figure's unit, kept with its decimals.
    const std::string tolerance_text = trimmed(figure_field::tolerance);
    if (!tolerance_text.empty()) {
        const located_text& at = field(figure_field::tolerance);
        if (auto n = parse_number(tolerance_text); !n) {
            fail(at, "malformed tolerance: " + n.error().message, tolerance_text);
        } else if (n->scale_exponent != 0) {
            fail(at, "a scale word (万, 亿) in a tolerance: write it in the figure's unit", tolerance_text);
        } else if (n->percent && unit && unit->kind() != units::unit_kind::percent) {
            fail(at, "a percent sign in the tolerance, but the unit is " + unit->zh(), tolerance_text);
        } else if (n->value < 0.0 || std::signbit(n->value)) {
            fail(at, "negative tolerance: the half-width of a band is 0 or more", tolerance_text);
        } else if (n->decimals > max_value_digits) {
            fail(at, std::to_string(n->decimals) + " decimals, more than a double holds (" +
                         std::to_string(max_value_digits) + "): round the tolerance",
                 tolerance_text);
        } else {
            fig.tolerance = published_value{n->value, n->decimals};
        }
    }

    if (errors_.size() != errors_before) return;
    for (auto& [number, title] : titles) {
        located_text at = field(figure_field::section_title);
        at.text = title;
        if (section_titles_[at.where.file].emplace(number, at).second && book_.title_of_section(number) == nullptr)
            book_.sections.push_back({number, std::move(title), at.where});
    }
    const bool renamed_id = same_id.has_value();
    if (renamed_id) {
        // The same id in another file: another book (a report of another
        // year restating or revising it), so another figure; renamed id@file.
        std::string renamed = fig.id + "@" + book_name_of(fig.where.file);
        for (int n = 2; figure_ids_.contains(book_.figures, renamed); ++n) renamed = fig.id + "@" + book_name_of(fig.where.file) + "." + std::to_string(n);
        renamed_.emplace(std::pair{fig.where.file, fig.id}, renamed);
        fig.id = renamed;
    }
    renamed_figure_.push_back(renamed_id);
    book_.figures.push_back(std::move(fig));
    figure_ids_.add(book_.figures, book_.figures.size() - 1);
}

inline void figure_book_builder::add_relation(located_text id, located_text kind, located_text result,
                                              std::vector<located_text> operands, located_text note) {
    note_input(id.where.file);
    relations_.push_back(
        pending_relation{std::move(id), std::move(kind), std::move(result), std::move(operands), std::move(note)});
}

inline parsed<figure_book> figure_book_builder::finish() {
    if (finished_) return parse_error{"figure_book_builder::finish called twice", {}};
    finished_ = true;
    std::map<std::string, const located_text*, std::less<>> relation_ids;
    for (const pending_relation& r : relations_) {
        const std::size_t before = errors_.size();
        figure_relation rel;
        rel.where = item_location(r.id);
        rel.id = std::string(trim_blanks(r.id.text));
        if (refuse_characters(r.id, "relation id")) {
        } else if (rel.id.empty()) {
            fail(r.id, "empty relation id", {});
        } else if (const auto it = relation_ids.find(rel.id); it != relation_ids.end()) {
            fail(r.id, "duplicate relation id (first at " + place_of(*it->second, r.id) + ")", rel.id);
        } else {
            relation_ids.emplace(rel.id, &r.id);
        }
        const std::string kind_text(trim_blanks(r.kind.text));
        const auto kind = relation_kind_from(kind_text);
        if (kind) rel.kind = *kind;
        else fail(r.kind, "unknown relation kind (expected " + token_list<relation_kind, std::string>() + ")", kind_text);

        const auto known_figure = [&](const located_text& f) {
            std::string id(trim_blanks(f.text));
            if (refuse_characters(f, "figure id in a relation")) {
            } else if (id.empty()) fail(f, "empty figure id in a relation", {});
            else if (const auto own = renamed_.find({f.where.file, id}); own != renamed_.end()) return own->second;
            else if (!figure_ids_.contains(book_.figures, id)) fail(f, "relation names an unknown figure id", id);
            return id;
        };
        rel.result = known_figure(r.result);
        if (kind) {
            const operand_count n = operands_of(*kind);
            if (r.operands.size() < n.min || r.operands.size() > n.max) {
                const located_text& at = r.operands.empty() ? r.result : r.operands.front();
                const std::string want = n.min == n.max ? std::to_string(n.min)
                                         : n.max == static_cast<std::size_t>(-1)
                                             ? "at least " + std::to_string(n.min)
                                             : std::to_string(n.min) + " to " + std::to_string(n.max);
                fail(at, "a " + std::string(to_string(*kind)) + " relation takes " + want + " operand" +
                             (n.max == 1 ? "" : "s") + ", found " + std::to_string(r.operands.size()),
                     {});
            }
        }
        for (const located_text& op : r.operands) rel.operands.push_back(known_figure(op));
        rel.note = r.note.text;
        if (errors_.size() == before) book_.relations.push_back(std::move(rel));
    }
    if (errors_.empty()) return std::move(book_);

    // Errors in input order: by input, then line and column. Errors without
    // a line (JSON paths) keep the order they were found in, which is the
    // order of the document.
    const auto input_of = [&](const parse_error& e) {
        const auto it = std::find(inputs_.begin(), inputs_.end(), e.where.file);
        return static_cast<std::size_t>(it - inputs_.begin());
    };
    std::stable_sort(errors_.begin(), errors_.end(), [&](const parse_error& a, const parse_error& b) {
        const std::size_t ia = input_of(a), ib = input_of(b);
        if (ia != ib) return ia < ib;
        if (a.where.line != b.where.line) return a.where.line < b.where.line;
        return a.where.column < b.where.column;
    });
    return first_of(errors_);
}

// ---- CSV --------------------------------------------------------------------------------

namespace figures_detail {

// Byte offsets where each line starts (CRLF, LF and lone CR end a line, as
// the CSV reader counts them): to place an operand inside its cell.
inline std::vector<std::size_t> line_starts(std::string_view text) {
    std::vector<std::size_t> starts{0};
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')))
            starts.push_back(i + 1);
    }
    return starts;
}

// The 1-based column of byte `offset` within a cell's text. Exact for cells
// on one line without doubled quotes; the cell's own column otherwise.
inline std::size_t column_in_cell(std::string_view text, const std::vector<std::size_t>& starts, const csv_field& cell,
                                  std::size_t offset) {
    if (cell.text.find_first_of("\"\n") != std::string::npos || cell.line == 0 || cell.line > starts.size())
        return cell.column;
    const std::size_t at = starts[cell.line - 1] + cell.column - 1;
    const bool quoted = at < text.size() && text[at] == '"';
    return cell.column + (quoted ? 1 : 0) + offset;
}

inline located_text located(const csv_table& table, const csv_field& f) {
    return located_text{f.text, source_location{table.filename, f.line, f.column}, {}};
}
// The same, noting whether the field was quoted in `body` (line starts `starts`).
inline located_text located(const csv_table& table, const csv_field& f, std::string_view body,
                            const std::vector<std::size_t>& starts) {
    located_text out = located(table, f);
    if (f.line != 0 && f.line <= starts.size()) {
        const std::size_t at = starts[f.line - 1] + f.column - 1;
        out.quoted = at < body.size() && body[at] == '"';
    }
    return out;
}

// The text of the table's UTF-8 body, as the CSV reader sees it (no BOM).
inline std::string_view csv_body(std::string_view text) { return strip_utf8_bom(text); }

}  // namespace figures_detail

// Adds the figures of one CSV table to the builder.
inline void add_figures_csv(figure_book_builder& builder, std::string_view text, std::string file) {
    if (std::string other = other_unicode_encoding_message(text); !other.empty()) {
        builder.add_error(parse_error{std::move(other), {}, source_location{file, 1, 1}});
        return;
    }
    const std::vector<std::string_view> required(required_figure_columns.begin(), required_figure_columns.end());
    // A row at a time, as views of the text: a city's table has millions of
    // rows, and a string per field held for all of them cost more than the figures.
    auto table = csv_table_stream::open(text, required, std::move(file));
    if (!table) {
        builder.add_error(table.error());
        return;
    }
    csv_table_stream& t = table.value();
    builder.reserve_figures(t.rows());
    std::array<std::optional<std::size_t>, figure_columns.size()> index{};
    for (std::size_t c = 0; c < figure_columns.size(); ++c) index[c] = t.column_index(figure_columns[c]);
    // One set of fields, refilled for each row: their strings keep their capacity.
    figure_book_builder::figure_fields fields;
    for (located_text& f : fields) f.where.file = t.filename();
    std::vector<csv_field_view> row;
    std::size_t line = 0;
    while (t.next(row, line)) {
        for (std::size_t c = 0; c < figure_columns.size(); ++c) {
            located_text& f = fields[c];
            if (index[c]) {
                const csv_field_view& cell = row[*index[c]];
                f.text.assign(cell.text);
                f.where.line = cell.line;
                f.where.column = cell.column;
                f.quoted = cell.quoted;
            } else {  // an optional column the file leaves out
                f.text.clear();
                f.where.line = line;
                f.where.column = 1;
                f.quoted = false;
            }
        }
        builder.add_figure(fields);
    }
}

// Adds the relations of one CSV table to the builder. Empty text (or only a
// byte-order mark) means no relations.
inline void add_relations_csv(figure_book_builder& builder, std::string_view text, std::string file) {
    if (figures_detail::csv_body(text).empty()) return;
    if (std::string other = other_unicode_encoding_message(text); !other.empty()) {
        builder.add_error(parse_error{std::move(other), {}, source_location{file, 1, 1}});
        return;
    }
    const std::vector<std::string_view> required(required_relation_columns.begin(), required_relation_columns.end());
    auto table = read_table(text, required, std::move(file));
    if (!table) {
        builder.add_error(table.error());
        return;
    }
    const csv_table& t = table.value();
    const std::string_view body = figures_detail::csv_body(text);
    const std::vector<std::size_t> starts = figures_detail::line_starts(body);
    const auto note_index = t.column_index("note");
    for (const csv_row& row : t.rows) {
        const csv_field& id = t.field(row, "id");
        const csv_field& kind = t.field(row, "kind");
        const csv_field& result = t.field(row, "result");
        const csv_field& cell = t.field(row, "operands");
        located_text note = note_index ? figures_detail::located(t, row.fields[*note_index])
                                       : located_text{{}, source_location{t.filename, row.line, 1}, {}};

        // Split at '+' and '/'; the separators must be the kind's own.
        const auto parsed_kind = relation_kind_from(trim_blanks(kind.text));
        std::vector<located_text> operands;
        bool separators_ok = true;
        std::size_t start = 0;
        for (std::size_t i = 0; i <= cell.text.size(); ++i) {
            if (i < cell.text.size() && cell.text[i] != '+' && cell.text[i] != '/') continue;
            if (i < cell.text.size() && parsed_kind && cell.text[i] != operand_separator(*parsed_kind) &&
                separators_ok) {
                separators_ok = false;
                const char sep = operand_separator(*parsed_kind);
                std::string why = sep == '\0' ? "a " + std::string(to_string(*parsed_kind)) +
                                                    (operands_of(*parsed_kind).max == 0
                                                         ? " relation takes no figure id"
                                                         : " relation takes a single figure id")
                                              : "operands of a " + std::string(to_string(*parsed_kind)) +
                                                    " relation are joined with '" + std::string(1, sep) + "'";
                builder.add_error(parse_error{
                    std::move(why), cell.text,
                    source_location{t.filename, cell.line, figures_detail::column_in_cell(body, starts, cell, i)}});
            }
            // The operand's column is that of its first non-space byte.
            std::size_t first = start;
            while (first < i && (cell.text[first] == ' ' || cell.text[first] == '\t')) ++first;
            operands.push_back(located_text{cell.text.substr(start, i - start),
                                            source_location{t.filename, cell.line,
                                                            figures_detail::column_in_cell(body, starts, cell, first)},
                                            {}});
            start = i + 1;
        }
        if (!separators_ok) continue;  // the operand count would only repeat the complaint
        if (operands.size() == 1 && trim_blanks(operands.front().text).empty()) operands.clear();
        builder.add_relation(figures_detail::located(t, id, body, starts), figures_detail::located(t, kind),
                             figures_detail::located(t, result, body, starts),
                             std::move(operands), std::move(note));
    }
}

// Reads a figures table and its relations table (which may be empty text:
// no relations). The book, or the first error located as file:line:column
// with the count of all errors; nothing from a file that did not parse whole.
inline parsed<figure_book> read_figures_csv(std::string_view figures_text, std::string_view relations_text = {},
                                            std::string figures_file = {}, std::string relations_file = {}) {
    figure_book_builder builder;
    add_figures_csv(builder, figures_text, std::move(figures_file));
    add_relations_csv(builder, relations_text, std::move(relations_file));
    return builder.finish();
}

// ---- files ------------------------------------------------------------------------------

// Reads a figures CSV file and, when a path is given, a relations CSV file.
// Each file is read by read_text_file, with its size limit.
inline parsed<figure_book> read_figures_csv_files(const std::filesystem::path& figures_path,
                                                  const std::filesystem::path& relations_path = {},
                                                  std::uintmax_t max_size = default_max_input_size) {
    figure_book_builder builder;
    if (auto text = read_text_file(figures_path, max_size)) add_figures_csv(builder, text.value(), figures_path.string());
    else builder.add_error(text.error());
    if (!relations_path.empty()) {
        if (auto text = read_text_file(relations_path, max_size)) add_relations_csv(builder, text.value(), relations_path.string());
        else builder.add_error(text.error());
    }
    return builder.finish();
}

// ---- writing ----------------------------------------------------------------------------

// The figures as a CSV table with every column of figure_columns. Free-text
// cells are spreadsheet_safe: a name starting with = is written '= (and reads
// back with the quote).
inline std::string write_figures_csv(const figure_book& book) {
    std::string out = write_csv_row<std::array<std::string_view, figure_columns.size()>>(figure_columns);
    for (const published_figure& f : book.figures) {
        const std::array<std::string, figure_columns.size()> row{
            spreadsheet_safe(f.id),
            spreadsheet_safe(f.indicator_id),
            spreadsheet_safe(f.section),
            spreadsheet_safe(section_title_cell(book, f.section)),
            spreadsheet_safe(f.name_zh),
            spreadsheet_safe(f.name_en),
            std::string(to_string(f.role)),
            f.period.to_string(),
            std::string(to_string(f.measure)),
            f.comparator_text.text(),
            format_figure_value(f),
            f.unit.zh(),
            spreadsheet_safe(f.quote),
            f.kind ? std::string(to_string(*f.kind)) : std::string(),
            f.better ? std::string(to_string(*f.better)) : std::string(),
            f.basis ? std::string(to_string(*f.basis)) : std::string(),
            f.test ? std::string(to_string(*f.test)) : std::string(),
            f.tolerance ? format_published_value(*f.tolerance) : std::string()};
        out += write_csv_row(row);
    }
    return out;
}

// A relation's operands as one CSV cell, joined by the kind's separator. A
// kind of one operand has no separator; the reader refuses both '+' and '/'
// there, so '+' stands for it: a relation with more operands than its kind
// takes reads back as that error, not as one id holding a control character.
// Each operand is spreadsheet_safe, as write_figures_csv writes figure ids.
inline std::string join_operands(const figure_relation& r) {
    const char sep = operand_separator(r.kind);
    std::string out;
    for (std::size_t i = 0; i < r.operands.size(); ++i) {
        if (i > 0) out += sep == '\0' ? '+' : sep;
        out += spreadsheet_safe(r.operands[i]);
    }
    return out;
}

// One relation as a row of relation_columns, for both write_relations_csv
// overloads. Every text cell is spreadsheet_safe; the result and operands are
// figure ids, so they read back as the ids write_figures_csv wrote.
inline std::array<std::string, relation_columns.size()> relation_row(const figure_relation& r) {
    return {spreadsheet_safe(r.id), std::string(to_string(r.kind)), spreadsheet_safe(r.result), join_operands(r),
            spreadsheet_safe(r.note)};
}

// The relations as a CSV table with every column of relation_columns.
inline std::string write_relations_csv(const figure_book& book) {
    std::string out = write_csv_row<std::array<std::string_view, relation_columns.size()>>(relation_columns);
    for (const figure_relation& r : book.relations) out += write_csv_row(relation_row(r));
    return out;
}

}  // namespace plantarget::io
