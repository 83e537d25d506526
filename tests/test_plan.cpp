// Plans: section order, counts by verdict and commitment, duplicate ids, the
// typed API, and plans built from published figures.
#include <plantarget/from_figures.hpp>
#include <plantarget/plan.hpp>

#include <gtest/gtest.h>

namespace pt = plantarget;
using namespace pt::units;
using pt::period;

TEST(Plan, SectionOrderIsNumeric) {
    EXPECT_TRUE(pt::section_less("1.9", "1.10"));
    EXPECT_TRUE(pt::section_less("1.4.1", "2.1"));
    EXPECT_FALSE(pt::section_less("2.1", "1.4.1"));
    EXPECT_TRUE(pt::section_less("1", "1.1"));
}

TEST(Plan, TypedPlanEvaluatesInSectionOrderWithCounts) {
    pt::plan p;
    pt::indicator<persons_unit> jobs({.id = "jobs", .name_zh = "新增城镇就业", .name_en = "New urban jobs"});
    pt::indicator<pt::percent> unemployment({.id = "unemp", .name_zh = "调查失业率", .name_en = "Surveyed unemployment",
                                             .better = pt::direction::lower_is_better, .kind = pt::nature::rate});
    pt::indicator<trains_unit> trains_ind({.id = "trains", .name_zh = "国际班列", .name_en = "International trains"});
    p.add(jobs);
    p.add(unemployment);
    p.add(trains_ind);
    p.add(pt::at_least(jobs, 3.5 * wan_persons, period::year(2026)), "2.8.1");
    p.add(pt::at_most(unemployment, pt::percent(5.5), period::year(2026)).binding(), "2.8.1");
    p.add(pt::at_least(trains_ind, 3800.0 * trains, period::year(2026)), "2.4.1");
    EXPECT_EQ(p.observe(jobs, period::year(2026), 3.4 * wan_persons), pt::reason::none);
    EXPECT_EQ(p.observe(jobs, period::year(2026), 3.6 * wan_persons), pt::reason::duplicate_period);
    EXPECT_EQ(p.observe(unemployment, period::year(2026), pt::percent(5.6)), pt::reason::none);
    EXPECT_EQ(p.observe(trains_ind, period::year(2026), 3900.0 * trains), pt::reason::none);

    const auto r = p.evaluate(period::year(2026));
    ASSERT_EQ(r.assessments.size(), 3u);
    EXPECT_EQ(r.assessments[0].indicator_id, "trains");  // 2.4.1 before 2.8.1
    EXPECT_EQ(r.assessments[1].indicator_id, "jobs");
    EXPECT_EQ(r.assessments[1].outcome, pt::verdict::not_achieved);  // 34,000 < 35,000
    EXPECT_EQ(r.assessments[2].outcome, pt::verdict::not_achieved);  // 5.6 > 5.5
    EXPECT_EQ(r.count(pt::verdict::exceeded), 1);
    EXPECT_EQ(r.count(pt::verdict::not_achieved), 2);
    EXPECT_EQ(r.count(pt::verdict::not_achieved, pt::commitment::binding), 1);
    EXPECT_EQ(r.count(pt::verdict::not_achieved, pt::commitment::anticipatory), 1);
    EXPECT_FALSE(r.binding_targets_met());
}

// Binding targets come to met, missed or not assessable; one that cannot be
// assessed is counted apart and never read as met, and a miss wins.
TEST(Plan, BindingTargetNotAssessableIsNotMet) {
    pt::plan p;
    pt::indicator<persons_unit> jobs({.id = "jobs", .name_zh = "新增城镇就业"});
    pt::indicator<pt::percent> unemployment({.id = "unemp", .name_zh = "调查失业率",
                                             .better = pt::direction::lower_is_better, .kind = pt::nature::rate});
    p.add(jobs);
    p.add(unemployment);
    p.add(pt::at_least(jobs, 3.5 * wan_persons, period::year(2025)).binding(), "1");
    p.add(pt::at_most(unemployment, pt::percent(5.5), period::year(2025)).binding(), "2");
    ASSERT_EQ(p.observe(jobs, period::year(2025), 3.6 * wan_persons), pt::reason::none);

    auto r = p.evaluate(period::year(2025));  // unemployment has no data
    EXPECT_EQ(r.count(pt::verdict::not_assessable, pt::commitment::binding), 1);
    EXPECT_EQ(r.binding_not_assessable(), 1);
    EXPECT_EQ(r.binding(), pt::binding_status::not_assessable);
    EXPECT_FALSE(r.binding_targets_met());
    EXPECT_EQ(pt::to_string(pt::binding_status::not_assessable), "not_assessable");

    r = p.evaluate(period::year(2024));  // both pending: met
    EXPECT_EQ(r.binding(), pt::binding_status::met);
    EXPECT_TRUE(r.binding_targets_met());

    ASSERT_EQ(p.observe(unemployment, period::year(2025), pt::percent(5.7)), pt::reason::none);
    r = p.evaluate(period::year(2025));
    EXPECT_EQ(r.binding(), pt::binding_status::missed);

    pt::plan q;  // a miss wins over a target without data
    q.add(jobs);
    q.add(unemployment);
    q.add(pt::at_least(jobs, 3.5 * wan_persons, period::year(2025)).binding(), "1");
    q.add(pt::at_most(unemployment, pt::percent(5.5), period::year(2025)).binding(), "2");
    ASSERT_EQ(q.observe(jobs, period::year(2025), 3.4 * wan_persons), pt::reason::none);
    r = q.evaluate(period::year(2025));
    EXPECT_EQ(r.binding(), pt::binding_status::missed);
    EXPECT_EQ(r.binding_not_assessable(), 1);
}

