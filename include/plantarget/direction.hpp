// Which way is better for an indicator.
#pragma once

#include <plantarget/vocab/vocabulary.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace plantarget {

enum class direction : std::uint8_t {
    higher_is_better,  // output, income, jobs
    lower_is_better,   // unemployment, PM2.5, accidents
    within_band,       // "about X": neither way is better past the band
};

template <>
struct vocabulary<direction> {
    static constexpr std::array<vocab_entry<direction>, 3> entries{{
        {direction::higher_is_better, "higher_is_better", "higher is better", "越高越好", "↑"},
        {direction::lower_is_better, "lower_is_better", "lower is better", "越低越好", "↓"},
        {direction::within_band, "within_band", "within a band", "区间内为好", "↔"},
    }};
};
static_assert(detail::vocabulary_is_dense<direction>());

constexpr std::string_view to_string(direction d) noexcept { return token_of(d); }

// +1 when higher is better, -1 when lower is better (the "d" of docs/progress-methods.md).
constexpr int sign_of(direction d) noexcept { return d == direction::lower_is_better ? -1 : 1; }

}  // namespace plantarget
