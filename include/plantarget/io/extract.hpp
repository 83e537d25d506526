// Figures from a report's text: the plain UTF-8 text of a Chinese plan report
// (a plan-execution report, a Government Work Report) in, a figure book out,
// built by the same figure_book_builder as the CSV and JSON readers, so that
// plan building, evaluation, the audit and the renderers take it unchanged.
//
// The rules are the plan language of lexicon.hpp (comparator, measure, part,
// target and trim words), units/scale.hpp (scale words) and the unit registry;
// nothing here names an indicator of any one report. Every figure keeps its
// quote (a verbatim substring) and the byte offset of its value; where a field
// was inferred rather than written (the period or role from the part, a name
// inherited from the figure before, a unit from the counted noun) the figure's
// source says so, for a reviewer to check.
#pragma once

#include <plantarget/error.hpp>
#include <plantarget/figures.hpp>
#include <plantarget/io/encoding.hpp>
#include <plantarget/io/figures_csv.hpp>
#include <plantarget/io/file.hpp>
#include <plantarget/io/number.hpp>
#include <plantarget/lexicon.hpp>
#include <plantarget/units/registry.hpp>
#include <plantarget/units/scale.hpp>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <span>
#include <cctype>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plantarget::io {

// Where an extracted figure stood and what a reviewer should check.
struct figure_source {
    std::size_t offset = 0;  // byte offset of the value (or of the word implying it) in the text
    std::size_t line = 0;    // 1-based line of the text
    std::string review;      // what was inferred, "; "-separated; empty when everything was written
};

// A figure book read from text, with the source of each figure (same order as
// book.figures) and notes on numbers left out that a reviewer may want back
// (a number followed by a unit the registry does not know).
struct extraction {
    figure_book book;
    std::vector<figure_source> sources;
    std::vector<std::string> notes;
};

namespace extract_detail {

constexpr bool is_continuation(char c) noexcept { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Start of the character before `pos`.
constexpr std::size_t previous_char(std::string_view s, std::size_t pos) noexcept {
    if (pos == 0) return 0;
    --pos;
    while (pos > 0 && is_continuation(s[pos])) --pos;
    return pos;
}

constexpr bool starts_at(std::string_view s, std::size_t pos, std::string_view w) noexcept {
    return pos <= s.size() && s.substr(pos).starts_with(w);
}
constexpr bool ends_at(std::string_view s, std::size_t pos, std::string_view w) noexcept {
    return pos >= w.size() && pos <= s.size() && s.substr(pos - w.size(), w.size()) == w;
}

constexpr bool is_ascii_alpha(char c) noexcept { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Full-width Latin letters count as letters next to a number (５Ｇ).
inline bool letter_at(std::string_view s, std::size_t pos) {
    if (pos >= s.size()) return false;
    if (is_ascii_alpha(s[pos])) return true;
    const utf8_char c = decode_utf8(s, pos);
    return (c.code_point >= 0xFF21 && c.code_point <= 0xFF3A) || (c.code_point >= 0xFF41 && c.code_point <= 0xFF5A);
}

// Clause ends: a figure's name and cues never reach across them.
inline constexpr std::array<std::string_view, 9> clause_marks{"，", "。", "；", "：", "！", "？", ",", ";", ":"};
inline constexpr std::array<std::string_view, 5> sentence_marks{"。", "；", "！", "？", ";"};
inline constexpr std::array<std::string_view, 4> full_stops{"。", "！", "？", "!"};
inline constexpr std::string_view list_mark = "、";
// Brackets that hold names (“十项行动”, 《...》): numbers inside are not figures.
inline constexpr std::array<std::pair<std::string_view, std::string_view>, 3> name_brackets{
    {{"“", "”"}, {"《", "》"}, {"「", "」"}}};

// The start of the clause (after the last clause mark) that `pos` is in.
template <std::size_t N>
std::size_t start_after_last(std::string_view s, std::size_t from, std::size_t pos, const std::array<std::string_view, N>& marks,
                             bool list_too = false) {
    std::size_t best = from;
    for (std::size_t i = pos; i > from;) {
        i = previous_char(s, i);
        for (std::string_view m : marks)
            if (starts_at(s, i, m)) return i + m.size();
        if (list_too && starts_at(s, i, list_mark)) return i + list_mark.size();
    }
    return best;
}

// Chinese numerals as counts (五大 -> 5, 七连冠 -> 7), up to 99: the
// lexicon's chinese_digits.
inline int chinese_digit_at(std::string_view s, std::size_t pos) {
    for (const auto& [t, v] : chinese_digits)
        if (starts_at(s, pos, t)) return v;
    return -1;
}

// Reads a Chinese numeral at pos (一 .. 九十九); its value and byte length.
inline std::pair<int, std::size_t> chinese_number_at(std::string_view s, std::size_t pos) {
    int value = 0;
    int pending = 0;
    std::size_t p = pos;
    bool any = false;
    while (p < s.size()) {
        const int d = chinese_digit_at(s, p);
        if (d < 0) break;
        any = true;
        if (d == 10) {
            value += (pending == 0 ? 1 : pending) * 10;
            pending = 0;
        } else {
            if (pending != 0) return {-1, 0};  // 二三: not a number
            pending = d;
        }
        p += 3;
    }
    if (!any) return {-1, 0};
    return {value + pending, p - pos};
}

// An Arabic number at pos: digits (ASCII or full-width), an optional point and
// decimals; written out in ASCII.
struct number_token {
    std::string ascii;
    std::size_t length = 0;
    int decimals = 0;
};
inline std::optional<number_token> number_at(std::string_view s, std::size_t pos) {
    number_token t;
    std::size_t p = pos;
    int digit = 0;
    while (const std::size_t n = detail::digit_at(s, p, digit)) {
        t.ascii += static_cast<char>('0' + digit);
        p += n;
    }
    if (t.ascii.empty()) return std::nullopt;
    if (const std::size_t pt = detail::point_at(s, p); pt != 0 && detail::digit_at(s, p + pt, digit) != 0) {
        t.ascii += '.';
        p += pt;
        while (const std::size_t n = detail::digit_at(s, p, digit)) {
            t.ascii += static_cast<char>('0' + digit);
            p += n;
            ++t.decimals;
        }
    }
    t.length = p - pos;
    return t;
}

inline bool digit_or_point_at(std::string_view s, std::size_t pos) {
    int d = 0;
    return detail::digit_at(s, pos, d) != 0 || (pos < s.size() && (s[pos] == '.' || s[pos] == '+' || s[pos] == '-')) ||
           starts_at(s, pos, "＋") || starts_at(s, pos, "．");
}

// The longest comparator word of the lexicon ending at `pos`, not before `from`.
inline const comparator_word* comparator_ending_at(std::string_view s, std::size_t from, std::size_t pos) {
    const comparator_word* best = nullptr;
    for (const auto& w : comparator_words) {
        if (w.text.size() > pos - from || !ends_at(s, pos, w.text)) continue;
        if (static_cast<unsigned char>(w.text[0]) < 0x80) continue;  // ≥, >=: symbols of data files
        if (w.cmp == comparator::between) continue;                    // a range is read as one (range_end_at)
        if (best == nullptr || w.text.size() > best->text.size()) best = &w;
    }
    return best;
}

// A bounding word right after a figure's unit (以上, 以内, 左右, 余): one that
// bounds the value (not 达, not a milestone word starting the next phrase).
inline const comparator_word* bound_starting_at(std::string_view s, std::size_t pos, std::size_t end) {
    const comparator_word* best = nullptr;
    for (const auto& w : comparator_words) {
        if (static_cast<unsigned char>(w.text[0]) < 0x80 || w.bound == value_bound::exact || w.cmp == comparator::between) continue;
        if (pos + w.text.size() > end || !starts_at(s, pos, w.text)) continue;
        if (best == nullptr || w.text.size() > best->text.size()) best = &w;
    }
    return best;
}

// The longest unit label (scale word included) the registry parses at pos,
// trying up to 8 characters; with a denominator (每立方米 before the number)
// the label over it ("微克" + "/立方米").
struct unit_match {
    std::string label;
    std::size_t length = 0;
};
inline std::optional<unit_match> unit_at(std::string_view s, std::size_t pos, std::size_t end, std::string_view over = {}) {
    std::vector<std::size_t> ends;
    for (std::size_t p = pos, n = 0; p < end && n < 8; ++n) {
        const utf8_char c = decode_utf8(s, p);
        if (c.length == 0) break;
        p += c.length;
        ends.push_back(p);
    }
    for (auto it = ends.rbegin(); it != ends.rend(); ++it) {
        std::string label(s.substr(pos, *it - pos));
        if (!over.empty()) {
            label += '/';  // appended piece by piece: no "/" + string temporary (g++ 12 -Wrestrict)
            label += over;
        }
        if (units::parse_unit(label)) return unit_match{label, *it - pos};
    }
    return std::nullopt;
}

inline bool in_any(std::string_view text, std::span<const std::string_view> words) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return text.find(w) != std::string_view::npos; });
}

