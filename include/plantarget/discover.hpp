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
#include <plantarget/numbering.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
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

// Text pieces and figures' quotes joined into one string, allocated once: a
// figure stands for its quote in 「」.
inline constexpr std::string_view quote_open = "「";
inline constexpr std::string_view quote_close = "」";
inline std::size_t piece_size(std::string_view s) { return s.size(); }
inline std::size_t piece_size(const published_figure& f) {
    return quote_open.size() + f.quote.size() + quote_close.size();
}
inline void append_piece(std::string& out, std::string_view s) { out += s; }
inline void append_piece(std::string& out, const published_figure& f) {
    out += quote_open;
    out += f.quote;
    out += quote_close;
}
template <class... Pieces>
std::string joined(const Pieces&... pieces) {
    std::string out;
    out.reserve((piece_size(pieces) + ...));
    (append_piece(out, pieces), ...);
    return out;
}
// `head` and the figures' quotes after it, one space between them.
inline std::string with_quotes(std::string head, std::span<const published_figure* const> figures) {
    std::size_t size = head.size();
    for (const auto* f : figures) size += 1 + piece_size(*f);
    head.reserve(size);
    for (std::size_t k = 0; k < figures.size(); ++k) {
        if (k > 0) head += ' ';
        append_piece(head, *figures[k]);
    }
    return head;
}

// The flat tables and hashes of numbering.hpp, by their short names here.
using plantarget::detail::combined;
using plantarget::detail::hash_of;
using plantarget::detail::mixed;
using plantarget::detail::numbering;

// What a relation checks (same_check): its kind, its result and its operands in order.
inline std::uint64_t check_hash(relation_kind kind, std::string_view result) {
    return combined(mixed(static_cast<std::uint64_t>(kind)), hash_of(result));
}
inline std::uint64_t check_hash(const figure_relation& r) {
    std::uint64_t h = check_hash(r.kind, r.result);
    for (const auto& o : r.operands) h = combined(h, hash_of(o));
    return h;
}

