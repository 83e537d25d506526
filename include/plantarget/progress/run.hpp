// Progress of a whole plan by one published method (docs/progress-methods.md):
// for each indicator with at least two yearly actual observations up to the
// as-of period and a level target it can follow, the method's assessment.
// What plancheck's --progress prints and the Python module can call: the
// choice of the series and of the target lives here, once, not in a tool.
#pragma once

#include <plantarget/direction.hpp>
#include <plantarget/period.hpp>
#include <plantarget/plan.hpp>
#include <plantarget/progress/common.hpp>
#include <plantarget/progress/escap.hpp>
#include <plantarget/progress/german.hpp>
#include <plantarget/progress/open_sdg.hpp>
#include <plantarget/result.hpp>
#include <plantarget/units/registry.hpp>
#include <plantarget/vocab/vocabulary.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace plantarget::progress {

// The methods. Their tokens are the names plancheck's --progress and its
// JSON ("method") have used since the first release.
enum class method : std::uint8_t { open_sdg, escap, german };

}  // namespace plantarget::progress

namespace plantarget {
template <>
struct vocabulary<progress::method> {
    static constexpr std::array<vocab_entry<progress::method>, 3> entries{{
        {progress::method::open_sdg, "open-sdg", "Open SDG", "Open SDG 方法"},
        {progress::method::escap, "escap", "ESCAP", "ESCAP 方法"},
        {progress::method::german, "german", "German sustainability indicators", "德国可持续发展指标方法"},
    }};
};
static_assert(detail::vocabulary_is_dense<progress::method>());
}  // namespace plantarget

namespace plantarget::progress {

constexpr std::string_view to_string(method m) noexcept { return token_of(m); }

// The level target a method can follow: a bound (>=, >, <=, <) on the level,
// in the series' kind of unit, due at the end of a year.
struct followed_target {
    std::string target_id;
    double value = 0.0;  // in the series' unit
    int year = 0;
    direction better = direction::higher_is_better;
};

// The latest such target of the indicator, if any (its first bound condition).
[[nodiscard]] inline std::optional<followed_target> target_to_follow(const plan& p, const indicator_info& ind,
                                                                      const value_series& s) {
    std::optional<followed_target> best;
    for (const planned_target& t : p.targets()) {
        if (t.spec.indicator_id != ind.id || t.spec.deadline.kind() != period_kind::year) continue;
        for (const condition& c : t.spec.conditions) {
            const bool bound = c.cmp == comparator::at_least || c.cmp == comparator::more_than ||
                               c.cmp == comparator::at_most || c.cmp == comparator::less_than;
            if (c.what != measure::level || !bound || !c.unit.same_kind(s.unit())) continue;
            const int year = t.spec.deadline.year_number();
            if (!best || best->year < year)
                best = followed_target{t.spec.id, units::convert_value(c.value, c.unit, s.unit()), year, c.better()};
            break;
        }
    }
    return best;
}

// The yearly actuals of a series up to `as_of`, in series order.
[[nodiscard]] inline std::vector<yearly_point> yearly_points(const value_series& s, const period& as_of) {
    std::vector<yearly_point> points;
    for (const auto& o : s)
        if (o.period.kind() == period_kind::year && !(as_of < o.period))
            points.push_back({o.period.year_number(), o.value});
    return points;
}

using method_assessment = std::variant<open_sdg::assessment, escap::assessment, german::assessment>;

// One indicator's progress: what was followed, and the method's answer.
struct indicator_progress {
    std::string indicator_id;
    std::string name;  // Chinese, else English
    followed_target target;
    int first_year = 0;   // the first observed year: the base year
    int latest_year = 0;
    double latest = 0.0;  // in the series' unit
    method_assessment result;

    // The method's category token ("substantial_progress", "sunny", ...).
    [[nodiscard]] std::string_view category() const {
        return std::visit([](const auto& a) { return to_string(a.status); }, result);
    }
    [[nodiscard]] bool assessed() const {
        return std::visit([](const auto& a) { return a.assessed(); }, result);
    }
    // Why it was not assessed; reason::none when it was.
    [[nodiscard]] reason why() const {
        return std::visit([](const auto& a) { return a.why; }, result);
    }
    // Open SDG's ratio R, when it has one.
    [[nodiscard]] std::optional<double> ratio() const {
        if (const auto* a = std::get_if<open_sdg::assessment>(&result)) return a->ratio;
        return std::nullopt;
    }
    // The value ESCAP or the German method projects for the target year.
    [[nodiscard]] std::optional<double> projected() const {
        if (const auto* a = std::get_if<escap::assessment>(&result)) return a->projected_value;
        if (const auto* a = std::get_if<german::assessment>(&result)) return a->projected_value;
        return std::nullopt;
    }
};

struct plan_progress {
    method used = method::open_sdg;
    period as_of;
    std::vector<indicator_progress> indicators;  // in the plan's indicator order
};

// Runs `m` over every indicator of the plan that has two or more yearly
// actuals up to `as_of` and a target to follow; the first observed year is the
// base year, the followed target's year the target year. Other options of the
// methods keep their defaults.
[[nodiscard]] inline plan_progress run(const plan& p, const period& as_of, method m) {
    plan_progress out;
    out.used = m;
    out.as_of = as_of;
    for (const indicator_info& ind : p.indicators()) {
        const value_series* s = p.series_of(ind.id);
        if (s == nullptr) continue;
        const std::vector<yearly_point> points = yearly_points(*s, as_of);
        if (points.size() < 2) continue;
        const auto target = target_to_follow(p, ind, *s);
        if (!target) continue;

        indicator_progress row{ind.id,
                               ind.name_zh.empty() ? ind.name_en : ind.name_zh,
                               *target,
                               points.front().year,
                               points.back().year,
                               points.back().value,
                               open_sdg::assessment{}};
        switch (m) {
            case method::open_sdg: {
                open_sdg::options o;
                o.base_year = points.front().year;
                o.target_year = target->year;
                row.result = open_sdg::assess(points, target->better, target->value, o);
                break;
            }
            case method::escap: {
                escap::options o;
                o.base_year = points.front().year;
                o.target_year = target->year;
                row.result = escap::assess(points, target->better, target->value, o);
                break;
            }
            case method::german: {
                german::options o;
                o.target_year = target->year;
                row.result = german::assess(points, target->better, target->value, o);
                break;
            }
        }
        out.indicators.push_back(std::move(row));
    }
    return out;
}

}  // namespace plantarget::progress
