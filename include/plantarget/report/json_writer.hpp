// A streaming JSON writer for the report: values written as they are made,
// in exactly the text nlohmann::ordered_json::dump(2) gives for the same
// tree (ensure_ascii off, invalid UTF-8 replaced), without building the tree.
// A city's report (hundreds of thousands of items) spent most of its writing
// time allocating and freeing one nlohmann tree per item.
#pragma once

#include <nlohmann/json.hpp>

#include <array>
#include <charconv>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace plantarget::report::detail {

// Whether `s` is well-formed UTF-8 (Unicode table 3-7: no overlong forms, no
// surrogates, nothing above U+10FFFF), the strings nlohmann's serializer
// writes without replacing anything.
inline bool is_valid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* const end = p + s.size();
    while (p != end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        const auto continuation = [](unsigned char b) { return (b & 0xC0U) == 0x80U; };
        const std::ptrdiff_t left = end - p;
        if (c >= 0xC2 && c <= 0xDF) {
            if (left < 2 || !continuation(p[1])) return false;
            p += 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            if (left < 3) return false;
            const unsigned char low = c == 0xE0 ? 0xA0 : 0x80;
            const unsigned char high = c == 0xED ? 0x9F : 0xBF;
            if (p[1] < low || p[1] > high || !continuation(p[2])) return false;
            p += 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            if (left < 4) return false;
            const unsigned char low = c == 0xF0 ? 0x90 : 0x80;
            const unsigned char high = c == 0xF4 ? 0x8F : 0xBF;
            if (p[1] < low || p[1] > high || !continuation(p[2]) || !continuation(p[3])) return false;
            p += 4;
        } else {
            return false;
        }
    }
    return true;
}

// Writes one JSON document, pretty-printed with two spaces as dump(2) does,
// into a buffer that goes to the stream in large chunks. Containers are
// opened and closed explicitly; inside an object each value follows key().
class json_writer {
public:
    using json = nlohmann::ordered_json;

    explicit json_writer(std::ostream& out) : out_(out) {
        buffer_.reserve(flush_at + flush_at / 4);
        open_.reserve(16);
    }
    json_writer(const json_writer&) = delete;
    json_writer& operator=(const json_writer&) = delete;

    void begin_object() { open('{', false); }
    void end_object() { close('}'); }
    void begin_array() { open('[', true); }
    void end_array() { close(']'); }

    // The key of the next member of the open object.
    void key(std::string_view name) {
        frame& f = open_.back();
        separate(f);
        indent(open_.size());
        write_string(name);
        append(": ");
    }
    // A key made of two parts, as "<field>_reason": no string is built for it.
    void key(std::string_view name, std::string_view suffix) {
        frame& f = open_.back();
        separate(f);
        indent(open_.size());
        buffer_.push_back('"');
        escape_into(name);
        escape_into(suffix);
        buffer_.push_back('"');
        append(": ");
    }

    void value(std::nullptr_t) {
        element();
        append("null");
    }
    void value(bool b) {
        element();
        if (b) append("true");
        else append("false");
    }
    void value(std::string_view s) {
        element();
        write_string(s);
    }
    void value(const char* s) { value(std::string_view(s)); }
    void value(const std::string& s) { value(std::string_view(s)); }
    template <std::integral T>
        requires(!std::same_as<T, bool> && !std::same_as<T, char>)
    void value(T n) {
        element();
        std::array<char, 24> digits{};
        const auto done = std::to_chars(digits.data(), digits.data() + digits.size(), n);
        buffer_.append(digits.data(), static_cast<std::size_t>(done.ptr - digits.data()));
    }
    // A number as nlohmann writes it: its own shortest round-trip digits
    // (grisu2, "1.0" for 1, "-0.0"), null when not finite.
    template <std::floating_point T>
    void value(T x) {
        element();
        const double d = static_cast<double>(x);
        if (!std::isfinite(d)) {
            append("null");
            return;
        }
        std::array<char, 64> digits{};
        const char* const end = nlohmann::detail::to_chars(digits.data(), digits.data() + digits.size(), d);
        buffer_.append(digits.data(), static_cast<std::size_t>(end - digits.data()));
    }
    // A value already held as nlohmann JSON (the small, one-off parts of a
    // report), by nlohmann's own serializer at this depth.
    void value(const json& j) {
        element();
        dump_with_nlohmann(j, open_.size());
    }

