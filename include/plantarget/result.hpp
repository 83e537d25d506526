// Typed outcomes: a value, or the reason there is none. Formulas return these
// instead of NaN, and never throw from inside a loop over many series.
#pragma once

#include <plantarget/vocab/vocabulary.hpp>

#include <array>
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
    gap,                   // a month of the period has no observation, so its total is unknown
    missing,               // the input is missing (None, NA, an empty cell), as opposed to NaN
    inconsistent_totals,   // a published total and the sum of its published parts disagree beyond rounding
    price_basis,           // a growth at comparable prices asked of levels at current prices
};

template <>
struct vocabulary<reason> {
    static constexpr std::array<vocab_entry<reason>, 21> entries{{
        {reason::none, "none", "defined", "有定义"},
        {reason::zero_base, "zero_base", "base is zero", "基数为零"},
        {reason::opposite_signs, "opposite_signs", "base and current value have opposite signs", "基数与现值符号相反"},
        {reason::negative_base, "negative_base", "base or current value is negative", "基数或现值为负"},
        {reason::missing_period, "missing_period", "a period the formula needs is missing", "缺少所需时期"},
        {reason::too_few_observations, "too_few_observations", "too few observations", "观测值过少"},
        {reason::not_finite, "not_finite", "input is NaN or infinite", "输入不是有限数"},
        {reason::zero_rate, "zero_rate", "rate or growth factor is zero (completion of 0 %, growth of -100 %)",
         "比率或增长系数为零"},
        {reason::overflow, "overflow", "result overflows", "结果溢出"},
        {reason::unit_mismatch, "unit_mismatch", "units do not match", "单位不一致"},
        {reason::no_target, "no_target", "no target to compare with", "无目标可比"},
        {reason::bound_only, "bound_only", "actual known only as a bound that does not decide", "实际值仅知界限，无法判定"},
        {reason::no_data, "no_data", "no data", "无数据"},
        {reason::invalid_argument, "invalid_argument", "argument outside its domain", "参数超出定义域"},
        {reason::duplicate_period, "duplicate_period", "two observations for the same period", "同一时期有两个观测值"},
        {reason::period_mismatch, "period_mismatch", "periods of different kinds", "时期类型不同"},
        {reason::not_applicable, "not_applicable", "not applicable to this target", "不适用于此目标"},
        {reason::gap, "gap", "a month of the period has no observation", "时期内有月份缺数"},
        {reason::missing, "missing", "input is missing", "输入缺失"},
        {reason::inconsistent_totals, "inconsistent_totals",
         "a published total and the sum of its published parts disagree beyond rounding", "累计数与分期数之和不符"},
        {reason::price_basis, "price_basis",
         "a growth at comparable prices cannot be computed from levels at current prices", "可比价增速不能由现价总量计算"},
    }};
};
static_assert(detail::vocabulary_is_dense<reason>());

// The reason in plain English ("base is zero"); token_of(r) is the stable token.
constexpr std::string_view describe(reason r) noexcept { return english_of(r); }
constexpr std::string_view to_string(reason r) noexcept { return token_of(r); }

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
