// Relation discovery: from a figure book alone, the relations an auditor
// would check, each with the evidence that suggests it (the figures' quotes).
// What is proposed, and why:
//   completion        a completion rate and the actual of its indicator and period;
//   growth            an actual growth rate and the level (or share) of its indicator and period;
//   compound          a target level and a target growth of one indicator and period;
//   growth_levels     that target growth against the target level and the last actual level;
//   target_vs_actual  a target and the last actual of its indicator and measure;
//   ordering, sum     a part marked 其中 within the nearest earlier figure of its kind in the
//                     section; with the parts that follow it, a sum when they reach the total;
//   ordering          a level whose name is another's with a qualifier before it, in the
//                     same part of the report (乡村旅游接待游客 within 接待游客);
//   ratio, ordering   a rate (化解率) and the two counts before it in the section, the first
//                     of which names the rate's verb (化解55件 of 排查58件).
// Discovery reads ids, indicators, sections, names and quotes; it computes
// nothing the audit checks, so a relation that does not hold is still proposed.
#pragma once

#include <plantarget/figures.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace plantarget {

namespace discover_detail {

// The words of the report's text that mark a relation.
inline constexpr std::string_view parts_follow = "其中";     // the parts of the figure before
inline constexpr std::string_view rate_suffix = "率";        // 化解率, 完成率
inline constexpr std::size_t rate_verb_bytes = 6;            // two CJK characters before 率 in UTF-8

inline bool contains(std::string_view text, std::string_view word) { return text.find(word) != std::string_view::npos; }

// The two characters before the first 率 of a quote ("化解率达94.8%" -> "化解"), or empty.
inline std::string_view rate_verb(std::string_view quote) {
    const auto at = quote.find(rate_suffix);
    if (at == std::string_view::npos || at < rate_verb_bytes) return {};
    return quote.substr(at - rate_verb_bytes, rate_verb_bytes);
}

inline bool is_level(const published_figure& f) { return f.has_value && f.measure == figure_measure::level; }

inline bool same_frame(const published_figure& a, const published_figure& b) {
    return a.role == b.role && a.period == b.period;
}

inline std::string quoted(const published_figure& f) { return "「" + f.quote + "」"; }

// The book's figures grouped for look-ups, built once: by indicator, by
// section (in book order), by name.
class discovery_index {
public:
    explicit discovery_index(const figure_book& book) : book_(book) {
        for (std::size_t i = 0; i < book.figures.size(); ++i) {
            const published_figure& f = book.figures[i];
            by_indicator_[f.indicator_id].push_back(i);
            position_in_section_.push_back(sections_[f.section].size());
            sections_[f.section].push_back(i);
            if (is_level(f) && !f.name_zh.empty()) by_name_[name_key(f.section, f.name_zh)].push_back(i);
        }
    }
    [[nodiscard]] const published_figure& at(std::size_t i) const { return book_.figures[i]; }
    [[nodiscard]] const std::vector<std::size_t>& of_indicator(const std::string& id) const {
        return by_indicator_.at(id);
    }
    [[nodiscard]] const std::vector<std::size_t>& section_of(std::size_t i) const {
        return sections_.at(at(i).section);
    }
    [[nodiscard]] std::size_t position_in_section(std::size_t i) const { return position_in_section_[i]; }
    // The levels of a name in the part of the report a section belongs to.
    [[nodiscard]] const std::vector<std::size_t>* named(std::string_view section, std::string_view name) const {
        auto it = by_name_.find(name_key(section, name));
        return it == by_name_.end() ? nullptr : &it->second;
    }
    // The figure of an indicator with a measure in the same role and period, or null.
    [[nodiscard]] const published_figure* sibling(const published_figure& f, figure_measure m) const {
        for (std::size_t j : of_indicator(f.indicator_id)) {
            const published_figure& g = at(j);
            if (&g != &f && g.has_value && g.measure == m && same_frame(f, g)) return &g;
        }
        return nullptr;
    }
    // The latest actual of an indicator and measure before a period, or null.
    [[nodiscard]] const published_figure* last_actual(const std::string& indicator, figure_measure m,
                                                      const period& before) const {
        const published_figure* best = nullptr;
        for (std::size_t j : of_indicator(indicator)) {
            const published_figure& g = at(j);
            if (g.role == figure_role::actual && g.has_value && g.measure == m && g.period < before &&
                (best == nullptr || best->period < g.period))
                best = &g;
        }
        return best;
    }

private:
    // A name within its part of the report (the section's first number: 1 for
    // 1.4.2): two parts (2025 results, 2026 plans) may use one name for two things.
    static std::string name_key(std::string_view section, std::string_view name) {
        std::string key(section.substr(0, section.find('.')));
        key += '\x1f';
        key += name;
        return key;
    }
    const figure_book& book_;
    std::unordered_map<std::string, std::vector<std::size_t>> by_indicator_;
    std::unordered_map<std::string, std::vector<std::size_t>> sections_;
    std::vector<std::size_t> position_in_section_;
    std::unordered_map<std::string, std::vector<std::size_t>> by_name_;
};

class proposals {
public:
    void add(std::string id, relation_kind kind, const published_figure& result,
             std::vector<const published_figure*> operands, std::string evidence) {
        std::vector<std::string> ids;
        for (const auto* o : operands) ids.push_back(o->id);
        if (!seen_.insert({kind, result.id, ids}).second || !ids_.insert(id).second) return;
        out_.push_back(figure_relation{std::move(id), kind, result.id, std::move(ids), std::move(evidence), {}});
    }
    std::vector<figure_relation> take() { return std::move(out_); }

private:
    std::set<std::tuple<relation_kind, std::string, std::vector<std::string>>> seen_;
    std::set<std::string> ids_;
    std::vector<figure_relation> out_;
};

inline void propose_by_indicator(const discovery_index& ix, const published_figure& f, proposals& out) {
    if (!f.has_value) return;
    if (f.measure == figure_measure::completion) {
        if (const published_figure* actual = ix.sibling(f, figure_measure::level))
            out.add("completion." + f.id, relation_kind::completion, f, {actual},
                    "completion rate and its actual: " + quoted(f) + " " + quoted(*actual));
    }
    if (f.measure == figure_measure::growth && f.role == figure_role::actual) {
        const published_figure* lvl = ix.sibling(f, figure_measure::level);
        if (lvl == nullptr) lvl = ix.sibling(f, figure_measure::share);
        if (lvl != nullptr)
            out.add("growth." + f.id, relation_kind::growth, f, {lvl},
                    "growth and the level it grew to: " + quoted(f) + " " + quoted(*lvl));
    }
    if (f.role == figure_role::target && f.measure == figure_measure::level) {
        if (const published_figure* g = ix.sibling(f, figure_measure::growth)) {
            out.add("compound." + f.id, relation_kind::compound, f, {g},
                    "two conditions on one indicator: " + quoted(f) + " " + quoted(*g));
            if (const published_figure* last = ix.last_actual(f.indicator_id, figure_measure::level, f.period))
                out.add("growth_levels." + g->id, relation_kind::growth_levels, *g, {&f, last},
                        "target growth against the target level and the last actual: " + quoted(*g) + " " +
                            quoted(f) + " " + quoted(*last));
        }
    }
    if (f.role == figure_role::target) {
        if (const published_figure* last = ix.last_actual(f.indicator_id, f.measure, f.period))
            out.add("target_vs_actual." + f.id, relation_kind::target_vs_actual, f, {last},
                    "next period's target and the last actual: " + quoted(f) + " " + quoted(*last));
    }
}

// 其中: the nearest earlier level of the same kind in the section is the
// whole; the parts are this one and the levels of that kind that follow,
// as far as they reach the whole.
inline void propose_parts(const discovery_index& ix, std::size_t i, proposals& out) {
    const published_figure& part = ix.at(i);
    if (!is_level(part) || !contains(part.quote, parts_follow)) return;
    const auto& section = ix.section_of(i);
    const std::size_t pos = ix.position_in_section(i);
    const auto alike = [&](const published_figure& g) {
        return is_level(g) && same_frame(g, part) && g.unit.same_kind(part.unit);
    };
    const published_figure* whole = nullptr;
    for (std::size_t k = pos; k-- > 0;) {
        const published_figure& g = ix.at(section[k]);
        if (alike(g)) {
            whole = &g;
            break;
        }
    }
    if (whole == nullptr) return;
    const std::string evidence = "part (其中) and its whole: " + quoted(part) + " within " + quoted(*whole);
    out.add("ordering." + part.id + ".le." + whole->indicator_id, relation_kind::ordering, part, {whole}, evidence);

    std::vector<const published_figure*> parts{&part};
    double sum = part.base_value();
    const double total = whole->base_value();
    std::string quotes = quoted(part);
    for (std::size_t k = pos + 1; k < section.size() && sum < total; ++k) {
        const published_figure& g = ix.at(section[k]);
        if (!g.has_value || g.measure != figure_measure::level) continue;  // a growth between parts
        if (!alike(g)) break;
        parts.push_back(&g);
        sum += g.base_value();
        quotes += " " + quoted(g);
    }
    if (parts.size() >= 2 && reproduces(sum / whole->unit.factor(), whole->value))
        out.add("sum." + whole->id, relation_kind::sum, *whole, parts,
                "total and its parts (其中): " + quoted(*whole) + " = " + quotes);
}

// A qualified name within the plain one: 乡村旅游接待游客 within 接待游客.
inline void propose_qualified(const discovery_index& ix, std::size_t i, proposals& out) {
    const published_figure& part = ix.at(i);
    if (!is_level(part)) return;
    const std::string_view name = part.name_zh;
    for (std::size_t cut = 1; cut < name.size(); ++cut) {
        if ((static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) continue;  // inside a UTF-8 character
        const auto* wholes = ix.named(part.section, name.substr(cut));
        if (wholes == nullptr) continue;
        for (std::size_t j : *wholes) {
            const published_figure& whole = ix.at(j);
            if (j == i || !same_frame(whole, part) || !whole.unit.same_kind(part.unit) ||
                whole.indicator_id == part.indicator_id)
                continue;
            out.add("ordering." + part.id + ".le." + whole.indicator_id, relation_kind::ordering, part, {&whole},
                    "a qualified name within the plain one: " + quoted(part) + " within " + quoted(whole));
        }
        return;  // the longest name that is a suffix
    }
}

// 化解率 after 排查58件, 化解55件: the rate of the count naming its verb over the count before it.
inline void propose_rate(const discovery_index& ix, std::size_t i, proposals& out) {
    const published_figure& rate = ix.at(i);
    if (!rate.has_value || rate.measure != figure_measure::share) return;
    const std::string_view verb = rate_verb(rate.quote);
    if (verb.empty()) return;
    const auto& section = ix.section_of(i);
    const std::size_t pos = ix.position_in_section(i);
    for (std::size_t k = pos; k-- > 0;) {
        const published_figure& part = ix.at(section[k]);
        if (!is_level(part) || !same_frame(part, rate) || !contains(part.quote, verb)) continue;
        for (std::size_t m = k; m-- > 0;) {
            const published_figure& whole = ix.at(section[m]);
            if (!is_level(whole) || !same_frame(whole, rate)) continue;
            if (!whole.unit.same_kind(part.unit)) return;
            out.add("ratio." + rate.id, relation_kind::ratio, rate, {&part, &whole},
                    "a rate and its counts: " + quoted(rate) + " = " + quoted(part) + " / " + quoted(whole));
            out.add("ordering." + part.id + ".le." + whole.indicator_id, relation_kind::ordering, part, {&whole},
                    "the counted within the count: " + quoted(part) + " within " + quoted(whole));
            return;
        }
        return;
    }
}

}  // namespace discover_detail

// The relations an auditor would check in a book, from its figures alone
// (the book's own relations are not read). Each carries its evidence in
// `note`; ids follow relations.csv's scheme (kind.result...).
inline std::vector<figure_relation> discover_relations(const figure_book& book) {
    const discover_detail::discovery_index ix(book);
    discover_detail::proposals out;
    for (std::size_t i = 0; i < book.figures.size(); ++i) {
        discover_detail::propose_by_indicator(ix, book.figures[i], out);
        discover_detail::propose_parts(ix, i, out);
        discover_detail::propose_qualified(ix, i, out);
        discover_detail::propose_rate(ix, i, out);
    }
    return out.take();
}

// Two relations that check the same thing: one kind, one result, the same operands.
inline bool same_check(const figure_relation& a, const figure_relation& b) {
    return a.kind == b.kind && a.result == b.result && a.operands == b.operands;
}

// The book with its given relations and the discovered ones that check
// something else; returns how many were added (they follow the given ones).
// A discovered relation whose id a given one has is skipped: given
// relations override.
inline std::size_t add_discovered_relations(figure_book& book) {
    std::vector<figure_relation> found = discover_relations(book);
    std::set<std::string> ids;
    for (const auto& r : book.relations) ids.insert(r.id);
    const std::size_t given = book.relations.size();
    for (auto& r : found) {
        const bool known = ids.contains(r.id) ||
                           std::any_of(book.relations.begin(), book.relations.begin() + static_cast<std::ptrdiff_t>(given),
                                       [&](const figure_relation& g) { return same_check(g, r); });
        if (!known) book.relations.push_back(std::move(r));
    }
    return book.relations.size() - given;
}

}  // namespace plantarget
