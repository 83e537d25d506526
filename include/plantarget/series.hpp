// Observations by period: each with its value, flags, and the precision it was
// published with. A published growth rate may sit beside the level, because
// official growth (comparable prices, changing coverage) is data, not always
// something to recompute from two published levels.
#pragma once

#include <plantarget/period.hpp>
#include <plantarget/result.hpp>
#include <plantarget/units/guards.hpp>
#include <plantarget/units/traits.hpp>
#include <plantarget/vocab/vocabulary.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <type_traits>
#include <vector>

namespace plantarget {

enum class obs_flag : std::uint8_t {
    none = 0,
    preliminary = 1,
    revised = 2,
    estimated = 4,
};
constexpr obs_flag operator|(obs_flag a, obs_flag b) {
    return static_cast<obs_flag>(static_cast<std::uint8_t>(a) | static_cast<std::uint8_t>(b));
}
constexpr bool has_flag(obs_flag set, obs_flag f) {
    return (static_cast<std::uint8_t>(set) & static_cast<std::uint8_t>(f)) != 0;
}

// How exactly a value is known. Reports often give bounds: "超10.4亿元" says
// only that the value exceeds 10.4, "控制在5.5%以内" that it is at most 5.5.
enum class value_bound : std::uint8_t {
    exact,      // 达, =, or a plain figure
    at_least,   // X以上, 不低于X
    more_than,  // 超X, 突破X, X余
    at_most,    // X以内, 不超过X, 降至X以下 (read inclusively, as 以下 is)
    less_than,  // 近X
    about,      // 约X, X左右
};

template <>
struct vocabulary<value_bound> {
    static constexpr std::array<vocab_entry<value_bound>, 6> entries{{
        {value_bound::exact, "exact", "exact", "", ""},
        {value_bound::at_least, "at_least", "at least", "以上", "≥"},
        {value_bound::more_than, "more_than", "more than", "超", ">"},
        {value_bound::at_most, "at_most", "at most", "以内", "≤"},
        {value_bound::less_than, "less_than", "less than", "近", "<"},
        {value_bound::about, "about", "about", "约", "≈"},
    }};
};
static_assert(detail::vocabulary_is_dense<value_bound>());

constexpr std::string_view to_string(value_bound b) noexcept { return token_of(b); }

// What is known about a value besides the value.
struct observation_meta {
    obs_flag flags = obs_flag::none;
    value_bound bound = value_bound::exact;
    int decimals = -1;                          // decimals as published; -1 when not published
    std::optional<growth_rate> published_growth;  // the official growth rate, as data
    int growth_decimals = -1;
    // Only the growth was published (1-6月 增长4.6%): the observation's value is
    // no level (it is NaN, so that nothing sums it by mistake) and `bound`
    // says how exactly the growth is known. An actual of the growth measure.
    bool growth_only = false;
};

// The meta of a growth published without its level.
inline observation_meta growth_only_meta(growth_rate g, int decimals = -1, value_bound bound = value_bound::exact) {
    observation_meta m;
    m.bound = bound;
    m.published_growth = g;
    m.growth_decimals = decimals;
    m.growth_only = true;
    return m;
}

template <class V>
struct observation {
    plantarget::period period;
    V value;
    observation_meta meta;
};

// A series of V (a Boost quantity, a percent, or a raw double) ordered by period.
template <class V>
class basic_series {
public:
    using value_type = V;

    basic_series() = default;
    explicit basic_series(units::unit_descriptor unit) : unit_(unit) {}

    // Adds an observation in period order; a second value for the same period
    // is refused (reason::duplicate_period) and the series is unchanged.
    [[nodiscard]] reason add(plantarget::period p, V value, observation_meta meta = {}) {
        auto it = std::lower_bound(obs_.begin(), obs_.end(), p,
                                   [](const observation<V>& o, const plantarget::period& q) { return o.period < q; });
        if (it != obs_.end() && it->period == p) return reason::duplicate_period;
        obs_.insert(it, observation<V>{p, std::move(value), std::move(meta)});
        return reason::none;
    }

    // A growth published without its level (1-6月 增长4.6%, 全年增长6.6%).
    [[nodiscard]] reason add_growth_only(plantarget::period p, growth_rate g, int decimals = -1,
                                         value_bound bound = value_bound::exact) {
        return add(p, no_level(), growth_only_meta(g, decimals, bound));
    }

