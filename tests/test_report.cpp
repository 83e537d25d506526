// The report renderers on a small plan built from published figures: the
// terminal table lines up Chinese text, Markdown escapes pipes, JSON has nulls
// with reasons, CSV reads back, HTML has one bullet chart per assessment and
// escapes what it shows. Every expected figure is worked by hand below.
#include <plantarget/audit.hpp>
#include <plantarget/from_figures.hpp>
#include <plantarget/io/csv.hpp>
#include <plantarget/io/encoding.hpp>
#include <plantarget/io/figures_csv.hpp>
#include <plantarget/report/csv.hpp>
#include <plantarget/report/findings.hpp>
#include <plantarget/report/highlights.hpp>
#include <plantarget/report/html.hpp>
#include <plantarget/report/json.hpp>
#include <plantarget/report/markdown.hpp>
#include <plantarget/report/results.hpp>
#include <plantarget/report/table.hpp>
#include <plantarget/report/tables.hpp>

#include "figure_fixtures.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <regex>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

using namespace plantarget;

const std::string evil_name = "恶意<script>alert('x')</script>|指标, 测试";

using figure_test::make_figure;

// Five targets, one of each kind of outcome as of 2025:
//  jobs    >= 3.5 万人, actual 3.8 万人        -> exceeded (margin +0.3, completion 3.8 / 3.5 = 108.57 %)
//  unemp   <= 5.5 % (以内: binding), actual 5.6 -> not achieved (margin 5.5 - 5.6 = -0.1 points)
//  water   动态清零 (binding), actual 0        -> achieved
//  bonded  > 120 亿元 and growth >= 50 % in 2026 -> pending; last actual 91.1 亿元;
//          required growth 120 / 91.1 - 1 = 31.72 %
//  evil    >= 10 个, no actual                 -> not assessable (no data)
struct fixture {
    figure_book book;
    plan p;
    plan_report evaluation;
    audit_result audited;

    fixture() {
        using R = figure_role;
        using M = figure_measure;
        const period y2025 = period::year(2025), y2026 = period::year(2026);
        book.figures = {
            make_figure("jobs.level.2025", "jobs", "1.1", "新增就业", R::actual, y2025, M::level, "=", 3.8, 1, "万人"),
            make_figure("jobs.target.2025", "jobs", "1.1", "新增就业", R::target, y2025, M::level, "以上", 3.5, 1,
                        "万人", "确保全年新增就业3.5万人以上"),
            make_figure("unemp.share.2025", "unemp", "1.1", "城镇调查失业率", R::actual, y2025, M::share, "=", 5.6, 1,
                        "%"),
            make_figure("unemp.target.2025", "unemp", "1.1", "城镇调查失业率", R::target, y2025, M::share, "以内", 5.5,
                        1, "%"),
            make_figure("water.level.2025", "water", "1.3", "农村黑臭水体", R::actual, y2025, M::level, "=", 0, 0,
                        "条"),
            make_figure("water.target.2025", "water", "1.3", "农村黑臭水体", R::target, y2025, M::level, "动态清零", 0,
                        0, "条"),
            make_figure("bonded.level.2025", "bonded", "2.4.2", "保税进出口额", R::actual, y2025, M::level, "达", 91.1,
                        1, "亿元"),
            make_figure("bonded.growth.2025", "bonded", "2.4.2", "保税进出口额", R::actual, y2025, M::growth, "=",
                        148.7, 1, "%"),
            make_figure("bonded.level.2026", "bonded", "2.4.2", "保税进出口额", R::target, y2026, M::level, "超", 120,
                        0, "亿元"),
            make_figure("bonded.growth.2026", "bonded", "2.4.2", "保税进出口额", R::target, y2026, M::growth, "以上",
                        50, 0, "%"),
            make_figure("evil.level.2025", "evil", "2.4.2", evil_name, R::target, y2025, M::level, "=", 10, 0, "个"),
        };
        // growth: implied 2024 level 91.1 / 2.487 = 36.63 亿元 (a note);
        // compound: 91.1 * 1.5 = 136.65 > 120, the level condition is redundant (a warning).
        book.relations = {
            {"growth.bonded.2025", relation_kind::growth, "bonded.growth.2025", {"bonded.level.2025"}, ""},
            {"compound.bonded.2026", relation_kind::compound, "bonded.level.2026", {"bonded.growth.2026"}, ""},
        };
        p = plan_from_figures(book);
        p.add_section("1", "一、2025年工作回顾");
        p.add_section("1.1", "稳就业");
        evaluation = p.evaluate(y2025);
        audited = audit(book);
    }

    [[nodiscard]] report::document doc() const { return {&p, &evaluation, &audited, &book, "测试 Test"}; }
};

const assessment& by_indicator(const plan_report& r, const std::string& id) {
    for (const auto& a : r.assessments)
        if (a.indicator_id == id) return a;
    throw std::logic_error("no assessment for " + id);
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + what.size())) ++n;
    return n;
}

TEST(ReportFixture, OutcomesAreTheOnesWorkedByHand) {
    const fixture f;
    ASSERT_EQ(f.evaluation.assessments.size(), 5U);
    EXPECT_EQ(by_indicator(f.evaluation, "jobs").outcome, verdict::exceeded);
    EXPECT_EQ(by_indicator(f.evaluation, "unemp").outcome, verdict::not_achieved);
    EXPECT_EQ(by_indicator(f.evaluation, "water").outcome, verdict::achieved);
    EXPECT_EQ(by_indicator(f.evaluation, "bonded").outcome, verdict::pending);
    EXPECT_EQ(by_indicator(f.evaluation, "evil").outcome, verdict::not_assessable);
    EXPECT_EQ(by_indicator(f.evaluation, "evil").why, reason::no_data);
    EXPECT_EQ(f.audited.count(severity::warning), 1);
    EXPECT_EQ(f.audited.count(severity::note), 1);
}

TEST(ReportLabels, VerdictsInChineseAndEnglish) {
    EXPECT_EQ(chinese_of(verdict::exceeded), "超额完成");
    EXPECT_EQ(chinese_of(verdict::achieved), "完成");
    EXPECT_EQ(chinese_of(verdict::not_achieved), "未完成");
    EXPECT_EQ(chinese_of(verdict::ahead_of_schedule), "快于进度");
    EXPECT_EQ(chinese_of(verdict::on_schedule), "符合进度");
    EXPECT_EQ(chinese_of(verdict::behind_schedule), "慢于进度");
    EXPECT_EQ(chinese_of(verdict::pending), "待评估");
    EXPECT_EQ(chinese_of(verdict::not_assessable), "无法评估");
    EXPECT_EQ(english_of(verdict::not_achieved), "not achieved");
    EXPECT_EQ(english_of(verdict::ahead_of_schedule), "ahead of schedule");
    EXPECT_EQ(report::tone_of(verdict::achieved), report::tone::met);
    EXPECT_EQ(report::tone_of(verdict::pending), report::tone::watch);
    EXPECT_EQ(report::tone_of(verdict::on_schedule), report::tone::watch);
    EXPECT_EQ(report::tone_of(verdict::behind_schedule), report::tone::missed);
    EXPECT_EQ(report::tone_of(verdict::not_assessable), report::tone::unknown);
}

TEST(ReportNumbers, RoundHalfUpAtThePrintedPrecision) {
    EXPECT_EQ(report::format_number(94.85, 1), "94.9");  // a decimal half rounds up (四舍五入)
    EXPECT_EQ(report::format_number(104.76, 0), "105");
    EXPECT_EQ(report::format_number(3.5, 2), "3.50");
    EXPECT_EQ(report::format_number(-0.04, 1), "0.0");  // never "-0.0"
    EXPECT_EQ(report::format_number(120.0), "120");      // shortest form without a precision
    EXPECT_EQ(report::format_number(3.5), "3.5");
    EXPECT_EQ(report::format_signed(0.3, 1), "+0.3");
    EXPECT_EQ(report::format_signed(-0.1, 1), "-0.1");
    EXPECT_EQ(report::format_signed(0.0, 1), "0.0");
}

TEST(ReportView, TextsAtThePublishedPrecision) {
    const fixture f;
    const auto views = report::assessment_views(f.doc());
    ASSERT_EQ(views.size(), 5U);
    const auto find = [&](const std::string& id) -> const report::assessment_view& {
        for (const auto& v : views)
            if (v.a->indicator_id == id) return v;
        throw std::logic_error(id);
    };
    const auto& jobs = find("jobs");
    EXPECT_EQ(jobs.target_text, "≥ 3.5 万人");
    EXPECT_EQ(jobs.actual_text, "3.8 万人");
    EXPECT_EQ(jobs.margin_text, "+0.3 万人");      // 3.8 - 3.5
    EXPECT_EQ(jobs.completion_text, "108.6%");     // 3.8 / 3.5 = 108.571 %
    EXPECT_EQ(jobs.section_title, "稳就业");
    EXPECT_EQ(jobs.wording, "确保全年新增就业3.5万人以上");
    const auto& unemp = find("unemp");
    EXPECT_EQ(unemp.target_text, "≤ 5.5%");
    EXPECT_EQ(unemp.margin_text, "-0.1 百分点");  // 5.5 - 5.6, in points
    const auto& bonded = find("bonded");
    EXPECT_EQ(bonded.target_text, "> 120 亿元 且 增长 ≥ 50%");
    EXPECT_EQ(bonded.last_actual_text, "91.1 亿元");  // the level, not the growth of the second condition
    EXPECT_EQ(bonded.required_growth_text, "+31.7%");  // 120 / 91.1 - 1 = 0.31723
    ASSERT_TRUE(bonded.prior.has_value());
    EXPECT_TRUE(bonded.prior_implied);
    EXPECT_NEAR(*bonded.prior, 91.1 / 2.487, 1e-9);  // the level over 1 + 148.7 %
    EXPECT_EQ(find("water").target_text, "动态清零");
    EXPECT_EQ(find("evil").actual_text, "");
}

