// The report's sections as table models: the assessments, the summary of
// verdicts and the audit's findings, each a header, alignments and rows of
// cell text, with the lines of text around them. The terminal table and
// Markdown print these models (each with its own escaping and borders), so
// that the two never show different cells.
#pragma once

#include <plantarget/report/document.hpp>
#include <plantarget/report/findings.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace plantarget::report {

enum class align : std::uint8_t { left, right };

struct table_model {
    std::vector<std::string> header;
    std::vector<align> aligns;
    std::vector<std::vector<std::string>> rows;
};

namespace detail {

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

}  // namespace detail

// One row per assessment. A schedule-gap column appears only when some
// assessment has one; empty cells show `dash`.
inline table_model assessments_table(const std::vector<assessment_view>& views, const std::string& dash) {
    const bool schedule = detail::any_schedule_gap(views);
    table_model t{{"节 Section", "指标 Indicator", "类型 Kind", "目标 Target", "实际 Actual", "差距 Margin",
                   "完成率 Completion"},
                  {align::left, align::left, align::left, align::left, align::left, align::right, align::right},
                  {}};
    if (schedule) {
        t.header.emplace_back("进度差 Schedule gap");
        t.aligns.push_back(align::right);
    }
    t.header.emplace_back("结论 Verdict");
    t.aligns.push_back(align::left);
    t.header.emplace_back("所需增长 Req. growth");
    t.aligns.push_back(align::right);
    const auto or_dash = [&](const std::string& s) { return s.empty() ? dash : s; };
    for (const auto& v : views) {
        std::vector<std::string> row{v.section,
                                     v.name_zh,
                                     std::string(chinese_of(v.a->kind)),
                                     or_dash(v.target_text),
                                     or_dash(detail::actual_cell(v)),
                                     or_dash(v.margin_text),
                                     or_dash(v.completion_text)};
        if (schedule) row.push_back(or_dash(v.schedule_gap_text));
        row.push_back(detail::verdict_cell(*v.a));
        row.push_back(or_dash(v.required_growth_text));
        t.rows.push_back(std::move(row));
    }
    return t;
}

// Counts by verdict, of all targets and by commitment, with a total row.
inline table_model summary_table(const plan_report& r) {
    table_model t{{"结论 Verdict", "合计 Total", "约束性 Binding", "预期性 Anticipatory"},
                  {align::left, align::right, align::right, align::right},
                  {}};
    int total = 0, binding = 0, anticipatory = 0;
    for (const verdict v : all_verdicts) {
        const int n = r.count(v), b = r.count(v, commitment::binding), an = r.count(v, commitment::anticipatory);
        total += n;
        binding += b;
        anticipatory += an;
        t.rows.push_back({fmt::format("{} {}", chinese_of(v), english_of(v)), std::to_string(n), std::to_string(b),
                          std::to_string(an)});
    }
    t.rows.push_back({"合计 Total", std::to_string(total), std::to_string(binding), std::to_string(anticipatory)});
    return t;
}

// Whether the binding targets are met, missed or not assessable, as one
// line; binding targets that cannot be assessed are counted apart whenever
// there are any, so that "met" never covers them.
inline std::string binding_status_text(const plan_report& r) {
    const binding_status s = r.binding();
    std::string out = fmt::format("{} · {}", chinese_of(s), english_of(s));
    if (const int n = r.binding_not_assessable(); n > 0)
        out += fmt::format(" · 无法评估 {} 项 · {} not assessable", n, n);
    return out;
}

// The audit's numbers as one line.
inline std::string audit_counts_text(const audit_result& au) {
    return fmt::format("{} 项检查 checks, {} 项成立 holding; {} 错误 errors, {} 警告 warnings, {} 提示 notes", au.checks,
                       au.holding, au.count(severity::error), au.count(severity::warning), au.count(severity::note));
}

// One row per finding; a finding without a published value shows `dash`.
inline table_model findings_table(const audit_result& au, const std::string& dash) {
    table_model t{{"级别 Severity", "检查 Check", "来源 Origin", "数据 Figures", "计算 Computed", "公布 Published",
                   "说明 Message"},
                  {align::left, align::left, align::left, align::left, align::right, align::right, align::left},
                  {}};
    for (const auto& x : au.findings) {
        const std::string published = finding_published_cell(x);
        t.rows.push_back({fmt::format("{} {}", chinese_of(x.level), to_string(x.level)), x.check_id,
                          finding_origin_cell(x), detail::join(x.figures, ", "), finding_computed_cell(x),
                          published.empty() ? dash : published, describe_bilingual(x)});
    }
    return t;
}

