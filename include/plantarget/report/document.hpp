// What every report renderer reads, and what they share: the document (a
// plan, its evaluation, an audit, the published figures; any but the
// evaluation may be missing), labels in Chinese and English, numbers written
// at the precision the report printed them with, and one view per assessment
// holding the texts all formats show, so that the table, Markdown, CSV, JSON
// and HTML never disagree on a figure.
#pragma once

#include <plantarget/assessment_units.hpp>
#include <plantarget/audit.hpp>
#include <plantarget/books.hpp>
#include <plantarget/decimal.hpp>
#include <plantarget/evaluate.hpp>
#include <plantarget/figure_index.hpp>
#include <plantarget/figures.hpp>
#include <plantarget/history.hpp>
#include <plantarget/plan.hpp>
#include <plantarget/progress/run.hpp>
#include <plantarget/published.hpp>
#include <plantarget/report/provenance.hpp>
#include <plantarget/text.hpp>
#include <plantarget/units/registry.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace plantarget::report {

// The inputs of a report: every section it holds. `evaluation` gives the
// assessments and the summary; `p` gives names, sections, wording and the
// series (precision, bounds, prior-year values); `audit` adds findings;
// `book` adds the printed precision of targets and the names of figures;
// `progress` adds a progress section (progress/run.hpp); `books` the books
// over years and each indicator's history (books.hpp, history.hpp). Renderers accept any
// of them null and print each section in one pass: a new section is a member
// here and a table model in tables.hpp.
struct document {
    const plan* p = nullptr;
    const plan_report* evaluation = nullptr;
    const audit_result* audit = nullptr;
    const figure_book* book = nullptr;
    std::string title;
    const progress::plan_progress* progress = nullptr;
    // Books of several reports (books.hpp): adds the books, the links to
    // review, the revisions and each indicator's history over the years.
    const linked_books* books = nullptr;
    // The default about-band the evaluation used, for the bands of targets
    // shown without an actual.
    about_defaults about_band{};
    // The version, inputs and options the report was made with
    // (provenance.hpp); every format prints it when given.
    const provenance* source = nullptr;
};

// The as-of period of the report's evaluation, empty without one.
inline std::string as_of_text(const document& d) {
    return d.evaluation != nullptr ? d.evaluation->as_of.to_string() : std::string();
}

// Whether the report has books of more than one report to follow over years.
inline bool has_books_over_years(const document& d) { return d.books != nullptr && d.books->books.size() > 1; }

// The history of each indicator with a target, when the document has books over years.
inline std::vector<indicator_history> histories_of(const document& d) {
    if (!has_books_over_years(d) || d.p == nullptr || d.evaluation == nullptr) return {};
    return history_of(*d.p, *d.evaluation, d.about_band);
}

inline constexpr std::string_view default_title = "计划目标评估 Plan target assessment";

// The language of a sentence a report prints (the labels print both).
enum class language : std::uint8_t { chinese, english };

inline std::string title_of(const document& d) { return d.title.empty() ? std::string(default_title) : d.title; }

// ---- labels -------------------------------------------------------------------

// A milestone condition's value names a state of the project (target.hpp).
inline std::string_view milestone_label(double state) noexcept {
    if (!(state >= 0.0 && state < static_cast<double>(vocabulary<milestone>::entries.size()))) return "?";
    return chinese_of(static_cast<milestone>(std::lround(state)));
}

// How a verdict reads at a glance; the HTML colours follow it.
enum class tone : std::uint8_t {
    met,      // green: exceeded, achieved
    watch,    // amber: ahead of or on schedule, pending
    missed,   // red: not achieved, behind schedule
    unknown,  // grey: not assessable
};

constexpr tone tone_of(verdict v) noexcept {
    switch (v) {
        case verdict::exceeded:
        case verdict::achieved: return tone::met;
        case verdict::ahead_of_schedule:
        case verdict::on_schedule:
        case verdict::pending: return tone::watch;
        case verdict::not_achieved:
        case verdict::behind_schedule: return tone::missed;
        case verdict::not_assessable: return tone::unknown;
    }
    return tone::unknown;
}

constexpr std::string_view to_string(tone t) noexcept {
    switch (t) {
        case tone::met: return "met";
        case tone::watch: return "watch";
        case tone::missed: return "missed";
        case tone::unknown: return "unknown";
    }
    return "unknown";
}

// ---- text from input ------------------------------------------------------------

