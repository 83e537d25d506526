// The date a report's text says it was delivered or published: the first
// "YYYY年M月D日" in its opening lines (——2011年3月5日在第十一届全国人民代表大会…).
// A book of figures extracted from the text carries it as its publication
// date (books.hpp), so that reports of several years are ordered by when they
// were published, not by the latest figure the extractor read.
#pragma once

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cstddef>
#include <exception>
#include <optional>
#include <string_view>

namespace plantarget::io {

// Lines a title page takes: the date stands under the title.
inline constexpr std::size_t report_date_lines = 8;

namespace report_date_detail {
// Reads ASCII or full-width digits at `i`; advances `i`.
inline std::optional<int> digits_at(std::string_view s, std::size_t& i, std::size_t max_digits) {
    int v = 0;
    std::size_t n = 0;
    while (n < max_digits && i < s.size()) {
        if (s[i] >= '0' && s[i] <= '9') {
            v = v * 10 + (s[i] - '0');
            ++i;
        } else if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xEF &&
                   static_cast<unsigned char>(s[i + 1]) == 0xBC && static_cast<unsigned char>(s[i + 2]) >= 0x90 &&
                   static_cast<unsigned char>(s[i + 2]) <= 0x99) {  // U+FF10..U+FF19
            v = v * 10 + (static_cast<unsigned char>(s[i + 2]) - 0x90);
            i += 3;
        } else {
            break;
        }
        ++n;
    }
    if (n == 0) return std::nullopt;
    return v;
}
inline bool word_at(std::string_view s, std::size_t& i, std::string_view w) {
    if (s.substr(i, w.size()) != w) return false;
    i += w.size();
    return true;
}
}  // namespace report_date_detail

// The first full date (year, month and day) in the first report_date_lines
// lines; nullopt when there is none or it is no calendar date.
inline std::optional<boost::gregorian::date> report_date(std::string_view text) {
    using namespace report_date_detail;
    std::size_t lines = 0, end = 0;
    while (end < text.size() && lines < report_date_lines) {
        if (text[end] == '\n') ++lines;
        ++end;
    }
    const std::string_view head = text.substr(0, end);
    for (std::size_t start = 0; start < head.size(); ++start) {
        std::size_t i = start;
        const auto y = digits_at(head, i, 4);
        if (!y || *y < 1900 || !word_at(head, i, "年")) continue;
        const auto m = digits_at(head, i, 2);
        if (!m || !word_at(head, i, "月")) continue;
        const auto d = digits_at(head, i, 2);
        if (!d || !word_at(head, i, "日")) continue;
        try {
            return boost::gregorian::date(static_cast<unsigned short>(*y), static_cast<unsigned short>(*m),
                                          static_cast<unsigned short>(*d));
        } catch (const std::exception&) {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

}  // namespace plantarget::io
