// Books over years (books.hpp): figure files of several reports linked into
// one book, by id, by name and unit kind, or by a link table; revisions and
// restated targets; publication dates; and the errors that stop evaluation.
// history.hpp: each indicator's verdicts by year and its missed-year runs.
#include <plantarget/books.hpp>
#include <plantarget/from_figures.hpp>
#include <plantarget/history.hpp>
#include <plantarget/io/extract.hpp>
#include <plantarget/io/figures_csv.hpp>
#include <plantarget/io/figures_json.hpp>
#include <plantarget/io/links_csv.hpp>
#include <plantarget/io/report_date.hpp>

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace {

namespace pt = plantarget;
namespace bg = boost::gregorian;

constexpr std::string_view header = "id,indicator,name_zh,role,period,measure,comparator,value,unit,quote\n";

// The figures of several CSV books, as plancheck reads them (one builder).
pt::figure_book read(const std::vector<std::pair<std::string, std::string>>& books) {
    pt::io::figure_book_builder b;
    for (const auto& [name, rows] : books) pt::io::add_figures_csv(b, std::string(header) + rows, name);
    auto book = b.finish();
    EXPECT_TRUE(book.ok()) << (book.ok() ? "" : book.error().to_string());
    return book.ok() ? book.value() : pt::figure_book{};
}

const pt::published_figure* figure(const pt::figure_book& b, std::string_view id) { return b.find(id); }

struct judged {
    pt::linked_books linked;
    pt::plan p;
    pt::plan_report report;
    std::vector<pt::indicator_history> history;
};
judged judge(const pt::figure_book& read_book, const pt::books_options& opt = {}) {
    judged j;
    j.linked = pt::link_books(read_book, opt);
    EXPECT_TRUE(j.linked.ok()) << (j.linked.ok() ? "" : j.linked.errors.front().to_string());
    j.p = pt::plan_from_figures(j.linked.book);
    j.report = j.p.evaluate(pt::period::year(2030));
    j.history = pt::history_of(j.p, j.report);
    return j;
}
const pt::history_point* point(const judged& j, std::string_view indicator, int year) {
    for (const auto& h : j.history)
        if (h.indicator_id == indicator)
            for (const auto& p : h.points)
                if (p.period == pt::period::year(year)) return &p;
    return nullptr;
}

// ---- reading several files ------------------------------------------------------------

TEST(BooksRead, SameIdInAnotherFileIsAnotherBooksFigure) {
    const auto book = read({{"a.csv", "jobs.2024,jobs,新增就业,target,2024,level,以上,3.5,万人,\n"},
                            {"b.csv", "jobs.2024,jobs,新增就业,actual,2024,level,,3.6,万人,\n"}});
    ASSERT_EQ(book.figures.size(), 2u);
    EXPECT_NE(figure(book, "jobs.2024"), nullptr);
    const auto* renamed = figure(book, "jobs.2024@b.csv");
    ASSERT_NE(renamed, nullptr);
    EXPECT_EQ(renamed->role, pt::figure_role::actual);
}

TEST(BooksRead, SameIdTwiceInOneFileIsStillAnError) {
    pt::io::figure_book_builder b;
    pt::io::add_figures_csv(b,
                            std::string(header) + "g,gdp,,actual,2024,level,,1,亿元,\ng,gdp,,actual,2025,level,,2,亿元,\n",
                            "a.csv");
    const auto book = b.finish();
    ASSERT_FALSE(book.ok());
    EXPECT_EQ(book.error().to_string(), "a.csv:3:1: duplicate figure id (first at line 2): 'g'");
}

TEST(BooksRead, RelationsNameTheFiguresOfTheirOwnFile) {
    pt::io::figure_book_builder b;
    pt::io::add_figures_csv(b, std::string(header) + "t,x,,actual,2024,level,,3,亿元,\np,x,,actual,2024,level,,3,亿元,\n", "a.csv");
    pt::io::add_figures_json(b,
                             R"({"figures": [{"id": "t", "indicator": "x", "role": "actual", "period": "2025",
                                 "measure": "level", "comparator": "", "value": "4", "unit": "亿元"},
                                {"id": "p", "indicator": "x", "role": "actual", "period": "2025",
                                 "measure": "level", "comparator": "", "value": "4", "unit": "亿元"}],
                                 "relations": [{"id": "r", "kind": "growth", "result": "t", "operands": ["p"]}]})",
                             "b.json");
    const auto book = b.finish();
    ASSERT_TRUE(book.ok()) << book.error().to_string();
    ASSERT_EQ(book.value().relations.size(), 1u);
    EXPECT_EQ(book.value().relations[0].result, "t@b.json");
    EXPECT_EQ(book.value().relations[0].operands, std::vector<std::string>{"p@b.json"});
}

