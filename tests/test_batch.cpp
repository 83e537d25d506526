// The batch path against the one-by-one path: every row of a batch equals what
// evaluate() gives for an exact actual at the deadline and what growth_of()
// gives for its growth, on generated rows covering every comparator, values on
// and next to each threshold, zero bases, opposite signs, NaN and infinities.
// The parallel runs are in tests/threads/, the binary ThreadSanitizer checks.
#include "batch_fixtures.hpp"

#include <plantarget/batch.hpp>

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <set>
#include <span>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace plantarget;
using namespace plantarget::batch_test;

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();

// Bit-for-bit equality of doubles: tells 0.0 from -0.0 and compares NaNs.
bool same_bits(double a, double b) { return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b); }

batch_row one_row(measure what, comparator cmp, double value, double prior, double x, double upper = 0.0) {
    return evaluate_row(what, cmp, value, prior, x, upper);
}

// ---- rows worked by hand ------------------------------------------------------

TEST(BatchRows, LevelTargetsAtTheDeadline) {
    // 120 against ">= 100": margin 120 - 100 = 20 > 0, so exceeded (超额完成).
    auto r = one_row(measure::level, comparator::at_least, 120, 100, 100);
    EXPECT_EQ(r.outcome, verdict::exceeded);
    EXPECT_EQ(r.margin, 20.0);
    EXPECT_EQ(r.why, reason::none);
    // Growth of the same row: 120 / 100 - 1 = 0.2, i.e. 20 % (to a unit in the last place: 1.2 is inexact).
    EXPECT_EQ(r.growth_why, reason::none);
    EXPECT_DOUBLE_EQ(r.growth_percent, 20.0);

    // Exactly at ">= 100": margin 0, achieved but not exceeded.
    r = one_row(measure::level, comparator::at_least, 100, 80, 100);
    EXPECT_EQ(r.outcome, verdict::achieved);
    EXPECT_EQ(r.margin, 0.0);
    // Exactly at "> 100" (超100): excluded, so not achieved, margin 0.
    r = one_row(measure::level, comparator::more_than, 100, 80, 100);
    EXPECT_EQ(r.outcome, verdict::not_achieved);
    EXPECT_EQ(r.margin, 0.0);
    // 120 against "<= 100": margin 100 - 120 = -20, not achieved.
    r = one_row(measure::level, comparator::at_most, 120, 100, 100);
    EXPECT_EQ(r.outcome, verdict::not_achieved);
    EXPECT_EQ(r.margin, -20.0);
    // 90 against "<= 100": margin 10 > 0, exceeded (kept well below the cap).
    r = one_row(measure::level, comparator::at_most, 90, 100, 100);
    EXPECT_EQ(r.outcome, verdict::exceeded);
    EXPECT_EQ(r.margin, 10.0);
    // 90 against "< 100": met, margin 10, but only >= and <= can be exceeded.
    r = one_row(measure::level, comparator::less_than, 90, 100, 100);
    EXPECT_EQ(r.outcome, verdict::achieved);
    EXPECT_EQ(r.margin, 10.0);
    // 120 in [100, 130]: margin min(120 - 100, 130 - 120) = 10, achieved.
    r = one_row(measure::level, comparator::between, 120, 100, 100, 130);
    EXPECT_EQ(r.outcome, verdict::achieved);
    EXPECT_EQ(r.margin, 10.0);
    // 120 against "about 110 ± 5": margin 5 - |120 - 110| = -5, not achieved.
    r = one_row(measure::level, comparator::about, 120, 100, 110, 5);
    EXPECT_EQ(r.outcome, verdict::not_achieved);
    EXPECT_EQ(r.margin, -5.0);
    // 115 is on the edge of 110 ± 5: margin 0, the band is inclusive.
    r = one_row(measure::level, comparator::about, 115, 100, 110, 5);
    EXPECT_EQ(r.outcome, verdict::achieved);
    EXPECT_EQ(r.margin, 0.0);
    // Dynamic zero: 3 cases is missed with margin -|3| = -3; 0 is achieved.
    r = one_row(measure::level, comparator::dynamic_zero, 3, 0, 0);
    EXPECT_EQ(r.outcome, verdict::not_achieved);
    EXPECT_EQ(r.margin, -3.0);
    r = one_row(measure::level, comparator::dynamic_zero, 0, 5, 0);
    EXPECT_EQ(r.outcome, verdict::achieved);
    EXPECT_TRUE(same_bits(r.margin, 0.0));  // 0 - |0| = +0.0, no room either way
    // Rank 2 against "rank <= 3": margin 3 - 2 = 1, achieved (a rank is never "exceeded").
    r = one_row(measure::level, comparator::rank_at_most, 2, 4, 3);
    EXPECT_EQ(r.outcome, verdict::achieved);
    EXPECT_EQ(r.margin, 1.0);
}

