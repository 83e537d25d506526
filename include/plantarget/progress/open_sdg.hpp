// The Open SDG / Eurostat progress measure (docs/progress-methods.md), as Statistics
// Canada documents it (open-sdg docs/progress-methodology.md) and sdg-build
// computes it (sdg/ProgressMeasure.py). Where the two texts are silent the
// choice is stated next to the code and in docs/progress-methods.md.
#pragma once

#include <plantarget/direction.hpp>
#include <plantarget/progress/common.hpp>
#include <plantarget/result.hpp>
#include <plantarget/vocab/vocabulary.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plantarget::progress::open_sdg {

enum class category : std::uint8_t {
    target_achieved,
    substantial_progress,  // "on track"
    moderate_progress,     // "progress made but acceleration needed"
    limited_progress,
    deterioration,
    not_assessed,          // data present, but the method does not apply (see reason)
    not_available,         // not enough data (see reason)
};

}  // namespace plantarget::progress::open_sdg

namespace plantarget {
template <>
struct vocabulary<progress::open_sdg::category> {
    static constexpr std::array<vocab_entry<progress::open_sdg::category>, 7> entries{{
        {plantarget::progress::open_sdg::category::target_achieved, "target_achieved", "target achieved", "已实现目标"},
        {plantarget::progress::open_sdg::category::substantial_progress, "substantial_progress", "substantial progress (on track)", "进展显著"},
        {plantarget::progress::open_sdg::category::moderate_progress, "moderate_progress", "moderate progress (acceleration needed)", "有所进展，需加快"},
        {plantarget::progress::open_sdg::category::limited_progress, "limited_progress", "limited progress", "进展有限"},
        {plantarget::progress::open_sdg::category::deterioration, "deterioration", "deterioration", "倒退"},
        {plantarget::progress::open_sdg::category::not_assessed, "not_assessed", "not assessed", "未评估"},
        {plantarget::progress::open_sdg::category::not_available, "not_available", "not available", "数据不足"},
    }};
};
static_assert(detail::vocabulary_is_dense<progress::open_sdg::category>());
}  // namespace plantarget

namespace plantarget::progress::open_sdg {

constexpr std::string_view to_string(category c) noexcept { return token_of(c); }

// Lower edges of substantial, moderate and limited progress; below `limited`
// is deterioration. A value equal to an edge belongs to the higher category.
struct thresholds {
    double substantial;
    double moderate;
    double limited;
};

// The published defaults: the ratio R with a target, the growth g without.
inline constexpr thresholds ratio_thresholds{0.95, 0.6, 0.0};
inline constexpr thresholds growth_thresholds{0.015, 0.005, 0.0};
// Eurostat's own cut-offs for indicators without a target (1 %, 0 %, -1 %).
inline constexpr thresholds eurostat_growth_thresholds{0.01, 0.0, -0.01};

struct options {
    int base_year = 2015;                 // moves forward to the next year with data
    int target_year = 2030;
    std::optional<double> limit{};        // natural limit (e.g. 100 %), used only without a target
    thresholds with_target = ratio_thresholds;
    thresholds without_target = growth_thresholds;
    double limit_exponent = 4.44;         // the exponent of the scaling factor C
    double zero_replacement = 0.001;      // stands in for a base or target of 0
};

// Open SDG's settings with Eurostat's cut-offs for series without a target.
[[nodiscard]] inline options eurostat_options() {
    options o;
    o.without_target = eurostat_growth_thresholds;
    return o;
}

struct assessment {
    category status = category::not_available;
    reason why = reason::none;           // set when status is not_assessed or not_available
    bool target_achieved = false;
    std::optional<double> target{};      // as given (before any zero replacement)
    std::optional<int> base_year{};      // the year actually used
    std::optional<int> latest_year{};
    int target_year = 2030;
    std::optional<double> base_value{};  // as used in the formulas (after zero replacement)
    std::optional<double> latest_value{};
    std::optional<double> cagr_observed{};
    std::optional<double> cagr_required{};
    std::optional<double> ratio{};             // R = s d CAGR_obs / |CAGR_req| (with a target)
    std::optional<double> growth{};            // g = s d CAGR_obs (without a target)
    std::optional<double> limit_coefficient{}; // C (without a target, with a limit)
    std::optional<double> score{};             // -5 .. +5
    std::vector<warning> warnings;

