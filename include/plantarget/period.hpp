// Plan periods on Boost.Date_Time: a year, a half-year (上半年), a quarter, a
// month, a year-to-date span (1-m月累计), or a plan period of whole years
// (“十四五”, 2021..2025). Text form, one per kind, that round-trips: 2025,
// 2025H1, 2025Q3, 2025-07, 2025-01..2025-11, 2021..2025.
#pragma once

#include <plantarget/error.hpp>
#include <plantarget/result.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <charconv>
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace plantarget {

// `years`: a plan period of two or more whole years (2021..2025); one year is `year`.
enum class period_kind : std::uint8_t { year, half, quarter, month, year_to_date, years };

class period {
public:
    // Years outside this range are refused: Boost's greg_year holds 1400..9999.
    static constexpr int min_year = 1400;
    static constexpr int max_year = 9999;

    // The year 2000; exists so that periods can sit in arrays and results.
    constexpr period() = default;

    static constexpr period year(int y) { return period(period_kind::year, y, 1, 12); }
    static constexpr period half(int y, int h) { return period(period_kind::half, y, 6 * h - 5, 6 * h); }
    static constexpr period quarter(int y, int q) { return period(period_kind::quarter, y, 3 * q - 2, 3 * q); }
    static constexpr period month(int y, int m) { return period(period_kind::month, y, m, m); }
    // January to the end of month m (1-m月累计).
    static constexpr period year_to_date(int y, int end_month) {
        return period(period_kind::year_to_date, y, 1, end_month);
    }
    // The whole years first..last (a five-year plan: 2021..2025). Two years at
    // least: a single year has one form, year(y). Reversed or out-of-range years
    // are an invalid argument.
    static constexpr result<period> years(int first, int last) {
        if (first < min_year || last > max_year || first >= last) return reason::invalid_argument;
        return period(first, last);
    }

    [[nodiscard]] constexpr period_kind kind() const { return kind_; }
    // The year the period ends in: the last year of a plan period.
    [[nodiscard]] constexpr int year_number() const { return year_; }
    // The year it starts in: year_number() but for a plan period (2021 of 2021..2025).
    [[nodiscard]] constexpr int first_year() const { return first_year_; }
    // Whole years of a plan period (5 for 2021..2025); 1 for a year.
    [[nodiscard]] constexpr int year_count() const { return year_ - first_year_ + 1; }
    // Months within the first year and within the last: 1 and 12 for a year and a plan period.
    [[nodiscard]] constexpr int first_month() const { return first_; }
    [[nodiscard]] constexpr int last_month() const { return last_; }
    [[nodiscard]] constexpr int months() const { return (year_ - first_year_) * 12 + last_ - first_ + 1; }
    // The base of a plan period is the year before it (2020 for 2021..2025);
    // of a year, the prior year.
    [[nodiscard]] constexpr result<period> base_year() const {
        if (kind_ != period_kind::year && kind_ != period_kind::years) return reason::period_mismatch;
        if (first_year_ - 1 < min_year) return reason::missing_period;
        return year(first_year_ - 1);
    }
    // The whole year y lies in this year or plan period: 2023 in 2021..2025.
    [[nodiscard]] constexpr bool contains_year(int y) const {
        return (kind_ == period_kind::year || kind_ == period_kind::years) && first_year_ <= y && y <= year_;
    }
    // 1-based index within the year: H2 -> 2, Q3 -> 3, month 7 -> 7, YTD to 11 -> 11.
    [[nodiscard]] constexpr int index() const {
        switch (kind_) {
            case period_kind::half: return last_ / 6;
            case period_kind::quarter: return last_ / 3;
            case period_kind::month:
            case period_kind::year_to_date: return last_;
            case period_kind::year:
            case period_kind::years: return 1;
        }
        return 1;
    }

    // First day, and the day after the last: Date_Time's half-open date_period.
    [[nodiscard]] boost::gregorian::date_period dates() const {
        using boost::gregorian::date;
        const date begin(static_cast<unsigned short>(first_year_), static_cast<unsigned short>(first_), 1);
        const date last_day = date(static_cast<unsigned short>(year_), static_cast<unsigned short>(last_), 1).end_of_month();
        return {begin, last_day + boost::gregorian::days(1)};
    }
    [[nodiscard]] bool contains(boost::gregorian::date d) const { return dates().contains(d); }

    // The same period of the prior year (同比).
    [[nodiscard]] constexpr result<period> same_period_prior_year() const {
        if (first_year_ - 1 < min_year) return reason::missing_period;
        if (kind_ == period_kind::years) return period(first_year_ - 1, year_ - 1);
        return period(kind_, year_ - 1, first_, last_);
    }
    // The previous period of the same length (环比): 2025Q1 -> 2024Q4. A
    // year-to-date span gives the span one month shorter (whose difference is
    // the single month); January's has none.
    [[nodiscard]] constexpr result<period> previous() const {
        if (kind_ == period_kind::year_to_date) {
            if (last_ == 1) return reason::missing_period;
            return year_to_date(year_, last_ - 1);
        }
        if (kind_ == period_kind::years) {  // 2021..2025 -> 2016..2020
            if (first_year_ - year_count() < min_year) return reason::missing_period;
            return period(first_year_ - year_count(), first_year_ - 1);
        }
        const int len = months();
        if (first_ - len >= 1) return period(kind_, year_, first_ - len, last_ - len);
        if (year_ - 1 < min_year) return reason::missing_period;
        return period(kind_, year_ - 1, first_ - len + 12, last_ - len + 12);
    }
    // The next period of the same length; YTD grows by one month.
    [[nodiscard]] constexpr result<period> next() const {
        if (kind_ == period_kind::year_to_date) {
            if (last_ == 12) return reason::missing_period;
            return year_to_date(year_, last_ + 1);
        }
        if (kind_ == period_kind::years) {  // 2021..2025 -> 2026..2030
            if (year_ + year_count() > max_year) return reason::missing_period;
            return period(year_ + 1, year_ + year_count());
        }
        const int len = months();
        if (last_ + len <= 12) return period(kind_, year_, first_ + len, last_ + len);
        if (year_ + 1 > max_year) return reason::missing_period;
        return period(kind_, year_ + 1, first_ + len - 12, last_ + len - 12);
    }
    // How much of the year has passed at the period's end: 2025-06 -> 0.5.
    [[nodiscard]] constexpr double elapsed_fraction_of_year() const { return last_ / 12.0; }

    [[nodiscard]] std::string to_string() const {
        const std::string y = std::to_string(year_);
        switch (kind_) {
            case period_kind::year: return y;
            case period_kind::half: return y + "H" + std::to_string(index());
            case period_kind::quarter: return y + "Q" + std::to_string(index());
            case period_kind::month: return y + "-" + two_digits(last_);
            case period_kind::year_to_date: return y + "-01.." + y + "-" + two_digits(last_);
            case period_kind::years: return std::to_string(first_year_) + ".." + y;
        }
        return y;
    }

    // Chronological by end, then the longer span first, then by kind.
    constexpr std::strong_ordering operator<=>(const period& o) const {
        if (auto c = year_ <=> o.year_; c != 0) return c;
        if (auto c = last_ <=> o.last_; c != 0) return c;
        if (auto c = first_year_ <=> o.first_year_; c != 0) return c;  // earlier start = longer span
        if (auto c = first_ <=> o.first_; c != 0) return c;  // earlier start = longer span
        return static_cast<int>(kind_) <=> static_cast<int>(o.kind_);
    }
    constexpr bool operator==(const period&) const = default;
    // The same months of the same year, however written: 2025 and
    // 2025-01..2025-12, 2025-01 and 2025-01..2025-01, 2025Q1 and
    // 2025-01..2025-03. A figure for one is a figure for the other.
    [[nodiscard]] constexpr bool same_months(const period& o) const { return span_key() == o.span_key(); }
    // A key equal for two periods exactly when they are the same months: to
    // index figures by period whatever its text (yyyyffll; a plan period adds
    // its extra years times 10^8, so 2021..2025 is 4'2025'01'12).
    [[nodiscard]] constexpr long span_key() const {
        return (year_ - first_year_) * 100'000'000L + (year_ * 100L + first_) * 100L + last_;
    }

    // Parses the text form; never throws, never returns a wrong period.
    static parsed<period> parse(std::string_view text) noexcept;

private:
    constexpr period(period_kind k, int y, int first, int last)
        : kind_(k), year_(y), first_year_(y), first_(first), last_(last) {}
    constexpr period(int first_year, int last_year)
        : kind_(period_kind::years), year_(last_year), first_year_(first_year), first_(1), last_(12) {}
    // Built by appending: g++ 12 at -O3 warns falsely (-Wrestrict) on "0" + std::string.
    static std::string two_digits(int m) {
        std::string s;
        if (m < 10) s.push_back('0');
        s.append(std::to_string(m));
        return s;
    }

    period_kind kind_ = period_kind::year;
    int year_ = 2000;
    int first_year_ = 2000;  // year_ but for a plan period
    int first_ = 1;
    int last_ = 12;
};

namespace detail {
// Reads exactly `digits` ASCII digits at the front of s.
constexpr bool read_fixed(std::string_view& s, std::size_t digits, int& out) {
    if (s.size() < digits) return false;
    int v = 0;
    for (std::size_t i = 0; i < digits; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    s.remove_prefix(digits);
    return true;
}
}  // namespace detail

inline parsed<period> period::parse(std::string_view text) noexcept {
    try {
        const auto fail = [&](const char* why) { return parse_error{why, std::string(text)}; };
        std::string_view s = text;
        while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
        while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
        if (s.empty()) return parse_error{"empty period", std::string(text)};
        int y = 0;
        if (!detail::read_fixed(s, 4, y)) return fail("a period starts with a four-digit year");
        if (y < min_year || y > max_year) return fail("year out of range 1400..9999");
        if (s.empty()) return period::year(y);
        if (s.substr(0, 2) == "..") {  // a plan period: 2021..2025
            s.remove_prefix(2);
            int y2 = 0;
            if (!detail::read_fixed(s, 4, y2) || !s.empty()) return fail("expected a four-digit year after '..'");
            if (y2 < min_year || y2 > max_year) return fail("year out of range 1400..9999");
            if (y2 < y) return fail("a plan period ends after it starts");
            if (y2 == y) return fail("a plan period spans two years or more (one year is written YYYY)");
            return period(y, y2);
        }
        if (s.front() == 'H' || s.front() == 'Q') {
            const char k = s.front();
            s.remove_prefix(1);
            int i = 0;
            if (!detail::read_fixed(s, 1, i) || !s.empty()) return fail("expected one digit after H or Q");
            if (k == 'H') {
                if (i < 1 || i > 2) return fail("half-year must be H1 or H2");
                return period::half(y, i);
            }
            if (i < 1 || i > 4) return fail("quarter must be Q1 to Q4");
            return period::quarter(y, i);
        }
        if (s.front() != '-') return fail("expected H, Q or -MM after the year");
        s.remove_prefix(1);
        int m = 0;
        if (!detail::read_fixed(s, 2, m)) return fail("expected a two-digit month");
        if (m < 1 || m > 12) return fail("month must be 01 to 12");
        if (s.empty()) return period::month(y, m);
        if (s.substr(0, 2) != "..") return fail("expected '..' in a year-to-date span");
        s.remove_prefix(2);
        if (m != 1) return fail("a year-to-date span starts in January");
        int y2 = 0;
        int m2 = 0;
        if (!detail::read_fixed(s, 4, y2) || s.empty() || s.front() != '-') return fail("expected YYYY-MM after '..'");
        s.remove_prefix(1);
        if (!detail::read_fixed(s, 2, m2) || !s.empty()) return fail("expected YYYY-MM after '..'");
        if (y2 != y) return fail("a year-to-date span ends in its own year");
        if (m2 < 1 || m2 > 12) return fail("month must be 01 to 12");
        return period::year_to_date(y, m2);
    } catch (...) {
        // Only allocation can throw here; report it rather than escape noexcept.
        return parse_error{"out of memory while parsing a period", {}};
    }
}

}  // namespace plantarget