// The book's figures grouped for look-ups, built once: by indicator, by
// section (in book order), by name within a part of the report. Each figure
// knows its groups by number (numbering, above: flat tables, no node or
// string per key), and the groups are flat arrays of figure indices, so the
// memory per figure, and with it the work, does not grow with the book.
class discovery_index {
public:
    explicit discovery_index(const figure_book& book) : book_(book) {
        const std::size_t n = book.figures.size();
        indicator_of_.reserve(n);
        section_of_.reserve(n);
        part_of_.reserve(n);
        name_of_.reserve(n);
        numbering indicators(n), sections(n), parts;
        std::uint32_t names = 0;
        for (std::uint32_t i = 0; i < n; ++i) {
            const published_figure& f = book.figures[i];
            // Figures of an indicator, and of a section, stand together: the
            // previous figure's is the likely one, and needs no look-up.
            if (i > 0 && f.indicator_id == at(i - 1).indicator_id) {
                indicator_of_.push_back(indicator_of_.back());
            } else {
                indicator_of_.push_back(indicators.number(hash_of(f.indicator_id), i, [&](std::uint32_t r) {
                    return at(r).indicator_id == f.indicator_id;
                }));
            }
            if (i > 0 && f.section == at(i - 1).section) {
                section_of_.push_back(section_of_.back());
                part_of_.push_back(part_of_.back());
            } else {
                section_of_.push_back(sections.number(hash_of(f.section), i, [&](std::uint32_t r) {
                    return at(r).section == f.section;
                }));
                const std::string_view part = part_text(f);
                part_of_.push_back(parts.number(hash_of(part), i, [&](std::uint32_t r) { return part_text(at(r)) == part; }));
            }
            const std::uint32_t p = part_of_.back();
            if (p == names_by_part_.size()) names_by_part_.emplace_back();
            if (is_level(f) && !f.name_zh.empty()) {
                // A name's group number is that of the first figure of the name in the part.
                numbering& in_part = names_by_part_[p];
                const std::uint32_t before = in_part.size();
                const std::uint32_t local = in_part.number(hash_of(f.name_zh), i, [&](std::uint32_t r) {
                    return at(r).name_zh == f.name_zh;
                });
                name_of_.push_back(local == before ? names++ : name_of_[in_part.representative(local)]);
            } else {
                name_of_.push_back(no_group);
            }
        }
        by_indicator_ = grouped(indicator_of_, indicators.size());
        sections_ = grouped(section_of_, sections.size());
        by_name_ = grouped(name_of_, names);
        position_in_section_.resize(n);
        for (std::size_t s = 0; s + 1 < sections_.offsets.size(); ++s)
            for (std::uint32_t k = sections_.offsets[s]; k < sections_.offsets[s + 1]; ++k)
                position_in_section_[sections_.members[k]] = k - sections_.offsets[s];
    }
    [[nodiscard]] const published_figure& at(std::size_t i) const { return book_.figures[i]; }
    // The number of figure i's indicator: equal for two figures exactly when their indicator ids are.
    [[nodiscard]] std::uint32_t indicator_of(std::size_t i) const { return indicator_of_[i]; }
    [[nodiscard]] std::span<const std::uint32_t> section_of(std::size_t i) const {
        return sections_.group(section_of_[i]);
    }
    [[nodiscard]] std::size_t position_in_section(std::size_t i) const { return position_in_section_[i]; }
    // The levels of a name in the part of the report figure i belongs to (none:
    // empty): two parts (2025 results, 2026 plans) may use one name for two things.
    [[nodiscard]] std::span<const std::uint32_t> named(std::size_t i, std::string_view name) const {
        const auto local = names_by_part_[part_of_[i]].find(hash_of(name), [&](std::uint32_t r) {
            return at(r).name_zh == name;
        });
        if (!local) return {};
        return by_name_.group(name_of_[names_by_part_[part_of_[i]].representative(*local)]);
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
    // A part of the report is the section's first number: 1 for 1.4.2.
    static std::string_view part_text(const published_figure& f) {
        const std::string_view section(f.section);
        return section.substr(0, section.find('.'));
    }
    static constexpr std::uint32_t no_group = std::numeric_limits<std::uint32_t>::max();
    // Keys are the book's own strings, read through it: the index lives no longer than the discovery.
    const figure_book& book_;
    // Groups of figure indices in one array: group g is members[offsets[g], offsets[g + 1]).
    struct groups {
        std::vector<std::uint32_t> offsets, members;
        [[nodiscard]] std::span<const std::uint32_t> group(std::size_t g) const {
            return std::span<const std::uint32_t>(members).subspan(offsets[g], offsets[g + 1] - offsets[g]);
        }
    };
    // The figures of each group number, in book order (a counting sort);
    // figures of no group (no_group) are left out.
    static groups grouped(const std::vector<std::uint32_t>& group_of, std::size_t count) {
        groups g;
        g.offsets.assign(count + 1, 0);
        for (const std::uint32_t k : group_of)
            if (k != no_group) ++g.offsets[k + 1];
        for (std::size_t k = 0; k < count; ++k) g.offsets[k + 1] += g.offsets[k];
        g.members.resize(g.offsets[count]);
        std::vector<std::uint32_t> next(g.offsets.begin(), g.offsets.end() - 1);
        for (std::uint32_t i = 0; i < group_of.size(); ++i)
            if (group_of[i] != no_group) g.members[next[group_of[i]]++] = i;
        return g;
    }
    groups by_indicator_;
    groups sections_;
    groups by_name_;
    // The level names of each part, one table a part: a figure's look-ups
    // (one per suffix of its name) stay in its part's small table, which
    // stays in cache while the part's figures are read.
    std::vector<numbering> names_by_part_;
    std::vector<std::uint32_t> indicator_of_, section_of_, part_of_, name_of_, position_in_section_;
};

// The relations proposed so far, each once: a proposal repeating an id or a
// check (same_check) is dropped. The ids and the checks are numbered in flat
// tables whose representatives are the relations themselves, so a proposal
// allocates nothing but the relation it adds, and its evidence is written
// only when it is added.
class proposals {
public:
    // About one relation for four figures (66 for Shapingba's 268).
    explicit proposals(std::size_t figures) : ids_(figures / 4), checks_(figures / 4) { out_.reserve(figures / 4); }