// ---- publication dates -------------------------------------------------------------------

TEST(BooksDates, GivenElseTheTextsElseTheDayAfterTheLatestActualElseTheEarliestTarget) {
    const auto book = read({{"late.csv", "a,x,,actual,2025-01..2025-06,level,,1,亿元,\n"},
                            {"early.csv", "b,x,,actual,2024,level,,1,亿元,\n"},
                            {"plan.csv", "c,x,,target,2026,level,以上,1,亿元,\n"},
                            {"given.csv", "d,y,,actual,2030,level,,1,亿元,\n"}});
    pt::books_options opt;
    opt.published["given.csv"] = bg::date(2020, 3, 5);
    const auto books = pt::books_of(book, opt);
    ASSERT_EQ(books.size(), 4u);
    EXPECT_EQ(books[0].name, "given.csv");
    EXPECT_EQ(books[0].origin, pt::date_origin::given);
    EXPECT_EQ(books[1].name, "early.csv");
    EXPECT_EQ(books[1].published, bg::date(2025, 1, 1));
    EXPECT_EQ(books[1].origin, pt::date_origin::latest_actual);
    EXPECT_EQ(books[2].name, "late.csv");
    EXPECT_EQ(books[2].published, bg::date(2025, 7, 1));
    EXPECT_EQ(books[3].name, "plan.csv");
    EXPECT_EQ(books[3].published, bg::date(2026, 1, 1));
    EXPECT_EQ(books[3].origin, pt::date_origin::earliest_target);
    pt::books_options by_text;
    by_text.text_dates["plan.csv"] = bg::date(2024, 3, 5);
    const auto dated = pt::books_of(book, by_text);
    EXPECT_EQ(dated[0].name, "plan.csv");
    EXPECT_EQ(dated[0].origin, pt::date_origin::report_text);
}

TEST(BooksDates, ReportDateIsTheFirstFullDateOfTheOpeningLines) {
    EXPECT_EQ(pt::io::report_date("政府工作报告\n——2011年3月5日在大会上\n"), bg::date(2011, 3, 5));
    EXPECT_EQ(pt::io::report_date("报告\n２０２６年１月１５日\n"), bg::date(2026, 1, 15));
    EXPECT_EQ(pt::io::report_date("2025年经济增长5%\n"), std::nullopt);      // no day
    EXPECT_EQ(pt::io::report_date("报告\n2025年2月30日\n"), std::nullopt);     // no such day
    EXPECT_EQ(pt::io::report_date("1\n2\n3\n4\n5\n6\n7\n8\n2011年3月5日\n"), std::nullopt);  // past the title page
}

// ---- linking -----------------------------------------------------------------------------------

TEST(BooksLink, TargetOfOneBookJudgedOnTheActualOfTheNext) {
    const auto j = judge(read({{"r2024.csv", "gdp.g.2024,gdp,地区生产总值,target,2024,growth,左右,5,%,\n"
                                             "jobs.2024,jobs,新增城镇就业,target,2024,level,以上,3.5,万人,\n"},
                               {"r2025.csv", "gdp.g.2024,gdp,地区生产总值,actual,2024,growth,,4.4,%,\n"
                                             "jobs.2024,jobs,新增城镇就业,actual,2024,level,,3.49,万人,\n"}}));
    EXPECT_TRUE(j.linked.links.empty());  // linked by the same ids: nothing to review
    ASSERT_NE(point(j, "gdp", 2024), nullptr);
    EXPECT_EQ(point(j, "gdp", 2024)->outcome, pt::verdict::not_achieved);  // 4.4 below the band 4.5..5.5
    EXPECT_EQ(point(j, "jobs", 2024)->outcome, pt::verdict::not_achieved);  // 3.49 just below 3.5
}

