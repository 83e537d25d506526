// Text encoding checks for input files: strict UTF-8 validation, byte-order
// marks and UTF-16 without one, a GBK / Big5 guess for the commonest wrong
// encodings of Chinese data files (a spreadsheet saved on a Chinese-locale
// Windows), and the display width of
// UTF-8 text so that Chinese labels line up in terminal tables.
#pragma once

#include <plantarget/utf8.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace plantarget::io {

// ---- decoding -----------------------------------------------------------------

// The decoder is the core's (utf8.hpp), named here too for the io readers.
using plantarget::decode_utf8;
using plantarget::utf8_char;

// The byte offset of the first invalid sequence, or nullopt if the whole text
// is valid UTF-8.
constexpr std::optional<std::size_t> validate_utf8(std::string_view text) noexcept {
    std::size_t pos = 0;
    while (pos < text.size()) {
        // ASCII runs dominate data files; skip them a byte at a time cheaply.
        if (static_cast<unsigned char>(text[pos]) < 0x80) {
            ++pos;
            continue;
        }
        const utf8_char c = decode_utf8(text, pos);
        if (c.length == 0) return pos;
        pos += c.length;
    }
    return std::nullopt;
}

// ---- byte-order marks ---------------------------------------------------------

enum class byte_order_mark : std::uint8_t { none, utf8, utf16_le, utf16_be, utf32_le, utf32_be };

inline constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

// The byte-order mark the text starts with. UTF-32 LE is tested before UTF-16
// LE because its mark begins with the UTF-16 LE mark.
constexpr byte_order_mark detect_bom(std::string_view text) noexcept {
    using namespace std::string_view_literals;
    if (text.starts_with(utf8_bom)) return byte_order_mark::utf8;
    if (text.starts_with("\xFF\xFE\x00\x00"sv)) return byte_order_mark::utf32_le;
    if (text.starts_with("\x00\x00\xFE\xFF"sv)) return byte_order_mark::utf32_be;
    if (text.starts_with("\xFF\xFE"sv)) return byte_order_mark::utf16_le;
    if (text.starts_with("\xFE\xFF"sv)) return byte_order_mark::utf16_be;
    return byte_order_mark::none;
}

constexpr std::string_view describe(byte_order_mark bom) noexcept {
    switch (bom) {
        case byte_order_mark::none: return "no byte-order mark";
        case byte_order_mark::utf8: return "UTF-8";
        case byte_order_mark::utf16_le: return "UTF-16 LE";
        case byte_order_mark::utf16_be: return "UTF-16 BE";
        case byte_order_mark::utf32_le: return "UTF-32 LE";
        case byte_order_mark::utf32_be: return "UTF-32 BE";
    }
    return "unknown byte-order mark";
}

// Excel writes a UTF-8 BOM in front of "CSV UTF-8" files; it is not content.
constexpr std::string_view strip_utf8_bom(std::string_view text) noexcept {
    if (text.starts_with(utf8_bom)) text.remove_prefix(utf8_bom.size());
    return text;
}

// ---- UTF-16 without a byte-order mark ------------------------------------------

// UTF-16 LE or BE when the text has no mark but the NUL pattern of UTF-16:
// in the first 1 KiB, NUL bytes stand only at odd offsets (LE: the high byte
// of ASCII characters) or only at even ones (BE), in at least half the byte
// pairs. Data files are mostly ASCII digits and commas, so UTF-16
// shows this at once; UTF-8 text has no NUL at all. none otherwise.
constexpr byte_order_mark detect_utf16_without_bom(std::string_view text) noexcept {
    const std::size_t n = std::min<std::size_t>(text.size(), 1024) & ~std::size_t{1};
    if (n < 8) return byte_order_mark::none;  // four characters at least
    std::size_t even_nuls = 0;
    std::size_t odd_nuls = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (text[i] == '\0') ++(i % 2 == 0 ? even_nuls : odd_nuls);
    const std::size_t pairs = n / 2;
    if (even_nuls == 0 && odd_nuls * 2 >= pairs) return byte_order_mark::utf16_le;
    if (odd_nuls == 0 && even_nuls * 2 >= pairs) return byte_order_mark::utf16_be;
    return byte_order_mark::none;
}

// The message for text in another Unicode encoding, with or without its
// mark; empty for UTF-8 (with or without a BOM) and for anything else. The
// figure file readers ask it; parse_csv, a plain CSV parser, refuses only a
// mark, since a NUL pattern is a guess about a file, not CSV syntax.
inline std::string other_unicode_encoding_message(std::string_view text) {
    const byte_order_mark bom = detect_bom(text);
    if (bom != byte_order_mark::none && bom != byte_order_mark::utf8)
        return "file is " + std::string(describe(bom)) + ", not UTF-8: save it as UTF-8";  // parse_csv's words
    if (bom == byte_order_mark::none) {
        if (const byte_order_mark guess = detect_utf16_without_bom(text); guess != byte_order_mark::none)
            return "file looks " + std::string(describe(guess)) + " (without a byte-order mark), not UTF-8: save it as UTF-8";
    }
    return {};
}

