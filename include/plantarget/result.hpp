// Typed outcomes: a value, or the reason there is none. Formulas return these
// instead of NaN, and never throw from inside a loop over many series.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace plantarget {

// Why a result is undefined or an assessment is not possible.
enum class reason : std::uint8_t {
    none = 0,
    zero_base,             // growth or ratio over a base of zero
    opposite_signs,        // base and current of opposite signs: growth means nothing
    negative_base,         // a formula defined for positive values only (CAGR of negatives)
    missing_period,        // the period the formula needs has no observation
    too_few_observations,  // fewer observations than the formula needs
    not_finite,            // NaN or infinite input
    zero_rate,             // implied plan from a completion rate of 0
    overflow,              // the result does not fit in a double
    unit_mismatch,         // figures of different kinds compared
    no_target,             // nothing to compare with
    bound_only,            // the actual is known only as a bound that does not decide
    no_data,               // no observation at all
    invalid_argument,      // a parameter outside its domain (n <= 0 years, ...)
    duplicate_period,      // two observations for one period
    period_mismatch,       // periods of different kinds where one kind is needed
    not_applicable,        // the quantity has no meaning for this target (completion of an upper bound)
};

constexpr std::string_view describe(reason r) noexcept {
    switch (r) {
        case reason::none: return "defined";
        case reason::zero_base: return "base is zero";
        case reason::opposite_signs: return "base and current value have opposite signs";
        case reason::negative_base: return "base or current value is negative";
        case reason::missing_period: return "a period the formula needs is missing";
        case reason::too_few_observations: return "too few observations";
        case reason::not_finite: return "input is NaN or infinite";
        case reason::zero_rate: return "rate or growth factor is zero (completion of 0 %, growth of -100 %)";
        case reason::overflow: return "result overflows";
        case reason::unit_mismatch: return "units do not match";
        case reason::no_target: return "no target to compare with";
        case reason::bound_only: return "actual known only as a bound that does not decide";
        case reason::no_data: return "no data";
        case reason::invalid_argument: return "argument outside its domain";
        case reason::duplicate_period: return "two observations for the same period";
        case reason::period_mismatch: return "periods of different kinds";
        case reason::not_applicable: return "not applicable to this target";
    }
    return "unknown reason";
}

// Thrown only when code asks a result for a value it does not hold.
class bad_result_access : public std::logic_error {
public:
    explicit bad_result_access(reason r)
        : std::logic_error("plantarget: no value: " + std::string(describe(r))), reason_(r) {}
    [[nodiscard]] reason why() const noexcept { return reason_; }

private:
    reason reason_;
};

// A value of T, or the reason it is undefined. Trivially copyable when T is,
// so the batch path can store results in plain arrays.
template <class T>
class result {
public:
    constexpr result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
    constexpr result(reason why) : reason_(why) {}            // NOLINT: implicit by design

    [[nodiscard]] constexpr bool ok() const noexcept { return reason_ == reason::none; }
    constexpr explicit operator bool() const noexcept { return ok(); }
    [[nodiscard]] constexpr reason why() const noexcept { return reason_; }
    [[nodiscard]] constexpr const T& value() const {
        if (!ok()) throw bad_result_access(reason_);
        return value_;
    }
    [[nodiscard]] constexpr T value_or(T fallback) const noexcept { return ok() ? value_ : fallback; }
    constexpr const T& operator*() const { return value(); }
    constexpr const T* operator->() const { return &value(); }

private:
    T value_{};
    reason reason_ = reason::none;
};

}  // namespace plantarget
