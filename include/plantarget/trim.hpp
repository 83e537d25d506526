// Trimming, defined once for every reader.
#pragma once

#include <string_view>

namespace plantarget {

// Without the spaces and tabs a spreadsheet or a hand edit lets slip in at
// either end. Other spaces (U+00A0, U+3000) are not trimmed here: in an
// identifier they are refused (io/identifier.hpp), in a number the number
// reader reads them (io/number.hpp).
constexpr std::string_view trim_blanks(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

}  // namespace plantarget
