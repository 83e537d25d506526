// The audit's rounding-aware rules on counts, plausibility and the growth of
// a rate, each at its boundary. The numbers are the Shapingba report's
// (301 signed projects +105 %, 90 enterprises at 1500 %, accidents -28.5 %,
// satisfaction 95.2 % +8.4 %) and hand-worked edges around them.
#include <plantarget/audit.hpp>
#include <plantarget/report/findings.hpp>

#include "figure_fixtures.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace pt = plantarget;

namespace {

pt::published_figure fig(std::string id, std::string indicator, pt::figure_measure m, std::string cmp, double value,
                         int decimals, std::string_view unit, std::string name_zh = {}) {
    return pt::figure_test::make_figure(std::move(id), std::move(indicator), {}, std::move(name_zh),
                                        pt::figure_role::actual, pt::period::year(2025), m, std::move(cmp), value,
                                        decimals, unit);
}

const auto level = pt::figure_measure::level;
const auto growth = pt::figure_measure::growth;
const auto completion = pt::figure_measure::completion;

// A level and its growth, with the growth relation between them.
pt::audit_result growth_of_level(double lvl, std::string_view unit, double g, int g_decimals,
                                 const pt::audit_options& opt = {}) {
    pt::figure_book b;
    b.figures = {fig("l", "x", level, "=", lvl, 0, unit), fig("g", "x", growth, "=", g, g_decimals, "%")};
    b.relations = {{"r", pt::relation_kind::growth, "g", {"l"}, {}, {}}};
    return pt::audit(b, opt);
}

pt::audit_result completion_of(double actual, double rate, const pt::audit_options& opt = {}) {
    pt::figure_book b;
    b.figures = {fig("a", "x", level, "=", actual, 0, "家"), fig("c", "x", completion, "达", rate, 0, "%")};
    b.relations = {{"r", pt::relation_kind::completion, "c", {"a"}, {}, {}}};
    return pt::audit(b, opt);
}

std::vector<double> counts(const pt::finding& f) {
    std::vector<double> out;
    for (const auto& c : f.candidates) out.push_back(c.count);
    return out;
}

}  // namespace

TEST(AuditWholeCounts, SignedProjectsAtWholePercentHaveOneWholeBase) {
    // 301 at +105 %: 301 / 2.05 = 146.83; 147 gives 104.76 %, printed 105 %; 146 gives 106.16 %.
    const auto r = growth_of_level(301, "个", 105, 0);
    ASSERT_EQ(r.findings.size(), 1u);
    const auto& f = r.findings[0];
    EXPECT_EQ(f.code, pt::finding_code::whole_base_candidates);
    EXPECT_EQ(f.level, pt::severity::note);
    EXPECT_NEAR(f.computed, 146.829, 1e-3);
    EXPECT_EQ(counts(f), std::vector<double>{147});
    EXPECT_NEAR(f.candidates[0].gives, 104.762, 1e-3);
    const std::string en = pt::report::describe(f, pt::report::language::english);
    EXPECT_NE(en.find("implied base 146.8 个 is not a whole number; one whole value gives 105 %: 147 (104.76 %)"),
              std::string::npos)
        << en;
    EXPECT_NE(pt::report::describe(f, pt::report::language::chinese).find("147 (104.76%)"), std::string::npos);
}

TEST(AuditWholeCounts, SignedProjectsAtOneDecimalHaveNoWholeBase) {
    // 105.0 % allows bases 301/2.0505 .. 301/2.0495 = 146.79 .. 146.87: no whole one.
    const auto r = growth_of_level(301, "个", 105.0, 1);
    ASSERT_EQ(r.findings.size(), 1u);
    EXPECT_EQ(r.findings[0].code, pt::finding_code::no_whole_base);
    EXPECT_EQ(r.findings[0].level, pt::severity::warning);
    EXPECT_EQ(r.holding, 0);
}

