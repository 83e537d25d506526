// fmt::formatter for every value type of the library, on the text of
// text.hpp (the one implementation operator<< also uses). A format spec is
// [.decimals][zh|en|t]:
//
//     fmt::format("{}", 262.745 * yi_yuan)        // 262.745 亿元 (shortest form, Chinese)
//     fmt::format("{:.1}", plan)                  // 262.7 亿元 (rounded 四舍五入)
//     fmt::format("{:.1en}", plan)                // 262.7 10^8 yuan
//     fmt::format("{}", verdict::exceeded)        // 超额完成
//     fmt::format("{:en}", verdict::exceeded)     // exceeded
//     fmt::format("{:t}", verdict::not_achieved)  // not_achieved (the stable token)
//
// Needs fmt only (the core needs Boost alone and does not include this);
// see docs/formatting.md.
#pragma once

#include <plantarget/assessment_units.hpp>
#include <plantarget/text.hpp>

#include <boost/units/quantity.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace plantarget::detail {

// Parses [.decimals][zh|en|t] into a text_style.
template <class T>
struct text_formatter {
    text_style style{};

    constexpr auto parse(fmt::format_parse_context& ctx) -> decltype(ctx.begin()) {
        auto it = ctx.begin();
        const auto end = ctx.end();
        if (it != end && *it == '.') {
            ++it;
            if (it == end || *it < '0' || *it > '9') throw fmt::format_error("plantarget: expected decimals after '.'");
            int d = 0;
            while (it != end && *it >= '0' && *it <= '9' && d < 100) d = d * 10 + (*it++ - '0');
            style.decimals = d;
        }
        const auto rest = [&](const char* word) {
            auto p = it;
            for (; *word != '\0'; ++word, ++p)
                if (p == end || *p != *word) return false;
            it = p;
            return true;
        };
        if (rest("zh")) style.form = label_form::chinese;
        else if (rest("en")) style.form = label_form::english;
        else if (rest("t")) style.form = label_form::token;
        if (it != end && *it != '}') throw fmt::format_error("plantarget: a format spec is [.decimals][zh|en|t]");
        return it;
    }

    template <class FormatContext>
    auto format(const T& v, FormatContext& ctx) const -> decltype(ctx.out()) {
        const std::string s = text_of(v, style);
        return std::copy(s.begin(), s.end(), ctx.out());
    }
};

}  // namespace plantarget::detail

template <>
struct fmt::formatter<plantarget::percent> : plantarget::detail::text_formatter<plantarget::percent> {};
template <>
struct fmt::formatter<plantarget::percentage_points>
    : plantarget::detail::text_formatter<plantarget::percentage_points> {};
template <>
struct fmt::formatter<plantarget::growth_rate> : plantarget::detail::text_formatter<plantarget::growth_rate> {};
template <>
struct fmt::formatter<plantarget::rank> : plantarget::detail::text_formatter<plantarget::rank> {};
template <>
struct fmt::formatter<plantarget::period> : plantarget::detail::text_formatter<plantarget::period> {};
template <>
struct fmt::formatter<plantarget::amount> : plantarget::detail::text_formatter<plantarget::amount> {};
template <>
struct fmt::formatter<plantarget::assessment> : plantarget::detail::text_formatter<plantarget::assessment> {};
template <plantarget::has_vocabulary E>
struct fmt::formatter<E> : plantarget::detail::text_formatter<E> {};
template <plantarget::units::boost_plan_unit U>
struct fmt::formatter<boost::units::quantity<U, double>>
    : plantarget::detail::text_formatter<boost::units::quantity<U, double>> {};
