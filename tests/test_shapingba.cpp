// The Shapingba example: the typed program (examples/shapingba) against the
// data files read by io::read_figures_csv_files, the report's own arithmetic
// worked by hand, every figure against the seed text, and the audit's findings.
#include "../examples/shapingba/shapingba_plan.hpp"

#include <plantarget/audit.hpp>
#include <plantarget/from_figures.hpp>
#include <plantarget/growth.hpp>
#include <plantarget/io/figures_csv.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace pt = plantarget;
using namespace pt::units;
using pt::period;

namespace {

const pt::figure_book& data_book() {
    static const pt::figure_book book = [] {
        const std::filesystem::path dir = PLANTARGET_SHAPINGBA_DATA;
        auto read = pt::io::read_figures_csv_files(dir / "figures.csv", dir / "relations.csv");
        if (!read) ADD_FAILURE() << read.error().to_string();
        return read ? read.value() : pt::figure_book{};
    }();
    return book;
}
const pt::figure_book& typed_book() {
    static const pt::figure_book book = build_shapingba_figures();
    return book;
}
const pt::plan& typed_plan() {
    static const pt::plan p = build_shapingba_plan();
    return p;
}

const pt::published_figure& figure(const pt::figure_book& b, const std::string& id) {
    const pt::published_figure* f = b.find(id);
    if (f == nullptr) throw std::out_of_range("no figure " + id);
    return *f;
}

void expect_same(const pt::result<double>& a, const pt::result<double>& b, const std::string& what) {
    ASSERT_EQ(a.ok(), b.ok()) << what;
    if (a.ok()) {
        EXPECT_DOUBLE_EQ(*a, *b) << what;
    } else {
        EXPECT_EQ(a.why(), b.why()) << what;
    }
}

}  // namespace

// ---- the typed program and the data files describe one report ---------------

TEST(ShapingbaExample, TypedFigureBookIsTheDataFiles) {
    const auto& typed = typed_book();
    const auto& data = data_book();
    ASSERT_EQ(typed.figures.size(), 268u);  // rows of figures.csv, counted: 269 lines less the header
    ASSERT_EQ(data.figures.size(), typed.figures.size());
    for (std::size_t i = 0; i < typed.figures.size(); ++i) {
        const auto& t = typed.figures[i];
        const auto& d = data.figures[i];
        SCOPED_TRACE(t.id);
        EXPECT_EQ(t.id, d.id);
        EXPECT_EQ(t.indicator_id, d.indicator_id);
        EXPECT_EQ(t.section, d.section);
        EXPECT_EQ(t.name_zh, d.name_zh);
        EXPECT_EQ(t.name_en, d.name_en);
        EXPECT_EQ(t.role, d.role);
        EXPECT_EQ(t.period, d.period);
        EXPECT_EQ(t.measure, d.measure);
        EXPECT_EQ(t.comparator_text, d.comparator_text);
        EXPECT_EQ(t.has_value, d.has_value);
        EXPECT_DOUBLE_EQ(t.value.value, d.value.value);
        EXPECT_EQ(t.value.decimals, d.value.decimals);
        EXPECT_TRUE(t.unit == d.unit) << t.unit.zh() << " vs " << d.unit.zh();  // 名 is 人, 项 is 个
        EXPECT_EQ(t.quote, d.quote);
    }
    ASSERT_EQ(typed.relations.size(), 51u);  // rows of relations.csv
    ASSERT_EQ(data.relations.size(), typed.relations.size());
    for (std::size_t i = 0; i < typed.relations.size(); ++i) {
        const auto& t = typed.relations[i];
        const auto& d = data.relations[i];
        SCOPED_TRACE(t.id);
        EXPECT_EQ(t.id, d.id);
        EXPECT_EQ(t.kind, d.kind);
        EXPECT_EQ(t.result, d.result);
        EXPECT_EQ(t.operands, d.operands);
        EXPECT_EQ(t.note, d.note);
    }
}

