// Bad input and numeric faults: what each class of wrong data gets, where the
// existing suites do not already say it (docs/bad-input.md lists every class
// and the test that holds it). Files cut short, other encodings, adversarial
// bytes for every parser; evaluation, plans, progress methods and the batch
// on empty, non-finite, duplicated, out-of-order and near-DBL_MAX data.
//
// The FaultsRegression suite holds faults that have been fixed (silently
// wrong or infinite numbers, an exception from a parser, data dropped without
// a word): each test's comment says what went wrong and what holds now.
#include <plantarget/audit.hpp>
#include <plantarget/batch.hpp>
#include <plantarget/evaluate.hpp>
#include <plantarget/from_figures.hpp>
#include <plantarget/io/csv.hpp>
#include <plantarget/io/figures_csv.hpp>
#include <plantarget/io/figures_json.hpp>
#include <plantarget/io/number.hpp>
#include <plantarget/period.hpp>
#include <plantarget/plan.hpp>
#include <plantarget/progress/escap.hpp>
#include <plantarget/progress/german.hpp>
#include <plantarget/progress/open_sdg.hpp>
#include <plantarget/published.hpp>
#include <plantarget/series.hpp>
#include <plantarget/units/registry.hpp>

#include <gtest/gtest.h>

#include <cfloat>
#include <cmath>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace {

namespace pt = plantarget;
using pt::comparator;
using pt::parse_error;
using pt::period;
using pt::reason;
using pt::verdict;

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();

// ---- figure files -------------------------------------------------------------------

// The full header, and a row whose value starts at column 36:
//   "g1," 1-3 "gdp," 4-7 "1.1," 8-11 "n," 12-13 "n," 14-15 "actual," 16-22
//   "2025," 23-27 "level," 28-33 "=," 34-35, value from 36.
const std::string header = "id,indicator,section,name_zh,name_en,role,period,measure,comparator,value,unit,quote\n";
std::string figure_row(const std::string& value, const std::string& unit) {
    return "g1,gdp,1.1,n,n,actual,2025,level,=," + value + "," + unit + ",q\n";
}
const std::string good_row = figure_row("12.5", "元");

// The required columns only; the value starts at column 25:
//   "a," 1-2 "x," 3-4 "actual," 5-11 "2025," 12-16 "level," 17-22 "=," 23-24.
const std::string short_header = "id,indicator,role,period,measure,comparator,value,unit\n";

parse_error book_error(const std::string& figures, const std::string& relations = {}) {
    const auto b = pt::io::read_figures_csv(figures, relations, "f.csv", "r.csv");
    EXPECT_FALSE(b.ok()) << "accepted: " << figures;
    return b.ok() ? parse_error{} : b.error();
}

pt::figure_book book_ok(const std::string& figures, const std::string& relations = {}) {
    const auto b = pt::io::read_figures_csv(figures, relations, "f.csv", "r.csv");
    EXPECT_TRUE(b.ok()) << (b.ok() ? std::string() : b.error().to_string());
    return b.ok() ? b.value() : pt::figure_book{};
}

parse_error json_error(const std::string& text) {
    const auto b = pt::io::read_figures_json(text, "b.json");
    EXPECT_FALSE(b.ok()) << "accepted: " << text.substr(0, 200);
    return b.ok() ? parse_error{} : b.error();
}

// Text as UTF-16 LE without a byte-order mark: every ASCII byte then a NUL.
std::string utf16le_without_mark(const std::string& ascii) {
    std::string out;
    for (const char c : ascii) {
        out += c;
        out += '\0';
    }
    return out;
}

TEST(FaultsFiles, TruncatedLastRecordWithoutItsLastFields) {
    // The last record stops after "=,1": 10 fields (g2 gdp 1.1 n n actual 2025
    // level = 1) of 12. The error stands at the last field present, "1" at 36.
    const auto e = book_error(header + good_row + "g2,gdp,1.1,n,n,actual,2025,level,=,1");
    EXPECT_EQ(e.to_string(), "f.csv:3:36: row has 10 fields, header has 12; no value for 'unit' and 1 more: '1'");
}

TEST(FaultsFiles, TruncatedInsideACheckedLastField) {
    // Unit is the last column; "亿元" cut to "亿", which is a scale without a unit.
    // "12.5," after column 25 is 5 bytes: the unit starts at 30.
    const auto e = book_error(short_header + "a,x,actual,2025,level,=,12.5,亿");
    EXPECT_EQ(e.to_string(), "f.csv:2:30: unknown unit: '亿'");
}

TEST(FaultsFiles, TruncatedInsideAMultiByteCharacter) {
    // 元 is E5 85 83; the file ends after E5 85. 亿 (3 bytes) starts at 30, so
    // the broken character at 33. Not a GBK look-alike: the last byte has no pair.
    const auto e = book_error(short_header + "a,x,actual,2025,level,=,12.5,亿\xE5\x85");
    EXPECT_EQ(e.to_string(), "f.csv:2:33: invalid UTF-8: '\\xE5\\x85'");
}

TEST(FaultsFiles, OtherByteOrderMarksAreNamed) {
    EXPECT_EQ(book_error(std::string("\xFE\xFF\0i\0d", 6)).to_string(),
              "f.csv:1:1: file is UTF-16 BE, not UTF-8: save it as UTF-8");
    EXPECT_EQ(book_error(std::string("\xFF\xFE\0\0i\0\0\0", 8)).to_string(),
              "f.csv:1:1: file is UTF-32 LE, not UTF-8: save it as UTF-8");
    EXPECT_EQ(book_error(std::string("\0\0\xFE\xFF\0\0\0i", 8)).to_string(),
              "f.csv:1:1: file is UTF-32 BE, not UTF-8: save it as UTF-8");
}

// Before: without a mark the NUL bytes passed as UTF-8 (U+0000) and the file
// was refused for its header ("header lacks required columns 'id', ..."),
// not by its encoding.
TEST(FaultsFiles, Utf16WithoutAMarkIsNamed) {
    const auto e = book_error(utf16le_without_mark(short_header + "a,x,actual,2025,level,=,1,yuan\n"));
    EXPECT_EQ(e.to_string(), "f.csv:1:1: file looks UTF-16 LE (without a byte-order mark), not UTF-8: save it as UTF-8");
    // UTF-16 BE: the NUL bytes come first.
    std::string be;
    for (const char c : short_header) be += std::string{'\0', c};
    EXPECT_EQ(book_error(be).message, "file looks UTF-16 BE (without a byte-order mark), not UTF-8: save it as UTF-8");
    // One NUL in a UTF-8 field is not UTF-16.
    EXPECT_EQ(pt::io::detect_utf16_without_bom(std::string("a,b\n1\0,2\n", 9)), pt::io::byte_order_mark::none);
}

TEST(FaultsFiles, MissingFilesAreNamed) {
    const std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) / "plantarget_faults";
    std::filesystem::create_directories(dir);
    const auto absent = dir / "absent.csv";
    std::filesystem::remove(absent);
    auto b = pt::io::read_figures_csv_files(absent);
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.error().to_string(), absent.string() + ": cannot open file: No such file or directory");

    // A good figures file and an absent relations file: the relations file is named.
    const auto figures = dir / "figures.csv";
    std::ofstream(figures, std::ios::binary) << header << good_row;
    b = pt::io::read_figures_csv_files(figures, dir / "absent_relations.csv");
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.error().where.file, (dir / "absent_relations.csv").string());
    EXPECT_EQ(b.error().message, "cannot open file: No such file or directory");
}

