// An immutable text stored once and shared by its copies: a file's name in
// the place of every figure read from it (a city's book has millions), the
// wording of a comparator that is none of the lexicon's words. It reads as
// the std::string it replaces; a copy costs a reference count, not a string.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace plantarget {

class shared_text {
public:
    shared_text() = default;
    shared_text(std::string text)  // NOLINT: implicit, as the string member it replaces
        : text_(text.empty() ? nullptr : std::make_shared<const std::string>(std::move(text))) {}
    shared_text(std::string_view text) : shared_text(std::string(text)) {}  // NOLINT: as above
    shared_text(const char* text) : shared_text(std::string(text)) {}       // NOLINT: as above

    [[nodiscard]] const std::string& str() const noexcept { return text_ ? *text_ : empty_text(); }
    operator const std::string&() const noexcept { return str(); }  // NOLINT: reads as the text it holds
    [[nodiscard]] std::string_view view() const noexcept { return str(); }
    [[nodiscard]] bool empty() const noexcept { return text_ == nullptr; }
    [[nodiscard]] std::size_t size() const noexcept { return str().size(); }
    [[nodiscard]] const char* c_str() const noexcept { return str().c_str(); }

    // Copies of one text compare equal without reading it.
    friend bool operator==(const shared_text& a, const shared_text& b) noexcept {
        return a.text_ == b.text_ || a.str() == b.str();
    }
    friend bool operator==(const shared_text& a, const std::string& b) noexcept { return a.str() == b; }
    friend bool operator==(const shared_text& a, std::string_view b) noexcept { return a.str() == b; }
    friend bool operator==(const shared_text& a, const char* b) noexcept { return a.str() == b; }
    friend bool operator<(const shared_text& a, const shared_text& b) noexcept { return a.str() < b.str(); }

    friend std::string operator+(const shared_text& a, std::string_view b) {
        std::string out = a.str();
        out += b;
        return out;
    }
    friend std::string operator+(std::string_view a, const shared_text& b) {
        std::string out(a);
        out += b.str();
        return out;
    }

    template <class CharT, class Traits>
    friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const shared_text& t) {
        return os << t.str();
    }

private:
    static const std::string& empty_text() noexcept {
        static const std::string none;
        return none;
    }
    std::shared_ptr<const std::string> text_;  // null for the empty text
};

}  // namespace plantarget
