// UN ESCAP's progress assessment (Asia-Pacific SDG Progress Report technical
// notes, used by all five UN regional commissions), docs/progress-methods.md:
//  - current status index: (I_t - I_0) / (TV - I_0), the share of the
//    required progress made since the base year;
//  - anticipated progress: the value projected for the target year from the
//    observed trend, and for targets that will be missed the gap
//    (TV - projected) / (TV - I_0).
// The notes leave the regression weights, the cap and the category edges
// open; each is a parameter here, with the default stated beside it.
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
#include <vector>

namespace plantarget::progress::escap {

enum class category : std::uint8_t {
    achieved,            // the latest value already meets the target
    on_track,            // the projection meets the target ("maintain progress")
    needs_acceleration,  // moving towards the target, too slowly
    regressing,          // the trend moves away from the target ("reverse the trend")
    not_assessed,
    not_available,
};

}  // namespace plantarget::progress::escap

namespace plantarget {
template <>
struct vocabulary<progress::escap::category> {
    static constexpr std::array<vocab_entry<progress::escap::category>, 6> entries{{
        {plantarget::progress::escap::category::achieved, "achieved", "achieved", "已实现"},
        {plantarget::progress::escap::category::on_track, "on_track", "on track (maintain progress)", "进展正常"},
        {plantarget::progress::escap::category::needs_acceleration, "needs_acceleration", "needs acceleration", "需加快"},
        {plantarget::progress::escap::category::regressing, "regressing", "regressing (reverse the trend)", "倒退"},
        {plantarget::progress::escap::category::not_assessed, "not_assessed", "not assessed", "未评估"},
        {plantarget::progress::escap::category::not_available, "not_available", "not available", "数据不足"},
    }};
};
static_assert(detail::vocabulary_is_dense<progress::escap::category>());
}  // namespace plantarget

namespace plantarget::progress::escap {

constexpr std::string_view to_string(category c) noexcept { return token_of(c); }

enum class projection_method : std::uint8_t {
    compound_growth,      // CAGR from the first to the last trend point, extended to the target year
    weighted_regression,  // least squares with weights rising with time (recent data count more)
};

struct options {
    int base_year = 2015;    // I_0: this year, or the next one with data
    int target_year = 2030;
    projection_method method = projection_method::weighted_regression;
    // Regression weight of an observation in year t: (t - t_first + 1)^p,
    // t_first the first year of the trend window. p = 1 (linear in time) is
    // the default; p = 0 is ordinary least squares.
    double weight_exponent = 1.0;
    std::optional<int> trend_from_year{};  // trend window start; all data when empty
    // A gap ratio at or below this is on track. 0: the projection must reach
    // the target; 0.05 would forgive a 5 % shortfall of the required progress.
    double on_track_max_gap = 0.0;
    // The current status index is reported capped at this value (ESCAP shows
    // progress beyond the target as complete); empty: no cap.
    std::optional<double> current_status_cap = 1.0;
};

struct assessment {
    category status = category::not_available;
    reason why = reason::none;
    std::optional<double> target{};
    std::optional<int> base_year{};     // the year actually used for I_0
    std::optional<int> latest_year{};
    int target_year = 2030;
    std::optional<double> base_value{};
    std::optional<double> latest_value{};
    std::optional<double> current_status_index{};      // capped as options say
    std::optional<double> current_status_uncapped{};
    std::optional<double> expected_progress_to_date{};  // (t - t_0) / (T - t_0): the share of time gone
    std::optional<int> trend_first_year{};
    std::size_t trend_points = 0;
    // Per year: a slope in the indicator's unit (regression) or a growth
    // rate as a fraction (compound growth).
    std::optional<double> annual_trend{};
    std::optional<double> projected_value{};  // for the target year
    std::optional<double> gap_ratio{};        // (TV - projected) / (TV - I_0); <= 0 means met
    std::vector<warning> warnings;

