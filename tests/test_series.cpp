// Series of observations by period: ordering, refusal of duplicates, look-up,
// metadata, and the conversions between year-to-date values and single months.
#include <plantarget/series.hpp>

#include <boost/units/quantity.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using namespace plantarget;
namespace pu = plantarget::units;

template <class T>
::testing::AssertionResult defined(const result<T>& r) {
    if (r.ok()) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "undefined: " << describe(r.why());
}

template <class T>
::testing::AssertionResult fails_with(const result<T>& r, reason expected) {
    if (r.ok())
        return ::testing::AssertionFailure() << "defined, expected the reason '" << describe(expected) << "'";
    if (r.why() != expected)
        return ::testing::AssertionFailure()
               << "reason '" << describe(r.why()) << "', expected '" << describe(expected) << "'";
    return ::testing::AssertionSuccess();
}

template <class V>
std::vector<std::string> periods_of(const basic_series<V>& s) {
    std::vector<std::string> out;
    for (const auto& o : s) out.push_back(o.period.to_string());
    return out;
}

template <class V>
std::vector<double> values_of(const basic_series<V>& s) {
    std::vector<double> out;
    for (const auto& o : s) {
        if constexpr (std::is_same_v<V, double>) out.push_back(o.value);
        else out.push_back(o.value.value());
    }
    return out;
}

TEST(Series, AddInAnyOrderIteratesInPeriodOrder) {
    value_series s;
    EXPECT_EQ(s.add(period::year(2025), 268.0), reason::none);
    EXPECT_EQ(s.add(period::year(2023), 210.0), reason::none);
    EXPECT_EQ(s.add(period::year(2024), 240.0), reason::none);
    EXPECT_EQ(s.size(), 3u);
    EXPECT_EQ(periods_of(s), (std::vector<std::string>{"2023", "2024", "2025"}));
    EXPECT_EQ(values_of(s), (std::vector<double>{210.0, 240.0, 268.0}));
}

TEST(Series, PeriodsOfSeveralKindsOrderByEndThenLongerSpanFirst) {
    value_series s;
    ASSERT_EQ(s.add(period::month(2025, 6), 6.0), reason::none);
    ASSERT_EQ(s.add(period::year(2025), 12.0), reason::none);
    ASSERT_EQ(s.add(period::half(2025, 1), 1.0), reason::none);
    ASSERT_EQ(s.add(period::quarter(2025, 2), 2.0), reason::none);
    ASSERT_EQ(s.add(period::year_to_date(2025, 6), 16.0), reason::none);
    ASSERT_EQ(s.add(period::month(2024, 12), 0.0), reason::none);
    // All but one end in June 2025: H1 and 1-6月 start in January (a half before a
    // year-to-date span by kind), then Q2 from April, then June alone; the year
    // ends in December, after them; December 2024 ends first.
    EXPECT_EQ(periods_of(s), (std::vector<std::string>{"2024-12", "2025H1", "2025-01..2025-06", "2025Q2",
                                                        "2025-06", "2025"}));
}

TEST(Series, DuplicatePeriodIsRefusedAndTheSeriesUnchanged) {
    series<pu::yi_yuan_unit> s;
    ASSERT_EQ(s.add(period::year(2025), 91.1 * pu::yi_yuan), reason::none);
    ASSERT_EQ(s.add(period::year(2024), 36.6 * pu::yi_yuan), reason::none);
    EXPECT_EQ(s.add(period::year(2025), 120.0 * pu::yi_yuan), reason::duplicate_period);
    EXPECT_EQ(s.size(), 2u);
    const auto kept = s.at(period::year(2025));
    ASSERT_TRUE(defined(kept));
    EXPECT_EQ(kept->value(), 91.1);
    EXPECT_EQ(values_of(s), (std::vector<double>{36.6, 91.1}));
    // The same months as a year-to-date span are another period, and are accepted.
    EXPECT_EQ(s.add(period::year_to_date(2025, 12), 91.1 * pu::yi_yuan), reason::none);
    EXPECT_EQ(s.size(), 3u);
}

