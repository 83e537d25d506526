// The plan report as an aligned terminal table. Columns are padded by
// display width, not bytes or code points, because a Chinese character takes
// two terminal columns: padding by anything else tears the table apart.
// Borders are ASCII so that no East Asian Ambiguous character (box drawing,
// which CJK terminals draw two columns wide) can shift a line.
#pragma once

#include <plantarget/io/encoding.hpp>
#include <plantarget/report/document.hpp>
#include <plantarget/report/tables.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
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

namespace detail {

// Control characters have no width and would break the alignment (or drive
// the terminal): a cell holds one line, with controls made visible.
inline std::string one_line(std::string_view s) { return escape_controls(s, whitespace_controls::as_space); }

// A table model in ASCII borders, padded by display width.
inline std::string render_text_table(const table_model& t) {
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

    std::string rule = "+";
    for (const std::size_t w : widths) rule += std::string(w + 2, '-') + "+";
    rule += '\n';
    const auto line = [&](const std::vector<std::string>& row) {
        std::string out = "|";
        for (std::size_t i = 0; i < widths.size(); ++i) {
            const std::string cell = i < row.size() ? row[i] : std::string();
            const std::string pad(widths[i] - io::display_width(cell), ' ');
            const bool right = i < t.aligns.size() && t.aligns[i] == align::right;
            out += " " + (right ? pad + cell : cell + pad) + " |";
        }
        return out + '\n';
    };
    std::string out = rule + line(rows.front()) + rule;
    for (std::size_t i = 1; i < rows.size(); ++i) out += line(rows[i]);
    return out + rule;
}

}  // namespace detail

inline std::string render_table(const document& d) {
    const auto views = assessment_views(d);
    std::string out = detail::one_line(title_of(d)) + '\n';
    if (d.evaluation != nullptr)
        out += fmt::format("评估时点 As of: {} · 目标 {} 项 targets\n", d.evaluation->as_of.to_string(),
                           d.evaluation->assessments.size());
    out += '\n';

    if (d.evaluation == nullptr || views.empty()) {
        out += "(无评估 no assessments)\n";
    } else {
        out += detail::render_text_table(assessments_table(views, "-"));
        out += "\n汇总 Summary\n" + detail::render_text_table(summary_table(*d.evaluation));
        out += binding_status_text(*d.evaluation) + '\n';
    }
    if (d.p != nullptr)
        if (const table_model assumed = assumptions_table(*d.p); !assumed.rows.empty())
            out += "\n推定 Assumed natures\n" + detail::render_text_table(assumed);

    if (d.audit != nullptr) {
        const audit_result& au = *d.audit;
        out += "\n审计 Audit: " + audit_counts_text(au) + '\n';
        if (!au.findings.empty()) out += detail::render_text_table(findings_table(au, "-"));
        if (!au.unresolved.empty()) out += detail::one_line(unresolved_text(au)) + '\n';
    }

    if (d.progress != nullptr) {
        out += "\n" + progress_heading(*d.progress) + '\n';
        out += d.progress->indicators.empty() ? "(" + std::string(no_progress_rows) + ")\n"
                                              : detail::render_text_table(progress_table(*d.progress));
    }

    if (has_books_over_years(d)) {
        const linked_books& b = *d.books;
        out += "\n历年 Books over years\n" + detail::render_text_table(books_table(b));
        if (!b.links.empty()) out += "\n关联待核 Links to review\n" + detail::render_text_table(links_table(b));
        if (const table_model revised = revisions_table(b); !revised.rows.empty())
            out += "\n修订 Revisions (the later book's value is used)\n" + detail::render_text_table(revised);
        const auto hs = histories_of(d);
        out += "\n历年结论 Verdicts by year\n" + detail::render_text_table(verdicts_by_year_table(hs));
        out += verdicts_legend(hs) + '\n';
        for (const auto& line : missed_runs_lines(hs)) out += line + '\n';
        if (const auto periods = plan_period_lines(hs); !periods.empty()) {
            out += "\n规划期 Plan periods, year by year\n";
            for (const auto& line : periods) out += line + '\n';
        }
    }
    return out;
}

}  // namespace plantarget::report