    [[nodiscard]] bool assessed() const noexcept {
        return status != category::not_assessed && status != category::not_available;
    }
};

// The category from the numbers: what the four ESCAP symbols mean.
// `moving` is the sign of the trend's change in the indicator's value.
[[nodiscard]] constexpr category classify(bool latest_meets_target, double gap_ratio, double moving, direction dir,
                                          double on_track_max_gap) noexcept {
    if (latest_meets_target) return category::achieved;
    if (gap_ratio <= on_track_max_gap) return category::on_track;
    if (sign_of(dir) * moving < 0) return category::regressing;
    return category::needs_acceleration;
}

namespace detail {

struct trend_fit {
    double annual_trend;  // slope or growth rate
    double moving;        // sign of the change in value per year
    double projected;
};

// Weighted least squares on years measured from the latest trend year, so
// the sums stay small and exact for small integer data.
inline result<trend_fit> weighted_regression(std::span<const yearly_point> pts, int target_year, double exponent) {
    const int first = pts.front().year;
    const int last = pts.back().year;
    double sw = 0, swx = 0, swy = 0;
    for (const auto& p : pts) {
        const double w = std::pow(static_cast<double>(p.year) - first + 1, exponent);
        const double x = static_cast<double>(p.year) - last;
        sw += w;
        swx += w * x;
        swy += w * p.value;
    }
    const double mx = swx / sw;
    const double my = swy / sw;
    double sxx = 0, sxy = 0;
    for (const auto& p : pts) {
        const double w = std::pow(static_cast<double>(p.year) - first + 1, exponent);
        const double dx = static_cast<double>(p.year) - last - mx;
        sxx += w * dx * dx;
        sxy += w * dx * (p.value - my);
    }
    const double slope = sxy / sxx;
    const double projected = my + slope * (static_cast<double>(target_year) - last - mx);
    if (!std::isfinite(slope) || !std::isfinite(projected)) return reason::overflow;
    return trend_fit{slope, slope, projected};
}

inline result<trend_fit> compound_growth(std::span<const yearly_point> pts, int target_year) {
    const auto& first = pts.front();
    const auto& last = pts.back();
    const double span_years = static_cast<double>(last.year) - first.year;
    const auto rate = compound_annual_growth(first.value, last.value, span_years);
    if (!rate) return rate.why();
    const double horizon = static_cast<double>(target_year) - last.year;
    const double projected = last.value * std::pow(last.value / first.value, horizon / span_years);
    if (!std::isfinite(projected)) return reason::overflow;
    // Growth moves a negative series further below zero.
    const double moving = first.value < 0 ? -*rate : *rate;
    return trend_fit{*rate, moving, projected};
}

}  // namespace detail

[[nodiscard]] inline assessment assess(std::span<const yearly_point> series, direction dir,
                                       std::optional<double> target, const options& opt = {}) {
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
    if (!target) return fail(category::not_assessed, reason::no_target);
    if (!std::isfinite(*target) || !std::isfinite(opt.weight_exponent) || !std::isfinite(opt.on_track_max_gap) ||
        (opt.current_status_cap && !std::isfinite(*opt.current_status_cap))) {
        return fail(category::not_assessed, reason::not_finite);
    }
    if (opt.weight_exponent < 0) return fail(category::not_assessed, reason::invalid_argument);

    auto prepared = prepare(series);
    if (prepared.why == reason::no_data) return fail(category::not_available, reason::no_data);
    if (prepared.why == reason::duplicate_period) {
        add_warning(out.warnings, warning_code::duplicated_year, duplicated_year_message(*prepared.duplicated_year));
    }
    if (prepared.why != reason::none) return fail(category::not_assessed, prepared.why);
    const auto& pts = prepared.points;
    if (pts.size() < 2) return fail(category::not_available, reason::too_few_observations);

    const yearly_point* base = first_from(pts, opt.base_year);
    if (base == nullptr) return fail(category::not_available, reason::missing_period);
    if (base->year != opt.base_year) {
        add_warning(out.warnings, warning_code::base_year_moved,
                    "no data for base year " + std::to_string(opt.base_year) + ": using " +
                        std::to_string(base->year));
    }
    const yearly_point& latest = pts.back();
    out.base_year = base->year;
    out.base_value = base->value;
    out.latest_year = latest.year;
    out.latest_value = latest.value;
    const double tv = *target;
    const bool latest_meets = meets_target(dir, latest.value, tv);

    const double required = tv - base->value;
    if (!(sign_of(dir) * required > 0)) {
        add_warning(out.warnings, warning_code::base_meets_target, "the base value already meets the target");
        if (latest_meets) return fail(category::achieved, reason::none);
        return fail(category::not_assessed, reason::invalid_argument);
    }
    const double status_index = (latest.value - base->value) / required;
    if (!std::isfinite(status_index)) return fail(category::not_assessed, reason::overflow);
    out.current_status_uncapped = status_index;
    out.current_status_index =
        opt.current_status_cap ? std::min(status_index, *opt.current_status_cap) : status_index;
    if (opt.target_year > base->year) {
        out.expected_progress_to_date = (static_cast<double>(latest.year) - base->year) /
                                        (static_cast<double>(opt.target_year) - base->year);
    }

    const yearly_point* trend_start = opt.trend_from_year ? first_from(pts, *opt.trend_from_year) : &pts.front();
    const auto first_index = trend_start == nullptr ? pts.size() : static_cast<std::size_t>(trend_start - pts.data());
    const std::span<const yearly_point> window(pts.data() + first_index, pts.size() - first_index);
    out.trend_points = window.size();
    if (window.size() < 2) {
        add_warning(out.warnings, warning_code::window_too_short, "the trend window holds fewer than two points");
        return fail(category::not_available, reason::too_few_observations);
    }
    out.trend_first_year = window.front().year;

    const auto fit = opt.method == projection_method::weighted_regression
                         ? detail::weighted_regression(window, opt.target_year, opt.weight_exponent)
                         : detail::compound_growth(window, opt.target_year);
    if (!fit) {
        if (fit.why() == reason::zero_base || fit.why() == reason::opposite_signs) {
            add_warning(out.warnings, warning_code::compound_not_defined,
                        "compound growth needs nonzero trend endpoints of one sign");
        }
        return fail(category::not_assessed, fit.why());
    }
    out.annual_trend = fit->annual_trend;
    out.projected_value = fit->projected;
    const double gap = (tv - fit->projected) / required;
    if (!std::isfinite(gap)) return fail(category::not_assessed, reason::overflow);
    out.gap_ratio = gap;
    out.status = classify(latest_meets, gap, fit->moving, dir, opt.on_track_max_gap);
    return out;
}

}  // namespace plantarget::progress::escap
