// The batch engine of today against the batch engine before the one-kernel
// change (f39012e^, "One kernel for evaluate() and the batch"), in one binary,
// on the same generated rows (batch_data.hpp), so that the two see the same
// machine state when run interleaved. Built and run by compare_batch_kernel.sh,
// which extracts the old headers from git under the namespace plantarget_old
// and the include prefix <plantarget_old/...>; not part of the CMake build.
//
// Cases (all evaluate_batch_parallel, every output column written, as
// bench_batch.cpp's batch_engine):
//   growth:  year-on-year growth against "growth >= X %", one comparator
//   level:   the value against "value >= X", one comparator
//   column:  growth mode with a comparator column (at_least / at_most mixed)
// Before the benchmarks run, the two engines' outputs are compared bit for
// bit on every case; a difference fails the run.
//
// Own flags, before the Google Benchmark ones:
//   --rows=N[,N...]      row counts (default 100000,10000000)
//   --threads=T[,T...]   thread counts (default 1,2)
//   --cases=a[,b...]     growth, level, column (default growth,level,column)
#include "batch_data.hpp"
#include "budget_reporter.hpp"

#include <plantarget/batch.hpp>
#include <plantarget_old/batch.hpp>

#include <benchmark/benchmark.h>

#include <bit>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace {

namespace now = plantarget;
namespace old = plantarget_old;
using plantarget_bench::batch_bytes_per_row;

// Output columns of one engine, as raw bytes of the engines' enums (both are
// std::uint8_t with the same codes: reasons are only ever appended).
template <class Reason, class Verdict>
struct out_columns {
    std::vector<double> growth, margins;
    std::vector<Reason> growth_why, why;
    std::vector<Verdict> verdicts;
    explicit out_columns(std::size_t n) : growth(n), margins(n), growth_why(n), why(n), verdicts(n) {}
};

enum class kind { growth, level, column };

struct fixture {
    plantarget_bench::batch_columns in;
    std::vector<now::comparator> now_cmps;
    std::vector<old::comparator> old_cmps;
    out_columns<now::reason, now::verdict> now_out;
    out_columns<old::reason, old::verdict> old_out;
    explicit fixture(std::size_t n)
        : in(plantarget_bench::generate_batch_columns(n)), now_cmps(n), old_cmps(n), now_out(n), old_out(n) {
        // A comparator per row that no branch predictor learns: at_least or
        // at_most by a bit of the row's threshold.
        for (std::size_t i = 0; i < n; ++i) {
            const bool floor = (std::bit_cast<std::uint64_t>(in.thresholds[i]) >> 20 & 1u) != 0;
            now_cmps[i] = floor ? now::comparator::at_least : now::comparator::at_most;
            old_cmps[i] = floor ? old::comparator::at_least : old::comparator::at_most;
        }
    }
};

fixture& fixture_for(std::size_t n) {
    static std::map<std::size_t, std::unique_ptr<fixture>> cache;
    auto& f = cache[n];
    if (!f) f = std::make_unique<fixture>(n);
    return *f;
}

now::batch_inputs now_inputs(const fixture& f, kind k) {
    now::batch_inputs in{f.in.values, f.in.priors, f.in.thresholds};
    in.what = k == kind::level ? now::measure::level : now::measure::growth;
    if (k == kind::column) in.comparators = f.now_cmps;
    return in;
}

old::batch_inputs old_inputs(const fixture& f, kind k) {
    old::batch_inputs in{f.in.values, f.in.priors, f.in.thresholds};
    in.what = k == kind::level ? old::measure::level : old::measure::growth;
    if (k == kind::column) in.comparators = f.old_cmps;
    return in;
}

now::batch_outputs now_outputs(fixture& f) {
    auto& o = f.now_out;
    return {o.growth, o.growth_why, o.verdicts, o.margins, o.why};
}

old::batch_outputs old_outputs(fixture& f) {
    auto& o = f.old_out;
    return {o.growth, o.growth_why, o.verdicts, o.margins, o.why};
}

