// Encoding checks for input files: strict UTF-8 validation (overlongs,
// surrogates, values above U+10FFFF, truncation), byte-order marks, the GBK
// guess behind the "convert it with iconv" message, and display width.
#include <plantarget/io/encoding.hpp>

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace {

using namespace std::string_view_literals;
using plantarget::io::byte_order_mark;
using plantarget::io::code_point_width;
using plantarget::io::decode_utf8;
using plantarget::io::detect_bom;
using plantarget::io::display_width;
using plantarget::io::hex_bytes;
using plantarget::io::invalid_utf8_message;
using plantarget::io::looks_like_gbk;
using plantarget::io::strip_utf8_bom;
using plantarget::io::validate_utf8;

// 沙坪坝 in GBK: 沙 C9B3, 坪 C6BA, 坝 B0D3.
constexpr std::string_view shapingba_gbk = "\xc9\xb3\xc6\xba\xb0\xd3";

TEST(IoEncoding, ValidTextHasNoInvalidOffset) {
    EXPECT_FALSE(validate_utf8(""));
    EXPECT_FALSE(validate_utf8("id,value,unit"));
    EXPECT_FALSE(validate_utf8("沙坪坝 3.5亿元 ９４．８％"));
    // The edges of the valid ranges: U+007F, U+0080, U+07FF, U+0800, U+D7FF,
    // U+E000, U+FFFF, U+10000, U+10FFFF.
    EXPECT_FALSE(validate_utf8("\x7f\xc2\x80\xdf\xbf\xe0\xa0\x80\xed\x9f\xbf\xee\x80\x80\xef\xbf\xbf"
                               "\xf0\x90\x80\x80\xf4\x8f\xbf\xbf"));
    EXPECT_FALSE(validate_utf8("a\0b"sv));  // NUL is a valid character
}

TEST(IoEncoding, OverlongFormsAreInvalid) {
    EXPECT_EQ(validate_utf8("ab\xc0\xaf"), 2u);          // '/' in two bytes
    EXPECT_EQ(validate_utf8("\xc1\xbf"), 0u);            // U+007F in two bytes
    EXPECT_EQ(validate_utf8("\xe0\x80\xaf"), 0u);        // '/' in three bytes
    EXPECT_EQ(validate_utf8("\xe0\x9f\xbf"), 0u);        // U+07FF in three bytes
    EXPECT_EQ(validate_utf8("x\xf0\x8f\xbf\xbf"), 1u);   // U+FFFF in four bytes
}

TEST(IoEncoding, SurrogatesAndValuesAboveTheLastCodePointAreInvalid) {
    EXPECT_EQ(validate_utf8("\xed\xa0\x80"), 0u);        // U+D800
    EXPECT_EQ(validate_utf8("ok\xed\xbf\xbf"), 2u);      // U+DFFF
    EXPECT_EQ(validate_utf8("\xf4\x90\x80\x80"), 0u);    // U+110000
    EXPECT_EQ(validate_utf8("\xf5\x80\x80\x80"), 0u);    // lead byte beyond F4
    EXPECT_EQ(validate_utf8("\xff"), 0u);
}

TEST(IoEncoding, TruncatedAndStrayBytesAreInvalid) {
    EXPECT_EQ(validate_utf8("a\xe6\xb2"), 1u);           // 沙 (E6 B2 99) cut short
    EXPECT_EQ(validate_utf8("\xe6\xb2" "a"), 0u);        // continuation replaced by ASCII
    EXPECT_EQ(validate_utf8("abc\x80"), 3u);             // lone continuation byte
    EXPECT_EQ(validate_utf8("沙\xf0\x9f\x98"), 3u);      // 沙 is 3 bytes, then a cut emoji
}

TEST(IoEncoding, DecodesCodePoints) {
    // 沙 = E6 B2 99: 0110 | 110010 | 011001 = 0x6C99.
    const auto sha = decode_utf8("沙", 0);
    EXPECT_EQ(sha.code_point, U'\u6C99');
    EXPECT_EQ(sha.length, 3u);
    // ％ U+FF05, in "5％" after one byte.
    const auto percent = decode_utf8("5％", 1);
    EXPECT_EQ(percent.code_point, U'\uFF05');
    EXPECT_EQ(percent.length, 3u);
    EXPECT_EQ(decode_utf8("abc", 3).length, 0u);  // past the end
    EXPECT_EQ(decode_utf8("\xc0\xaf", 0).length, 0u);
}

TEST(IoEncoding, DetectsAndStripsByteOrderMarks) {
    EXPECT_EQ(detect_bom("\xef\xbb\xbfid,value"), byte_order_mark::utf8);
    EXPECT_EQ(detect_bom("\xff\xfe" "i\0"sv), byte_order_mark::utf16_le);
    EXPECT_EQ(detect_bom("\xfe\xff\0i"sv), byte_order_mark::utf16_be);
    EXPECT_EQ(detect_bom("\xff\xfe\0\0i\0\0\0"sv), byte_order_mark::utf32_le);
    EXPECT_EQ(detect_bom("\0\0\xfe\xff\0\0\0i"sv), byte_order_mark::utf32_be);
    EXPECT_EQ(detect_bom("id,value"), byte_order_mark::none);
    EXPECT_EQ(detect_bom(""), byte_order_mark::none);
    EXPECT_EQ(detect_bom("\xef\xbb"), byte_order_mark::none);  // a cut mark is not a mark

    EXPECT_EQ(strip_utf8_bom("\xef\xbb\xbfid"), "id");
    EXPECT_EQ(strip_utf8_bom("id"), "id");
    EXPECT_EQ(strip_utf8_bom("\xef\xbb\xbf"), "");
    // Only one mark is encoding; a second one is content and stays.
    EXPECT_EQ(strip_utf8_bom("\xef\xbb\xbf\xef\xbb\xbfx"), "\xef\xbb\xbfx");
}

TEST(IoEncoding, RecognisesGbkText) {
    // C9B3 and C6BA happen to be valid UTF-8 pairs; B0 D3 is not, so the
    // text fails validation and then reads cleanly as GBK.
    EXPECT_TRUE(validate_utf8(shapingba_gbk).has_value());
    EXPECT_TRUE(looks_like_gbk(shapingba_gbk));
    EXPECT_TRUE(looks_like_gbk("id,name\n1," + std::string(shapingba_gbk) + "\n"));
    // 亿元 in GBK: 亿 D2DA, 元 D4AA.
    EXPECT_TRUE(looks_like_gbk("3.5\xd2\xda\xd4\xaa"));
}

TEST(IoEncoding, DoesNotCallOtherTextGbk) {
    EXPECT_FALSE(looks_like_gbk("沙坪坝"));       // valid UTF-8 is UTF-8
    EXPECT_FALSE(looks_like_gbk("plain ascii"));  // valid, and no pairs
    EXPECT_FALSE(looks_like_gbk("\x80\x41"));     // 0x80 is no GBK lead byte
    EXPECT_FALSE(looks_like_gbk("\xc9"));         // a lead byte without its trail
    EXPECT_FALSE(looks_like_gbk("\xc9\x20"));     // trail byte below 0x40
    EXPECT_FALSE(looks_like_gbk("\xff\xfe"));     // a UTF-16 mark
    // Valid GBK pairs, but none in the common GB2312 range: 1 pair, 0 common.
    EXPECT_FALSE(looks_like_gbk("\x81\x40"));
}

// Before: every text that read as GBK was "looks GBK-encoded", a Big5 file
// too, with the wrong conversion. Now the message names what decodes.
TEST(IoEncoding, MessageForInvalidTextNamesOnlyWhatWasDetected) {
    using plantarget::io::detect_legacy_chinese;
    using plantarget::io::legacy_chinese_encoding;
    // 沙坪坝 in GBK: every pair also reads as Big5.
    EXPECT_EQ(detect_legacy_chinese(shapingba_gbk), legacy_chinese_encoding::gbk_or_big5);
    EXPECT_EQ(invalid_utf8_message(shapingba_gbk),
              "file is not UTF-8; it reads as GBK or as Big5: convert it with iconv -f GBK -t UTF-8 (mainland "
              "Chinese) or iconv -f BIG5 -t UTF-8 (traditional Chinese)");
    // 沙坪壩 in Big5 (A846 A957 C5F2): two trails below 0xA1, outside GB2312.
    EXPECT_EQ(detect_legacy_chinese("id,name\n1,\xa8\x46\xa9\x57\xc5\xf2\n"), legacy_chinese_encoding::big5);
    EXPECT_EQ(invalid_utf8_message("\xa8\x46\xa9\x57\xc5\xf2"),
              "file is not UTF-8; it looks Big5-encoded: convert it with iconv -f BIG5 -t UTF-8");
    // A trail byte of 0x80..0xA0 is GBK only: 亿元 (D2DA D4AA), then B080.
    EXPECT_EQ(detect_legacy_chinese("\xd2\xda\xd4\xaa\xb0\x80"), legacy_chinese_encoding::gbk);
    EXPECT_EQ(invalid_utf8_message("\xd2\xda\xd4\xaa\xb0\x80"),
              "file is not UTF-8; it looks GBK-encoded: convert it with iconv -f GBK -t UTF-8");
    EXPECT_EQ(invalid_utf8_message("a\xff"), "invalid UTF-8");
}

// Bytes GBK cannot decode are not Big5 either (Big5's bytes are a subset of
// GBK's), so a text with one reads as neither, however Chinese the rest looks.
TEST(IoEncoding, ABrokenGbkPairReadsAsNeitherEncoding) {
    using plantarget::io::detect_legacy_chinese;
    using plantarget::io::legacy_chinese_encoding;
    const std::string good(shapingba_gbk);
    ASSERT_EQ(detect_legacy_chinese(good), legacy_chinese_encoding::gbk_or_big5);
    EXPECT_EQ(detect_legacy_chinese(good + "\x81"), legacy_chinese_encoding::none);      // a lone lead at the end
    EXPECT_EQ(detect_legacy_chinese(good + "\x81\x7f"), legacy_chinese_encoding::none);  // 0x7F is no trail byte
    EXPECT_EQ(detect_legacy_chinese("\xd2\xda\xd4\xaa\xb0\x80\xc9\x7f"), legacy_chinese_encoding::none);  // GBK-only, then broken
    EXPECT_EQ(invalid_utf8_message(good + "\x81\x7f"), "invalid UTF-8");
}

TEST(IoEncoding, HexBytesShowsTheOffendingBytes) {
    EXPECT_EQ(hex_bytes(shapingba_gbk, 4), "\\xB0\\xD3");           // the last two bytes
    EXPECT_EQ(hex_bytes(shapingba_gbk, 0), "\\xC9\\xB3\\xC6\\xBA");  // at most four
    EXPECT_EQ(hex_bytes("a", 5), "");
}

TEST(IoEncoding, DisplayWidthCountsWideCharactersTwice) {
    EXPECT_EQ(display_width(""), 0u);
    EXPECT_EQ(display_width("GDP"), 3u);
    EXPECT_EQ(display_width("沙坪坝"), 6u);      // 3 wide characters
    EXPECT_EQ(display_width("3.5亿元"), 7u);     // "3.5" = 3, 亿元 = 2 x 2
    EXPECT_EQ(display_width("ＡＢ"), 4u);        // full-width Latin
    EXPECT_EQ(display_width("１２３"), 6u);      // full-width digits
    EXPECT_EQ(display_width("，。"), 4u);        // U+FF0C full-width comma, U+3002
    EXPECT_EQ(display_width("한국"), 4u);        // Hangul syllables
    EXPECT_EQ(display_width("\xf0\xa0\x80\x80"), 2u);  // U+20000, CJK extension B
    EXPECT_EQ(display_width("\xf0\x9f\x98\x80"), 2u);  // U+1F600, an emoji
}

TEST(IoEncoding, DisplayWidthCountsCombiningAndControlAsZero) {
    EXPECT_EQ(display_width("e\xcc\x81"), 1u);             // e + U+0301 combining acute
    EXPECT_EQ(display_width("a\xe2\x80\x8b" "b"), 2u);     // U+200B zero-width space
    EXPECT_EQ(display_width("\xe2\x80\x9c" "x" "\xe2\x80\x9d"), 3u);  // ambiguous quotes count 1
    EXPECT_EQ(display_width("a\tb\n"), 2u);
    EXPECT_EQ(display_width("\xe3\x81\x8b\xe3\x82\x99"), 2u);  // か + U+3099 voicing mark
}

TEST(IoEncoding, DisplayWidthCountsInvalidBytesAsOneColumn) {
    EXPECT_EQ(display_width("a\xff" "b"), 3u);
    // Read as UTF-8, GBK 沙坪坝 is U+0273 (1), U+01BA (1), then B0 (a stray
    // continuation byte, 1) and D3 (a lead byte cut off at the end, 1): 4.
    EXPECT_EQ(display_width(shapingba_gbk), 4u);
}

TEST(IoEncoding, CodePointWidthAtBlockEdges) {
    EXPECT_EQ(code_point_width(U'\u3000'), 2);  // ideographic space
    EXPECT_EQ(code_point_width(U'\u303E'), 2);
    EXPECT_EQ(code_point_width(U'\u303F'), 1);  // half-fill space is narrow
    EXPECT_EQ(code_point_width(U'\u4E00'), 2);
    EXPECT_EQ(code_point_width(U'\u9FFF'), 2);
    EXPECT_EQ(code_point_width(U'\uFF61'), 1);  // half-width katakana punctuation
    EXPECT_EQ(code_point_width(U'\uFF60'), 2);
    EXPECT_EQ(code_point_width(U'\u00E9'), 1);
    EXPECT_EQ(code_point_width(U'\u0000'), 0);
    EXPECT_EQ(code_point_width(U'\u0085'), 0);  // C1 control
}

static_assert(noexcept(validate_utf8("")));
static_assert(noexcept(display_width("")));
static_assert(!validate_utf8("沙坪坝").has_value(), "validation works at compile time");

}  // namespace