TEST(ShapingbaExample, TypedPlanIsThePlanFromTheDataFiles) {
    const pt::plan& typed = typed_plan();
    const pt::plan data = pt::plan_from_figures(data_book());
    // The data files state no nature, direction or price basis: the rule of
    // indicator_traits.hpp gives what the typed plan states (pm25 an average
    // by its unit and lower is better through 降至28以下; safety accidents
    // lower is better by 事故; GDP and value added real by their names).
    // Nothing is left that the typed plan states and the rule cannot find.
    const std::set<std::string> lower_is_better_without_target{};
    const std::map<std::string, pt::nature> nature_stated{};

    ASSERT_EQ(typed.indicators().size(), data.indicators().size());
    for (std::size_t i = 0; i < typed.indicators().size(); ++i) {
        const auto& t = typed.indicators()[i];
        const auto& d = data.indicators()[i];
        SCOPED_TRACE(t.id);
        EXPECT_EQ(t.id, d.id);  // same order: first mention in the report
        EXPECT_EQ(t.name_zh, d.name_zh);
        EXPECT_EQ(t.name_en, d.name_en);
        EXPECT_TRUE(t.unit == d.unit) << t.unit.zh() << " vs " << d.unit.zh();
        if (lower_is_better_without_target.count(t.id) != 0) {
            EXPECT_EQ(t.better, pt::direction::lower_is_better);
            EXPECT_EQ(d.better, pt::direction::higher_is_better);
        } else {
            EXPECT_EQ(t.better, d.better);
        }
        if (const auto it = nature_stated.find(t.id); it != nature_stated.end()) {
            EXPECT_EQ(t.kind, it->second);
            EXPECT_NE(d.kind, it->second);
        } else {
            EXPECT_EQ(t.kind, d.kind);
        }
        EXPECT_EQ(t.basis, d.basis);

        const auto& ts = *typed.series_of(t.id);
        const auto& ds = *data.series_of(t.id);
        ASSERT_EQ(ts.size(), ds.size());
        for (auto a = ts.begin(), b = ds.begin(); a != ts.end(); ++a, ++b) {
            EXPECT_EQ(a->period, b->period);
            EXPECT_EQ(a->meta.growth_only, b->meta.growth_only);
            if (!a->meta.growth_only) {
                EXPECT_DOUBLE_EQ(a->value, b->value);  // a growth alone has no level
            }
            EXPECT_EQ(a->meta.bound, b->meta.bound);
            EXPECT_EQ(a->meta.decimals, b->meta.decimals);
            ASSERT_EQ(a->meta.published_growth.has_value(), b->meta.published_growth.has_value());
            if (a->meta.published_growth) {
                EXPECT_DOUBLE_EQ(a->meta.published_growth->fraction(), b->meta.published_growth->fraction());
                EXPECT_EQ(a->meta.growth_decimals, b->meta.growth_decimals);
            }
        }
    }

    ASSERT_EQ(typed.targets().size(), data.targets().size());
    for (std::size_t i = 0; i < typed.targets().size(); ++i) {
        const auto& t = typed.targets()[i];
        const auto& d = data.targets()[i];
        SCOPED_TRACE(t.spec.id);
        EXPECT_EQ(t.spec.id, d.spec.id);
        EXPECT_EQ(t.section, d.section);
        EXPECT_EQ(t.spec.indicator_id, d.spec.indicator_id);
        EXPECT_EQ(t.spec.deadline, d.spec.deadline);
        EXPECT_EQ(t.spec.kind, d.spec.kind);
        EXPECT_EQ(t.spec.combine, d.spec.combine);
        EXPECT_EQ(t.spec.text, d.spec.text);
        ASSERT_EQ(t.spec.conditions.size(), d.spec.conditions.size());
        for (std::size_t k = 0; k < t.spec.conditions.size(); ++k) {
            const auto& a = t.spec.conditions[k];
            const auto& b = d.spec.conditions[k];
            EXPECT_EQ(a.what, b.what);
            EXPECT_EQ(a.cmp, b.cmp);
            EXPECT_DOUBLE_EQ(a.value, b.value);
            EXPECT_DOUBLE_EQ(a.upper, b.upper);
            EXPECT_EQ(a.tolerance, b.tolerance);
            EXPECT_DOUBLE_EQ(a.plan, b.plan);
            EXPECT_TRUE(a.unit == b.unit);
        }
    }
}

