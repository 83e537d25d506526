// The plan report as GitHub-flavoured Markdown: the terminal table's columns
// as pipe tables, then the counts and the audit findings. Cell text is
// escaped, so a name holding "|" stays in its cell and one holding "<script>"
// stays text.
#pragma once

#include <plantarget/report/document.hpp>
#include <plantarget/report/highlights.hpp>
#include <plantarget/report/results.hpp>
#include <plantarget/report/tables.hpp>

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

namespace plantarget::report {

// Text for a Markdown table cell: backslash-escapes the ASCII punctuation
// that would end the cell (|) or start markup (\ * ` [ ] < ~, and _ where it
// could open emphasis: not between ASCII letters or digits, as in snake_case ids,
// which CommonMark never reads as emphasis), writes line breaks as spaces (a
// row is one line) and other control characters visibly (escape_controls).
inline std::string markdown_escape(std::string_view text) {
    const std::string visible = escape_controls(text, whitespace_controls::as_space);
    const std::string_view s = visible;
    const auto word_char = [&](std::size_t i) {
        if (i >= s.size()) return false;
        const auto c = static_cast<unsigned char>(s[i]);
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    };
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        switch (c) {
            case '_':
                if (!(i > 0 && word_char(i - 1) && word_char(i + 1))) out += '\\';
                out += c;
                break;
            case '\\':
            case '|':
            case '*':
            case '`':
            case '[':
            case ']':
            case '<':
            case '~':
                out += '\\';
                out += c;
                break;
            case '\n':
            case '\r':
            case '\t': out += ' '; break;
            default: out += c;
        }
    }
    return out;
}

namespace detail {

inline std::string markdown_row(const std::vector<std::string>& cells) {
    std::string out = "|";
    for (const auto& c : cells) {
        // Appended piece by piece: no temporary string (and no g++ 12 -Wrestrict
        // false positive in "literal" + std::string, GCC bug 105651).
        out += ' ';
        out += markdown_escape(c);
        out += " |";
    }
    return out + '\n';
}

inline std::string markdown_rule(const std::vector<align>& aligns) {
    std::string out = "|";
    for (const align a : aligns) out += a == align::right ? " ---: |" : " --- |";
    return out + '\n';
}

// A table model as a pipe table, followed by a blank line.
inline std::string markdown_table(const table_model& t) {
    std::string out = markdown_row(t.header) + markdown_rule(t.aligns);
    for (const auto& r : t.rows) out += markdown_row(r);
    return out + '\n';
}

}  // namespace detail

inline std::string render_markdown(const document& d) {
    const document_index index(d);
    const auto views = assessment_views(d, index);
    const auto sections = report_sections(d, index, views);
    std::string out = "# " + markdown_escape(title_of(d)) + "\n\n";
    if (d.evaluation != nullptr)
        out += fmt::format("评估时点 As of: **{}** · 目标 {} 项 targets · 实际 {} 项 results\n\n",
                           markdown_escape(d.evaluation->as_of.to_string()), d.evaluation->assessments.size(),
                           result_count(sections));

    // The first screen: what stands out (highlights.hpp).
    const highlights h = highlights_of(d, index, views);
    out += "## " + std::string(highlights_heading) + "\n\n";
    const auto list = [&](std::string_view heading, const std::vector<highlight>& items, const std::string& none) {
        out += fmt::format("### {} ({})\n\n", heading, items.size());
        if (items.empty()) out += markdown_escape(none) + "\n";
        for (const auto& it : items) out += "- " + markdown_escape(it.text) + "\n";
        out += '\n';
    };
    list(missed_heading, h.missed, none_missed_text(h));
    list(below_last_heading, h.below_last_actual, none_from_audit_text(h));
    list(audit_heading, h.audit, none_from_audit_text(h));

    out += "## 评估 Assessments\n\n";
    if (views.empty()) {
        out += "(无评估 no assessments)\n\n";
    } else {
        out += detail::markdown_table(assessments_table(views, "—"));
        const plan_report& r = *d.evaluation;
        out += "## 汇总 Summary\n\n" + detail::markdown_table(summary_table(r));
        // A missed binding target stands out.
        out += r.binding_targets_met() ? binding_status_text(r) + "\n\n" : "**" + binding_status_text(r) + "**\n\n";
    }
    if (d.p != nullptr)
        if (const table_model assumed = assumptions_table(*d.p); !assumed.rows.empty())
            out += "## 推定 Assumed natures\n\n" + detail::markdown_table(assumed);

    // The results, section by section.
    bool results_heading = false;
    for (const auto& sec : sections) {
        if (sec.results.rows.empty()) continue;
        if (!results_heading) out += "## 结果 Results by section\n\n";
        results_heading = true;
        out += "### " + markdown_escape(section_heading_text(sec)) + "\n\n" + detail::markdown_table(sec.results);
    }

    if (d.audit != nullptr) {
        const audit_result& au = *d.audit;
        out += "## 审计 Audit\n\n" + audit_counts_text(au) + "\n\n";
        if (!au.findings.empty()) out += detail::markdown_table(findings_table(au, "—"));
        if (!au.unresolved.empty()) out += markdown_escape(unresolved_text(au)) + "\n";
    }

    if (d.progress != nullptr) {
        out += "\n## " + markdown_escape(progress_heading(*d.progress)) + "\n\n";
        out += d.progress->indicators.empty() ? "(" + std::string(no_progress_rows) + ")\n"
                                              : detail::markdown_table(progress_table(*d.progress));
    }

    // Books over years: the terminal table's sections (table.hpp), from the same models.
    if (has_books_over_years(d)) {
        const linked_books& b = *d.books;
        out += "\n## 历年 Books over years\n\n" + detail::markdown_table(books_table(b));
        if (!b.links.empty()) out += "### 关联待核 Links to review\n\n" + detail::markdown_table(links_table(b));
        if (const table_model revised = revisions_table(b); !revised.rows.empty())
            out += "### 修订 Revisions (the later book's value is used)\n\n" + detail::markdown_table(revised);
        const auto hs = histories_of(d);
        out += "### 历年结论 Verdicts by year\n\n" + detail::markdown_table(verdicts_by_year_table(hs));
        if (const std::string legend = verdicts_legend(hs); !legend.empty()) out += markdown_escape(legend) + "\n\n";
        // One list item per indicator missed two or more years running.
        const auto runs = missed_runs_lines(hs);
        for (const auto& line : runs) out += "- " + markdown_escape(line) + "\n";
        if (!runs.empty()) out += '\n';
        // Each plan-period target year by year, the terminal's lines as a list.
        if (const auto periods = plan_period_lines(hs); !periods.empty()) {
            out += "### " + std::string(plan_periods_heading) + "\n\n";
            for (const auto& line : periods) out += "- " + markdown_escape(line) + "\n";
            out += '\n';
        }
    }
    if (d.source != nullptr) {
        out += "## 来源 Provenance\n\n";
        for (const auto& line : provenance_lines(*d.source, as_of_text(d))) out += "- " + markdown_escape(line) + "\n";
        out += '\n';
    }
    return out;
}

}  // namespace plantarget::report
