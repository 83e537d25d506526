// Compares two plans, their evaluations and two figure books field by field,
// and says in words what differs: how `shapingba --data` shows that the typed
// program and the data files describe the same report.
#pragma once

#include <plantarget/figures.hpp>
#include <plantarget/plan.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace shapingba {

namespace compare_detail {

inline bool same_number(double a, double b) {
    return a == b || std::abs(a - b) <= 1e-12 * std::max(std::abs(a), std::abs(b));
}
template <class T, class Same>
bool same_result(const plantarget::result<T>& a, const plantarget::result<T>& b, Same same) {
    if (a.ok() != b.ok()) return false;
    return a.ok() ? same(*a, *b) : a.why() == b.why();
}
inline bool same_result(const plantarget::result<double>& a, const plantarget::result<double>& b) {
    return same_result(a, b, same_number);
}
inline bool same_unit(const plantarget::units::unit_descriptor& a, const plantarget::units::unit_descriptor& b) {
    return a == b;
}
inline bool same_condition(const plantarget::condition& a, const plantarget::condition& b) {
    return a.what == b.what && a.cmp == b.cmp && same_number(a.value, b.value) && same_number(a.upper, b.upper) &&
           a.tolerance.has_value() == b.tolerance.has_value() &&
           (!a.tolerance || same_number(*a.tolerance, *b.tolerance)) && same_number(a.plan, b.plan) &&
           same_unit(a.unit, b.unit);
}

// The first field in which two assessments differ, or empty.
inline std::string assessment_difference(const plantarget::assessment& a, const plantarget::assessment& b) {
    if (a.target_id != b.target_id) return "target id";
    if (a.indicator_id != b.indicator_id) return "indicator";
    if (a.kind != b.kind) return "commitment";
    if (a.deadline != b.deadline) return "deadline";
    if (a.outcome != b.outcome) return "verdict";
    if (a.why != b.why) return "reason";
    if (!same_number(a.threshold, b.threshold)) return "threshold";
    if (!same_result(a.actual, b.actual)) return "actual";
    if (!same_result(a.margin, b.margin)) return "margin";
    if (!same_result(a.last_actual, b.last_actual)) return "last actual";
    if (!same_result(a.required_growth, b.required_growth,
                     [](plantarget::growth_rate x, plantarget::growth_rate y) { return same_number(x.fraction(), y.fraction()); }))
        return "required growth";
    if (a.conditions.size() != b.conditions.size()) return "number of conditions";
    for (std::size_t i = 0; i < a.conditions.size(); ++i) {
        const auto& x = a.conditions[i];
        const auto& y = b.conditions[i];
        if (!same_condition(x.cond, y.cond)) return "condition " + std::to_string(i + 1);
        if (x.outcome != y.outcome || x.why != y.why) return "verdict of condition " + std::to_string(i + 1);
        if (!same_result(x.actual, y.actual) || !same_result(x.margin, y.margin))
            return "actual of condition " + std::to_string(i + 1);
    }
    return {};
}

}  // namespace compare_detail

// Assessments that differ between two evaluations, target by target: "<id>:
// <field>", or "<id>: only in the first" / "only in the second".
inline std::vector<std::string> assessment_differences(const plantarget::plan_report& first,
                                                       const plantarget::plan_report& second) {
    std::vector<std::string> out;
    std::map<std::string, const plantarget::assessment*> others;
    for (const auto& a : second.assessments) others[a.target_id] = &a;
    for (const auto& a : first.assessments) {
        const auto it = others.find(a.target_id);
        if (it == others.end()) {
            out.push_back(a.target_id + ": only in the first");
            continue;
        }
        if (auto field = compare_detail::assessment_difference(a, *it->second); !field.empty())
            out.push_back(a.target_id + ": " + field);
        others.erase(it);
    }
    for (const auto& [id, a] : others) out.push_back(id + ": only in the second");
    return out;
}