// What a format does with tab, line feed and carriage return.
enum class whitespace_controls : std::uint8_t {
    keep,      // CSV: a quoted field may hold them
    as_space,  // a table cell or a Markdown row is one line
};

// Control characters from input made visible, so that no escape sequence
// reaches a terminal and no NUL a file: C0 (tab, LF and CR as the format
// asks), DEL and ESC as \x1B, C1 (U+0080..U+009F) as \u0085. The one
// escaping function of the report layer: the table, Markdown and CSV use it.
inline std::string escape_controls(std::string_view s, whitespace_controls ws = whitespace_controls::as_space) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == '\t' || c == '\n' || c == '\r') {
            out += ws == whitespace_controls::keep ? static_cast<char>(c) : ' ';
        } else if (c < 0x20 || c == 0x7F) {
            out += fmt::format("\\x{:02X}", c);
        } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
            out += fmt::format("\\u{:04X}", static_cast<unsigned char>(s[i + 1]));  // C1, as UTF-8 encodes it
            ++i;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

// ---- numbers ------------------------------------------------------------------

// Numbers as reports write them: the one implementation is text.hpp's, which
// fmt::formatter and operator<< share.
using plantarget::format_number;
using plantarget::format_signed;
using plantarget::not_a_number_text;

// Places a number shows in its shortest form: 3.5 -> 1, 120 -> 0.
inline int decimals_of(double v) { return published_value::decimals_in(format_number(v)); }

inline const units::unit_descriptor& percent_unit() {
    static const units::unit_descriptor u = units::unit_of("%");
    return u;
}
inline const units::unit_descriptor& points_unit() {
    static const units::unit_descriptor u = units::unit_of("百分点");
    return u;
}

using plantarget::with_unit;  // "3.5 万人", "5.5%", "第 1 位"

// The unit a difference of values in `u` is in: points for rates.
inline const units::unit_descriptor& difference_unit(const units::unit_descriptor& u) {
    return u.kind() == units::unit_kind::percent ? points_unit() : u;
}

// ---- targets ------------------------------------------------------------------

using plantarget::condition_unit;  // percent for growth and completion

// The about-band a condition was judged with: the assessment's, else the
// band the library's defaults give it.
inline about_band band_used(const condition_assessment& c) { return c.band ? *c.band : band_of(c.cond); }

// One condition as text: "≥ 3.5 万人", "增长 ≥ 50%", "动态清零", "≈ 6.5% (± 0.5 默认)";
// an about-band with the band used (`band`, else the default's).
inline std::string condition_text(const condition& c, int decimals = -1, const about_band* band = nullptr) {
    const auto num = [&](double x) { return format_number(x, decimals); };
    if (c.what == measure::growth) {
        if (c.cmp == comparator::about) {
            const about_band b = band != nullptr ? *band : band_of(c);
            return "增长 ≈ " + num(c.value) + "% (± " + format_number(b.tolerance) + (b.by_default ? " 默认)" : ")");
        }
        if (c.cmp == comparator::between) return "增长 " + num(c.value) + "–" + num(c.upper) + "%";
        return "增长 " + std::string(symbol_of(c.cmp)) + " " + num(c.value) + "%";
    }
    if (c.what == measure::completion) {
        return "完成率 ≥ " + format_number(c.value) + "% (计划 " + with_unit(num(c.plan), c.unit) + ")";
    }
    switch (c.cmp) {
        case comparator::at_least:
        case comparator::more_than:
        case comparator::at_most:
        case comparator::less_than: return std::string(symbol_of(c.cmp)) + " " + with_unit(num(c.value), c.unit);
        case comparator::about:
        {
            const about_band b = band != nullptr ? *band : band_of(c);
            return "≈ " + with_unit(num(c.value), c.unit) + " (± " + format_number(b.tolerance) +
                   (b.by_default ? " 默认)" : ")");
        }
        case comparator::between: return with_unit(num(c.value) + "–" + num(c.upper), c.unit);
        case comparator::dynamic_zero: return "动态清零";
        case comparator::rank_at_most: return "名次 ≤ " + format_number(c.value);
        case comparator::among_top: return "居前列";
        case comparator::milestone_at_least: return "≥ " + std::string(milestone_label(c.value));
    }
    return "?";
}

