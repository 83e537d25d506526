// The plan report as one self-contained HTML page: inline CSS and SVG, no
// external resource and no script, so it can be mailed, archived or opened
// offline and shows the same everywhere. Targets are grouped by the plan's
// sections; each has a bullet chart (the actual, or the last actual before
// the deadline period, against the target threshold and the prior-year
// value), coloured by verdict. Then the counts, a legend and the audit
// findings. All text is escaped.
#pragma once

#include <plantarget/io/encoding.hpp>
#include <plantarget/report/document.hpp>
#include <plantarget/report/findings.hpp>
#include <plantarget/report/highlights.hpp>
#include <plantarget/report/results.hpp>
#include <plantarget/report/tables.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plantarget::report {

// Text for HTML content and attribute values: & < > " ' escaped.
inline std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (const char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

namespace detail {

// An element id (and URL fragment) from any text: letters, digits, '.', '-'
// kept, every other byte written as _XX, so distinct texts give distinct ids.
inline std::string anchor_id(std::string_view prefix, std::string_view s) {
    std::string out(prefix);
    constexpr std::string_view hex = "0123456789ABCDEF";
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        const bool safe = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || c == '-';
        if (safe) {
            out += ch;
        } else {
            out += '_';
            out += hex[c >> 4];
            out += hex[c & 0x0F];
        }
    }
    return out;
}

inline std::string px(double v) { return fmt::format("{:.1f}", v); }

// ---- the bullet chart ---------------------------------------------------------

struct bullet_geometry {
    static constexpr double width = 360.0;
    static constexpr double height = 62.0;
    static constexpr double left = 8.0;
    static constexpr double right = 240.0;
    static constexpr double value_x = 250.0;  // the value's label, right of the track
    double lo = 0.0;
    double hi = 1.0;
    [[nodiscard]] double x(double v) const {
        const double t = (v - lo) / (hi - lo);
        return left + std::clamp(t, 0.0, 1.0) * (right - left);
    }
};

// Approximate pixel width of a label at the chart's 11 px font.
inline double label_width(std::string_view text) { return static_cast<double>(io::display_width(text)) * 6.4; }

// A label centred on x, kept inside the chart.
inline std::string svg_label(double x, double y, std::string_view text, std::string_view cls) {
    const double w = label_width(text);
    std::string anchor = "middle";
    if (x - w / 2 < 2.0) {
        x = std::max(x, 2.0);
        anchor = "start";
    } else if (x + w / 2 > bullet_geometry::width - 2.0) {
        x = std::min(x, bullet_geometry::width - 2.0);
        anchor = "end";
    }
    return fmt::format(R"(<text class="{}" x="{}" y="{}" text-anchor="{}">{}</text>)", cls, px(x), px(y), anchor,
                       html_escape(text));
}

inline std::string chart_value_text(const assessment_view& v, double x, int decimals) {
    if (v.cmp == comparator::milestone_at_least) return std::string(milestone_label(x));
    return with_unit(format_number(x, decimals), v.unit);
}

inline std::string bullet_chart(const assessment_view& v) {
    const assessment& a = *v.a;
    const std::string_view tone_class = to_string(tone_of(a.outcome));
    const bool has_threshold = !a.conditions.empty() && v.cmp != comparator::among_top;
    const std::optional<double> bar = v.bar_value();

    // The scale: zero, the threshold(s), the bar and the prior-year value.
    std::vector<double> values{0.0};
    if (has_threshold) {
        values.push_back(v.threshold);
        if (v.what == measure::level && v.cmp == comparator::between) values.push_back(a.conditions.front().cond.upper);
        if (v.what == measure::level && v.cmp == comparator::about) {
            values.push_back(band_used(a.conditions.front()).low());
            values.push_back(band_used(a.conditions.front()).high());
        }
    }
    if (bar && std::isfinite(*bar)) values.push_back(*bar);
    if (v.prior && std::isfinite(*v.prior)) values.push_back(*v.prior);
    bullet_geometry g;
    g.lo = *std::min_element(values.begin(), values.end());
    g.hi = *std::max_element(values.begin(), values.end());
    if (v.cmp == comparator::milestone_at_least) {
        g.lo = 0.0;
        g.hi = 4.0;
    }
    double span = g.hi - g.lo;
    if (!(span > 0.0)) span = std::max(std::abs(g.hi), 1.0);
    g.hi += span * 0.08;
    if (g.lo < 0.0) g.lo -= span * 0.06;

    std::string tooltip = v.name_zh;
    if (!v.target_text.empty()) tooltip += "\n目标 Target: " + v.target_text;
    if (!v.actual_text.empty()) tooltip += "\n实际 Actual: " + v.actual_text + " (" + v.actual_period + ")";
    else if (!v.last_actual_text.empty())
        tooltip += "\n上期 Last actual: " + v.last_actual_text + " (" + v.last_actual_period + ")";
    if (v.prior) tooltip += fmt::format("\n上年 Prior year{}: {} ({})", v.prior_implied ? " (由增速推算 implied)" : "",
                                        chart_value_text(v, *v.prior, v.prior_decimals),
                                        v.prior_period);
    tooltip += fmt::format("\n{} {}", chinese_of(a.outcome), english_of(a.outcome));

    std::string s = fmt::format(
        R"(<svg class="bullet tone-{}" data-indicator="{}" data-target="{}" data-verdict="{}" width="{}" height="{}" viewBox="0 0 {} {}" role="img" aria-label="{}">)",
        tone_class, html_escape(a.indicator_id), html_escape(a.target_id), to_string(a.outcome), px(g.width), px(g.height),
        px(g.width), px(g.height), html_escape(tooltip));
    s += "<title>" + html_escape(tooltip) + "</title>";
    constexpr double track_y = 22.0, track_h = 16.0;
    s += fmt::format(R"(<rect class="track" x="{}" y="{}" width="{}" height="{}" rx="2"/>)", px(g.left), px(track_y),
                     px(g.right - g.left), px(track_h));

    // The target zone: the values that meet the first condition.
    if (has_threshold) {
        std::optional<std::pair<double, double>> zone;
        const double t = v.threshold;
        switch (v.cmp) {
            case comparator::at_least:
            case comparator::more_than:
            case comparator::milestone_at_least: zone = std::pair{t, g.hi}; break;
            case comparator::at_most:
            case comparator::less_than:
            case comparator::rank_at_most: zone = std::pair{g.lo, t}; break;
            case comparator::between:
                if (v.what == measure::level) zone = std::pair{t, a.conditions.front().cond.upper};
                break;
            case comparator::about:
                if (v.what == measure::level && band_used(a.conditions.front()).tolerance > 0.0)
                    zone = std::pair{band_used(a.conditions.front()).low(), band_used(a.conditions.front()).high()};
                break;
            case comparator::dynamic_zero:
            case comparator::among_top: break;
        }
        if (v.what == measure::completion) zone = std::pair{t, g.hi};
        if (zone && zone->second > zone->first) {
            const double x0 = g.x(zone->first), x1 = g.x(zone->second);
            s += fmt::format(R"(<rect class="zone" x="{}" y="{}" width="{}" height="{}"/>)", px(x0), px(track_y), px(x1 - x0),
                             px(track_h));
        }
    }

    // The bar: from zero (or the scale's start) to the value.
    if (bar && std::isfinite(*bar)) {
        const double origin = std::clamp(0.0, g.lo, g.hi);
        const double x0 = g.x(std::min(origin, *bar)), x1 = g.x(std::max(origin, *bar));
        const bool last = v.bar_is_last_actual();
        s += fmt::format(R"(<rect class="bar{}" x="{}" y="25" width="{}" height="10"/>)", last ? " last" : "", px(x0),
                         px(std::max(x1 - x0, 1.5)));
        // The value sits in a column of its own right of the track, where no
        // marker can cross it.
        const std::string text =
            (last ? "上期 " : "") + (v.actual_bound != value_bound::exact && !last ? std::string(symbol_of(v.actual_bound)) : "") +
            chart_value_text(v, *bar, v.value_decimals);
        s += fmt::format(R"(<text class="value{}" x="{}" y="34">{}</text>)", last ? " last" : "", px(g.value_x),
                         html_escape(text));
    } else {
        s += fmt::format(R"(<text class="none" x="{}" y="34">无实际值 no actual</text>)", px(g.value_x));
    }

    // The prior-year value: a lighter marker, labelled below.
    if (v.prior && std::isfinite(*v.prior)) {
        const double x = g.x(*v.prior);
        s += fmt::format(R"(<line class="prior" x1="{0}" y1="19" x2="{0}" y2="41"/>)", px(x));
        const std::string text = (v.prior_implied ? "上年≈" : "上年 ") +
                                 chart_value_text(v, *v.prior, v.prior_decimals);
        s += svg_label(x, 55.0, text, "prior-label");
    }

    // The threshold: a dark marker, labelled above; a band has two.
    if (has_threshold) {
        const double x = g.x(v.threshold);
        s += fmt::format(R"(<line class="target" x1="{0}" y1="15" x2="{0}" y2="45"/>)", px(x));
        if (v.what == measure::level && v.cmp == comparator::between) {
            const double x2 = g.x(a.conditions.front().cond.upper);
            s += fmt::format(R"(<line class="target" x1="{0}" y1="15" x2="{0}" y2="45"/>)", px(x2));
        }
        s += svg_label(x, 11.0, "目标 " + condition_text(a.conditions.front().cond, v.target_decimals), "target-label");
    } else if (!a.conditions.empty()) {
        s += svg_label(g.right, 11.0, "目标 " + condition_text(a.conditions.front().cond, v.target_decimals), "target-label");
    }
    return s + "</svg>";
}

// ---- page parts ---------------------------------------------------------------

// Findings that concern a target: those naming one of its figures.
struct finding_index {
    document_index figures;                                             // the book's figures by id
    std::map<std::string, std::vector<const finding*>> by_target;       // target id -> findings
    std::map<std::pair<std::string, period>, std::string> target_of;    // (indicator, deadline) -> target id
    std::set<std::string, std::less<>> target_ids;

    void build(const document& d) {
        figures = document_index(d);
        if (d.evaluation != nullptr)
            for (const auto& a : d.evaluation->assessments) {
                target_of.emplace(std::pair{a.indicator_id, a.deadline}, a.target_id);
                target_ids.insert(a.target_id);
            }
        if (d.audit == nullptr) return;
        for (const auto& f : d.audit->findings) {
            std::vector<std::string> seen;
            for (const auto& id : f.figures) {
                const std::string t = target_for_figure(d, id);
                if (t.empty() || std::find(seen.begin(), seen.end(), t) != seen.end()) continue;
                seen.push_back(t);
                by_target[t].push_back(&f);
            }
        }
    }
    // The target a figure belongs to: a target figure of the same indicator and period.
    [[nodiscard]] std::string target_for_figure(const document& d, const std::string& figure_id) const {
        if (d.book != nullptr) {
            const published_figure* f = figures.figure(figure_id);
            if (f == nullptr || f->role != figure_role::target) return {};
            auto it = target_of.find({f->indicator_id, f->period});
            return it == target_of.end() ? std::string() : it->second;
        }
        return target_ids.count(figure_id) != 0 ? figure_id : std::string();
    }
};

inline std::string severity_badge(severity s) {
    return fmt::format(R"(<span class="sev sev-{0}">{1} {0}</span>)", to_string(s), chinese_of(s));
}

inline std::string verdict_badge(verdict v) {
    return fmt::format(R"(<span class="badge tone-{}">{} <small>{}</small></span>)", to_string(tone_of(v)), chinese_of(v),
                       english_of(v));
}

inline std::string indicator_article(const assessment_view& v, const finding_index& findings) {
    const assessment& a = *v.a;
    std::string s = fmt::format(R"(<article class="target-row tone-{}" id="{}">)", to_string(tone_of(a.outcome)),
                                anchor_id("t-", a.target_id));
    // What is targeted.
    s += R"(<div class="what">)";
    s += "<h4>" + html_escape(v.name_zh);
    if (!v.name_en.empty()) s += R"( <span class="en">)" + html_escape(v.name_en) + "</span>";
    s += "</h4>";
    s += fmt::format(R"(<p class="goal"><span class="kind {}">{}</span> 目标 <b>{}</b> <span class="muted">· {}</span></p>)",
                     english_of(a.kind), chinese_of(a.kind), html_escape(v.target_text.empty() ? "—" : v.target_text),
                     html_escape(a.deadline.to_string()));
    if (!v.wording.empty()) s += R"(<p class="wording">“)" + html_escape(v.wording) + "”</p>";
    s += "</div>";

    s += R"(<div class="chart">)" + bullet_chart(v) + "</div>";

    // What came of it.
    s += R"(<div class="result">)" + verdict_badge(a.outcome);
    if (a.why != reason::none) s += R"(<p class="reason">)" + html_escape(describe(a.why)) + "</p>";
    s += "<dl>";
    const auto item = [&](std::string_view zh, std::string_view en, const std::string& value) {
        if (value.empty()) return;
        s += fmt::format(R"(<dt>{} <small>{}</small></dt><dd>{}</dd>)", zh, en, html_escape(value));
    };
    if (!v.actual_text.empty()) item("实际", "actual", v.actual_text + " (" + v.actual_period + ")");
    if (!v.last_actual_text.empty()) item("上期", "last actual", v.last_actual_text + " (" + v.last_actual_period + ")");
    item("差距", "margin", v.margin_text);
    item("完成率", "completion", v.completion_text);
    item("预期进度", "expected", v.expected_text);
    item("进度差", "schedule gap", v.schedule_gap_text);
    item("预计全年", "projected", v.projected_text);
    item("所需增长", "required growth", v.required_growth_text);
    s += "</dl>";
    if (auto it = findings.by_target.find(a.target_id); it != findings.by_target.end()) {
        s += R"(<ul class="row-findings">)";
        for (const finding* f : it->second)
            s += fmt::format(R"(<li>{} <a href="#{}">{}</a></li>)", severity_badge(f->level), anchor_id("f-", f->check_id),
                             html_escape(describe(*f, language::chinese)));
        s += "</ul>";
    }
    s += "</div></article>\n";
    return s;
}

// The stacked bar of verdict counts in the summary.
inline std::string verdict_strip(const plan_report& r) {
    const double total = static_cast<double>(r.assessments.size());
    std::string s = R"(<svg class="strip" width="100%" height="18" viewBox="0 0 1000 18" preserveAspectRatio="none" role="img" aria-label="verdict shares">)";
    double x = 0.0;
    for (const verdict v : all_verdicts) {
        const int n = r.count(v);
        if (n == 0 || total == 0.0) continue;
        const double w = 1000.0 * n / total;
        s += fmt::format(R"(<rect class="fill-{}{}" x="{}" y="0" width="{}" height="18"><title>{} {}: {}</title></rect>)",
                         to_string(tone_of(v)), v == verdict::exceeded ? " strong" : "", px(x), px(w), chinese_of(v),
                         english_of(v), n);
        x += w;
    }
    return s + "</svg>";
}

inline std::string summary_section(const document& d) {
    std::string s = R"(<section id="summary" class="summary"><h2>汇总 <small>Summary</small></h2>)";
    if (d.evaluation == nullptr) {
        s += R"(<p class="muted">无评估 no assessments</p>)";
    } else {
        const plan_report& r = *d.evaluation;
        int binding = 0;
        for (const auto& a : r.assessments) binding += a.kind == commitment::binding ? 1 : 0;
        s += R"(<div class="figures">)";
        s += fmt::format(R"(<div class="figure"><span class="n">{}</span><span class="l">目标 targets</span></div>)",
                         r.assessments.size());
        s += fmt::format(R"(<div class="figure"><span class="n">{}</span><span class="l">约束性 binding</span></div>)", binding);
        s += fmt::format(R"(<div class="figure"><span class="n">{}</span><span class="l">预期性 anticipatory</span></div>)",
                         static_cast<int>(r.assessments.size()) - binding);
        s += fmt::format(R"(<div class="figure"><span class="n">{}</span><span class="l">评估时点 as of</span></div>)",
                         html_escape(r.as_of.to_string()));
        s += "</div>";
        s += verdict_strip(r);
        s += R"(<table class="counts"><thead><tr><th>结论 <small>verdict</small></th><th>合计 <small>total</small></th><th>约束性 <small>binding</small></th><th>预期性 <small>anticipatory</small></th></tr></thead><tbody>)";
        // The rows of the one summary model (tables.hpp), with a badge for each verdict.
        const table_model counts = summary_table(r);
        for (std::size_t i = 0; i < all_verdicts.size(); ++i) {
            const auto& row = counts.rows[i];
            s += fmt::format(R"(<tr class="{}"><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>)",
                             row[1] == "0" ? "zero" : "", verdict_badge(all_verdicts[i]), row[1], row[2], row[3]);
        }
        const auto& total = counts.rows.back();
        s += fmt::format(R"(<tr class="total"><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>)", html_escape(total[0]),
                         total[1], total[2], total[3]);
        s += "</tbody></table>";
        const binding_status status = r.binding();
        const std::string_view cls = status == binding_status::met      ? "ok"
                                     : status == binding_status::missed ? "bad"
                                                                        : "unknown";
        s += fmt::format(R"(<p class="status {}">{}</p>)", cls, html_escape(binding_status_text(r)));
    }
    if (d.audit != nullptr) {
        const audit_result& au = *d.audit;
        s += fmt::format(
            R"(<p class="audit-line">审计 <small>audit</small>: {} 项检查 checks, {} 项成立 holding · {} {} · {} {} · {} {}</p>)",
            au.checks, au.holding, severity_badge(severity::error), au.count(severity::error),
            severity_badge(severity::warning), au.count(severity::warning), severity_badge(severity::note),
            au.count(severity::note));
    }
    return s + "</section>\n";
}

inline std::string legend_section() {
    std::string s = R"(<section class="legend"><h2>图例 <small>Legend</small></h2><ul>)";
    const auto swatch = [](std::string_view cls) {
        return fmt::format(R"(<svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true"><rect class="track" x="0" y="1" width="34" height="12"/><rect class="{}" x="0" y="3" width="24" height="8"/></svg>)",
                           cls);
    };
    s += "<li>" + swatch("bar tone-met") + "<span>超额完成、完成 <small>met</small></span></li>";
    s += "<li>" + swatch("bar tone-watch") + "<span>快于进度、符合进度、待评估 <small>ahead, on schedule, pending</small></span></li>";
    s += "<li>" + swatch("bar tone-missed") + "<span>未完成、慢于进度 <small>not achieved, behind</small></span></li>";
    s += "<li>" + swatch("bar tone-unknown") + "<span>无法评估 <small>not assessable</small></span></li>";
    s += "<li>" + swatch("bar last tone-watch") +
         "<span>上期实际值（目标期尚未开始）<small>last actual, before the target period</small></span></li>";
    s += R"(<li><svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true"><rect class="track" x="0" y="1" width="34" height="12"/><rect class="zone" x="14" y="1" width="20" height="12"/><line class="target" x1="14" y1="0" x2="14" y2="14"/></svg><span>目标值与达标区间 <small>target threshold and the zone that meets it</small></span></li>)";
    s += R"(<li><svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true"><rect class="track" x="0" y="1" width="34" height="12"/><line class="prior" x1="17" y1="1" x2="17" y2="13"/></svg><span>上年值（“≈”为由公布增速推算）<small>prior-year value (≈: implied by the published growth)</small></span></li>)";
    return s + "</ul></section>\n";
}

