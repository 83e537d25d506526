// Builds a plan from a report's published figures: each indicator with its
// unit and direction, each actual as an observation (with its bound, precision
// and published growth), each target figure as a target; two target figures on
// one indicator and period become one compound target. Data files and typed
// programs meet here, so both are evaluated by the same engine.
#pragma once

#include <plantarget/figures.hpp>
#include <plantarget/plan.hpp>
#include <plantarget/validate.hpp>

#include <map>
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

namespace detail {
inline bool is_valued_measure(figure_measure m) {
    return m == figure_measure::level || m == figure_measure::share || m == figure_measure::rank ||
           m == figure_measure::progress || m == figure_measure::ratio;
}
}  // namespace detail

// Throws std::invalid_argument naming the figures and their place
// (file:line) when the book is inconsistent: two actuals of one indicator for
// the same months that disagree beyond rounding, a target with a comparator
// word plan language does not have. validate() (validate.hpp) finds these
// and more before, as located errors; plancheck runs it first.
inline plan plan_from_figures(const figure_book& book, const from_figures_options& opt = {}) {
    plan p;
    // Indicators, in order of first appearance; unit from the first valued figure.
    std::map<std::string, indicator_info> infos;
    std::vector<std::string> order;
    for (const auto& f : book.figures) {
        auto it = infos.find(f.indicator_id);
        if (it == infos.end()) {
            indicator_info info;
            info.id = f.indicator_id;
            info.name_zh = f.name_zh;
            info.name_en = f.name_en;
            info.unit = f.unit;
            info.kind = nature::flow;
            it = infos.emplace(f.indicator_id, info).first;
            order.push_back(f.indicator_id);
            if (!detail::is_valued_measure(f.measure)) it->second.unit = units::unit_of("%");
        }
        indicator_info& info = it->second;
        if (detail::is_valued_measure(f.measure) && info.unit.kind() == units::unit_kind::percent &&
            f.unit.kind() != units::unit_kind::percent && f.measure != figure_measure::share)
            info.unit = f.unit;  // first valued figure after a growth figure
        // Lower is better where a target caps the value, or where the report
        // states an actual as a ceiling it kept (降至28以下, 控制在5.5%以内, 动态清零).
        const comparator_word* w = f.comparator_text.word();
        const bool ceiling = w != nullptr && (w->cmp == comparator::at_most || w->cmp == comparator::dynamic_zero ||
                                              (f.role == figure_role::target && w->cmp == comparator::less_than));
        if (ceiling && f.measure != figure_measure::growth) info.better = direction::lower_is_better;
    }
    // A rate is an indicator measured in percent or per 1,000 that the report
    // states as a level (a share, a completion rate): one known only by its
    // growth is a flow whose level the report does not print. The rest are
    // flows too: plans count what was added in the year.
    std::set<std::string, std::less<>> stated_as_rate;
    for (const auto& f : book.figures)
        if (f.measure != figure_measure::growth && f.measure != figure_measure::rank) stated_as_rate.insert(f.indicator_id);
    for (auto& [id, info] : infos) {
        const auto k = info.unit.kind();
        const bool rate_unit = k == units::unit_kind::percent || k == units::unit_kind::per_thousand_persons;
        info.kind = rate_unit && stated_as_rate.count(id) != 0 ? nature::rate : nature::flow;
    }
    for (const auto& id : order) p.add_indicator(infos.at(id));

    // Observations: valued actuals; a growth figure rides on the level of its period.
    // Periods by their months (span_key), not their text: 2025 and 2025-01..2025-12 are one.
    std::map<std::pair<std::string, long>, const published_figure*> growth_of_period;
    for (const auto& f : book.figures)
        if (f.role == figure_role::actual && f.measure == figure_measure::growth && f.has_value)
            growth_of_period.emplace(std::pair{f.indicator_id, f.period.span_key()}, &f);
    std::map<std::pair<std::string, long>, const published_figure*> observed;
    for (const auto& f : book.figures) {
        if (f.role != figure_role::actual || !f.has_value || !detail::is_valued_measure(f.measure)) continue;
        const indicator_info* info = p.indicator_by_id(f.indicator_id);
        if (!f.unit.same_kind(info->unit)) continue;  // a second measure of another kind: kept for the audit only
        observation_meta meta;
        meta.bound = f.bound();
        meta.decimals = f.value.decimals;
        if (auto g = growth_of_period.find({f.indicator_id, f.period.span_key()}); g != growth_of_period.end()) {
            meta.published_growth = growth_rate::from_percent(g->second->value.value);
            meta.growth_decimals = g->second->value.decimals;
        }
        // The same months written two ways (2025, 2025-01..2025-12) are one
        // observation when the values agree within rounding: the first is kept.
        const auto [kept, fresh] = observed.emplace(std::pair{f.indicator_id, f.period.span_key()}, &f);
        if (!fresh) {
            const published_figure& g = *kept->second;
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

    // Targets: one per indicator and period; several figures make a compound target.
    std::map<std::pair<std::string, long>, std::size_t> target_index;
    std::vector<std::pair<target_spec, std::string>> targets;
    for (const auto& f : book.figures) {
        if (f.role != figure_role::target) continue;
        if (!f.comparator_text.known())
            throw std::invalid_argument(
                parse_error{"figure " + f.id + ": unknown comparator", f.comparator_text.text(), f.where}.to_string());
        condition c;
        c.cmp = f.comparator_text.cmp();
        c.value = f.has_value ? f.value.value : 0.0;
        c.unit = f.unit;
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
        const auto key = std::pair{f.indicator_id, f.period.span_key()};
        auto it = target_index.find(key);
        if (it == target_index.end()) {
            target_spec t;
            t.id = f.id;
            t.indicator_id = f.indicator_id;
            t.deadline = f.period;
            t.text = f.quote;
            t.kind = opt.binding_words.count(f.comparator_text.text()) != 0 ? commitment::binding : commitment::anticipatory;
            t.conditions.push_back(c);
            target_index.emplace(key, targets.size());
            targets.emplace_back(std::move(t), f.section);
        } else {
            target_spec& t = targets[it->second].first;
            t.conditions.push_back(c);
            t.combine = combination::all_of;
            if (opt.binding_words.count(f.comparator_text.text()) != 0) t.kind = commitment::binding;
        }
    }
    for (auto& [t, section] : targets) p.add_target(std::move(t), section);
    return p;
}

}  // namespace plantarget