TEST(ShapingbaExample, TypedPlanAndDataFilesGiveTheSameAssessments) {
    const auto as_of = period::year(2025);
    const pt::plan_report typed = typed_plan().evaluate(as_of);
    const pt::plan_report data = pt::plan_from_figures(data_book()).evaluate(as_of);
    // 79 target figures; two of them (bonded trade: 超120亿元 and 增长50%以上) are one target.
    ASSERT_EQ(typed.assessments.size(), 78u);
    ASSERT_EQ(data.assessments.size(), typed.assessments.size());
    for (std::size_t i = 0; i < typed.assessments.size(); ++i) {
        const auto& a = typed.assessments[i];
        const auto& b = data.assessments[i];
        SCOPED_TRACE(a.target_id);
        EXPECT_EQ(a.target_id, b.target_id);
        EXPECT_EQ(typed.sections[i], data.sections[i]);
        EXPECT_EQ(a.indicator_id, b.indicator_id);
        EXPECT_EQ(a.kind, b.kind);
        EXPECT_EQ(a.outcome, b.outcome);
        EXPECT_EQ(a.why, b.why);
        EXPECT_DOUBLE_EQ(a.threshold, b.threshold);
        expect_same(a.actual, b.actual, "actual");
        expect_same(a.margin, b.margin, "margin");
        expect_same(a.last_actual, b.last_actual, "last actual");
        ASSERT_EQ(a.required_growth.ok(), b.required_growth.ok());
        if (a.required_growth) {
            EXPECT_DOUBLE_EQ(a.required_growth->fraction(), b.required_growth->fraction());
        }
        ASSERT_EQ(a.conditions.size(), b.conditions.size());
        for (std::size_t k = 0; k < a.conditions.size(); ++k) {
            EXPECT_EQ(a.conditions[k].cond.cmp, b.conditions[k].cond.cmp);
            EXPECT_DOUBLE_EQ(a.conditions[k].cond.value, b.conditions[k].cond.value);
            EXPECT_EQ(a.conditions[k].outcome, b.conditions[k].outcome);
            expect_same(a.conditions[k].actual, b.conditions[k].actual, "condition actual");
        }
    }
}

TEST(ShapingbaExample, TargetsAsOf2025ArePendingWithTheGrowthTheyNeed) {
    const pt::plan_report r = typed_plan().evaluate(period::year(2025));
    EXPECT_EQ(r.count(pt::verdict::pending), 78);  // every target is for 2026
    // Binding: 城乡黑臭水体动态清零, 零就业家庭动态清零, 失业率5.5%以内, 护理型床位占比不低于69%.
    int binding = 0;
    for (const auto& a : r.assessments) binding += a.kind == pt::commitment::binding ? 1 : 0;
    EXPECT_EQ(binding, 4);

    const auto find = [&](const std::string& id) -> const pt::assessment& {
        const auto it = std::find_if(r.assessments.begin(), r.assessments.end(),
                                     [&](const pt::assessment& a) { return a.target_id == id; });
        if (it == r.assessments.end()) throw std::out_of_range(id);
        return *it;
    };
    // 3800 trains after 4156: 3800 / 4156 - 1 = -0.0856593
    const auto& trains_2026 = find("intl_freight_trains.level.2026");
    ASSERT_TRUE(trains_2026.required_growth.ok());
    EXPECT_NEAR(trains_2026.required_growth->fraction(), -0.0856593, 1e-7);
    // More than 120亿元 after 91.1亿元: 120 / 91.1 - 1 = 0.3172338; two conditions, level first.
    const auto& bonded = find("bonded_import_export.level.2026");
    ASSERT_TRUE(bonded.required_growth.ok());
    EXPECT_NEAR(bonded.required_growth->fraction(), 0.3172338, 1e-7);
    ASSERT_EQ(bonded.conditions.size(), 2u);
    EXPECT_EQ(bonded.conditions[0].cond.cmp, pt::comparator::more_than);
    EXPECT_EQ(bonded.conditions[1].cond.what, pt::measure::growth);
    EXPECT_DOUBLE_EQ(bonded.conditions[1].cond.value, 50.0);
    // 3.5万人 again: 3.5 / 3.5 - 1 = 0
    const auto& jobs = find("urban_jobs_new.level.2026");
    ASSERT_TRUE(jobs.required_growth.ok());
    EXPECT_DOUBLE_EQ(jobs.required_growth->fraction(), 0.0);
}

// ---- the report's own arithmetic, worked by hand --------------------------------

