// Errors of bad input: what was wrong, the offending text, and where it stood.
#pragma once

#include <plantarget/shared_text.hpp>
#include <plantarget/utf8.hpp>  // the strict UTF-8 decoder: standard library only

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace plantarget {

// A byte count for people: "512 bytes", "20 MiB", "1.5 GiB".
inline std::string byte_size_text(std::uintmax_t bytes) {
    constexpr const char* names[] = {"KiB", "MiB", "GiB", "TiB"};
    if (bytes < 1024) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
    double size = static_cast<double>(bytes);
    std::size_t unit = 0;
    for (size /= 1024; size >= 1024 && unit + 1 < std::size(names); size /= 1024) ++unit;
    char buf[32];
    const bool whole = size == static_cast<double>(static_cast<std::uintmax_t>(size));
    std::snprintf(buf, sizeof buf, whole ? "%.0f %s" : "%.1f %s", size, names[unit]);
    return buf;
}

// Text from input made safe to print in a message: C0 controls, DEL and
// bytes that are not UTF-8 become \xHH, C1 controls \uHHHH, so that no
// escape sequence or NUL from a file reaches a terminal. Stops after
// `max_chars` characters (0: no limit) and then says how long the whole was.
inline std::string printable_text(std::string_view text, std::size_t max_chars = 0) {
    constexpr std::string_view hex = "0123456789abcdef";
    std::string out;
    std::size_t chars = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (max_chars != 0 && chars == max_chars) {
            out += "… (" + byte_size_text(text.size()) + ")";
            break;
        }
        const auto b = static_cast<unsigned char>(text[pos]);
        const std::size_t length = decode_utf8(text, pos).length;  // 0: not UTF-8
        if (length == 0 || b < 0x20 || b == 0x7F) {
            out += "\\x";
            out += hex[b >> 4];
            out += hex[b & 0x0F];
            ++pos;
        } else if (length == 2 && b == 0xC2 && static_cast<unsigned char>(text[pos + 1]) < 0xA0) {
            const auto c = static_cast<unsigned char>(text[pos + 1]);  // U+0080..U+009F
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0x0F];
            pos += 2;
        } else {
            out.append(text.substr(pos, length));
            pos += length;
        }
        ++chars;
    }
    return out;
}

// Where a piece of input stood: file (may be empty), 1-based line and column
// (0 when unknown); in a JSON document, which has no positions for values,
// the JSON pointer of the item ("/figures/3") in place of line and column.
// The file's name is shared by the locations copied from one another: every
// figure of a file holds its place, and a city's file has millions.
struct source_location {
    shared_text file;
    std::size_t line = 0;
    std::size_t column = 0;
    std::string pointer{};
};

struct parse_error {
    std::string message;  // what is wrong, in plain words
    std::string text;     // the offending text, as it stood
    source_location where{};

    // The most characters of `text` that to_string echoes: a 20 MB field is
    // shown by its start and its size.
    static constexpr std::size_t max_echoed_chars = 80;

    // "file:line:column: message: 'text'", the form compilers use. Control
    // characters anywhere in it are escaped (printable_text).
    [[nodiscard]] std::string to_string() const {
        std::string out;
        if (!where.file.empty()) out += printable_text(where.file.view()) + ":";
        if (where.line != 0) out += std::to_string(where.line) + ":" + std::to_string(where.column) + ":";
        if (!out.empty()) out += " ";
        if (!where.pointer.empty()) out += printable_text(where.pointer) + ": ";
        out += printable_text(message);
        if (!text.empty()) out += ": '" + printable_text(text, max_echoed_chars) + "'";
        return out;
    }
};

// The first of several errors, its message ending with the count of all: for
// a caller that reports one. `errors` must not be empty.
inline parse_error first_of(const std::vector<parse_error>& errors) {
    parse_error first = errors.front();
    if (errors.size() > 1) first.message += " (first of " + std::to_string(errors.size()) + " errors)";
    return first;
}

// Thrown by the throwing convenience overloads (parse_*_or_throw).
class parse_failure : public std::runtime_error {
public:
    explicit parse_failure(parse_error e) : std::runtime_error(e.to_string()), error_(std::move(e)) {}
    [[nodiscard]] const parse_error& error() const noexcept { return error_; }

private:
    parse_error error_;
};

// A parsed value, or the error that stopped parsing.
template <class T>
class parsed {
public:
    parsed(T value) : state_(std::move(value)) {}           // NOLINT: implicit by design
    parsed(parse_error error) : state_(std::move(error)) {} // NOLINT: implicit by design

    [[nodiscard]] bool ok() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }
    [[nodiscard]] const T& value() const {
        if (!ok()) throw parse_failure(error());
        return std::get<0>(state_);
    }
    [[nodiscard]] T& value() {
        if (!ok()) throw parse_failure(error());
        return std::get<0>(state_);
    }
    [[nodiscard]] const parse_error& error() const { return std::get<1>(state_); }
    const T& operator*() const { return value(); }
    const T* operator->() const { return &value(); }

private:
    std::variant<T, parse_error> state_;
};

}  // namespace plantarget
