// The CSV reader and writer: RFC 4180 quoting, line endings, byte-order mark,
// locations of fields and of errors (file:line:column), encoding errors with
// the GBK hint, the header checks of read_table, and the project's own data
// file read whole.
#include <plantarget/io/csv.hpp>
#include <plantarget/io/number.hpp>

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using plantarget::parse_error;
using plantarget::io::csv_escape;
using plantarget::io::csv_table;
using plantarget::io::parse_csv;
using plantarget::io::read_table;
using plantarget::io::write_csv_row;

csv_table csv_ok(const std::string& text) {
    const auto t = parse_csv(text, "t.csv");
    EXPECT_TRUE(t.ok()) << (t.ok() ? std::string() : t.error().to_string());
    return t.ok() ? t.value() : csv_table{};
}

parse_error csv_error(const std::string& text) {
    const auto t = parse_csv(text, "t.csv");
    EXPECT_FALSE(t.ok()) << "accepted: " << text;
    return t.ok() ? parse_error{} : t.error();
}

std::vector<std::string> texts(const plantarget::io::csv_row& row) {
    std::vector<std::string> out;
    for (const auto& f : row.fields) out.push_back(f.text);
    return out;
}

using strings = std::vector<std::string>;

TEST(IoCsv, ReadsHeaderRowsAndLocations) {
    const auto t = csv_ok("id,value,unit\ngdp,1300,亿元\n");
    EXPECT_EQ(t.header, (strings{"id", "value", "unit"}));
    ASSERT_EQ(t.rows.size(), 1u);
    const auto& row = t.rows[0];
    EXPECT_EQ(row.line, 2u);
    EXPECT_EQ(texts(row), (strings{"gdp", "1300", "亿元"}));
    // "gdp," is 4 bytes, "1300," 5 more: fields start at columns 1, 5, 10.
    EXPECT_EQ(row.fields[0].column, 1u);
    EXPECT_EQ(row.fields[1].column, 5u);
    EXPECT_EQ(row.fields[2].column, 10u);
    EXPECT_EQ(row.fields[2].line, 2u);
    EXPECT_EQ(t.filename, "t.csv");
}

TEST(IoCsv, CrLfLineEndings) {
    const auto t = csv_ok("a,b\r\n1,2\r\n3,4\r\n");
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.header, (strings{"a", "b"}));
    EXPECT_EQ(texts(t.rows[0]), (strings{"1", "2"}));
    EXPECT_EQ(texts(t.rows[1]), (strings{"3", "4"}));
    EXPECT_EQ(t.rows[1].line, 3u);
}

TEST(IoCsv, LoneCarriageReturnEndsALine) {
    const auto t = csv_ok("a,b\r1,2\r");
    ASSERT_EQ(t.rows.size(), 1u);
    EXPECT_EQ(texts(t.rows[0]), (strings{"1", "2"}));
    EXPECT_EQ(t.rows[0].line, 2u);
}

TEST(IoCsv, LastLineWithoutNewline) {
    const auto t = csv_ok("a,b\n1,2");
    ASSERT_EQ(t.rows.size(), 1u);
    EXPECT_EQ(texts(t.rows[0]), (strings{"1", "2"}));
    const auto trailing_comma = csv_ok("a,b\n1,");
    ASSERT_EQ(trailing_comma.rows.size(), 1u);
    EXPECT_EQ(texts(trailing_comma.rows[0]), (strings{"1", ""}));
}

TEST(IoCsv, StripsUtf8BomWithoutCountingIt) {
    const auto t = csv_ok("\xef\xbb\xbfid,value\nx,1\n");
    EXPECT_EQ(t.header, (strings{"id", "value"}));
    EXPECT_EQ(t.column_index("id"), 0u);  // not "\xef\xbb\xbfid"
    EXPECT_EQ(t.header_row.fields[1].column, 4u);  // "id," is 3 bytes
}

