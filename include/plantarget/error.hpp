// Errors of bad input: what was wrong, the offending text, and where it stood.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace plantarget {

// Where a piece of input stood: file (may be empty), 1-based line and column
// (0 when unknown); in a JSON document, which has no positions for values,
// the JSON pointer of the item ("/figures/3") in place of line and column.
struct source_location {
    std::string file;
    std::size_t line = 0;
    std::size_t column = 0;
    std::string pointer{};
};

struct parse_error {
    std::string message;  // what is wrong, in plain words
    std::string text;     // the offending text, as it stood
    source_location where{};

    // "file:line:column: message: 'text'", the form compilers use.
    [[nodiscard]] std::string to_string() const {
        std::string out;
        if (!where.file.empty()) out += where.file + ":";
        if (where.line != 0) out += std::to_string(where.line) + ":" + std::to_string(where.column) + ":";
        if (!out.empty()) out += " ";
        if (!where.pointer.empty()) out += where.pointer + ": ";
        out += message;
        if (!text.empty()) out += ": '" + text + "'";
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
