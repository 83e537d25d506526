// The audit on small hand-made figure books: each kind of inconsistency is
// found, and a book without any gives no error or warning.
#include <plantarget/audit.hpp>

#include "figure_fixtures.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace pt = plantarget;

namespace {

pt::published_figure fig(std::string id, std::string indicator, pt::figure_role role, int year,
                         pt::figure_measure m, std::string cmp, double value, int decimals, std::string_view unit) {
    return pt::figure_test::make_figure(std::move(id), std::move(indicator), {}, {}, role, pt::period::year(year), m,
                                        std::move(cmp), value, decimals, unit);
}

pt::figure_relation rel(std::string id, pt::relation_kind k, std::string result, std::vector<std::string> ops) {
    return {std::move(id), k, std::move(result), std::move(ops), {}};
}

const auto actual = pt::figure_role::actual;
const auto target = pt::figure_role::target;
const auto level = pt::figure_measure::level;

int errors_and_warnings(const pt::audit_result& r) {
    return r.count(pt::severity::error) + r.count(pt::severity::warning);
}

}  // namespace

TEST(Audit, ConsistentBookHasNoErrorsOrWarnings) {
    pt::figure_book b;
    b.figures = {fig("total", "proj", actual, 2025, level, "=", 207, 0, "个"),
                 fig("done", "proj_done", actual, 2025, level, "=", 72, 0, "个"),
                 fig("building", "proj_building", actual, 2025, level, "=", 129, 0, "个"),
                 fig("prep", "proj_prep", actual, 2025, level, "=", 6, 0, "个"),
                 fig("disputes", "disputes", actual, 2025, level, "=", 58, 0, "件"),
                 fig("resolved", "resolved", actual, 2025, level, "=", 55, 0, "件"),
                 fig("rate", "rate", actual, 2025, pt::figure_measure::share, "达", 94.8, 1, "%")};
    b.relations = {rel("r1", pt::relation_kind::sum, "total", {"done", "building", "prep"}),
                   rel("r2", pt::relation_kind::ratio, "rate", {"resolved", "disputes"}),
                   rel("r3", pt::relation_kind::ordering, "resolved", {"disputes"})};
    const auto r = pt::audit(b);
    EXPECT_EQ(r.checks, 3);
    EXPECT_EQ(r.holding, 3);
    EXPECT_EQ(errors_and_warnings(r), 0);
    EXPECT_TRUE(r.unresolved.empty());
}

TEST(Audit, SumThatDoesNotAddUpIsAnError) {
    pt::figure_book b;
    b.figures = {fig("total", "p", actual, 2025, level, "=", 210, 0, "个"),
                 fig("a", "a", actual, 2025, level, "=", 72, 0, "个"),
                 fig("b", "b", actual, 2025, level, "=", 129, 0, "个")};
    b.relations = {rel("r", pt::relation_kind::sum, "total", {"a", "b"})};
    const auto r = pt::audit(b);
    ASSERT_EQ(r.findings.size(), 1u);
    EXPECT_EQ(r.findings[0].level, pt::severity::error);
    EXPECT_EQ(r.findings[0].code, pt::finding_code::sum_mismatch);
    EXPECT_DOUBLE_EQ(r.findings[0].computed, 201.0);
    EXPECT_EQ(r.findings[0].unit, pt::units::unit_of("个"));
    EXPECT_EQ(r.holding, 0);
    EXPECT_DOUBLE_EQ(r.findings[0].published.value, 210.0);
}

TEST(Audit, SumAcrossScalesAndWithinRounding) {
    // 1.2亿元 + 3000万元 = 1.5亿元 exactly; parts rounded to one decimal may miss the total by a little.
    pt::figure_book b;
    b.figures = {fig("t", "t", actual, 2025, level, "=", 1.5, 1, "亿元"),
                 fig("a", "a", actual, 2025, level, "=", 1.2, 1, "亿元"),
                 fig("b", "b", actual, 2025, level, "=", 3000, 0, "万元"),
                 fig("t2", "t2", actual, 2025, level, "=", 10.0, 1, "亿元"),
                 fig("c", "c", actual, 2025, level, "=", 3.3, 1, "亿元"),
                 fig("d", "d", actual, 2025, level, "=", 6.8, 1, "亿元")};
    b.relations = {rel("exact", pt::relation_kind::sum, "t", {"a", "b"}),
                   rel("rounded", pt::relation_kind::sum, "t2", {"c", "d"})};  // 10.1 vs 10.0: within 0.05+0.05+0.05
    const auto r = pt::audit(b);
    EXPECT_EQ(r.holding, 1);
    ASSERT_EQ(r.findings.size(), 1u);
    EXPECT_EQ(r.findings[0].check_id, "rounded");
    EXPECT_EQ(r.findings[0].level, pt::severity::warning);
    EXPECT_EQ(r.findings[0].code, pt::finding_code::sum_within_rounding);
    EXPECT_NEAR(r.findings[0].computed, 10.1, 1e-9);
}

