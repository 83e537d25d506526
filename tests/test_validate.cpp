// The semantic checks of a figure book (validate.hpp), the identifier rule
// (io/identifier.hpp) and the source locations of figures: each case of
// issue 13 that parsed and was evaluated into a wrong verdict before.
#include <plantarget/from_figures.hpp>
#include <plantarget/growth.hpp>
#include <plantarget/io/figures_csv.hpp>
#include <plantarget/io/figures_json.hpp>
#include <plantarget/io/identifier.hpp>
#include <plantarget/validate.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace pt = plantarget;

namespace {

const std::string header = "id,indicator,role,period,measure,comparator,value,unit\n";

pt::figure_book book_of(const std::string& figures, const std::string& relations = {}) {
    auto read = pt::io::read_figures_csv(header + figures, relations.empty() ? std::string() : "id,kind,result,operands\n" + relations,
                                         "f.csv", "r.csv");
    if (!read) ADD_FAILURE() << read.error().to_string();
    return read ? read.value() : pt::figure_book{};
}

std::vector<std::string> messages(const pt::figure_book& book) {
    std::vector<std::string> out;
    for (const auto& e : pt::validate(book)) out.push_back(e.to_string());
    return out;
}

// The one error of a book.
std::string only_error(const std::string& figures, const std::string& relations = {}) {
    const auto m = messages(book_of(figures, relations));
    EXPECT_EQ(m.size(), 1u) << (m.empty() ? "no error" : m.front());
    return m.empty() ? std::string() : m.front();
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST(ValidateLocations, FiguresAndRelationsKnowWhereTheyStood) {
    const auto book = book_of("a,x,actual,2025,level,=,5,元\nb,x,actual,2024,level,=,4,元\n", "r1,ordering,b,a\n");
    ASSERT_EQ(book.figures.size(), 2u);
    EXPECT_EQ(book.figures[1].where.file, "f.csv");
    EXPECT_EQ(book.figures[1].where.line, 3u);
    EXPECT_EQ(book.figures[1].where.column, 1u);
    ASSERT_EQ(book.relations.size(), 1u);
    EXPECT_EQ(book.relations[0].where.file, "r.csv");
    EXPECT_EQ(book.relations[0].where.line, 2u);
    // JSON has no positions for values: the figure's pointer.
    const auto json = pt::io::read_figures_json(
        R"({"figures":[{"id":"a","indicator":"x","role":"actual","period":"2025","measure":"level","comparator":"=","value":"5","unit":"元"}],
            "relations":[]})",
        "b.json");
    ASSERT_TRUE(json.ok()) << json.error().to_string();
    EXPECT_EQ(json.value().figures[0].where.pointer, "/figures/0");
    EXPECT_EQ(pt::parse_error({"m", {}, json.value().figures[0].where}).to_string(), "b.json: /figures/0: m");
}

// 3 万人 on an indicator in 万人次 was "not assessable: units do not match",
// and a binding target so written could not be missed (exit 0).
TEST(ValidateIndicator, TargetInAnotherKindOfUnitThanItsIndicator) {
    const auto e = only_error("v,visits,actual,2025,level,=,3.6,万人次\nt,visits,target,2025,level,以内,3,万人\n");
    EXPECT_TRUE(has(e, "f.csv:3:1: figure t is in 万人, but indicator visits is in 万人次 (figure v (f.csv:2))")) << e;
    // Another scale of the same kind is fine: 30000 人次 against 3.6 万人次.
    EXPECT_TRUE(messages(book_of("v,visits,actual,2025,level,=,3.6,万人次\nt,visits,target,2025,level,以内,30000,人次\n")).empty());
}

// A share in 亿元 made a binding share target not assessable (exit 0); a
// growth target in 亿元 was shown as "增长 ≥ 5%".
TEST(ValidateMeasure, SharesGrowthAndCompletionAreInPercent) {
    EXPECT_TRUE(has(only_error("s,x,target,2025,share,不低于,5,亿元\n"), "f.csv:2:1: figure s: a share is measured in %, not in 亿元"));
    EXPECT_TRUE(has(only_error("g,x,target,2025,growth,以上,5,亿元\n"), "a growth is measured in %, not in 亿元"));
    EXPECT_TRUE(has(only_error("c,x,actual,2025,completion,=,102,万元\n"), "a completion is measured in %, not in 万元"));
    EXPECT_TRUE(messages(book_of("s,x,target,2025,share,不低于,5,%\ng,y,target,2025,growth,以上,5,%\n")).empty());
}