inline std::string figure_reference(const document& d, const std::string& id, const finding_index& index) {
    std::string s;
    const std::string target = index.target_for_figure(d, id);
    s += target.empty() ? "<code>" + html_escape(id) + "</code>"
                        : fmt::format(R"(<a href="#{}"><code>{}</code></a>)", anchor_id("t-", target), html_escape(id));
    if (d.book != nullptr)
        if (const published_figure* f = index.figures.figure(id); f != nullptr) {
            std::string desc = f->name_zh + " " + f->period.to_string() + " " + f->comparator_text.text();
            if (f->has_value) desc += " " + with_unit(format_number(f->value.value, f->value.decimals), f->unit);
            s += R"( <span class="muted">)" + html_escape(desc) + "</span>";
            // The words the figure was read from, so that a finding can be checked against the report.
            if (!f->quote.empty()) s += R"( <q class="quote">)" + html_escape(f->quote) + "</q>";
        }
    return s;
}

inline std::string finding_item(const document& d, const finding& f, const finding_index& index) {
    std::string s = fmt::format(R"(<li class="finding level-{}" id="{}">)", to_string(f.level), anchor_id("f-", f.check_id));
    s += severity_badge(f.level);
    s += fmt::format(R"( <code class="check">{}</code> <span class="kind">{}</span> <span class="origin">{}</span>)",
                     html_escape(f.check_id), html_escape(to_string(f.kind)), html_escape(finding_origin_cell(f)));
    s += R"(<p class="msg">)" + html_escape(describe(f, language::chinese)) + R"(<br><small lang="en">)" +
         html_escape(describe(f, language::english)) + "</small></p>";
    const std::string published = finding_published_cell(f);
    s += R"(<p class="values">计算 <small>computed</small> <b>)" + html_escape(finding_computed_cell(f)) + "</b>";
    if (!published.empty()) s += R"( · 公布 <small>published</small> <b>)" + html_escape(published) + "</b>";
    s += "</p>";
    s += R"(<ul class="figs">)";
    for (const auto& id : f.figures) s += "<li>" + figure_reference(d, id, index) + "</li>";
    s += "</ul></li>\n";
    return s;
}

inline std::string audit_section(const document& d, const finding_index& index) {
    if (d.audit == nullptr) return {};
    const audit_result& au = *d.audit;
    std::string s = R"(<section id="audit" class="audit"><h2>审计 <small>Audit of the report's arithmetic</small></h2>)";
    s += fmt::format(R"(<p>{} 项检查 checks, {} 项成立 holding.</p>)", au.checks, au.holding);
    for (const severity level : {severity::error, severity::warning, severity::note}) {
        const int n = au.count(level);
        if (n == 0) continue;
        std::string items;
        for (const auto& f : au.findings)
            if (f.level == level) items += finding_item(d, f, index);
        const std::string heading = fmt::format("{} <small>{}</small> ({})", chinese_of(level), to_string(level), n);
        // Notes are what the report implies, for the curious: folded away.
        if (level == severity::note)
            s += R"(<details class="notes"><summary>)" + heading + R"(</summary><ol class="findings">)" + items + "</ol></details>";
        else
            s += "<h3>" + heading + R"(</h3><ol class="findings">)" + items + "</ol>";
    }
    if (au.findings.empty()) s += R"(<p class="status ok">未发现问题 · no findings</p>)";
    if (!au.unresolved.empty()) {
        s += R"(<details class="unresolved"><summary>未解析的关系 <small>unresolved relations (figures missing)</small> ()" +
             std::to_string(au.unresolved.size()) + ")</summary><ul>";
        for (const auto& id : au.unresolved) s += "<li><code>" + html_escape(id) + "</code></li>";
        s += "</ul></details>";
    }
    return s + "</section>\n";
}

// Section headings: the number and the title, with the titles of its
// parents (2.4.2 under 2.4 under 2) above it where they change.
inline std::string section_heading(const report_section& sec, std::string& last_crumbs) {
    std::string crumbs;
    for (const auto& t : sec.parents) crumbs += (crumbs.empty() ? "" : " › ") + html_escape(t);
    std::string s;
    if (!crumbs.empty() && crumbs != last_crumbs) s += R"(<p class="crumbs">)" + crumbs + "</p>";
    last_crumbs = crumbs;
    s += fmt::format(R"(<h3><span class="num">{}</span> <span class="title">{}</span></h3>)",
                     html_escape(sec.number.empty() ? "—" : sec.number), html_escape(sec.title));
    return s;
}

// A section's results: a row per indicator and period, the cells of the
// results model (results.hpp); numbers right-aligned.
inline std::string results_table(const report_section& sec) {
    const table_model& t = sec.results;
    std::string s = R"(<div class="scroll"><table class="results"><caption>结果 <small>Results</small></caption><thead><tr>)";
    for (const auto& h : t.header) s += "<th>" + html_escape(h) + "</th>";
    s += "</tr></thead><tbody>\n";
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        s += fmt::format(R"(<tr class="result" data-indicator="{}">)", html_escape(sec.result_indicators[r]));
        for (std::size_t i = 0; i < t.rows[r].size(); ++i)
            s += (i == 0 ? "<th scope=\"row\">" : i < t.aligns.size() && t.aligns[i] == align::right ? R"(<td class="num">)" : "<td>") +
                 html_escape(t.rows[r][i]) + (i == 0 ? "</th>" : "</td>");
        s += "</tr>\n";
    }
    return s + "</tbody></table></div>";
}

