// A console reporter that, after the usual table, compares paired benchmarks
// measured in the same run (typed/X against raw/X, batch_engine/X against
// minimal_loop/X) and checks absolute budgets, printing one "budget:" line each.
// Pairs in one run see the same machine state; ratios across runs do not.
#pragma once

#include <benchmark/benchmark.h>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace plantarget_bench {

// time(numerator_prefix + rest) / time(denominator_prefix + rest), for every
// rest both prefixes were run with; within budget when ratio <= max_ratio.
struct ratio_budget {
    std::string label;
    std::string numerator_prefix;
    std::string denominator_prefix;
    double max_ratio;
};

// For information: how a benchmark's time compares with a reference's.
struct ratio_info {
    std::string label;
    std::string numerator_prefix;
    std::string denominator_prefix;
};

// A benchmark whose time per iteration must stay under max_ns.
struct time_budget {
    std::string label;
    std::string name;
    double max_ns;
};

// Which clock the budgets read: CPU time for single-threaded benchmarks (on a
// shared machine, time spent descheduled is not the code's), wall time where
// the benchmark runs threads of its own (CPU time counts the main thread only).
enum class clock_used { cpu, wall };

class budget_reporter : public benchmark::ConsoleReporter {
public:
    budget_reporter(clock_used clock, std::vector<ratio_budget> ratios, std::vector<ratio_info> infos,
                    std::vector<time_budget> times)
        // Colour only on a terminal, as Google Benchmark's own default does.
        : benchmark::ConsoleReporter(isatty(STDOUT_FILENO) != 0 ? OO_ColorTabular : OO_Tabular),
          clock_(clock), ratios_(std::move(ratios)), infos_(std::move(infos)), times_(std::move(times)) {}

    void ReportRuns(const std::vector<Run>& runs) override {
        benchmark::ConsoleReporter::ReportRuns(runs);
        for (const Run& r : runs) {
            if (r.error_occurred) continue;
            const std::string name = r.run_name.str();
            if (r.run_type == Run::RT_Aggregate) {
                if (r.aggregate_name == "median" && r.aggregate_unit == benchmark::kTime) {
                    medians_[name] = nanoseconds(r, clock_);
                    cpu_medians_[name] = nanoseconds(r, clock_used::cpu);
                }
            } else {
                samples_[name].push_back(nanoseconds(r, clock_));
                cpu_samples_[name].push_back(nanoseconds(r, clock_used::cpu));
            }
        }
    }

    void Finalize() override {
        benchmark::ConsoleReporter::Finalize();
        std::printf("\nbudgets on %s time, median of the repetitions when there are several\n",
                    clock_ == clock_used::cpu ? "CPU" : "wall-clock");
        for (const auto& b : ratios_)
            for (const auto& [rest, pair] : pairs(b.numerator_prefix, b.denominator_prefix)) {
                const double ratio = pair.first / pair.second;
                misses_ += ratio > b.max_ratio ? 1 : 0;
                std::printf("budget: %-28s %-34s ratio %6.3f (%.4g ns / %.4g ns)  budget <= %.2f  %s\n",
                            b.label.c_str(), rest.c_str(), ratio, pair.first, pair.second, b.max_ratio,
                            ratio <= b.max_ratio ? "ok" : "OVER");
            }
        // On a loaded machine a wall-clock ratio carries the time a thread
        // waited for a core; the CPU-time ratio beside it does not (it counts
        // the calling thread only, so it means something for one thread).
        if (cpu_too_ && clock_ == clock_used::wall)
            for (const auto& b : ratios_)
                for (const auto& [rest, pair] : pairs(b.numerator_prefix, b.denominator_prefix, true))
                    std::printf("info:   %-28s %-34s CPU-time ratio %6.3f (%.4g ns / %.4g ns)\n", b.label.c_str(),
                                rest.c_str(), pair.first / pair.second, pair.first, pair.second);
        for (const auto& b : infos_)
            for (const auto& [rest, pair] : pairs(b.numerator_prefix, b.denominator_prefix))
                std::printf("info:   %-28s %-34s ratio %6.3f (%.4g ns / %.4g ns)\n", b.label.c_str(), rest.c_str(),
                            pair.first / pair.second, pair.first, pair.second);
        for (const auto& b : times_) {
            const double t = time_of(b.name);
            if (t < 0) continue;
            misses_ += t > b.max_ns ? 1 : 0;
            std::printf("budget: %-28s %-34s %.4g ns  budget < %.4g ns  %s\n", b.label.c_str(), b.name.c_str(), t,
                        b.max_ns, t < b.max_ns ? "ok" : "OVER");
        }
        std::fflush(stdout);
    }

    [[nodiscard]] int misses() const { return misses_; }
    // Also print the ratios of the budgets on CPU time, for information.
    void print_cpu_ratios_too() { cpu_too_ = true; }

private:
    static double nanoseconds(const Run& r, clock_used clock) {
        const double t = clock == clock_used::cpu ? r.GetAdjustedCPUTime() : r.GetAdjustedRealTime();
        switch (r.time_unit) {
            case benchmark::kNanosecond: return t;
            case benchmark::kMicrosecond: return t * 1e3;
            case benchmark::kMillisecond: return t * 1e6;
            case benchmark::kSecond: return t * 1e9;
        }
        return t;
    }

    // The median over repetitions when there were several: one slow
    // repetition (another process on a two-core machine) does not decide.
    [[nodiscard]] double time_of(const std::string& name, bool cpu = false) const {
        const auto& medians = cpu ? cpu_medians_ : medians_;
        const auto& samples = cpu ? cpu_samples_ : samples_;
        if (auto m = medians.find(name); m != medians.end()) return m->second;
        auto s = samples.find(name);
        if (s == samples.end() || s->second.empty()) return -1.0;
        std::vector<double> v = s->second;
        std::sort(v.begin(), v.end());
        const std::size_t k = v.size() / 2;
        return v.size() % 2 == 1 ? v[k] : (v[k - 1] + v[k]) / 2.0;
    }

    [[nodiscard]] std::map<std::string, std::pair<double, double>> pairs(const std::string& num,
                                                                         const std::string& den,
                                                                         bool cpu = false) const {
        std::map<std::string, std::pair<double, double>> out;
        std::vector<std::string> names;
        for (const auto& [name, _] : samples_) names.push_back(name);
        for (const auto& [name, _] : medians_) names.push_back(name);
        for (const auto& name : names) {
            if (name.rfind(num, 0) != 0) continue;
            const std::string rest = name.substr(num.size());
            const double a = time_of(name, cpu), b = time_of(den + rest, cpu);
            if (a > 0 && b > 0) out[rest] = {a, b};
        }
        return out;
    }

    clock_used clock_;
    std::vector<ratio_budget> ratios_;
    std::vector<ratio_info> infos_;
    std::vector<time_budget> times_;
    std::map<std::string, std::vector<double>> samples_;
    std::map<std::string, double> medians_;
    std::map<std::string, std::vector<double>> cpu_samples_;
    std::map<std::string, double> cpu_medians_;
    bool cpu_too_ = false;
    int misses_ = 0;
};

// Runs the registered benchmarks with the reporter; with --benchmark_out the
// file reporter (JSON by default) is written as usual.
inline int run_with_budgets(int argc, char** argv, budget_reporter& reporter) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}

}  // namespace plantarget_bench
