// From compile-time units to run-time descriptors and back, the concept of a
// plan unit, and the explicit conversions between scales.
#pragma once

#include <plantarget/units/diagnostics.hpp>
#include <plantarget/units/rate.hpp>
#include <plantarget/units/registry.hpp>
#include <plantarget/units/units.hpp>

#include <boost/units/is_unit.hpp>

#include <cmath>
#include <cstdint>
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
PLANTARGET_KIND_OF(mass, kilograms_unit);
PLANTARGET_KIND_OF(power, kilowatts_unit);
PLANTARGET_KIND_OF(energy, kilowatt_hours_unit);
PLANTARGET_KIND_OF(coal_equivalent, tce_unit);
PLANTARGET_KIND_OF(energy_intensity, tce_per_wan_yuan_unit);
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

namespace detail {
// U without its 万/亿 scale (wan<tonnes_unit> -> tonnes): the unit it scales.
template <class U> struct unscaled { using type = U; };
template <class D, class L, class D2, class S>
struct unscaled<boost::units::unit<
    D, boost::units::heterogeneous_system<boost::units::heterogeneous_system_impl<L, D2, S>>>> {
    using type = boost::units::unit<
        D, boost::units::heterogeneous_system<
               boost::units::heterogeneous_system_impl<L, D2, boost::units::dimensionless_type>>>;
};
}  // namespace detail

// The run-time descriptor of a compile-time unit: the entry of the unit
// table (registry.hpp, the one list of labels) whose factor is that of the
// unit U scales, with U's power of ten: wan<tonnes_unit> is 万 + 吨 (not
// 千万公斤), wan_square_metres 万 + 平方米 (not 公顷), wan<mu_unit> 万亩.
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
        const double home = factor_to_base<typename detail::unscaled<U>::type>();
        const auto exponent_of = [](double ratio, int& n) {
            const double exponent = std::log10(ratio);
            const double rounded = std::round(exponent);
            if (std::abs(exponent - rounded) > 1e-9 || rounded < 0) return false;
            n = static_cast<int>(rounded);
            return n == 0 || (takes_scale_word(k) && scale_word_for(n) != nullptr);
        };
        int n = 0;
        for (const auto& e : unit_table)
            if (e.kind == k && std::abs(e.factor / home - 1.0) < 1e-12 && exponent_of(f / e.factor, n))
                return unit_descriptor{&e, n};
        // A unit whose unscaled form has no label of its own: the entry with the
        // fewest powers of ten that has a scale word.
        const unit_entry* best = nullptr;
        int best_n = 0;
        for (const auto& e : unit_table)
            if (e.kind == k && e.exact && exponent_of(f / e.factor, n) && (best == nullptr || n < best_n)) {
                best = &e;
                best_n = n;
            }
        if (best != nullptr) return unit_descriptor{best, best_n};
        throw std::logic_error("plantarget: no descriptor for this unit");
    }
}

// The 亩 in any scale (亩, 万亩).
template <class U>
inline constexpr bool on_mu = std::is_same_v<U, mu_unit> ||
                              std::is_same_v<typename detail::unscaled<U>::type,
                                             typename detail::unscaled<wan<mu_unit>>::type>;

// True when converting From to To multiplies by a power of ten (exact for
// the figures reports write): 亿元 <-> 万元 <-> 元, 万人次 <-> 人次, 万亩 <->
// 亩; 斤 <-> 吨 adds an exact factor of 2.
template <boost_plan_unit From, boost_plan_unit To>
inline constexpr bool exactly_convertible =
    std::is_same_v<typename From::dimension_type, typename To::dimension_type> &&
    !(kind_of<From> == unit_kind::area && on_mu<From> != on_mu<To>);

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

// The side of a mix, as a compile error names it after its message: the
// kind of a quantity (unit_kind::mass), or what a value without one is.
enum class value_side : std::uint8_t { plain_number, growth_rate, not_a_plan_value };

