// Books over years in the Markdown and HTML reports: two books (a.csv, then
// b.csv), targets in one and their actuals in the next, a revision and a link
// by name. Markdown prints the terminal table's sections from the same table
// models; HTML colours the verdicts by year by verdict and draws a small
// multiple per indicator with targets in two or more periods.
#include <plantarget/books.hpp>
#include <plantarget/from_figures.hpp>
#include <plantarget/history.hpp>
#include <plantarget/report/html.hpp>
#include <plantarget/report/markdown.hpp>
#include <plantarget/report/table.hpp>
#include <plantarget/report/tables.hpp>

#include "figure_fixtures.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace {

using namespace plantarget;

published_figure figure(std::string file, std::string id, std::string indicator, std::string name, figure_role role,
                        int year, figure_measure m, std::string comparator, double value, std::string_view unit) {
    published_figure f = figure_test::make_figure(std::move(id), std::move(indicator), "1", std::move(name), role,
                                                  period::year(year), m, std::move(comparator), value, 1, unit);
    f.where.file = std::move(file);
    f.where.line = 1;
    return f;
}

const std::string jobs_name = "新增就业<script>x</script>";

// a.csv (published 2024-01-01, after its 2023 actuals) and b.csv (2025-01-01):
//  gdp    2023 actual 5.0 in a, revised to 5.2 in b; 2024 target 左右 5 (band 4.5..5.5) in a,
//         actual 4.8 in b -> achieved; 2025 target 以上 5.5 in b -> pending as of 2024
//  jobs   2023 target 以上 3.5, actual 3.0 (both in a) -> not achieved; 2024 target 以上 3.5 in a,
//         actual 3.2 in b -> not achieved: missed 2 years running
//  unemp  2024 target 以内 5.5 in a; b calls it urban_unemployment (the same name and unit:
//         a link by name), actual 5.1 -> exceeded; one period, no chart
struct books_fixture {
    figure_book read;
    linked_books linked;
    plan p;
    plan_report evaluation;

    books_fixture() {
        using R = figure_role;
        using M = figure_measure;
        read.figures = {
            figure("a.csv", "gdp.a.2023", "gdp", "地区生产总值", R::actual, 2023, M::growth, "=", 5.0, "%"),
            figure("a.csv", "gdp.t.2024", "gdp", "地区生产总值", R::target, 2024, M::growth, "左右", 5.0, "%"),
            figure("a.csv", "jobs.t.2023", "jobs", jobs_name, R::target, 2023, M::level, "以上", 3.5, "万人"),
            figure("a.csv", "jobs.a.2023", "jobs", jobs_name, R::actual, 2023, M::level, "=", 3.0, "万人"),
            figure("a.csv", "jobs.t.2024", "jobs", jobs_name, R::target, 2024, M::level, "以上", 3.5, "万人"),
            figure("a.csv", "unemp.t.2024", "unemp", "城镇调查失业率", R::target, 2024, M::share, "以内", 5.5, "%"),
            figure("b.csv", "gdp.b.2023", "gdp", "地区生产总值", R::actual, 2023, M::growth, "=", 5.2, "%"),
            figure("b.csv", "gdp.b.2024", "gdp", "地区生产总值", R::actual, 2024, M::growth, "=", 4.8, "%"),
            figure("b.csv", "gdp.t.2025", "gdp", "地区生产总值", R::target, 2025, M::growth, "以上", 5.5, "%"),
            figure("b.csv", "jobs.b.2024", "jobs", jobs_name, R::actual, 2024, M::level, "=", 3.2, "万人"),
            figure("b.csv", "urban_unemployment.b.2024", "urban_unemployment", "城镇调查失业率", R::actual, 2024,
                   M::share, "=", 5.1, "%"),
        };
        linked = link_books(read);
        if (!linked.ok()) throw std::logic_error(linked.errors.front().to_string());
        p = plan_from_figures(linked.book);
        evaluation = p.evaluate(period::year(2024));  // the latest observation
    }

