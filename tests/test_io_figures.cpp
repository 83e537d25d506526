// Figures and relations from files: the Shapingba data read whole, CSV to
// JSON and back with equal content, every class of input error reported at
// its file:line:column (or JSON path), and the encodings and line endings
// spreadsheets produce.
#include <plantarget/io/figures_csv.hpp>
#include <plantarget/io/figures_json.hpp>

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

using plantarget::figure_book;
using plantarget::parse_error;
using plantarget::published_figure;
using plantarget::io::read_figures_csv;
using plantarget::io::read_figures_json;

const std::string shapingba_dir = PLANTARGET_SHAPINGBA_DATA;

std::string slurp(const std::string& path) {
    auto text = plantarget::io::read_text_file(path);
    EXPECT_TRUE(text.ok()) << path;
    return text.ok() ? text.value() : std::string();
}

// The header of a figures table, and one good row whose fields start at
// columns 1, 4, 8, 12, 14, 16, 23, 28, 34, 36, 41, 46:
//   "g1," 1-3  "gdp," 4-7  "1.1," 8-11  "n," 12-13  "n," 14-15  "actual," 16-22
//   "2025," 23-27  "level," 28-33  "=," 34-35  "12.5," 36-40  "yuan," 41-45  "q" 46
const std::string header = "id,indicator,section,name_zh,name_en,role,period,measure,comparator,value,unit,quote\n";
const std::string good_row = "g1,gdp,1.1,n,n,actual,2025,level,=,12.5,yuan,q\n";
const std::string relations_header = "id,kind,result,operands,note\n";

figure_book book_ok(const std::string& figures, const std::string& relations = {}) {
    const auto b = read_figures_csv(figures, relations, "f.csv", "r.csv");
    EXPECT_TRUE(b.ok()) << (b.ok() ? std::string() : b.error().to_string());
    return b.ok() ? b.value() : figure_book{};
}

parse_error book_error(const std::string& figures, const std::string& relations = {}) {
    const auto b = read_figures_csv(figures, relations, "f.csv", "r.csv");
    EXPECT_FALSE(b.ok()) << "accepted: " << figures << relations;
    return b.ok() ? parse_error{} : b.error();
}

void expect_at(const parse_error& e, const std::string& file, std::size_t line, std::size_t column) {
    EXPECT_EQ(e.where.file, file) << e.to_string();
    EXPECT_EQ(e.where.line, line) << e.to_string();
    EXPECT_EQ(e.where.column, column) << e.to_string();
}

bool same_figure(const published_figure& a, const published_figure& b) {
    return a.id == b.id && a.indicator_id == b.indicator_id && a.section == b.section && a.name_zh == b.name_zh &&
           a.name_en == b.name_en && a.role == b.role && a.period == b.period && a.measure == b.measure &&
           a.comparator_text == b.comparator_text && a.has_value == b.has_value && a.value.value == b.value.value &&
           a.value.decimals == b.value.decimals && a.unit == b.unit && a.unit.zh() == b.unit.zh() &&
           a.quote == b.quote && a.kind == b.kind && a.better == b.better && a.basis == b.basis && a.test == b.test &&
           a.tolerance.has_value() == b.tolerance.has_value() &&
           (!a.tolerance || (a.tolerance->value == b.tolerance->value && a.tolerance->decimals == b.tolerance->decimals));
}

void expect_same_book(const figure_book& a, const figure_book& b) {
    ASSERT_EQ(a.figures.size(), b.figures.size());
    for (std::size_t i = 0; i < a.figures.size(); ++i)
        EXPECT_TRUE(same_figure(a.figures[i], b.figures[i])) << "figure " << a.figures[i].id;
    ASSERT_EQ(a.sections.size(), b.sections.size());
    for (std::size_t i = 0; i < a.sections.size(); ++i)
        EXPECT_TRUE(a.sections[i].number == b.sections[i].number && a.sections[i].title == b.sections[i].title)
            << "section " << a.sections[i].number;
    ASSERT_EQ(a.relations.size(), b.relations.size());
    for (std::size_t i = 0; i < a.relations.size(); ++i) {
        const auto& x = a.relations[i];
        const auto& y = b.relations[i];
        EXPECT_TRUE(x.id == y.id && x.kind == y.kind && x.result == y.result && x.operands == y.operands &&
                    x.note == y.note)
            << "relation " << x.id;
    }
}

// ---- the Shapingba data ---------------------------------------------------------