TEST(BooksLink, ByNameAndUnitKindListedForReview) {
    const auto j = judge(read({{"a.csv", "t,cpi,居民消费价格总水平,target,2024,growth,左右,3,%,\n"},
                               {"b.csv", "r,居民消费价格,居民消费价格,actual,2024,growth,,2.9,%,\n"}}));
    ASSERT_EQ(j.linked.links.size(), 1u);
    const auto& l = j.linked.links[0];
    EXPECT_EQ(l.book, "b.csv");
    EXPECT_EQ(l.indicator, "居民消费价格");
    EXPECT_EQ(l.linked_to, "cpi");
    EXPECT_EQ(l.basis, pt::link_basis::same_name);
    EXPECT_NE(l.because.find("居民消费价格"), std::string::npos);
    EXPECT_EQ(point(j, "cpi", 2024)->outcome, pt::verdict::achieved);
}

TEST(BooksLink, NotByNameWhenTheUnitsDifferInKind) {
    const auto j = judge(read({{"a.csv", "t,x,城镇新增就业,target,2024,level,以上,3,万人,\n"},
                               {"b.csv", "r,y,城镇新增就业,actual,2024,level,,3,户,\n"}}));
    EXPECT_TRUE(j.linked.links.empty());
    EXPECT_EQ(point(j, "x", 2024)->outcome, pt::verdict::not_assessable);
}

TEST(BooksLink, NotByNameOntoAnIndicatorTheBookAlreadyPublishesForThatPeriod) {
    // The extractor's M2 and M2_2 of one sentence are two indicators.
    const auto j = judge(read({{"a.csv", "t,m2,广义货币,target,2024,growth,左右,12,%,\n"},
                               {"b.csv", "r1,m2,广义货币,actual,2024,growth,,11.8,%,\n"
                                         "r2,m2_2,广义货币,actual,2024,growth,,13,%,\n"}}));
    EXPECT_TRUE(j.linked.links.empty());
    EXPECT_EQ(point(j, "m2", 2024)->outcome, pt::verdict::achieved);
}

TEST(BooksLink, LinkTableLinksAndKeepsApart) {
    const auto read_book = read({{"a.csv", "t,jobs,新增城镇就业,target,2024,level,以上,3.5,万人,\n"
                                           "u,cpi,居民消费价格,target,2024,growth,左右,3,%,\n"},
                                 {"b.csv", "r,城镇新增就业,城镇新增就业,actual,2024,level,,3.6,万人,\n"
                                           "s,居民消费价格涨幅,居民消费价格涨幅,actual,2024,growth,,2.9,%,\n"}});
    pt::books_options opt;
    opt.links = {{"城镇新增就业", "jobs", "", {"links.csv", 2, 1}}, {"居民消费价格涨幅", "", "b.csv", {"links.csv", 3, 1}}};
    const auto j = judge(read_book, opt);
    ASSERT_EQ(j.linked.links.size(), 1u);
    EXPECT_EQ(j.linked.links[0].basis, pt::link_basis::link_table);
    EXPECT_EQ(point(j, "jobs", 2024)->outcome, pt::verdict::exceeded);
    EXPECT_EQ(point(j, "cpi", 2024)->outcome, pt::verdict::not_assessable);  // kept apart: no actual
}