    template <class Evidence>
    void add(std::string id, relation_kind kind, const published_figure& result,
             std::initializer_list<const published_figure*> operands, Evidence&& evidence) {
        add(std::move(id), kind, result, std::span<const published_figure* const>(operands.begin(), operands.size()),
            evidence);
    }
    template <class Evidence>
    void add(std::string id, relation_kind kind, const published_figure& result,
             std::span<const published_figure* const> operands, Evidence&& evidence) {
        const std::uint64_t id_hash = hash_of(id);
        if (ids_.find(id_hash, [&](std::uint32_t r) { return out_[r].id == id; })) return;
        std::uint64_t check = check_hash(kind, result.id);
        for (const auto* o : operands) check = combined(check, hash_of(o->id));
        const auto next = static_cast<std::uint32_t>(out_.size());
        const auto same = [&](std::uint32_t r) {
            const figure_relation& g = out_[r];
            return g.kind == kind && g.result == result.id &&
                   std::equal(g.operands.begin(), g.operands.end(), operands.begin(), operands.end(),
                              [](const std::string& a, const published_figure* b) { return a == b->id; });
        };
        if (checks_.number(check, next, same) != next) return;
        ids_.add(id_hash, next);
        std::vector<std::string> ids;
        ids.reserve(operands.size());
        for (const auto* o : operands) ids.push_back(o->id);
        out_.push_back(figure_relation{std::move(id), kind, result.id, std::move(ids), evidence(), {}});
    }
    std::vector<figure_relation> take() { return std::move(out_); }

private:
    numbering ids_, checks_;  // the numbers are the indices in out_
    std::vector<figure_relation> out_;
};

inline void propose_by_indicator(const discovery_index& ix, std::size_t i, proposals& out) {
    const published_figure& f = ix.at(i);
    if (!f.has_value) return;
    if (f.measure == figure_measure::completion) {
        if (const published_figure* actual = ix.sibling(i, figure_measure::level))
            out.add(joined("completion.", f.id), relation_kind::completion, f, {actual},
                    [&] { return joined("completion rate and its actual: ", f, " ", *actual); });
    }
    if (f.measure == figure_measure::growth && f.role == figure_role::actual) {
        const published_figure* lvl = ix.sibling(i, figure_measure::level);
        if (lvl == nullptr) lvl = ix.sibling(i, figure_measure::share);
        if (lvl != nullptr)
            out.add(joined("growth.", f.id), relation_kind::growth, f, {lvl},
                    [&] { return joined("growth and the level it grew to: ", f, " ", *lvl); });
    }
    if (f.role == figure_role::target && f.measure == figure_measure::level) {
        if (const published_figure* g = ix.sibling(i, figure_measure::growth)) {
            out.add(joined("compound.", f.id), relation_kind::compound, f, {g},
                    [&] { return joined("two conditions on one indicator: ", f, " ", *g); });
            if (const published_figure* last = ix.last_actual(i, figure_measure::level))
                out.add(joined("growth_levels.", g->id), relation_kind::growth_levels, *g, {&f, last}, [&] {
                    return joined("target growth against the target level and the last actual: ", *g, " ", f, " ",
                                  *last);
                });
        }
    }
    if (f.role == figure_role::target) {
        if (const published_figure* last = ix.last_actual(i, f.measure))
            out.add(joined("target_vs_actual.", f.id), relation_kind::target_vs_actual, f, {last},
                    [&] { return joined("next period's target and the last actual: ", f, " ", *last); });
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
    out.add(joined("ordering.", part.id, ".le.", whole->indicator_id), relation_kind::ordering, part, {whole},
            [&] { return joined("part (其中) and its whole: ", part, " within ", *whole); });

    std::vector<const published_figure*> parts{&part};
    double sum = part.base_value();
    const double total = whole->base_value();
    for (std::size_t k = pos + 1; k < section.size() && sum < total; ++k) {
        const published_figure& g = ix.at(section[k]);
        if (!g.has_value || g.measure != figure_measure::level) continue;  // a growth between parts
        if (!alike(g)) break;
        parts.push_back(&g);
        sum += g.base_value();
    }
    if (parts.size() >= 2 && reproduces(sum / whole->unit.factor(), whole->value))
        out.add(joined("sum.", whole->id), relation_kind::sum, *whole, parts,
                [&] { return with_quotes(joined("total and its parts (其中): ", *whole, " = "), parts); });
}

// A qualified name within the plain one: 乡村旅游接待游客 within 接待游客.
inline void propose_qualified(const discovery_index& ix, std::size_t i, proposals& out) {
    const published_figure& part = ix.at(i);
    if (!is_level(part)) return;
    const std::string_view name = part.name_zh;
    for (std::size_t cut = 1; cut < name.size(); ++cut) {
        if ((static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) continue;  // inside a UTF-8 character
        const auto wholes = ix.named(i, name.substr(cut));
        if (wholes.empty()) continue;
        for (std::size_t j : wholes) {
            const published_figure& whole = ix.at(j);
            if (j == i || !same_frame(whole, part) || !whole.unit.same_kind(part.unit) ||
                whole.indicator_id == part.indicator_id)
                continue;
            out.add(joined("ordering.", part.id, ".le.", whole.indicator_id), relation_kind::ordering, part, {&whole},
                    [&] { return joined("a qualified name within the plain one: ", part, " within ", whole); });
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
            out.add(joined("ratio.", rate.id), relation_kind::ratio, rate, {&part, &whole},
                    [&] { return joined("a rate and its counts: ", rate, " = ", part, " / ", whole); });
            out.add(joined("ordering.", part.id, ".le.", whole.indicator_id), relation_kind::ordering, part, {&whole},
                    [&] { return joined("the counted within the count: ", part, " within ", whole); });
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
        out.add(joined("schedule.", gap.id), relation_kind::schedule, gap, {done, actual, plan}, [&] {
            return joined("a completion against the schedule, with its amounts: ", gap, " ", *done, " ", *actual, " / ",
                          *plan);
        });
    else
        out.add(joined("schedule.", gap.id), relation_kind::schedule, gap, {done},
                [&] { return joined("a completion against the schedule: ", gap, " ", *done); });
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
    out.add(joined("sum.", total.id), relation_kind::sum, total, parts,
            [&] { return with_quotes(joined("a stated total and the parts before it: ", total, " = "), parts); });
}

// A count and the items its quote lists: 新增金边等海外分拨中心2个.
inline void propose_enumeration(const discovery_index& ix, std::size_t i, proposals& out) {
    const published_figure& count = ix.at(i);
    const auto list = detail::enumeration_of(count);
    if (!list) return;
    out.add(joined("enumeration.", count.id), relation_kind::enumeration, count, {}, [&] {
        return joined("a count and the items it lists (", std::to_string(list->items.size()),
                      list->open_ended ? ", then 等" : "", "): ", count);
    });
}

// Ranks with their peers, one pass: the previous rank of each indicator and
// period (nested scopes), and of each name, period and scope (peers).
class rank_peers {
public:
    void propose(const discovery_index& ix, std::size_t i, proposals& out) {
        const published_figure& r = ix.at(i);
        if (!r.has_value || r.measure != figure_measure::rank) return;
        const detail::rank_scope scope = detail::rank_scope_of(r.quote);
        const std::uint64_t frame = frame_hash(r);
        const auto rank = static_cast<std::uint32_t>(i);
        const std::uint32_t indicator = ix.indicator_of(i);
        if (const auto previous = latest(by_indicator_, latest_by_indicator_, combined(frame, indicator), rank,
                                         [&](std::uint32_t k) {
                                             return ix.indicator_of(k) == indicator && same_frame(ix.at(k), r);
                                         })) {
            const published_figure& peer = ix.at(*previous);
            const detail::rank_scope other = detail::rank_scope_of(peer.quote);
            if (scope.breadth > 0 && other.breadth > 0 && scope.breadth != other.breadth)
                out.add(joined("rank.", r.id, ".vs.", peer.id), relation_kind::rank, r, {&peer},
                        [&] { return joined("one indicator ranked in two scopes: ", r, " ", peer); });
        }
        const published_figure* value = ranked_value(ix, i);
        if (value == nullptr || r.name_zh.empty()) return;
        const std::uint64_t by_name = combined(combined(frame, hash_of(r.name_zh)), hash_of(scope.text));
        if (const auto previous =
                latest(by_name_, latest_by_name_, by_name, rank, [&](std::uint32_t k) {
                    const published_figure& g = ix.at(k);
                    return g.name_zh == r.name_zh && same_frame(g, r) && detail::rank_scope_of(g.quote).text == scope.text;
                })) {
            const published_figure& peer = ix.at(*previous);
            const published_figure* peer_value = ranked_value(ix, *previous);
            if (peer.indicator_id != r.indicator_id && peer_value != nullptr)
                out.add(joined("rank.", r.id, ".vs.", peer.id), relation_kind::rank, r, {value, &peer, peer_value},
                        [&] {
                            return joined("two ranks in one scope with their values: ", r, " ", *value, " ", peer, " ",
                                          *peer_value);
                        });
        }
    }

private:
    // A rank's role and period.
    static std::uint64_t frame_hash(const published_figure& f) {
        const std::uint64_t kind = static_cast<std::uint64_t>(f.period.kind()) << 8 | static_cast<std::uint64_t>(f.role);
        return combined(mixed(kind), static_cast<std::uint64_t>(f.period.span_key()));
    }
    // The rank before `rank` with its key (none for the first), which `rank` then replaces.
    template <class IsKey>
    static std::optional<std::uint32_t> latest(numbering& keys, std::vector<std::uint32_t>& latest_of,
                                               std::uint64_t hash, std::uint32_t rank, const IsKey& is_key) {
        const std::uint32_t key = keys.number(hash, rank, is_key);
        if (key == latest_of.size()) {
            latest_of.push_back(rank);
            return std::nullopt;
        }
        return std::exchange(latest_of[key], rank);
    }
    // What a rank ranks: the growth when its quote says so (增幅居…), else the level.
    static const published_figure* ranked_value(const discovery_index& ix, std::size_t i) {
        const std::string_view q(ix.at(i).quote);
        const bool growth = std::any_of(ranked_growth_words.begin(), ranked_growth_words.end(),
                                        [&](std::string_view w) { return contains(q, w); });
        return ix.sibling(i, growth ? figure_measure::growth : figure_measure::level);
    }
    // Keys numbered by their first rank; latest_by_*[key] is the key's latest rank so far.
    numbering by_indicator_, by_name_;
    std::vector<std::uint32_t> latest_by_indicator_, latest_by_name_;
};

}  // namespace discover_detail

// The relations an auditor would check in a book, from its figures alone
// (the book's own relations are not read). Each carries its evidence in
// `note`; ids follow relations.csv's scheme (kind.result...).
inline std::vector<figure_relation> discover_relations(const figure_book& book) {
    const discover_detail::discovery_index ix(book);
    discover_detail::proposals out(book.figures.size());
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
    using discover_detail::check_hash;
    using discover_detail::hash_of;
    std::vector<figure_relation> found = discover_relations(book);
    const std::size_t given = book.relations.size();
    // The given ids and checks numbered once: each discovered relation is
    // looked up, not compared with every given one.
    discover_detail::numbering ids(given), checks(given);
    const auto& relations = book.relations;
    for (std::uint32_t g = 0; g < given; ++g) {
        const figure_relation& r = relations[g];
        ids.number(hash_of(r.id), g, [&](std::uint32_t k) { return relations[k].id == r.id; });
        checks.number(check_hash(r), g, [&](std::uint32_t k) { return same_check(relations[k], r); });
    }
    book.relations.reserve(given + found.size());
    for (auto& r : found) {
        const bool known = ids.find(hash_of(r.id), [&](std::uint32_t k) { return relations[k].id == r.id; }) ||
                           checks.find(check_hash(r), [&](std::uint32_t k) { return same_check(relations[k], r); });
        if (!known) book.relations.push_back(std::move(r));
    }
    return book.relations.size() - given;
}

}  // namespace plantarget
