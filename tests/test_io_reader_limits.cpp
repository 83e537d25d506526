// Reader corner cases of issue 13: JSON numbers a double cannot hold, values
// with more digits than a double keeps, duplicate JSON members located, and
// documents without figures read as an empty book.
#include <plantarget/audit.hpp>
#include <plantarget/io/figures_csv.hpp>
#include <plantarget/io/figures_json.hpp>

#include <gtest/gtest.h>

#include <string>

namespace {

namespace io = plantarget::io;
using plantarget::parse_error;

const std::string short_header = "id,indicator,role,period,measure,comparator,value,unit\n";

std::string json_figure(const std::string& value) {
    return R"({"figures":[{"id":"a","indicator":"x","role":"actual","period":"2025","measure":"level",)"
           R"("comparator":"=","value":)" + value + R"(,"unit":"个"}]})";
}

parse_error json_error(const std::string& text) {
    const auto b = io::read_figures_json(text, "b.json");
    EXPECT_FALSE(b.ok()) << "accepted: " << text.substr(0, 200);
    return b.ok() ? parse_error{} : b.error();
}

parse_error csv_error(const std::string& value) {
    const auto b = io::read_figures_csv(short_header + "a,x,actual,2025,level,=," + value + ",个\n", {}, "f.csv");
    EXPECT_FALSE(b.ok()) << "accepted: " << value.substr(0, 200);
    return b.ok() ? parse_error{} : b.error();
}

// Before: 1e-400 read as 0 (strtod underflows without an error), where the
// CSV reader refuses 0.000…1 as out of range.
TEST(IoReaderLimits, JsonNumberThatUnderflowsIsRefusedByPointer) {
    auto e = json_error(json_figure("1e-400"));
    EXPECT_EQ(e.to_string(), "b.json: /figures/0/value: JSON number underflow: too small for a double, it would read as 0: '1e-400'");
    e = json_error(json_figure("-0.5E-330"));
    EXPECT_EQ(e.message, "/figures/0/value: JSON number underflow: too small for a double, it would read as 0");
    // A subnormal keeps too few of its digits to be the number written.
    e = json_error(json_figure("4e-320"));
    EXPECT_EQ(e.message, "/figures/0/value: JSON number underflow: too small for a double to hold its digits");
    // Zero written as zero is zero; an exponent on zero too.
    EXPECT_TRUE(io::read_figures_json(json_figure("0.0"), "b.json").ok());
    EXPECT_TRUE(io::read_figures_json(json_figure("0e-400"), "b.json").ok());
    // Overflow stays a located error, now with its pointer.
    EXPECT_EQ(json_error(json_figure("1e400")).message, "/figures/0/value: JSON number overflow parsing '1e400'");
}

// Before: a number beyond a double was placed at the first occurrence of its
// text, which could be inside an earlier string.
TEST(IoReaderLimits, JsonOverflowIsLocatedAtItsOwnToken) {
    const std::string text = R"({"figures":[{"quote":"1e400","value":1e400}]})";
    const parse_error e = json_error(text);
    EXPECT_EQ(e.where.line, 1u);
    EXPECT_EQ(e.where.column, text.rfind("1e400") + 1);
    EXPECT_EQ(e.message, "/figures/0/value: JSON number overflow parsing '1e400'");
}

// Before: a value with 400 decimals was read, and the audit printed "nan %"
// and a false rounding warning.
TEST(IoReaderLimits, ValuesWithMoreDigitsThanADoubleAreRefused) {
    const std::string four_hundred_decimals = "94." + std::string(399, '8') + "1";
    parse_error e = csv_error(four_hundred_decimals);
    EXPECT_EQ(e.message, "402 significant digits, more than a double holds (15): round the value");
    EXPECT_EQ(e.where.line, 2u);
    EXPECT_EQ(e.where.column, 25u);
    EXPECT_EQ(csv_error("95.00000000000000000").message,
              "19 significant digits, more than a double holds (15): round the value");
    EXPECT_EQ(csv_error("12345678901234567").message,
              "17 significant digits, more than a double holds (15): round the value");
    // Zeros after the point are digits written; 0.000…0 with 400 decimals.
    EXPECT_EQ(csv_error("0." + std::string(400, '0')).message,
              "400 decimals, more than a double holds (15): round the value");
    // Full-width digits count as digits.
    EXPECT_EQ(csv_error("１２３４５６７８９０１２３４５６").message,
              "16 significant digits, more than a double holds (15): round the value");
    // JSON numbers are checked the same way, in their shortest form.
    EXPECT_EQ(json_error(json_figure("0.1234567890123456789")).message,
              "/figures/0/value: 17 significant digits, more than a double holds (15): round the value");

    // Up to 15, and an integer's trailing zeros, are kept.
    const auto ok = io::read_figures_csv(short_header + "a,x,actual,2025,level,=,94.8275862068966,个\n" +
                                             "b,y,actual,2025,level,=,1" + std::string(300, '0') + ",个\n" +
                                             "c,z,actual,2025,level,=,0.000000000000001,个\n");
    ASSERT_TRUE(ok.ok()) << ok.error().to_string();
    EXPECT_EQ(ok->figures[0].value.decimals, 13);
    EXPECT_EQ(ok->figures[1].value.value, 1e300);
    EXPECT_EQ(io::significant_digits("1,234.50"), 6);
    EXPECT_EQ(io::significant_digits("0.0012"), 2);
    EXPECT_EQ(io::significant_digits("1200"), 2);
    EXPECT_EQ(io::significant_digits("1.2万"), 2);
}

// Before: a duplicate member was named but not located.
TEST(IoReaderLimits, DuplicateJsonMemberIsLocatedByPointer) {
    const std::string figure =
        R"({"id":"a","indicator":"x","role":"actual","period":"2025","measure":"level","comparator":"=","value":"1","value":"999","unit":"个"})";
    auto e = json_error(R"({"figures":[)" + figure + "," + figure + "]}");
    EXPECT_EQ(e.to_string(), "b.json: /figures/0/value: JSON object has a duplicate member: 'value'");
    e = json_error(R"({"figures":[],"relations":[],"figures":[]})");
    EXPECT_EQ(e.to_string(), "b.json: /figures: JSON object has a duplicate member: 'figures'");
    // A key with / and ~ is escaped in the pointer (RFC 6901).
    e = json_error(R"({"figures":[{"a/b~":1,"a/b~":2}]})");
    EXPECT_EQ(e.message, "/figures/0/a~1b~0: JSON object has a duplicate member");
}

// An empty document and files without figures are an empty book, not an
// error and not a crash (whether an empty book may be evaluated is decided
// after reading).
TEST(IoReaderLimits, DocumentsWithoutFiguresAreAnEmptyBook) {
    for (const std::string text : {"{}", R"({"figures":[]})", R"({"figures":[],"relations":[]})", " {\n} "}) {
        const auto b = io::read_figures_json(text, "b.json");
        ASSERT_TRUE(b.ok()) << text << ": " << b.error().to_string();
        EXPECT_TRUE(b->figures.empty());
        EXPECT_TRUE(b->relations.empty());
        EXPECT_EQ(plantarget::audit(b.value()).checks, 0);
    }
    const auto csv = io::read_figures_csv(short_header, "id,kind,result,operands,note\n", "f.csv", "r.csv");
    ASSERT_TRUE(csv.ok());
    EXPECT_TRUE(csv->figures.empty());
}

}  // namespace
