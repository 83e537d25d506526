// The plan report as an aligned terminal table. Columns are padded by
// display width, not bytes or code points, because a Chinese character takes
// two terminal columns: padding by anything else tears the table apart.
// Borders are ASCII so that no East Asian Ambiguous character (box drawing,
// which CJK terminals draw two columns wide) can shift a line.
#pragma once

#include <plantarget/io/encoding.hpp>
#include <plantarget/report/document.hpp>
#include <plantarget/report/highlights.hpp>
#include <plantarget/report/results.hpp>
#include <plantarget/report/tables.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plantarget::report {

// Text in exactly `width` terminal columns: padded on the right (or the
// left, aligned right), or cut with "…" when wider, at a character boundary.
// A cut text is padded the same way when a wide character left a column, so
// that a right-aligned column keeps its right edge. For fixed-width layouts
// such as the shapingba example's; a width of 0 gives "".
inline std::string fit_to_width(std::string_view s, std::size_t width, align a = align::left) {
    const std::size_t w = io::display_width(s);
    if (w <= width) {
        const std::string pad(width - w, ' ');
        return a == align::right ? pad + std::string(s) : std::string(s) + pad;
    }
    if (width == 0) return {};
    std::string cut;
    std::size_t used = 0;
    for (std::size_t pos = 0; pos < s.size();) {
        const io::utf8_char c = io::decode_utf8(s, pos);
        const std::size_t length = c.length == 0 ? 1 : c.length;  // an invalid byte: one column
        const std::size_t cw = c.length == 0 ? 1 : static_cast<std::size_t>(io::code_point_width(c.code_point));
        if (used + cw + 1 > width) break;  // room for the ellipsis
        cut.append(s.substr(pos, length));
        used += cw;
        pos += length;
    }
    cut += "…";
    const std::string pad(width - used - 1, ' ');
    return a == align::right ? pad + cut : cut + pad;
}

// How render_table draws: both off by default, so that the library decides
// nothing from the environment (plancheck decides for a terminal).
struct table_options {
    // SGR colours on the verdict cells, after their tone (green met, yellow
    // watch, red missed): the cell is padded first, then wrapped, so that
    // the escapes take no column.
    bool color = false;
    // Lines of at most this many terminal columns: the widest text columns
    // (names, checks, messages) are cut with "…", never numbers or verdicts;
    // a table that still does not fit is wrapped into blocks of columns, each
    // repeating the first column (the row's name), as pandas prints a wide
    // frame; lines of text are wrapped, at a space where there is one. Only
    // a single column wider than the width keeps a long line. 0: no fitting.
    std::size_t width = 0;
};

