// shapingba: the Shapingba District report on its 2025 plan and its draft 2026
// plan, reproduced by a typed program. Prints
//   (a) the 2025 results as published, with the plan a completion rate implies
//       and the 2024 level a growth rate implies;
//   (b) the 2026 targets, evaluated as of 2025: pending, with the 2025 actual
//       and the growth each target requires, flagging targets set below it;
//   (c) the audit of the report's own arithmetic;
// and a summary line. Every number is the plan's data or computed from it.
//
// --data DIR also reads the data files (figures.csv, relations.csv) and says
// whether they give the same figures, the same plan and the same assessments
// as the typed program; the exit status is 1 when they do not.
#include "compare.hpp"
#include "shapingba_plan.hpp"

#include <plantarget/audit.hpp>
#include <plantarget/from_figures.hpp>
#include <plantarget/growth.hpp>
#include <plantarget/io/figures_csv.hpp>
#include <plantarget/report/findings.hpp>
#include <plantarget/report/table.hpp>

#include <plantarget/io/encoding.hpp>

#include <fmt/core.h>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace pt = plantarget;

// ---- text in terminal columns: CJK characters take two -----------------------

// Widths, cutting and padding come from the report layer (report/table.hpp),
// so this program and plancheck's table agree on every character.
using pt::io::display_width;

std::string fit(std::string_view s, std::size_t width, bool right = false) {
    return pt::report::fit_to_width(s, width, right ? pt::report::align::right : pt::report::align::left);
}

// Prints a line without the padding its last column left.
void emit(std::string_view line) {
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    fmt::print("{}\n", line);
}

// Text cut into lines of at most `width` columns at spaces, each after `indent`.
void emit_wrapped(std::string_view text, std::size_t indent, std::size_t width) {
    std::string rest(text);
    while (!rest.empty()) {
        std::size_t cut = rest.size();
        if (display_width(rest) > width) {
            cut = 0;
            for (std::size_t i = rest.find(' '); i != std::string::npos; i = rest.find(' ', i + 1)) {
                if (display_width(std::string_view(rest).substr(0, i)) > width) break;
                cut = i;
            }
            if (cut == 0) cut = rest.find(' ') == std::string::npos ? rest.size() : rest.find(' ');
        }
        emit(std::string(indent, ' ') + rest.substr(0, cut));
        rest = cut < rest.size() ? rest.substr(cut + 1) : std::string();
    }
}

// ---- numbers and figures as the report writes them --------------------------

// Numbers through the library's one formatter (text.hpp), as plancheck prints them.
std::string number(double v, int decimals) { return pt::format_number(v, decimals); }

std::string unit_label(const pt::units::unit_descriptor& u) {
    return u.kind() == pt::units::unit_kind::rank ? std::string() : u.zh();
}

// A figure in the report's word order: 达4156列, 超10.4亿元, 10余个, 450家以上, 5.5%以内.
std::string as_worded(const pt::published_figure& f) {
    const std::string& w = f.comparator_text;
    if (w == "动态清零" || w == "全覆盖") return w;
    if (w == "居前列") return "前列";
    const std::string v = number(f.value.value, f.value.decimals);
    if (w == "居第") return "第" + v;
    const std::string u = unit_label(f.unit);
    if (w == "余") return v + "余" + u;
    if (w == "以上" || w == "以内" || w == "以下" || w == "左右") return v + u + w;
    if (w == "=") return v + u;
    return w + v + u;
}

// The sign of a bound as reports print it (">" for 超, "≥" for 以上, "≈" for 约).
std::string symbol_of(pt::value_bound b) { return std::string(pt::symbol_of(b)); }

// A growth in percent, signed as reports print it: +148.7%, -8.6%, 0.0%.
std::string signed_percent(double v, int decimals) { return pt::format_signed(v, decimals) + "%"; }

// What x / (1 + g) is known to be when x or g is known only as a bound: a
// larger level gives a larger base, a larger growth a smaller one.
pt::value_bound base_bound(pt::value_bound level, pt::value_bound growth) {
    using vb = pt::value_bound;
    const auto flip = [](vb b) {
        switch (b) {
            case vb::at_least: return vb::at_most;
            case vb::more_than: return vb::less_than;
            case vb::at_most: return vb::at_least;
            case vb::less_than: return vb::more_than;
            default: return b;
        }
    };
    const vb from_growth = flip(growth);
    if (growth == vb::exact) return level;
    if (level == vb::exact) return from_growth;
    return level == from_growth ? level : vb::about;
}

