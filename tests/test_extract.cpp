// The report extractor (io/extract.hpp), rule by rule, on small made-up
// sentences: parts and their roles and periods, measures and declines,
// comparators before, inside and after a figure, scale words and units,
// values implied by words, ranks, what is not a figure, 均, indicator links,
// and the refusal of what is not UTF-8 text.
#include <plantarget/from_figures.hpp>
#include <plantarget/io/extract.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
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

// A review part and a plan part around the sentences given.
std::string report(std::string_view review, std::string_view plan = {}) {
    std::string t = "一、2024年工作回顾\n" + std::string(review) + "\n";
    if (!plan.empty()) t += "二、2025年主要任务\n" + std::string(plan) + "\n";
    return t;
}

const published_figure& only(const extraction& x) {
    EXPECT_EQ(x.book.figures.size(), 1U);
    static const published_figure none{};
    return x.book.figures.empty() ? none : x.book.figures.front();
}

TEST(Extract, RoleAndPeriodFromTheParts) {
    const auto x = extract_ok(report("全年销售额增长5.2%。", "销售额增长6%左右。"));
    ASSERT_EQ(x.book.figures.size(), 2U);
    EXPECT_EQ(x.book.figures[0].role, figure_role::actual);
    EXPECT_EQ(x.book.figures[0].period, period::year(2024));
    EXPECT_EQ(x.book.figures[1].role, figure_role::target);
    EXPECT_EQ(x.book.figures[1].period, period::year(2025));
    EXPECT_EQ(x.book.figures[1].comparator_text, "左右");
    EXPECT_EQ(x.book.figures[0].measure, figure_measure::growth);
    // The review's actual and the plan's target are one indicator.
    EXPECT_EQ(x.book.figures[0].indicator_id, x.book.figures[1].indicator_id);
    EXPECT_NE(x.sources[1].review.find("period from the part"), std::string::npos);
}

TEST(Extract, ResultWordedLikeATargetInAReviewIsAnActual) {
    const auto x = extract_ok(report("失业率控制在4.5%以内。"));
    const auto& f = only(x);
    EXPECT_EQ(f.role, figure_role::actual);
    EXPECT_EQ(f.comparator_text, "以内");
    EXPECT_EQ(f.measure, figure_measure::share);
}

TEST(Extract, RoleFromTargetWordsWhereThePartDoesNotSay) {
    const auto x = extract_ok("一、2024年的情况\n力争产值增长8%。\n产值增长7%。\n");
    ASSERT_EQ(x.book.figures.size(), 2U);
    EXPECT_EQ(x.book.figures[0].role, figure_role::target);
    EXPECT_EQ(x.book.figures[1].role, figure_role::actual);
    EXPECT_NE(x.sources[0].review.find("role from the wording"), std::string::npos);
}

TEST(Extract, PeriodCuesInTheSentence) {
    const auto x = extract_ok(report("上半年产值增长3%，1-11月税收增长4%，2023年投资增长2%。"));
    ASSERT_EQ(x.book.figures.size(), 3U);
    EXPECT_EQ(x.book.figures[0].period, period::half(2024, 1));
    EXPECT_EQ(x.book.figures[1].period, period::year_to_date(2024, 11));
    EXPECT_EQ(x.book.figures[2].period, period::year(2023));
}

// 比去年多100万人 (gwr-2017:215): the year after 比 is the base of the
// comparison, not the figure's period, and 多 after it is the difference, so
// the figure is its own indicator, of the plan's year, with no bound.
TEST(Extract, ADifferenceFromLastYearIsOfThisYearWithoutABound) {
    const auto x = extract_ok(report("城镇新增就业500万人。", "城镇新增就业预期目标比去年多100万人。"));
    ASSERT_EQ(x.book.figures.size(), 2U);
    const auto& d = x.book.figures[1];
    EXPECT_EQ(d.period, period::year(2025));
    EXPECT_EQ(d.comparator_text, "");
    EXPECT_EQ(d.value.value, 100.0);
    EXPECT_TRUE(d.name_zh.ends_with("比去年多")) << d.name_zh;
    EXPECT_NE(d.indicator_id, x.book.figures[0].indicator_id);
    EXPECT_NE(x.sources[1].review.find("a difference"), std::string::npos) << x.sources[1].review;
}