// ---- legacy Chinese encodings -----------------------------------------------------

// What a text that is not UTF-8 reads cleanly as. GBK (mainland, Windows
// code page 936) and Big5 (Taiwan, Hong Kong) are both ASCII plus
// double-byte pairs with a lead byte 0x81..0xFE; their trail bytes differ
// (GBK 0x40..0x7E and 0x80..0xFE; Big5 0x40..0x7E and 0xA1..0xFE), and so
// does where their common characters lie: GB2312's both bytes 0xA1..0xFE
// with a lead of at most 0xF7, Big5's leads 0xA1..0xF9. A text reads as one
// when every pair is valid in it and at least half are in its common range.
// Ordinary Chinese in GBK nearly always reads as Big5 too, so "both" is the
// honest answer for it. Random binary rarely passes. A heuristic for a
// helpful message, not a decoder.
enum class legacy_chinese_encoding : std::uint8_t { none, gbk, big5, gbk_or_big5 };

constexpr legacy_chinese_encoding detect_legacy_chinese(std::string_view text) noexcept {
    if (!validate_utf8(text)) return legacy_chinese_encoding::none;
    std::size_t pairs = 0;
    std::size_t gb2312_pairs = 0;
    std::size_t big5_common_pairs = 0;
    bool big5_valid = true;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto lead = static_cast<unsigned char>(text[pos]);
        if (lead < 0x80) {
            ++pos;
            continue;
        }
        // A pair GBK refuses Big5 refuses too (Big5's bytes are a subset of
        // GBK's), so the text reads as neither: no flag for GBK is needed.
        if (lead == 0x80 || lead == 0xFF || pos + 1 >= text.size()) return legacy_chinese_encoding::none;
        const auto trail = static_cast<unsigned char>(text[pos + 1]);
        if (trail < 0x40 || trail == 0x7F || trail == 0xFF) return legacy_chinese_encoding::none;
        if (trail >= 0x80 && trail <= 0xA0) big5_valid = false;
        ++pairs;
        if (lead >= 0xA1 && lead <= 0xF7 && trail >= 0xA1) ++gb2312_pairs;
        if (lead >= 0xA1 && lead <= 0xF9) ++big5_common_pairs;
        pos += 2;
    }
    if (pairs == 0) return legacy_chinese_encoding::none;
    const bool gbk = gb2312_pairs * 2 >= pairs;
    const bool big5 = big5_valid && big5_common_pairs * 2 >= pairs;
    if (gbk && big5) return legacy_chinese_encoding::gbk_or_big5;
    if (gbk) return legacy_chinese_encoding::gbk;
    if (big5) return legacy_chinese_encoding::big5;
    return legacy_chinese_encoding::none;
}

// True when the text is not UTF-8 but reads as GBK (perhaps as Big5 too).
constexpr bool looks_like_gbk(std::string_view text) noexcept {
    const legacy_chinese_encoding e = detect_legacy_chinese(text);
    return e == legacy_chinese_encoding::gbk || e == legacy_chinese_encoding::gbk_or_big5;
}

// What to tell a user whose file failed UTF-8 validation: only what was
// detected, with the conversion for each encoding it may be.
constexpr std::string_view invalid_utf8_message(std::string_view whole_text) noexcept {
    switch (detect_legacy_chinese(whole_text)) {
        case legacy_chinese_encoding::gbk:
            return "file is not UTF-8; it looks GBK-encoded: convert it with iconv -f GBK -t UTF-8";
        case legacy_chinese_encoding::big5:
            return "file is not UTF-8; it looks Big5-encoded: convert it with iconv -f BIG5 -t UTF-8";
        case legacy_chinese_encoding::gbk_or_big5:
            return "file is not UTF-8; it reads as GBK or as Big5: convert it with iconv -f GBK -t UTF-8 "
                   "(mainland Chinese) or iconv -f BIG5 -t UTF-8 (traditional Chinese)";
        case legacy_chinese_encoding::none: break;
    }
    return "invalid UTF-8";
}

// Up to `max_bytes` bytes from `pos`, as \xHH escapes: the offending bytes of
// an encoding error, shown without writing invalid UTF-8 to a terminal.
inline std::string hex_bytes(std::string_view text, std::size_t pos, std::size_t max_bytes = 4) {
    constexpr std::string_view digits = "0123456789ABCDEF";
    std::string out;
    for (std::size_t i = pos; i < text.size() && i < pos + max_bytes; ++i) {
        const auto b = static_cast<unsigned char>(text[i]);
        out += "\\x";
        out += digits[b >> 4];
        out += digits[b & 0x0F];
    }
    return out;
}

