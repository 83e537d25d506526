// In-year schedules decided in decimal, and a range read as its two bounds.
// A flow's year to date against the pro-rata plan is on schedule within the
// band (1 point by default), its edges included, whatever the binary digits
// of the gap; between(X, Y) in the year gives what all_of(>= X, <= Y) gives.
#include <plantarget/from_figures.hpp>
#include <plantarget/io/figures_csv.hpp>

#include <gtest/gtest.h>

#include <string>

namespace {

namespace pt = plantarget;

pt::verdict as_of(const std::string& rows, const char* when) {
    pt::io::figure_book_builder b;
    pt::io::add_figures_csv(b, "id,indicator,name_zh,role,period,measure,comparator,value,unit,quote\n" + rows, "f.csv");
    auto book = b.finish();
    EXPECT_TRUE(book.ok()) << (book.ok() ? "" : book.error().to_string());
    const pt::plan p = pt::plan_from_figures(book.value());
    const auto r = p.evaluate(pt::period::parse(when).value());
    EXPECT_EQ(r.assessments.size(), 1u);
    return r.assessments.at(0).outcome;
}

std::string jobs_by_march(const char* ytd) {
    return std::string("t,jobs,新增就业,target,2026,level,以上,3.5,万人,\n") + "a,jobs,新增就业,actual,2026-01..2026-03,level,," +
           ytd + ",万人,\n";
}

TEST(ScheduleInDecimal, TheBandsEdgesAreOnSchedule) {
    // 3.5 x 3/12 = 0.875 expected; 1 point of 3.5 is 0.035.
    EXPECT_EQ(as_of(jobs_by_march("0.84"), "2026-03"), pt::verdict::on_schedule);  // exactly 1 point behind
    EXPECT_EQ(as_of(jobs_by_march("0.83"), "2026-03"), pt::verdict::behind_schedule);
    EXPECT_EQ(as_of(jobs_by_march("0.91"), "2026-03"), pt::verdict::on_schedule);  // exactly 1 point ahead
    EXPECT_EQ(as_of(jobs_by_march("0.92"), "2026-03"), pt::verdict::ahead_of_schedule);
    EXPECT_EQ(as_of(jobs_by_march("0.875"), "2026-03"), pt::verdict::on_schedule);
}

std::string output_by_june(const std::string& target_rows, const char* ytd) {
    return target_rows + "a,out,产值,actual,2026-01..2026-06,level,," + ytd + ",亿元,\n";
}

TEST(ScheduleInDecimal, ARangeInTheYearIsItsTwoBounds) {
    const std::string range = "t,out,产值,target,2026,level,–,100..120,亿元,\n";
    const std::string both = "t1,out,产值,target,2026,level,以上,100,亿元,\nt2,out,产值,target,2026,level,以内,120,亿元,\n";
    // By June 50..60 is expected: 40 is behind the low end, 70 beyond the high end.
    for (const char* ytd : {"40", "49", "50", "55", "60", "61", "70"}) {
        SCOPED_TRACE(ytd);
        EXPECT_EQ(as_of(output_by_june(range, ytd), "2026-06"), as_of(output_by_june(both, ytd), "2026-06"));
    }
    EXPECT_EQ(as_of(output_by_june(range, "40"), "2026-06"), pt::verdict::behind_schedule);
    EXPECT_EQ(as_of(output_by_june(range, "70"), "2026-06"), pt::verdict::behind_schedule);
}

}  // namespace

#include <plantarget/batch.hpp>

#include <vector>

namespace {

// The batch, as evaluate(): a real growth is not computed from levels.
TEST(BatchPriceBasis, RealGrowthRowsSayPriceBasis) {
    const std::vector<double> values{106.0, 110.0}, priors{100.0, 100.0}, thresholds{5.0, 5.0};
    std::vector<pt::verdict> verdicts(2);
    std::vector<pt::reason> why(2), growth_why(2);
    std::vector<double> growth(2, -1.0);
    pt::batch_inputs in{values, priors, thresholds};
    in.what = pt::measure::growth;
    ASSERT_EQ(pt::evaluate_batch(in, {growth, growth_why, verdicts, {}, why}), pt::reason::none);
    EXPECT_EQ(verdicts[0], pt::verdict::achieved);
    in.basis = pt::price_basis::real;
    ASSERT_EQ(pt::evaluate_batch(in, {growth, growth_why, verdicts, {}, why}), pt::reason::none);
    EXPECT_EQ(verdicts, (std::vector<pt::verdict>{pt::verdict::not_assessable, pt::verdict::not_assessable}));
    EXPECT_EQ(why[1], pt::reason::price_basis);
    EXPECT_EQ(growth_why[0], pt::reason::price_basis);
}

}  // namespace