TEST(Extract, AYearComparedWithIsNotThePeriod) {
    const auto x = extract_ok(report("", "投资比2024年增加50亿元，赤字较上年增加20亿元。"));
    ASSERT_EQ(x.book.figures.size(), 2U);
    EXPECT_EQ(x.book.figures[0].period, period::year(2025));
    EXPECT_EQ(x.book.figures[1].period, period::year(2025));
    // Without 比, the year stays the figure's period, and 多 stays a bound.
    const auto y = extract_ok(report("", "2024年投资100多亿元，就业人数多100万人。"));
    ASSERT_EQ(y.book.figures.size(), 2U);
    EXPECT_EQ(y.book.figures[0].period, period::year(2024));
    EXPECT_EQ(y.book.figures[1].comparator_text, "多");
}

// Spans named inside a sentence: a five-year plan (gwr-2016:182), its first
// years (gwr-2010:76), and 过去五年 counted back from the report's year.
TEST(Extract, SpansOfYearsInASentence) {
    const auto x = extract_ok("一、2015年工作回顾\n“十一五”前四年能耗累计下降14.38%。\n"
                              "二、2016年主要任务\n“十三五”时期经济年均增长保持在6.5%以上。\n");
    ASSERT_EQ(x.book.figures.size(), 2U);
    EXPECT_EQ(x.book.figures[0].period, period::years(2006, 2009).value());
    EXPECT_EQ(x.book.figures[1].period, period::years(2016, 2020).value());
    const auto y = extract_ok("2013年3月5日\n一、过去五年工作回顾\n过去五年城镇新增就业5870万人。\n");
    ASSERT_EQ(y.book.figures.size(), 1U);
    EXPECT_EQ(y.book.figures[0].period, period::years(2008, 2012).value());
    // After 比 a plan is the base of a comparison, not the figure's period.
    const auto z = extract_ok(report("", "投资比“十三五”时期多50亿元。"));
    ASSERT_EQ(z.book.figures.size(), 1U);
    EXPECT_EQ(z.book.figures[0].period, period::year(2025));
}

TEST(Extract, ADeclineIsANegativeGrowth) {
    const auto x = extract_ok(report("事故数和死亡人数同比下降12.5%、20%。"));
    ASSERT_EQ(x.book.figures.size(), 2U);
    EXPECT_EQ(x.book.figures[0].measure, figure_measure::growth);
    EXPECT_DOUBLE_EQ(x.book.figures[0].value.value, -12.5);
    EXPECT_EQ(x.book.figures[0].value.decimals, 1);
    EXPECT_DOUBLE_EQ(x.book.figures[1].value.value, -20.0);  // the list takes its measure from the first
}

TEST(Extract, ALevelReachedByFallingStaysPositive) {
    const auto x = extract_ok(report("能耗下降到0.95%。"));
    const auto& f = only(x);
    EXPECT_DOUBLE_EQ(f.value.value, 0.95);
    EXPECT_EQ(f.measure, figure_measure::share);
}

TEST(Extract, MeasuresOfPercentFigures) {
    const auto x = extract_ok(report("任务完成率达110%，工程进度达60%，覆盖率达90%，完成年度计划的102%，年均增长7%。"));
    ASSERT_EQ(x.book.figures.size(), 5U);
    EXPECT_EQ(x.book.figures[0].measure, figure_measure::completion);
    EXPECT_EQ(x.book.figures[1].measure, figure_measure::progress);
    EXPECT_EQ(x.book.figures[2].measure, figure_measure::share);
    EXPECT_EQ(x.book.figures[3].measure, figure_measure::completion);
    EXPECT_EQ(x.book.figures[4].measure, figure_measure::average_growth);
}