// The lookups a report makes for every assessment and every finding, built
// once per document so that rendering is linear in the number of figures:
// targets by id, figures by id, and the target figures of each indicator and
// deadline.
class document_index {
public:
    document_index() = default;
    explicit document_index(const document& d) {
        if (d.book == nullptr) return;
        figures_ = figures_by_id(*d.book);  // the first of a repeated id, as figure_book::find
        for (const auto& f : d.book->figures)
            if (f.role == figure_role::target && f.has_value) target_figures_.push_back({f.indicator_id, f.period, &f});
        // By indicator and deadline; a stable sort keeps book order within each.
        std::stable_sort(target_figures_.begin(), target_figures_.end(), target_less{});
    }

    [[nodiscard]] const published_figure* figure(std::string_view id) const { return figures_.find(id); }
    // The target figures of an indicator and deadline, in book order.
    [[nodiscard]] std::vector<const published_figure*> target_figures(std::string_view indicator,
                                                                      const period& deadline) const {
        const auto [first, last] =
            std::equal_range(target_figures_.begin(), target_figures_.end(), target_entry{indicator, deadline, nullptr},
                             target_less{});
        std::vector<const published_figure*> out;
        out.reserve(static_cast<std::size_t>(last - first));
        for (auto it = first; it != last; ++it) out.push_back(it->figure);
        return out;
    }

private:
    // Keys view the book's own strings: an index lives no longer than its document.
    struct target_entry {
        std::string_view indicator;
        period deadline;
        const published_figure* figure;
    };
    struct target_less {
        bool operator()(const target_entry& a, const target_entry& b) const {
            if (a.indicator != b.indicator) return a.indicator < b.indicator;
            return a.deadline < b.deadline;
        }
    };
    figures_by_id figures_;
    // One flat table, sorted, not a map of vectors: a city's report has a
    // target for each of its hundreds of thousands of indicators.
    std::vector<target_entry> target_figures_;
};

// The printed figures of a target, one per condition, when the book has them
// (plan_from_figures makes a condition of each target figure, in book order).
inline std::vector<const published_figure*> target_figures(const document_index& index, const assessment& a) {
    std::vector<const published_figure*> out = index.target_figures(a.indicator_id, a.deadline);
    if (out.size() != a.conditions.size()) out.clear();
    return out;
}
inline std::vector<const published_figure*> target_figures(const figure_book* book, const assessment& a) {
    if (book == nullptr) return {};
    document d;
    d.book = book;
    return target_figures(document_index(d), a);
}

// ---- the view of one assessment -------------------------------------------------

// Everything a renderer shows for one assessment, worked out once. Text
// fields are empty where the value is undefined.
struct assessment_view {
    const assessment* a = nullptr;
    const indicator_info* indicator = nullptr;  // null without a plan
    const target_spec* target = nullptr;        // null without a plan
    std::string section;
    std::string section_title;  // empty when the plan has no title for it
    std::string name_zh;        // the indicator id when the plan gives no name
    std::string name_en;
    std::string wording;  // the target as the plan words it

    // Of the first condition: its kind, its unit, and the precision of its
    // threshold and of the actual as published (-1: unknown, shortest form).
    measure what = measure::level;
    comparator cmp = comparator::at_least;
    units::unit_descriptor unit;
    double threshold = 0.0;
    int target_decimals = -1;
    int value_decimals = -1;
    int difference_decimals = -1;  // of margins and expectations: the finer of the two
    value_bound actual_bound = value_bound::exact;
    std::vector<int> condition_decimals;  // per condition

    std::string target_text;         // all conditions: "> 120 亿元 且 增长 ≥ 50%"
    std::string actual_text;         // "1300 亿元", with the bound sign when only a bound is known
    // The actual as the verdict compared it, when rounding to the published
    // precision changed it (a computed growth): "增长 6.6%"; also in actual_text.
    std::string compared_text;
    std::string actual_period;       // "2025"
    std::string last_actual_text;    // before the deadline period
    std::string last_actual_period;
    std::string margin_text;         // "+28.9 亿元"
    std::string completion_text;     // "108.5%"
    std::string expected_text;       // expected to date, in the period
    std::string schedule_gap_text;   // "+2.3 百分点"
    std::string projected_text;      // at the deadline
    std::string required_growth_text;  // "+31.7%", or for a rate "+0.3 个百分点"

    // The value of the period before the one the chart's bar shows (the
    // actual, or the last actual), from the series, or implied by its
    // published growth (prior_implied).
    std::optional<double> prior;
    bool prior_implied = false;
    int prior_decimals = -1;  // as published; one place more than the value when implied
    std::string prior_period;