// ---- (a) the 2025 results -----------------------------------------------------

// The 2025 figures of one indicator.
struct indicator_figures {
    const pt::published_figure* main = nullptr;  // the level, share or progress; else what there is
    const pt::published_figure* growth = nullptr;
    const pt::published_figure* completion = nullptr;
    const pt::published_figure* rank = nullptr;
    int count = 0;
};

bool is_level_like(pt::figure_measure m) {
    return m == pt::figure_measure::level || m == pt::figure_measure::share || m == pt::figure_measure::progress ||
           m == pt::figure_measure::ratio;
}

std::vector<indicator_figures> figures_by_indicator(const pt::figure_book& book, pt::period year) {
    std::vector<indicator_figures> out;
    std::map<std::string, std::size_t> index;
    for (const auto& f : book.figures) {
        if (f.role != pt::figure_role::actual || f.period != year) continue;
        auto [it, fresh] = index.try_emplace(f.indicator_id, out.size());
        if (fresh) out.emplace_back();
        indicator_figures& g = out[it->second];
        ++g.count;
        if (is_level_like(f.measure) && (g.main == nullptr || !is_level_like(g.main->measure))) g.main = &f;
        else if (f.measure == pt::figure_measure::growth && g.growth == nullptr) g.growth = &f;
        else if (f.measure == pt::figure_measure::completion) g.completion = &f;
        else if (f.measure == pt::figure_measure::rank) g.rank = &f;
    }
    for (auto& g : out) {
        if (g.main != nullptr) continue;
        g.main = g.growth != nullptr ? g.growth : g.completion != nullptr ? g.completion : g.rank;
        if (g.main == g.growth) g.growth = nullptr;
        else if (g.main == g.completion) g.completion = nullptr;
        else g.rank = nullptr;
    }
    // Each indicator where its main figure stands in the report (foreign trade's
    // growth is in the summary, its level in 1.3.2).
    std::stable_sort(out.begin(), out.end(), [](const indicator_figures& a, const indicator_figures& b) {
        return a.main < b.main;
    });
    return out;
}

// The plan a completion rate implies, or the 2024 level a growth rate implies.
std::string implied(const indicator_figures& g) {
    const pt::published_figure* level = g.main;
    if (level == nullptr || !level->has_value || !is_level_like(level->measure)) return {};
    const std::string unit = unit_label(level->unit);
    if (g.completion != nullptr) {
        const auto plan = pt::implied_plan(level->value.value, pt::percent(g.completion->value.value));
        if (!plan) return std::string(pt::describe(plan.why()));
        return "plan " + number(*plan, level->value.decimals + 1) + unit;
    }
    if (g.growth != nullptr) {
        const auto base = pt::implied_base(level->value.value, pt::growth_rate::from_percent(g.growth->value.value));
        if (!base) return std::string(pt::describe(base.why()));
        return "2024 " + symbol_of(base_bound(level->bound(), g.growth->bound())) +
               number(*base, level->value.decimals + 1) + unit;
    }
    return {};
}

std::string growth_cell(const pt::published_figure* f) {
    if (f == nullptr) return {};
    return symbol_of(f->bound()) + signed_percent(f->value.value, f->value.decimals);
}

std::string extra_cell(const indicator_figures& g) {
    std::string s;
    if (g.rank != nullptr) s = as_worded(*g.rank);
    if (g.completion != nullptr)
        s += (s.empty() ? "" : " ") + std::string("完成") +
             number(g.completion->value.value, g.completion->value.decimals) + "%";
    return s;
}

