// An assessment's numbers with their units. evaluate() reports raw numbers in
// the unit of the target's first condition; here each gets its unit: a
// run-time descriptor for any target (actual_amount(a): 2 万人), a typed
// quantity for a typed target (actual_quantity<persons_unit>(a): 20000 人),
// and the one-line text of an assessment.
#pragma once

#include <plantarget/evaluate.hpp>
#include <plantarget/text.hpp>
#include <plantarget/units/traits.hpp>

#include <string>
#include <type_traits>

namespace plantarget {

// A number in a run-time unit: what a data file, a condition or an
// assessment holds (2 in 万人, 94.8 in %).
struct amount {
    double value = 0.0;
    units::unit_descriptor unit{};
};

inline std::string text_of(const amount& x, text_style s = {}) { return text_of(x.value, x.unit, s); }

// The unit a condition's threshold and actual are in: percent for growth and
// completion (the evaluation reports those in percent).
inline units::unit_descriptor condition_unit(const condition& c) {
    return c.what == measure::level ? c.unit : units::unit_of("%");
}

// The unit of a difference from a condition's threshold (its margin): points
// for anything in percent, the condition's unit otherwise.
inline units::unit_descriptor margin_unit(const condition& c) {
    const units::unit_descriptor u = condition_unit(c);
    return u.kind() == units::unit_kind::percent ? points_label_unit() : u;
}

namespace detail {
inline result<amount> in_unit(const result<double>& v, const units::unit_descriptor& u) {
    if (!v) return v.why();
    return amount{*v, u};
}
inline const condition* first_condition(const assessment& a) {
    return a.conditions.empty() ? nullptr : &a.conditions.front().cond;
}
}  // namespace detail

// The actual, the threshold, the value expected to date, the projection and
// the last actual before the period: in the first condition's unit. The margin
// in its difference unit.
inline result<amount> actual_amount(const assessment& a) {
    const condition* c = detail::first_condition(a);
    if (c == nullptr) return reason::no_target;
    return detail::in_unit(a.actual, condition_unit(*c));
}
// The threshold is `value` for every measure and comparator (target.hpp): the
// low end of `between`, the centre of `about`, a completion target's rate;
// `upper` is only between's high end and the band of about is its tolerance.
inline result<amount> threshold_amount(const assessment& a) {
    const condition* c = detail::first_condition(a);
    if (c == nullptr) return reason::no_target;
    return amount{c->value, condition_unit(*c)};
}
inline result<amount> margin_amount(const assessment& a) {
    const condition* c = detail::first_condition(a);
    if (c == nullptr) return reason::no_target;
    return detail::in_unit(a.margin, margin_unit(*c));
}
inline result<amount> expected_amount(const assessment& a) {
    const condition* c = detail::first_condition(a);
    if (c == nullptr) return reason::no_target;
    return detail::in_unit(a.expected_to_date, condition_unit(*c));
}
inline result<amount> projected_amount(const assessment& a) {
    const condition* c = detail::first_condition(a);
    if (c == nullptr) return reason::no_target;
    return detail::in_unit(a.projected, condition_unit(*c));
}
inline result<amount> last_actual_amount(const assessment& a) {
    const condition* c = detail::first_condition(a);
    if (c == nullptr) return reason::no_target;
    return detail::in_unit(a.last_actual, condition_unit(*c));
}

// ---- the typed view of a typed target's assessment ------------------------------

namespace detail {
// A level of an indicator in U from a number in the condition's unit; a
// conversion between scales is one multiplication by a power of ten.
template <units::plan_unit U>
result<units::quantity_of<U>> level_in(const assessment& a, const result<double>& v) {
    const condition* c = first_condition(a);
    if (c == nullptr) return reason::no_target;
    if (c->what != measure::level || c->cmp == comparator::milestone_at_least) return reason::not_applicable;
    if (!v) return v.why();
    if constexpr (units::boost_plan_unit<U>) {
        if (!c->unit.same_kind(units::descriptor_of<U>())) return reason::unit_mismatch;
        return units::quantity<U>::from_value(units::convert_value(*v, c->unit, units::descriptor_of<U>()));
    } else {
        return units::from_raw<U>(*v);
    }
}
}  // namespace detail

// The type a difference of two values in U is: a quantity in U, or percentage
// points for rates.
template <units::plan_unit U>
using difference_of = std::conditional_t<units::boost_plan_unit<U>, units::quantity_of<U>, percentage_points>;

// The actual of a level target on indicator<U>, in U (converted from the
// target's scale: a 万人 target on a 人 indicator gives 人).
template <units::plan_unit U>
result<units::quantity_of<U>> actual_quantity(const assessment& a) {
    return detail::level_in<U>(a, a.actual);
}
template <units::plan_unit U>
result<units::quantity_of<U>> threshold_quantity(const assessment& a) {
    return detail::level_in<U>(a, a.threshold);
}
template <units::plan_unit U>
result<units::quantity_of<U>> projected_quantity(const assessment& a) {
    return detail::level_in<U>(a, a.projected);
}
template <units::plan_unit U>
result<units::quantity_of<U>> expected_quantity(const assessment& a) {
    return detail::level_in<U>(a, a.expected_to_date);
}
template <units::plan_unit U>
result<units::quantity_of<U>> last_actual_quantity(const assessment& a) {
    return detail::level_in<U>(a, a.last_actual);
}
// The margin of a level target: a quantity in U, or points for a rate.
template <units::plan_unit U>
    requires(!std::is_same_v<U, rank>)
result<difference_of<U>> margin_quantity(const assessment& a) {
    const condition* c = detail::first_condition(a);
    if (c == nullptr) return reason::no_target;
    if (c->what != measure::level) return reason::not_applicable;
    if (!a.margin) return a.margin.why();
    if constexpr (units::boost_plan_unit<U>) {
        if (!c->unit.same_kind(units::descriptor_of<U>())) return reason::unit_mismatch;
        return units::quantity<U>::from_value(units::convert_value(*a.margin, c->unit, units::descriptor_of<U>()));
    } else {
        return percentage_points(*a.margin);
    }
}
// The actual growth of a growth target (同比增长), and its margin in points.
inline result<growth_rate> actual_growth(const assessment& a) {
    const condition* c = detail::first_condition(a);
    if (c == nullptr) return reason::no_target;
    if (c->what != measure::growth) return reason::not_applicable;
    if (!a.actual) return a.actual.why();
    return growth_rate::from_percent(*a.actual);
}
inline result<percentage_points> margin_points(const assessment& a) {
    const condition* c = detail::first_condition(a);
    if (c == nullptr) return reason::no_target;
    if (c->what == measure::level) return reason::not_applicable;
    if (!a.margin) return a.margin.why();
    return percentage_points(*a.margin);
}

// ---- the one-line text of an assessment --------------------------------------------

// "urban_jobs_new@2026: 快于进度, 实际 2 万人, 差距 -1.5 万人"; a value that is
// missing shows its reason ("实际 无数据"). A milestone's actual is its state.
inline std::string text_of(const assessment& a, text_style s = {}) {
    const bool zh = s.form == label_form::chinese;
    std::string out = a.target_id + ": " + std::string(label_of(a.outcome, s.form));
    if (a.outcome == verdict::not_assessable && a.why != reason::none)
        out += " (" + std::string(label_of(a.why, s.form)) + ")";
    const condition* c = detail::first_condition(a);
    if (c == nullptr) return out;
    const bool milestone_state = c->cmp == comparator::milestone_at_least;
    out += zh ? ", 实际 " : ", actual ";
    if (!a.actual) {
        out += label_of(a.actual.why(), s.form);
    } else if (milestone_state) {
        out += label_of(static_cast<milestone>(std::lround(*a.actual)), s.form);
    } else {
        out += text_of(*a.actual, condition_unit(*c), s);
    }
    if (a.margin && !milestone_state)
        out += (zh ? ", 差距 " : ", margin ") + difference_with_unit(*a.margin, s.decimals, margin_unit(*c), s.form);
    return out;
}

}  // namespace plantarget