TEST(BatchRows, GrowthTargetsAtTheDeadline) {
    // 150 / 100 - 1 = 0.5 exactly, 50 %: against ">= 50 %" margin 0, achieved.
    auto r = one_row(measure::growth, comparator::at_least, 150, 100, 50);
    EXPECT_EQ(r.growth_percent, 50.0);
    EXPECT_EQ(r.outcome, verdict::achieved);
    EXPECT_EQ(r.margin, 0.0);
    // The same growth against "> 50 %": excluded, not achieved.
    r = one_row(measure::growth, comparator::more_than, 150, 100, 50);
    EXPECT_EQ(r.outcome, verdict::not_achieved);
    // 125 / 100 - 1 = 0.25, 25 %: against ">= 10 %" margin 15; a growth target
    // is achieved, never exceeded (evaluate() keeps 超额 for level targets).
    r = one_row(measure::growth, comparator::at_least, 125, 100, 10);
    EXPECT_EQ(r.growth_percent, 25.0);
    EXPECT_EQ(r.outcome, verdict::achieved);
    EXPECT_EQ(r.margin, 15.0);
    // 75 / 100 - 1 = -0.25: a 25 % fall against "<= -20 %" (下降20%以上): margin -20 - (-25) = 5.
    r = one_row(measure::growth, comparator::at_most, 75, 100, -20);
    EXPECT_EQ(r.growth_percent, -25.0);
    EXPECT_EQ(r.outcome, verdict::achieved);
    EXPECT_EQ(r.margin, 5.0);
}

TEST(BatchRows, UndefinedGrowthIsSignalledByItsReason) {
    // Zero base: the growth slot holds 0.0 and the reason says zero_base.
    auto r = one_row(measure::growth, comparator::at_least, 10, 0, 5);
    EXPECT_EQ(r.growth_why, reason::zero_base);
    EXPECT_TRUE(same_bits(r.growth_percent, 0.0));
    EXPECT_EQ(r.outcome, verdict::not_assessable);
    EXPECT_EQ(r.why, reason::zero_base);
    EXPECT_TRUE(same_bits(r.margin, 0.0));
    // In level mode the same row is judged on its level: 10 >= 5, margin 5, exceeded.
    r = one_row(measure::level, comparator::at_least, 10, 0, 5);
    EXPECT_EQ(r.growth_why, reason::zero_base);
    EXPECT_EQ(r.outcome, verdict::exceeded);
    EXPECT_EQ(r.why, reason::none);
    EXPECT_EQ(r.margin, 5.0);
    // Opposite signs: from -10 to 20 is no growth rate at all.
    r = one_row(measure::growth, comparator::at_least, 20, -10, 5);
    EXPECT_EQ(r.growth_why, reason::opposite_signs);
    EXPECT_EQ(r.why, reason::opposite_signs);
    EXPECT_TRUE(same_bits(r.growth_percent, 0.0));
    // 1e308 / 1e-10 overflows to infinity.
    r = one_row(measure::growth, comparator::at_least, 1e308, 1e-10, 5);
    EXPECT_EQ(r.growth_why, reason::overflow);
    EXPECT_EQ(r.why, reason::overflow);
    // A NaN prior: growth not finite; the level is still judged in level mode.
    r = one_row(measure::level, comparator::at_most, 4, nan, 5);
    EXPECT_EQ(r.growth_why, reason::not_finite);
    EXPECT_EQ(r.outcome, verdict::exceeded);
    // A NaN or infinite value: nothing can be judged in either mode.
    for (const double bad : {nan, inf, -inf})
        for (const measure m : {measure::level, measure::growth}) {
            r = one_row(m, comparator::at_least, bad, 100, 5);
            EXPECT_EQ(r.outcome, verdict::not_assessable);
            EXPECT_EQ(r.why, reason::not_finite);
            EXPECT_EQ(r.growth_why, reason::not_finite);
            EXPECT_TRUE(same_bits(r.margin, 0.0));
            EXPECT_TRUE(same_bits(r.growth_percent, 0.0));
        }
}