TEST(ValidateMeasure, RanksArePositiveWholeNumbersIn位) {
    EXPECT_TRUE(has(only_error("r,x,actual,2025,rank,居第,-1,位\n"), "figure r: a rank is a positive whole number, not -1"));
    EXPECT_TRUE(has(only_error("r,x,actual,2025,rank,居第,1.5,位\n"), "a rank is a positive whole number, not 1.5"));
    EXPECT_TRUE(has(only_error("r,x,actual,2025,rank,居第,0,位\n"), "a rank is a positive whole number, not 0"));
    EXPECT_TRUE(has(only_error("r,x,actual,2025,rank,=,3,个\n"), "a rank is measured in 位, not in 个"));
    EXPECT_TRUE(messages(book_of("r,x,actual,2025,rank,居第,3,位\nq,y,actual,2025,rank,居前列,,位\n")).empty());
}

// 居第 on a money level, 居前列 with a value, 动态清零 with a value were evaluated.
TEST(ValidateMeasure, RankWordsAndDynamicZero) {
    EXPECT_TRUE(has(only_error("m,x,actual,2025,level,居第,3,亿元\n"),
                    "figure m: 居第 states a rank, but the figure is a level in 亿元 (measure rank, unit 位)"));
    EXPECT_TRUE(has(only_error("q,x,actual,2025,rank,居前列,3,位\n"), "居前列 (among the top) takes no value, found 3"));
    EXPECT_TRUE(has(only_error("z,x,target,2025,level,动态清零,5,户\n"), "动态清零 (dynamic zero) takes the value 0, found 5"));
    EXPECT_TRUE(messages(book_of("z,x,target,2025,level,动态清零,0,户\n")).empty());
}

// The same months written two ways were two actuals, one silently chosen.
TEST(ValidatePeriods, OneSpanWrittenTwoWaysThatDisagreeIsAnError) {
    const auto e = only_error("a,gdp,actual,2025,level,=,5,亿元\nb,gdp,actual,2025-01..2025-12,level,=,100,亿元\n");
    EXPECT_TRUE(has(e, "f.csv:3:1: figures a (f.csv:2) and b (f.csv:3) are two actuals of gdp for the same months "
                       "(2025 and 2025-01..2025-12) that disagree beyond rounding: = 5 亿元 and = 100 亿元"))
        << e;
    EXPECT_TRUE(has(only_error("a,x,actual,2025-01,level,=,5,元\nb,x,actual,2025-01..2025-01,level,=,6,元\n"),
                    "(2025-01 and 2025-01..2025-01)"));
    EXPECT_TRUE(has(only_error("a,x,actual,2025Q1,level,=,5,元\nb,x,actual,2025-01..2025-03,level,=,6,元\n"),
                    "(2025Q1 and 2025-01..2025-03)"));
    EXPECT_TRUE(has(only_error("a,x,actual,2025H1,level,=,5,元\nb,x,actual,2025-01..2025-06,level,=,6,元\n"),
                    "(2025H1 and 2025-01..2025-06)"));
    // Written the same way twice, across scales: 5 亿元 and 60000 万元.
    EXPECT_TRUE(has(only_error("a,x,actual,2025,level,=,5,亿元\nb,x,actual,2025,level,=,60000,万元\n"),
                    "are two actuals of x for 2025 that disagree beyond rounding"));
    // Growth figures too.
    EXPECT_TRUE(has(only_error("a,x,actual,2025,growth,=,5.1,%\nb,x,actual,2025-01..2025-12,growth,=,6,%\n"),
                    "are two actuals of x"));
    // A year and its first half are not the same months.
    EXPECT_TRUE(messages(book_of("a,x,actual,2025,level,=,5,元\nb,x,actual,2025-01..2025-06,level,=,3,元\n")).empty());
}

