// The words that do not tell two indicators apart when books of different
// years name them: the time or place a sentence adds (全年, 年末, 全国), the verb
// it opens with (提出, 把, 实现), and the measure a name carries (涨幅, 总水平,
// 人数). Two books' 居民消费价格总水平 and 居民消费价格涨幅 are one indicator;
// books.hpp links indicators whose names agree without these words and whose
// units are of one kind, and lists each such link for review.
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace plantarget {

// Dropped from the start of a name, repeatedly.
inline constexpr std::array<std::string_view, 9> link_leading_words{
    "提出", "实现", "把", "全国", "全年", "年末", "今年", "去年", "累计",
};
// Dropped from the end of a name, repeatedly.
inline constexpr std::array<std::string_view, 6> link_trailing_words{
    "涨幅", "总水平", "人数", "增速", "增长", "指数",
};

// A name with the words above dropped and its blanks removed: what two books'
// names of one indicator share.
inline std::string link_name_key(std::string_view name) {
    std::string s;
    for (const char c : name)
        if (c != ' ' && c != '\t') s += c;
    for (bool changed = true; changed;) {
        changed = false;
        for (const std::string_view w : link_leading_words)
            if (s.size() > w.size() && std::string_view(s).substr(0, w.size()) == w) {
                s.erase(0, w.size());
                changed = true;
            }
        for (const std::string_view w : link_trailing_words)
            if (s.size() > w.size() && std::string_view(s).substr(s.size() - w.size()) == w) {
                s.erase(s.size() - w.size());
                changed = true;
            }
    }
    return s;
}

}  // namespace plantarget
