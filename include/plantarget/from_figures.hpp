// Builds a plan from a report's published figures: each indicator with its
// unit and direction, each actual as an observation (with its bound, precision
// and published growth), each target figure as a target; two target figures on
// one indicator and period become one compound target. Data files and typed
// programs meet here, so both are evaluated by the same engine.
#pragma once

#include <plantarget/decimal.hpp>
#include <plantarget/figure_index.hpp>
#include <plantarget/figures.hpp>
#include <plantarget/numbering.hpp>
#include <plantarget/indicator_traits.hpp>
#include <plantarget/plan.hpp>
#include <plantarget/validate.hpp>

#include <algorithm>
#include <cstdint>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>

namespace plantarget {

struct from_figures_options {
    // Comparator words whose targets are binding (约束性) when a data file does
    // not say: the bottom lines of a plan (zero cases, ceilings, floors).
    std::set<std::string, std::less<>> binding_words{"动态清零", "以内", "不超过", "不高于", "不低于"};
};

namespace from_figures_detail {
// A target's test mode: as its figure states it, else from its wording.
inline void set_test_mode(target_spec& t, const published_figure& f) {
    if (f.test) {
        t.test = *f.test;
        t.test_origin = {};
        return;
    }
    const test_mode_choice c = infer_test_mode(f.quote, f.comparator_text.text());
    t.test = c.mode;
    t.test_origin = c.origin;
}
}  // namespace from_figures_detail

// Throws std::invalid_argument naming the figures and their place
// (file:line) when the book is inconsistent: two actuals of one indicator for
// the same months that disagree beyond rounding, a target with a comparator
// word plan language does not have. validate() (validate.hpp) finds these
// and more before, as located errors; plancheck runs it first.
inline plan plan_from_figures(const figure_book& book, const from_figures_options& opt = {}) {
    plan p;
    // The sections' titles, as the book gives them.
    for (const auto& s : book.sections) p.add_section(s.number, s.title);
    // Indicators with their units and traits, stated or by the rule of
    // indicator_traits.hpp; numbered once, in the order they are added, so
    // that indicator k of the plan is number k. Keys below are built from
    // these numbers, not from id strings: a city's book has millions of figures.
    const indicator_numbers numbers(book);
    // Room for what comes: each indicator's actuals (at most one observation
    // each) and a target per target figure (fewer when several make one).
    std::vector<std::size_t> actuals(numbers.size(), 0);
    std::size_t target_figures = 0;
    for (std::size_t at = 0; at < book.figures.size(); ++at) {
        const published_figure& f = book.figures[at];
        if (f.role == figure_role::actual && f.has_value) ++actuals[numbers.of(at)];
        if (f.role == figure_role::target) ++target_figures;
    }
    p.reserve(numbers.size(), target_figures);
    for (auto& info : indicators_of(book, numbers)) {
        const std::size_t n = actuals[p.indicators().size()];
        p.add_indicator(std::move(info));
        p.reserve_observations(p.indicators().back().id, n);
    }
    using detail::combined;
    using detail::mixed;
    const auto at_of = [&](const published_figure& f) { return static_cast<std::uint32_t>(&f - book.figures.data()); };
    // An indicator and a span of months: periods by their months (span_key),
    // not their text, so that 2025 and 2025-01..2025-12 are one.
    const auto months_hash = [&](const published_figure& f) {
        return combined(mixed(numbers.of(at_of(f))), static_cast<std::uint64_t>(f.period.span_key()));
    };
    const auto same_months = [&](const published_figure& f) {
        return [&book, &numbers, indicator = numbers.of(at_of(f)), span = f.period.span_key()](std::uint32_t other) {
            return numbers.of(other) == indicator && book.figures[other].period.span_key() == span;
        };
    };

    // Observations: valued actuals; a growth figure rides on the level of its period.
    // The first growth actual of each indicator and span, numbered in book order.
    detail::numbering growth_numbers;
    std::vector<const published_figure*> growth_of_period;  // by number
    for (const auto& f : book.figures)
        if (f.role == figure_role::actual && f.measure == figure_measure::growth && f.has_value)
            if (growth_numbers.number(months_hash(f), at_of(f), same_months(f)) == growth_of_period.size())
                growth_of_period.push_back(&f);
    std::vector<bool> growth_observed(growth_of_period.size(), false);
    detail::numbering observed;  // the first valued actual of each indicator and span
    for (const auto& f : book.figures) {
        if (f.role != figure_role::actual || !f.has_value || !traits_detail::is_valued_measure(f.measure)) continue;
        const indicator_info* info = &p.indicators()[numbers.of(at_of(f))];
        if (!f.unit.same_kind(info->unit)) continue;  // a second measure of another kind: kept for the audit only
        observation_meta meta;
        meta.bound = f.bound();
        // In the indicator's unit, with the figure's significant digits (5200 人 is 0.52 万人).
        meta.decimals = decimals_in_unit(f.value.value, f.value.decimals, f.unit, info->unit);
        const std::uint64_t hash = months_hash(f);
        if (const auto g = growth_numbers.find(hash, same_months(f))) {
            growth_observed[*g] = true;
            meta.published_growth = growth_rate::from_percent(growth_of_period[*g]->value.value);
            meta.growth_decimals = growth_of_period[*g]->value.decimals;
        }
        // The same months written two ways (2025, 2025-01..2025-12) are one
        // observation when the values agree within rounding: the first is kept.
        const std::uint32_t before = observed.size();
        const std::uint32_t kept = observed.representative(observed.number(hash, at_of(f), same_months(f)));
        if (observed.size() == before) {
            const published_figure& g = book.figures[kept];
            if (agree_within_rounding(g.value, g.unit.factor(), f.value, f.unit.factor())) continue;
            throw std::invalid_argument(parse_error{"figures " + g.id + " (" + validate_detail::place(g.where) + ") and " +
                                                        f.id + " are two actuals of " + f.indicator_id + " for " +
                                                        f.period.to_string() + " that disagree beyond rounding",
                                                    {}, f.where}
                                            .to_string());
        }
        const double v = units::convert_value(f.value.value, f.unit, info->unit);
        (void)p.add_observation(f.indicator_id, f.period, v, meta);
    }
    // A growth published without a level for its months (1-6月 增长4.6%) is an
    // actual of growth targets on its own (aggregate.hpp), not dropped.
    for (std::size_t k = 0; k < growth_of_period.size(); ++k) {
        if (growth_observed[k]) continue;
        const published_figure* g = growth_of_period[k];
        (void)p.add_growth_only(g->indicator_id, g->period, growth_rate::from_percent(g->value.value), g->value.decimals,
                                g->bound());
    }

    // Targets: one per indicator and period; several figures make a compound
    // target. Figures of one book make one compound target; another book's
    // target for the period (books over years) is a target of its own.
    detail::numbering target_numbers;
    std::vector<std::pair<target_spec, std::string>> targets;  // by number
    targets.reserve(target_figures);
    for (const auto& f : book.figures) {
        if (f.role != figure_role::target) continue;
        if (!f.comparator_text.known())
            throw std::invalid_argument(
                parse_error{"figure " + f.id + ": unknown comparator", f.comparator_text.text(), f.where}.to_string());
        condition c;
        c.cmp = f.comparator_text.cmp();
        c.value = f.has_value ? f.value.value : 0.0;
        c.unit = f.unit;
        if (f.tolerance) c.tolerance = f.tolerance->value;
        c.decimals = f.has_value ? f.value.decimals : 0;  // the threshold's published precision
        if (f.upper) {  // a range: both ends inclusive, compared at the finer of their precisions
            c.upper = f.upper->value;
            c.decimals = std::max(c.decimals, f.upper->decimals);
        }
        c.what = f.measure == figure_measure::growth ? measure::growth
                 : f.measure == figure_measure::completion ? measure::completion
                                                             : measure::level;
        // On a plan period (2021..2025) a growth is cumulative from its base year (累计增长).
        if (f.period.kind() == period_kind::years && c.what == measure::growth) c.what = measure::cumulative_growth;
        if (f.measure == figure_measure::average_growth) c.what = measure::average_growth;
        if (c.what == measure::completion) {
            // A completion target needs the plan level; without one it bounds the rate as a level.
            c.what = measure::level;
        }
        const std::uint64_t hash = combined(months_hash(f), detail::hash_of(f.where.file.view()));
        const std::uint32_t number = target_numbers.number(hash, at_of(f), [&](std::uint32_t other) {
            return same_months(f)(other) && book.figures[other].where.file == f.where.file;
        });
        if (number == targets.size()) {
            target_spec t;
            t.id = f.id;
            t.indicator_id = f.indicator_id;
            t.deadline = f.period;
            t.text = f.quote;
            t.kind = opt.binding_words.count(f.comparator_text.text()) != 0 ? commitment::binding : commitment::anticipatory;
            from_figures_detail::set_test_mode(t, f);
            t.conditions.push_back(c);
            targets.emplace_back(std::move(t), f.section);
        } else {
            target_spec& t = targets[number].first;
            t.conditions.push_back(c);
            t.combine = combination::all_of;
            if (f.test && t.test_origin.assumed()) from_figures_detail::set_test_mode(t, f);  // a later figure of it states the mode
            if (opt.binding_words.count(f.comparator_text.text()) != 0) t.kind = commitment::binding;
        }
    }
    for (auto& [t, section] : targets) p.add_target(std::move(t), section);
    return p;
}

}  // namespace plantarget