TEST(BatchRows, NanThresholdIsNotAssessable) {
    // An undecided exact actual is not_finite, here as in evaluate().
    auto r = one_row(measure::level, comparator::at_least, 10, 5, nan);
    EXPECT_EQ(r.outcome, verdict::not_assessable);
    EXPECT_EQ(r.why, reason::not_finite);
    EXPECT_TRUE(same_bits(r.margin, 0.0));
    // The growth does not depend on the threshold: 10 / 5 - 1 = 1, 100 %.
    EXPECT_EQ(r.growth_why, reason::none);
    EXPECT_EQ(r.growth_percent, 100.0);
    // about with an infinite centre and tolerance: inf - inf is NaN, undecided.
    r = one_row(measure::level, comparator::about, 10, 5, inf, inf);
    EXPECT_EQ(r.outcome, verdict::not_assessable);
    EXPECT_EQ(r.why, reason::not_finite);
    // An infinite threshold decides: 10 >= inf is false; the margin 10 - inf is
    // not a number to report, as evaluate() says too.
    r = one_row(measure::level, comparator::at_least, 10, 5, inf);
    EXPECT_EQ(r.outcome, verdict::not_achieved);
    EXPECT_EQ(r.margin_why, reason::not_finite);
    EXPECT_TRUE(same_bits(r.margin, 0.0));
}

// ---- generated rows against evaluate() ------------------------------------------

struct row_input {
    double value, prior, threshold, upper;
};

// Rows around every edge: a threshold on the actual and one step either side,
// bands whose ends sit on the actual, and every kind of undefined growth.
std::vector<row_input> generated_rows(measure what, bool banded) {
    const std::vector<double> priors{100.0, 80.0, -50.0, 0.0, -0.0, 1e-10, 3.0, nan, inf, -inf};
    const std::vector<double> values{120.0, 100.0, 0.0, -0.0, -40.0, 7.0, 1e308, 2.5, nan, inf, -inf};
    std::vector<row_input> rows;
    for (const double prior : priors)
        for (const double value : values) {
            // The actual the threshold applies to; where it is undefined any threshold will do.
            double actual = value;
            if (what == measure::growth) {
                const auto g = growth_of(value, prior);
                actual = g ? g->in_percent() : 5.0;
            }
            if (!std::isfinite(actual)) actual = 5.0;
            const std::vector<double> thresholds{actual,
                                                 std::nextafter(actual, inf),
                                                 std::nextafter(actual, -inf),
                                                 actual + 1.0,
                                                 actual - 1.0,
                                                 0.0,
                                                 std::round(actual),
                                                 inf,
                                                 -inf};
            for (const double x : thresholds) {
                // upper: the high end of `between`, the tolerance of `about`; the
                // other comparators ignore it.
                const std::vector<double> uppers =
                    banded ? std::vector<double>{0.0, 1.0, actual, std::nextafter(actual, inf),
                                                 std::nextafter(actual, -inf), std::abs(actual - x)}
                           : std::vector<double>{0.0};
                for (const double u : uppers) rows.push_back({value, prior, x, u});
            }
        }
    // And random rows, from a fixed seed so a failure can be replayed.
    std::mt19937_64 rng(20240607);
    std::uniform_real_distribution<double> level(-50.0, 500.0);
    std::uniform_real_distribution<double> pct(-30.0, 60.0);
    for (int i = 0; i < 1000; ++i) {
        const double value = level(rng), prior = level(rng);
        const double x = what == measure::growth ? pct(rng) : level(rng);
        rows.push_back({value, prior, x, std::abs(pct(rng))});
    }
    return rows;
}