TEST(Series, FindAtAndLatest) {
    value_series s;
    ASSERT_EQ(s.add(period::month(2025, 1), 10.0), reason::none);
    ASSERT_EQ(s.add(period::month(2025, 2), 15.0), reason::none);
    ASSERT_EQ(s.add(period::month(2025, 4), 25.0), reason::none);
    EXPECT_TRUE(s.find(period::month(2025, 3)) == nullptr);
    const auto* feb = s.find(period::month(2025, 2));
    ASSERT_TRUE(feb != nullptr);
    EXPECT_EQ(feb->value, 15.0);
    EXPECT_EQ(feb->period, period::month(2025, 2));
    // A quarter is not its months.
    EXPECT_TRUE(s.find(period::quarter(2025, 1)) == nullptr);
    const auto apr = s.at(period::month(2025, 4));
    ASSERT_TRUE(defined(apr));
    EXPECT_EQ(*apr, 25.0);
    EXPECT_TRUE(fails_with(s.at(period::month(2025, 3)), reason::missing_period));
    // Latest at or before March is February; at April it is April itself; the year
    // 2025 ends in December, so April is the latest within it.
    const auto* by_march = s.latest(period::month(2025, 3));
    ASSERT_TRUE(by_march != nullptr);
    EXPECT_EQ(by_march->period, period::month(2025, 2));
    const auto* by_april = s.latest(period::month(2025, 4));
    ASSERT_TRUE(by_april != nullptr);
    EXPECT_EQ(by_april->value, 25.0);
    const auto* by_year = s.latest(period::year(2025));
    ASSERT_TRUE(by_year != nullptr);
    EXPECT_EQ(by_year->period, period::month(2025, 4));
    // Nothing at or before 2024.
    EXPECT_TRUE(s.latest(period::year(2024)) == nullptr);
}

TEST(Series, EmptySeries) {
    const value_series s;
    EXPECT_TRUE(s.empty());
    EXPECT_EQ(s.size(), 0u);
    EXPECT_TRUE(s.begin() == s.end());
    EXPECT_TRUE(s.find(period::year(2025)) == nullptr);
    EXPECT_TRUE(s.latest(period::year(2025)) == nullptr);
    EXPECT_TRUE(fails_with(s.at(period::year(2025)), reason::missing_period));
}

TEST(Series, TypedSeriesCarriesItsUnit) {
    const series<pu::yi_yuan_unit> money;
    EXPECT_EQ(money.unit().zh(), "亿元");
    EXPECT_EQ(money.unit().kind(), pu::unit_kind::currency);
    EXPECT_EQ(money.unit().scale_exponent(), 8);
    const series<pu::wan<pu::person_visits_unit>> visitors;
    EXPECT_EQ(visitors.unit().zh(), "万人次");
    const series<percent> rates;
    EXPECT_EQ(rates.unit().zh(), "%");
    static_assert(std::is_same_v<series<pu::yi_yuan_unit>::value_type, pu::quantity<pu::yi_yuan_unit>>);
    static_assert(std::is_same_v<series<percent>::value_type, percent>);
}

TEST(Series, ObservationMetaHoldsThePublishedGrowth) {
    series<pu::yi_yuan_unit> s;
    observation_meta meta;
    meta.flags = obs_flag::preliminary | obs_flag::revised;
    meta.decimals = 1;
    meta.published_growth = growth_rate::from_percent(148.7);
    meta.growth_decimals = 1;
    ASSERT_EQ(s.add(period::year(2025), 91.1 * pu::yi_yuan, meta), reason::none);
    ASSERT_EQ(s.add(period::year(2024), 36.6 * pu::yi_yuan), reason::none);
    const auto* o = s.find(period::year(2025));
    ASSERT_TRUE(o != nullptr);
    ASSERT_TRUE(o->meta.published_growth.has_value());
    EXPECT_DOUBLE_EQ(o->meta.published_growth->in_percent(), 148.7);
    EXPECT_EQ(o->meta.growth_decimals, 1);
    EXPECT_EQ(o->meta.decimals, 1);
    EXPECT_TRUE(has_flag(o->meta.flags, obs_flag::preliminary));
    EXPECT_TRUE(has_flag(o->meta.flags, obs_flag::revised));
    EXPECT_FALSE(has_flag(o->meta.flags, obs_flag::estimated));
    // Defaults: no flags, no published precision, no published growth.
    const auto* plain = s.find(period::year(2024));
    ASSERT_TRUE(plain != nullptr);
    EXPECT_FALSE(plain->meta.published_growth.has_value());
    EXPECT_EQ(plain->meta.decimals, -1);
    EXPECT_EQ(plain->meta.growth_decimals, -1);
    EXPECT_EQ(plain->meta.flags, obs_flag::none);
    EXPECT_FALSE(has_flag(plain->meta.flags, obs_flag::preliminary));
}