TEST(Plan, DuplicateAndDanglingIdsAreErrors) {
    pt::plan p;
    pt::indicator_info i;
    i.id = "x";
    i.unit = unit_of("元");
    p.add_indicator(i);
    EXPECT_THROW(p.add_indicator(i), std::invalid_argument);
    pt::target_spec t;
    t.id = "t";
    t.indicator_id = "nowhere";
    EXPECT_THROW(p.add_target(t, "1"), std::invalid_argument);
    t.indicator_id = "x";
    p.add_target(t, "1");
    EXPECT_THROW(p.add_target(t, "1"), std::invalid_argument);
}

TEST(Plan, FromFiguresMakesCompoundTargetsAndBoundedObservations) {
    const auto f = [](std::string id, pt::figure_role role, int year, pt::figure_measure m, std::string cmp, double v,
                      int dec, std::string_view unit) {
        pt::published_figure x;
        x.id = std::move(id);
        x.indicator_id = "bond";
        x.section = year == 2025 ? "1.3.2" : "2.4.2";
        x.role = role;
        x.period = period::year(year);
        x.measure = m;
        x.comparator_text = std::move(cmp);
        x.value = {v, dec};
        x.unit = parse_unit(unit).value();
        return x;
    };
    pt::figure_book b;
    b.figures = {f("bond.level.2025", pt::figure_role::actual, 2025, pt::figure_measure::level, "达", 91.1, 1, "亿元"),
                 f("bond.growth.2025", pt::figure_role::actual, 2025, pt::figure_measure::growth, "=", 148.7, 1, "%"),
                 f("bond.level.2026", pt::figure_role::target, 2026, pt::figure_measure::level, "超", 120, 0, "亿元"),
                 f("bond.growth.2026", pt::figure_role::target, 2026, pt::figure_measure::growth, "以上", 50, 0, "%")};
    const pt::plan p = pt::plan_from_figures(b);
    ASSERT_EQ(p.targets().size(), 1u);
    const auto& t = p.targets()[0].spec;
    EXPECT_EQ(t.id, "bond.level.2026");
    ASSERT_EQ(t.conditions.size(), 2u);
    EXPECT_EQ(t.conditions[0].cmp, pt::comparator::more_than);
    EXPECT_EQ(t.conditions[1].what, pt::measure::growth);
    const auto* s = p.series_of("bond");
    ASSERT_NE(s, nullptr);
    const auto* o = s->find(period::year(2025));
    ASSERT_NE(o, nullptr);
    EXPECT_DOUBLE_EQ(o->value, 91.1);
    ASSERT_TRUE(o->meta.published_growth.has_value());
    EXPECT_DOUBLE_EQ(o->meta.published_growth->in_percent(), 148.7);
    const auto r = p.evaluate(period::year(2025));
    EXPECT_EQ(r.assessments[0].outcome, pt::verdict::pending);
    EXPECT_NEAR(r.assessments[0].required_growth->in_percent(), (120.0 / 91.1 - 1.0) * 100.0, 1e-9);
}