    template <class T>
    void member(std::string_view name, const T& v) {
        key(name);
        value(v);
    }
    void member(std::string_view name, const char* v) {
        key(name);
        value(std::string_view(v));
    }
    void member(std::string_view name, std::nullptr_t) {
        key(name);
        value(nullptr);
    }

    // An array of strings.
    template <class Strings>
    void string_array(const Strings& items) {
        begin_array();
        for (const auto& s : items) value(std::string_view(s));
        end_array();
    }

    // Everything written so far, to the stream.
    void flush() {
        out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        buffer_.clear();
    }

    // The buffer goes to the stream when it holds this much (and at flush()).
    static constexpr std::size_t flush_at = std::size_t{1} << 20;

private:
    struct frame {
        bool array;
        bool empty;
    };

    // What stands before a value: in an array, the separator and indentation
    // of an item (in an object, key() wrote them).
    void element() {
        if (open_.empty() || !open_.back().array) return;
        frame& f = open_.back();
        separate(f);
        indent(open_.size());
    }
    void open(char brace, bool array) {
        element();
        buffer_.push_back(brace);
        open_.push_back(frame{array, true});
    }
    void close(char brace) {
        const bool empty = open_.back().empty;
        open_.pop_back();
        if (!empty) {
            buffer_.push_back('\n');
            indent(open_.size());
        }
        buffer_.push_back(brace);
        if (buffer_.size() >= flush_at) flush();
    }
    void indent(std::size_t depth) { buffer_.append(depth * 2, ' '); }
    // The line break before a container's item, and the comma after the last.
    void separate(frame& f) {
        if (!f.empty) buffer_.push_back(',');
        buffer_.push_back('\n');
        f.empty = false;
    }
    // A literal, its length known here rather than counted.
    template <std::size_t N>
    void append(const char (&literal)[N]) {
        buffer_.append(literal, N - 1);
    }

    void write_string(std::string_view s) {
        if (!is_valid_utf8(s)) {
            // nlohmann's replacement of invalid bytes, for this one string.
            dump_with_nlohmann(json(std::string(s)), 0);
            return;
        }
        buffer_.push_back('"');
        escape_into(s);
        buffer_.push_back('"');
    }
    // The escapes of nlohmann's dump_escaped without ensure_ascii, for valid
    // UTF-8: the short escapes, \u00xx for the other control characters,
    // every other byte as it is.
    void escape_into(std::string_view s) {
        std::size_t plain = 0;  // start of the bytes not yet copied
        for (std::size_t i = 0; i < s.size(); ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            if (c >= 0x20 && c != '"' && c != '\\') continue;
            buffer_.append(s.data() + plain, i - plain);
            plain = i + 1;
            switch (c) {
                case '"': append("\\\""); break;
                case '\\': append("\\\\"); break;
                case '\b': append("\\b"); break;
                case '\f': append("\\f"); break;
                case '\n': append("\\n"); break;
                case '\r': append("\\r"); break;
                case '\t': append("\\t"); break;
                default: {
                    static constexpr std::string_view hex = "0123456789abcdef";
                    const std::array<char, 6> escaped{'\\', 'u', '0', '0', hex[c >> 4U], hex[c & 0xFU]};
                    buffer_.append(escaped.data(), escaped.size());
                }
            }
        }
        buffer_.append(s.data() + plain, s.size() - plain);
    }
    void dump_with_nlohmann(const json& j, std::size_t depth) {
        nlohmann::detail::serializer<json> serializer(nlohmann::detail::output_adapter<char>(buffer_), ' ',
                                                      json::error_handler_t::replace);
        serializer.dump(j, true, false, 2, static_cast<unsigned int>(depth) * 2);
    }

    std::ostream& out_;
    std::string buffer_;
    std::vector<frame> open_;
};

}  // namespace plantarget::report::detail