// "未完成或慢于进度 Missed or behind": the Chinese, the English smaller.
inline std::string bilingual_html(std::string_view text) {
    const std::size_t space = text.find(' ');
    if (space == std::string_view::npos) return html_escape(text);
    return html_escape(text.substr(0, space)) + " <small>" + html_escape(text.substr(space + 1)) + "</small>";
}

// The first screen: what stands out, three lists side by side.
inline std::string highlights_section(const highlights& h) {
    constexpr std::size_t shown = 12;
    const auto card = [&](std::string_view list, std::string_view heading, const std::vector<highlight>& items,
                          const std::string& none, std::string_view more_anchor) {
        const std::string_view cls = items.empty() ? "ok" : list == "missed" ? "missed" : "watch";
        std::string c = fmt::format(R"(<div class="card card-{}" data-list="{}"><h3>{} <span class="count">{}</span></h3>)",
                                    cls, list, bilingual_html(heading), items.size());
        if (items.empty()) return c + R"(<p class="muted">)" + html_escape(none) + "</p></div>";
        c += "<ul>";
        for (std::size_t i = 0; i < items.size() && i < shown; ++i) {
            const highlight& it = items[i];
            const std::string href = !it.target_id.empty() ? anchor_id("t-", it.target_id)
                                     : !it.check_id.empty() ? anchor_id("f-", it.check_id)
                                                            : std::string();
            c += fmt::format(R"(<li class="tone-{}">)", to_string(it.shade));
            c += href.empty() ? html_escape(it.text) : fmt::format(R"(<a href="#{}">{}</a>)", href, html_escape(it.text));
            c += "</li>";
        }
        c += "</ul>";
        if (items.size() > shown)
            c += fmt::format(R"(<p class="more"><a href="#{}">另 {} 项 · {} more</a></p>)", more_anchor, items.size() - shown,
                             items.size() - shown);
        return c + "</div>";
    };
    std::string s = R"(<section id="highlights" class="highlights"><h2>)" + bilingual_html(highlights_heading) +
                    R"(</h2><div class="cards">)";
    s += card("missed", missed_heading, h.missed, none_missed_text(h), "sections");
    s += card("below-last-actual", below_last_heading, h.below_last_actual, none_from_audit_text(h), "audit");
    s += card("audit", audit_heading, h.audit, none_from_audit_text(h), "audit");
    return s + "</div></section>\n";
}

// A table model as an HTML table; right-aligned columns are numbers.
inline std::string html_table(const table_model& t) {
    std::string s = "<table><thead><tr>";
    for (const auto& h : t.header) s += "<th>" + html_escape(h) + "</th>";
    s += "</tr></thead><tbody>\n";
    for (const auto& row : t.rows) {
        s += "<tr>";
        for (std::size_t i = 0; i < row.size(); ++i)
            s += (i < t.aligns.size() && t.aligns[i] == align::right ? R"(<td class="num">)" : "<td>") +
                 html_escape(row[i]) + "</td>";
        s += "</tr>\n";
    }
    return s + "</tbody></table>";
}

// The progress section: one row per followed indicator (tables.hpp's model).
inline std::string progress_section(const progress::plan_progress& pp) {
    std::string s = R"(<section id="progress" class="progress"><h2>)" + html_escape(progress_heading(pp)) + "</h2>\n";
    if (pp.indicators.empty()) return s + R"(<p class="muted">)" + std::string(no_progress_rows) + "</p></section>\n";
    return s + html_table(progress_table(pp)) + "</section>\n";
}

// ---- books over years -------------------------------------------------------------

// The verdicts-by-year model (tables.hpp) as a table whose cells carry their
// verdict's tone, the class the rest of the page colours verdicts by.
inline std::string verdicts_by_year_html(const std::vector<indicator_history>& hs) {
    const table_model t = verdicts_by_year_table(hs);
    const std::vector<period> periods = history_periods(hs);
    const std::vector<const indicator_history*> rows = verdicts_by_year_rows(hs);
    std::string s = R"(<div class="scroll"><table class="by-year"><thead><tr>)";
    for (const auto& h : t.header) s += "<th>" + html_escape(h) + "</th>";
    s += "</tr></thead><tbody>\n";
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const auto& row = t.rows[r];
        const indicator_history& h = *rows[r];
        s += fmt::format(R"(<tr data-indicator="{}"><th scope="row">{}</th>)", html_escape(h.indicator_id),
                         html_escape(row.front()));
        for (std::size_t c = 0; c < periods.size(); ++c) {
            const history_point* at = nullptr;
            for (const auto& pt : h.points)
                if (pt.period == periods[c]) at = &pt;
            if (at == nullptr) {
                s += R"(<td class="none"></td>)";
                continue;
            }
            std::string hover = fmt::format("{} {}: {}", history_name(h),
                                            periods[c].to_string(), english_of(at->outcome));
            if (at->why != reason::none) hover += " (" + std::string(describe(at->why)) + ")";
            s += fmt::format(R"(<td class="verdict tone-{}" data-verdict="{}" title="{}">{}</td>)",
                             to_string(tone_of(at->outcome)), to_string(at->outcome), html_escape(hover),
                             html_escape(row[c + 1]));
        }
        s += R"(<td class="num">)" + html_escape(row.back()) + "</td></tr>\n";
    }
    return s + "</tbody></table></div>";
}

