// The evaluation engine: a target, the series of its indicator, and an as-of
// period give an assessment. At the deadline: achieved, exceeded (超额完成) or
// not achieved. In the year: ahead of, on, or behind schedule, against a pro
// rata (时间过半、任务过半) or seasonal expectation. Otherwise pending or not
// assessable, with the reason.
#pragma once

#include <plantarget/aggregate.hpp>
#include <plantarget/band.hpp>
#include <plantarget/decimal.hpp>
#include <plantarget/growth.hpp>
#include <plantarget/indicator.hpp>
#include <plantarget/kernel.hpp>
#include <plantarget/plan_period.hpp>
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
    // In plan::evaluate, each flow with no seasonal_profile above takes its own:
    // last year's months of its series (seasonal_profile_before). A flow whose
    // last year is incomplete stays pro rata; assessment::seasonal says which.
    bool seasonal_from_last_year = false;
    // The half-width of an about-band a target does not give (约X, X左右).
    about_defaults about_band;
};

// The verdict of one condition of a target.
struct condition_assessment {
    condition cond;
    verdict outcome = verdict::not_assessable;
    reason why = reason::none;
    result<double> actual = reason::no_data;  // in the condition's unit (percent for growth)
    result<double> margin = reason::no_data;  // on the better side: positive means room to spare
    // The actual as the verdict compared it: rounded at compared_decimals
    // places (decided in decimal, decimal.hpp); the actual itself unrounded.
    // compared_decimals -1: compared in binary, as the actual is.
    result<double> compared = reason::no_data;
    int compared_decimals = -1;
    std::optional<about_band> band;  // the band an about-condition was judged with
};

// The figures of one condition beyond its verdict, in the condition's unit:
// what an assessment reports of its target's first condition.
struct condition_figures {
    result<double> actual = reason::no_data;
    result<double> compared = reason::no_data;  // the actual rounded as compared (condition_assessment)
    int compared_decimals = -1;
    period actual_period;
    result<double> margin = reason::no_data;
    result<percent> completion = reason::no_data;
    // In the period: the value expected to date, and the gap in points of the plan.
    result<double> expected_to_date = reason::not_applicable;
    bool seasonal = false;  // expected_to_date from a seasonal profile, not pro rata
    result<percentage_points> schedule_gap = reason::not_applicable;
    // The value projected at the deadline, from the year to date.
    result<double> projected = reason::not_applicable;
    // Before the period: the last actual and the growth it needs to reach the threshold.
    result<double> last_actual = reason::no_data;
    period last_actual_period;
    result<growth_rate> required_growth = reason::not_applicable;
    // For a rate (a level in percent), the change still needed, in points:
    // 5.2 % to 5.5 % is +0.3 points, not +5.8 %.
    result<percentage_points> required_change = reason::not_applicable;
    // A target on a plan period (2021..2025), from its base year to the latest
    // year with data (plan_period.hpp): the change so far, the average a year
    // so far, the average a year the whole period needs and the average still
    // needed over the remaining years. Percent, or percentage points for the
    // level of a rate.
    result<double> change_so_far = reason::not_applicable;
    result<double> average_rate_so_far = reason::not_applicable;
    result<double> average_rate_needed = reason::not_applicable;
    result<double> rate_still_needed = reason::not_applicable;
};

struct assessment : condition_figures {
    std::string target_id;
    std::string indicator_id;
    commitment kind = commitment::anticipatory;
    period deadline;
    period as_of;
    bool at_deadline = false;
    test_mode test = test_mode::at_deadline;  // how the target was tested (target_spec::test)

    verdict outcome = verdict::not_assessable;
    reason why = reason::none;

    // Of the first condition, in its unit; the rest of its figures are the
    // condition_figures this assessment is.
    double threshold = 0.0;

    std::vector<condition_assessment> conditions;
};