TEST(ValidatePeriods, AgreeingValuesAreOneObservationTheFirstKept) {
    // 12.5 (12.45..12.55) and 12.46 meet within rounding; so do 1.2 亿元 and 12000 万元.
    const auto book = book_of("a,x,actual,2025,level,=,12.5,亿元\nb,x,actual,2025-01..2025-12,level,=,12.46,亿元\n"
                              "t,x,target,2025,level,以上,12,亿元\n"
                              "c,y,actual,2025,level,=,1.2,亿元\nd,y,actual,2025,level,=,12000,万元\n");
    EXPECT_TRUE(messages(book).empty());
    const auto same = pt::actuals_for_the_same_months(book);
    ASSERT_EQ(same.size(), 2u);
    EXPECT_TRUE(same[0].agree);
    EXPECT_EQ(same[0].first->id, "a");
    const std::string note = pt::one_observation_note(same[0]).to_string();
    EXPECT_TRUE(has(note, "f.csv:3:1: note: figures a (f.csv:2) and b are one actual of x")) << note;
    EXPECT_TRUE(has(note, ": a is kept")) << note;
    // The plan holds one observation of x, the first.
    const pt::plan p = pt::plan_from_figures(book);
    const auto* s = p.series_of("x");
    ASSERT_NE(s, nullptr);
    ASSERT_EQ(s->size(), 1u);
    EXPECT_EQ(s->begin()->period, pt::period::year(2025));
    EXPECT_DOUBLE_EQ(s->begin()->value, 12.5);
}

// Plan building keyed growth figures and targets by the period's text: a
// growth for 2025-01..2025-12 did not ride on the level for 2025, and two
// conditions for 2025 and 2025-01..2025-12 made two targets.
TEST(ValidatePeriods, PlanBuildingMatchesPeriodsByTheirMonths) {
    const auto book = book_of("a,x,actual,2025,level,=,12.5,亿元\ng,x,actual,2025-01..2025-12,growth,=,4.2,%\n"
                              "t1,x,target,2025,level,以上,12,亿元\nt2,x,target,2025-01..2025-12,level,以内,13,亿元\n");
    EXPECT_TRUE(messages(book).empty());
    const pt::plan p = pt::plan_from_figures(book);
    const auto* s = p.series_of("x");
    ASSERT_NE(s, nullptr);
    ASSERT_EQ(s->size(), 1u);
    ASSERT_TRUE(s->begin()->meta.published_growth.has_value());
    EXPECT_NEAR(s->begin()->meta.published_growth->in_percent(), 4.2, 1e-12);
    ASSERT_EQ(p.targets().size(), 1u);
    EXPECT_EQ(p.targets()[0].spec.conditions.size(), 2u);
}

// The duplicate-period error of plan building named figure ids, not where they stood.
TEST(ValidatePeriods, PlanBuildingNamesFileAndLineOfBothFigures) {
    const auto book = book_of("a,gdp,actual,2025,level,=,5,亿元\nb,gdp,actual,2025-01..2025-12,level,=,100,亿元\n");
    try {
        (void)pt::plan_from_figures(book);
        ADD_FAILURE() << "two disagreeing actuals were accepted";
    } catch (const std::invalid_argument& e) {
        EXPECT_TRUE(has(e.what(), "f.csv:3:1: figures a (f.csv:2) and b are two actuals of gdp")) << e.what();
    }
}

// A growth or completion relation on a level read 10 亿元 as 10 %.
TEST(ValidateRelations, OperandsAndResultsOfTheRightMeasure) {
    const std::string figures = "lvl,x,actual,2025,level,=,10,亿元\nprev,x,actual,2024,level,=,8,亿元\n"
                                "g,x,actual,2025,growth,=,25,%\nc,y,actual,2025,completion,=,102,%\n";
    auto e = only_error(figures, "r1,growth,lvl,prev\n");
    EXPECT_TRUE(has(e, "r.csv:2:1: relation r1: the result of a growth relation is a growth in %, but figure lvl "
                       "(f.csv:2) is a level in 亿元"))
        << e;
    e = only_error(figures, "r1,growth,g,c\n");
    EXPECT_TRUE(has(e, "the operand of a growth relation is a level with a value, but figure c (f.csv:5) is a completion"))
        << e;
    EXPECT_TRUE(has(only_error(figures, "r1,completion,g,lvl\n"),
                    "the result of a completion relation is a completion in %, but figure g (f.csv:4) is a growth"));
    EXPECT_TRUE(has(only_error(figures, "r1,sum,lvl,prev+g\n"), "figure g (f.csv:4) (a growth in %) cannot be compared"));
    EXPECT_TRUE(messages(book_of(figures, "r1,growth,g,lvl\nr2,growth_levels,g,lvl/prev\n")).empty());
}