TEST(ReportTable, RowsOfEachTableHaveOneDisplayWidth) {
    const fixture f;
    const std::string text = report::render_table(f.doc());
    const auto lines = lines_of(text);
    // Tables are runs of lines starting with + or |; each run is one table.
    std::size_t tables = 0, rows = 0;
    std::size_t width = 0;
    bool in_table = false;
    for (const auto& line : lines) {
        const bool table_line = !line.empty() && (line.front() == '+' || line.front() == '|');
        if (!table_line) {
            in_table = false;
            continue;
        }
        const std::size_t w = io::display_width(line);
        if (!in_table) {
            ++tables;
            width = w;
            in_table = true;
        }
        ++rows;
        EXPECT_EQ(w, width) << line;
    }
    EXPECT_EQ(tables, 7U);  // assessments, counts, assumed natures, results of 1.1, 1.3 and 2.4.2, findings
    // Assessments: 3 rules + header + 5 rows; counts: 3 + 1 + 8 verdicts + total;
    // assumed natures: 3 + 1 + 5 indicators; results: 3 + 1 + 2 (jobs, unemp),
    // 3 + 1 + 1 (water), 3 + 1 + 1 (bonded); findings: 3 + 1 + 2.
    EXPECT_EQ(rows, 9U + 13U + 9U + 6U + 5U + 5U + 6U);
    EXPECT_NE(text.find("新增就业"), std::string::npos);
    EXPECT_NE(text.find("≥ 3.5 万人"), std::string::npos);
    EXPECT_NE(text.find("超额完成 exceeded"), std::string::npos);
    EXPECT_NE(text.find("上期 91.1 亿元 (2025)"), std::string::npos);
    EXPECT_NE(text.find("136.65 亿元"), std::string::npos);  // 91.1 * 1.5
}

TEST(ReportTable, ChineseCellsArePaddedByDisplayWidth) {
    const fixture f;
    const auto lines = lines_of(report::render_table(f.doc()));
    // The cell after the section: "新增就业" is 8 columns; "城镇调查失业率" 14.
    // Both rows put the next border at the same display column. (The names
    // appear again in the table of assumed natures, after the assessments.)
    // What stands out comes before the table and names 城镇调查失业率 too: from the table's header on.
    std::vector<std::size_t> second_border;
    bool in_table = false;
    for (const auto& line : lines) {
        in_table = in_table || line.find("节 Section") != std::string::npos;
        if (!in_table) continue;
        if (line.find("推定 Assumed natures") != std::string::npos) break;
        if (line.find("新增就业") == std::string::npos && line.find("城镇调查失业率") == std::string::npos) continue;
        const std::size_t first = line.find('|', 1);
        const std::size_t second = line.find('|', first + 1);
        second_border.push_back(io::display_width(line.substr(0, second)));
    }
    ASSERT_EQ(second_border.size(), 2U);
    EXPECT_EQ(second_border[0], second_border[1]);
}

TEST(ReportMarkdown, EscapesPipesAndMarkup) {
    EXPECT_EQ(report::markdown_escape("a|b"), "a\\|b");
    EXPECT_EQ(report::markdown_escape("<b>*x*</b>"), "\\<b>\\*x\\*\\</b>");
    EXPECT_EQ(report::markdown_escape("snake_case"), "snake_case");  // never emphasis between letters
    EXPECT_EQ(report::markdown_escape("_x_"), "\\_x\\_");
    EXPECT_EQ(report::markdown_escape("a\nb"), "a b");

    const fixture f;
    const std::string md = report::render_markdown(f.doc());
    EXPECT_NE(md.find("恶意\\<script>alert('x')\\</script>\\|指标, 测试"), std::string::npos);
    // Every row of the assessment table has its 9 cells: 10 unescaped pipes.
    const auto unescaped_pipes = [](const std::string& line) {
        std::size_t n = 0;
        for (std::size_t i = 0; i < line.size(); ++i)
            if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++n;
        return n;
    };
    std::size_t rows = 0;
    for (const auto& line : lines_of(md))
        if (line.rfind("| 1.", 0) == 0 || line.rfind("| 2.", 0) == 0) {
            ++rows;
            EXPECT_EQ(unescaped_pipes(line), 10U) << line;
        }
    EXPECT_EQ(rows, 5U);
}

TEST(ReportJson, FieldsAndNullsWithReasons) {
    const fixture f;
    const auto j = nlohmann::json::parse(report::render_json(f.doc()));
    EXPECT_EQ(j["title"], "测试 Test");
    EXPECT_EQ(j["as_of"], "2025");
    EXPECT_EQ(j["summary"]["assessments"], 5);
    EXPECT_EQ(j["summary"]["by_verdict"]["exceeded"], 1);
    EXPECT_EQ(j["summary"]["by_verdict"]["not_assessable"], 1);
    EXPECT_EQ(j["summary"]["binding"]["achieved"], 1);      // water
    EXPECT_EQ(j["summary"]["binding"]["not_achieved"], 1);  // unemp
    EXPECT_EQ(j["summary"]["binding_targets_met"], false);

    const auto& as = j["assessments"];
    ASSERT_EQ(as.size(), 5U);
    const auto find = [&](const std::string& indicator) -> const nlohmann::json& {
        for (const auto& a : as)
            if (a["indicator"] == indicator) return a;
        throw std::logic_error(indicator);
    };
    // Every numeric field is a number, or null with a reason beside it.
    for (const auto& a : as) {
        for (const char* key : {"id", "indicator", "section", "verdict", "reason", "actual", "target", "margin",
                                "completion", "expected_to_date", "schedule_gap", "projected", "last_actual",
                                "required_growth", "binding"})
            EXPECT_TRUE(a.contains(key)) << key;
        for (const std::string key : {"actual", "margin", "completion", "expected_to_date", "schedule_gap", "projected",
                                      "last_actual", "required_growth"}) {
            if (a[key].is_null()) EXPECT_TRUE(a[key + "_reason"].is_string()) << a["id"] << " " << key;
            else EXPECT_TRUE(a[key].is_number()) << a["id"] << " " << key;
        }
    }
    const auto& jobs = find("jobs");
    EXPECT_EQ(jobs["verdict"], "exceeded");
    EXPECT_TRUE(jobs["reason"].is_null());
    EXPECT_DOUBLE_EQ(jobs["actual"].get<double>(), 3.8);
    EXPECT_NEAR(jobs["margin"].get<double>(), 0.3, 1e-12);               // 3.8 - 3.5
    EXPECT_NEAR(jobs["completion"].get<double>(), 380.0 / 3.5, 1e-9);    // 3.8 / 3.5 in percent
    EXPECT_EQ(jobs["required_growth_reason"], "not_applicable");
    EXPECT_EQ(jobs["binding"], false);
    EXPECT_EQ(jobs["target"]["conditions"][0]["comparator"], "at_least");
    EXPECT_DOUBLE_EQ(jobs["target"]["threshold"].get<double>(), 3.5);

    const auto& evil = find("evil");
    EXPECT_EQ(evil["indicator_name_zh"], evil_name);
    EXPECT_EQ(evil["verdict"], "not_assessable");
    EXPECT_EQ(evil["reason"], "no_data");
    EXPECT_TRUE(evil["actual"].is_null());
    EXPECT_EQ(evil["actual_reason"], "no_data");
    EXPECT_TRUE(evil["margin"].is_null());
    EXPECT_EQ(evil["margin_reason"], "no_data");

    const auto& bonded = find("bonded");
    EXPECT_EQ(bonded["verdict"], "pending");
    EXPECT_DOUBLE_EQ(bonded["last_actual"].get<double>(), 91.1);
    EXPECT_NEAR(bonded["required_growth"].get<double>(), (120.0 / 91.1 - 1.0) * 100.0, 1e-9);
    ASSERT_EQ(bonded["target"]["conditions"].size(), 2U);
    EXPECT_EQ(bonded["target"]["conditions"][1]["measure"], "growth");
    EXPECT_EQ(find("unemp")["binding"], true);

    const auto& audit = j["audit"];
    EXPECT_EQ(audit["checks"], 2);
    ASSERT_EQ(audit["findings"].size(), 2U);
    for (const auto& x : audit["findings"]) {
        if (x["kind"] == "compound") {
            EXPECT_EQ(x["severity"], "warning");
            EXPECT_NEAR(x["computed"].get<double>(), 136.65, 1e-9);  // 91.1 * 1.5
            EXPECT_DOUBLE_EQ(x["published"].get<double>(), 120.0);
            EXPECT_EQ(x["published_decimals"], 0);
            EXPECT_EQ(x["figures"].size(), 3U);
            EXPECT_EQ(x["check_id"], "compound.bonded.2026");
        } else {
            EXPECT_EQ(x["kind"], "growth");
            EXPECT_EQ(x["severity"], "note");
            EXPECT_NEAR(x["computed"].get<double>(), 91.1 / 2.487, 1e-9);
            EXPECT_TRUE(x["published"].is_null());
            EXPECT_EQ(x["published_reason"], "not_applicable");
        }
        EXPECT_TRUE(x["message"].is_string());
        EXPECT_TRUE(x["message_zh"].is_string());
        EXPECT_EQ(x["origin"], "given");  // the fixture's relations are written in the book
        EXPECT_EQ(x["code"], x["kind"] == "compound" ? "level_condition_redundant" : "implied_base");
    }
}

TEST(ReportCsv, ReadsBackThroughTheCsvReader) {
    const fixture f;
    const auto table = io::parse_csv(report::render_csv(f.doc()));
    ASSERT_TRUE(table) << table.error().message;
    const io::csv_table& t = table.value();
    ASSERT_EQ(t.header.size(), report::csv_columns.size());
    for (std::size_t i = 0; i < t.header.size(); ++i) EXPECT_EQ(t.header[i], report::csv_columns[i]);
    ASSERT_EQ(t.rows.size(), 5U);
    const auto row_of = [&](const std::string& indicator) -> const io::csv_row& {
        for (const auto& r : t.rows)
            if (t.field(r, "indicator").text == indicator) return r;
        throw std::logic_error(indicator);
    };
    const auto& jobs = row_of("jobs");
    EXPECT_EQ(t.field(jobs, "verdict").text, "exceeded");
    EXPECT_EQ(t.field(jobs, "actual").text, "3.8");
    EXPECT_EQ(t.field(jobs, "margin").text, "0.3");
    EXPECT_EQ(t.field(jobs, "completion").text, "108.6");
    EXPECT_EQ(t.field(jobs, "target").text, "≥ 3.5 万人");
    EXPECT_EQ(t.field(jobs, "required_growth").text, "");
    const auto& evil = row_of("evil");
    EXPECT_EQ(t.field(evil, "indicator_name").text, evil_name);  // comma, quotes and pipe survive
    EXPECT_EQ(t.field(evil, "reason").text, "no_data");
    EXPECT_EQ(t.field(evil, "actual").text, "");
    const auto& bonded = row_of("bonded");
    EXPECT_EQ(t.field(bonded, "last_actual").text, "91.1");
    EXPECT_EQ(t.field(bonded, "required_growth").text, "31.7");
    EXPECT_EQ(t.field(bonded, "target").text, "> 120 亿元 且 增长 ≥ 50%");
}

