// The whole Shapingba report per iteration: every 2026 target evaluated as of
// 2025 (as the example program reports it) and again at the 2026 deadline, and
// the audit of the report's 268 figures. Budget: evaluation and audit together
// under 1 ms. The plan and figures are those of examples/shapingba, built once.
#include "budget_reporter.hpp"

#include "shapingba_figures.hpp"
#include "shapingba_plan.hpp"

#include <plantarget/audit.hpp>
#include <plantarget/plan.hpp>

#include <benchmark/benchmark.h>

#include <cstddef>

namespace {

using namespace plantarget;

const plan& shapingba_plan() {
    static const plan p = build_shapingba_plan();
    return p;
}
const figure_book& shapingba_figures() {
    static const figure_book b = build_shapingba_figures();
    return b;
}

void set_targets_counter(benchmark::State& st) {
    st.counters["targets/s"] = benchmark::Counter(static_cast<double>(shapingba_plan().targets().size()),
                                                  benchmark::Counter::kIsIterationInvariantRate);
}

void evaluate_as_of_2025(benchmark::State& st) {
    const plan& p = shapingba_plan();
    for (auto _ : st) {
        plan_report r = p.evaluate(period::year(2025));
        benchmark::DoNotOptimize(r);
    }
    set_targets_counter(st);
}

void evaluate_at_deadline_2026(benchmark::State& st) {
    const plan& p = shapingba_plan();
    for (auto _ : st) {
        plan_report r = p.evaluate(period::year(2026));
        benchmark::DoNotOptimize(r);
    }
    set_targets_counter(st);
}

void audit_figures(benchmark::State& st) {
    const figure_book& b = shapingba_figures();
    for (auto _ : st) {
        audit_result r = audit(b);
        benchmark::DoNotOptimize(r);
    }
    st.counters["figures"] = static_cast<double>(b.figures.size());
}

// What one run of the example program computes: the report and its audit.
void evaluate_and_audit(benchmark::State& st) {
    const plan& p = shapingba_plan();
    const figure_book& b = shapingba_figures();
    std::size_t assessments = 0, findings = 0;
    for (auto _ : st) {
        plan_report r = p.evaluate(period::year(2025));
        audit_result a = audit(b);
        assessments = r.assessments.size();
        findings = a.findings.size();
        benchmark::DoNotOptimize(r);
        benchmark::DoNotOptimize(a);
    }
    st.counters["assessments"] = static_cast<double>(assessments);
    st.counters["findings"] = static_cast<double>(findings);
}

// Building the plan and the figure book from code, for scale.
void build_plan_and_figures(benchmark::State& st) {
    for (auto _ : st) {
        plan p = build_shapingba_plan();
        figure_book b = build_shapingba_figures();
        benchmark::DoNotOptimize(p);
        benchmark::DoNotOptimize(b);
    }
}

BENCHMARK(evaluate_as_of_2025)->Name("plan/evaluate_as_of_2025")->Unit(benchmark::kMicrosecond);
BENCHMARK(evaluate_at_deadline_2026)->Name("plan/evaluate_at_deadline_2026")->Unit(benchmark::kMicrosecond);
BENCHMARK(audit_figures)->Name("plan/audit")->Unit(benchmark::kMicrosecond);
BENCHMARK(evaluate_and_audit)->Name("plan/evaluate_and_audit")->Unit(benchmark::kMicrosecond);
BENCHMARK(build_plan_and_figures)->Name("plan/build_plan_and_figures")->Unit(benchmark::kMicrosecond);

}  // namespace

int main(int argc, char** argv) {
    plantarget_bench::budget_reporter reporter(
        plantarget_bench::clock_used::cpu, {}, {}, {{"shapingba plan + audit", "plan/evaluate_and_audit", 1e6}});
    return plantarget_bench::run_with_budgets(argc, argv, reporter);
}
