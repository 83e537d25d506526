// Growth and completion formulas of plan language (docs/explanation/formulas.md), on typed
// values: the growth of a yuan series is a growth_rate, the difference of two
// percents is in percentage points. Undefined cases return a reason, never NaN,
// and nothing here throws.
#pragma once

#include <plantarget/kernel.hpp>
#include <plantarget/result.hpp>
#include <plantarget/series.hpp>
#include <plantarget/units/rate.hpp>
#include <plantarget/units/traits.hpp>

#include <cmath>
#include <type_traits>

namespace plantarget {

// A value the formulas accept: a Boost quantity of a plan unit, a percent, or
// a plain double (the raw path of data files and the batch engine).
template <class V>
concept plan_value = std::is_same_v<V, double> || std::is_same_v<V, percent> ||
                     (requires { typename V::unit_type; } && units::boost_plan_unit<typename V::unit_type>);

namespace detail {
template <class V>
constexpr double raw(const V& v) {
    if constexpr (std::is_same_v<V, double>) return v;
    else return v.value();
}
template <class V>
constexpr V make_like(double raw_value) {
    if constexpr (std::is_same_v<V, double>) return raw_value;
    else if constexpr (std::is_same_v<V, percent>) return percent(raw_value);
    else return V::from_value(raw_value);
}
inline bool finite(double a) { return std::isfinite(a); }
inline bool finite(double a, double b) { return std::isfinite(a) && std::isfinite(b); }
inline bool opposite(double a, double b) { return (a < 0 && b > 0) || (a > 0 && b < 0); }
// A computed number as V, or overflow when it left the doubles.
template <class V>
result<V> checked_like(double raw_value) noexcept {
    if (!std::isfinite(raw_value)) return reason::overflow;
    return make_like<V>(raw_value);
}
// A ratio as a percent, or overflow when the ratio or its hundredfold is infinite.
inline result<percent> checked_percent(double ratio) noexcept {
    const double p = ratio * 100.0;
    if (!std::isfinite(p)) return reason::overflow;
    return percent(p);
}
inline result<growth_rate> checked_growth(double fraction) noexcept {
    if (!std::isfinite(fraction)) return reason::overflow;
    return growth_rate::from_fraction(fraction);
}

template <class...> inline constexpr bool formula_always_false = false;
// Two values a formula can relate: quantities of one kind in any scale.
template <class V1, class V2>
constexpr bool same_kind_values() {
    if constexpr (requires { typename V1::unit_type; typename V2::unit_type; })
        return units::same_kind_units<typename V1::unit_type, typename V2::unit_type>();
    else
        return false;
}
// The number of `v` in the unit of `Like`: one multiplication by a power of ten
// (亿元 and 万元), or the inexact factor of 亩 and 平方米, which a ratio accepts.
template <class Like, class V>
double raw_as(const V& v) {
    if constexpr (std::is_same_v<Like, V>) {
        return raw(v);
    } else if constexpr (same_kind_values<Like, V>()) {
        using to = typename Like::unit_type;
        using from = typename V::unit_type;
        if constexpr (units::exactly_convertible<from, to>) return units::convert_to<to>(v).value();
        else return units::convert_approx<to>(v).value();
    } else {
        diagnose::formula_values_of_one_kind<formula_always_false<Like, V>, units::side_of<Like>(),
                                             units::side_of<V>()>();
        return 0.0;
    }
}
}  // namespace detail

// x_t / x_base - 1 on raw numbers: every growth comes from kernel::growth_fraction.
constexpr result<growth_rate> growth_of(double current, double base) noexcept {
    double g = 0.0;
    if (const reason why = kernel::growth_fraction(current, base, g); why != reason::none) return why;
    return growth_rate::from_fraction(g);
}

// Growth between two values of the same type and unit (同比 or 环比 alike).
template <plan_value V>
result<growth_rate> growth(const V& current, const V& base) noexcept {
    return growth_of(detail::raw(current), detail::raw(base));
}
// Growth between values of one kind in different scales (268亿元 against
// 260000万元): the base is converted to the current value's unit first.
template <plan_value V1, plan_value V2>
    requires(!std::is_same_v<V1, V2>)
result<growth_rate> growth(const V1& current, const V2& base) noexcept {
    return growth_of(detail::raw(current), detail::raw_as<V1>(base));
}

// 同比: the value of period p against the same period of the prior year.
template <class V>
result<growth_rate> year_on_year(const basic_series<V>& s, period p) noexcept {
    const auto prior = p.same_period_prior_year();
    if (!prior) return prior.why();
    const auto* now = s.find(p);
    const auto* before = s.find(*prior);
    if (now == nullptr || before == nullptr) return reason::missing_period;
    return growth_of(detail::raw(now->value), detail::raw(before->value));
}

// 环比: the value of period p against the previous period of the same length.
template <class V>
result<growth_rate> period_on_period(const basic_series<V>& s, period p) noexcept {
    const auto prior = p.previous();
    if (!prior) return prior.why();
    const auto* now = s.find(p);
    const auto* before = s.find(*prior);
    if (now == nullptr || before == nullptr) return reason::missing_period;
    return growth_of(detail::raw(now->value), detail::raw(before->value));
}

// 下降X%: a decline of X percent is a growth of -X %.
constexpr growth_rate decline(double percent_down) noexcept { return growth_rate::from_percent(-percent_down); }

// (x_T / x_0)^(1/n) - 1, for positive values and n > 0 years.
template <plan_value V>
result<growth_rate> cagr(const V& first, const V& last, double years) noexcept {
    const double a = detail::raw(first);
    const double b = detail::raw(last);
    if (!detail::finite(a, b) || !std::isfinite(years)) return reason::not_finite;
    if (years <= 0.0) return reason::invalid_argument;
    if (a == 0.0) return reason::zero_base;
    if (detail::opposite(a, b)) return reason::opposite_signs;
    if (a < 0.0 || b < 0.0) return reason::negative_base;
    const double g = std::pow(b / a, 1.0 / years) - 1.0;
    if (!std::isfinite(g)) return reason::overflow;
    return growth_rate::from_fraction(g);
}
template <plan_value V1, plan_value V2>
    requires(!std::is_same_v<V1, V2>)
result<growth_rate> cagr(const V1& first, const V2& last, double years) noexcept {
    return cagr(first, detail::make_like<V1>(detail::raw_as<V1>(last)), years);
}

// The CAGR needed to go from `current` now to `target` in `years` years:
// (V / x_t)^(1/(T - t)) - 1.
template <plan_value V>
result<growth_rate> required_cagr(const V& current, const V& target, double years) noexcept {
    return cagr(current, target, years);
}
template <plan_value V1, plan_value V2>
    requires(!std::is_same_v<V1, V2>)
result<growth_rate> required_cagr(const V1& current, const V2& target, double years) noexcept {
    return cagr(current, target, years);
}

// The average annual rate that compounds to a total change over `years`
// years, (1 + C)^(1/n) - 1: 累计增长C over a plan period as 年均.
inline result<growth_rate> annual_rate_of(growth_rate total, double years) noexcept {
    return cagr(1.0, total.factor(), years);
}
// The total change an average annual rate compounds to over `years` years,
// (1 + g)^n - 1: 年均增长g as 累计.
inline result<growth_rate> compounded(growth_rate annual, double years) noexcept {
    if (!detail::finite(annual.fraction(), years)) return reason::not_finite;
    if (years <= 0.0) return reason::invalid_argument;
    if (annual.factor() < 0.0) return reason::negative_base;
    return detail::checked_growth(std::pow(annual.factor(), years) - 1.0);
}

// The base a reported level and its growth imply: x_t / (1 + g).
template <plan_value V>
result<V> implied_base(const V& level, growth_rate g) noexcept {
    const double x = detail::raw(level);
    if (!detail::finite(x, g.fraction())) return reason::not_finite;
    if (g.factor() == 0.0) return reason::zero_rate;
    // A fall of more than 100 % implies a base of the other sign, which growth refuses.
    if (g.factor() < 0.0 && x != 0.0) return reason::opposite_signs;
    return detail::checked_like<V>(x / g.factor());
}

// The plan an actual and its completion rate imply: actual / rate.
template <plan_value V>
result<V> implied_plan(const V& actual, percent completion) noexcept {
    const double x = detail::raw(actual);
    if (!detail::finite(x, completion.value())) return reason::not_finite;
    if (completion.value() == 0.0) return reason::zero_rate;
    return detail::checked_like<V>(x / completion.as_ratio());
}

// 完成率 of a level plan: actual / plan; a plan of zero or below has none.
template <plan_value V>
result<percent> completion_rate(const V& actual, const V& plan) noexcept {
    const double a = detail::raw(actual);
    const double p = detail::raw(plan);
    if (!detail::finite(a, p)) return reason::not_finite;
    if (p == 0.0) return reason::zero_base;
    // A share of a negative plan (a net change: -5 of -10) is no completion.
    if (p < 0.0) return reason::not_applicable;
    return detail::checked_percent(a / p);
}
// Completion against a plan in another scale of the same kind (万人 of 人).
template <plan_value V1, plan_value V2>
    requires(!std::is_same_v<V1, V2>)
result<percent> completion_rate(const V1& actual, const V2& plan) noexcept {
    return completion_rate(actual, detail::make_like<V1>(detail::raw_as<V1>(plan)));
}

// 完成率 of a reduction plan: planned change -p, actual change -a give
// (1 - a) / (1 - p). Below 100 % is better: the cut went deeper than planned.
inline result<percent> reduction_completion_rate(growth_rate actual_change, growth_rate planned_change) noexcept {
    if (!detail::finite(actual_change.fraction(), planned_change.fraction())) return reason::not_finite;
    if (planned_change.factor() == 0.0) return reason::zero_base;
    return detail::checked_percent(actual_change.factor() / planned_change.factor());
}

// 双倍增: the target is twice the base; the growth needed each year is 2^(1/n) - 1.
template <plan_value V>
constexpr V doubling_target(const V& base) noexcept {
    return detail::make_like<V>(detail::raw(base) * 2.0);
}
inline result<growth_rate> doubling_required_growth(double years) noexcept {
    if (!std::isfinite(years)) return reason::not_finite;
    if (years <= 0.0) return reason::invalid_argument;
    return detail::checked_growth(std::pow(2.0, 1.0 / years) - 1.0);
}

// The change of a rate, r_t - r_{t-1}, in percentage points.
constexpr percentage_points point_change(percent now, percent before) noexcept { return now - before; }
constexpr percentage_points point_change(growth_rate now, growth_rate before) noexcept { return now - before; }

// Real growth from nominal growth and a price change: (1 + n) / (1 + p) - 1.
inline result<growth_rate> real_growth(growth_rate nominal, growth_rate price_change) noexcept {
    if (!detail::finite(nominal.fraction(), price_change.fraction())) return reason::not_finite;
    if (price_change.factor() == 0.0) return reason::zero_base;
    return detail::checked_growth(nominal.factor() / price_change.factor() - 1.0);
}

// A part's contribution to the growth of its total, (part_t - part_{t-1}) /
// total_{t-1}, in percentage points of the total's growth.
template <plan_value V>
result<percentage_points> contribution(const V& part_now, const V& part_before, const V& total_before) noexcept {
    const double a = detail::raw(part_now);
    const double b = detail::raw(part_before);
    const double t = detail::raw(total_before);
    if (!detail::finite(a, b) || !std::isfinite(t)) return reason::not_finite;
    if (t == 0.0) return reason::zero_base;
    const double points = (a - b) / t * 100.0;
    if (!std::isfinite(points)) return reason::overflow;
    return percentage_points(points);
}
template <plan_value V1, plan_value V2, plan_value V3>
    requires(!(std::is_same_v<V1, V2> && std::is_same_v<V1, V3>))
result<percentage_points> contribution(const V1& part_now, const V2& part_before, const V3& total_before) noexcept {
    return contribution(part_now, detail::make_like<V1>(detail::raw_as<V1>(part_before)),
                        detail::make_like<V1>(detail::raw_as<V1>(total_before)));
}

// part / total, as a percent.
template <plan_value V>
result<percent> share(const V& part, const V& total) noexcept {
    const double a = detail::raw(part);
    const double t = detail::raw(total);
    if (!detail::finite(a, t)) return reason::not_finite;
    if (t == 0.0) return reason::zero_base;
    return detail::checked_percent(a / t);
}
// A part in another scale of its total's kind (万人 of 人).
template <plan_value V1, plan_value V2>
    requires(!std::is_same_v<V1, V2>)
result<percent> share(const V1& part, const V2& total) noexcept {
    return share(part, detail::make_like<V1>(detail::raw_as<V1>(total)));
}

// An amount per person (per-capita income): the Boost quantity of Q1 per Q2.
template <class Q1, class Q2>
    requires(requires { typename Q1::unit_type; typename Q2::unit_type; })
auto per_capita(const Q1& amount, const Q2& population) noexcept -> result<decltype(amount / population)> {
    diagnose::per_person_of_persons<units::kind_of<typename Q2::unit_type> == units::unit_kind::persons>();
    if (!detail::finite(amount.value(), population.value())) return reason::not_finite;
    if (population.value() == 0.0) return reason::zero_base;
    const auto q = amount / population;
    if (!std::isfinite(q.value())) return reason::overflow;
    return q;
}

}  // namespace plantarget