// Cycles and a relation on itself were audited as if they held (exit 0).
TEST(ValidateRelations, SelfReferenceAndCycles) {
    const std::string figures = "a,x,actual,2025,level,=,10,元\nb,x,actual,2024,level,=,4,元\n"
                                "c,x,actual,2023,level,=,6,元\nd,x,actual,2022,level,=,6,元\n";
    auto m = messages(book_of(figures, "self,sum,a,a+b\n"));
    ASSERT_EQ(m.size(), 1u);
    EXPECT_EQ(m[0], "r.csv:2:1: relation self names its result a as an operand");
    m = messages(book_of(figures, "r1,sum,a,b+c\nr2,sum,b,d+a\n"));
    ASSERT_EQ(m.size(), 1u);
    EXPECT_TRUE(has(m[0], "relations r1, r2 form a cycle: a -> b -> a")) << m[0];
    // A part within its sum (ordering) is no cycle.
    EXPECT_TRUE(messages(book_of(figures, "r1,sum,a,b+c\nr2,ordering,b,a\n")).empty());
}

// ≥ 10 亿元 and ≤ 5 亿元 on one target was evaluated, not flagged.
TEST(ValidateTargets, ContradictoryConditionsOnOneTarget) {
    auto e = only_error("lo,x,target,2026,level,以上,10,亿元\nhi,x,target,2026,level,以内,5,亿元\n");
    EXPECT_TRUE(has(e, "f.csv:3:1: figure hi (以内 5 亿元) contradicts figure lo (f.csv:2) (以上 10 亿元): no value of x "
                       "for 2026 meets both"))
        << e;
    // Across scales: ≥ 1 亿元 and ≤ 5000 万元.
    EXPECT_TRUE(has(only_error("lo,x,target,2026,level,以上,1,亿元\nhi,x,target,2026,level,以内,5000,万元\n"), "contradicts"));
    // Strict bounds that meet: > 5 and ≤ 5.
    EXPECT_TRUE(has(only_error("lo,x,target,2026,level,超,5,元\nhi,x,target,2026,level,以内,5,元\n"), "contradicts"));
    // Fine: ≥ 1 亿元 and ≤ 20000 万元; ≥ 5 and ≤ 5; a level and a growth.
    EXPECT_TRUE(messages(book_of("lo,x,target,2026,level,以上,1,亿元\nhi,x,target,2026,level,以内,20000,万元\n"
                                 "a,y,target,2026,level,不低于,5,元\nb,y,target,2026,level,以内,5,元\n"
                                 "c,z,target,2026,level,以上,10,亿元\nd,z,target,2026,growth,以内,5,%\n"))
                    .empty());
}

// An empty JSON document {} was an empty report with exit 0.
TEST(ValidateBook, AnEmptyBookIsNotEvaluated) {
    const auto json = pt::io::read_figures_json("{}", "b.json");
    ASSERT_TRUE(json.ok());
    pt::validation_options opt;
    opt.input = "b.json";
    const auto errors = pt::validate(json.value(), opt);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].to_string(), "b.json: no figures in the input: nothing to evaluate");
    opt.require_figures = false;
    EXPECT_TRUE(pt::validate(json.value(), opt).empty());
    EXPECT_THROW((void)pt::validated(pt::figure_book{}), pt::parse_failure);
}

