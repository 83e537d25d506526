// Numbers as Chinese reports and hand-made spreadsheets write them: full-width
// digits (１２３), full-width signs (－５), thousands separators (1,234.5), a
// scale word (1.2万, 3.5亿) and a percent sign (94.8%, ９４．８％). The number
// of decimals written is kept, because it is the published precision: a check
// that "4.7%" matches a computed 4.66 % must round to one decimal, not compare
// exactly.
//
// Deliberately refused, because in this data they signal a mistake rather than
// a number: exponent notation (a spreadsheet that shows 1.23E+11 has already
// rounded the value), hexadecimal, inf and nan, a bare ".5" or "5.", commas in
// places other than groups of three, and anything left over after the number.
#pragma once

#include <plantarget/error.hpp>
#include <plantarget/units/scale.hpp>

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <system_error>

namespace plantarget::io {

struct parsed_number {
    double value = 0.0;      // the number in plain units, scale applied: "1.2万" -> 12000
    int decimals = 0;        // digits written after the decimal point: "94.8" -> 1, "105" -> 0
    int scale_exponent = 0;  // the scale word: 千 3, 万 4, 千万 7, 亿 8, 万亿 12, none 0
    bool percent = false;    // a trailing % or ％: value stays as written (94.8, not 0.948)
    std::string text;        // the text the number was read from
};

// A number and the unit written after it: "3.5亿元" -> {3.5e8 with scale 8, "元"}.
struct number_and_unit {
    parsed_number number;
    std::string unit;  // trimmed; "%" when the number had a percent sign; may be empty
};

namespace detail {

// Characters are matched as UTF-8 byte strings: the full-width forms are three
// bytes each (U+FF10..U+FF19 are EF BC 90..99).
struct number_syntax {
    static constexpr std::string_view fullwidth_digit_prefix = "\xEF\xBC";
    static constexpr std::string_view fullwidth_point = "\xEF\xBC\x8E";    // ．
    static constexpr std::string_view fullwidth_plus = "\xEF\xBC\x8B";     // ＋
    static constexpr std::string_view fullwidth_minus = "\xEF\xBC\x8D";    // －
    static constexpr std::string_view minus_sign = "\xE2\x88\x92";         // − U+2212
    static constexpr std::string_view fullwidth_percent = "\xEF\xBC\x85";  // ％
    static constexpr std::string_view ideographic_space = "\xE3\x80\x80";  // U+3000
    static constexpr std::string_view no_break_space = "\xC2\xA0";         // U+00A0
};

// Length of the digit at pos (1 or 3 bytes), its value in `digit`; 0 if none.
constexpr std::size_t digit_at(std::string_view s, std::size_t pos, int& digit) noexcept {
    if (pos >= s.size()) return 0;
    if (s[pos] >= '0' && s[pos] <= '9') {
        digit = s[pos] - '0';
        return 1;
    }
    if (s.substr(pos, 2) == number_syntax::fullwidth_digit_prefix && pos + 2 < s.size()) {
        const auto third = static_cast<unsigned char>(s[pos + 2]);
        if (third >= 0x90 && third <= 0x99) {
            digit = third - 0x90;
            return 3;
        }
    }
    return 0;
}

constexpr std::size_t point_at(std::string_view s, std::size_t pos) noexcept {
    if (pos < s.size() && s[pos] == '.') return 1;
    if (s.substr(pos < s.size() ? pos : s.size()).starts_with(number_syntax::fullwidth_point)) return 3;
    return 0;
}

// Length of a sign at pos; `negative` tells which.
constexpr std::size_t sign_at(std::string_view s, std::size_t pos, bool& negative) noexcept {
    if (pos >= s.size()) return 0;
    if (s[pos] == '+' || s[pos] == '-') {
        negative = s[pos] == '-';
        return 1;
    }
    const std::string_view rest = s.substr(pos);
    if (rest.starts_with(number_syntax::fullwidth_plus)) {
        negative = false;
        return 3;
    }
    if (rest.starts_with(number_syntax::fullwidth_minus) || rest.starts_with(number_syntax::minus_sign)) {
        negative = true;
        return 3;
    }
    return 0;
}

constexpr std::size_t percent_at(std::string_view s, std::size_t pos) noexcept {
    if (pos < s.size() && s[pos] == '%') return 1;
    if (s.substr(pos < s.size() ? pos : s.size()).starts_with(number_syntax::fullwidth_percent)) return 3;
    return 0;
}

constexpr std::size_t space_at(std::string_view s, std::size_t pos) noexcept {
    if (pos >= s.size()) return 0;
    if (s[pos] == ' ' || s[pos] == '\t') return 1;
    const std::string_view rest = s.substr(pos);
    if (rest.starts_with(number_syntax::ideographic_space)) return 3;
    if (rest.starts_with(number_syntax::no_break_space)) return 2;
    return 0;
}

constexpr std::size_t skip_spaces(std::string_view s, std::size_t pos) noexcept {
    while (const std::size_t n = space_at(s, pos)) pos += n;
    return pos;
}

// Trims ASCII spaces and tabs, U+3000 and U+00A0 at both ends.
constexpr std::string_view trim_spaces(std::string_view s) noexcept {
    s.remove_prefix(skip_spaces(s, 0));
    for (bool trimmed = true; trimmed && !s.empty();) {
        trimmed = false;
        for (const std::string_view space : {std::string_view(" "), std::string_view("\t"),
                                             number_syntax::ideographic_space, number_syntax::no_break_space}) {
            if (s.ends_with(space)) {
                s.remove_suffix(space.size());
                trimmed = true;
                break;
            }
        }
    }
    return s;
}

constexpr bool starts_with_ascii_word(std::string_view s, std::string_view lower_word) noexcept {
    if (s.size() < lower_word.size()) return false;
    for (std::size_t i = 0; i < lower_word.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != lower_word[i]) return false;
    }
    return true;
}

// At most `max_bytes` of s, cut at a character boundary: text quoted in a message.
constexpr std::string_view excerpt(std::string_view s, std::size_t max_bytes = 32) noexcept {
    if (s.size() <= max_bytes) return s;
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0u) == 0x80u) --cut;
    return s.substr(0, cut);
}