TEST(FaultsFiles, EmptyRelationsTextMeansNoRelations) {
    EXPECT_TRUE(book_ok(header + good_row, "").relations.empty());
    EXPECT_TRUE(book_ok(header + good_row, "\xEF\xBB\xBF").relations.empty());
}

// ---- values against their unit column -----------------------------------------------

TEST(FaultsFigureValues, ScaleWordsAgainstTheUnitColumn) {
    // "3.5亿" with unit 元 is 3.5 亿元 at one decimal: 3.5 x 10^8 = 350,000,000 yuan.
    auto b = book_ok(header + figure_row("3.5亿", "元"));
    ASSERT_EQ(b.figures.size(), 1u);
    EXPECT_EQ(b.figures[0].value.value, 3.5);
    EXPECT_EQ(b.figures[0].value.decimals, 1);
    EXPECT_EQ(b.figures[0].unit.zh(), "亿元");
    EXPECT_EQ(b.figures[0].base_value(), 350000000.0);

    // "1.2万" with unit 千元: 10^4 x 10^3 = 10^7, 千万元; 1.2 x 10^7 = 12,000,000 yuan.
    b = book_ok(header + figure_row("1.2万", "千元"));
    ASSERT_EQ(b.figures.size(), 1u);
    EXPECT_EQ(b.figures[0].value.value, 1.2);
    EXPECT_EQ(b.figures[0].unit.zh(), "千万元");
    EXPECT_DOUBLE_EQ(b.figures[0].base_value(), 12000000.0);

    // "3.5亿" with unit 亿元: 10^8 x 10^8 = 10^16, which no unit names.
    auto e = book_error(header + figure_row("3.5亿", "亿元"));
    EXPECT_EQ(e.to_string(),
              "f.csv:2:36: the scale word and the unit's scale make 10^16, which has no unit name: write the value in "
              "the unit's scale: '3.5亿'");
    // A percent, percentage points or a rank takes no scale word.
    e = book_error(header + figure_row("5万", "%"));
    EXPECT_EQ(e.to_string(), "f.csv:2:36: a scale word (万, 亿) in the value of a unit that takes none (%): '5万'");
    e = book_error(header + figure_row("2万", "位"));
    EXPECT_EQ(e.message, "a scale word (万, 亿) in the value of a unit that takes none (位)");
}

TEST(FaultsFigureValues, EmptyUnitFullWidthSignsAndGroupsInAFile) {
    // "12.5," from column 36: the empty unit is at 41.
    EXPECT_EQ(book_error(header + figure_row("12.5", "")).to_string(), "f.csv:2:41: empty unit");

    auto b = book_ok(header + figure_row("－５", "元"));  // full-width minus and five
    ASSERT_EQ(b.figures.size(), 1u);
    EXPECT_EQ(b.figures[0].value.value, -5.0);
    EXPECT_EQ(b.figures[0].value.decimals, 0);

    b = book_ok(header + figure_row("\"1,234.5\"", "元"));  // quoted, as CSV needs for the comma
    ASSERT_EQ(b.figures.size(), 1u);
    EXPECT_EQ(b.figures[0].value.value, 1234.5);
    EXPECT_EQ(b.figures[0].value.decimals, 1);

    const auto e = book_error(header + figure_row("\"1,23\"", "元"));
    EXPECT_EQ(e.message, "malformed number: thousands separators must separate groups of three digits");
    EXPECT_EQ(e.text, "1,23");
}

TEST(FaultsFigureValues, LargestAndTooLargeValues) {
    // 10^308 is below DBL_MAX (about 1.798 x 10^308): accepted as written.
    const std::string e308 = "1" + std::string(308, '0');
    const auto b = book_ok(header + figure_row(e308, "元"));
    ASSERT_EQ(b.figures.size(), 1u);
    EXPECT_EQ(b.figures[0].value.value, 1e308);
    // 10^309 is not a double.
    const std::string e309 = "1" + std::string(309, '0');
    const auto e = book_error(header + figure_row(e309, "元"));
    EXPECT_EQ(e.message, "malformed number: number out of range");
    EXPECT_EQ(e.text, e309);
    EXPECT_EQ(e.where.column, 36u);
    // Exponent notation, which a spreadsheet shows for such numbers, is refused.
    EXPECT_EQ(book_error(header + figure_row("1.5E+08", "元")).message,
              "malformed number: exponent notation is not accepted: write the number out in full");
}

TEST(FaultsPeriods, YearRangeIsNotAPeriod) {
    // "2021-2025" reads as the year 2021 and a month "20": refused as a month.
    const auto p = period::parse("2021-2025");
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().message, "month must be 01 to 12");
    EXPECT_EQ(p.error().text, "2021-2025");
    // In a file: the period column starts at 23 ("g1,gdp,1.1,n,n,actual," is 22 bytes).
    const auto e = book_error(header + "g1,gdp,1.1,n,n,actual,2021-2025,level,=,12.5,元,q\n");
    EXPECT_EQ(e.to_string(), "f.csv:2:23: unparseable period: month must be 01 to 12: '2021-2025'");
    // Full-width digits are not a year.
    EXPECT_EQ(period::parse("２０２５").error().message, "a period starts with a four-digit year");
}

TEST(FaultsIds, EmptyIdsJoiningCharactersAndDuplicateRelations) {
    EXPECT_EQ(book_error(header + ",gdp,1.1,n,n,actual,2025,level,=,12.5,元,q\n").to_string(), "f.csv:2:1: empty figure id");
    EXPECT_EQ(book_error(header + "a+b,gdp,1.1,n,n,actual,2025,level,=,12.5,元,q\n").to_string(),
              "f.csv:2:1: a figure id may not contain '+' or '/': they join relation operands: 'a+b'");
    // The indicator column starts after "g1," at 4.
    EXPECT_EQ(book_error(header + "g1,,1.1,n,n,actual,2025,level,=,12.5,元,q\n").to_string(), "f.csv:2:4: empty indicator id");
    const std::string relations = "id,kind,result,operands,note\n";
    EXPECT_EQ(book_error(header + good_row, relations + "r1,ordering,g1,g1,\nr1,ordering,g1,g1,\n").to_string(),
              "r.csv:3:1: duplicate relation id (first at line 2): 'r1'");
    EXPECT_EQ(book_error(header + good_row, relations + ",ordering,g1,g1,\n").to_string(), "r.csv:2:1: empty relation id");
}

// ---- JSON -----------------------------------------------------------------------------

TEST(FaultsJson, StructureErrorsByPath) {
    EXPECT_EQ(json_error("[1,2]").to_string(), "b.json: /: expected an object with \"figures\" and \"relations\", found array");
    EXPECT_EQ(json_error(R"({"figures":{}})").to_string(), "b.json: /figures: expected an array, found object");
    EXPECT_EQ(
        json_error(
            R"({"figures":[{"id":"a","indicator":"x","role":"actual","period":"2025","measure":"level","comparator":"=","value":"1","unit":"个","valu":"2"}]})")
            .to_string(),
        "b.json: /figures/0/valu: unknown member of a figure");
    EXPECT_EQ(json_error(R"({"figures":[],"relations":[{"id":"r","kind":"sum","result":"a","operands":"a+b"}]})").to_string(),
              "b.json: /relations/0/operands: expected an array of figure ids, found string");
}