TEST(IoFiguresShapingba, LoadsWhole) {
    const std::string figures = slurp(shapingba_dir + "/figures.csv");
    const std::string relations = slurp(shapingba_dir + "/relations.csv");
    const auto book = read_figures_csv(figures, relations, "figures.csv", "relations.csv");
    ASSERT_TRUE(book.ok()) << book.error().to_string();
    // `wc -l` gives 269 and 52 lines, one header each, no multi-line fields;
    // the CSV reader's own row count must agree (no row dropped on the way).
    EXPECT_EQ(book->figures.size(), 268u);
    EXPECT_EQ(book->relations.size(), 51u);
    EXPECT_EQ(book->figures.size(), plantarget::io::parse_csv(figures).value().rows.size());
    EXPECT_EQ(book->relations.size(), plantarget::io::parse_csv(relations).value().rows.size());

    // Line 3: gdp.level.2025,...,level,突破,1300,亿元 -> more than 1300 亿元, 1.3e11 yuan.
    const published_figure* gdp = book->find("gdp.level.2025");
    ASSERT_NE(gdp, nullptr);
    EXPECT_EQ(gdp->comparator_text, "突破");
    EXPECT_EQ(gdp->bound(), plantarget::value_bound::more_than);
    EXPECT_EQ(gdp->value.value, 1300.0);
    EXPECT_EQ(gdp->value.decimals, 0);
    EXPECT_EQ(gdp->unit.zh(), "亿元");
    EXPECT_DOUBLE_EQ(gdp->base_value(), 1300.0 * 1e8);
    EXPECT_EQ(gdp->period, plantarget::period::year(2025));

    // 居前列 rows leave the value empty.
    const published_figure* rank = book->find("central_budget_investment.rank.2025");
    ASSERT_NE(rank, nullptr);
    EXPECT_FALSE(rank->has_value);
    EXPECT_EQ(rank->measure, plantarget::figure_measure::rank);

    // The sum of key projects: 72 + 129 + 6 = 207, three operands split at '+'.
    const auto& sum = book->relations.front();
    EXPECT_EQ(sum.kind, plantarget::relation_kind::sum);
    ASSERT_EQ(sum.operands.size(), 3u);
    EXPECT_EQ(sum.operands[1], "key_projects_under_construction.level.2025");
    // The ratio 94.8% = 55 / 58: two operands split at '/'.
    const auto& ratio = book->relations[1];
    EXPECT_EQ(ratio.kind, plantarget::relation_kind::ratio);
    EXPECT_EQ(ratio.operands, (std::vector<std::string>{"disputes_resolved.level.2025", "disputes_screened.level.2025"}));
    const published_figure* rate = book->find("disputes_resolution_rate.share.2025");
    ASSERT_NE(rate, nullptr);
    EXPECT_EQ(rate->value.decimals, 1);
}

// The section_title column titles the section of its row and, before it,
// its parents (2025年… › 推动国家战略… › 成渝地区…): every section of the
// figures and each of their parents has one, as the report's headings read.
TEST(IoFiguresShapingba, SectionsHaveTheTitlesOfTheReportsHeadings) {
    const auto book = plantarget::io::read_figures_csv_files(shapingba_dir + "/figures.csv");
    ASSERT_TRUE(book.ok()) << book.error().to_string();
    const auto title = [&](std::string_view n) {
        const std::string* t = book->title_of_section(n);
        return t == nullptr ? std::string("(none)") : *t;
    };
    EXPECT_EQ(title("1"), "2025年国民经济和社会发展计划执行情况");
    EXPECT_EQ(title("1.1"), "推动国家战略落实落地，城市发展能级不断提升");
    EXPECT_EQ(title("1.1.1"), "成渝地区双城经济圈主阵地建设纵深推进");
    EXPECT_EQ(title("2"), "2026年实现国民经济和社会发展计划的重点工作");
    EXPECT_EQ(title("2.8.3"), "加快建设高品质生活宜居地");
    EXPECT_EQ(title("1.0"), "(none)");  // the part's own paragraphs: the part's title stands above them
    for (const auto& f : book->figures) {
        if (f.section != "1.0") {
            EXPECT_NE(book->title_of_section(f.section), nullptr) << f.id;
        }
    }
}

TEST(IoFiguresShapingba, CsvToJsonAndBackKeepsEveryField) {
    const auto csv = plantarget::io::read_figures_csv_files(shapingba_dir + "/figures.csv",
                                                            shapingba_dir + "/relations.csv");
    ASSERT_TRUE(csv.ok()) << csv.error().to_string();
    const std::string json = plantarget::io::write_figures_json(csv.value());
    const auto back = read_figures_json(json, "book.json");
    ASSERT_TRUE(back.ok()) << back.error().to_string();
    expect_same_book(csv.value(), back.value());

    // And to CSV again: the two tables read back to the same book.
    const auto again = read_figures_csv(plantarget::io::write_figures_csv(back.value()),
                                        plantarget::io::write_relations_csv(back.value()));
    ASSERT_TRUE(again.ok()) << again.error().to_string();
    expect_same_book(csv.value(), again.value());
}

