// The "weather" symbols of Germany's sustainability indicators (Destatis
// indicator reports; docs/progress-methods.md): the average annual change of the last
// five years (last six data points; at least four years) is carried forward
// to the target year, and the projected shortfall is measured against the
// remaining distance (target - current value):
//   shortfall <  5 %              sunny            (on track)
//   5 % <= shortfall <= 20 %      slightly cloudy  (close)
//   shortfall > 20 %, right way   cloudy           (off track)
//   wrong way or standing still   thunderstorm     (distance constant or growing)
#pragma once

#include <plantarget/direction.hpp>
#include <plantarget/progress/common.hpp>
#include <plantarget/result.hpp>
#include <plantarget/vocab/vocabulary.hpp>

#include <climits>
#include <cmath>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace plantarget::progress::german {

enum class weather : std::uint8_t {
    sunny,            // target reached, or missed by less than 5 % of the remaining distance
    slightly_cloudy,  // missed by 5 % to 20 %
    cloudy,           // missed by more than 20 %, moving the right way
    thunderstorm,     // moving the wrong way, or not moving
    not_assessed,
    not_available,
};

}  // namespace plantarget::progress::german

namespace plantarget {
template <>
struct vocabulary<progress::german::weather> {
    static constexpr std::array<vocab_entry<progress::german::weather>, 6> entries{{
        {plantarget::progress::german::weather::sunny, "sunny", "sunny", "晴"},
        {plantarget::progress::german::weather::slightly_cloudy, "slightly_cloudy", "slightly cloudy", "少云"},
        {plantarget::progress::german::weather::cloudy, "cloudy", "cloudy", "多云"},
        {plantarget::progress::german::weather::thunderstorm, "thunderstorm", "thunderstorm", "雷雨"},
        {plantarget::progress::german::weather::not_assessed, "not_assessed", "not assessed", "未评估"},
        {plantarget::progress::german::weather::not_available, "not_available", "not available", "数据不足"},
    }};
};
static_assert(detail::vocabulary_is_dense<progress::german::weather>());
}  // namespace plantarget

namespace plantarget::progress::german {

constexpr std::string_view to_string(weather w) noexcept { return token_of(w); }

// How the average annual change is formed and carried forward.
enum class change_model : std::uint8_t {
    compound,  // the average growth rate (x_t / x_s)^(1 / years) - 1, compounded
    linear,    // the average absolute change (x_t - x_s) / years, added
};

struct options {
    int target_year = 2030;
    int window_years = 5;      // "the last five years": from the latest year back 5
    int min_window_years = 4;  // a shorter window is accepted down to 4 years
    change_model model = change_model::compound;
    double on_track_below = 0.05;  // shortfall below this: sunny
    double close_up_to = 0.20;     // shortfall up to and including this: slightly cloudy
};

struct assessment {
    weather status = weather::not_available;
    reason why = reason::none;
    std::optional<double> target{};
    std::optional<int> window_start_year{};
    std::optional<int> latest_year{};
    int target_year = 2030;
    std::optional<double> window_start_value{};
    std::optional<double> latest_value{};
    std::optional<double> annual_change{};    // a growth rate (compound) or a change in the unit (linear)
    std::optional<double> projected_value{};  // for the target year
    // (target - projected) / (target - latest): the share of the remaining
    // distance the projection falls short by; <= 0 when it reaches the target.
    std::optional<double> shortfall{};
    bool target_already_met = false;
    std::vector<warning> warnings;