void set_rates(benchmark::State& st, std::size_t n) {
    st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations()) * static_cast<std::int64_t>(n * batch_bytes_per_row));
    st.counters["ns/row"] = benchmark::Counter(static_cast<double>(n),
                                               benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

template <kind K>
void new_engine(benchmark::State& st) {
    const auto n = static_cast<std::size_t>(st.range(0));
    const auto threads = static_cast<unsigned>(st.range(1));
    fixture& f = fixture_for(n);
    const now::batch_inputs in = now_inputs(f, K);
    const now::batch_outputs out = now_outputs(f);
    for (auto _ : st) {
        const now::reason r = now::evaluate_batch_parallel(in, out, threads);
        benchmark::DoNotOptimize(r);
        benchmark::ClobberMemory();
    }
    set_rates(st, n);
}

template <kind K>
void old_engine(benchmark::State& st) {
    const auto n = static_cast<std::size_t>(st.range(0));
    const auto threads = static_cast<unsigned>(st.range(1));
    fixture& f = fixture_for(n);
    const old::batch_inputs in = old_inputs(f, K);
    const old::batch_outputs out = old_outputs(f);
    for (auto _ : st) {
        const old::reason r = old::evaluate_batch_parallel(in, out, threads);
        benchmark::DoNotOptimize(r);
        benchmark::ClobberMemory();
    }
    set_rates(st, n);
}

// Both engines on every case, one thread: the same bits in every column, or
// the comparison is not of the same work.
bool same_results(std::size_t n, kind k, const char* name) {
    fixture& f = fixture_for(n);
    if (now::evaluate_batch(now_inputs(f, k), now_outputs(f)) != now::reason::none ||
        old::evaluate_batch(old_inputs(f, k), old_outputs(f)) != old::reason::none) {
        std::fprintf(stderr, "%s: an engine refused the columns\n", name);
        return false;
    }
    const auto& a = f.now_out;
    const auto& b = f.old_out;
    const bool same = std::memcmp(a.growth.data(), b.growth.data(), n * sizeof(double)) == 0 &&
                      std::memcmp(a.margins.data(), b.margins.data(), n * sizeof(double)) == 0 &&
                      std::memcmp(a.growth_why.data(), b.growth_why.data(), n) == 0 &&
                      std::memcmp(a.why.data(), b.why.data(), n) == 0 &&
                      std::memcmp(a.verdicts.data(), b.verdicts.data(), n) == 0;
    if (!same) std::fprintf(stderr, "%s, %zu rows: the old and the new engine disagree\n", name, n);
    return same;
}

template <class T>
std::vector<T> parse_list(const char* list) {
    std::vector<T> out;
    for (const char* p = list; *p != '\0';) {
        char* end = nullptr;
        const double v = std::strtod(p, &end);  // accepts 1e7
        if (end == p || v < 1) return {};
        out.push_back(static_cast<T>(v));
        if (*end != ',' && *end != '\0') return {};
        p = *end == ',' ? end + 1 : end;
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::int64_t> rows{100'000, 10'000'000};
    std::vector<std::int64_t> threads{1, 2};
    std::vector<std::string> cases{"growth", "level", "column"};
    std::vector<char*> rest{argv[0]};
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a.rfind("--rows=", 0) == 0) {
            rows = parse_list<std::int64_t>(argv[i] + 7);
        } else if (a.rfind("--threads=", 0) == 0) {
            threads = parse_list<std::int64_t>(argv[i] + 10);
        } else if (a.rfind("--cases=", 0) == 0) {
            cases.clear();
            for (std::size_t p = 8, q; p <= a.size(); p = q + 1) {
                q = a.find(',', p);
                if (q == std::string::npos) q = a.size();
                cases.push_back(a.substr(p, q - p));
            }
        } else {
            rest.push_back(argv[i]);
        }
        if (rows.empty() || threads.empty()) {
            std::fprintf(stderr, "--rows and --threads take numbers separated by commas: %s\n", argv[i]);
            return 2;
        }
    }

    using bench_fn = void (*)(benchmark::State&);
    struct case_fns {
        kind k;
        bench_fn now_fn, old_fn;
    };
    const std::map<std::string, case_fns> known{
        {"growth", {kind::growth, &new_engine<kind::growth>, &old_engine<kind::growth>}},
        {"level", {kind::level, &new_engine<kind::level>, &old_engine<kind::level>}},
        {"column", {kind::column, &new_engine<kind::column>, &old_engine<kind::column>}},
    };
    bool ok = true;
    for (const auto& c : cases) {
        const auto it = known.find(c);
        if (it == known.end()) {
            std::fprintf(stderr, "unknown case %s (growth, level, column)\n", c.c_str());
            return 2;
        }
        for (const auto n : rows) ok = same_results(static_cast<std::size_t>(n), it->second.k, c.c_str()) && ok;
        for (const auto& [side, fn] : {std::pair{"new/", it->second.now_fn}, std::pair{"old/", it->second.old_fn}}) {
            auto* b = benchmark::RegisterBenchmark((side + c).c_str(), fn);
            b->ArgNames({"rows", "threads"})->UseRealTime()->Unit(benchmark::kMicrosecond);
            for (const auto n : rows)
                for (const auto t : threads) b->Args({n, t});
        }
    }
    if (!ok) return 1;
    std::printf("check: old and new engines give the same bits on every row of every case\n");

    plantarget_bench::budget_reporter reporter(plantarget_bench::clock_used::wall,
                                               {{"new kernel / old kernel", "new/", "old/", 1.05}}, {}, {});
    reporter.print_cpu_ratios_too();
    int rest_argc = static_cast<int>(rest.size());
    return plantarget_bench::run_with_budgets(rest_argc, rest.data(), reporter);
}
