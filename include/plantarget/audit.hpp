// An audit of a report's own arithmetic: a rate against its parts, a total
// against its items, a growth rate against two levels, implied bases and plans,
// two target conditions that cannot both bind, a target set below the last
// actual, a part larger than its whole. Rounding-aware as published: a
// computed value that rounds to the printed one holds.
#pragma once

#include <plantarget/vocab/vocabulary.hpp>
#include <plantarget/figures.hpp>
#include <plantarget/growth.hpp>

#include <array>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
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

struct finding {
    std::string check_id;  // the relation it comes from
    relation_kind kind = relation_kind::sum;
    severity level = severity::note;
    std::vector<std::string> figures;  // ids of the figures involved
    double computed = 0.0;             // what the other figures imply
    bool has_published = false;        // whether a printed figure is compared
    published_value published;         // the printed figure compared with
    std::string unit;                  // unit of computed and published
    std::string message;
};

struct audit_result {
    std::vector<finding> findings;
    int checks = 0;  // relations examined
    int holding = 0; // relations whose arithmetic holds
    std::vector<std::string> unresolved;  // relations naming figures the book lacks

    [[nodiscard]] int count(severity s) const {
        int n = 0;
        for (const auto& f : findings) n += f.level == s ? 1 : 0;
        return n;
    }
};

namespace detail {
inline std::string fmt_num(double v, int decimals) {
    const double r = round_half_up(v, decimals);
    std::string s = std::to_string(r);
    // std::to_string gives 6 decimals: cut to the precision asked.
    const auto dot = s.find('.');
    if (dot != std::string::npos) s = decimals > 0 ? s.substr(0, dot + 1 + static_cast<std::size_t>(decimals)) : s.substr(0, dot);
    return s;
}
inline bool is_lower_bound(value_bound b) { return b == value_bound::at_least || b == value_bound::more_than; }
inline bool is_upper_bound(value_bound b) { return b == value_bound::at_most || b == value_bound::less_than; }
}  // namespace detail