TEST(FaultsJson, RawNulInsideAStringIsRefusedAtTheNul) {
    // {"figures":[{"id":"a then NUL: the NUL is byte 21 of line 1. A NUL byte
    // is refused before the JSON parser sees the text.
    const auto e = json_error(std::string(R"({"figures":[{"id":"a)") + '\0' + R"(b"}]})");
    EXPECT_EQ(e.where.file, "b.json");
    EXPECT_EQ(e.where.line, 1u);
    EXPECT_EQ(e.where.column, 21u);
    EXPECT_EQ(e.message, "NUL byte in a JSON file");
}

TEST(FaultsJson, DeepNestingIsRefusedWithoutExhaustingTheStack) {
    const std::string deep = R"({"figures":)" + std::string(100000, '[') + std::string(100000, ']') + "}";
    EXPECT_EQ(json_error(deep).to_string(), "b.json: /figures/0: expected an object, found array");
}

// Before: refused as "NUL byte in a JSON file" at byte 2, the encoding unnamed.
TEST(FaultsJson, Utf16WithoutAMarkIsNamed) {
    const auto e = json_error(utf16le_without_mark(R"({"figures":[]})"));
    EXPECT_EQ(e.where.line, 1u);
    EXPECT_EQ(e.where.column, 1u);
    EXPECT_EQ(e.message, "file looks UTF-16 LE (without a byte-order mark), not UTF-8: save it as UTF-8");
}

TEST(FaultsJson, IntegerBeyondSixtyFourBitsIsRefusedAsExponentNotation) {
    // nlohmann reads 30 digits as a double and writes it back as 1.2345678901234568e+29.
    const auto e = json_error(
        R"({"figures":[{"id":"a","indicator":"x","role":"actual","period":"2025","measure":"level","comparator":"=","value":123456789012345678901234567890,"unit":"个"}]})");
    EXPECT_EQ(e.message,
              "/figures/0/value: malformed number: exponent notation is not accepted: write the number out in full");
    EXPECT_EQ(e.text, "1.2345678901234568e+29");
}

// ---- every parser on adversarial bytes --------------------------------------------------

const std::string mebibyte_of_nines(std::size_t{1} << 20, '9');
const std::string one_nul_two("1\0" "2", 3);
const std::string lone_continuation("\x80", 1);

TEST(FaultsParsers, NumbersFromAdversarialText) {
    using pt::io::parse_integer;
    using pt::io::parse_number;
    using pt::io::split_number_and_unit;
    // 2^20 nines is about 10^1048576: out of range, and the error keeps the text.
    auto n = parse_number(mebibyte_of_nines);
    ASSERT_FALSE(n.ok());
    EXPECT_EQ(n.error().message, "number out of range");
    EXPECT_EQ(n.error().text.size(), mebibyte_of_nines.size());
    EXPECT_EQ(parse_integer(mebibyte_of_nines).error().message, "number out of range");
    // 0.999... with 2^20 nines: the nearest double is 1; the decimals are kept as written.
    n = parse_number("0." + mebibyte_of_nines);
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(n->value, 1.0);
    EXPECT_EQ(n->decimals, 1 << 20);
    // 10^-401 underflows: refused rather than read as 0.
    EXPECT_EQ(parse_number("0." + std::string(400, '0') + "1").error().message, "number out of range");
    // A long tail is quoted in the message by its first 32 bytes only.
    n = parse_number("1" + std::string(1000, 'x'));
    ASSERT_FALSE(n.ok());
    EXPECT_EQ(n.error().message, "unexpected text '" + std::string(32, 'x') + "' after the number");
    // An embedded NUL is not a space and not the end of the text.
    EXPECT_EQ(parse_number(one_nul_two).error().message, "unexpected text '" + std::string("\0" "2", 2) + "' after the number");
    EXPECT_EQ(parse_integer(one_nul_two).error().message, "unexpected text '" + std::string("\0" "2", 2) + "' after the number");
    EXPECT_EQ(parse_number(std::string(1, '\0')).error().message, "not a number");
    // A lone continuation byte, before and after digits.
    EXPECT_EQ(parse_number(lone_continuation).error().message, "not a number");
    EXPECT_EQ(parse_number("1\x80").error().message, "unexpected text '\x80' after the number");
    EXPECT_EQ(parse_integer(lone_continuation).error().message, "not a number");
    // The first two bytes of a full-width digit (EF BC 9x) after a digit.
    EXPECT_EQ(parse_number("1\xEF\xBC").error().message, "unexpected text '\xEF\xBC' after the number");
    // split_number_and_unit leaves a NUL to the unit, where parse_unit refuses it.
    const auto split = split_number_and_unit(std::string("12\0元", 6));
    ASSERT_TRUE(split.ok());
    EXPECT_EQ(split->number.value, 12.0);
    EXPECT_EQ(split->unit, std::string("\0元", 4));
    EXPECT_EQ(pt::units::parse_unit(split->unit).error().message, "unknown unit");
    EXPECT_EQ(split_number_and_unit(mebibyte_of_nines + "元").error().message, "number out of range");
}

TEST(FaultsParsers, UnitsAndPeriodsFromAdversarialText) {
    using pt::units::parse_unit;
    const auto long_unit = parse_unit(std::string(std::size_t{1} << 20, 'x'));
    ASSERT_FALSE(long_unit.ok());
    EXPECT_EQ(long_unit.error().message, "unknown unit");
    EXPECT_EQ(long_unit.error().text.size(), std::size_t{1} << 20);
    EXPECT_EQ(parse_unit(std::string("元\0", 4)).error().message, "unknown unit");  // NUL is not trimmed
    EXPECT_EQ(parse_unit(lone_continuation).error().message, "unknown unit");
    EXPECT_EQ(parse_unit("万\x80").error().message, "unknown unit");

    EXPECT_EQ(period::parse("2025" + std::string(std::size_t{1} << 20, 'Q')).error().message,
              "expected one digit after H or Q");
    EXPECT_EQ(period::parse(std::string("2025\0", 5)).error().message, "expected H, Q or -MM after the year");
    EXPECT_EQ(period::parse(lone_continuation).error().message, "a period starts with a four-digit year");
    EXPECT_EQ(period::parse("2025\x80").error().message, "expected H, Q or -MM after the year");
    EXPECT_EQ(period::parse("2025-0").error().message, "expected a two-digit month");
}
static_assert(noexcept(period::parse("")));

TEST(FaultsParsers, CsvFromAdversarialText) {
    using pt::io::parse_csv;
    // A field of 2^20 bytes is kept whole.
    auto t = parse_csv("a\n" + mebibyte_of_nines + "\n", "t.csv");
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->rows.at(0).fields.at(0).text, mebibyte_of_nines);
    // NUL is a byte like another inside a field.
    t = parse_csv(std::string("a,b\n1\0,2\n", 9), "t.csv");
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->rows.at(0).fields.at(0).text, std::string("1\0", 2));
    EXPECT_EQ(t->rows.at(0).fields.at(1).text, "2");
    // 2^16 commas: one header of 2^16 + 1 empty names (the time grows linearly).
    t = parse_csv(std::string(std::size_t{1} << 16, ','), "t.csv");
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->header.size(), (std::size_t{1} << 16) + 1);
    // 2^20 empty lines, then the header on line 2^20 + 1.
    t = parse_csv(std::string(std::size_t{1} << 20, '\n') + "a", "t.csv");
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->header_row.line, (std::size_t{1} << 20) + 1);
    // A lone continuation byte after "1," on line 2: column 3.
    auto e = parse_csv("a,b\n1,\x80\n", "t.csv");
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.error().to_string(), "t.csv:2:3: invalid UTF-8: '\\x80\\x0A'");
    // A file that ends inside a character.
    e = parse_csv("a\n\xE5\x85", "t.csv");
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.error().to_string(), "t.csv:2:1: invalid UTF-8: '\\xE5\\x85'");
    e = parse_csv("\"", "t.csv");
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.error().to_string(), "t.csv:1:1: unterminated quoted field: '\"'");
}

