// Rates: a share or rate level in percent, a difference of rates in
// percentage points, and a relative change (growth). Three types, because
// "unemployment 5.5 %", "up 0.3 percentage points" and "growth 4 %" are three
// different things, and confusing them is the commonest bug in plan arithmetic.
#pragma once

#include <plantarget/units/diagnostics.hpp>

#include <compare>

namespace plantarget {

class percentage_points;

// A share or rate level written in percent (unemployment 5.5 %, coverage 100 %).
// Holds the number as written (94.8 for 94.8 %); never converts to a plain ratio
// without being asked (`as_ratio()`).
class percent {
public:
    constexpr percent() = default;
    constexpr explicit percent(double value_in_percent) : value_(value_in_percent) {}
    static constexpr percent from_ratio(double ratio) { return percent(ratio * 100.0); }

    [[nodiscard]] constexpr double value() const { return value_; }
    [[nodiscard]] constexpr double as_ratio() const { return value_ / 100.0; }

    // A rate moved by some percentage points, said on purpose.
    [[nodiscard]] constexpr percent shifted_by(percentage_points delta) const;

    constexpr auto operator<=>(const percent&) const = default;
    friend constexpr percent operator*(percent p, double k) { return percent(p.value_ * k); }
    friend constexpr percent operator*(double k, percent p) { return percent(p.value_ * k); }
    friend constexpr percent operator/(percent p, double k) { return percent(p.value_ / k); }
    // The difference of two rates is in percentage points, not in percent.
    friend constexpr percentage_points operator-(percent a, percent b);

private:
    double value_ = 0.0;
};

// The difference of two rates (r_t - r_{t-1}). Adding it to a percent does not
// compile: use percent::shifted_by.
class percentage_points {
public:
    constexpr percentage_points() = default;
    constexpr explicit percentage_points(double points) : value_(points) {}
    [[nodiscard]] constexpr double value() const { return value_; }

    constexpr auto operator<=>(const percentage_points&) const = default;
    friend constexpr percentage_points operator+(percentage_points a, percentage_points b) {
        return percentage_points(a.value_ + b.value_);
    }
    friend constexpr percentage_points operator-(percentage_points a, percentage_points b) {
        return percentage_points(a.value_ - b.value_);
    }
    friend constexpr percentage_points operator-(percentage_points a) { return percentage_points(-a.value_); }
    friend constexpr percentage_points operator*(percentage_points a, double k) {
        return percentage_points(a.value_ * k);
    }
    friend constexpr percentage_points operator*(double k, percentage_points a) {
        return percentage_points(a.value_ * k);
    }

private:
    double value_ = 0.0;
};

constexpr percentage_points operator-(percent a, percent b) { return percentage_points(a.value_ - b.value_); }
constexpr percent percent::shifted_by(percentage_points delta) const { return percent(value_ + delta.value()); }

// A relative change x_t / x_base - 1, held as a fraction (0.04 for "growth 4 %").
// The difference of two growth rates is in percentage points.
class growth_rate {
public:
    constexpr growth_rate() = default;
    static constexpr growth_rate from_fraction(double fraction) { return growth_rate(fraction); }
    static constexpr growth_rate from_percent(double value_in_percent) { return growth_rate(value_in_percent / 100.0); }

    [[nodiscard]] constexpr double fraction() const { return fraction_; }
    [[nodiscard]] constexpr double in_percent() const { return fraction_ * 100.0; }
    // The growth factor 1 + g.
    [[nodiscard]] constexpr double factor() const { return 1.0 + fraction_; }

    constexpr auto operator<=>(const growth_rate&) const = default;
    friend constexpr growth_rate operator-(growth_rate g) { return growth_rate(-g.fraction_); }
    friend constexpr percentage_points operator-(growth_rate a, growth_rate b) {
        return percentage_points((a.fraction_ - b.fraction_) * 100.0);
    }

private:
    constexpr explicit growth_rate(double fraction) : fraction_(fraction) {}
    double fraction_ = 0.0;
};

// A rank among peers: 1 is best ("居全市第1").
class rank {
public:
    constexpr rank() = default;
    constexpr explicit rank(int position) : position_(position) {}
    [[nodiscard]] constexpr int position() const { return position_; }
    // Lower position is better, so "better" reads the other way from <.
    [[nodiscard]] constexpr bool better_than(rank other) const { return position_ < other.position_; }
    constexpr auto operator<=>(const rank&) const = default;

private:
    int position_ = 0;
};

inline namespace literals {
constexpr percent operator""_pct(long double v) { return percent(static_cast<double>(v)); }
constexpr percent operator""_pct(unsigned long long v) { return percent(static_cast<double>(v)); }
constexpr percentage_points operator""_pp(long double v) { return percentage_points(static_cast<double>(v)); }
constexpr percentage_points operator""_pp(unsigned long long v) { return percentage_points(static_cast<double>(v)); }
}  // namespace literals

}  // namespace plantarget

namespace plantarget {
namespace detail {
template <class...> inline constexpr bool rate_always_false = false;
}
// A percent plus percentage points is the classic slip ("5.5 % + 0.3" means
// what?): say percent::shifted_by when a rate really moves by some points.
template <class T = void>
percent operator+(percent p, percentage_points) {
    diagnose::percent_not_plus_points<detail::rate_always_false<T>>();
    return p;
}
template <class T = void>
percent operator+(percentage_points, percent p) {
    diagnose::percent_not_plus_points<detail::rate_always_false<T>>();
    return p;
}
template <class T = void>
percent operator-(percent p, percentage_points) {
    diagnose::percent_not_plus_points<detail::rate_always_false<T>>();
    return p;
}

// A growth rate plus points: is 5 % + 0.3 points 5.3 % or 5.015 %? Say which.
#define PLANTARGET_GROWTH_POINTS_GUARD(lhs_type, rhs_type, op)             \
    template <class T = void>                                            \
    growth_rate operator op(lhs_type, rhs_type) {                        \
        diagnose::growth_not_plus_points<detail::rate_always_false<T>>(); \
        return {};                                                       \
    }
PLANTARGET_GROWTH_POINTS_GUARD(growth_rate, percentage_points, +)
PLANTARGET_GROWTH_POINTS_GUARD(percentage_points, growth_rate, +)
PLANTARGET_GROWTH_POINTS_GUARD(growth_rate, percentage_points, -)
PLANTARGET_GROWTH_POINTS_GUARD(percentage_points, growth_rate, -)
#undef PLANTARGET_GROWTH_POINTS_GUARD
}  // namespace plantarget

// The rate literals also beside the unit values: `using namespace
// plantarget::units` gives 5.5_pct and 0.3_pp as it gives 268.0 * yi_yuan.
namespace plantarget::units {
using plantarget::literals::operator""_pct;
using plantarget::literals::operator""_pp;
}  // namespace plantarget::units
