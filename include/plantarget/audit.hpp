// An audit of a report's own arithmetic: a rate against its parts, a total
// against its items, a growth rate against two levels, implied bases and plans,
// two target conditions that cannot both bind, a target set below the last
// actual, a part larger than its whole. Rounding-aware as published: a
// computed value that rounds to the printed one holds.
//
// The audit returns findings as data: a code, the figures, the computed and
// published values, the unit and the precision to print at. The words, in
// Chinese and English, are the report layer's (report/findings.hpp).
#pragma once

#include <plantarget/vocab/vocabulary.hpp>
#include <plantarget/figure_index.hpp>
#include <plantarget/figures.hpp>
#include <plantarget/growth.hpp>
#include <plantarget/indicator_traits.hpp>
#include <plantarget/lexicon.hpp>
#include <plantarget/result.hpp>
#include <plantarget/units/registry.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace plantarget {

enum class severity : std::uint8_t {
    error,    // the figures contradict each other
    warning,  // suspicious: a redundant or loose target, a mismatch within rounding
    note,     // a figure the report implies, for the reader
};

template <>
struct vocabulary<severity> {
    static constexpr std::array<vocab_entry<severity>, 3> entries{{
        {severity::error, "error", "error", "错误"},
        {severity::warning, "warning", "warning", "警告"},
        {severity::note, "note", "note", "提示"},
    }};
};
static_assert(detail::vocabulary_is_dense<severity>());

constexpr std::string_view to_string(severity s) noexcept { return token_of(s); }

// What a check found. Each code has one severity (severity_of) and one
// sentence in each language (report/findings.hpp).
enum class finding_code : std::uint8_t {
    parts_of_different_kinds,           // sum: a part counts another kind of thing than the total
    sum_within_rounding,                // sum: off by no more than the parts' rounding
    sum_mismatch,                       // sum: off by more
    rate_undefined,                     // ratio: the parts give no rate (why)
    rate_reproduces,                    // ratio: the rate follows from its parts
    rate_mismatch,                      // ratio: it does not
    plan_undefined,                     // completion: no plan follows (why)
    implied_plan,                       // completion: actual / rate
    base_undefined,                     // growth: no base follows (why)
    implied_base,                       // growth: level / (1 + growth)
    growth_undefined,                   // growth_levels: no growth between the levels (why)
    growth_mismatch,                    // growth_levels: the levels give another growth
    level_condition_redundant,          // compound: the growth condition asks for more
    growth_condition_redundant,         // compound: the level condition asks for more
    target_below_last_actual,           // target_vs_actual: a floor below what was reached
    ceiling_above_last_actual,          // target_vs_actual: a ceiling above what was reached
    target_repeats_last_actual,         // target_vs_actual: the same number again
    growth_needed,                      // target_vs_actual: the growth the target asks for
    part_and_whole_of_different_kinds,  // ordering
    part_beyond_unit_range,             // ordering: the part overflows in the whole's unit
    part_exceeds_whole,                 // ordering
    whole_base_candidates,              // growth, completion: the implied base or task of a count is not whole; whole ones fit
    no_whole_base,                      // growth, completion: no whole base or task reproduces the printed rate
    smallest_whole_base,                // a printed growth of a count alone: the smallest whole base reproducing it
    no_small_whole_base,                // a printed growth of a count alone: no whole base below the search limit
    implausible_completion,             // completion: above the ceiling, or a task far below the actual
    implausible_growth,                 // growth: above the ceiling, or a base far below the level
    ambiguous_rate_growth,              // growth of a rate or share: relative change or percentage points
    schedule_reproduces,                // schedule: completion, amounts and gap to the schedule agree
    schedule_gap_mismatch,              // schedule: the gap is the odd one out
    schedule_amounts_mismatch,          // schedule: the amounts are the odd one out
    schedule_completion_mismatch,       // schedule: the stated completion is the odd one out
    schedule_inconsistent,              // schedule: no two of the three agree
    list_longer_than_count,             // enumeration: more items listed before 等 than counted
    list_count_mismatch,                // enumeration: a complete list of another length than its count
    rank_contradicts_values,            // rank: the better rank has the worse value, in one scope
    rank_narrower_scope_worse,          // rank: a worse rank in a narrower scope than in a wider one
};