// Trims name_trim_words, blanks and dangling marks from both ends of a name.
inline std::string_view trim_name(std::string_view n) {
    bool changed = true;
    while (changed && !n.empty()) {
        changed = false;
        for (std::string_view w : name_trim_words) {
            if (n.starts_with(w)) { n.remove_prefix(w.size()); changed = true; }
            if (n.ends_with(w)) { n.remove_suffix(w.size()); changed = true; }
        }
        for (std::string_view w : {std::string_view(" "), std::string_view("　"), std::string_view("等")}) {
            if (n.starts_with(w)) { n.remove_prefix(w.size()); changed = true; }
            if (n.ends_with(w)) { n.remove_suffix(w.size()); changed = true; }
        }
    }
    return n;
}

// An id from a name: CJK characters, ASCII letters and digits, '_' (the
// identifier rule refuses full-width forms; '+' and '/' join operands).
inline std::string id_of(std::string_view name) {
    std::string out;
    for (std::size_t p = 0; p < name.size();) {
        const utf8_char c = decode_utf8(name, p);
        if (c.length == 0) { ++p; continue; }
        const char32_t cp = c.code_point;
        const bool keep = (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp < 0x80 && (std::isalnum(static_cast<int>(cp)) != 0 || cp == '_'));
        if (keep) out.append(name.substr(p, c.length));
        p += c.length;
    }
    return out;
}

// The indicator key of a name: its id without the words of the measure, time
// or counted unit (indicator_id_trim_words) at either end; what was dropped
// goes to the review.
inline std::string indicator_key(std::string_view name, std::vector<std::string>& review) {
    std::string_view n = name;
    bool changed = true;
    while (changed && !n.empty()) {
        changed = false;
        for (std::string_view w : indicator_id_trim_words) {
            if (n.size() > w.size() && n.starts_with(w)) { n.remove_prefix(w.size()); changed = true; }
            if (n.size() > w.size() && n.ends_with(w)) { n.remove_suffix(w.size()); changed = true; }
        }
    }
    std::string key = id_of(n);
    if (n.size() != name.size() && !key.empty()) review.push_back("indicator id normalised: " + id_of(name) + " -> " + key);
    else key = id_of(name);
    return key;
}

// A name as code points, to compare by characters.
inline std::u32string code_points(std::string_view s) {
    std::u32string out;
    for (std::size_t p = 0; p < s.size();) {
        const utf8_char c = decode_utf8(s, p);
        out.push_back(c.length == 0 ? U'?' : c.code_point);
        p += c.length == 0 ? 1 : c.length;
    }
    return out;
}

// Longest common run of characters of two names (dynamic programming).
inline std::size_t common_run(std::u32string_view a, std::u32string_view b) {
    std::vector<std::size_t> row(b.size() + 1, 0), next(b.size() + 1, 0);
    std::size_t best = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        for (std::size_t j = 0; j < b.size(); ++j) {
            next[j + 1] = a[i] == b[j] ? row[j] + 1 : 0;
            best = std::max(best, next[j + 1]);
        }
        std::swap(row, next);
    }
    return best;
}

// One figure found, before it goes through the builder.
// "1.1" times as percent, "110", by moving the decimal point: no binary rounding.
inline std::string times_as_percent(std::string v) {
    const bool negative = !v.empty() && v.front() == '-';
    if (negative) v.erase(0, 1);
    std::size_t dot = v.find('.');
    if (dot == std::string::npos) {
        v += "00";
    } else {
        v.erase(dot, 1);
        while (v.size() < dot + 2) v += '0';
        if (dot + 2 < v.size()) v.insert(dot + 2, ".");
    }
    while (v.size() > 1 && v.front() == '0' && v[1] != '.') v.erase(0, 1);
    return (negative ? "-" : "") + v;
}

struct candidate {
    std::size_t offset = 0;     // of the value
    std::size_t end = 0;        // after unit and bound
    std::size_t quote_begin = 0;
    std::string value;          // ASCII, as written ("" for 居前列); the low end of a range
    std::string upper;          // the high end of a range (6.5%－7%), else empty
    std::string unit;           // a registry label
    std::string comparator;     // as written
    figure_measure measure = figure_measure::level;
    std::string name;           // as the text names it
    std::string key;            // trimmed name, to link
    int part = 0;
    figure_role role = figure_role::actual;
    period when;
    std::string section;
    std::size_t line = 0;
    std::vector<std::string> review;
    std::size_t sentence = 0;   // start of its sentence
    bool inherited_name = false;
    bool difference = false;    // 比去年多100万人: the change from a base, its own indicator
    std::string indicator;
    units::unit_kind kind = units::unit_kind::items;  // of unit, once it is known
};

// A decline of a figure (下降3%: -3; 下降3%－5%: -5..-3, the ends swapped).
inline void negate(candidate& c) {
    if (c.upper.empty()) {
        c.value = "-" + c.value;
        return;
    }
    c.value = "-" + std::exchange(c.upper, "-" + c.value);
}

struct part_info {
    std::optional<figure_role> role;
    std::optional<int> year;
    std::optional<period> span;  // a five-year plan's years (“十三五”时期: 2016..2020)
};

// The years of a five-year plan named at pos (十一五 .. 十九五): the third plan
// began in 1966 and each later one five years after the one before.
inline std::optional<period> five_year_plan_at(std::string_view s, std::size_t pos) {
    if (!starts_at(s, pos, "十")) return std::nullopt;
    const int units = chinese_digit_at(s, pos + 3);
    if (units < 1 || units > 9 || !starts_at(s, pos + 6, "五")) return std::nullopt;
    const int first = 1966 + 5 * (10 + units - 3);
    auto span = period::years(first, first + 4);
    if (!span) return std::nullopt;
    return span.value();
}

inline std::optional<period> five_year_plan_in(std::string_view s) {
    for (std::size_t p = 0; p < s.size(); ++p)
        if (const auto span = five_year_plan_at(s, p)) return span;
    return std::nullopt;
}

// Year written at pos ("2025年"), if any.
inline std::optional<int> year_at(std::string_view s, std::size_t pos) {
    const auto n = number_at(s, pos);
    if (!n || n->decimals != 0 || n->ascii.size() != 4) return std::nullopt;
    if (!starts_at(s, pos + n->length, "年")) return std::nullopt;
    const int y = std::stoi(n->ascii);
    if (y < 1900 || y > 2100) return std::nullopt;
    return y;
}

