// The evaluation engine: a target, the series of its indicator, and an as-of
// period give an assessment. At the deadline: achieved, exceeded (超额完成) or
// not achieved. In the year: ahead of, on, or behind schedule, against a pro
// rata (时间过半、任务过半) or seasonal expectation. Otherwise pending or not
// assessable, with the reason.
#pragma once

#include <plantarget/growth.hpp>
#include <plantarget/indicator.hpp>
#include <plantarget/series.hpp>
#include <plantarget/target.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>
#include <vector>

namespace plantarget {

enum class verdict : std::uint8_t {
    exceeded,           // at the deadline, met with room to spare (超额完成)
    achieved,           // at the deadline, met
    not_achieved,       // at the deadline, missed
    ahead_of_schedule,  // in the period, better than expected to date
    on_schedule,
    behind_schedule,
    pending,            // the deadline period has not started; nothing to judge yet
    not_assessable,     // see the reason
};

template <>
struct vocabulary<verdict> {
    static constexpr std::array<vocab_entry<verdict>, 8> entries{{
        {verdict::exceeded, "exceeded", "exceeded", "超额完成"},
        {verdict::achieved, "achieved", "achieved", "完成"},
        {verdict::not_achieved, "not_achieved", "not achieved", "未完成"},
        {verdict::ahead_of_schedule, "ahead_of_schedule", "ahead of schedule", "快于进度"},
        {verdict::on_schedule, "on_schedule", "on schedule", "符合进度"},
        {verdict::behind_schedule, "behind_schedule", "behind schedule", "慢于进度"},
        {verdict::pending, "pending", "pending", "待评估"},
        {verdict::not_assessable, "not_assessable", "not assessable", "无法评估"},
    }};
};
static_assert(detail::vocabulary_is_dense<verdict>());

constexpr std::string_view to_string(verdict v) noexcept { return token_of(v); }
inline constexpr auto all_verdicts = all_values<verdict>();

// True for verdicts that count as meeting the target (at or before the deadline).
constexpr bool is_met(verdict v) noexcept {
    return v == verdict::exceeded || v == verdict::achieved || v == verdict::ahead_of_schedule ||
           v == verdict::on_schedule;
}

struct evaluation_options {
    // |gap| within this many percentage points of the plan is "on schedule".
    double on_schedule_band_pp = 1.0;
    // "居前列" (among the top) read as rank <= this.
    int among_top_cutoff = 3;
    // Monthly shares of the annual total (last year's profile); empty: pro rata.
    std::optional<std::array<double, 12>> seasonal_profile;
};

// The verdict of one condition of a target.
struct condition_assessment {
    condition cond;
    verdict outcome = verdict::not_assessable;
    reason why = reason::none;
    result<double> actual = reason::no_data;  // in the condition's unit (percent for growth)
    result<double> margin = reason::no_data;  // on the better side: positive means room to spare
};

struct assessment {
    std::string target_id;
    std::string indicator_id;
    commitment kind = commitment::anticipatory;
    period deadline;
    period as_of;
    bool at_deadline = false;

    verdict outcome = verdict::not_assessable;
    reason why = reason::none;

    // Of the first condition, in its unit.
    double threshold = 0.0;
    result<double> actual = reason::no_data;
    period actual_period;
    result<double> margin = reason::no_data;
    result<percent> completion = reason::no_data;
    // In the period: the value expected to date, and the gap in points of the plan.
    result<double> expected_to_date = reason::not_applicable;
    result<percentage_points> schedule_gap = reason::not_applicable;
    // The value projected at the deadline, from the year to date.
    result<double> projected = reason::not_applicable;
    // Before the period: the last actual and the growth it needs to reach the threshold.
    result<double> last_actual = reason::no_data;
    period last_actual_period;
    result<growth_rate> required_growth = reason::not_applicable;