TEST(IoFiguresShapingba, JsonKeepsPublishedDecimalsAsStrings) {
    const auto csv = plantarget::io::read_figures_csv_files(shapingba_dir + "/figures.csv",
                                                            shapingba_dir + "/relations.csv");
    ASSERT_TRUE(csv.ok());
    const auto doc = nlohmann::json::parse(plantarget::io::write_figures_json(csv.value()));
    ASSERT_EQ(doc.at("figures").size(), 268u);
    std::size_t nulls = 0;
    for (const auto& f : doc.at("figures")) {
        if (f.at("id") == "disputes_resolution_rate.share.2025") {
            EXPECT_EQ(f.at("value"), "94.8");
        }
        if (f.at("value").is_null()) ++nulls;
    }
    EXPECT_EQ(nulls, 3u);  // the three 居前列 ranks
    EXPECT_EQ(doc.at("relations").at(0).at("operands").size(), 3u);
}

// ---- values -----------------------------------------------------------------------

TEST(IoFiguresValues, DecimalsAsWritten) {
    const auto b = book_ok(header + "a,x,,,,actual,2025,share,=,94.80,%,\n" + "b,y,,,,actual,2025H1,level,=,105,yuan,\n");
    ASSERT_EQ(b.figures.size(), 2u);
    EXPECT_EQ(b.figures[0].value.value, 94.8);
    EXPECT_EQ(b.figures[0].value.decimals, 2);  // "94.80": two decimals written
    EXPECT_EQ(plantarget::io::format_figure_value(b.figures[0]), "94.80");
    EXPECT_EQ(b.figures[1].value.decimals, 0);
    EXPECT_EQ(b.figures[1].period, plantarget::period::half(2025, 1));
}

TEST(IoFiguresValues, ScaleWordMovesToTheUnit) {
    // "1.2万" persons is 1.2 万人 at one decimal: 12000 persons.
    const auto b = book_ok(header + "a,x,,,,actual,2025,level,=,1.2万,人,\n");
    ASSERT_EQ(b.figures.size(), 1u);
    EXPECT_EQ(b.figures[0].value.value, 1.2);
    EXPECT_EQ(b.figures[0].value.decimals, 1);
    EXPECT_EQ(b.figures[0].unit.zh(), "万人");
    EXPECT_DOUBLE_EQ(b.figures[0].base_value(), 12000.0);
}

TEST(IoFiguresValues, FullWidthDigitsAndPercentSign) {
    // "９４．８％" with the unit column empty: 94.8 %, one decimal.
    const auto b = book_ok(header + "a,x,,,,actual,2025,share,=,９４．８％,,\n");
    ASSERT_EQ(b.figures.size(), 1u);
    EXPECT_EQ(b.figures[0].value.value, 94.8);
    EXPECT_EQ(b.figures[0].value.decimals, 1);
    EXPECT_EQ(b.figures[0].unit.kind(), plantarget::units::unit_kind::percent);
}

TEST(IoFiguresValues, PercentSignWithAnotherUnitIsRefused) {
    // "a,x,,,,actual,2025,level,=," is 27 bytes: the value starts at column 28.
    const auto e = book_error(header + "a,x,,,,actual,2025,level,=,5%,人,\n");
    expect_at(e, "f.csv", 2, 28);
    EXPECT_NE(e.message.find("percent sign"), std::string::npos) << e.message;
}

TEST(IoFiguresValues, EmptyValueOnlyForAmongTheTop) {
    const auto b = book_ok(header + "a,x,,,,actual,2025,rank,居前列,,位,\n");
    ASSERT_EQ(b.figures.size(), 1u);
    EXPECT_FALSE(b.figures[0].has_value);

    const auto e = book_error(header + "g1,gdp,1.1,n,n,actual,2025,level,=,,yuan,q\n");
    expect_at(e, "f.csv", 2, 36);
    EXPECT_NE(e.message.find("empty value"), std::string::npos) << e.message;
}

TEST(IoFiguresValues, BareYearAndOtherPeriods) {
    const auto b = book_ok(header + "a,x,,,,actual,2025,level,=,1,yuan,\n" + "b,x,,,,actual,2025Q3,level,=,1,yuan,\n" +
                           "c,x,,,,actual,2025-01..2025-11,level,=,1,yuan,\n");
    ASSERT_EQ(b.figures.size(), 3u);
    EXPECT_EQ(b.figures[0].period, plantarget::period::year(2025));
    EXPECT_EQ(b.figures[1].period, plantarget::period::quarter(2025, 3));
    EXPECT_EQ(b.figures[2].period, plantarget::period::year_to_date(2025, 11));
}

