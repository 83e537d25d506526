// Safe file reading (io/file.hpp): only regular files, never blocking on a
// FIFO, never reading a device without end, a size limit, and the system's
// reason in every message.
#include <plantarget/io/figures_json.hpp>
#include <plantarget/io/file.hpp>

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

namespace fs = std::filesystem;
namespace io = plantarget::io;

fs::path scratch_dir() {
    const fs::path dir = fs::path(::testing::TempDir()) / "plantarget_io_file";
    fs::create_directories(dir);
    return dir;
}

const std::string figures = "id,indicator,role,period,measure,comparator,value,unit\n"
                            "g1,gdp,actual,2025,level,=,12.5,元\n";

TEST(IoFile, RegularFileIsReadWhole) {
    const fs::path path = scratch_dir() / "ok.csv";
    std::ofstream(path, std::ios::binary) << figures;
    const auto text = io::read_text_file(path);
    ASSERT_TRUE(text.ok()) << text.error().to_string();
    EXPECT_EQ(text.value(), figures);
}

// Before: std::ifstream opened the FIFO and waited for a writer for ever.
TEST(IoFile, FifoIsRefusedAtOnceWithoutOpeningIt) {
    const fs::path path = scratch_dir() / "fifo.csv";
    fs::remove(path);
    ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0);
    const auto start = std::chrono::steady_clock::now();
    const auto text = io::read_text_file(path);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.error().to_string(),
              path.string() + ": cannot read a FIFO (named pipe), only a regular file (to read standard input, give '-')");

    // Through the figure readers, the same error, by name.
    const auto book = io::read_figure_files({path});
    ASSERT_FALSE(book.ok());
    EXPECT_EQ(book.error().where.file, path.string());
    fs::remove(path);
}

// Before: /dev/zero (or a link to it) was read until memory ran out.
TEST(IoFile, DeviceAndALinkToItAreRefused) {
    auto text = io::read_text_file("/dev/zero");
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.error().to_string(),
              "/dev/zero: cannot read a character device, only a regular file (to read standard input, give '-')");

    const fs::path link = scratch_dir() / "zero.csv";
    fs::remove(link);
    fs::create_symlink("/dev/zero", link);
    const auto book = io::read_figure_files({link});
    ASSERT_FALSE(book.ok());
    EXPECT_EQ(book.error().to_string(),
              link.string() + ": cannot read a character device, only a regular file (to read standard input, give '-')");
}

// Before: "internal error: basic_filebuf::underflow", without the name.
TEST(IoFile, DirectoryIsRefusedWithItsName) {
    const fs::path dir = scratch_dir() / "figures.csv";
    fs::create_directories(dir);
    const auto book = io::read_figure_files({dir});
    ASSERT_FALSE(book.ok());
    EXPECT_EQ(book.error().to_string(), dir.string() + ": cannot read a directory, only a regular file");
}

// A pipe named as a path is refused as a pipe, not as an unknown file type.
TEST(IoFile, DevStdinIsNotAPathToRead) {
    const fs::path path = scratch_dir() / "pipe";
    fs::remove(path);
    ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0);
    const auto book = io::read_figure_files({path});
    ASSERT_FALSE(book.ok());
    EXPECT_NE(book.error().message.find("give '-'"), std::string::npos) << book.error().message;
    fs::remove(path);
}

TEST(IoFile, FileOverTheSizeLimitIsRefused) {
    const fs::path path = scratch_dir() / "big.csv";
    std::ofstream(path, std::ios::binary) << figures;
    auto text = io::read_text_file(path, 16);
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.error().to_string(), path.string() + ": file is larger than the input size limit of 16 bytes");
    text = io::read_text_file(path, figures.size());  // exactly at the limit: read
    ASSERT_TRUE(text.ok());

    io::input_file_options small;
    small.max_size = 2048;
    std::ofstream(path, std::ios::binary) << std::string(4096, 'x');
    const auto book = io::read_figure_files({path}, {}, small);
    ASSERT_FALSE(book.ok());
    EXPECT_EQ(book.error().message, "file is larger than the input size limit of 2 KiB (2048 bytes)");
    EXPECT_EQ(io::default_max_input_size, 1024u * 1024u * 1024u);
}

TEST(IoFile, MessagesCarryTheSystemReason) {
    const auto missing = io::read_text_file(scratch_dir() / "missing.csv");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().message, "cannot open file: No such file or directory");

    EXPECT_EQ(io::write_text_file("/nonexistent/dir/x.html", "x"),
              "cannot write '/nonexistent/dir/x.html': No such file or directory");
    EXPECT_EQ(io::write_text_file(scratch_dir(), "x"),
              "cannot write '" + scratch_dir().string() + "': Is a directory");
    const fs::path out = scratch_dir() / "out.txt";
    EXPECT_EQ(io::write_text_file(out, "report"), "");
    EXPECT_EQ(io::read_text_file(out).value(), "report");
}

TEST(IoFile, StandardInputNeedsItsFormat) {
    const auto book = io::read_figure_files({"-"});
    ASSERT_FALSE(book.ok());
    EXPECT_EQ(book.error().to_string(), "<stdin>: standard input ('-') needs its format given (csv or json)");
}

TEST(IoFile, ByteSizesForPeople) {
    EXPECT_EQ(plantarget::byte_size_text(1), "1 byte");
    EXPECT_EQ(plantarget::byte_size_text(1023), "1023 bytes");
    EXPECT_EQ(plantarget::byte_size_text(1536), "1.5 KiB");
    EXPECT_EQ(plantarget::byte_size_text(20u * 1024 * 1024), "20 MiB");
    EXPECT_EQ(plantarget::byte_size_text(std::uintmax_t{1} << 30), "1 GiB");
}

}  // namespace