namespace detail {

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

using aggregate_detail::ends_by;
using aggregate_detail::within;

// The growth of an observation: as published, else from the levels. Levels
// are published at current prices, so the growth of an indicator measured at
// comparable prices (GDP, value added) is not theirs: price_basis.
inline result<double> growth_of_observation(const value_series& s, const observation<double>& o, price_basis basis) {
    if (o.meta.published_growth) return o.meta.published_growth->in_percent();
    if (basis == price_basis::real) return reason::price_basis;
    const auto g = year_on_year(s, o.period);
    if (!g) return g.why();
    return g->in_percent();
}

// Goodness order; not_assessable sits between met and missed, because it can
// turn either way.
constexpr int goodness(verdict v) noexcept {
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
}

inline verdict combine(combination how, const std::vector<condition_assessment>& parts) {
    verdict out = parts.front().outcome;
    for (const auto& p : parts) {
        const bool take = how == combination::all_of ? goodness(p.outcome) < goodness(out)
                                                     : goodness(p.outcome) > goodness(out);
        if (take) out = p.outcome;
    }
    // All conditions met, some with room to spare: achieved, not exceeded. A
    // floor and a ceiling on one measure are a range, and a range met is
    // achieved, as `between` is: the plan asked for the range, not for more.
    if (how == combination::all_of && out == verdict::exceeded) {
        for (const auto& p : parts) {
            if (p.outcome == verdict::achieved) return verdict::achieved;
            for (const auto& q : parts)
                if (p.cond.what == q.cond.what && better_sign(p.cond.cmp) * better_sign(q.cond.cmp) < 0)
                    return verdict::achieved;
        }
    }
    return out;
}

// Where one target is evaluated: the inputs and what follows from the dates.
struct evaluation_context {
    const target_spec& t;
    const indicator_info& ind;
    const value_series& s;
    period as_of;
    const evaluation_options& opt;
    bool at_deadline;    // the deadline period has ended by as_of
    bool before_period;  // as_of ends before the deadline period starts
};

// What one condition tells: its own verdict, and the figures the assessment
// reports when it is the target's first condition.
struct condition_report : condition_figures {
    condition_assessment part;
};

// Ranks, among_top and milestones are positions and states, not quantities of
// the indicator's unit.
constexpr bool is_position(comparator cmp) noexcept {
    return cmp == comparator::rank_at_most || cmp == comparator::among_top || cmp == comparator::milestone_at_least;
}
constexpr bool bounds_level(const condition& c) noexcept {
    return c.what == measure::level || c.what == measure::completion;
}

inline double in_condition_unit(const evaluation_context& ctx, const condition& c, double v) {
    return bounds_level(c) ? units::convert_value(v, ctx.s.unit(), c.unit) : v;
}

// An undecided comparison: a bound that does not decide, or (for an exact
// actual) a NaN band end.
constexpr reason undecided_reason(value_bound b) noexcept {
    return b == value_bound::exact ? reason::not_finite : reason::bound_only;
}

// 动态清零: every observation inside the period, up to as_of, must be zero.
inline condition_report assess_dynamic_zero(const evaluation_context& ctx, const condition& c) {
    condition_report r;
    r.part.cond = c;
    bool any = false;
    double worst = 0.0;
    period latest_seen;
    for (const auto& o : ctx.s) {
        if (o.meta.growth_only || !within(o.period, ctx.t.deadline) || !ends_by(o.period, ctx.as_of)) continue;
        if (!any || ends_by(latest_seen, o.period)) latest_seen = o.period;
        any = true;
        if (!std::isfinite(o.value)) {
            r.part.why = reason::not_finite;
            return r;
        }
        if (std::abs(o.value) > std::abs(worst)) worst = o.value;
    }
    if (!any) {
        if (ctx.before_period) r.part.outcome = verdict::pending;
        else r.part.why = reason::no_data;
        return r;
    }
    r.actual_period = latest_seen;
    r.part.actual = worst;
    r.part.margin = kernel::margin(comparator::dynamic_zero, worst, 0.0, 0.0);
    const bool zero = worst == 0.0;
    r.part.outcome = ctx.at_deadline ? (zero ? verdict::achieved : verdict::not_achieved)
                                     : (zero ? verdict::on_schedule : verdict::behind_schedule);
    r.actual = r.part.actual;
    return r;
}

// Nothing in the period yet: where the indicator stands, and the growth a
// level target needs from there.
inline condition_report assess_without_observation(const evaluation_context& ctx, const condition& c) {
    condition_report r;
    r.part.cond = c;
    if (ctx.before_period) r.part.outcome = verdict::pending;
    else r.part.why = reason::no_data;
    // The last level for a level target: a growth published alone is none.
    const observation<double>* last = nullptr;
    for (const auto& o : ctx.s)
        if (!(ctx.as_of < o.period) && (c.what != measure::level || !o.meta.growth_only)) last = &o;
    if (last == nullptr) return r;
    if (c.what == measure::level) {
        const double v = in_condition_unit(ctx, c, last->value);
        r.last_actual = std::isfinite(last->value) ? result<double>(v) : result<double>(reason::not_finite);
        r.last_actual_period = last->period;
        // A rate moves in points: what it still needs is a change, not a growth.
        if (!is_position(c.cmp) && c.unit.kind() == units::unit_kind::percent) {
            if (std::isfinite(v) && std::isfinite(c.value)) r.required_change = percentage_points(c.value - v);
            else r.required_change = reason::not_finite;
        } else if (!is_position(c.cmp)) {
            r.required_growth = growth_of(c.value, v);
        }
    } else if (c.what == measure::growth) {
        if (auto g = growth_of_observation(ctx.s, *last, ctx.ind.basis); g) {
            r.last_actual = *g;
            r.last_actual_period = last->period;
        }
    }
    return r;
}

// The quantity a condition bounds, for one observation: the level in the
// condition's unit, the growth in percent, or the completion rate; with the
// threshold and band it is compared with.
struct compared_quantity {
    double actual = 0.0;
    double x = 0.0;      // threshold, low end, centre or completion rate
    double upper = 0.0;  // the high end of a range, the half-width of a band
    value_bound bound = value_bound::exact;
    int actual_decimals = -1;  // as published, or as a computed value would be (decimal.hpp)
};
inline result<compared_quantity> quantity_of(const evaluation_context& ctx, const condition& c,
                                             const observation<double>& o) {
    compared_quantity q;
    q.x = c.value;
    q.upper = c.cmp == comparator::about ? band_of(c, ctx.opt.about_band).tolerance : c.upper;
    q.bound = o.meta.bound;
    switch (c.what) {
        case measure::level:
            q.actual = in_condition_unit(ctx, c, o.value);
            q.actual_decimals = o.meta.decimals >= 0 ? decimals_in_unit(o.value, o.meta.decimals, ctx.s.unit(), c.unit)
                                                     : shortest_decimals(q.actual);
            if (c.cmp == comparator::among_top) q.x = ctx.opt.among_top_cutoff;
            return q;
        case measure::growth: {
            const auto g = growth_of_observation(ctx.s, o, ctx.ind.basis);
            if (!g) return g.why();
            if (std::isnan(*g)) return reason::not_finite;
            q.actual = *g;
            if (!o.meta.published_growth) q.bound = value_bound::exact;  // computed from exact levels
            q.actual_decimals = !o.meta.published_growth     ? computed_decimals(c.decimals, true)
                                : o.meta.growth_decimals >= 0 ? o.meta.growth_decimals
                                                              : shortest_decimals(q.actual);
            return q;
        }
        case measure::completion: {
            const auto rate = completion_rate(in_condition_unit(ctx, c, o.value), c.plan);
            if (!rate) return rate.why();
            q.actual = rate->value();
            q.actual_decimals = computed_decimals(c.decimals, true);
            return q;
        }
        case measure::cumulative_growth:
        case measure::average_growth: {
            // From the base year of the plan period to the observation's year.
            const auto g = growth_since_base(ctx.s, c.what, ctx.t.deadline, o.period);
            if (!g) return g.why();
            q.actual = g->in_percent();
            return q;
        }
    }
    return reason::invalid_argument;
}

// Whether a pro-rata schedule gap is beyond the on-schedule band, decided in
// decimal: with a, x and the band published to a few decimals, the gap
// sign (a - x m/M) 100 / |x| against ±band is the sign of a whole number, so
// 0.84 万人 by March against 3.5 for the year (exactly 1 point behind) is on
// the band's edge, not 1.0000000000000009 beyond it. nullopt: not decimal
// (a seasonal profile, a value of many digits); then compared in binary.
__extension__ using wide_int = __int128;
inline std::optional<wide_int> decimal_scaled(double v, int decimals) {
    if (decimals < 0 || decimals > 6 || !std::isfinite(v)) return std::nullopt;
    const double s = v * std::pow(10.0, decimals);
    const double r = std::round(s);
    if (std::abs(r) > 1e15 || std::abs(s - r) > 1e-6 * std::max(1.0, std::abs(r))) return std::nullopt;
    return static_cast<wide_int>(r);
}
struct schedule_side {
    bool ahead = false, behind = false;
};
inline std::optional<schedule_side> schedule_side_in_decimal(double a, int da, double x, int dx, double band, int sign,
                                                             int done, int months) {
    const int db = shortest_decimals(band);
    const auto A = decimal_scaled(a, da), X = decimal_scaled(x, dx), B = decimal_scaled(band, db);
    if (!A || !X || !B || *X == 0 || months <= 0) return std::nullopt;
    const auto pow10 = [](int d) {
        wide_int p = 1;
        for (int i = 0; i < d; ++i) p *= 10;
        return p;
    };
    // gap - band and gap + band over the positive 12|x| (M|x|), scaled by 10^(da+dx+db).
    const wide_int diff = static_cast<wide_int>(sign) * (static_cast<wide_int>(months) * *A * pow10(dx) -
                                                         *X * static_cast<wide_int>(done) * pow10(da)) *
                          100 * pow10(db);
    const wide_int edge = static_cast<wide_int>(months) * *B * (*X < 0 ? -*X : *X) * pow10(da);
    return schedule_side{diff - edge > 0, diff + edge < 0};
}

// A flow's level in its period: compared with what is expected to date (pro
// rata, or a seasonal profile). A range is the two bounds it is (all_of
// at_least and at_most), the worse of the two, as all_of gives it.
inline void assess_against_schedule(const evaluation_context& ctx, const condition& c, const observation<double>& o,
                                    const compared_quantity& q, condition_report& r) {
    if (c.cmp == comparator::between) {
        condition low = c, high = c;
        low.cmp = comparator::at_least;
        high.cmp = comparator::at_most;
        high.value = c.upper;
        compared_quantity ql = q, qh = q;
        ql.upper = qh.upper = 0.0;
        qh.x = q.upper;
        condition_report rl = r, rh = r;
        assess_against_schedule(ctx, low, o, ql, rl);
        assess_against_schedule(ctx, high, o, qh, rh);
        r = goodness(rl.part.outcome) <= goodness(rh.part.outcome) ? rl : rh;
        r.part.cond = c;
        return;
    }
    const double f = elapsed_fraction(ctx.t.deadline, o.period, ctx.opt);
    const double expected = q.x * f;
    const int sign = better_sign(c.cmp);
    r.expected_to_date = expected;
    r.seasonal = ctx.opt.seasonal_profile.has_value();
    const double gap = q.x != 0.0 ? sign * (q.actual - expected) / std::abs(q.x) * 100.0 : 0.0;
    if (q.x != 0.0) {
        if (std::isfinite(gap)) r.schedule_gap = percentage_points(gap);
        else r.schedule_gap = reason::overflow;
    }
    if (f > 0.0) {
        if (std::isfinite(q.actual / f)) r.projected = q.actual / f;
        else r.projected = reason::overflow;
    }
    if (q.x == 0.0 || q.bound != value_bound::exact) {
        const kernel::decision d = kernel::holds(c.cmp, kernel::interval_from(q.actual, q.bound), expected, q.upper);
        r.part.outcome = d.met ? verdict::on_schedule : d.missed ? verdict::behind_schedule : verdict::not_assessable;
        if (!d.met && !d.missed) r.part.why = undecided_reason(q.bound);
        return;
    }
    const double band = ctx.opt.on_schedule_band_pp;
    const int done = std::clamp(o.period.last_month() - ctx.t.deadline.first_month() + 1, 0, ctx.t.deadline.months());
    const auto side = ctx.opt.seasonal_profile
                          ? std::nullopt
                          : schedule_side_in_decimal(q.actual, q.actual_decimals, q.x, c.decimals, band, sign, done,
                                                     ctx.t.deadline.months());
    const bool ahead = side ? side->ahead : gap > band;
    const bool behind = side ? side->behind : gap < -band;
    r.part.outcome = ahead ? verdict::ahead_of_schedule : behind ? verdict::behind_schedule : verdict::on_schedule;
}

// At the deadline (met, exceeded or missed), or a stock, rate or bound in its
// period (on or behind schedule as it stands).
inline void assess_as_it_stands(const evaluation_context& ctx, const condition& c, const compared_quantity& q,
                                const kernel::comparison& k, double raw_margin, condition_report& r) {
    const kernel::decision d = kernel::holds(k);
    if (!d.met && !d.missed) {
        r.part.outcome = verdict::not_assessable;
        r.part.why = undecided_reason(q.bound);
    } else if (ctx.at_deadline) {
        const bool room = kernel::room_to_spare(k, c.what, raw_margin, q.bound == value_bound::exact);
        r.part.outcome = d.missed ? verdict::not_achieved : room ? verdict::exceeded : verdict::achieved;
    } else {
        r.part.outcome = d.met ? verdict::on_schedule : verdict::behind_schedule;
        if (ctx.ind.kind != nature::flow) r.projected = q.actual;
    }
}

// The comparison of a quantity with its condition, decided in decimal at the
// finest of the threshold's, the band's and the actual's precision
// (decimal.hpp), with the indicator's direction for an about-band.
inline kernel::comparison comparison_of(const evaluation_context& ctx, const condition& c, const compared_quantity& q) {
    const int band_decimals = c.cmp == comparator::about ? shortest_decimals(q.upper) : -1;
    const int decimals = decision_decimals(c.decimals, band_decimals, q.actual_decimals);
    return kernel::compare_at(c.cmp, ctx.ind.better, kernel::interval_from(q.actual, q.bound), q.actual, q.x, q.upper,
                              decimals);
}

// Records what a comparison found: the condition's actual, margin (or why it
// has none), compared value and about-band, and the same as the assessment's
// figures with the actual's period. Every shape that compares an actual with
// its condition records it here, so that each fills the same fields.
inline void record_comparison(const evaluation_context& ctx, const compared_quantity& q, const kernel::comparison& k,
                              double raw_margin, period actual_period, condition_report& r) {
    const condition& c = r.part.cond;
    r.part.actual = q.actual;
    if (const reason why = kernel::margin_reason(raw_margin, q.actual, q.x, q.upper); why != reason::none)
        r.part.margin = why;
    else r.part.margin = raw_margin;
    r.part.compared = kernel::compared_actual(k);
    r.part.compared_decimals = k.decimals;
    if (c.cmp == comparator::about) r.part.band = band_of(c, ctx.opt.about_band);
    r.actual = r.part.actual;
    r.compared = r.part.compared;
    r.compared_decimals = r.part.compared_decimals;
    r.actual_period = actual_period;
    r.margin = r.part.margin;
    r.completion = reason::not_applicable;
}

// The observation that stands for the deadline period as of `as_of` for one
// condition, aggregated as the indicator's nature and the target's test say
// (aggregate.hpp): a level (ranks and milestones: the last one), or a growth
// carried as the observation's published growth. reason::no_data when the
// period holds nothing the condition can use.
inline result<observation<double>> standing_observation(const evaluation_context& ctx, const condition& c) {
    observation<double> o;
    if (c.what == measure::growth) {
        const auto g = aggregate_growth(ctx.s, ctx.ind.kind, ctx.t.deadline, ctx.as_of, ctx.ind.basis);
        if (!g) return g.why();
        o.period = g->covered;
        o.meta.bound = g->bound;
        o.meta.published_growth = growth_rate::from_percent(g->in_percent);
        // Published: its own decimals; computed from levels: as it would be published.
        o.meta.growth_decimals = g->published ? g->decimals : computed_decimals(c.decimals, true);
        o.meta.growth_only = true;  // the level is no part of a growth condition
        o.value = 0.0;
        if (g->published) {
            // A level published beside its growth must be a number, as before.
            const auto* with_level = ctx.s.find(g->covered);
            if (with_level != nullptr && !with_level->meta.growth_only) {
                o.value = with_level->value;
                o.meta.growth_only = false;
                o.meta.published_growth = with_level->meta.published_growth;
                o.meta.growth_decimals = with_level->meta.growth_decimals;
            }
        }
        return o;
    }
    const nature kind = is_position(c.cmp) ? nature::stock : ctx.ind.kind;  // a position is as it stands
    const period_aggregate a = aggregate_levels(ctx.s, kind, ctx.t.test, ctx.t.deadline, ctx.as_of);
    if (!a.value) return a.value.why();
    if (a.value->single != nullptr) return *a.value->single;
    o.period = a.value->covered;
    o.value = a.value->value;
    o.meta.bound = a.value->bound;
    return o;
}

// Tested at every observation (逐期考核): each observation of the period up
// to as_of must meet the condition; the one with the least margin is the
// actual. One that misses decides (not achieved, or behind schedule).
inline condition_report assess_every_observation(const evaluation_context& ctx, const condition& c) {
    condition_report r;
    r.part.cond = c;
    const observation<double>* worst = nullptr;
    compared_quantity worst_q;
    kernel::comparison worst_k;
    double worst_margin = 0.0;
    bool missed = false, undecided = false;
    for (const auto& o : ctx.s) {
        if (!within(o.period, ctx.t.deadline) || !ends_by(o.period, ctx.as_of)) continue;
        if (c.what != measure::growth && o.meta.growth_only) continue;
        if (c.what == measure::growth && !o.meta.published_growth &&
            (ctx.ind.basis == price_basis::real || !year_on_year(ctx.s, o.period)))
            continue;
        if (!o.meta.growth_only && !std::isfinite(o.value)) {
            r.part.why = reason::not_finite;
            return r;
        }
        const auto q = quantity_of(ctx, c, o);
        if (!q) {
            r.part.why = q.why();
            return r;
        }
        if (std::isnan(q->x) || std::isnan(q->upper)) {
            r.part.why = reason::not_finite;
            return r;
        }
        const kernel::comparison k = comparison_of(ctx, c, *q);
        const kernel::decision d = kernel::holds(k);
        missed = missed || d.missed;
        undecided = undecided || (!d.met && !d.missed);
        const double m = kernel::margin(k);
        if (worst == nullptr || m < worst_margin) {
            worst = &o;
            worst_q = *q;
            worst_k = k;
            worst_margin = m;
        }
    }
    if (worst == nullptr) return assess_without_observation(ctx, c);
    record_comparison(ctx, worst_q, worst_k, worst_margin, worst->period, r);
    if (missed) {
        r.part.outcome = ctx.at_deadline ? verdict::not_achieved : verdict::behind_schedule;
    } else if (undecided) {
        r.part.why = reason::bound_only;
    } else if (ctx.at_deadline) {
        const bool room = kernel::room_to_spare(worst_k, c.what, worst_margin, worst_q.bound == value_bound::exact);
        r.part.outcome = room ? verdict::exceeded : verdict::achieved;
    } else {
        r.part.outcome = verdict::on_schedule;
    }
    return r;
}

// A growth in the year: the growth so far against the year's target itself
// (a rate has no pro rata), within evaluation_options::on_schedule_band_pp
// points: further beyond it on the better side is ahead, on the worse side behind.
inline void assess_growth_in_year(const evaluation_context& ctx, const condition& c, const compared_quantity& q,
                                  const kernel::comparison& k, condition_report& r) {
    const double band = ctx.opt.on_schedule_band_pp;
    const int sign = better_sign(c.cmp);
    // The condition widened by the band on its worse side(s).
    double x = q.x, upper = q.upper;
    if (c.cmp == comparator::about) upper += band;
    else if (c.cmp == comparator::between) {
        x -= band;
        upper += band;
    } else x -= sign * band;
    // Decided at the places of the condition's own comparison (decimal.hpp).
    const kernel::decision widened =
        kernel::holds(kernel::compare_at(c.cmp, ctx.ind.better, kernel::interval_from(q.actual, q.bound), q.actual, x,
                                         upper, k.decimals));
    if (sign != 0) r.expected_to_date = q.x;
    if (ctx.ind.kind != nature::flow) r.projected = q.actual;
    if (q.bound != value_bound::exact) {
        const kernel::decision strict = kernel::holds(k);
        r.part.outcome = strict.met ? verdict::on_schedule : widened.missed ? verdict::behind_schedule
                                                                            : verdict::not_assessable;
        if (r.part.outcome == verdict::not_assessable) r.part.why = undecided_reason(q.bound);
        return;
    }
    if (sign == 0) {
        r.part.outcome = widened.met ? verdict::on_schedule : verdict::behind_schedule;
        return;
    }
    const double gap = sign * (q.actual - q.x);
    if (std::isfinite(gap)) r.schedule_gap = percentage_points(gap);
    r.part.outcome = gap > band ? verdict::ahead_of_schedule : widened.met ? verdict::on_schedule
                                                                           : verdict::behind_schedule;
}

// The total over a plan period (五年城镇新增就业4500万人, test mode period_total): the span's own
// actual where one is published, else the sum of its years so far; a year
// missing is a gap. The years summed end with the last whole year by as_of.
struct flow_total {
    observation<double> total;
    int years = 0;  // years summed (all of the plan's for the span's own actual)
};
inline result<flow_total> flow_total_in(const value_series& s, period plan, period as_of) {
    if (const auto* whole = s.find(plan); whole != nullptr && !whole->meta.growth_only && ends_by(plan, as_of))
        return flow_total{*whole, plan.year_count()};
    int last = std::min(plan.year_number(), as_of.year_number());
    if (last == as_of.year_number() && as_of.last_month() < 12) --last;  // the year has not ended
    if (last < plan.first_year()) return reason::no_data;
    flow_total out;
    out.total.period = plan;
    out.total.value = 0.0;
    for (int y = plan.first_year(); y <= last; ++y) {
        const auto* o = s.find(period::year(y));
        if (o == nullptr || o->meta.growth_only) return reason::gap;
        if (!std::isfinite(o->value)) return reason::not_finite;
        out.total.value += o->value;
        if (o->meta.bound != value_bound::exact) out.total.meta.bound = o->meta.bound;
        out.total.meta.decimals = out.years == 0 ? o->meta.decimals : std::min(out.total.meta.decimals, o->meta.decimals);
        ++out.years;
    }
    return out;
}

// A level target on the total over a plan period: the total at the end; inside the
// period, the total so far against the years done's share of the target.
inline condition_report assess_flow_over_plan_period(const evaluation_context& ctx, const condition& c) {
    condition_report r;
    r.part.cond = c;
    const period plan = ctx.t.deadline;
    const auto got = flow_total_in(ctx.s, plan, ctx.as_of);
    if (!got) {
        r.part.why = got.why();
        return r;
    }
    if (ctx.at_deadline && got->years != plan.year_count()) {
        r.part.why = reason::gap;
        return r;
    }
    const auto q = quantity_of(ctx, c, got->total);
    if (!q) {
        r.part.why = q.why();
        return r;
    }
    const kernel::comparison k = comparison_of(ctx, c, *q);
    const double raw_margin = kernel::margin(k);
    record_comparison(ctx, *q, k, raw_margin, got->total.period, r);
    if (ctx.at_deadline) {
        assess_as_it_stands(ctx, c, *q, k, raw_margin, r);
        return r;
    }
    // Pro rata by years: after 2 of 5 years, 2/5 of the total is expected.
    condition so_far = c;
    const double share = static_cast<double>(got->years) / plan.year_count();
    so_far.value *= share;
    so_far.upper *= share;
    so_far.decimals = -1;
    const auto q2 = quantity_of(ctx, so_far, got->total);
    if (!q2) {
        r.part.why = q2.why();
        return r;
    }
    r.expected_to_date = so_far.value;
    const kernel::decision d = kernel::holds(comparison_of(ctx, so_far, *q2));
    r.part.outcome = d.met ? verdict::on_schedule : d.missed ? verdict::behind_schedule : verdict::not_assessable;
    if (!d.met && !d.missed) r.part.why = reason::bound_only;
    return r;
}

// A target on a plan period of years: judged at the end on the last year
// (from the base year for growth), and inside the period on the average rate
// a year achieved so far against the one the whole period needs.
inline condition_report assess_plan_period(const evaluation_context& ctx, const condition& c) {
    condition_report r;
    r.part.cond = c;
    const period plan = ctx.t.deadline;
    if (ctx.as_of.year_number() < plan.first_year()) {
        r.part.outcome = verdict::pending;
        return r;
    }
    const observation<double>* o = latest_year_of(ctx.s, plan, ctx.as_of);
    if (o == nullptr || (ctx.at_deadline && o->period.year_number() != plan.year_number())) {
        r.part.why = reason::no_data;  // the plan's last year, or any year of it
        return r;
    }
    const auto q = quantity_of(ctx, c, *o);
    if (!q) {
        r.part.why = q.why();
        return r;
    }
    const kernel::comparison k = comparison_of(ctx, c, *q);
    const double raw_margin = kernel::margin(k);
    record_comparison(ctx, *q, k, raw_margin, o->period, r);
    const auto progress = progress_in_plan_period(ctx.s, c, plan, *o, ctx.opt.about_band);
    if (progress) {
        r.change_so_far = progress->change_so_far;
        r.average_rate_so_far = progress->average_so_far;
        r.average_rate_needed = progress->average_needed;
        r.rate_still_needed = progress->still_needed;
    }
    const bool growth_measure = is_plan_period_measure(c.what);
    if (ctx.at_deadline || (!progress && !growth_measure && progress.why() == reason::not_applicable)) {
        // At the end, or a rank or milestone: as it stands.
        assess_as_it_stands(ctx, c, *q, k, raw_margin, r);
        return r;
    }
    if (!progress) {
        r.part.why = progress.why();
        return r;
    }
    const kernel::decision d = progress->on_track;
    if (d.missed) r.part.outcome = verdict::behind_schedule;
    else if (!d.met) r.part.why = reason::not_finite;
    else if (progress->lead > ctx.opt.on_schedule_band_pp) r.part.outcome = verdict::ahead_of_schedule;
    else r.part.outcome = verdict::on_schedule;
    return r;
}

inline condition_report assess_condition(const evaluation_context& ctx, const condition& c) {
    if (bounds_level(c) && !is_position(c.cmp) && !c.unit.same_kind(ctx.s.unit())) {
        condition_report r;
        r.part.cond = c;
        r.part.why = reason::unit_mismatch;
        return r;
    }
    if (c.cmp == comparator::dynamic_zero) return assess_dynamic_zero(ctx, c);
    if (ctx.t.deadline.kind() == period_kind::years && c.what == measure::level && ctx.t.test == test_mode::period_total &&
        !is_position(c.cmp))
        return assess_flow_over_plan_period(ctx, c);
    if (ctx.t.deadline.kind() == period_kind::years) return assess_plan_period(ctx, c);
    if (ctx.t.test == test_mode::every_observation) return assess_every_observation(ctx, c);
    const auto standing = standing_observation(ctx, c);
    if (!standing && standing.why() == reason::no_data) return assess_without_observation(ctx, c);

    condition_report r;
    r.part.cond = c;
    if (!standing) {
        r.part.why = standing.why();
        return r;
    }
    const observation<double>* o = &*standing;
    // The actual first, then the threshold: the order the batch checks them in.
    if (!o->meta.growth_only && !std::isfinite(o->value)) {
        r.part.why = reason::not_finite;
        return r;
    }
    const auto q = quantity_of(ctx, c, *o);
    if (!q) {
        r.part.why = q.why();
        return r;
    }
    if (std::isnan(q->x) || std::isnan(q->upper)) {
        r.part.why = reason::not_finite;
        return r;
    }
    const kernel::comparison k = comparison_of(ctx, c, *q);
    const double raw_margin = kernel::margin(k);
    record_comparison(ctx, *q, k, raw_margin, o->period, r);

    // A range is scheduled as its two bounds (assess_against_schedule); a band around one value is not.
    const bool flow_level = c.what == measure::level && ctx.ind.kind == nature::flow &&
                            (better_sign(c.cmp) != 0 || c.cmp == comparator::between) && !is_position(c.cmp);
    if (!ctx.at_deadline && flow_level && o->period != ctx.t.deadline) assess_against_schedule(ctx, c, *o, *q, r);
    else if (!ctx.at_deadline && c.what == measure::growth) assess_growth_in_year(ctx, c, *q, k, r);
    else assess_as_it_stands(ctx, c, *q, k, raw_margin, r);

    if (c.what == measure::completion) r.completion = percent(q->actual);
    else if (c.what == measure::level && (c.cmp == comparator::at_least || c.cmp == comparator::more_than))
        r.completion = completion_rate(q->actual, q->x);
    else r.completion = reason::not_applicable;
    return r;
}

}  // namespace detail