// Indicators, observations and targets that differ between two plans, as
// "<id>: <field>". Section titles are not compared: data files carry none.
inline std::vector<std::string> plan_differences(const plantarget::plan& first, const plantarget::plan& second) {
    using compare_detail::same_number;
    std::vector<std::string> out;
    for (const auto& a : first.indicators()) {
        const plantarget::indicator_info* b = second.indicator_by_id(a.id);
        if (b == nullptr) {
            out.push_back(a.id + ": indicator only in the first");
            continue;
        }
        if (a.name_zh != b->name_zh || a.name_en != b->name_en) out.push_back(a.id + ": names");
        if (!compare_detail::same_unit(a.unit, b->unit)) out.push_back(a.id + ": unit");
        if (a.better != b->better) out.push_back(a.id + ": direction");
        if (a.kind != b->kind) out.push_back(a.id + ": nature");
        if (a.basis != b->basis || a.parent_id != b->parent_id) out.push_back(a.id + ": basis or parent");
        const auto& sa = *first.series_of(a.id);
        const auto& sb = *second.series_of(a.id);
        bool same_series = sa.size() == sb.size();
        for (auto i = sa.begin(), j = sb.begin(); same_series && i != sa.end(); ++i, ++j) {
            const auto& ma = i->meta;
            const auto& mb = j->meta;
            same_series = i->period == j->period && ma.growth_only == mb.growth_only &&
                          (ma.growth_only || same_number(i->value, j->value)) && ma.bound == mb.bound &&
                          ma.decimals == mb.decimals && ma.flags == mb.flags &&
                          ma.published_growth.has_value() == mb.published_growth.has_value() &&
                          (!ma.published_growth ||
                           (same_number(ma.published_growth->fraction(), mb.published_growth->fraction()) &&
                            ma.growth_decimals == mb.growth_decimals));
        }
        if (!same_series) out.push_back(a.id + ": observations");
    }
    for (const auto& b : second.indicators())
        if (first.indicator_by_id(b.id) == nullptr) out.push_back(b.id + ": indicator only in the second");

    std::map<std::string, const plantarget::planned_target*> others;
    for (const auto& t : second.targets()) others[t.spec.id] = &t;
    for (const auto& t : first.targets()) {
        const auto it = others.find(t.spec.id);
        if (it == others.end()) {
            out.push_back(t.spec.id + ": target only in the first");
            continue;
        }
        const auto& a = t.spec;
        const auto& b = it->second->spec;
        bool same = a.indicator_id == b.indicator_id && a.deadline == b.deadline && a.kind == b.kind &&
                    a.combine == b.combine && a.text == b.text && t.section == it->second->section &&
                    a.conditions.size() == b.conditions.size();
        for (std::size_t i = 0; same && i < a.conditions.size(); ++i)
            same = compare_detail::same_condition(a.conditions[i], b.conditions[i]);
        if (!same) out.push_back(a.id + ": target");
        others.erase(it);
    }
    for (const auto& [id, t] : others) out.push_back(id + ": target only in the second");
    return out;
}

// Figures and relations that differ between two books, by id. Units compare
// as units (人 and 名 are one unit), values with their printed decimals.
inline std::vector<std::string> figure_book_differences(const plantarget::figure_book& first,
                                                        const plantarget::figure_book& second) {
    std::vector<std::string> out;
    if (first.figures.size() != second.figures.size())
        out.push_back("number of figures: " + std::to_string(first.figures.size()) + " vs " +
                      std::to_string(second.figures.size()));
    for (const auto& a : first.figures) {
        const plantarget::published_figure* b = second.find(a.id);
        if (b == nullptr) {
            out.push_back(a.id + ": figure only in the first");
            continue;
        }
        const bool same = a.indicator_id == b->indicator_id && a.section == b->section && a.name_zh == b->name_zh &&
                          a.name_en == b->name_en && a.role == b->role && a.period == b->period &&
                          a.measure == b->measure && a.comparator_text == b->comparator_text &&
                          a.has_value == b->has_value && compare_detail::same_number(a.value.value, b->value.value) &&
                          a.value.decimals == b->value.decimals && compare_detail::same_unit(a.unit, b->unit) &&
                          a.quote == b->quote;
        if (!same) out.push_back(a.id + ": figure");
    }
    for (const auto& b : second.figures)
        if (first.find(b.id) == nullptr) out.push_back(b.id + ": figure only in the second");

    std::map<std::string, const plantarget::figure_relation*> others;
    for (const auto& r : second.relations) others[r.id] = &r;
    for (const auto& r : first.relations) {
        const auto it = others.find(r.id);
        if (it == others.end()) {
            out.push_back(r.id + ": relation only in the first");
            continue;
        }
        const auto& b = *it->second;
        if (r.kind != b.kind || r.result != b.result || r.operands != b.operands || r.note != b.note)
            out.push_back(r.id + ": relation");
        others.erase(it);
    }
    for (const auto& [id, r] : others) out.push_back(id + ": relation only in the second");
    return out;
}

}  // namespace shapingba