TEST(IoCsv, QuotedFieldsWithCommasAndQuotes) {
    const auto t = csv_ok("name,n\n\"Commerce, culture\",1\n\"New \"\"Four Good\"\" rural roads\",50\n");
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(texts(t.rows[0]), (strings{"Commerce, culture", "1"}));
    // "\"Commerce, culture\"," is 20 bytes: the second field starts at column 21.
    EXPECT_EQ(t.rows[0].fields[1].column, 21u);
    EXPECT_EQ(texts(t.rows[1]), (strings{"New \"Four Good\" rural roads", "50"}));
    const auto empty_quoted = csv_ok("a,b\n\"\",\"\"\n");
    EXPECT_EQ(texts(empty_quoted.rows[0]), (strings{"", ""}));
}

TEST(IoCsv, QuotedNewlinesSpanLines) {
    const auto t = csv_ok("h1,h2\n\"line1\nline2\",x\nnext,y\n");
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(texts(t.rows[0]), (strings{"line1\nline2", "x"}));
    EXPECT_EQ(t.rows[0].line, 2u);
    EXPECT_EQ(t.rows[0].fields[0].column, 1u);
    // x stands on line 3 after `line2",`, which is 7 bytes: column 8.
    EXPECT_EQ(t.rows[0].fields[1].line, 3u);
    EXPECT_EQ(t.rows[0].fields[1].column, 8u);
    EXPECT_EQ(t.rows[1].line, 4u);
    // A CRLF inside quotes reads as "\n", as an LF would.
    const auto crlf = csv_ok("h\r\n\"a\r\nb\"\r\n");
    EXPECT_EQ(texts(crlf.rows[0]), (strings{"a\nb"}));
}

TEST(IoCsv, EmptyLinesAreSkipped) {
    const auto t = csv_ok("a\n\n1\n\r\n\n2\n\n");
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0].line, 3u);
    EXPECT_EQ(t.rows[1].line, 6u);
    const auto leading = csv_ok("\n\nid\n1\n");
    EXPECT_EQ(leading.header, (strings{"id"}));
    EXPECT_EQ(leading.header_row.line, 3u);
}

TEST(IoCsv, HeaderOnlyFileHasNoRows) {
    const auto t = csv_ok("id,value,unit\n");
    EXPECT_EQ(t.header.size(), 3u);
    EXPECT_TRUE(t.rows.empty());
    EXPECT_TRUE(csv_ok("id,value").rows.empty());
}

TEST(IoCsv, EmptyFile) {
    EXPECT_EQ(csv_error("").message, "empty file");
    EXPECT_EQ(csv_error("\xef\xbb\xbf").message, "empty file");
    EXPECT_EQ(csv_error("\n\r\n\n").message, "empty file");
    EXPECT_EQ(csv_error("").to_string(), "t.csv: empty file");
}

TEST(IoCsv, HeaderNamesAreTrimmed) {
    const auto t = csv_ok(" id , value\t,unit\n1,2,3\n");
    EXPECT_EQ(t.header, (strings{"id", "value", "unit"}));
    EXPECT_EQ(t.header_row.fields[0].text, " id ");  // as written
    EXPECT_EQ(t.column_index("value"), 1u);
    EXPECT_FALSE(t.column_index("quote").has_value());
}

TEST(IoCsv, UnterminatedQuotedFieldIsLocatedAtItsOpeningQuote) {
    const auto e = csv_error("a,b\n1,\"oops\n2,3\n");
    EXPECT_EQ(e.message, "unterminated quoted field");
    EXPECT_EQ(e.where.line, 2u);
    EXPECT_EQ(e.where.column, 3u);  // after "1,"
    EXPECT_EQ(e.text, "\"oops");
    EXPECT_EQ(e.to_string(), "t.csv:2:3: unterminated quoted field: '\"oops'");
}

TEST(IoCsv, QuoteInsideUnquotedFieldIsLocatedAtTheQuote) {
    const auto e = csv_error("a,b\n1,x\"y\n");
    EXPECT_EQ(e.message, "quote inside an unquoted field (quote the whole field and double the quote)");
    EXPECT_EQ(e.where.line, 2u);
    EXPECT_EQ(e.where.column, 4u);  // 1 , x then the quote
    EXPECT_EQ(e.text, "x\"y");
    // A space before an opening quote makes the field unquoted: refused too.
    EXPECT_EQ(csv_error("a,b\n1, \"x\"\n").where.column, 4u);
}

