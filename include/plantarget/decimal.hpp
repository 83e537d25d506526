// The precision a value is known at, across the scales of its unit, and the
// precision a verdict is decided at. Published figures are decimals: a
// comparison with a threshold is decided in decimal at the finer of the two
// published precisions, not by the binary doubles that carry them
// (docs/explanation/comparators.md, "Decided in decimal").
#pragma once

#include <plantarget/published.hpp>
#include <plantarget/units/registry.hpp>

#include <algorithm>
#include <cmath>

namespace plantarget {

// The decimals of a value published at `decimals` places in `from`, shown in
// `to` (same kind, another scale), keeping its significant digits: 5200 人
// (0 places) is 0.52 万人 (2), 1.15 万人 is 11500 人 (0). -1 when the
// precision is unknown, the kinds differ or a scale is no power of ten.
inline int decimals_in_unit(double value, int decimals, const units::unit_descriptor& from,
                            const units::unit_descriptor& to) {
    if (decimals < 0 || !from.same_kind(to)) return -1;
    if (from.factor() == to.factor()) return decimals;
    if (!from.exact() || !to.exact()) return -1;
    const int shift = static_cast<int>(std::lround(std::log10(from.factor() / to.factor())));
    return decimals_when_scaled({value, decimals}, shift);
}

// The precision a computed value (a growth from two levels, a completion
// rate, a sum) would be published at: that of the threshold it is compared
// with, and at least one decimal for a figure in percent. -1 when the
// threshold's precision is not known.
constexpr int computed_decimals(int threshold_decimals, bool in_percent) noexcept {
    if (threshold_decimals < 0) return -1;
    return std::max(threshold_decimals, in_percent ? 1 : 0);
}

// The decimals a comparison is decided at: the finest of the threshold's, the
// band's and the actual's (all as published or, for a value of unknown
// precision, as its shortest form); -1 (in binary, as doubles) when the
// threshold's precision is not known.
constexpr int decision_decimals(int threshold_decimals, int band_decimals, int actual_decimals) noexcept {
    if (threshold_decimals < 0) return -1;
    return std::max({threshold_decimals, band_decimals, actual_decimals});
}

}  // namespace plantarget