// ---- one error of each class, at its line and column ----------------------------------

TEST(IoFiguresErrors, UnknownUnit) {
    const auto e = book_error(header + good_row + "g2,gdp,1.1,n,n,actual,2025,level,=,12.5,yuen,q\n");
    expect_at(e, "f.csv", 3, 41);
    EXPECT_EQ(e.text, "yuen");
    EXPECT_EQ(e.to_string(), "f.csv:3:41: unknown unit: 'yuen'");
}

TEST(IoFiguresErrors, MalformedNumber) {
    const auto e = book_error(header + good_row + "g2,gdp,1.1,n,n,actual,2025,level,=,12..5,yuan,q\n");
    expect_at(e, "f.csv", 3, 36);
    EXPECT_EQ(e.text, "12..5");
    EXPECT_TRUE(e.message.starts_with("malformed number")) << e.message;
}

TEST(IoFiguresErrors, UnknownComparatorIsNamed) {
    const auto e = book_error(header + good_row + "g2,gdp,1.1,n,n,actual,2025,level,大约,12.5,yuan,q\n");
    expect_at(e, "f.csv", 3, 34);
    EXPECT_EQ(e.text, "大约");
    EXPECT_TRUE(e.message.starts_with("unknown comparator")) << e.message;
    EXPECT_NE(e.message.find("居前列"), std::string::npos) << "the accepted words are listed";
}

TEST(IoFiguresErrors, UnknownRoleAndMeasure) {
    auto e = book_error(header + good_row + "g2,gdp,1.1,n,n,actul,2025,level,=,12.5,yuan,q\n");
    expect_at(e, "f.csv", 3, 16);
    EXPECT_EQ(e.text, "actul");
    EXPECT_TRUE(e.message.starts_with("unknown role")) << e.message;

    e = book_error(header + good_row + "g2,gdp,1.1,n,n,actual,2025,levl,=,12.5,yuan,q\n");
    expect_at(e, "f.csv", 3, 28);
    EXPECT_EQ(e.text, "levl");
    EXPECT_TRUE(e.message.starts_with("unknown measure")) << e.message;
}

TEST(IoFiguresErrors, DuplicateIdNamesTheFirst) {
    const auto e = book_error(header + good_row + good_row);
    expect_at(e, "f.csv", 3, 1);
    EXPECT_EQ(e.text, "g1");
    EXPECT_EQ(e.message, "duplicate figure id (first at line 2)");
}

TEST(IoFiguresErrors, UnparseablePeriod) {
    const auto e = book_error(header + good_row + "g2,gdp,1.1,n,n,actual,25,level,=,12.5,yuan,q\n");
    expect_at(e, "f.csv", 3, 23);
    EXPECT_EQ(e.text, "25");
    EXPECT_TRUE(e.message.starts_with("unparseable period")) << e.message;
}

TEST(IoFiguresErrors, RowWithTooFewFields) {
    // Located at the last field present: "1.1" at column 8.
    const auto e = book_error(header + good_row + "g2,gdp,1.1\n");
    expect_at(e, "f.csv", 3, 8);
    EXPECT_NE(e.message.find("row has 3 fields, header has 12"), std::string::npos) << e.message;
}

TEST(IoFiguresErrors, MissingRequiredColumn) {
    const auto e = book_error("id,indicator,role,period,measure,comparator,value\n");
    expect_at(e, "f.csv", 1, 1);
    EXPECT_NE(e.message.find("'unit'"), std::string::npos) << e.message;
}

TEST(IoFiguresErrors, OptionalColumnsMayBeLeftOut) {
    const auto b = book_ok("id,indicator,role,period,measure,comparator,value,unit\na,x,actual,2025,level,=,3,个\n");
    ASSERT_EQ(b.figures.size(), 1u);
    EXPECT_EQ(b.figures[0].name_zh, "");
    EXPECT_EQ(b.figures[0].unit.zh(), "个");
}

TEST(IoFiguresErrors, RelationNamingAnUnknownFigure) {
    // "r1," 1-3  "sum," 4-7  "g1," 8-10, then "g1+gx" from column 11: gx at 14.
    const auto e = book_error(header + good_row, relations_header + "r1,sum,g1,g1+gx,note\n");
    expect_at(e, "r.csv", 2, 14);
    EXPECT_EQ(e.text, "gx");
    EXPECT_EQ(e.message, "relation names an unknown figure id");
}

