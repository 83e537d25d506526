// Column-wise evaluation for millions of indicator-periods: values, prior-year
// values and thresholds as contiguous arrays in, growth, verdicts, margins and
// reasons written into arrays the caller owns. Each row is judged as evaluate()
// judges an exact actual at the deadline, through the same primitives
// (kernel.hpp), so a batch and a one-by-one run agree row for row, bit for
// bit. This header adds only columns, dispatch, blocks and threads. Rows at
// the deadline allocate nothing and nothing throws; rows in the year (months
// covered below 12) are judged by evaluate() itself, one by one. A row's
// result depends on that row alone: callers may split the rows across threads
// as they like (evaluate_batch_parallel does it with std::thread).
#pragma once

#include <plantarget/decimal.hpp>
#include <plantarget/evaluate.hpp>
#include <plantarget/kernel.hpp>
#include <plantarget/result.hpp>
#include <plantarget/target.hpp>
#include <plantarget/units/rate.hpp>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cmath>
#include <cstddef>
#include <span>
#include <thread>
#include <vector>

namespace plantarget {

// The columns of a batch. Every column given has one entry per row.
//
// `what` picks what the threshold bounds: measure::level (the value itself, in
// the threshold's unit: the caller converts scales beforehand) or
// measure::growth (the year-on-year growth in percent, as growth_at_least()
// targets state it). measure::completion is refused: it needs a plan column.
//
// The threshold column holds, per comparator: X for >=, >, <=, <; the centre
// for `about` (with the tolerance in `uppers`); the low end for `between`
// (the high end in `uppers`); the position for rank_at_most; the cut-off for
// among_top (evaluate() reads that from evaluation_options, because plans
// leave it vague; a batch row carries its own); the milestone as a number for
// milestone_at_least. dynamic_zero ignores the threshold and judges the value
// itself in either mode, as evaluate() does.
//
// How the rows are decided (batch_rule): in decimal when the thresholds'
// published decimals are given, as evaluate() decides a condition whose
// `decimals` are (decimal.hpp); an about-band read by the indicator's
// direction, as evaluate() reads it by indicator_info::better.
struct batch_rule {
    int decimals = -1;        // of the thresholds (and tolerances), as published; -1: in binary
    int value_decimals = -1;  // of the values in level mode; -1: each value's shortest form
    direction better = direction::within_band;  // of the indicator, for about-bands
};

struct batch_inputs {
    std::span<const double> values;        // x_t
    std::span<const double> prior_values;  // x of the same period a year earlier
    std::span<const double> thresholds;
    std::span<const comparator> comparators{};  // empty: every row uses same_comparator
    comparator same_comparator = comparator::at_least;
    std::span<const double> uppers{};  // empty: 0 for every row (condition::upper's default)
    measure what = measure::level;
    batch_rule rule{};
    // Levels are at current prices: a growth of an indicator at comparable
    // prices (real) is not theirs, and every row says so (price_basis).
    price_basis basis = price_basis::nominal;
    // Monitoring in the year. months_covered: how many months of the target's
    // (calendar) year each row's value covers, from January: 1..11 in the
    // year, 12 at the deadline; an empty column is every row at the deadline.
    // A row in the year is judged as evaluate() judges an indicator of the
    // row's nature with that year-to-date observation, as of its last month
    // (batch_row_in_year): a flow against the threshold pro rata (on, ahead
    // of or behind schedule), a stock, rate or average as it stands, a growth
    // against the year's growth target itself within on_schedule_band_pp.
    // 0 or more than 12 months: the row is not_assessable (invalid_argument).
    std::span<const std::uint8_t> months_covered{};
    std::span<const nature> natures{};  // empty: same_nature for every row
    nature same_nature = nature::flow;
    // The indicator's direction per row, for about-bands (empty: rule.better).
    std::span<const direction> directions{};
    double on_schedule_band_pp = evaluation_options{}.on_schedule_band_pp;

    [[nodiscard]] std::size_t size() const noexcept { return values.size(); }
    // Whether some row needs more than the column kernel: a row in the year,
    // or a direction of its own.
    [[nodiscard]] bool per_row_rules() const noexcept { return !months_covered.empty() || !directions.empty(); }

