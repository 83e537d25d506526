// The row primitives of the engine, defined once: the growth of a value over
// its base, whether a comparator holds for what is known of an actual, the
// margin on the better side, and when a met target counts as exceeded.
// evaluate() and the batch call these and nothing else, so one row judged
// either way gives the same bits. Inline, noexcept, no allocation: a column of
// millions of rows runs through them.
#pragma once

#include <plantarget/result.hpp>
#include <plantarget/series.hpp>
#include <plantarget/target.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>

#if defined(__GNUC__) || defined(__clang__)
// A call per row costs several times the row's own work: the primitives
// inline into the row loop whatever the inliner's budget says.
#define PLANTARGET_KERNEL_INLINE [[gnu::always_inline]] inline
#else
#define PLANTARGET_KERNEL_INLINE inline
#endif

namespace plantarget::kernel {

// current / base - 1 as a fraction, or why it is undefined: a NaN or
// infinite input, a zero base, opposite signs, or a result whose percent
// does not fit in a double.
PLANTARGET_KERNEL_INLINE constexpr reason growth_fraction(double current, double base, double& fraction) noexcept {
    if (std::is_constant_evaluated()) {
        // std::isfinite is not constexpr before C++23: NaN != NaN, inf - inf is NaN.
        if (!(current == current) || !(base == base)) return reason::not_finite;
        if (current - current != 0.0 || base - base != 0.0) return reason::not_finite;
    } else if (!std::isfinite(current) || !std::isfinite(base)) {
        return reason::not_finite;
    }
    if (base == 0.0) return reason::zero_base;
    if ((current < 0 && base > 0) || (current > 0 && base < 0)) return reason::opposite_signs;
    const double g = current / base - 1.0;
    const double in_percent = g * 100.0;  // the percent must fit too
    // std::isfinite is one mask and compare at run time; x - x != 0 is the
    // constexpr spelling of the same test (inf - inf and NaN are NaN).
    if (std::is_constant_evaluated()) {
        if (in_percent - in_percent != 0.0) return reason::overflow;
    } else if (!std::isfinite(in_percent)) {
        return reason::overflow;
    }
    fraction = g;
    return reason::none;
}

// What is known of an actual: an interval, perhaps open at either end. An
// exact actual is the closed interval [a, a].
struct interval {
    double lo, hi;
    bool lo_open = false, hi_open = false;
};

PLANTARGET_KERNEL_INLINE constexpr interval point(double a) noexcept { return {a, a, false, false}; }

inline interval interval_from(double v, value_bound b) noexcept {
    constexpr double inf = std::numeric_limits<double>::infinity();
    switch (b) {
        case value_bound::at_least: return {v, inf, false, true};
        case value_bound::more_than: return {v, inf, true, true};
        case value_bound::at_most: return {-inf, v, true, false};
        case value_bound::less_than: return {-inf, v, true, true};
        case value_bound::exact:
        case value_bound::about: break;  // 约X is read as X
    }
    return point(v);
}

// Whether a condition holds for every value the actual may be (met), for
// none (missed), or neither (the bound does not decide, or a NaN leaves the
// comparison open). Inclusive and exclusive ends as the Civil Code reads them:
// 以上 and 以内 include the number, 超 and 不满 exclude it. `x` is the
// threshold (the low end of a range, the centre of a band); `upper` the high
// end of a range or the half-width of a band.
struct decision {
    bool met, missed;
};
PLANTARGET_KERNEL_INLINE constexpr decision holds(comparator cmp, const interval& a, double x, double upper) noexcept {
    switch (cmp) {
        case comparator::at_least:
        case comparator::milestone_at_least: return {a.lo >= x, a.hi < x || (a.hi == x && a.hi_open)};
        case comparator::more_than: return {a.lo > x || (a.lo == x && a.lo_open), a.hi <= x};
        case comparator::at_most:
        case comparator::rank_at_most:
        case comparator::among_top: return {a.hi <= x, a.lo > x || (a.lo == x && a.lo_open)};
        case comparator::less_than: return {a.hi < x || (a.hi == x && a.hi_open), a.lo >= x};
        case comparator::about:
            return {a.lo >= x - upper && a.hi <= x + upper, a.hi < x - upper || a.lo > x + upper};
        case comparator::between: return {a.lo >= x && a.hi <= upper, a.hi < x || a.lo > upper};
        case comparator::dynamic_zero: return {a.lo == 0.0 && a.hi == 0.0, a.lo > 0.0 || a.hi < 0.0};
    }
    return {false, false};
}

// The distance to the threshold on the better side: positive means room to
// spare. For a band, the distance to the nearer edge.
PLANTARGET_KERNEL_INLINE double margin(comparator cmp, double a, double x, double upper) noexcept {
    switch (cmp) {
        case comparator::at_least:
        case comparator::more_than:
        case comparator::milestone_at_least: return a - x;
        case comparator::at_most:
        case comparator::less_than:
        case comparator::rank_at_most:
        case comparator::among_top: return x - a;
        case comparator::about: return upper - std::abs(a - x);
        case comparator::between: return std::min(a - x, upper - a);
        case comparator::dynamic_zero: return 0.0 - std::abs(a);  // +0.0 at zero, not -0.0
    }
    return 0.0;
}

// A margin is a number only when it is finite: beyond DBL_MAX from finite
// inputs it is an overflow; from an infinite threshold it is not finite.
PLANTARGET_KERNEL_INLINE reason margin_reason(double m, double a, double x, double upper) noexcept {
    if (std::isfinite(m)) return reason::none;
    return std::isfinite(a) && std::isfinite(x) && std::isfinite(upper) ? reason::overflow : reason::not_finite;
}

// Met with room to spare (超额完成): a floor or a ceiling on a level, met by an
// exact actual with a positive margin. A range, a band or a growth bound met
// is achieved, never exceeded: the plan asked for the range, not for more.
PLANTARGET_KERNEL_INLINE constexpr bool room_to_spare(comparator cmp, measure what, double m, bool exact) noexcept {
    return m > 0.0 && exact && (cmp == comparator::at_least || cmp == comparator::at_most) &&
           what != measure::growth;
}

// False for a number cast to comparator that names none of them.
constexpr bool known_comparator(comparator cmp) noexcept { return is_known(cmp); }

}  // namespace plantarget::kernel