TEST(BooksLink, ExtractedBooksKeepApartTheSameIdWithUnitsOfAnotherKind) {
    const auto read_book = read({{"a.txt", "x1,增加,增加,actual,2024,level,,5,亿元,\n"},
                                 {"b.txt", "x2,增加,增加,actual,2025,level,,5,万户,\n"}});
    pt::books_options opt;
    opt.extracted = {"a.txt", "b.txt"};
    const auto linked = pt::link_books(read_book, opt);
    ASSERT_TRUE(linked.ok());
    ASSERT_EQ(linked.links.size(), 1u);
    EXPECT_EQ(linked.links[0].basis, pt::link_basis::kept_apart);
    EXPECT_EQ(linked.links[0].linked_to, "增加@b.txt");
    // The same books as data files: an error.
    const auto refused = pt::link_books(read_book);
    ASSERT_FALSE(refused.ok());
}

// ---- errors ------------------------------------------------------------------------------

TEST(BooksErrors, UnitsOfDifferentKindsNameBothPlaces) {
    const auto linked = pt::link_books(read({{"a.csv", "t,jobs,就业,target,2024,level,以上,3.5,万人,\n"},
                                             {"b.csv", "r,jobs,就业,actual,2024,level,,3.6,户,\n"}}));
    ASSERT_EQ(linked.errors.size(), 1u);
    EXPECT_EQ(linked.errors[0].to_string(),
              "b.csv:2:1: indicator jobs is in 户 (households) here but in 万人 (persons) at a.csv:2: one measure of "
              "one indicator takes one kind of unit across books (give the indicators apart in a link table if they "
              "are not the same): '户'");
}

TEST(BooksErrors, LinkTableNamingWhatNoBookHasDuplicatesAndCycles) {
    const auto book = read({{"a.csv", "t,a,,target,2024,level,以上,1,亿元,\n"}, {"b.csv", "r,b,,actual,2024,level,,1,亿元,\n"}});
    const auto errors_of = [&](std::vector<pt::link_rule> rules) {
        pt::books_options opt;
        opt.links = std::move(rules);
        std::vector<std::string> out;
        for (const auto& e : pt::link_books(book, opt).errors) out.push_back(e.to_string());
        return out;
    };
    EXPECT_EQ(errors_of({{"zz", "a", "", {"l.csv", 2, 1}}}),
              std::vector<std::string>{"l.csv:2:1: the link table names an indicator that no book has: 'zz'"});
    EXPECT_EQ(errors_of({{"b", "zz", "", {"l.csv", 2, 1}}}),
              std::vector<std::string>{"l.csv:2:1: the link table links to an indicator that no book has: 'zz'"});
    EXPECT_EQ(errors_of({{"b", "a", "", {"l.csv", 2, 1}}, {"b", "a", "", {"l.csv", 3, 1}}}),
              std::vector<std::string>{"l.csv:3:1: duplicate link for the indicator (first at l.csv:2): 'b'"});
    EXPECT_EQ(errors_of({{"b", "a", "", {"l.csv", 2, 1}}, {"a", "b", "", {"l.csv", 3, 1}}}).size(), 2u);
    EXPECT_EQ(errors_of({{"b", "a", "", {"l.csv", 2, 1}}, {"a", "b", "", {"l.csv", 3, 1}}})[0],
              "l.csv:3:1: the link table's links form a cycle: a -> b -> a: 'a'");
    EXPECT_EQ(errors_of({{"a", "a", "", {"l.csv", 2, 1}}}),
              std::vector<std::string>{"l.csv:2:1: the link table links an indicator to itself: 'a'"});
    EXPECT_EQ(errors_of({{"a", "b", "c.csv", {"l.csv", 2, 1}}}),
              std::vector<std::string>{"l.csv:2:1: the link table names an indicator that book c.csv does not have: 'a'"});
}

TEST(BooksErrors, LinkTableCsvIsLocated) {
    const auto ok = pt::io::read_links_csv("indicator,linked_to,book\n城镇新增就业,jobs,\n,jobs,\n", "l.csv");
    ASSERT_EQ(ok.rules.size(), 1u);
    EXPECT_EQ(ok.rules[0].where.line, 2u);
    ASSERT_EQ(ok.errors.size(), 1u);
    EXPECT_EQ(ok.errors[0].to_string(), "l.csv:3:1: empty indicator in the link table");
    const auto no_column = pt::io::read_links_csv("indicator\nx\n", "l.csv");
    ASSERT_EQ(no_column.errors.size(), 1u);
    EXPECT_NE(no_column.errors[0].message.find("linked_to"), std::string::npos);
}