int print_results(const pt::figure_book& book) {
    const auto groups = figures_by_indicator(book, pt::period::year(2025));
    int figures = 0;
    for (const auto& g : groups) figures += g.count;
    fmt::print("一、2025年执行情况  2025 results as published: {} figures of {} indicators\n", figures, groups.size());
    emit(fit("节", 5) + " " + fit("指标 indicator", 24) + " " + fit("2025 as printed", 18) + " " +
         fit("growth", 8, true) + " " + fit("rank/完成", 10) + " " + fit("implied (computed)", 20) + " English");
    // An indicator with one plain figure takes half a line, beside the next
    // such one (a line with more in it may come between them); the rest take a
    // line each.
    const pt::published_figure* waiting = nullptr;
    const auto half = [](const pt::published_figure& f) {
        return fit(f.section, 5) + " " + fit(f.name_zh, 28) + " " + fit(as_worded(f), 20);
    };
    for (const auto& g : groups) {
        const pt::published_figure& f = *g.main;
        if (g.count == 1 && is_level_like(f.measure)) {
            if (waiting == nullptr) {
                waiting = &f;
            } else {
                emit(half(*waiting) + "  " + half(f));
                waiting = nullptr;
            }
            continue;
        }
        const bool growth_only = f.measure == pt::figure_measure::growth;
        emit(fit(f.section, 5) + " " + fit(f.name_zh, 24) + " " + fit(growth_only ? std::string() : as_worded(f), 18) +
             " " + fit(growth_cell(growth_only ? &f : g.growth), 8, true) + " " + fit(extra_cell(g), 10) + " " +
             fit(implied(g), 20) + " " + fit(f.name_en, 25));
    }
    if (waiting != nullptr) emit(half(*waiting));
    return static_cast<int>(groups.size());
}

// ---- (b) the 2026 targets -----------------------------------------------------

struct target_counts {
    int targets = 0;
    int binding = 0;
    int pending = 0;
    int below_last_actual = 0;
};

// A condition against the 2025 value of what it bounds.
std::string flag(pt::comparator cmp, double threshold, double last) {
    const bool floor = cmp == pt::comparator::at_least || cmp == pt::comparator::more_than;
    const bool ceiling = cmp == pt::comparator::at_most || cmp == pt::comparator::less_than;
    if (floor && threshold < last) return "below 2025";
    if (ceiling && threshold > last) return "above 2025";
    if ((floor || ceiling) && threshold == last) return "= 2025";
    return {};
}

target_counts print_targets(const pt::plan& plan, const pt::plan_report& report, const pt::figure_book& book) {
    target_counts n;
    fmt::print("\n二、2026年目标  2026 targets as of {}: the growth each needs on the 2025 actual\n",
               report.as_of.to_string());
    emit(fit("节", 5) + " " + fit("指标 indicator", 22) + " " + fit("target as worded", 16) + " " + fit("约束", 4) + " " +
         fit("2025 actual", 16) + " " + fit("needs", 12, true) + " " + fit("flag", 10) + " English");
    // The texts plancheck's reports show for each assessment (report/document.hpp).
    pt::report::document doc;
    doc.p = &plan;
    doc.evaluation = &report;
    doc.book = &book;
    const pt::report::document_index index(doc);
    const std::vector<pt::report::assessment_view> views = pt::report::assessment_views(doc, index);
    for (std::size_t i = 0; i < report.assessments.size(); ++i) {
        const pt::assessment& a = report.assessments[i];
        const pt::report::assessment_view& view = views[i];
        const pt::indicator_info& ind = *plan.indicator_by_id(a.indicator_id);
        const pt::value_series& series = *plan.series_of(a.indicator_id);
        const auto* last = series.latest(report.as_of);
        const auto words = pt::report::target_figures(index, a);  // the target figures, in order
        ++n.targets;
        n.binding += a.kind == pt::commitment::binding ? 1 : 0;
        n.pending += a.outcome == pt::verdict::pending ? 1 : 0;
        bool below = false;
        for (std::size_t k = 0; k < a.conditions.size(); ++k) {
            const pt::condition& c = a.conditions[k].cond;
            std::string actual, needs, mark;
            if (last != nullptr && c.what == pt::measure::level && c.cmp != pt::comparator::dynamic_zero) {
                const double v = pt::units::convert_value(last->value, series.unit(), c.unit);
                // The first condition's last actual and required growth as the reports print them.
                actual = symbol_of(last->meta.bound) +
                         (k == 0 && !view.last_actual_text.empty()
                              ? view.last_actual_text
                              : pt::with_unit(number(v, last->meta.decimals), c.unit));
                if (k == 0) needs = view.required_growth_text;
                mark = flag(c.cmp, c.value, v);
            } else if (last != nullptr && c.what == pt::measure::growth && last->meta.published_growth) {
                const double g = last->meta.published_growth->in_percent();
                actual = signed_percent(g, last->meta.growth_decimals);
                mark = flag(c.cmp, c.value, g);
            } else if (last != nullptr && c.cmp == pt::comparator::dynamic_zero) {
                actual = number(last->value, last->meta.decimals) + unit_label(series.unit());
            }
            below = below || mark == "below 2025";
            const std::string worded = k < words.size() ? as_worded(*words[k]) : std::string(pt::to_string(c.cmp));
            // A second condition (同时) goes on a line of its own, under the first.
            const std::string label = k == 0 ? ind.name_zh : "  同时 and " + std::string(pt::to_string(c.what));
            emit(fit(k == 0 ? report.sections[i] : "", 5) + " " + fit(label, 22) + " " + fit(worded, 16) + " " +
                 fit(k == 0 && a.kind == pt::commitment::binding ? "约束" : "", 4) + " " + fit(actual, 16) + " " +
                 fit(needs, 12, true) + " " + fit(mark, 10) + " " + fit(k == 0 ? ind.name_en : "", 27));
        }
        n.below_last_actual += below ? 1 : 0;
    }
    return n;
}