// −5 人 against ≥ −10 人 gave completion 50 %: a negative plan has none.
TEST(ValidateCompletion, NotApplicableWhereThePlanIsNegative) {
    EXPECT_EQ(pt::completion_rate(-5.0, -10.0).why(), pt::reason::not_applicable);
    EXPECT_EQ(pt::completion_rate(5.0, 0.0).why(), pt::reason::zero_base);
    EXPECT_NEAR(pt::completion_rate(5.0, 10.0)->value(), 50.0, 1e-12);
    const auto book = book_of("a,net,actual,2025,level,=,-5,人\nt,net,target,2025,level,不低于,-10,人\n");
    const auto report = pt::plan_from_figures(book).evaluate(pt::period::year(2025));
    ASSERT_EQ(report.assessments.size(), 1u);
    EXPECT_EQ(report.assessments[0].outcome, pt::verdict::exceeded);
    EXPECT_EQ(report.assessments[0].completion.why(), pt::reason::not_applicable);
}

// A no-break space at the end of an indicator id separated a binding target
// from its actual ("no data", exit 0).
TEST(ValidateIdentifiers, InvisibleAndLookAlikeCharactersAreRefusedAtTheirPosition) {
    const auto error_of = [](const std::string& figures) {
        auto read = pt::io::read_figures_csv(header + figures, {}, "f.csv");
        return read.ok() ? std::string("accepted") : read.error().to_string();
    };
    // "a,gdp" then U+00A0: the no-break space is byte 4 of the indicator id, column 6.
    EXPECT_EQ(error_of("a,gdp\u00A0,actual,2025,level,=,5,元\n"),
              "f.csv:2:6: indicator id contains a no-break space (U+00A0) at byte 4, which the identifier rule "
              "refuses: 'gdp\u00A0'");
    // Quoted: one column further.
    EXPECT_TRUE(has(error_of("a,\"gdp\u00A0\",actual,2025,level,=,5,元\n"), "f.csv:2:7: indicator id contains a no-break"));
    EXPECT_TRUE(has(error_of("a\u200B,x,actual,2025,level,=,5,元\n"), "f.csv:2:2: figure id contains a zero-width character (U+200B)"));
    EXPECT_TRUE(has(error_of("\u00ADa,x,actual,2025,level,=,5,元\n"), "soft hyphen (U+00AD) at byte 1"));
    EXPECT_TRUE(has(error_of("a,x\uFEFF,actual,2025,level,=,5,元\n"), "byte-order mark"));
    EXPECT_TRUE(has(error_of("a,x\u202E,actual,2025,level,=,5,元\n"), "bidirectional control (U+202E)"));
    EXPECT_TRUE(has(error_of("a,x\u2066,actual,2025,level,=,5,元\n"), "bidirectional isolate (U+2066)"));
    EXPECT_TRUE(has(error_of("a,x\u3000y,actual,2025,level,=,5,元\n"), "ideographic space (U+3000)"));
    EXPECT_TRUE(has(error_of("a,x\u2009,actual,2025,level,=,5,元\n"), "Unicode space (U+2009)"));
    EXPECT_TRUE(has(error_of("a,\uFF47dp,actual,2025,level,=,5,元\n"), "full-width form of an ASCII character (U+FF47)"));
    // A unit: full-width km; a unit with a trailing no-break space (column 30).
    EXPECT_TRUE(has(error_of("a,x,actual,2025,level,=,5,\uFF4Bm\n"), "f.csv:2:27: unit contains a full-width form"));
    EXPECT_TRUE(has(error_of("a,x,actual,2025,level,=,5,万元\u00A0\n"), "f.csv:2:33: unit contains a no-break space"));
    // Leading and trailing ASCII spaces and tabs are trimmed, as before.
    EXPECT_EQ(error_of("a ,x\t,actual,2025,level,=,5,元\n"), "accepted");
    // Relations: their ids and the operands.
    auto read = pt::io::read_figures_csv(header + "a,x,actual,2025,level,=,5,元\nb,x,actual,2024,level,=,5,元\n",
                                         "id,kind,result,operands\nr\u200D,ordering,a,b\nr2,ordering,a,b\u00A0\n", "f.csv",
                                         "r.csv");
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(has(read.error().to_string(), "r.csv:2:2: relation id contains a zero-width character (U+200D)"))
        << read.error().to_string();
    EXPECT_TRUE(has(read.error().to_string(), "(first of 2 errors)"));
    // JSON: the field's pointer.
    const auto json = pt::io::read_figures_json(
        "{\"figures\":[{\"id\":\"a\",\"indicator\":\"x\u00A0\",\"role\":\"actual\",\"period\":\"2025\",\"measure\":\"level\","
        "\"comparator\":\"=\",\"value\":\"5\",\"unit\":\"元\"}]}",
        "b.json");
    ASSERT_FALSE(json.ok());
    EXPECT_TRUE(has(json.error().to_string(), "b.json: /figures/0/indicator: indicator id contains a no-break space"))
        << json.error().to_string();
}

