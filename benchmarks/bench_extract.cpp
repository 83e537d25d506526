// The report extractor on a 50 KB report: the Shapingba report's text
// repeated to 50 KB (51,200 bytes), extracted whole per iteration. Budget
// (issue 16): under 50 ms on one core.
#include <plantarget/io/extract.hpp>

#include <benchmark/benchmark.h>

#include <cstddef>
#include <stdexcept>
#include <string>

namespace {

const std::string& report_of_50_kb() {
    static const std::string text = [] {
        auto one = plantarget::io::read_text_file(PLANTARGET_SHAPINGBA_REPORT);
        if (!one.ok() || one.value().empty()) throw std::runtime_error("cannot read " PLANTARGET_SHAPINGBA_REPORT);
        std::string t;
        while (t.size() < 50 * 1024) t += one.value() + "\n";
        return t;
    }();
    return text;
}

void extract_50_kb_report(benchmark::State& st) {
    const std::string& text = report_of_50_kb();
    std::size_t figures = 0;
    for (auto _ : st) {
        auto got = plantarget::io::extract_figures(text);
        figures = got.ok() ? got.value().book.figures.size() : 0;
        benchmark::DoNotOptimize(figures);
    }
    st.counters["figures"] = static_cast<double>(figures);
    st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations()) * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(extract_50_kb_report)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