TEST(Series, MonthsFromYearToDate) {
    value_series ytd;
    // Added out of order on purpose: Jan..Apr 10, 25, 45, 70.
    ASSERT_EQ(ytd.add(period::year_to_date(2025, 3), 45.0), reason::none);
    ASSERT_EQ(ytd.add(period::year_to_date(2025, 1), 10.0), reason::none);
    ASSERT_EQ(ytd.add(period::year_to_date(2025, 4), 70.0), reason::none);
    ASSERT_EQ(ytd.add(period::year_to_date(2025, 2), 25.0), reason::none);
    const auto months = months_from_year_to_date(ytd);
    ASSERT_TRUE(defined(months));
    // 10; 25 - 10 = 15; 45 - 25 = 20; 70 - 45 = 25.
    EXPECT_EQ(periods_of(*months), (std::vector<std::string>{"2025-01", "2025-02", "2025-03", "2025-04"}));
    EXPECT_EQ(values_of(*months), (std::vector<double>{10.0, 15.0, 20.0, 25.0}));
}

TEST(Series, YearToDateFromMonthsAndBack) {
    value_series months;
    ASSERT_EQ(months.add(period::month(2025, 1), 10.0), reason::none);
    ASSERT_EQ(months.add(period::month(2025, 2), 15.0), reason::none);
    ASSERT_EQ(months.add(period::month(2025, 3), 20.0), reason::none);
    ASSERT_EQ(months.add(period::month(2025, 4), 25.0), reason::none);
    const auto ytd = year_to_date_from_months(months);
    ASSERT_TRUE(defined(ytd));
    // 10; 10 + 15 = 25; 25 + 20 = 45; 45 + 25 = 70.
    EXPECT_EQ(periods_of(*ytd), (std::vector<std::string>{"2025-01..2025-01", "2025-01..2025-02",
                                                           "2025-01..2025-03", "2025-01..2025-04"}));
    EXPECT_EQ(values_of(*ytd), (std::vector<double>{10.0, 25.0, 45.0, 70.0}));
    const auto back = months_from_year_to_date(*ytd);
    ASSERT_TRUE(defined(back));
    EXPECT_EQ(periods_of(*back), periods_of(months));
    EXPECT_EQ(values_of(*back), values_of(months));
}

TEST(Series, MonthsFromYearToDateAcrossTwoYears) {
    value_series ytd;
    ASSERT_EQ(ytd.add(period::year_to_date(2024, 1), 8.0), reason::none);
    ASSERT_EQ(ytd.add(period::year_to_date(2024, 2), 20.0), reason::none);
    ASSERT_EQ(ytd.add(period::year_to_date(2025, 1), 10.0), reason::none);
    ASSERT_EQ(ytd.add(period::year_to_date(2025, 2), 25.0), reason::none);
    const auto months = months_from_year_to_date(ytd);
    ASSERT_TRUE(defined(months));
    // January starts afresh each year: 8, 20 - 8 = 12, 10, 25 - 10 = 15.
    EXPECT_EQ(periods_of(*months), (std::vector<std::string>{"2024-01", "2024-02", "2025-01", "2025-02"}));
    EXPECT_EQ(values_of(*months), (std::vector<double>{8.0, 12.0, 10.0, 15.0}));
}

