// The batch engine (year-on-year growth, a growth target check, margin,
// verdict and reasons) on 10^4 to 10^7 rows, on 1 and 2 threads, against:
//  - minimal_loop, the baseline: the minimal hand-written loop (growth where
//    the prior is positive, margin, a verdict byte; batch_data.hpp);
//  - same_work_loop: a hand-written loop giving the engine's results, bit
//    for bit (checked);
//  - two memory-bandwidth references measured in the same binary: a
//    STREAM-like read of as many bytes as a row moves, and a loop that only
//    moves a row's bytes.
// The ratios printed at the end are of median wall times; engine / stream
// read time is the inverse of the engine's bytes/s over STREAM's.
//
// Own flags, before the Google Benchmark ones:
//   --rows=N[,N...]   row counts to run (default 10000,100000,1000000,10000000)
//   --write-data=PATH --rows=N   write the generated rows to PATH for
//                     pandas_compare.py, print the engine's counts as JSON, exit
#include "batch_data.hpp"
#include "budget_reporter.hpp"

#include <plantarget/batch.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace plantarget;
using namespace plantarget_bench;

// Rows and their results, made once per row count and shared by the benchmarks.
struct batch_fixture {
    batch_columns in;
    batch_result_columns engine_out, raw_out, minimal_out;
    explicit batch_fixture(std::size_t n)
        : in(generate_batch_columns(n)), engine_out(n), raw_out(n), minimal_out(n) {}
    [[nodiscard]] batch_inputs inputs() const {
        return {in.values, in.priors, in.thresholds, {}, comparator::at_least, {}, measure::growth};
    }
};

batch_fixture& fixture_for(std::size_t n) {
    static std::map<std::size_t, std::unique_ptr<batch_fixture>> cache;
    auto& f = cache[n];
    if (!f) f = std::make_unique<batch_fixture>(n);
    return *f;
}

// Splits [0, n) as evaluate_batch_parallel does (chunks of at least 16384
// rows, ends on 64-row lines), so both sides pay the same for threads.
template <class Chunk>
void split_rows(std::size_t n, unsigned threads, Chunk&& run) {
    const std::size_t workers = std::min<std::size_t>(threads, std::max<std::size_t>(1, n / 16384));
    const auto start = [&](std::size_t k) { return k >= workers ? n : std::min(n, (n / workers * k) / 64 * 64); };
    std::vector<std::jthread> pool;
    for (std::size_t k = 0; k + 1 < workers; ++k)
        pool.emplace_back([&, k] { run(start(k), start(k + 1) - start(k)); });
    run(start(workers - 1), n - start(workers - 1));
}

void set_rates(benchmark::State& st, std::size_t n, std::size_t bytes_per_row) {
    st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations()) * static_cast<std::int64_t>(n * bytes_per_row));
    st.counters["rows/s"] = benchmark::Counter(static_cast<double>(n), benchmark::Counter::kIsIterationInvariantRate);
}

void batch_engine(benchmark::State& st) {
    const auto n = static_cast<std::size_t>(st.range(0));
    const auto threads = static_cast<unsigned>(st.range(1));
    batch_fixture& f = fixture_for(n);
    const batch_inputs in = f.inputs();
    const batch_outputs out = f.engine_out.outputs();
    for (auto _ : st) {
        const reason r = evaluate_batch_parallel(in, out, threads);
        benchmark::DoNotOptimize(r);
        benchmark::ClobberMemory();
    }
    set_rates(st, n, batch_bytes_per_row);
}

void minimal_loop(benchmark::State& st) {
    const auto n = static_cast<std::size_t>(st.range(0));
    const auto threads = static_cast<unsigned>(st.range(1));
    batch_fixture& f = fixture_for(n);
    auto& o = f.minimal_out;
    const auto run = [&](std::size_t first, std::size_t count) {
        minimal_growth_target_loop(f.in.values.data() + first, f.in.priors.data() + first,
                                   f.in.thresholds.data() + first, count, o.growth.data() + first,
                                   o.margins.data() + first, o.verdicts.data() + first);
    };
    for (auto _ : st) {
        split_rows(n, threads, run);
        benchmark::ClobberMemory();
    }
    set_rates(st, n, batch_bytes_per_row);
}

