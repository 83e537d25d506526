// The concurrent batch paths: evaluate_batch_parallel equals the serial run
// bit for bit, and many threads on the same inputs give the same results.
// A binary of its own (ctest label "threads") so that the ThreadSanitizer
// preset builds and runs these alone.
#include "batch_fixtures.hpp"

#include <plantarget/batch.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <thread>
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

}  // namespace
