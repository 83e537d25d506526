// Numbers as reports and spreadsheets write them: every accepted form (signs,
// full-width digits, groups of three, scale words, percent signs, spaces) with
// its value, decimals and scale, and every refused form with its message.
#include <plantarget/io/number.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>

namespace {

using plantarget::io::parse_integer;
using plantarget::io::parse_number;
using plantarget::io::parsed_number;
using plantarget::io::split_number_and_unit;

parsed_number number_ok(const std::string& text) {
    const auto r = parse_number(text);
    EXPECT_TRUE(r.ok()) << text << ": " << (r.ok() ? std::string() : r.error().to_string());
    return r.ok() ? r.value() : parsed_number{};
}

// The message of a refused text; fails the test if the text was accepted.
std::string number_error(const std::string& text) {
    const auto r = parse_number(text);
    EXPECT_FALSE(r.ok()) << text << " was accepted";
    if (r.ok()) return {};
    EXPECT_EQ(r.error().text, text) << "the error quotes the text as it stood";
    return r.error().message;
}

TEST(IoNumber, PlainNumbersKeepTheirDecimals) {
    const auto n = number_ok("94.8");
    EXPECT_DOUBLE_EQ(n.value, 94.8);
    EXPECT_EQ(n.decimals, 1);
    EXPECT_EQ(n.scale_exponent, 0);
    EXPECT_FALSE(n.percent);
    EXPECT_EQ(n.text, "94.8");

    EXPECT_EQ(number_ok("105").value, 105.0);
    EXPECT_EQ(number_ok("105").decimals, 0);
    EXPECT_EQ(number_ok("4.70").decimals, 2);  // trailing zero is published precision
    EXPECT_DOUBLE_EQ(number_ok("4.70").value, 4.7);
    EXPECT_EQ(number_ok("0").value, 0.0);
    EXPECT_EQ(number_ok("007").value, 7.0);
    EXPECT_DOUBLE_EQ(number_ok("-33.3").value, -33.3);
}

TEST(IoNumber, SignsIncludeFullWidthAndMinusSign) {
    EXPECT_EQ(number_ok("+7").value, 7.0);
    EXPECT_EQ(number_ok("-7").value, -7.0);
    EXPECT_EQ(number_ok("＋7").value, 7.0);
    EXPECT_EQ(number_ok("－５").value, -5.0);
    EXPECT_EQ(number_ok("\xe2\x88\x92" "3").value, -3.0);  // U+2212 MINUS SIGN
}

TEST(IoNumber, FullWidthDigitsAndPoint) {
    EXPECT_EQ(number_ok("１２３").value, 123.0);
    const auto n = number_ok("９４．８");
    EXPECT_DOUBLE_EQ(n.value, 94.8);
    EXPECT_EQ(n.decimals, 1);
    EXPECT_EQ(number_ok("1２.５").value, 12.5);  // mixed widths, as pasted text can be
}

TEST(IoNumber, ThousandsSeparatorsInGroupsOfThree) {
    EXPECT_EQ(number_ok("1,234.5").value, 1234.5);
    EXPECT_EQ(number_ok("1,234.5").decimals, 1);
    EXPECT_EQ(number_ok("1,234,567.5").value, 1234567.5);
    EXPECT_EQ(number_ok("12,345").value, 12345.0);
    EXPECT_EQ(number_ok("123,456").value, 123456.0);
    EXPECT_EQ(number_ok("－1,000").value, -1000.0);
}

TEST(IoNumber, ScaleWordsMultiply) {
    // 1.2万 = 1.2 x 10^4 = 12000; one decimal as written.
    const auto wan = number_ok("1.2万");
    EXPECT_EQ(wan.value, 12000.0);
    EXPECT_EQ(wan.decimals, 1);
    EXPECT_EQ(wan.scale_exponent, 4);
    // 3.5亿 = 3.5 x 10^8 = 350,000,000, exactly (the scale is applied in decimal).
    const auto yi = number_ok("3.5亿");
    EXPECT_EQ(yi.value, 350000000.0);
    EXPECT_EQ(yi.scale_exponent, 8);
    EXPECT_EQ(number_ok("5千").value, 5000.0);
    EXPECT_EQ(number_ok("5千").scale_exponent, 3);
    EXPECT_EQ(number_ok("3千万").value, 30000000.0);  // 3 x 10^7
    EXPECT_EQ(number_ok("3千万").scale_exponent, 7);
    EXPECT_EQ(number_ok("2万亿").value, 2e12);         // 万亿 = 10^4 x 10^8
    EXPECT_EQ(number_ok("2万亿").scale_exponent, 12);
    EXPECT_EQ(number_ok("0.1万").value, 1000.0);       // 0.1 x 10^4, no binary rounding
    EXPECT_EQ(number_ok("1.25亿").value, 125000000.0);  // 1.25 x 10^8
    EXPECT_EQ(number_ok("1.25亿").decimals, 2);
    EXPECT_EQ(number_ok("1,234.5万").value, 12345000.0);  // 1234.5 x 10^4
    EXPECT_EQ(number_ok("1.2 万").value, 12000.0);        // a space before the word
}

TEST(IoNumber, PercentSignsAreFlaggedAndTheValueKeptAsWritten) {
    const auto p = number_ok("94.8%");
    EXPECT_TRUE(p.percent);
    EXPECT_DOUBLE_EQ(p.value, 94.8);  // not 0.948
    EXPECT_EQ(p.decimals, 1);
    const auto fw = number_ok("９４．８％");
    EXPECT_TRUE(fw.percent);
    EXPECT_DOUBLE_EQ(fw.value, 94.8);
    EXPECT_TRUE(number_ok("5 %").percent);
    EXPECT_EQ(number_ok("-28.5%").value, -28.5);
    EXPECT_FALSE(number_ok("5").percent);
}

TEST(IoNumber, SurroundingSpacesAreIgnored) {
    EXPECT_EQ(number_ok("  12 ").value, 12.0);
    EXPECT_EQ(number_ok("\t12\t").value, 12.0);
    EXPECT_EQ(number_ok("　12　").value, 12.0);               // U+3000 ideographic space
    EXPECT_EQ(number_ok("\xc2\xa0" "12\xc2\xa0").value, 12.0);  // U+00A0 no-break space
    EXPECT_EQ(number_ok(" 12 ").text, " 12 ");                // text is kept as given
}

TEST(IoNumber, RefusesEmptyAndSignOnly) {
    EXPECT_EQ(number_error(""), "empty number");
    EXPECT_EQ(number_error("   "), "empty number");
    EXPECT_EQ(number_error("　"), "empty number");
    EXPECT_EQ(number_error("-"), "a sign without digits");
    EXPECT_EQ(number_error("－"), "a sign without digits");
    EXPECT_EQ(number_error("+ "), "a sign without digits");  // trimmed to "+"
    EXPECT_EQ(number_error("- 5"), "a space between the sign and the digits");
    EXPECT_EQ(number_error("--5"), "two signs");
    EXPECT_EQ(number_error("+-5"), "two signs");
}

TEST(IoNumber, RefusesMisplacedDecimalPoints) {
    EXPECT_EQ(number_error("1.2.3"), "two decimal points");
    EXPECT_EQ(number_error("1．2．3"), "two decimal points");
    EXPECT_EQ(number_error("1..2"), "a digit must follow the decimal point");
    EXPECT_EQ(number_error("5."), "a digit must follow the decimal point");
    EXPECT_EQ(number_error(".5"), "a digit must come before the decimal point");
    EXPECT_EQ(number_error("-.5"), "a digit must come before the decimal point");
}

TEST(IoNumber, RefusesBadThousandsGroups) {
    const std::string groups = "thousands separators must separate groups of three digits";
    EXPECT_EQ(number_error("1,23,4"), groups);
    EXPECT_EQ(number_error("1,23"), groups);
    EXPECT_EQ(number_error("1234,567"), groups);
    EXPECT_EQ(number_error("1,2345"), groups);
    EXPECT_EQ(number_error("1,"), groups);
    EXPECT_EQ(number_error("1,,234"), groups);
    EXPECT_EQ(number_error(",123"), "a number cannot start with a thousands separator");
    EXPECT_EQ(number_error("1.234,5"), "a thousands separator after the decimal point");
}

TEST(IoNumber, RefusesLettersWordsHexAndExponents) {
    EXPECT_EQ(number_error("abc"), "not a number");
    EXPECT_EQ(number_error("约5"), "not a number");
    EXPECT_EQ(number_error("12abc"), "unexpected text 'abc' after the number");
    EXPECT_EQ(number_error("12 3"), "unexpected text '3' after the number");
    EXPECT_EQ(number_error("3.5亿元"), "unexpected text '元' after the number");
    EXPECT_EQ(number_error("5%%"), "unexpected text '%' after the number");
    EXPECT_EQ(number_error("1，234"), "unexpected text '，234' after the number");  // full-width comma
    EXPECT_EQ(number_error("0x1F"), "hexadecimal numbers are not accepted");
    EXPECT_EQ(number_error("inf"), "infinity and NaN are not numbers here");
    EXPECT_EQ(number_error("-Infinity"), "infinity and NaN are not numbers here");
    EXPECT_EQ(number_error("NaN"), "infinity and NaN are not numbers here");
    EXPECT_EQ(number_error("1e400"), "exponent notation is not accepted: write the number out in full");
    EXPECT_EQ(number_error("1.5E+08"), "exponent notation is not accepted: write the number out in full");
    EXPECT_EQ(number_error("5万%"), "a scale word and a percent sign together");
}

TEST(IoNumber, RefusesValuesOutOfRange) {
    // 400 nines is about 1e400, beyond the largest double (about 1.8e308).
    EXPECT_EQ(number_error(std::string(400, '9')), "number out of range");
    // 1 followed by 305 zeros, times 10^8, is 1e313: out of range only
    // once the scale word is applied.
    EXPECT_EQ(number_error("1" + std::string(305, '0') + "亿"), "number out of range");
    EXPECT_TRUE(parse_number("1" + std::string(300, '0')).ok());  // 1e300 fits
}

TEST(IoNumber, SplitsNumberAndUnit) {
    // 3.5亿元: 3.5 x 10^8 yuan, unit 元.
    const auto yuan = split_number_and_unit("3.5亿元");
    ASSERT_TRUE(yuan.ok()) << yuan.error().to_string();
    EXPECT_EQ(yuan->number.value, 350000000.0);
    EXPECT_EQ(yuan->number.scale_exponent, 8);
    EXPECT_EQ(yuan->number.decimals, 1);
    EXPECT_EQ(yuan->number.text, "3.5亿");
    EXPECT_EQ(yuan->unit, "元");

    const auto wan = split_number_and_unit("1.2万");
    ASSERT_TRUE(wan.ok());
    EXPECT_EQ(wan->number.value, 12000.0);
    EXPECT_EQ(wan->number.scale_exponent, 4);
    EXPECT_EQ(wan->unit, "");

    // 29.5万标箱 = 29.5 x 10^4 = 295,000 TEU.
    const auto teu = split_number_and_unit("29.5万标箱");
    ASSERT_TRUE(teu.ok());
    EXPECT_EQ(teu->number.value, 295000.0);
    EXPECT_EQ(teu->unit, "标箱");

    const auto km = split_number_and_unit(" 5 km ");
    ASSERT_TRUE(km.ok());
    EXPECT_EQ(km->number.value, 5.0);
    EXPECT_EQ(km->unit, "km");

    // 个/千人 starts with 个, not a scale word: no scale.
    const auto per_thousand = split_number_and_unit("4.5个/千人");
    ASSERT_TRUE(per_thousand.ok());
    EXPECT_DOUBLE_EQ(per_thousand->number.value, 4.5);
    EXPECT_EQ(per_thousand->number.scale_exponent, 0);
    EXPECT_EQ(per_thousand->unit, "个/千人");

    const auto ten_million = split_number_and_unit("3千万元");
    ASSERT_TRUE(ten_million.ok());
    EXPECT_EQ(ten_million->number.value, 30000000.0);  // 3 x 10^7
    EXPECT_EQ(ten_million->unit, "元");
}

TEST(IoNumber, SplitGivesPercentAsTheUnit) {
    const auto p = split_number_and_unit("９４．８％");
    ASSERT_TRUE(p.ok());
    EXPECT_TRUE(p->number.percent);
    EXPECT_DOUBLE_EQ(p->number.value, 94.8);
    EXPECT_EQ(p->unit, "%");  // normalised, so units::parse_unit knows it
    const auto points = split_number_and_unit("0.3个百分点");
    ASSERT_TRUE(points.ok());
    EXPECT_FALSE(points->number.percent);
    EXPECT_EQ(points->unit, "个百分点");
}

TEST(IoNumber, SplitRefusesUnitsThatLookLikeMoreNumber) {
    const auto two = split_number_and_unit("1 2");
    ASSERT_FALSE(two.ok());
    EXPECT_EQ(two.error().message, "unexpected text '2' after the number");
    EXPECT_EQ(two.error().text, "1 2");
    EXPECT_FALSE(split_number_and_unit("1.2.3元").ok());
    EXPECT_FALSE(split_number_and_unit("5 -3").ok());
    const auto after_percent = split_number_and_unit("5%元");
    ASSERT_FALSE(after_percent.ok());
    EXPECT_EQ(after_percent.error().message, "unexpected text '元' after the percent sign");
    EXPECT_FALSE(split_number_and_unit("元").ok());  // no number at all
    EXPECT_FALSE(split_number_and_unit("").ok());
    const auto range = split_number_and_unit(std::string(400, '9') + "元");
    ASSERT_FALSE(range.ok());
    EXPECT_EQ(range.error().message, "number out of range");
}

TEST(IoNumber, IntegersForCountsAndRanks) {
    EXPECT_EQ(parse_integer("4156").value(), 4156);
    EXPECT_EQ(parse_integer(" 1 ").value(), 1);
    EXPECT_EQ(parse_integer("1,234").value(), 1234);
    EXPECT_EQ(parse_integer("１２").value(), 12);
    EXPECT_EQ(parse_integer("－５").value(), -5);
    EXPECT_EQ(parse_integer("3万").value(), 30000);  // 3 x 10^4
    EXPECT_EQ(parse_integer("9223372036854775807").value(), std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(parse_integer("-9223372036854775808").value(), std::numeric_limits<std::int64_t>::min());
    // 922337203685477 x 10^4 = 9,223,372,036,854,770,000 <= 9,223,372,036,854,775,807.
    EXPECT_EQ(parse_integer("922337203685477万").value(), INT64_C(9223372036854770000));
}

TEST(IoNumber, IntegersRefuseFractionsPercentAndOverflow) {
    EXPECT_EQ(parse_integer("1.5").error().message, "a whole number was expected, without a decimal point");
    EXPECT_EQ(parse_integer("1.2万").error().message, "a whole number was expected, without a decimal point");
    EXPECT_EQ(parse_integer("5%").error().message, "a whole number was expected, without a percent sign");
    EXPECT_EQ(parse_integer("9223372036854775808").error().message, "number out of range");
    EXPECT_EQ(parse_integer("-9223372036854775809").error().message, "number out of range");
    // 922337203685478 x 10^4 = 9,223,372,036,854,780,000 > 9,223,372,036,854,775,807.
    EXPECT_EQ(parse_integer("922337203685478万").error().message, "number out of range");
    EXPECT_EQ(parse_integer("5个").error().message, "unexpected text '个' after the number");
    EXPECT_EQ(parse_integer("").error().message, "empty number");
    EXPECT_EQ(parse_integer("1,23").error().message, "thousands separators must separate groups of three digits");
}

TEST(IoNumber, NeverReadsPastTheEndOfAView) {
    // Views cut in the middle of a multi-byte character or before a digit:
    // the parser must see only the bytes in the view.
    const std::string backing = "12．5万元";
    EXPECT_EQ(parse_number(std::string_view(backing).substr(0, 2)).value().value, 12.0);
    EXPECT_FALSE(parse_number(std::string_view(backing).substr(0, 3)).ok());  // "12" + first byte of ．
    EXPECT_FALSE(parse_number(std::string_view(backing).substr(0, 5)).ok());  // "12．": no digit after
    EXPECT_EQ(parse_number(std::string_view(backing).substr(0, 6)).value().value, 12.5);
    const std::string fullwidth_five = "５";
    EXPECT_FALSE(parse_number(std::string_view(fullwidth_five).substr(0, 2)).ok());
}

static_assert(noexcept(parse_number("")));
static_assert(noexcept(split_number_and_unit("")));
static_assert(noexcept(parse_integer("")));

}  // namespace