// The parts of a number as written, before conversion.
struct number_parts {
    bool negative = false;
    std::string integer_digits;   // ASCII, separators removed
    std::string fraction_digits;  // ASCII
    int scale_exponent = 0;
    bool percent = false;
    std::string_view number_text;  // from the sign to the end of the scale word or percent sign
    std::string_view rest;         // what follows, spaces trimmed
};

// Reads a number at the start of `s` (already trimmed). Returns an empty
// string on success, else what is wrong.
inline std::string scan_number(std::string_view s, number_parts& out) {
    if (s.empty()) return "empty number";
    std::size_t pos = 0;
    if (const std::size_t n = sign_at(s, pos, out.negative)) {
        pos += n;
        bool second_negative = false;
        if (sign_at(s, pos, second_negative) != 0) return "two signs";
        if (pos == s.size()) return "a sign without digits";
        if (space_at(s, pos) != 0) return "a space between the sign and the digits";
    }

    // Integer part with optional thousands separators. The first group holds
    // 1 to 3 digits, every later group exactly 3.
    std::size_t group_digits = 0;
    bool grouped = false;
    for (;;) {
        int d = 0;
        if (const std::size_t n = digit_at(s, pos, d)) {
            out.integer_digits += static_cast<char>('0' + d);
            ++group_digits;
            pos += n;
            continue;
        }
        if (pos < s.size() && s[pos] == ',') {
            if (out.integer_digits.empty()) return "a number cannot start with a thousands separator";
            if (grouped ? group_digits != 3 : group_digits > 3)
                return "thousands separators must separate groups of three digits";
            grouped = true;
            group_digits = 0;
            ++pos;
            continue;
        }
        break;
    }
    if (grouped && group_digits != 3) return "thousands separators must separate groups of three digits";

    if (const std::size_t n = point_at(s, pos)) {
        if (out.integer_digits.empty()) return "a digit must come before the decimal point";
        pos += n;
        int d = 0;
        while (const std::size_t m = digit_at(s, pos, d)) {
            out.fraction_digits += static_cast<char>('0' + d);
            pos += m;
        }
        if (out.fraction_digits.empty()) return "a digit must follow the decimal point";
        if (point_at(s, pos) != 0) return "two decimal points";
        if (pos < s.size() && s[pos] == ',') return "a thousands separator after the decimal point";
    }

    if (out.integer_digits.empty()) {
        const std::string_view here = s.substr(pos);
        if (starts_with_ascii_word(here, "inf") || starts_with_ascii_word(here, "nan"))
            return "infinity and NaN are not numbers here";
        return "not a number";
    }
    if (pos < s.size()) {
        const char c = s[pos];
        if ((c == 'x' || c == 'X') && out.integer_digits == "0" && out.fraction_digits.empty())
            return "hexadecimal numbers are not accepted";
        if (c == 'e' || c == 'E') {
            int d = 0;
            bool sign_negative = false;
            if (digit_at(s, pos + 1, d) != 0 || sign_at(s, pos + 1, sign_negative) != 0)
                return "exponent notation is not accepted: write the number out in full";
        }
    }

    std::size_t number_end = pos;
    std::size_t q = skip_spaces(s, pos);
    if (const units::scale_word* w = units::scale_word_at_start(s.substr(q))) {
        out.scale_exponent = w->exponent;
        q += w->text.size();
        number_end = q;
        q = skip_spaces(s, q);
    }
    if (const std::size_t n = percent_at(s, q)) {
        if (out.scale_exponent != 0) return "a scale word and a percent sign together";
        out.percent = true;
        q += n;
        number_end = q;
        q = skip_spaces(s, q);
    }
    out.number_text = s.substr(0, number_end);
    out.rest = s.substr(q);
    return {};
}

