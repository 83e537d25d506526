// Values with the precision they were published with, and the check that a
// computed value reproduces a published one: it does when it rounds, half away
// from zero (四舍五入), to the published figure at the published precision.
// 94.83 reproduces "94.8"; 104.76 reproduces "105" but not "105.0" (at one decimal it is 104.8).
#pragma once

#include <algorithm>
#include <array>
#include <charconv>
#include <cstddef>
#include <cmath>
#include <string>
#include <string_view>
#include <system_error>

namespace plantarget {

// A figure as printed: its value and the number of decimals it was written with.
struct published_value {
    double value = 0.0;
    int decimals = 0;

    // Parses the decimals from the text as written ("94.8" -> 1, "105" -> 0).
    static constexpr int decimals_in(std::string_view text) {
        const auto dot = text.find('.');
        if (dot == std::string_view::npos) return 0;
        int n = 0;
        for (std::size_t i = dot + 1; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) ++n;
        return n;
    }
};

// The relative error a double picks up on its way from a decimal figure (6.6%
// as a fraction and back is 6.6000000000000005): below it, a difference is
// binary noise, not a digit anyone published.
inline constexpr double binary_noise = 1e-12;

// Powers of ten a double holds exactly (10^0 .. 10^22).
inline constexpr std::array<double, 23> powers_of_ten{1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                     1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                                     1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// |x| * scale rounded half away from zero (四舍五入) to a whole number, with
// the sign of x. The allowance absorbs binary noise (94.85 is 94.8499999...
// in a double), so that a value that is a half in decimal rounds as a person
// rounding it would. Infinities and NaN come back as they are.
inline double round_scaled(double x, double scale) noexcept {
    const double scaled = std::abs(x) * scale;
    return std::copysign(std::floor(scaled + 0.5 + std::min(scaled * binary_noise, 1e-3)), x);
}

// Rounds half away from zero at `decimals` places.
inline double round_half_up(double x, int decimals) {
    if (!std::isfinite(x)) return x;
    const double scale = std::pow(10.0, decimals);
    return round_scaled(x, scale) / scale;
}

// The fewest decimals that give a value of unknown precision back as the
// decimal it was written as, binary noise aside: 6.6 and 6.6000000000000005
// have 1, 0.1 + 0.2 has 1, 120 has 0. At most the places 15 significant
// digits leave (beyond them a double holds no digit anyone wrote).
inline int shortest_decimals(double v) noexcept {
    if (!std::isfinite(v)) return 0;
    const double m = std::abs(v);
    for (int d = 0; d < static_cast<int>(powers_of_ten.size()); ++d) {
        const double s = m * powers_of_ten[static_cast<std::size_t>(d)];
        if (std::abs(s - std::round(s)) <= s * binary_noise || s >= 1e14) return d;  // 15 digits by then
    }
    return static_cast<int>(powers_of_ten.size()) - 1;
}

// The power of ten of a published figure's last significant digit: -1 for
// "94.8", 0 for "105", 2 for "5200" (the trailing zeros of a whole number are
// not significant: 5200 人 is 0.52 万人, not 0.5200 万人), 0 for "0".
inline int last_significant_place(published_value v) noexcept {
    if (v.decimals > 0) return -v.decimals;
    double whole = std::round(std::abs(v.value));
    if (!(whole >= 1.0 && whole < 1e15)) return 0;
    int place = 0;
    while (std::fmod(whole, 10.0) == 0.0) {
        whole /= 10.0;
        ++place;
    }
    return place;
}

// The decimals a published figure keeps when shown `shift` powers of ten
// finer (万人 to 人: shift 4) or coarser (人 to 万人: shift -4): its
// significant digits, no more. 5200 (shift -4) is 0.52: 2 decimals; 1.15
// (shift 4) is 11500: 0. -1 (precision unknown) stays -1.
inline int decimals_when_scaled(published_value v, int shift) noexcept {
    if (v.decimals < 0) return -1;
    if (shift == 0) return v.decimals;
    return std::max(0, -(last_significant_place(v) + shift));
}

// The places of a published figure a double can resolve: 15 significant
// digits in all. "1.000…" written with 400 zeros is compared at 14 places
// (10^400 is not a double, and rounding there would give NaN).
inline int resolvable_decimals(double value, int decimals) {
    const double magnitude = std::abs(value);
    const int exponent = magnitude > 0.0 && std::isfinite(magnitude) ? static_cast<int>(std::floor(std::log10(magnitude))) : 0;
    return std::min(decimals, std::max(0, 14 - exponent));
}

// True when `computed` rounds to the published figure at its precision (at
// most the places a double resolves).
inline bool reproduces(double computed, published_value published) {
    if (!std::isfinite(computed) || !std::isfinite(published.value)) return false;
    const int decimals = resolvable_decimals(published.value, published.decimals);
    const double scale = std::pow(10.0, decimals);
    const double a = round_half_up(computed, decimals) * scale;
    // Rounded too: a figure with more places than a double resolves is
    // compared at the places it resolves.
    const double b = round_half_up(published.value, decimals) * scale;
    if (!std::isfinite(a) || !std::isfinite(b)) return false;
    return std::abs(a - b) < 0.5;
}

// The smallest and largest exact values that round to the published figure:
// "94.8" stands for anything in [94.75, 94.85); for a negative figure the end
// nearer zero is the included one: "-94.8" is (-94.85, -94.75].
struct rounding_interval {
    double low;
    double high;  // exclusive for a positive figure, inclusive for a negative one
};
inline rounding_interval interval_of(published_value p) {
    const double half = 0.5 * std::pow(10.0, -p.decimals);
    return {p.value - half, p.value + half};
}

// True when two published figures can stand for one number: their rounding
// intervals meet. Each comes with its factor to a common unit (亿元 to 元:
// 1e8), so that 1.2 亿元 and 12000 万元 agree, and 12.5 and 12.46 do.
inline bool agree_within_rounding(published_value a, double a_factor, published_value b, double b_factor) {
    const rounding_interval ia = interval_of(a);
    const rounding_interval ib = interval_of(b);
    // Open at both ends: 5 and 6 (4.5..5.5 and 5.5..6.5) only touch, they do not meet.
    return ia.low * a_factor < ib.high * b_factor && ib.low * b_factor < ia.high * a_factor;
}

// A published value as text, with the decimals it was published with:
// {94.8, 1} -> "94.8", {105, 0} -> "105".
inline std::string format_published_value(const published_value& v) {
    std::array<char, 400> buf{};
    const auto out =
        std::to_chars(buf.data(), buf.data() + buf.size(), v.value, std::chars_format::fixed, std::max(v.decimals, 0));
    if (out.ec != std::errc{}) return std::to_string(v.value);
    std::string s(buf.data(), out.ptr);
    if (s.starts_with('-') && s.find_first_not_of("-0.") == std::string::npos) s.erase(0, 1);  // no "-0"
    return s;
}

}  // namespace plantarget
