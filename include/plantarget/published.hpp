// Values with the precision they were published with, and the check that a
// computed value reproduces a published one: it does when it rounds, half away
// from zero (四舍五入), to the published figure at the published precision.
// 94.83 reproduces "94.8"; 104.76 reproduces "105" but not "105.0" (at one decimal it is 104.8).
#pragma once

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>

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

// Rounds half away from zero at `decimals` places. A tiny relative allowance
// absorbs binary noise (94.85 is 94.8499999... in a double), so that a value
// that is a half in decimal rounds as a person rounding it would.
inline double round_half_up(double x, int decimals) {
    if (!std::isfinite(x)) return x;
    const double scale = std::pow(10.0, decimals);
    const double scaled = std::abs(x) * scale;
    const double rounded = std::floor(scaled + 0.5 + std::min(scaled * 1e-12, 1e-3));
    return std::copysign(rounded / scale, x);
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

}  // namespace plantarget