// Converts the parts to a double, rounding once: the scale goes in as a
// decimal exponent, so 3.5亿 is exactly 350000000.
inline std::string to_double(const number_parts& parts, double& value) {
    std::string digits;
    digits.reserve(parts.integer_digits.size() + parts.fraction_digits.size() + 6);
    if (parts.negative) digits += '-';
    digits += parts.integer_digits;
    if (!parts.fraction_digits.empty()) {
        digits += '.';
        digits += parts.fraction_digits;
    }
    if (parts.scale_exponent != 0) {
        digits += 'e';
        digits += std::to_string(parts.scale_exponent);
    }
    const char* const end = digits.data() + digits.size();
    const auto [ptr, ec] = std::from_chars(digits.data(), end, value);
    if (ec == std::errc::result_out_of_range || (ec == std::errc{} && !std::isfinite(value)))
        return "number out of range";
    if (ec != std::errc{} || ptr != end) return "not a number";
    return {};
}

inline parsed<parsed_number> make_number(const number_parts& parts, std::string_view original) {
    if (parts.fraction_digits.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        return parse_error{"number out of range", std::string(excerpt(original))};
    parsed_number n;
    if (std::string why = to_double(parts, n.value); !why.empty())
        return parse_error{std::move(why), std::string(original)};
    n.decimals = static_cast<int>(parts.fraction_digits.size());
    n.scale_exponent = parts.scale_exponent;
    n.percent = parts.percent;
    n.text = std::string(original);
    return n;
}

// Characters that would continue a number: a unit cannot start with them.
constexpr bool continues_number(std::string_view rest) noexcept {
    int d = 0;
    bool negative = false;
    return digit_at(rest, 0, d) != 0 || point_at(rest, 0) != 0 || sign_at(rest, 0, negative) != 0 ||
           (!rest.empty() && rest.front() == ',');
}

}  // namespace detail