TEST(FaultsParsers, FigureFilesFromAdversarialText) {
    // A NUL inside the value at column 25.
    const auto e = book_error(short_header + "a,x,actual,2025,level,=," + one_nul_two + ",元\n");
    EXPECT_EQ(e.where.line, 2u);
    EXPECT_EQ(e.where.column, 25u);
    EXPECT_EQ(e.message, "malformed number: unexpected text '" + std::string("\0" "2", 2) + "' after the number");
    EXPECT_EQ(e.text, one_nul_two);
    // A lone continuation byte in JSON, after {"figures":[ (12 bytes).
    EXPECT_EQ(json_error("{\"figures\":[\x80]}").to_string(), "b.json:1:13: invalid UTF-8: '\\x80\\x5D\\x7D'");
    // A 2^20-byte id in a figure that lacks every other member: seven missing members.
    const auto m = json_error(R"({"figures":[{"id":")" + mebibyte_of_nines + R"("}]})");
    EXPECT_EQ(m.message, "/figures/0: missing member \"indicator\" (first of 7 errors)");
}

// ---- evaluation ---------------------------------------------------------------------------

const pt::units::unit_descriptor yuan = pt::units::unit_of("元");

pt::indicator_info flow_indicator() {
    pt::indicator_info i;
    i.id = "x";
    i.unit = yuan;
    i.kind = pt::nature::flow;
    return i;
}

pt::target_spec one_condition(comparator c, double value, period deadline = period::year(2025),
                              pt::measure what = pt::measure::level) {
    pt::target_spec t;
    t.id = "t";
    t.indicator_id = "x";
    t.deadline = deadline;
    pt::condition cond;
    cond.what = what;
    cond.cmp = c;
    cond.value = value;
    cond.unit = what == pt::measure::growth ? pt::units::unit_of("%") : yuan;
    t.conditions.push_back(cond);
    return t;
}

pt::value_series series_of(std::initializer_list<std::pair<period, double>> points) {
    pt::value_series s(yuan);
    for (const auto& [p, v] : points) EXPECT_EQ(s.add(p, v), reason::none);
    return s;
}

TEST(FaultsEvaluate, EmptySeries) {
    const pt::value_series empty(yuan);
    const auto at_least_10 = one_condition(comparator::at_least, 10.0);
    // Before the deadline year: pending, with no last actual to start from.
    auto a = pt::evaluate(at_least_10, flow_indicator(), empty, period::year(2024));
    EXPECT_EQ(a.outcome, verdict::pending);
    EXPECT_EQ(a.why, reason::none);
    EXPECT_EQ(a.last_actual.why(), reason::no_data);
    EXPECT_EQ(a.required_growth.why(), reason::not_applicable);
    // Inside the year and at its end: nothing to judge.
    for (const period as_of : {period::month(2025, 6), period::year(2025)}) {
        a = pt::evaluate(at_least_10, flow_indicator(), empty, as_of);
        EXPECT_EQ(a.outcome, verdict::not_assessable) << as_of.to_string();
        EXPECT_EQ(a.why, reason::no_data);
        EXPECT_EQ(a.actual.why(), reason::no_data);
        EXPECT_EQ(a.margin.why(), reason::no_data);
        EXPECT_EQ(a.completion.why(), reason::no_data);
    }
    // 动态清零 with no observation in the year is not "zero every time".
    a = pt::evaluate(one_condition(comparator::dynamic_zero, 0.0), flow_indicator(), empty, period::year(2025));
    EXPECT_EQ(a.outcome, verdict::not_assessable);
    EXPECT_EQ(a.why, reason::no_data);
    // A growth target likewise.
    a = pt::evaluate(one_condition(comparator::at_least, 5.0, period::year(2025), pt::measure::growth), flow_indicator(),
                     empty, period::year(2025));
    EXPECT_EQ(a.why, reason::no_data);
}

TEST(FaultsEvaluate, NonFiniteObservations) {
    const auto at_least_10 = one_condition(comparator::at_least, 10.0);
    for (const double bad : {inf, -inf}) {
        const auto a = pt::evaluate(at_least_10, flow_indicator(), series_of({{period::year(2025), bad}}),
                                    period::year(2025));
        EXPECT_EQ(a.outcome, verdict::not_assessable);
        EXPECT_EQ(a.why, reason::not_finite);
        EXPECT_FALSE(a.actual.ok());
        EXPECT_FALSE(a.margin.ok());
        EXPECT_FALSE(a.completion.ok());
    }
    // A NaN year-to-date value in the year.
    auto a = pt::evaluate(at_least_10, flow_indicator(), series_of({{period::year_to_date(2025, 3), nan}}),
                          period::month(2025, 3));
    EXPECT_EQ(a.outcome, verdict::not_assessable);
    EXPECT_EQ(a.why, reason::not_finite);
    EXPECT_FALSE(a.schedule_gap.ok());
    // 动态清零 with an infinite count.
    a = pt::evaluate(one_condition(comparator::dynamic_zero, 0.0), flow_indicator(),
                     series_of({{period::month(2025, 1), 0.0}, {period::month(2025, 2), inf}}), period::year(2025));
    EXPECT_EQ(a.why, reason::not_finite);
    // A growth target over a NaN prior year.
    a = pt::evaluate(one_condition(comparator::at_least, 5.0, period::year(2025), pt::measure::growth),
                     flow_indicator(), series_of({{period::year(2024), nan}, {period::year(2025), 12.0}}),
                     period::year(2025));
    EXPECT_EQ(a.outcome, verdict::not_assessable);
    EXPECT_EQ(a.why, reason::not_finite);
}

TEST(FaultsEvaluate, ValuesNearTheLargestDouble) {
    // 1.7e308 against >= 1e308: margin 1.7e308 - 1e308 = 7e307; completion
    // 1.7e308 / 1e308 = 1.7, i.e. 170 %. Both finite.
    auto a = pt::evaluate(one_condition(comparator::at_least, 1e308), flow_indicator(),
                          series_of({{period::year(2025), 1.7e308}}), period::year(2025));
    EXPECT_EQ(a.outcome, verdict::exceeded);
    EXPECT_DOUBLE_EQ(*a.margin, 7e307);
    EXPECT_DOUBLE_EQ(a.completion->value(), 170.0);
    // 1e308 against >= 1e-300: the margin is 1e308 (1e-300 is lost in it); the
    // completion 1e308 / 1e-300 = 1e608 does not fit: a reason, not infinity.
    a = pt::evaluate(one_condition(comparator::at_least, 1e-300), flow_indicator(),
                     series_of({{period::year(2025), 1e308}}), period::year(2025));
    EXPECT_EQ(a.outcome, verdict::exceeded);
    EXPECT_DOUBLE_EQ(*a.margin, 1e308);
    EXPECT_EQ(a.completion.why(), reason::overflow);
    // DBL_MAX against <= DBL_MAX: exactly on the ceiling, margin 0, achieved.
    a = pt::evaluate(one_condition(comparator::at_most, DBL_MAX), flow_indicator(),
                     series_of({{period::year(2025), DBL_MAX}}), period::year(2025));
    EXPECT_EQ(a.outcome, verdict::achieved);
    EXPECT_EQ(*a.margin, 0.0);
    EXPECT_EQ(a.completion.why(), reason::not_applicable);
    // Before the period, the growth needed from 1e308 to 1e-300 is
    // 1e-300 / 1e308 - 1 = -1 (the quotient underflows to 0): a fall of 100 %.
    a = pt::evaluate(one_condition(comparator::at_least, 1e-300), flow_indicator(),
                     series_of({{period::year(2024), 1e308}}), period::year(2024));
    EXPECT_EQ(a.outcome, verdict::pending);
    EXPECT_EQ(a.required_growth->fraction(), -1.0);
}

