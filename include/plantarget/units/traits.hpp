// From compile-time units to run-time descriptors and back, the concept of a
// plan unit, and the explicit conversions between scales.
#pragma once

#include <plantarget/units/diagnostics.hpp>
#include <plantarget/units/rate.hpp>
#include <plantarget/units/registry.hpp>
#include <plantarget/units/units.hpp>

#include <boost/units/is_unit.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <type_traits>

namespace plantarget::units {

// A list of units, as types.
template <class... Units> struct unit_list {};

// The kinds that have a compile-time unit, each once: its unit_kind and the
// unit the kind's factors are relative to (the kind's base unit).
#define PLANTARGET_TYPED_KINDS(X)                     \
    X(currency, yuan_unit)                            \
    X(persons, persons_unit)                          \
    X(person_visits, person_visits_unit)              \
    X(households, households_unit)                    \
    X(enterprises, enterprises_unit)                  \
    X(items, items_unit)                              \
    X(trains, trains_unit)                            \
    X(teu, teu_unit)                                  \
    X(vehicles, vehicles_unit)                        \
    X(cases, cases_unit)                              \
    X(lines, lines_unit)                              \
    X(buildings, buildings_unit)                      \
    X(parcels, parcels_unit)                          \
    X(machines, machines_unit)                        \
    X(places, places_unit)                            \
    X(events, events_unit)                            \
    X(institutions, institutions_unit)                \
    X(categories, categories_unit)                    \
    X(batches, batches_unit)                          \
    X(enterprise_visits, enterprise_visits_unit)      \
    X(occurrences, occurrences_unit)                  \
    X(titles, titles_unit)                            \
    X(length, metres_unit)                            \
    X(area, square_metres_unit)                       \
    X(concentration, micrograms_per_cubic_metre_unit) \
    X(mass, kilograms_unit)                           \
    X(power, kilowatts_unit)                          \
    X(energy, kilowatt_hours_unit)                    \
    X(coal_equivalent, tce_unit)                      \
    X(energy_intensity, tce_per_wan_yuan_unit)

namespace detail {
template <class Dim> struct kind_of_dimension;  // undefined: a dimension plans do not use
// Each dimension: its run-time kind and the unit the kind's factors are relative to.
#define PLANTARGET_KIND_OF(name, base_unit_)                 \
    template <> struct kind_of_dimension<name##_dimension> { \
        static constexpr unit_kind kind = unit_kind::name;   \
        using base_unit = base_unit_;                        \
    };
PLANTARGET_TYPED_KINDS(PLANTARGET_KIND_OF)
#undef PLANTARGET_KIND_OF

template <class T, class = void> struct has_kind : std::false_type {};
template <class T>
struct has_kind<T, std::void_t<decltype(kind_of_dimension<T>::kind)>> : std::true_type {};

template <class First, class... Units> using unit_list_after = unit_list<Units...>;
}  // namespace detail

// The base unit of every kind above, in that order: for going through them all.
#define PLANTARGET_BASE_UNIT_OF(name, base_unit_) , base_unit_
using typed_base_units = detail::unit_list_after<void PLANTARGET_TYPED_KINDS(PLANTARGET_BASE_UNIT_OF)>;
#undef PLANTARGET_BASE_UNIT_OF
#undef PLANTARGET_TYPED_KINDS

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
constexpr double factor_to_base() {
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

namespace detail {
// |x|: std::abs of a double is constexpr only from C++23.
constexpr double magnitude(double x) noexcept { return x < 0 ? -x : x; }

// The n >= 0 with 10^n == ratio (to 1e-9 of it), or -1 when there is none.
constexpr int decimal_exponent(double ratio) noexcept {
    double power = 1.0;
    for (int n = 0; n <= 24; ++n, power *= 10.0)
        if (magnitude(ratio / power - 1.0) < 1e-9) return n;
    return -1;
}

// A label of the unit table for U: the entry's index and U's power of ten
// over it, or entry -1 when the table has none.
struct table_label {
    int entry = -1;
    int exponent = 0;
};

// The entry of the unit table (registry.hpp, the one list of labels) whose
// factor is that of the unit U scales, with U's power of ten: wan<tonnes_unit>
// is 万 + 吨 (not 千万公斤), wan_square_metres 万 + 平方米 (not 公顷),
// wan<mu_unit> 万亩. A unit whose unscaled form has no label of its own (a
// compound unit): the exact entry with the fewest powers of ten. A power of
// ten other than 0 needs a scale word, and a kind that takes them.
template <boost_plan_unit U>
constexpr table_label table_label_of() {
    constexpr unit_kind k = kind_of<U>;
    constexpr double f = factor_to_base<U>();
    constexpr double home = factor_to_base<typename unscaled<U>::type>();
    const auto exponent_over = [](const unit_entry& e) {
        const int n = decimal_exponent(f / e.factor);
        return n == 0 || (n > 0 && takes_scale_word(k) && scale_word_for(n) != nullptr) ? n : -1;
    };
    for (std::size_t i = 0; i < unit_table.size(); ++i) {
        const unit_entry& e = unit_table[i];
        if (e.kind != k || magnitude(e.factor / home - 1.0) >= 1e-12) continue;
        if (const int n = exponent_over(e); n >= 0) return {static_cast<int>(i), n};
    }
    table_label best;
    for (std::size_t i = 0; i < unit_table.size(); ++i) {
        const unit_entry& e = unit_table[i];
        if (e.kind != k || !e.exact) continue;
        if (const int n = exponent_over(e); n >= 0 && (best.entry < 0 || n < best.exponent))
            best = {static_cast<int>(i), n};
    }
    return best;
}
}  // namespace detail

// Whether a compile-time unit has a label (descriptor_of compiles): the rate
// types; a Boost unit whose factor is an entry of the unit table times a
// power of ten that has a scale word, in a kind that takes one.
template <plan_unit U>
inline constexpr bool has_label = [] {
    if constexpr (rate_unit<U>)
        return true;
    else
        return detail::table_label_of<U>().entry >= 0;
}();

// The run-time descriptor of a compile-time unit: its label of the unit table
// (detail::table_label_of). A unit without one (energy intensity in another
// scale than 吨标准煤/万元, a power of ten without a scale word) does not
// compile (diagnose::unit_with_a_label), rather than fail when printed.
template <plan_unit U>
unit_descriptor descriptor_of() {
    if constexpr (std::is_same_v<U, percent> || std::is_same_v<U, growth_rate>) {
        return unit_of("%");
    } else if constexpr (std::is_same_v<U, percentage_points>) {
        return unit_of("百分点");
    } else if constexpr (std::is_same_v<U, rank>) {
        return unit_of("位");
    } else {
        constexpr detail::table_label label = detail::table_label_of<U>();
        diagnose::unit_with_a_label<(label.entry >= 0), kind_of<U>>();
        if constexpr (label.entry >= 0)
            return unit_descriptor{&unit_table[static_cast<std::size_t>(label.entry)], label.exponent};
        else
            return {};  // not reached: the diagnostic above stops the compile
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