    // Rows [first, first + count) of every column, for splitting work.
    [[nodiscard]] batch_inputs rows(std::size_t first, std::size_t count) const noexcept {
        batch_inputs part = *this;
        part.values = values.subspan(first, count);
        part.prior_values = prior_values.subspan(first, count);
        part.thresholds = thresholds.subspan(first, count);
        if (!comparators.empty()) part.comparators = comparators.subspan(first, count);
        if (!uppers.empty()) part.uppers = uppers.subspan(first, count);
        if (!months_covered.empty()) part.months_covered = months_covered.subspan(first, count);
        if (!natures.empty()) part.natures = natures.subspan(first, count);
        if (!directions.empty()) part.directions = directions.subspan(first, count);
        return part;
    }
};

// Where the results go. Any column may be left empty: it is then not written
// (saves the memory traffic when a caller needs only the verdicts).
//
// Undefined numbers are signalled by the reason columns, never by NaN alone:
//  - growth_percent: x_t / x_prior - 1, times 100, exactly as
//    growth_of(x_t, x_prior)->in_percent(). Where the growth is undefined
//    (zero base, opposite signs, NaN or infinite input, overflow) the slot
//    holds 0.0 and growth_reasons says why; growth_reasons is reason::none
//    exactly where the growth is defined.
//  - verdicts: exceeded, achieved or not_achieved as evaluate() gives them at
//    the deadline for an exact actual; not_assessable where no verdict is
//    possible, and then `reasons` says why. `reasons` is reason::none exactly
//    where the verdict is assessable.
//  - margins: the distance to the threshold on the better side, as
//    evaluate() reports it (positive: room to spare); 0.0 where the verdict
//    is not_assessable or the margin is not a finite number, and then
//    margin_reasons says why (overflow beyond DBL_MAX from finite inputs,
//    not_finite from an infinite threshold), as evaluate() says it.
// In growth mode the verdict is not assessable exactly when the growth is
// undefined, with the same reason. In level mode the two are independent: a
// level target can be judged in a row whose growth has a zero base.
struct batch_outputs {
    std::span<double> growth_percent{};
    std::span<reason> growth_reasons{};
    std::span<verdict> verdicts{};
    std::span<double> margins{};
    std::span<reason> reasons{};
    std::span<reason> margin_reasons{};
    // The value expected to date of a flow in the year (pro rata), in the
    // threshold's unit; 0.0 elsewhere, and expected_reasons says why
    // (not_applicable at the deadline and for the other natures).
    std::span<double> expected_to_date{};
    std::span<reason> expected_reasons{};

