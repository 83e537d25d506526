// What stands out in a report, for its first screen: the targets missed or
// behind schedule, the targets set below the last actual (or a ceiling
// above it), and the audit's other errors and warnings. Each item is one
// line of text with the target or check it points to; the renderers print
// the lists as they are.
#pragma once

#include <plantarget/audit.hpp>
#include <plantarget/report/document.hpp>
#include <plantarget/report/findings.hpp>
#include <plantarget/report/results.hpp>

#include <fmt/format.h>

#include <string>
#include <vector>

namespace plantarget::report {

struct highlight {
    std::string text;
    std::string target_id;  // the target it concerns; empty for none
    std::string check_id;   // the audit check it comes from; empty for none
    tone shade = tone::unknown;
};

struct highlights {
    bool evaluated = false;  // whether there is an evaluation (else `missed` says nothing)
    bool audited = false;    // whether there is an audit (else the other two say nothing)
    std::size_t pending = 0;  // targets not yet due, of the evaluation
    std::vector<highlight> missed;             // not achieved or behind schedule
    std::vector<highlight> below_last_actual;  // a floor below, a ceiling above the last actual
    std::vector<highlight> audit;              // the other errors and warnings
};

inline constexpr std::string_view missed_heading = "未完成或慢于进度 Missed or behind";
inline constexpr std::string_view below_last_heading = "目标低于上年实际 Targets below the last actual";
inline constexpr std::string_view audit_heading = "审计错误与警告 Audit errors and warnings";
inline constexpr std::string_view highlights_heading = "要点 What stands out";

namespace detail {
inline bool sets_below_last_actual(finding_code c) {
    return c == finding_code::target_below_last_actual || c == finding_code::ceiling_above_last_actual;
}
}  // namespace detail

// The first screen's lists, from the assessment views and the audit.
inline highlights highlights_of(const document& d, const document_index& index,
                                const std::vector<assessment_view>& views) {
    highlights h;
    h.evaluated = d.evaluation != nullptr;
    h.audited = d.audit != nullptr;
    for (const auto& v : views) {
        if (v.a->outcome == verdict::pending) ++h.pending;
        if (tone_of(v.a->outcome) != tone::missed) continue;
        std::string text = fmt::format("{} {}: 目标 {}", v.name_zh, v.a->deadline.to_string(),
                                       v.target_text.empty() ? "—" : v.target_text);
        if (!v.actual_text.empty()) text += "，实际 " + v.actual_text;
        text += fmt::format(" · {} {}", chinese_of(v.a->outcome), english_of(v.a->outcome));
        h.missed.push_back({std::move(text), v.a->target_id, {}, tone::missed});
    }
    if (d.audit == nullptr) return h;
    for (const auto& f : d.audit->findings) {
        if (f.level == severity::note) continue;
        // What the finding is about: its target ("新增科技型企业 2026 目标 ≥ 450 家"),
        // else its first figure as published ("… 2025 1500%").
        std::string about;
        std::string target_id;
        for (const auto& id : f.figures) {
            const published_figure* g = index.figure(id);
            if (g == nullptr) continue;
            if (g->role == figure_role::target) {
                for (const auto& v : views)
                    if (v.a->indicator_id == g->indicator_id && v.a->deadline == g->period) {
                        target_id = v.a->target_id;
                        about = fmt::format("{} {} 目标 {}", v.name_zh, v.a->deadline.to_string(),
                                            v.target_text.empty() ? "—" : v.target_text);
                    }
                if (!target_id.empty()) break;
            }
            if (about.empty())
                about = fmt::format("{} {} {}", g->name_zh.empty() ? g->indicator_id : g->name_zh, g->period.to_string(),
                                    detail::result_value_text(*g));
        }
        if (about.empty() && !f.figures.empty()) about = f.figures.front();
        std::string text = about.empty() ? describe(f, language::chinese) : about + ": " + describe(f, language::chinese);
        if (detail::sets_below_last_actual(f.code)) {
            h.below_last_actual.push_back({std::move(text), target_id, f.check_id, tone::watch});
        } else {
            text += fmt::format(" ({} {})", chinese_of(f.level), to_string(f.level));
            h.audit.push_back({std::move(text), target_id, f.check_id, f.level == severity::error ? tone::missed : tone::watch});
        }
    }
    return h;
}

// What an empty list says.
inline std::string none_missed_text(const highlights& h) {
    if (!h.evaluated) return "无评估 no evaluation";
    if (h.pending > 0) return fmt::format("无 none · {} 项目标尚待评估 targets pending", h.pending);
    return "无 none";
}
inline std::string none_from_audit_text(const highlights& h) { return h.audited ? "无 none" : "未审计 not audited"; }

}  // namespace plantarget::report
