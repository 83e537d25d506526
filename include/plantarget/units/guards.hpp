// Readable compile errors for the unit mistakes plan arithmetic invites.
// Without these, adding yuan to persons fails with kilobytes of Boost.Units
// template names; with them, the first error line says what is wrong.
#pragma once

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
    static_assert(!different_kinds<U1, U2>,
                  "plantarget: quantities of different kinds do not mix (yuan with persons, persons with "
                  "enterprises, ...): each counted thing is its own dimension; see "
                  "docs/troubleshooting.md#quantities-of-different-kinds-do-not-mix");
    static_assert(!same_kind_other_scale<U1, U2>,
                  "plantarget: quantities in different scales (亿元 with 万元, 亩 with 平方米) do not mix "
                  "implicitly: convert one with convert_to<Unit> (exact) or convert_approx<Unit>; see "
                  "docs/troubleshooting.md#scales-do-not-mix-implicitly");
}

template <class U>
constexpr void diagnose_plain_number() {
    static_assert(always_false<U>,
                  "plantarget: a quantity plus or minus a plain number does not compile: the number has no unit "
                  "(is 3.5 in 亿元 or 万元?); write it as a quantity, 3.5 * yi_yuan; see "
                  "docs/troubleshooting.md#a-quantity-does-not-add-a-plain-number");
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
