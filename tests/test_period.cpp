// Plan periods: the text form of every kind, order, the prior-year and
// neighbouring periods across year ends, the share of the year elapsed, the
// half-open date range, and refusal of malformed text.
#include <plantarget/period.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using plantarget::period;
using plantarget::period_kind;
using plantarget::reason;
using boost::gregorian::date;

period parse_ok(const std::string& text) {
    const auto p = period::parse(text);
    EXPECT_TRUE(p.ok()) << text << ": " << (p.ok() ? std::string() : p.error().to_string());
    return p.ok() ? p.value() : period{};
}

TEST(Period, TextRoundTripsForEveryKind) {
    for (const std::string text : {"2025", "1400", "9999", "2025H1", "2025H2", "2025Q1", "2025Q2", "2025Q3",
                                   "2025Q4", "2025-01", "2025-09", "2025-12", "2025-01..2025-01",
                                   "2025-01..2025-11", "2025-01..2025-12"}) {
        EXPECT_EQ(parse_ok(text).to_string(), text);
    }
}

TEST(Period, ParsedFieldsMatchTheText) {
    const period q3 = parse_ok("2025Q3");
    EXPECT_EQ(q3.kind(), period_kind::quarter);
    EXPECT_EQ(q3.year_number(), 2025);
    EXPECT_EQ(q3.first_month(), 7);  // Q3 = July..September
    EXPECT_EQ(q3.last_month(), 9);
    EXPECT_EQ(q3.index(), 3);
    EXPECT_EQ(q3, period::quarter(2025, 3));

    const period h2 = parse_ok("2025H2");
    EXPECT_EQ(h2.kind(), period_kind::half);
    EXPECT_EQ(h2.first_month(), 7);  // H2 = July..December
    EXPECT_EQ(h2.months(), 6);

    const period ytd = parse_ok("2025-01..2025-11");
    EXPECT_EQ(ytd.kind(), period_kind::year_to_date);
    EXPECT_EQ(ytd.months(), 11);
    EXPECT_EQ(ytd, period::year_to_date(2025, 11));

    EXPECT_EQ(parse_ok("2025-07"), period::month(2025, 7));
    EXPECT_EQ(parse_ok("2025").kind(), period_kind::year);
    EXPECT_EQ(parse_ok("2025").months(), 12);
}

TEST(Period, OrderIsChronologicalByEnd) {
    // Ends: 2024-12, 2025-03, 2025-06, 2025-07, 2025-09, 2025-12, 2026-01
    const std::vector<period> in_order{period::year(2024),    period::quarter(2025, 1), period::half(2025, 1),
                                       period::month(2025, 7), period::quarter(2025, 3), period::year(2025),
                                       period::month(2026, 1)};
    for (std::size_t i = 0; i + 1 < in_order.size(); ++i) {
        EXPECT_LT(in_order[i], in_order[i + 1]) << in_order[i].to_string() << " vs " << in_order[i + 1].to_string();
        EXPECT_GT(in_order[i + 1], in_order[i]);
    }
    EXPECT_NE(period::quarter(2025, 1), period::year_to_date(2025, 3));  // same months, different kinds
    EXPECT_NE(period::year(2025), period::year_to_date(2025, 12));
}

TEST(Period, SamePeriodPriorYear) {
    EXPECT_EQ(period::quarter(2025, 3).same_period_prior_year().value(), period::quarter(2024, 3));
    EXPECT_EQ(period::year_to_date(2025, 11).same_period_prior_year().value(), period::year_to_date(2024, 11));
    EXPECT_EQ(period::month(2025, 1).same_period_prior_year().value(), period::month(2024, 1));
    EXPECT_EQ(period::year(2025).same_period_prior_year().value(), period::year(2024));
    const auto before_first = period::year(period::min_year).same_period_prior_year();
    ASSERT_FALSE(before_first.ok());
    EXPECT_EQ(before_first.why(), reason::missing_period);
}