    [[nodiscard]] report::document doc() const {
        report::document d{&p, &evaluation, nullptr, &linked.book, "历年 Test"};
        d.books = &linked;
        return d;
    }
};

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + what.size())) ++n;
    return n;
}

// The text of the element that starts at `open` (the first occurrence) up to its closing tag.
std::string element(const std::string& html, const std::string& open, const std::string& close) {
    const auto b = html.find(open);
    if (b == std::string::npos) return {};
    const auto e = html.find(close, b);
    return html.substr(b, e == std::string::npos ? std::string::npos : e + close.size() - b);
}

const indicator_history& history_named(const std::vector<indicator_history>& hs, const std::string& id) {
    for (const auto& h : hs)
        if (h.indicator_id == id) return h;
    throw std::logic_error("no history for " + id);
}

TEST(ReportHistoryFixture, VerdictsAreTheOnesWorkedByHand) {
    const books_fixture f;
    ASSERT_TRUE(report::has_books_over_years(f.doc()));
    const auto hs = report::histories_of(f.doc());
    ASSERT_EQ(hs.size(), 3U);
    const auto& gdp = history_named(hs, "gdp");
    ASSERT_EQ(gdp.points.size(), 2U);
    EXPECT_EQ(gdp.points[0].outcome, verdict::achieved);
    EXPECT_EQ(gdp.points[1].outcome, verdict::pending);
    EXPECT_TRUE(gdp.points[1].open_high);
    const auto& jobs = history_named(hs, "jobs");
    ASSERT_EQ(jobs.points.size(), 2U);
    EXPECT_EQ(jobs.points[0].outcome, verdict::not_achieved);
    EXPECT_EQ(jobs.points[1].outcome, verdict::not_achieved);
    EXPECT_EQ(jobs.longest_missed_run, 2);
    ASSERT_EQ(history_named(hs, "unemp").points.size(), 1U);
    EXPECT_EQ(history_named(hs, "unemp").points[0].outcome, verdict::exceeded);
    EXPECT_EQ(f.linked.links.size(), 1U);
    EXPECT_EQ(report::revisions_table(f.linked).rows.size(), 1U);  // gdp 2023: 5.0 then 5.2
}

// ---- Markdown ----------------------------------------------------------------------

TEST(ReportMarkdownHistory, PrintsTheTerminalSectionsFromTheSameModels) {
    const books_fixture f;
    const auto d = f.doc();
    const std::string md = report::render_markdown(d);
    const auto hs = report::histories_of(d);
    for (const std::string heading : {"## 历年 Books over years", "### 关联待核 Links to review",
                                      "### 修订 Revisions (the later book's value is used)",
                                      "### 历年结论 Verdicts by year"})
        EXPECT_EQ(count_of(md, heading + "\n\n"), 1U) << heading;
    for (const auto& model : {report::books_table(f.linked), report::links_table(f.linked),
                              report::revisions_table(f.linked), report::verdicts_by_year_table(hs)}) {
        ASSERT_FALSE(model.rows.empty());
        for (const auto& row : model.rows) {
            std::string line = "|";
            for (const auto& cell : row) line += " " + report::markdown_escape(cell) + " |";
            EXPECT_NE(md.find(line + "\n"), std::string::npos) << line;
        }
    }
    EXPECT_NE(md.find(report::markdown_escape(report::verdicts_legend(hs)) + "\n"), std::string::npos);
    const auto runs = report::missed_runs_lines(hs);
    ASSERT_EQ(runs.size(), 1U);  // jobs
    EXPECT_NE(md.find("- " + report::markdown_escape(runs.front()) + "\n"), std::string::npos) << md;
    ASSERT_NE(md.find("\\<script>"), std::string::npos);
    EXPECT_EQ(count_of(md, "<script>"), count_of(md, "\\<script>"));  // every one escaped
}

TEST(ReportMarkdownHistory, OneBookHasNoSectionOverYears) {
    const books_fixture f;
    auto d = f.doc();
    d.books = nullptr;
    EXPECT_EQ(report::render_markdown(d).find("## 历年"), std::string::npos);
}