TEST(Extract, PercentagePointsAreAChangeNotAPercent) {
    const auto x = extract_ok(report("占比提高2.4个百分点。"));
    const auto& f = only(x);
    EXPECT_EQ(f.measure, figure_measure::change_pp);
    EXPECT_EQ(f.unit.zh(), "个百分点");
    EXPECT_DOUBLE_EQ(f.value.value, 2.4);
}

TEST(Extract, ScaleWordsAndUnitsAsWritten) {
    const auto x = extract_ok(report("营业收入达3.5亿元，外贸额2.56万亿美元，岗位1.2万余个，新增装机500万千瓦，粮食6亿斤。"));
    ASSERT_EQ(x.book.figures.size(), 5U);
    EXPECT_EQ(x.book.figures[0].unit.zh(), "亿元");
    EXPECT_EQ(x.book.figures[0].comparator_text, "达");
    EXPECT_EQ(x.book.figures[1].unit.zh(), "万亿美元");
    EXPECT_FALSE(x.book.figures[1].unit.same_kind(x.book.figures[0].unit));  // dollars never mix with yuan
    EXPECT_EQ(x.book.figures[2].unit.zh(), "万个");
    EXPECT_EQ(x.book.figures[2].comparator_text, "余");
    EXPECT_EQ(x.book.figures[3].unit.zh(), "万千瓦");
    EXPECT_EQ(x.book.figures[4].unit.zh(), "亿斤");
}

TEST(Extract, FullWidthDigitsAndPercent) {
    const auto x = extract_ok(report("产值增长２．５％。"));
    const auto& f = only(x);
    EXPECT_DOUBLE_EQ(f.value.value, 2.5);
    EXPECT_EQ(f.value.decimals, 1);
    EXPECT_EQ(f.unit.zh(), "%");
}

TEST(Extract, ComparatorsBeforeInsideAndAfter) {
    const auto x = extract_ok(report("销售额超10亿元，门店800余家，津贴近900万元，覆盖率达55%以上，人才100多人。"));
    ASSERT_EQ(x.book.figures.size(), 5U);
    EXPECT_EQ(x.book.figures[0].comparator_text, "超");
    EXPECT_EQ(x.book.figures[1].comparator_text, "余");
    EXPECT_EQ(x.book.figures[2].comparator_text, "近");
    EXPECT_EQ(x.book.figures[3].comparator_text, "以上");  // the bound, not 达
    EXPECT_EQ(x.book.figures[4].comparator_text, "多");
}

TEST(Extract, PerUnitDenominators) {
    const auto x = extract_ok(report("PM2.5浓度降至每立方米30微克以下，每千常住人口托位数提升至4.5个。"));
    ASSERT_EQ(x.book.figures.size(), 2U);
    EXPECT_EQ(x.book.figures[0].unit.zh(), "微克/立方米");
    EXPECT_DOUBLE_EQ(x.book.figures[0].value.value, 30.0);  // not the 2.5 of PM2.5
    EXPECT_EQ(x.book.figures[0].comparator_text, "以下");
    EXPECT_EQ(x.book.figures[1].unit.zh(), "个/千人");
    EXPECT_EQ(x.book.figures[1].measure, figure_measure::ratio);
}

TEST(Extract, ValuesImpliedByWords) {
    const auto x = extract_ok(report("零就业家庭保持动态清零，全区小学实现全覆盖。"));
    ASSERT_EQ(x.book.figures.size(), 2U);
    EXPECT_DOUBLE_EQ(x.book.figures[0].value.value, 0.0);
    EXPECT_EQ(x.book.figures[0].comparator_text, "动态清零");
    EXPECT_EQ(x.book.figures[0].unit.zh(), "户");  // the counter word of 家庭
    EXPECT_NE(x.sources[0].review.find("unit from the counted noun"), std::string::npos);
    EXPECT_DOUBLE_EQ(x.book.figures[1].value.value, 100.0);
    EXPECT_EQ(x.book.figures[1].unit.zh(), "%");
    EXPECT_EQ(x.book.figures[1].measure, figure_measure::share);
}

