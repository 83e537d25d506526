// From compile-time units to run-time descriptors and back, the concept of a
// plan unit, and the explicit conversions between scales.
#pragma once

#include <plantarget/units/diagnostics.hpp>
#include <plantarget/units/rate.hpp>
#include <plantarget/units/registry.hpp>
#include <plantarget/units/units.hpp>

#include <boost/units/is_unit.hpp>

#include <cmath>
#include <type_traits>

namespace plantarget::units {

namespace detail {
template <class Dim> struct kind_of_dimension;  // undefined: a dimension plans do not use
// Each dimension: its run-time kind and the unit the kind's factors are relative to.
#define PLANTARGET_KIND_OF(name, base_unit_)                                  \
    template <> struct kind_of_dimension<name##_dimension> {                  \
        static constexpr unit_kind kind = unit_kind::name;                    \
        using base_unit = base_unit_;                                         \
    }
PLANTARGET_KIND_OF(currency, yuan_unit);
PLANTARGET_KIND_OF(persons, persons_unit);
PLANTARGET_KIND_OF(person_visits, person_visits_unit);
PLANTARGET_KIND_OF(households, households_unit);
PLANTARGET_KIND_OF(enterprises, enterprises_unit);
PLANTARGET_KIND_OF(items, items_unit);
PLANTARGET_KIND_OF(trains, trains_unit);
PLANTARGET_KIND_OF(teu, teu_unit);
PLANTARGET_KIND_OF(vehicles, vehicles_unit);
PLANTARGET_KIND_OF(cases, cases_unit);
PLANTARGET_KIND_OF(lines, lines_unit);
PLANTARGET_KIND_OF(buildings, buildings_unit);
PLANTARGET_KIND_OF(parcels, parcels_unit);
PLANTARGET_KIND_OF(machines, machines_unit);
PLANTARGET_KIND_OF(places, places_unit);
PLANTARGET_KIND_OF(events, events_unit);
PLANTARGET_KIND_OF(institutions, institutions_unit);
PLANTARGET_KIND_OF(categories, categories_unit);
PLANTARGET_KIND_OF(batches, batches_unit);
PLANTARGET_KIND_OF(enterprise_visits, enterprise_visits_unit);
PLANTARGET_KIND_OF(occurrences, occurrences_unit);
PLANTARGET_KIND_OF(titles, titles_unit);
PLANTARGET_KIND_OF(length, metres_unit);
PLANTARGET_KIND_OF(area, square_metres_unit);
PLANTARGET_KIND_OF(concentration, micrograms_per_cubic_metre_unit);
#undef PLANTARGET_KIND_OF

template <class T, class = void> struct has_kind : std::false_type {};
template <class T>
struct has_kind<T, std::void_t<decltype(kind_of_dimension<T>::kind)>> : std::true_type {};
}  // namespace detail

// A Boost.Units unit whose dimension plans use (yuan, a count, area, ...).
template <class U>
concept boost_plan_unit = boost::units::is_unit<U>::value && detail::has_kind<typename U::dimension_type>::value;

// A rate type that serves as its own unit (percent, percentage points, rank).
template <class U>
concept rate_unit = std::is_same_v<U, percent> || std::is_same_v<U, percentage_points> ||
                    std::is_same_v<U, growth_rate> || std::is_same_v<U, rank>;

// Anything an indicator can be measured in.
template <class U>
concept plan_unit = boost_plan_unit<U> || rate_unit<U>;

// The value type of a unit: a Boost quantity, or the rate type itself.
template <class U> struct quantity_of_t { using type = U; };
template <boost_plan_unit U> struct quantity_of_t<U> { using type = boost::units::quantity<U, double>; };
template <plan_unit U> using quantity_of = typename quantity_of_t<U>::type;

template <class U> using quantity = boost::units::quantity<U, double>;

template <boost_plan_unit U>
inline constexpr unit_kind kind_of = detail::kind_of_dimension<typename U::dimension_type>::kind;

// The factor from U to its kind's base unit (1e8 for 亿元, 666.67 for 亩).
template <boost_plan_unit U>
double factor_to_base() {
    using base = typename detail::kind_of_dimension<typename U::dimension_type>::base_unit;
    return boost::units::conversion_factor(U{}, base{});
}