TEST(IoCsv, TextAfterClosingQuote) {
    const auto e = csv_error("a,b\n\"x\"y,2\n");
    EXPECT_EQ(e.message, "text after the closing quote of a field");
    EXPECT_EQ(e.where.line, 2u);
    EXPECT_EQ(e.where.column, 4u);  // "x" takes columns 1-3
    EXPECT_EQ(e.text, "y,2");
    EXPECT_EQ(csv_error("a\n\"x\" \n").where.column, 4u);  // even a space
}

TEST(IoCsv, GbkBytesGiveTheConversionHint) {
    // 沙坪坝 in GBK is C9 B3 C6 BA B0 D3. C9B3 and C6BA pass as UTF-8 pairs;
    // B0 is the first invalid byte: line 2, after "1," (2 bytes) and 4 bytes,
    // so column 7.
    // Every pair is also a valid Big5 pair in its common range: both are named.
    const auto e = csv_error("id,name\n1,\xc9\xb3\xc6\xba\xb0\xd3\n");
    EXPECT_EQ(e.message, "file is not UTF-8; it reads as GBK or as Big5: convert it with iconv -f GBK -t UTF-8 "
                         "(mainland Chinese) or iconv -f BIG5 -t UTF-8 (traditional Chinese)");
    EXPECT_EQ(e.where.file, "t.csv");
    EXPECT_EQ(e.where.line, 2u);
    EXPECT_EQ(e.where.column, 7u);
    EXPECT_EQ(e.text, "\\xB0\\xD3\\x0A");
}

TEST(IoCsv, OtherInvalidUtf8IsLocated) {
    const auto e = csv_error("a,b\r\nok,\xff\r\n");
    EXPECT_EQ(e.message, "invalid UTF-8");
    EXPECT_EQ(e.where.line, 2u);
    EXPECT_EQ(e.where.column, 4u);
    // Line breaks inside quoted fields count as lines, as the reader counts them.
    const auto quoted = csv_error("a\n\"x\ny\n\xc0\xaf\"\n");
    EXPECT_EQ(quoted.where.line, 4u);
    EXPECT_EQ(quoted.where.column, 1u);
}

TEST(IoCsv, Utf16FilesAreNamed) {
    const std::string utf16 = std::string("\xff\xfe" "a\0,\0b\0", 8);
    const auto e = csv_error(utf16);
    EXPECT_EQ(e.message, "file is UTF-16 LE, not UTF-8: save it as UTF-8");
    EXPECT_EQ(e.where.line, 1u);
}

TEST(IoCsv, ReadTableChecksRequiredColumns) {
    const auto t = read_table("id,value\nx,1\n", {"id", "value", "unit", "quote"}, "f.csv");
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().message, "header lacks required columns 'unit', 'quote'");
    EXPECT_EQ(t.error().where.line, 1u);
    const auto one = read_table("\nid\n", {"value"}, "f.csv");
    ASSERT_FALSE(one.ok());
    EXPECT_EQ(one.error().to_string(), "f.csv:2:1: header lacks required column 'value'");
}

TEST(IoCsv, ReadTableMapsColumnsByName) {
    const auto t = read_table("unit,id,value\n亿元,gdp,1300\n", {"id", "value"}, "f.csv");
    ASSERT_TRUE(t.ok()) << t.error().to_string();
    const auto& row = t->rows.at(0);
    EXPECT_EQ(t->field(row, "value").text, "1300");
    EXPECT_EQ(t->field(row, "id").text, "gdp");
    EXPECT_EQ(t->field(row, "unit").text, "亿元");
    EXPECT_THROW((void)t->field(row, "quote"), std::out_of_range);
}