TEST(Extract, Ranks) {
    const auto x = extract_ok(report("出口额达20亿元、居全省第2，增幅居全省前列。"));
    ASSERT_EQ(x.book.figures.size(), 3U);
    EXPECT_EQ(x.book.figures[1].measure, figure_measure::rank);
    EXPECT_DOUBLE_EQ(x.book.figures[1].value.value, 2.0);
    EXPECT_EQ(x.book.figures[1].comparator_text, "居第");
    EXPECT_EQ(x.book.figures[1].indicator_id, x.book.figures[0].indicator_id);  // the rank of the level before
    EXPECT_FALSE(x.book.figures[2].has_value);
    EXPECT_EQ(x.book.figures[2].comparator_text, "居前列");
}

TEST(Extract, JunStatesOneFigureForEachThingListed) {
    const auto x = extract_ok(report("品类和数量均居全国第1。班列达300列、货值达40亿元，均居全省第3。"));
    ASSERT_EQ(x.book.figures.size(), 6U);
    EXPECT_EQ(x.book.figures[0].name_zh, "品类");
    EXPECT_EQ(x.book.figures[1].name_zh, "数量");
    EXPECT_EQ(x.book.figures[4].indicator_id, x.book.figures[2].indicator_id);
    EXPECT_EQ(x.book.figures[5].indicator_id, x.book.figures[3].indicator_id);
}

TEST(Extract, PerCapitaIsNotJun) {
    EXPECT_EQ(extract_ok(report("销售额增长3%，人均收入增长4%。")).book.figures.size(), 2U);
}

TEST(Extract, ChineseNumeralsWhereTheyCount) {
    const auto x = extract_ok(report("荣获“示范城”三连冠，甲、乙、丙三大专班运行，强化四个专班。"));
    ASSERT_EQ(x.book.figures.size(), 3U);
    EXPECT_DOUBLE_EQ(x.book.figures[0].value.value, 3.0);
    EXPECT_EQ(x.book.figures[0].unit.zh(), "连冠");
    EXPECT_DOUBLE_EQ(x.book.figures[1].value.value, 3.0);
    EXPECT_DOUBLE_EQ(x.book.figures[2].value.value, 4.0);
}

TEST(Extract, WhatIsNotAFigure) {
    // dates, ordinals, names in quotes, slogans of numbers, 5G, structure, durations
    const auto x = extract_ok(report("2024年5月1日，第3届大会召开，实施“十项行动”，构建“1+2+4+N”体系，建成5G基站，"
                                     "抓了六个方面工作，30多年来，一是推进改革，7号线开通。"));
    EXPECT_TRUE(x.book.figures.empty()) << x.book.figures.front().quote;
}

TEST(Extract, AnUnknownUnitIsNotedNotDropped) {
    const auto x = extract_ok(report("入围全国500强。"));
    EXPECT_TRUE(x.book.figures.empty());
    ASSERT_EQ(x.notes.size(), 1U);
    EXPECT_NE(x.notes[0].find("500强"), std::string::npos);
}

TEST(Extract, NoPeriodIsNotInvented) {
    const auto x = extract_ok("销售额增长5%。\n");
    EXPECT_TRUE(x.book.figures.empty());
    ASSERT_EQ(x.notes.size(), 1U);
    EXPECT_NE(x.notes[0].find("without a period"), std::string::npos);
}

TEST(Extract, NamesBeforeOrAfterTheValue) {
    const auto x = extract_ok(report("落地甲乙等50个重点项目，规模以上工业增加值达50亿元、同比增长9%。"));
    ASSERT_EQ(x.book.figures.size(), 3U);
    EXPECT_EQ(x.book.figures[0].name_zh, "重点项目");
    EXPECT_EQ(x.book.figures[1].name_zh, "规模以上工业增加值");
    EXPECT_EQ(x.book.figures[2].indicator_id, x.book.figures[1].indicator_id);
    EXPECT_NE(x.sources[2].review.find("name from the figure before"), std::string::npos);
}

