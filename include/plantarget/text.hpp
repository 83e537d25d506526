// The text of every value type, as reports write it: numbers rounded as the
// report rounds them (四舍五入), each followed by its unit's label from the
// registry (262.7 亿元, 0.52 万人, 3 家, 94.8%, +0.3 个百分点, +5.2%, 第 1 位),
// and enumerations by their vocabulary (超额完成 / exceeded / exceeded). The one
// implementation behind fmt::formatter (format.hpp), operator<< (ostream.hpp)
// and the report renderers (report/document.hpp). The core only (Boost.Units
// through units/traits.hpp), no fmt.
#pragma once

#include <plantarget/period.hpp>
#include <plantarget/published.hpp>
#include <plantarget/units/rate.hpp>
#include <plantarget/units/registry.hpp>
#include <plantarget/units/traits.hpp>
#include <plantarget/vocab/vocabulary.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

namespace plantarget {

// Which label a value prints with: Chinese (the default), English, or the
// stable token (enumerations only; a value with a unit reads it as English).
enum class label_form : std::uint8_t { chinese, english, token };

// How to print one value: its decimals (-1: the shortest form up to 6 places)
// and its labels.
struct text_style {
    int decimals = -1;
    label_form form = label_form::chinese;
};

inline constexpr std::string_view not_a_number_text = "n/a";

// Significant digits a report prints at most: a double holds 15 decimal
// digits exactly, so more would be digits the input never had
// (1e41 as 100000000000000000620008645040778319495168).
inline constexpr int max_significant_digits = 15;

// A number at `decimals` places, rounded half away from zero as the report
// rounds (四舍五入). With decimals < 0 the precision is unknown: the shortest
// form up to 6 places, which gives back a figure as it was typed. Never "-0".
// At most 15 significant digits: places beyond them are dropped, and a number
// of 10^15 or more is written with an exponent ("1e+41", "1.5e+20"; scale
// words stop at 万亿, 10^12, so they cannot carry such a number).
inline std::string format_number(double v, int decimals = -1) {
    if (!std::isfinite(v)) return std::string(not_a_number_text);
    const double magnitude = std::abs(v);
    std::array<char, 400> buf{};  // DBL_MAX in fixed notation has 309 digits before the point
    if (magnitude >= 1e15) {
        const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::scientific,
                                     max_significant_digits - 1);
        std::string s(buf.data(), r.ptr);
        const auto e = s.find('e');
        std::string mantissa = s.substr(0, e);
        while (mantissa.back() == '0') mantissa.pop_back();
        if (mantissa.back() == '.') mantissa.pop_back();
        return mantissa + s.substr(e);
    }
    // Digits before the point; the places after them fill up to 15.
    const int integer_digits = magnitude < 1.0 ? 1 : static_cast<int>(std::floor(std::log10(magnitude))) + 1;
    const int max_places = std::max(0, max_significant_digits - integer_digits);
    const int places = std::min({decimals >= 0 ? decimals : 6, 12, max_places});
    const double x = decimals >= 0 ? round_half_up(v, places) : v;
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), x, std::chars_format::fixed, places);
    std::string s(buf.data(), r.ptr);
    if (decimals < 0 && s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    if (!s.empty() && s.front() == '-' && s.find_first_not_of("0.", 1) == std::string::npos) s.erase(0, 1);
    return s;
}

// A difference, with its sign: +1.5, -2, 0.
inline std::string format_signed(double v, int decimals = -1) {
    std::string s = format_number(v, decimals);
    if (s.front() != '-' && s.find_first_not_of("0.") != std::string::npos && s != not_a_number_text) s.insert(0, "+");
    return s;
}

// A number with its unit as reports write it: "3.5 万人", "5.5%", "第 1 位";
// in English "3.5 10^4 persons", "5.5%", "rank 1".
inline std::string with_unit(const std::string& number, const units::unit_descriptor& u,
                             label_form form = label_form::chinese) {
    const bool zh = form == label_form::chinese;
    switch (u.kind()) {
        case units::unit_kind::percent: return number + "%";
        case units::unit_kind::rank: return zh ? "第 " + number + " 位" : u.en() + " " + number;
        default: return number + " " + (zh ? u.zh() : u.en());
    }
}

// A difference of values in `u`, signed: "+28.9 亿元", "-0.3 个百分点", "+2 位"
// (a difference of ranks is a number of places, not a rank).
inline std::string difference_with_unit(double v, int decimals, const units::unit_descriptor& u,
                                        label_form form = label_form::chinese) {
    const std::string n = format_signed(v, decimals);
    if (u.kind() == units::unit_kind::rank)
        return n + " " + (form == label_form::chinese ? u.zh() : u.en());
    return with_unit(n, u, form);
}

// The label of an enumeration value in the chosen form.
template <has_vocabulary E>
constexpr std::string_view label_of(E v, label_form form = label_form::chinese) noexcept {
    switch (form) {
        case label_form::english: return english_of(v);
        case label_form::token: return token_of(v);
        case label_form::chinese: break;
    }
    return chinese_of(v);
}

// The unit a difference of rates is written in (个百分点: "+0.3 个百分点").
inline units::unit_descriptor points_label_unit() { return units::unit_of("个百分点"); }

// ---- the value types ------------------------------------------------------------

template <units::boost_plan_unit U>
std::string text_of(const units::quantity<U>& q, text_style s = {}) {
    return with_unit(format_number(q.value(), s.decimals), units::descriptor_of<U>(), s.form);
}
inline std::string text_of(percent p, text_style s = {}) {
    return with_unit(format_number(p.value(), s.decimals), units::descriptor_of<percent>(), s.form);
}
inline std::string text_of(percentage_points p, text_style s = {}) {
    return difference_with_unit(p.value(), s.decimals, points_label_unit(), s.form);
}
// A growth rate is a change: it shows its sign (+5.2%, -3%).
inline std::string text_of(growth_rate g, text_style s = {}) {
    return with_unit(format_signed(g.in_percent(), s.decimals), units::descriptor_of<growth_rate>(), s.form);
}
inline std::string text_of(rank r, text_style s = {}) {
    return with_unit(std::to_string(r.position()), units::descriptor_of<rank>(), s.form);
}
inline std::string text_of(const period& p, text_style = {}) { return p.to_string(); }
template <has_vocabulary E>
std::string text_of(E v, text_style s = {}) {
    return std::string(label_of(v, s.form));
}
// A number in a run-time unit.
inline std::string text_of(double v, const units::unit_descriptor& u, text_style s = {}) {
    return with_unit(format_number(v, s.decimals), u, s.form);
}

}  // namespace plantarget
