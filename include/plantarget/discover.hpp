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
//                     of which names the rate's verb (化解55件 of 排查58件);
//   schedule          a gap to the schedule (高于时序进度N个百分点), the completion of its
//                     indicator and period, and the actual and the annual plan when given;
//   sum               a total marked 合计, 共计, 总计 (or 共 and a number) and the levels of its
//                     kind right before it in the section (分别为3个、5个，合计8个);
//   enumeration       a whole count whose quote lists items before it (A、B、C等N个);
//   rank              two ranks of one indicator and period in nested scopes (全市, 全国), or
//                     two ranks of one name in one scope, each with its ranked value.
// Discovery reads ids, indicators, sections, names and quotes; it computes
// nothing the audit checks, so a relation that does not hold is still proposed.
#pragma once

#include <plantarget/audit.hpp>
#include <plantarget/figures.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <span>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace plantarget {

namespace discover_detail {

// The words of the report's text that mark a relation.
inline constexpr std::string_view parts_follow = "其中";     // the parts of the figure before
inline constexpr std::string_view rate_suffix = "率";        // 化解率, 完成率
inline constexpr std::size_t rate_verb_bytes = 6;            // two CJK characters before 率 in UTF-8
inline constexpr std::string_view schedule_marker = "时序";  // 高于时序进度3.6个百分点
// A stated total of the parts before it; 共 alone only before a number (共建共享 is no total).
inline constexpr auto total_markers = std::to_array<std::string_view>({"合计", "共计", "总计", "总共"});
inline constexpr std::string_view total_before_number = "共";
// The words of a rank's quote that say a growth is ranked (增幅居全市前列).
inline constexpr auto ranked_growth_words = std::to_array<std::string_view>({"增幅", "增速", "增长"});

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
// section (in book order), by name within a part of the report. Each figure
// knows its groups by number, so that look-ups after construction touch no
// hash table but the one of names: the work per figure is constant.
class discovery_index {
public:
    explicit discovery_index(const figure_book& book) : book_(book) {
        const std::size_t n = book.figures.size();
        indicator_of_.reserve(n);
        section_of_.reserve(n);
        part_of_.reserve(n);
        // Each figure's group numbers first, then the groups as one flat array
        // each (offsets and members, in book order): no vector per group,
        // which at 10^5 figures cost more in allocation than the look-ups.
        std::unordered_map<std::string_view, std::size_t> indicators, sections, parts;
        indicators.reserve(n);
        sections.reserve(n);
        const auto number = [](std::unordered_map<std::string_view, std::size_t>& ids, std::string_view key) {
            return ids.try_emplace(key, ids.size()).first->second;
        };
        std::string_view last_section;
        std::size_t last_section_number = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const published_figure& f = book.figures[i];
            indicator_of_.push_back(number(indicators, f.indicator_id));
            // Figures of a section stand together: the previous one's is the likely one.
            if (i == 0 || f.section != last_section) {
                last_section = f.section;
                last_section_number = number(sections, last_section);
            }
            section_of_.push_back(last_section_number);
            // A part of the report is the section's first number: 1 for 1.4.2.
            const std::string_view section(f.section);
            const std::size_t part = number(parts, section.substr(0, section.find('.')));
            part_of_.push_back(part);
            if (part == names_.size()) names_.emplace_back();
            if (is_level(f) && !f.name_zh.empty()) names_[part][f.name_zh].push_back(i);
        }
        by_indicator_ = grouped(indicator_of_, indicators.size());
        sections_ = grouped(section_of_, sections.size());
        position_in_section_.resize(n);
        for (std::size_t s = 0; s + 1 < sections_.offsets.size(); ++s)
            for (std::size_t k = sections_.offsets[s]; k < sections_.offsets[s + 1]; ++k)
                position_in_section_[sections_.members[k]] = k - sections_.offsets[s];
    }
    [[nodiscard]] const published_figure& at(std::size_t i) const { return book_.figures[i]; }
    [[nodiscard]] std::span<const std::size_t> section_of(std::size_t i) const { return sections_.group(section_of_[i]); }
    [[nodiscard]] std::size_t position_in_section(std::size_t i) const { return position_in_section_[i]; }
    // The levels of a name in the part of the report figure i belongs to: two
    // parts (2025 results, 2026 plans) may use one name for two things.
    [[nodiscard]] const std::vector<std::size_t>* named(std::size_t i, std::string_view name) const {
        const auto& names = names_[part_of_[i]];
        auto it = names.find(name);
        return it == names.end() ? nullptr : &it->second;
    }
    // The figure of figure i's indicator with a measure in the same role and period, or null.
    [[nodiscard]] const published_figure* sibling(std::size_t i, figure_measure m) const {
        const published_figure& f = at(i);
        for (std::size_t j : by_indicator_.group(indicator_of_[i])) {
            const published_figure& g = at(j);
            if (j != i && g.has_value && g.measure == m && same_frame(f, g)) return &g;
        }
        return nullptr;
    }
    // The latest actual of figure i's indicator in a measure before its period, or null.
    [[nodiscard]] const published_figure* last_actual(std::size_t i, figure_measure m) const {
        const published_figure* best = nullptr;
        for (std::size_t j : by_indicator_.group(indicator_of_[i])) {
            const published_figure& g = at(j);
            if (g.role == figure_role::actual && g.has_value && g.measure == m && g.period < at(i).period &&
                (best == nullptr || best->period < g.period))
                best = &g;
        }
        return best;
    }