inline std::optional<int> first_year_in(std::string_view s) {
    for (std::size_t p = 0; p < s.size(); ++p)
        if (const auto y = year_at(s, p)) return y;
    return std::nullopt;
}

// The marks between the two ends of a range (6.5%－7%, 5至7元); the between
// comparator words of the lexicon are written as they are, the others as –.
inline constexpr std::array<std::string_view, 8> range_dashes{"－", "–", "—", "-", "～", "~", "至", "到"};

// The high end of a range starting at pos (the mark after the low end):
// a number not below `low` that is not a date (2016－2020年, 1－11月).
struct range_end {
    std::string dash;
    number_token upper;
    std::size_t after = 0;  // after the high end's number
};
inline std::optional<range_end> range_end_at(std::string_view s, std::size_t pos, const number_token& low) {
    for (std::string_view dash : range_dashes) {
        if (!starts_at(s, pos, dash)) continue;
        const std::size_t q = pos + dash.size();
        const auto high = number_at(s, q);
        if (!high || high->ascii.size() > static_cast<std::size_t>(max_value_digits) || year_at(s, q) ||
            starts_at(s, q + high->length, "月") || starts_at(s, q + high->length, "日"))
            return std::nullopt;  // a code (stod would overflow), a year span, a month range
        if (std::stod(high->ascii) < std::stod(low.ascii)) return std::nullopt;
        return range_end{std::string(dash), *high, q + high->length};
    }
    return std::nullopt;
}

// A heading's level and number: 一、 (1), （一） (2), 一是 / 1. (3); 0 for
// none. `length` is the numbering's, in bytes: the title follows it.
struct heading {
    int level = 0;
    int number = 0;
    std::size_t length = 0;
};
inline heading heading_of(std::string_view line) {
    auto [n, len] = chinese_number_at(line, 0);
    if (n > 0 && starts_at(line, len, "、")) return {1, n, len + 3};
    if (n > 0 && starts_at(line, len, "是")) return {3, n, len + 3};
    for (std::string_view open : {std::string_view("（"), std::string_view("(")}) {
        if (!line.starts_with(open)) continue;
        auto [m, mlen] = chinese_number_at(line, open.size());
        if (m > 0 && starts_at(line, open.size() + mlen, "）")) return {2, m, open.size() + mlen + 3};
        if (m > 0 && starts_at(line, open.size() + mlen, ")")) return {2, m, open.size() + mlen + 1};
    }
    if (const auto num = number_at(line, 0); num && num->decimals == 0 && num->ascii.size() <= 2) {
        const std::size_t after = num->length;
        const std::size_t mark = after < line.size() && line[after] == '.' ? 1 : 3;  // a line may end at the number
        if (starts_at(line, after, ".") || starts_at(line, after, "．") || starts_at(line, after, "、"))
            if (!digit_or_point_at(line, after + mark)) return {3, std::stoi(num->ascii), after + mark};
    }
    return {};
}

// A section title is at most this many characters: a longer first sentence
// is the paragraph's text, not a title of it.
inline constexpr std::size_t max_title_characters = 40;

// The title a heading line gives its section: the text after its numbering
// (`h.length`) up to its first full stop, without the punctuation around it
// ("一是成渝地区双城经济圈主阵地建设纵深推进。迭代…" -> 成渝地区…纵深推进). A
// paragraph without numbering (h.level 0) is titled by its first sentence
// only when one ends within max_title_characters with 。; empty when there
// is no title.
inline std::string heading_title(std::string_view line, const heading& h) {
    std::string_view t = line.substr(std::min(h.length, line.size()));
    const std::size_t stop = t.find("。");
    if (h.level == 0 && stop == std::string_view::npos) return {};
    if (stop != std::string_view::npos) t = t.substr(0, stop);
    constexpr std::array<std::string_view, 8> edges{"，", "：", "、", "；", ":", ",", " ", "\t"};
    for (bool cut = true; cut;) {
        cut = false;
        for (std::string_view e : edges) {
            if (t.starts_with(e)) t.remove_prefix(e.size()), cut = true;
            if (t.ends_with(e)) t.remove_suffix(e.size()), cut = true;
        }
    }
    std::size_t characters = 0;
    for (std::size_t p = 0; p < t.size(); ++characters) p += std::max<std::size_t>(decode_utf8(t, p).length, 1);
    if (h.level == 0 && characters > max_title_characters) return {};
    return std::string(t);
}

inline part_info part_of(std::string_view heading_text) {
    part_info p;
    p.year = first_year_in(heading_text);
    if (!p.year) p.span = five_year_plan_in(heading_text);
    if (in_any(heading_text, review_part_words)) p.role = figure_role::actual;
    else if (in_any(heading_text, plan_part_words)) p.role = figure_role::target;
    return p;
}

// The period a cue before the figure in its sentence writes, nearest first:
// 2025年, 今年, 去年, 过去一年 (relative_year_words, counted from the
// report's own year `this_year`), 过去五年 (relative_span_words), a
// five-year plan (“十三五”), 上半年, 1-11月; nullopt when none.
// Whether the text at p follows a comparison base word (比去年, 较2016年).
inline bool after_comparison_base(std::string_view s, std::size_t from, std::size_t p) {
    if (p >= from + 3 && ends_at(s, p, "“")) p -= 3;  // 比“十三五”
    return p > from && std::any_of(comparison_base_words.begin(), comparison_base_words.end(),
                                   [&](std::string_view w) { return ends_at(s, p, w) && p - w.size() >= from; });
}

// Whether [from, at) ends with a comparison and its base period: 比去年, 较上年,
// 比2016年.
inline bool ends_with_comparison(std::string_view s, std::size_t from, std::size_t at) {
    for (std::string_view w : comparison_base_words) {
        const std::size_t b = s.substr(from, at - from).rfind(w);
        if (b == std::string_view::npos) continue;
        const std::size_t base = from + b + w.size();
        const std::string_view rest = s.substr(base, at - base);
        if (std::any_of(relative_year_words.begin(), relative_year_words.end(), [&](const relative_year_word& r) { return rest == r.text; }) ||
            std::find(comparison_base_periods.begin(), comparison_base_periods.end(), rest) != comparison_base_periods.end() ||
            (year_at(s, base) && rest.size() == 7))  // 2016年: four digits and 年
            return true;
    }
    return false;
}