template <>
struct vocabulary<finding_code> {
    static constexpr std::array<vocab_entry<finding_code>, 37> entries{{
        {finding_code::parts_of_different_kinds, "parts_of_different_kinds", "parts of different kinds", "分项口径不一"},
        {finding_code::sum_within_rounding, "sum_within_rounding", "sum off within rounding", "合计在修约误差内不符"},
        {finding_code::sum_mismatch, "sum_mismatch", "sum mismatch", "合计不符"},
        {finding_code::rate_undefined, "rate_undefined", "rate undefined", "比率无定义"},
        {finding_code::rate_reproduces, "rate_reproduces", "rate reproduces", "比率可复核"},
        {finding_code::rate_mismatch, "rate_mismatch", "rate mismatch", "比率不符"},
        {finding_code::plan_undefined, "plan_undefined", "plan undefined", "计划数无定义"},
        {finding_code::implied_plan, "implied_plan", "implied plan", "推算计划数"},
        {finding_code::base_undefined, "base_undefined", "base undefined", "基数无定义"},
        {finding_code::implied_base, "implied_base", "implied base", "推算基数"},
        {finding_code::growth_undefined, "growth_undefined", "growth undefined", "增速无定义"},
        {finding_code::growth_mismatch, "growth_mismatch", "growth mismatch", "增速不符"},
        {finding_code::level_condition_redundant, "level_condition_redundant", "level condition redundant",
         "总量条件多余"},
        {finding_code::growth_condition_redundant, "growth_condition_redundant", "growth condition redundant",
         "增速条件多余"},
        {finding_code::target_below_last_actual, "target_below_last_actual", "target below the last actual",
         "目标低于上年实际"},
        {finding_code::ceiling_above_last_actual, "ceiling_above_last_actual", "ceiling above the last actual",
         "上限高于上年实际"},
        {finding_code::target_repeats_last_actual, "target_repeats_last_actual", "target repeats the last actual",
         "目标等于上年实际"},
        {finding_code::growth_needed, "growth_needed", "growth needed", "所需增长"},
        {finding_code::part_and_whole_of_different_kinds, "part_and_whole_of_different_kinds",
         "part and whole of different kinds", "部分与整体口径不一"},
        {finding_code::part_beyond_unit_range, "part_beyond_unit_range", "part beyond the whole's unit",
         "部分超出整体单位的范围"},
        {finding_code::part_exceeds_whole, "part_exceeds_whole", "part exceeds its whole", "部分大于整体"},
        {finding_code::whole_base_candidates, "whole_base_candidates", "whole bases consistent with the rate",
         "与比率相符的整数基数"},
        {finding_code::no_whole_base, "no_whole_base", "no whole base fits the rate", "无整数基数与比率相符"},
        {finding_code::smallest_whole_base, "smallest_whole_base", "smallest whole base of the rate",
         "比率所需的最小整数基数"},
        {finding_code::no_small_whole_base, "no_small_whole_base", "no small whole base fits the rate",
         "在搜索范围内无整数基数与比率相符"},
        {finding_code::implausible_completion, "implausible_completion", "implausible completion rate",
         "完成率不合常理"},
        {finding_code::implausible_growth, "implausible_growth", "implausible growth rate", "增速不合常理"},
        {finding_code::ambiguous_rate_growth, "ambiguous_rate_growth", "growth of a rate is ambiguous",
         "比率的增长含义不明"},
        {finding_code::schedule_reproduces, "schedule_reproduces", "schedule claim reproduces", "时序进度可复核"},
        {finding_code::schedule_gap_mismatch, "schedule_gap_mismatch", "gap to the schedule mismatch",
         "与时序进度之差不符"},
        {finding_code::schedule_amounts_mismatch, "schedule_amounts_mismatch", "amounts do not give the completion",
         "完成额与完成率不符"},
        {finding_code::schedule_completion_mismatch, "schedule_completion_mismatch", "stated completion mismatch",
         "所述完成率不符"},
        {finding_code::schedule_inconsistent, "schedule_inconsistent", "schedule claim inconsistent",
         "时序进度表述互相矛盾"},
        {finding_code::list_longer_than_count, "list_longer_than_count", "more items listed than counted",
         "列举项多于总数"},
        {finding_code::list_count_mismatch, "list_count_mismatch", "list length differs from its count",
         "列举项数与总数不符"},
        {finding_code::rank_contradicts_values, "rank_contradicts_values", "rank contradicts the values",
         "位次与数值矛盾"},
        {finding_code::rank_narrower_scope_worse, "rank_narrower_scope_worse", "worse rank in a narrower scope",
         "小范围位次低于大范围位次"},
    }};
};
static_assert(detail::vocabulary_is_dense<finding_code>());

constexpr std::string_view to_string(finding_code c) noexcept { return token_of(c); }

// The severity of each finding, by its code.
constexpr severity severity_of(finding_code c) noexcept {
    switch (c) {
        case finding_code::rate_reproduces:
        case finding_code::implied_plan:
        case finding_code::implied_base:
        case finding_code::target_repeats_last_actual:
        case finding_code::growth_needed:
        case finding_code::whole_base_candidates:
        case finding_code::smallest_whole_base:
        case finding_code::no_small_whole_base:
        case finding_code::ambiguous_rate_growth:
        case finding_code::schedule_reproduces: return severity::note;
        case finding_code::no_whole_base:
        case finding_code::implausible_completion:
        case finding_code::implausible_growth:
        case finding_code::sum_within_rounding:
        case finding_code::growth_mismatch:  // official growth is data (comparable prices): worth a look
        case finding_code::level_condition_redundant:
        case finding_code::growth_condition_redundant:
        case finding_code::target_below_last_actual:
        case finding_code::ceiling_above_last_actual: return severity::warning;
        case finding_code::parts_of_different_kinds:
        case finding_code::sum_mismatch:
        case finding_code::rate_undefined:
        case finding_code::rate_mismatch:
        case finding_code::plan_undefined:
        case finding_code::base_undefined:
        case finding_code::growth_undefined:
        case finding_code::part_and_whole_of_different_kinds:
        case finding_code::part_beyond_unit_range:
        case finding_code::part_exceeds_whole:
        case finding_code::schedule_gap_mismatch:
        case finding_code::schedule_amounts_mismatch:
        case finding_code::schedule_completion_mismatch:
        case finding_code::schedule_inconsistent:
        case finding_code::list_longer_than_count:
        case finding_code::list_count_mismatch:
        case finding_code::rank_contradicts_values:
        case finding_code::rank_narrower_scope_worse: return severity::error;
    }
    return severity::error;
}

// A whole count the printed figures allow: a whole base, plan or task, the
// count it pairs with, and the rate the pair gives before rounding (147 with
// 301 gives 104.76 %, printed 105 %).
struct whole_candidate {
    double count = 0.0;  // the whole base, plan or task
    double other = 0.0;  // the printed level or actual, or the whole level a lone growth implies
    double gives = 0.0;  // the growth or completion rate of the pair, in %
};