// A rate target needs points, not growth: the CSV has them in required_change,
// the last column, as the table and JSON show them; earlier columns keep place.
TEST(ReportCsv, RateTargetGivesTheRequiredChangeInPoints) {
    using R = figure_role;
    using M = figure_measure;
    figure_book b;
    b.figures = {
        make_figure("unemp.share.2025", "unemp", "1", "城镇调查失业率", R::actual, period::year(2025), M::share, "=",
                    5.2, 1, "%"),
        make_figure("unemp.target.2026", "unemp", "1", "城镇调查失业率", R::target, period::year(2026), M::share,
                    "以内", 5.5, 1, "%"),
    };
    const plan p = plan_from_figures(b);
    const plan_report r = p.evaluate(period::year(2025));
    const report::document d{&p, &r, nullptr, &b, ""};
    const auto table = io::parse_csv(report::render_csv(d));
    ASSERT_TRUE(table) << table.error().message;
    const io::csv_table& t = table.value();
    ASSERT_EQ(t.header.size(), 28U);
    EXPECT_EQ(t.header[23], "reason");
    EXPECT_EQ(t.header[24], "required_change");
    ASSERT_EQ(t.rows.size(), 1U);
    EXPECT_EQ(t.field(t.rows[0], "required_change").text, "0.3");  // 5.5 - 5.2 points
    EXPECT_EQ(t.field(t.rows[0], "required_growth").text, "");
    // The JSON report carries the same number.
    const auto j = nlohmann::json::parse(report::render_json(d));
    EXPECT_NEAR(j["assessments"][0]["required_change"].get<double>(), 0.3, 1e-9);

    // A level target has no required_change.
    const fixture f;
    const auto levels = io::parse_csv(report::render_csv(f.doc()));
    ASSERT_TRUE(levels);
    for (const auto& row : levels.value().rows) {
        if (levels.value().field(row, "indicator").text == "bonded") {
            EXPECT_EQ(levels.value().field(row, "required_change").text, "");
        }
    }
}

TEST(ReportHtml, OneBulletPerAssessmentAndEscapedText) {
    const fixture f;
    const std::string html = report::render_html(f.doc());
    EXPECT_EQ(count_of(html, "<svg class=\"bullet "), 5U);
    EXPECT_EQ(count_of(html, "data-indicator=\""), 5U + 4U);  // the charts, and the rows of results
    EXPECT_NE(html.find("data-indicator=\"jobs\""), std::string::npos);
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_NE(html.find("恶意&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;|指标, 测试"), std::string::npos);
    EXPECT_NE(html.find("<title>测试 Test</title>"), std::string::npos);
    EXPECT_NE(html.find("id=\"summary\""), std::string::npos);
    EXPECT_NE(html.find("稳就业"), std::string::npos);        // the section title from the plan
    EXPECT_NE(html.find("id=\"audit\""), std::string::npos);
    EXPECT_NE(html.find("上年≈36.63 亿元"), std::string::npos);  // 91.1 / 2.487, one place finer than 91.1
    // Self-contained: nothing fetched.
    EXPECT_EQ(html.find("src="), std::string::npos);
    EXPECT_EQ(html.find("<link"), std::string::npos);
    EXPECT_EQ(html.find("url("), std::string::npos);
}

TEST(ReportHtml, EscapesEveryHtmlSpecialCharacter) {
    EXPECT_EQ(report::html_escape("a&b<c>d\"e'f"), "a&amp;b&lt;c&gt;d&quot;e&#39;f");
}

TEST(ReportPartialDocument, EveryRendererWorksWithoutPlanAuditOrBook) {
    const fixture f;
    const report::document bare{nullptr, &f.evaluation, nullptr, nullptr, ""};
    const std::string html = report::render_html(bare);
    EXPECT_EQ(count_of(html, "<svg class=\"bullet "), 5U);
    EXPECT_NE(html.find(std::string(report::default_title)), std::string::npos);
    EXPECT_EQ(html.find("id=\"audit\""), std::string::npos);
    const auto j = nlohmann::json::parse(report::render_json(bare));
    EXPECT_TRUE(j["audit"].is_null());
    EXPECT_EQ(j["assessments"].size(), 5U);
    EXPECT_EQ(j["assessments"][0]["indicator_name_zh"], j["assessments"][0]["indicator"]);  // no names without a plan
    const auto csv = io::parse_csv(report::render_csv(bare));
    ASSERT_TRUE(csv);
    EXPECT_EQ(csv.value().rows.size(), 5U);
    EXPECT_NE(report::render_table(bare).find("≥ 3.5 万人"), std::string::npos);  // conditions carry the target
    EXPECT_NE(report::render_markdown(bare).find("| 1.1 |"), std::string::npos);

    // With the plan and audit but no book: thresholds in their shortest form.
    const report::document no_book{&f.p, &f.evaluation, &f.audited, nullptr, ""};
    EXPECT_NE(report::render_table(no_book).find("> 120 亿元 且 增长 ≥ 50%"), std::string::npos);
    EXPECT_NE(report::render_html(no_book).find("id=\"audit\""), std::string::npos);

    // Nothing to report at all.
    const report::document empty{};
    EXPECT_EQ(count_of(report::render_html(empty), "<svg class=\"bullet "), 0U);
    EXPECT_TRUE(nlohmann::json::parse(report::render_json(empty))["summary"].is_null());
    EXPECT_EQ(lines_of(report::render_csv(empty)).size(), 1U);  // the header
    EXPECT_NE(report::render_table(empty).find("no assessments"), std::string::npos);
}

// In the year: 2600 万人次 by June against >= 5000 for the year.
// Expected to date 5000 * 6/12 = 2500; gap (2600 - 2500) / 5000 = +2.0 points
// of the plan, beyond the 1-point band: ahead of schedule. Projected 2600 /
// 0.5 = 5200; margin 2600 - 5000 = -2400; completion 2600 / 5000 = 52 %.
TEST(ReportSchedule, InYearColumnsAppearWhenAnAssessmentHasThem) {
    plan p;
    indicator_info visits;
    visits.id = "visits";
    visits.name_zh = "接待游客";
    visits.unit = units::parse_unit("万人次").value();
    p.add_indicator(visits);
    target_spec t;
    t.id = "visits.2025";
    t.indicator_id = "visits";
    t.deadline = period::year(2025);
    condition c;
    c.value = 5000;
    c.unit = visits.unit;
    t.conditions = {c};
    p.add_target(t, "1.2");
    ASSERT_EQ(p.add_observation("visits", period::year_to_date(2025, 6), 2600), reason::none);
    const plan_report r = p.evaluate(period::month(2025, 6));
    ASSERT_EQ(r.assessments.front().outcome, verdict::ahead_of_schedule);
    const report::document d{&p, &r, nullptr, nullptr, ""};

    const std::string table = report::render_table(d);
    EXPECT_NE(table.find("进度差 Schedule gap"), std::string::npos);
    EXPECT_NE(table.find("+2.0 百分点"), std::string::npos);
    EXPECT_NE(table.find("-2400 万人次"), std::string::npos);
    EXPECT_NE(table.find("52.0%"), std::string::npos);
    EXPECT_NE(table.find("2600 万人次 (2025-01..2025-06)"), std::string::npos);

    const auto j = nlohmann::json::parse(report::render_json(d));
    const auto& a = j["assessments"][0];
    EXPECT_EQ(a["verdict"], "ahead_of_schedule");
    EXPECT_NEAR(a["expected_to_date"].get<double>(), 2500.0, 1e-9);
    EXPECT_NEAR(a["schedule_gap"].get<double>(), 2.0, 1e-9);
    EXPECT_NEAR(a["projected"].get<double>(), 5200.0, 1e-9);
    EXPECT_EQ(a["actual_period"], "2025-01..2025-06");

    // Without any in-year assessment the column is left out.
    const fixture f;
    EXPECT_EQ(report::render_table(f.doc()).find("Schedule gap"), std::string::npos);
}

}  // namespace

// ---- findings in words ---------------------------------------------------------

TEST(ReportFindings, SentencesCarryTheFindingsNumbersAtTheirPrecision) {
    const fixture f;
    const finding* compound = nullptr;
    const finding* base = nullptr;
    for (const auto& x : f.audited.findings) (x.code == finding_code::level_condition_redundant ? compound : base) = &x;
    ASSERT_NE(compound, nullptr);
    ASSERT_NE(base, nullptr);
    // 91.1 * 1.5 = 136.65 at 0 + 2 places; the base at its own one place.
    EXPECT_EQ(report::describe(*compound, report::language::english),
              "the growth condition implies 136.65 亿元 on a base of 91.1, above the level condition: the level "
              "condition is redundant");
    EXPECT_EQ(report::describe(*compound, report::language::chinese),
              "以 91.1 为基数，增速条件意味着 136.65 亿元，高于总量条件：总量条件多余");
    // 91.1 / 2.487 = 36.630 at 1 + 1 places.
    EXPECT_EQ(report::describe(*base, report::language::english), "implied prior-year level: 36.63 亿元");
    EXPECT_EQ(report::finding_computed_cell(*compound), "136.65 亿元");
    EXPECT_EQ(report::finding_published_cell(*compound), "120 亿元");
}

TEST(ReportFindings, EveryCodeHasASentenceInBothLanguages) {
    finding x;
    x.unit = units::unit_of("%");
    for (const auto c : all_values<finding_code>()) {
        x.code = c;
        EXPECT_FALSE(report::describe(x, report::language::chinese).empty()) << token_of(c);
        EXPECT_FALSE(report::describe(x, report::language::english).empty()) << token_of(c);
        EXPECT_NE(report::describe(x, report::language::chinese), report::describe(x, report::language::english));
    }
}

TEST(ReportFindings, TargetBelowTheLastActualQuotesTheGrowthNeeded) {
    finding x;
    x.code = finding_code::target_below_last_actual;
    x.computed = 4156;
    x.computed_decimals = 0;
    x.unit = units::unit_of("列");
    x.rate = published_value{(3800.0 / 4156.0 - 1.0) * 100.0, 1};
    EXPECT_EQ(report::describe(x, report::language::english),
              "target set below the last actual 4156 列 (growth needed: -8.6 %)");
    EXPECT_EQ(report::describe(x, report::language::chinese), "目标低于上年实际 4156 列（所需增长 -8.6%）");
}