namespace detail {

// Control characters have no width and would break the alignment (or drive
// the terminal): a cell holds one line, with controls made visible.
inline std::string one_line(std::string_view s) { return escape_controls(s, whitespace_controls::as_space); }

// An elided column keeps this many terminal columns: fewer says nothing.
constexpr std::size_t min_elided_width = 10;

// Which columns of a table model hold verdicts (coloured) and which may be
// cut to fit the width.
struct text_layout {
    std::vector<std::size_t> verdicts;
    std::vector<std::size_t> elidable;
    // The leading columns that name a row, repeated in each block of a table
    // wrapped to the width.
    std::size_t key_columns = 1;
};

inline bool has_column(const std::vector<std::size_t>& cs, std::size_t i) {
    return std::find(cs.begin(), cs.end(), i) != cs.end();
}

// The layout from the headers: verdict columns by their header, and the
// columns of names and prose that may be cut.
inline text_layout layout_by_headers(const table_model& t) {
    static constexpr std::string_view verdict_headers[] = {"结论 Verdict"};
    // Names and prose; 性质 Nature and 方向 Direction lead with their token
    // ("lower_is_better (from the comparator: 以内)"), which a cut keeps.
    static constexpr std::string_view elidable_headers[] = {"指标 Indicator", "检查 Check",  "数据 Figures",
                                                            "说明 Message",   "说明 Detail", "说明 Because",
                                                            "性质 Nature",    "方向 Direction", "其他 Other"};
    text_layout l;
    for (std::size_t i = 0; i < t.header.size(); ++i) {
        for (const auto h : verdict_headers)
            if (t.header[i] == h) l.verdicts.push_back(i);
        for (const auto h : elidable_headers)
            if (t.header[i] == h) l.elidable.push_back(i);
    }
    // A name in the second column (节 Section, 指标 Indicator) names the row with the first.
    if (!l.elidable.empty() && l.elidable.front() == 1 && t.header.size() > 2) l.key_columns = 2;
    return l;
}

// The verdict a cell names, by the vocabulary: its Chinese alone (the
// verdicts-by-year cells) or its Chinese and English, maybe followed by the
// reason ("无法评估 not assessable: ...").
inline std::optional<verdict> verdict_named(std::string_view cell) {
    for (const verdict v : all_verdicts) {
        if (cell == chinese_of(v)) return v;
        const std::string both = fmt::format("{} {}", chinese_of(v), english_of(v));
        if (cell.substr(0, both.size()) == both && (cell.size() == both.size() || cell[both.size()] == ':')) return v;
    }
    return std::nullopt;
}

// The SGR colour of a tone; empty for none (not assessable stays plain).
inline std::string_view sgr_of(tone t) {
    switch (t) {
        case tone::met: return "\x1b[32m";
        case tone::watch: return "\x1b[33m";
        case tone::missed: return "\x1b[31m";
        case tone::unknown: return {};
    }
    return {};
}
constexpr std::string_view sgr_reset = "\x1b[0m";

// Narrows the elidable columns, the widest first, until a line of the table
// (borders included) fits `width` or none can be narrowed further.
inline void fit_widths(std::vector<std::size_t>& widths, const std::vector<std::size_t>& elidable,
                       std::size_t width) {
    std::size_t total = 1;
    for (const std::size_t w : widths) total += w + 3;
    while (total > width) {
        std::size_t widest = widths.size();
        for (const std::size_t i : elidable)
            if (i < widths.size() && widths[i] > min_elided_width && (widest == widths.size() || widths[i] > widths[widest]))
                widest = i;
        if (widest == widths.size()) return;
        --widths[widest];
        --total;
    }
}

// The columns of a table in blocks that each fit `width` (borders
// included), every block after the first led again by the first `key`
// columns, which name the row (the first alone when some column would not fit
// beside them all). One block of all the columns when they fit or `width` is
// 0; a column too wide for any block with the keys gets a block of its own.
inline std::vector<std::vector<std::size_t>> column_blocks(const std::vector<std::size_t>& widths, std::size_t width,
                                                           std::size_t key = 1) {
    std::vector<std::vector<std::size_t>> blocks;
    if (widths.empty()) return blocks;
    key = std::clamp<std::size_t>(key, 1, widths.size());
    const auto cost = [&](std::size_t i) { return widths[i] + 3; };  // " cell |"
    std::size_t total = 1;
    for (std::size_t i = 0; i < widths.size(); ++i) total += cost(i);
    // Keys so wide that some column would not fit beside them: the first alone.
    std::size_t widest = 0;
    for (std::size_t i = key; i < widths.size(); ++i) widest = std::max(widest, cost(i));
    std::size_t key_cost = 1;
    for (std::size_t i = 0; i < key; ++i) key_cost += cost(i);
    if (width > 0 && key > 1 && key_cost + widest > width) {
        key = 1;
        key_cost = 1 + cost(0);
    }
    std::vector<std::size_t> keys;
    for (std::size_t i = 0; i < key; ++i) keys.push_back(i);
    std::vector<std::size_t> block = keys;
    std::size_t used = key_cost;
    for (std::size_t i = key; i < widths.size(); ++i) {
        if (width > 0 && total > width && used + cost(i) > width && block.size() > key) {
            blocks.push_back(std::move(block));
            block = keys;
            used = key_cost;
        }
        block.push_back(i);
        used += cost(i);
    }
    blocks.push_back(std::move(block));
    return blocks;
}

// A line of text in lines of at most `width` display columns, broken after
// the last space that fits, else between two characters (Chinese has no
// spaces); unchanged when it fits or `width` is 0.
inline std::string wrap_text_line(std::string_view text, std::size_t width) {
    if (width == 0 || io::display_width(text) <= width) return std::string(text) + '\n';
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t used = 0, pos = start, last_space = std::string_view::npos;
        while (pos < text.size()) {
            const io::utf8_char c = io::decode_utf8(text, pos);
            const std::size_t length = c.length == 0 ? 1 : c.length;
            const std::size_t cw = c.length == 0 ? 1 : static_cast<std::size_t>(io::code_point_width(c.code_point));
            if (used + cw > width && pos > start) break;
            if (text[pos] == ' ') last_space = pos;
            used += cw;
            pos += length;
        }
        std::size_t end = pos;  // a break between two characters, unless a space is at hand
        if (pos < text.size() && text[pos] != ' ' && last_space != std::string_view::npos && last_space > start)
            end = last_space;
        out.append(text.substr(start, end - start));
        out += '\n';
        start = end;
        while (start < text.size() && text[start] == ' ') ++start;  // the break's spaces end the line
    }
    return out;
}