// Parses a whole text as one number. Never throws.
inline parsed<parsed_number> parse_number(std::string_view text) noexcept {
    try {
        detail::number_parts parts;
        if (std::string why = detail::scan_number(detail::trim_spaces(text), parts); !why.empty())
            return parse_error{std::move(why), std::string(text)};
        if (!parts.rest.empty())
            return parse_error{"unexpected text '" + std::string(detail::excerpt(parts.rest)) + "' after the number",
                               std::string(text)};
        return detail::make_number(parts, text);
    } catch (...) {
        return parse_error{"out of memory", {}};  // short enough not to allocate
    }
}

// Parses a number followed by a unit: "3.5亿元" -> 3.5e8 (scale 8) and "元";
// "1.2万" -> 12000 (scale 4) and ""; "94.8%" -> 94.8 (percent) and "%". The
// unit is not checked here (units::parse_unit does that); it only must not
// start like more number ("1 2", "1.2.3"). number.text is the number part
// (with its scale word or percent sign). Never throws.
inline parsed<number_and_unit> split_number_and_unit(std::string_view text) noexcept {
    try {
        detail::number_parts parts;
        if (std::string why = detail::scan_number(detail::trim_spaces(text), parts); !why.empty())
            return parse_error{std::move(why), std::string(text)};
        if (parts.percent && !parts.rest.empty())
            return parse_error{"unexpected text '" + std::string(detail::excerpt(parts.rest)) +
                                   "' after the percent sign",
                               std::string(text)};
        if (detail::continues_number(parts.rest))
            return parse_error{"unexpected text '" + std::string(detail::excerpt(parts.rest)) + "' after the number",
                               std::string(text)};
        auto number = detail::make_number(parts, parts.number_text);
        if (!number) {
            parse_error e = number.error();
            e.text = std::string(text);
            return e;
        }
        return number_and_unit{std::move(number.value()), parts.percent ? std::string("%") : std::string(parts.rest)};
    } catch (...) {
        return parse_error{"out of memory", {}};
    }
}

// Parses a whole number for counts and ranks: the forms parse_number takes,
// without a decimal point or percent sign; a scale word is applied exactly
// ("3万" -> 30000). Never throws.
inline parsed<std::int64_t> parse_integer(std::string_view text) noexcept {
    try {
        detail::number_parts parts;
        if (std::string why = detail::scan_number(detail::trim_spaces(text), parts); !why.empty())
            return parse_error{std::move(why), std::string(text)};
        if (!parts.fraction_digits.empty())
            return parse_error{"a whole number was expected, without a decimal point", std::string(text)};
        if (parts.percent) return parse_error{"a whole number was expected, without a percent sign", std::string(text)};
        if (!parts.rest.empty())
            return parse_error{"unexpected text '" + std::string(detail::excerpt(parts.rest)) + "' after the number",
                               std::string(text)};
        // Magnitude in unsigned arithmetic, so that INT64_MIN is reachable.
        const std::uint64_t limit = parts.negative ? std::uint64_t{1} << 63
                                                   : static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
        std::uint64_t magnitude = 0;
        const auto push_digit = [&](unsigned digit) {
            if (magnitude > (limit - digit) / 10) return false;
            magnitude = magnitude * 10 + digit;
            return true;
        };
        for (const char c : parts.integer_digits)
            if (!push_digit(static_cast<unsigned>(c - '0'))) return parse_error{"number out of range", std::string(text)};
        for (int i = 0; i < parts.scale_exponent; ++i)
            if (!push_digit(0)) return parse_error{"number out of range", std::string(text)};
        if (!parts.negative) return static_cast<std::int64_t>(magnitude);
        if (magnitude == std::uint64_t{1} << 63) return std::numeric_limits<std::int64_t>::min();
        return -static_cast<std::int64_t>(magnitude);
    } catch (...) {
        return parse_error{"out of memory", {}};
    }
}

}  // namespace plantarget::io
