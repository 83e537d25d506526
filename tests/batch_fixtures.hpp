// Generated batch columns and result columns, shared by the batch tests
// (tests/test_batch.cpp) and the concurrency tests (tests/threads/), which
// are a binary of their own so that ThreadSanitizer builds only them.
#pragma once

#include <plantarget/batch.hpp>

#include <array>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <limits>
#include <random>
#include <vector>

namespace plantarget::batch_test {

inline constexpr std::array<comparator, 10> every_comparator{
    comparator::at_least,     comparator::more_than,    comparator::at_most,
    comparator::less_than,    comparator::about,        comparator::between,
    comparator::dynamic_zero, comparator::rank_at_most, comparator::among_top,
    comparator::milestone_at_least};

// n random rows from a fixed seed: levels and growth thresholds, with a zero
// base, a NaN value and a sign flip in about one row in a hundred each, and a
// comparator column covering every comparator.
struct batch_columns {
    std::vector<double> values, priors, thresholds, uppers;
    std::vector<comparator> cmps;
    explicit batch_columns(std::size_t n) : values(n), priors(n), thresholds(n), uppers(n), cmps(n) {
        std::mt19937_64 rng(7);
        std::uniform_real_distribution<double> level(-10.0, 1000.0), pct(-20.0, 40.0);
        std::uniform_int_distribution<int> pick(0, 99);
        for (std::size_t i = 0; i < n; ++i) {
            priors[i] = level(rng);
            values[i] = priors[i] * (1.0 + pct(rng) / 100.0);
            const int k = pick(rng);
            if (k == 0) priors[i] = 0.0;
            if (k == 1) values[i] = std::numeric_limits<double>::quiet_NaN();
            if (k == 2) values[i] = -values[i];
            thresholds[i] = pct(rng);
            uppers[i] = std::abs(pct(rng));
            cmps[i] = every_comparator[static_cast<std::size_t>(pick(rng)) % every_comparator.size()];
        }
    }
    [[nodiscard]] batch_inputs inputs(measure what) const {
        return {values, priors, thresholds, cmps, comparator::at_least, uppers, what};
    }
};

struct batch_results {
    std::vector<double> growth, margins;
    std::vector<reason> growth_why, why;
    std::vector<verdict> verdicts;
    explicit batch_results(std::size_t n)
        // Filled with values no row produces, so an unwritten row shows.
        : growth(n, -7.0), margins(n, -7.0), growth_why(n, reason::no_data), why(n, reason::no_data),
          verdicts(n, verdict::pending) {}
    [[nodiscard]] batch_outputs outputs() { return {growth, growth_why, verdicts, margins, why}; }
    [[nodiscard]] bool same_bits_as(const batch_results& o) const {
        const auto bytes = [](const auto& v) { return v.size() * sizeof(v[0]); };
        return growth.size() == o.growth.size() &&
               std::memcmp(growth.data(), o.growth.data(), bytes(growth)) == 0 &&
               std::memcmp(margins.data(), o.margins.data(), bytes(margins)) == 0 &&
               std::memcmp(growth_why.data(), o.growth_why.data(), bytes(growth_why)) == 0 &&
               std::memcmp(why.data(), o.why.data(), bytes(why)) == 0 &&
               std::memcmp(verdicts.data(), o.verdicts.data(), bytes(verdicts)) == 0;
    }
};

}  // namespace plantarget::batch_test