TEST(FaultsEvaluate, PeriodsAddedOutOfOrderGiveTheSameAssessments) {
    const auto in_order = series_of({{period::year(2023), 8.0}, {period::year(2024), 10.0}, {period::year(2025), 12.0}});
    const auto shuffled = series_of({{period::year(2025), 12.0}, {period::year(2023), 8.0}, {period::year(2024), 10.0}});
    std::vector<int> years;
    for (const auto& o : shuffled) years.push_back(o.period.year_number());
    EXPECT_EQ(years, (std::vector<int>{2023, 2024, 2025}));

    for (const auto* s : {&in_order, &shuffled}) {
        // Growth 12 / 10 - 1 = 20 % against >= 15 %: achieved, margin 5 points.
        auto a = pt::evaluate(one_condition(comparator::at_least, 15.0, period::year(2025), pt::measure::growth),
                              flow_indicator(), *s, period::year(2025));
        // (1.2 is inexact in binary: the growth is 20 % to within 1e-12.)
        EXPECT_EQ(a.outcome, verdict::achieved);
        EXPECT_NEAR(*a.actual, 20.0, 1e-12);
        EXPECT_NEAR(*a.margin, 5.0, 1e-12);
        // Level 12 against >= 10: exceeded by 2, completion 120 %.
        a = pt::evaluate(one_condition(comparator::at_least, 10.0), flow_indicator(), *s, period::year(2025));
        EXPECT_EQ(a.outcome, verdict::exceeded);
        EXPECT_EQ(*a.margin, 2.0);
        EXPECT_DOUBLE_EQ(a.completion->value(), 120.0);
        // As of 2024 a 2025 target of 11 is pending from the 2024 actual 10:
        // growth needed 11 / 10 - 1 = 10 %.
        a = pt::evaluate(one_condition(comparator::at_least, 11.0), flow_indicator(), *s, period::year(2024));
        EXPECT_EQ(a.outcome, verdict::pending);
        EXPECT_EQ(*a.last_actual, 10.0);
        EXPECT_EQ(a.last_actual_period, period::year(2024));
        EXPECT_NEAR(a.required_growth->in_percent(), 10.0, 1e-12);
    }
}

TEST(FaultsEvaluate, DuplicatedPeriodIsRefusedAndTheFirstValueJudged) {
    pt::plan p;
    p.add_indicator(flow_indicator());
    p.add_target(one_condition(comparator::at_least, 10.0), "1");
    EXPECT_EQ(p.add_observation("x", period::year(2025), 12.0), reason::none);
    EXPECT_EQ(p.add_observation("x", period::year(2025), 5.0), reason::duplicate_period);
    EXPECT_EQ(p.series_of("x")->size(), 1u);
    // 12 against >= 10: exceeded; the refused 5 would have missed.
    const auto r = p.evaluate(period::year(2025));
    ASSERT_EQ(r.assessments.size(), 1u);
    EXPECT_EQ(r.assessments[0].outcome, verdict::exceeded);
    EXPECT_EQ(*r.assessments[0].actual, 12.0);
}

TEST(FaultsEvaluate, GrowthOverOppositeSignsAndNegativeBases) {
    const auto growth_5 = one_condition(comparator::at_least, 5.0, period::year(2025), pt::measure::growth);
    // -3 to 5: no growth rate joins them.
    auto a = pt::evaluate(growth_5, flow_indicator(), series_of({{period::year(2024), -3.0}, {period::year(2025), 5.0}}),
                          period::year(2025));
    EXPECT_EQ(a.outcome, verdict::not_assessable);
    EXPECT_EQ(a.why, reason::opposite_signs);
    // -10 to -5 (a loss halved) is x_t / x_b - 1 = -5 / -10 - 1 = -50 % by the
    // formula: defined, and below 5 %, so not achieved with margin -55 points.
    a = pt::evaluate(growth_5, flow_indicator(), series_of({{period::year(2024), -10.0}, {period::year(2025), -5.0}}),
                     period::year(2025));
    EXPECT_EQ(a.outcome, verdict::not_achieved);
    EXPECT_DOUBLE_EQ(*a.actual, -50.0);
    EXPECT_DOUBLE_EQ(*a.margin, -55.0);
    // CAGR, defined for positive values only, names the negative base.
    EXPECT_EQ(pt::cagr(-10.0, -5.0, 2.0).why(), reason::negative_base);
}

TEST(FaultsEvaluate, PlanWithAnIndicatorWithoutData) {
    pt::plan p;
    p.add_indicator(flow_indicator());
    auto t = one_condition(comparator::at_most, 10.0);
    t.kind = pt::commitment::binding;
    p.add_target(t, "1");
    auto r = p.evaluate(period::year(2025));
    ASSERT_EQ(r.assessments.size(), 1u);
    EXPECT_EQ(r.assessments[0].outcome, verdict::not_assessable);
    EXPECT_EQ(r.assessments[0].why, reason::no_data);
    EXPECT_EQ(r.count(verdict::not_assessable, pt::commitment::binding), 1);
    // Not assessable is not a miss, and not met either (was EXPECT_TRUE: a
    // binding target without data read as met, and plancheck exited with 0).
    EXPECT_FALSE(r.binding_targets_met());
    EXPECT_EQ(r.binding(), pt::binding_status::not_assessable);
    EXPECT_EQ(r.binding_not_assessable(), 1);
    r = p.evaluate(period::year(2024));
    EXPECT_EQ(r.assessments[0].outcome, verdict::pending);
}

// ---- audit ------------------------------------------------------------------------------

TEST(FaultsAudit, SumBeyondTheLargestDouble) {
    // Each part, 10^300 亿元 (written out), is 1e308 元 in base units; their
    // sum, 2e308 元, is beyond DBL_MAX. The total of 1 元 is not it.
    const std::string nines = "1" + std::string(300, '0');
    const std::string figures = short_header + "p1,a,actual,2025,level,=," + nines + ",亿元\n" + "p2,b,actual,2025,level,=," +
                                nines + ",亿元\n" + "tot,c,actual,2025,level,=,1,元\n";
    const auto book = book_ok(figures, "id,kind,result,operands,note\nr1,sum,tot,p1+p2,\n");
    const auto audited = pt::audit(book);
    EXPECT_EQ(audited.checks, 1);
    EXPECT_EQ(audited.holding, 0);
    ASSERT_EQ(audited.findings.size(), 1u);
    EXPECT_EQ(audited.findings[0].level, pt::severity::error);
    EXPECT_EQ(audited.findings[0].code, pt::finding_code::sum_mismatch);
    EXPECT_FALSE(std::isfinite(audited.findings[0].computed));  // shown as n/a by the reports
}

// ---- progress methods ------------------------------------------------------------------

using pt::progress::yearly_point;
namespace os = pt::progress::open_sdg;
namespace es = pt::progress::escap;
namespace de = pt::progress::german;
constexpr auto up = pt::direction::higher_is_better;

TEST(FaultsProgress, NegativeInfinityIsNotFiniteForEveryMethod) {
    const std::vector<yearly_point> s{{2015, 10}, {2020, -inf}};
    EXPECT_EQ(os::assess(s, up, 20.0).why, reason::not_finite);
    EXPECT_EQ(es::assess(s, up, 20.0).why, reason::not_finite);
    EXPECT_EQ(de::assess(s, up, 20.0).why, reason::not_finite);
    EXPECT_EQ(os::assess(s, up, 20.0).status, os::category::not_assessed);
    EXPECT_EQ(es::assess(s, up, 20.0).status, es::category::not_assessed);
    EXPECT_EQ(de::assess(s, up, 20.0).status, de::weather::not_assessed);
}