TEST(ShapingbaExample, ReportArithmeticFromTheTypedFigures) {
    const auto& b = typed_book();
    const auto value = [&](const std::string& id) { return figure(b, id).value.value; };

    // 化解55件 of 58件: 55 / 58 = 0.948276, printed as 94.8 %.
    const auto rate = pt::share(value("disputes_resolved.level.2025") * cases,
                                value("disputes_screened.level.2025") * cases);
    ASSERT_TRUE(rate.ok());
    EXPECT_NEAR(rate->value(), 94.8276, 1e-4);
    EXPECT_TRUE(pt::reproduces(rate->value(), figure(b, "disputes_resolution_rate.share.2025").value));

    // 268亿元 at 102 % of plan: 268 / 1.02 = 262.745
    const auto plan = pt::implied_plan(value("key_projects_investment.level.2025") * yi_yuan,
                                       pt::percent(value("key_projects_investment.completion.2025")));
    ASSERT_TRUE(plan.ok());
    EXPECT_NEAR(plan->value(), 262.745, 1e-3);

    // 91.1亿元 after growth of 148.7 %: 91.1 / 2.487 = 36.6305
    const auto base = pt::implied_base(value("bonded_import_export.level.2025") * yi_yuan,
                                       pt::growth_rate::from_percent(value("bonded_import_export.growth.2025")));
    ASSERT_TRUE(base.ok());
    EXPECT_NEAR(base->value(), 36.6305, 1e-4);

    // 72 completed + 129 under construction + 6 in preparation = 207 key projects.
    const quantity<items_unit> parts = value("key_projects_completed.level.2025") * items +
                                       value("key_projects_under_construction.level.2025") * items +
                                       value("key_projects_preparation.level.2025") * items;
    EXPECT_DOUBLE_EQ(parts.value(), 207.0);
    EXPECT_DOUBLE_EQ(value("key_projects.level.2025"), 207.0);
}

