// The extractor on the main targets of a report and their results (issue 18),
// on small made-up sentences: a list of targets opened by …目标是： holds
// up to its full stop, over lines; a sentence of its own (过去一年，…。) sets
// the period of the list after it; a growth brought to a level (涨幅回落到2%)
// is that growth; five-year-plan parts (“十三五”) take the plan's years; one
// indicator worded several ways has one id; a range (6.5%－7%) is one figure;
// notes cut at character boundaries.
#include <plantarget/io/encoding.hpp>
#include <plantarget/io/extract.hpp>

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace {

using plantarget::figure_measure;
using plantarget::figure_role;
using plantarget::period;
using plantarget::published_figure;
using plantarget::io::extract_figures;
using plantarget::io::extraction;

extraction extract_ok(std::string_view text) {
    auto got = extract_figures(text, "t.txt");
    EXPECT_TRUE(got.ok()) << (got.ok() ? "" : got.error().to_string());
    return got.ok() ? got.value() : extraction{};
}

// The figures on a 1-based line.
std::vector<const published_figure*> on_line(const extraction& x, std::size_t line) {
    std::vector<const published_figure*> out;
    for (std::size_t i = 0; i < x.book.figures.size(); ++i)
        if (x.sources[i].line == line) out.push_back(&x.book.figures[i]);
    return out;
}

// A report given on 2030年3月1日 whose third part names no role.
std::string report(std::string_view part_three) {
    return "2030年3月1日\n一、2029年工作回顾\n全年产值增长5%。\n二、今年的工作\n" + std::string(part_three) + "\n";
}

TEST(ExtractTargets, AListOfTargetsHoldsUpToItsFullStopOverLines) {
    const auto x = extract_ok(report("今年全市的主要预期目标是：\n产值增长6%左右，\n登记失业率5%以内，\n新增岗位20万个以上。\n出口增长8%。"));
    for (std::size_t line : {6U, 7U, 8U}) {
        const auto f = on_line(x, line);
        ASSERT_EQ(f.size(), 1U) << line;
        EXPECT_EQ(f[0]->role, figure_role::target) << line;
        EXPECT_EQ(f[0]->period, period::year(2030)) << line;
    }
    EXPECT_EQ(on_line(x, 7)[0]->measure, figure_measure::share);
    EXPECT_EQ(on_line(x, 7)[0]->comparator_text, "以内");
    // After the full stop the list is closed: a plain growth is an actual again.
    const auto after = on_line(x, 9);
    ASSERT_EQ(after.size(), 1U);
    EXPECT_EQ(after[0]->role, figure_role::actual);
}

TEST(ExtractTargets, AListOfTargetsOnOneLineAcrossSemicolons) {
    const auto x = extract_ok(report("今年的主要预期目标是：产值增长6%左右；物价涨幅3%左右；登记失业率4%以内。"));
    const auto f = on_line(x, 5);
    ASSERT_EQ(f.size(), 3U);
    for (const auto* g : f) EXPECT_EQ(g->role, figure_role::target) << g->id;
}

TEST(ExtractTargets, ASentenceOfItsOwnSetsThePeriodOfTheListAfterIt) {
    const auto x = extract_ok(report("过去一年，各项工作进展顺利。\n产值增长7.1%，\n物价涨幅控制在2.2%，\n新增岗位31万个。\n今年，形势依然复杂。"));
    for (std::size_t line : {6U, 7U, 8U}) {
        const auto f = on_line(x, line);
        ASSERT_EQ(f.size(), 1U) << line;
        EXPECT_EQ(f[0]->period, period::year(2029)) << line;
        EXPECT_EQ(f[0]->role, figure_role::actual) << line;
    }
    const std::size_t i = static_cast<std::size_t>(on_line(x, 6)[0] - x.book.figures.data());
    EXPECT_NE(x.sources[i].review.find("period from the sentence before"), std::string::npos);
}

TEST(ExtractTargets, TheTopicEndsAtTheFullStopOfTheSentenceAfter) {
    const auto x = extract_ok(report("过去一年，各项工作进展顺利。\n产值增长7.1%。\n出口增长3%。"));
    ASSERT_EQ(on_line(x, 6).size(), 1U);
    EXPECT_EQ(on_line(x, 6)[0]->period, period::year(2029));
    ASSERT_EQ(on_line(x, 7).size(), 1U);
    EXPECT_EQ(on_line(x, 7)[0]->period, period::year(2030));  // from the part
}

TEST(ExtractTargets, RelativeYearsCountFromTheReportsYear) {
    // In the review of 2029 (given in 2030), 去年 is 2029, not 2028.
    const auto x = extract_ok("2030年3月1日\n一、过去一年工作回顾\n去年产值增长5%。\n");
    ASSERT_EQ(x.book.figures.size(), 1U);
    EXPECT_EQ(x.book.figures[0].period, period::year(2029));
}

TEST(ExtractTargets, AGrowthBroughtToALevelIsThatGrowth) {
    const auto x = extract_ok(report("过去一年，物价涨幅回落到1.8%，失业率下降到3.9%。"));
    const auto f = on_line(x, 5);
    ASSERT_EQ(f.size(), 2U);
    EXPECT_EQ(f[0]->measure, figure_measure::growth);
    EXPECT_DOUBLE_EQ(f[0]->value.value, 1.8);  // the rise came down to 1.8 %, not a fall of 1.8
    EXPECT_EQ(f[1]->measure, figure_measure::share);
    EXPECT_DOUBLE_EQ(f[1]->value.value, 3.9);
}

TEST(ExtractTargets, AFiveYearPlanPartTakesThePlansYears) {
    const auto x = extract_ok("2031年3月1日\n一、“十五五”时期的主要目标\n新增岗位5000万个以上。\n二、今年的工作\n新增岗位1100万个以上。\n");
    ASSERT_EQ(x.book.figures.size(), 2U);
    EXPECT_EQ(x.book.figures[0].period.to_string(), "2026..2030");
    EXPECT_EQ(x.book.figures[1].period, period::year(2031));
    // Two periods of one indicator: one id.
    EXPECT_EQ(x.book.figures[0].indicator_id, x.book.figures[1].indicator_id);
}

TEST(ExtractTargets, OneIndicatorWordedSeveralWaysHasOneId) {
    const auto x = extract_ok(report("过去一年，物价总水平涨幅为2%，年末登记失业率3.9%，城镇就业人数31万人。\n"
                                     "今年的主要预期目标是：物价涨幅3%左右，登记失业率4%以内，城镇就业30万人以上。"));
    const auto review = on_line(x, 5);
    const auto plan = on_line(x, 6);
    ASSERT_EQ(review.size(), 3U);
    ASSERT_EQ(plan.size(), 3U);
    EXPECT_EQ(review[0]->indicator_id, "物价");
    EXPECT_EQ(plan[0]->indicator_id, "物价");
    EXPECT_EQ(review[1]->indicator_id, "登记失业率");
    EXPECT_EQ(plan[1]->indicator_id, "登记失业率");
    EXPECT_EQ(review[2]->indicator_id, "城镇就业");
    EXPECT_EQ(plan[2]->indicator_id, "城镇就业");
    // The name stays as written; the review says what the id dropped.
    EXPECT_EQ(review[1]->name_zh, "年末登记失业率");
    const std::size_t i = static_cast<std::size_t>(review[1] - x.book.figures.data());
    EXPECT_NE(x.sources[i].review.find("indicator id normalised: 年末登记失业率 -> 登记失业率"), std::string::npos)
        << x.sources[i].review;
}

TEST(ExtractTargets, LeadingVerbsAreNotPartOfAName) {
    const auto x = extract_ok(report("今年，把物价涨幅控制在3%左右，提出物价涨幅3%左右的目标。"));
    ASSERT_EQ(x.book.figures.size(), 3U);
    EXPECT_EQ(x.book.figures[1].name_zh, "物价");
    EXPECT_EQ(x.book.figures[1].indicator_id, "物价");
    EXPECT_EQ(x.book.figures[2].indicator_id, "物价");
}

TEST(ExtractTargets, ARangeIsOneFigure) {
    for (const std::string_view text : {"今年的主要预期目标是：产值增长5.5%－6%。", "今年的主要预期目标是：产值增长5.5－6%。"}) {
        SCOPED_TRACE(std::string(text));
        const auto x = extract_ok(report(text));
        const auto f = on_line(x, 5);
        ASSERT_EQ(f.size(), 1U);
        EXPECT_EQ(f[0]->comparator_text, "－");
        EXPECT_EQ(f[0]->comparator_text.cmp(), plantarget::comparator::between);
        EXPECT_DOUBLE_EQ(f[0]->value.value, 5.5);
        ASSERT_TRUE(f[0]->upper.has_value());
        EXPECT_DOUBLE_EQ(f[0]->upper->value, 6.0);
        EXPECT_EQ(f[0]->measure, figure_measure::growth);
        EXPECT_EQ(f[0]->role, figure_role::target);
    }
}

TEST(ExtractTargets, ARangeWrittenWithAnotherMarkIsBetweenAndFlagged) {
    const auto x = extract_ok(report("今年计划价格提高5至7元。"));
    ASSERT_EQ(x.book.figures.size(), 2U);
    EXPECT_EQ(x.book.figures[1].comparator_text, "–");
    ASSERT_TRUE(x.book.figures[1].upper.has_value());
    EXPECT_NE(x.sources[1].review.find("range written with 至"), std::string::npos);
}

TEST(ExtractTargets, ADeclineOverARangeSwapsItsEnds) {
    const auto x = extract_ok(report("今年计划排放下降3%－5%。"));
    ASSERT_EQ(x.book.figures.size(), 2U);
    EXPECT_DOUBLE_EQ(x.book.figures[1].value.value, -5.0);
    ASSERT_TRUE(x.book.figures[1].upper.has_value());
    EXPECT_DOUBLE_EQ(x.book.figures[1].upper->value, -3.0);
}

TEST(ExtractTargets, YearSpansAndFallingEndsAreNotRanges) {
    const auto x = extract_ok(report("2026－2030年建成50个项目。今年计划增长8%－5%。"));
    for (const auto& f : x.book.figures) EXPECT_FALSE(f.upper.has_value()) << f.id;
}

TEST(ExtractTargets, ABetweenWordAloneIsNoComparator) {
    // 介于 before one number is no range: the figure stays plain, and the book validates.
    const auto x = extract_ok(report("今年计划增速介于5%和6%之间。"));
    for (const auto& f : x.book.figures) EXPECT_NE(f.comparator_text.cmp(), plantarget::comparator::between) << f.id;
}

TEST(ExtractTargets, ALongDigitRunAfterARangeMarkIsNoRange) {
    const std::string digits(400, '9');
    const auto x = extract_ok(report("今年计划增长5%－" + digits + "%。"));
    for (const auto& f : x.book.figures) EXPECT_FALSE(f.upper.has_value()) << f.id;
}

TEST(ExtractTargets, APartThatDeploysOrProposesPlans) {
    for (const std::string_view heading : {"二、2030年工作总体部署", "二、对今年政府工作的建议"}) {
        SCOPED_TRACE(std::string(heading));
        const auto x = extract_ok("2030年3月1日\n一、2029年工作回顾\n产值增长5%。\n" + std::string(heading) + "\n物价涨幅控制在3%左右。\n");
        ASSERT_EQ(x.book.figures.size(), 2U);
        EXPECT_EQ(x.book.figures[1].role, figure_role::target);
        EXPECT_EQ(x.book.figures[1].period, period::year(2030));
    }
}

TEST(ExtractTargets, ANoteCutsAtACharacterBoundary) {
    const auto x = extract_ok(report("过去一年，得到3分、5分的评价。"));
    ASSERT_FALSE(x.notes.empty());
    for (const std::string& n : x.notes)
        EXPECT_FALSE(plantarget::io::validate_utf8(n).has_value()) << n;
}

}  // namespace