TEST(FaultsProgress, OnePointThatMeetsTheTarget) {
    // Open SDG checks "target achieved" first, on the latest value alone; ESCAP
    // and the German method need two points before anything.
    const std::vector<yearly_point> one{{2020, 25}};
    const auto o = os::assess(one, up, 20.0);
    EXPECT_EQ(o.status, os::category::target_achieved);
    EXPECT_EQ(o.why, reason::none);
    EXPECT_EQ(*o.score, 5.0);
    const auto e = es::assess(one, up, 20.0);
    EXPECT_EQ(e.status, es::category::not_available);
    EXPECT_EQ(e.why, reason::too_few_observations);
    const auto g = de::assess(one, up, 20.0);
    EXPECT_EQ(g.status, de::weather::not_available);
    EXPECT_EQ(g.why, reason::too_few_observations);
}

TEST(FaultsProgress, OutOfOrderInputGivesTheSortedResult) {
    // Open SDG without a target: base 2015 = 100, latest 2017 = 102.01;
    // CAGR = (102.01 / 100)^(1/2) - 1 = 1.01 - 1 = 1 %: moderate (0.5 % <= g < 1.5 %),
    // score 250 x 0.01 - 1.25 = 1.25.
    const std::vector<yearly_point> sorted{{2015, 100}, {2016, 101}, {2017, 102.01}};
    const std::vector<yearly_point> shuffled{{2017, 102.01}, {2015, 100}, {2016, 101}};
    for (const auto* s : {&sorted, &shuffled}) {
        const auto a = os::assess(*s, up);
        EXPECT_EQ(a.status, os::category::moderate_progress);
        EXPECT_NEAR(*a.growth, 0.01, 1e-12);
        EXPECT_NEAR(*a.score, 1.25, 1e-9);
    }
    // German, compound: window 2016..2021, (110 / 100)^(1/5) - 1 = 1.9245 % a
    // year; 2030 is 9 years on: 110 x 1.1^(9/5) = 130.587 >= 120: the
    // shortfall (120 - 130.587) / (120 - 110) = -1.0587 is below 5 %: sunny.
    const std::vector<yearly_point> de_sorted{{2016, 100}, {2017, 102}, {2019, 105}, {2021, 110}};
    const std::vector<yearly_point> de_shuffled{{2021, 110}, {2017, 102}, {2016, 100}, {2019, 105}};
    for (const auto* s : {&de_sorted, &de_shuffled}) {
        const auto a = de::assess(*s, up, 120.0);
        EXPECT_EQ(a.status, de::weather::sunny);
        EXPECT_NEAR(*a.annual_change, 0.0192449, 1e-7);
        EXPECT_NEAR(*a.projected_value, 130.587, 1e-3);
        EXPECT_NEAR(*a.shortfall, -1.0587, 1e-4);
    }
}

TEST(FaultsProgress, DuplicatedYearAnywhereInTheInput) {
    // The duplicate found after sorting, whatever the input order.
    const std::vector<yearly_point> s{{2020, 12}, {2015, 7}, {2020, 12}, {2016, 8}};
    for (const reason why : {os::assess(s, up, 20.0).why, es::assess(s, up, 20.0).why, de::assess(s, up, 20.0).why})
        EXPECT_EQ(why, reason::duplicate_period);
}

TEST(FaultsProgress, HugeValuesOverflowToAReason) {
    // ESCAP regression: weights 1 and 6 (years 2015, 2020); the weighted sum
    // 1 x 1e308 + 6 x 1.7e308 = 1.12e309 does not fit a double.
    const std::vector<yearly_point> huge{{2015, 1e308}, {2020, 1.7e308}};
    const auto e = es::assess(huge, up, DBL_MAX);
    EXPECT_EQ(e.status, es::category::not_assessed);
    EXPECT_EQ(e.why, reason::overflow);
    EXPECT_FALSE(e.projected_value);
    // German compound: (1e305 / 1e300)^(1/5) = 10, a growth of 900 % a year;
    // 1e305 x 10^9 = 1e314 in 2030 does not fit.
    const std::vector<yearly_point> steep{{2016, 1e300}, {2021, 1e305}};
    const auto g = de::assess(steep, up, 1e306);
    EXPECT_EQ(g.status, de::weather::not_assessed);
    EXPECT_EQ(g.why, reason::overflow);
    // German linear: (1e308 - (-1e308)) / 5 overflows in the difference.
    de::options linear;
    linear.model = de::change_model::linear;
    const std::vector<yearly_point> wide{{2016, -1e308}, {2021, 1e308}};
    const auto l = de::assess(wide, up, 1.5e308, linear);
    EXPECT_EQ(l.why, reason::overflow);
    EXPECT_FALSE(l.annual_change);
}

// ---- batch ------------------------------------------------------------------------------

TEST(FaultsBatch, HugeValues) {
    using pt::evaluate_row;
    using pt::measure;
    // DBL_MAX against >= 1e308: exceeded by DBL_MAX - 1e308 = 7.976931348623157e307;
    // growth DBL_MAX / 1e308 - 1 = 0.7976931348623157, i.e. 79.77 %.
    auto r = evaluate_row(measure::level, comparator::at_least, DBL_MAX, 1e308, 1e308);
    EXPECT_EQ(r.outcome, verdict::exceeded);
    EXPECT_DOUBLE_EQ(r.margin, 7.976931348623157e307);
    EXPECT_EQ(r.growth_why, reason::none);
    EXPECT_DOUBLE_EQ(r.growth_percent, 79.76931348623157);
    // -1e308 after 1e308: opposite signs, not a growth of -200 %.
    r = evaluate_row(measure::growth, comparator::at_least, -1e308, 1e308, 0.0);
    EXPECT_EQ(r.growth_why, reason::opposite_signs);
    EXPECT_EQ(r.outcome, verdict::not_assessable);
    EXPECT_EQ(r.why, reason::opposite_signs);
    EXPECT_EQ(r.growth_percent, 0.0);
    // In level mode the same row is judged on its level: -1e308 <= 0, margin 1e308.
    r = evaluate_row(measure::level, comparator::at_most, -1e308, 1e308, 0.0);
    EXPECT_EQ(r.outcome, verdict::exceeded);
    EXPECT_EQ(r.margin, 1e308);
    // 1e308 after 1e308: growth 0 % exactly, on a >= 0 % target: achieved, margin 0.
    r = evaluate_row(measure::growth, comparator::at_least, 1e308, 1e308, 0.0);
    EXPECT_EQ(r.growth_why, reason::none);
    EXPECT_EQ(r.growth_percent, 0.0);
    EXPECT_EQ(r.outcome, verdict::achieved);
    EXPECT_EQ(r.margin, 0.0);
}

TEST(FaultsBatch, ColumnOfFaultyRows) {
    // One column through evaluate_batch: growth >= 10 % per row.
    //   120 / 100 - 1 = 20 %: achieved, margin 10; NaN and -inf values: not
    //   finite; 50 after -50: opposite signs; 7 after 0: zero base;
    //   1e308 after 1e-10: 1e318 overflows.
    const std::vector<double> values{120.0, nan, -inf, 50.0, 7.0, 1e308};
    const std::vector<double> priors{100.0, 100.0, 100.0, -50.0, 0.0, 1e-10};
    const std::vector<double> thresholds(values.size(), 10.0);
    std::vector<double> growth(values.size(), -1.0), margins(values.size(), -1.0);
    std::vector<reason> growth_why(values.size()), why(values.size());
    std::vector<verdict> verdicts(values.size());
    const pt::batch_inputs in{values, priors, thresholds, {}, comparator::at_least, {}, pt::measure::growth};
    ASSERT_EQ(pt::evaluate_batch(in, {growth, growth_why, verdicts, margins, why}), reason::none);
    EXPECT_EQ(why, (std::vector<reason>{reason::none, reason::not_finite, reason::not_finite, reason::opposite_signs,
                                        reason::zero_base, reason::overflow}));
    EXPECT_EQ(growth_why, why);
    EXPECT_EQ(verdicts[0], verdict::achieved);
    EXPECT_DOUBLE_EQ(growth[0], 20.0);
    EXPECT_DOUBLE_EQ(margins[0], 10.0);
    for (std::size_t i = 1; i < values.size(); ++i) {
        EXPECT_EQ(verdicts[i], verdict::not_assessable) << i;
        EXPECT_EQ(growth[i], 0.0) << i;  // never NaN or infinity
        EXPECT_EQ(margins[i], 0.0) << i;
    }
}