// The relations the audit could not check, as one line; empty when none.
inline std::string unresolved_text(const audit_result& au) {
    if (au.unresolved.empty()) return {};
    return "未解析 Unresolved (figures missing): " + detail::join(au.unresolved, ", ");
}

namespace detail {
// "average (from the unit: 微克/立方米)", "flow (by default)", "stock (stated)".
template <class E>
std::string trait_cell(E value, const trait_provenance& from) {
    std::string s = fmt::format("{} ({}", token_of(value), english_of(from.origin));
    if (!from.because.empty()) s += ": " + from.because;
    return s + ")";
}
}  // namespace detail

// The indicators with a nature, direction or price basis the data did not
// state: what was assumed, and from what (indicator_traits.hpp). Empty when
// everything was stated.
inline table_model assumptions_table(const plan& p) {
    table_model t{{"指标 Indicator", "性质 Nature", "方向 Direction", "价格 Price basis"},
                  {align::left, align::left, align::left, align::left},
                  {}};
    for (const auto& i : p.indicators()) {
        if (!i.kind_origin.assumed() && !i.better_origin.assumed() && !i.basis_origin.assumed()) continue;
        t.rows.push_back({i.name_zh.empty() ? i.id : i.name_zh, detail::trait_cell(i.kind, i.kind_origin),
                          detail::trait_cell(i.better, i.better_origin), detail::trait_cell(i.basis, i.basis_origin)});
    }
    return t;
}

// ---- progress ----------------------------------------------------------------

inline std::string progress_heading(const progress::plan_progress& pp) {
    return fmt::format("进度评估 Progress ({})", to_string(pp.used));
}

// What a progress section says when no indicator could be followed.
inline constexpr std::string_view no_progress_rows =
    "no indicator has two or more yearly observations and a level target";

// Progress numbers are computed, not published: six significant digits.
inline std::string progress_number(double v) { return fmt::format("{:.6g}", v); }

// The method's number behind the category, or why there is none.
inline std::string progress_detail(const progress::indicator_progress& r) {
    if (const auto ratio = r.ratio()) return "R = " + progress_number(*ratio);
    if (const auto projected = r.projected())
        return fmt::format("projected {} in {}", progress_number(*projected), r.target.year);
    if (!r.assessed()) return reason_text(r.why());
    return {};
}

// One row per followed indicator.
inline table_model progress_table(const progress::plan_progress& pp) {
    table_model t{{"指标 Indicator", "类别 Category", "数据 Years", "最新 Latest", "目标 Target", "说明 Detail"},
                  {align::left, align::left, align::left, align::right, align::right, align::left},
                  {}};
    for (const auto& r : pp.indicators)
        t.rows.push_back({r.name, std::string(r.category()), fmt::format("{}-{}", r.first_year, r.latest_year),
                          progress_number(r.latest),
                          fmt::format("{} ({})", progress_number(r.target.value), r.target.year),
                          progress_detail(r)});
    return t;
}


// ---- books over years -------------------------------------------------------------

inline std::string book_file_name(const std::string& path) { return std::filesystem::path(path).filename().string(); }

// The books, in publication order, with where each date came from.
inline table_model books_table(const linked_books& b) {
    table_model t{{"报告 Book", "发布 Published", "依据 From", "数字 Figures"},
                  {align::left, align::left, align::left, align::right},
                  {}};
    for (const auto& k : b.books)
        t.rows.push_back({book_file_name(k.name), boost::gregorian::to_iso_extended_string(k.published),
                          fmt::format("{} {}", chinese_of(k.origin), english_of(k.origin)), std::to_string(k.figures)});
    return t;
}

// Every link that is not by the same id, for review (plancheck links writes them as a table).
inline table_model links_table(const linked_books& b) {
    table_model t{{"报告 Book", "指标 Indicator", "作为 Linked to", "依据 Basis", "说明 Because"},
                  {align::left, align::left, align::left, align::left, align::left},
                  {}};
    for (const auto& l : b.links)
        t.rows.push_back({book_file_name(l.book), l.indicator, l.linked_to,
                          fmt::format("{} {}", chinese_of(l.basis), english_of(l.basis)), l.because});
    return t;
}