inline std::optional<period> period_cue(std::string_view s, std::size_t from, std::size_t pos, int year, bool& by_end,
                                        int this_year) {
    std::optional<period> found;
    std::size_t found_at = 0;
    const auto take = [&](std::size_t at, period p) {
        if (!found || at >= found_at) { found = p; found_at = at; }
    };
    for (std::size_t p = from; p < pos; ++p) {
        if (is_continuation(s[p])) continue;
        if (const auto y = year_at(s, p)) {
            // 比2016年: the base of a comparison, not the figure's period.
            if (after_comparison_base(s, from, p)) continue;
            take(p, period::year(*y));
            by_end = std::any_of(by_year_words.begin(), by_year_words.end(), [&](std::string_view w) { return ends_at(s, p, w); });
            continue;
        }
        const auto relative = std::find_if(relative_year_words.begin(), relative_year_words.end(),
                                           [&](const relative_year_word& w) { return starts_at(s, p, w.text); });
        const auto span_word = std::find_if(relative_span_words.begin(), relative_span_words.end(),
                                            [&](const relative_span_word& w) { return starts_at(s, p, w.text); });
        if (relative != relative_year_words.end()) {
            if (!after_comparison_base(s, from, p)) take(p, period::year(this_year - relative->years_back));
        } else if (span_word != relative_span_words.end()) {
            if (auto span = period::years(this_year - span_word->years, this_year - 1); span && !after_comparison_base(s, from, p))
                take(p, span.value());
        } else if (const auto plan = five_year_plan_at(s, p); plan && !after_comparison_base(s, from, p)) {
            // “十三五”期间: the plan's five years; “十一五”前四年: its first four.
            std::size_t q = p + 9;
            if (starts_at(s, q, "”")) q += 3;
            const int first_years = starts_at(s, q, "前") && starts_at(s, q + 6, "年") ? chinese_digit_at(s, q + 3) : -1;
            const int first = plan->first_year();
            if (first_years == 1) take(p, period::year(first));
            else if (auto part = period::years(first, first + first_years - 1); first_years > 1 && first_years < 5 && part)
                take(p, part.value());
            else take(p, *plan);
        }
        if (relative != relative_year_words.end() || span_word != relative_span_words.end()) continue;
        if (starts_at(s, p, "上半年")) take(p, period::half(year, 1));
        else if (starts_at(s, p, "前三季度")) take(p, period::year_to_date(year, 9));
        else if (const auto a = number_at(s, p); a && a->ascii == "1" && a->decimals == 0) {
            std::size_t q = p + a->length;
            for (std::string_view dash : {std::string_view("-"), std::string_view("—"), std::string_view("－"), std::string_view("至"), std::string_view("～")})
                if (starts_at(s, q, dash)) { q += dash.size(); break; }
            if (const auto b = number_at(s, q); q != p + a->length && b && b->decimals == 0 && b->ascii.size() <= 2 &&
                                                  starts_at(s, q + b->length, "月")) {
                const int m = std::stoi(b->ascii);
                if (m >= 1 && m <= 12) take(p, m == 12 ? period::year(year) : period::year_to_date(year, m));
            }
        }
    }
    return found;
}

// The period a line that is one sentence sets as its topic (过去一年，…。 or
// 2010年，…。): its first clause is a year or a relative year word alone.
inline std::optional<period> topic_of(std::string_view line, int this_year) {
    const std::size_t comma = line.find("，");
    if (comma == std::string_view::npos || !line.ends_with("。")) return std::nullopt;
    for (std::string_view m : sentence_marks)
        if (line.substr(0, line.size() - 3).find(m) != std::string_view::npos) return std::nullopt;
    const std::string_view head = line.substr(0, comma);
    for (const auto& w : relative_year_words)
        if (head == w.text) return period::year(this_year - w.years_back);
    if (const auto y = year_at(head, 0); y && head.size() == 7) return period::year(*y);
    return std::nullopt;
}

}  // namespace extract_detail