TEST(IoCsv, RowWithTooFewFieldsNamesLineAndColumn) {
    const auto t = read_table("a,b,c\n1,2,3\n4,5\n", {"a"}, "f.csv");
    ASSERT_FALSE(t.ok());
    // The row on line 3 ends with "5" at column 3.
    EXPECT_EQ(t.error().to_string(), "f.csv:3:3: row has 2 fields, header has 3; no value for 'c': '5'");
    const auto short_by_two = read_table("a,b,c\nonly\n", {}, "f.csv");
    ASSERT_FALSE(short_by_two.ok());
    EXPECT_EQ(short_by_two.error().message, "row has 1 field, header has 3; no value for 'b' and 1 more");
    EXPECT_EQ(short_by_two.error().where.line, 2u);
    EXPECT_EQ(short_by_two.error().where.column, 1u);
}

TEST(IoCsv, RowWithTooManyFieldsIsLocatedAtTheFirstExtraField) {
    const auto t = read_table("a,b\n1,2,3\n", {}, "f.csv");
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().message, "row has 3 fields, header has 2");
    EXPECT_EQ(t.error().where.line, 2u);
    EXPECT_EQ(t.error().where.column, 5u);  // "1,2," is 4 bytes
    EXPECT_EQ(t.error().text, "3");
}

TEST(IoCsv, ReadTableRefusesDuplicateNamesButNotEmptyOnes) {
    const auto dup = read_table("id,value,id\n", {}, "f.csv");
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().message, "duplicate column name");
    EXPECT_EQ(dup.error().text, "id");
    EXPECT_EQ(dup.error().where.column, 10u);  // "id,value," is 9 bytes
    EXPECT_TRUE(read_table("id,,\n1,,\n", {"id"}).ok());  // spare unnamed columns
}

TEST(IoCsv, ReadTablePassesParseErrorsThrough) {
    const auto t = read_table("", {"id"}, "f.csv");
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().to_string(), "f.csv: empty file");
}

TEST(IoCsv, FieldErrorsCanBeLocated) {
    const auto t = read_table("id,value\ngdp,1300亿\nx,abc\n", {"value"}, "f.csv");
    ASSERT_TRUE(t.ok());
    const auto& bad = t->field(t->rows[1], "value");
    const auto n = plantarget::io::parse_number(bad.text);
    ASSERT_FALSE(n.ok());
    EXPECT_EQ(t->locate(n.error(), bad).to_string(), "f.csv:3:3: not a number: 'abc'");
    EXPECT_EQ(t->error_at(bad, "value missing").to_string(), "f.csv:3:3: value missing: 'abc'");
}

