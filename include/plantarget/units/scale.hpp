// The scale words of plan language (千, 万, 千万, 亿, 万亿): one table that the
// unit registry ("亿元"), the number reader ("3.5万亿") and the renderers
// ("0.52 万人") all read.
#pragma once

#include <array>
#include <string_view>

namespace plantarget::units {

struct scale_word {
    std::string_view text;     // as reports write it
    int exponent;              // the power of ten it stands for
    std::string_view english;  // as English reports write it before a unit
};

// Longest first, so that 万亿 is not read as 万 followed by 亿.
inline constexpr std::array<scale_word, 5> scale_words{{
    {"万亿", 12, "10^12"},
    {"千万", 7, "10^7"},
    {"亿", 8, "10^8"},
    {"万", 4, "10^4"},
    {"千", 3, "thousand"},
}};

// The word for a power of ten, or null when plan language has none.
constexpr const scale_word* scale_word_for(int exponent) noexcept {
    for (const auto& w : scale_words)
        if (w.exponent == exponent) return &w;
    return nullptr;
}

// The scale word that `text` starts with, longest first; null when none.
constexpr const scale_word* scale_word_at_start(std::string_view text) noexcept {
    for (const auto& w : scale_words)
        if (text.substr(0, w.text.size()) == w.text) return &w;
    return nullptr;
}

}  // namespace plantarget::units
