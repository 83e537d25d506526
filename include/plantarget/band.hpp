// About-bands (约X, X左右): the half-width a band has when the plan does not
// give one, and which way a band is read. A plan's "about" is never exact:
// ±0.5 percentage points for a figure in percent, ±5 % of the value for
// levels and counts, edges included. Beyond the band on the better side of a
// directed indicator is no miss (CPI "3 %左右" with 2.0 is kept); only a true
// band indicator (direction::within_band) misses on both sides
// (docs/explanation/comparators.md, "About-bands").
#pragma once

#include <plantarget/direction.hpp>
#include <plantarget/target.hpp>

#include <cmath>

namespace plantarget {

// The default half-widths of about-bands, per run (evaluation_options).
struct about_defaults {
    double points = 0.5;   // for figures in percent, in percentage points
    double share = 0.05;   // for levels and counts, as a fraction of the value
};

// The band an about-condition was judged with.
struct about_band {
    double centre = 0.0;
    double tolerance = 0.0;  // the half-width, in the condition's unit
    bool by_default = false;  // the plan gave none: about_defaults
    [[nodiscard]] double low() const noexcept { return centre - tolerance; }
    [[nodiscard]] double high() const noexcept { return centre + tolerance; }
};

// Whether a condition's figures are in percent: growth, completion and
// plan-period rates always, levels when their unit is.
inline bool in_percent(const condition& c) {
    return c.what != measure::level || c.unit.kind() == units::unit_kind::percent;
}

// The band of an about-condition: its own tolerance, else the default.
inline about_band band_of(const condition& c, const about_defaults& d = {}) {
    about_band b;
    b.centre = c.value;
    if (c.tolerance) {
        b.tolerance = *c.tolerance;
        return b;
    }
    b.by_default = true;
    b.tolerance = in_percent(c) ? d.points : d.share * std::abs(c.value);
    return b;
}

}  // namespace plantarget