// The last actual a ceiling exceeds is quoted with its unit, as the other
// sentences quote theirs ("5.5 %" for a rate, "120 个" for a level).
TEST(ReportFindings, CeilingAboveTheLastActualQuotesTheUnit) {
    finding x;
    x.code = finding_code::ceiling_above_last_actual;
    x.computed = 5.5;
    x.computed_decimals = 1;
    x.unit = units::unit_of("%");
    EXPECT_EQ(report::describe(x, report::language::english), "upper-bound target set above the last actual 5.5 %");
    EXPECT_EQ(report::describe(x, report::language::chinese), "上限目标高于上年实际 5.5%");
    x.computed = 120;
    x.computed_decimals = 0;
    x.unit = units::unit_of("个");
    EXPECT_EQ(report::describe(x, report::language::english), "upper-bound target set above the last actual 120 个");
    EXPECT_EQ(report::describe(x, report::language::chinese), "上限目标高于上年实际 120 个");
}

// ---- safe output ------------------------------------------------------------------

// The JSON report is written item by item (a city's report is too large to
// hold as one tree), in exactly the text nlohmann's dump(2) gives for the
// whole document: parsed and dumped again, it is the same bytes.
TEST(ReportJson, StreamedTextIsTheDumpOfTheWholeDocument) {
    const fixture f;
    const report::document bare{nullptr, &f.evaluation, nullptr, nullptr, ""};
    const report::document no_book{&f.p, &f.evaluation, &f.audited, nullptr, ""};
    const report::document empty{};
    for (const report::document* d : {&bare, &no_book, &empty}) {
        const std::string text = report::render_json(*d);
        const auto tree = nlohmann::ordered_json::parse(text);
        EXPECT_EQ(text, tree.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n");
    }
    const report::document full = f.doc();
    const std::string text = report::render_json(full);
    EXPECT_EQ(text, nlohmann::ordered_json::parse(text).dump(2, ' ', false) + "\n");
    std::ostringstream streamed;
    report::write_json(full, streamed);
    EXPECT_EQ(streamed.str(), text);
}

namespace {

using ordered_json = nlohmann::ordered_json;

// Writes a value through the streaming writer's own calls (never its
// nlohmann fallback for whole values), to compare with nlohmann's dump.
void write_through(report::detail::json_writer& w, const ordered_json& j) {
    switch (j.type()) {
        case ordered_json::value_t::object:
            w.begin_object();
            for (const auto& [key, value] : j.items()) {
                w.key(key);
                write_through(w, value);
            }
            w.end_object();
            break;
        case ordered_json::value_t::array:
            w.begin_array();
            for (const auto& value : j) write_through(w, value);
            w.end_array();
            break;
        case ordered_json::value_t::string: w.value(j.get_ref<const std::string&>()); break;
        case ordered_json::value_t::boolean: w.value(j.get<bool>()); break;
        case ordered_json::value_t::number_integer: w.value(j.get<std::int64_t>()); break;
        case ordered_json::value_t::number_unsigned: w.value(j.get<std::uint64_t>()); break;
        case ordered_json::value_t::number_float: w.value(j.get<double>()); break;
        default: w.value(nullptr); break;
    }
}

std::string written(const ordered_json& j) {
    std::ostringstream out;
    report::detail::json_writer w(out);
    write_through(w, j);
    w.flush();
    return std::move(out).str();
}

std::string dumped(const ordered_json& j) { return j.dump(2, ' ', false, ordered_json::error_handler_t::replace); }

// Strings of every escape class, valid UTF-8 of each length, and bytes that
// are not UTF-8 (which nlohmann replaces).
std::vector<std::string> awkward_strings() {
    std::vector<std::string> out = {"",
                                    "plain",
                                    "\"quoted\" and \\back\\slashed\\",
                                    "\b\f\n\r\t",
                                    std::string("nul \0 inside", 12),
                                    "\x01\x1f\x7f",
                                    "/ not escaped",
                                    "中文 › 标题",
                                    "\xc2\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 \xf4\x8f\xbf\xbf",
                                    "\xff",
                                    "bad \xfe\xff in the middle",
                                    "cut \xe4\xb8",
                                    "\xe4\xb8",
                                    "overlong \xc0\xaf",
                                    "overlong \xe0\x80\xaf",
                                    "surrogate \xed\xa0\x80",
                                    "beyond \xf4\x90\x80\x80",
                                    "lone \x80 continuation",
                                    "\xf5\x80\x80\x80",
                                    "valid then \xe4\xb8\xad\xff"};
    std::string every_byte;
    for (int c = 1; c < 0x80; ++c) every_byte.push_back(static_cast<char>(c));
    out.push_back(every_byte);
    return out;
}

}  // namespace

// The streaming writer gives nlohmann's dump(2) text value by value: the
// same escapes (lowercase \u00xx, '/' and U+007F as they are), the same
// replacement of invalid UTF-8, the same numbers (grisu2: 1.0, -0.0, 1e+21).
TEST(ReportJson, WriterGivesTheTextOfNlohmannsDump) {
    ordered_json strings = ordered_json::array();
    ordered_json keyed = ordered_json::object();
    for (const std::string& s : awkward_strings()) {
        strings.push_back(s);
        keyed[s] = s;
        EXPECT_EQ(written(ordered_json(s)), dumped(ordered_json(s))) << ordered_json(s).dump(-1, ' ', true, ordered_json::error_handler_t::replace);
    }
    EXPECT_EQ(written(strings), dumped(strings));
    EXPECT_EQ(written(keyed), dumped(keyed));

    ordered_json numbers = ordered_json::array();
    for (const double x : {0.0, -0.0, 0.1, 1.0, -1.0, 2.5, 1e21, 1e22, 1e-7, 123456.789, 4.35, 1300.0, 5e-324,
                           2.2250738585072014e-308, 1.7976931348623157e308, -3.14159, 9007199254740993.0})
        numbers.push_back(x);
    for (const std::int64_t n : {std::int64_t{0}, std::int64_t{-1}, std::int64_t{42}, std::numeric_limits<std::int64_t>::min(),
                                 std::numeric_limits<std::int64_t>::max()})
        numbers.push_back(n);
    numbers.push_back(std::numeric_limits<std::uint64_t>::max());
    numbers.push_back(true);
    numbers.push_back(false);
    numbers.push_back(nullptr);
    EXPECT_EQ(written(numbers), dumped(numbers));
    for (const auto& n : numbers) EXPECT_EQ(written(n), dumped(n)) << n;

    const auto nested = ordered_json::parse(
        R"({"empty_array": [], "empty_object": {}, "arrays": [[], [[]], [{}], [1, [2, []]]],
            "objects": {"a": {}, "b": {"c": {"d": []}}, "e": [{"f": null}]}, "": "empty key"})");
    EXPECT_EQ(written(nested), dumped(nested));
    EXPECT_EQ(written(ordered_json::array()), "[]");
    EXPECT_EQ(written(ordered_json::object()), "{}");
}

// Not finite is null, as nlohmann writes it.
TEST(ReportJson, WriterWritesNonFiniteAsNull) {
    ordered_json j = {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
                      -std::numeric_limits<double>::infinity()};
    EXPECT_EQ(written(j), dumped(j));
}

// The strings the writer escapes itself are exactly those nlohmann's strict
// serializer accepts: the rest go to nlohmann's replacement.
TEST(ReportJson, WriterTellsValidUtf8AsNlohmannDoes) {
    for (const std::string& s : awkward_strings()) {
        bool accepted = true;
        try {
            (void)ordered_json(s).dump();
        } catch (const ordered_json::type_error&) {
            accepted = false;
        }
        EXPECT_EQ(report::detail::is_valid_utf8(s), accepted) << ordered_json(s).dump(-1, ' ', true, ordered_json::error_handler_t::replace);
    }
}

// A document larger than the writer's buffer goes out in chunks and is
// still the one text.
TEST(ReportJson, WriterFlushesLargeDocumentsInChunks) {
    ordered_json j = ordered_json::array();
    const std::string line(100, 'x');
    for (std::size_t i = 0; 100 * i < 3 * report::detail::json_writer::flush_at; ++i)
        j.push_back(ordered_json{{"i", i}, {"text", line}, {"x", 0.5 * static_cast<double>(i)}});
    EXPECT_EQ(written(j), dumped(j));
}

namespace {

// A book whose names carry a spreadsheet formula, a terminal escape sequence,
// a NUL and a C1 control, and whose target is 10^41 元.
struct hostile_fixture {
    figure_book book;
    plan p;
    plan_report evaluation;

    hostile_fixture() {
        using R = figure_role;
        using M = figure_measure;
        const period y2025 = period::year(2025);
        book.figures = {
            make_figure("f.level.2025", "f", "1", "=HYPERLINK(\"http://evil\",\"x\")", R::actual, y2025, M::level, "=",
                        5, 0, "元"),
            make_figure("f.target.2025", "f", "1", "=HYPERLINK(\"http://evil\",\"x\")", R::target, y2025, M::level,
                        "以上", 1e41, 0, "元"),
            make_figure("g.level.2025", "g", "1", std::string("red\x1b[31m\x1b]0;title\x07 nul\0end", 26) + "\xC2\x85",
                        R::actual, y2025, M::level, "=", 1, 0, "个"),
            make_figure("g.target.2025", "g", "1", "@g", R::target, y2025, M::level, "以上", 1, 0, "个"),
        };
        p = plan_from_figures(book);
        evaluation = p.evaluate(y2025);
    }
    [[nodiscard]] report::document doc() const { return {&p, &evaluation, nullptr, &book, ""}; }
};

bool has_raw_controls(const std::string& text, bool newlines_allowed) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n' && newlines_allowed) continue;
        if (c < 0x20 || c == 0x7F) return true;
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(text[i + 1]) <= 0x9F)
            return true;
    }
    return false;
}

}  // namespace

TEST(ReportSafeOutput, ControlCharactersAreMadeVisible) {
    EXPECT_EQ(report::escape_controls(std::string("a\x1b[31mb\0c\x7f", 10)), "a\\x1B[31mb\\x00c\\x7F");
    EXPECT_EQ(report::escape_controls("next\xC2\x85line"), "next\\u0085line");  // U+0085, a C1 control
    EXPECT_EQ(report::escape_controls("\xC2\xA0"), "\xC2\xA0");                // U+00A0 is not one
    EXPECT_EQ(report::escape_controls("a\tb\nc"), "a b c");
    EXPECT_EQ(report::escape_controls("a\tb\nc", report::whitespace_controls::keep), "a\tb\nc");
    EXPECT_EQ(report::escape_controls("指标 é"), "指标 é");
}

TEST(ReportSafeOutput, NoControlReachesTheTableMarkdownOrCsv) {
    const hostile_fixture f;
    const std::string table = report::render_table(f.doc());
    const std::string markdown = report::render_markdown(f.doc());
    const std::string csv = report::render_csv(f.doc());
    EXPECT_FALSE(has_raw_controls(table, true));
    EXPECT_FALSE(has_raw_controls(markdown, true));
    EXPECT_FALSE(has_raw_controls(csv, true));
    EXPECT_NE(table.find("red\\x1B[31m\\x1B]0;title\\x07 nul\\x00end\\u0085"), std::string::npos);
    EXPECT_NE(csv.find("red\\x1B[31m"), std::string::npos);
}

