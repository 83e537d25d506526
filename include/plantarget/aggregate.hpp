// The value of a period from the observations inside it, as the indicator's
// nature says: a flow sums its months, quarters and year-to-date spans; a
// stock, a rate or an average takes the latest observation, or (a target
// tested on the period average) the mean over the months observed. No value
// is taken from an earlier observation when a later one exists: a month
// missing before the latest observation is a gap, never filled. A published
// total and its published parts that agree within published rounding are one
// observation; when they disagree, the result names both.
#pragma once

#include <plantarget/growth.hpp>
#include <plantarget/indicator.hpp>
#include <plantarget/period.hpp>
#include <plantarget/published.hpp>
#include <plantarget/result.hpp>
#include <plantarget/series.hpp>
#include <plantarget/target.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <vector>

namespace plantarget {

// A published total and the published parts of the same months that sum to
// something else beyond rounding: 1-6月 60.4 against 1-5月 50.3 and 6月 12.0.
struct inconsistent_total {
    period total;                // the total as published
    std::vector<period> parts;   // the periods whose sum disagrees with it
    double total_value = 0.0;
    double parts_sum = 0.0;
};

// The value that stands for a period as of a date.
struct period_value {
    double value = 0.0;
    // The months the value stands for: from the period's start to the last
    // month observed (a year-to-date span; the period itself when complete).
    period covered;
    value_bound bound = value_bound::exact;
    int observations = 0;  // how many observations went into it
    // The one observation that is the value, when one is (its published growth applies to it).
    const observation<double>* single = nullptr;
};

// A period_value, the reason there is none (gap, no_data, bound_only,
// not_finite, not_applicable), or the total and the parts that disagree
// (reason::inconsistent_totals).
struct period_aggregate {
    result<period_value> value = reason::no_data;
    std::optional<inconsistent_total> conflict;
};

namespace aggregate_detail {

inline bool ends_by(period a, period b) {  // a ends no later than b
    return a.year_number() < b.year_number() ||
           (a.year_number() == b.year_number() && a.last_month() <= b.last_month());
}
// By months counted from year 0: 2006..2010 is not within 2010, and 2011 is
// within 2011..2015.
inline bool within(period inner, period outer) {
    const auto start = [](const period& p) { return p.first_year() * 12 + p.first_month(); };
    const auto end = [](const period& p) { return p.year_number() * 12 + p.last_month(); };
    return start(inner) >= start(outer) && end(inner) <= end(outer);
}

// The months first..last of a year as a period, where one kind of period
// spells them: the year, a year-to-date span, a half, a quarter or a month.
inline std::optional<period> span_of(int year, int first, int last) {
    if (first == 1 && last == 12) return period::year(year);
    if (first == 1) return period::year_to_date(year, last);
    if (first == last) return period::month(year, first);
    if (last - first == 2 && (first - 1) % 3 == 0) return period::quarter(year, (first + 2) / 3);
    if (last - first == 5 && first == 7) return period::half(year, 2);
    return std::nullopt;
}

// What is known of a sum of observations: its value, the interval its
// published figures' rounding allows, and how exactly the parts are known.
struct running_total {
    bool known = false;
    double value = 0.0;
    double low = 0.0, high = 0.0;
    value_bound bound = value_bound::exact;
    bool bounds_mix = false;  // a lower and an upper bound summed: nothing is known
    int observations = 0;
    std::vector<const observation<double>*> parts;
};

// The interval a published figure stands for; a value with no published
// precision is exact up to binary noise.
inline void widen(const observation<double>& o, double weight, double& low, double& high) {
    if (o.meta.decimals >= 0) {
        const rounding_interval r = interval_of(published_value{o.value, o.meta.decimals});
        low += r.low * weight;
        high += r.high * weight;
    } else {
        const double noise = std::abs(o.value * weight) * 1e-12;
        low += o.value * weight - noise;
        high += o.value * weight + noise;
    }
}

inline bool is_lower(value_bound b) { return b == value_bound::at_least || b == value_bound::more_than; }
inline bool is_upper(value_bound b) { return b == value_bound::at_most || b == value_bound::less_than; }

// The bound of a sum: exact parts give an exact sum; a part known from below
// makes the sum known from below (strictly, if any part is strict).
inline value_bound combined(value_bound a, value_bound b, bool& mix) {
    if (a == value_bound::exact) return b;
    if (b == value_bound::exact) return a;
    if ((is_lower(a) && is_upper(b)) || (is_upper(a) && is_lower(b))) {
        mix = true;
        return a;
    }
    if (a == value_bound::about || b == value_bound::about) return is_lower(a) || is_upper(a) ? a : b;
    if (a == value_bound::more_than || b == value_bound::more_than) return value_bound::more_than;
    if (a == value_bound::less_than || b == value_bound::less_than) return value_bound::less_than;
    return a;
}

inline running_total start_of(const observation<double>& o, double weight) {
    running_total t;
    t.known = true;
    t.value = o.value * weight;
    widen(o, weight, t.low, t.high);
    t.bound = o.meta.bound;
    t.observations = 1;
    t.parts.push_back(&o);
    return t;
}
inline running_total extended(running_total t, const observation<double>& o, double weight) {
    t.value += o.value * weight;
    widen(o, weight, t.low, t.high);
    t.bound = combined(t.bound, o.meta.bound, t.bounds_mix);
    ++t.observations;
    t.parts.push_back(&o);
    return t;
}

// The observations of levels inside `deadline` that end by `as_of`.
inline std::vector<const observation<double>*> levels_in(const value_series& s, period deadline, period as_of) {
    std::vector<const observation<double>*> out;
    for (const auto& o : s)
        if (!o.meta.growth_only && within(o.period, deadline) && ends_by(o.period, as_of)) out.push_back(&o);
    return out;
}

// The month-weighted total from the start of `deadline` through each month:
// a published span from the start where there is one, else the total to its
// first month and a published part. `weighted`: each value times its months
// (for a mean over the months); otherwise values as they are (a flow).
inline period_aggregate totals_through(const std::vector<const observation<double>*>& obs, period deadline,
                                       int through, bool weighted) {
    period_aggregate out;
    const int first = deadline.first_month();
    const int year = deadline.year_number();
    std::array<running_total, 13> total{};  // total[m]: first..m; total[first - 1] is the empty start
    total[static_cast<std::size_t>(first - 1)].known = true;
    for (int m = first; m <= through; ++m) {
        running_total& here = total[static_cast<std::size_t>(m)];
        std::optional<running_total> derived;
        for (const observation<double>* o : obs) {
            if (o->period.last_month() != m) continue;
            const double w = weighted ? o->period.months() : 1.0;
            if (o->period.first_month() == first) {
                if (!here.known) here = start_of(*o, w);  // a second span of the same months is compared below
                else if (!derived) derived = start_of(*o, w);
            } else {
                const running_total& before = total[static_cast<std::size_t>(o->period.first_month() - 1)];
                if (!before.known) continue;
                // The longest part (fewest additions) derives the total.
                if (!derived || derived->parts.back()->period.months() < o->period.months())
                    derived = extended(before, *o, w);
            }
        }
        if (!here.known) {
            if (derived) here = *derived;
            continue;
        }
        // The same months two ways: one observation when the rounding
        // intervals meet (exact figures only: a bound says too little).
        if (derived && here.bound == value_bound::exact && derived->bound == value_bound::exact &&
            !(here.low <= derived->high && derived->low <= here.high)) {
            inconsistent_total c;
            c.total = here.parts.front()->period;
            for (const auto* p : derived->parts) c.parts.push_back(p->period);
            c.total_value = here.value;
            c.parts_sum = derived->value;
            if (weighted) {  // a mean: report the means
                c.total_value /= m - first + 1;
                c.parts_sum /= m - first + 1;
            }
            out.conflict = std::move(c);
            out.value = reason::inconsistent_totals;
            return out;
        }
    }
    const running_total& t = total[static_cast<std::size_t>(through)];
    if (!t.known) {
        out.value = reason::gap;
        return out;
    }
    if (t.bounds_mix) {
        out.value = reason::bound_only;
        return out;
    }
    if (!std::isfinite(t.value)) {
        out.value = reason::not_finite;
        return out;
    }
    period_value v;
    v.value = weighted ? t.value / (through - first + 1) : t.value;
    const auto covered = through == deadline.last_month() ? deadline : span_of(year, first, through);
    v.covered = covered ? *covered : t.parts.back()->period;
    v.bound = t.bound;
    v.observations = t.observations;
    if (t.parts.size() == 1) v.single = t.parts.front();
    out.value = v;
    return out;
}

// The last observation: the latest end, and of those the longest span (the
// period itself before a month of it).
inline const observation<double>* latest_of(const std::vector<const observation<double>*>& obs) {
    const observation<double>* best = nullptr;
    for (const auto* o : obs) {
        const bool same_end = best != nullptr && ends_by(best->period, o->period) && ends_by(o->period, best->period);
        if (best == nullptr || (same_end ? o->period.months() > best->period.months() : ends_by(best->period, o->period)))
            best = o;
    }
    return best;
}

}  // namespace aggregate_detail

// The value of the indicator for `deadline` as of `as_of`, from the levels
// observed inside the period up to as_of. A flow: the total from the period's
// start to the last month observed, which at the deadline must be the
// period's last month (reason::gap otherwise). A stock, rate or average: the
// last observation; tested on the period average, the mean over the months
// from the start (each observation weighted by its months), a gap if a month
// before the last observed is missing. A flow has no period average
// (reason::not_applicable): its period value is its total.
inline period_aggregate aggregate_levels(const value_series& s, nature kind, test_mode mode, period deadline,
                                         period as_of) {
    using namespace aggregate_detail;
    const auto obs = levels_in(s, deadline, as_of);
    period_aggregate out;
    if (obs.empty()) return out;  // no_data
    if (kind == nature::flow && mode == test_mode::period_average) {
        out.value = reason::not_applicable;
        return out;
    }
    if (kind == nature::flow || mode == test_mode::period_average) {
        int last = 0;
        for (const auto* o : obs) last = std::max(last, o->period.last_month());
        if (ends_by(deadline, as_of)) last = deadline.last_month();  // the whole period, at its end
        return totals_through(obs, deadline, last, kind != nature::flow);
    }
    const observation<double>* o = latest_of(obs);
    if (!std::isfinite(o->value)) {
        out.value = reason::not_finite;
        return out;
    }
    period_value v;
    v.value = o->value;
    v.covered = o->period;
    v.bound = o->meta.bound;
    v.observations = 1;
    v.single = o;
    out.value = v;
    return out;
}

// The growth that stands for `deadline` as of `as_of`, in percent, and the
// months it is the growth of. A flow: the growth of its total from the
// period's start (published with the span, or computed from this year's and
// last year's totals of the same months); a stock, rate or average: the
// growth of its last observation. A published growth without a level counts;
// an earlier growth never stands for a period that has a later level.
struct period_growth {
    double in_percent = 0.0;
    period covered;
    value_bound bound = value_bound::exact;  // exact when computed from exact levels
    bool published = false;
    int decimals = -1;  // as published; -1 when computed (rounded as it would be published: decimal.hpp)
};
// Levels are published at current prices: the growth of an indicator at
// comparable prices (basis real) is never computed from them (price_basis).
inline result<period_growth> aggregate_growth(const value_series& s, nature kind, period deadline, period as_of,
                                              price_basis basis = price_basis::nominal) {
    using namespace aggregate_detail;
    // The latest published growth that stands for the period: a span from
    // its start for a flow, any observation otherwise.
    const observation<double>* published = nullptr;
    for (const auto& o : s) {
        if (!o.meta.published_growth || !within(o.period, deadline) || !ends_by(o.period, as_of)) continue;
        if (kind == nature::flow && o.period.first_month() != deadline.first_month()) continue;
        if (published == nullptr || published->period.last_month() < o.period.last_month() ||
            (published->period.last_month() == o.period.last_month() && published->meta.growth_only))
            published = &o;
    }
    int level_end = 0;  // the last month a level is published for
    for (const auto* o : levels_in(s, deadline, as_of)) level_end = std::max(level_end, o->period.last_month());
    if (published != nullptr && published->period.last_month() >= level_end) {
        if (std::isnan(published->meta.published_growth->fraction())) return reason::not_finite;
        return period_growth{published->meta.published_growth->in_percent(), published->period,
                             published->meta.bound, true, published->meta.growth_decimals};
    }
    const period_aggregate level = aggregate_levels(s, kind, test_mode::at_deadline, deadline, as_of);
    if (!level.value) return level.value.why();
    if (basis == price_basis::real) return reason::price_basis;
    // Computed: this year's value against last year's for the same months.
    const period now = level.value->covered;
    const auto prior_deadline = deadline.same_period_prior_year();
    const auto prior_as_of = now.same_period_prior_year();
    if (!prior_deadline || !prior_as_of) return reason::missing_period;
    double before = 0.0;
    if (kind == nature::flow) {
        const auto prior_obs = levels_in(s, *prior_deadline, *prior_as_of);
        const period_aggregate prior = totals_through(prior_obs, *prior_deadline, prior_as_of->last_month(), false);
        if (!prior.value) return prior.value.why() == reason::gap ? reason::missing_period : prior.value.why();
        before = prior.value->value;
    } else {
        const auto* o = s.find(*prior_as_of);
        if (o == nullptr || o->meta.growth_only) return reason::missing_period;
        before = o->value;
    }
    const auto g = growth_of(level.value->value, before);
    if (!g) return g.why();
    return period_growth{g->in_percent(), now, value_bound::exact, false};
}

// Each month's share of the year's total in `year` (last year's profile for
// this year's flow), from whatever the series holds of that year: months,
// quarters, halves or year-to-date spans (1-2月 together, as January and
// February are often published). A part of several months is spread evenly
// over them. A month not covered is a gap; a year that sums to zero has no
// shares.
inline result<std::array<double, 12>> seasonal_profile_from(const value_series& s, int year) {
    using namespace aggregate_detail;
    const period whole = period::year(year);
    const auto obs = levels_in(s, whole, whole);
    std::array<double, 12> shares{};
    std::array<double, 13> through{};  // the total to the end of each month, where known
    std::array<bool, 13> known{};
    known[0] = true;
    for (int m = 1; m <= 12; ++m) {
        const period_aggregate t = totals_through(obs, whole, m, false);
        if (t.value) {
            through[static_cast<std::size_t>(m)] = t.value->value;
            known[static_cast<std::size_t>(m)] = true;
        } else if (t.value.why() != reason::gap) {
            return t.value.why();
        }
    }
    if (!known[12]) return reason::gap;
    const double total = through[12];
    if (!std::isfinite(total)) return reason::not_finite;
    if (total == 0.0) return reason::zero_base;
    // Between two months whose totals are known, the months in between share evenly.
    int last_known = 0;
    for (int m = 1; m <= 12; ++m) {
        if (!known[static_cast<std::size_t>(m)]) continue;
        const double part = through[static_cast<std::size_t>(m)] - through[static_cast<std::size_t>(last_known)];
        for (int k = last_known + 1; k <= m; ++k)
            shares[static_cast<std::size_t>(k - 1)] = part / (m - last_known) / total;
        last_known = m;
    }
    return shares;
}

// The profile for a year's flow from the year before it in the same series:
// what front ends pass as "last year's months in the same book".
inline result<std::array<double, 12>> seasonal_profile_before(const value_series& s, int year) {
    if (year - 1 < period::min_year) return reason::missing_period;
    return seasonal_profile_from(s, year - 1);
}

}  // namespace plantarget
