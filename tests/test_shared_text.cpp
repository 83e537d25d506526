// shared_text (shared_text.hpp): a text stored once and shared by its copies,
// read as the std::string it replaced. The file name of every figure of a
// file is one such text, and a comparator word of the lexicon is a pointer
// to the word, not a copy of its text.
#include <plantarget/io/figures_csv.hpp>
#include <plantarget/lexicon.hpp>
#include <plantarget/shared_text.hpp>

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <string_view>

namespace pt = plantarget;

TEST(SharedText, ReadsAsTheStringItHolds) {
    const pt::shared_text empty;
    EXPECT_TRUE(empty.empty());
    EXPECT_EQ(empty.str(), "");
    EXPECT_EQ(empty, "");
    EXPECT_TRUE(pt::shared_text(std::string()).empty());

    const pt::shared_text name = std::string("城市/figures.csv");
    const std::string& as_string = name;
    EXPECT_EQ(as_string, "城市/figures.csv");
    EXPECT_EQ(name.size(), std::string_view("城市/figures.csv").size());
    EXPECT_EQ(name, std::string("城市/figures.csv"));
    EXPECT_EQ(std::string("城市/figures.csv"), name);
    EXPECT_EQ(name, std::string_view("城市/figures.csv"));
    EXPECT_NE(name, "other.csv");
    EXPECT_EQ(name + ":3", "城市/figures.csv:3");
    EXPECT_EQ("in " + name, "in 城市/figures.csv");
    EXPECT_EQ(std::string("at ") + name, "at 城市/figures.csv");
    std::ostringstream out;
    out << name;
    EXPECT_EQ(out.str(), "城市/figures.csv");
    EXPECT_TRUE(pt::shared_text("a") < pt::shared_text("b"));
}

TEST(SharedText, CopiesShareOneStringAndCompareByIt) {
    const pt::shared_text name = std::string("figures.csv");
    const pt::shared_text copy = name;
    EXPECT_EQ(copy.c_str(), name.c_str());  // one string, not two
    const pt::shared_text alike = std::string("figures.csv");
    EXPECT_NE(alike.c_str(), name.c_str());
    EXPECT_EQ(alike, name);  // equal texts stored apart compare equal
    static_assert(sizeof(pt::shared_text) <= 2 * sizeof(void*));
    static_assert(sizeof(pt::source_location) < sizeof(std::string) * 2 + 2 * sizeof(std::size_t));
}

// Every figure of a file holds its place; the file's name is stored once.
TEST(SharedText, TheFiguresOfAFileShareItsName) {
    const std::string csv =
        "id,indicator,section,name_zh,role,period,measure,comparator,value,unit\n"
        "a,x,1,甲,actual,2025,level,,1,亿元\n"
        "b,x,1,甲,actual,2024,level,,2,亿元\n"
        "c,y,1,乙,target,2026,growth,以上,5,%\n";
    const std::string file = "/a/long/path/to/the/city/monitoring/figures.csv";
    const auto book = pt::io::read_figures_csv(csv, {}, file);
    ASSERT_TRUE(book.ok()) << book.error().to_string();
    ASSERT_EQ(book.value().figures.size(), 3u);
    for (const auto& f : book.value().figures) {
        EXPECT_EQ(f.where.file, file);
        EXPECT_EQ(f.where.file.c_str(), book.value().figures.front().where.file.c_str());
    }
    EXPECT_EQ(book.value().figures[1].where.line, 3u);
}

TEST(ComparatorWording, AWordOfTheLexiconIsHeldAsThatWord) {
    const pt::comparator_wording above = std::string("以上");
    ASSERT_NE(above.word(), nullptr);
    EXPECT_TRUE(above.known());
    EXPECT_FALSE(above.empty());
    EXPECT_EQ(above.text(), "以上");
    EXPECT_EQ(above.cmp(), pt::comparator::at_least);
    EXPECT_EQ(pt::comparator_wording(std::string_view("以上")), above);
    const std::string& text = above;
    EXPECT_EQ(text, "以上");

    const pt::comparator_wording plain;
    EXPECT_TRUE(plain.empty());
    EXPECT_TRUE(plain.known());
    EXPECT_EQ(plain.text(), "");
    EXPECT_EQ(plain.bound(), pt::value_bound::exact);

    const pt::comparator_wording unknown = std::string("大约不到");
    EXPECT_FALSE(unknown.known());
    EXPECT_FALSE(unknown.empty());
    EXPECT_EQ(unknown.word(), nullptr);
    EXPECT_EQ(unknown.text(), "大约不到");  // kept as written, for the reader's message
    EXPECT_EQ(unknown, std::string_view("大约不到"));
    EXPECT_FALSE(unknown == above);
    EXPECT_EQ(pt::comparator_wording(std::string("大约不到")), unknown);
    static_assert(sizeof(pt::comparator_wording) <= sizeof(void*) + sizeof(pt::shared_text));
}