TEST(Period, PreviousAndNextCrossYearEnds) {
    EXPECT_EQ(period::quarter(2025, 1).previous().value(), period::quarter(2024, 4));
    EXPECT_EQ(period::quarter(2024, 4).next().value(), period::quarter(2025, 1));
    EXPECT_EQ(period::quarter(2025, 2).previous().value(), period::quarter(2025, 1));
    EXPECT_EQ(period::month(2025, 1).previous().value(), period::month(2024, 12));
    EXPECT_EQ(period::month(2024, 12).next().value(), period::month(2025, 1));
    EXPECT_EQ(period::half(2025, 1).previous().value(), period::half(2024, 2));
    EXPECT_EQ(period::half(2025, 2).next().value(), period::half(2026, 1));
    EXPECT_EQ(period::year(2025).previous().value(), period::year(2024));
    EXPECT_EQ(period::year(2025).next().value(), period::year(2026));
    // A year-to-date span steps by one month within its year: 1-11月 -> 1-10月, 1-12月.
    EXPECT_EQ(period::year_to_date(2025, 11).previous().value(), period::year_to_date(2025, 10));
    EXPECT_EQ(period::year_to_date(2025, 11).next().value(), period::year_to_date(2025, 12));
    EXPECT_EQ(period::year_to_date(2025, 1).previous().why(), reason::missing_period);
    EXPECT_EQ(period::year_to_date(2025, 12).next().why(), reason::missing_period);
    // Beyond the years Boost.Date_Time holds
    EXPECT_EQ(period::year(period::max_year).next().why(), reason::missing_period);
    EXPECT_EQ(period::quarter(period::min_year, 1).previous().why(), reason::missing_period);
}

TEST(Period, ElapsedFractionOfYear) {
    EXPECT_DOUBLE_EQ(period::month(2025, 6).elapsed_fraction_of_year(), 0.5);     // 6 / 12
    EXPECT_DOUBLE_EQ(period::quarter(2025, 3).elapsed_fraction_of_year(), 0.75);  // 9 / 12
    EXPECT_DOUBLE_EQ(period::half(2025, 1).elapsed_fraction_of_year(), 0.5);      // 6 / 12
    EXPECT_DOUBLE_EQ(period::year_to_date(2025, 11).elapsed_fraction_of_year(), 11.0 / 12.0);
    EXPECT_DOUBLE_EQ(period::year(2025).elapsed_fraction_of_year(), 1.0);
}

TEST(Period, DatesAreHalfOpen) {
    const auto q1 = period::quarter(2025, 1).dates();
    EXPECT_EQ(q1.begin(), date(2025, 1, 1));
    EXPECT_EQ(q1.end(), date(2025, 4, 1));  // exclusive
    EXPECT_EQ(q1.last(), date(2025, 3, 31));
    EXPECT_EQ(q1.length().days(), 90);  // 31 + 28 + 31
    EXPECT_TRUE(period::quarter(2025, 1).contains(date(2025, 3, 31)));
    EXPECT_FALSE(period::quarter(2025, 1).contains(date(2025, 4, 1)));
    EXPECT_FALSE(period::quarter(2025, 1).contains(date(2024, 12, 31)));

    EXPECT_EQ(period::month(2024, 2).dates().length().days(), 29);  // 2024 is a leap year
    EXPECT_EQ(period::month(2025, 2).dates().length().days(), 28);
    EXPECT_EQ(period::year(2025).dates().length().days(), 365);
    EXPECT_EQ(period::year(2025).dates().end(), date(2026, 1, 1));  // the last period of a year ends in the next
    EXPECT_EQ(period::half(2025, 2).dates().begin(), date(2025, 7, 1));
    EXPECT_EQ(period::year_to_date(2025, 11).dates().end(), date(2025, 12, 1));
}

TEST(Period, MalformedTextFailsNamingTheText) {
    for (const std::string text : {"2025Q5", "2025Q0", "2025-13", "2025H3", "2025H0", "", "2025-00",
                                   "2025-01..2026-02", "2025-02..2025-05", "20255", "abcd", "2025-1", "2025Q",
                                   "2025-01..", "2025-01..2025-13", "1399", "2025 H1", "2025q1"}) {
        const auto p = period::parse(text);
        ASSERT_FALSE(p.ok()) << "'" << text << "' parsed as " << p.value().to_string();
        EXPECT_EQ(p.error().text, text);
        if (!text.empty()) {
            EXPECT_NE(p.error().to_string().find("'" + text + "'"), std::string::npos) << p.error().to_string();
        }
        EXPECT_FALSE(p.error().message.empty());
    }
}

// Plan periods of whole years (2021..2025): text, base year, order, neighbours,
// dates, and the refusals at their edges.
TEST(PeriodPlan, TextRoundTripsAndFields) {
    for (const std::string text : {"2021..2025", "2016..2020", "1400..1401", "9998..9999", "2021..2022"})
        EXPECT_EQ(parse_ok(text).to_string(), text);
    const period plan = parse_ok("2021..2025");
    EXPECT_EQ(plan.kind(), period_kind::years);
    EXPECT_EQ(plan, period::years(2021, 2025).value());
    EXPECT_EQ(plan.first_year(), 2021);
    EXPECT_EQ(plan.year_number(), 2025);  // the year it ends in
    EXPECT_EQ(plan.year_count(), 5);
    EXPECT_EQ(plan.months(), 60);
    EXPECT_EQ(plan.first_month(), 1);
    EXPECT_EQ(plan.last_month(), 12);
    EXPECT_EQ(period::year(2025).year_count(), 1);
    EXPECT_EQ(period::year(2025).first_year(), 2025);
}