    // The annual plan of figure i's indicator: a target level for the whole
    // year of figure i's period, or null.
    [[nodiscard]] const published_figure* annual_plan(std::size_t i) const {
        const period year = period::year(at(i).period.year_number());
        for (std::size_t j : by_indicator_.group(indicator_of_[i])) {
            const published_figure& g = at(j);
            if (g.role == figure_role::target && g.has_value && g.measure == figure_measure::level && g.period == year)
                return &g;
        }
        return nullptr;
    }

private:
    // Keys view the book's own strings: the index lives no longer than the discovery.
    const figure_book& book_;
    // Groups of figure indices in one array: group g is members[offsets[g], offsets[g + 1]).
    struct groups {
        std::vector<std::size_t> offsets, members;
        [[nodiscard]] std::span<const std::size_t> group(std::size_t g) const {
            return std::span<const std::size_t>(members).subspan(offsets[g], offsets[g + 1] - offsets[g]);
        }
    };
    // The figures of each group number, in book order (a counting sort).
    static groups grouped(const std::vector<std::size_t>& group_of, std::size_t count) {
        groups g;
        g.offsets.assign(count + 1, 0);
        for (const std::size_t k : group_of) ++g.offsets[k + 1];
        for (std::size_t k = 0; k < count; ++k) g.offsets[k + 1] += g.offsets[k];
        g.members.resize(group_of.size());
        std::vector<std::size_t> next(g.offsets.begin(), g.offsets.end() - 1);
        for (std::size_t i = 0; i < group_of.size(); ++i) g.members[next[group_of[i]]++] = i;
        return g;
    }
    groups by_indicator_;
    groups sections_;
    // The level names of each part, one table a part: a figure's look-ups
    // (one per suffix of its name) stay in its part's small table, which
    // stays in cache, where one table of every part's names grew past the
    // cache and made discovery superlinear (29 times the time for 10 times
    // the figures, benchmarks/README.md). std::hash of a string_view keeps
    // each node's hash, so a look-up reads the book's strings only on a match.
    std::vector<std::unordered_map<std::string_view, std::vector<std::size_t>>> names_;
    std::vector<std::size_t> indicator_of_, section_of_, position_in_section_, part_of_;
};

class proposals {
public:
    void add(std::string id, relation_kind kind, const published_figure& result,
             std::vector<const published_figure*> operands, std::string evidence) {
        std::vector<std::string> ids;
        // The check as one key: kind, result and operands, joined by a byte no id holds.
        std::string check(to_string(kind));
        check += '\x1f';
        check += result.id;
        for (const auto* o : operands) {
            ids.push_back(o->id);
            check += '\x1f';
            check += o->id;
        }
        if (ids_.contains(id) || !seen_.insert(std::move(check)).second) return;
        ids_.insert(id);
        out_.push_back(figure_relation{std::move(id), kind, result.id, std::move(ids), std::move(evidence), {}});
    }
    std::vector<figure_relation> take() { return std::move(out_); }

private:
    // Hashed: the work per proposal is constant.
    std::unordered_set<std::string> seen_;
    std::unordered_set<std::string> ids_;
    std::vector<figure_relation> out_;
};

