// The plan report as GitHub-flavoured Markdown: the terminal table's columns
// as pipe tables, then the counts and the audit findings. Cell text is
// escaped, so a name holding "|" stays in its cell and one holding "<script>"
// stays text.
#pragma once

#include <plantarget/report/document.hpp>
#include <plantarget/report/table.hpp>

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

namespace plantarget::report {

// Text for a Markdown table cell: backslash-escapes the ASCII punctuation
// that would end the cell (|) or start markup (\ * ` [ ] < ~, and _ where it
// could open emphasis: not between ASCII letters or digits, as in snake_case ids,
// which CommonMark never reads as emphasis), and writes line breaks as
// spaces (a row is one line).
inline std::string markdown_escape(std::string_view s) {
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

}  // namespace detail

inline std::string render_markdown(const document& d) {
    using detail::align;
    const auto views = assessment_views(d);
    std::string out = "# " + markdown_escape(title_of(d)) + "\n\n";
    if (d.evaluation != nullptr)
        out += fmt::format("评估时点 As of: **{}** · 目标 {} 项 targets\n\n", markdown_escape(d.evaluation->as_of.to_string()),
                           d.evaluation->assessments.size());

    out += "## 评估 Assessments\n\n";
    if (views.empty()) {
        out += "(无评估 no assessments)\n\n";
    } else {
        const std::string dash = "—";
        const bool schedule = detail::any_schedule_gap(views);
        const auto columns = detail::assessment_table_columns(schedule);
        out += detail::markdown_row(columns.header) + detail::markdown_rule(columns.aligns);
        for (const auto& v : views) out += detail::markdown_row(detail::assessment_cells(v, schedule, dash));
        out += '\n';

        const plan_report& r = *d.evaluation;
        out += "## 汇总 Summary\n\n";
        out += detail::markdown_row({"结论 Verdict", "合计 Total", "约束性 Binding", "预期性 Anticipatory"});
        out += detail::markdown_rule({align::left, align::right, align::right, align::right});
        int total = 0, binding = 0, anticipatory = 0;
        for (const verdict v : all_verdicts) {
            const int n = r.count(v), b = r.count(v, commitment::binding), an = r.count(v, commitment::anticipatory);
            total += n;
            binding += b;
            anticipatory += an;
            out += detail::markdown_row({fmt::format("{} {}", verdict_zh(v), verdict_en(v)), std::to_string(n),
                                         std::to_string(b), std::to_string(an)});
        }
        out += detail::markdown_row({"合计 Total", std::to_string(total), std::to_string(binding), std::to_string(anticipatory)});
        out += r.binding_targets_met() ? "\n约束性目标无未完成或慢于进度 · binding targets met\n\n"
                                       : "\n**有约束性目标未完成或慢于进度 · binding targets missed or behind**\n\n";
    }

    if (d.audit != nullptr) {
        const audit_result& au = *d.audit;
        out += "## 审计 Audit\n\n";
        out += fmt::format("{} 项检查 checks, {} 项成立 holding; {} 错误 errors, {} 警告 warnings, {} 提示 notes\n\n",
                           au.checks, au.holding, au.count(severity::error), au.count(severity::warning),
                           au.count(severity::note));
        if (!au.findings.empty()) {
            out += detail::markdown_row(
                {"级别 Severity", "检查 Check", "数据 Figures", "计算 Computed", "公布 Published", "说明 Message"});
            out += detail::markdown_rule({align::left, align::left, align::left, align::right, align::right, align::left});
            for (const auto& x : au.findings) {
                const std::string published = detail::value_with_unit_label(finding_published_text(x), x.unit);
                out += detail::markdown_row({fmt::format("{} {}", severity_zh(x.level), to_string(x.level)), x.check_id,
                                             detail::join(x.figures, ", "),
                                             detail::value_with_unit_label(finding_computed_text(x), x.unit),
                                             published.empty() ? std::string("—") : published, x.message});
            }
            out += '\n';
        }
        if (!au.unresolved.empty())
            out += "未解析 Unresolved (figures missing): " + markdown_escape(detail::join(au.unresolved, ", ")) + "\n";
    }
    return out;
}

}  // namespace plantarget::report
