// One table per enumeration: each value's stable token (what data files,
// JSON, CSV and Python use), its English and Chinese text (what reports
// print) and its symbol where it has one (≥, ≈). to_string, parsing, the lists
// readers accept, report labels and the Python enums all read these tables,
// so adding a value is a change to one table (docs/explanation/vocabulary.md).
//
// A token never changes meaning once released; additions are recorded in
// CHANGELOG.md.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>

namespace plantarget {

template <class E>
struct vocab_entry {
    E value;
    std::string_view token;       // stable, ASCII, snake_case
    std::string_view english;     // for reports
    std::string_view chinese;     // for reports
    std::string_view symbol = {}; // ≥, ≈, ... where the value has one
};

// Specialised next to each enumeration with `static constexpr std::array
// entries`, in the enumeration's order.
template <class E>
struct vocabulary;

template <class E>
concept has_vocabulary = std::is_enum_v<E> && requires {
    { vocabulary<E>::entries.size() } -> std::convertible_to<std::size_t>;
};

namespace detail {
// The entries are in enumerator order from 0 on; checked where each table is
// declared (static_assert(vocabulary_is_dense<E>())), so lookup is an index.
template <class E>
constexpr bool vocabulary_is_dense() {
    const auto& es = vocabulary<E>::entries;
    for (std::size_t i = 0; i < es.size(); ++i)
        if (static_cast<std::size_t>(es[i].value) != i) return false;
    return true;
}
}  // namespace detail

// The lookups index the table rather than compare pointers: g++ cannot
// constant-evaluate a pointer comparison under -fsanitize=undefined.
template <has_vocabulary E>
constexpr bool is_known(E v) noexcept {
    return static_cast<std::size_t>(v) < vocabulary<E>::entries.size();
}

// "?" for a number outside the enumeration (a corrupted column).
template <has_vocabulary E>
constexpr std::string_view token_of(E v) noexcept {
    return is_known(v) ? vocabulary<E>::entries[static_cast<std::size_t>(v)].token : std::string_view("?");
}
template <has_vocabulary E>
constexpr std::string_view english_of(E v) noexcept {
    return is_known(v) ? vocabulary<E>::entries[static_cast<std::size_t>(v)].english : std::string_view("?");
}
template <has_vocabulary E>
constexpr std::string_view chinese_of(E v) noexcept {
    return is_known(v) ? vocabulary<E>::entries[static_cast<std::size_t>(v)].chinese : std::string_view("?");
}
template <has_vocabulary E>
constexpr std::string_view symbol_of(E v) noexcept {
    return is_known(v) ? vocabulary<E>::entries[static_cast<std::size_t>(v)].symbol : std::string_view();
}

// The value whose token is `text`, exactly.
template <has_vocabulary E>
constexpr std::optional<E> from_token(std::string_view text) noexcept {
    for (const auto& e : vocabulary<E>::entries)
        if (e.token == text) return e.value;
    return std::nullopt;
}

// Every value, in enumeration order.
template <has_vocabulary E>
constexpr auto all_values() noexcept {
    constexpr auto n = vocabulary<E>::entries.size();
    std::array<E, n> out{};
    for (std::size_t i = 0; i < n; ++i) out[i] = vocabulary<E>::entries[i].value;
    return out;
}

// "a, b, c": the tokens, for messages that list what is accepted.
template <has_vocabulary E, class String>
String token_list(std::string_view separator = ", ") {
    String out;
    for (const auto& e : vocabulary<E>::entries) {
        if (!out.empty()) out += separator;
        out += e.token;
    }
    return out;
}

}  // namespace plantarget
