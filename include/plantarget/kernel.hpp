// The row primitives of the engine, defined once: the growth of a value over
// its base, whether a comparator holds for what is known of an actual (in
// decimal at a published precision, or in binary), the margin on the better
// side, and when a met target counts as exceeded.
// evaluate() and the batch call these and nothing else, so one row judged
// either way gives the same bits. Inline, noexcept, no allocation: a column of
// millions of rows runs through them.
#pragma once

#include <plantarget/direction.hpp>
#include <plantarget/published.hpp>
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

// ---- decided in decimal -----------------------------------------------------------

// One comparison as the engine decides it: the comparator, which way is
// better for the indicator (how an about-band is read: a directed indicator
// misses it only on the worse side), what is known of the actual, the exact
// actual (or its bound's value) for the margin, the threshold and the
// band's half-width or range's high end. With decimals >= 0 every number is
// scaled by 10^decimals and rounded half away from zero: the comparison is of
// whole numbers, exact in a double below 2^53, so 6.6000000000000005 is 6.6
// at one place and no binary digit decides a verdict.
struct comparison {
    comparator cmp = comparator::at_least;
    direction better = direction::within_band;
    interval a{0.0, 0.0};
    double actual = 0.0;
    double x = 0.0;
    double upper = 0.0;
    int decimals = -1;  // -1: in binary, the doubles as they are
};

PLANTARGET_KERNEL_INLINE double finite_magnitude(double v) noexcept { return std::isfinite(v) ? std::abs(v) : 0.0; }

// The comparison at `decimals` places (at most the places whose scaled
// numbers stay below 2^53; none left: in binary).
PLANTARGET_KERNEL_INLINE comparison compare_at(comparator cmp, direction better, const interval& a, double actual,
                                               double x, double upper, int decimals) noexcept {
    comparison k{cmp, better, a, actual, x, upper, -1};
    if (decimals < 0) return k;
    const double m = std::max({finite_magnitude(a.lo), finite_magnitude(a.hi), finite_magnitude(actual),
                               finite_magnitude(x) + finite_magnitude(upper)});
    constexpr double exact_integers = 9007199254740992.0;  // 2^53
    int d = std::min(decimals, static_cast<int>(powers_of_ten.size()) - 1);
    while (d >= 0 && m * powers_of_ten[static_cast<std::size_t>(d)] >= exact_integers) --d;
    if (d < 0) return k;
    const double scale = powers_of_ten[static_cast<std::size_t>(d)];
    k.a = {round_scaled(a.lo, scale), round_scaled(a.hi, scale), a.lo_open, a.hi_open};
    k.actual = round_scaled(actual, scale);
    k.x = round_scaled(x, scale);
    k.upper = round_scaled(upper, scale);
    k.decimals = d;
    return k;
}

// An about-band on a directed indicator is read as the bound on its worse
// side: at least centre - tolerance when higher is better, at most centre +
// tolerance when lower is.
PLANTARGET_KERNEL_INLINE constexpr bool directed_band(const comparison& k) noexcept {
    return k.cmp == comparator::about && k.better != direction::within_band;
}

PLANTARGET_KERNEL_INLINE constexpr decision holds(const comparison& k) noexcept {
    if (directed_band(k)) {
        return k.better == direction::higher_is_better ? holds(comparator::at_least, k.a, k.x - k.upper, 0.0)
                                                       : holds(comparator::at_most, k.a, k.x + k.upper, 0.0);
    }
    return holds(k.cmp, k.a, k.x, k.upper);
}

// The margin in the condition's unit: for a directed band the distance to its
// worse edge; computed on the scaled whole numbers, then scaled back (0.1
// for 6.6 against 6.5, not 0.0999999999999996).
PLANTARGET_KERNEL_INLINE double margin(const comparison& k) noexcept {
    double m;
    if (directed_band(k)) {
        m = k.better == direction::higher_is_better ? k.actual - (k.x - k.upper) : (k.x + k.upper) - k.actual;
    } else {
        m = margin(k.cmp, k.actual, k.x, k.upper);
    }
    return k.decimals >= 0 ? m / powers_of_ten[static_cast<std::size_t>(k.decimals)] : m;
}

// The actual as compared: rounded at the comparison's places.
PLANTARGET_KERNEL_INLINE double compared_actual(const comparison& k) noexcept {
    return k.decimals >= 0 ? k.actual / powers_of_ten[static_cast<std::size_t>(k.decimals)] : k.actual;
}

// Met with room to spare: room_to_spare above, and an exact level beyond a
// directed band on its better side (CPI "3 %左右" at 2.0).
PLANTARGET_KERNEL_INLINE constexpr bool room_to_spare(const comparison& k, measure what, double m, bool exact) noexcept {
    if (directed_band(k)) {
        const bool beyond = k.better == direction::higher_is_better ? k.actual > k.x + k.upper
                                                                    : k.actual < k.x - k.upper;
        return beyond && exact && what != measure::growth;
    }
    return room_to_spare(k.cmp, what, m, exact);
}

// False for a number cast to comparator that names none of them.
constexpr bool known_comparator(comparator cmp) noexcept { return is_known(cmp); }

}  // namespace plantarget::kernel