TEST(Series, MonthsFromYearToDateOfTypedQuantitiesKeepTheUnit) {
    series<pu::yi_yuan_unit> ytd;
    ASSERT_EQ(ytd.add(period::year_to_date(2025, 1), 10.0 * pu::yi_yuan), reason::none);
    ASSERT_EQ(ytd.add(period::year_to_date(2025, 2), 25.0 * pu::yi_yuan), reason::none);
    const auto months = months_from_year_to_date(ytd);
    ASSERT_TRUE(defined(months));
    EXPECT_EQ(months->unit().zh(), "亿元");
    // 10; 25 - 10 = 15 (亿元).
    EXPECT_EQ(values_of(*months), (std::vector<double>{10.0, 15.0}));
    const auto again = year_to_date_from_months(*months);
    ASSERT_TRUE(defined(again));
    EXPECT_EQ(again->unit().zh(), "亿元");
    EXPECT_EQ(values_of(*again), (std::vector<double>{10.0, 25.0}));
}

TEST(Series, MonthsFromYearToDateUndefinedCases) {
    // A gap: March is missing between February and April.
    value_series gap;
    ASSERT_EQ(gap.add(period::year_to_date(2025, 1), 10.0), reason::none);
    ASSERT_EQ(gap.add(period::year_to_date(2025, 2), 25.0), reason::none);
    ASSERT_EQ(gap.add(period::year_to_date(2025, 4), 70.0), reason::none);
    EXPECT_TRUE(fails_with(months_from_year_to_date(gap), reason::missing_period));
    // No January: 1-2月 alone does not tell February.
    value_series late;
    ASSERT_EQ(late.add(period::year_to_date(2025, 2), 25.0), reason::none);
    ASSERT_EQ(late.add(period::year_to_date(2025, 3), 45.0), reason::none);
    EXPECT_TRUE(fails_with(months_from_year_to_date(late), reason::missing_period));
    // A new year that starts after January.
    value_series second_year;
    ASSERT_EQ(second_year.add(period::year_to_date(2024, 1), 8.0), reason::none);
    ASSERT_EQ(second_year.add(period::year_to_date(2025, 2), 25.0), reason::none);
    EXPECT_TRUE(fails_with(months_from_year_to_date(second_year), reason::missing_period));
    // A period that is not a year-to-date span.
    value_series mixed;
    ASSERT_EQ(mixed.add(period::year_to_date(2025, 1), 10.0), reason::none);
    ASSERT_EQ(mixed.add(period::month(2025, 2), 15.0), reason::none);
    EXPECT_TRUE(fails_with(months_from_year_to_date(mixed), reason::period_mismatch));
    value_series yearly;
    ASSERT_EQ(yearly.add(period::year(2025), 268.0), reason::none);
    EXPECT_TRUE(fails_with(months_from_year_to_date(yearly), reason::period_mismatch));
}

TEST(Series, YearToDateFromMonthsUndefinedCases) {
    value_series gap;
    ASSERT_EQ(gap.add(period::month(2025, 1), 10.0), reason::none);
    ASSERT_EQ(gap.add(period::month(2025, 3), 20.0), reason::none);
    EXPECT_TRUE(fails_with(year_to_date_from_months(gap), reason::missing_period));
    value_series late;
    ASSERT_EQ(late.add(period::month(2025, 2), 15.0), reason::none);
    EXPECT_TRUE(fails_with(year_to_date_from_months(late), reason::missing_period));
    value_series quarters;
    ASSERT_EQ(quarters.add(period::quarter(2025, 1), 45.0), reason::none);
    EXPECT_TRUE(fails_with(year_to_date_from_months(quarters), reason::period_mismatch));
}

TEST(Series, EmptyConversionsGiveEmptySeries) {
    const value_series none;
    const auto months = months_from_year_to_date(none);
    ASSERT_TRUE(defined(months));
    EXPECT_TRUE(months->empty());
    const auto ytd = year_to_date_from_months(none);
    ASSERT_TRUE(defined(ytd));
    EXPECT_TRUE(ytd->empty());
}

}  // namespace