TEST(IoFiguresErrors, OperandColumnInsideAQuotedCell) {
    // The cell opens with a quote at column 11, so "gx" starts at 15.
    const auto e = book_error(header + good_row, relations_header + "r1,sum,g1,\"g1+gx\",note\n");
    expect_at(e, "r.csv", 2, 15);
}

TEST(IoFiguresErrors, UnknownRelationKind) {
    const auto e = book_error(header + good_row, relations_header + "r1,summ,g1,g1+g1,note\n");
    expect_at(e, "r.csv", 2, 4);
    EXPECT_EQ(e.text, "summ");
    EXPECT_TRUE(e.message.starts_with("unknown relation kind")) << e.message;
}

TEST(IoFiguresErrors, OperandSeparatorMustFitTheKind) {
    // A ratio is written numerator/denominator. "r1,ratio,g1," is 12 bytes:
    // the cell starts at 13, its '+' at 15.
    auto e = book_error(header + good_row, relations_header + "r1,ratio,g1,g1+g1,note\n");
    expect_at(e, "r.csv", 2, 15);
    EXPECT_NE(e.message.find("joined with '/'"), std::string::npos) << e.message;

    e = book_error(header + good_row, relations_header + "r1,growth,g1,g1/g1,note\n");
    EXPECT_NE(e.message.find("single figure id"), std::string::npos) << e.message;
}

TEST(IoFiguresErrors, OperandCount) {
    const auto e = book_error(header + good_row, relations_header + "r1,sum,g1,g1,note\n");
    expect_at(e, "r.csv", 2, 11);
    EXPECT_EQ(e.message, "a sum relation takes at least 2 operands, found 1");
}

TEST(IoFiguresErrors, EveryErrorIsCollectedAndTheFirstReturned) {
    // Three bad fields in one row (role, period, unit) and one in a later row.
    // Line 3 is shorter than the good row: "actul" 16-20, "25" 22-23,
    // "level" 25-29, "=" 31, "12.5" 33-36, "yuen" from 38.
    const std::string text = header + good_row + "g2,gdp,1.1,n,n,actul,25,level,=,12.5,yuen,q\n" +
                             "g3,gdp,1.1,n,n,actual,2025,level,~,12.5,yuan,q\n";
    plantarget::io::figure_book_builder builder;
    plantarget::io::add_figures_csv(builder, text, "f.csv");
    const auto book = builder.finish();
    ASSERT_FALSE(book.ok());
    EXPECT_EQ(book.error().to_string(), "f.csv:3:16: unknown role (expected actual, target, base) (first of 4 errors): 'actul'");
    const auto& all = builder.errors();
    ASSERT_EQ(all.size(), 4u);
    expect_at(all[1], "f.csv", 3, 22);
    expect_at(all[2], "f.csv", 3, 38);
    expect_at(all[3], "f.csv", 4, 34);
}

TEST(IoFiguresErrors, RelationErrorsComeAfterTheFiguresFile) {
    plantarget::io::figure_book_builder builder;
    plantarget::io::add_figures_csv(builder, header + good_row + "g2,gdp,1.1,n,n,actual,2025,level,=,1,yuen,q\n", "f.csv");
    plantarget::io::add_relations_csv(builder, relations_header + "r1,sum,g1,g1+gx,note\n", "r.csv");
    ASSERT_FALSE(builder.finish().ok());
    ASSERT_EQ(builder.errors().size(), 2u);
    EXPECT_EQ(builder.errors()[0].where.file, "f.csv");
    EXPECT_EQ(builder.errors()[1].where.file, "r.csv");
}

// ---- encodings, line endings, empty and truncated files --------------------------------

TEST(IoFiguresText, BomAndCrlfAccepted) {
    std::string text = "\xEF\xBB\xBF" + header + good_row;
    std::string crlf;
    for (const char c : text) {
        if (c == '\n') crlf += '\r';
        crlf += c;
    }
    const auto b = book_ok(crlf, "\xEF\xBB\xBF" "id,kind,result,operands,note\r\nr1,sum,g1,g1+g1,n\r\n");
    ASSERT_EQ(b.figures.size(), 1u);
    EXPECT_EQ(b.figures[0].quote, "q");  // no '\r' left on the last field
    EXPECT_EQ(b.figures[0].value.value, 12.5);
    EXPECT_EQ(b.relations.size(), 1u);

    // The mark is not counted in columns: the unit of line 2 is still at 41.
    const auto e = book_error("\xEF\xBB\xBF" + header + "g2,gdp,1.1,n,n,actual,2025,level,=,12.5,yuen,q\r\n");
    expect_at(e, "f.csv", 2, 41);
}

