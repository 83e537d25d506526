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

#if defined(__SSE2__) && !defined(PLANTARGET_KERNEL_SCALAR_ONLY)
#include <emmintrin.h>
#endif

#if defined(__GNUC__) || defined(__clang__)
// A call per row costs several times the row's own work: the primitives
// inline into the row loop whatever the inliner's budget says.
#define PLANTARGET_KERNEL_INLINE [[gnu::always_inline]] inline
#define PLANTARGET_KERNEL_LAMBDA_INLINE __attribute__((always_inline))
#else
#define PLANTARGET_KERNEL_INLINE inline
#define PLANTARGET_KERNEL_LAMBDA_INLINE
#endif

// The primitives are templates over the lanes they work on: `double`, one
// row (evaluate(), a row of a comparator column), and, where the target has
// SSE2 (every x86-64), `f64x2`, two rows at once (the batch's columns of one
// comparator). One definition for both, so the same expressions give the same
// bits: IEEE arithmetic is lane by lane the scalar arithmetic, and no
// instruction beyond the baseline (no FMA) is used. Inside, a condition is a
// mask (bool for one row) and a choice is select(mask, a, b): every row
// computes every case, and the mask keeps the one that applies, so a column
// runs without a branch per row.
namespace plantarget::kernel {

template <class V>
struct lanes;

template <>
struct lanes<double> {
    using mask = bool;
    template <class E>
    using code = E;  // a reason or a verdict
};

template <class V>
using mask_t = typename lanes<V>::mask;
template <class V, class E>
using code_t = typename lanes<V>::template code<E>;

// a where m holds, b elsewhere (a double, a reason or a verdict).
template <class T>
PLANTARGET_KERNEL_INLINE constexpr T select(bool m, T a, T b) noexcept {
    return m ? a : b;
}
// std::isfinite is one mask and compare at run time; two compares are the
// constexpr spelling of the same test (false for NaN, without arithmetic on it).
PLANTARGET_KERNEL_INLINE constexpr bool finite(double x) noexcept {
    if (std::is_constant_evaluated())
        return x <= std::numeric_limits<double>::max() && x >= std::numeric_limits<double>::lowest();
    return std::isfinite(x);
}
PLANTARGET_KERNEL_INLINE constexpr double abs_of(double x) noexcept {
    if (std::is_constant_evaluated()) return x < 0.0 ? -x : (x == 0.0 ? 0.0 : x);
    return std::abs(x);
}
PLANTARGET_KERNEL_INLINE constexpr double min_of(double a, double b) noexcept { return std::min(a, b); }
// !(finite(a) && finite(b)), and !finite(a).
PLANTARGET_KERNEL_INLINE constexpr bool not_finite(double a, double b) noexcept { return !(finite(a) && finite(b)); }
PLANTARGET_KERNEL_INLINE constexpr bool not_finite(double a) noexcept { return !finite(a); }

// A reason or a verdict in every lane.
template <class V, class E>
PLANTARGET_KERNEL_INLINE constexpr code_t<V, E> code_of(E e) noexcept {
    if constexpr (std::is_same_v<V, double>) return e;
    else return code_t<V, E>::of(e);
}

#if defined(__SSE2__) && !defined(PLANTARGET_KERNEL_SCALAR_ONLY)
#define PLANTARGET_KERNEL_SIMD 1

// Two lanes of an SSE2 register: a mask (all ones or all zeros per lane), two
// doubles, two codes (a reason or a verdict per lane, as a 64-bit integer).
struct m64x2 {
    __m128d v;
    PLANTARGET_KERNEL_INLINE m64x2() noexcept : v(_mm_setzero_pd()) {}
    PLANTARGET_KERNEL_INLINE explicit m64x2(__m128d m) noexcept : v(m) {}
    PLANTARGET_KERNEL_INLINE m64x2(bool b) noexcept : v(_mm_castsi128_pd(_mm_set1_epi64x(b ? -1 : 0))) {}
    PLANTARGET_KERNEL_INLINE friend m64x2 operator&&(m64x2 a, m64x2 b) noexcept { return m64x2(_mm_and_pd(a.v, b.v)); }
    PLANTARGET_KERNEL_INLINE friend m64x2 operator||(m64x2 a, m64x2 b) noexcept { return m64x2(_mm_or_pd(a.v, b.v)); }
    PLANTARGET_KERNEL_INLINE friend m64x2 operator!=(m64x2 a, m64x2 b) noexcept { return m64x2(_mm_xor_pd(a.v, b.v)); }
    PLANTARGET_KERNEL_INLINE friend m64x2 operator!(m64x2 a) noexcept {
        return m64x2(_mm_xor_pd(a.v, _mm_castsi128_pd(_mm_set1_epi64x(-1))));
    }
};
// Whether a mask is set in some lane.
PLANTARGET_KERNEL_INLINE bool any_of(m64x2 m) noexcept { return _mm_movemask_pd(m.v) != 0; }

struct f64x2 {
    __m128d v;
    PLANTARGET_KERNEL_INLINE f64x2(double x) noexcept : v(_mm_set1_pd(x)) {}  // NOLINT: a number in both lanes
    PLANTARGET_KERNEL_INLINE explicit f64x2(__m128d x) noexcept : v(x) {}
    PLANTARGET_KERNEL_INLINE static f64x2 load(const double* p) noexcept { return f64x2(_mm_loadu_pd(p)); }
    PLANTARGET_KERNEL_INLINE void store(double* p) const noexcept { _mm_storeu_pd(p, v); }
    PLANTARGET_KERNEL_INLINE friend f64x2 operator+(f64x2 a, f64x2 b) noexcept { return f64x2(_mm_add_pd(a.v, b.v)); }
    PLANTARGET_KERNEL_INLINE friend f64x2 operator-(f64x2 a, f64x2 b) noexcept { return f64x2(_mm_sub_pd(a.v, b.v)); }
    PLANTARGET_KERNEL_INLINE friend f64x2 operator*(f64x2 a, f64x2 b) noexcept { return f64x2(_mm_mul_pd(a.v, b.v)); }
    PLANTARGET_KERNEL_INLINE friend f64x2 operator/(f64x2 a, f64x2 b) noexcept { return f64x2(_mm_div_pd(a.v, b.v)); }
    PLANTARGET_KERNEL_INLINE friend m64x2 operator==(f64x2 a, f64x2 b) noexcept { return m64x2(_mm_cmpeq_pd(a.v, b.v)); }
    PLANTARGET_KERNEL_INLINE friend m64x2 operator!=(f64x2 a, f64x2 b) noexcept { return m64x2(_mm_cmpneq_pd(a.v, b.v)); }
    PLANTARGET_KERNEL_INLINE friend m64x2 operator<(f64x2 a, f64x2 b) noexcept { return m64x2(_mm_cmplt_pd(a.v, b.v)); }
    PLANTARGET_KERNEL_INLINE friend m64x2 operator<=(f64x2 a, f64x2 b) noexcept { return m64x2(_mm_cmple_pd(a.v, b.v)); }
    PLANTARGET_KERNEL_INLINE friend m64x2 operator>(f64x2 a, f64x2 b) noexcept { return m64x2(_mm_cmplt_pd(b.v, a.v)); }
    PLANTARGET_KERNEL_INLINE friend m64x2 operator>=(f64x2 a, f64x2 b) noexcept { return m64x2(_mm_cmple_pd(b.v, a.v)); }
};

struct c64x2 {
    __m128i v;
    template <class E>
    PLANTARGET_KERNEL_INLINE static c64x2 of(E e) noexcept {
        return {_mm_set1_epi64x(static_cast<long long>(static_cast<std::underlying_type_t<E>>(e)))};
    }
};

template <>
struct lanes<f64x2> {
    using mask = m64x2;
    template <class E>
    using code = c64x2;
};

PLANTARGET_KERNEL_INLINE f64x2 select(m64x2 m, f64x2 a, f64x2 b) noexcept {
    return f64x2(_mm_or_pd(_mm_and_pd(m.v, a.v), _mm_andnot_pd(m.v, b.v)));
}
PLANTARGET_KERNEL_INLINE c64x2 select(m64x2 m, c64x2 a, c64x2 b) noexcept {
    const __m128i k = _mm_castpd_si128(m.v);
    return {_mm_or_si128(_mm_and_si128(k, a.v), _mm_andnot_si128(k, b.v))};
}
PLANTARGET_KERNEL_INLINE f64x2 abs_of(f64x2 x) noexcept {
    return f64x2(_mm_and_pd(x.v, _mm_castsi128_pd(_mm_set1_epi64x(0x7fffffffffffffffLL))));
}
PLANTARGET_KERNEL_INLINE m64x2 finite(f64x2 x) noexcept { return abs_of(x) <= std::numeric_limits<double>::max(); }
// x - x is 0 for a finite x and NaN for inf or NaN: one compare for unordered
// tests both numbers.
PLANTARGET_KERNEL_INLINE m64x2 not_finite(f64x2 a, f64x2 b) noexcept {
    return m64x2(_mm_cmpunord_pd(_mm_sub_pd(a.v, a.v), _mm_sub_pd(b.v, b.v)));
}
PLANTARGET_KERNEL_INLINE m64x2 not_finite(f64x2 a) noexcept {
    const __m128d z = _mm_sub_pd(a.v, a.v);
    return m64x2(_mm_cmpunord_pd(z, z));
}
// std::min(a, b) is b < a ? b : a, which is minpd with b first.
PLANTARGET_KERNEL_INLINE f64x2 min_of(f64x2 a, f64x2 b) noexcept { return f64x2(_mm_min_pd(b.v, a.v)); }

// Eight codes, in four registers of two, as eight bytes at p (p[0] from the
// first lane of c0).
PLANTARGET_KERNEL_INLINE void store_codes(void* p, c64x2 c0, c64x2 c1, c64x2 c2, c64x2 c3) noexcept {
    // Codes are below 256: each 64-bit lane is a 32-bit code and a zero.
    const __m128i q = _mm_packs_epi32(_mm_packs_epi32(c0.v, c1.v), _mm_packs_epi32(c2.v, c3.v));
    _mm_storel_epi64(static_cast<__m128i*>(p), _mm_packus_epi16(q, q));
}
#endif

// current / base - 1 as a fraction (and the same in percent), whether it is
// defined, and why not: a NaN or infinite input, a zero base, opposite signs,
// or a result whose percent does not fit in a double.
template <class V>
struct growth_lanes {
    V fraction;
    V percent;  // fraction * 100, as growth_rate::in_percent() computes it
    mask_t<V> defined;
    code_t<V, reason> why;
};

template <class V>
PLANTARGET_KERNEL_INLINE constexpr growth_lanes<V> growth_of_lanes(V current, V base) noexcept {
    using M = mask_t<V>;
    const M not_finite = kernel::not_finite(current, base);
    const M zero_base = base == 0.0;
    const M opposite_signs = (current < 0.0 && base > 0.0) || (current > 0.0 && base < 0.0);
    if constexpr (std::is_same_v<V, double>) {
        // A constant expression may not divide by zero (nor by what is not a number).
        if (std::is_constant_evaluated() && (not_finite || zero_base))
            return {0.0, 0.0, false, not_finite ? reason::not_finite : reason::zero_base};
    }
    const V g = current / base - 1.0;
    const V in_percent = g * 100.0;  // the percent must fit too
    const M overflow = kernel::not_finite(in_percent);
    const code_t<V, reason> why =
        select(not_finite, code_of<V>(reason::not_finite),
               select(zero_base, code_of<V>(reason::zero_base),
                      select(opposite_signs, code_of<V>(reason::opposite_signs),
                             select(overflow, code_of<V>(reason::overflow), code_of<V>(reason::none)))));
    return {g, in_percent, !(not_finite || zero_base || opposite_signs || overflow), why};
}

// The one-row form: the fraction where it is defined (`fraction` is left as
// it is otherwise), or why not. Usable in constant expressions.
PLANTARGET_KERNEL_INLINE constexpr reason growth_fraction(double current, double base, double& fraction) noexcept {
    const growth_lanes<double> g = growth_of_lanes(current, base);
    if (g.defined) fraction = g.fraction;
    return g.why;
}

// What is known of an actual: an interval, perhaps open at either end. An
// exact actual is the closed interval [a, a].
template <class V>
struct basic_interval {
    V lo, hi;
    mask_t<V> lo_open{}, hi_open{};
};
using interval = basic_interval<double>;

template <class V>
PLANTARGET_KERNEL_INLINE constexpr basic_interval<V> point(V a) noexcept {
    return {a, a, mask_t<V>(false), mask_t<V>(false)};
}

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
template <class V>
struct basic_decision {
    mask_t<V> met, missed;
};
using decision = basic_decision<double>;

template <class V>
PLANTARGET_KERNEL_INLINE constexpr basic_decision<V> holds(comparator cmp, const basic_interval<V>& a,
                                                           std::type_identity_t<V> x,
                                                           std::type_identity_t<V> upper) noexcept {
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
    return {mask_t<V>(false), mask_t<V>(false)};
}

// The distance to the threshold on the better side: positive means room to
// spare. For a band, the distance to the nearer edge.
template <class V>
PLANTARGET_KERNEL_INLINE constexpr V margin(comparator cmp, V a, std::type_identity_t<V> x,
                                            std::type_identity_t<V> upper) noexcept {
    switch (cmp) {
        case comparator::at_least:
        case comparator::more_than:
        case comparator::milestone_at_least: return a - x;
        case comparator::at_most:
        case comparator::less_than:
        case comparator::rank_at_most:
        case comparator::among_top: return x - a;
        case comparator::about: return upper - abs_of(a - x);
        case comparator::between: return min_of(a - x, upper - a);
        case comparator::dynamic_zero: return 0.0 - abs_of(a);  // +0.0 at zero, not -0.0
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
template <class V>
PLANTARGET_KERNEL_INLINE constexpr mask_t<V> room_to_spare(comparator cmp, measure what, V m,
                                                           std::type_identity_t<mask_t<V>> exact) noexcept {
    if (!((cmp == comparator::at_least || cmp == comparator::at_most) && what != measure::growth))
        return mask_t<V>(false);
    return m > 0.0 && exact;
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
template <class V>
struct basic_comparison {
    comparator cmp = comparator::at_least;
    direction better = direction::within_band;
    basic_interval<V> a{0.0, 0.0};
    V actual = 0.0;
    V x = 0.0;
    V upper = 0.0;
    int decimals = -1;  // -1: in binary, the doubles as they are
};
using comparison = basic_comparison<double>;

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
template <class V>
PLANTARGET_KERNEL_INLINE constexpr bool directed_band(const basic_comparison<V>& k) noexcept {
    return k.cmp == comparator::about && k.better != direction::within_band;
}

template <class V>
PLANTARGET_KERNEL_INLINE constexpr basic_decision<V> holds(const basic_comparison<V>& k) noexcept {
    if (directed_band(k)) {
        return k.better == direction::higher_is_better ? holds(comparator::at_least, k.a, k.x - k.upper, 0.0)
                                                       : holds(comparator::at_most, k.a, k.x + k.upper, 0.0);
    }
    return holds(k.cmp, k.a, k.x, k.upper);
}

// The margin in the condition's unit: for a directed band the distance to its
// worse edge; computed on the scaled whole numbers, then scaled back (0.1
// for 6.6 against 6.5, not 0.0999999999999996).
template <class V>
PLANTARGET_KERNEL_INLINE V margin(const basic_comparison<V>& k) noexcept {
    V m = 0.0;
    if (directed_band(k)) {
        m = k.better == direction::higher_is_better ? k.actual - (k.x - k.upper) : (k.x + k.upper) - k.actual;
    } else {
        m = margin(k.cmp, k.actual, k.x, k.upper);
    }
    if (k.decimals >= 0) return m / powers_of_ten[static_cast<std::size_t>(k.decimals)];
    return m;
}

// The actual as compared: rounded at the comparison's places.
PLANTARGET_KERNEL_INLINE double compared_actual(const comparison& k) noexcept {
    return k.decimals >= 0 ? k.actual / powers_of_ten[static_cast<std::size_t>(k.decimals)] : k.actual;
}

// Met with room to spare: room_to_spare above, and an exact level beyond a
// directed band on its better side (CPI "3 %左右" at 2.0).
template <class V>
PLANTARGET_KERNEL_INLINE constexpr mask_t<V> room_to_spare(const basic_comparison<V>& k, measure what,
                                                           std::type_identity_t<V> m,
                                                           std::type_identity_t<mask_t<V>> exact) noexcept {
    if (directed_band(k)) {
        if (what == measure::growth) return mask_t<V>(false);
        const mask_t<V> beyond = k.better == direction::higher_is_better ? k.actual > k.x + k.upper
                                                                         : k.actual < k.x - k.upper;
        return beyond && exact;
    }
    return room_to_spare(k.cmp, what, m, exact);
}

// False for a number cast to comparator that names none of them.
constexpr bool known_comparator(comparator cmp) noexcept { return is_known(cmp); }

}  // namespace plantarget::kernel