// ---- HTML --------------------------------------------------------------------------

TEST(ReportHtmlHistory, VerdictCellsAreColouredByTheirVerdictsTone) {
    const books_fixture f;
    const auto d = f.doc();
    const std::string html = report::render_html(d);
    const std::string section = element(html, R"(<section id="history")", "</section>");
    ASSERT_FALSE(section.empty());
    EXPECT_NE(section.find("<h2>历年 <small>Plans over years</small></h2>"), std::string::npos);
    const auto hs = report::histories_of(d);
    const std::string table = element(section, R"(<table class="by-year">)", "</table>");
    ASSERT_FALSE(table.empty());
    std::size_t cells = 0;
    for (const indicator_history* h : report::verdicts_by_year_rows(hs)) {
        const std::string row = element(table, R"(<tr data-indicator=")" + report::html_escape(h->indicator_id) + "\"", "</tr>");
        ASSERT_FALSE(row.empty()) << h->indicator_id;
        for (const auto& pt : h->points) {
            const std::string cell = fmt::format(R"(<td class="verdict tone-{}" data-verdict="{}")",
                                                 report::to_string(report::tone_of(pt.outcome)), to_string(pt.outcome));
            EXPECT_EQ(count_of(row, cell), static_cast<std::size_t>(std::count_if(
                                               h->points.begin(), h->points.end(),
                                               [&](const history_point& q) { return q.outcome == pt.outcome; })))
                << h->indicator_id << " " << cell;
        }
        cells += h->points.size();
    }
    EXPECT_EQ(count_of(table, R"(<td class="verdict )"), cells);
    // The cells' colours are the verdict colours of the page's stylesheet.
    for (const std::string tone : {"met", "watch", "missed", "unknown"})
        EXPECT_NE(html.find("table.by-year td.tone-" + tone + "{background:var(--" + tone + "-bg)"), std::string::npos)
            << tone;
    EXPECT_EQ(html.find("<script>"), std::string::npos);
    EXPECT_NE(html.find(report::html_escape(jobs_name)), std::string::npos);
}

TEST(ReportHtmlHistory, OneSmallMultiplePerIndicatorWithTargetsInTwoPeriods) {
    const books_fixture f;
    const auto d = f.doc();
    const std::string html = report::render_html(d);
    const auto hs = report::histories_of(d);
    std::size_t multi_year = 0;
    for (const auto& h : hs) {
        std::set<period> periods;
        for (const auto& pt : h.points) periods.insert(pt.period);
        const std::string open = R"(<svg class="multiple" data-indicator=")" + report::html_escape(h.indicator_id) + "\"";
        if (periods.size() < 2) {
            EXPECT_EQ(count_of(html, open), 0U) << h.indicator_id;
            continue;
        }
        ++multi_year;
        ASSERT_EQ(count_of(html, open), 1U) << h.indicator_id;
        const std::string svg = element(html, open, "</svg>");
        // A band per target, a dot per finite actual coloured by its verdict, each with hover text.
        EXPECT_EQ(count_of(svg, R"(<rect class="band)"), h.points.size());
        std::size_t dots = 0;
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (const auto& pt : h.points) {
            EXPECT_NE(svg.find(">" + pt.period.to_string() + "</text>"), std::string::npos) << pt.period.to_string();
            lo = std::min({lo, pt.low, pt.high});
            hi = std::max({hi, pt.low, pt.high});
            if (pt.open_high) {
                EXPECT_NE(svg.find(R"(<rect class="band open-high")"), std::string::npos);
            }
            if (!pt.actual.ok()) continue;
            ++dots;
            lo = std::min(lo, *pt.actual);
            hi = std::max(hi, *pt.actual);
            EXPECT_NE(svg.find(fmt::format(R"(<circle class="actual tone-{}" data-verdict="{}")",
                                           report::to_string(report::tone_of(pt.outcome)), to_string(pt.outcome))),
                      std::string::npos);
        }
        EXPECT_EQ(count_of(svg, "<circle "), dots);
        EXPECT_EQ(count_of(svg, "<title>"), 1 + h.points.size() + dots);
        // Scaled to its own data: the scale's ends are the smallest and largest value.
        EXPECT_NE(svg.find(">" + report::detail::history_scale_label(lo) + "</text>"), std::string::npos) << svg;
        EXPECT_NE(svg.find(">" + report::detail::history_scale_label(hi) + "</text>"), std::string::npos) << svg;
    }
    EXPECT_EQ(multi_year, 2U);  // gdp and jobs; unemp has one period
    EXPECT_EQ(count_of(html, R"(<svg class="multiple")"), multi_year);
    // Charts wrap on a narrow screen and no script draws them.
    EXPECT_NE(html.find(".multiples{display:flex;flex-wrap:wrap"), std::string::npos);
    EXPECT_EQ(html.find("<script"), std::string::npos);
}