// A table model in ASCII borders, padded by display width.
inline std::string render_text_table(const table_model& t, const table_options& o = {}, const text_layout& l = {}) {
    std::vector<std::vector<std::string>> rows;
    rows.reserve(t.rows.size() + 1);
    const auto clean = [](const std::vector<std::string>& row) {
        std::vector<std::string> out;
        out.reserve(row.size());
        for (const auto& cell : row) out.push_back(one_line(cell));
        return out;
    };
    rows.push_back(clean(t.header));
    for (const auto& r : t.rows) rows.push_back(clean(r));

    std::vector<std::size_t> widths(t.header.size(), 0);
    for (const auto& r : rows)
        for (std::size_t i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], io::display_width(r[i]));
    if (o.width > 0) fit_widths(widths, l.elidable, o.width);

    const auto line = [&](const std::vector<std::string>& row, const std::vector<std::size_t>& block, bool header) {
        std::string text = "|";
        for (const std::size_t i : block) {
            const std::string cell = i < row.size() ? row[i] : std::string();
            const bool right = i < t.aligns.size() && t.aligns[i] == align::right;
            std::string padded = fit_to_width(cell, widths[i], right ? align::right : align::left);
            if (o.color && !header && has_column(l.verdicts, i))
                if (const auto v = verdict_named(cell))
                    if (const std::string_view sgr = sgr_of(tone_of(*v)); !sgr.empty())
                        padded = std::string(sgr) + padded + std::string(sgr_reset);
            text += " " + padded + " |";
        }
        return text + '\n';
    };
    std::string out;
    for (const auto& block : column_blocks(widths, o.width, l.key_columns)) {
        if (!out.empty()) out += '\n';  // a blank line between blocks of columns
        std::string rule = "+";
        for (const std::size_t i : block) rule += std::string(widths[i] + 2, '-') + "+";
        rule += '\n';
        out += rule + line(rows.front(), block, true) + rule;
        for (std::size_t i = 1; i < rows.size(); ++i) out += line(rows[i], block, false);
        out += rule;
    }
    return out;
}

// A table model with the layout its headers give.
inline std::string render_text_table_of(const table_model& t, const table_options& o) {
    return render_text_table(t, o, layout_by_headers(t));
}

// A line of text cut with "…" to `width` columns when it is wider (0: any width).
inline std::string fit_line(std::string_view s, std::size_t width) {
    const std::string line = one_line(s);
    if (width == 0 || io::display_width(line) <= width) return line;
    std::string cut = fit_to_width(line, width);
    while (!cut.empty() && cut.back() == ' ') cut.pop_back();
    return cut;
}

// The first screen's lists (highlights.hpp), each with its count and items.
inline std::string text_highlights(const highlights& h, const table_options& o) {
    std::string out = wrap_text_line(highlights_heading, o.width);
    const auto list = [&](std::string_view heading, const std::vector<highlight>& items, const std::string& none) {
        // The list's heading wraps; its items, one a line, are cut to the width.
        std::string line = fmt::format("  {}: {}", heading, items.size());
        if (items.empty()) line += " · " + none;
        out += wrap_text_line(one_line(line), o.width);
        for (const auto& it : items) out += fit_line("    - " + it.text, o.width) + '\n';
    };
    list(missed_heading, h.missed, none_missed_text(h));
    list(below_last_heading, h.below_last_actual, none_from_audit_text(h));
    list(audit_heading, h.audit, none_from_audit_text(h));
    return out;
}

}  // namespace detail