TEST(ValidateIdentifiers, TheTableIsSortedAndNamesEachCharacter) {
    const auto& table = pt::io::refused_identifier_characters;
    for (std::size_t i = 1; i < table.size(); ++i) EXPECT_LT(table[i - 1].last, table[i].first) << i;
    for (const auto& r : table) EXPECT_LE(r.first, r.last);
    EXPECT_EQ(pt::io::code_point_label(0xA0), "U+00A0");
    EXPECT_EQ(pt::io::code_point_label(0x1F600), "U+1F600");
    EXPECT_FALSE(pt::io::find_refused_character("gdp.level-2025_a 万元 微克/立方米 %"));
}

// The Shapingba data validates clean: every check holds on a real report.
TEST(ValidateShapingba, TheDataHasNoErrors) {
    const std::filesystem::path dir = PLANTARGET_SHAPINGBA_DATA;
    auto read = pt::io::read_figures_csv_files(dir / "figures.csv", dir / "relations.csv");
    ASSERT_TRUE(read.ok()) << read.error().to_string();
    for (const auto& e : pt::validate(read.value())) ADD_FAILURE() << e.to_string();
    // The report prints the foreign-trade growth twice (6.8 %): one observation.
    const auto same = pt::actuals_for_the_same_months(read.value());
    ASSERT_EQ(same.size(), 1u);
    EXPECT_TRUE(same[0].agree);
}

// ---- a period and the parts that tile it --------------------------------------
// Before: a quarter and its three months (or a half and its two quarters) were
// independent observations; a quarter that its months contradict was evaluated.

TEST(ValidatePeriodParts, AQuarterItsMonthsDisagreeIsALocatedError) {
    const std::string e = only_error(
        "m1,inv,actual,2025-01,level,=,10,亿元\n"
        "m2,inv,actual,2025-02,level,=,10,亿元\n"
        "m3,inv,actual,2025-03,level,=,10,亿元\n"
        "q1,inv,actual,2025Q1,level,=,35,亿元\n");
    EXPECT_TRUE(has(e, "f.csv:5:1:")) << e;
    EXPECT_TRUE(has(e, "2025Q1")) << e;
    EXPECT_TRUE(has(e, "sum of its 3 parts, 30 亿元")) << e;
    EXPECT_TRUE(has(e, "m1 (f.csv:2)")) << e;
}

TEST(ValidatePeriodParts, PartsThatAgreeWithinRoundingAreNoError) {
    // 3.3 + 3.3 + 3.3 = 9.9; printed at whole 亿元 the quarter is "10" (9.5..10.5),
    // the months 3.25..3.35 each: their sum 9.75..10.05 meets it.
    EXPECT_TRUE(messages(book_of("m1,inv,actual,2025-01,level,=,3.3,亿元\n"
                                 "m2,inv,actual,2025-02,level,=,3.3,亿元\n"
                                 "m3,inv,actual,2025-03,level,=,3.3,亿元\n"
                                 "q1,inv,actual,2025Q1,level,=,10,亿元\n"))
                    .empty());
    // Just outside: 9.4 cannot be "10" nor the sum of three 3.3s (9.75..10.05).
    EXPECT_EQ(messages(book_of("m1,inv,actual,2025-01,level,=,3.3,亿元\n"
                               "m2,inv,actual,2025-02,level,=,3.3,亿元\n"
                               "m3,inv,actual,2025-03,level,=,3.3,亿元\n"
                               "q1,inv,actual,2025Q1,level,=,9.4,亿元\n"))
                  .size(),
              1u);
    // Across scales: 5000 万元 + 5000 万元 is 1 亿元.
    EXPECT_TRUE(messages(book_of("q1,inv,actual,2025Q1,level,=,5000,万元\n"
                                 "q2,inv,actual,2025Q2,level,=,5000,万元\n"
                                 "h1,inv,actual,2025H1,level,=,1,亿元\n"))
                    .empty());
}