// Actuals two books publish for one period: the later book's is used.
inline table_model revisions_table(const linked_books& b) {
    table_model t{{"指标 Indicator", "期 Period", "采用 Used", "报告 Book", "此前 Earlier", "报告 Book"},
                  {align::left, align::left, align::right, align::left, align::right, align::left},
                  {}};
    for (const auto& r : b.revisions) {
        if (r.agree) continue;
        t.rows.push_back({r.indicator + (r.measure == figure_measure::level ? "" : " " + std::string(to_string(r.measure))),
                          r.period.to_string(), format_published_value(r.used) + " " + r.used_unit.zh(),
                          book_file_name(r.used_book), format_published_value(r.earlier) + " " + r.earlier_unit.zh(),
                          book_file_name(r.earlier_book)});
    }
    return t;
}

// The rows of the verdicts-by-year table, in order: indicators with targets
// in the most periods first (the plan's main targets lead). The HTML table
// colours its cells by the points of these rows.
inline std::vector<const indicator_history*> verdicts_by_year_rows(const std::vector<indicator_history>& hs) {
    std::vector<const indicator_history*> rows;
    for (const auto& h : hs) rows.push_back(&h);
    std::stable_sort(rows.begin(), rows.end(), [](const auto* a, const auto* b) { return a->points.size() > b->points.size(); });
    return rows;
}

// Verdicts by year: a row per indicator with a target, a column per period.
// Cells give the verdict in Chinese (the legend below the table gives the English).
inline table_model verdicts_by_year_table(const std::vector<indicator_history>& hs) {
    const std::vector<period> periods = history_periods(hs);
    table_model t{{"指标 Indicator"}, {align::left}, {}};
    for (const auto& p : periods) {
        t.header.push_back(p.to_string());
        t.aligns.push_back(align::left);
    }
    t.header.emplace_back("连续未完成 Missed running");
    t.aligns.push_back(align::right);
    for (const indicator_history* hp : verdicts_by_year_rows(hs)) {
        const indicator_history& h = *hp;
        std::vector<std::string> row{history_name(h)};
        for (const auto& p : periods) {
            std::string cell;
            for (const auto& pt : h.points)
                if (pt.period == p) cell = std::string(chinese_of(pt.outcome));
            row.push_back(cell);
        }
        row.push_back(h.longest_missed_run > 0 ? std::to_string(h.longest_missed_run) : std::string());
        t.rows.push_back(std::move(row));
    }
    return t;
}

// The legend of the verdicts table: the verdicts it shows, Chinese = English.
inline std::string verdicts_legend(const std::vector<indicator_history>& hs) {
    std::string out;
    for (const verdict v : all_verdicts) {
        bool shown = false;
        for (const auto& h : hs)
            for (const auto& p : h.points) shown = shown || p.outcome == v;
        if (!shown) continue;
        if (!out.empty()) out += " · ";
        out += fmt::format("{} = {}", chinese_of(v), english_of(v));
    }
    return out;
}

// The heading of the plan-period lines, in every renderer that prints them.
inline constexpr std::string_view plan_periods_heading = "规划期 Plan periods, year by year";

// Each plan-period target followed through its years: one line each.
inline std::vector<std::string> plan_period_lines(const std::vector<indicator_history>& hs) {
    std::vector<std::string> out;
    for (const auto& h : hs)
        for (const auto& p : h.points) {
            if (p.through.empty()) continue;
            std::string line = fmt::format("{} {}:", history_name(h), p.period.to_string());
            for (const auto& s : p.through) {
                line += fmt::format(" {} {}", s.year, chinese_of(s.outcome));
                if (s.rate_still_needed.ok()) line += fmt::format(" (还需 still {:.2f}/年)", *s.rate_still_needed);
                else if (s.expected_to_date.ok() && s.actual.ok())
                    line += fmt::format(" ({:g} / {:g})", *s.actual, *s.expected_to_date);
                line += ";";
            }
            line.pop_back();
            out.push_back(std::move(line));
        }
    return out;
}

// One line per indicator missed two or more years running.
inline std::vector<std::string> missed_runs_lines(const std::vector<indicator_history>& hs) {
    std::vector<std::string> out;
    for (const auto& h : hs)
        if (h.longest_missed_run >= 2)
            out.push_back(fmt::format("{}: 连续{}年未完成 missed {} years running{}", history_name(h),
                                      h.longest_missed_run, h.longest_missed_run,
                                      h.missed_run_now == h.longest_missed_run ? ", up to the latest target" : ""));
    return out;
}

}  // namespace plantarget::report