    // The last actual of the first condition, before the deadline period.
    // For a level it is read from the series: the assessment's own field may
    // hold another condition's value (a growth) in a compound target.
    std::optional<double> last_actual;

    // The value a chart's bar shows: the actual, else the last actual.
    [[nodiscard]] std::optional<double> bar_value() const {
        if (a->actual) return *a->actual;
        return last_actual;
    }
    [[nodiscard]] bool bar_is_last_actual() const { return !a->actual && last_actual.has_value(); }
};

namespace detail {

// The precision of a series value after conversion to another scale of its
// kind, with its significant digits: 3.5 万人 (1 place) is 35000 人 (0
// places), 5200 人 is 0.52 万人 (decimal.hpp).
using plantarget::decimals_in_unit;

inline void fill_from_series(assessment_view& v, const plan& p) {
    const assessment& a = *v.a;
    const value_series* s = p.series_of(a.indicator_id);
    if (s == nullptr) return;
    const bool has_actual = static_cast<bool>(a.actual);
    const period shown = has_actual ? a.actual_period : a.last_actual_period;
    if (!has_actual && !a.last_actual) return;
    const observation<double>* o = s->find(shown);
    if (o == nullptr) return;

    if (v.what == measure::level) {
        v.value_decimals = decimals_in_unit(o->value, o->meta.decimals, s->unit(), v.unit);
        if (!has_actual && v.unit.same_kind(s->unit()) && std::isfinite(o->value))
            v.last_actual = units::convert_value(o->value, s->unit(), v.unit);
        if (has_actual) v.actual_bound = o->meta.bound;
        // The prior-year value, for charts: published, else implied by the published growth.
        if (!v.unit.same_kind(s->unit())) return;
        if (const auto prior_period = shown.same_period_prior_year(); prior_period) {
            if (const auto* q = s->find(*prior_period); q != nullptr && std::isfinite(q->value)) {
                v.prior = units::convert_value(q->value, s->unit(), v.unit);
                v.prior_decimals = decimals_in_unit(q->value, q->meta.decimals, s->unit(), v.unit);
                v.prior_period = prior_period->to_string();
            } else if (o->meta.published_growth && o->meta.published_growth->factor() != 0.0) {
                v.prior = units::convert_value(o->value / o->meta.published_growth->factor(), s->unit(), v.unit);
                v.prior_implied = true;
                v.prior_decimals = v.value_decimals < 0 ? -1 : v.value_decimals + 1;
                v.prior_period = prior_period->to_string();
            }
        }
    } else if (v.what == measure::growth && o->meta.published_growth) {
        v.value_decimals = o->meta.growth_decimals;
    }
}

}  // namespace detail