// ---- revisions, restatements, scales ---------------------------------------------------------

TEST(BooksRevisions, TheLaterBooksActualIsUsedAndBothAreKept) {
    const auto j = judge(read({{"r2025.csv", "t,gdp,,target,2024,level,以上,100,亿元,\n"
                                             "g24,gdp,,actual,2024,level,,99.8,亿元,\n"},
                               {"r2026.csv", "g24,gdp,,actual,2024,level,,100.2,亿元,\n"
                                             "g25,gdp,,actual,2025,level,,110,亿元,\n"}}));
    ASSERT_EQ(j.linked.revisions.size(), 1u);
    const auto& r = j.linked.revisions[0];
    EXPECT_EQ(r.used_book, "r2026.csv");
    EXPECT_EQ(r.earlier_book, "r2025.csv");
    EXPECT_EQ(pt::format_published_value(r.used), "100.2");
    EXPECT_EQ(pt::format_published_value(r.earlier), "99.8");
    EXPECT_FALSE(r.agree);
    EXPECT_EQ(point(j, "gdp", 2024)->outcome, pt::verdict::exceeded);  // on 100.2, not 99.8
}

TEST(BooksRevisions, ARevisedFigureStandsWhereTheOneItReplacesStood) {
    // The indicator's unit is its first figure's: the revised level, not the rank after it.
    const auto j = judge(read({{"r2025.csv", "l,trains,,actual,2025,level,,4156,列,\nk,trains,,actual,2025,rank,居第,1,位,\n"
                                             "t,trains,,target,2026,level,=,3800,列,\n"},
                               {"r2026.csv", "l,trains,,actual,2025,level,,4160,列,\na,trains,,actual,2026,level,,4000,列,\n"}}));
    EXPECT_EQ(j.p.indicator_by_id("trains")->unit.zh(), "列");
    EXPECT_EQ(point(j, "trains", 2026)->outcome, pt::verdict::exceeded);
}

TEST(BooksRevisions, RestatementWithinRoundingIsNotARevision) {
    const auto linked = pt::link_books(read({{"a.csv", "g,gdp,,actual,2024,level,,1.2,万亿元,\n"},
                                             {"b.csv", "h,gdp,,actual,2024,level,,12000,亿元,\n"}}));
    ASSERT_EQ(linked.revisions.size(), 1u);
    EXPECT_TRUE(linked.revisions[0].agree);
}

TEST(BooksRevisions, TargetIsJudgedAsFirstSet) {
    const auto j = judge(read({{"plan.csv", "t,jobs,,target,2024,level,以上,3.5,万人,\n"},
                               {"review.csv", "t2,jobs,,target,2024,level,以上,3,万人,\n"
                                              "a,jobs,,actual,2024,level,,3.2,万人,\n"}}));
    ASSERT_EQ(j.linked.restated.size(), 1u);
    EXPECT_EQ(j.linked.restated[0].kept_book, "plan.csv");
    EXPECT_FALSE(j.linked.restated[0].same);
    EXPECT_EQ(point(j, "jobs", 2024)->outcome, pt::verdict::not_achieved);  // against 3.5, not 3
}

TEST(BooksRevisions, ScalesOfOneKindAreConverted) {
    // The target in 万亿元, the actual in 亿元: 1.2 万亿元 is 12000 亿元.
    const auto at = [](const char* actual) {
        return judge(read({{"a.csv", "t,gdp,,target,2024,level,以上,1.2,万亿元,\n"},
                           {"b.csv", std::string("a,gdp,,actual,2024,level,,") + actual + ",亿元,\n"}}));
    };
    EXPECT_EQ(point(at("12000"), "gdp", 2024)->outcome, pt::verdict::achieved);
    EXPECT_EQ(point(at("11999"), "gdp", 2024)->outcome, pt::verdict::not_achieved);
    EXPECT_EQ(point(at("12001"), "gdp", 2024)->outcome, pt::verdict::exceeded);
}