// What evaluate() says for one row: a two-year series (prior year, deadline
// year) and a one-condition target, assessed at the deadline.
condition_assessment evaluate_one(measure what, comparator cmp, const row_input& r) {
    const auto unit = units::unit_of("元");
    indicator_info ind;
    ind.id = "x";
    ind.unit = unit;
    ind.kind = nature::stock;
    ind.better = direction::within_band;  // a batch's about-band by default (batch_rule)
    value_series s(unit);
    EXPECT_EQ(s.add(period::year(2024), r.prior), reason::none);
    EXPECT_EQ(s.add(period::year(2025), r.value), reason::none);
    target_spec t;
    t.id = "x@2025";
    t.indicator_id = "x";
    t.deadline = period::year(2025);
    condition c;
    c.what = what;
    c.cmp = cmp;
    c.value = r.threshold;
    if (cmp == comparator::about) c.tolerance = r.upper;
    else c.upper = r.upper;
    c.unit = what == measure::growth ? units::unit_of("%") : unit;
    t.conditions.push_back(c);
    evaluation_options opt;
    if (cmp == comparator::among_top) opt.among_top_cutoff = static_cast<int>(r.threshold);
    return evaluate(t, ind, s, period::year(2025), opt).conditions.front();
}

std::string describe_row(measure what, comparator cmp, const row_input& r) {
    std::ostringstream os;
    os.precision(17);
    os << to_string(what) << " " << to_string(cmp) << " value=" << r.value << " prior=" << r.prior
       << " threshold=" << r.threshold << " upper=" << r.upper;
    return os.str();
}

// evaluate() takes the among_top cut-off as an int; other comparators take any double.
bool threshold_fits_evaluate(comparator cmp, const row_input& r) {
    if (cmp == comparator::among_top)  // and -0.0 would come back from int as +0.0
        return std::isfinite(r.threshold) && std::abs(r.threshold) < 1e9 && r.threshold == std::trunc(r.threshold) &&
               !std::signbit(r.threshold);
    return true;
}

TEST(BatchEngine, EqualsEvaluateAndGrowthOfRowByRow) {
    std::set<verdict> verdicts_seen;
    std::set<reason> growth_reasons_seen, margin_reasons_seen;
    std::size_t compared = 0;
    for (const measure what : {measure::level, measure::growth}) {
        for (const comparator cmp : every_comparator) {
            const auto rows = generated_rows(what, cmp == comparator::about || cmp == comparator::between);
            std::vector<row_input> used;
            for (const auto& r : rows)
                if (threshold_fits_evaluate(cmp, r)) used.push_back(r);
            const std::size_t n = used.size();
            std::vector<double> values(n), priors(n), thresholds(n), uppers(n);
            for (std::size_t i = 0; i < n; ++i) {
                values[i] = used[i].value;
                priors[i] = used[i].prior;
                thresholds[i] = used[i].threshold;
                uppers[i] = used[i].upper;
            }
            std::vector<double> growth(n, -1.0), margins(n, -1.0);
            std::vector<reason> growth_why(n), why(n), margin_why(n);
            std::vector<verdict> verdicts(n);
            batch_inputs in{values, priors, thresholds, {}, cmp, uppers, what};
            ASSERT_EQ(evaluate_batch(in, {growth, growth_why, verdicts, margins, why, margin_why}), reason::none);

            for (std::size_t i = 0; i < n; ++i) {
                SCOPED_TRACE(describe_row(what, cmp, used[i]));
                const auto g = growth_of(values[i], priors[i]);
                ASSERT_EQ(growth_why[i], g.why());
                ASSERT_TRUE(same_bits(growth[i], g ? g->in_percent() : 0.0));
                growth_reasons_seen.insert(g.why());

                const condition_assessment e = evaluate_one(what, cmp, used[i]);
                ASSERT_EQ(verdicts[i], e.outcome);
                verdicts_seen.insert(e.outcome);
                if (e.outcome == verdict::not_assessable) {
                    ASSERT_EQ(why[i], e.why);
                    ASSERT_TRUE(same_bits(margins[i], 0.0));
                } else if (e.margin.ok()) {
                    ASSERT_EQ(why[i], reason::none);
                    ASSERT_EQ(margin_why[i], reason::none);
                    ASSERT_TRUE(same_bits(margins[i], *e.margin));
                } else {  // a margin beyond DBL_MAX, or from an infinite threshold
                    ASSERT_EQ(why[i], reason::none);
                    ASSERT_EQ(margin_why[i], e.margin.why());
                    ASSERT_TRUE(same_bits(margins[i], 0.0));
                    margin_reasons_seen.insert(e.margin.why());
                }
                ++compared;
            }
        }
    }
    // The data reaches every verdict a deadline gives and every way growth fails.
    EXPECT_EQ(verdicts_seen,
              (std::set<verdict>{verdict::exceeded, verdict::achieved, verdict::not_achieved, verdict::not_assessable}));
    EXPECT_EQ(growth_reasons_seen, (std::set<reason>{reason::none, reason::zero_base, reason::opposite_signs,
                                                     reason::not_finite, reason::overflow}));
    EXPECT_EQ(margin_reasons_seen, (std::set<reason>{reason::not_finite}));
    EXPECT_GT(compared, 30000u);
}