    std::vector<condition_assessment> conditions;
};

namespace detail {

// What is known of an actual: an interval, perhaps open at either end.
struct known_interval {
    double lo, hi;
    bool lo_open = false, hi_open = false;
};

inline known_interval interval_from(double v, value_bound b) {
    constexpr double inf = std::numeric_limits<double>::infinity();
    switch (b) {
        case value_bound::at_least: return {v, inf, false, true};
        case value_bound::more_than: return {v, inf, true, true};
        case value_bound::at_most: return {-inf, v, true, false};
        case value_bound::less_than: return {-inf, v, true, true};
        case value_bound::exact:
        case value_bound::about: break;  // 约X is read as X
    }
    return {v, v};
}

enum class tri : std::uint8_t { yes, no, undecided };

// Does the condition hold for every value the actual may be (yes), for none (no)?
inline tri holds(comparator cmp, const known_interval& a, double x, double upper) {
    const auto decide = [](bool all, bool none) { return all ? tri::yes : (none ? tri::no : tri::undecided); };
    switch (cmp) {
        case comparator::at_least:
        case comparator::milestone_at_least:
            return decide(a.lo >= x, a.hi < x || (a.hi == x && a.hi_open));
        case comparator::more_than:
            return decide(a.lo > x || (a.lo == x && a.lo_open), a.hi <= x);
        case comparator::at_most:
        case comparator::rank_at_most:
        case comparator::among_top:
            return decide(a.hi <= x, a.lo > x || (a.lo == x && a.lo_open));
        case comparator::less_than:
            return decide(a.hi < x || (a.hi == x && a.hi_open), a.lo >= x);
        case comparator::about:
            return decide(a.lo >= x - upper && a.hi <= x + upper, a.hi < x - upper || a.lo > x + upper);
        case comparator::between:
            return decide(a.lo >= x && a.hi <= upper, a.hi < x || a.lo > upper);
        case comparator::dynamic_zero:
            return decide(a.lo == 0.0 && a.hi == 0.0, a.lo > 0.0 || a.hi < 0.0);
    }
    return tri::undecided;
}

// The distance to the threshold on the better side.
inline double margin_of(comparator cmp, double actual, double x, double upper) {
    switch (cmp) {
        case comparator::at_least:
        case comparator::more_than:
        case comparator::milestone_at_least: return actual - x;
        case comparator::at_most:
        case comparator::less_than:
        case comparator::rank_at_most:
        case comparator::among_top: return x - actual;
        case comparator::about: return upper - std::abs(actual - x);
        case comparator::between: return std::min(actual - x, upper - actual);
        case comparator::dynamic_zero: return 0.0 - std::abs(actual);  // +0.0 at zero, not -0.0
    }
    return 0.0;
}

// +1 when more is better for the condition, -1 when less is, 0 for bands.
inline int better_sign(comparator cmp) {
    const direction d = condition{measure::level, cmp}.better();
    return d == direction::within_band ? 0 : sign_of(d);
}

// The part of the deadline period elapsed at the end of as_of (0..1).
inline double elapsed_fraction(period deadline, period as_of, const evaluation_options& o) {
    const int done_months = std::clamp(as_of.last_month() - deadline.first_month() + 1, 0, deadline.months());
    if (o.seasonal_profile && deadline.kind() == period_kind::year) {
        double s = 0.0;
        for (int m = 0; m < done_months; ++m) s += (*o.seasonal_profile)[static_cast<std::size_t>(m)];
        return s;
    }
    return static_cast<double>(done_months) / deadline.months();
}

inline bool ends_by(period a, period b) {  // a ends no later than b
    return a.year_number() < b.year_number() ||
           (a.year_number() == b.year_number() && a.last_month() <= b.last_month());
}
inline bool within(period inner, period outer) {
    return inner.year_number() == outer.year_number() && inner.first_month() >= outer.first_month() &&
           inner.last_month() <= outer.last_month();
}

// The observation that stands for the deadline period as of `as_of`: the
// period itself, else the longest span from its start that ends by as_of (a
// year-to-date for a year).
inline const observation<double>* observation_for(const value_series& s, period deadline, period as_of) {
    if (const auto* o = s.find(deadline); o != nullptr && ends_by(deadline, as_of)) return o;
    const observation<double>* best = nullptr;
    for (const auto& o : s) {
        if (!within(o.period, deadline) || !ends_by(o.period, as_of)) continue;
        if (o.period.first_month() != deadline.first_month()) continue;  // a span from the start
        if (best == nullptr || best->period.last_month() < o.period.last_month()) best = &o;
    }
    return best;
}

inline result<double> growth_of_observation(const value_series& s, const observation<double>& o) {
    if (o.meta.published_growth) return o.meta.published_growth->in_percent();
    const auto g = year_on_year(s, o.period);
    if (!g) return g.why();
    return g->in_percent();
}

inline verdict combine(combination how, const std::vector<condition_assessment>& parts) {
    // Goodness order; not_assessable sits between met and missed, because it
    // can turn either way.
    const auto rank_of = [](verdict v) {
        switch (v) {
            case verdict::exceeded: return 7;
            case verdict::ahead_of_schedule: return 6;
            case verdict::achieved: return 5;
            case verdict::on_schedule: return 4;
            case verdict::pending: return 3;
            case verdict::not_assessable: return 2;
            case verdict::behind_schedule: return 1;
            case verdict::not_achieved: return 0;
        }
        return 2;
    };
    verdict out = parts.front().outcome;
    for (const auto& p : parts) {
        const bool take = how == combination::all_of ? rank_of(p.outcome) < rank_of(out)
                                                     : rank_of(p.outcome) > rank_of(out);
        if (take) out = p.outcome;
    }
    // All conditions met, some with room to spare: achieved, not exceeded.
    if (how == combination::all_of && out == verdict::exceeded) {
        for (const auto& p : parts)
            if (p.outcome == verdict::achieved) return verdict::achieved;
    }
    return out;
}

}  // namespace detail

// Evaluates one target against the series of its indicator as of a period.
inline assessment evaluate(const target_spec& t, const indicator_info& ind, const value_series& s, period as_of,
                           const evaluation_options& opt = {}) {
    assessment a;
    a.target_id = t.id;
    a.indicator_id = t.indicator_id;
    a.kind = t.kind;
    a.deadline = t.deadline;
    a.as_of = as_of;
    a.at_deadline = detail::ends_by(t.deadline, as_of);
    if (t.conditions.empty()) {
        a.why = reason::no_target;
        return a;
    }
    a.threshold = t.conditions.front().value;

    const bool before_period =
        as_of.year_number() < t.deadline.year_number() ||
        (as_of.year_number() == t.deadline.year_number() && as_of.last_month() < t.deadline.first_month());

    for (const condition& c : t.conditions) {
        condition_assessment ca;
        ca.cond = c;
        const bool level_like = c.what == measure::level || c.what == measure::completion;
        if (level_like && c.cmp != comparator::rank_at_most && c.cmp != comparator::among_top &&
            c.cmp != comparator::milestone_at_least && !c.unit.same_kind(s.unit())) {
            ca.why = reason::unit_mismatch;
            a.conditions.push_back(ca);
            continue;
        }
        const auto to_cond_unit = [&](double v) {
            return level_like ? units::convert_value(v, s.unit(), c.unit) : v;
        };

        if (c.cmp == comparator::dynamic_zero) {
            // Every observation inside the period, up to as_of, must be zero.
            bool any = false;
            double worst = 0.0;
            period latest_seen;
            for (const auto& o : s) {
                if (!detail::within(o.period, t.deadline) || !detail::ends_by(o.period, as_of)) continue;
                if (!any || detail::ends_by(latest_seen, o.period)) latest_seen = o.period;
                any = true;
                if (!std::isfinite(o.value)) {
                    ca.why = reason::not_finite;
                    break;
                }
                if (std::abs(o.value) > std::abs(worst)) worst = o.value;
            }
            if (ca.why == reason::none && !any) ca.why = before_period ? reason::none : reason::no_data;
            if (ca.why == reason::none && !any) {
                ca.outcome = verdict::pending;
            } else if (ca.why == reason::none) {
                if (&c == &t.conditions.front()) a.actual_period = latest_seen;
                ca.actual = worst;
                ca.margin = 0.0 - std::abs(worst);
                if (worst != 0.0) ca.outcome = a.at_deadline ? verdict::not_achieved : verdict::behind_schedule;
                else ca.outcome = a.at_deadline ? verdict::achieved : verdict::on_schedule;
            }
            a.conditions.push_back(ca);
            continue;
        }

        const observation<double>* o = detail::observation_for(s, t.deadline, as_of);
        if (o == nullptr) {
            // Nothing in the period yet: report where the indicator stands.
            const observation<double>* last = s.latest(as_of);
            const bool first = &c == &t.conditions.front();  // the assessment reports the first condition
            if (!first) {
            } else if (last != nullptr && c.what == measure::level) {
                a.last_actual = std::isfinite(last->value) ? result<double>(to_cond_unit(last->value))
                                                           : result<double>(reason::not_finite);
                a.last_actual_period = last->period;
                if (c.cmp != comparator::rank_at_most && c.cmp != comparator::among_top &&
                    c.cmp != comparator::milestone_at_least)
                    a.required_growth = growth_of(c.value, to_cond_unit(last->value));
            } else if (last != nullptr && c.what == measure::growth) {
                if (auto g = detail::growth_of_observation(s, *last); g) {
                    a.last_actual = *g;
                    a.last_actual_period = last->period;
                }
            }
            if (before_period) ca.outcome = verdict::pending;
            else ca.why = reason::no_data;
            a.conditions.push_back(ca);
            continue;
        }
        if (!std::isfinite(o->value) || std::isnan(c.value) || std::isnan(c.upper)) {
            ca.why = reason::not_finite;
            a.conditions.push_back(ca);
            continue;
        }

        double x = c.value;
        double upper = c.upper;
        double actual = 0.0;
        value_bound bound = o->meta.bound;
        if (c.what == measure::level) {
            actual = to_cond_unit(o->value);
            if (c.cmp == comparator::among_top) x = opt.among_top_cutoff;
        } else if (c.what == measure::growth) {
            const auto g = detail::growth_of_observation(s, *o);
            if (!g) {
                ca.why = g.why();
                a.conditions.push_back(ca);
                continue;
            }
            actual = *g;
            if (std::isnan(actual)) {
                ca.why = reason::not_finite;
                a.conditions.push_back(ca);
                continue;
            }
            if (!o->meta.published_growth) bound = value_bound::exact;  // computed growth of the value
        } else {  // completion: actual / plan level, against the completion threshold
            const auto r = completion_rate(to_cond_unit(o->value), c.value);
            if (!r) {
                ca.why = r.why();
                a.conditions.push_back(ca);
                continue;
            }
            actual = r->value();
            x = c.upper;
            upper = 0.0;
        }
        ca.actual = actual;
        const double raw_margin = detail::margin_of(c.cmp, actual, x, upper);
        // A difference of finite numbers beyond DBL_MAX is an overflow, not infinity.
        if (!std::isfinite(raw_margin) && std::isfinite(actual) && std::isfinite(x) && std::isfinite(upper))
            ca.margin = reason::overflow;
        else
            ca.margin = raw_margin;

        const bool is_flow_level = c.what == measure::level && ind.kind == nature::flow &&
                                   detail::better_sign(c.cmp) != 0 && c.cmp != comparator::rank_at_most &&
                                   c.cmp != comparator::among_top && c.cmp != comparator::milestone_at_least;
        if (!a.at_deadline && is_flow_level && o->period != t.deadline) {
            // In the period: compare with what is expected to date.
            const double f = detail::elapsed_fraction(t.deadline, o->period, opt);
            if (&c == &t.conditions.front()) {
                a.expected_to_date = x * f;
                if (x != 0.0) {
                    const double gap = detail::better_sign(c.cmp) * (actual - x * f) / std::abs(x) * 100.0;
                    if (std::isfinite(gap)) a.schedule_gap = percentage_points(gap);
                    else a.schedule_gap = reason::overflow;
                }
                if (f > 0.0) {
                    if (std::isfinite(actual / f)) a.projected = actual / f;
                    else a.projected = reason::overflow;
                }
            }
            if (x == 0.0 || bound != value_bound::exact) {
                const auto h = detail::holds(c.cmp, detail::interval_from(actual, bound), x * f, upper);
                ca.outcome = h == detail::tri::yes ? verdict::on_schedule
                             : h == detail::tri::no ? verdict::behind_schedule
                                                    : verdict::not_assessable;
                if (h == detail::tri::undecided) ca.why = reason::bound_only;
            } else {
                const double gap = detail::better_sign(c.cmp) * (actual - x * f) / std::abs(x) * 100.0;
                ca.outcome = gap > opt.on_schedule_band_pp    ? verdict::ahead_of_schedule
                             : gap < -opt.on_schedule_band_pp ? verdict::behind_schedule
                                                              : verdict::on_schedule;
            }
        } else {
            const auto h = detail::holds(c.cmp, detail::interval_from(actual, bound), x, upper);
            if (h == detail::tri::undecided) {
                ca.outcome = verdict::not_assessable;
                ca.why = reason::bound_only;
            } else if (a.at_deadline) {
                const bool room = raw_margin > 0.0 && bound == value_bound::exact &&
                                  (c.cmp == comparator::at_least || c.cmp == comparator::at_most) &&
                                  c.what != measure::growth;
                ca.outcome = h == detail::tri::no ? verdict::not_achieved
                             : room               ? verdict::exceeded
                                                  : verdict::achieved;
            } else {
                ca.outcome = h == detail::tri::yes ? verdict::on_schedule : verdict::behind_schedule;
                if (&c == &t.conditions.front() && ind.kind != nature::flow) a.projected = actual;
            }
        }
        if (&c == &t.conditions.front()) {
            a.actual = actual;
            a.actual_period = o->period;
            a.margin = ca.margin;
            if (c.what == measure::completion) {
                a.completion = percent(actual);
            } else if (c.what == measure::level &&
                       (c.cmp == comparator::at_least || c.cmp == comparator::more_than)) {
                a.completion = completion_rate(actual, x);
            } else {
                a.completion = reason::not_applicable;
            }
        }
        a.conditions.push_back(ca);
    }

    a.outcome = detail::combine(t.combine, a.conditions);
    if (a.outcome == verdict::not_assessable) {
        for (const auto& c : a.conditions)
            if (c.outcome == verdict::not_assessable) {
                a.why = c.why;
                break;
            }
    }
    if (!a.actual && a.conditions.front().actual) a.actual = a.conditions.front().actual;
    return a;
}

// The typed form: the target and indicator share one unit by type; the series
// is of the same kind in any scale (a series of 万人 for an indicator of 人).
template <units::plan_unit U, units::plan_unit I, units::plan_unit S>
assessment evaluate(const target<U>& t, const indicator<I>& ind, const series<S>& s, period as_of,
                    const evaluation_options& opt = {}) {
    diagnose::evaluate_target_of_the_indicator<std::is_same_v<U, I>>();
    diagnose::evaluate_series_of_the_kind<units::same_kind_units<U, S>()>();
    value_series raw(s.unit());
    for (const auto& o : s) (void)raw.add(o.period, units::raw_value(o.value), o.meta);  // s has one per period
    return evaluate(t.spec(), ind.info(), raw, as_of, opt);
}

// Last year's months as a seasonal profile: each month's share of the total.
inline result<std::array<double, 12>> seasonal_profile_from(const value_series& months, int year) {
    std::array<double, 12> shares{};
    double total = 0.0;
    for (int m = 1; m <= 12; ++m) {
        const auto* o = months.find(period::month(year, m));
        if (o == nullptr) return reason::missing_period;
        if (!std::isfinite(o->value)) return reason::not_finite;
        shares[static_cast<std::size_t>(m - 1)] = o->value;
        total += o->value;
    }
    if (total == 0.0) return reason::zero_base;
    for (auto& v : shares) v /= total;
    return shares;
}

}  // namespace plantarget