TEST(PeriodPlan, BaseIsTheYearBefore) {
    EXPECT_EQ(period::years(2021, 2025)->base_year().value(), period::year(2020));
    EXPECT_EQ(period::year(2025).base_year().value(), period::year(2024));
    EXPECT_EQ(period::years(period::min_year, 1405)->base_year().why(), reason::missing_period);  // 1399 is no year
    EXPECT_EQ(period::quarter(2025, 1).base_year().why(), reason::period_mismatch);
}

TEST(PeriodPlan, ContainsItsYearsAndDates) {
    const period plan = period::years(2021, 2025).value();
    EXPECT_TRUE(plan.contains_year(2021));
    EXPECT_TRUE(plan.contains_year(2025));
    EXPECT_FALSE(plan.contains_year(2020));  // the base year is not in the period
    EXPECT_FALSE(plan.contains_year(2026));
    EXPECT_FALSE(period::quarter(2025, 1).contains_year(2025));  // a quarter holds no whole year
    EXPECT_EQ(plan.dates().begin(), date(2021, 1, 1));
    EXPECT_EQ(plan.dates().end(), date(2026, 1, 1));
    EXPECT_EQ(plan.dates().length().days(), 1826);  // 365 * 5 + 1 (2024 is a leap year)
    EXPECT_TRUE(plan.contains(date(2021, 1, 1)));
    EXPECT_TRUE(plan.contains(date(2025, 12, 31)));
    EXPECT_FALSE(plan.contains(date(2020, 12, 31)));
    EXPECT_FALSE(plan.contains(date(2026, 1, 1)));
}

TEST(PeriodPlan, OrderPriorAndNeighbours) {
    const period plan = period::years(2021, 2025).value();
    // By end, then the longer span first: 2024 < 2021..2025 < 2025 < 2026.
    EXPECT_LT(period::year(2024), plan);
    EXPECT_LT(plan, period::year(2025));
    EXPECT_LT(period::years(2023, 2025).value(), period::year(2025));
    EXPECT_LT(plan, period::years(2023, 2025).value());  // same end, longer first
    EXPECT_LT(plan, period::month(2026, 1));
    EXPECT_NE(plan.span_key(), period::year(2025).span_key());
    EXPECT_NE(plan.span_key(), period::years(2022, 2025)->span_key());
    EXPECT_EQ(period::year(2025).span_key(), 20250112L);  // unchanged for one year
    EXPECT_EQ(plan.same_period_prior_year().value(), period::years(2020, 2024).value());
    EXPECT_EQ(plan.previous().value(), period::years(2016, 2020).value());
    EXPECT_EQ(plan.next().value(), period::years(2026, 2030).value());
    EXPECT_EQ(period::years(1400, 1404)->previous().why(), reason::missing_period);
    EXPECT_EQ(period::years(1400, 1404)->same_period_prior_year().why(), reason::missing_period);
    EXPECT_EQ(period::years(9995, 9999)->next().why(), reason::missing_period);
    EXPECT_EQ(period::years(9990, 9994)->next().value(), period::years(9995, 9999).value());
}

TEST(PeriodPlan, OneYearReversedAndOutOfRangeRefused) {
    EXPECT_EQ(period::years(2025, 2025).why(), reason::invalid_argument);  // one year is period::year
    EXPECT_EQ(period::years(2025, 2021).why(), reason::invalid_argument);
    EXPECT_EQ(period::years(1399, 1405).why(), reason::invalid_argument);
    EXPECT_EQ(period::years(9998, 10000).why(), reason::invalid_argument);
    const auto one = period::parse("2025..2025");
    ASSERT_FALSE(one.ok());
    EXPECT_EQ(one.error().message, "a plan period spans two years or more (one year is written YYYY)");
    EXPECT_EQ(period::parse("2025..2021").error().message, "a plan period ends after it starts");
    EXPECT_EQ(period::parse("2021..10000").error().message, "expected a four-digit year after '..'");
    EXPECT_EQ(period::parse("2021..0999").error().message, "year out of range 1400..9999");
    for (const std::string text : {"2021..", "2021..25", "2021..2025Q1", "2021...2025", "2021..2025-12", "2021.2025"}) {
        const auto p = period::parse(text);
        EXPECT_FALSE(p.ok()) << text << " parsed as " << p.value().to_string();
    }
}

}  // namespace