void same_work_loop(benchmark::State& st) {
    const auto n = static_cast<std::size_t>(st.range(0));
    const auto threads = static_cast<unsigned>(st.range(1));
    batch_fixture& f = fixture_for(n);
    auto& o = f.raw_out;
    const auto run = [&](std::size_t first, std::size_t count) {
        same_work_growth_target_loop(f.in.values.data() + first, f.in.priors.data() + first,
                                     f.in.thresholds.data() + first, count, o.growth.data() + first,
                                     o.growth_why.data() + first, o.verdicts.data() + first,
                                     o.margins.data() + first, o.why.data() + first);
    };
    for (auto _ : st) {
        split_rows(n, threads, run);
        benchmark::ClobberMemory();
    }
    set_rates(st, n, batch_bytes_per_row);
    // The comparison is fair only if both do the same work: same results, bit for bit.
    auto& e = f.engine_out;
    if (evaluate_batch(f.inputs(), e.outputs()) != reason::none ||
        std::memcmp(e.growth.data(), o.growth.data(), n * sizeof(double)) != 0 ||
        std::memcmp(e.margins.data(), o.margins.data(), n * sizeof(double)) != 0 ||
        std::memcmp(e.verdicts.data(), o.verdicts.data(), n) != 0 ||
        std::memcmp(e.why.data(), o.why.data(), n) != 0 || std::memcmp(e.growth_why.data(), o.growth_why.data(), n) != 0)
        st.SkipWithError("the same-work loop and the batch engine disagree");
}

// STREAM-like read: sums as many bytes as a batch row moves, as 64-bit
// integers in four lanes, so the loop is bound by memory, not by an add chain.
void stream_read(benchmark::State& st) {
    const auto n = static_cast<std::size_t>(st.range(0));
    const auto threads = static_cast<unsigned>(st.range(1));
    const std::size_t words = n * batch_bytes_per_row / 8;
    static std::map<std::size_t, std::vector<std::uint64_t>> arrays;
    auto& a = arrays[words];
    if (a.size() != words) {
        a.resize(words);
        for (std::size_t i = 0; i < words; ++i) a[i] = i;
    }
    for (auto _ : st) {
        split_rows(words, threads, [&](std::size_t first, std::size_t count) {
            const std::uint64_t* p = a.data() + first;
            std::uint64_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            std::size_t i = 0;
            for (; i + 4 <= count; i += 4) {
                s0 += p[i];
                s1 += p[i + 1];
                s2 += p[i + 2];
                s3 += p[i + 3];
            }
            for (; i < count; ++i) s0 += p[i];
            benchmark::DoNotOptimize(s0 + s1 + s2 + s3);
        });
    }
    st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations()) * static_cast<std::int64_t>(words * 8));
}

// The memory traffic of a batch row and nothing else: three doubles read, two
// doubles and three bytes written. The floor under any batch loop.
void row_traffic(benchmark::State& st) {
    const auto n = static_cast<std::size_t>(st.range(0));
    const auto threads = static_cast<unsigned>(st.range(1));
    batch_fixture& f = fixture_for(n);
    auto& o = f.raw_out;
    for (auto _ : st) {
        split_rows(n, threads, [&](std::size_t first, std::size_t count) {
            const double* v = f.in.values.data() + first;
            const double* p = f.in.priors.data() + first;
            const double* t = f.in.thresholds.data() + first;
            double* g = o.growth.data() + first;
            double* m = o.margins.data() + first;
            auto* gw = o.growth_why.data() + first;
            auto* vd = o.verdicts.data() + first;
            auto* w = o.why.data() + first;
            for (std::size_t i = 0; i < count; ++i) {
                g[i] = v[i];
                m[i] = p[i] - t[i];
                gw[i] = reason::none;
                vd[i] = verdict::achieved;
                w[i] = reason::none;
            }
        });
        benchmark::ClobberMemory();
    }
    set_rates(st, n, batch_bytes_per_row);
}

std::vector<std::int64_t> parse_rows(const char* list) {
    std::vector<std::int64_t> rows;
    for (const char* p = list; *p != '\0';) {
        char* end = nullptr;
        const double v = std::strtod(p, &end);  // accepts 1e7 as well as 10000000
        if (end == p || v < 1) return {};
        rows.push_back(static_cast<std::int64_t>(v));
        p = *end == ',' ? end + 1 : end;
        if (*end != ',' && *end != '\0') return {};
    }
    return rows;
}