TEST(Audit, RateThatDoesNotReproduceIsAnError) {
    pt::figure_book b;
    b.figures = {fig("n", "n", actual, 2025, level, "=", 55, 0, "件"), fig("d", "d", actual, 2025, level, "=", 58, 0, "件"),
                 fig("rate", "rate", actual, 2025, pt::figure_measure::share, "达", 94.9, 1, "%")};
    b.relations = {rel("r", pt::relation_kind::ratio, "rate", {"n", "d"})};
    const auto r = pt::audit(b);
    ASSERT_EQ(r.count(pt::severity::error), 1);
    EXPECT_EQ(r.findings[0].code, pt::finding_code::rate_mismatch);
    EXPECT_NEAR(r.findings[0].computed, 55.0 / 58.0 * 100.0, 1e-9);  // 94.827...
    EXPECT_EQ(r.findings[0].computed_decimals, 3);                    // printed at 1 place: shown at 3
    EXPECT_EQ(r.findings[0].unit.kind(), pt::units::unit_kind::percent);
}

TEST(Audit, ImpliedPlanAndImpliedBaseAreNotes) {
    pt::figure_book b;
    b.figures = {fig("inv", "inv", actual, 2025, level, "=", 268, 0, "亿元"),
                 fig("rate", "inv", actual, 2025, pt::figure_measure::completion, "=", 102, 0, "%"),
                 fig("bond", "bond", actual, 2025, level, "达", 91.1, 1, "亿元"),
                 fig("g", "bond", actual, 2025, pt::figure_measure::growth, "=", 148.7, 1, "%")};
    b.relations = {rel("plan", pt::relation_kind::completion, "rate", {"inv"}),
                   rel("base", pt::relation_kind::growth, "g", {"bond"})};
    const auto r = pt::audit(b);
    ASSERT_EQ(r.findings.size(), 2u);
    EXPECT_EQ(r.count(pt::severity::note), 2);
    EXPECT_NEAR(r.findings[0].computed, 268.0 / 1.02, 1e-9);   // 262.745...
    EXPECT_NEAR(r.findings[1].computed, 91.1 / 2.487, 1e-9);   // 36.630...
    EXPECT_EQ(r.findings[0].code, pt::finding_code::implied_plan);
    EXPECT_EQ(r.findings[1].code, pt::finding_code::implied_base);
    ASSERT_TRUE(r.findings[0].base && r.findings[0].rate);  // 268 / 102 %
    EXPECT_DOUBLE_EQ(r.findings[0].base->value, 268.0);
    EXPECT_DOUBLE_EQ(r.findings[0].rate->value, 102.0);
    EXPECT_EQ(r.findings[0].computed_decimals, 1);
    EXPECT_FALSE(r.findings[1].from_bound);  // 达91.1 is the number itself (lexicon.hpp)
    EXPECT_EQ(r.holding, 2);
    EXPECT_TRUE(pt::reproduces(r.findings[0].computed, {262.7, 1}));
    EXPECT_TRUE(pt::reproduces(r.findings[1].computed, {36.6, 1}));
}

TEST(Audit, GrowthAgainstTwoLevels) {
    pt::figure_book b;
    b.figures = {fig("now", "x", actual, 2025, level, "=", 110, 0, "亿元"),
                 fig("before", "x", pt::figure_role::base, 2024, level, "=", 100, 0, "亿元"),
                 fig("g_ok", "x", actual, 2025, pt::figure_measure::growth, "=", 10.0, 1, "%"),
                 fig("g_bad", "x", actual, 2025, pt::figure_measure::growth, "=", 12.0, 1, "%")};
    b.relations = {rel("ok", pt::relation_kind::growth_levels, "g_ok", {"now", "before"}),
                   rel("bad", pt::relation_kind::growth_levels, "g_bad", {"now", "before"})};
    const auto r = pt::audit(b);
    EXPECT_EQ(r.holding, 1);
    ASSERT_EQ(r.findings.size(), 1u);
    EXPECT_EQ(r.findings[0].check_id, "bad");
    EXPECT_EQ(r.findings[0].level, pt::severity::warning);  // official growth is data: a warning, not an error
    EXPECT_EQ(r.findings[0].code, pt::finding_code::growth_mismatch);
    EXPECT_NEAR(r.findings[0].computed, 10.0, 1e-9);
}