TEST(BooksRevisions, TheSameTargetTwiceInOneBookIsOneCondition) {
    const auto j = judge(read({{"a.csv", "t,gdp,,target,2024,growth,左右,8,%,\nt2,gdp,,target,2024,growth,左右,8,%,\n"},
                               {"b.csv", "a,gdp,,actual,2024,growth,,8.2,%,\n"}}));
    ASSERT_EQ(j.p.targets().size(), 1u);
    EXPECT_EQ(j.p.targets()[0].spec.conditions.size(), 1u);
}

TEST(BooksRevisions, AFiveYearTotalIsNotTheFlowOfItsLastYear) {
    // 5771 new jobs over 2006..2010 and 1168 in 2010: the 2010 target is judged on 1168.
    const auto j = judge(read({{"a.csv", "t,jobs,城镇新增就业,target,2010,level,以上,900,万人,\n"},
                               {"b.csv", "f,jobs,城镇新增就业,actual,2006..2010,level,,5771,万人,\n"
                                         "y,jobs,城镇新增就业,actual,2010,level,,1168,万人,\n"}}));
    EXPECT_EQ(point(j, "jobs", 2010)->outcome, pt::verdict::exceeded);
    ASSERT_TRUE(point(j, "jobs", 2010)->actual.ok());
    EXPECT_DOUBLE_EQ(*point(j, "jobs", 2010)->actual, 1168.0);
}

TEST(BooksRevisions, TargetsOfTwoBooksForOnePeriodAreTwoTargets) {
    // A five-year plan's level for 2015 and the 2015 report's growth target.
    const auto j = judge(read({{"r2011.csv", "l,gdp,国内生产总值,target,2015,level,超过,55,万亿元,\n"},
                               {"r2015.csv", "g,gdp,国内生产总值,target,2015,growth,左右,7,%,\n"},
                               {"r2016.csv", "a,gdp,国内生产总值,actual,2015,level,,67.7,万亿元,\n"
                                             "b,gdp,国内生产总值,actual,2015,growth,,6.9,%,\n"}}));
    EXPECT_EQ(j.p.targets().size(), 2u);
    ASSERT_EQ(j.history.size(), 2u);
    EXPECT_EQ(j.history[0].what, pt::measure::level);
    EXPECT_EQ(j.history[1].what, pt::measure::growth);
    EXPECT_EQ(j.history[1].points[0].outcome, pt::verdict::achieved);
}

TEST(BooksOneBook, IsReturnedAsItIs) {
    const auto book = read({{"a.csv", "t,gdp,,target,2024,growth,左右,8,%,\nt2,gdp,,target,2024,growth,左右,8,%,\n"}});
    const auto linked = pt::link_books(book);
    EXPECT_EQ(linked.book.figures.size(), 2u);
    EXPECT_EQ(linked.books.size(), 1u);
}

// ---- history ----------------------------------------------------------------------------------

// Jobs targets 2020..2026 with actuals missing, meeting and missing them.
judged jobs_history(const std::vector<std::pair<int, const char*>>& actuals) {
    std::string targets, results;
    for (int y = 2020; y <= 2026; ++y)
        targets += "t" + std::to_string(y) + ",jobs,,target," + std::to_string(y) + ",level,以上,10,万人,\n";
    for (const auto& [y, v] : actuals)
        results += "a" + std::to_string(y) + ",jobs,,actual," + std::to_string(y) + ",level,," + v + ",万人,\n";
    return judge(read({{"plan.csv", targets}, {"results.csv", results}}));
}