template <class U>
constexpr auto side_of_unit() {
    if constexpr (boost_plan_unit<U>) return kind_of<U>;
    else if constexpr (std::is_same_v<U, percent>) return unit_kind::percent;
    else if constexpr (std::is_same_v<U, percentage_points>) return unit_kind::percentage_points;
    else if constexpr (std::is_same_v<U, rank>) return unit_kind::rank;
    else if constexpr (std::is_same_v<U, growth_rate>) return value_side::growth_rate;
    else return value_side::not_a_plan_value;
}
template <class V>
constexpr auto side_of() {
    if constexpr (std::is_arithmetic_v<V>) return value_side::plain_number;
    else if constexpr (requires { typename V::unit_type; }) return side_of_unit<typename V::unit_type>();
    else return side_of_unit<V>();
}

namespace detail {
// 10^n, exact in a double for the exponents of plan scales (|n| <= 22).
constexpr double power_of_ten(int n) {
    double p = 1.0;
    for (int i = 0; i < n; ++i) p *= 10.0;
    return p;
}
// The factor from From to To as m * 10^e, m a power of two (1 for 亿元 to 万元
// and 公里 to 米, 0.5 for 斤 to 公斤 or 亿斤 to 亿吨 * 10^4...): multiplying by m
// is exact in binary, and the power of ten is one exact multiplication or
// division, so that 1 万吨 is 10000 吨 exactly.
struct scale_factor {
    double mantissa;
    int exponent;
};
template <boost_plan_unit From, boost_plan_unit To>
scale_factor scale_between() {
    static const scale_factor s = [] {
        const double ratio = factor_to_base<From>() / factor_to_base<To>();
        const int e = static_cast<int>(std::lround(std::log10(ratio)));
        const double m = e >= 0 ? ratio / power_of_ten(e) : ratio * power_of_ten(-e);
        const double two = std::exp2(std::round(std::log2(m)));
        return scale_factor{std::abs(m / two - 1.0) < 1e-12 ? two : m, e};
    }();
    return s;
}
// The power of ten from From to To (4 from 亿元 to 万元, 3 from 公里 to 米).
template <boost_plan_unit From, boost_plan_unit To>
int scale_exponent_between() {
    return scale_between<From, To>().exponent;
}
}  // namespace detail

namespace detail {
// The error for two kinds that meet where one is needed, naming both: the
// electricity/coal message for 千瓦时 and 吨标准煤, the general one otherwise.
template <boost_plan_unit U1, boost_plan_unit U2>
constexpr void diagnose_kinds() {
    constexpr unit_kind a = kind_of<U1>;
    constexpr unit_kind b = kind_of<U2>;
    constexpr bool electricity_and_coal = (a == unit_kind::energy && b == unit_kind::coal_equivalent) ||
                                          (a == unit_kind::coal_equivalent && b == unit_kind::energy);
    diagnose::electricity_not_coal_equivalent<!electricity_and_coal, a, b>();
    diagnose::quantities_of_one_kind<electricity_and_coal || a == b, a, b>();
}
}  // namespace detail

// Exact scale conversion: convert_to<wan_yuan_unit>(268.0 * yi_yuan). One
// multiplication (or division) by an exact power of ten, so 2.0 万人 is
// 20000 人 exactly and back; 斤 and 公斤 add one exact factor of 2.
template <boost_plan_unit To, boost_plan_unit From>
quantity<To> convert_to(quantity<From> q) {
    detail::diagnose_kinds<From, To>();
    diagnose::exact_conversion<exactly_convertible<From, To>>();
    if constexpr (std::is_same_v<From, To>) {
        return q;
    } else {
        const auto [m, e] = detail::scale_between<From, To>();
        const double v = q.value() * m;
        return quantity<To>::from_value(e >= 0 ? v * detail::power_of_ten(e) : v / detail::power_of_ten(-e));
    }
}

// Conversion by an inexact factor (亩 <-> 平方米), said on purpose.
template <boost_plan_unit To, boost_plan_unit From>
quantity<To> convert_approx(quantity<From> q) {
    detail::diagnose_kinds<From, To>();
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