inline std::string render_table(const document& d, const table_options& o = {}) {
    const document_index index(d);
    const auto views = assessment_views(d, index);
    const auto sections = report_sections(d, index, views);
    // A line of text, wrapped to the width (tables fit themselves).
    const auto text = [&](std::string_view line) { return detail::wrap_text_line(detail::one_line(line), o.width); };
    std::string out = text(title_of(d));
    if (d.evaluation != nullptr)
        out += text(fmt::format("评估时点 As of: {} · 目标 {} 项 targets · 实际 {} 项 results", d.evaluation->as_of.to_string(),
                                d.evaluation->assessments.size(), result_count(sections)));
    out += '\n' + detail::text_highlights(highlights_of(d, index, views), o) + '\n';

    if (d.evaluation == nullptr || views.empty()) {
        out += "(无评估 no assessments)\n";
    } else {
        out += detail::render_text_table_of(assessments_table(views, "-"), o);
        out += "\n汇总 Summary\n" + detail::render_text_table_of(summary_table(*d.evaluation), o);
        // The binding status in its tone, as the verdicts of the table.
        const binding_status status = d.evaluation->binding();
        const std::string_view sgr = !o.color                          ? std::string_view()
                                     : status == binding_status::met    ? detail::sgr_of(tone::met)
                                     : status == binding_status::missed ? detail::sgr_of(tone::missed)
                                                                        : std::string_view();
        const std::string line = text(binding_status_text(*d.evaluation));
        out += sgr.empty() ? line : std::string(sgr) + line.substr(0, line.size() - 1) + std::string(detail::sgr_reset) + '\n';
    }
    if (d.p != nullptr)
        if (const table_model assumed = assumptions_table(*d.p); !assumed.rows.empty())
            out += "\n推定 Assumed natures\n" + detail::render_text_table_of(assumed, o);

    // The results, section by section.
    bool results_heading = false;
    for (const auto& sec : sections) {
        if (sec.results.rows.empty()) continue;
        if (!results_heading) out += "\n结果 Results by section\n";
        results_heading = true;
        out += '\n' + detail::fit_line(section_heading_text(sec), o.width) + '\n';
        out += detail::render_text_table_of(sec.results, o);
    }

    if (d.audit != nullptr) {
        const audit_result& au = *d.audit;
        out += "\n" + text("审计 Audit: " + audit_counts_text(au));
        if (!au.findings.empty()) out += detail::render_text_table_of(findings_table(au, "-"), o);
        if (!au.unresolved.empty()) out += text(unresolved_text(au));
    }

    if (d.progress != nullptr) {
        out += "\n" + text(progress_heading(*d.progress));
        out += d.progress->indicators.empty() ? "(" + std::string(no_progress_rows) + ")\n"
                                              : detail::render_text_table_of(progress_table(*d.progress), o);
    }

    if (has_books_over_years(d)) {
        const linked_books& b = *d.books;
        out += "\n历年 Books over years\n" + detail::render_text_table_of(books_table(b), o);
        if (!b.links.empty()) out += "\n关联待核 Links to review\n" + detail::render_text_table_of(links_table(b), o);
        if (const table_model revised = revisions_table(b); !revised.rows.empty())
            out += "\n修订 Revisions (the later book's value is used)\n" + detail::render_text_table_of(revised, o);
        const auto hs = histories_of(d);
        // Its period columns hold verdicts; their headers are the periods.
        const table_model by_year = verdicts_by_year_table(hs);
        detail::text_layout by_year_layout = detail::layout_by_headers(by_year);
        for (std::size_t i = 1; i + 1 < by_year.header.size(); ++i) by_year_layout.verdicts.push_back(i);
        out += "\n历年结论 Verdicts by year\n" + detail::render_text_table(by_year, o, by_year_layout);
        out += text(verdicts_legend(hs));
        for (const auto& line : missed_runs_lines(hs)) out += text(line);
        if (const auto periods = plan_period_lines(hs); !periods.empty()) {
            out += "\n" + std::string(plan_periods_heading) + "\n";
            for (const auto& line : periods) out += text(line);
        }
    }
    if (d.source != nullptr) {
        out += "\n来源 Provenance\n";
        for (const auto& line : provenance_lines(*d.source, as_of_text(d))) out += text(line);
    }
    return out;
}

}  // namespace plantarget::report