// Whether a point goes on the indicator's chart: its target measures what
// the indicator's first target does (a level and a growth rate share no scale).
inline bool on_the_chart(const indicator_history& h, const history_point& pt) {
    if (pt.judged == nullptr || pt.judged->conditions.empty()) return false;
    const condition& c = pt.judged->conditions.front().cond;
    return c.what == h.what && (h.what == measure::growth || c.unit.same_kind(h.unit));
}

// The periods of an indicator's chart: a chart of its own needs two.
inline std::size_t target_periods(const indicator_history& h) {
    std::set<period> seen;
    for (const auto& pt : h.points)
        if (on_the_chart(h, pt)) seen.insert(pt.period);
    return seen.size();
}

// A value of a history chart with its unit: growth is in percent.
inline std::string history_value_text(const indicator_history& h, double v) {
    return h.what == measure::growth ? format_number(v) + "%" : with_unit(format_number(v), h.unit);
}

// A number at an end of a chart's scale: at most two places, no trailing
// zeros (900, 4.6, 21.66).
inline std::string history_scale_label(double v) { return format_number(round_half_up(v, 2)); }

// One small multiple: per period the band the target allows (a shaded bar
// from low to high; an open side runs to the chart's edge) and the actual (a
// dot coloured by verdict), scaled to this indicator's own finite values.
inline std::string history_chart(const indicator_history& h) {
    std::vector<const history_point*> points;
    for (const auto& pt : h.points)
        if (on_the_chart(h, pt)) points.push_back(&pt);
    std::vector<period> periods;
    for (const history_point* pt : points)
        if (std::find(periods.begin(), periods.end(), pt->period) == periods.end()) periods.push_back(pt->period);
    std::sort(periods.begin(), periods.end());
    // Years run on without gaps, so that a year without a target shows as one.
    if (!periods.empty() && std::all_of(periods.begin(), periods.end(), [](const period& p) { return p.kind() == period_kind::year; })) {
        const int first = periods.front().year_number(), last = periods.back().year_number();
        periods.clear();
        for (int y = first; y <= last; ++y) periods.push_back(period::year(y));
    }
    constexpr double left = 46.0, column = 42.0, top = 20.0, bottom = 128.0, height = 150.0;
    const double width = std::max(250.0, left + column * static_cast<double>(periods.size()) + 8.0);

    std::vector<double> values;
    for (const history_point* p : points) {
        const history_point& pt = *p;
        for (const double v : {pt.low, pt.high})
            if (std::isfinite(v)) values.push_back(v);
        if (pt.actual.ok() && std::isfinite(*pt.actual)) values.push_back(*pt.actual);
    }
    double lo = values.empty() ? 0.0 : *std::min_element(values.begin(), values.end());
    double hi = values.empty() ? 1.0 : *std::max_element(values.begin(), values.end());
    const double data_lo = lo, data_hi = hi;
    const double span = hi > lo ? hi - lo : std::max(std::abs(hi) * 0.1, 1.0);
    lo -= span * 0.12;
    hi += span * 0.12;
    const auto y = [&](double v) { return bottom - (std::clamp(v, lo, hi) - lo) / (hi - lo) * (bottom - top); };
    const auto x = [&](const period& p) {
        const auto i = static_cast<double>(std::find(periods.begin(), periods.end(), p) - periods.begin());
        return left + column * (i + 0.5);
    };
    const std::string name = history_name(h);
    const std::string unit = h.what == measure::growth ? "增长 growth, %" : h.unit.zh();

    std::string s = fmt::format(
        R"(<svg class="multiple" data-indicator="{}" width="{}" height="{}" viewBox="0 0 {} {}" role="img" aria-label="{}">)",
        html_escape(h.indicator_id), px(width), px(height), px(width), px(height), html_escape(name + " · " + unit));
    s += "<title>" + html_escape(name + " · " + unit) + "</title>";
    // The scale: its two ends, with the unit above.
    s += fmt::format(R"(<text class="unit" x="2" y="11">{}</text>)", html_escape(unit));
    for (const double v : data_hi > data_lo ? std::vector<double>{data_lo, data_hi} : std::vector<double>{data_lo}) {
        s += fmt::format(R"(<line class="grid" x1="{0}" y1="{2}" x2="{1}" y2="{2}"/>)", px(left), px(width - 4.0), px(y(v)));
        s += fmt::format(R"(<text class="tick" x="{}" y="{}" text-anchor="end">{}</text>)", px(left - 4.0), px(y(v) + 4.0),
                         html_escape(history_scale_label(v)));
    }
    for (const auto& p : periods)
        s += fmt::format(R"(<text class="year" x="{}" y="{}" text-anchor="middle">{}</text>)", px(x(p)), px(bottom + 16.0),
                         html_escape(p.to_string()));
    for (const history_point* p : points) {
        const history_point& pt = *p;
        const double cx = x(pt.period);
        const std::string when = pt.period.to_string();
        {
            const condition_assessment& c = pt.judged->conditions.front();
            const about_band band = band_used(c);
            const double y_high = pt.open_high ? top : y(pt.high), y_low = pt.open_low ? bottom : y(pt.low);
            const std::string target = when + " 目标 Target: " + condition_text(c.cond, -1, &band);
            s += fmt::format(R"(<rect class="band{}{}" x="{}" y="{}" width="22" height="{}"><title>{}</title></rect>)",
                             pt.open_high ? " open-high" : "", pt.open_low ? " open-low" : "", px(cx - 11.0), px(y_high),
                             px(std::max(y_low - y_high, 2.0)), html_escape(target));
            // The band's closed ends: the numbers the target names.
            if (!pt.open_high) s += fmt::format(R"(<line class="end" x1="{0}" y1="{2}" x2="{1}" y2="{2}"/>)", px(cx - 11.0), px(cx + 11.0), px(y_high));
            if (!pt.open_low && (pt.open_high || pt.low != pt.high))
                s += fmt::format(R"(<line class="end" x1="{0}" y1="{2}" x2="{1}" y2="{2}"/>)", px(cx - 11.0), px(cx + 11.0), px(y_low));
        }
        if (pt.actual.ok() && std::isfinite(*pt.actual)) {
            std::string hover = fmt::format("{} 实际 Actual: {} · {} {}", when, history_value_text(h, *pt.actual),
                                            chinese_of(pt.outcome), english_of(pt.outcome));
            if (pt.margin.ok()) hover += " · 差距 margin " + format_signed(*pt.margin);
            s += fmt::format(R"(<circle class="actual tone-{}" data-verdict="{}" cx="{}" cy="{}" r="4.5"><title>{}</title></circle>)",
                             to_string(tone_of(pt.outcome)), to_string(pt.outcome), px(cx), px(y(*pt.actual)),
                             html_escape(hover));
        }
    }
    return s + "</svg>";
}