TEST(ReportSafeOutput, CsvCellsThatWouldRunAsFormulasAreQuoted) {
    EXPECT_EQ(io::spreadsheet_safe("=1+2"), "'=1+2");
    EXPECT_EQ(io::spreadsheet_safe("+1"), "'+1");
    EXPECT_EQ(io::spreadsheet_safe("-1"), "'-1");
    EXPECT_EQ(io::spreadsheet_safe("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(io::spreadsheet_safe("\tx"), "'\tx");
    EXPECT_EQ(io::spreadsheet_safe("\rx"), "'\rx");
    EXPECT_EQ(io::spreadsheet_safe("指标=1"), "指标=1");
    EXPECT_EQ(io::spreadsheet_safe(""), "");

    const hostile_fixture f;
    const auto table = io::parse_csv(report::render_csv(f.doc()));
    ASSERT_TRUE(table) << table.error().message;
    const io::csv_table& t = table.value();
    ASSERT_EQ(t.rows.size(), 2U);
    for (const auto& r : t.rows) {
        const std::string name = t.field(r, "indicator_name").text;
        if (t.field(r, "indicator").text == "f") {
            EXPECT_EQ(name, "'=HYPERLINK(\"http://evil\",\"x\")");
            // A number stays a number, negative or not.
            EXPECT_EQ(t.field(r, "margin").text, "-1e+41");
        }
    }

    // The figures writer quotes free text too.
    const std::string figures = io::write_figures_csv(f.book);
    EXPECT_NE(figures.find(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\","), std::string::npos) << figures;
    EXPECT_EQ(figures.find(",=HYPERLINK"), std::string::npos);
}

TEST(ReportSafeOutput, LargeNumbersHaveNoSpuriousDigits) {
    EXPECT_EQ(report::format_number(1e41), "1e+41");
    EXPECT_EQ(report::format_number(1e41, 0), "1e+41");
    EXPECT_EQ(report::format_number(-1.5e20, 2), "-1.5e+20");
    EXPECT_EQ(report::format_number(1e15), "1e+15");
    EXPECT_EQ(report::format_number(999999999999999.0), "999999999999999");
    EXPECT_EQ(report::format_number(123456789012.3456, 4), "123456789012.346");  // 15 significant digits
    EXPECT_EQ(report::format_number(0.5, 3), "0.500");
    EXPECT_EQ(report::format_number(100.0), "100");

    const hostile_fixture f;
    const std::string table = report::render_table(f.doc());
    EXPECT_NE(table.find("≥ 1e+41 元"), std::string::npos) << table;
    EXPECT_EQ(table.find("100000000000000000620008645040778319495168"), std::string::npos);
}

// ---- one table model per section ---------------------------------------------------

TEST(ReportTables, TableAndMarkdownPrintTheSameModels) {
    const fixture f;
    const auto d = f.doc();
    const std::string table = report::render_table(d);
    const std::string markdown = report::render_markdown(d);
    const auto views = report::assessment_views(d);
    // The dash differs by format (- in the terminal, — in Markdown); the rest is the same text.
    for (const auto& [t_model, m_model] :
         {std::pair{report::assessments_table(views, "-"), report::assessments_table(views, "—")},
          std::pair{report::summary_table(f.evaluation), report::summary_table(f.evaluation)},
          std::pair{report::findings_table(f.audited, "-"), report::findings_table(f.audited, "—")}}) {
        ASSERT_EQ(t_model.rows.size(), m_model.rows.size());
        for (std::size_t r = 0; r < t_model.rows.size(); ++r) {
            std::string md_line = "|";
            for (const auto& cell : m_model.rows[r]) md_line += " " + report::markdown_escape(cell) + " |";
            EXPECT_NE(markdown.find(md_line + "\n"), std::string::npos) << md_line;
            for (const auto& cell : t_model.rows[r]) EXPECT_NE(table.find(cell), std::string::npos) << cell;
        }
    }
    EXPECT_EQ(report::findings_table(f.audited, "-").rows.size(), 2U);
    EXPECT_NE(table.find(report::audit_counts_text(f.audited)), std::string::npos);
    EXPECT_NE(markdown.find(report::audit_counts_text(f.audited)), std::string::npos);
    EXPECT_NE(table.find(report::binding_status_text(f.evaluation)), std::string::npos);
    EXPECT_NE(markdown.find("**" + report::binding_status_text(f.evaluation) + "**"), std::string::npos);  // missed
}

TEST(ReportFindings, EachFindingSaysWhereItsCheckCameFrom) {
    finding given, discovered, alone;
    given.origin = relation_origin::given;
    discovered.origin = relation_origin::discovered;
    EXPECT_EQ(report::finding_origin_cell(given), "给定 given");
    EXPECT_EQ(report::finding_origin_cell(discovered), "发现 discovered");
    EXPECT_EQ(report::finding_origin_cell(alone), "单项 one figure");
    EXPECT_EQ(report::finding_origin_token(discovered), "discovered");
    EXPECT_EQ(report::finding_origin_token(alone), "one_figure");
    const fixture f;
    const auto t = report::findings_table(f.audited, "-");
    const auto column = std::find(t.header.begin(), t.header.end(), "来源 Origin") - t.header.begin();
    ASSERT_LT(static_cast<std::size_t>(column), t.header.size());
    for (std::size_t r = 0; r < t.rows.size(); ++r)
        EXPECT_EQ(t.rows[r][static_cast<std::size_t>(column)], report::finding_origin_cell(f.audited.findings[r]));
    const std::string html = report::render_html(f.doc());
    EXPECT_NE(html.find(R"(<span class="origin">给定 given</span>)"), std::string::npos);
    // Each figure of a finding is listed with the words it was read from.
    fixture quoted;
    for (auto& fig : quoted.book.figures) fig.quote = "quote of " + fig.id;
    const std::string with_quotes = report::render_html(quoted.doc());
    const auto audit_at = with_quotes.find(R"(<section id="audit")");
    ASSERT_NE(audit_at, std::string::npos);
    ASSERT_FALSE(quoted.audited.findings.empty());
    for (const auto& x : quoted.audited.findings) {
        for (const auto& id : x.figures) {
            EXPECT_NE(with_quotes.find(R"(<q class="quote">quote of )" + report::html_escape(id) + "</q>", audit_at),
                      std::string::npos)
                << id;
        }
    }
}

TEST(ReportFindings, AFigureWith400DecimalsPrintsAsANumber) {
    finding x;
    x.code = finding_code::rate_reproduces;
    x.computed = 55.0 / 58.0 * 100.0;
    x.computed_decimals = 402;  // the published figure's 400 places and two more
    x.unit = units::unit_of("%");
    x.has_published = true;
    x.published = {x.computed, 400};
    EXPECT_EQ(report::describe(x, report::language::english), "rate reproduces from its parts: 94.827586206897 %");
    EXPECT_EQ(report::finding_published_cell(x), "94.827586206897%");
}

// The computed value of a finding is rounded, then loses the zeros rounding
// leaves: a quotient of 3013.19999... was "3013.20" in plancheck's audit table
// where the shapingba program printed 3013.2; both now print through this.
TEST(ReportFindings, ComputedTextDropsTheZerosOfRounding) {
    plantarget::finding f;
    f.unit = plantarget::units::parse_unit("亿元").value();
    f.computed = 3013.2 - 1e-9;
    EXPECT_EQ(plantarget::report::finding_computed_text(f), "3013.2");
    EXPECT_EQ(plantarget::report::finding_computed_cell(f), "3013.2 亿元");
    f.computed = 50.0;
    EXPECT_EQ(plantarget::report::finding_computed_text(f), "50");
    f.has_published = true;
    f.published = {94.8, 1};
    f.computed = 94.827586;
    EXPECT_EQ(plantarget::report::finding_computed_text(f), "94.828");
    EXPECT_EQ(plantarget::report::finding_published_cell(f), "94.8 亿元");
}

// Cells of fixed-width layouts: padded by display width, cut with "…".
TEST(ReportTable, FitToWidthPadsAndCutsByDisplayWidth) {
    using plantarget::report::align;
    using plantarget::report::fit_to_width;
    EXPECT_EQ(fit_to_width("节", 5), "节   ");
    EXPECT_EQ(fit_to_width("12", 5, align::right), "   12");
    EXPECT_EQ(fit_to_width("四项通道国际班列开行量", 9), "四项通道…");
    EXPECT_EQ(fit_to_width("四项通道国际班列开行量", 10), "四项通道… ");  // a wide character does not fit in one column
    EXPECT_EQ(fit_to_width("abc", 0), "");
}

// A cut text keeps the alignment: a right-aligned column ends at its right edge
// even when a double-width character left a column over. At the text's own
// width nothing is cut; one less cuts; one more pads.
TEST(ReportTable, FitToWidthAlignsACutText) {
    using plantarget::report::align;
    using plantarget::report::fit_to_width;
    using plantarget::io::display_width;
    const std::string text = "地区生产总值";  // six CJK characters
    const std::size_t w = display_width(text);
    ASSERT_EQ(w, 12u);
    for (const align a : {align::left, align::right}) {
        EXPECT_EQ(fit_to_width(text, w, a), text);
        for (const std::size_t width : {w - 1, w, w + 1, w - 2, std::size_t{1}})
            EXPECT_EQ(display_width(fit_to_width(text, width, a)), width);
    }
    // One less: five characters and "…" fill the 11 columns exactly.
    EXPECT_EQ(fit_to_width(text, w - 1, align::left), "地区生产总…");
    EXPECT_EQ(fit_to_width(text, w - 1, align::right), "地区生产总…");
    EXPECT_EQ(fit_to_width(text, w + 1, align::left), text + " ");
    EXPECT_EQ(fit_to_width(text, w + 1, align::right), " " + text);
    // Two less: a fifth character would need 11 columns; four and "…" fill
    // nine, and the column left goes on the side away from the alignment.
    EXPECT_EQ(fit_to_width(text, w - 2, align::right), " 地区生产…");
    EXPECT_EQ(fit_to_width(text, w - 2, align::left), "地区生产… ");
}

// A binding target that cannot be assessed is counted apart in every summary
// and never reported as met (it read "binding targets met" before).
TEST(ReportSummary, BindingTargetNotAssessableIsCountedApartInEveryFormat) {
    namespace pt = plantarget;
    pt::plan p;
    pt::indicator_info ind;
    ind.id = "accidents";
    ind.name_zh = "安全事故";
    ind.unit = pt::units::parse_unit("件").value();
    p.add_indicator(ind);
    pt::target_spec t;
    t.id = "accidents.2025";
    t.indicator_id = "accidents";
    t.deadline = pt::period::year(2025);
    t.kind = pt::commitment::binding;
    pt::condition c;
    c.cmp = pt::comparator::at_most;
    c.value = 10.0;
    c.unit = ind.unit;
    t.conditions.push_back(c);
    p.add_target(t, "1");
    ASSERT_EQ(p.add_observation("accidents", pt::period::year(2024), 8.0), pt::reason::none);  // none for 2025
    const pt::plan_report r = p.evaluate(pt::period::year(2025));
    ASSERT_EQ(r.binding(), pt::binding_status::not_assessable);
    pt::report::document d;
    d.p = &p;
    d.evaluation = &r;

    const std::string line =
        "有约束性目标无法评估 · binding targets not assessable, none missed · 无法评估 1 项 · 1 not assessable";
    const std::string table = pt::report::render_table(d);
    EXPECT_NE(table.find(line), std::string::npos) << table;
    EXPECT_EQ(table.find("binding targets met"), std::string::npos);
    EXPECT_NE(pt::report::render_markdown(d).find("**" + line + "**"), std::string::npos);
    const auto j = nlohmann::json::parse(pt::report::render_json(d));
    EXPECT_EQ(j["summary"]["binding_status"], "not_assessable");
    EXPECT_EQ(j["summary"]["binding_not_assessable"], 1);
    EXPECT_EQ(j["summary"]["binding_targets_met"], false);
    EXPECT_NE(pt::report::render_html(d).find(R"(<p class="status unknown">)" + line + "</p>"), std::string::npos);
}

// ---- colour and width of the terminal table ----------------------------------------

namespace table_options_tests {

using namespace plantarget;

const std::regex sgr_pattern("\x1b\\[[0-9;]*m");

std::string without_escapes(const std::string& s) { return std::regex_replace(s, sgr_pattern, ""); }

std::size_t widest_line(const std::string& text) {
    std::size_t w = 0;
    for (const auto& line : lines_of(text)) w = std::max(w, io::display_width(line));
    return w;
}

// Each table's lines (those starting with + or |) have one display width.
void expect_tables_aligned(const std::string& text) {
    std::size_t width = 0;
    bool in_table = false;
    for (const auto& line : lines_of(text)) {
        const bool table_line = !line.empty() && (line.front() == '+' || line.front() == '|');
        if (!table_line) {
            in_table = false;
            continue;
        }
        const std::size_t w = io::display_width(line);
        if (!in_table) width = w;
        in_table = true;
        EXPECT_EQ(w, width) << line;
    }
}

TEST(ReportTableColor, OffByDefault) {
    const fixture f;
    EXPECT_EQ(report::render_table(f.doc()).find('\x1b'), std::string::npos);
    EXPECT_EQ(report::render_table(f.doc()), report::render_table(f.doc(), report::table_options{}));
}

TEST(ReportTableColor, StrippingTheEscapesGivesThePlainTable) {
    const fixture f;
    report::table_options o;
    o.color = true;
    const std::string colored = report::render_table(f.doc(), o);
    EXPECT_NE(colored.find("\x1b["), std::string::npos);
    EXPECT_EQ(without_escapes(colored), report::render_table(f.doc()));
}

TEST(ReportTableColor, EachEscapeWrapsOneVerdictCellInItsTone) {
    const fixture f;
    report::table_options o;
    o.color = true;
    const std::string colored = report::render_table(f.doc(), o);
    // An escape opens a cell and a reset closes it, with no escape between.
    const std::regex cell("\x1b\\[(3[0-9])m([^\x1b]*)\x1b\\[0m");
    std::size_t cells = 0;
    std::size_t status_lines = 0;
    for (auto it = std::sregex_iterator(colored.begin(), colored.end(), cell); it != std::sregex_iterator(); ++it) {
        std::string text = (*it)[2].str();
        if (text == report::binding_status_text(f.evaluation) + "\n" || text == report::binding_status_text(f.evaluation)) {
            ++status_lines;  // the binding status line, in its tone (TextOutsideTables... below)
            continue;
        }
        ++cells;
        const auto first = text.find_first_not_of(' ');
        const auto last = text.find_last_not_of(' ');
        ASSERT_NE(first, std::string::npos);
        text = text.substr(first, last - first + 1);
        const auto v = report::detail::verdict_named(text);
        ASSERT_TRUE(v.has_value()) << text;
        EXPECT_EQ((*it)[1].str() + "m", std::string(report::detail::sgr_of(report::tone_of(*v))).substr(2)) << text;
    }
    // Every escape is in such a pair: an SGR opens and one resets per cell.
    const auto all = std::distance(std::sregex_iterator(colored.begin(), colored.end(), sgr_pattern), std::sregex_iterator());
    EXPECT_EQ(status_lines, 1U);
    EXPECT_EQ(static_cast<std::size_t>(all), 2 * (cells + status_lines));
    // The cells: the assessments' verdicts and the summary's rows, all but
    // the ones of no colour (not assessable).
    std::size_t expected = 0;
    for (const auto& a : f.evaluation.assessments) expected += report::tone_of(a.outcome) != report::tone::unknown;
    for (const verdict v : all_verdicts) expected += report::tone_of(v) != report::tone::unknown;
    EXPECT_EQ(cells, expected);
    EXPECT_NE(colored.find("\x1b[32m超额完成 exceeded"), std::string::npos);
    EXPECT_NE(colored.find("\x1b[31m未完成 not achieved"), std::string::npos);
    EXPECT_NE(colored.find("\x1b[33m待评估 pending"), std::string::npos);
}

TEST(ReportTableColor, VerdictsAreNamedByTheVocabulary) {
    for (const verdict v : all_verdicts) {
        EXPECT_EQ(report::detail::verdict_named(chinese_of(v)), v);
        EXPECT_EQ(report::detail::verdict_named(std::string(chinese_of(v)) + " " + std::string(english_of(v))), v);
        EXPECT_EQ(report::detail::verdict_named(std::string(chinese_of(v)) + " " + std::string(english_of(v)) + ": why"), v);
    }
    EXPECT_FALSE(report::detail::verdict_named("完成率 Completion").has_value());
    EXPECT_FALSE(report::detail::verdict_named("合计 Total").has_value());
}

// The cells of a table line, split at the column borders (no cell of the
// fixture holds " | ").
std::vector<std::string> cells_of(const std::string& line) {
    std::vector<std::string> out;
    std::size_t from = 0;
    for (auto pos = line.find(" | "); pos != std::string::npos; pos = line.find(" | ", from)) {
        out.push_back(line.substr(from, pos - from));
        from = pos + 3;
    }
    out.push_back(line.substr(from));
    return out;
}

TEST(ReportTableWidth, AtTheFullWidthNothingChanges) {
    const fixture f;
    const std::string plain = report::render_table(f.doc());
    report::table_options o;
    o.width = widest_line(plain);
    EXPECT_EQ(report::render_table(f.doc(), o), plain);
    o.width = 10000;
    EXPECT_EQ(report::render_table(f.doc(), o), plain);
}

TEST(ReportTableWidth, OneColumnLessCutsATextColumnAndKeepsTheTablesAligned) {
    const fixture f;
    const std::string plain = report::render_table(f.doc());
    const std::size_t full = widest_line(plain);
    report::table_options o;
    o.width = full - 1;
    const std::string fitted = report::render_table(f.doc(), o);
    EXPECT_LE(widest_line(fitted), full - 1);
    EXPECT_NE(fitted.find("…"), std::string::npos);
    expect_tables_aligned(fitted);
    EXPECT_EQ(lines_of(fitted).size(), lines_of(plain).size());
}

// The cells of a table line without its outer borders.
std::vector<std::string> inner_cells(const std::string& line) {
    if (line.size() < 4) return {};
    return cells_of(line.substr(2, line.size() - 4));
}

// The rows of the assessments table (the report's first), header included,
// with its blocks of columns joined back into whole rows: each block after
// the first repeats the section (and the indicator, when there is room),
// dropped there. Checks that it does.
std::vector<std::vector<std::string>> assessment_rows(const std::string& text) {
    std::vector<std::vector<std::vector<std::string>>> blocks;
    bool in_table = false;
    for (const auto& line : lines_of(text)) {
        if (line.rfind("汇总 Summary", 0) == 0) break;
        const bool table_line = !line.empty() && (line.front() == '+' || line.front() == '|');
        if (!table_line) {
            in_table = false;
            continue;
        }
        if (!in_table) blocks.emplace_back();
        in_table = true;
        if (line.front() == '|') blocks.back().push_back(inner_cells(line));
    }
    if (blocks.empty()) return {};
    std::vector<std::vector<std::string>> rows = blocks.front();
    for (std::size_t b = 1; b < blocks.size(); ++b) {
        EXPECT_EQ(blocks[b].size(), rows.size());
        // The key: the leading columns the block's header repeats (one or two).
        std::size_t key = 0;
        while (key < 2 && key < blocks[b].front().size() && blocks[b].front()[key] == rows.front()[key]) ++key;
        EXPECT_GE(key, 1U) << "block " << b << " does not repeat the first column";
        for (std::size_t r = 0; r < rows.size() && r < blocks[b].size(); ++r) {
            if (blocks[b][r].size() <= key) {
                ADD_FAILURE() << "block " << b << " row " << r << " has only its key";
                continue;
            }
            for (std::size_t k = 0; k < key; ++k) EXPECT_EQ(blocks[b][r][k], rows[r][k]) << "block " << b << " lacks the key";
            rows[r].insert(rows[r].end(), blocks[b][r].begin() + key, blocks[b][r].end());
        }
    }
    return rows;
}

TEST(ReportTableWidth, ChineseNamesAreCutByDisplayWidthAndNumbersAreKept) {
    const fixture f;
    const std::string plain = report::render_table(f.doc());
    const auto plain_rows = assessment_rows(plain);
    ASSERT_GT(plain_rows.size(), 1U);
    // Narrower and narrower: the Chinese names (two columns a character) are
    // cut, and every other cell of the assessments table stays as it was,
    // in whichever block of columns it is printed.
    for (std::size_t width = widest_line(plain); width >= 60; width -= 7) {
        report::table_options o;
        o.width = width;
        const std::string fitted = report::render_table(f.doc(), o);
        expect_tables_aligned(fitted);
        const auto fitted_rows = assessment_rows(fitted);
        ASSERT_EQ(fitted_rows.size(), plain_rows.size());
        std::size_t compared = 0;
        for (std::size_t i = 0; i < plain_rows.size(); ++i) {
            const auto& before = plain_rows[i];
            const auto& after = fitted_rows[i];
            ASSERT_EQ(before.size(), after.size());
            for (std::size_t c = 0; c < before.size(); ++c) {
                if (c == 1) {  // the indicator: the same text, or its start and "…"
                    const std::string& cut = after[c];
                    const auto end = cut.find("…");
                    if (end == std::string::npos) EXPECT_EQ(cut.substr(0, cut.find_last_not_of(' ') + 1),
                                                            before[c].substr(0, before[c].find_last_not_of(' ') + 1));
                    else EXPECT_EQ(before[c].rfind(cut.substr(0, end), 0), 0U) << cut;
                } else {
                    EXPECT_EQ(after[c], before[c]);
                    ++compared;
                }
            }
        }
        EXPECT_GT(compared, 0U);
    }
    // At 60 columns "城镇调查失业率" (14 columns) is cut at a character:
    // never half a character, so the cell is its first characters and "…".
    report::table_options o;
    o.width = 60;
    const std::string whole = report::render_table(f.doc(), o);
    // The assessments table (what stands out before it, and the narrow results after it, keep the name).
    const std::size_t from = whole.find("节 Section");
    const std::string narrow = whole.substr(from, whole.find("汇总 Summary") - from);
    EXPECT_EQ(narrow.find("城镇调查失业率"), std::string::npos);
    EXPECT_NE(narrow.find("城镇调查…"), std::string::npos);
}

// A table wider than the width once its names are cut is printed in blocks
// of columns, each at most the width, each led by the row's section and name.
TEST(ReportTableWidth, ATableTooWideIsWrappedIntoBlocksOfColumns) {
    const fixture f;
    const std::string plain = report::render_table(f.doc());
    report::table_options o;
    o.width = 60;
    const std::string narrow = report::render_table(f.doc(), o);
    for (const auto& line : lines_of(narrow)) EXPECT_LE(io::display_width(line), 60U) << line;
    const auto rows = assessment_rows(narrow);
    ASSERT_FALSE(rows.empty());
    EXPECT_EQ(rows.front().size(), assessment_rows(plain).front().size());  // every column is there
    EXPECT_GT(lines_of(narrow).size(), lines_of(plain).size());
}

// Blocks at the boundary: widths 5, 10, 10, 10 take 48 columns in one table
// (1 + 8 + 13 + 13 + 13); with column 0 repeated, 35 holds two of the others.
TEST(ReportTableWidth, ColumnBlocksAtTheirBoundaries) {
    using report::detail::column_blocks;
    using blocks = std::vector<std::vector<std::size_t>>;
    const std::vector<std::size_t> w{5, 10, 10, 10};
    EXPECT_EQ(column_blocks(w, 48), (blocks{{0, 1, 2, 3}}));  // at the width: one table
    EXPECT_EQ(column_blocks(w, 0), (blocks{{0, 1, 2, 3}}));   // no width: one table
    EXPECT_EQ(column_blocks(w, 47), (blocks{{0, 1, 2}, {0, 3}}));
    EXPECT_EQ(column_blocks(w, 35), (blocks{{0, 1, 2}, {0, 3}}));
    EXPECT_EQ(column_blocks(w, 34), (blocks{{0, 1}, {0, 2}, {0, 3}}));
    EXPECT_EQ(column_blocks(w, 10), (blocks{{0, 1}, {0, 2}, {0, 3}}));  // too narrow for any: one column each
    // Two key columns take 22; beside them a column needs 35: at 35 both lead each block,
    EXPECT_EQ(column_blocks(w, 35, 2), (blocks{{0, 1, 2}, {0, 1, 3}}));
    // at 34 no column would fit beside them, and the first leads alone.
    EXPECT_EQ(column_blocks(w, 34, 2), (blocks{{0, 1}, {0, 2}, {0, 3}}));
}

// Lines of text are wrapped at a space, or between two characters where there
// is none (Chinese); a line that fits is left as it is.
TEST(ReportTableWidth, TextLinesAreWrappedAtSpacesOrCharacters) {
    using report::detail::wrap_text_line;
    EXPECT_EQ(wrap_text_line("abc def ghi", 11), "abc def ghi\n");
    EXPECT_EQ(wrap_text_line("abc def ghi", 10), "abc def\nghi\n");
    EXPECT_EQ(wrap_text_line("abc def ghi", 7), "abc def\nghi\n");
    EXPECT_EQ(wrap_text_line("abc def ghi", 6), "abc\ndef\nghi\n");
    EXPECT_EQ(wrap_text_line("abcdefgh", 3), "abc\ndef\ngh\n");
    EXPECT_EQ(wrap_text_line("中文中文中", 10), "中文中文中\n");
    EXPECT_EQ(wrap_text_line("中文中文中", 9), "中文中文\n中\n");
    EXPECT_EQ(wrap_text_line("中文中文中", 5), "中文\n中文\n中\n");
    EXPECT_EQ(wrap_text_line("", 5), "\n");
    EXPECT_EQ(wrap_text_line("anything", 0), "anything\n");
    for (const std::size_t width : {std::size_t{12}, std::size_t{20}, std::size_t{33}}) {
        const std::string line = "审计 Audit: 53 项检查 checks, 41 项成立 holding; 0 错误 errors, 12 警告 warnings";
        const std::string wrapped = wrap_text_line(line, width);
        for (const auto& part : lines_of(wrapped)) EXPECT_LE(io::display_width(part), width) << part;
    }
}

// Outside the tables: text lines fit the width, and the binding status is in
// its tone when colour is on.
TEST(ReportTableWidth, TextOutsideTablesFitsAndTheBindingStatusIsColoured) {
    const fixture f;
    report::table_options o;
    o.width = 40;
    report::provenance source;
    source.inputs.push_back({"a/long/path/to/the/figures.csv", "figures", 1, std::string(64, 'c')});
    report::document d = f.doc();
    d.source = &source;
    const std::string narrow = report::render_table(d, o);
    for (const auto& line : lines_of(narrow)) {
        const bool table_line = !line.empty() && (line.front() == '+' || line.front() == '|');
        if (!table_line) {
            EXPECT_LE(io::display_width(line), 40U) << line;
        }
    }
    o = {};
    o.color = true;
    const std::string colored = report::render_table(d, o);
    const std::string status = report::binding_status_text(f.evaluation);
    const std::string_view tone = f.evaluation.binding() == binding_status::met      ? report::detail::sgr_of(report::tone::met)
                                  : f.evaluation.binding() == binding_status::missed ? report::detail::sgr_of(report::tone::missed)
                                                                                     : std::string_view();
    ASSERT_FALSE(tone.empty());
    EXPECT_NE(colored.find(std::string(tone) + status + std::string(report::detail::sgr_reset) + "\n"), std::string::npos);
}

}  // namespace table_options_tests

// Every format states where the report comes from (provenance.hpp): the
// version, each input with its size and digest, the options and how the
// as-of period was chosen; none of it without a provenance.
TEST(ReportProvenance, EveryFormatStatesVersionInputsOptionsAndAsOf) {
    const fixture f;
    report::provenance source;
    source.inputs.push_back({"figures.csv", "figures", 1234, std::string(64, 'a')});
    source.inputs.push_back({"rel ations.csv", "relations", 56, std::string(64, 'b')});
    source.options = {"--as-of", "2025", "--title", "it's"};
    source.as_of_given = true;
    report::document d = f.doc();
    const std::string as_of = report::as_of_text(d);
    ASSERT_FALSE(as_of.empty());
    const std::string without_table = report::render_table(d);
    const std::string without_markdown = report::render_markdown(d);
    const std::string without_html = report::render_html(d);
    const auto without_json = nlohmann::json::parse(report::render_json(d));
    d.source = &source;

    const std::string version_line =
        "plantarget " + std::string(PLANTARGET_VERSION_STRING) + " · 评估时点 as of " + as_of + ": 指定 given (--as-of)";
    const std::string input_line = "输入 Input: figures.csv (figures, 1234 bytes) sha256 " + std::string(64, 'a');
    const std::string options_line = "选项 Options: --as-of 2025 --title 'it'\\''s'";
    const std::string table = report::render_table(d);
    const std::string markdown = report::render_markdown(d);
    for (const std::string& line : {version_line, input_line, options_line}) {
        EXPECT_NE(table.find(line + "\n"), std::string::npos) << line << "\n" << table;
        // Markdown escapes what it would read as markup (the backslash of the quoted ').
        EXPECT_NE(markdown.find("- " + report::markdown_escape(line) + "\n"), std::string::npos) << line;
    }
    EXPECT_NE(table.find("rel ations.csv (relations, 56 bytes)"), std::string::npos);
    const std::string html = report::render_html(d);
    EXPECT_NE(html.find("<li>" + report::html_escape(version_line) + "</li>"), std::string::npos);
    EXPECT_NE(html.find("<li>" + report::html_escape(input_line) + "</li>"), std::string::npos);
    EXPECT_NE(html.find("<li>" + report::html_escape(options_line) + "</li>"), std::string::npos);

    const auto j = nlohmann::json::parse(report::render_json(d));
    EXPECT_EQ(j["provenance"]["plantarget_version"], PLANTARGET_VERSION_STRING);
    ASSERT_EQ(j["provenance"]["inputs"].size(), 2U);
    EXPECT_EQ(j["provenance"]["inputs"][0]["sha256"], std::string(64, 'a'));
    EXPECT_EQ(j["provenance"]["inputs"][1]["bytes"], 56);
    EXPECT_EQ(j["provenance"]["options"][3], "it's");
    EXPECT_TRUE(j["provenance"]["as_of_given"].get<bool>());

    const auto csv = io::parse_csv(report::render_csv(d));
    ASSERT_TRUE(csv) << csv.error().message;
    ASSERT_FALSE(csv.value().rows.empty());
    for (const auto& row : csv.value().rows) {
        EXPECT_EQ(csv.value().field(row, "plantarget_version").text, PLANTARGET_VERSION_STRING);
        EXPECT_EQ(csv.value().field(row, "inputs").text,
                  "figures.csv sha256:" + std::string(64, 'a') + "; rel ations.csv sha256:" + std::string(64, 'b'));
        // Starting with '-', the cell is quoted as a spreadsheet would otherwise run it (spreadsheet_safe).
        EXPECT_EQ(csv.value().field(row, "options").text, "'--as-of 2025 --title 'it'\\''s'");
    }

    // Without a provenance nothing of it is printed.
    EXPECT_EQ(without_table.find("来源 Provenance"), std::string::npos);
    EXPECT_EQ(without_markdown.find("来源 Provenance"), std::string::npos);
    EXPECT_EQ(without_html.find(R"(<ul class="provenance">)"), std::string::npos);
    EXPECT_FALSE(without_json.contains("provenance"));
}

// The as-of period taken from the data says so; no options print "(none)".
TEST(ReportProvenance, AsOfFromTheDataAndNoOptions) {
    const fixture f;
    report::provenance source;
    report::document d = f.doc();
    d.source = &source;
    const std::string table = report::render_table(d);
    EXPECT_NE(table.find("as of " + report::as_of_text(d) + ": 最新实际值 the latest actual"), std::string::npos) << table;
    EXPECT_NE(table.find("选项 Options: (none)"), std::string::npos);
    EXPECT_EQ(report::shell_quoted(""), "''");
    EXPECT_EQ(report::shell_quoted("a b"), "'a b'");
    EXPECT_EQ(report::shell_quoted("--as-of=2025-01..2025-06"), "--as-of=2025-01..2025-06");
}

// ---- the report a reader wants: results by section, the first screen ------------

// The fixture's actuals in their sections, a row per indicator and period,
// a cell per measure; the sections in section order with their titles.
TEST(ReportResults, ActualsByTheirSectionsWithTheirMeasures) {
    const fixture f;
    const auto d = f.doc();
    const report::document_index index(d);
    const auto views = report::assessment_views(d, index);
    const auto sections = report::report_sections(d, index, views);
    ASSERT_EQ(sections.size(), 3U);
    EXPECT_EQ(sections[0].number, "1.1");
    EXPECT_EQ(sections[0].title, "稳就业");
    EXPECT_EQ(sections[0].parents, std::vector<std::string>{"一、2025年工作回顾"});
    EXPECT_EQ(sections[0].targets.size(), 2U);
    EXPECT_EQ(sections[0].results.header,
              (std::vector<std::string>{"指标 Indicator", "期 Period", "实际 Actual", "其他 Other"}));
    ASSERT_EQ(sections[0].results.rows.size(), 2U);
    EXPECT_EQ(sections[0].results.rows[0], (std::vector<std::string>{"新增就业", "2025", "3.8 万人", ""}));
    EXPECT_EQ(sections[0].results.rows[1], (std::vector<std::string>{"城镇调查失业率", "2025", "", "占比 5.6%"}));
    EXPECT_EQ(sections[0].result_indicators, (std::vector<std::string>{"jobs", "unemp"}));
    EXPECT_EQ(sections[1].number, "1.3");
    EXPECT_EQ(sections[1].title, "");
    EXPECT_EQ(sections[2].number, "2.4.2");
    ASSERT_EQ(sections[2].results.rows.size(), 1U);  // the level and the growth of bonded share a row
    EXPECT_EQ(sections[2].results.header[3], "增长 Growth");
    EXPECT_EQ(sections[2].results.rows[0][3], "+148.7%");
    EXPECT_EQ(sections[2].result_figures, 2U);
    EXPECT_EQ(report::result_count(sections), 5U);
    EXPECT_EQ(report::section_heading_text(sections[0]), "1.1 稳就业 (一、2025年工作回顾)");
}

// A completion rate's implied plan (actual / rate) comes from the audit:
// 90 家 at 150% is a plan of 60 家.
TEST(ReportResults, ACompletionRateShowsItsImpliedPlan) {
    using R = figure_role;
    using M = figure_measure;
    figure_book book;
    book.figures = {make_figure("firms.level.2025", "firms", "1.2", "高新技术企业", R::actual, period::year(2025),
                                M::level, "=", 90, 0, "家"),
                    make_figure("firms.completion.2025", "firms", "1.2", "高新技术企业", R::actual, period::year(2025),
                                M::completion, "=", 150, 0, "%")};
    book.relations = {{"completion.firms", relation_kind::completion, "firms.completion.2025", {"firms.level.2025"}, ""}};
    const plan p = plan_from_figures(book);
    const plan_report r = p.evaluate(period::year(2025));
    const audit_result au = audit(book);
    const report::document d{&p, &r, &au, &book, "t"};
    const report::document_index index(d);
    const auto sections = report::report_sections(d, index, report::assessment_views(d, index));
    ASSERT_EQ(sections.size(), 1U);
    EXPECT_EQ(sections[0].results.header,
              (std::vector<std::string>{"指标 Indicator", "期 Period", "实际 Actual", "完成率 Completion",
                                        "推算计划 Implied plan"}));
    ASSERT_EQ(sections[0].results.rows.size(), 1U);
    EXPECT_EQ(sections[0].results.rows[0][3], "150%");
    EXPECT_EQ(sections[0].results.rows[0][4], "≈ 60.0 家");  // at one place more than the actual, as the audit prints it
    // Without the audit there is no implied plan, and no column for it.
    const report::document bare{&p, &r, nullptr, &book, "t"};
    const report::document_index bare_index(bare);
    EXPECT_EQ(report::report_sections(bare, bare_index, report::assessment_views(bare, bare_index))[0].results.header.size(),
              4U);
}

// The first screen: the missed target, the audit's warning about a target,
// and a target set below the last actual, each pointing to its target.
TEST(ReportHighlights, MissedTargetsTargetsBelowTheLastActualAndWarnings) {
    const fixture f;
    const auto d = f.doc();
    const report::document_index index(d);
    const auto views = report::assessment_views(d, index);
    const report::highlights h = report::highlights_of(d, index, views);
    EXPECT_TRUE(h.evaluated);
    EXPECT_TRUE(h.audited);
    EXPECT_EQ(h.pending, 1U);  // bonded
    ASSERT_EQ(h.missed.size(), 1U);
    EXPECT_EQ(h.missed[0].target_id, "unemp.target.2025");
    EXPECT_EQ(h.missed[0].text, "城镇调查失业率 2025: 目标 ≤ 5.5%，实际 5.6% · 未完成 not achieved");
    EXPECT_TRUE(h.below_last_actual.empty());
    ASSERT_EQ(h.audit.size(), 1U);  // the compound warning; the note is not on the first screen
    EXPECT_EQ(h.audit[0].target_id, "bonded.level.2026");
    EXPECT_EQ(h.audit[0].text.rfind("保税进出口额 2026 目标 > 120 亿元 且 增长 ≥ 50%: ", 0), 0U) << h.audit[0].text;
    EXPECT_NE(h.audit[0].text.find("(警告 warning)"), std::string::npos);

    // A floor below what was reached: 40 个 for 2026 after 50 个 in 2025.
    using R = figure_role;
    using M = figure_measure;
    figure_book book;
    book.figures = {
        make_figure("p.level.2025", "p", "1.1", "重点项目", R::actual, period::year(2025), M::level, "=", 50, 0, "个"),
        make_figure("p.level.2026", "p", "2.1", "重点项目", R::target, period::year(2026), M::level, "以上", 40, 0,
                    "个")};
    book.relations = {{"tva.p", relation_kind::target_vs_actual, "p.level.2026", {"p.level.2025"}, ""}};
    const plan p = plan_from_figures(book);
    const plan_report r = p.evaluate(period::year(2025));
    const audit_result au = audit(book);
    const report::document low{&p, &r, &au, &book, "t"};
    const report::document_index low_index(low);
    const auto low_views = report::assessment_views(low, low_index);
    const report::highlights lh = report::highlights_of(low, low_index, low_views);
    ASSERT_EQ(lh.below_last_actual.size(), 1U);
    EXPECT_EQ(lh.below_last_actual[0].target_id, "p.level.2026");
    EXPECT_EQ(lh.below_last_actual[0].text, "重点项目 2026 目标 ≥ 40 个: 目标低于上年实际 50 个（所需增长 -20.0%）");
    EXPECT_TRUE(lh.audit.empty());
    EXPECT_EQ(report::none_missed_text(lh), "无 none · 1 项目标尚待评估 targets pending");
    // Without an audit the two audit lists say so.
    const report::document unaudited{&p, &r, nullptr, &book, "t"};
    EXPECT_EQ(report::none_from_audit_text(report::highlights_of(unaudited, low_index, low_views)), "未审计 not audited");
}

// Every format prints the first screen before the targets and the results
// with their sections' titles.
TEST(ReportHighlights, EveryFormatPrintsTheFirstScreenAndTheResults) {
    const fixture f;
    const auto d = f.doc();
    const std::string html = report::render_html(d);
    const auto highlights = html.find(R"(<section id="highlights")");
    ASSERT_NE(highlights, std::string::npos);
    EXPECT_LT(highlights, html.find(R"(id="summary")"));
    EXPECT_LT(highlights, html.find(R"(<section class="targets")"));
    EXPECT_NE(html.find(R"(<div class="card card-missed" data-list="missed">)"), std::string::npos);
    EXPECT_NE(html.find(R"(<a href="#t-unemp.target.2025">城镇调查失业率 2025)"), std::string::npos);
    EXPECT_EQ(count_of(html, R"(<tr class="result" )"), 4U);
    EXPECT_NE(html.find(R"(<tr class="result" data-indicator="jobs"><th scope="row">新增就业</th><td>2025</td><td class="num">3.8 万人</td>)"),
              std::string::npos);
    EXPECT_NE(html.find(R"(<span class="num">1.1</span> <span class="title">稳就业</span>)"), std::string::npos);
    EXPECT_NE(html.find(R"(<p class="crumbs">一、2025年工作回顾</p>)"), std::string::npos);
    EXPECT_NE(html.find("5 项实际 results"), std::string::npos);

    const std::string markdown = report::render_markdown(d);
    EXPECT_LT(markdown.find("## 要点 What stands out"), markdown.find("## 评估 Assessments"));
    EXPECT_NE(markdown.find("### 未完成或慢于进度 Missed or behind (1)\n\n- 城镇调查失业率 2025"), std::string::npos);
    EXPECT_NE(markdown.find("### 1.1 稳就业 (一、2025年工作回顾)\n\n| 指标 Indicator |"), std::string::npos);
    EXPECT_NE(markdown.find("| 新增就业 | 2025 | 3.8 万人 |  |"), std::string::npos);

    const std::string table = report::render_table(d);
    EXPECT_LT(table.find("要点 What stands out"), table.find("| 节 Section"));
    EXPECT_NE(table.find("  未完成或慢于进度 Missed or behind: 1\n    - 城镇调查失业率 2025"), std::string::npos);
    EXPECT_NE(table.find("\n1.1 稳就业 (一、2025年工作回顾)\n+"), std::string::npos);
}