TEST(History, MissedYearsRunning) {
    // 2020 met, 2021-2023 missed, 2024 met, 2025-2026 missed.
    const auto j = jobs_history({{2020, "10"}, {2021, "9.9"}, {2022, "9"}, {2023, "8"}, {2024, "11"}, {2025, "9"}, {2026, "9"}});
    ASSERT_EQ(j.history.size(), 1u);
    EXPECT_EQ(j.history[0].points.size(), 7u);
    EXPECT_EQ(j.history[0].longest_missed_run, 3);
    EXPECT_EQ(j.history[0].missed_run_now, 2);
    EXPECT_TRUE(j.history[0].points[1].margin.ok());
    EXPECT_NEAR(*j.history[0].points[1].margin, -0.1, 1e-12);
}

TEST(History, AYearWithoutAnActualEndsARun) {
    // 2022 has no actual (not assessable): the misses of 2021 and 2023 are two runs of one.
    const auto j = jobs_history({{2020, "10"}, {2021, "9"}, {2023, "9"}, {2024, "10"}, {2025, "10"}, {2026, "10"}});
    EXPECT_EQ(j.history[0].longest_missed_run, 1);
    EXPECT_EQ(j.history[0].missed_run_now, 0);
    EXPECT_EQ(point(j, "jobs", 2022)->outcome, pt::verdict::not_assessable);
}

TEST(History, BandsForCharts) {
    const auto j = judge(read({{"a.csv", "g,gdp,,target,2024,growth,左右,5,%,\nu,un,,target,2024,level,以内,5.5,%,\n"
},
                               {"b.csv", "x,un,,actual,2024,level,,5.2,%,\n"}}));
    const auto* gdp = point(j, "gdp", 2024);
    ASSERT_NE(gdp, nullptr);
    EXPECT_DOUBLE_EQ(gdp->low, 4.5);  // the default band, though no actual was judged
    EXPECT_DOUBLE_EQ(gdp->high, 5.5);
    const auto* un = point(j, "un", 2024);
    EXPECT_TRUE(un->open_low);
    EXPECT_FALSE(un->open_high);
    EXPECT_DOUBLE_EQ(un->high, 5.5);
    EXPECT_EQ(pt::history_periods(j.history), std::vector<pt::period>{pt::period::year(2024)});
}

// ---- growth at comparable prices -------------------------------------------------------------

TEST(PriceBasis, RealGrowthIsNotComputedFromCurrentPriceLevels) {
    // GDP (生产总值: comparable prices) with levels only: no growth from them.
    const auto j = judge(read({{"a.csv", "t,gdp,地区生产总值,target,2025,growth,左右,5,%,\n"
                                         "l24,gdp,地区生产总值,actual,2024,level,,100,亿元,\n"},
                               {"b.csv", "l25,gdp,地区生产总值,actual,2025,level,,106,亿元,\n"}}));
    EXPECT_EQ(point(j, "gdp", 2025)->outcome, pt::verdict::not_assessable);
    EXPECT_EQ(point(j, "gdp", 2025)->why, pt::reason::price_basis);
    // A nominal indicator's growth comes from its levels.
    const auto k = judge(read({{"a.csv", "t,rev,税收收入,target,2025,growth,左右,5,%,\nl24,rev,税收收入,actual,2024,level,,100,亿元,\n"},
                               {"b.csv", "l25,rev,税收收入,actual,2025,level,,106,亿元,\n"}}));
    EXPECT_EQ(point(k, "rev", 2025)->outcome, pt::verdict::achieved);
}

}  // namespace