TEST(IoFiguresText, GbkRefusedWithHint) {
    // 地区 in GBK is B5 D8 C7 F8; it stands in name_zh at column 12.
    const auto e = book_error(header + "g1,gdp,1.1,\xB5\xD8\xC7\xF8,n,actual,2025,level,=,12.5,yuan,q\n");
    expect_at(e, "f.csv", 2, 12);
    EXPECT_NE(e.message.find("GBK"), std::string::npos) << e.message;
    EXPECT_EQ(e.text, "\\xB5\\xD8\\xC7\\xF8");
}

TEST(IoFiguresText, EmptyFileIsAnError) {
    const auto e = book_error("");
    EXPECT_EQ(e.message, "empty file");
    EXPECT_EQ(e.where.file, "f.csv");
}

TEST(IoFiguresText, HeaderOnlyIsAnEmptyBook) {
    EXPECT_TRUE(book_ok(header).figures.empty());
    EXPECT_TRUE(book_ok(header.substr(0, header.size() - 1)).figures.empty());  // without its newline
    EXPECT_TRUE(book_ok(header, relations_header).relations.empty());
}

TEST(IoFiguresText, LastLineWithoutNewline) {
    const auto b = book_ok(header + good_row.substr(0, good_row.size() - 1));
    ASSERT_EQ(b.figures.size(), 1u);
    EXPECT_EQ(b.figures[0].quote, "q");
}

TEST(IoFiguresText, QuotedFieldLeftOpenAtTheEnd) {
    // The quote opens at column 46 of line 2 and the file ends inside it.
    const auto e = book_error(header + "g1,gdp,1.1,n,n,actual,2025,level,=,12.5,yuan,\"q");
    expect_at(e, "f.csv", 2, 46);
    EXPECT_EQ(e.message, "unterminated quoted field");
}

// ---- JSON ---------------------------------------------------------------------------------

const std::string json_figure =
    R"({"id":"a","indicator":"x","role":"actual","period":"2025","measure":"level","comparator":"=","value":"1.50","unit":"亿元"})";

TEST(IoFiguresJson, ReadsAFigure) {
    const auto b = read_figures_json(R"({"figures":[)" + json_figure + "]}", "b.json");
    ASSERT_TRUE(b.ok()) << b.error().to_string();
    ASSERT_EQ(b->figures.size(), 1u);
    EXPECT_EQ(b->figures[0].value.value, 1.5);
    EXPECT_EQ(b->figures[0].value.decimals, 2);
    EXPECT_EQ(b->figures[0].unit.zh(), "亿元");
    EXPECT_TRUE(b->relations.empty());
}

TEST(IoFiguresJson, NumbersAndBareYearsAccepted) {
    const auto b = read_figures_json(
        R"({"figures":[{"id":"a","indicator":"x","role":"actual","period":2025,"measure":"share","comparator":"=","value":94.8,"unit":"%"},
                       {"id":"b","indicator":"x","role":"actual","period":"2024","measure":"rank","comparator":"居前列","value":null,"unit":"位"}]})");
    ASSERT_TRUE(b.ok()) << b.error().to_string();
    EXPECT_EQ(b->figures[0].period, plantarget::period::year(2025));
    EXPECT_EQ(b->figures[0].value.decimals, 1);
    EXPECT_FALSE(b->figures[1].has_value);
}

TEST(IoFiguresJson, SyntaxErrorAtLineAndColumn) {
    // Line 3 is `    {"id": }`: four spaces, then '{' at 5 ... '}' at 12, where a value was due.
    const auto b = read_figures_json("{\n  \"figures\": [\n    {\"id\": }\n  ]\n}\n", "b.json");
    ASSERT_FALSE(b.ok());
    expect_at(b.error(), "b.json", 3, 12);
    EXPECT_TRUE(b.error().message.starts_with("JSON syntax error")) << b.error().message;
}

TEST(IoFiguresJson, FieldErrorsByPath) {
    std::string bad_unit = json_figure;
    bad_unit.replace(bad_unit.find("亿元"), std::string("亿元").size(), "亿圆");
    bad_unit.replace(bad_unit.find(R"("a")"), 3, R"("b")");
    auto b = read_figures_json(R"({"figures":[)" + json_figure + "," + bad_unit + "]}", "b.json");
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.error().to_string(), "b.json: /figures/1/unit: unknown unit: '亿圆'");

    b = read_figures_json(R"({"figures":[{"id":"a","indicator":"x","role":"actual","period":"2025","measure":"level","comparator":"=","value":true,"unit":"个"}]})");
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.error().message, "/figures/0/value: expected a string, found boolean");

    b = read_figures_json(R"({"figures":[{"id":"a","indicator":"x","role":"actual","period":"2025","measure":"level","comparator":"=","value":"1"}]})");
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.error().message, "/figures/0: missing member \"unit\"");

    b = read_figures_json(R"({"figures":[], "relation":[]})");
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.error().message, "/relation: unknown member (expected figures, relations)");
}