TEST(ValidatePeriodParts, AHalfAndItsQuartersAndAYearToDateAndItsMonths) {
    const std::string half = only_error(
        "q1,jobs,actual,2025Q1,level,=,1.2,万人\n"
        "q2,jobs,actual,2025Q2,level,=,1.3,万人\n"
        "h1,jobs,actual,2025H1,level,=,3.5,万人\n");
    EXPECT_TRUE(has(half, "sum of its 2 parts, 2.5 万人")) << half;
    const std::string ytd = only_error(
        "m1,jobs,actual,2025-01,level,=,100,人\n"
        "m2,jobs,actual,2025-02,level,=,100,人\n"
        "y2,jobs,actual,2025-01..2025-02,level,=,300,人\n");
    EXPECT_TRUE(has(ytd, "2025-01..2025-02")) << ytd;
}

TEST(ValidatePeriodParts, RatesBoundsAndIncompletePartsAreNotSummed) {
    // A rate is not the sum of its months.
    EXPECT_TRUE(messages(book_of("m1,u,actual,2025-01,share,=,5.5,%\n"
                                 "m2,u,actual,2025-02,share,=,5.5,%\n"
                                 "m3,u,actual,2025-03,share,=,5.5,%\n"
                                 "q1,u,actual,2025Q1,share,=,5.5,%\n"))
                    .empty());
    // A month known only as a bound (超) decides nothing about the sum.
    EXPECT_TRUE(messages(book_of("m1,inv,actual,2025-01,level,超,10,亿元\n"
                                 "m2,inv,actual,2025-02,level,=,10,亿元\n"
                                 "m3,inv,actual,2025-03,level,=,10,亿元\n"
                                 "q1,inv,actual,2025Q1,level,=,35,亿元\n"))
                    .empty());
    // Two of three months: no tiling, nothing to compare.
    EXPECT_TRUE(messages(book_of("m1,inv,actual,2025-01,level,=,10,亿元\n"
                                 "m3,inv,actual,2025-03,level,=,10,亿元\n"
                                 "q1,inv,actual,2025Q1,level,=,35,亿元\n"))
                    .empty());
}

// ---- a year-to-date total and an earlier one with the months after it ----------
// Before: 1-6月 against 1-5月 and 6月 was not compared; the engine summed one
// way or the other.

TEST(ValidatePeriodParts, AYearToDateAgainstAnEarlierOneAndTheMonthsAfterIt) {
    // 1-5月 50.3 + 6月 10.2 stand for 60.40..60.60; 1-6月 60.4 (60.35..60.45) meets it.
    EXPECT_TRUE(messages(book_of("y5,inv,actual,2025-01..2025-05,level,=,50.3,亿元\n"
                                 "m6,inv,actual,2025-06,level,=,10.2,亿元\n"
                                 "y6,inv,actual,2025-01..2025-06,level,=,60.4,亿元\n"))
                    .empty());
    // 1-6月 61.0 (60.95..61.05) does not: a located error naming all three.
    const std::string e = only_error(
        "y5,inv,actual,2025-01..2025-05,level,=,50.3,亿元\n"
        "m6,inv,actual,2025-06,level,=,10.2,亿元\n"
        "y6,inv,actual,2025-01..2025-06,level,=,61.0,亿元\n");
    EXPECT_TRUE(has(e, "f.csv:4:1:")) << e;
    EXPECT_TRUE(has(e, "figure y6 (f.csv:4) (2025-01..2025-06: = 61.0 亿元) disagrees beyond rounding with figure "
                       "y5 (f.csv:2) (2025-01..2025-05) and the months after it, 60.5 亿元 (y5, m6 (f.csv:3))"))
        << e;
}