namespace {

// 五年城镇新增就业4500万人: a total over the plan period (test mode period_total,
// from the wording 五年), summed over its years, or the span's own actual.
pt::assessment five_year_jobs(const std::string& actuals, int as_of) {
    const auto book = read({{"plan.csv", "t,jobs,城镇新增就业,target,2011..2015,level,,4500,万人,五年城镇新增就业4500万人\n"},
                            {"results.csv", actuals}});
    const pt::plan p = pt::plan_from_figures(pt::link_books(book).book);
    return p.evaluate(pt::period::year(as_of)).assessments.at(0);
}
std::string years_of(std::initializer_list<std::pair<int, int>> v) {
    std::string out;
    for (const auto& [y, n] : v)
        out += "a" + std::to_string(y) + ",jobs,城镇新增就业,actual," + std::to_string(y) + ",level,," + std::to_string(n) + ",万人,\n";
    return out;
}

TEST(PlanPeriodTotal, SummedOverTheYears) {
    const auto all = years_of({{2011, 900}, {2012, 900}, {2013, 900}, {2014, 900}, {2015, 900}});
    const auto a = five_year_jobs(all, 2015);
    EXPECT_EQ(a.test, pt::test_mode::period_total);
    EXPECT_EQ(a.outcome, pt::verdict::achieved);  // 4500: at the bound
    ASSERT_TRUE(a.actual.ok());
    EXPECT_DOUBLE_EQ(*a.actual, 4500.0);
    EXPECT_EQ(five_year_jobs(years_of({{2011, 900}, {2012, 900}, {2013, 900}, {2014, 900}, {2015, 899}}), 2015).outcome,
              pt::verdict::not_achieved);
    EXPECT_EQ(five_year_jobs(years_of({{2011, 900}, {2012, 900}, {2013, 900}, {2014, 900}, {2015, 901}}), 2015).outcome,
              pt::verdict::exceeded);
}

TEST(PlanPeriodTotal, AMissingYearIsAGap) {
    const auto a = five_year_jobs(years_of({{2011, 900}, {2012, 900}, {2014, 900}, {2015, 900}}), 2015);
    EXPECT_EQ(a.outcome, pt::verdict::not_assessable);
    EXPECT_EQ(a.why, pt::reason::gap);
}

TEST(PlanPeriodTotal, InsideThePeriodProRataByYears) {
    // After 2011..2013, 3/5 of 4500 = 2700 is expected.
    const auto on = five_year_jobs(years_of({{2011, 900}, {2012, 900}, {2013, 900}}), 2013);
    EXPECT_EQ(on.outcome, pt::verdict::on_schedule);
    ASSERT_TRUE(on.expected_to_date.ok());
    EXPECT_DOUBLE_EQ(*on.expected_to_date, 2700.0);
    EXPECT_EQ(five_year_jobs(years_of({{2011, 900}, {2012, 900}, {2013, 899}}), 2013).outcome,
              pt::verdict::behind_schedule);
}

TEST(PlanPeriodTotal, TheSpansOwnActual) {
    const auto a = five_year_jobs("f,jobs,城镇新增就业,actual,2011..2015,level,,5771,万人,\n", 2015);
    EXPECT_EQ(a.outcome, pt::verdict::exceeded);
    EXPECT_DOUBLE_EQ(*a.actual, 5771.0);
}

}  // namespace

namespace {

// A plan-period target followed through the years inside it (history_point::through).
TEST(PlanPeriodTotal, FollowedThroughTheYears) {
    const auto j = judge(read({{"plan.csv", "t,jobs,城镇新增就业,target,2011..2015,level,,4500,万人,五年城镇新增就业4500万人\n"},
                               {"results.csv", years_of({{2011, 850}, {2012, 950}, {2013, 900}})}}));
    ASSERT_EQ(j.history.size(), 1u);
    const auto& through = j.history[0].points.at(0).through;
    ASSERT_EQ(through.size(), 5u);
    EXPECT_EQ(through[0].year, 2011);
    EXPECT_EQ(through[0].outcome, pt::verdict::behind_schedule);  // 850 of 900
    EXPECT_EQ(through[1].outcome, pt::verdict::on_schedule);      // 1800 of 1800
    EXPECT_EQ(through[2].outcome, pt::verdict::on_schedule);      // 2700 of 2700
    ASSERT_TRUE(through[2].expected_to_date.ok());
    EXPECT_DOUBLE_EQ(*through[2].expected_to_date, 2700.0);
    EXPECT_EQ(through[3].why, pt::reason::gap);                   // no 2014 figure
    EXPECT_EQ(through[4].why, pt::reason::gap);
}

}  // namespace