TEST(IoFiguresJson, RelationErrorsByPath) {
    const auto b = read_figures_json(R"({"figures":[)" + json_figure +
                                     R"(],"relations":[{"id":"r","kind":"ratio","result":"a","operands":["a","nope"]}]})",
                                     "b.json");
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.error().to_string(), "b.json: /relations/0/operands/1: relation names an unknown figure id: 'nope'");
}

TEST(IoFiguresJson, EncodingAndEmptyDocument) {
    auto b = read_figures_json("", "b.json");
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.error().message, "empty file");
    b = read_figures_json("{\"figures\":[{\"id\":\"\xB5\xD8\xC7\xF8\"}]}", "b.json");
    ASSERT_FALSE(b.ok());
    EXPECT_NE(b.error().message.find("GBK"), std::string::npos);
    expect_at(b.error(), "b.json", 1, 20);  // {"figures":[{"id":" is 19 bytes
    b = read_figures_json("\xEF\xBB\xBF{\"figures\":[]}", "b.json");
    ASSERT_TRUE(b.ok());  // the UTF-8 mark is skipped
    EXPECT_TRUE(b->figures.empty());
}

// ---- files ---------------------------------------------------------------------------------

TEST(IoFiguresFiles, ByExtension) {
    const std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) / "plantarget_io_figures";
    std::filesystem::create_directories(dir);
    const auto write = [&](const std::string& name, const std::string& text) {
        std::ofstream(dir / name, std::ios::binary) << text;
        return dir / name;
    };
    const auto figures = write("a.CSV", header + good_row);
    const auto json = write("b.json", R"({"figures":[)" + json_figure + "]}");
    const auto relations = write("r.csv", relations_header + "r1,ordering,g1,a,\n");
    const auto book = plantarget::io::read_figure_files({figures, json}, relations);
    ASSERT_TRUE(book.ok()) << book.error().to_string();
    EXPECT_EQ(book->figures.size(), 2u);
    ASSERT_EQ(book->relations.size(), 1u);  // naming figures of both files
    EXPECT_EQ(book->relations[0].operands, std::vector<std::string>{"a"});

    const auto other = write("c.txt", "x");
    auto e = plantarget::io::read_figure_files({other});
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.error().message, "unknown file type (expected .csv or .json)");
    // A workbook says how to read it, whatever the case of its extension.
    for (const char* name : {"book.xlsx", "book.XLSX", "book.ods"}) {
        e = plantarget::io::read_figure_files({write(name, "PK")});
        ASSERT_FALSE(e.ok());
        EXPECT_EQ(e.error().message, plantarget::io::workbook_message) << name;
        EXPECT_NE(e.error().message.find("plantarget.load_figures"), std::string::npos);
    }
    e = plantarget::io::read_figure_files({dir / "missing.csv"});
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.error().message, "cannot open file: No such file or directory");
}

}  // namespace

// ---- section titles ---------------------------------------------------------------

namespace {
const std::string titled_header =
    "id,indicator,section,section_title,name_zh,name_en,role,period,measure,comparator,value,unit,quote\n";
std::string titled_row(const std::string& id, const std::string& section, const std::string& titles) {
    return id + ",gdp," + section + "," + titles + ",n,n,actual,2025,level,=,12.5,yuan,q\n";
}
}  // namespace

