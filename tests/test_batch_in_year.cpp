// The batch on monitoring data: rows in the year judged by their nature
// (months_covered, natures), about-bands read by a direction per row. The
// expected verdicts and figures are worked by hand in the comments. The
// parallel run is in tests/threads/.
#include <plantarget/batch.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace {

using namespace plantarget;

struct judged {
    verdict outcome;
    reason why;
    double margin;
    double expected;
    reason expected_why;
};

// One row through evaluate_batch, with the in-year columns given.
judged one(measure what, comparator cmp, nature kind, int months, double value, double prior, double x,
           double upper = 0.0, direction better = direction::within_band) {
    std::vector<double> values{value}, priors{prior}, thresholds{x}, uppers{upper};
    std::vector<std::uint8_t> covered{static_cast<std::uint8_t>(months)};
    std::vector<nature> natures{kind};
    std::vector<direction> directions{better};
    std::vector<double> growth(1), margins(1), expected(1);
    std::vector<reason> growth_why(1), why(1), margin_why(1), expected_why(1);
    std::vector<verdict> verdicts(1);
    batch_inputs in{values, priors, thresholds, {}, cmp, uppers, what};
    in.months_covered = covered;
    in.natures = natures;
    in.directions = directions;
    batch_outputs out{growth, growth_why, verdicts, margins, why, margin_why, expected, expected_why};
    EXPECT_EQ(evaluate_batch(in, out), reason::none);
    return {verdicts[0], why[0], margins[0], expected[0], expected_why[0]};
}

TEST(BatchInYear, AFlowIsJudgedProRata) {
    // 100 for the year, six months covered: 50 expected to date. The gap is
    // (a - 50) / 100 in points of the plan, on schedule within ±1 point.
    const auto on = one(measure::level, comparator::at_least, nature::flow, 6, 50.0, 0.0, 100.0);
    EXPECT_EQ(on.outcome, verdict::on_schedule);
    EXPECT_EQ(on.expected_why, reason::none);
    EXPECT_DOUBLE_EQ(on.expected, 50.0);
    EXPECT_DOUBLE_EQ(on.margin, -50.0);  // against the year's 100, as evaluate() reports it
    // Band edges: 51 is +1 point (on schedule), 51.1 beyond; 49 is -1, 48.9 beyond.
    EXPECT_EQ(one(measure::level, comparator::at_least, nature::flow, 6, 51.0, 0.0, 100.0).outcome,
              verdict::on_schedule);
    EXPECT_EQ(one(measure::level, comparator::at_least, nature::flow, 6, 51.1, 0.0, 100.0).outcome,
              verdict::ahead_of_schedule);
    EXPECT_EQ(one(measure::level, comparator::at_least, nature::flow, 6, 49.0, 0.0, 100.0).outcome,
              verdict::on_schedule);
    EXPECT_EQ(one(measure::level, comparator::at_least, nature::flow, 6, 48.9, 0.0, 100.0).outcome,
              verdict::behind_schedule);
    // Three months of 12: 25 expected.
    const auto march = one(measure::level, comparator::at_least, nature::flow, 3, 20.0, 0.0, 100.0);
    EXPECT_DOUBLE_EQ(march.expected, 25.0);
    EXPECT_EQ(march.outcome, verdict::behind_schedule);
}

TEST(BatchInYear, TheNatureDecidesTheSameRow) {
    // 60 by June against "at least 100 for the year": a flow is 10 points
    // ahead of the 50 expected; a stock or a rate stands at 60, short of 100.
    EXPECT_EQ(one(measure::level, comparator::at_least, nature::flow, 6, 60.0, 0.0, 100.0).outcome,
              verdict::ahead_of_schedule);
    for (const nature kind : {nature::stock, nature::rate, nature::average}) {
        SCOPED_TRACE(to_string(kind));
        const auto r = one(measure::level, comparator::at_least, kind, 6, 60.0, 0.0, 100.0);
        EXPECT_EQ(r.outcome, verdict::behind_schedule);
        EXPECT_EQ(r.expected_why, reason::not_applicable);  // no pro rata for a level as it stands
    }
    // A ceiling on a rate: 5.7 % in March against "within 5.5 %" is behind; 5.5 meets it.
    EXPECT_EQ(one(measure::level, comparator::at_most, nature::rate, 3, 5.7, 0.0, 5.5).outcome,
              verdict::behind_schedule);
    EXPECT_EQ(one(measure::level, comparator::at_most, nature::rate, 3, 5.5, 0.0, 5.5).outcome,
              verdict::on_schedule);
    // PM2.5 of 29.4 for January-June against a ceiling of 30: an average as it stands, not a flow.
    EXPECT_EQ(one(measure::level, comparator::at_most, nature::average, 6, 29.4, 0.0, 30.0).outcome,
              verdict::on_schedule);
}