inline assessment_view view_of(const document& d, const document_index& index, const assessment& a,
                               const std::string& section) {
    assessment_view v;
    v.a = &a;
    v.section = section;
    v.name_zh = a.indicator_id;
    if (d.p != nullptr) {
        v.indicator = d.p->indicator_by_id(a.indicator_id);
        if (const planned_target* t = d.p->target_by_id(a.target_id); t != nullptr) v.target = &t->spec;
        if (const plan_section* s = d.p->section(section); s != nullptr) v.section_title = s->title;
    }
    if (v.indicator != nullptr) {
        if (!v.indicator->name_zh.empty()) v.name_zh = v.indicator->name_zh;
        v.name_en = v.indicator->name_en;
    }
    if (v.target != nullptr) v.wording = v.target->text;

    // Thresholds at the precision the report printed them with.
    const auto figures = target_figures(index, a);
    for (std::size_t i = 0; i < a.conditions.size(); ++i) {
        const condition& c = a.conditions[i].cond;
        int dec = -1;
        if (!figures.empty()) dec = figures[i]->value.decimals;
        else if (c.cmp != comparator::between && c.cmp != comparator::about) dec = decimals_of(c.value);
        v.condition_decimals.push_back(dec);
    }
    if (!a.conditions.empty()) {
        const condition& c = a.conditions.front().cond;
        v.what = c.what;
        v.cmp = c.cmp;
        v.unit = condition_unit(c);
        v.threshold = c.value;
        v.target_decimals = c.what == measure::completion ? decimals_of(c.value) : v.condition_decimals.front();
        std::string text;
        for (std::size_t i = 0; i < a.conditions.size(); ++i) {
            if (i > 0) text += a.conditions.size() > 1 && v.target != nullptr && v.target->combine == combination::any_of
                                   ? " 或 "
                                   : " 且 ";
            const about_band band = band_used(a.conditions[i]);
            text += condition_text(a.conditions[i].cond, v.condition_decimals[i], &band);
        }
        v.target_text = text;
    } else {
        v.unit = v.indicator != nullptr ? v.indicator->unit : units::unit_descriptor{};
    }
    if (a.last_actual) v.last_actual = *a.last_actual;
    if (d.p != nullptr && !a.conditions.empty()) detail::fill_from_series(v, *d.p);

    const bool milestone = v.cmp == comparator::milestone_at_least;
    const auto value_text = [&](double x, int dec) {
        if (milestone) return std::string(milestone_label(x));
        if (v.what == measure::growth) return "增长 " + format_number(x, dec) + "%";
        return with_unit(format_number(x, dec), v.unit);
    };
    if (a.actual) {
        const std::string_view sign = symbol_of(v.actual_bound);
        v.actual_text = (sign.empty() ? "" : std::string(sign) + " ") + value_text(*a.actual, v.value_decimals);
        // Decided in decimal on a rounded value: both show ("增长 6.55% (按 6.6% 判定)").
        if (a.compared && a.compared_decimals >= 0 && !milestone &&
            std::abs(*a.compared - *a.actual) > std::abs(*a.compared) * binary_noise) {
            v.compared_text = value_text(*a.compared, a.compared_decimals);
            v.actual_text += " (按 " + v.compared_text + " 判定)";
        }
        // A zero-at-every-observation target's actual is the worst value over
        // the whole period, not one observation's.
        v.actual_period = (v.cmp == comparator::dynamic_zero ? a.deadline : a.actual_period).to_string();
    }
    if (v.last_actual) {
        v.last_actual_text = value_text(*v.last_actual, v.value_decimals);
        v.last_actual_period = a.last_actual_period.to_string();
    }
    // A difference shows the finer of the two precisions it comes from.
    v.difference_decimals =
        v.value_decimals < 0 || v.target_decimals < 0 ? -1 : std::max(v.value_decimals, v.target_decimals);
    const int diff_dec = v.difference_decimals;
    if (a.margin && !milestone) {
        const std::string m = format_signed(*a.margin, diff_dec);
        if (v.what != measure::level) v.margin_text = with_unit(m, points_unit());
        else if (v.unit.kind() == units::unit_kind::rank) v.margin_text = m + " 位";
        else v.margin_text = with_unit(m, difference_unit(v.unit));
    }
    if (a.completion) v.completion_text = format_number(a.completion->value(), 1) + "%";
    if (a.expected_to_date) v.expected_text = value_text(*a.expected_to_date, diff_dec);
    if (a.schedule_gap) v.schedule_gap_text = format_signed(a.schedule_gap->value(), 1) + " 百分点";
    if (a.projected) v.projected_text = value_text(*a.projected, diff_dec);
    if (a.required_growth) v.required_growth_text = format_signed(a.required_growth->in_percent(), 1) + "%";
    // A rate needs a change in points, not a growth: 5.2 % to 5.5 % is +0.3 个百分点.
    else if (a.required_change) v.required_growth_text = format_signed(a.required_change->value(), 1) + " 个百分点";
    return v;
}

// One view alone (the index is built for it: for many, assessment_views).
inline assessment_view view_of(const document& d, const assessment& a, const std::string& section) {
    return view_of(d, document_index(d), a, section);
}

// The views of every assessment of the evaluation, in its (section) order.
inline std::vector<assessment_view> assessment_views(const document& d, const document_index& index) {
    std::vector<assessment_view> out;
    if (d.evaluation == nullptr) return out;
    const auto& as = d.evaluation->assessments;
    out.reserve(as.size());
    for (std::size_t i = 0; i < as.size(); ++i)
        out.push_back(
            view_of(d, index, as[i], i < d.evaluation->sections.size() ? d.evaluation->sections[i] : std::string()));
    return out;
}
inline std::vector<assessment_view> assessment_views(const document& d) { return assessment_views(d, document_index(d)); }

// What an undefined value's cell says: the reason, short.
inline std::string reason_text(reason r) { return std::string(describe(r)); }

}  // namespace plantarget::report
