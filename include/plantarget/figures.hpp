// The figures a report publishes, as written: value, precision, unit, how
// exactly they are known (达, 超, 以内), and the relations between them that
// the report's arithmetic must satisfy. The audit reads these.
#pragma once

#include <plantarget/error.hpp>
#include <plantarget/lexicon.hpp>
#include <plantarget/vocab/vocabulary.hpp>
#include <plantarget/period.hpp>
#include <plantarget/published.hpp>
#include <plantarget/series.hpp>
#include <plantarget/target.hpp>
#include <plantarget/units/registry.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plantarget {

enum class figure_role : std::uint8_t { actual, target, base };
enum class figure_measure : std::uint8_t {
    level, growth, completion, rank, share, progress, ratio, average_growth,
    change_pp,  // a change in percentage points (提高2.4个百分点)
};

template <>
struct vocabulary<figure_role> {
    static constexpr std::array<vocab_entry<figure_role>, 3> entries{{
        {figure_role::actual, "actual", "actual", "实际"},
        {figure_role::target, "target", "target", "目标"},
        {figure_role::base, "base", "base", "基数"},
    }};
};
static_assert(detail::vocabulary_is_dense<figure_role>());

template <>
struct vocabulary<figure_measure> {
    static constexpr std::array<vocab_entry<figure_measure>, 9> entries{{
        {figure_measure::level, "level", "level", "水平"},
        {figure_measure::growth, "growth", "growth", "增长"},
        {figure_measure::completion, "completion", "completion", "完成率"},
        {figure_measure::rank, "rank", "rank", "位次"},
        {figure_measure::share, "share", "share", "占比"},
        {figure_measure::progress, "progress", "progress", "进度"},
        {figure_measure::ratio, "ratio", "ratio", "比率"},
        {figure_measure::average_growth, "average_growth", "average annual growth", "年均增长"},
        {figure_measure::change_pp, "change_pp", "percentage-point change", "百分点变化"},
    }};
};
static_assert(detail::vocabulary_is_dense<figure_measure>());

constexpr std::string_view to_string(figure_role r) noexcept { return token_of(r); }
constexpr std::string_view to_string(figure_measure m) noexcept { return token_of(m); }

// One figure as the report prints it.
struct published_figure {
    std::string id;
    std::string indicator_id;
    std::string section;
    std::string name_zh;
    std::string name_en;
    // The three one-byte members together, before the period: a city's
    // book holds millions of figures, and padding after each would cost 16 bytes.
    figure_role role = figure_role::actual;
    figure_measure measure = figure_measure::level;
    bool has_value = true;        // false for 居前列 (no value; see `value`)
    plantarget::period period;
    comparator_wording comparator_text;  // as written (达, 超, 以上, 以内, 动态清零, 居第, ...), parsed once
    published_value value;        // the number as written, with its decimals; the low end of a range
    // The high end of a range (6.5%－7%: value 6.5, upper 7), with a between
    // comparator (－, –, 介于); both ends inclusive. Written "6.5..7" in a
    // value cell.
    std::optional<published_value> upper{};
    units::unit_descriptor unit;
    std::string quote;
    source_location where{};  // where the figure stood: its row, or its JSON object

    // What the data file states of the indicator (the same on each of its
    // figures that states it) and of a target; left out, the rule of
    // indicator_traits.hpp decides.
    std::optional<nature> kind{};
    std::optional<direction> better{};
    std::optional<price_basis> basis{};
    std::optional<test_mode> test{};
    // The half-width of an about band (约, 左右), in the figure's unit, as written.
    std::optional<published_value> tolerance{};

    // How exactly an actual is known, from its comparator word.
    [[nodiscard]] value_bound bound() const noexcept { return comparator_text.bound(); }
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
    schedule,          // result is a gap to the schedule (高于时序进度N个百分点); operands the stated
                       // completion, and optionally the actual and the annual plan
    enumeration,       // result is a count of the items its quote lists (A、B、C等N个); no operands
    rank,              // result is a rank; operands a peer rank, or its ranked value, the peer rank
                       // and the peer's ranked value
};

template <>
struct vocabulary<relation_kind> {
    static constexpr std::array<vocab_entry<relation_kind>, 11> entries{{
        {relation_kind::sum, "sum", "sum of parts", "分项之和"},
        {relation_kind::ratio, "ratio", "rate of two counts", "比率"},
        {relation_kind::completion, "completion", "completion rate", "完成率"},
        {relation_kind::growth, "growth", "growth of a level", "增长"},
        {relation_kind::growth_levels, "growth_levels", "growth between two levels", "两期增长"},
        {relation_kind::compound, "compound", "two conditions on one indicator", "复合目标"},
        {relation_kind::target_vs_actual, "target_vs_actual", "target against the last actual", "目标与上年实际"},
        {relation_kind::ordering, "ordering", "part within its whole", "部分不大于整体"},
        {relation_kind::schedule, "schedule", "completion against the schedule", "完成进度与时序进度"},
        {relation_kind::enumeration, "enumeration", "a count of listed items", "列举项数"},
        {relation_kind::rank, "rank", "a rank and its peer", "位次与对照"},
    }};
};
static_assert(detail::vocabulary_is_dense<relation_kind>());

constexpr std::string_view to_string(relation_kind k) noexcept { return token_of(k); }

// Where a relation comes from: the book or a relations table gave it, or
// discovery (discover.hpp) proposed it from the figures alone. The audit's
// findings carry it, so that a reader knows which checks nobody wrote.
enum class relation_origin : std::uint8_t {
    given,
    discovered,
};

template <>
struct vocabulary<relation_origin> {
    static constexpr std::array<vocab_entry<relation_origin>, 2> entries{{
        {relation_origin::given, "given", "given", "给定"},
        {relation_origin::discovered, "discovered", "discovered", "发现"},
    }};
};
static_assert(detail::vocabulary_is_dense<relation_origin>());

constexpr std::string_view to_string(relation_origin o) noexcept { return token_of(o); }

struct figure_relation {
    std::string id;
    relation_kind kind = relation_kind::sum;
    std::string result;
    std::vector<std::string> operands;
    std::string note;
    source_location where{};  // where the relation stood
    relation_origin origin = relation_origin::given;
};

// A section of the report and its title: the heading as it reads without
// its numbering (一、 （一） 一是 1.), "推动国家战略落实落地，城市发展能级不断提升"
// for section 1.1.
struct book_section {
    std::string number;  // dotted, as a figure's section: "1.1"
    std::string title;
    source_location where{};  // where the title was first given
};

// What a report publishes: its figures, the relations between them, and the
// titles of its sections (in the order first given; a number at most once).
struct figure_book {
    std::vector<published_figure> figures;
    std::vector<figure_relation> relations;
    std::vector<book_section> sections;

    // The title of a section, or null when the book gives none.
    [[nodiscard]] const std::string* title_of_section(std::string_view number) const {
        for (const auto& s : sections)
            if (s.number == number) return &s.title;
        return nullptr;
    }

    [[nodiscard]] const published_figure* find(std::string_view id) const {
        for (const auto& f : figures)
            if (f.id == id) return &f;
        return nullptr;
    }
};

}  // namespace plantarget