// A column of one comparator runs on SIMD lanes (kernel::f64x2, eight rows at
// a time, the rest one by one); a row gives the same bits wherever it falls:
// in either lane, in any of the eight, in the rows left over, or judged alone
// (evaluate_row, one double). Each row is put at every offset 0..8.
TEST(BatchEngine, LanesGiveTheBitsOfOneRowAtATime) {
    std::size_t compared = 0;
    for (const measure what : {measure::level, measure::growth}) {
        for (const comparator cmp : every_comparator) {
            const auto rows = generated_rows(what, true);
            const std::size_t n = rows.size();
            std::vector<double> values(n + 8, 1.0), priors(n + 8, 1.0), thresholds(n + 8, 0.0), uppers(n + 8, 0.0);
            for (std::size_t shift = 0; shift <= 8; shift += 3) {
                for (std::size_t i = 0; i < n; ++i) {
                    values[shift + i] = rows[i].value;
                    priors[shift + i] = rows[i].prior;
                    thresholds[shift + i] = rows[i].threshold;
                    uppers[shift + i] = rows[i].upper;
                }
                const std::size_t m = n + shift;
                std::vector<double> growth(m, -1.0), margins(m, -1.0);
                std::vector<reason> growth_why(m, reason::no_data), why(m, reason::no_data),
                    margin_why(m, reason::no_data);
                std::vector<verdict> verdicts(m, verdict::pending);
                const batch_inputs in{std::span(values).first(m), std::span(priors).first(m),
                                      std::span(thresholds).first(m), {}, cmp, std::span(uppers).first(m), what};
                ASSERT_EQ(evaluate_batch(in, {growth, growth_why, verdicts, margins, why, margin_why}), reason::none);
                for (std::size_t i = 0; i < m; ++i) {
                    const batch_row r = evaluate_row(what, cmp, values[i], priors[i], thresholds[i], uppers[i]);
                    SCOPED_TRACE(describe_row(what, cmp, {values[i], priors[i], thresholds[i], uppers[i]}) +
                                 " at row " + std::to_string(i));
                    ASSERT_TRUE(same_bits(growth[i], r.growth_percent));
                    ASSERT_EQ(growth_why[i], r.growth_why);
                    ASSERT_EQ(verdicts[i], r.outcome);
                    ASSERT_TRUE(same_bits(margins[i], r.margin));
                    ASSERT_EQ(why[i], r.why);
                    ASSERT_EQ(margin_why[i], r.margin_why);
                    ++compared;
                }
            }
        }
    }
    EXPECT_GT(compared, 100000u);
}