TEST(IoFiguresSectionTitles, TheLastTitleIsTheSectionsOwnThoseBeforeItItsParents) {
    const figure_book b = book_ok(titled_header + titled_row("g1", "1.4.2", "回顾 › 扩投资 › 有效投资") +
                                  titled_row("g2", "1.4.3", "改革") + titled_row("g3", "1.5", "") +
                                  titled_row("g4", "2.1", "计划 › "));
    const auto title = [&](std::string_view n) {
        const std::string* t = b.title_of_section(n);
        return t == nullptr ? std::string("(none)") : *t;
    };
    EXPECT_EQ(title("1"), "回顾");
    EXPECT_EQ(title("1.4"), "扩投资");
    EXPECT_EQ(title("1.4.2"), "有效投资");
    EXPECT_EQ(title("1.4.3"), "改革");  // one title: the section's own
    EXPECT_EQ(title("1.5"), "(none)");  // an empty cell says nothing
    EXPECT_EQ(title("2"), "计划");      // an empty last title: the section itself has none
    EXPECT_EQ(title("2.1"), "(none)");
    EXPECT_EQ(b.sections.size(), 5U);
    // Written back: each row with its section's path, from the highest titled level down.
    EXPECT_EQ(plantarget::io::section_title_cell(b, "1.4.3"), "回顾 › 扩投资 › 改革");
    EXPECT_EQ(plantarget::io::section_title_cell(b, "2.1"), "计划 ›");
    EXPECT_EQ(plantarget::io::section_title_cell(b, "1.5"), "回顾 ›");
    EXPECT_EQ(plantarget::io::section_title_cell(b, "3"), "");
    const auto again = read_figures_csv(plantarget::io::write_figures_csv(b));
    ASSERT_TRUE(again.ok()) << again.error().to_string();
    expect_same_book(b, again.value());
    const auto json = read_figures_json(plantarget::io::write_figures_json(b));
    ASSERT_TRUE(json.ok()) << json.error().to_string();
    expect_same_book(b, json.value());
}

TEST(IoFiguresSectionTitles, AsManyTitlesAsLevelsAndNoMore) {
    (void)book_ok(titled_header + titled_row("g1", "1.4", "回顾 › 扩投资"));
    const parse_error e = book_error(titled_header + titled_row("g1", "1.4", "回顾 › 扩投资 › 有效投资"));
    EXPECT_NE(e.message.find("3 titles for section 1.4, which has 2 levels"), std::string::npos) << e.to_string();
    expect_at(e, "f.csv", 2, 12);
}

TEST(IoFiguresSectionTitles, ATitleNeedsASection) {
    const parse_error e = book_error(titled_header + titled_row("g1", "", "回顾"));
    EXPECT_NE(e.message.find("a section title, but no section"), std::string::npos) << e.to_string();
}

TEST(IoFiguresSectionTitles, ASectionHasOneTitleInAFile) {
    const parse_error e =
        book_error(titled_header + titled_row("g1", "1.4", "回顾 › 扩投资") + titled_row("g2", "1.5", "回顾二 › 城市"));
    EXPECT_NE(e.message.find("section 1 is titled '回顾' at line 2"), std::string::npos) << e.to_string();
    expect_at(e, "f.csv", 3, 12);
    // Another file (another book) may title its section 1 otherwise: the first title is kept.
    plantarget::io::figure_book_builder builder;
    plantarget::io::add_figures_csv(builder, titled_header + titled_row("g1", "1.4", "回顾 › 扩投资"), "a.csv");
    plantarget::io::add_figures_csv(builder, titled_header + titled_row("g1", "1.4", "总结 › 扩投资"), "b.csv");
    const auto both = builder.finish();
    ASSERT_TRUE(both.ok()) << both.error().to_string();
    ASSERT_NE(both->title_of_section("1"), nullptr);
    EXPECT_EQ(*both->title_of_section("1"), "回顾");
}

// A repeated id is placed at the first figure's cell, found from the figure
// itself (the builder keeps a number per id, not the id's cell): its line in
// CSV, its member's path in JSON; and a second file's own repeat of an id it
// shares with the first file (renamed there) is still a repeat.
TEST(IoFigures, RepeatedIdsArePlacedAtTheFirstFiguresCell) {
    using plantarget::io::figure_book_builder;
    figure_book_builder json;
    plantarget::io::add_figures_json(json, R"({"figures": [
 {"id": "g", "indicator": "g", "role": "actual", "period": "2025", "measure": "level", "comparator": "=", "value": "1", "unit": "个"},
 {"id": "g", "indicator": "g", "role": "actual", "period": "2024", "measure": "level", "comparator": "=", "value": "1", "unit": "个"}
]})", "dup.json");
    const auto from_json = json.finish();
    ASSERT_FALSE(from_json.ok());
    EXPECT_EQ(from_json.error().to_string(), "dup.json: /figures/1/id: duplicate figure id (first at /figures/0/id): 'g'");

    const std::string header = "id,indicator,role,period,measure,comparator,value,unit\n";
    figure_book_builder two;
    plantarget::io::add_figures_csv(two, header + "g,g,actual,2021,level,=,1,个\n", "dup1.csv");
    plantarget::io::add_figures_csv(two, header + "g,g,actual,2023,level,=,1,个\ng,g,actual,2022,level,=,1,个\n", "dup2.csv");
    const auto from_csv = two.finish();
    ASSERT_FALSE(from_csv.ok());
    EXPECT_EQ(from_csv.error().to_string(), "dup2.csv:3:1: duplicate figure id (first at line 2): 'g'");
}
