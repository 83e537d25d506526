// Figure files read as books over years (io/books_run.hpp), as plancheck and
// the Python module read them: each file a book, linked, checked; bad input
// stops with a located error and nothing to evaluate.
#include <plantarget/from_figures.hpp>
#include <plantarget/io/books_run.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

using namespace plantarget;
namespace fs = std::filesystem;

constexpr const char* header = "id,indicator,section,name_zh,name_en,role,period,measure,comparator,value,unit,quote\n";

// A directory of its own per test, removed after it.
struct scratch_dir {
    fs::path path;
    explicit scratch_dir(const std::string& name) : path(fs::temp_directory_path() / ("plantarget-books-run-" + name)) {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~scratch_dir() { fs::remove_all(path); }
    [[nodiscard]] std::string write(const std::string& file, const std::string& text) const {
        std::ofstream(path / file) << text;
        return (path / file).string();
    }
};

// a.csv: the 2024 target and a 2023 actual; b.csv: the 2024 actual and 2023 revised.
std::vector<std::string> two_books(const scratch_dir& dir) {
    return {dir.write("a.csv", std::string(header) +
                                   "jobs.a.2023,jobs,1,新增就业,,actual,2023,level,=,3.0,万人,\n"
                                   "jobs.t.2024,jobs,1,新增就业,,target,2024,level,以上,3.5,万人,\n"),
            dir.write("b.csv", std::string(header) +
                                   "jobs.b.2023,jobs,1,新增就业,,actual,2023,level,=,3.1,万人,\n"
                                   "jobs.b.2024,jobs,1,新增就业,,actual,2024,level,=,3.8,万人,\n")};
}

TEST(BooksRun, ReadsLinksAndChecksEachFileAsABook) {
    const scratch_dir dir("read");
    const auto files = two_books(dir);
    const io::books_reading r = io::read_books(files);
    ASSERT_TRUE(r.ok()) << r.errors.front().to_string();
    EXPECT_EQ(r.read.figures.size(), 4U);
    ASSERT_EQ(r.linked.books.size(), 2U);
    EXPECT_EQ(r.linked.books[0].name, files[0]);
    EXPECT_EQ(r.linked.books[0].origin, date_origin::latest_actual);
    ASSERT_EQ(r.linked.revisions.size(), 1U);  // 2023: 3.0 in a, 3.1 in b
    EXPECT_EQ(r.linked.revisions.front().used_book, files[1]);
    const plan p = plan_from_figures(r.linked.book);
    EXPECT_EQ(io::latest_observation(p), period::year(2024));
    EXPECT_EQ(p.evaluate(period::year(2024)).assessments.front().outcome, verdict::exceeded);  // 3.8 >= 3.5
}

// The reading step alone (plancheck relations reads through it): the books'
// figures as read_books reads them, unlinked; a bad file's error kept.
TEST(BooksRun, TheReadingStepAloneReadsWhatReadBooksReads) {
    const scratch_dir dir("step");
    const auto files = two_books(dir);
    io::books_reading_options opt;
    io::figure_book_builder builder;
    io::add_book_files(builder, files, opt);
    auto book = builder.finish();
    ASSERT_TRUE(book) << builder.errors().front().to_string();
    const io::books_reading whole = io::read_books(files);
    ASSERT_TRUE(whole.ok());
    ASSERT_EQ(book.value().figures.size(), whole.read.figures.size());
    for (std::size_t i = 0; i < whole.read.figures.size(); ++i)
        EXPECT_EQ(book.value().figures[i].id, whole.read.figures[i].id);

    io::books_reading_options tight;
    tight.figure_files.max_size = 10;  // smaller than either file
    io::figure_book_builder refused;
    io::add_book_files(refused, files, tight);
    EXPECT_FALSE(refused.finish());
    EXPECT_EQ(refused.errors().size(), 2U);
}

TEST(BooksRun, GivenPublicationDatesOrderTheBooks) {
    const scratch_dir dir("dates");
    const auto files = two_books(dir);
    io::books_reading_options opt;
    // a.csv published after b.csv: a's 2023 actual (3.0) is the one used.
    EXPECT_EQ(io::add_publication_date(opt.linking, files, "a.csv", "2026-03-05"), "");
    EXPECT_EQ(io::add_publication_date(opt.linking, files, files[1], "2025"), "");
    const io::books_reading r = io::read_books(files, opt);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.linked.books[0].name, files[1]);
    EXPECT_EQ(r.linked.books[1].origin, date_origin::given);
    ASSERT_EQ(r.linked.revisions.size(), 1U);
    EXPECT_EQ(r.linked.revisions.front().used_book, files[0]);