// Books of the figures given, evaluated as of `as_of`.
struct small_books {
    figure_book read;
    linked_books linked;
    plan p;
    plan_report r;

    small_books(std::vector<published_figure> figures, int as_of) {
        read.figures = std::move(figures);
        linked = link_books(read);
        if (!linked.ok()) throw std::logic_error(linked.errors.front().to_string());
        p = plan_from_figures(linked.book);
        r = p.evaluate(period::year(as_of));
    }
    [[nodiscard]] report::document doc() const {
        report::document d{&p, &r, nullptr, &linked.book, "t"};
        d.books = &linked;
        return d;
    }
};

// The lines of `text` after the line `heading`, up to a blank line or the
// end, each without the prefix `item` (a list item's "- "); a line without
// it ends them.
std::vector<std::string> lines_after(const std::string& text, const std::string& heading, const std::string& item) {
    std::vector<std::string> out;
    std::size_t pos = text.find(heading);
    if (pos == std::string::npos) return out;
    for (pos += heading.size(); pos < text.size() && text[pos] != '\n';) {
        const std::size_t end = std::min(text.find('\n', pos), text.size());
        const std::string line = text.substr(pos, end - pos);
        if (line.rfind(item, 0) != 0) break;
        out.push_back(line.substr(item.size()));
        pos = end + 1;
    }
    return out;
}

// A five-year target, 年均增长7%以上 on 2021..2025 from 1000 亿元 in 2020, in
// two books (actuals of 2020-2021, then of 2022-2023): the terminal table
// follows it year by year under its heading, and Markdown lists the same
// lines of the same function (plan_period_lines), escaped, one item each.
// Before, Markdown left them out.
TEST(ReportMarkdownHistory, ListsThePlanPeriodLinesOfTheTerminalTable) {
    using R = figure_role;
    using M = figure_measure;
    published_figure five_year =
        figure("a.csv", "gdp.plan", "gdp", "地区生产总值", R::target, 2021, M::average_growth, "以上", 7, "%");
    five_year.period = period::years(2021, 2025).value();
    const small_books b({
        figure("a.csv", "gdp.2020", "gdp", "地区生产总值", R::actual, 2020, M::level, "=", 1000, "亿元"),
        figure("a.csv", "gdp.2021", "gdp", "地区生产总值", R::actual, 2021, M::level, "=", 1080, "亿元"),
        five_year,
        figure("b.csv", "gdp.2022", "gdp", "地区生产总值", R::actual, 2022, M::level, "=", 1150, "亿元"),
        figure("b.csv", "gdp.2023", "gdp", "地区生产总值", R::actual, 2023, M::level, "=", 1240, "亿元"),
    }, 2023);
    const std::vector<std::string> lines = report::plan_period_lines(report::histories_of(b.doc()));
    ASSERT_EQ(lines.size(), 1U);  // the one target, through 2021, 2022 and 2023
    const std::string heading(report::plan_periods_heading);
    EXPECT_EQ(lines_after(report::render_table(b.doc()), "\n" + heading + "\n", ""), lines);
    std::vector<std::string> escaped;
    for (const auto& line : lines) escaped.push_back(report::markdown_escape(line));
    EXPECT_EQ(lines_after(report::render_markdown(b.doc()), "### " + heading + "\n\n", "- "), escaped);
}