// ---- (c) the audit --------------------------------------------------------------

// Figure ids with what they share written once: gdp.{growth,level}.2025.
std::string compact_ids(const std::vector<std::string>& ids) {
    if (ids.size() < 2) return ids.empty() ? std::string() : ids.front();
    const auto boundary = [](char c) { return c == '.' || c == '_'; };
    std::size_t head = ids.front().size();  // shared prefix, ending after a '.' or '_'
    std::size_t tail = ids.front().size();  // shared suffix, starting at a '.'
    for (const auto& id : ids) {
        std::size_t k = 0;
        while (k < head && k < id.size() && id[k] == ids.front()[k]) ++k;
        head = k;
        k = 0;
        while (k < tail && k < id.size() && id[id.size() - 1 - k] == ids.front()[ids.front().size() - 1 - k]) ++k;
        tail = k;
    }
    while (head > 0 && !boundary(ids.front()[head - 1])) --head;
    const std::size_t shortest = std::min_element(ids.begin(), ids.end(), [](const auto& a, const auto& b) {
                                     return a.size() < b.size();
                                 })->size();
    tail = std::min(tail, shortest - head);
    while (tail > 0 && ids.front()[ids.front().size() - tail] != '.') --tail;
    std::string out = ids.front().substr(0, head) + "{";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        // Appended piece by piece: "," + std::string makes g++ 12 at -O3 warn
        // falsely of overlapping memcpy (-Wrestrict, GCC bug 105651).
        if (i != 0) out += ',';
        out.append(ids[i], head, ids[i].size() - head - tail);
    }
    return out + "}" + ids.front().substr(ids.front().size() - tail);
}

pt::audit_result print_audit(const pt::figure_book& book) {
    const pt::audit_result r = pt::audit(book);
    fmt::print("\n三、审核  audit of the report's arithmetic: {} checks, {} hold\n", r.checks, r.holding);
    emit(fit("level", 7) + " " + fit("computed vs printed", 22) + " figures; message");
    for (const auto& f : r.findings) {
        // The computed and published values as plancheck's audit table writes them.
        const std::string values = f.has_published ? pt::report::finding_computed_text(f) + " vs " +
                                                         pt::report::finding_published_cell(f)
                                                   : pt::report::finding_computed_cell(f);
        const std::string line = fit(pt::to_string(f.level), 7) + " " + fit(values, 22) + " " + compact_ids(f.figures);
        // The message follows on the same line when it fits, else below it.
        const std::string message = pt::report::describe(f, pt::report::language::english);
        if (display_width(line) + 2 + display_width(message) <= 118) {
            emit(line + "  " + message);
        } else {
            emit(line);
            emit_wrapped(message, 8, 118 - 8);
        }
    }
    for (const auto& id : r.unresolved) emit("unresolved relation (a figure is missing): " + id);
    return r;
}

