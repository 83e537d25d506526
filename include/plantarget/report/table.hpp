// The plan report as an aligned terminal table. Columns are padded by
// display width, not bytes or code points, because a Chinese character takes
// two terminal columns: padding by anything else tears the table apart.
// Borders are ASCII so that no East Asian Ambiguous character (box drawing,
// which CJK terminals draw two columns wide) can shift a line.
#pragma once

#include <plantarget/io/encoding.hpp>
#include <plantarget/report/document.hpp>
#include <plantarget/report/findings.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plantarget::report {

namespace detail {

// Control characters have no width and would break the alignment (or drive
// the terminal): a cell holds one line, with controls made visible.
inline std::string one_line(std::string_view s) { return escape_controls(s, whitespace_controls::as_space); }

enum class align : unsigned char { left, right };

struct text_table {
    std::vector<std::string> header;
    std::vector<align> aligns;
    std::vector<std::vector<std::string>> rows;

    void add(std::vector<std::string> row) {
        for (auto& cell : row) cell = one_line(cell);
        rows.push_back(std::move(row));
    }

    [[nodiscard]] std::string render() const {
        std::vector<std::size_t> widths(header.size(), 0);
        const auto measure = [&](const std::vector<std::string>& row) {
            for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = std::max(widths[i], io::display_width(row[i]));
        };
        measure(header);
        for (const auto& r : rows) measure(r);

        std::string rule = "+";
        for (const std::size_t w : widths) rule += std::string(w + 2, '-') + "+";
        rule += '\n';
        const auto line = [&](const std::vector<std::string>& row) {
            std::string out = "|";
            for (std::size_t i = 0; i < widths.size(); ++i) {
                const std::string cell = i < row.size() ? row[i] : std::string();
                const std::string pad(widths[i] - io::display_width(cell), ' ');
                const bool right = i < aligns.size() && aligns[i] == align::right;
                out += " " + (right ? pad + cell : cell + pad) + " |";
            }
            return out + '\n';
        };
        std::string out = rule + line(header) + rule;
        for (const auto& r : rows) out += line(r);
        return out + rule;
    }
};

inline std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += sep;
        out += parts[i];
    }
    return out;
}

// The actual cell: the value and its period; before the deadline period, the
// last actual, marked as such.
inline std::string actual_cell(const assessment_view& v) {
    if (!v.actual_text.empty()) return fmt::format("{} ({})", v.actual_text, v.actual_period);
    if (!v.last_actual_text.empty()) return fmt::format("上期 {} ({})", v.last_actual_text, v.last_actual_period);
    return {};
}

inline std::string verdict_cell(const assessment& a) {
    std::string s = fmt::format("{} {}", chinese_of(a.outcome), english_of(a.outcome));
    if (a.why != reason::none) s += fmt::format(": {}", describe(a.why));
    return s;
}

inline bool any_schedule_gap(const std::vector<assessment_view>& views) {
    for (const auto& v : views)
        if (!v.schedule_gap_text.empty()) return true;
    return false;
}

// The assessment table's columns and cells, shared by the terminal table and
// Markdown so that both show the same thing. A schedule-gap column appears
// only when some assessment has one; empty cells show `dash`.
struct assessment_columns {
    std::vector<std::string> header;
    std::vector<align> aligns;
};
inline assessment_columns assessment_table_columns(bool schedule) {
    assessment_columns c{{"节 Section", "指标 Indicator", "类型 Kind", "目标 Target", "实际 Actual", "差距 Margin",
                          "完成率 Completion"},
                         {align::left, align::left, align::left, align::left, align::left, align::right, align::right}};
    if (schedule) {
        c.header.emplace_back("进度差 Schedule gap");
        c.aligns.push_back(align::right);
    }
    c.header.emplace_back("结论 Verdict");
    c.aligns.push_back(align::left);
    c.header.emplace_back("所需增长 Req. growth");
    c.aligns.push_back(align::right);
    return c;
}
inline std::vector<std::string> assessment_cells(const assessment_view& v, bool schedule, const std::string& dash) {
    const auto or_dash = [&](const std::string& s) { return s.empty() ? dash : s; };
    std::vector<std::string> row{v.section,
                                 v.name_zh,
                                 std::string(chinese_of(v.a->kind)),
                                 or_dash(v.target_text),
                                 or_dash(actual_cell(v)),
                                 or_dash(v.margin_text),
                                 or_dash(v.completion_text)};
    if (schedule) row.push_back(or_dash(v.schedule_gap_text));
    row.push_back(verdict_cell(*v.a));
    row.push_back(or_dash(v.required_growth_text));
    return row;
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
        using detail::align;
        const std::string dash = "-";
        const bool schedule = detail::any_schedule_gap(views);
        detail::text_table t;
        auto columns = detail::assessment_table_columns(schedule);
        t.header = std::move(columns.header);
        t.aligns = std::move(columns.aligns);
        for (const auto& v : views) t.add(detail::assessment_cells(v, schedule, dash));
        out += t.render();

        // Counts by verdict, all and by commitment.
        const plan_report& r = *d.evaluation;
        detail::text_table s;
        s.header = {"结论 Verdict", "合计 Total", "约束性 Binding", "预期性 Anticipatory"};
        s.aligns = {align::left, align::right, align::right, align::right};
        int total = 0, binding = 0, anticipatory = 0;
        for (const verdict v : all_verdicts) {
            const int n = r.count(v), b = r.count(v, commitment::binding), an = r.count(v, commitment::anticipatory);
            total += n;
            binding += b;
            anticipatory += an;
            s.add({fmt::format("{} {}", chinese_of(v), english_of(v)), std::to_string(n), std::to_string(b),
                   std::to_string(an)});
        }
        s.add({"合计 Total", std::to_string(total), std::to_string(binding), std::to_string(anticipatory)});
        out += "\n汇总 Summary\n" + s.render();
        out += r.binding_targets_met() ? "约束性目标无未完成或慢于进度 · binding targets met\n"
                                       : "有约束性目标未完成或慢于进度 · binding targets missed or behind\n";
    }

    if (d.audit != nullptr) {
        const audit_result& au = *d.audit;
        out += fmt::format("\n审计 Audit: {} 项检查 checks, {} 项成立 holding; {} 错误 errors, {} 警告 warnings, {} 提示 notes\n",
                           au.checks, au.holding, au.count(severity::error), au.count(severity::warning),
                           au.count(severity::note));
        if (!au.findings.empty()) {
            using detail::align;
            detail::text_table f;
            f.header = {"级别 Severity", "检查 Check", "数据 Figures", "计算 Computed", "公布 Published", "说明 Message"};
            f.aligns = {align::left, align::left, align::left, align::right, align::right, align::left};
            for (const auto& x : au.findings) {
                const std::string published = finding_published_cell(x);
                f.add({fmt::format("{} {}", chinese_of(x.level), to_string(x.level)), x.check_id,
                       detail::join(x.figures, ", "), finding_computed_cell(x),
                       published.empty() ? std::string("-") : published, describe_bilingual(x)});
            }
            out += f.render();
        }
        if (!au.unresolved.empty())
            out += "未解析 Unresolved (figures missing): " + detail::one_line(detail::join(au.unresolved, ", ")) + '\n';
    }
    return out;
}

}  // namespace plantarget::report
