// The component boundaries: a core header (Boost only) includes no header of
// the io or report components, which need fmt and nlohmann_json and are not
// installed with the core (CMakeLists.txt). The header check builds each
// header with its own component, but an io header needing only the standard
// library would still compile there, so the includes are read here.
#include <plantarget/error.hpp>
#include <plantarget/utf8.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {
bool in_edge_component(const fs::path& relative) {
    const std::string top = relative.begin()->string();
    return top == "io" || top == "report";
}
}  // namespace

TEST(Components, CoreHeadersIncludeNoIoOrReportHeader) {
    const fs::path root = fs::path(PLANTARGET_INCLUDE_DIR) / "plantarget";
    ASSERT_TRUE(fs::is_directory(root)) << root;
    std::vector<std::string> crossings;
    int core_headers = 0;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".hpp") continue;
        const fs::path relative = entry.path().lexically_relative(root);
        if (in_edge_component(relative)) continue;
        ++core_headers;
        std::ifstream in(entry.path());
        std::string line;
        for (int n = 1; std::getline(in, line); ++n)
            if (line.starts_with("#include <plantarget/io/") || line.starts_with("#include <plantarget/report/"))
                crossings.push_back(relative.generic_string() + ":" + std::to_string(n) + ": " + line);
    }
    EXPECT_GT(core_headers, 30);  // the walk found the core, so an empty list means something
    EXPECT_TRUE(crossings.empty()) << ::testing::PrintToString(crossings);
}

// The core's decoder is the one error.hpp escapes input with: a C1 control is
// valid UTF-8 (shown as \u0085), a lone continuation byte is not (\x85).
TEST(Components, ErrorTextUsesTheCoreUtf8Decoder) {
    EXPECT_EQ(plantarget::decode_utf8("\xC2\x85", 0).length, 2u);
    EXPECT_EQ(static_cast<std::uint32_t>(plantarget::decode_utf8("\xC2\x85", 0).code_point), 0x85u);
    EXPECT_EQ(plantarget::decode_utf8("\x85", 0).length, 0u);
    EXPECT_EQ(plantarget::printable_text("a\xC2\x85"), "a\\u0085");
    EXPECT_EQ(plantarget::printable_text("a\x85"), "a\\x85");
    EXPECT_EQ(static_cast<std::uint32_t>(plantarget::decode_utf8("沙", 0).code_point), 0x6C99u);
}