#if defined(PLANTARGET_KERNEL_SIMD)
// The kernel's primitives on two lanes are, lane by lane, the primitives on
// one double: the growth and its reason, the decision and the margin.
TEST(BatchEngine, KernelLanesAreTheScalarKernel) {
    using kernel::f64x2;
    const auto lane = [](f64x2 v, int k) {
        double out[2];
        v.store(out);
        return out[k];
    };
    const auto code = [](kernel::c64x2 c, int k) {
        std::uint8_t out[8];
        kernel::store_codes(out, c, c, c, c);
        return out[k];
    };
    const auto mask = [](kernel::m64x2 m, int k) { return ((_mm_movemask_pd(m.v) >> k) & 1) != 0; };
    const std::vector<double> xs{0.0, -0.0, 1.0, -1.0, 2.5, 1e308, -1e308, 1e-310, nan, inf, -inf};
    for (const double a : xs)
        for (const double b : xs) {
            SCOPED_TRACE(std::to_string(a) + " " + std::to_string(b));
            const f64x2 va(_mm_set_pd(b, a)), vb(_mm_set_pd(a, b));  // (a, b) and (b, a)
            const kernel::growth_lanes<f64x2> g = kernel::growth_of_lanes(va, vb);
            for (int k = 0; k < 2; ++k) {
                const double cur = k == 0 ? a : b, base = k == 0 ? b : a;
                const kernel::growth_lanes<double> s = kernel::growth_of_lanes(cur, base);
                EXPECT_EQ(code(g.why, k), static_cast<std::uint8_t>(s.why));
                EXPECT_EQ(mask(g.defined, k), s.defined);
                if (s.defined) {
                    EXPECT_TRUE(same_bits(lane(g.percent, k), s.percent));
                }
                for (const comparator cmp : every_comparator) {
                    const auto dv = kernel::holds(cmp, kernel::point(va), vb, va);
                    const kernel::decision ds = kernel::holds(cmp, kernel::point(cur), base, cur);
                    EXPECT_EQ(mask(dv.met, k), ds.met);
                    EXPECT_EQ(mask(dv.missed, k), ds.missed);
                    EXPECT_TRUE(same_bits(lane(kernel::margin(cmp, va, vb, va), k), kernel::margin(cmp, cur, base, cur)));
                }
            }
        }
}
#endif

// A column of comparators gives what one comparator for all gives, row by row.
TEST(BatchEngine, ComparatorColumnEqualsOneComparatorForAll) {
    for (const measure what : {measure::level, measure::growth}) {
        const auto rows = generated_rows(what, true);
        const std::size_t n = rows.size();
        std::vector<double> values(n), priors(n), thresholds(n), uppers(n);
        std::vector<comparator> cmps(n);
        for (std::size_t i = 0; i < n; ++i) {
            values[i] = rows[i].value;
            priors[i] = rows[i].prior;
            thresholds[i] = rows[i].threshold;
            uppers[i] = rows[i].upper;
            cmps[i] = every_comparator[i % every_comparator.size()];
        }
        std::vector<verdict> mixed(n);
        std::vector<double> mixed_margin(n);
        ASSERT_EQ(evaluate_batch({values, priors, thresholds, cmps, comparator::at_least, uppers, what},
                                 {{}, {}, mixed, mixed_margin, {}}),
                  reason::none);
        for (const comparator cmp : every_comparator) {
            std::vector<verdict> fixed(n);
            std::vector<double> fixed_margin(n);
            ASSERT_EQ(evaluate_batch({values, priors, thresholds, {}, cmp, uppers, what}, {{}, {}, fixed, fixed_margin, {}}),
                      reason::none);
            for (std::size_t i = 0; i < n; ++i) {
                if (cmps[i] != cmp) continue;
                ASSERT_EQ(mixed[i], fixed[i]) << describe_row(what, cmp, rows[i]);
                ASSERT_TRUE(same_bits(mixed_margin[i], fixed_margin[i])) << describe_row(what, cmp, rows[i]);
            }
        }
    }
}

