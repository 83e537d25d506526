// What the published progress-assessment methods (docs/progress-methods.md) share: the
// yearly series they read, the checks every method makes before any formula
// (no data, NaN, a year given twice), and the warnings they hand back.
// The methods answer with a category and a reason, never with an exception or
// a NaN, because they run over thousands of series in one pass.
#pragma once

#include <plantarget/direction.hpp>
#include <plantarget/result.hpp>
#include <plantarget/vocab/vocabulary.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plantarget::progress {

// One observation of an indicator: the methods work on annual data.
struct yearly_point {
    int year;
    double value;
};

// Something the caller should know about an assessment that still went
// ahead (a replaced zero), or the detail behind one that did not.
enum class warning_code : std::uint8_t {
    zero_base_replaced,        // base value 0 replaced by a small number (Open SDG)
    zero_target_replaced,      // target 0 replaced by a small number (Open SDG)
    base_year_moved,           // no data in the base year: the next year with data is used
    duplicated_year,           // a year appears twice: the series is not assessed
    direction_not_supported,   // within_band has no single direction of progress
    limit_ignored,             // a natural limit is used only without a target
    base_beyond_limit,         // the base value already lies past the natural limit
    target_opposite_sign,      // target and base of opposite signs: no growth rate joins them
    required_change_zero,      // target equals base: required growth is 0, the ratio undefined
    base_meets_target,         // no progress was required from the base year
    target_met_trend_away,     // target met now, but the trend moves away from it
    compound_not_defined,      // a compound rate needs nonzero values of one sign
    window_too_short,          // the recent window spans fewer years than the method needs
    target_year_not_ahead,     // the target year is not after the years the method needs
};

}  // namespace plantarget::progress

namespace plantarget {
// Tokens (stable, as Python's ProgressWarning.code gives them) and texts.
template <>
struct vocabulary<progress::warning_code> {
    using w = progress::warning_code;
    static constexpr std::array<vocab_entry<w>, 14> entries{{
        {w::zero_base_replaced, "zero_base_replaced", "base value 0 replaced by a small number", "基期值0以小数代替"},
        {w::zero_target_replaced, "zero_target_replaced", "target 0 replaced by a small number", "目标值0以小数代替"},
        {w::base_year_moved, "base_year_moved", "no data in the base year: the next year with data is used",
         "基期年无数据，改用其后首个有数据的年份"},
        {w::duplicated_year, "duplicated_year", "a year appears twice", "同一年份出现两次"},
        {w::direction_not_supported, "direction_not_supported", "a band has no single direction of progress",
         "区间目标无单一进展方向"},
        {w::limit_ignored, "limit_ignored", "a natural limit is used only without a target", "有目标时不用自然极限"},
        {w::base_beyond_limit, "base_beyond_limit", "the base value already lies past the natural limit",
         "基期值已超出自然极限"},
        {w::target_opposite_sign, "target_opposite_sign", "target and base have opposite signs", "目标值与基期值符号相反"},
        {w::required_change_zero, "required_change_zero", "the target equals the base: no change is required",
         "目标值等于基期值，无需变化"},
        {w::base_meets_target, "base_meets_target", "the base already meets the target", "基期值已达到目标"},
        {w::target_met_trend_away, "target_met_trend_away", "target met, but the trend moves away from it",
         "已达目标，但趋势背离目标"},
        {w::compound_not_defined, "compound_not_defined", "a compound rate needs nonzero values of one sign",
         "复合增长率需要同号非零值"},
        {w::window_too_short, "window_too_short", "the recent window spans fewer years than the method needs",
         "近期窗口年数少于方法所需"},
        {w::target_year_not_ahead, "target_year_not_ahead", "the target year is not after the years the method needs",
         "目标年份不在方法所需年份之后"},
    }};
};
static_assert(detail::vocabulary_is_dense<progress::warning_code>());
}  // namespace plantarget

namespace plantarget::progress {

struct warning {
    warning_code code;
    std::string message;
};

[[nodiscard]] inline bool has_warning(const std::vector<warning>& warnings, warning_code code) noexcept {
    return std::any_of(warnings.begin(), warnings.end(), [code](const warning& w) { return w.code == code; });
}

// The series sorted by year, or the reason it cannot be assessed at all.
struct prepared_series {
    std::vector<yearly_point> points;   // sorted by year, empty unless why == none
    reason why = reason::none;          // no_data, not_finite or duplicate_period
    std::optional<int> duplicated_year; // the first year found twice
};

// Sorts a copy: callers pass data in file order, the formulas need it by year.
[[nodiscard]] inline prepared_series prepare(std::span<const yearly_point> input) {
    prepared_series out;
    if (input.empty()) {
        out.why = reason::no_data;
        return out;
    }
    for (const auto& p : input) {
        if (!std::isfinite(p.value)) {
            out.why = reason::not_finite;
            return out;
        }
    }
    std::vector<yearly_point> sorted(input.begin(), input.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const yearly_point& a, const yearly_point& b) { return a.year < b.year; });
    const auto dup = std::adjacent_find(sorted.begin(), sorted.end(),
                                        [](const yearly_point& a, const yearly_point& b) { return a.year == b.year; });
    if (dup != sorted.end()) {
        out.why = reason::duplicate_period;
        out.duplicated_year = dup->year;
        return out;
    }
    out.points = std::move(sorted);
    return out;
}

// The first observation in `year` or later: the methods' "base year moves
// forward to the next year with data" rule. nullptr when there is none.
[[nodiscard]] inline const yearly_point* first_from(const std::vector<yearly_point>& sorted, int year) noexcept {
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), year,
                                     [](const yearly_point& p, int y) { return p.year < y; });
    return it == sorted.end() ? nullptr : &*it;
}

// Target met in the indicator's direction (>= when higher is better).
[[nodiscard]] constexpr bool meets_target(direction d, double value, double target) noexcept {
    switch (d) {
        case direction::higher_is_better: return value >= target;
        case direction::lower_is_better: return value <= target;
        case direction::within_band: return false;
    }
    return false;
}

[[nodiscard]] constexpr bool opposite_signs(double a, double b) noexcept {
    return (a < 0 && b > 0) || (a > 0 && b < 0);
}

// Compound annual growth (current / base)^(1 / years) - 1, as the published
// methods write it (Open SDG computes exactly this). Values of one sign only;
// a current value of 0 is allowed (growth -1).
[[nodiscard]] inline result<double> compound_annual_growth(double base, double current, double years) noexcept {
    if (!std::isfinite(base) || !std::isfinite(current) || !std::isfinite(years)) return reason::not_finite;
    if (!(years > 0)) return reason::invalid_argument;
    if (base == 0.0) return reason::zero_base;
    if (opposite_signs(base, current)) return reason::opposite_signs;
    const double growth = std::pow(current / base, 1.0 / years) - 1.0;
    if (!std::isfinite(growth)) return reason::overflow;
    return growth;
}

inline void add_warning(std::vector<warning>& warnings, warning_code code, std::string message) {
    warnings.push_back(warning{code, std::move(message)});
}

// The message for a duplicated year: shared so every method says the same.
[[nodiscard]] inline std::string duplicated_year_message(int year) {
    return "year " + std::to_string(year) + " appears more than once";
}

}  // namespace plantarget::progress