// Extracts the figures of a report's text. Refuses what is not UTF-8 text
// (other Unicode encodings, GBK or Big5, invalid UTF-8, binary data) with a
// located error; a text without figures gives an empty book.
inline parsed<extraction> extract_figures(std::string_view whole, const std::string& file = {}) {
    using namespace extract_detail;
    if (std::string other = other_unicode_encoding_message(whole); !other.empty())
        return parse_error{std::move(other), {}, source_location{file, 1, 1}};
    const std::size_t bom = whole.starts_with(utf8_bom) ? utf8_bom.size() : 0;
    if (const auto bad = validate_utf8(whole)) {
        const std::size_t line = static_cast<std::size_t>(std::count(whole.begin(), whole.begin() + static_cast<std::ptrdiff_t>(*bad), '\n')) + 1;
        return parse_error{std::string(invalid_utf8_message(whole)), hex_bytes(whole, *bad), source_location{file, line, 1}};
    }
    for (std::size_t i = 0; i < whole.size(); ++i) {
        const auto c = static_cast<unsigned char>(whole[i]);
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
            return parse_error{"binary data: a control character in text", hex_bytes(whole, i, 1),
                               source_location{file, static_cast<std::size_t>(std::count(whole.begin(), whole.begin() + static_cast<std::ptrdiff_t>(i), '\n')) + 1, 1}};
    }
    const std::string_view s = whole;

    // The parts first: the preamble takes the first part's year. The report's
    // own year is the date it was given (2013年3月5日) before the first part:
    // a part without a year is its plan (今年) or the review of the year before.
    std::optional<int> first_part_year;
    std::optional<int> report_year;
    for (std::size_t b = bom; b < s.size();) {
        std::size_t e = s.find('\n', b);
        if (e == std::string_view::npos) e = s.size();
        const std::string_view line = detail::trim_spaces(s.substr(b, e - b));
        if (heading_of(line).level == 1) {
            first_part_year = part_of(line).year;
            break;
        }
        for (std::size_t p = 0; p < line.size() && !report_year; ++p) {
            const auto y = year_at(line, p);
            if (!y) continue;
            const auto month = number_at(line, p + 7);
            if (month && starts_at(line, p + 7 + month->length, "月")) report_year = y;
        }
        b = e + 1;
    }
    if (!first_part_year && report_year) first_part_year = report_year;

    extraction out;
    std::vector<candidate> found;
    part_info part{std::nullopt, first_part_year, std::nullopt};
    int part_number = 0;
    int level1 = 0, level2 = 0, level3 = 0;
    std::size_t line_number = 0;
    // A list of targets (…目标是：) open up to its full stop, and the period its lead names.
    bool target_list = false;
    std::optional<period> list_period;
    // The period a sentence of its own (过去一年，…。) set for the sentence after it.
    std::optional<period> carried, carry_next;

    for (std::size_t line_begin = bom; line_begin <= s.size();) {
        std::size_t line_end = s.find('\n', line_begin);
        if (line_end == std::string_view::npos) line_end = s.size();
        ++line_number;
        std::size_t content_end = line_end;
        if (content_end > line_begin && s[content_end - 1] == '\r') --content_end;
        std::size_t lb = line_begin;
        while (lb < content_end && detail::space_at(s, lb) != 0) lb += detail::space_at(s, lb);
        const std::string_view line = s.substr(lb, content_end - lb);
        // A converter's anchor before a heading ("[bookmark: _GoBack]（四）") is not text.
        std::string_view heading_text = line;
        if (heading_text.starts_with("[") && heading_text.find(']') != std::string_view::npos)
            heading_text.remove_prefix(heading_text.find(']') + 1);
        const heading h = heading_of(heading_text);
        if (carry_next) carried = std::exchange(carry_next, std::nullopt);  // kept up to its sentence's full stop
        if (h.level != 0) {
            target_list = false;
            carried.reset();
        }
        if (h.level == 1) {
            level1 = h.number; level2 = 0; level3 = 0; ++part_number;
            const part_info p = part_of(heading_text);
            part.role = p.role;
            part.span = p.span;
            if (p.year) part.year = p.year;
            else if (report_year && (heading_text.find("今年") != std::string_view::npos || p.role == figure_role::target))
                part.year = report_year;
            else if (report_year && p.role == figure_role::actual)
                part.year = *report_year - 1;
        } else if (h.level == 2) {
            level2 = h.number; level3 = 0;
        } else if (h.level == 3) {
            level3 = h.number;
        } else if (!line.empty() && level2 > 0) {
            ++level3;  // a paragraph under a subsection is an item of it
        }
        const std::string section = level1 == 0 ? "0"
                                    : level2 == 0 ? std::to_string(level1) + ".0"
                                                  : std::to_string(level1) + "." + std::to_string(level2) + "." + std::to_string(level3);
        // The heading's title, for its section: 一、 titles the part, （一） the
        // subsection, 一是 and a paragraph's first sentence the item.
        if (level1 > 0 && (h.level != 0 || (!line.empty() && level2 > 0))) {
            const std::string number = h.level == 1 ? std::to_string(level1)
                                       : h.level == 2 ? std::to_string(level1) + "." + std::to_string(level2)
                                                      : section;
            if (std::string title = heading_title(heading_text, h);
                !title.empty() && out.book.title_of_section(number) == nullptr)
                out.book.sections.push_back({number, std::move(title), source_location{file, line_number, 1}});
        }
        const int year = part.year.value_or(2000);
        const int this_year = report_year.value_or(year);

        const auto add = [&](candidate c) {
            c.part = part_number;
            c.section = section;
            c.line = line_number;
            c.sentence = start_after_last(s, lb, c.offset, sentence_marks);
            bool by_end = false;
            if (const auto p = period_cue(s, c.sentence, c.offset, year, by_end, this_year)) {
                c.when = *p;
                if (by_end) c.review.emplace_back("period: a year to reach by");
            } else if (carried) {
                c.when = *carried;
                c.review.emplace_back("period from the sentence before");
            } else if (target_list && list_period) {
                c.when = *list_period;
                c.review.emplace_back("period from the lead of the list of targets");
            } else if (part.span) {
                c.when = *part.span;
                c.review.emplace_back("period from the part (a five-year plan)");
            } else if (part.year) {
                c.when = period::year(year);
                c.review.emplace_back("period from the part");
            } else {  // no year in the text before it: not invented
                out.notes.push_back((file.empty() ? std::string() : file + ":") + std::to_string(line_number) +
                                    ": a figure without a period left out: " + std::string(s.substr(c.quote_begin, c.end - c.quote_begin)));
                return;
            }
            if (part.role) {
                c.role = *part.role;
            } else if (target_list) {
                c.role = figure_role::target;
                c.review.emplace_back("role from the list of targets");
            } else {
                const std::string_view before = s.substr(c.sentence, c.offset - c.sentence);
                c.role = in_any(before, target_words) ? figure_role::target : figure_role::actual;
                c.review.emplace_back("role from the wording");
            }
            found.push_back(std::move(c));
        };

        int bracket_depth = 0;
        std::size_t clause = lb;   // where the clause of `pos` starts: after the last clause mark
        std::size_t segment = lb;  // where its segment starts: after the last clause or list mark
        for (std::size_t pos = lb; pos < content_end;) {
            const utf8_char ch = decode_utf8(s, pos);
            const std::size_t step = ch.length == 0 ? 1 : ch.length;
            for (std::string_view m : clause_marks)
                if (starts_at(s, pos, m)) clause = segment = pos + m.size();
            if (starts_at(s, pos, list_mark)) segment = pos + list_mark.size();
            if (starts_at(s, pos, "：") || starts_at(s, pos, ":")) {
                const std::size_t lead = start_after_last(s, lb, pos, sentence_marks);
                if (in_any(s.substr(lead, pos - lead), target_list_words)) {
                    target_list = true;
                    bool by_end = false;
                    list_period = period_cue(s, lead, pos, year, by_end, this_year);
                }
            }
            for (std::string_view m : full_stops)
                if (starts_at(s, pos, m)) { target_list = false; carried.reset(); }
            bool bracket = false;
            for (const auto& [open, close] : name_brackets) {
                if (starts_at(s, pos, open)) { ++bracket_depth; bracket = true; }
                else if (starts_at(s, pos, close) && bracket_depth > 0) { --bracket_depth; bracket = true; }
            }
            if (bracket || bracket_depth > 0) { pos += step; continue; }


            // Ranks: 居全市第1, 居前列.
            if (starts_at(s, pos, "第")) {
                const std::size_t after = pos + 3;
                std::optional<number_token> num = number_at(s, after);
                int value = 0;
                std::size_t len = 0;
                if (num && num->decimals == 0 && num->ascii.size() <= 4) { value = std::stoi(num->ascii); len = num->length; }
                else if (auto [cn, cl] = chinese_number_at(s, after); cn > 0) { value = cn; len = cl; }
                const std::string_view before = s.substr(clause, pos - clause);
                if (len > 0 && (before.find("居") != std::string_view::npos || before.find("排名") != std::string_view::npos ||
                                before.find("位列") != std::string_view::npos)) {
                    candidate c;
                    c.offset = after;
                    c.quote_begin = segment;
                    c.end = after + len + (starts_at(s, after + len, "位") ? 3 : 0);
                    c.value = std::to_string(value);
                    c.unit = "位";
                    c.comparator = "居第";
                    c.measure = figure_measure::rank;
                    add(std::move(c));
                }
                pos = after + std::max<std::size_t>(len, 0);
                if (len == 0) continue;
                continue;
            }
            if (starts_at(s, pos, "前列") && s.substr(clause, pos - clause).find("居") != std::string_view::npos) {
                candidate c;
                c.offset = pos;
                c.quote_begin = segment;
                c.end = pos + 6;
                c.unit = "位";
                c.comparator = "居前列";
                c.measure = figure_measure::rank;
                add(std::move(c));
                pos += 6;
                continue;
            }
            // Values the words imply: 动态清零, 全覆盖.
            bool implied = false;
            for (const auto& w : implied_value_words) {
                if (!starts_at(s, pos, w.text)) continue;
                candidate c;
                c.offset = pos;
                c.quote_begin = segment;
                c.end = pos + w.text.size();
                c.value = w.value == 0.0 ? "0" : "100";
                c.comparator = std::string(w.text);
                c.measure = w.share ? figure_measure::share : figure_measure::level;
                c.unit = std::string(w.unit);
                add(std::move(c));
                pos += w.text.size();
                implied = true;
                break;
            }
            if (implied) continue;

            // Counts in Chinese numerals: 七连冠, 五个专班, A、B、C五大专班.
            if (const auto [cn, cl] = chinese_number_at(s, pos); cn > 1) {
                const std::size_t before = previous_char(s, pos);
                const bool ordinal = pos > lb && (starts_at(s, before, "第") || chinese_digit_at(s, before) >= 0 ||
                                                  starts_at(s, before, "星") || starts_at(s, before, "这"));
                const std::size_t after = pos + cl;
                std::string unit;
                if (!ordinal && starts_at(s, after, "连冠")) unit = "连冠";
                else if (!ordinal && starts_at(s, after, "个") && !starts_at(s, after + 3, "方面") &&
                         after + 3 < content_end && chinese_digit_at(s, after + 3) < 0 && (s[after + 3] & 0x80) != 0)
                    unit = "个";
                else if (!ordinal && starts_at(s, after, "大") && !ends_at(s, pos, "”") && s.substr(clause, pos - clause).find(list_mark) != std::string_view::npos &&
                         !ends_at(s, pos, "等"))
                    unit = "个";
                if (!unit.empty()) {
                    candidate c;
                    c.offset = pos;
                    c.quote_begin = segment;
                    c.end = after + (unit == "连冠" ? 6 : 3);
                    c.value = std::to_string(cn);
                    c.unit = unit;
                    c.review.emplace_back("value written in words");
                    add(std::move(c));
                    pos = after;
                    continue;
                }
                pos += cl;
                continue;
            }

            const auto num = number_at(s, pos);
            if (!num) { pos += step; continue; }
            if (num->ascii.size() > static_cast<std::size_t>(max_value_digits)) {  // a code or an id, not a figure
                pos += num->length;
                continue;
            }
            const std::size_t after_number = pos + num->length;
            const std::size_t prev = previous_char(s, pos);
            const bool glued = pos > lb && (letter_at(s, prev) || s[prev] == '+' || s[prev] == '.' || s[prev] == '-' ||
                                            starts_at(s, prev, "＋") || starts_at(s, prev, "第"));
            if (glued || letter_at(s, after_number) || starts_at(s, after_number, "+") || starts_at(s, after_number, "＋")) {
                pos = after_number;
                while (pos < content_end && (letter_at(s, pos) || digit_or_point_at(s, pos))) pos += decode_utf8(s, pos).length == 0 ? 1 : decode_utf8(s, pos).length;
                continue;
            }
            // Dates and month ranges: 2025年, 5月1日, 1-11月.
            if (year_at(s, pos) || starts_at(s, after_number, "月") || starts_at(s, after_number, "日") ||
                ((starts_at(s, after_number, "-") || starts_at(s, after_number, "—") || starts_at(s, after_number, "至")) &&
                 [&] { const std::size_t q = after_number + (s[after_number] == '-' ? 1 : 3);
                       const auto b = number_at(s, q);
                       return b && starts_at(s, q + b->length, "月"); }())) {
                pos = after_number;
                continue;
            }

            candidate c;
            c.offset = pos;
            c.value = num->ascii;
            c.quote_begin = segment;
            std::size_t p = after_number;
            std::string inner_bound;  // 10余个, 1万余次
            std::string over;         // the denominator of 每立方米 28 微克
            std::size_t name_end = pos;
            if (const std::size_t mei = s.substr(segment, pos - segment).rfind("每"); mei != std::string_view::npos) {
                const std::string_view d = s.substr(segment + mei + 3, pos - segment - mei - 3);
                if (units::parse_unit(d)) { over = std::string(d); name_end = segment + mei; }
                else if (const units::scale_word* w = units::scale_word_at_start(d); w != nullptr && d.find("人") != std::string_view::npos) {
                    over = std::string(w->text) + "人";
                    name_end = segment + mei;
                }
            }
            // A range: 6.5－7% (one unit after both ends) here, 6.5%－7% after the unit.
            std::optional<range_end> range = range_end_at(s, p, *num);
            if (range) p = range->after;
            const std::size_t unit_begin = p;
            if (const std::size_t pc = detail::percent_at(s, p)) {
                c.unit = "%";
                p += pc;
            } else {
                for (std::string_view w : {std::string_view("余"), std::string_view("多")})
                    if (starts_at(s, p, w)) { inner_bound = std::string(w); p += w.size(); }
                std::optional<unit_match> u = unit_at(s, p, content_end, over);
                if (!u) {
                    if (const units::scale_word* sw = units::scale_word_at_start(s.substr(p)); sw != nullptr && inner_bound.empty()) {
                        for (std::string_view w : {std::string_view("余"), std::string_view("多")}) {
                            if (!starts_at(s, p + sw->text.size(), w)) continue;
                            if (auto base = unit_at(s, p + sw->text.size() + w.size(), content_end, over)) {
                                inner_bound = std::string(w);
                                u = unit_match{std::string(sw->text) + base->label, sw->text.size() + w.size() + base->length};
                            }
                        }
                    }
                }
                if (!u && over.empty() == false) u = unit_at(s, p, content_end);
                if (!u) {
                    // No unit the registry knows: a reviewer may want it back.
                    std::size_t stop = p;  // three characters, cut where a character ends
                    for (int n = 0; n < 3 && stop < content_end; ++n) {
                        const utf8_char u8 = decode_utf8(s, stop);
                        stop += u8.length == 0 ? 1 : u8.length;
                    }
                    if (p < content_end && (static_cast<unsigned char>(s[p]) >= 0x80) && !starts_at(s, p, "，") &&
                        !starts_at(s, p, "。") && !starts_at(s, p, "、") && !starts_at(s, p, "；") && !starts_at(s, p, "”"))
                        out.notes.push_back((file.empty() ? std::string() : file + ":") + std::to_string(line_number) +
                                            ": a number without a known unit left out: " +
                                            std::string(s.substr(pos, stop - pos)));
                    pos = after_number;
                    continue;
                }
                c.unit = u->label;
                p += u->length;
                // Durations of history (30多年来) are not figures.
                if (u->label == "年" && (starts_at(s, p, "来") || starts_at(s, p, "以来") || starts_at(s, p, "前"))) {
                    pos = p;
                    continue;
                }
            }
            if (!range && p > unit_begin) {
                const std::string_view unit_text = s.substr(unit_begin, p - unit_begin);
                if (auto r = range_end_at(s, p, *num); r && starts_at(s, r->after, unit_text)) {
                    range = std::move(r);
                    range->after += unit_text.size();
                    p = range->after;
                }
            }
            c.comparator = inner_bound;
            if (range) {
                c.upper = range->upper.ascii;
                const comparator_word* w = find_comparator_word(range->dash);
                c.comparator = w != nullptr && w->cmp == comparator::between ? range->dash : std::string("–");
                if (c.comparator != range->dash) c.review.push_back("range written with " + range->dash + ", comparator –");
            } else if (const comparator_word* after = bound_starting_at(s, p, content_end)) {
                c.comparator = std::string(after->text);
                p += after->text.size();
            } else if (c.comparator.empty()) {
                const std::size_t at = name_end;
                if (const comparator_word* before = comparator_ending_at(s, segment, at)) {
                    // 比去年多100万人: 多 is the difference from the base, not a bound.
                    if (before->text == "多" && ends_with_comparison(s, segment, at - before->text.size())) {
                        c.difference = true;
                        c.review.emplace_back("a difference from the figure it is compared with (比…多), not a bound");
                    }
                    else
                        c.comparator = std::string(before->text);
                }
            }
            c.end = p;
            (void)name_end;
            add(std::move(c));
            pos = p;
        }
        carry_next = topic_of(line, this_year);
        line_begin = line_end + 1;
        if (line_end == s.size()) break;
    }

    // Measures, names and distribution over 均, in text order.
    std::vector<candidate> figures;
    for (std::size_t i = 0; i < found.size(); ++i) {
        candidate c = std::move(found[i]);
        const candidate* prev = figures.empty() ? nullptr : &figures.back();
        const bool same_sentence = prev != nullptr && prev->sentence == c.sentence && prev->line == c.line;
        const std::size_t clause = start_after_last(s, c.sentence, c.offset, clause_marks);
        const std::size_t segment = std::max(c.quote_begin, clause);
        // The text before the value in its segment, without the comparator word.
        std::size_t head_end = c.offset;
        if (const std::size_t mei = s.substr(segment, c.offset - segment).rfind("每"); mei != std::string_view::npos && c.measure == figure_measure::level)
            head_end = segment + mei;
        if (c.comparator.size() > 0 && ends_at(s, head_end, c.comparator)) head_end -= c.comparator.size();
        else if (const comparator_word* w = comparator_ending_at(s, segment, head_end); w != nullptr && !c.difference)
            head_end -= w->text.size();  // a difference (比去年多) keeps its words in the name: it is its own indicator
        if (c.measure == figure_measure::rank) {
            const std::size_t ju = s.substr(segment, c.offset - segment).find("居");
            if (ju != std::string_view::npos) head_end = segment + ju;
        }
        std::string_view head = s.substr(segment, head_end > segment ? head_end - segment : 0);

        // What a percent measures: the cue nearest the number.
        const units::unit_descriptor unit = units::parse_unit(c.unit.empty() ? std::string_view("个") : std::string_view(c.unit)).value();
        const bool rate_unit = unit.kind() == units::unit_kind::percent || unit.kind() == units::unit_kind::percentage_points ||
                               unit.kind() == units::unit_kind::multiple;
        if (c.measure == figure_measure::level && unit.kind() == units::unit_kind::per_thousand_persons) c.measure = figure_measure::ratio;
        if (c.measure == figure_measure::level && rate_unit && c.comparator != "全覆盖" && c.comparator != "全面覆盖") {
            const measure_word* cue = nullptr;
            std::size_t cue_end = 0;
            const std::string_view area = s.substr(segment, head_end - segment);
            for (const auto& w : measure_words) {
                const std::size_t at = area.rfind(w.text);
                if (at == std::string_view::npos || w.cue == measure_cue::rank) continue;
                const std::size_t e = at + w.text.size();
                if (cue == nullptr || e > cue_end || (e == cue_end && w.text.size() > cue->text.size())) { cue = &w; cue_end = e; }
            }
            const bool bare = trim_name(area).empty() || area.empty();
            if (cue == nullptr && bare && same_sentence && prev->measure != figure_measure::level && prev->measure != figure_measure::rank) {
                c.measure = prev->measure;
                if (prev->value.starts_with("-")) negate(c);
            } else if (cue != nullptr) {
                switch (cue->cue) {
                    case measure_cue::growth: c.measure = figure_measure::growth; break;
                    case measure_cue::decline: c.measure = figure_measure::growth; negate(c); break;
                    case measure_cue::average_growth: c.measure = figure_measure::average_growth; break;
                    case measure_cue::completion: c.measure = figure_measure::completion; break;
                    case measure_cue::progress: c.measure = figure_measure::progress; break;
                    case measure_cue::share: c.measure = figure_measure::share; break;
                    case measure_cue::level:
                    case measure_cue::rank: c.measure = figure_measure::share; break;
                }
                // a growth brought to a level (涨幅回落到2%) is that growth
                if (cue->cue == measure_cue::level) {
                    const std::string_view before = area.substr(0, area.rfind(cue->text));
                    const bool of_growth = std::any_of(measure_words.begin(), measure_words.end(), [&](const measure_word& w) {
                        return w.cue == measure_cue::growth && before.ends_with(w.text);
                    });
                    if (of_growth) {
                        c.measure = figure_measure::growth;
                        head = before;
                    }
                }
                if (unit.kind() == units::unit_kind::percentage_points && c.measure == figure_measure::growth) c.measure = figure_measure::change_pp;
                if (unit.kind() == units::unit_kind::multiple && c.measure != figure_measure::growth) c.measure = figure_measure::ratio;
                // 增长1.1倍 is a growth of 110 %: growths are in percent.
                if (unit.kind() == units::unit_kind::multiple && c.measure == figure_measure::growth) {
                    c.value = extract_detail::times_as_percent(c.value);
                    c.unit = "%";
                }
                // the name ends where its cue begins: 工业增加值增长 -> 工业增加值
                if (cue->cue == measure_cue::growth || cue->cue == measure_cue::decline || cue->cue == measure_cue::average_growth)
                    head = area.substr(0, area.rfind(cue->text));
            } else {
                c.measure = unit.kind() == units::unit_kind::percentage_points ? figure_measure::change_pp
                            : unit.kind() == units::unit_kind::multiple    ? figure_measure::ratio
                                                                            : figure_measure::share;
            }
        }

        // The name: before the value, or after it when the value leads (50个重点项目).
        std::string_view name = trim_name(head);
        std::size_t tail_end = c.end;
        while (tail_end < s.size()) {
            bool stop = false;
            for (std::string_view m : clause_marks) stop = stop || starts_at(s, tail_end, m);
            int d = 0;
            if (stop || starts_at(s, tail_end, list_mark) || s[tail_end] == '\n' || s[tail_end] == '\r' ||
                detail::digit_at(s, tail_end, d) != 0)
                break;
            const utf8_char t = decode_utf8(s, tail_end);
            tail_end += t.length == 0 ? 1 : t.length;
        }
        const std::string_view tail = trim_name(s.substr(c.end, tail_end - c.end));
        const std::size_t head_chars = name.size() / 3;
        if (c.measure == figure_measure::level && !tail.empty() &&
            (name.empty() || head.ends_with("等") || head_chars <= 4) && bound_starting_at(s, c.end, tail_end) == nullptr &&
            c.comparator != "动态清零")
            name = tail;
        if (name.empty() && same_sentence) {
            c.name = prev->name;
            c.key = prev->key;
            c.indicator = prev->indicator;
            c.inherited_name = true;
            c.review.emplace_back("name from the figure before");
        } else {
            c.name = std::string(name);
            c.key = indicator_key(name, c.review);
            if (c.key.empty()) c.review.emplace_back("name not delimited");
        }
        if (c.comparator == "动态清零" && c.unit.empty()) {
            for (const auto& w : counter_words)
                if (std::string_view(c.name).ends_with(w.noun) && units::parse_unit(w.unit)) { c.unit = std::string(w.unit); break; }
            if (c.unit.empty()) c.unit = "个";
            c.review.emplace_back("unit from the counted noun");
        }
        c.kind = units::parse_unit(c.unit).value().kind();

        // 均: one figure for each thing the clause lists (A和B均居第1, A、B均达100%)
        // or, when it lists none, for each figure before it in the sentence.
        const std::string_view lead = s.substr(clause, c.offset - clause);
        std::size_t jun = lead.find("均");
        while (jun != std::string_view::npos && jun >= 3 &&
               (ends_at(lead, jun, "人") || ends_at(lead, jun, "年") || ends_at(lead, jun, "平")))  // 人均, 年均, 平均
            jun = lead.find("均", jun + 3);
        if (jun != std::string_view::npos) {
            std::vector<std::string_view> subjects;
            const std::string_view listed = s.substr(clause, clause + jun - clause);
            for (std::size_t b = 0; b <= listed.size();) {
                std::size_t e = std::string_view::npos;
                std::size_t sep = 0;
                for (std::string_view m : {list_mark, std::string_view("和"), std::string_view("及")}) {
                    const std::size_t at = listed.find(m, b);
                    if (at != std::string_view::npos && (e == std::string_view::npos || at < e)) { e = at; sep = m.size(); }
                }
                subjects.push_back(trim_name(listed.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b)));
                if (e == std::string_view::npos) break;
                b = e + sep;
            }
            std::vector<std::pair<std::string, std::string>> earlier;  // name and key, copied: figures grows below
            if (subjects.size() < 2) {
                subjects.clear();
                for (const candidate& f : figures)
                    if (f.sentence == c.sentence && f.line == c.line && f.measure != figure_measure::rank &&
                        (earlier.empty() || earlier.back().second != f.key))
                        earlier.emplace_back(f.name, f.key);
            }
            if (subjects.size() >= 2 || earlier.size() >= 2) {
                const std::size_t n = subjects.size() >= 2 ? subjects.size() : earlier.size();
                for (std::size_t k = 0; k < n; ++k) {
                    candidate copy = c;
                    if (subjects.size() >= 2) {
                        copy.name = std::string(subjects[k]);
                        copy.key = indicator_key(copy.name, copy.review);
                        copy.indicator.clear();
                    } else {
                        copy.name = earlier[k].first;
                        copy.key = earlier[k].second;
                    }
                    copy.inherited_name = true;
                    copy.review.emplace_back("one of several figures 均 states");
                    figures.push_back(std::move(copy));
                }
                continue;
            }
        }
        figures.push_back(std::move(c));
    }

    // Indicator ids: one per name within the text, unless two figures of the
    // name cannot be one indicator (two actuals of one period that differ,
    // two levels in units of other kinds: 50个 and 52个 重点项目 are two lists
    // of projects); then the second takes a numbered id. A target whose name
    // no actual has takes the id of the actual whose name shares the longest
    // run of characters with it.
    const auto kind_of = [](const candidate& f) { return f.kind; };
    const auto valued = [](figure_measure m) { return m == figure_measure::level || m == figure_measure::ratio; };
    const auto conflict = [&](const candidate& a, const candidate& b) {
        if (a.role == b.role && a.measure == b.measure && a.when == b.when &&
            (a.value != b.value || a.upper != b.upper || a.unit != b.unit || a.comparator != b.comparator))
            return true;
        return valued(a.measure) && valued(b.measure) && kind_of(a) != kind_of(b);
    };
    std::map<std::string, std::vector<const candidate*>, std::less<>> members;
    const auto fits = [&](const candidate& f, const std::string& id) {
        const auto it = members.find(id);
        return it == members.end() ||
               std::none_of(it->second.begin(), it->second.end(), [&](const candidate* g) { return conflict(f, *g); });
    };
    for (candidate& f : figures) {
        const std::string base = f.key.empty() ? "indicator_" + std::to_string(f.line) : f.key;
        std::string id = base;
        for (int n = 2; !fits(f, id); ++n) id = base + "_" + std::to_string(n);
        f.indicator = id;
        members[id].push_back(&f);
    }
    const auto compatible = [&](const candidate& a, const candidate& b) {
        return kind_of(a) == kind_of(b) && (a.measure == b.measure || (a.measure != figure_measure::growth && b.measure != figure_measure::growth));
    };
    // Actuals by the pairs of characters of their names: a target is compared
    // only with the actuals it shares a pair with (a link needs two characters).
    std::vector<const candidate*> actuals;
    std::vector<std::u32string> actual_names;
    std::map<std::u32string, std::vector<std::size_t>> actuals_by_pair;
    for (const candidate& a : figures) {
        if (a.role != figure_role::actual || a.key.empty()) continue;
        actuals.push_back(&a);
        actual_names.push_back(code_points(a.key));
        const std::u32string& n = actual_names.back();
        for (std::size_t i = 0; i + 1 < n.size(); ++i) {
            auto& list = actuals_by_pair[n.substr(i, 2)];
            if (list.empty() || list.back() != actuals.size() - 1) list.push_back(actuals.size() - 1);
        }
    }
    for (candidate& t : figures) {
        if (t.role != figure_role::target || t.inherited_name || t.difference) continue;
        const auto& group = members[t.indicator];
        if (std::any_of(group.begin(), group.end(), [](const candidate* g) { return g->role == figure_role::actual; })) continue;
        const std::u32string name = code_points(t.key);
        std::vector<std::size_t> near;
        for (std::size_t i = 0; i + 1 < name.size(); ++i)
            if (const auto it = actuals_by_pair.find(name.substr(i, 2)); it != actuals_by_pair.end())
                near.insert(near.end(), it->second.begin(), it->second.end());
        std::sort(near.begin(), near.end());
        near.erase(std::unique(near.begin(), near.end()), near.end());
        const candidate* best = nullptr;
        std::size_t best_run = 0;
        for (const std::size_t k : near) {
            const candidate& a = *actuals[k];
            if (!compatible(a, t)) continue;
            const std::size_t run = common_run(actual_names[k], name);
            const std::size_t shorter = std::min(actual_names[k].size(), name.size());
            if (((run >= 3 && run * 2 >= shorter) || (run >= 2 && run == shorter)) && run > best_run) { best = &a; best_run = run; }
        }
        if (best == nullptr) continue;
        const std::string old = t.indicator;
        const std::string linked = best->indicator;
        const std::vector<const candidate*> moving = members[old];
        if (!std::all_of(moving.begin(), moving.end(), [&](const candidate* g) { return fits(*g, linked); })) continue;
        for (const candidate* g : moving) {
            auto& m = const_cast<candidate&>(*g);  // NOLINT: members points into figures, which is ours
            m.indicator = linked;
            members[linked].push_back(g);
        }
        members.erase(old);
        t.review.emplace_back("indicator linked by name to the actual " + best->name);
    }

    // Through the builder, as a CSV row would go.
    std::map<std::string, int, std::less<>> ids;
    for (candidate& f : figures) {
        std::string id = f.indicator + "." + std::string(to_string(f.measure)) + "." + f.when.to_string();
        if (const int n = ++ids[id]; n > 1) id += "." + std::to_string(n);
        const std::size_t column = f.offset - (s.rfind('\n', f.offset == 0 ? 0 : f.offset - 1) == std::string_view::npos
                                                   ? 0 : s.rfind('\n', f.offset - 1) + 1) + 1;
        const source_location where{file, f.line, column};
        const auto field = [&](std::string text) { return located_text{std::move(text), where}; };
        const std::size_t qb = std::min(f.quote_begin, f.offset);
        figure_book_builder::figure_fields fields{
            field(id), field(f.indicator), field(f.section), field(""), field(f.name), field(""),
            field(std::string(to_string(f.role))), field(f.when.to_string()), field(std::string(to_string(f.measure))),
            field(f.comparator), field(f.upper.empty() ? f.value : f.value + std::string(range_mark) + f.upper), field(f.unit),
            field(std::string(s.substr(qb, f.end - qb)))};
        figure_book_builder one;
        one.add_figure(fields);
        auto book = one.finish();
        if (!book) {
            out.notes.push_back(book.error().to_string());
            continue;
        }
        out.book.figures.push_back(std::move(book.value().figures.front()));
        std::string review;
        for (const std::string& r : f.review) review += (review.empty() ? "" : "; ") + r;
        out.sources.push_back(figure_source{f.offset, f.line, std::move(review)});
    }
    return out;
}