// The thresholds of the plausibility rules, and how far whole bases are
// searched. The defaults are documented in docs/audit.md.
struct audit_options {
    double completion_ceiling_percent = 300.0;  // a completion rate above this is implausible
    double task_floor_of_actual = 0.1;          // so is an implied task below this share of the actual
    double growth_ceiling_percent = 500.0;      // a growth rate above this is implausible
    double base_floor_of_level = 0.1;           // so is an implied base below this share of the level
    int whole_base_search_limit = 100000;       // a lone growth of a count: bases searched up to here
    int whole_candidates_limit = 1000;          // more whole candidates than this: the rate pins nothing
};

struct finding {
    std::string check_id;  // the relation it comes from
    // Whether that relation was given or discovered; empty for a check of one
    // figure alone (whole counts of a lone growth), which needs no relation.
    std::optional<relation_origin> origin;
    relation_kind kind = relation_kind::sum;
    finding_code code = finding_code::sum_mismatch;
    severity level = severity::note;    // severity_of(code)
    std::vector<std::string> figures;   // ids of the figures involved
    double computed = 0.0;              // what the other figures imply
    int computed_decimals = -1;         // the precision a message prints it at
    bool has_published = false;         // whether a printed figure is compared
    published_value published;          // the printed figure compared with
    units::unit_descriptor unit;        // of computed and published
    reason why = reason::none;          // of the *_undefined codes
    // The level the computed value rests on: the actual of an implied plan,
    // the last actual (in the level's unit) a growth condition applies to.
    std::optional<published_value> base;
    // A percentage the finding quotes: the completion rate of an implied plan,
    // the growth a target needs.
    std::optional<published_value> rate;
    bool from_bound = false;  // implied_base: the level or the growth is stated as a bound
    // whole_base_candidates: the whole bases or tasks that reproduce the
    // printed rate; smallest_whole_base: the smallest one.
    std::vector<whole_candidate> candidates;
    // ambiguous_rate_growth: the base read as percentage points (computed is
    // the base read as a relative change).
    std::optional<published_value> alternative;
    // schedule: the schedule (the elapsed part of the year, in %) and the
    // completion the amounts give (actual / annual plan), when given.
    std::optional<published_value> schedule;
    std::optional<published_value> from_amounts;
    // enumeration: the items the count's quote lists; rank: the scope of the
    // rank and of its peer (全市, 全国).
    std::vector<std::string> items;
};

struct audit_result {
    std::vector<finding> findings;
    int checks = 0;  // relations examined
    int holding = 0; // relations with no error or warning
    std::vector<std::string> unresolved;  // relations naming figures the book lacks

    [[nodiscard]] int count(severity s) const {
        int n = 0;
        for (const auto& f : findings) n += f.level == s ? 1 : 0;
        return n;
    }
};

namespace detail {

inline bool is_lower_bound(value_bound b) { return b == value_bound::at_least || b == value_bound::more_than; }

inline const units::unit_descriptor& audit_percent_unit() {
    static const units::unit_descriptor u = units::unit_of("%");
    return u;
}

// A book's figures by id, and its actual levels by indicator: built once per
// audit, so that no check scans the book.
class audit_index {
public:
    explicit audit_index(const figure_book& book) : by_id_(book) {
        for (const auto& f : book.figures) {
            if (f.role == figure_role::actual && f.measure == figure_measure::level && f.has_value)
                levels_[std::string_view(f.indicator_id)].push_back(&f);
        }
    }
    // The first figure of the id, as figure_book::find.
    [[nodiscard]] const published_figure* find(std::string_view id) const { return by_id_.find(id); }
    // Whether the book gives an actual level of the indicator.
    [[nodiscard]] bool has_level(std::string_view indicator) const { return levels_.contains(indicator); }
    // The latest actual level of an indicator before a period, or null.
    [[nodiscard]] const published_figure* last_level_before(std::string_view indicator, const period& p) const {
        auto it = levels_.find(indicator);
        if (it == levels_.end()) return nullptr;
        const published_figure* best = nullptr;
        for (const published_figure* f : it->second)
            if (f->period < p && (best == nullptr || best->period < f->period)) best = f;
        return best;
    }

private:
    // Keys view the book's own strings: the index lives no longer than the audit.
    figures_by_id by_id_;
    std::unordered_map<std::string_view, std::vector<const published_figure*>> levels_;
};

// One relation with its figures found: the result, the operands, and the
// ids every finding of it names.
struct relation_figures {
    const figure_relation& relation;
    const published_figure& result;
    std::vector<const published_figure*> operands;
    std::vector<std::string> ids;

