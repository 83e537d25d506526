// Verdicts decided in decimal at the published precision, about-bands with
// their default and direction-aware reading, one reading of a range, and
// numbers printed with their published significant digits. Every expected
// verdict is worked by hand in the comment beside it.
#include <plantarget/batch.hpp>
#include <plantarget/from_figures.hpp>
#include <plantarget/report/csv.hpp>
#include <plantarget/report/html.hpp>
#include <plantarget/report/json.hpp>
#include <plantarget/report/markdown.hpp>
#include <plantarget/report/table.hpp>

#include "figure_fixtures.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

namespace {

using namespace plantarget;

constexpr double inf = std::numeric_limits<double>::infinity();
const period y2024 = period::year(2024), y2025 = period::year(2025);

indicator_info indicator_in(const std::string& unit, direction better = direction::higher_is_better) {
    indicator_info ind;
    ind.id = "x";
    ind.unit = units::parse_unit(unit).value();
    ind.kind = nature::stock;
    ind.better = better;
    return ind;
}

condition level(comparator cmp, double value, const std::string& unit, int decimals, double upper = 0.0) {
    condition c;
    c.cmp = cmp;
    c.value = value;
    c.upper = upper;
    c.unit = units::parse_unit(unit).value();
    c.decimals = decimals;
    return c;
}

target_spec target_of(std::vector<condition> cs, combination how = combination::all_of) {
    target_spec t;
    t.id = "x@2025";
    t.indicator_id = "x";
    t.deadline = y2025;
    t.combine = how;
    t.conditions = std::move(cs);
    return t;
}

// One actual for 2025, published with `decimals` places.
value_series one_value(const indicator_info& ind, double v, int decimals) {
    value_series s(ind.unit);
    observation_meta meta;
    meta.decimals = decimals;
    EXPECT_EQ(s.add(y2025, v, meta), reason::none);
    return s;
}

assessment judge(const indicator_info& ind, const condition& c, double actual, int decimals,
                 const evaluation_options& opt = {}) {
    return evaluate(target_of({c}), ind, one_value(ind, actual, decimals), y2025, opt);
}

// ---- precision of figures -------------------------------------------------------

TEST(DecimalPrecision, ShortestDecimalsIgnoreBinaryNoise) {
    EXPECT_EQ(shortest_decimals(6.6), 1);
    EXPECT_EQ(shortest_decimals(growth_rate::from_percent(6.6).in_percent()), 1);  // 6.6000000000000005
    EXPECT_EQ(shortest_decimals(0.1 + 0.2), 1);                                     // 0.30000000000000004
    EXPECT_EQ(shortest_decimals(120.0), 0);
    EXPECT_EQ(shortest_decimals(94.85), 2);
    EXPECT_EQ(shortest_decimals(0.0575), 4);
}

TEST(DecimalPrecision, TrailingZerosOfAWholeNumberAreNotSignificant) {
    EXPECT_EQ(last_significant_place({5200, 0}), 2);
    EXPECT_EQ(last_significant_place({105, 0}), 0);
    EXPECT_EQ(last_significant_place({94.8, 1}), -1);
    // 5200 人 in 万人: 0.52, two places; 1.15 万人 in 人: 11500, none; 3.5 万人 in 人: 35000.
    const auto person = units::parse_unit("人").value(), wan = units::parse_unit("万人").value();
    EXPECT_EQ(decimals_in_unit(5200, 0, person, wan), 2);
    EXPECT_EQ(decimals_in_unit(1.15, 2, wan, person), 0);
    EXPECT_EQ(decimals_in_unit(3.5, 1, wan, person), 0);
    EXPECT_EQ(decimals_in_unit(5200, 0, person, person), 0);  // same scale: as published
    EXPECT_EQ(decimals_in_unit(5200, -1, person, wan), -1);
}

// ---- decided in decimal -----------------------------------------------------------

// Each comparator at its edge, just above and just below, with figures
// published at one place whose doubles carry binary noise either way (a
// conversion or a sum leaves 94.8 as 94.80000000000001 or 94.79999999999998).
struct edge_case {
    double figure, above, below;
};
constexpr edge_case edges[] = {{6.6, 6.7, 6.5}, {0.3, 0.4, 0.2}, {5.5, 5.6, 5.4}, {94.8, 94.9, 94.7}};

std::vector<double> noisy(double v) { return {v, std::nextafter(v, inf), std::nextafter(v, -inf)}; }

TEST(DecidedInDecimal, EveryComparatorAtItsEdgeWithNoisyFigures) {
    const indicator_info ind = indicator_in("%", direction::within_band);
    for (const edge_case& e : edges) {
        for (const double at : noisy(e.figure)) {
            SCOPED_TRACE(testing::Message() << "figure " << e.figure << " actual " << at);
            // >= 6.6 with 6.6: met, margin 0, so achieved, not exceeded.
            EXPECT_EQ(judge(ind, level(comparator::at_least, e.figure, "%", 1), at, 1).outcome, verdict::achieved);
            // > 6.6 with 6.6: the number itself is excluded.
            EXPECT_EQ(judge(ind, level(comparator::more_than, e.figure, "%", 1), at, 1).outcome,
                      verdict::not_achieved);
            EXPECT_EQ(judge(ind, level(comparator::at_most, e.figure, "%", 1), at, 1).outcome, verdict::achieved);
            EXPECT_EQ(judge(ind, level(comparator::less_than, e.figure, "%", 1), at, 1).outcome,
                      verdict::not_achieved);
            // [6.6, 7.6] and [5.6, 6.6]: an end is inside the range.
            EXPECT_EQ(judge(ind, level(comparator::between, e.figure, "%", 1, e.figure + 1), at, 1).outcome,
                      verdict::achieved);
            EXPECT_EQ(judge(ind, level(comparator::between, e.figure - 1, "%", 1, e.figure), at, 1).outcome,
                      verdict::achieved);
            // The margin is 0 in decimal, not one unit in the last place.
            EXPECT_EQ(*judge(ind, level(comparator::at_least, e.figure, "%", 1), at, 1).margin, 0.0);
        }
        for (const double above : noisy(e.above)) {
            SCOPED_TRACE(testing::Message() << "figure " << e.figure << " actual " << above);
            EXPECT_EQ(judge(ind, level(comparator::at_least, e.figure, "%", 1), above, 1).outcome, verdict::exceeded);
            EXPECT_EQ(judge(ind, level(comparator::more_than, e.figure, "%", 1), above, 1).outcome, verdict::achieved);
            EXPECT_EQ(judge(ind, level(comparator::at_most, e.figure, "%", 1), above, 1).outcome,
                      verdict::not_achieved);
            EXPECT_EQ(judge(ind, level(comparator::less_than, e.figure, "%", 1), above, 1).outcome,
                      verdict::not_achieved);
            EXPECT_EQ(judge(ind, level(comparator::between, e.figure - 1, "%", 1, e.figure), above, 1).outcome,
                      verdict::not_achieved);
            // 6.7 against >= 6.6: the margin is 0.1 exactly as a decimal.
            EXPECT_EQ(*judge(ind, level(comparator::at_least, e.figure, "%", 1), above, 1).margin,
                      std::round((e.above - e.figure) * 10) / 10);
        }
        for (const double below : noisy(e.below)) {
            SCOPED_TRACE(testing::Message() << "figure " << e.figure << " actual " << below);
            EXPECT_EQ(judge(ind, level(comparator::at_least, e.figure, "%", 1), below, 1).outcome,
                      verdict::not_achieved);
            EXPECT_EQ(judge(ind, level(comparator::more_than, e.figure, "%", 1), below, 1).outcome,
                      verdict::not_achieved);
            EXPECT_EQ(judge(ind, level(comparator::at_most, e.figure, "%", 1), below, 1).outcome, verdict::exceeded);
            EXPECT_EQ(judge(ind, level(comparator::less_than, e.figure, "%", 1), below, 1).outcome,
                      verdict::achieved);
            EXPECT_EQ(judge(ind, level(comparator::between, e.figure, "%", 1, e.figure + 1), below, 1).outcome,
                      verdict::not_achieved);
        }
        // about 6.6 ± 0.1 on a band indicator: 6.7 and 6.5 are its edges (inside), 6.8 and 6.4 outside.
        condition about = level(comparator::about, e.figure, "%", 1);
        about.tolerance = 0.1;
        for (const double edge : {e.above, e.below})
            for (const double v : noisy(edge))
                EXPECT_EQ(judge(ind, about, v, 1).outcome, verdict::achieved) << e.figure << " " << v;
        for (const double out : {e.above + 0.1, e.below - 0.1})
            EXPECT_EQ(judge(ind, about, out, 1).outcome, verdict::not_achieved) << e.figure << " " << out;
    }
}

TEST(DecidedInDecimal, PublishedGrowthOfSixPointSixIsInsideSixPointFiveGivePointOne) {
    // growth_rate::from_percent(6.6) is 6.6000000000000005 %: in binary it lies
    // beyond 6.5 + 0.1 = 6.6; at the published one place it is the edge, inside.
    indicator_info ind = indicator_in("亿元", direction::within_band);
    value_series s(ind.unit);
    observation_meta meta;
    meta.decimals = 1;
    meta.published_growth = growth_rate::from_percent(6.6);
    meta.growth_decimals = 1;
    ASSERT_EQ(s.add(y2025, 1000.0, meta), reason::none);
    indicator<percent> typed({.id = "x"});
    const auto t = growth_about(typed, growth_rate::from_percent(6.5), percentage_points(0.1), y2025);
    EXPECT_EQ(t.spec().conditions.front().decimals, 1);
    const assessment a = evaluate(t.spec(), ind, s, y2025);
    EXPECT_EQ(a.outcome, verdict::achieved);
    EXPECT_EQ(a.conditions.front().compared_decimals, 1);
    EXPECT_EQ(*a.conditions.front().margin, 0.0);  // 0.1 - |6.6 - 6.5| = 0 at one place
}

TEST(DecidedInDecimal, AComputedGrowthIsRoundedAtThePrecisionItWouldBePublishedAt) {
    // 100 -> 106.55: growth 6.549999999999989 % computed from the levels. At
    // one place (the threshold's, and one for percent) it is 6.6 (四舍五入 of
    // 6.55), so ">= 6.6" is achieved; the assessment keeps both values.
    const indicator_info ind = indicator_in("亿元");
    value_series s(ind.unit);
    ASSERT_EQ(s.add(y2024, 100.0), reason::none);
    ASSERT_EQ(s.add(y2025, 106.55), reason::none);
    condition c;
    c.what = measure::growth;
    c.cmp = comparator::at_least;
    c.value = 6.6;
    c.unit = units::unit_of("%");
    c.decimals = 1;
    const assessment a = evaluate(target_of({c}), ind, s, y2025);
    EXPECT_EQ(a.outcome, verdict::achieved);
    EXPECT_NEAR(*a.actual, 6.55, 1e-9);
    EXPECT_EQ(*a.compared, 6.6);
    EXPECT_EQ(a.compared_decimals, 1);
    // A threshold at two places: 6.55 stays 6.55, below 6.56.
    c.value = 6.56;
    c.decimals = 2;
    EXPECT_EQ(evaluate(target_of({c}), ind, s, y2025).outcome, verdict::not_achieved);
    // No stated precision: compared in binary, as before.
    c.value = 6.6;
    c.decimals = -1;
    EXPECT_EQ(evaluate(target_of({c}), ind, s, y2025).outcome, verdict::not_achieved);
}

TEST(DecidedInDecimal, TheReportShowsTheUnroundedAndTheComparedValue) {
    plan p;
    p.add_indicator(indicator_in("亿元"));
    ASSERT_EQ(p.add_observation("x", y2024, 100.0), reason::none);
    ASSERT_EQ(p.add_observation("x", y2025, 106.55), reason::none);
    condition c;
    c.what = measure::growth;
    c.value = 6.6;
    c.unit = units::unit_of("%");
    c.decimals = 1;
    p.add_target(target_of({c}), "1");
    const plan_report r = p.evaluate(y2025);
    const report::document d{&p, &r, nullptr, nullptr, "t"};
    const report::assessment_view v = report::view_of(d, r.assessments.front(), "1");
    EXPECT_EQ(v.actual_text, "增长 6.55% (按 增长 6.6% 判定)");
    EXPECT_NE(report::render_table(d).find("6.55% (按 增长 6.6% 判定)"), std::string::npos);
    const auto j = nlohmann::json::parse(report::render_json(d));
    EXPECT_EQ(j["assessments"][0]["compared"].get<double>(), 6.6);
}

TEST(DecidedInDecimal, ALevelInAnotherScaleKeepsItsSignificantDigits) {
    // 5200 人 against ">= 0.52 万人": the series in 人, the target in 万人;
    // 5200 * 1 / 10000 is 0.52 at two places (5200's significant digits).
    const indicator_info ind = indicator_in("人");
    condition c = level(comparator::at_least, 0.52, "万人", 2);
    EXPECT_EQ(judge(ind, c, 5200, 0).outcome, verdict::achieved);
    EXPECT_EQ(judge(ind, c, 5100, 0).outcome, verdict::not_achieved);
}

TEST(DecidedInDecimal, TypedBuildersTakeThePrecisionFromTheLiteral) {
    indicator<percent> rate({.id = "r"});
    EXPECT_EQ(at_most(rate, percent(5.5), y2025).spec().conditions.front().decimals, 1);
    EXPECT_EQ(at_most(rate, percent(5.5), y2025).decimals(2).spec().conditions.front().decimals, 2);
    EXPECT_EQ(between(rate, percent(5), percent(5.25), y2025).spec().conditions.front().decimals, 2);
    EXPECT_EQ(growth_at_least(rate, growth_rate::from_percent(6.6), y2025).spec().conditions.front().decimals, 1);
}

TEST(DecidedInDecimal, FromFiguresTakesThePrecisionAsPrinted) {
    figure_book book;
    published_figure t;
    t.id = "t";
    t.indicator_id = "x";
    t.role = figure_role::target;
    t.period = y2025;
    t.comparator_text = std::string("以内");
    t.value = {5.50, 2};
    t.unit = units::unit_of("%");
    t.measure = figure_measure::share;
    book.figures.push_back(t);
    const plan p = plan_from_figures(book);
    EXPECT_EQ(p.targets().front().spec.conditions.front().decimals, 2);
}

// ---- the batch decides as evaluate() does ----------------------------------------------

TEST(DecidedInDecimal, BatchEqualsEvaluateInDecimalAndWithDirections) {
    std::mt19937_64 rng(20261202);
    std::uniform_int_distribution<int> tenths(1, 1000);
    std::size_t compared = 0;
    for (const direction better : {direction::higher_is_better, direction::lower_is_better, direction::within_band})
        for (const measure what : {measure::level, measure::growth})
            for (const comparator cmp : {comparator::at_least, comparator::more_than, comparator::at_most,
                                         comparator::less_than, comparator::about, comparator::between}) {
                for (int i = 0; i < 400; ++i) {
                    // Figures at one place, carried with noise, thresholds next to them.
                    const double prior = 100.0;
                    double value = tenths(rng) / 10.0;
                    if (i % 3 == 1) value = std::nextafter(value, inf);
                    if (i % 3 == 2) value = std::nextafter(value, -inf);
                    const double actual = what == measure::growth ? growth_of(value, prior)->in_percent() : value;
                    const double x = std::round(actual * 10.0 + (i % 5) - 2) / 10.0;
                    const double upper = cmp == comparator::about ? (i % 4) / 10.0 : x + (i % 4) / 10.0;
                    const batch_rule rule{1, -1, better};
                    const batch_row row = evaluate_row(what, cmp, value, prior, x, upper, rule);

                    indicator_info ind = indicator_in("元", better);
                    value_series s(ind.unit);
                    ASSERT_EQ(s.add(y2024, prior), reason::none);
                    ASSERT_EQ(s.add(y2025, value), reason::none);
                    condition c = level(cmp, x, what == measure::growth ? "%" : "元", 1, upper);
                    c.what = what;
                    if (cmp == comparator::about) c.tolerance = upper;
                    const condition_assessment e = evaluate(target_of({c}), ind, s, y2025).conditions.front();
                    SCOPED_TRACE(testing::Message() << to_string(better) << " " << to_string(what) << " "
                                                    << to_string(cmp) << " value " << value << " x " << x
                                                    << " upper " << upper);
                    ASSERT_EQ(row.outcome, e.outcome);
                    ASSERT_EQ(row.why, e.why);
                    if (e.margin) {
                        ASSERT_EQ(row.margin, *e.margin);
                    }
                    ++compared;
                }
            }
    EXPECT_EQ(compared, 3u * 2u * 6u * 400u);
}

// ---- about-bands ----------------------------------------------------------------

TEST(AboutBand, AboutSixPointFivePercentIsMetBySixPointSix) {
    // "约6.5%" with no tolerance given: ±0.5 points by default, [6, 7]; 6.6 is inside.
    const indicator_info ind = indicator_in("%");
    condition c = level(comparator::about, 6.5, "%", 1);
    const assessment a = judge(ind, c, 6.6, 1);
    EXPECT_EQ(a.outcome, verdict::achieved);
    ASSERT_TRUE(a.conditions.front().band.has_value());
    EXPECT_EQ(a.conditions.front().band->tolerance, 0.5);
    EXPECT_TRUE(a.conditions.front().band->by_default);
    // Edges inclusive: 6.0 and 7.0 are in; on a band indicator 7.1 and 5.9 are out.
    const indicator_info band = indicator_in("%", direction::within_band);
    EXPECT_EQ(judge(band, c, 7.0, 1).outcome, verdict::achieved);
    EXPECT_EQ(judge(band, c, 6.0, 1).outcome, verdict::achieved);
    EXPECT_EQ(judge(band, c, 7.1, 1).outcome, verdict::not_achieved);
    EXPECT_EQ(judge(band, c, 5.9, 1).outcome, verdict::not_achieved);
}

TEST(AboutBand, LevelsGetFivePercentOfTheValue) {
    // 约100 万元: ±5, [95, 105].
    const indicator_info band = indicator_in("万元", direction::within_band);
    const condition c = level(comparator::about, 100, "万元", 0);
    EXPECT_EQ(judge(band, c, 105, 0).outcome, verdict::achieved);
    EXPECT_EQ(judge(band, c, 95, 0).outcome, verdict::achieved);
    EXPECT_EQ(judge(band, c, 106, 0).outcome, verdict::not_achieved);
    EXPECT_EQ(judge(band, c, 94, 0).outcome, verdict::not_achieved);
}

TEST(AboutBand, BeyondTheBandOnTheBetterSideIsNoMiss) {
    // CPI "3%左右", lower is better: 2.0 is below [2.5, 3.5], on the better
    // side: exceeded (met with room to spare); 3.5 achieved; 3.6 not achieved.
    const indicator_info cpi = indicator_in("%", direction::lower_is_better);
    const condition c = level(comparator::about, 3, "%", 0);
    EXPECT_EQ(judge(cpi, c, 2.0, 1).outcome, verdict::exceeded);
    EXPECT_EQ(judge(cpi, c, 3.5, 1).outcome, verdict::achieved);
    EXPECT_EQ(judge(cpi, c, 3.6, 1).outcome, verdict::not_achieved);
    // The margin is the distance to the worse edge: 3.5 - 2.0 = 1.5.
    EXPECT_EQ(*judge(cpi, c, 2.0, 1).margin, 1.5);
    // Higher is better: 约6.5% growth with 8.0 is met, with 5.9 missed.
    const indicator_info gdp = indicator_in("%", direction::higher_is_better);
    const condition g = level(comparator::about, 6.5, "%", 1);
    EXPECT_EQ(judge(gdp, g, 8.0, 1).outcome, verdict::exceeded);
    EXPECT_EQ(judge(gdp, g, 5.9, 1).outcome, verdict::not_achieved);
}

TEST(AboutBand, ATargetsOwnToleranceAndTheRunsOptionOverrideTheDefault) {
    const indicator_info band = indicator_in("%", direction::within_band);
    condition c = level(comparator::about, 6.5, "%", 1);
    evaluation_options narrow;
    narrow.about_band.points = 0.2;  // [6.3, 6.7]
    EXPECT_EQ(judge(band, c, 6.8, 1, narrow).outcome, verdict::not_achieved);
    EXPECT_EQ(judge(band, c, 6.7, 1, narrow).outcome, verdict::achieved);
    EXPECT_TRUE(judge(band, c, 6.7, 1, narrow).conditions.front().band->by_default);
    c.tolerance = 1.0;  // the target's own: [5.5, 7.5], whatever the run says
    EXPECT_EQ(judge(band, c, 7.5, 1, narrow).outcome, verdict::achieved);
    EXPECT_FALSE(judge(band, c, 7.5, 1, narrow).conditions.front().band->by_default);
    c.tolerance = 0.0;  // given as zero: exact
    EXPECT_EQ(judge(band, c, 6.6, 1).outcome, verdict::not_achieved);
}

// ---- one reading of a range ----------------------------------------------------------

TEST(OneRange, BetweenAndAFloorWithACeilingGiveOneVerdict) {
    const indicator_info ind = indicator_in("亿元");
    const condition range = level(comparator::between, 100, "亿元", 0, 130);
    const std::vector<condition> pair{level(comparator::at_least, 100, "亿元", 0),
                                      level(comparator::at_most, 130, "亿元", 0)};
    for (const double v : {90.0, 100.0, 120.0, 130.0, 140.0}) {
        const verdict expected = v < 100 || v > 130 ? verdict::not_achieved : verdict::achieved;
        EXPECT_EQ(evaluate(target_of({range}), ind, one_value(ind, v, 0), y2025).outcome, expected) << v;
        EXPECT_EQ(evaluate(target_of(pair), ind, one_value(ind, v, 0), y2025).outcome, expected) << v;
    }
    // Two floors with room to spare stay exceeded: no range there.
    const std::vector<condition> floors{level(comparator::at_least, 100, "亿元", 0),
                                        level(comparator::at_least, 110, "亿元", 0)};
    EXPECT_EQ(evaluate(target_of(floors), ind, one_value(ind, 120, 0), y2025).outcome, verdict::exceeded);
}

// ---- numbers printed right -------------------------------------------------------------

published_figure figure(std::string id, figure_role role, period p, std::string cmp, double v, int decimals,
                        const std::string& unit) {
    return figure_test::make_figure(std::move(id), "jobs", "1", "新增就业", role, p, figure_measure::level,
                                    std::move(cmp), v, decimals, unit);
}

TEST(PrintedRight, FiveThousandTwoHundredPersonsAreZeroPointFiveTwoTenThousandInEveryFormat) {
    const published_figure a2024 = figure("a2024", figure_role::actual, y2024, "=", 1.15, 2, "万人");
    const published_figure a2025 = figure("a2025", figure_role::actual, y2025, "=", 5200, 0, "人");
    const published_figure t2025 = figure("t2025", figure_role::target, y2025, "以上", 0.5, 1, "万人");
    for (const bool swapped : {false, true}) {
        SCOPED_TRACE(swapped ? "5200 人 first" : "1.15 万人 first");
        figure_book book;
        book.figures = swapped ? std::vector{a2025, a2024, t2025} : std::vector{a2024, a2025, t2025};
        const plan p = plan_from_figures(book);
        const plan_report r = p.evaluate(y2025);
        const report::document d{&p, &r, nullptr, &book, "t"};
        ASSERT_EQ(r.assessments.size(), 1u);
        EXPECT_EQ(report::view_of(d, r.assessments.front(), "1").actual_text, "0.52 万人");
        for (const std::string& out : {report::render_table(d), report::render_markdown(d), report::render_html(d)}) {
            EXPECT_NE(out.find("0.52 万人"), std::string::npos) << out;
            EXPECT_EQ(out.find("0.5200 万人"), std::string::npos);
            EXPECT_EQ(out.find(" 1 万人"), std::string::npos);
        }
        // The CSV has the number and the unit in columns of their own.
        const std::string csv = report::render_csv(d);
        EXPECT_NE(csv.find(",万人,0.52,exact,"), std::string::npos) << csv;
    }
}

TEST(PrintedRight, TheReportShowsTheBandAndTheComparedValue) {
    figure_book book;
    book.figures = {figure("a", figure_role::actual, y2025, "=", 6.6, 1, "%"),
                    figure("t", figure_role::target, y2025, "左右", 6.5, 1, "%")};
    book.figures[0].measure = book.figures[1].measure = figure_measure::share;
    const plan p = plan_from_figures(book);
    const plan_report r = p.evaluate(y2025);
    ASSERT_EQ(r.assessments.size(), 1u);
    EXPECT_EQ(r.assessments.front().outcome, verdict::achieved);
    const report::document d{&p, &r, nullptr, &book, "t"};
    EXPECT_EQ(report::view_of(d, r.assessments.front(), "1").target_text, "≈ 6.5% (± 0.5 默认)");
    const auto j = nlohmann::json::parse(report::render_json(d));
    const auto& cond = j["assessments"][0]["target"]["conditions"][0];
    EXPECT_EQ(cond["band"]["low"].get<double>(), 6.0);
    EXPECT_EQ(cond["band"]["high"].get<double>(), 7.0);
    EXPECT_TRUE(cond["band"]["default"].get<bool>());
}

}  // namespace
