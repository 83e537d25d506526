// What an error message echoes of its input: control characters escaped,
// long text cut to a readable length with its size (parse_error::to_string).
#include <plantarget/error.hpp>
#include <plantarget/io/figures_csv.hpp>

#include <gtest/gtest.h>

#include <string>

namespace {

using plantarget::parse_error;
using plantarget::printable_text;

const std::string header = "id,indicator,role,period,measure,comparator,value,unit\n";

parse_error book_error(const std::string& row) {
    const auto book = plantarget::io::read_figures_csv(header + row, {}, "f.csv");
    EXPECT_FALSE(book.ok());
    return book.ok() ? parse_error{} : book.error();
}

TEST(ErrorText, ControlCharactersAreEscaped) {
    EXPECT_EQ(printable_text("a\x1b[31mb"), "a\\x1b[31mb");                 // ESC
    EXPECT_EQ(printable_text(std::string("a\0b", 3)), "a\\x00b");           // NUL
    EXPECT_EQ(printable_text("a\x7f\tb\r\n"), "a\\x7f\\x09b\\x0d\\x0a");   // DEL, TAB, CR, LF
    EXPECT_EQ(printable_text("a\xc2\x9b" "2Jb"), "a\\u009b2Jb");           // C1 CSI
    EXPECT_EQ(printable_text("a\xc2\x85"), "a\\u0085");                      // C1 NEL
    EXPECT_EQ(printable_text("\xff\xc2"), "\\xff\\xc2");                     // not UTF-8
    EXPECT_EQ(printable_text("沙坪坝 ×·—"), "沙坪坝 ×·—");                   // printable text is kept
}

// Before: terminal escape sequences and NUL bytes reached the terminal raw.
TEST(ErrorText, MessagesFromAFileEscapeItsControlCharacters) {
    const parse_error e = book_error("g1,gdp,actual,2025,level,=,1,\x1b]0;owned\x07\n");
    // The identifier rule (io/identifier.hpp) refuses the unit before the
    // registry sees it; either way the message shows the control escaped.
    EXPECT_EQ(e.to_string(),
              "f.csv:2:30: unit contains a control character (U+001B) at byte 1, which the identifier rule refuses: "
              "'\\x1b]0;owned\\x07'");
    EXPECT_EQ(e.text, "\x1b]0;owned\x07");  // the error keeps the text as it stood

    const parse_error nul = book_error(std::string("g1,gdp,actual,2025,level,=,1\0 2,元\n", 36));
    EXPECT_EQ(nul.to_string().find('\0'), std::string::npos);
    EXPECT_NE(nul.to_string().find("'1\\x00 2'"), std::string::npos) << nul.to_string();

    // The file name is escaped too.
    const parse_error named{"empty file", {}, plantarget::source_location{"a\x1b[2Jb.csv", 0, 0}};
    EXPECT_EQ(named.to_string(), "a\\x1b[2Jb.csv: empty file");
}

// Before: a 20 MB field was echoed whole.
TEST(ErrorText, LongTextIsCutWithItsSize) {
    const std::string huge(20u * 1024 * 1024, 'x');
    const parse_error e = book_error("g1,gdp,actual,2025,level,=,1," + huge + "\n");
    EXPECT_EQ(e.to_string(), "f.csv:2:30: unknown unit: '" + std::string(80, 'x') + "… (20 MiB)'");
    EXPECT_EQ(e.text.size(), huge.size());

    EXPECT_EQ(printable_text(std::string(80, 'a'), 80), std::string(80, 'a'));  // exactly at the limit
    EXPECT_EQ(printable_text("沙坪坝区", 3), "沙坪坝… (12 bytes)");               // cut by characters
}

}  // namespace
