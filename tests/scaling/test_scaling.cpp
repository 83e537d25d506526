// Reading, planning, evaluating, auditing and rendering are linear in the
// number of figures: a generated book of 10^5 figures takes about ten times
// as long as one of 10^4 (quadratic work would take a hundred times). The
// ratio is measured in one run, best of three each, so the test does not
// depend on the machine's speed.
#include <plantarget/audit.hpp>
#include <plantarget/from_figures.hpp>
#include <plantarget/io/figures_csv.hpp>
#include <plantarget/report/json.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <string>

namespace pt = plantarget;

namespace {

struct generated_book {
    std::string figures;
    std::string relations;
};

// Four figures per indicator (two actual levels, the growth between them, a
// target for the next year) and two relations (the growth against the
// levels, the target against the last actual), in 100 sections.
generated_book generate(std::size_t figure_count) {
    generated_book b;
    b.figures = "id,indicator,section,name_zh,name_en,role,period,measure,comparator,value,unit,quote\n";
    b.relations = "id,kind,result,operands,note\n";
    for (std::size_t i = 0; i < figure_count / 4; ++i) {
        const std::string ind = "indicator_" + std::to_string(i);
        const std::string section = std::to_string(1 + i % 100) + "." + std::to_string(1 + i % 7);
        const std::string name = "指标" + std::to_string(i);
        const double before = 100.0 + static_cast<double>(i % 900);
        const double now = before * 1.1;
        const auto row = [&](const std::string& id, const char* role, const char* year, const char* measure,
                             const char* cmp, const std::string& value, const char* unit) {
            b.figures += id + "," + ind + "," + section + "," + name + ",Indicator " + std::to_string(i) + "," + role +
                         "," + year + "," + measure + "," + cmp + "," + value + "," + unit + ",\n";
        };
        row(ind + ".level.2024", "actual", "2024", "level", "=", pt::report::format_number(before, 1), "亿元");
        row(ind + ".level.2025", "actual", "2025", "level", "=", pt::report::format_number(now, 2), "亿元");
        row(ind + ".growth.2025", "actual", "2025", "growth", "=", "10.0", "%");
        row(ind + ".target.2026", "target", "2026", "level", "以上", pt::report::format_number(now * 1.05, 1), "亿元");
        b.relations += "g." + ind + ",growth_levels," + ind + ".growth.2025," + ind + ".level.2025/" + ind +
                       ".level.2024,\n";
        b.relations += "t." + ind + ",target_vs_actual," + ind + ".target.2026," + ind + ".level.2025,\n";
    }
    return b;
}

// The whole pipeline on a book, as plancheck runs it; returns the JSON size
// so that nothing is optimised away.
std::size_t run_pipeline(const generated_book& b) {
    const auto book = pt::io::read_figures_csv(b.figures, b.relations);
    if (!book) throw std::runtime_error(book.error().to_string());
    const pt::plan p = pt::plan_from_figures(book.value());
    const pt::plan_report evaluation = p.evaluate(pt::period::year(2025));
    const pt::audit_result audited = pt::audit(book.value());
    const pt::report::document doc{&p, &evaluation, &audited, &book.value(), ""};
    return pt::report::render_json(doc).size();
}

double best_of_three_seconds(const generated_book& b) {
    double best = 1e300;
    for (int i = 0; i < 3; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const std::size_t size = run_pipeline(b);
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        EXPECT_GT(size, 0U);
        best = std::min(best, took.count());
    }
    return best;
}

}  // namespace

TEST(Scaling, GeneratedBookIsReadAndAuditedWhole) {
    const auto b = generate(400);
    const auto book = pt::io::read_figures_csv(b.figures, b.relations);
    ASSERT_TRUE(book) << book.error().to_string();
    EXPECT_EQ(book->figures.size(), 400U);
    const pt::audit_result audited = pt::audit(book.value());
    EXPECT_EQ(audited.checks, 200);
    EXPECT_TRUE(audited.unresolved.empty());
    const pt::plan p = pt::plan_from_figures(book.value());
    EXPECT_EQ(p.evaluate(pt::period::year(2025)).assessments.size(), 100U);
}

TEST(Scaling, TenTimesTheFiguresTakeAtMostThirtyTimesAsLong) {
    const auto small = generate(10'000);
    const auto large = generate(100'000);
    const double t_small = best_of_three_seconds(small);
    const double t_large = best_of_three_seconds(large);
    const double ratio = t_large / t_small;
    std::printf("10^4 figures: %.3f s, 10^5: %.3f s, ratio %.1f\n", t_small, t_large, ratio);
    RecordProperty("seconds_10k", std::to_string(t_small));
    RecordProperty("seconds_100k", std::to_string(t_large));
    EXPECT_LE(ratio, 30.0) << "10^4 figures: " << t_small << " s, 10^5: " << t_large << " s (linear is about 10)";
}
