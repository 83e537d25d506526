// The report by section: for each section of the report, in section order,
// its number and title (and its parents' titles), the results it publishes
// (the actual figures of the book: levels with their growth, rank,
// completion rate, share, and the plan a completion rate implies, from the
// audit) and the targets it sets. Worked out once; the HTML, Markdown and
// terminal renderers print it.
#pragma once

#include <plantarget/audit.hpp>
#include <plantarget/figures.hpp>
#include <plantarget/plan.hpp>
#include <plantarget/report/document.hpp>
#include <plantarget/report/tables.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace plantarget::report {

// The columns of a results table, in order. A section's table has those of
// its columns that hold a value, besides the indicator and the period.
enum class result_column : std::uint8_t {
    indicator, period, level, growth, rank, completion, implied_plan, other
};
inline constexpr std::array<std::string_view, 8> result_headers{
    "指标 Indicator", "期 Period", "实际 Actual", "增长 Growth", "位次 Rank",
    "完成率 Completion", "推算计划 Implied plan", "其他 Other"};

// One section of the report.
struct report_section {
    std::string number;                  // "1.1.1"; empty for figures without a section
    std::string title;                   // empty when the book gives none
    std::vector<std::string> parents;    // the titles of its parents, the highest first (untitled ones left out)
    std::vector<const assessment_view*> targets;  // in evaluation order
    table_model results;                 // one row per indicator and period; no rows when none
    std::vector<std::string> result_indicators;  // the indicator id of each row
    std::size_t result_figures = 0;      // the actual figures the rows show
};

namespace detail {

// A published actual as its cell shows it: the bound sign of its comparator
// (突破 1300 -> "> 1300 亿元"), a growth or a change with its sign.
inline std::string result_value_text(const published_figure& f) {
    const std::string_view sign = symbol_of(f.bound());
    std::string number;
    switch (f.measure) {
        case figure_measure::growth:
        case figure_measure::average_growth:
        case figure_measure::change_pp: number = format_signed(f.value.value, f.value.decimals); break;
        default: number = format_number(f.value.value, f.value.decimals);
    }
    if (f.upper) number += "–" + format_number(f.upper->value, f.upper->decimals);
    std::string text = with_unit(number, f.unit);
    if (f.measure == figure_measure::average_growth) text = "年均 " + text;
    if (f.measure != figure_measure::level && f.measure != figure_measure::growth &&
        f.measure != figure_measure::rank && f.measure != figure_measure::completion &&
        f.measure != figure_measure::average_growth)
        text = std::string(chinese_of(f.measure)) + " " + text;
    if (!f.has_value) text = f.comparator_text.text();  // 居前列
    return sign.empty() || !f.has_value ? text : std::string(sign) + " " + text;
}

inline result_column column_of(figure_measure m) {
    switch (m) {
        case figure_measure::level: return result_column::level;
        case figure_measure::growth: return result_column::growth;
        case figure_measure::rank: return result_column::rank;
        case figure_measure::completion: return result_column::completion;
        default: return result_column::other;
    }
}

// The plan each completion figure implies, by figure id, from the audit's
// findings on completion relations ("≈ 2780 万元").
inline std::map<std::string, std::string, std::less<>> implied_plans(const audit_result* au, const document_index& index) {
    std::map<std::string, std::string, std::less<>> out;
    if (au == nullptr) return out;
    for (const auto& f : au->findings) {
        if (f.kind != relation_kind::completion || f.why != reason::none) continue;
        if (f.code != finding_code::implied_plan && f.code != finding_code::implausible_completion &&
            f.code != finding_code::whole_base_candidates && f.code != finding_code::no_whole_base)
            continue;
        for (const auto& id : f.figures) {
            const published_figure* g = index.figure(id);
            if (g == nullptr || g->measure != figure_measure::completion) continue;
            out.emplace(id, "≈ " + with_unit(format_number(f.computed, f.computed_decimals), f.unit));
        }
    }
    return out;
}

}  // namespace detail

