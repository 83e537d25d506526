// Targets on a plan period of years (2021..2025; docs/how-to/monitor-a-plan-period.md):
// a cumulative change (累计下降13.5%), an average annual growth (年均增长7%), or
// a level to reach by the end (到2025年达到65%). All are measured from the
// period's base year, the year before it (2020), with the formulas of
// growth.hpp. As of a year inside the period: the change achieved so far, the
// average annual rate achieved so far against the rate the whole period needs
// (on track when it is at least that), and the rate still needed over the
// remaining years. A level of a rate (percent, per 1,000) changes in
// percentage points a year, everything else in percent a year.
#pragma once

#include <plantarget/band.hpp>
#include <plantarget/growth.hpp>
#include <plantarget/kernel.hpp>
#include <plantarget/period.hpp>
#include <plantarget/result.hpp>
#include <plantarget/series.hpp>
#include <plantarget/target.hpp>
#include <plantarget/units/registry.hpp>

#include <algorithm>
#include <cmath>

namespace plantarget {

// Growth over a plan period: relative to its base year, not to the prior year.
constexpr bool is_plan_period_measure(measure m) noexcept {
    return m == measure::cumulative_growth || m == measure::average_growth;
}

// The latest whole year of `plan` (a year or a plan period) with an
// observation that ends by as_of: 2023 for 2021..2025 as of 2024-06.
inline const observation<double>* latest_year_of(const value_series& s, period plan, period as_of) {
    const int last = std::min(plan.year_number(), as_of.year_number());
    for (int y = last; y >= plan.first_year(); --y) {
        if (y == as_of.year_number() && as_of.last_month() < 12) continue;  // the year has not ended by as_of
        if (const auto* o = s.find(period::year(y)); o != nullptr) return o;
    }
    return nullptr;
}

// The base year's observation, or why there is none (missing_period).
inline result<const observation<double>*> base_of(const value_series& s, period plan) {
    const auto base = plan.base_year();
    if (!base) return base.why();
    const auto* o = s.find(*base);
    if (o == nullptr) return reason::missing_period;
    if (!std::isfinite(o->value)) return reason::not_finite;
    // A base known only as a bound (超, 以上) leaves the growth over it unbounded.
    if (o->meta.bound != value_bound::exact && o->meta.bound != value_bound::about) return reason::bound_only;
    return o;
}

// The growth from the base year of `plan` to the year `year` of it: the
// cumulative change, or its average a year (CAGR over the years since the base).
inline result<growth_rate> growth_since_base(const value_series& s, measure what, period plan, period year) {
    if (year.kind() != period_kind::year || !plan.contains_year(year.year_number())) return reason::period_mismatch;
    const auto base = base_of(s, plan);
    if (!base) return base.why();
    const auto* now = s.find(year);
    if (now == nullptr) return reason::missing_period;
    const double years = year.year_number() - (*base)->period.year_number();
    if (what == measure::average_growth) return cagr((*base)->value, now->value, years);
    return growth_of(now->value, (*base)->value);
}

// Where a condition on a plan period stands at its latest year with data.
// Rates are a year: percent, or percentage points for the level of a rate.
struct plan_period_progress {
    period base;
    period latest;
    int years_done = 0;   // years from the base to the latest (3 for 2020..2023)
    int years_total = 0;  // of the plan period (5 for 2021..2025)
    bool in_points = false;
    double change_so_far = 0.0;   // from the base: percent, or points
    double average_so_far = 0.0;  // a year, achieved so far
    // The average a year the whole period needs: for the threshold, and for
    // the high end of a range or band (equal to it otherwise).
    double average_needed = 0.0;
    double average_needed_upper = 0.0;
    // The average a year still needed over the remaining years (for the
    // threshold, or the low end of a range); none in the last year.
    result<double> still_needed = reason::not_applicable;
    // On track: the average so far meets the rate the whole period needs, as
    // the condition's comparator reads; lead is by how much, on the better side.
    kernel::decision on_track{false, false};
    double lead = 0.0;
};

namespace plan_period_detail {
inline bool changes_in_points(const units::unit_descriptor& u) {
    return u.kind() == units::unit_kind::percent || u.kind() == units::unit_kind::per_thousand_persons;
}
// The level the condition asks for at the end, from the base value b: the
// threshold for a level target, b (1 + C) for a cumulative change, b (1 + g)^n
// for an average growth.
inline result<double> end_level(measure what, double threshold, double b, int n) {
    const growth_rate g = growth_rate::from_percent(threshold);
    if (what == measure::cumulative_growth) return b * g.factor();
    if (what == measure::average_growth) {
        const auto total = compounded(g, n);
        if (!total) return total.why();
        return b * total->factor();
    }
    return threshold;
}
// The average a year from `from` to `to` over `years`: CAGR in percent, or points a year.
inline result<double> average_rate(double from, double to, double years, bool in_points) {
    if (in_points) return (to - from) / years;
    const auto g = cagr(from, to, years);
    if (!g) return g.why();
    return g->in_percent();
}
// The rate a year the whole period needs for one threshold of the condition.
inline result<double> needed_for(measure what, double threshold, double b, int n, bool in_points) {
    if (what == measure::average_growth) return threshold;  // the target is the rate itself
    if (what == measure::cumulative_growth) {
        const auto g = annual_rate_of(growth_rate::from_percent(threshold), n);
        if (!g) return g.why();
        return g->in_percent();
    }
    return average_rate(b, threshold, n, in_points);
}
}  // namespace plan_period_detail

// The progress of condition c on the plan period `plan` at the observation
// `latest` (a year of the period, see latest_year_of). Levels are in the
// series' unit and converted to the condition's. Missing base year:
// missing_period; a comparator with no rate to compare (a rank, a milestone,
// 动态清零): not_applicable. An about-condition without a tolerance takes the
// run's default band (evaluation_options::about_band), as evaluate() does.
inline result<plan_period_progress> progress_in_plan_period(const value_series& s, const condition& c, period plan,
                                                            const observation<double>& latest,
                                                            const about_defaults& about = {}) {
    using namespace plan_period_detail;
    switch (c.cmp) {
        case comparator::at_least:
        case comparator::more_than:
        case comparator::at_most:
        case comparator::less_than:
        case comparator::about:
        case comparator::between: break;
        default: return reason::not_applicable;
    }
    const auto base = base_of(s, plan);
    if (!base) return base.why();
    plan_period_progress p;
    p.base = (*base)->period;
    p.latest = latest.period;
    p.years_total = plan.year_count();
    p.years_done = latest.period.year_number() - p.base.year_number();
    if (p.years_done <= 0) return reason::invalid_argument;
    if (!std::isfinite(latest.value)) return reason::not_finite;
    const bool level = c.what == measure::level;
    p.in_points = level && changes_in_points(c.unit);
    const double b = level ? units::convert_value((*base)->value, s.unit(), c.unit) : (*base)->value;
    const double x = level ? units::convert_value(latest.value, s.unit(), c.unit) : latest.value;
    const int n = p.years_total;

    if (p.in_points) {
        p.change_so_far = x - b;
    } else {
        const auto g = growth_of(x, b);
        if (!g) return g.why();
        p.change_so_far = g->in_percent();
    }
    const auto so_far = average_rate(b, x, p.years_done, p.in_points);
    if (!so_far) return so_far.why();
    p.average_so_far = *so_far;

    // The thresholds: one, or the two ends of a range or band.
    const bool two_ends = c.cmp == comparator::about || c.cmp == comparator::between;
    const double tolerance = c.cmp == comparator::about ? band_of(c, about).tolerance : 0.0;
    const double low = c.cmp == comparator::about ? c.value - tolerance : c.value;
    const double high = c.cmp == comparator::about ? c.value + tolerance : c.cmp == comparator::between ? c.upper : c.value;
    const auto need_low = needed_for(c.what, low, b, n, p.in_points);
    const auto need_high = needed_for(c.what, high, b, n, p.in_points);
    if (!need_low) return need_low.why();
    if (!need_high) return need_high.why();
    p.average_needed = *need_low;
    p.average_needed_upper = *need_high;

    if (p.years_done < n) {
        const auto end = end_level(c.what, low, b, n);
        if (!end) return end.why();
        const auto still = average_rate(x, *end, n - p.years_done, p.in_points);
        p.still_needed = still ? result<double>(*still) : result<double>(still.why());
    }

    const kernel::interval achieved = kernel::point(p.average_so_far);
    if (two_ends) {
        p.on_track = kernel::holds(comparator::between, achieved, p.average_needed, p.average_needed_upper);
        p.lead = kernel::margin(comparator::between, p.average_so_far, p.average_needed, p.average_needed_upper);
    } else {
        p.on_track = kernel::holds(c.cmp, achieved, p.average_needed, 0.0);
        p.lead = kernel::margin(c.cmp, p.average_so_far, p.average_needed, 0.0);
    }
    return p;
}

}  // namespace plantarget