TEST(Audit, CompoundConditionsOneRedundant) {
    // 超120亿元、同比增长50%以上 on a 2025 base of 91.1: growth implies 136.65 > 120.
    pt::figure_book b;
    b.figures = {fig("base", "bond", actual, 2025, level, "达", 91.1, 1, "亿元"),
                 fig("lvl", "bond", target, 2026, level, "超", 120, 0, "亿元"),
                 fig("gr", "bond", target, 2026, pt::figure_measure::growth, "以上", 50, 0, "%")};
    b.relations = {rel("c", pt::relation_kind::compound, "lvl", {"gr"})};
    const auto r = pt::audit(b);
    ASSERT_EQ(r.findings.size(), 1u);
    EXPECT_EQ(r.findings[0].level, pt::severity::warning);
    EXPECT_NEAR(r.findings[0].computed, 136.65, 1e-9);
    EXPECT_EQ(r.findings[0].code, pt::finding_code::level_condition_redundant);
    ASSERT_TRUE(r.findings[0].base);
    EXPECT_DOUBLE_EQ(r.findings[0].base->value, 91.1);
    EXPECT_EQ(r.findings[0].figures, (std::vector<std::string>{"lvl", "gr", "base"}));
    EXPECT_EQ(r.holding, 0);
    // With a base of 70 the growth gives 105 < 120: the growth condition is the redundant one.
    b.figures[0].value = {70.0, 0};
    const auto r2 = pt::audit(b);
    ASSERT_EQ(r2.findings.size(), 1u);
    EXPECT_EQ(r2.findings[0].code, pt::finding_code::growth_condition_redundant);
    EXPECT_NEAR(r2.findings[0].computed, 105.0, 1e-9);
}

TEST(Audit, TargetBelowTheLastActual) {
    pt::figure_book b;
    b.figures = {fig("a25", "trains", actual, 2025, level, "达", 4156, 0, "列"),
                 fig("t26", "trains", target, 2026, level, "=", 3800, 0, "列"),
                 fig("j25", "jobs", actual, 2025, level, "=", 3.5, 1, "万人"),
                 fig("j26", "jobs", target, 2026, level, "以上", 3.5, 1, "万人"),
                 fig("u25", "unemp", actual, 2025, pt::figure_measure::share, "以内", 5.5, 1, "%"),
                 fig("u26", "unemp", target, 2026, pt::figure_measure::share, "以内", 5.8, 1, "%")};
    b.relations = {rel("trains", pt::relation_kind::target_vs_actual, "t26", {"a25"}),
                   rel("jobs", pt::relation_kind::target_vs_actual, "j26", {"j25"}),
                   rel("unemp", pt::relation_kind::target_vs_actual, "u26", {"u25"})};
    const auto r = pt::audit(b);
    ASSERT_EQ(r.findings.size(), 3u);
    EXPECT_EQ(r.findings[0].level, pt::severity::warning);
    EXPECT_EQ(r.findings[0].code, pt::finding_code::target_below_last_actual);
    EXPECT_DOUBLE_EQ(r.findings[0].computed, 4156.0);
    ASSERT_TRUE(r.findings[0].rate);
    EXPECT_NEAR(r.findings[0].rate->value, (3800.0 / 4156.0 - 1.0) * 100.0, 1e-9);  // -8.566 %
    EXPECT_EQ(r.findings[0].rate->decimals, 1);
    EXPECT_EQ(r.findings[1].level, pt::severity::note);
    EXPECT_EQ(r.findings[1].code, pt::finding_code::target_repeats_last_actual);
    EXPECT_EQ(r.findings[2].level, pt::severity::warning);
    EXPECT_EQ(r.findings[2].code, pt::finding_code::ceiling_above_last_actual);
    EXPECT_FALSE(r.findings[2].rate);  // no growth is needed of a share
    EXPECT_EQ(r.holding, 1);
}

TEST(Audit, PartLargerThanWholeAndMissingFigures) {
    pt::figure_book b;
    b.figures = {fig("part", "p", actual, 2025, level, "=", 6000, 0, "万人次"),
                 fig("whole", "w", actual, 2025, level, "=", 5124, 0, "万人次")};
    b.relations = {rel("o", pt::relation_kind::ordering, "part", {"whole"}),
                   rel("ghost", pt::relation_kind::ordering, "part", {"nowhere"})};
    const auto r = pt::audit(b);
    EXPECT_EQ(r.count(pt::severity::error), 1);
    EXPECT_EQ(r.findings[0].code, pt::finding_code::part_exceeds_whole);
    EXPECT_DOUBLE_EQ(r.findings[0].computed, 6000.0);
    ASSERT_EQ(r.unresolved.size(), 1u);
    EXPECT_EQ(r.unresolved[0], "ghost");
}