// Reads a text file (read_text_file's size limit) and extracts its figures.
inline parsed<extraction> extract_figures_file(const std::filesystem::path& path,
                                               std::uintmax_t max_size = default_max_input_size) {
    auto text = read_text_file(path, max_size);
    if (!text) return text.error();
    return extract_figures(text.value(), path.string());
}

// True for a report's text (.txt, any case), which the extractor reads.
inline bool is_report_text(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".txt";
}

// Adds extracted figures to a builder as the figure files' rows are added, so
// that ids, indicators and relations are checked by the one builder.
inline void add_extracted_figures(figure_book_builder& builder, const extraction& x) {
    for (const published_figure& f : x.book.figures) {
        const auto field = [&](std::string text) { return located_text{std::move(text), f.where}; };
        builder.add_figure({field(f.id), field(f.indicator_id), field(f.section),
                            field(section_title_cell(x.book, f.section)), field(f.name_zh), field(f.name_en),
                            field(std::string(to_string(f.role))), field(f.period.to_string()),
                            field(std::string(to_string(f.measure))), field(f.comparator_text.text()),
                            field(format_figure_value(f)), field(f.unit.zh()), field(f.quote)});
    }
}

// Adds the figures extracted from a report's text file to a builder, as the
// figure files are added: what is wrong with the file is an error of the
// builder, and so is a text without figures (nothing to evaluate).
inline void add_report_text_file(figure_book_builder& builder, const std::filesystem::path& path,
                                 std::uintmax_t max_size = default_max_input_size) {
    auto got = extract_figures_file(path, max_size);
    if (!got) {
        builder.add_error(got.error());
        return;
    }
    if (got.value().book.figures.empty()) {
        builder.add_error(parse_error{"no figures found in the report's text", {}, source_location{path.string(), 0, 0}});
        return;
    }
    add_extracted_figures(builder, got.value());
}

// The extracted book as a figures CSV table (figure_columns) with three more
// columns a reviewer needs: the value's byte offset, its line, and the
// review flag. The readers ignore the extra columns, so the file reads back.
inline std::string write_extraction_csv(const extraction& x) {
    const std::string table = write_figures_csv(x.book);
    std::string out;
    std::size_t row = 0;
    for (std::size_t b = 0; b < table.size();) {
        std::size_t e = table.find('\n', b);  // no extracted field holds a line break
        if (e == std::string::npos) e = table.size();
        std::string line = table.substr(b, e - b);
        if (b == 0) {
            line += ",offset,line,review";
        } else if (row < x.sources.size()) {
            const figure_source& src = x.sources[row++];
            const std::array<std::string, 3> extra{std::to_string(src.offset), std::to_string(src.line), src.review};
            std::string cells = write_csv_row(extra);
            while (!cells.empty() && (cells.back() == '\n' || cells.back() == '\r')) cells.pop_back();
            line += "," + cells;
        }
        out += line + "\n";
        b = e + 1;
    }
    return out;
}

}  // namespace plantarget::io