// The sections of the report in section order: every section with a target
// or a published actual. `views` are the document's assessment views
// (assessment_views), which the sections point into.
inline std::vector<report_section> report_sections(const document& d, const document_index& index,
                                                   const std::vector<assessment_view>& views) {
    std::vector<std::string> numbers;
    std::set<std::string> seen;
    const auto note = [&](const std::string& n) {
        if (seen.insert(n).second) numbers.push_back(n);
    };
    for (const auto& v : views) note(v.section);
    if (d.book != nullptr)
        for (const auto& f : d.book->figures)
            if (f.role == figure_role::actual) note(f.section);
    std::stable_sort(numbers.begin(), numbers.end(), section_less);

    const auto title_of_number = [&](const std::string& n) -> std::string {
        if (d.p != nullptr)
            if (const plan_section* s = d.p->section(n); s != nullptr && !s->title.empty()) return s->title;
        if (d.book != nullptr)
            if (const std::string* t = d.book->title_of_section(n); t != nullptr) return *t;
        return {};
    };

    std::vector<report_section> out;
    std::map<std::string, std::size_t> at;
    for (const auto& n : numbers) {
        report_section s;
        s.number = n;
        s.title = title_of_number(n);
        for (std::size_t dot = n.find('.'); dot != std::string::npos; dot = n.find('.', dot + 1))
            if (std::string t = title_of_number(n.substr(0, dot)); !t.empty()) s.parents.push_back(std::move(t));
        at.emplace(n, out.size());
        out.push_back(std::move(s));
    }
    for (const auto& v : views) out[at.at(v.section)].targets.push_back(&v);
    if (d.book == nullptr) return out;

    // Results: a row per section, indicator and period, in book order; a
    // cell per measure (two figures of one measure share it).
    const auto plans = detail::implied_plans(d.audit, index);
    constexpr std::size_t columns = result_headers.size();
    struct row {
        std::string indicator;
        std::array<std::string, columns> cells;
    };
    std::map<std::string, std::vector<row>> rows;  // by section
    std::map<std::tuple<std::string, std::string, std::string>, std::size_t> row_of;
    for (const auto& f : d.book->figures) {
        if (f.role != figure_role::actual) continue;
        auto& section_rows = rows[f.section];
        const auto key = std::tuple{f.section, f.indicator_id, f.period.to_string()};
        auto it = row_of.find(key);
        if (it == row_of.end()) {
            row r;
            r.indicator = f.indicator_id;
            std::string name = f.name_zh;
            if (name.empty() && d.p != nullptr)
                if (const indicator_info* i = d.p->indicator_by_id(f.indicator_id); i != nullptr) name = i->name_zh;
            r.cells[static_cast<std::size_t>(result_column::indicator)] = name.empty() ? f.indicator_id : name;
            r.cells[static_cast<std::size_t>(result_column::period)] = f.period.to_string();
            it = row_of.emplace(key, section_rows.size()).first;
            section_rows.push_back(std::move(r));
        }
        row& r = section_rows[it->second];
        const auto add = [&](result_column c, const std::string& text) {
            std::string& cell = r.cells[static_cast<std::size_t>(c)];
            if (cell.find(text) != std::string::npos) return;  // one actual published twice
            cell += (cell.empty() ? "" : "; ") + text;
        };
        add(detail::column_of(f.measure), detail::result_value_text(f));
        if (auto p = plans.find(f.id); p != plans.end()) add(result_column::implied_plan, p->second);
        ++out[at.at(f.section)].result_figures;
    }
    for (auto& [number, section_rows] : rows) {
        report_section& s = out[at.at(number)];
        std::array<bool, columns> used{};
        used[0] = used[1] = true;
        for (const auto& r : section_rows)
            for (std::size_t c = 2; c < columns; ++c) used[c] = used[c] || !r.cells[c].empty();
        for (std::size_t c = 0; c < columns; ++c) {
            if (!used[c]) continue;
            s.results.header.emplace_back(result_headers[c]);
            const auto col = static_cast<result_column>(c);
            s.results.aligns.push_back(col == result_column::indicator || col == result_column::period ||
                                               col == result_column::other
                                           ? align::left
                                           : align::right);
        }
        for (auto& r : section_rows) {
            std::vector<std::string> cells;
            for (std::size_t c = 0; c < columns; ++c)
                if (used[c]) cells.push_back(std::move(r.cells[c]));
            s.results.rows.push_back(std::move(cells));
            s.result_indicators.push_back(r.indicator);
        }
    }
    return out;
}

// A section's heading as one line of text: "1.1.1 成渝地区… (2025年… › 推动…)";
// the parents' titles in brackets.
inline std::string section_heading_text(const report_section& s) {
    std::string out = s.number.empty() ? std::string("—") : s.number;
    if (!s.title.empty()) out += " " + s.title;
    if (!s.parents.empty()) out += " (" + detail::join(s.parents, " › ") + ")";
    return out;
}

// How many actual figures the book publishes.
inline std::size_t result_count(const std::vector<report_section>& sections) {
    std::size_t n = 0;
    for (const auto& s : sections) n += s.result_figures;
    return n;
}

}  // namespace plantarget::report