TEST(Audit, GrowthNeededIsANoteAndTheTargetHolds) {
    pt::figure_book b;
    b.figures = {fig("a", "x", actual, 2025, level, "=", 100, 0, "亿元"),
                 fig("t", "x", target, 2026, level, "以上", 110, 0, "亿元")};
    b.relations = {rel("r", pt::relation_kind::target_vs_actual, "t", {"a"})};
    const auto r = pt::audit(b);
    ASSERT_EQ(r.findings.size(), 1u);
    EXPECT_EQ(r.findings[0].code, pt::finding_code::growth_needed);
    EXPECT_NEAR(r.findings[0].computed, 10.0, 1e-9);
    EXPECT_EQ(r.holding, 1);
}

// A relation holds exactly when it gave no error or warning: a completion
// rate of 0 % implies no plan (an error), so that relation does not hold.
// (The old audit counted it as holding before adding the error.)
TEST(Audit, AnUndefinedImpliedPlanDoesNotHold) {
    pt::figure_book b;
    b.figures = {fig("inv", "inv", actual, 2025, level, "=", 268, 0, "亿元"),
                 fig("rate", "inv", actual, 2025, pt::figure_measure::completion, "=", 0, 0, "%")};
    b.relations = {rel("plan", pt::relation_kind::completion, "rate", {"inv"})};
    const auto r = pt::audit(b);
    ASSERT_EQ(r.findings.size(), 1u);
    EXPECT_EQ(r.findings[0].code, pt::finding_code::plan_undefined);
    EXPECT_EQ(r.findings[0].level, pt::severity::error);
    EXPECT_NE(r.findings[0].why, pt::reason::none);
    EXPECT_EQ(r.checks, 1);
    EXPECT_EQ(r.holding, 0);
}

TEST(Audit, EveryCodeHasATokenThatParsesBack) {
    for (const auto c : pt::all_values<pt::finding_code>()) {
        EXPECT_EQ(pt::from_token<pt::finding_code>(pt::token_of(c)), c);
        EXPECT_FALSE(pt::chinese_of(c).empty());
    }
}

TEST(Audit, SeverityFollowsTheCode) {
    EXPECT_EQ(pt::severity_of(pt::finding_code::sum_mismatch), pt::severity::error);
    EXPECT_EQ(pt::severity_of(pt::finding_code::growth_mismatch), pt::severity::warning);
    EXPECT_EQ(pt::severity_of(pt::finding_code::implied_base), pt::severity::note);
}

// A figure written with 400 decimals is compared at the places a double
// resolves: 1.000… (400 zeros) is the sum 1 + 0, not a near miss, and a rate
// compared with one is printed as a number, not "nan %".
TEST(Audit, FiguresWithMoreDecimalsThanADoubleHolds) {
    pt::figure_book b;
    b.figures = {fig("t", "t", actual, 2025, level, "=", 1.0, 400, "件"),
                 fig("a", "a", actual, 2025, level, "=", 1.0, 0, "件"),
                 fig("z", "z", actual, 2025, level, "=", 0.0, 0, "件"),
                 fig("n", "n", actual, 2025, level, "=", 55, 0, "件"),
                 fig("d", "d", actual, 2025, level, "=", 58, 0, "件"),
                 fig("r", "r", actual, 2025, pt::figure_measure::share, "=", 55.0 / 58.0 * 100.0, 400, "%")};
    b.relations = {rel("sum", pt::relation_kind::sum, "t", {"a", "z"}),
                   rel("rate", pt::relation_kind::ratio, "r", {"n", "d"})};
    const auto r = pt::audit(b);
    EXPECT_EQ(r.checks, 2);
    EXPECT_EQ(r.holding, 2);
    ASSERT_EQ(r.findings.size(), 1u);
    EXPECT_EQ(r.findings[0].code, pt::finding_code::rate_reproduces);
    EXPECT_TRUE(std::isfinite(r.findings[0].computed));
    EXPECT_TRUE(pt::reproduces(1.0, {1.0, 400}));
    EXPECT_FALSE(pt::reproduces(1.0001, {1.0, 400}));
    EXPECT_EQ(pt::resolvable_decimals(1.0, 400), 14);
    EXPECT_EQ(pt::resolvable_decimals(123.4, 1), 1);
}