// The run-time descriptor of a compile-time unit.
template <plan_unit U>
unit_descriptor descriptor_of() {
    if constexpr (std::is_same_v<U, percent> || std::is_same_v<U, growth_rate>) {
        return unit_of("%");
    } else if constexpr (std::is_same_v<U, percentage_points>) {
        return unit_of("百分点");
    } else if constexpr (std::is_same_v<U, rank>) {
        return unit_of("位");
    } else {
        constexpr unit_kind k = kind_of<U>;
        const double f = factor_to_base<U>();
        if (k == unit_kind::area && std::abs(f - 10000.0 / 15.0) < 1e-9) return unit_of("亩");
        // An entry that matches without a prefix (公里) wins over a scaled one (千米).
        for (int pass = 0; pass < 2; ++pass) {
            for (const auto& e : unit_table) {
                if (e.kind != k || !e.exact) continue;
                const double exponent = std::log10(f / e.factor);
                const double rounded = std::round(exponent);
                if (std::abs(exponent - rounded) < 1e-9 && rounded >= 0 && (pass == 1 || rounded == 0))
                    return unit_descriptor{&e, static_cast<int>(rounded)};
            }
        }
        throw std::logic_error("plantarget: no descriptor for this unit");
    }
}

// True when converting From to To multiplies by a power of ten (exact for
// the figures reports write): 亿元 <-> 万元 <-> 元, 万人次 <-> 人次.
template <boost_plan_unit From, boost_plan_unit To>
inline constexpr bool exactly_convertible =
    std::is_same_v<typename From::dimension_type, typename To::dimension_type> &&
    !(kind_of<From> == unit_kind::area &&
      (std::is_same_v<From, mu_unit> != std::is_same_v<To, mu_unit>));

// Two units of one kind, in any scale (人 and 万人; percent only with percent).
template <class U, class S>
constexpr bool same_kind_units() {
    if constexpr (boost_plan_unit<U> && boost_plan_unit<S>)
        return std::is_same_v<typename U::dimension_type, typename S::dimension_type>;
    else
        return std::is_same_v<U, S>;
}

// A value (a quantity, a rate) of U's kind, in any scale.
template <class U, class V>
constexpr bool value_of_kind() {
    if constexpr (requires { typename V::unit_type; }) {
        if constexpr (boost_plan_unit<typename V::unit_type>)
            return boost_plan_unit<U> && same_kind_units<U, typename V::unit_type>();
        else
            return false;
    } else {
        return std::is_same_v<U, V>;
    }
}

namespace detail {
// 10^n, exact in a double for the exponents of plan scales (|n| <= 22).
constexpr double power_of_ten(int n) {
    double p = 1.0;
    for (int i = 0; i < n; ++i) p *= 10.0;
    return p;
}
// The power of ten from From to To (4 from 亿元 to 万元, 3 from 公里 to 米).
template <boost_plan_unit From, boost_plan_unit To>
int scale_exponent_between() {
    static const int e = static_cast<int>(std::lround(std::log10(factor_to_base<From>() / factor_to_base<To>())));
    return e;
}
}  // namespace detail

// Exact scale conversion: convert_to<wan_yuan_unit>(268.0 * yi_yuan). One
// multiplication (or division) by an exact power of ten, so 2.0 万人 is
// 20000 人 exactly and back.
template <boost_plan_unit To, boost_plan_unit From>
quantity<To> convert_to(quantity<From> q) {
    diagnose::quantities_of_one_kind<std::is_same_v<typename From::dimension_type, typename To::dimension_type>>();
    diagnose::exact_conversion<exactly_convertible<From, To>>();
    if constexpr (std::is_same_v<From, To>) {
        return q;
    } else {
        const int e = detail::scale_exponent_between<From, To>();
        return quantity<To>::from_value(e >= 0 ? q.value() * detail::power_of_ten(e)
                                               : q.value() / detail::power_of_ten(-e));
    }
}

// Conversion by an inexact factor (亩 <-> 平方米), said on purpose.
template <boost_plan_unit To, boost_plan_unit From>
quantity<To> convert_approx(quantity<From> q) {
    diagnose::quantities_of_one_kind<std::is_same_v<typename From::dimension_type, typename To::dimension_type>>();
    // Through the kind's base unit, so both directions work (Boost knows only
    // 亩 -> m², not the way back).
    return quantity<To>::from_value(q.value() * factor_to_base<From>() / factor_to_base<To>());
}

// The number of a value in its own unit (268 for 268亿元, 94.8 for 94.8 %).
template <class Q>
constexpr double raw_value(const Q& q) {
    if constexpr (std::is_same_v<Q, growth_rate>) return q.in_percent();
    else if constexpr (std::is_same_v<Q, rank>) return static_cast<double>(q.position());
    else return q.value();
}

// The value type of U made from a number in U (the inverse of raw_value).
template <plan_unit U>
constexpr quantity_of<U> from_raw(double v) {
    if constexpr (std::is_same_v<U, growth_rate>) return growth_rate::from_percent(v);
    else if constexpr (std::is_same_v<U, rank>) return rank(static_cast<int>(v));
    else if constexpr (rate_unit<U>) return U(v);
    else return quantity<U>::from_value(v);
}

}  // namespace plantarget::units