// ---- FaultsRegression: faults that were open, and what holds since the fix -----------------

// A number beyond a double made the JSON parser throw out_of_range (406), not
// parse_error, and the exception left read_figures_json (plancheck: "internal
// error", no location). Now every exception of the parser is caught, and this
// one is located at the token its message quotes. The number starts after
// {"figures":[{"value": (21 bytes): column 22.
TEST(FaultsRegression, JsonNumberBeyondDoubleIsALocatedError) {
    std::optional<pt::parsed<pt::figure_book>> b;
    EXPECT_NO_THROW(b.emplace(pt::io::read_figures_json(R"({"figures":[{"value":1e400}]})", "b.json")));
    ASSERT_TRUE(b.has_value());
    ASSERT_FALSE(b->ok());
    EXPECT_EQ(b->error().where.file, "b.json");
    EXPECT_EQ(b->error().where.line, 1u);
    EXPECT_EQ(b->error().where.column, 22u);
    EXPECT_NE(b->error().message.find("'1e400'"), std::string::npos) << b->error().to_string();
}

// A member given twice used to be kept once (the last), so a hand-edited file
// lost data without a word: a figure's second "value" replaced the first; a
// second "figures" array dropped the first. Now a key repeated in one object
// is an error that names the key.
TEST(FaultsRegression, JsonDuplicateMemberIsAnError) {
    const std::string figure =
        R"({"id":"a","indicator":"x","role":"actual","period":"2025","measure":"level","comparator":"=","value":"1","value":"999","unit":"个"})";
    auto e = json_error(R"({"figures":[)" + figure + "]}");
    EXPECT_NE(e.message.find("duplicate"), std::string::npos) << e.to_string();
    EXPECT_EQ(e.text, "value");
    e = json_error(R"({"figures":[{"id":"a","indicator":"x","role":"actual","period":"2025","measure":"level","comparator":"=","value":"1","unit":"个"}],"figures":[]})");
    EXPECT_NE(e.message.find("duplicate"), std::string::npos) << e.to_string();
    EXPECT_EQ(e.text, "figures");
}

// The JSON parser takes a NUL byte for the end of the input, so whatever
// followed a complete document after a NUL was dropped. A raw NUL is never
// valid JSON, and it is now refused before parsing, at its location.
// {"figures":[]} is 14 bytes: the NUL is at column 15.
TEST(FaultsRegression, JsonNulByteIsAnError) {
    const auto e = json_error(std::string(R"({"figures":[]})") + '\0' + R"({"figures":[{"id":"x"}]})");
    EXPECT_EQ(e.where.line, 1u);
    EXPECT_EQ(e.where.column, 15u);
}

// Two actual figures for one indicator and period (same kind of unit) used to
// become one observation, the first in file order, and the second was dropped
// without a word: the verdict, and plancheck's exit status, followed the row
// order. Now plan_from_figures throws std::invalid_argument naming both
// figures (plancheck exits 2).
TEST(FaultsRegression, TwoActualsForOnePeriodInAFileAreRefused) {
    const auto book = book_ok(short_header + "a1,gdp,actual,2025,level,=,5,元\n" + "a2,gdp,actual,2025,level,=,100,元\n" +
                              "t,gdp,target,2025,level,以内,10,元\n");
    ASSERT_EQ(book.figures.size(), 3u);
    try {
        (void)pt::plan_from_figures(book);
        ADD_FAILURE() << "two actuals for gdp in 2025 were accepted";
    } catch (const std::invalid_argument& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("a1"), std::string::npos) << what;
        EXPECT_NE(what.find("a2"), std::string::npos) << what;
    }
}

// reproduces() compared with std::llround, whose result is unspecified beyond
// the range of long long (glibc gives LLONG_MIN for all of them): any two
// numbers whose scaled value passed 9.2e18 "reproduced" each other. And
// round_half_up's allowance of scaled x 1e-12 reached a whole unit from 10^12
// on, so a 13-digit figure did not reproduce itself. Now the allowance is at
// most 1e-3 and the scaled doubles are compared (|a - b| < 0.5, false when
// either is not finite).
TEST(FaultsRegression, ReproducesBeyondTwelveDigits) {
    using pt::published_value;
    using pt::reproduces;
    // 94.82758620689656 at 17 decimals is 94.82758620689656000, not 95.00000000000000000.
    EXPECT_FALSE(reproduces(94.82758620689656, published_value{95.0, 17}));
    EXPECT_TRUE(reproduces(95.0, published_value{95.0, 17}));
    // 1e19 is not 5e19.
    EXPECT_FALSE(reproduces(1e19, published_value{5e19, 0}));
    EXPECT_TRUE(reproduces(5e19, published_value{5e19, 0}));
    // A figure reproduces itself: 1,300,000,000,000 at 0 decimals.
    EXPECT_TRUE(reproduces(1300000000000.0, published_value{1300000000000.0, 0}));
    EXPECT_EQ(pt::round_half_up(1300000000000.0, 0), 1300000000000.0);
    // 55 / 58 = 94.827586206896551...%: at 12 decimals 94.827586206897, as a
    // spreadsheet exports it.
    EXPECT_TRUE(reproduces(55.0 / 58.0 * 100.0, published_value{94.827586206897, 12}));
    // 400 decimals: 10^400 is not a double; 3 is still not 7.
    EXPECT_FALSE(reproduces(3.0, published_value{7.0, 400}));

    // Through the audit: 55 / 58 against a share written as 95.000000000000
    // is an error. (With 17 decimals it is refused when read: a double holds 15 digits.)
    const std::string figures = short_header + "num,a,actual,2025,level,=,55,个\n" + "den,b,actual,2025,level,=,58,个\n" +
                                "rate,c,actual,2025,share,=,95.000000000000,%\n" +
                                "p1,d,actual,2025,level,=,10000000000000000000,元\n" + "p2,d2,actual,2025,level,=,1,元\n" +
                                "tot,e,actual,2025,level,=,50000000000000000000,元\n";
    const auto book = book_ok(figures, "id,kind,result,operands,note\nr1,ratio,rate,num/den,\nr2,sum,tot,p1+p2,\n");
    const auto audited = pt::audit(book);
    EXPECT_EQ(audited.checks, 2);
    EXPECT_EQ(audited.holding, 0);
    EXPECT_EQ(audited.count(pt::severity::error), 2);
}

