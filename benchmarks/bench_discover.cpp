// Relation discovery: the Shapingba book per iteration (budget 10 ms), and
// generated books of 10^4 and 10^5 figures, copies of the Shapingba figures
// each in sections and names of its own (budget: 10^5 takes at most 15 times
// as long as 10^4; linear work takes 10 times).
#include "budget_reporter.hpp"

#include "shapingba_figures.hpp"

#include <plantarget/discover.hpp>

#include <benchmark/benchmark.h>

#include <cstddef>
#include <string>

namespace {

using namespace plantarget;

const figure_book& shapingba_figures() {
    static const figure_book b = build_shapingba_figures();
    return b;
}

// Copies of the Shapingba figures up to `count`: copy k has ids, indicators,
// sections and names suffixed with k, so that copies do not relate.
figure_book generated(std::size_t count) {
    const figure_book& seed = shapingba_figures();
    figure_book b;
    b.figures.reserve(count);
    for (std::size_t k = 0; b.figures.size() < count; ++k) {
        const std::string suffix = "." + std::to_string(k);
        for (const auto& f : seed.figures) {
            if (b.figures.size() == count) break;
            published_figure g = f;
            g.id += suffix;
            g.indicator_id += suffix;
            g.section = std::to_string(k) + "." + g.section;
            g.name_zh += suffix;
            b.figures.push_back(std::move(g));
        }
    }
    return b;
}

void discover_book(benchmark::State& st, const figure_book& b) {
    std::size_t found = 0;
    for (auto _ : st) {
        auto r = discover_relations(b);
        found = r.size();
        benchmark::DoNotOptimize(r);
    }
    st.counters["figures"] = static_cast<double>(b.figures.size());
    st.counters["relations"] = static_cast<double>(found);
}

void discover_shapingba(benchmark::State& st) { discover_book(st, shapingba_figures()); }
void discover_1e4(benchmark::State& st) {
    static const figure_book b = generated(10'000);
    discover_book(st, b);
}
void discover_1e5(benchmark::State& st) {
    static const figure_book b = generated(100'000);
    discover_book(st, b);
}

// The index alone (discovery_index: figures grouped by indicator, section
// and name), the part of discovery whose cost grows with the book's memory.
void index_book(benchmark::State& st, const figure_book& b) {
    for (auto _ : st) {
        const plantarget::discover_detail::discovery_index ix(b);
        benchmark::DoNotOptimize(&ix);
    }
}
void index_1e4(benchmark::State& st) {
    static const figure_book b = generated(10'000);
    index_book(st, b);
}
void index_1e5(benchmark::State& st) {
    static const figure_book b = generated(100'000);
    index_book(st, b);
}

BENCHMARK(discover_shapingba)->Name("discover/shapingba")->Unit(benchmark::kMicrosecond);
BENCHMARK(discover_1e4)->Name("discover_1e4/generated")->Unit(benchmark::kMillisecond);
BENCHMARK(discover_1e5)->Name("discover_1e5/generated")->Unit(benchmark::kMillisecond);
BENCHMARK(index_1e4)->Name("index_1e4/generated")->Unit(benchmark::kMillisecond);
BENCHMARK(index_1e5)->Name("index_1e5/generated")->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
    plantarget_bench::budget_reporter reporter(
        plantarget_bench::clock_used::cpu,
        {{"discovery 10^5 / 10^4 figures", "discover_1e5/", "discover_1e4/", 15.0}}, {},
        {{"discovery on the Shapingba book", "discover/shapingba", 1e7}});
    return plantarget_bench::run_with_budgets(argc, argv, reporter);
}
