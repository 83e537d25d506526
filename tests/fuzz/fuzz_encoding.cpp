// Fuzzes the encoding checks. Besides not crashing: validate_utf8 agrees
// with decode_utf8 character by character; a legacy-encoding guess is only
// made for text that is not UTF-8; printable_text gives valid UTF-8 without
// control bytes, and its cut form is no longer than a bound.
#include <plantarget/error.hpp>
#include <plantarget/io/encoding.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    using namespace plantarget::io;

    const auto bad = validate_utf8(text);
    std::size_t pos = 0;
    while (pos < text.size()) {
        const utf8_char c = decode_utf8(text, pos);
        if (c.length == 0) break;
        if (c.code_point > 0x10FFFF || (c.code_point >= 0xD800 && c.code_point <= 0xDFFF)) __builtin_trap();
        pos += c.length;
    }
    if (bad.has_value() != (pos < text.size()) || (bad && *bad != pos)) __builtin_trap();

    const legacy_chinese_encoding legacy = detect_legacy_chinese(text);
    if (!bad && legacy != legacy_chinese_encoding::none) __builtin_trap();
    if (invalid_utf8_message(text).empty()) __builtin_trap();
    (void)detect_bom(text);
    (void)detect_utf16_without_bom(text);
    (void)other_unicode_encoding_message(text);
    (void)display_width(text);

    for (const std::size_t limit : {std::size_t{0}, std::size_t{8}}) {
        const std::string shown = plantarget::printable_text(text, limit);
        if (validate_utf8(shown)) __builtin_trap();
        for (const char c : shown)
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) __builtin_trap();
        // C1 controls are escaped too: no U+0080..U+009F remains.
        if (shown.find("\xC2\x80") != std::string::npos) __builtin_trap();
        for (std::size_t i = 0; i + 1 < shown.size(); ++i)
            if (static_cast<unsigned char>(shown[i]) == 0xC2 && static_cast<unsigned char>(shown[i + 1]) < 0xA0)
                __builtin_trap();
        // At most 8 characters of up to 6 bytes each (\xHH, \u00HH), and the size.
        if (limit != 0 && shown.size() > 8 * 6 + 32) __builtin_trap();
    }
    return 0;
}