// Writes the rows for pandas_compare.py: "PTBATCH1", the row count as a
// little-endian uint64, then the values, priors and thresholds as float64
// arrays. Prints what the engine finds in them, as JSON: counts by verdict and
// by growth reason, and the sums of the growth and margin columns.
int write_data(const char* path, std::size_t n) {
    const batch_columns c = generate_batch_columns(n);
    std::FILE* f = std::fopen(path, "wb");
    if (f == nullptr) {
        std::fprintf(stderr, "cannot write %s\n", path);
        return 1;
    }
    const std::uint64_t count = n;
    bool ok = std::fwrite("PTBATCH1", 1, 8, f) == 8 && std::fwrite(&count, sizeof count, 1, f) == 1;
    for (const auto* col : {&c.values, &c.priors, &c.thresholds})
        ok = ok && std::fwrite(col->data(), sizeof(double), n, f) == n;
    ok = std::fclose(f) == 0 && ok;
    if (!ok) {
        std::fprintf(stderr, "short write to %s\n", path);
        return 1;
    }
    batch_result_columns r(n);
    if (evaluate_batch({c.values, c.priors, c.thresholds, {}, comparator::at_least, {}, measure::growth},
                       r.outputs()) != reason::none)
        return 1;
    std::map<std::string, long> verdicts, reasons;
    double growth_sum = 0.0, margin_sum = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        ++verdicts[std::string(to_string(r.verdicts[i]))];
        ++reasons[std::string(describe(r.growth_why[i]))];
        growth_sum += r.growth[i];
        margin_sum += r.margins[i];
    }
    const auto print_map = [](const std::map<std::string, long>& m) {
        const char* sep = "";
        for (const auto& [k, v] : m) {
            std::printf("%s\"%s\": %ld", sep, k.c_str(), v);
            sep = ", ";
        }
    };
    std::printf("{\"rows\": %zu, \"verdicts\": {", n);
    print_map(verdicts);
    std::printf("}, \"growth_reasons\": {");
    print_map(reasons);
    std::printf("}, \"growth_sum\": %.17g, \"margin_sum\": %.17g}\n", growth_sum, margin_sum);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::int64_t> rows{10'000, 100'000, 1'000'000, 10'000'000};
    const char* data_path = nullptr;
    std::vector<char*> rest{argv[0]};
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a.rfind("--rows=", 0) == 0) {
            rows = parse_rows(argv[i] + 7);
            if (rows.empty()) {
                std::fprintf(stderr, "--rows takes row counts separated by commas: %s\n", argv[i]);
                return 2;
            }
        } else if (a.rfind("--write-data=", 0) == 0) {
            data_path = argv[i] + 13;
        } else {
            rest.push_back(argv[i]);
        }
    }
    if (data_path != nullptr) return write_data(data_path, static_cast<std::size_t>(rows.front()));

    // Whether the engine's columns of one comparator run on SIMD lanes (kernel.hpp).
#if defined(PLANTARGET_KERNEL_SIMD)
    std::printf("kernel: SSE2 lanes of two rows (kernel::f64x2) for columns of one comparator\n");
#else
    std::printf("kernel: one row at a time (no SIMD lanes for this target)\n");
#endif
    for (const auto& [name, fn] :
         {std::pair{"batch_engine", &batch_engine}, std::pair{"minimal_loop", &minimal_loop},
          std::pair{"same_work_loop", &same_work_loop}, std::pair{"row_traffic", &row_traffic},
          std::pair{"stream_read", &stream_read}}) {
        auto* b = benchmark::RegisterBenchmark(name, fn);
        b->ArgNames({"rows", "threads"})->UseRealTime()->Unit(benchmark::kMicrosecond);
        for (const auto n : rows)
            for (const std::int64_t threads : {1, 2}) b->Args({n, threads});
    }

    budget_reporter reporter(
        clock_used::wall,
        // Issue 15: within 1.25x of the minimal loop at 10^7 rows, 2x at 10^5.
        {{"engine / minimal, 10^7 rows", "batch_engine/rows:10000000/", "minimal_loop/rows:10000000/", 1.25},
         {"engine / minimal, 10^5 rows", "batch_engine/rows:100000/", "minimal_loop/rows:100000/", 2.0}},
        {{"batch engine / minimal loop", "batch_engine/", "minimal_loop/"},
         {"batch engine / same-work loop", "batch_engine/", "same_work_loop/"},
         {"batch engine / stream read", "batch_engine/", "stream_read/"},
         {"minimal loop / stream read", "minimal_loop/", "stream_read/"},
         {"batch engine / row traffic", "batch_engine/", "row_traffic/"},
         {"row traffic / stream read", "row_traffic/", "stream_read/"}},
        {});
    reporter.print_cpu_ratios_too();
    int rest_argc = static_cast<int>(rest.size());
    return run_with_budgets(rest_argc, rest.data(), reporter);
}