inline void propose_by_indicator(const discovery_index& ix, std::size_t i, proposals& out) {
    const published_figure& f = ix.at(i);
    if (!f.has_value) return;
    if (f.measure == figure_measure::completion) {
        if (const published_figure* actual = ix.sibling(i, figure_measure::level))
            out.add("completion." + f.id, relation_kind::completion, f, {actual},
                    "completion rate and its actual: " + quoted(f) + " " + quoted(*actual));
    }
    if (f.measure == figure_measure::growth && f.role == figure_role::actual) {
        const published_figure* lvl = ix.sibling(i, figure_measure::level);
        if (lvl == nullptr) lvl = ix.sibling(i, figure_measure::share);
        if (lvl != nullptr)
            out.add("growth." + f.id, relation_kind::growth, f, {lvl},
                    "growth and the level it grew to: " + quoted(f) + " " + quoted(*lvl));
    }
    if (f.role == figure_role::target && f.measure == figure_measure::level) {
        if (const published_figure* g = ix.sibling(i, figure_measure::growth)) {
            out.add("compound." + f.id, relation_kind::compound, f, {g},
                    "two conditions on one indicator: " + quoted(f) + " " + quoted(*g));
            if (const published_figure* last = ix.last_actual(i, figure_measure::level))
                out.add("growth_levels." + g->id, relation_kind::growth_levels, *g, {&f, last},
                        "target growth against the target level and the last actual: " + quoted(*g) + " " +
                            quoted(f) + " " + quoted(*last));
        }
    }
    if (f.role == figure_role::target) {
        if (const published_figure* last = ix.last_actual(i, f.measure))
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
        const auto* wholes = ix.named(i, name.substr(cut));
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

// 高于时序进度3.6个百分点: the gap, the completion of its indicator and
// period, and the actual and the annual plan when the book gives both.
inline void propose_schedule(const discovery_index& ix, std::size_t i, proposals& out) {
    const published_figure& gap = ix.at(i);
    if (!gap.has_value || gap.measure == figure_measure::completion || !contains(gap.quote, schedule_marker)) return;
    const published_figure* done = ix.sibling(i, figure_measure::completion);
    if (done == nullptr) return;
    const published_figure* actual = ix.sibling(i, figure_measure::level);
    const published_figure* plan = ix.annual_plan(i);
    if (actual != nullptr && plan != nullptr)
        out.add("schedule." + gap.id, relation_kind::schedule, gap, {done, actual, plan},
                "a completion against the schedule, with its amounts: " + quoted(gap) + " " + quoted(*done) + " " +
                    quoted(*actual) + " / " + quoted(*plan));
    else
        out.add("schedule." + gap.id, relation_kind::schedule, gap, {done},
                "a completion against the schedule: " + quoted(gap) + " " + quoted(*done));
}

inline bool marks_total(std::string_view quote) {
    for (const std::string_view w : total_markers)
        if (contains(quote, w)) return true;
    for (auto at = quote.find(total_before_number); at != std::string_view::npos;
         at = quote.find(total_before_number, at + 1)) {
        const std::size_t next = at + total_before_number.size();
        if (next < quote.size() && quote[next] >= '0' && quote[next] <= '9') return true;
    }
    return false;
}

// 合计8个 after 3个、5个: the levels of the total's kind right before it.
inline void propose_total(const discovery_index& ix, std::size_t i, proposals& out) {
    const published_figure& total = ix.at(i);
    if (!is_level(total) || !marks_total(total.quote)) return;
    const auto& section = ix.section_of(i);
    std::vector<const published_figure*> parts;
    for (std::size_t k = ix.position_in_section(i); k-- > 0;) {
        const published_figure& g = ix.at(section[k]);
        if (!g.has_value || g.measure != figure_measure::level) continue;  // a growth between parts
        if (!same_frame(g, total) || !g.unit.same_kind(total.unit) || marks_total(g.quote)) break;
        parts.push_back(&g);
    }
    if (parts.size() < 2) return;
    std::reverse(parts.begin(), parts.end());
    std::string quotes;
    for (const auto* p : parts) quotes += (quotes.empty() ? "" : " ") + quoted(*p);
    out.add("sum." + total.id, relation_kind::sum, total, parts,
            "a stated total and the parts before it: " + quoted(total) + " = " + quotes);
}

// A count and the items its quote lists: 新增金边等海外分拨中心2个.
inline void propose_enumeration(const discovery_index& ix, std::size_t i, proposals& out) {
    const published_figure& count = ix.at(i);
    const auto list = detail::enumeration_of(count);
    if (!list) return;
    out.add("enumeration." + count.id, relation_kind::enumeration, count, {},
            "a count and the items it lists (" + std::to_string(list->items.size()) +
                (list->open_ended ? ", then 等" : "") + "): " + quoted(count));
}

// Ranks with their peers, one pass: the previous rank of each indicator and
// period (nested scopes), and of each name, period and scope (peers).
class rank_peers {
public:
    void propose(const discovery_index& ix, std::size_t i, proposals& out) {
        const published_figure& r = ix.at(i);
        if (!r.has_value || r.measure != figure_measure::rank) return;
        const detail::rank_scope scope = detail::rank_scope_of(r.quote);
        const std::string frame = std::string(to_string(r.role)) + '\x1f' + r.period.to_string();
        const std::string by_indicator = r.indicator_id + '\x1f' + frame;
        if (const auto it = by_indicator_.find(by_indicator); it != by_indicator_.end()) {
            const published_figure& peer = ix.at(it->second);
            const detail::rank_scope other = detail::rank_scope_of(peer.quote);
            if (scope.breadth > 0 && other.breadth > 0 && scope.breadth != other.breadth)
                out.add("rank." + r.id + ".vs." + peer.id, relation_kind::rank, r, {&peer},
                        "one indicator ranked in two scopes: " + quoted(r) + " " + quoted(peer));
        }
        by_indicator_.insert_or_assign(by_indicator, i);
        const published_figure* value = ranked_value(ix, i);
        if (value == nullptr || r.name_zh.empty()) return;
        const std::string by_name = r.name_zh + '\x1f' + frame + '\x1f' + scope.text;
        if (const auto it = by_name_.find(by_name); it != by_name_.end()) {
            const published_figure& peer = ix.at(it->second);
            const published_figure* peer_value = ranked_value(ix, it->second);
            if (peer.indicator_id != r.indicator_id && peer_value != nullptr)
                out.add("rank." + r.id + ".vs." + peer.id, relation_kind::rank, r, {value, &peer, peer_value},
                        "two ranks in one scope with their values: " + quoted(r) + " " + quoted(*value) + " " +
                            quoted(peer) + " " + quoted(*peer_value));
        }
        by_name_.insert_or_assign(by_name, i);
    }

private:
    // What a rank ranks: the growth when its quote says so (增幅居…), else the level.
    static const published_figure* ranked_value(const discovery_index& ix, std::size_t i) {
        const std::string_view q(ix.at(i).quote);
        const bool growth = std::any_of(ranked_growth_words.begin(), ranked_growth_words.end(),
                                        [&](std::string_view w) { return contains(q, w); });
        return ix.sibling(i, growth ? figure_measure::growth : figure_measure::level);
    }
    std::unordered_map<std::string, std::size_t> by_indicator_, by_name_;
};

}  // namespace discover_detail

// The relations an auditor would check in a book, from its figures alone
// (the book's own relations are not read). Each carries its evidence in
// `note`; ids follow relations.csv's scheme (kind.result...).
inline std::vector<figure_relation> discover_relations(const figure_book& book) {
    const discover_detail::discovery_index ix(book);
    discover_detail::proposals out;
    discover_detail::rank_peers ranks;
    for (std::size_t i = 0; i < book.figures.size(); ++i) {
        discover_detail::propose_by_indicator(ix, i, out);
        discover_detail::propose_parts(ix, i, out);
        discover_detail::propose_qualified(ix, i, out);
        discover_detail::propose_rate(ix, i, out);
        discover_detail::propose_schedule(ix, i, out);
        discover_detail::propose_total(ix, i, out);
        discover_detail::propose_enumeration(ix, i, out);
        ranks.propose(ix, i, out);
    }
    std::vector<figure_relation> found = out.take();
    for (auto& r : found) r.origin = relation_origin::discovered;
    return found;
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
    std::unordered_set<std::string> ids;
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