    [[nodiscard]] const observation<V>* find(plantarget::period p) const {
        auto it = std::lower_bound(obs_.begin(), obs_.end(), p,
                                   [](const observation<V>& o, const plantarget::period& q) { return o.period < q; });
        return (it != obs_.end() && it->period == p) ? &*it : nullptr;
    }
    [[nodiscard]] result<V> at(plantarget::period p) const {
        const auto* o = find(p);
        if (o == nullptr) return reason::missing_period;
        return o->value;
    }
    // The last observation at or before `as_of` (of any kind of period).
    [[nodiscard]] const observation<V>* latest(plantarget::period as_of) const {
        const observation<V>* best = nullptr;
        for (const auto& o : obs_)
            if (!(as_of < o.period)) best = &o;
        return best;
    }

    [[nodiscard]] std::size_t size() const { return obs_.size(); }
    [[nodiscard]] bool empty() const { return obs_.empty(); }
    // Room for `n` observations, for a caller that knows how many come.
    void reserve(std::size_t n) { obs_.reserve(n); }
    [[nodiscard]] auto begin() const { return obs_.begin(); }
    [[nodiscard]] auto end() const { return obs_.end(); }
    [[nodiscard]] const units::unit_descriptor& unit() const { return unit_; }

private:
    static V no_level() {
        constexpr double nan = std::numeric_limits<double>::quiet_NaN();
        if constexpr (std::is_same_v<V, double>) return nan;
        else if constexpr (requires { V::from_value(nan); }) return V::from_value(nan);
        else return V(nan);
    }

    std::vector<observation<V>> obs_;
    units::unit_descriptor unit_{};
};

// A series typed by its unit: series<yi_yuan_unit> holds quantities in 亿元.
// A value in another scale of the same kind (2.0 * wan_persons into a series
// of 人) is converted by one multiplication by a power of ten.
template <units::plan_unit U>
class series : public basic_series<units::quantity_of<U>> {
    using base = basic_series<units::quantity_of<U>>;

public:
    series() : base(units::descriptor_of<U>()) {}

    using base::add;
    template <class V>
        requires(!std::is_same_v<V, units::quantity_of<U>>)
    [[nodiscard]] reason add(plantarget::period p, const V& value, observation_meta meta = {}) {
        if constexpr (units::value_of_kind<U, V>()) {
            return base::add(p, units::convert_to<U>(value), std::move(meta));
        } else {
            diagnose::series_of_one_kind<units::detail::always_false<V>, units::side_of_unit<U>(),
                                         units::side_of<V>()>();
            return reason::unit_mismatch;
        }
    }
};

// A series of plain numbers with a run-time unit: what data files give.
using value_series = basic_series<double>;

// Single months from year-to-date values (YTD_m - YTD_{m-1}); every YTD span
// from January to the last one present is needed.
template <class V>
result<basic_series<V>> months_from_year_to_date(const basic_series<V>& ytd) {
    basic_series<V> months(ytd.unit());
    const observation<V>* prev = nullptr;
    for (const auto& o : ytd) {
        if (o.period.kind() != period_kind::year_to_date) return reason::period_mismatch;
        if (prev == nullptr) {
            if (o.period.last_month() != 1) return reason::missing_period;
            (void)months.add(period::month(o.period.year_number(), 1), o.value);  // one per month
        } else {
            if (prev->period.year_number() != o.period.year_number()) {
                if (o.period.last_month() != 1) return reason::missing_period;
                (void)months.add(period::month(o.period.year_number(), 1), o.value);  // one per month
            } else {
                if (o.period.last_month() != prev->period.last_month() + 1) return reason::missing_period;
                (void)months.add(period::month(o.period.year_number(), o.period.last_month()), V(o.value - prev->value));
            }
        }
        prev = &o;
    }
    return months;
}

// Year-to-date values from single months; every month from January is needed.
template <class V>
result<basic_series<V>> year_to_date_from_months(const basic_series<V>& months) {
    basic_series<V> ytd(months.unit());
    const observation<V>* prev = nullptr;
    V running{};
    for (const auto& o : months) {
        if (o.period.kind() != period_kind::month) return reason::period_mismatch;
        const bool new_year = prev == nullptr || prev->period.year_number() != o.period.year_number();
        if (new_year) {
            if (o.period.last_month() != 1) return reason::missing_period;
            running = o.value;
        } else {
            if (o.period.last_month() != prev->period.last_month() + 1) return reason::missing_period;
            running = V(running + o.value);
        }
        (void)ytd.add(period::year_to_date(o.period.year_number(), o.period.last_month()), running);  // one per month
        prev = &o;
    }
    return ytd;
}

}  // namespace plantarget
