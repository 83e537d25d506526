// The concurrent batch paths: evaluate_batch_parallel equals the serial run
// bit for bit (rows in the year too), and many threads on the same inputs
// give the same results.
// A binary of its own (ctest label "threads") so that the ThreadSanitizer
// preset builds and runs these alone.
#include "batch_fixtures.hpp"

#include <plantarget/batch.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <set>
#include <thread>
#include <utility>
#include <vector>

namespace {

using namespace plantarget;
using namespace plantarget::batch_test;

TEST(BatchParallel, EqualsSerialBitForBit) {
    // Sizes that do and do not divide into 64-row lines, and fewer rows than threads.
    for (const std::size_t n : {std::size_t{5}, std::size_t{1000}, std::size_t{100003}}) {
        const batch_columns cols(n);
        for (const measure what : {measure::level, measure::growth}) {
            batch_results serial(n);
            ASSERT_EQ(evaluate_batch(cols.inputs(what), serial.outputs()), reason::none);
            EXPECT_EQ(std::count(serial.verdicts.begin(), serial.verdicts.end(), verdict::pending), 0);
            for (const unsigned threads : {1u, 2u, 8u}) {
                for (const std::size_t min_rows : {std::size_t{1}, std::size_t{16384}}) {
                    batch_results parallel(n);
                    ASSERT_EQ(evaluate_batch_parallel(cols.inputs(what), parallel.outputs(), threads, min_rows),
                              reason::none);
                    EXPECT_TRUE(parallel.same_bits_as(serial))
                        << "n=" << n << " threads=" << threads << " min_rows=" << min_rows;
                }
            }
        }
    }
}

// Many threads read the same inputs at once, each writing its own outputs,
// some of them splitting their share again.
TEST(BatchParallel, ManyThreadsOnTheSameInputsGiveIdenticalResults) {
    constexpr std::size_t n = 20000;
    const batch_columns cols(n);
    const batch_inputs in = cols.inputs(measure::growth);
    batch_results serial(n);
    ASSERT_EQ(evaluate_batch(in, serial.outputs()), reason::none);

    constexpr int workers = 8;
    std::vector<batch_results> results(workers, batch_results(n));
    std::vector<reason> status(workers, reason::no_data);
    {
        std::vector<std::jthread> pool;
        for (int w = 0; w < workers; ++w)
            pool.emplace_back([&, w] {
                const auto k = static_cast<std::size_t>(w);
                status[k] = w % 2 == 0 ? evaluate_batch(in, results[k].outputs())
                                       : evaluate_batch_parallel(in, results[k].outputs(), 3, 1000);
            });
    }
    for (int w = 0; w < workers; ++w) {
        const auto k = static_cast<std::size_t>(w);
        EXPECT_EQ(status[k], reason::none);
        EXPECT_TRUE(results[k].same_bits_as(serial)) << "worker " << w;
    }
}

TEST(BatchParallel, RowsInTheYearEqualSerial) {
    // Rows in the year go through evaluate(), one by one on each thread.
    const std::size_t n = 8000;
    std::vector<double> values(n), priors(n, 100.0), thresholds(n, 100.0);
    std::vector<std::uint8_t> covered(n);
    std::vector<nature> natures(n);
    for (std::size_t i = 0; i < n; ++i) {
        values[i] = 30.0 + static_cast<double>(i % 80);
        covered[i] = static_cast<std::uint8_t>(1 + i % 12);
        natures[i] = static_cast<nature>(i % 4);
    }
    batch_inputs in{values, priors, thresholds};
    in.months_covered = covered;
    in.natures = natures;
    const auto run = [&](unsigned threads) {
        std::vector<verdict> verdicts(n);
        std::vector<double> expected(n);
        batch_outputs out;
        out.verdicts = verdicts;
        out.expected_to_date = expected;
        EXPECT_EQ(evaluate_batch_parallel(in, out, threads, 500), reason::none);
        return std::pair{verdicts, expected};
    };
    const auto serial = run(1), parallel = run(2);
    EXPECT_EQ(serial.first, parallel.first);
    EXPECT_EQ(serial.second, parallel.second);
    // Every in-year verdict occurs, and those of the deadline (12 months).
    std::set<verdict> seen(serial.first.begin(), serial.first.end());
    EXPECT_TRUE(seen.count(verdict::ahead_of_schedule) && seen.count(verdict::behind_schedule) &&
                seen.count(verdict::on_schedule) && seen.count(verdict::exceeded) &&
                seen.count(verdict::not_achieved));
}

}  // namespace
