// Readable compile errors for the unit mistakes plan arithmetic invites.
// Without these, adding yuan to persons fails with kilobytes of Boost.Units
// template names; with them, the first error line says what is wrong.
#pragma once

#include <plantarget/units/diagnostics.hpp>
#include <plantarget/units/traits.hpp>

#include <type_traits>

namespace plantarget::units::detail {
template <class...> inline constexpr bool always_false = false;

template <class U1, class U2>
concept different_kinds = boost_plan_unit<U1> && boost_plan_unit<U2> &&
                          !std::is_same_v<typename U1::dimension_type, typename U2::dimension_type>;
template <class U1, class U2>
concept same_kind_other_scale = boost_plan_unit<U1> && boost_plan_unit<U2> && !std::is_same_v<U1, U2> &&
                                std::is_same_v<typename U1::dimension_type, typename U2::dimension_type>;

template <class U1, class U2>
constexpr void diagnose_mix() {
    diagnose_kinds<U1, U2>();
    plantarget::diagnose::quantities_of_one_scale<!same_kind_other_scale<U1, U2>>();
}

template <class U>
constexpr void diagnose_plain_number() {
    plantarget::diagnose::quantity_with_a_unit<always_false<U>>();
}
}  // namespace plantarget::units::detail

// These overloads live in Boost.Units' namespace so that argument-dependent
// lookup finds them beside Boost's own operators, which do not apply to mixed
// units; the static_assert then explains the mistake.
namespace boost::units {

#define PLANTARGET_GUARD(op)                                                                        \
    template <class U1, class U2>                                                                   \
        requires(plantarget::units::detail::different_kinds<U1, U2> ||                              \
                 plantarget::units::detail::same_kind_other_scale<U1, U2>)                          \
    quantity<U1, double> operator op(const quantity<U1, double>& lhs, const quantity<U2, double>&) { \
        plantarget::units::detail::diagnose_mix<U1, U2>();                                          \
        return lhs;                                                                                 \
    }
PLANTARGET_GUARD(+)
PLANTARGET_GUARD(-)
#undef PLANTARGET_GUARD

// A quantity and a bare number: Boost has no such operator, and its error
// lists every overload it tried.
#define PLANTARGET_GUARD(op)                                                                     \
    template <class U, class N>                                                                  \
        requires(plantarget::units::boost_plan_unit<U> && std::is_arithmetic_v<N>)               \
    quantity<U, double> operator op(const quantity<U, double>& lhs, N) {                         \
        plantarget::units::detail::diagnose_plain_number<U>();                                   \
        return lhs;                                                                              \
    }                                                                                            \
    template <class U, class N>                                                                  \
        requires(plantarget::units::boost_plan_unit<U> && std::is_arithmetic_v<N>)               \
    quantity<U, double> operator op(N, const quantity<U, double>& rhs) {                         \
        plantarget::units::detail::diagnose_plain_number<U>();                                   \
        return rhs;                                                                              \
    }
PLANTARGET_GUARD(+)
PLANTARGET_GUARD(-)
#undef PLANTARGET_GUARD

#define PLANTARGET_GUARD(op)                                                                  \
    template <class U1, class U2>                                                             \
        requires(plantarget::units::detail::different_kinds<U1, U2> ||                        \
                 plantarget::units::detail::same_kind_other_scale<U1, U2>)                    \
    bool operator op(const quantity<U1, double>&, const quantity<U2, double>&) {              \
        plantarget::units::detail::diagnose_mix<U1, U2>();                                    \
        return false;                                                                         \
    }
PLANTARGET_GUARD(<)
PLANTARGET_GUARD(>)
PLANTARGET_GUARD(<=)
PLANTARGET_GUARD(>=)
PLANTARGET_GUARD(==)
PLANTARGET_GUARD(!=)
#undef PLANTARGET_GUARD

}  // namespace boost::units