TEST(Extract, TwoDifferentActualsOfOneNameAreTwoIndicators) {
    const auto x = extract_ok(report("落地甲等50个项目。落地乙等52个项目。"));
    ASSERT_EQ(x.book.figures.size(), 2U);
    EXPECT_NE(x.book.figures[0].indicator_id, x.book.figures[1].indicator_id);
}

TEST(Extract, ATargetLinksToTheActualWhoseNameContainsIt) {
    const auto x = extract_ok(report("全年新增城镇就业3.5万人，零就业家庭动态清零。", "确保新增就业3万人以上。"));
    ASSERT_EQ(x.book.figures.size(), 3U);
    EXPECT_EQ(x.book.figures[2].indicator_id, x.book.figures[0].indicator_id);  // persons, not households
}

TEST(Extract, QuoteIsVerbatimAndOffsetPointsAtTheValue) {
    const std::string text = report("建成公园3个，销售额增长12.5%。");
    const auto x = extract_ok(text);
    ASSERT_EQ(x.book.figures.size(), 2U);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_NE(text.find(x.book.figures[i].quote), std::string::npos);
        EXPECT_EQ(text.substr(x.sources[i].offset, 1), i == 0 ? "3" : "1");
        EXPECT_EQ(x.sources[i].line, 2U);
    }
}

TEST(Extract, SectionsFromHeadings) {
    const auto x = extract_ok("一、2024年工作回顾\n（一）产业\n一是制造业。产值增长3%。\n二是服务业。产值增长4%。\n"
                              "二、2025年主要任务\n（二）民生\n新增就业1万人。\n");
    ASSERT_EQ(x.book.figures.size(), 3U);
    EXPECT_EQ(x.book.figures[0].section, "1.1.1");
    EXPECT_EQ(x.book.figures[1].section, "1.1.2");
    EXPECT_EQ(x.book.figures[2].section, "2.2.1");
}

TEST(Extract, TheBookBuildsAPlan) {
    const auto x = extract_ok(report("全年销售额增长5.2%。", "销售额增长6%左右。"));
    const auto p = plantarget::plan_from_figures(x.book);
    EXPECT_EQ(p.targets().size(), 1U);
}

TEST(Extract, EmptyTextGivesAnEmptyBook) {
    EXPECT_TRUE(extract_ok("").book.figures.empty());
    EXPECT_TRUE(extract_ok("\xEF\xBB\xBF").book.figures.empty());
}

TEST(Extract, ByteOrderMarkKeepsOffsets) {
    const std::string text = "\xEF\xBB\xBF" + report("产值增长3%。");
    const auto x = extract_ok(text);
    ASSERT_EQ(x.book.figures.size(), 1U);
    EXPECT_EQ(text.substr(x.sources[0].offset, 1), "3");
}

TEST(Extract, RefusesGbk) {
    // "增长" in GBK: not UTF-8, and the message says how to convert it.
    const auto got = extract_figures("\xD4\xF6\xB3\xA4\xD4\xF6\xB3\xA4", "r.txt");
    ASSERT_FALSE(got.ok());
    EXPECT_NE(got.error().message.find("GBK"), std::string::npos);
    EXPECT_EQ(got.error().where.file, "r.txt");
}

TEST(Extract, RefusesInvalidUtf8AndBinary) {
    EXPECT_FALSE(extract_figures("abc\xFF\xFE\x01").ok());
    const auto binary = extract_figures(std::string_view("ab\0cd", 5));
    ASSERT_FALSE(binary.ok());
    EXPECT_NE(binary.error().message.find("binary"), std::string::npos);
    EXPECT_FALSE(extract_figures("\xFF\xFE" "a\0b\0", "u.txt").ok());  // UTF-16
}

