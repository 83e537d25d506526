// The figures a report publishes, as written: value, precision, unit, how
// exactly they are known (达, 超, 以内), and the relations between them that
// the report's arithmetic must satisfy. The audit reads these.
#pragma once

#include <plantarget/error.hpp>
#include <plantarget/period.hpp>
#include <plantarget/published.hpp>
#include <plantarget/series.hpp>
#include <plantarget/target.hpp>
#include <plantarget/units/registry.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plantarget {

enum class figure_role : std::uint8_t { actual, target, base };
enum class figure_measure : std::uint8_t { level, growth, completion, rank, share, progress, ratio };

constexpr std::string_view to_string(figure_role r) noexcept {
    switch (r) {
        case figure_role::actual: return "actual";
        case figure_role::target: return "target";
        case figure_role::base: return "base";
    }
    return "?";
}
constexpr std::string_view to_string(figure_measure m) noexcept {
    switch (m) {
        case figure_measure::level: return "level";
        case figure_measure::growth: return "growth";
        case figure_measure::completion: return "completion";
        case figure_measure::rank: return "rank";
        case figure_measure::share: return "share";
        case figure_measure::progress: return "progress";
        case figure_measure::ratio: return "ratio";
    }
    return "?";
}

// One figure as the report prints it.
struct published_figure {
    std::string id;
    std::string indicator_id;
    std::string section;
    std::string name_zh;
    std::string name_en;
    figure_role role = figure_role::actual;
    plantarget::period period;
    figure_measure measure = figure_measure::level;
    std::string comparator_text;  // as written: 达, 超, 以上, 以内, 动态清零, 居第, ...
    bool has_value = true;        // false for 居前列
    published_value value;        // the number as written, with its decimals
    units::unit_descriptor unit;
    std::string quote;
    source_location where{};  // where the figure stood: its row, or its JSON object

    // How exactly an actual is known, from its comparator word.
    [[nodiscard]] value_bound bound() const;
    // The value in the kind's base unit (亿元 -> 元), for sums across scales.
    [[nodiscard]] double base_value() const { return value.value * unit.factor(); }
};

enum class relation_kind : std::uint8_t {
    sum,               // result = operand + operand + ...
    ratio,             // result (%) = operand / operand
    completion,        // result is a completion rate of operand (the actual): implied plan
    growth,            // result is the growth of operand (the level): implied base
    growth_levels,     // result is the growth from operand[1] to operand[0]
    compound,          // two target conditions on one indicator: result and operand
    target_vs_actual,  // result is a target, operand the last actual of the same measure
    ordering,          // result <= operand (a part within its whole)
};

constexpr std::string_view to_string(relation_kind k) noexcept {
    switch (k) {
        case relation_kind::sum: return "sum";
        case relation_kind::ratio: return "ratio";
        case relation_kind::completion: return "completion";
        case relation_kind::growth: return "growth";
        case relation_kind::growth_levels: return "growth_levels";
        case relation_kind::compound: return "compound";
        case relation_kind::target_vs_actual: return "target_vs_actual";
        case relation_kind::ordering: return "ordering";
    }
    return "?";
}

struct figure_relation {
    std::string id;
    relation_kind kind = relation_kind::sum;
    std::string result;
    std::vector<std::string> operands;
    std::string note;
    source_location where{};  // where the relation stood
};

// What a report publishes: its figures and the relations between them.
struct figure_book {
    std::vector<published_figure> figures;
    std::vector<figure_relation> relations;

    [[nodiscard]] const published_figure* find(std::string_view id) const {
        for (const auto& f : figures)
            if (f.id == id) return &f;
        return nullptr;
    }
};

// The comparator words of plan language, read as bounds on an actual or as
// comparators of a target (DOMAIN.md §3; Civil Code art. 1259).
struct comparator_word {
    std::string_view text;
    value_bound bound;  // as an actual
    comparator cmp;     // as a target
};
inline constexpr comparator_word comparator_words[] = {
    {"=", value_bound::exact, comparator::at_least},
    {"达", value_bound::exact, comparator::at_least},
    {"达到", value_bound::exact, comparator::at_least},
    {"提升至", value_bound::exact, comparator::at_least},
    {"增长至", value_bound::exact, comparator::at_least},
    {"全覆盖", value_bound::exact, comparator::at_least},
    {"以上", value_bound::at_least, comparator::at_least},
    {"不低于", value_bound::at_least, comparator::at_least},
    {"不少于", value_bound::at_least, comparator::at_least},
    {"超", value_bound::more_than, comparator::more_than},
    {"超过", value_bound::more_than, comparator::more_than},
    {"突破", value_bound::more_than, comparator::more_than},
    {"余", value_bound::more_than, comparator::more_than},
    {"以内", value_bound::at_most, comparator::at_most},
    {"不超过", value_bound::at_most, comparator::at_most},
    {"不高于", value_bound::at_most, comparator::at_most},
    {"以下", value_bound::at_most, comparator::at_most},
    {"近", value_bound::less_than, comparator::less_than},
    {"不满", value_bound::less_than, comparator::less_than},
    {"约", value_bound::about, comparator::about},
    {"左右", value_bound::about, comparator::about},
    {"动态清零", value_bound::exact, comparator::dynamic_zero},
    {"居第", value_bound::exact, comparator::rank_at_most},
    {"居前列", value_bound::exact, comparator::among_top},
};

inline const comparator_word* find_comparator_word(std::string_view text) {
    for (const auto& w : comparator_words)
        if (w.text == text) return &w;
    return nullptr;
}

inline value_bound published_figure::bound() const {
    const comparator_word* w = find_comparator_word(comparator_text);
    return w == nullptr ? value_bound::exact : w->bound;
}

}  // namespace plantarget
