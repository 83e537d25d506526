// Relation discovery, with given relations to override it, is linear in the
// number of figures: a generated book of 10^5 figures takes about ten times
// the CPU time of one of 10^4 (a look-up of each discovered relation among
// all the given ones would take a hundred times). Measured in one run, best
// of three each, so the test does not depend on the machine's speed.
#include <plantarget/discover.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <ctime>
#include <string>
#include <utility>

namespace pt = plantarget;

namespace {

pt::published_figure fig(std::string id, std::string section, pt::figure_role role, int year, pt::figure_measure m,
                         double value, std::string_view unit, std::string quote, std::string name_zh,
                         std::string indicator = {}) {
    pt::published_figure f;
    f.indicator_id = indicator.empty() ? id : std::move(indicator);
    f.id = std::move(id);
    f.section = std::move(section);
    f.name_zh = std::move(name_zh);
    f.role = role;
    f.period = pt::period::year(year);
    f.measure = m;
    f.comparator_text = std::string("=");
    f.value = {value, 0};
    f.unit = pt::units::parse_unit(unit).value();
    f.quote = std::move(quote);
    return f;
}

// Copies of one small report, copy k in sections and names of its own, each
// with three given relations: two check what discovery also finds (under ids
// of their own), one what it does not.
pt::figure_book generated(std::size_t figure_count) {
    using pt::figure_measure;
    const auto actual = pt::figure_role::actual;
    pt::figure_book b;
    for (std::size_t k = 0; b.figures.size() < figure_count; ++k) {
        const std::string n = "." + std::to_string(k);
        const std::string part = std::to_string(k);
        const std::string s1 = part + ".1";
        const std::string s2 = part + ".2";
        b.figures.push_back(fig("proj" + n, s1, actual, 2025, figure_measure::level, 200, "个", "全年200个重点项目", "重点项目" + n));
        b.figures.push_back(fig("done" + n, s1, actual, 2025, figure_measure::level, 80, "个", "其中80个项目已完工", "已完工项目" + n));
        b.figures.push_back(fig("building" + n, s1, actual, 2025, figure_measure::level, 120, "个", "120个项目在建", "在建项目" + n));
        b.figures.push_back(fig("screened" + n, s2, actual, 2025, figure_measure::level, 40, "件", "排查纠纷40件", "排查纠纷" + n));
        b.figures.push_back(fig("resolved" + n, s2, actual, 2025, figure_measure::level, 38, "件", "化解38件", "化解纠纷" + n));
        b.figures.push_back(fig("rate" + n, s2, actual, 2025, figure_measure::share, 95, "%", "化解率达95%", "化解率" + n));
        b.figures.push_back(fig("signed" + n, s2, actual, 2025, figure_measure::level, 300, "个", "签约项目300个", "签约项目" + n));
        b.figures.push_back(fig("signed.g" + n, s2, actual, 2025, figure_measure::growth, 50, "%", "同比增长50%", "签约项目" + n, "signed" + n));
        b.figures.push_back(fig("firms.t" + n, part + ".3", pt::figure_role::target, 2026, figure_measure::level, 100, "家", "新增企业100家", "新增企业" + n, "signed" + n));
        b.relations.push_back({"mine.growth" + n, pt::relation_kind::growth, "signed.g" + n, {"signed" + n}, "", {}});
        b.relations.push_back({"mine.target" + n, pt::relation_kind::target_vs_actual, "firms.t" + n, {"signed" + n}, "", {}});
        b.relations.push_back({"mine.sum" + n, pt::relation_kind::sum, "signed" + n, {"proj" + n, "screened" + n}, "", {}});
    }
    b.figures.resize(figure_count);
    return b;
}

// CPU seconds of add_discovered_relations on a copy of the book, best of three.
double best_of_three_seconds(const pt::figure_book& b, std::size_t& added) {
    double best = 1e300;
    for (int i = 0; i < 3; ++i) {
        pt::figure_book copy = b;
        const std::clock_t start = std::clock();
        added = pt::add_discovered_relations(copy);
        const double took = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
        best = std::min(best, took);
    }
    return best;
}

}  // namespace

TEST(Scaling, DiscoveryAddsWhatTheGivenRelationsDoNotCheck) {
    std::size_t added = 0;
    best_of_three_seconds(generated(9 * 3), added);
    // Per copy: ordering and sum (其中), ratio and ordering (化解率); the
    // growth and the target are given under other ids.
    EXPECT_EQ(added, 4U * 3);
}

TEST(Scaling, DiscoveryOfTenTimesTheFiguresTakesAtMostThirtyTimesAsLong) {
    std::size_t added_small = 0, added_large = 0;
    const double t_small = best_of_three_seconds(generated(9 * 1'111), added_small);
    const double t_large = best_of_three_seconds(generated(9 * 11'111), added_large);
    EXPECT_EQ(added_small, 4U * 1'111);
    EXPECT_EQ(added_large, 4U * 11'111);
    const double ratio = t_large / t_small;
    std::printf("discovery, 10^4 figures: %.4f s, 10^5: %.4f s (CPU), ratio %.1f\n", t_small, t_large, ratio);
    RecordProperty("discovery_seconds_10k", std::to_string(t_small));
    RecordProperty("discovery_seconds_100k", std::to_string(t_large));
    EXPECT_LE(ratio, 30.0) << "10^4 figures: " << t_small << " s, 10^5: " << t_large << " s (linear is about 10)";
}
