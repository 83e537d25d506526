// Strict UTF-8 decoding, one character at a time: what the core needs to
// tell text from bytes (error.hpp escapes what is not UTF-8) and the one
// decoder the io readers validate with (io/encoding.hpp). Standard library only.
#pragma once

#include <cstddef>
#include <string_view>

namespace plantarget {

// One decoded character: its code point and its length in bytes. A length of 0
// means the bytes at that position are not a valid UTF-8 sequence.
struct utf8_char {
    char32_t code_point = 0;
    std::size_t length = 0;
};

// Decodes the character starting at byte `pos`. Strict (RFC 3629): overlong
// forms, UTF-16 surrogates (U+D800..U+DFFF), code points above U+10FFFF and
// truncated sequences are invalid, so every valid text has exactly one reading.
constexpr utf8_char decode_utf8(std::string_view text, std::size_t pos) noexcept {
    if (pos >= text.size()) return {};
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    if (lead < 0x80) return {lead, 1};

    std::size_t length = 0;
    char32_t cp = 0;
    // The allowed range of the second byte is what rules out overlongs,
    // surrogates and values above U+10FFFF.
    unsigned char second_min = 0x80;
    unsigned char second_max = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        cp = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        cp = lead & 0x0Fu;
        if (lead == 0xE0) second_min = 0xA0;  // below: overlong
        if (lead == 0xED) second_max = 0x9F;  // above: surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        cp = lead & 0x07u;
        if (lead == 0xF0) second_min = 0x90;  // below: overlong
        if (lead == 0xF4) second_max = 0x8F;  // above: beyond U+10FFFF
    } else {
        return {};  // a continuation byte, C0/C1 (always overlong) or F5..FF
    }
    if (text.size() - pos < length) return {};
    for (std::size_t i = 1; i < length; ++i) {
        const unsigned char b = byte(pos + i);
        const unsigned char lo = i == 1 ? second_min : 0x80;
        const unsigned char hi = i == 1 ? second_max : 0xBF;
        if (b < lo || b > hi) return {};
        cp = (cp << 6) | (b & 0x3Fu);
    }
    return {cp, length};
}

}  // namespace plantarget