TEST(AuditWholeCounts, ABaseOnTheRoundingEdgeCountsOnlyWhenItRoundsUp) {
    // 9 on a base of 8 is +12.5 %: printed "13" (half away from zero), never "12".
    const auto thirteen = growth_of_level(9, "个", 13, 0);
    ASSERT_EQ(thirteen.findings.size(), 1u);
    EXPECT_EQ(thirteen.findings[0].code, pt::finding_code::whole_base_candidates);
    EXPECT_EQ(counts(thirteen.findings[0]), std::vector<double>{8});
    const auto twelve = growth_of_level(9, "个", 12, 0);
    ASSERT_EQ(twelve.findings.size(), 1u);
    EXPECT_EQ(twelve.findings[0].code, pt::finding_code::no_whole_base);
}

TEST(AuditWholeCounts, AWholeBaseOrACountInTenThousandsIsNotQuestioned) {
    // 300 at +100 %: base 150, whole; the old implied-base note stays.
    const auto whole = growth_of_level(300, "个", 100, 0);
    ASSERT_EQ(whole.findings.size(), 1u);
    EXPECT_EQ(whole.findings[0].code, pt::finding_code::implied_base);
    // 301 万人次 at +105 %: a count printed in 万 is rounded, its base need not be whole.
    const auto scaled = growth_of_level(301, "万人次", 105, 0);
    ASSERT_EQ(scaled.findings.size(), 1u);
    EXPECT_EQ(scaled.findings[0].code, pt::finding_code::implied_base);
}

TEST(AuditWholeCounts, EveryTaskOneCountAwayThatStillReproducesIsListed) {
    // 494 at 110 %: tasks 448..451 give 110.27 .. 109.53 %, all printed 110 %;
    // 447 gives 110.51 % and 452 gives 109.29 %: not.
    const auto r = completion_of(494, 110);
    ASSERT_EQ(r.findings.size(), 1u);
    EXPECT_EQ(r.findings[0].code, pt::finding_code::whole_base_candidates);
    EXPECT_EQ(counts(r.findings[0]), (std::vector<double>{448, 449, 450, 451}));
    const std::string en = pt::report::describe(r.findings[0], pt::report::language::english);
    EXPECT_NE(en.find("implied plan 449.1 家"), std::string::npos) << en;
    EXPECT_NE(en.find("448 (110.27 %) … 451 (109.53 %)"), std::string::npos) << en;
}

TEST(AuditPlausibility, ACompletionOf1500PercentIsAWarning) {
    // 90 high-tech enterprises at 1500 %: a task of 6.
    const auto r = completion_of(90, 1500);
    ASSERT_EQ(r.findings.size(), 1u);
    EXPECT_EQ(r.findings[0].code, pt::finding_code::implausible_completion);
    EXPECT_EQ(r.findings[0].level, pt::severity::warning);
    EXPECT_DOUBLE_EQ(r.findings[0].computed, 6.0);
}

TEST(AuditPlausibility, TheCompletionCeilingIsExclusiveAndConfigurable) {
    EXPECT_EQ(completion_of(300, 300).findings.at(0).code, pt::finding_code::implied_plan);  // task 100
    EXPECT_EQ(completion_of(301, 301).findings.at(0).code, pt::finding_code::implausible_completion);
    pt::audit_options lenient;
    lenient.completion_ceiling_percent = 2000;
    lenient.task_floor_of_actual = 0.05;  // 6 is a fifteenth of 90
    EXPECT_EQ(completion_of(90, 1500, lenient).findings.at(0).code, pt::finding_code::implied_plan);
    lenient.task_floor_of_actual = 0.1;
    EXPECT_EQ(completion_of(90, 1500, lenient).findings.at(0).code, pt::finding_code::implausible_completion);
}

TEST(AuditPlausibility, GrowthAboveTheCeilingIsAWarning) {
    EXPECT_EQ(growth_of_level(600, "个", 500, 0).findings.at(0).code, pt::finding_code::implied_base);  // base 100
    const auto r = growth_of_level(700, "个", 600, 0);  // base 100
    ASSERT_EQ(r.findings.size(), 1u);
    EXPECT_EQ(r.findings[0].code, pt::finding_code::implausible_growth);
    EXPECT_DOUBLE_EQ(r.findings[0].computed, 100.0);
}