// Every figure is in the seed report as quoted, and its number is in its quote
// (written in digits, in a Chinese numeral, or implied by 动态清零 / 全覆盖).
TEST(ShapingbaExample, EveryFigureIsQuotedFromTheSeed) {
    std::ifstream in(std::string(PLANTARGET_SHAPINGBA_DATA) + "/report.txt", std::ios::binary);
    ASSERT_TRUE(in) << "examples/shapingba/data/report.txt not found";
    const std::string seed{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const std::map<int, std::string> numerals{{5, "五"}, {7, "七"}};
    for (const auto& f : typed_book().figures) {
        SCOPED_TRACE(f.id);
        EXPECT_NE(seed.find(f.quote), std::string::npos) << f.quote;
        if (!f.has_value) continue;
        char digits[32];
        std::snprintf(digits, sizeof digits, "%.*f", f.value.decimals, std::abs(f.value.value));
        const bool implied = (f.comparator_text == "动态清零" && f.value.value == 0.0) ||
                             (f.comparator_text == "全覆盖" && f.value.value == 100.0);
        const auto numeral = numerals.find(static_cast<int>(f.value.value));
        const bool in_words = numeral != numerals.end() && f.quote.find(numeral->second) != std::string::npos;
        EXPECT_TRUE(f.quote.find(digits) != std::string::npos || implied || in_words) << digits << " in " << f.quote;
    }
}

// ---- the audit of the typed figure book ------------------------------------------

TEST(ShapingbaExample, AuditFindsTheBondedTradeInconsistency) {
    const pt::audit_result r = pt::audit(typed_book());
    EXPECT_EQ(r.checks, 53);  // the 51 relations and the two lone growths of counts (accidents, deaths)
    EXPECT_TRUE(r.unresolved.empty());
    // The sum, the ratio and the nine part-within-whole orderings all hold
    // (2 <= 5 routes, 55 <= 58 disputes, 6.3 <= 1300亿元, ...): no errors.
    EXPECT_EQ(r.count(pt::severity::error), 0);

    const auto finding = [&](const std::string& check) -> const pt::finding* {
        for (const auto& f : r.findings)
            if (f.check_id == check) return &f;
        return nullptr;
    };
    // 超120亿元 with growth of 50 % on 91.1亿元: 91.1 * 1.5 = 136.65 > 120, so
    // the level condition says less than the growth condition.
    const pt::finding* compound = finding("compound.bonded_import_export.level.2026");
    ASSERT_NE(compound, nullptr);
    EXPECT_EQ(compound->level, pt::severity::warning);
    EXPECT_NEAR(compound->computed, 136.65, 1e-9);
    ASSERT_TRUE(compound->has_published);
    EXPECT_DOUBLE_EQ(compound->published.value, 120.0);
    EXPECT_EQ(compound->figures, (std::vector<std::string>{"bonded_import_export.level.2026",
                                                           "bonded_import_export.growth.2026",
                                                           "bonded_import_export.level.2025"}));
    // And the two levels give 120 / 91.1 - 1 = 31.72 %, not the 50 % asked.
    const pt::finding* levels = finding("growth_levels.bonded_import_export.growth.2026");
    ASSERT_NE(levels, nullptr);
    EXPECT_EQ(levels->level, pt::severity::warning);
    EXPECT_NEAR(levels->computed, 31.72338, 1e-5);
}

// The rounding-aware rules on the report's figures, with the severities of issue 17.
TEST(ShapingbaExample, AuditQuestionsWholeCountsPlausibilityAndRateGrowth) {
    const pt::audit_result r = pt::audit(typed_book());
    const auto finding = [&](const std::string& check) -> const pt::finding* {
        for (const auto& f : r.findings)
            if (f.check_id == check) return &f;
        return nullptr;
    };
    // 301 signed projects, +105 %: base 146.8; only 147 prints 105 % (104.76 %).
    const pt::finding* signed_projects = finding("growth.signed_projects.growth.2025");
    ASSERT_NE(signed_projects, nullptr);
    EXPECT_EQ(signed_projects->code, pt::finding_code::whole_base_candidates);
    EXPECT_EQ(signed_projects->level, pt::severity::note);
    ASSERT_EQ(signed_projects->candidates.size(), 1u);
    EXPECT_DOUBLE_EQ(signed_projects->candidates[0].count, 147.0);
    // 90 enterprises at 1500 %: a task of 6.
    const pt::finding* high_tech = finding("completion.high_tech_enterprises_new.completion.2025");
    ASSERT_NE(high_tech, nullptr);
    EXPECT_EQ(high_tech->code, pt::finding_code::implausible_completion);
    EXPECT_EQ(high_tech->level, pt::severity::warning);
    EXPECT_DOUBLE_EQ(high_tech->computed, 6.0);
    // Accidents -28.5 %: at least 123 the year before (123 -> 88).
    const pt::finding* accidents = finding("whole_counts.safety_accidents.growth.2025");
    ASSERT_NE(accidents, nullptr);
    EXPECT_EQ(accidents->code, pt::finding_code::smallest_whole_base);
    ASSERT_EQ(accidents->candidates.size(), 1u);
    EXPECT_DOUBLE_EQ(accidents->candidates[0].count, 123.0);
    // Satisfaction 95.2 %, +8.4 %: 87.82 % as a relative change, 86.8 % as points.
    const pt::finding* satisfaction = finding("growth.public_satisfaction.growth.2025");
    ASSERT_NE(satisfaction, nullptr);
    EXPECT_EQ(satisfaction->code, pt::finding_code::ambiguous_rate_growth);
    ASSERT_TRUE(satisfaction->alternative.has_value());
    EXPECT_NEAR(satisfaction->alternative->value, 86.8, 1e-9);
}

TEST(ShapingbaExample, AuditFindsTheTargetsSetBelowThe2025Actual) {
    const pt::audit_result r = pt::audit(typed_book());
    std::map<std::string, double> below;  // target figure -> the 2025 actual it is below
    for (const auto& f : r.findings)
        if (f.kind == pt::relation_kind::target_vs_actual && f.level == pt::severity::warning)
            below[f.figures.front()] = f.computed;
    // Read off the report, target against the 2025 actual:
    const std::map<std::string, double> expected{
        {"intl_freight_trains.level.2026", 4156},           // 3800列 < 4156列
        {"high_tech_enterprises_new.level.2026", 90},       // 80家 < 90家
        {"tech_enterprises_new.level.2026", 494},           // 450家以上 < 494家
        {"auto_key_projects_landed.level.2026", 50},        // 40个 < 50个
        {"zero_waste_cells_new.level.2026", 22},            // 15个 < 22个
        {"bayu_harmonious_villages.level.2026", 10},        // 9个 < 10个
        {"collective_land_revitalized.level.2026", 560},    // 500亩 < 560亩
        {"rural_industry_bases_upgraded.level.2026", 10},   // 5个以上 < 10个
        {"bonded_import_export.growth.2026", 148.7},        // 增长50%以上 < 148.7%
    };
    EXPECT_EQ(below, expected);
}