TEST(Extract, CsvWithReviewColumnsReadsBack) {
    const auto x = extract_ok(report("产值增长3%，建成公园3个。"));
    const std::string csv = plantarget::io::write_extraction_csv(x);
    EXPECT_NE(csv.find(",offset,line,review\n"), std::string::npos);
    const auto back = plantarget::io::read_figures_csv(csv);
    ASSERT_TRUE(back.ok()) << back.error().to_string();
    EXPECT_EQ(back.value().figures.size(), 2U);
}

}  // namespace

namespace {
// Found by fuzz_extract: a rank or month of many digits, and a number longer
// than a double holds, are not figures (and do not throw).
TEST(Extract, LongDigitRunsAreNotFigures) {
    const auto x = extract_ok(report("居全省第22222222222，1-222222222222月，编号0600000000000000000000000年。"));
    EXPECT_TRUE(x.book.figures.empty());
}
}  // namespace

// Each heading titles its section, trimmed of its numbering and its full
// stop: 一、 the part, （一） the subsection, 一是 and an item's first
// sentence the item; a first sentence too long to be a title titles nothing.
TEST(ExtractSections, HeadingsTitleTheirSections) {
    const auto x = extract_ok(
        "一、2024年工作回顾\n"
        "（一）稳增长，扩内需\n"
        "一是投资持续扩大。全年投资增长5.2%。\n"
        "二、2025年主要任务\n"
        "（一）推进产业升级\n"
        "[bookmark: a]加快建设创新平台。新增平台10个。\n"
        "全年继续推进各项工作并且确保各项指标都能够按照计划顺利完成，各项任务都要落到实处去。投资增长6%。\n");
    const auto title = [&](std::string_view n) {
        const std::string* t = x.book.title_of_section(n);
        return t == nullptr ? std::string("(none)") : *t;
    };
    EXPECT_EQ(title("1"), "2024年工作回顾");
    EXPECT_EQ(title("1.1"), "稳增长，扩内需");
    EXPECT_EQ(title("1.1.1"), "投资持续扩大");
    EXPECT_EQ(title("2"), "2025年主要任务");
    EXPECT_EQ(title("2.1"), "推进产业升级");
    EXPECT_EQ(title("2.1.1"), "加快建设创新平台");
    EXPECT_EQ(title("2.1.2"), "(none)");  // 41 characters before its full stop
    ASSERT_EQ(x.book.figures.size(), 3U);
    EXPECT_EQ(x.book.figures[2].section, "2.1.2");
    // Through the builder, as plancheck reads a report's text: the titles ride on the figures.
    plantarget::io::figure_book_builder builder;
    plantarget::io::add_extracted_figures(builder, x);
    const auto book = builder.finish();
    ASSERT_TRUE(book.ok()) << book.error().to_string();
    ASSERT_NE(book->title_of_section("1.1.1"), nullptr);
    EXPECT_EQ(*book->title_of_section("1.1.1"), "投资持续扩大");
    ASSERT_NE(book->title_of_section("2"), nullptr);
    EXPECT_EQ(*book->title_of_section("2"), "2025年主要任务");
}

// A text that ends right after a heading's number ("2", found by
// fuzz_extract): the heading check read one byte past the end. The text is
// put in a buffer of its own size so that AddressSanitizer (the clang tree)
// sees any read beyond it.
TEST(Extract, ATextEndingAtAHeadingNumberIsReadWithinItsBytes) {
    for (const std::string_view text : {"2", "12", "一", "（一"}) {
        const auto buffer = std::make_unique<char[]>(text.size());
        std::copy(text.begin(), text.end(), buffer.get());
        const auto got = plantarget::io::extract_figures(std::string_view(buffer.get(), text.size()), "t.txt");
        ASSERT_TRUE(got.ok()) << text;
        EXPECT_TRUE(got.value().book.figures.empty()) << text;
    }
}