TEST(AuditRateGrowth, GrowthOfARateGivesBothReadings) {
    pt::figure_book b;
    b.figures = {fig("s", "sat", pt::figure_measure::share, "达", 95.2, 1, "%"),
                 fig("g", "sat", growth, "=", 8.4, 1, "%")};
    b.relations = {{"r", pt::relation_kind::growth, "g", {"s"}, {}, {}}};
    const auto r = pt::audit(b);
    ASSERT_EQ(r.findings.size(), 1u);
    const auto& f = r.findings[0];
    EXPECT_EQ(f.code, pt::finding_code::ambiguous_rate_growth);
    EXPECT_EQ(f.level, pt::severity::note);
    EXPECT_NEAR(f.computed, 87.823, 1e-3);  // 95.2 / 1.084
    ASSERT_TRUE(f.alternative.has_value());
    EXPECT_NEAR(f.alternative->value, 86.8, 1e-9);  // 95.2 - 8.4
    const std::string en = pt::report::describe(f, pt::report::language::english);
    EXPECT_NE(en.find("87.82 %"), std::string::npos) << en;
    EXPECT_NE(en.find("86.8 %"), std::string::npos) << en;
}

TEST(AuditLoneCounts, ADeclineOf28Point5PercentNeedsAtLeast123) {
    pt::figure_book b;
    b.figures = {fig("acc", "acc", growth, "=", -28.5, 1, "%", "安全生产事故数"),
                 fig("dea", "dea", growth, "=", -33.3, 1, "%", "安全生产事故死亡人数"),
                 fig("gdp", "gdp", growth, "=", -28.5, 1, "%", "地区生产总值")};
    const auto r = pt::audit(b);
    ASSERT_EQ(r.findings.size(), 2u);  // GDP is no count
    EXPECT_EQ(r.checks, 2);
    const auto& acc = r.findings[0];
    EXPECT_EQ(acc.code, pt::finding_code::smallest_whole_base);
    EXPECT_EQ(acc.level, pt::severity::note);
    ASSERT_EQ(acc.candidates.size(), 1u);
    EXPECT_DOUBLE_EQ(acc.candidates[0].count, 123.0);  // 123 -> 88 is -28.46 %; no smaller base prints -28.5 %
    EXPECT_DOUBLE_EQ(acc.candidates[0].other, 88.0);
    EXPECT_NEAR(acc.computed, -28.455, 1e-3);  // the growth of the pair, against the printed -28.5 %
    ASSERT_EQ(r.findings[1].candidates.size(), 1u);
    EXPECT_DOUBLE_EQ(r.findings[1].candidates[0].count, 3.0);  // 3 -> 2 is -33.33 %
    EXPECT_NE(pt::report::describe(acc, pt::report::language::english).find("at least 123"), std::string::npos);
}

TEST(AuditLoneCounts, AGrowthWithItsLevelGivenIsNotALoneCount) {
    pt::figure_book b;
    b.figures = {fig("acc", "acc", growth, "=", -28.5, 1, "%", "安全生产事故数"),
                 fig("lvl", "acc", level, "=", 88, 0, "个")};
    EXPECT_TRUE(pt::audit(b).findings.empty());
}

TEST(AuditLoneCounts, TheSearchForAWholeBaseStopsAtItsLimit) {
    // -28.4553 % at four decimals: 123 -> 88 gives -28.45528 %, the first whole pair that prints so.
    pt::figure_book b;
    b.figures = {fig("acc", "acc", growth, "=", -28.4553, 4, "%", "安全生产事故数")};
    pt::audit_options opt;
    opt.whole_base_search_limit = 123;
    const auto found = pt::audit(b, opt);
    ASSERT_EQ(found.findings.size(), 1u);
    EXPECT_EQ(found.findings[0].code, pt::finding_code::smallest_whole_base);
    EXPECT_DOUBLE_EQ(found.findings[0].candidates.at(0).count, 123.0);
    opt.whole_base_search_limit = 122;
    const auto none = pt::audit(b, opt);
    ASSERT_EQ(none.findings.size(), 1u);
    EXPECT_EQ(none.findings[0].code, pt::finding_code::no_small_whole_base);
    EXPECT_NE(pt::report::describe(none.findings[0], pt::report::language::english).find("no whole base below 122"),
              std::string::npos);
}