    [[nodiscard]] batch_outputs rows(std::size_t first, std::size_t count) const noexcept {
        const auto part = [&](auto s) { return s.empty() ? s : s.subspan(first, count); };
        return {part(growth_percent), part(growth_reasons),   part(verdicts),         part(margins),
                part(reasons),        part(margin_reasons),   part(expected_to_date), part(expected_reasons)};
    }
};

// The result of one row.
struct batch_row {
    double growth_percent = 0.0;
    reason growth_why = reason::none;
    verdict outcome = verdict::not_assessable;
    double margin = 0.0;
    reason why = reason::none;
    reason margin_why = reason::none;
};

namespace detail {

// The decimals a row is decided at, as evaluate() works them out: a growth is
// computed, a value has its given or shortest precision.
template <measure What>
PLANTARGET_KERNEL_INLINE int batch_row_decimals(const batch_rule& rule, comparator cmp, double actual,
                                                double upper) noexcept {
    if (rule.decimals < 0) return -1;  // in binary: nothing to work out per row
    const int band = cmp == comparator::about ? shortest_decimals(upper) : -1;
    const int of_actual = What == measure::growth ? computed_decimals(rule.decimals, true)
                          : rule.value_decimals >= 0 ? rule.value_decimals
                                                     : shortest_decimals(actual);
    return decision_decimals(rule.decimals, band, of_actual);
}

// The result of one row (V = double) or of a register of rows (V =
// kernel::f64x2), with reasons and verdicts as codes.
template <class V>
struct batch_lanes {
    V growth_percent;
    kernel::code_t<V, reason> growth_why;
    kernel::code_t<V, verdict> outcome;
    V margin;  // raw: finish_margin() turns one that is no finite number into its reason
    kernel::code_t<V, reason> why;
};

// One row, or a register of rows, with the mode and comparator as template
// arguments where the caller knows them, so a column of one comparator
// compiles to straight code. Every case is computed and the one that applies
// is selected, without a branch per row: met or missed is a coin toss on real
// data, and a mispredicted branch would cost more than the row's arithmetic.
// Binary: the caller knows rule.decimals < 0, so no decimal places are
// worked out (a register of rows is always decided in binary; the decimal
// places of a row are worked out one row at a time).
template <measure What, bool Binary, class V>
PLANTARGET_KERNEL_INLINE batch_lanes<V> batch_evaluate_lanes(comparator cmp, V value, V prior, V x, V upper,
                                                             const batch_rule& rule) noexcept {
    static_assert(What == measure::level || What == measure::growth);
    static_assert(Binary || std::is_same_v<V, double>);
    using kernel::code_of;
    using kernel::select;
    using M = kernel::mask_t<V>;
    const kernel::growth_lanes<V> g = kernel::growth_of_lanes(value, prior);
    const V growth_percent = select(g.defined, g.percent, V(0.0));
    const auto not_assessable = code_of<V>(verdict::not_assessable);

    // evaluate() refuses a non-finite actual before anything else; in growth
    // mode growth_of_lanes has already said not_finite for it.
    if (cmp == comparator::dynamic_zero) {  // judges the level, in either mode, as evaluate() does
        const M usable = kernel::finite(value);
        return {growth_percent, g.why,
                select(usable, select(value != 0.0, code_of<V>(verdict::not_achieved), code_of<V>(verdict::achieved)),
                       not_assessable),
                select(usable, kernel::margin(cmp, value, x, upper), V(0.0)),
                select(usable, code_of<V>(reason::none), code_of<V>(reason::not_finite))};
    }
    V actual = value;
    M usable = kernel::finite(value);
    auto unusable_why = code_of<V>(reason::not_finite);
    if constexpr (What == measure::growth) {
        actual = g.percent;
        usable = g.defined;
        unusable_why = g.why;
    }
    kernel::basic_comparison<V> k{cmp, rule.better, kernel::point(actual), actual, x, upper, -1};
    if constexpr (!Binary)
        k = kernel::compare_at(cmp, rule.better, kernel::point(actual), actual, x, upper,
                               batch_row_decimals<What>(rule, cmp, actual, upper));
    const kernel::basic_decision<V> d = kernel::holds(k);
    const V m = kernel::margin(k);
    const M room = kernel::room_to_spare(k, What, m, M(true));
    // Neither met nor missed happens for an exact actual only when a NaN
    // threshold or band end (inf - inf in about's band) leaves it open:
    // not_finite, in evaluate() as here; or for a comparator value outside the
    // enum (in a comparator column), which decides nothing. Met and missed
    // together cannot happen.
    const M decided = d.met != d.missed;
    const M ok = usable && decided;
    const auto undecided_why = code_of<V>(kernel::known_comparator(cmp) ? reason::not_finite : reason::invalid_argument);
    return {growth_percent, g.why,
            select(ok,
                   select(d.met, select(room, code_of<V>(verdict::exceeded), code_of<V>(verdict::achieved)),
                          code_of<V>(verdict::not_achieved)),
                   not_assessable),
            select(ok, m, V(0.0)), select(ok, code_of<V>(reason::none), select(usable, undecided_why, unusable_why))};
}

template <measure What, bool Binary = false>
PLANTARGET_KERNEL_INLINE batch_row batch_evaluate_row(comparator cmp, double value, double prior, double x,
                                                      double upper, const batch_rule& rule = {}) noexcept {
    const batch_lanes<double> l = batch_evaluate_lanes<What, Binary>(cmp, value, prior, x, upper, rule);
    batch_row r;
    r.growth_percent = l.growth_percent;
    r.growth_why = l.growth_why;
    r.outcome = l.outcome;
    r.margin = l.margin;
    r.why = l.why;
    return r;
}

// batch_evaluate_row with one switch on the comparator, so that each case is
// the straight code of one comparator (a comparator column; a constant
// comparator folds the switch away).
template <measure What, bool Binary>
PLANTARGET_KERNEL_INLINE batch_row batch_evaluate_row_of(comparator cmp, double value, double prior, double x,
                                                         double upper, const batch_rule& rule) noexcept {
    switch (cmp) {
        case comparator::at_least:
            return batch_evaluate_row<What, Binary>(comparator::at_least, value, prior, x, upper, rule);
        case comparator::more_than:
            return batch_evaluate_row<What, Binary>(comparator::more_than, value, prior, x, upper, rule);
        case comparator::at_most: return batch_evaluate_row<What, Binary>(comparator::at_most, value, prior, x, upper, rule);
        case comparator::less_than:
            return batch_evaluate_row<What, Binary>(comparator::less_than, value, prior, x, upper, rule);
        case comparator::about: return batch_evaluate_row<What, Binary>(comparator::about, value, prior, x, upper, rule);
        case comparator::between: return batch_evaluate_row<What, Binary>(comparator::between, value, prior, x, upper, rule);
        case comparator::dynamic_zero:
            return batch_evaluate_row<What, Binary>(comparator::dynamic_zero, value, prior, x, upper, rule);
        case comparator::rank_at_most:
            return batch_evaluate_row<What, Binary>(comparator::rank_at_most, value, prior, x, upper, rule);
        case comparator::among_top:
            return batch_evaluate_row<What, Binary>(comparator::among_top, value, prior, x, upper, rule);
        case comparator::milestone_at_least:
            return batch_evaluate_row<What, Binary>(comparator::milestone_at_least, value, prior, x, upper, rule);
    }
    return batch_evaluate_row<What, Binary>(cmp, value, prior, x, upper, rule);  // names no comparator: invalid_argument
}

// A margin that is no finite number is a reason, not a number (kernel.hpp's
// policy, as evaluate() applies it). Rows only reach here with a finite
// actual, so the cause is in the threshold or the band.
inline void finish_margin(double& margin, reason& margin_why, double x, double upper) noexcept {
    if (std::isfinite(margin)) {
        margin_why = reason::none;
        return;
    }
    margin_why = std::isfinite(x) && std::isfinite(upper) ? reason::overflow : reason::not_finite;
    margin = 0.0;
}



// A row in the year, judged by evaluate() itself, so that the batch and a
// plan agree on monitoring data by construction: an indicator of the row's
// nature whose observation for January..`months` of a year is the row's value
// (the prior value for the same months a year earlier), the row's condition as
// the target for the year, as of the last month covered. It allocates (one
// evaluation per row); rows at the deadline keep the column kernel.
struct batch_row_in_year {
    batch_row row;
    double expected_to_date = 0.0;
    reason expected_why = reason::not_applicable;
};

inline batch_row_in_year judge_row_in_year(measure what, comparator cmp, nature kind, direction better,
                                           price_basis basis, int months, double value, double prior, double x,
                                           double upper, const batch_rule& rule, double band_pp) {
    constexpr int year = 2001;  // any year: a batch row has no calendar
    batch_row_in_year out;
    out.row.why = reason::invalid_argument;
    if (months < 1 || months > 11 || !is_known(kind) || !is_known(better) || !kernel::known_comparator(cmp))
        return out;
    evaluation_options opt;
    opt.on_schedule_band_pp = band_pp;
    if (cmp == comparator::among_top) {  // evaluate() reads the cut-off as a whole number
        if (!(std::abs(x) < 1e9) || x != std::trunc(x)) return out;
        opt.among_top_cutoff = static_cast<int>(x);
    }
    indicator_info ind;
    ind.kind = kind;
    ind.better = better;
    ind.basis = basis;
    value_series s(ind.unit);
    observation_meta meta;
    meta.decimals = rule.value_decimals;
    (void)s.add(period::year_to_date(year - 1, months), prior);
    (void)s.add(period::year_to_date(year, months), value, meta);
    condition c;
    c.what = what;
    c.cmp = cmp;
    c.value = x;
    if (cmp == comparator::about) c.tolerance = upper;
    else c.upper = upper;
    c.unit = ind.unit;
    c.decimals = rule.decimals;
    target_spec t;
    t.deadline = period::year(year);
    t.conditions.push_back(c);
    const assessment a = evaluate(t, ind, s, period::month(year, months), opt);
    const condition_assessment& part = a.conditions.front();
    out.row.outcome = part.outcome;
    out.row.why = part.why;
    if (part.outcome != verdict::not_assessable) {
        if (part.margin) out.row.margin = *part.margin;
        else out.row.margin_why = part.margin.why();
    }
    if (a.expected_to_date) {
        out.expected_to_date = *a.expected_to_date;
        out.expected_why = reason::none;
    } else {
        out.expected_why = a.expected_to_date.why();
    }
    return out;
}

// The rows the column kernel does not decide alone: those in the year, and
// about-bands read by a direction of their own. The kernel's growth columns
// stand (a year-to-date growth is value / prior - 1 as at the deadline).
inline void batch_per_row_rules(const batch_inputs& in, const batch_outputs& out) {
    const std::size_t n = in.size();
    for (std::size_t i = 0; i < n; ++i) {
        const comparator cmp = in.comparators.empty() ? in.same_comparator : in.comparators[i];
        const direction better = in.directions.empty() ? in.rule.better : in.directions[i];
        const int months = in.months_covered.empty() ? 12 : in.months_covered[i];
        const double upper = in.uppers.empty() ? 0.0 : in.uppers[i];
        batch_row row;
        double expected = 0.0;
        reason expected_why = reason::not_applicable;
        if (months == 12) {
            // The kernel's row stands unless a direction of its own reads an
            // about-band; a real growth is not assessable whatever the direction.
            if (better == in.rule.better || cmp != comparator::about) continue;
            if (!is_known(better)) {
                row.why = reason::invalid_argument;
            } else if (in.what == measure::growth && in.basis == price_basis::real) {
                continue;
            } else {
                batch_rule rule = in.rule;
                rule.better = better;
                if (in.what == measure::growth)
                    row = batch_evaluate_row<measure::growth>(cmp, in.values[i], in.prior_values[i], in.thresholds[i],
                                                             upper, rule);
                else
                    row = batch_evaluate_row<measure::level>(cmp, in.values[i], in.prior_values[i], in.thresholds[i],
                                                            upper, rule);
                finish_margin(row.margin, row.margin_why, in.thresholds[i], upper);
            }
        } else {
            const nature kind = in.natures.empty() ? in.same_nature : in.natures[i];
            const batch_row_in_year r =
                judge_row_in_year(in.what, cmp, kind, better, in.basis, months, in.values[i], in.prior_values[i],
                                  in.thresholds[i], upper, in.rule, in.on_schedule_band_pp);
            row = r.row;
            expected = r.expected_to_date;
            expected_why = r.expected_why;
        }
        if (!out.verdicts.empty()) out.verdicts[i] = row.outcome;
        if (!out.reasons.empty()) out.reasons[i] = row.why;
        if (!out.margins.empty()) out.margins[i] = row.margin;
        if (!out.margin_reasons.empty()) out.margin_reasons[i] = row.margin_why;
        if (!out.expected_to_date.empty()) out.expected_to_date[i] = expected;
        if (!out.expected_reasons.empty()) out.expected_reasons[i] = expected_why;
    }
}

// Rows go in blocks; a column the caller left empty is written to a scratch
// block on the stack instead, so the row loop has no test per column.
// Binary: rule.decimals < 0, no decimal places to work out. Lanes (one
// comparator for every row, decided in binary): eight rows at a time go
// through batch_evaluate_lanes on registers of two (kernel::f64x2), their
// codes packed to eight bytes a column; the rows left over, and every row
// without Lanes, go through the same function on one double.
template <measure What, bool Binary, bool Lanes, class ComparatorOf>
void batch_run(const batch_inputs& in, const batch_outputs& out, ComparatorOf comparator_of) noexcept {
    constexpr std::size_t block = 256;
    double scratch_growth[block], scratch_margins[block];
    reason scratch_growth_why[block], scratch_why[block], scratch_margin_why[block];
    verdict scratch_verdicts[block];
    const std::size_t n = in.size();
    const double* const values = in.values.data();
    const double* const priors = in.prior_values.data();
    const double* const thresholds = in.thresholds.data();
    const double* const uppers = in.uppers.empty() ? nullptr : in.uppers.data();
    for (std::size_t start = 0; start < n; start += block) {
        const std::size_t len = std::min(block, n - start);
        double* const growth = out.growth_percent.empty() ? scratch_growth : out.growth_percent.data() + start;
        reason* const growth_why = out.growth_reasons.empty() ? scratch_growth_why : out.growth_reasons.data() + start;
        verdict* const verdicts = out.verdicts.empty() ? scratch_verdicts : out.verdicts.data() + start;
        double* const margins = out.margins.empty() ? scratch_margins : out.margins.data() + start;
        reason* const why = out.reasons.empty() ? scratch_why : out.reasons.data() + start;
        reason* const margin_why =
            out.margin_reasons.empty() ? scratch_margin_why : out.margin_reasons.data() + start;
        // Integer ops with a one-cycle dependency: a floating-point
        // accumulator here would chain every row to the one before.
        constexpr std::uint64_t exponent_bits = 0x7ff0000000000000ULL;
        std::uint64_t not_finite_probe = 0;
        std::size_t j = 0;
#if defined(PLANTARGET_KERNEL_SIMD)
        if constexpr (Lanes) {
            using kernel::f64x2;
            const comparator cmp = comparator_of(start);  // one for all: a constant once inlined
            kernel::m64x2 not_finite_margin;
            const auto two_rows = [&](std::size_t k) PLANTARGET_KERNEL_LAMBDA_INLINE {  // rows start + k and the next
                const std::size_t i = start + k;
                const batch_lanes<f64x2> r = batch_evaluate_lanes<What, true>(
                    cmp, f64x2::load(values + i), f64x2::load(priors + i), f64x2::load(thresholds + i),
                    uppers != nullptr ? f64x2::load(uppers + i) : f64x2(0.0), in.rule);
                r.growth_percent.store(growth + k);
                r.margin.store(margins + k);
                not_finite_margin = not_finite_margin || kernel::not_finite(r.margin);
                return r;
            };
            for (; j + 8 <= len; j += 8) {
                const batch_lanes<f64x2> r0 = two_rows(j), r1 = two_rows(j + 2), r2 = two_rows(j + 4),
                                         r3 = two_rows(j + 6);
                kernel::store_codes(growth_why + j, r0.growth_why, r1.growth_why, r2.growth_why, r3.growth_why);
                kernel::store_codes(verdicts + j, r0.outcome, r1.outcome, r2.outcome, r3.outcome);
                kernel::store_codes(why + j, r0.why, r1.why, r2.why, r3.why);
            }
            if (kernel::any_of(not_finite_margin)) not_finite_probe = std::uint64_t{1} << 63;
        }
#endif
        for (; j < len; ++j) {
            const std::size_t i = start + j;
            const batch_row r = batch_evaluate_row_of<What, Binary>(comparator_of(i), values[i], priors[i], thresholds[i],
                                                            uppers != nullptr ? uppers[i] : 0.0, in.rule);
            growth[j] = r.growth_percent;
            growth_why[j] = r.growth_why;
            verdicts[j] = r.outcome;
            margins[j] = r.margin;
            why[j] = r.why;
            // (exponent & all ones) + 1 << 52 reaches bit 63 only for inf or NaN.
            not_finite_probe |= (std::bit_cast<std::uint64_t>(r.margin) & exponent_bits) + (std::uint64_t{1} << 52);
        }
        // Margins that are no finite number are rare: the probe's top bit is
        // set when any margin of the block had all exponent bits set (inf or
        // NaN), and only then are the reasons worked out, off the row path.
        if (!out.margin_reasons.empty()) std::fill(margin_why, margin_why + len, reason::none);
        if ((not_finite_probe >> 63) != 0) [[unlikely]] {
            for (std::size_t j = 0; j < len; ++j)
                finish_margin(margins[j], margin_why[j], thresholds[start + j],
                              uppers != nullptr ? uppers[start + j] : 0.0);
        }
    }
}

template <measure What, comparator Cmp>
void batch_run_fixed(const batch_inputs& in, const batch_outputs& out) noexcept {
    const auto cmp = [](std::size_t) { return Cmp; };
    if (in.rule.decimals < 0) batch_run<What, true, true>(in, out, cmp);
    else batch_run<What, false, false>(in, out, cmp);
}

template <measure What>
void batch_dispatch(const batch_inputs& in, const batch_outputs& out) noexcept {
    if (!in.comparators.empty()) {
        const comparator* const cmps = in.comparators.data();
        const auto cmp = [cmps](std::size_t i) { return cmps[i]; };
        if (in.rule.decimals < 0) batch_run<What, true, false>(in, out, cmp);
        else batch_run<What, false, false>(in, out, cmp);
        return;
    }
    switch (in.same_comparator) {
        case comparator::at_least: return batch_run_fixed<What, comparator::at_least>(in, out);
        case comparator::more_than: return batch_run_fixed<What, comparator::more_than>(in, out);
        case comparator::at_most: return batch_run_fixed<What, comparator::at_most>(in, out);
        case comparator::less_than: return batch_run_fixed<What, comparator::less_than>(in, out);
        case comparator::about: return batch_run_fixed<What, comparator::about>(in, out);
        case comparator::between: return batch_run_fixed<What, comparator::between>(in, out);
        case comparator::dynamic_zero: return batch_run_fixed<What, comparator::dynamic_zero>(in, out);
        case comparator::rank_at_most: return batch_run_fixed<What, comparator::rank_at_most>(in, out);
        case comparator::among_top: return batch_run_fixed<What, comparator::among_top>(in, out);
        case comparator::milestone_at_least:
            return batch_run_fixed<What, comparator::milestone_at_least>(in, out);
    }
    // Not reached: batch_shapes_fit refuses a comparator outside the enum.
}

inline bool batch_shapes_fit(const batch_inputs& in, const batch_outputs& out) noexcept {
    const std::size_t n = in.size();
    const auto fits = [n](std::size_t size, bool optional) { return size == n || (optional && size == 0); };
    return (in.what == measure::level || in.what == measure::growth) && kernel::known_comparator(in.same_comparator) &&
           fits(in.prior_values.size(), false) &&
           fits(in.thresholds.size(), false) && fits(in.comparators.size(), true) &&
           fits(in.uppers.size(), true) && fits(out.growth_percent.size(), true) &&
           fits(out.growth_reasons.size(), true) && fits(out.verdicts.size(), true) &&
           fits(out.margins.size(), true) && fits(out.reasons.size(), true) &&
           fits(out.margin_reasons.size(), true) && fits(in.months_covered.size(), true) &&
           fits(in.natures.size(), true) && fits(in.directions.size(), true) &&
           fits(out.expected_to_date.size(), true) && fits(out.expected_reasons.size(), true) &&
           std::isfinite(in.on_schedule_band_pp) && in.on_schedule_band_pp >= 0.0;
}

}  // namespace detail

// One row, as evaluate_batch judges it.
inline batch_row evaluate_row(measure what, comparator cmp, double value, double prior_value, double threshold,
                              double upper = 0.0, const batch_rule& rule = {}) noexcept {
    if (what == measure::growth || what == measure::level) {
        batch_row r =
            what == measure::growth
                ? detail::batch_evaluate_row<measure::growth>(cmp, value, prior_value, threshold, upper, rule)
                : detail::batch_evaluate_row<measure::level>(cmp, value, prior_value, threshold, upper, rule);
        detail::finish_margin(r.margin, r.margin_why, threshold, upper);
        return r;
    }
    batch_row r;
    r.growth_why = reason::invalid_argument;
    r.why = reason::invalid_argument;
    return r;
}

// Evaluates every row on the calling thread. Returns reason::invalid_argument
// (and writes nothing) when a column's length differs from the values', the
// mode is measure::completion, or same_comparator is a number that names no
// comparator; reason::none otherwise. Such a number in the comparator column
// makes its row not_assessable for reason::invalid_argument.
[[nodiscard]] inline reason evaluate_batch(const batch_inputs& in, const batch_outputs& out) noexcept {
    if (!detail::batch_shapes_fit(in, out)) return reason::invalid_argument;
    if (in.what == measure::growth && in.basis == price_basis::real) {
        std::fill(out.growth_percent.begin(), out.growth_percent.end(), 0.0);
        std::fill(out.growth_reasons.begin(), out.growth_reasons.end(), reason::price_basis);
        std::fill(out.verdicts.begin(), out.verdicts.end(), verdict::not_assessable);
        std::fill(out.margins.begin(), out.margins.end(), 0.0);
        std::fill(out.reasons.begin(), out.reasons.end(), reason::price_basis);
        std::fill(out.margin_reasons.begin(), out.margin_reasons.end(), reason::none);
    } else if (in.what == measure::growth) {
        detail::batch_dispatch<measure::growth>(in, out);
    } else {
        detail::batch_dispatch<measure::level>(in, out);
    }
    std::fill(out.expected_to_date.begin(), out.expected_to_date.end(), 0.0);
    std::fill(out.expected_reasons.begin(), out.expected_reasons.end(), reason::not_applicable);
    // Allocates for rows in the year (evaluate()); a failure to allocate
    // there ends the program, as in any noexcept function.
    if (in.per_row_rules()) detail::batch_per_row_rules(in, out);
    return reason::none;
}

// Evaluates the rows on up to `threads` threads (0: one per hardware thread),
// each over a contiguous chunk; the calling thread takes the last chunk. A
// chunk is at least min_rows_per_thread rows, because starting a thread costs
// about as much as evaluating some ten thousand rows; chunk ends fall on
// multiples of 64 rows so that no two threads write the same cache line of the
// one-byte columns. The results are those of evaluate_batch, bit for bit. If
// the system refuses a thread, its chunk runs on the calling thread instead.
[[nodiscard]] inline reason evaluate_batch_parallel(const batch_inputs& in, const batch_outputs& out,
                                                    unsigned threads,
                                                    std::size_t min_rows_per_thread = 16384) noexcept {
    if (!detail::batch_shapes_fit(in, out)) return reason::invalid_argument;
    const std::size_t n = in.size();
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t by_size = std::max<std::size_t>(1, n / std::max<std::size_t>(1, min_rows_per_thread));
    const std::size_t workers = std::min<std::size_t>(threads, by_size);
    if (workers <= 1) return evaluate_batch(in, out);

    constexpr std::size_t line_rows = 64;
    const auto chunk_start = [&](std::size_t k) {
        if (k >= workers) return n;
        return std::min(n, (n / workers * k) / line_rows * line_rows);
    };
    const auto run_chunk = [&](std::size_t k) {
        const std::size_t first = chunk_start(k);
        const std::size_t count = chunk_start(k + 1) - first;
        (void)evaluate_batch(in.rows(first, count), out.rows(first, count));
    };

    std::vector<std::jthread> pool;
    std::size_t started = 0;  // chunks [0, started) run on their own threads
    try {
        pool.reserve(workers - 1);
        for (; started + 1 < workers; ++started) pool.emplace_back(run_chunk, started);
    } catch (...) {
        // No thread (or no memory for the handles): the rest runs here.
    }
    for (std::size_t k = started; k < workers; ++k) run_chunk(k);
    return reason::none;  // the jthreads join as the pool goes out of scope
}

}  // namespace plantarget