// ---- display width ------------------------------------------------------------

namespace detail {
struct code_point_range {
    char32_t first;
    char32_t last;
};

// Characters that take no column: combining marks of the common scripts,
// Hangul medial and final jamo, zero-width and directional format characters,
// variation selectors, emoji skin-tone modifiers and tags. Sorted.
inline constexpr std::array<code_point_range, 43> zero_width_ranges{{
    {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x05BF, 0x05BF}, {0x05C1, 0x05C2},
    {0x05C4, 0x05C5}, {0x05C7, 0x05C7}, {0x0610, 0x061A}, {0x061C, 0x061C}, {0x064B, 0x065F},
    {0x0670, 0x0670}, {0x06D6, 0x06DC}, {0x06DF, 0x06E4}, {0x06E7, 0x06E8}, {0x06EA, 0x06ED},
    {0x0711, 0x0711}, {0x0730, 0x074A}, {0x0900, 0x0902}, {0x093A, 0x093A}, {0x093C, 0x093C},
    {0x0941, 0x0948}, {0x094D, 0x094D}, {0x0951, 0x0957}, {0x0962, 0x0963}, {0x0E31, 0x0E31},
    {0x0E34, 0x0E3A}, {0x0E47, 0x0E4E}, {0x1160, 0x11FF}, {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF},
    {0x200B, 0x200F}, {0x2028, 0x202E}, {0x2060, 0x2064}, {0x20D0, 0x20F0}, {0x302A, 0x302D},
    {0x3099, 0x309A}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF}, {0x1F3FB, 0x1F3FF},
    {0xE0001, 0xE0001}, {0xE0020, 0xE007F}, {0xE0100, 0xE01EF},
}};

// East Asian Wide and Fullwidth characters (Unicode's EastAsianWidth W and F),
// merged into blocks where the gaps hold no assigned narrow character. Sorted.
inline constexpr std::array<code_point_range, 66> wide_ranges{{
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},   {0x23F0, 0x23F0},
    {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},   {0x2648, 0x2653},   {0x267F, 0x267F},
    {0x2693, 0x2693},   {0x26A1, 0x26A1},   {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},
    {0x26CE, 0x26CE},   {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},   {0x2728, 0x2728},
    {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},
    {0x27B0, 0x27B0},   {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},
    {0x2E80, 0x303E},   {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6F},
    {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4}, {0x17000, 0x18CFF}, {0x1B000, 0x1B2FF},
    {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F202},
    {0x1F210, 0x1F23B}, {0x1F240, 0x1F248}, {0x1F250, 0x1F251}, {0x1F260, 0x1F265}, {0x1F300, 0x1F64F},
    {0x1F680, 0x1F6FF}, {0x1F7E0, 0x1F7EB}, {0x1F90C, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x2FFFD},
    {0x30000, 0x3FFFD},
}};

template <std::size_t N>
constexpr bool in_ranges(const std::array<code_point_range, N>& ranges, char32_t cp) noexcept {
    std::size_t lo = 0;
    std::size_t hi = N;
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (cp < ranges[mid].first) {
            hi = mid;
        } else if (cp > ranges[mid].last) {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    return false;
}
template <std::size_t N>
constexpr bool sorted_and_disjoint(const std::array<code_point_range, N>& ranges) noexcept {
    for (std::size_t i = 0; i < N; ++i) {
        if (ranges[i].first > ranges[i].last) return false;
        if (i > 0 && ranges[i - 1].last >= ranges[i].first) return false;
    }
    return true;
}
// Binary search needs sorted tables; a short initializer would also fail here,
// since the zero-filled tail is out of order.
static_assert(sorted_and_disjoint(zero_width_ranges));
static_assert(sorted_and_disjoint(wide_ranges));
}  // namespace detail

// Terminal columns of one character: 0 for control characters and combining
// marks, 2 for East Asian Wide and Fullwidth, 1 otherwise. East Asian
// Ambiguous characters (“ ” — °) count 1, as most terminals draw them.
constexpr int code_point_width(char32_t cp) noexcept {
    if (cp >= 0x20 && cp < 0x7F) return 1;
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return 0;
    if (detail::in_ranges(detail::zero_width_ranges, cp)) return 0;
    if (detail::in_ranges(detail::wide_ranges, cp)) return 2;
    return 1;
}

// Terminal columns of UTF-8 text. An invalid byte counts 1 column, the width
// of the replacement character a terminal shows for it.
constexpr std::size_t display_width(std::string_view text) noexcept {
    std::size_t width = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const utf8_char c = decode_utf8(text, pos);
        if (c.length == 0) {
            ++width;
            ++pos;
            continue;
        }
        width += static_cast<std::size_t>(code_point_width(c.code_point));
        pos += c.length;
    }
    return width;
}

}  // namespace plantarget::io
