// The generated rows of the batch benchmarks, and the hand-written loop the
// batch engine is measured against. The rows come from splitmix64 with a fixed
// seed, so every run (and pandas_compare.py, through the file written by
// `plantarget_bench_batch --write-data`) sees the same numbers.
#pragma once

#include <plantarget/batch.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace plantarget_bench {

// Bytes one row moves: value, prior and threshold read (3 x 8); growth and
// margin written (2 x 8) with a growth reason, a verdict and a reason (3 x 1).
inline constexpr std::size_t batch_bytes_per_row = 3 * 8 + 2 * 8 + 3;

// splitmix64 (Steele, Lea, Flood 2014): one 64-bit state, full period, fast.
struct splitmix64 {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
};

struct batch_columns {
    std::vector<double> values, priors, thresholds;
};

// Indicator-periods as a district's monthly data might give them: prior-year
// levels of 10 to 1000, growth of -20 % to +40 %, growth targets of 0 to 15 %;
// 1 % of rows with a zero base, 1 % with the sign flipped, 0.5 % with a NaN
// value and 0.5 % with an infinite prior, so every path of growth_of is taken.
inline batch_columns generate_batch_columns(std::size_t n, std::uint64_t seed = 2026) {
    batch_columns c;
    c.values.resize(n);
    c.priors.resize(n);
    c.thresholds.resize(n);
    splitmix64 rng{seed};
    for (std::size_t i = 0; i < n; ++i) {
        double prior = 10.0 + 990.0 * rng.unit();
        double value = prior * (1.0 + (-20.0 + 60.0 * rng.unit()) / 100.0);
        const double threshold = 15.0 * rng.unit();
        const double special = rng.unit();
        if (special < 0.01) prior = 0.0;
        else if (special < 0.02) value = -value;
        else if (special < 0.025) value = std::numeric_limits<double>::quiet_NaN();
        else if (special < 0.03) prior = std::numeric_limits<double>::infinity();
        c.values[i] = value;
        c.priors[i] = prior;
        c.thresholds[i] = threshold;
    }
    return c;
}

struct batch_result_columns {
    std::vector<double> growth, margins;
    std::vector<plantarget::reason> growth_why, why;
    std::vector<plantarget::verdict> verdicts;
    explicit batch_result_columns(std::size_t n)
        : growth(n), margins(n), growth_why(n), why(n), verdicts(n) {}
    [[nodiscard]] plantarget::batch_outputs outputs() { return {growth, growth_why, verdicts, margins, why}; }
};

// The minimal hand-written loop for "growth of at least X %" (issue 15's
// baseline): growth = value / prior - 1 where prior > 0, in percent as the
// engine gives it, the margin, a verdict byte; nothing else (no reasons, no
// not-finite inputs, no opposite signs, no overflow). The limit a batch
// engine is measured against, not the same work.
inline void minimal_growth_target_loop(const double* values, const double* priors, const double* thresholds,
                                       std::size_t n, double* growth, double* margins,
                                       plantarget::verdict* verdicts) {
    using plantarget::verdict;
    for (std::size_t i = 0; i < n; ++i) {
        const double before = priors[i];
        const double g = before > 0.0 ? (values[i] / before - 1.0) * 100.0 : 0.0;
        growth[i] = g;
        margins[i] = g - thresholds[i];
        verdicts[i] = before > 0.0 ? (g >= thresholds[i] ? verdict::achieved : verdict::not_achieved)
                                   : verdict::not_assessable;
    }
}

// What a programmer writes without the library to get the engine's results:
// year-on-year growth with its undefined cases, the check, the verdict, the
// reasons. The same work as the engine (bench_batch.cpp checks the bits).
inline void same_work_growth_target_loop(const double* values, const double* priors, const double* thresholds,
                                   std::size_t n, double* growth, plantarget::reason* growth_why,
                                   plantarget::verdict* verdicts, double* margins, plantarget::reason* why) {
    using plantarget::reason;
    using plantarget::verdict;
    for (std::size_t i = 0; i < n; ++i) {
        const double now = values[i], before = priors[i], x = thresholds[i];
        double g = 0.0;
        reason gr = reason::none;
        if (!std::isfinite(now) || !std::isfinite(before)) gr = reason::not_finite;
        else if (before == 0.0) gr = reason::zero_base;
        else if ((now < 0.0 && before > 0.0) || (now > 0.0 && before < 0.0)) gr = reason::opposite_signs;
        else {
            const double f = now / before - 1.0;
            if (std::isfinite(f)) g = f * 100.0;
            else gr = reason::overflow;
        }
        growth[i] = g;
        growth_why[i] = gr;
        if (gr != reason::none || std::isnan(x)) {
            verdicts[i] = verdict::not_assessable;
            margins[i] = 0.0;
            why[i] = gr != reason::none ? gr : reason::not_finite;
        } else {
            verdicts[i] = g >= x ? verdict::achieved : verdict::not_achieved;
            margins[i] = g - x;
            why[i] = reason::none;
        }
    }
}

}  // namespace plantarget_bench
