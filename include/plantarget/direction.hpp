// Which way is better for an indicator.
#pragma once

#include <cstdint>
#include <string_view>

namespace plantarget {

enum class direction : std::uint8_t {
    higher_is_better,  // output, income, jobs
    lower_is_better,   // unemployment, PM2.5, accidents
    within_band,       // "about X": neither way is better past the band
};

constexpr std::string_view to_string(direction d) noexcept {
    switch (d) {
        case direction::higher_is_better: return "higher_is_better";
        case direction::lower_is_better: return "lower_is_better";
        case direction::within_band: return "within_band";
    }
    return "unknown";
}

// +1 when higher is better, -1 when lower is better (the "d" of DOMAIN.md §6).
constexpr int sign_of(direction d) noexcept { return d == direction::lower_is_better ? -1 : 1; }

}  // namespace plantarget
