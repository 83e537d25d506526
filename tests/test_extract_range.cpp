// A range target (6.5%－7%) through the figure book end to end: the CSV and
// JSON readers take "6.5..7", the writers give it back, validate() refuses a
// high end below the low one (located) and a range without a between word,
// from_figures makes a between target of it, and evaluation holds both ends
// inclusive.
#include <plantarget/from_figures.hpp>
#include <plantarget/io/figures_csv.hpp>
#include <plantarget/io/figures_json.hpp>
#include <plantarget/validate.hpp>

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace {

using namespace plantarget;

constexpr std::string_view header = "id,indicator,role,period,measure,comparator,value,unit\n";

figure_book read_ok(const std::string& rows) {
    auto got = io::read_figures_csv(std::string(header) + rows, {}, "f.csv");
    EXPECT_TRUE(got.ok()) << (got.ok() ? "" : got.error().to_string());
    return got.ok() ? got.value() : figure_book{};
}

TEST(FigureRange, CsvReadsBothEndsWithTheirDecimals) {
    const figure_book b = read_ok("t,gdp,target,2030,growth,－,6.5..7,%\n");
    ASSERT_EQ(b.figures.size(), 1U);
    const published_figure& f = b.figures.front();
    EXPECT_DOUBLE_EQ(f.value.value, 6.5);
    EXPECT_EQ(f.value.decimals, 1);
    ASSERT_TRUE(f.upper.has_value());
    EXPECT_DOUBLE_EQ(f.upper->value, 7.0);
    EXPECT_EQ(f.upper->decimals, 0);
    EXPECT_EQ(f.comparator_text.cmp(), comparator::between);
    EXPECT_TRUE(validate(b).empty());
}

TEST(FigureRange, ScaleWordsMoveToTheUnitForBothEnds) {
    const figure_book b = read_ok("t,jobs,target,2030,level,介于,1.2万..1.5万,人\n");
    ASSERT_EQ(b.figures.size(), 1U);
    EXPECT_EQ(b.figures.front().unit.zh(), "万人");
    EXPECT_DOUBLE_EQ(b.figures.front().value.value, 1.2);
    EXPECT_DOUBLE_EQ(b.figures.front().upper->value, 1.5);
}

TEST(FigureRange, MalformedEndsAreLocatedErrors) {
    for (const std::string value : {"6.5..", "..7", "6.5..x", "6.5万..7"}) {
        SCOPED_TRACE(value);
        auto got = io::read_figures_csv(std::string(header) + "t,gdp,target,2030,growth,－," + value + ",%\n", {}, "f.csv");
        ASSERT_FALSE(got.ok());
        EXPECT_EQ(got.error().where.line, 2U);
        EXPECT_EQ(got.error().where.column, 30U);  // the value's column (in bytes: － is three)
    }
}

TEST(FigureRange, WritersGiveTheRangeBack) {
    const figure_book b = read_ok("t,gdp,target,2030,growth,－,6.5..7,%\n");
    const std::string csv = io::write_figures_csv(b);
    EXPECT_NE(csv.find(",6.5..7,"), std::string::npos) << csv;
    auto again = io::read_figures_csv(csv, {}, "again.csv");
    ASSERT_TRUE(again.ok());
    ASSERT_TRUE(again.value().figures.front().upper.has_value());
    EXPECT_DOUBLE_EQ(again.value().figures.front().upper->value, 7.0);

    const std::string json = io::write_figures_json(b);
    EXPECT_NE(json.find("\"6.5..7\""), std::string::npos) << json;
    auto from_json = io::read_figures_json(json, "b.json");
    ASSERT_TRUE(from_json.ok()) << from_json.error().to_string();
    ASSERT_TRUE(from_json.value().figures.front().upper.has_value());
    EXPECT_DOUBLE_EQ(from_json.value().figures.front().upper->value, 7.0);
}

TEST(FigureRange, ValidateRefusesAHighEndBelowTheLowOneWhereItStands) {
    const figure_book b = read_ok("x,gdp,actual,2029,growth,,6,%\nt,gdp,target,2030,growth,－,7..6.5,%\n");
    const auto errors = validate(b);
    ASSERT_EQ(errors.size(), 1U);
    EXPECT_NE(errors.front().message.find("high end of the range 6.5 is below its low end 7"), std::string::npos)
        << errors.front().to_string();
    EXPECT_EQ(errors.front().where.file, "f.csv");
    EXPECT_EQ(errors.front().where.line, 3U);
}

TEST(FigureRange, ValidateRefusesARangeWithoutABetweenWordAndABetweenWordWithoutARange) {
    // The readers take low..high only with a between word; a book built in code is validated.
    figure_book about = read_ok("t,gdp,target,2030,growth,左右,6.5,%\n");
    about.figures.front().upper = published_value{7.0, 0};
    const auto no_word = validate(about);
    ASSERT_EQ(no_word.size(), 1U);
    EXPECT_NE(no_word.front().message.find("takes a between comparator"), std::string::npos);
    auto read = io::read_figures_csv(std::string(header) + "t,gdp,target,2030,growth,左右,6.5..7,%\n", {}, "f.csv");
    ASSERT_FALSE(read.ok());
    EXPECT_NE(read.error().message.find("a range low..high takes a between comparator: － – 介于"), std::string::npos)
        << read.error().to_string();
    const auto no_range = validate(read_ok("t,gdp,target,2030,growth,－,6.5,%\n"));
    ASSERT_EQ(no_range.size(), 1U);
    EXPECT_NE(no_range.front().message.find("states a range"), std::string::npos);
    // An equal low and high end is a range of one value, not an error.
    EXPECT_TRUE(validate(read_ok("t,gdp,target,2030,growth,－,7..7,%\n")).empty());
}

TEST(FigureRange, FromFiguresMakesABetweenTarget) {
    const plan p = plan_from_figures(read_ok("a,gdp,actual,2030,growth,,6.7,%\nt,gdp,target,2030,growth,－,6.5..7,%\n"));
    ASSERT_EQ(p.targets().size(), 1U);
    const condition& c = p.targets().front().spec.conditions.front();
    EXPECT_EQ(c.cmp, comparator::between);
    EXPECT_DOUBLE_EQ(c.value, 6.5);
    EXPECT_DOUBLE_EQ(c.upper, 7.0);
    EXPECT_EQ(c.decimals, 1);
}

TEST(FigureRange, BothEndsAreInclusive) {
    struct probe {
        std::string actual;
        bool met;
    };
    for (const probe& pr : {probe{"6.5", true}, probe{"7", true}, probe{"6.7", true}, probe{"6.4", false},
                            probe{"7.1", false}}) {
        SCOPED_TRACE(pr.actual);
        const plan p = plan_from_figures(
            read_ok("a,gdp,actual,2030,growth,," + pr.actual + ",%\nt,gdp,target,2030,growth,－,6.5..7,%\n"));
        const plan_report r = p.evaluate(period::year(2030));
        ASSERT_EQ(r.assessments.size(), 1U);
        const verdict v = r.assessments.front().outcome;
        if (pr.met) EXPECT_EQ(v, verdict::achieved) << to_string(v);
        else EXPECT_EQ(v, verdict::not_achieved) << to_string(v);
    }
}

}  // namespace