// A level and a growth rate share no scale: they are two histories of the
// indicator (history_of), the level's chart shows its two targets (以上 100
// and 以上 110 亿元), and the table still shows every period.
TEST(ReportHtmlHistory, AChartKeepsToOneMeasure) {
    using R = figure_role;
    using M = figure_measure;
    const small_books b({
        figure("a.csv", "out.t.2023", "out", "产值", R::target, 2023, M::level, "以上", 100, "亿元"),
        figure("a.csv", "out.a.2023", "out", "产值", R::actual, 2023, M::level, "=", 105, "亿元"),
        figure("a.csv", "out.t.2024", "out", "产值", R::target, 2024, M::level, "以上", 110, "亿元"),
        figure("b.csv", "out.a.2024", "out", "产值", R::actual, 2024, M::level, "=", 112, "亿元"),
        figure("b.csv", "out.t.2025", "out", "产值", R::target, 2025, M::growth, "以上", 8, "%"),
    }, 2024);
    const auto hs = report::histories_of(b.doc());
    ASSERT_EQ(hs.size(), 2U);
    ASSERT_EQ(hs.front().points.size(), 2U);
    ASSERT_EQ(hs.front().what, measure::level);
    ASSERT_EQ(hs.back().what, measure::growth);
    EXPECT_EQ(history_name(hs.back()), "产值 增长");
    const std::string html = report::render_html(b.doc());
    const std::string svg = element(html, R"(<svg class="multiple" data-indicator="out")", "</svg>");
    ASSERT_FALSE(svg.empty());
    EXPECT_EQ(count_of(svg, R"(<rect class="band)"), 2U);
    EXPECT_EQ(svg.find(">2025</text>"), std::string::npos);
    EXPECT_NE(svg.find(">100</text>"), std::string::npos);  // the scale: 100 .. 112
    EXPECT_NE(svg.find(">112</text>"), std::string::npos);
    EXPECT_EQ(count_of(element(html, R"(<table class="by-year">)", "</table>"), R"(<td class="verdict )"), 3U);
}

// Targets for 2022 and 2024: the chart's years run on, 2023 shown without a band.
TEST(ReportHtmlHistory, AYearWithoutATargetKeepsItsPlace) {
    using R = figure_role;
    using M = figure_measure;
    const small_books b({
        figure("a.csv", "out.t.2022", "out", "产值", R::target, 2022, M::level, "以上", 100, "亿元"),
        figure("a.csv", "out.a.2022", "out", "产值", R::actual, 2022, M::level, "=", 101, "亿元"),
        figure("b.csv", "out.t.2024", "out", "产值", R::target, 2024, M::level, "以上", 110, "亿元"),
        figure("b.csv", "out.a.2024", "out", "产值", R::actual, 2024, M::level, "=", 108, "亿元"),
    }, 2024);
    const std::string svg = element(report::render_html(b.doc()), R"(<svg class="multiple" data-indicator="out")", "</svg>");
    ASSERT_FALSE(svg.empty());
    for (const std::string year : {"2022", "2023", "2024"}) EXPECT_NE(svg.find(">" + year + "</text>"), std::string::npos) << year;
    EXPECT_EQ(count_of(svg, R"(<rect class="band)"), 2U);
    EXPECT_EQ(count_of(svg, "<circle "), 2U);
}

TEST(ReportHtmlHistory, OneBookHasNoSectionOverYears) {
    const books_fixture f;
    auto d = f.doc();
    d.books = nullptr;
    const std::string html = report::render_html(d);
    EXPECT_EQ(html.find(R"(<section id="history")"), std::string::npos);
    EXPECT_EQ(html.find(R"(<svg class="multiple")"), std::string::npos);
}

}  // namespace