TEST(BatchEngine, RefusesColumnsOfTheWrongLength) {
    std::vector<double> values{1, 2, 3}, priors{1, 2}, thresholds{1, 2, 3};
    std::vector<verdict> verdicts(3, verdict::pending);
    EXPECT_EQ(evaluate_batch({values, priors, thresholds}, {{}, {}, verdicts, {}, {}}), reason::invalid_argument);
    priors.push_back(3);
    std::vector<verdict> short_verdicts(2, verdict::pending);
    EXPECT_EQ(evaluate_batch({values, priors, thresholds}, {{}, {}, short_verdicts, {}, {}}),
              reason::invalid_argument);
    std::vector<comparator> two_cmps(2);
    EXPECT_EQ(evaluate_batch({values, priors, thresholds, two_cmps}, {{}, {}, verdicts, {}, {}}),
              reason::invalid_argument);
    // measure::completion needs a plan column the batch does not have.
    EXPECT_EQ(evaluate_batch({values, priors, thresholds, {}, comparator::at_least, {}, measure::completion},
                             {{}, {}, verdicts, {}, {}}),
              reason::invalid_argument);
    EXPECT_EQ(evaluate_batch_parallel({values, priors, thresholds, two_cmps}, {{}, {}, verdicts, {}, {}}, 2, 1),
              reason::invalid_argument);
    // A number cast to comparator that names none of them.
    const auto no_comparator = static_cast<comparator>(200);
    EXPECT_EQ(evaluate_batch({values, priors, thresholds, {}, no_comparator}, {{}, {}, verdicts, {}, {}}),
              reason::invalid_argument);
    // Nothing was written by the refused calls.
    EXPECT_EQ(verdicts, std::vector<verdict>(3, verdict::pending));
    // The lengths fixed, the same columns are accepted: 1 >= 1, 2 >= 2, 3 >= 3, all achieved.
    EXPECT_EQ(evaluate_batch({values, priors, thresholds}, {{}, {}, verdicts, {}, {}}), reason::none);
    EXPECT_EQ(verdicts, std::vector<verdict>(3, verdict::achieved));
    // In a comparator column the same number makes its row, and only its row, not assessable.
    std::vector<comparator> cmps{comparator::at_least, no_comparator, comparator::at_most};
    std::vector<reason> why(3, reason::no_data);
    EXPECT_EQ(evaluate_batch({values, priors, thresholds, cmps}, {{}, {}, verdicts, {}, why}), reason::none);
    // 1 >= 1 achieved; row 2 undecidable; 3 <= 3 achieved.
    EXPECT_EQ(verdicts, (std::vector<verdict>{verdict::achieved, verdict::not_assessable, verdict::achieved}));
    EXPECT_EQ(why, (std::vector<reason>{reason::none, reason::invalid_argument, reason::none}));
    // An empty batch is a batch.
    EXPECT_EQ(evaluate_batch({}, {}), reason::none);
    EXPECT_EQ(evaluate_batch_parallel({}, {}, 8, 1), reason::none);
}

// Output columns left empty are skipped; the others are as in a full run.
TEST(BatchEngine, EmptyOutputColumnsAreNotWritten) {
    const batch_columns cols(3000);
    batch_results full(3000);
    ASSERT_EQ(evaluate_batch(cols.inputs(measure::level), full.outputs()), reason::none);
    std::vector<verdict> only_verdicts(3000, verdict::pending);
    ASSERT_EQ(evaluate_batch(cols.inputs(measure::level), {{}, {}, only_verdicts, {}, {}}), reason::none);
    EXPECT_EQ(only_verdicts, full.verdicts);
}

}  // namespace

// A margin beyond DBL_MAX in the middle of a column is a reason at that row
// alone, as evaluate() gives it; the rows around it keep their margins.
TEST(BatchEngine, MarginThatIsNoNumberIsAReasonAtItsRow) {
    const std::size_t n = 1000, odd = 613;
    std::vector<double> values(n, 5.0), priors(n, 4.0), thresholds(n, 2.0);
    values[odd] = -1.7e308;
    thresholds[odd] = 1e308;
    thresholds[odd + 1] = inf;  // a margin from an infinite threshold: not_finite
    std::vector<double> margins(n, -1.0);
    std::vector<reason> why(n), margin_why(n, reason::zero_base);
    std::vector<verdict> verdicts(n);
    const batch_inputs in{values, priors, thresholds, {}, comparator::at_most, {}, measure::level};
    ASSERT_EQ(evaluate_batch(in, {{}, {}, verdicts, margins, why, margin_why}), reason::none);
    for (std::size_t i = 0; i < n; ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(why[i], reason::none);
        if (i == odd) {
            EXPECT_EQ(verdicts[i], verdict::exceeded);
            EXPECT_EQ(margin_why[i], reason::overflow);
            EXPECT_TRUE(same_bits(margins[i], 0.0));
        } else if (i == odd + 1) {
            EXPECT_EQ(margin_why[i], reason::not_finite);
            EXPECT_TRUE(same_bits(margins[i], 0.0));
        } else {
            EXPECT_EQ(margin_why[i], reason::none);
            EXPECT_EQ(margins[i], -3.0);
        }
    }
}