// The audit used to compare a part and its whole in base units (亿元 -> 元):
// two values near DBL_MAX in 亿元 both became infinity there, and inf <= inf
// "held", so 1.7e308 亿元 passed as a part of 1e308 亿元. Now the part is
// converted to the whole's unit (exact for equal units), and a part that does
// not fit there is an error finding of its own.
TEST(FaultsRegression, AuditComparesPartAndWholeBeyondTheBaseUnitRange) {
    const std::string figures = short_header + "part,x,actual,2025,level,=,17" + std::string(307, '0') + ",亿元\n" +
                                "whole,y,actual,2025,level,=,1" + std::string(308, '0') + ",亿元\n";
    const auto book = book_ok(figures, "id,kind,result,operands,note\nr1,ordering,part,whole,\n");
    ASSERT_EQ(book.figures.size(), 2u);
    EXPECT_EQ(book.figures[0].value.value, 1.7e308);
    const auto audited = pt::audit(book);
    EXPECT_EQ(audited.holding, 0);
    ASSERT_EQ(audited.findings.size(), 1u);
    EXPECT_EQ(audited.findings[0].level, pt::severity::error);

    // 1e308 亿元 in 元 is 1e308 x 1e8 = 1e316 元, beyond DBL_MAX (about
    // 1.8e308): the part cannot be set against a whole of 1e308 元.
    const std::string unfit = short_header + "part,x,actual,2025,level,=,1" + std::string(308, '0') + ",亿元\n" +
                              "whole,y,actual,2025,level,=,1" + std::string(308, '0') + ",元\n";
    const auto unfit_audit = pt::audit(book_ok(unfit, "id,kind,result,operands,note\nr1,ordering,part,whole,\n"));
    EXPECT_EQ(unfit_audit.holding, 0);
    ASSERT_EQ(unfit_audit.findings.size(), 1u);
    EXPECT_EQ(unfit_audit.findings[0].level, pt::severity::error);
    EXPECT_EQ(unfit_audit.findings[0].code, pt::finding_code::part_beyond_unit_range);
}

// growth_of(1e308, 5) is a finite fraction (2e307), but in percent it is
// 2e309. evaluate() used to report an infinite actual and margin as
// "achieved", and the batch an infinite growth_percent with growth_reasons
// none. Now growth whose percent does not fit is reason::overflow, in
// growth_of and in the batch's copy of it.
TEST(FaultsRegression, GrowthWhosePercentOverflowsIsNotAssessable) {
    const auto a = pt::evaluate(one_condition(comparator::at_least, 10.0, period::year(2025), pt::measure::growth),
                                flow_indicator(),
                                series_of({{period::year(2024), 5.0}, {period::year(2025), 1e308}}), period::year(2025));
    EXPECT_EQ(a.outcome, verdict::not_assessable);
    EXPECT_EQ(a.why, reason::overflow);
    EXPECT_FALSE(a.actual.ok());

    auto r = pt::evaluate_row(pt::measure::growth, comparator::at_least, 1e308, 5.0, 10.0);
    EXPECT_EQ(r.growth_why, reason::overflow);
    EXPECT_EQ(r.growth_percent, 0.0);
    EXPECT_EQ(r.outcome, verdict::not_assessable);
    EXPECT_EQ(r.why, reason::overflow);
    // In level mode the level is still judged: 1e308 >= 10, margin 1e308 - 10 = 1e308.
    r = pt::evaluate_row(pt::measure::level, comparator::at_least, 1e308, 5.0, 10.0);
    EXPECT_EQ(r.growth_why, reason::overflow);
    EXPECT_EQ(r.outcome, verdict::exceeded);
    EXPECT_EQ(r.margin, 1e308);
}

// -1.7e308 against <= 1e308 is met with a margin of 1e308 + 1.7e308 =
// 2.7e308, which is not a double. evaluate() used to report margin = +inf as
// a defined number; now a margin that is not finite while the actual and the
// threshold are is reason::overflow, and the verdict stands (the comparison
// itself is exact). The batch has no reason column for its margins: it writes
// the +inf, as docs/bad-input.md states.
TEST(FaultsRegression, EvaluateMarginThatOverflowsIsAReason) {
    const auto a = pt::evaluate(one_condition(comparator::at_most, 1e308), flow_indicator(),
                                series_of({{period::year(2025), -1.7e308}}), period::year(2025));
    EXPECT_EQ(a.outcome, verdict::exceeded);
    EXPECT_EQ(a.margin.why(), reason::overflow);
    EXPECT_EQ(a.conditions.at(0).margin.why(), reason::overflow);

    // Prior value equal to the value: growth -1.7e308 / -1.7e308 - 1 = 0 %, defined.
    const auto r = pt::evaluate_row(pt::measure::level, comparator::at_most, -1.7e308, -1.7e308, 1e308);
    EXPECT_EQ(r.outcome, verdict::exceeded);
    EXPECT_EQ(r.why, reason::none);
    EXPECT_EQ(r.margin_why, reason::overflow);  // as evaluate() says it, not +inf
    EXPECT_EQ(r.margin, 0.0);
}

// In the year: January's year-to-date 1e308 against a year target of 1 is
// 1e308 / (1/12) = 1.2e309 projected and (1e308 - 1/12) / 1 x 100 = 1e310
// points ahead. Both used to come back as +inf defined numbers; now they are
// reason::overflow. The verdict (ahead of schedule) and the expectation to
// date (1/12) stand.
TEST(FaultsRegression, EvaluateInYearNumbersThatOverflowAreReasons) {
    const auto a = pt::evaluate(one_condition(comparator::at_least, 1.0), flow_indicator(),
                                series_of({{period::year_to_date(2025, 1), 1e308}}), period::month(2025, 1));
    EXPECT_EQ(a.outcome, verdict::ahead_of_schedule);
    EXPECT_DOUBLE_EQ(*a.expected_to_date, 1.0 / 12.0);
    EXPECT_EQ(a.schedule_gap.why(), reason::overflow);
    EXPECT_EQ(a.projected.why(), reason::overflow);
}

// A NaN threshold (from code: files refuse NaN) used to give not_assessable
// with reason bound_only and margin = NaN as a defined number, and a NaN
// published growth an actual of NaN likewise. Now evaluate() checks the
// threshold (and upper) and the actual for NaN and says not_finite, as the
// batch does.
TEST(FaultsRegression, EvaluateNanThresholdOrPublishedGrowthIsNotFinite) {
    auto a = pt::evaluate(one_condition(comparator::at_least, nan), flow_indicator(),
                          series_of({{period::year(2025), 5.0}}), period::year(2025));
    EXPECT_EQ(a.outcome, verdict::not_assessable);
    EXPECT_EQ(a.why, reason::not_finite);
    EXPECT_FALSE(a.margin.ok());

    pt::value_series s(yuan);
    pt::observation_meta meta;
    meta.published_growth = pt::growth_rate::from_percent(nan);
    ASSERT_EQ(s.add(period::year(2025), 5.0, meta), reason::none);
    a = pt::evaluate(one_condition(comparator::at_least, 10.0, period::year(2025), pt::measure::growth),
                     flow_indicator(), s, period::year(2025));
    EXPECT_EQ(a.outcome, verdict::not_assessable);
    EXPECT_EQ(a.why, reason::not_finite);
    EXPECT_FALSE(a.actual.ok());
    EXPECT_FALSE(a.margin.ok());
}

// Before the period the last actual used to be reported as it stood: a NaN
// or an infinity there came back as a defined last_actual (required_growth
// already said not_finite). Now last_actual is reason::not_finite for such a
// value.
TEST(FaultsRegression, EvaluateLastActualThatIsNotFiniteIsAReason) {
    for (const double bad : {nan, inf}) {
        const auto a = pt::evaluate(one_condition(comparator::at_least, 10.0), flow_indicator(),
                                    series_of({{period::year(2024), bad}}), period::year(2024));
        EXPECT_EQ(a.outcome, verdict::pending);
        EXPECT_EQ(a.last_actual.why(), reason::not_finite);
        EXPECT_EQ(a.required_growth.why(), reason::not_finite);
    }
}

}  // namespace