// 历年 Plans over years: the books, the links to review and the revisions
// (tables.hpp's models), the verdicts by year coloured by verdict, and a
// small multiple per indicator with targets in two or more periods.
inline std::string history_section(const document& d) {
    const linked_books& b = *d.books;
    std::string s = R"(<section id="history" class="history"><h2>历年 <small>Plans over years</small></h2>)";
    // Wide tables scroll sideways on a phone rather than squeeze their words.
    const auto scrolled = [](const table_model& t) { return R"(<div class="scroll">)" + html_table(t) + "</div>"; };
    s += "<h3>报告 <small>Books</small></h3>" + scrolled(books_table(b));
    if (!b.links.empty()) s += "<h3>关联待核 <small>Links to review</small></h3>" + scrolled(links_table(b));
    if (const table_model revised = revisions_table(b); !revised.rows.empty())
        s += "<h3>修订 <small>Revisions (the later book's value is used)</small></h3>" + scrolled(revised);
    const auto hs = histories_of(d);
    s += "<h3>历年结论 <small>Verdicts by year</small></h3>" + verdicts_by_year_html(hs);
    if (const std::string legend = verdicts_legend(hs); !legend.empty())
        s += R"(<p class="muted">)" + html_escape(legend) + "</p>";
    for (const auto& line : missed_runs_lines(hs)) s += R"(<p class="status bad">)" + html_escape(line) + "</p>";
    std::string charts;
    for (const auto& h : hs) {
        if (target_periods(h) < 2) continue;
        charts += R"(<figure class="multiple"><figcaption>)" + html_escape(history_name(h));
        if (!h.name_en.empty()) charts += R"( <small>)" + html_escape(h.name_en) + "</small>";
        charts += "</figcaption>" + history_chart(h) + "</figure>";
    }
    if (!charts.empty())
        s += R"(<h3>目标与实际 <small>Target band and actual by year</small></h3><div class="multiples">)" + charts + "</div>";
    return s + "</section>\n";
}