TEST(BatchInYear, AGrowthAgainstTheYearsGrowthTarget) {
    // January-June 104.6 against 100.0 a year earlier: 4.6 %, against "at
    // least 5 %" for the year: -0.4 points, within the ±1 point band.
    EXPECT_EQ(one(measure::growth, comparator::at_least, nature::flow, 6, 104.6, 100.0, 5.0).outcome,
              verdict::on_schedule);
    // 3.9 %: -1.1 points, behind; 6.1 %: +1.1, ahead; 4.0 %: -1.0, the edge, on schedule.
    EXPECT_EQ(one(measure::growth, comparator::at_least, nature::flow, 6, 103.9, 100.0, 5.0).outcome,
              verdict::behind_schedule);
    EXPECT_EQ(one(measure::growth, comparator::at_least, nature::flow, 6, 106.1, 100.0, 5.0).outcome,
              verdict::ahead_of_schedule);
    EXPECT_EQ(one(measure::growth, comparator::at_least, nature::flow, 6, 104.0, 100.0, 5.0).outcome,
              verdict::on_schedule);
}

TEST(BatchInYear, TwelveMonthsIsTheDeadline) {
    // At 12 months the column kernel decides, as without the in-year columns.
    const auto r = one(measure::level, comparator::at_least, nature::flow, 12, 120.0, 0.0, 100.0);
    EXPECT_EQ(r.outcome, verdict::exceeded);
    EXPECT_DOUBLE_EQ(r.margin, 20.0);
    EXPECT_EQ(r.expected_why, reason::not_applicable);
    EXPECT_EQ(one(measure::level, comparator::at_least, nature::stock, 12, 60.0, 0.0, 100.0).outcome,
              verdict::not_achieved);
}

TEST(BatchInYear, OutOfRangeMonthsAndUnknownNaturesAreInvalidRows) {
    for (const int months : {0, 13, 255}) {
        SCOPED_TRACE(months);
        const auto r = one(measure::level, comparator::at_least, nature::flow, months, 50.0, 0.0, 100.0);
        EXPECT_EQ(r.outcome, verdict::not_assessable);
        EXPECT_EQ(r.why, reason::invalid_argument);
    }
    const auto unknown = one(measure::level, comparator::at_least, static_cast<nature>(9), 6, 50.0, 0.0, 100.0);
    EXPECT_EQ(unknown.why, reason::invalid_argument);
}

TEST(BatchInYear, AboutBandsReadByTheRowsDirection) {
    // About 6.5 ± 0.5 at the deadline. 7.2 is beyond the band: a miss for a
    // band indicator, not for one where higher is better (room to spare);
    // 5.8 misses for higher-is-better and is room to spare for lower-is-better.
    const auto at = [](double v, direction d) {
        return one(measure::level, comparator::about, nature::rate, 12, v, 0.0, 6.5, 0.5, d).outcome;
    };
    EXPECT_EQ(at(7.2, direction::within_band), verdict::not_achieved);
    EXPECT_EQ(at(7.2, direction::higher_is_better), verdict::exceeded);
    EXPECT_EQ(at(7.2, direction::lower_is_better), verdict::not_achieved);
    EXPECT_EQ(at(5.8, direction::higher_is_better), verdict::not_achieved);
    EXPECT_EQ(at(5.8, direction::lower_is_better), verdict::exceeded);
    // The band's edge, 7.0, is inside whatever the direction.
    EXPECT_EQ(at(7.0, direction::within_band), verdict::achieved);
    EXPECT_EQ(at(7.0, direction::higher_is_better), verdict::achieved);
}

TEST(BatchInYear, ColumnsOfAnotherLengthAreRefused) {
    std::vector<double> values{1.0, 2.0}, priors{1.0, 1.0}, thresholds{1.0, 1.0};
    std::vector<std::uint8_t> covered{6};
    std::vector<verdict> verdicts(2);
    batch_inputs in{values, priors, thresholds};
    in.months_covered = covered;
    batch_outputs out;
    out.verdicts = verdicts;
    EXPECT_EQ(evaluate_batch(in, out), reason::invalid_argument);
    in.months_covered = {};
    in.on_schedule_band_pp = -1.0;
    EXPECT_EQ(evaluate_batch(in, out), reason::invalid_argument);
}

}  // namespace