    [[nodiscard]] bool assessed() const noexcept {
        return status != category::not_assessed && status != category::not_available;
    }
    // The number the category was read from: R with a target, g without.
    [[nodiscard]] std::optional<double> progress_value() const noexcept { return ratio ? ratio : growth; }
};

// The category of a progress value against cut-offs (already scaled by C).
[[nodiscard]] constexpr category classify(double value, const thresholds& t) noexcept {
    if (value >= t.substantial) return category::substantial_progress;
    if (value >= t.moderate) return category::moderate_progress;
    if (value >= t.limited) return category::limited_progress;
    return category::deterioration;
}

// The natural-limit scaling factor C. |base| >= 2|limit| is tested first so
// that a base and limit both 0 give C = 1 (as sdg-build does).
[[nodiscard]] inline double limit_coefficient(double base, double limit, double exponent = 4.44) noexcept {
    const double b = std::fabs(base);
    const double l = std::fabs(limit);
    if (b >= 2 * l) return 1.0;
    if (b <= l) return 1.0 - std::pow(b / l, exponent);
    return 1.0 - std::pow((2 * l - b) / l, exponent);
}

// The published score of a ratio R, -5 .. +5 (the constants are Open SDG's,
// rounded as published: 0.6 -> 0, 0.95 -> 2.5, 1.3 -> 5, -0.6 -> -5).
[[nodiscard]] inline double score_with_target(double ratio) noexcept {
    if (ratio >= 0.6) return std::min(7.1429 * ratio - 4.2857, 5.0);
    return std::max(4.1667 * ratio - 2.5, -5.0);
}

// The published score of a growth g with limit coefficient C (1 without a
// limit). The breaks are the published cut-offs 0, 0.5 % C and 1.5 % C.
[[nodiscard]] inline double score_without_target(double growth, double coefficient = 1.0) noexcept {
    if (growth < 0) return std::max(125 * growth - 2.5, -5.0);
    if (coefficient == 0) return 5.0;  // base at the limit and held there
    if (growth < 0.005 * coefficient) return 500 * growth / coefficient - 2.5;
    if (growth < 0.015 * coefficient) return 250 * growth / coefficient - 1.25;
    return std::min(500 * growth / coefficient - 5, 5.0);
}

// The category of an aggregate score (the score range split in four).
[[nodiscard]] constexpr category category_of_score(double score) noexcept {
    if (score >= 2.5) return category::substantial_progress;
    if (score >= 0) return category::moderate_progress;
    if (score >= -2.5) return category::limited_progress;
    return category::deterioration;
}

namespace detail {

inline bool finite_thresholds(const thresholds& t) noexcept {
    return std::isfinite(t.substantial) && std::isfinite(t.moderate) && std::isfinite(t.limited) &&
           t.substantial >= t.moderate && t.moderate >= t.limited;
}

// Scales the positive cut-offs only: the method leaves cut-offs <= 0
// (movement away from the desired direction) alone.
inline thresholds scaled(const thresholds& t, double c) noexcept {
    auto scale = [c](double v) { return v > 0 ? v * c : v; };
    return thresholds{scale(t.substantial), scale(t.moderate), scale(t.limited)};
}

struct outcome {
    category status;
    reason why;
};

// Everything after the target-achieved check: fills the numbers of `out`
// and says which category they give.
inline outcome evaluate(assessment& out, const std::vector<yearly_point>& pts, direction dir,
                        std::optional<double> target, const options& opt) {
    if (pts.size() < 2) return {category::not_available, reason::too_few_observations};
    const yearly_point* base = first_from(pts, opt.base_year);
    if (base == nullptr) return {category::not_available, reason::missing_period};
    if (base->year != opt.base_year) {
        add_warning(out.warnings, warning_code::base_year_moved,
                    "no data for base year " + std::to_string(opt.base_year) + ": using " +
                        std::to_string(base->year));
    }
    const yearly_point& latest = pts.back();
    out.base_year = base->year;
    if (base->year == latest.year) return {category::not_available, reason::too_few_observations};

    const double observed_base = base->value;
    double base_value = observed_base;
    if (base_value == 0.0) {
        base_value = opt.zero_replacement;
        add_warning(out.warnings, warning_code::zero_base_replaced,
                    "base value 0 replaced by " + std::to_string(opt.zero_replacement));
    }
    out.base_value = base_value;
    // s: the sign of the base as observed (sdg-build takes it before the
    // replacement; a replaced 0 is positive either way).
    const double s = observed_base < 0 ? -1.0 : 1.0;
    const double d = sign_of(dir);
    if (opposite_signs(base_value, latest.value)) return {category::not_assessed, reason::opposite_signs};

    const double years_observed = static_cast<double>(latest.year) - static_cast<double>(base->year);
    const auto cagr_obs = compound_annual_growth(base_value, latest.value, years_observed);
    if (!cagr_obs) return {category::not_assessed, cagr_obs.why()};
    out.cagr_observed = *cagr_obs;

    if (target) {
        if (opt.limit) {
            add_warning(out.warnings, warning_code::limit_ignored, "natural limit ignored: a target is given");
        }
        double target_value = *target;
        if (target_value == 0.0) {
            // Replaced with the sign of the base so that the growth rate stays
            // real for negative series (sdg-build's +0.001 would not).
            target_value = std::copysign(opt.zero_replacement, base_value);
            add_warning(out.warnings, warning_code::zero_target_replaced,
                        "target 0 replaced by " + std::to_string(target_value));
        }
        if (opposite_signs(base_value, target_value)) {
            add_warning(out.warnings, warning_code::target_opposite_sign,
                        "target and base value have opposite signs");
            return {category::not_assessed, reason::opposite_signs};
        }
        const double years_required = static_cast<double>(opt.target_year) - static_cast<double>(base->year);
        if (!(years_required > 0)) {
            add_warning(out.warnings, warning_code::target_year_not_ahead,
                        "target year " + std::to_string(opt.target_year) + " is not after base year " +
                            std::to_string(base->year));
            return {category::not_assessed, reason::invalid_argument};
        }
        const auto cagr_req = compound_annual_growth(base_value, target_value, years_required);
        if (!cagr_req) return {category::not_assessed, cagr_req.why()};
        out.cagr_required = *cagr_req;
        if (*cagr_req == 0.0) {
            add_warning(out.warnings, warning_code::required_change_zero,
                        "target equals base value: the required growth is 0");
            return {category::not_assessed, reason::invalid_argument};
        }
        const double r = s * d * *cagr_obs / std::fabs(*cagr_req);
        if (!std::isfinite(r)) return {category::not_assessed, reason::overflow};
        out.ratio = r;
        out.score = score_with_target(r);
        return {classify(r, opt.with_target), reason::none};
    }

    double c = 1.0;
    if (opt.limit) {
        const double lim = *opt.limit;
        if (dir == direction::lower_is_better && observed_base < lim) {
            add_warning(out.warnings, warning_code::base_beyond_limit, "base value is below the minimum limit");
        }
        if (dir == direction::higher_is_better && observed_base > lim) {
            add_warning(out.warnings, warning_code::base_beyond_limit, "base value is above the maximum limit");
        }
        c = limit_coefficient(observed_base, lim, opt.limit_exponent);
        if (!std::isfinite(c)) return {category::not_assessed, reason::overflow};
        out.limit_coefficient = c;
    }
    const double g = s * d * *cagr_obs;
    out.growth = g;
    out.score = score_without_target(g, c);
    return {classify(g, scaled(opt.without_target, c)), reason::none};
}

}  // namespace detail

// Assesses one series. The target-achieved check comes first and needs only
// the latest value, so a series whose growth cannot be computed (one point,
// opposite signs) still counts as achieved when its latest value meets the target.
[[nodiscard]] inline assessment assess(std::span<const yearly_point> series, direction dir,
                                       std::optional<double> target = std::nullopt, const options& opt = {}) {
    assessment out;
    out.target = target;
    out.target_year = opt.target_year;
    auto fail = [&out](category c, reason r) {
        out.status = c;
        out.why = r;
        return out;
    };

    if (dir == direction::within_band) {
        add_warning(out.warnings, warning_code::direction_not_supported,
                    "the method needs higher_is_better or lower_is_better");
        return fail(category::not_assessed, reason::invalid_argument);
    }
    if ((target && !std::isfinite(*target)) || (opt.limit && !std::isfinite(*opt.limit)) ||
        !std::isfinite(opt.limit_exponent) || !std::isfinite(opt.zero_replacement)) {
        return fail(category::not_assessed, reason::not_finite);
    }
    if (!detail::finite_thresholds(opt.with_target) || !detail::finite_thresholds(opt.without_target) ||
        opt.zero_replacement == 0.0) {
        return fail(category::not_assessed, reason::invalid_argument);
    }

    auto prepared = prepare(series);
    if (prepared.why == reason::no_data) return fail(category::not_available, reason::no_data);
    if (prepared.why == reason::duplicate_period) {
        add_warning(out.warnings, warning_code::duplicated_year, duplicated_year_message(*prepared.duplicated_year));
    }
    if (prepared.why != reason::none) return fail(category::not_assessed, prepared.why);

    const auto& pts = prepared.points;
    out.latest_year = pts.back().year;
    out.latest_value = pts.back().value;
    // Checked against the target as given: the 0.001 stand-in exists for the
    // growth formula, not for deciding whether a target of 0 was met.
    out.target_achieved = target && meets_target(dir, pts.back().value, *target);

    const auto computed = detail::evaluate(out, pts, dir, target, opt);
    if (out.target_achieved) {
        out.status = category::target_achieved;
        out.why = reason::none;
        out.score = 5.0;
        return out;
    }
    out.status = computed.status;
    out.why = computed.why;
    return out;
}

// Several series of one indicator: the mean of their scores, and "target
// achieved" only if every series achieved its target.
struct aggregate_assessment {
    category status = category::not_available;
    reason why = reason::none;
    std::optional<double> mean_score{};
    std::size_t series = 0;         // series given
    std::size_t scored_series = 0;  // series with a score (the others are skipped)
    bool target_achieved = false;
};

[[nodiscard]] inline aggregate_assessment aggregate(std::span<const assessment> series) {
    aggregate_assessment out;
    out.series = series.size();
    double sum = 0;
    bool all_achieved = !series.empty();
    for (const auto& a : series) {
        all_achieved = all_achieved && a.target_achieved;
        if (a.score) {
            sum += *a.score;
            ++out.scored_series;
        }
    }
    if (out.scored_series == 0) {
        out.why = reason::no_data;
        return out;
    }
    out.mean_score = sum / static_cast<double>(out.scored_series);
    out.target_achieved = all_achieved;
    out.status = all_achieved ? category::target_achieved : category_of_score(*out.mean_score);
    return out;
}

}  // namespace plantarget::progress::open_sdg
