// Targets as plans state them (docs/explanation/comparators.md): at least, more than, at most,
// less than, about, between, zero at every observation (动态清零), rank, project
// milestone, growth and completion bounds, and compound targets (all of / any
// of). A target knows its deadline and whether it is binding (约束性) or
// anticipatory (预期性). Typed builders check the unit against the indicator's.
#pragma once

#include <plantarget/indicator.hpp>
#include <plantarget/period.hpp>
#include <plantarget/published.hpp>
#include <plantarget/units/guards.hpp>
#include <plantarget/vocab/vocabulary.hpp>

#include <array>
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace plantarget {

// The comparator of one condition. Chinese legal usage (Civil Code art. 1259):
// 以上, 以下, 以内 include the number; 超过, 不满 exclude it.
enum class comparator : std::uint8_t {
    at_least,      // >= X: X以上, 不低于X, 不少于X, 达到X
    more_than,     // > X: 超X, 超过X, 突破X, X余
    at_most,       // <= X: X以内, 不超过X, 不高于X, 降至X以下
    less_than,     // < X: 近X, 不满X
    about,         // within X ± tolerance: X左右, 约X
    between,       // X <= v <= Y: X-Y, X至Y
    dynamic_zero,  // zero at every observation of the period: 动态清零
    rank_at_most,  // rank position <= N: 居第N (1 is best)
    among_top,     // rank within the top N, N set by the evaluation options: 居前列
    milestone_at_least,  // project state reached: 开工, 主体完工, 基本建成, 建成投用
};

// Which quantity of the indicator a condition bounds.
enum class measure : std::uint8_t {
    level,       // the value itself, in the indicator's unit
    growth,      // year-on-year growth, in percent
    completion,  // actual / plan, in percent
    cumulative_growth,  // growth over a plan period spanning years (累计增长/下降), in percent
    average_growth,     // average annual growth over a plan period (年均增长), in percent
};

// How a ceiling or floor is tested over its period: at the deadline (the
// period's value: its total, latest or mean as the indicator's nature says),
// at every observation of the period (as 动态清零 is), or on the mean of the
// period's observations.
enum class test_mode : std::uint8_t { at_deadline, every_observation, period_average, period_total };

enum class commitment : std::uint8_t { anticipatory, binding };  // 预期性, 约束性
enum class combination : std::uint8_t { all_of, any_of };

// Ordered states of a project (前期 < 开工 < 主体完工 < 基本建成 < 建成投用).
enum class milestone : std::uint8_t { preparation = 0, started, main_works_done, basically_complete, in_service };

template <>
struct vocabulary<comparator> {
    static constexpr std::array<vocab_entry<comparator>, 10> entries{{
        {comparator::at_least, "at_least", "at least", "不低于", "≥"},
        {comparator::more_than, "more_than", "more than", "超过", ">"},
        {comparator::at_most, "at_most", "at most", "不超过", "≤"},
        {comparator::less_than, "less_than", "less than", "不满", "<"},
        {comparator::about, "about", "about", "左右", "≈"},
        {comparator::between, "between", "between", "介于", "–"},
        {comparator::dynamic_zero, "dynamic_zero", "zero at every observation", "动态清零", "= 0"},
        {comparator::rank_at_most, "rank_at_most", "rank at most", "居第", "≤"},
        {comparator::among_top, "among_top", "among the top", "居前列", ""},
        {comparator::milestone_at_least, "milestone_at_least", "milestone reached", "达到节点", "≥"},
    }};
};
static_assert(detail::vocabulary_is_dense<comparator>());

template <>
struct vocabulary<measure> {
    static constexpr std::array<vocab_entry<measure>, 5> entries{{
        {measure::level, "level", "level", "水平"},
        {measure::growth, "growth", "growth", "增长", "%"},
        {measure::completion, "completion", "completion", "完成率", "%"},
        {measure::cumulative_growth, "cumulative_growth", "cumulative growth", "累计增长", "%"},
        {measure::average_growth, "average_growth", "average annual growth", "年均增长", "%"},
    }};
};
static_assert(detail::vocabulary_is_dense<measure>());

template <>
struct vocabulary<test_mode> {
    static constexpr std::array<vocab_entry<test_mode>, 4> entries{{
        {test_mode::at_deadline, "at_deadline", "at the deadline", "期末考核"},
        {test_mode::every_observation, "every_observation", "at every observation", "逐期考核"},
        {test_mode::period_average, "period_average", "on the period average", "期内平均"},
        {test_mode::period_total, "period_total", "on the total over the period", "期内累计"},
    }};
};
static_assert(detail::vocabulary_is_dense<test_mode>());

template <>
struct vocabulary<commitment> {
    static constexpr std::array<vocab_entry<commitment>, 2> entries{{
        {commitment::anticipatory, "anticipatory", "anticipatory", "预期性"},
        {commitment::binding, "binding", "binding", "约束性"},
    }};
};
static_assert(detail::vocabulary_is_dense<commitment>());

template <>
struct vocabulary<combination> {
    static constexpr std::array<vocab_entry<combination>, 2> entries{{
        {combination::all_of, "all_of", "all of", "同时满足", "∧"},
        {combination::any_of, "any_of", "any of", "满足其一", "∨"},
    }};
};
static_assert(detail::vocabulary_is_dense<combination>());

template <>
struct vocabulary<milestone> {
    static constexpr std::array<vocab_entry<milestone>, 5> entries{{
        {milestone::preparation, "preparation", "preparation", "前期"},
        {milestone::started, "started", "started", "开工"},
        {milestone::main_works_done, "main_works_done", "main works done", "主体完工"},
        {milestone::basically_complete, "basically_complete", "basically complete", "基本建成"},
        {milestone::in_service, "in_service", "in service", "建成投用"},
    }};
};
static_assert(detail::vocabulary_is_dense<milestone>());

constexpr std::string_view to_string(comparator c) noexcept { return token_of(c); }
constexpr std::string_view to_string(measure m) noexcept { return token_of(m); }
constexpr std::string_view to_string(test_mode t) noexcept { return token_of(t); }
constexpr std::string_view to_string(commitment k) noexcept { return token_of(k); }
constexpr std::string_view to_string(combination k) noexcept { return token_of(k); }
constexpr std::string_view to_string(milestone k) noexcept { return token_of(k); }

// One condition on one measure of an indicator, in raw numbers with a unit:
// the form plans, data files and the engine share. Each field has one
// meaning, whatever the comparator.
struct condition {
    measure what = measure::level;
    comparator cmp = comparator::at_least;
    // The threshold: the bound of >=, >, <=, <; the low end of `between`; the
    // centre of `about`; the position of a rank; the state of a milestone; the
    // completion rate (in percent) of a completion target.
    double value = 0.0;
    double upper = 0.0;  // the high end of `between`
    // The half-width of `about`, in the condition's unit; not given: the
    // default band (evaluation_options::about_band, band.hpp).
    std::optional<double> tolerance{};
    double plan = 0.0;  // the plan level a completion target is measured against
    units::unit_descriptor unit{};
    // The decimals the threshold was published with (both ends of a range):
    // comparisons are decided in decimal at this precision or finer
    // (decimal.hpp). -1: not known, compared in binary.
    int decimals = -1;

    // Which way is better for this condition, read from its comparator.
    [[nodiscard]] constexpr direction better() const {
        switch (cmp) {
            case comparator::at_most:
            case comparator::less_than:
            case comparator::dynamic_zero:
            case comparator::rank_at_most:
            case comparator::among_top: return direction::lower_is_better;
            case comparator::about:
            case comparator::between: return direction::within_band;
            default: return direction::higher_is_better;
        }
    }
};

// A target in its run-time form.
struct target_spec {
    std::string id;
    std::string indicator_id;
    period deadline = period::year(2000);
    commitment kind = commitment::anticipatory;
    combination combine = combination::all_of;
    test_mode test = test_mode::at_deadline;
    trait_provenance test_origin{};  // whether `test` was stated or assumed (indicator_traits.hpp)
    std::vector<condition> conditions;
    std::string text;  // the target as the plan words it, for reports
};

// A target typed by its indicator's unit. Builders below make them.
template <units::plan_unit U>
class target {
public:
    using unit_type = U;
    target(const indicator<U>& ind, period deadline, condition c) {
        spec_.indicator_id = ind.id();
        spec_.id = ind.id() + "@" + deadline.to_string();
        spec_.deadline = deadline;
        spec_.conditions.push_back(c);
    }
    [[nodiscard]] const target_spec& spec() const& { return spec_; }
    [[nodiscard]] target_spec spec() && { return std::move(spec_); }

    target& binding() { spec_.kind = commitment::binding; return *this; }
    target& anticipatory() { spec_.kind = commitment::anticipatory; return *this; }
    target& id(std::string v) { spec_.id = std::move(v); return *this; }
    target& text(std::string v) { spec_.text = std::move(v); return *this; }
    target& tested(test_mode mode) { spec_.test = mode; return *this; }
    // The precision the plan printed its figures with, when the literal does
    // not show it (5.50 written as 5.5): decimals(2).
    target& decimals(int places) {
        for (auto& c : spec_.conditions) c.decimals = places;
        return *this;
    }

    // "超120亿元、同比增长50%以上": two conditions on one indicator, both to hold.
    friend target all_of(target a, const target& b) { return join(std::move(a), b, combination::all_of); }
    friend target any_of(target a, const target& b) { return join(std::move(a), b, combination::any_of); }

private:
    static target join(target a, const target& b, combination how) {
        static_assert(std::is_same_v<U, typename target::unit_type>);
        a.spec_.combine = how;
        for (const auto& c : b.spec_.conditions) a.spec_.conditions.push_back(c);
        return a;
    }
    target_spec spec_;
};

namespace detail {
template <class...> inline constexpr bool target_always_false = false;

// The value a level target on indicator<U> is written in: same kind as U, any
// scale (a 万人 target on a 人 indicator is fine; a 家 target is not).
template <class U, class V>
constexpr bool level_value_fits() {
    return units::value_of_kind<U, V>();
}

template <units::plan_unit U, class V>
condition level_condition(comparator cmp, const V& v) {
    diagnose::target_in_the_indicators_kind<level_value_fits<U, V>(), units::side_of_unit<U>(), units::side_of<V>()>();
    condition c;
    c.what = measure::level;
    c.cmp = cmp;
    if constexpr (units::boost_plan_unit<U>) {
        c.value = v.value();
        c.unit = units::descriptor_of<typename V::unit_type>();
    } else {
        c.value = units::raw_value(v);
        c.unit = units::descriptor_of<U>();
    }
    c.decimals = shortest_decimals(c.value);  // the literal as written
    return c;
}

// A growth condition, in percent, at the precision of the rate as written.
inline condition growth_condition(comparator cmp, growth_rate g) {
    condition c;
    c.what = measure::growth;
    c.cmp = cmp;
    c.value = g.in_percent();
    c.unit = units::descriptor_of<percent>();
    c.decimals = shortest_decimals(c.value);
    return c;
}

// The second value of about (the tolerance) or between (the high end) as a
// number in the unit of the first, V, which the condition keeps: W may be any
// scale of the indicator's kind and is converted by one multiplication or
// division by a power of ten (2000 人 is 0.2 万人, 2700000 万元 is 270 亿元),
// so that its shortest decimals are those of the figure written in V's unit.
template <units::plan_unit U, class V, class W>
double second_value_in_unit_of_first(const W& w) {
    constexpr bool first_fits = level_value_fits<U, V>();  // else level_condition has said so
    diagnose::target_values_of_one_kind<!first_fits || level_value_fits<U, W>(), units::side_of<V>(),
                                        units::side_of<W>()>();
    if constexpr (!first_fits || !level_value_fits<U, W>()) {
        return 0.0;  // rejected above; no second error
    } else if constexpr (units::boost_plan_unit<U>) {
        return units::convert_to<typename V::unit_type>(w).value();
    } else {
        return units::raw_value(w);
    }
}
}  // namespace detail

// Level targets: >= X, > X, <= X, < X.
template <units::plan_unit U, class V>
target<U> at_least(const indicator<U>& ind, const V& v, period deadline) {
    return {ind, deadline, detail::level_condition<U>(comparator::at_least, v)};
}
template <units::plan_unit U, class V>
target<U> more_than(const indicator<U>& ind, const V& v, period deadline) {
    return {ind, deadline, detail::level_condition<U>(comparator::more_than, v)};
}
template <units::plan_unit U, class V>
target<U> at_most(const indicator<U>& ind, const V& v, period deadline) {
    return {ind, deadline, detail::level_condition<U>(comparator::at_most, v)};
}
template <units::plan_unit U, class V>
target<U> less_than(const indicator<U>& ind, const V& v, period deadline) {
    return {ind, deadline, detail::level_condition<U>(comparator::less_than, v)};
}
// About X: within X ± tolerance, the tolerance in any scale of X's kind
// (about(jobs, 3.5 * wan_persons, 2000.0 * persons, year) is 3.5 ± 0.2 万人).
template <units::plan_unit U, class V, class W>
target<U> about(const indicator<U>& ind, const V& v, const W& tolerance, period deadline) {
    condition c = detail::level_condition<U>(comparator::about, v);
    c.tolerance = detail::second_value_in_unit_of_first<U, V>(tolerance);
    return {ind, deadline, c};
}
// About X with the default band (±0.5 points in percent, ±5 % of X otherwise).
template <units::plan_unit U, class V>
target<U> about(const indicator<U>& ind, const V& v, period deadline) {
    return {ind, deadline, detail::level_condition<U>(comparator::about, v)};
}
// X <= value <= Y, Y in any scale of X's kind, kept in X's unit.
template <units::plan_unit U, class V, class W>
target<U> between(const indicator<U>& ind, const V& low, const W& high, period deadline) {
    condition c = detail::level_condition<U>(comparator::between, low);
    c.upper = detail::second_value_in_unit_of_first<U, V>(high);
    c.decimals = std::max(c.decimals, shortest_decimals(c.upper));
    return {ind, deadline, c};
}
// Zero at every observation of the deadline period (动态清零).
template <units::plan_unit U>
target<U> dynamic_zero(const indicator<U>& ind, period deadline) {
    condition c;
    c.cmp = comparator::dynamic_zero;
    c.unit = units::descriptor_of<U>();
    c.decimals = 0;
    return {ind, deadline, c};
}
// Rank N or better among peers (居全市第1 -> rank_at_most(ind, 1, ...)).
inline target<rank> rank_at_most(const indicator<rank>& ind, int position, period deadline) {
    condition c;
    c.cmp = comparator::rank_at_most;
    c.value = position;
    c.unit = units::descriptor_of<rank>();
    c.decimals = 0;
    return {ind, deadline, c};
}
// Among the top (居前列): the cut-off is an evaluation option, since plans leave it vague.
inline target<rank> among_top(const indicator<rank>& ind, period deadline) {
    condition c;
    c.cmp = comparator::among_top;
    c.unit = units::descriptor_of<rank>();
    c.decimals = 0;
    return {ind, deadline, c};
}
// Year-on-year growth bounds, in percent: 同比增长50%以上.
template <units::plan_unit U>
target<U> growth_at_least(const indicator<U>& ind, growth_rate g, period deadline) {
    return {ind, deadline, detail::growth_condition(comparator::at_least, g)};
}
template <units::plan_unit U>
target<U> growth_at_most(const indicator<U>& ind, growth_rate g, period deadline) {
    return {ind, deadline, detail::growth_condition(comparator::at_most, g)};
}
// Growth of about g (增长6.5%左右): within g ± tolerance points, or the
// default band of ±0.5 points.
template <units::plan_unit U>
target<U> growth_about(const indicator<U>& ind, growth_rate g, period deadline) {
    return {ind, deadline, detail::growth_condition(comparator::about, g)};
}
template <units::plan_unit U>
target<U> growth_about(const indicator<U>& ind, growth_rate g, percentage_points tolerance, period deadline) {
    condition c = detail::growth_condition(comparator::about, g);
    c.tolerance = tolerance.value();
    return {ind, deadline, c};
}
// A growth target written with a percent or points is the classic slip.
template <units::plan_unit U, class V>
    requires(!std::is_same_v<V, growth_rate>)
target<U> growth_at_least(const indicator<U>& ind, V, period deadline) {
    diagnose::growth_target_takes_a_growth_rate<detail::target_always_false<V>>();
    return growth_at_least(ind, growth_rate{}, deadline);
}
template <units::plan_unit U, class V>
    requires(!std::is_same_v<V, growth_rate>)
target<U> growth_at_most(const indicator<U>& ind, V, period deadline) {
    diagnose::growth_target_takes_a_growth_rate<detail::target_always_false<V>>();
    return growth_at_most(ind, growth_rate{}, deadline);
}
// Growth over a plan period of years (period::years(2021, 2025).value()),
// from its base year, the year before it: the cumulative change (累计下降13.5%
// is cumulative_growth_at_most(ind, decline(13.5), plan)) or the average
// annual growth (年均增长7% is average_growth_at_least(ind,
// growth_rate::from_percent(7), plan)). On a single year they are the growth
// over the prior year. Evaluated by plan_period.hpp.
namespace detail {
template <units::plan_unit U>
target<U> plan_period_growth(const indicator<U>& ind, measure what, comparator cmp, growth_rate g, period plan) {
    condition c;
    c.what = what;
    c.cmp = cmp;
    c.value = g.in_percent();
    c.unit = units::descriptor_of<percent>();
    return {ind, plan, c};
}
}  // namespace detail
template <units::plan_unit U>
target<U> cumulative_growth_at_least(const indicator<U>& ind, growth_rate g, period plan) {
    return detail::plan_period_growth(ind, measure::cumulative_growth, comparator::at_least, g, plan);
}
template <units::plan_unit U>
target<U> cumulative_growth_at_most(const indicator<U>& ind, growth_rate g, period plan) {
    return detail::plan_period_growth(ind, measure::cumulative_growth, comparator::at_most, g, plan);
}
template <units::plan_unit U>
target<U> average_growth_at_least(const indicator<U>& ind, growth_rate g, period plan) {
    return detail::plan_period_growth(ind, measure::average_growth, comparator::at_least, g, plan);
}
template <units::plan_unit U>
target<U> average_growth_at_most(const indicator<U>& ind, growth_rate g, period plan) {
    return detail::plan_period_growth(ind, measure::average_growth, comparator::at_most, g, plan);
}
// As for growth_at_least: a percent or points where a growth_rate belongs.
template <units::plan_unit U, class V>
    requires(!std::is_same_v<V, growth_rate>)
target<U> cumulative_growth_at_least(const indicator<U>& ind, V, period plan) {
    diagnose::growth_target_takes_a_growth_rate<detail::target_always_false<V>>();
    return cumulative_growth_at_least(ind, growth_rate{}, plan);
}
template <units::plan_unit U, class V>
    requires(!std::is_same_v<V, growth_rate>)
target<U> cumulative_growth_at_most(const indicator<U>& ind, V, period plan) {
    diagnose::growth_target_takes_a_growth_rate<detail::target_always_false<V>>();
    return cumulative_growth_at_most(ind, growth_rate{}, plan);
}
template <units::plan_unit U, class V>
    requires(!std::is_same_v<V, growth_rate>)
target<U> average_growth_at_least(const indicator<U>& ind, V, period plan) {
    diagnose::growth_target_takes_a_growth_rate<detail::target_always_false<V>>();
    return average_growth_at_least(ind, growth_rate{}, plan);
}
template <units::plan_unit U, class V>
    requires(!std::is_same_v<V, growth_rate>)
target<U> average_growth_at_most(const indicator<U>& ind, V, period plan) {
    diagnose::growth_target_takes_a_growth_rate<detail::target_always_false<V>>();
    return average_growth_at_most(ind, growth_rate{}, plan);
}
// Completion of a level plan at least p (完成率): actual / plan >= p, where the
// plan is the level target of the same indicator and deadline.
template <units::plan_unit U, class V>
target<U> completion_at_least(const indicator<U>& ind, const V& plan_value, percent rate, period deadline) {
    condition c = detail::level_condition<U>(comparator::at_least, plan_value);
    c.what = measure::completion;
    c.plan = c.value;
    c.value = rate.value();
    c.decimals = shortest_decimals(c.value);
    return {ind, deadline, c};
}
// A project milestone reached by the deadline.
template <units::plan_unit U>
target<U> milestone_reached(const indicator<U>& ind, milestone state, period deadline) {
    condition c;
    c.cmp = comparator::milestone_at_least;
    c.value = static_cast<double>(state);
    c.unit = units::descriptor_of<U>();
    c.decimals = 0;
    return {ind, deadline, c};
}

}  // namespace plantarget