// Each flow's own seasonal profile from last year's months (the plancheck
// option --seasonal): 2025's first half carried 40 of 100, so 45 by June 2026
// against 100 for the year is ahead of a seasonal 40 (+5 points of the plan)
// where pro rata expects 50 (-5 points: behind schedule).
TEST(Plan, SeasonalProfileFromLastYearsMonthsOfTheSameSeries) {
    pt::plan p;
    const pt::indicator<persons_unit> visits({.id = "visits", .name_zh = "游客"});
    p.add(visits);
    p.add(pt::at_least(visits, 100.0 * persons, period::year(2026)), "1");
    const double months_2025[12] = {5, 5, 5, 5, 10, 10, 10, 10, 10, 10, 10, 10};  // first half 40
    for (int m = 1; m <= 12; ++m)
        ASSERT_EQ(p.observe(visits, period::month(2025, m), months_2025[m - 1] * persons), pt::reason::none);
    ASSERT_EQ(p.observe(visits, period::year_to_date(2026, 6), 45.0 * persons), pt::reason::none);

    const auto pro_rata = p.evaluate(period::month(2026, 6)).assessments.at(0);
    EXPECT_EQ(pro_rata.outcome, pt::verdict::behind_schedule);
    EXPECT_DOUBLE_EQ(*pro_rata.expected_to_date, 50.0);
    EXPECT_NEAR(pro_rata.schedule_gap->value(), -5.0, 1e-9);
    EXPECT_FALSE(pro_rata.seasonal);

    pt::evaluation_options opt;
    opt.seasonal_from_last_year = true;
    const auto seasonal = p.evaluate(period::month(2026, 6), opt).assessments.at(0);
    EXPECT_EQ(seasonal.outcome, pt::verdict::ahead_of_schedule);
    EXPECT_NEAR(*seasonal.expected_to_date, 40.0, 1e-9);
    EXPECT_NEAR(seasonal.schedule_gap->value(), 5.0, 1e-9);
    EXPECT_TRUE(seasonal.seasonal);
}

// A flow whose last year is incomplete keeps pro rata, and says so.
TEST(Plan, SeasonalProfileNeedsAWholeLastYear) {
    pt::plan p;
    const pt::indicator<persons_unit> visits({.id = "visits", .name_zh = "游客"});
    p.add(visits);
    p.add(pt::at_least(visits, 100.0 * persons, period::year(2026)), "1");
    for (int m = 1; m <= 11; ++m)  // no December 2025
        ASSERT_EQ(p.observe(visits, period::month(2025, m), 5.0 * persons), pt::reason::none);
    ASSERT_EQ(p.observe(visits, period::year_to_date(2026, 6), 45.0 * persons), pt::reason::none);
    pt::evaluation_options opt;
    opt.seasonal_from_last_year = true;
    const auto a = p.evaluate(period::month(2026, 6), opt).assessments.at(0);
    EXPECT_FALSE(a.seasonal);
    EXPECT_DOUBLE_EQ(*a.expected_to_date, 50.0);
}

// Series are kept by the indicator's place, not in a map by id: a pointer
// from series_of stays valid as more indicators are added, and each id still
// finds its own series.
TEST(Plan, SeriesStayPutAsIndicatorsAreAdded) {
    pt::plan p;
    pt::indicator_info first;
    first.id = "first";
    first.unit = pt::units::unit_of("元");
    p.add_indicator(first);
    ASSERT_EQ(p.add_observation("first", period::year(2025), 1.5), pt::reason::none);
    const pt::value_series* kept = p.series_of("first");
    ASSERT_NE(kept, nullptr);
    for (int i = 0; i < 2000; ++i) {
        pt::indicator_info more;
        more.id = "more-" + std::to_string(i);
        more.unit = pt::units::unit_of("人");
        p.add_indicator(more);
        ASSERT_EQ(p.add_observation(more.id, period::year(2025), i), pt::reason::none);
    }
    EXPECT_EQ(p.series_of("first"), kept);
    ASSERT_EQ(kept->size(), 1u);
    EXPECT_EQ(kept->find(period::year(2025))->value, 1.5);
    EXPECT_EQ(p.series_of("more-1234")->find(period::year(2025))->value, 1234.0);
    EXPECT_EQ(p.series_of("missing"), nullptr);
    EXPECT_EQ(p.add_observation("missing", period::year(2025), 1.0), pt::reason::no_data);
    EXPECT_EQ(p.indicator_by_id("more-7")->unit.zh(), "人");
}

// Room made before filling changes nothing a plan holds; room for an
// unknown indicator's observations is nothing.
TEST(Plan, RoomMadeBeforeFillingChangesNothing) {
    pt::plan p;
    p.reserve(3, 2);
    pt::indicator_info i;
    i.id = "jobs";
    i.unit = unit_of("人");
    p.add_indicator(i);
    p.reserve_observations("jobs", 12);
    p.reserve_observations("nowhere", 12);
    EXPECT_EQ(p.series_of("nowhere"), nullptr);
    for (int m = 12; m >= 1; --m) ASSERT_EQ(p.add_observation("jobs", period::month(2025, m), m), pt::reason::none);
    const pt::value_series* s = p.series_of("jobs");
    ASSERT_EQ(s->size(), 12u);
    EXPECT_EQ(s->begin()->period, period::month(2025, 1));  // ordered by period, as without the room
    EXPECT_EQ(p.add_observation("jobs", period::month(2025, 3), 9.0), pt::reason::duplicate_period);
    pt::value_series series(unit_of("人"));
    series.reserve(4);
    EXPECT_TRUE(series.empty());
}