    [[nodiscard]] finding make(finding_code code, double computed, int decimals, const published_figure* compared,
                               const units::unit_descriptor& unit) const {
        finding f;
        f.check_id = relation.id;
        f.origin = relation.origin;
        f.kind = relation.kind;
        f.code = code;
        f.level = severity_of(code);
        f.figures = ids;
        f.computed = computed;
        f.computed_decimals = decimals;
        if (compared != nullptr) {
            f.has_published = true;
            f.published = compared->value;
        }
        f.unit = unit;
        return f;
    }
    [[nodiscard]] finding undefined(finding_code code, reason why, const published_figure* compared,
                                    const units::unit_descriptor& unit) const {
        finding f = make(code, 0.0, -1, compared, unit);
        f.why = why;
        return f;
    }
};

// A figure that counts whole things as printed: 301个, not 3.5万人 (a count
// in 万 is rounded) nor 10余个 (a bound).
inline bool is_whole_count(const published_figure& f) {
    using units::unit_kind;
    const unit_kind k = f.unit.kind();
    const bool counts = k >= unit_kind::persons && k <= unit_kind::titles;
    return counts && f.unit.factor() == 1.0 && f.value.decimals == 0 && f.bound() == value_bound::exact &&
           f.value.value > 0.0;
}

inline bool is_whole(double x) { return std::abs(x - std::round(x)) <= 1e-9 * std::max(1.0, std::abs(x)); }

// The whole counts n in [low, high] for which rate_of(n) reproduces the
// printed rate, or nullopt when there are more than `limit` to try (the rate
// then constrains nothing worth saying).
template <class RateOf>
std::optional<std::vector<whole_candidate>> whole_counts_reproducing(double low, double high, published_value printed,
                                                                     double other, int limit, RateOf rate_of) {
    if (!std::isfinite(low) || !std::isfinite(high) || high < low) return std::nullopt;
    // One more on each side: the ends come from rounded arithmetic; reproduces() decides.
    const double first = std::max(1.0, std::floor(low) - 1.0);
    const double last = std::ceil(high) + 1.0;
    if (last - first > limit) return std::nullopt;
    std::vector<whole_candidate> out;
    for (double n = first; n <= last; n += 1.0) {
        const std::optional<double> r = rate_of(n);
        if (r && reproduces(*r, printed)) out.push_back({n, other, *r});
    }
    return out;
}

// The growth in % from base to level, when defined.
inline std::optional<double> growth_percent(double level, double base) {
    const auto g = growth_of(level, base);
    return g ? std::optional(g->in_percent()) : std::nullopt;
}

// The bases a printed growth allows for a whole level: level / (1 + g) over
// the growth's rounding interval. Nullopt when the interval reaches -100 %.
inline std::optional<std::vector<whole_candidate>> whole_bases(double level, published_value growth, int limit) {
    const rounding_interval g = interval_of(growth);
    if (1.0 + g.low / 100.0 <= 0.0) return std::nullopt;
    return whole_counts_reproducing(level / (1.0 + g.high / 100.0), level / (1.0 + g.low / 100.0), growth, level,
                                    limit, [&](double base) { return growth_percent(level, base); });
}

// The tasks a printed completion rate allows for a whole actual.
inline std::optional<std::vector<whole_candidate>> whole_tasks(double actual, published_value rate, int limit) {
    const rounding_interval c = interval_of(rate);
    if (c.low <= 0.0) return std::nullopt;
    return whole_counts_reproducing(actual * 100.0 / c.high, actual * 100.0 / c.low, rate, actual, limit,
                                    [&](double task) { return std::optional(actual / task * 100.0); });
}

// What one check gives: nullopt when the relation cannot be checked (wrong
// number of operands, no base), else its findings (none when it holds).
using check_outcome = std::optional<std::vector<finding>>;

inline check_outcome check_sum(const relation_figures& x) {
    const published_figure& total = x.result;
    double sum = 0.0;
    double slack = 0.0;  // half a unit of the last printed digit of each part
    bool bounded = false;
    for (const published_figure* o : x.operands) {
        if (!o->unit.same_kind(total.unit))
            return std::vector{x.make(finding_code::parts_of_different_kinds, 0.0, -1, &total, total.unit)};
        sum += o->base_value();
        slack += 0.5 * std::pow(10.0, -o->value.decimals) * o->unit.factor();
        bounded = bounded || o->bound() != value_bound::exact;
    }
    const double in_unit = sum / total.unit.factor();
    const double slack_in_unit = slack / total.unit.factor();
    const int dec = total.value.decimals;
    if (reproduces(in_unit, total.value)) return std::vector<finding>{};
    if (bounded && in_unit <= total.value.value) return std::vector<finding>{};  // parts as lower bounds: may be short
    const bool within = std::abs(in_unit - total.value.value) <= slack_in_unit + 0.5 * std::pow(10.0, -dec);
    return std::vector{x.make(within ? finding_code::sum_within_rounding : finding_code::sum_mismatch, in_unit,
                              dec + 2, &total, total.unit)};
}

inline check_outcome check_ratio(const relation_figures& x) {
    if (x.operands.size() != 2) return std::nullopt;
    const auto& pct = audit_percent_unit();
    const auto rate = share(x.operands[0]->base_value(), x.operands[1]->base_value());
    if (!rate) return std::vector{x.undefined(finding_code::rate_undefined, rate.why(), &x.result, pct)};
    const bool holds = reproduces(rate->value(), x.result.value);
    return std::vector{x.make(holds ? finding_code::rate_reproduces : finding_code::rate_mismatch, rate->value(),
                              x.result.value.decimals + 2, &x.result, pct)};
}

inline check_outcome check_completion(const relation_figures& x, const audit_options& opt) {
    const published_figure& actual = *x.operands[0];
    const auto plan = implied_plan(actual.value.value, percent(x.result.value.value));
    if (!plan) return std::vector{x.undefined(finding_code::plan_undefined, plan.why(), nullptr, actual.unit)};
    const auto with_rate = [&](finding_code code) {
        finding f = x.make(code, *plan, actual.value.decimals + 1, nullptr, actual.unit);
        f.base = actual.value;
        f.rate = x.result.value;
        return f;
    };
    std::vector<finding> out;
    const double rate = x.result.value.value;
    const bool exact = x.result.bound() == value_bound::exact;
    if (exact && (rate > opt.completion_ceiling_percent || *plan < opt.task_floor_of_actual * actual.value.value))
        out.push_back(with_rate(finding_code::implausible_completion));
    if (exact && is_whole_count(actual) && !is_whole(*plan)) {
        if (auto tasks = whole_tasks(actual.value.value, x.result.value, opt.whole_candidates_limit)) {
            finding f = with_rate(tasks->empty() ? finding_code::no_whole_base : finding_code::whole_base_candidates);
            f.candidates = std::move(*tasks);
            out.push_back(std::move(f));
        }
    }
    if (out.empty()) out.push_back(with_rate(finding_code::implied_plan));
    return out;
}

inline check_outcome check_growth(const relation_figures& x, const audit_options& opt) {
    const published_figure& level = *x.operands[0];
    const auto base = implied_base(level.value.value, growth_rate::from_percent(x.result.value.value));
    if (!base) return std::vector{x.undefined(finding_code::base_undefined, base.why(), nullptr, level.unit)};
    const bool from_bound = level.bound() != value_bound::exact || x.result.bound() != value_bound::exact;
    const auto at = [&](finding_code code) {
        finding f = x.make(code, *base, level.value.decimals + 1, nullptr, level.unit);
        f.from_bound = from_bound;
        f.rate = x.result.value;
        return f;
    };
    // A rate grows by a relative change or by percentage points; the report
    // does not say which, so both bases are given.
    if (level.unit.kind() == units::unit_kind::percent) {
        finding f = at(finding_code::ambiguous_rate_growth);
        f.alternative = published_value{level.value.value - x.result.value.value,
                                        std::max(level.value.decimals, x.result.value.decimals)};
        return std::vector{std::move(f)};
    }
    std::vector<finding> out;
    const double growth = x.result.value.value;
    if (!from_bound && (growth > opt.growth_ceiling_percent || *base < opt.base_floor_of_level * level.value.value))
        out.push_back(at(finding_code::implausible_growth));
    if (!from_bound && is_whole_count(level) && !is_whole(*base)) {
        if (auto bases = whole_bases(level.value.value, x.result.value, opt.whole_candidates_limit)) {
            finding f = at(bases->empty() ? finding_code::no_whole_base : finding_code::whole_base_candidates);
            f.candidates = std::move(*bases);
            out.push_back(std::move(f));
        }
    }
    if (out.empty()) out.push_back(at(finding_code::implied_base));
    return out;
}

inline check_outcome check_growth_levels(const relation_figures& x) {
    if (x.operands.size() != 2) return std::nullopt;
    const auto& pct = audit_percent_unit();
    const auto g = growth_of(x.operands[0]->base_value(), x.operands[1]->base_value());
    if (!g) return std::vector{x.undefined(finding_code::growth_undefined, g.why(), &x.result, pct)};
    if (reproduces(g->in_percent(), x.result.value)) return std::vector<finding>{};
    return std::vector{x.make(finding_code::growth_mismatch, g->in_percent(), x.result.value.decimals + 1, &x.result, pct)};
}

// Two conditions on one indicator, usually a level and a growth: with the
// last actual as base, one may imply the other.
inline check_outcome check_compound(relation_figures x, const audit_index& index) {
    const published_figure* a = &x.result;
    const published_figure* b = x.operands[0];
    const published_figure* level = a->measure == figure_measure::level ? a : b;
    const published_figure* growth = a->measure == figure_measure::growth ? a : b;
    if (level == growth) return std::nullopt;
    const published_figure* base = index.last_level_before(level->indicator_id, level->period);
    if (base == nullptr) return std::nullopt;
    x.ids.push_back(base->id);
    const double base_in_level = units::convert_value(base->value.value, base->unit, level->unit);
    const double from_growth = base_in_level * growth_rate::from_percent(growth->value.value).factor();
    const bool both_lower = is_lower_bound(level->bound()) || level->comparator_text.text() == "=" ||
                            level->comparator_text.cmp() == comparator::more_than;
    if (!both_lower || from_growth == level->value.value) return std::vector<finding>{};
    const finding_code code = from_growth > level->value.value ? finding_code::level_condition_redundant
                                                                : finding_code::growth_condition_redundant;
    finding f = x.make(code, from_growth, level->value.decimals + 2, level, level->unit);
    f.base = published_value{base_in_level, base->value.decimals};
    return std::vector{std::move(f)};
}

inline check_outcome check_target_vs_actual(const relation_figures& x) {
    const published_figure& target = x.result;
    const published_figure& last = *x.operands[0];
    const double last_in_target = units::convert_value(last.value.value, last.unit, target.unit);
    const auto g = growth_of(target.value.value, last_in_target);
    const comparator cmp = target.comparator_text.cmp();
    const bool higher_better = cmp == comparator::at_least || cmp == comparator::more_than;
    const bool lower_better = cmp == comparator::at_most || cmp == comparator::less_than;
    const double diff = target.value.value - last_in_target;
    // A growth needed is a statement about levels only.
    std::optional<published_value> need;
    if (g && target.measure == figure_measure::level) need = published_value{g->in_percent(), 1};
    const auto at_last = [&](finding_code code) {
        return x.make(code, last_in_target, last.value.decimals, &target, target.unit);
    };
    if (higher_better && diff < 0.0) {
        finding f = at_last(finding_code::target_below_last_actual);
        f.rate = need;
        return std::vector{std::move(f)};
    }
    if (lower_better && diff > 0.0) return std::vector{at_last(finding_code::ceiling_above_last_actual)};
    if (diff == 0.0 && cmp != comparator::dynamic_zero)
        return std::vector{at_last(finding_code::target_repeats_last_actual)};
    if (need) return std::vector{x.make(finding_code::growth_needed, need->value, 1, nullptr, audit_percent_unit())};
    return std::vector<finding>{};
}

inline check_outcome check_ordering(const relation_figures& x) {
    const published_figure& part = x.result;
    const published_figure& whole = *x.operands[0];
    if (!part.unit.same_kind(whole.unit))
        return std::vector{x.make(finding_code::part_and_whole_of_different_kinds, 0.0, -1, &part, part.unit)};
    // In the whole's unit: base units (亿元 -> 元) can overflow.
    const double in_whole = units::convert_value(part.value.value, part.unit, whole.unit);
    if (!std::isfinite(in_whole))
        return std::vector{x.make(finding_code::part_beyond_unit_range, 0.0, -1, &whole, whole.unit)};
    if (in_whole <= whole.value.value) return std::vector<finding>{};
    return std::vector{x.make(finding_code::part_exceeds_whole, in_whole, whole.value.decimals + 2, &whole, whole.unit)};
}

// ---- schedule claims: 完成年度计划X%，高于时序进度N个百分点 --------------------------

// The words that put a stated completion behind the schedule: the gap is
// then negative (低于时序进度2个百分点 is -2).
inline constexpr auto behind_schedule_words = std::to_array<std::string_view>({"低于", "慢于", "落后"});

// The gap to the schedule as a signed value.
inline published_value signed_gap(const published_figure& gap) {
    const std::string_view q(gap.quote);
    const bool behind = std::any_of(behind_schedule_words.begin(), behind_schedule_words.end(),
                                    [&](std::string_view w) { return q.find(w) != std::string_view::npos; });
    return behind && gap.value.value > 0.0 ? published_value{-gap.value.value, gap.value.decimals} : gap.value;
}

// Whether some value that prints as `stated` (a completion), less the
// schedule, prints as `gap`: their rounding intervals meet once shifted.
inline bool gap_fits(published_value stated, double schedule, published_value gap) {
    const rounding_interval c = interval_of(stated);
    const rounding_interval g = interval_of(gap);
    return c.low - schedule < g.high && g.low < c.high - schedule;
}

// Three statements of one claim: the stated completion X, the amounts
// (actual / annual plan) and the gap N to the schedule (the elapsed part of
// the year at the end of the completion's period: 1-11月 is 11/12). Each
// pair is checked at the printed precision; the one that agrees with
// neither of the others is named.
inline check_outcome check_schedule(const relation_figures& x) {
    const published_figure& gap_figure = x.result;
    const published_figure& stated = *x.operands[0];
    if (stated.measure != figure_measure::completion || x.operands.size() == 2) return std::nullopt;
    const double schedule = 100.0 * stated.period.elapsed_fraction_of_year();
    const published_value gap = signed_gap(gap_figure);
    const auto& pct = audit_percent_unit();
    std::optional<double> amounts;
    if (x.operands.size() == 3) {
        const published_figure& actual = *x.operands[1];
        const published_figure& plan = *x.operands[2];
        if (!actual.unit.same_kind(plan.unit)) return std::nullopt;
        const auto c = share(actual.base_value(), plan.base_value());
        if (!c) return std::nullopt;
        amounts = c->value();
    }
    const bool gap_ok = gap_fits(stated.value, schedule, gap);
    const bool amounts_ok = !amounts || reproduces(*amounts, stated.value);
    const bool amounts_gap_ok = amounts && reproduces(*amounts - schedule, gap);
    const auto at = [&](finding_code code, double computed, const published_value& published) {
        finding f = x.make(code, computed, published.decimals + 2, nullptr, pct);
        f.has_published = true;
        f.published = published;
        f.schedule = published_value{schedule, 2};
        f.rate = stated.value;
        if (amounts) f.from_amounts = published_value{*amounts, stated.value.decimals + 2};
        return std::vector{std::move(f)};
    };
    if (gap_ok && amounts_ok) return at(finding_code::schedule_reproduces, stated.value.value - schedule, gap);
    if (amounts_ok) return at(finding_code::schedule_gap_mismatch, stated.value.value - schedule, gap);
    if (gap_ok) return at(finding_code::schedule_amounts_mismatch, *amounts, stated.value);
    if (amounts_gap_ok) return at(finding_code::schedule_completion_mismatch, *amounts, stated.value);
    return at(finding_code::schedule_inconsistent, *amounts, stated.value);
}

// ---- enumerations: A、B、C等N个 ---------------------------------------------------

inline constexpr std::string_view enumeration_open_end = "等";  // A、B等5个: the list may be partial
inline constexpr std::string_view list_separator = "、";
// A complete list (no 等) holding a numeral of the lexicon counts itself
// (市、区两级, 五大).
inline bool names_a_count_of_its_own(std::string_view segment) {
    const auto in = [&](std::string_view n) { return segment.find(n) != std::string_view::npos; };
    return std::any_of(chinese_digits.begin(), chinese_digits.end(), [&](const auto& d) { return in(d.first); }) ||
           std::any_of(chinese_magnitude_numerals.begin(), chinese_magnitude_numerals.end(), in);
}
// Where a clause starts: the list is read back to the last of these.
inline constexpr auto clause_marks = std::to_array<std::string_view>({"，", "。", "；", "：", ",", ";", ":"});

// The items a count's quote lists before the count, and whether the list
// ends with 等 (and may be partial).
struct enumeration_reading {
    std::vector<std::string> items;
    bool open_ended = false;
};

// Where a figure's number stands in its quote, not inside a longer number.
inline std::optional<std::size_t> number_in_quote(const published_figure& f) {
    const std::string text = format_published_value(f.value);
    const std::string_view q(f.quote);
    const auto numeric = [](char c) { return (c >= '0' && c <= '9') || c == '.'; };
    for (std::size_t at = q.find(text); at != std::string_view::npos; at = q.find(text, at + 1)) {
        const bool before = at > 0 && numeric(q[at - 1]);
        const bool after = at + text.size() < q.size() && numeric(q[at + text.size()]);
        if (!before && !after) return at;
    }
    return std::nullopt;
}

// The list before a whole count in its quote: the items separated by 、
// from the clause's start to 等 (新增金边等海外分拨中心2个: one item, open-ended),
// or to the count itself with no 等 (A、B、C3个: three, complete). None when
// the items hold a digit (50公里、入户便道16公里 lists figures, not items), or
// when no 等 closes a single item.
inline std::optional<enumeration_reading> enumeration_of(const published_figure& f) {
    if (!is_whole_count(f) || f.measure != figure_measure::level) return std::nullopt;
    const auto pos = number_in_quote(f);
    if (!pos) return std::nullopt;
    std::string_view segment = std::string_view(f.quote).substr(0, *pos);
    for (const std::string_view mark : clause_marks) {
        const auto at = segment.rfind(mark);
        if (at != std::string_view::npos) segment.remove_prefix(at + mark.size());
    }
    enumeration_reading out;
    if (const auto open = segment.rfind(enumeration_open_end); open != std::string_view::npos) {
        out.open_ended = true;
        segment = segment.substr(0, open);
    } else if (segment.find(list_separator) == std::string_view::npos ||
               names_a_count_of_its_own(segment)) {
        return std::nullopt;  // 市、区两级应用44个: the list has a count of its own (两级), not 44
    }
    if (segment.empty() || std::any_of(segment.begin(), segment.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    for (std::size_t from = 0;;) {
        const auto at = segment.find(list_separator, from);
        const std::string_view item = segment.substr(from, at == std::string_view::npos ? at : at - from);
        if (!item.empty()) out.items.emplace_back(item);
        if (at == std::string_view::npos) break;
        from = at + list_separator.size();
    }
    if (out.items.empty()) return std::nullopt;
    return out;
}

// The list's length against the count: no more items than counted before
// 等; exactly as many without it.
inline check_outcome check_enumeration(const relation_figures& x) {
    const auto list = enumeration_of(x.result);
    if (!list) return std::nullopt;
    const double listed = static_cast<double>(list->items.size());
    const double counted = x.result.value.value;
    const bool holds = list->open_ended ? listed <= counted : listed == counted;
    if (holds) return std::vector<finding>{};
    finding f = x.make(list->open_ended ? finding_code::list_longer_than_count : finding_code::list_count_mismatch,
                       listed, 0, &x.result, x.result.unit);
    f.items = list->items;
    return std::vector{std::move(f)};
}

// ---- ranks: 居全市第1 ---------------------------------------------------------------

// The scopes a rank is taken in, from narrow to wide: a rank in a narrower
// scope is no worse than in a wider one that holds it (5th in the country
// is at worst 5th in the city). Scopes of one breadth are not nested.
struct rank_scope_word {
    std::string_view text;
    int breadth;
};
inline constexpr auto rank_scope_words = std::to_array<rank_scope_word>({
    {"中心城区", 1}, {"主城区", 1}, {"主城都市区", 2}, {"全市", 3}, {"全省", 3}, {"西部", 4}, {"全国", 5},
});
inline constexpr auto rank_lead_words = std::to_array<std::string_view>({"居", "排名", "位列", "位居", "排"});
inline constexpr std::string_view rank_ordinal = "第";

// A rank's scope: the text between the word that leads to it and 第
// (均居全市第1 -> 全市; 居内陆口岸第1 -> 内陆口岸), with its breadth (0: not nested).
struct rank_scope {
    std::string text;
    int breadth = 0;
};
inline rank_scope rank_scope_of(std::string_view quote) {
    const auto ord = quote.rfind(rank_ordinal);
    if (ord == std::string_view::npos) return {};
    const std::string_view before = quote.substr(0, ord);
    std::size_t start = std::string_view::npos;
    std::size_t lead = 0;
    for (const std::string_view w : rank_lead_words) {
        const auto at = before.rfind(w);
        if (at != std::string_view::npos && (start == std::string_view::npos || at + w.size() > start + lead)) {
            start = at;
            lead = w.size();
        }
    }
    rank_scope out;
    out.text = std::string(start == std::string_view::npos ? before : before.substr(start + lead));
    for (const auto& w : rank_scope_words)
        if (out.text == w.text) out.breadth = w.breadth;
    return out;
}

// Whether a lower value is better for the indicator of a figure: as stated,
// else by the rule of indicator_traits.hpp.
inline bool lower_is_better(const published_figure& f) {
    if (f.better) return *f.better == direction::lower_is_better;
    const auto t = infer_indicator_traits({f.name_zh, f.unit, figure_measure::level, {}});
    return t.better == direction::lower_is_better;
}

// Two ranks: in one scope, the better rank goes with the better value; in
// nested scopes, the narrower rank is no worse.
inline check_outcome check_rank(const relation_figures& x) {
    const bool with_values = x.operands.size() == 3;
    if (x.operands.size() == 2) return std::nullopt;
    const published_figure& own = x.result;
    const published_figure& peer = with_values ? *x.operands[1] : *x.operands[0];
    if (own.measure != figure_measure::rank || peer.measure != figure_measure::rank) return std::nullopt;
    const rank_scope a = rank_scope_of(own.quote);
    const rank_scope b = rank_scope_of(peer.quote);
    const double ra = own.value.value;
    const double rb = peer.value.value;
    const auto found = [&](finding_code code) {
        finding f = x.make(code, rb, peer.value.decimals, &own, own.unit);
        f.items = {a.text, b.text};
        return f;
    };
    if (a.text == b.text) {
        if (!with_values || ra == rb) return std::vector<finding>{};
        const published_figure& va = *x.operands[0];
        const published_figure& vb = *x.operands[2];
        if (!va.unit.same_kind(vb.unit)) return std::nullopt;
        const double vb_in_a = units::convert_value(vb.value.value, vb.unit, va.unit);
        const bool lower = lower_is_better(va);
        const bool a_better_value = lower ? va.value.value < vb_in_a : va.value.value > vb_in_a;
        const bool b_better_value = lower ? vb_in_a < va.value.value : vb_in_a > va.value.value;
        if ((ra < rb && b_better_value) || (rb < ra && a_better_value)) {
            finding f = found(finding_code::rank_contradicts_values);
            f.base = va.value;
            f.alternative = published_value{vb_in_a, vb.value.decimals};
            return std::vector{std::move(f)};
        }
        return std::vector<finding>{};
    }
    if (a.breadth == 0 || b.breadth == 0 || a.breadth == b.breadth) return std::vector<finding>{};
    const bool own_narrow = a.breadth < b.breadth;
    const published_figure& narrow = own_narrow ? own : peer;
    const published_figure& wide = own_narrow ? peer : own;
    if (narrow.value.value <= wide.value.value) return std::vector<finding>{};
    // Published is the narrower rank, computed the wider one it cannot exceed.
    finding f = x.make(finding_code::rank_narrower_scope_worse, wide.value.value, wide.value.decimals, &narrow, own.unit);
    f.items = own_narrow ? std::vector{a.text, b.text} : std::vector{b.text, a.text};
    return std::vector{std::move(f)};
}

inline check_outcome check_relation(const relation_figures& x, const audit_index& index, const audit_options& opt) {
    switch (x.relation.kind) {
        case relation_kind::sum: return check_sum(x);
        case relation_kind::ratio: return check_ratio(x);
        case relation_kind::completion: return check_completion(x, opt);
        case relation_kind::growth: return check_growth(x, opt);
        case relation_kind::growth_levels: return check_growth_levels(x);
        case relation_kind::compound: return check_compound(x, index);
        case relation_kind::target_vs_actual: return check_target_vs_actual(x);
        case relation_kind::ordering: return check_ordering(x);
        case relation_kind::schedule: return check_schedule(x);
        case relation_kind::enumeration: return check_enumeration(x);
        case relation_kind::rank: return check_rank(x);
    }
    return std::nullopt;
}

// A report names a count by 数 at the end (安全生产事故数, 死亡人数).
inline constexpr std::string_view count_name_ending = "数";

// A printed growth of a count whose levels the report does not give: the
// smallest whole base, with a whole level, that reproduces it at its
// precision (-28.5 %: 123 -> 88). Nullopt when the figure is not such a growth.
inline std::optional<finding> check_lone_count_growth(const published_figure& g, const audit_index& index,
                                                      const audit_options& opt) {
    if (g.measure != figure_measure::growth || g.role != figure_role::actual || !g.has_value ||
        g.bound() != value_bound::exact || g.unit.kind() != units::unit_kind::percent ||
        !std::string_view(g.name_zh).ends_with(count_name_ending) || index.has_level(g.indicator_id))
        return std::nullopt;
    finding f;
    f.check_id = "whole_counts." + g.id;
    f.kind = relation_kind::growth;
    f.figures = {g.id};
    f.has_published = true;
    f.published = g.value;
    f.unit = audit_percent_unit();
    const double factor = 1.0 + g.value.value / 100.0;
    for (int b = 1; b <= opt.whole_base_search_limit; ++b) {
        const double base = b;
        const double near = base * factor;
        for (const double level : {std::floor(near), std::ceil(near)}) {
            const auto r = growth_percent(level, base);
            if (level < 0.0 || !r || !reproduces(*r, g.value)) continue;
            // computed is the growth the smallest whole pair gives, compared with the printed one.
            f.code = finding_code::smallest_whole_base;
            f.level = severity_of(f.code);
            f.computed = *r;
            f.computed_decimals = g.value.decimals + 2;
            f.candidates = {{base, level, *r}};
            return f;
        }
    }
    f.code = finding_code::no_small_whole_base;
    f.level = severity_of(f.code);
    f.computed_decimals = -1;
    f.base = published_value{static_cast<double>(opt.whole_base_search_limit), 0};  // searched up to here
    return f;
}

}  // namespace detail

// A relation holds exactly when its check gives no error or warning. Besides
// the relations, each lone growth of a count is a check of its own.
inline audit_result audit(const figure_book& book, const audit_options& options = {}) {
    audit_result out;
    // Most relations make a finding or two: room for one each, so that the
    // last growth of a city's findings, which holds the old copy and the new
    // at once, starts from there.
    out.findings.reserve(book.relations.size());
    const detail::audit_index index(book);
    for (const auto& r : book.relations) {
        const published_figure* res = index.find(r.result);
        bool missing = res == nullptr || !res->has_value;
        std::vector<const published_figure*> ops;
        for (const auto& id : r.operands) {
            ops.push_back(index.find(id));
            if (ops.back() == nullptr || !ops.back()->has_value) missing = true;
        }
        if (missing || (ops.empty() && r.kind != relation_kind::enumeration)) {
            out.unresolved.push_back(r.id);
            continue;
        }
        detail::relation_figures x{r, *res, std::move(ops), {res->id}};
        for (const auto* o : x.operands) x.ids.push_back(o->id);
        auto found = detail::check_relation(x, index, options);
        if (!found) {
            out.unresolved.push_back(r.id);
            continue;
        }
        ++out.checks;
        bool holds = true;
        for (auto& f : *found) {
            holds = holds && f.level == severity::note;
            out.findings.push_back(std::move(f));
        }
        out.holding += holds ? 1 : 0;
    }
    for (const auto& f : book.figures) {
        auto lone = detail::check_lone_count_growth(f, index, options);
        if (!lone) continue;
        ++out.checks;
        out.holding += lone->level == severity::note ? 1 : 0;
        out.findings.push_back(std::move(*lone));
    }
    return out;
}

}  // namespace plantarget
