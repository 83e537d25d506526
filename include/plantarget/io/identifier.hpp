// The characters an identifier (figure, indicator and relation ids) or a unit
// may not contain: ones that look like nothing or like another character, so
// that two ids that print the same would name two things. A no-break space
// at the end of an indicator id once separated a binding target from its
// actual. The rule (docs/bad-input.md, "Identifiers and units"): refused are
//   - control characters (C0, DEL, C1);
//   - invisible characters: soft hyphen, zero-width space and joiners, word
//     joiner and invisible operators, the byte-order mark, bidirectional
//     marks, embeddings, overrides and isolates, line and paragraph separators;
//   - every Unicode space but the ASCII one (no-break, ideographic, en, em,
//     thin, ...); leading and trailing ASCII spaces and tabs are trimmed
//     before the check, as the readers trim every key;
//   - characters that differ from their NFKC form which a keyboard slips in:
//     the full-width forms of ASCII (U+FF01..U+FF5E) and of the signs
//     U+FFE0..U+FFE6.
// No normalisation folds them: a file is fixed at the source, not guessed at.
#pragma once

#include <plantarget/io/encoding.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace plantarget::io {

struct refused_character_range {
    char32_t first;
    char32_t last;
    std::string_view name;
};

// Sorted and disjoint: the table is searched in order.
inline constexpr std::array<refused_character_range, 23> refused_identifier_characters{{
    {0x0000, 0x001F, "control character"},
    {0x007F, 0x009F, "control character"},
    {0x00A0, 0x00A0, "no-break space"},
    {0x00AD, 0x00AD, "soft hyphen"},
    {0x034F, 0x034F, "combining grapheme joiner"},
    {0x061C, 0x061C, "Arabic letter mark"},
    {0x1680, 0x1680, "Ogham space mark"},
    {0x180E, 0x180E, "Mongolian vowel separator"},
    {0x2000, 0x200A, "Unicode space"},
    {0x200B, 0x200D, "zero-width character"},
    {0x200E, 0x200F, "bidirectional mark"},
    {0x2028, 0x2029, "line or paragraph separator"},
    {0x202A, 0x202E, "bidirectional control"},
    {0x202F, 0x202F, "narrow no-break space"},
    {0x205F, 0x205F, "medium mathematical space"},
    {0x2060, 0x2064, "word joiner or invisible operator"},
    {0x2066, 0x2069, "bidirectional isolate"},
    {0x3000, 0x3000, "ideographic space"},
    {0x3164, 0x3164, "Hangul filler"},
    {0xFE00, 0xFE0F, "variation selector"},
    {0xFEFF, 0xFEFF, "byte-order mark (zero-width no-break space)"},
    {0xFF01, 0xFF5E, "full-width form of an ASCII character"},
    {0xFFE0, 0xFFE6, "full-width form of a sign"},
}};

// A refused character found in a text: where it starts (byte offset), its
// code point and what it is.
struct refused_character {
    std::size_t offset = 0;
    char32_t code_point = 0;
    std::string_view name;
};

// "U+00A0"
inline std::string code_point_label(char32_t cp) {
    static constexpr std::string_view digits = "0123456789ABCDEF";
    std::string hex;
    for (char32_t v = cp; v != 0 || hex.size() < 4; v >>= 4) hex.insert(hex.begin(), digits[v & 0xF]);
    return "U+" + hex;
}

// The first refused character of `text`, or none. Invalid UTF-8 is the
// encoding check's business (the readers refuse it before): it is skipped
// here byte by byte.
constexpr std::optional<refused_character> find_refused_character(std::string_view text) noexcept {
    for (std::size_t pos = 0; pos < text.size();) {
        const utf8_char c = decode_utf8(text, pos);
        if (c.length == 0) {
            ++pos;
            continue;
        }
        for (const auto& r : refused_identifier_characters) {
            if (c.code_point < r.first) break;
            if (c.code_point <= r.last) return refused_character{pos, c.code_point, r.name};
        }
        pos += c.length;
    }
    return std::nullopt;
}

// The message for a refused character: "no-break space (U+00A0) at byte 4".
inline std::string describe(const refused_character& c) {
    return std::string(c.name) + " (" + code_point_label(c.code_point) + ") at byte " + std::to_string(c.offset + 1);
}

}  // namespace plantarget::io
