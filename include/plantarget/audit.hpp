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
#include <plantarget/figures.hpp>
#include <plantarget/growth.hpp>
#include <plantarget/result.hpp>
#include <plantarget/units/registry.hpp>

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
};

template <>
struct vocabulary<finding_code> {
    static constexpr std::array<vocab_entry<finding_code>, 28> entries{{
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
        case finding_code::ambiguous_rate_growth: return severity::note;
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
        case finding_code::part_exceeds_whole: return severity::error;
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
    explicit audit_index(const figure_book& book) {
        by_id_.reserve(book.figures.size());
        for (const auto& f : book.figures) {
            by_id_.emplace(std::string_view(f.id), &f);  // the first of a duplicate id, as figure_book::find
            if (f.role == figure_role::actual && f.measure == figure_measure::level && f.has_value)
                levels_[std::string_view(f.indicator_id)].push_back(&f);
        }
    }
    [[nodiscard]] const published_figure* find(std::string_view id) const {
        auto it = by_id_.find(id);
        return it == by_id_.end() ? nullptr : it->second;
    }
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
    std::unordered_map<std::string_view, const published_figure*> by_id_;
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
    const detail::audit_index index(book);
    for (const auto& r : book.relations) {
        const published_figure* res = index.find(r.result);
        bool missing = res == nullptr || !res->has_value;
        std::vector<const published_figure*> ops;
        for (const auto& id : r.operands) {
            ops.push_back(index.find(id));
            if (ops.back() == nullptr || !ops.back()->has_value) missing = true;
        }
        if (missing || ops.empty()) {
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