TEST(IoCsv, EscapesFieldsForWriting) {
    EXPECT_EQ(csv_escape("plain"), "plain");
    EXPECT_EQ(csv_escape("沙坪坝"), "沙坪坝");
    EXPECT_EQ(csv_escape(""), "");
    EXPECT_EQ(csv_escape("a,b"), "\"a,b\"");
    EXPECT_EQ(csv_escape("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csv_escape("x\ny"), "\"x\ny\"");
    EXPECT_EQ(csv_escape("x\ry"), "\"x\ry\"");
    EXPECT_EQ(csv_escape(" lead"), "\" lead\"");
    EXPECT_EQ(csv_escape("trail\t"), "\"trail\t\"");
}

TEST(IoCsv, WritesRows) {
    EXPECT_EQ(write_csv_row({"a", "b,c", ""}), "a,\"b,c\",\n");
    EXPECT_EQ(write_csv_row({""}), "\"\"\n");  // not an empty line
    const std::vector<std::string> fields{"id", "New \"Four Good\""};
    EXPECT_EQ(write_csv_row(fields), "id,\"New \"\"Four Good\"\"\"\n");
}

TEST(IoCsv, WrittenRowsReadBackUnchanged) {
    const std::vector<std::vector<std::string>> table{
        {"id", "name", "note"},
        {"a", "Commerce, culture", "say \"hi\""},
        {"b", "line1\nline2", " padded "},
        {"c", "", "沙坪坝"},
    };
    std::string text;
    for (const auto& row : table) text += write_csv_row(row);
    const auto t = csv_ok(text);
    EXPECT_EQ(t.header, table[0]);
    ASSERT_EQ(t.rows.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(texts(t.rows[i]), table[i + 1]);
    // A one-column table whose value is empty survives the trip.
    const auto single = csv_ok(write_csv_row({"h"}) + write_csv_row({""}));
    ASSERT_EQ(single.rows.size(), 1u);
    EXPECT_EQ(texts(single.rows[0]), (strings{""}));
}

// Found by fuzz_csv: a file starting with two byte-order marks kept the
// second as the header's text, which the writer wrote unquoted at the start
// of a file, where the reader stripped it as a mark again: "" came back as an
// empty file. The writer now quotes a leading U+FEFF, and header names drop it.
TEST(IoCsv, RegressionSecondByteOrderMarkSurvivesRoundTrip) {
    EXPECT_EQ(csv_escape("\xef\xbb\xbfx"), "\"\xef\xbb\xbfx\"");
    EXPECT_EQ(csv_escape("x\xef\xbb\xbf"), "x\xef\xbb\xbf");  // only first in a field matters
    const auto doubled = csv_ok("\xef\xbb\xbf\xef\xbb\xbfid,value\n1,2\n");
    EXPECT_EQ(doubled.column_index("id"), 0u);
    EXPECT_EQ(doubled.header_row.fields[0].text, "\xef\xbb\xbfid");  // as written

    const auto only_marks = csv_ok("\xef\xbb\xbf\xef\xbb\xbf");
    ASSERT_EQ(only_marks.header_row.fields.size(), 1u);
    const std::string written = write_csv_row({only_marks.header_row.fields[0].text});
    const auto again = csv_ok(written);
    EXPECT_EQ(again.header_row.fields.at(0).text, "\xef\xbb\xbf");
}

TEST(IoCsv, ReadsTheShapingbaFigures) {
    std::ifstream in(std::string(PLANTARGET_SHAPINGBA_DATA) + "/figures.csv", std::ios::binary);
    ASSERT_TRUE(in) << "cannot open figures.csv";
    std::stringstream buffer;
    buffer << in.rdbuf();
    const auto t = read_table(buffer.str(), {"id", "period", "comparator", "value", "unit", "quote"}, "figures.csv");
    ASSERT_TRUE(t.ok()) << t.error().to_string();
    EXPECT_EQ(t->header.size(), 13u);  // with section_title
    // The file has 269 lines, one per record (no quoted line breaks): 268 rows.
    ASSERT_EQ(t->rows.size(), 268u);
    // Line 3: gdp.level.2025, 突破 1300 亿元.
    const auto& gdp = t->rows[1];
    EXPECT_EQ(gdp.line, 3u);
    EXPECT_EQ(t->field(gdp, "id").text, "gdp.level.2025");
    EXPECT_EQ(t->field(gdp, "value").text, "1300");
    EXPECT_EQ(t->field(gdp, "unit").text, "亿元");
    // Line 128 holds a quoted name with doubled quotes.
    const auto& roads = t->rows[126];
    EXPECT_EQ(roads.line, 128u);
    EXPECT_EQ(t->field(roads, "name_en").text, "New \"Four Good\" rural roads");
    // Every non-empty value in the file is a number the parser takes.
    std::size_t numbers = 0;
    for (const auto& row : t->rows) {
        const auto& value = t->field(row, "value");
        if (value.text.empty()) continue;
        const auto n = plantarget::io::parse_number(value.text);
        EXPECT_TRUE(n.ok()) << t->locate(n.ok() ? parse_error{} : n.error(), value).to_string();
        ++numbers;
    }
    EXPECT_EQ(numbers, 265u);  // 268 rows, 3 of them with an empty value (counted with Python's csv module)
}

}  // namespace

namespace {
// Found by fuzz_csv: with the UTF-16 guess in parse_csv, ")\0\x02" parsed,
// but written back (quoted) it looked UTF-16 LE and no longer parsed. The
// guess now belongs to the figure file readers; parse_csv reads any bytes.
TEST(IoCsv, RegressionNulBytesRoundTripWithoutAnEncodingGuess) {
    const std::string cell(")\0\x02", 3);
    const auto t = plantarget::io::parse_csv(cell, "t.csv");
    ASSERT_TRUE(t.ok());
    const std::string written = plantarget::io::write_csv_row(std::vector<std::string>{t->header_row.fields.at(0).text});
    const auto again = plantarget::io::parse_csv(written, "t.csv");
    ASSERT_TRUE(again.ok()) << again.error().to_string();
    EXPECT_EQ(again->header.at(0), plantarget::io::parse_csv(cell)->header.at(0));
}
}  // namespace

// csv_table_stream, the reader of a city's millions of rows, reads what
// read_table reads: the same rows, fields, locations and quoting, and the
// same first error (a syntax error anywhere before a header or width error).
TEST(IoCsv, TableStreamReadsWhatReadTableReads) {
    using plantarget::io::csv_field_view;
    using plantarget::io::csv_table_stream;
    const std::vector<std::string> inputs{
        "id,value,unit\na,1,亿元\nb,2,%\n",
        "id,value,unit\r\n\"a,1\",\"say \"\"hi\"\"\",x\r\n\r\n\"two\nlines\",2,\"\"\n",
        "\xEF\xBB\xBFid,value,unit\nlast,3,个",
        "id,value,unit\na,1\nb,\"2\",3,4\n",      // too few fields, then too many
        "id,value,unit\na,1\nb,2\"x,3\n",         // a width error, then a syntax error
        "id,value,id\na,1,2\n",                   // a repeated column
        "id,unit\na,1\n",                         // a required column missing
        "id,value,unit\n\"open,1,2\n",            // unterminated
        "",
        "id,value,unit\n",
    };
    for (const std::string& text : inputs) {
        const auto table = read_table(text, {"id", "value"}, "t.csv");
        auto stream = csv_table_stream::open(text, {"id", "value"}, "t.csv");
        ASSERT_EQ(stream.ok(), table.ok()) << text;
        if (!table.ok()) {
            EXPECT_EQ(stream.error().to_string(), table.error().to_string()) << text;
            continue;
        }
        const csv_table& t = table.value();
        EXPECT_EQ(stream.value().header(), t.header);
        EXPECT_EQ(stream.value().rows(), t.rows.size());
        std::vector<csv_field_view> fields;
        std::size_t line = 0;
        std::size_t row = 0;
        while (stream.value().next(fields, line)) {
            ASSERT_LT(row, t.rows.size()) << text;
            EXPECT_EQ(line, t.rows[row].line);
            ASSERT_EQ(fields.size(), t.rows[row].fields.size());
            for (std::size_t i = 0; i < fields.size(); ++i) {
                const auto& want = t.rows[row].fields[i];
                EXPECT_EQ(fields[i].text, want.text) << text;
                EXPECT_EQ(fields[i].line, want.line);
                EXPECT_EQ(fields[i].column, want.column);
            }
            ++row;
        }
        EXPECT_EQ(row, t.rows.size()) << text;
    }
}

// A quoted field says so, its text viewed unescaped.
TEST(IoCsv, TableStreamTellsQuotedFields) {
    using plantarget::io::csv_field_view;
    const std::string text = "id,value,unit\n\"a,1\",\"say \"\"hi\"\"\",x\n";
    auto stream = plantarget::io::csv_table_stream::open(text, {}, "t.csv");
    ASSERT_TRUE(stream.ok());
    std::vector<csv_field_view> fields;
    std::size_t line = 0;
    ASSERT_TRUE(stream.value().next(fields, line));
    ASSERT_EQ(fields.size(), 3U);
    EXPECT_TRUE(fields[0].quoted);
    EXPECT_EQ(fields[0].text, "a,1");
    EXPECT_TRUE(fields[1].quoted);
    EXPECT_EQ(fields[1].text, "say \"hi\"");
    EXPECT_EQ(fields[1].column, 7U);
    EXPECT_FALSE(fields[2].quoted);
    EXPECT_FALSE(stream.value().next(fields, line));
}