// Evaluates one target against the series of its indicator as of a period.
// Each condition is judged on its own (detail::assess_condition); the target's
// verdict combines them, and the assessment reports the first condition's
// figures.
inline assessment evaluate(const target_spec& t, const indicator_info& ind, const value_series& s, period as_of,
                           const evaluation_options& opt = {}) {
    assessment a;
    a.target_id = t.id;
    a.indicator_id = t.indicator_id;
    a.kind = t.kind;
    a.deadline = t.deadline;
    a.as_of = as_of;
    a.at_deadline = detail::ends_by(t.deadline, as_of);
    a.test = t.test;
    if (t.conditions.empty()) {
        a.why = reason::no_target;
        return a;
    }
    const condition& first = t.conditions.front();
    a.threshold = first.value;
    const bool before_period =
        as_of.year_number() < t.deadline.year_number() ||
        (as_of.year_number() == t.deadline.year_number() && as_of.last_month() < t.deadline.first_month());
    const detail::evaluation_context ctx{t, ind, s, as_of, opt, a.at_deadline, before_period};

    for (const condition& c : t.conditions) {
        detail::condition_report r = detail::assess_condition(ctx, c);
        if (a.conditions.empty()) static_cast<condition_figures&>(a) = static_cast<const condition_figures&>(r);
        a.conditions.push_back(std::move(r.part));
    }

    a.outcome = detail::combine(t.combine, a.conditions);
    if (a.outcome == verdict::not_assessable) {
        for (const auto& c : a.conditions)
            if (c.outcome == verdict::not_assessable) {
                a.why = c.why;
                break;
            }
    }
    return a;
}

// The typed form: the target and indicator share one unit by type; the series
// is of the same kind in any scale (a series of 万人 for an indicator of 人).
template <units::plan_unit U, units::plan_unit I, units::plan_unit S>
assessment evaluate(const target<U>& t, const indicator<I>& ind, const series<S>& s, period as_of,
                    const evaluation_options& opt = {}) {
    diagnose::evaluate_target_of_the_indicator<std::is_same_v<U, I>>();
    diagnose::evaluate_series_of_the_kind<units::same_kind_units<U, S>(), units::side_of_unit<U>(),
                                          units::side_of_unit<S>()>();
    value_series raw(s.unit());
    for (const auto& o : s) (void)raw.add(o.period, units::raw_value(o.value), o.meta);  // s has one per period
    return evaluate(t.spec(), ind.info(), raw, as_of, opt);
}

}  // namespace plantarget