    EXPECT_NE(io::add_publication_date(opt.linking, files, "c.csv", "2025"), "");  // not an input
    EXPECT_NE(io::add_publication_date(opt.linking, files, "a.csv", "March 2025"), "");
}

TEST(BooksRun, PublicationDatesAreAYearOrADay) {
    EXPECT_EQ(io::parse_publication_date("2026"), boost::gregorian::date(2026, 1, 1));
    EXPECT_EQ(io::parse_publication_date("2026-03-05"), boost::gregorian::date(2026, 3, 5));
    EXPECT_EQ(io::parse_publication_date("2026-13-05"), std::nullopt);
    EXPECT_EQ(io::parse_publication_date("2026-Mar-05"), std::nullopt);
    EXPECT_EQ(io::parse_publication_date("26"), std::nullopt);
    EXPECT_EQ(io::parse_publication_date(""), std::nullopt);
}

TEST(BooksRun, ALinkTableNamingAnUnknownIndicatorIsALocatedError) {
    const scratch_dir dir("links");
    const auto files = two_books(dir);
    io::books_reading_options opt;
    opt.links = dir.write("links.csv", "indicator,linked_to\nwages,jobs\n");
    const io::books_reading r = io::read_books(files, opt);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.errors.front().message.find("no book has"), std::string::npos) << r.errors.front().to_string();
    EXPECT_EQ(r.errors.front().where.file, opt.links);
    EXPECT_EQ(r.errors.front().where.line, 2U);
    EXPECT_TRUE(r.linked.book.figures.empty());  // nothing to evaluate
}

TEST(BooksRun, UnitsOfDifferentKindsInTwoBooksAreAnError) {
    const scratch_dir dir("units");
    auto files = two_books(dir);
    files.push_back(dir.write("c.csv", std::string(header) + "jobs.c.2025,jobs,1,新增就业,,actual,2025,level,=,3.9,亿元,\n"));
    const io::books_reading r = io::read_books(files);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors.front().where.file, files[2]);
}

TEST(BooksRun, ABadCellStopsBeforeLinking) {
    const scratch_dir dir("bad");
    auto files = two_books(dir);
    files.push_back(dir.write("c.csv", std::string(header) + "jobs.c.2025,jobs,1,新增就业,,actual,2025,level,=,3.9,furlongs,\n"));
    const io::books_reading r = io::read_books(files);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors.front().where.file, files[2]);
    EXPECT_EQ(r.errors.front().where.line, 2U);
    EXPECT_TRUE(r.linked.books.empty());
}

}  // namespace

// One book and no link table: linking changes nothing, and read_books does
// not copy the book (a city's book is gigabytes): linked.book holds the
// figures as read, and read_book() gives them for the audit. Two books keep
// `read` apart from the linked book.
TEST(BooksRun, OneBookIsNotCopiedForLinking) {
    const scratch_dir dir("one");
    const auto files = two_books(dir);
    io::books_reading one = io::read_books({files[0]});
    ASSERT_TRUE(one.ok()) << one.errors.front().to_string();
    EXPECT_TRUE(one.read_is_linked);
    EXPECT_TRUE(one.read.figures.empty());
    EXPECT_EQ(&one.read_book(), &one.linked.book);
    EXPECT_EQ(one.read_book().figures.size(), 2U);
    ASSERT_EQ(one.linked.books.size(), 1U);
    EXPECT_EQ(one.linked.books[0].name, files[0]);

    io::books_reading both = io::read_books(files);
    ASSERT_TRUE(both.ok());
    EXPECT_FALSE(both.read_is_linked);
    EXPECT_EQ(&both.read_book(), &both.read);
    EXPECT_EQ(both.read_book().figures.size(), 4U);
}