// ---- --data: the data files against the typed program -----------------------------

bool compare_with_data_files(const std::string& directory, const pt::figure_book& typed_book,
                             const pt::plan& typed_plan, const pt::plan_report& typed_report) {
    fmt::print("\nData files in {}:\n", directory);
    const auto book = pt::io::read_figures_csv_files(std::filesystem::path(directory) / "figures.csv",
                                                     std::filesystem::path(directory) / "relations.csv");
    if (!book) {
        fmt::print("  cannot read them: {}\n", book.error().to_string());
        return false;
    }
    const auto book_diffs = shapingba::figure_book_differences(typed_book, *book);
    fmt::print("  {} figures, {} relations: {}\n", book->figures.size(), book->relations.size(),
               book_diffs.empty() ? "the same as the typed figure book"
                                  : fmt::format("{} differences from the typed figure book", book_diffs.size()));
    for (const auto& d : book_diffs) fmt::print("    {}\n", d);

    const pt::plan data_plan = pt::plan_from_figures(*book);
    const pt::plan_report data_report = data_plan.evaluate(typed_report.as_of);
    const auto assessment_diffs = shapingba::assessment_differences(typed_report, data_report);
    fmt::print("  plan_from_figures: {} indicators, {} targets; assessments as of {}: {} of {} identical\n",
               data_plan.indicators().size(), data_plan.targets().size(), data_report.as_of.to_string(),
               typed_report.assessments.size() - assessment_diffs.size(), typed_report.assessments.size());
    for (const auto& d : assessment_diffs) fmt::print("    {}\n", d);

    // The typed plan may say more than a data file can (a direction without a
    // target, a nature); anything else that differs is a real disagreement.
    std::vector<std::string> stated_more, disagreements;
    for (const auto& d : shapingba::plan_differences(typed_plan, data_plan)) {
        const bool more = d.ends_with(": direction") || d.ends_with(": nature");
        (more ? stated_more : disagreements).push_back(d);
    }
    if (!stated_more.empty()) {
        std::string list;
        for (const auto& d : stated_more) list += (list.empty() ? "" : ", ") + d;
        emit("  The typed plan states what the data files cannot:");
        emit_wrapped(list, 4, 114);
    }
    for (const auto& d : disagreements) fmt::print("  differs: {}\n", d);
    const bool agree = book_diffs.empty() && assessment_diffs.empty() && disagreements.empty();
    fmt::print("  {}\n", agree ? "The typed program and the data files agree." : "They DISAGREE.");
    return agree;
}

}  // namespace

int main(int argc, char** argv) {
    std::optional<std::string> data_directory;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--data" && i + 1 < argc) {
            data_directory = argv[++i];
        } else {
            fmt::print(stderr, "usage: {} [--data DIR]\n  DIR holds figures.csv and relations.csv\n", argv[0]);
            return arg == "--help" || arg == "-h" ? 0 : 2;
        }
    }

    const pt::figure_book book = build_shapingba_figures();
    const pt::plan plan = build_shapingba_plan();
    const pt::plan_report report = plan.evaluate(pt::period::year(2025));

    fmt::print("沙坪坝区2025年计划执行情况及2026年计划草案  Shapingba District: 2025 results, 2026 plan\n\n");
    const int indicators_2025 = print_results(book);
    const target_counts targets = print_targets(plan, report, book);
    const pt::audit_result audit = print_audit(book);

    fmt::print("\nSummary: {} figures, {} indicators, {} of them with 2025 actuals.\n"
               "  2026: {} targets ({} binding), {} pending as of {}, {} set below the 2025 actual.\n"
               "  Audit: {} checks, {} hold; {} errors, {} warnings, {} notes.\n",
               book.figures.size(), plan.indicators().size(), indicators_2025, targets.targets, targets.binding,
               targets.pending, report.as_of.to_string(), targets.below_last_actual, audit.checks, audit.holding,
               audit.count(pt::severity::error), audit.count(pt::severity::warning), audit.count(pt::severity::note));

    if (data_directory && !compare_with_data_files(*data_directory, book, plan, report)) return 1;
    return 0;
}