inline audit_result audit(const figure_book& book) {
    audit_result out;
    const auto add = [&](const figure_relation& r, severity s, std::vector<std::string> ids, double computed,
                         const published_figure* pub, std::string unit, std::string message) {
        finding f;
        f.check_id = r.id;
        f.kind = r.kind;
        f.level = s;
        f.figures = std::move(ids);
        f.computed = computed;
        if (pub != nullptr) {
            f.has_published = true;
            f.published = pub->value;
        }
        f.unit = std::move(unit);
        f.message = std::move(message);
        out.findings.push_back(std::move(f));
    };

    for (const auto& r : book.relations) {
        const published_figure* res = book.find(r.result);
        std::vector<const published_figure*> ops;
        bool missing = res == nullptr || !res->has_value;
        for (const auto& id : r.operands) {
            ops.push_back(book.find(id));
            if (ops.back() == nullptr || !ops.back()->has_value) missing = true;
        }
        if (missing || ops.empty()) {
            out.unresolved.push_back(r.id);
            continue;
        }
        ++out.checks;
        std::vector<std::string> ids{res->id};
        for (const auto* o : ops) ids.push_back(o->id);
        const int dec = res->value.decimals;

        switch (r.kind) {
            case relation_kind::sum: {
                double sum = 0.0;
                double slack = 0.0;  // half a unit of the last printed digit of each part
                bool bounded = false;
                for (const auto* o : ops) {
                    if (!o->unit.same_kind(res->unit)) {
                        add(r, severity::error, ids, 0.0, res, res->unit.zh(),
                            "parts and total are counts of different things");
                        goto next;
                    }
                    sum += o->base_value();
                    slack += 0.5 * std::pow(10.0, -o->value.decimals) * o->unit.factor();
                    bounded = bounded || o->bound() != value_bound::exact;
                }
                {
                    const double in_unit = sum / res->unit.factor();
                    const double slack_in_unit = slack / res->unit.factor();
                    if (reproduces(in_unit, res->value)) {
                        ++out.holding;
                    } else if (bounded && in_unit <= res->value.value) {
                        ++out.holding;  // parts known as lower bounds: their sum may be short
                    } else if (std::abs(in_unit - res->value.value) <= slack_in_unit + 0.5 * std::pow(10.0, -dec)) {
                        add(r, severity::warning, ids, in_unit, res, res->unit.zh(),
                            "total differs from the sum of its parts within rounding");
                    } else {
                        add(r, severity::error, ids, in_unit, res, res->unit.zh(),
                            "total does not equal the sum of its parts");
                    }
                }
                break;
            }
            case relation_kind::ratio: {
                if (ops.size() != 2) { out.unresolved.push_back(r.id); --out.checks; break; }
                const auto rate = share(ops[0]->base_value(), ops[1]->base_value());
                if (!rate) {
                    add(r, severity::error, ids, 0.0, res, "%", std::string("rate undefined: ") + std::string(describe(rate.why())));
                } else if (reproduces(rate->value(), res->value)) {
                    ++out.holding;
                    add(r, severity::note, ids, rate->value(), res, "%",
                        "rate reproduces from its parts: " + detail::fmt_num(rate->value(), dec + 2) + " %");
                } else {
                    add(r, severity::error, ids, rate->value(), res, "%",
                        "rate does not follow from its parts: they give " + detail::fmt_num(rate->value(), dec + 2) + " %");
                }
                break;
            }
            case relation_kind::completion: {
                const published_figure* actual = ops[0];
                const auto plan = implied_plan(actual->value.value, percent(res->value.value));
                ++out.holding;
                if (!plan) {
                    add(r, severity::error, ids, 0.0, nullptr, actual->unit.zh(), std::string(describe(plan.why())));
                } else {
                    add(r, severity::note, ids, *plan, nullptr, actual->unit.zh(),
                        "implied plan: " + detail::fmt_num(*plan, actual->value.decimals + 1) + " " + actual->unit.zh() +
                            " (" + detail::fmt_num(actual->value.value, actual->value.decimals) + " / " +
                            detail::fmt_num(res->value.value, dec) + " %)");
                }
                break;
            }
            case relation_kind::growth: {
                const published_figure* level = ops[0];
                const auto base = implied_base(level->value.value, growth_rate::from_percent(res->value.value));
                ++out.holding;
                if (!base) {
                    add(r, severity::error, ids, 0.0, nullptr, level->unit.zh(), std::string(describe(base.why())));
                } else {
                    std::string m = "implied prior-year level: " + detail::fmt_num(*base, level->value.decimals + 1) + " " +
                                    level->unit.zh();
                    if (level->bound() != value_bound::exact || res->bound() != value_bound::exact)
                        m += " (a bound: the level or the growth is stated as a bound)";
                    add(r, severity::note, ids, *base, nullptr, level->unit.zh(), m);
                }
                break;
            }
            case relation_kind::growth_levels: {
                if (ops.size() != 2) { out.unresolved.push_back(r.id); --out.checks; break; }
                const auto g = growth_of(ops[0]->base_value(), ops[1]->base_value());
                if (!g) {
                    add(r, severity::error, ids, 0.0, res, "%", std::string(describe(g.why())));
                } else if (reproduces(g->in_percent(), res->value)) {
                    ++out.holding;
                } else {
                    // Official growth is data (comparable prices, changing coverage):
                    // a mismatch is worth a look, not proof of an error.
                    add(r, severity::warning, ids, g->in_percent(), res, "%",
                        "growth does not follow from the two levels: they give " + detail::fmt_num(g->in_percent(), dec + 1) + " %");
                }
                break;
            }
            case relation_kind::compound: {
                // Two conditions on one indicator, usually a level and a growth:
                // with the last actual as base, one may imply the other.
                const published_figure* a = res;
                const published_figure* b = ops[0];
                const published_figure* level = a->measure == figure_measure::level ? a : b;
                const published_figure* growth = a->measure == figure_measure::growth ? a : b;
                const published_figure* base = nullptr;
                for (const auto& f : book.figures)
                    if (f.indicator_id == level->indicator_id && f.role == figure_role::actual &&
                        f.measure == figure_measure::level && f.period < level->period && f.has_value)
                        if (base == nullptr || base->period < f.period) base = &f;
                if (level == growth || base == nullptr) {
                    --out.checks;
                    out.unresolved.push_back(r.id);
                    break;
                }
                ids.push_back(base->id);
                const double base_in_level = units::convert_value(base->value.value, base->unit, level->unit);
                const double from_growth = base_in_level * growth_rate::from_percent(growth->value.value).factor();
                const bool both_lower = detail::is_lower_bound(level->bound()) || level->comparator_text.text() == "=" ||
                                        level->comparator_text.cmp() == comparator::more_than;
                if (both_lower && from_growth > level->value.value) {
                    add(r, severity::warning, ids, from_growth, level, level->unit.zh(),
                        "the growth condition implies " + detail::fmt_num(from_growth, level->value.decimals + 2) + " " +
                            level->unit.zh() + " on a base of " + detail::fmt_num(base_in_level, base->value.decimals) +
                            ", above the level condition: the level condition is redundant");
                } else if (both_lower && from_growth < level->value.value) {
                    add(r, severity::warning, ids, from_growth, level, level->unit.zh(),
                        "the level condition needs more than the growth condition (" +
                            detail::fmt_num(from_growth, level->value.decimals + 2) + " " + level->unit.zh() +
                            "): the growth condition is redundant");
                } else {
                    ++out.holding;
                }
                break;
            }
            case relation_kind::target_vs_actual: {
                const published_figure* last = ops[0];
                const double last_in_target = units::convert_value(last->value.value, last->unit, res->unit);
                const auto g = growth_of(res->value.value, last_in_target);
                const comparator cmp = res->comparator_text.cmp();
                const bool higher_better = cmp == comparator::at_least || cmp == comparator::more_than;
                const bool lower_better = cmp == comparator::at_most || cmp == comparator::less_than;
                const double diff = res->value.value - last_in_target;
                std::string need = g ? " (growth needed: " + detail::fmt_num(g->in_percent(), 1) + " %)" : std::string();
                if (res->measure == figure_measure::growth || res->measure == figure_measure::share) need.clear();
                if (higher_better && diff < 0.0) {
                    add(r, severity::warning, ids, last_in_target, res, res->unit.zh(),
                        "target set below the last actual " + detail::fmt_num(last_in_target, last->value.decimals) + " " +
                            res->unit.zh() + need);
                } else if (lower_better && diff > 0.0) {
                    add(r, severity::warning, ids, last_in_target, res, res->unit.zh(),
                        "upper-bound target set above the last actual " + detail::fmt_num(last_in_target, last->value.decimals));
                } else if (diff == 0.0 && cmp != comparator::dynamic_zero) {
                    ++out.holding;
                    add(r, severity::note, ids, last_in_target, res, res->unit.zh(), "target repeats the last actual");
                } else {
                    ++out.holding;
                    if (g && res->measure == figure_measure::level)
                        add(r, severity::note, ids, g->in_percent(), nullptr, "%",
                            "growth needed against the last actual: " + detail::fmt_num(g->in_percent(), 1) + " %");
                }
                break;
            }
            case relation_kind::ordering: {
                const published_figure* whole = ops[0];
                if (!res->unit.same_kind(whole->unit)) {
                    add(r, severity::error, ids, 0.0, res, res->unit.zh(), "part and whole are of different kinds");
                    break;
                }
                // In the whole's unit: base units (亿元 -> 元) can overflow.
                const double part = units::convert_value(res->value.value, res->unit, whole->unit);
                const double all = whole->value.value;
                if (!std::isfinite(part)) {
                    add(r, severity::error, ids, 0.0, whole, whole->unit.zh(), "the part does not fit in the whole's unit");
                } else if (part <= all) {
                    ++out.holding;
                } else {
                    add(r, severity::error, ids, part, whole, whole->unit.zh(),
                        "a part is larger than its whole");
                }
                break;
            }
        }
    next:;
    }
    return out;
}

}  // namespace plantarget