    [[nodiscard]] bool assessed() const noexcept {
        return status != weather::not_assessed && status != weather::not_available;
    }
};

// The symbol from the shortfall and the direction of movement.
[[nodiscard]] constexpr weather classify(double shortfall, bool moving_right_way, const options& opt) noexcept {
    if (!moving_right_way) return weather::thunderstorm;
    if (shortfall < opt.on_track_below) return weather::sunny;
    if (shortfall <= opt.close_up_to) return weather::slightly_cloudy;
    return weather::cloudy;
}

[[nodiscard]] inline assessment assess(std::span<const yearly_point> series, direction dir,
                                       std::optional<double> target, const options& opt = {}) {
    assessment out;
    out.target = target;
    out.target_year = opt.target_year;
    auto fail = [&out](weather w, reason r) {
        out.status = w;
        out.why = r;
        return out;
    };

    if (dir == direction::within_band) {
        add_warning(out.warnings, warning_code::direction_not_supported,
                    "the method needs higher_is_better or lower_is_better");
        return fail(weather::not_assessed, reason::invalid_argument);
    }
    if (!target) return fail(weather::not_assessed, reason::no_target);
    if (!std::isfinite(*target) || !std::isfinite(opt.on_track_below) || !std::isfinite(opt.close_up_to)) {
        return fail(weather::not_assessed, reason::not_finite);
    }
    if (opt.window_years < 1 || opt.min_window_years < 1 || opt.min_window_years > opt.window_years ||
        opt.on_track_below < 0 || opt.close_up_to < opt.on_track_below) {
        return fail(weather::not_assessed, reason::invalid_argument);
    }

    auto prepared = prepare(series);
    if (prepared.why == reason::no_data) return fail(weather::not_available, reason::no_data);
    if (prepared.why == reason::duplicate_period) {
        add_warning(out.warnings, warning_code::duplicated_year, duplicated_year_message(*prepared.duplicated_year));
    }
    if (prepared.why != reason::none) return fail(weather::not_assessed, prepared.why);
    const auto& pts = prepared.points;
    if (pts.size() < 2) return fail(weather::not_available, reason::too_few_observations);

    const yearly_point& latest = pts.back();
    out.latest_year = latest.year;
    out.latest_value = latest.value;
    // The earliest observation no more than window_years before the latest.
    const long long window_from = static_cast<long long>(latest.year) - opt.window_years;
    const int from_year = window_from < INT_MIN ? INT_MIN : static_cast<int>(window_from);
    const yearly_point* start = first_from(pts, from_year);
    const int span_years = latest.year - start->year;
    out.window_start_year = start->year;
    out.window_start_value = start->value;
    if (span_years < opt.min_window_years) {
        add_warning(out.warnings, warning_code::window_too_short,
                    "the last " + std::to_string(opt.window_years) + " years span only " +
                        std::to_string(span_years) + " years of data");
        return fail(weather::not_available, reason::too_few_observations);
    }
    const double horizon = static_cast<double>(opt.target_year) - latest.year;
    if (!(horizon > 0)) {
        add_warning(out.warnings, warning_code::target_year_not_ahead,
                    "target year " + std::to_string(opt.target_year) + " is not after the latest year " +
                        std::to_string(latest.year));
        return fail(weather::not_assessed, reason::invalid_argument);
    }

    const double tv = *target;
    double change = 0;
    double moving = 0;  // sign of the change in value per year
    double projected = 0;
    if (opt.model == change_model::linear) {
        change = (latest.value - start->value) / span_years;
        moving = change;
        projected = latest.value + change * horizon;
    } else {
        const auto rate = compound_annual_growth(start->value, latest.value, span_years);
        if (!rate) {
            if (rate.why() == reason::zero_base || rate.why() == reason::opposite_signs) {
                add_warning(out.warnings, warning_code::compound_not_defined,
                            "a compound rate needs nonzero values of one sign; the linear model does not");
            }
            return fail(weather::not_assessed, rate.why());
        }
        change = *rate;
        moving = start->value < 0 ? -change : change;  // growth moves a negative series further down
        projected = latest.value * std::pow(latest.value / start->value, horizon / span_years);
    }
    if (!std::isfinite(change) || !std::isfinite(projected)) return fail(weather::not_assessed, reason::overflow);
    out.annual_change = change;
    out.projected_value = projected;
    const bool right_way = sign_of(dir) * moving > 0;

    if (meets_target(dir, latest.value, tv)) {
        // No distance is left to measure a shortfall against.
        out.target_already_met = true;
        if (!right_way && !meets_target(dir, projected, tv)) {
            add_warning(out.warnings, warning_code::target_met_trend_away,
                        "the target is met now, but the trend would leave it by the target year");
        }
        out.status = weather::sunny;
        return out;
    }
    const double shortfall = (tv - projected) / (tv - latest.value);
    if (!std::isfinite(shortfall)) return fail(weather::not_assessed, reason::overflow);
    out.shortfall = shortfall;
    out.status = classify(shortfall, right_way, opt);
    return out;
}

}  // namespace plantarget::progress::german