inline constexpr std::string_view html_style = R"css(
:root{--met:#2e7d32;--met-bg:#e8f5e9;--watch:#e59b00;--watch-ink:#8a5a00;--watch-bg:#fff4dc;--missed:#c62828;--missed-bg:#fdecea;--unknown:#8d959e;--unknown-bg:#f0f2f4;--ink:#1f2933;--muted:#616e7c;--line:#d9dee3;--zone:#d2e0ee;--track:#eef1f4}
*{box-sizing:border-box}
body{margin:0;background:#f7f8fa;color:var(--ink);font:14px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;font-variant-numeric:tabular-nums}
main{max-width:1200px;margin:0 auto;padding:24px 20px 48px}
h1{font-size:24px;margin:0 0 4px}
h2{font-size:19px;margin:32px 0 12px;border-bottom:2px solid var(--line);padding-bottom:4px}
h3{font-size:16px;margin:22px 0 8px}
h2 small,h3 small,dt small,th small,.badge small,.figure .l,.legend small{color:var(--muted);font-weight:normal}
.badge small{color:inherit;opacity:.8}
.muted{color:var(--muted)}
.subtitle{color:var(--muted);margin:0 0 16px}
code{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#eef1f4;padding:0 3px;border-radius:3px;overflow-wrap:anywhere}
a{color:#1d5fa8}
.summary,.legend,.toc,.audit,.progress{background:#fff;border:1px solid var(--line);border-radius:8px;padding:4px 18px 14px;margin:16px 0}
.figures{display:flex;flex-wrap:wrap;gap:12px 32px;margin:8px 0 12px}
.figure .n{display:block;font-size:26px;font-weight:600}
.strip{display:block;border-radius:4px;margin:8px 0 12px;background:var(--track)}
.strip .fill-met{fill:var(--met)}.strip .fill-met.strong{fill:#1b5e20}.strip .fill-watch{fill:var(--watch)}.strip .fill-missed{fill:var(--missed)}.strip .fill-unknown{fill:var(--unknown)}
table.counts{border-collapse:collapse;min-width:420px}
table.counts th,table.counts td{padding:3px 12px;border-bottom:1px solid var(--line);text-align:right}
table.counts th:first-child,table.counts td:first-child{text-align:left}
table.counts tr.zero td{color:#aab2bb}
.progress table{border-collapse:collapse}.progress th,.progress td{padding:3px 12px;border-bottom:1px solid var(--line);text-align:left}.progress td.num{text-align:right}
.history{background:#fff;border:1px solid var(--line);border-radius:8px;padding:4px 18px 14px;margin:16px 0}
.history table{border-collapse:collapse}.history th,.history td{padding:3px 10px;border-bottom:1px solid var(--line);text-align:left}.history td.num{text-align:right}
.scroll{overflow-x:auto;max-width:100%}.scroll td,.scroll th{min-width:4.5em}
table.by-year td.verdict{font-weight:600;white-space:nowrap;text-align:center}
table.by-year td.tone-met{background:var(--met-bg);color:var(--met)}
table.by-year td.tone-watch{background:var(--watch-bg);color:var(--watch-ink)}
table.by-year td.tone-missed{background:var(--missed-bg);color:var(--missed)}
table.by-year td.tone-unknown{background:var(--unknown-bg);color:#4b5560}
.multiples{display:flex;flex-wrap:wrap;gap:12px 20px}
figure.multiple{margin:0;max-width:100%}
figure.multiple figcaption{font-weight:600;font-size:13px}
svg.multiple{display:block;max-width:100%;height:auto;overflow:visible}
svg.multiple .band{fill:var(--zone)}
svg.multiple line.end{stroke:var(--ink);stroke-width:2}
svg.multiple line.grid{stroke:var(--line);stroke-width:1}
svg.multiple text.unit,svg.multiple text.tick{fill:var(--muted)}
circle.actual{stroke:#fff;stroke-width:1.5}
circle.actual.tone-met{fill:var(--met)}circle.actual.tone-watch{fill:var(--watch)}circle.actual.tone-missed{fill:var(--missed)}circle.actual.tone-unknown{fill:var(--unknown)}
table.counts tr.zero .badge{opacity:.55}
.status{font-weight:600;margin:10px 0 0}.status.ok{color:var(--met)}.status.bad{color:var(--missed)}.status.unknown{color:#4b5560}
.badge{display:inline-block;padding:1px 9px;border-radius:11px;font-size:13px;font-weight:600;white-space:nowrap}
.badge.tone-met{background:var(--met-bg);color:var(--met)}
.badge.tone-watch{background:var(--watch-bg);color:var(--watch-ink)}
.badge.tone-missed{background:var(--missed-bg);color:var(--missed)}
.badge.tone-unknown{background:var(--unknown-bg);color:#4b5560}
.sev{display:inline-block;padding:0 7px;border-radius:4px;font-size:12px;font-weight:600;color:#fff;white-space:nowrap}
.sev-error{background:var(--missed)}.sev-warning{background:var(--watch);color:#3d2800}.sev-note{background:#5b7083}
.legend ul{list-style:none;padding:0;margin:6px 0 0;display:grid;grid-template-columns:repeat(auto-fill,minmax(330px,1fr));gap:6px 18px}
.legend li{display:flex;align-items:center;gap:10px}
.legend li svg{flex:none}
.toc ol{list-style:none;padding:0;margin:6px 0 0;columns:3 260px;column-gap:24px}
.toc li{break-inside:avoid;padding:1px 0;display:flex;gap:8px;align-items:center}
.toc a{text-decoration:none;min-width:3.2em}
.dots{display:inline-flex;gap:2px;flex-wrap:wrap}
.dot{width:9px;height:9px;border-radius:50%;display:inline-block}
.dot.tone-met{background:var(--met)}.dot.tone-watch{background:var(--watch)}.dot.tone-missed{background:var(--missed)}.dot.tone-unknown{background:var(--unknown)}
.crumbs{margin:26px 0 -14px;color:var(--muted);font-size:13px}
h3 .num{display:inline-block;background:var(--ink);color:#fff;border-radius:4px;padding:0 7px;margin-right:6px;font-size:14px}
.target-row{display:grid;grid-template-columns:minmax(0,1.25fr) 360px minmax(0,1fr);gap:8px 20px;align-items:center;background:#fff;border:1px solid var(--line);border-left:5px solid var(--unknown);border-radius:6px;padding:10px 14px;margin:8px 0}
.target-row.tone-met{border-left-color:var(--met)}.target-row.tone-watch{border-left-color:var(--watch)}.target-row.tone-missed{border-left-color:var(--missed)}
.target-row h4{margin:0;font-size:15px}
.target-row h4 .en{display:block;font-size:12px;font-weight:normal;color:var(--muted)}
.goal{margin:4px 0 0}
.wording{margin:4px 0 0;color:var(--muted);font-size:12px}
.kind{display:inline-block;font-size:11px;border:1px solid var(--line);border-radius:3px;padding:0 4px;color:var(--muted)}
.origin{font-size:11px;color:var(--muted)}
.kind.binding{border-color:var(--ink);color:var(--ink);font-weight:600}
.result dl{display:grid;grid-template-columns:auto 1fr;gap:0 10px;margin:6px 0 0;font-size:13px}
.result dt{color:var(--muted)}.result dd{margin:0}
.reason{margin:4px 0 0;color:var(--muted);font-size:12px}
.row-findings{list-style:none;padding:0;margin:6px 0 0;font-size:12px}
.row-findings li{margin:2px 0}
.row-findings a{color:var(--ink);text-decoration:none}
.row-findings a:hover{text-decoration:underline}
svg.bullet{display:block;max-width:100%;height:auto;overflow:visible}
svg text{font-size:11px;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round;fill:var(--ink)}
.track{fill:var(--track)}
.zone{fill:var(--zone)}
.bar.tone-met,.tone-met .bar{fill:var(--met)}
.bar.tone-watch,.tone-watch .bar{fill:var(--watch)}
.bar.tone-missed,.tone-missed .bar{fill:var(--missed)}
.bar.tone-unknown,.tone-unknown .bar{fill:var(--unknown)}
.bar.last{fill-opacity:.45;stroke-width:1.5}
.tone-met .bar.last,.bar.last.tone-met{stroke:var(--met)}.tone-watch .bar.last,.bar.last.tone-watch{stroke:var(--watch)}.tone-missed .bar.last{stroke:var(--missed)}.tone-unknown .bar.last{stroke:var(--unknown)}
line.target{stroke:var(--ink);stroke-width:3}
line.prior{stroke:#7b8794;stroke-width:2;stroke-dasharray:3 2}
text.value{font-weight:600;font-size:12px}
.tone-met text.value{fill:var(--met)}.tone-watch text.value{fill:var(--watch-ink)}.tone-missed text.value{fill:var(--missed)}.tone-unknown text.value{fill:#4b5560}
text.value.last{font-weight:normal}
text.prior-label{fill:var(--muted)}
text.target-label{fill:var(--ink)}
text.none{fill:var(--muted);font-style:italic}
.findings{padding-left:0;list-style:none;margin:0}
.finding{border-top:1px solid var(--line);padding:8px 0 8px 10px;border-left:3px solid transparent}
.finding.level-error{border-left-color:var(--missed)}.finding.level-warning{border-left-color:var(--watch)}.finding.level-note{border-left-color:#5b7083}
.finding .kind{margin-left:4px}
.finding .msg{margin:4px 0}
.finding .values{margin:0 0 4px}
.figs{margin:0;padding-left:18px;font-size:12px}
details summary{cursor:pointer;font-weight:600;margin:12px 0 6px}
footer{color:var(--muted);font-size:12px;margin-top:32px}
footer .provenance{list-style:none;padding:0;margin:6px 0 0;overflow-wrap:anywhere}
.highlights{margin:16px 0}.highlights h2{margin-top:8px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px}
.card{background:#fff;border:1px solid var(--line);border-top:4px solid var(--met);border-radius:8px;padding:2px 14px 10px}
.card-missed{border-top-color:var(--missed)}.card-watch{border-top-color:var(--watch)}
.card h3{margin:10px 0 6px;font-size:15px}
.card .count{display:inline-block;min-width:1.6em;text-align:center;border-radius:10px;background:var(--track);font-size:13px;padding:0 6px;margin-left:4px}
.card-missed .count{background:var(--missed-bg);color:var(--missed)}.card-watch .count{background:var(--watch-bg);color:var(--watch-ink)}
.card ul{margin:0;padding-left:18px;font-size:13px}.card li{margin:3px 0}
.card li a{color:var(--ink);text-decoration:none}.card li a:hover{text-decoration:underline}
.card .more{margin:6px 0 0;font-size:13px}
table.results{border-collapse:collapse;background:#fff;border:1px solid var(--line);border-radius:6px;margin:6px 0 10px;font-size:13px;min-width:60%}
table.results caption{text-align:left;font-weight:600;font-size:13px;padding:2px 0 4px}
table.results th,table.results td{padding:3px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
table.results thead th{background:#f0f2f4;font-weight:600;white-space:nowrap}
table.results tbody th{font-weight:normal}
table.results td.num{text-align:right;white-space:nowrap}
h3 .title{font-weight:600}
.toc .n{font-size:11px;color:var(--muted);white-space:nowrap}
@media (max-width:900px){.target-row{grid-template-columns:1fr}}
@media print{body{background:#fff}.toc{display:none}.target-row,.finding{break-inside:avoid}}
)css";

}  // namespace detail

inline std::string render_html(const document& d) {
    detail::finding_index index;
    index.build(d);
    const auto views = assessment_views(d, index.figures);
    const auto sections = report_sections(d, index.figures, views);
    const std::string title = title_of(d);

    std::string s = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n";
    s += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    s += "<meta name=\"generator\" content=\"plantarget\">\n";
    s += "<title>" + html_escape(title) + "</title>\n<style>" + std::string(detail::html_style) + "</style>\n</head>\n<body>\n<main>\n";
    s += "<header><h1>" + html_escape(title) + "</h1>";
    if (d.evaluation != nullptr)
        s += fmt::format(R"(<p class="subtitle">评估时点 as of {} · {} 项目标 targets · {} 项实际 results</p>)",
                         html_escape(d.evaluation->as_of.to_string()), d.evaluation->assessments.size(),
                         result_count(sections));
    s += "</header>\n";

    s += detail::highlights_section(highlights_of(d, index.figures, views));
    s += detail::summary_section(d);

    // Sections in section order, each with its results and its targets.
    if (!sections.empty()) {
        s += R"(<nav class="toc"><h2>目录 <small>Sections</small></h2><ol>)";
        for (const auto& sec : sections) {
            std::string dots;
            for (const auto* v : sec.targets)
                dots += fmt::format(R"(<span class="dot tone-{}" title="{}"></span>)", to_string(tone_of(v->a->outcome)),
                                    html_escape(v->name_zh + ": " + std::string(chinese_of(v->a->outcome))));
            const std::string counts =
                sec.result_figures == 0 ? std::string() : fmt::format(R"(<span class="n">{} 实际</span>)", sec.result_figures);
            s += fmt::format(R"(<li><a href="#{}">{}</a>{}<span class="dots">{}</span><span class="muted">{}</span></li>)",
                             detail::anchor_id("s-", sec.number), html_escape(sec.number.empty() ? "—" : sec.number), counts,
                             dots, html_escape(sec.title));
        }
        s += "</ol></nav>\n";
    }
    s += detail::legend_section();

    s += R"(<section class="targets" id="sections"><h2>结果与目标 <small>Results and targets by section</small></h2>)";
    if (sections.empty()) s += R"(<p class="muted">无评估 no assessments</p>)";
    std::string crumbs;
    for (const auto& sec : sections) {
        s += fmt::format(R"(<section class="plan-section" id="{}">)", detail::anchor_id("s-", sec.number));
        s += detail::section_heading(sec, crumbs) + "\n";
        if (!sec.results.rows.empty()) s += detail::results_table(sec) + "\n";
        for (const auto* v : sec.targets) s += detail::indicator_article(*v, index);
        s += "</section>\n";
    }
    s += "</section>\n";

    if (has_books_over_years(d)) s += detail::history_section(d);
    s += detail::audit_section(d, index);
    if (d.progress != nullptr) s += detail::progress_section(*d.progress);
    s += "<footer>plantarget · 由计划目标与实际值生成，未含脚本与外部资源 · generated from plan targets and actuals; no scripts, no external resources";
    if (d.source != nullptr) {
        s += R"(<ul class="provenance">)";
        for (const auto& line : provenance_lines(*d.source, as_of_text(d))) s += "<li>" + html_escape(line) + "</li>";
        s += "</ul>";
    }
    s += "</footer>\n";
    s += "</main>\n</body>\n</html>\n";
    return s;
}

}  // namespace plantarget::report
