// What is measured: an id, names, a unit, which way is better, whether it is a
// flow, a stock or a rate, the price basis, and an optional parent for
// breakdowns (district, then towns and streets).
#pragma once

#include <plantarget/direction.hpp>
#include <plantarget/units/traits.hpp>

#include <plantarget/vocab/vocabulary.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace plantarget {

enum class nature : std::uint8_t {
    flow,   // summed over a period (investment, new jobs)
    stock,  // at a point in time (enterprises registered, population)
    rate,   // a share or ratio (unemployment rate)
    average,  // a mean over the period (PM2.5 concentration, average price)
};

enum class price_basis : std::uint8_t {
    nominal,  // current prices: levels of GDP are published this way
    real,     // comparable prices: GDP growth is published this way
};

template <>
struct vocabulary<nature> {
    static constexpr std::array<vocab_entry<nature>, 4> entries{{
        {nature::flow, "flow", "flow", "流量"},
        {nature::stock, "stock", "stock", "存量"},
        {nature::rate, "rate", "rate", "比率"},
        {nature::average, "average", "period average", "平均值"},
    }};
};
static_assert(detail::vocabulary_is_dense<nature>());

template <>
struct vocabulary<price_basis> {
    static constexpr std::array<vocab_entry<price_basis>, 2> entries{{
        {price_basis::nominal, "nominal", "current prices", "现价"},
        {price_basis::real, "real", "comparable prices", "可比价"},
    }};
};
static_assert(detail::vocabulary_is_dense<price_basis>());

constexpr std::string_view to_string(nature n) noexcept { return token_of(n); }
constexpr std::string_view to_string(price_basis b) noexcept { return token_of(b); }

// Where a trait of an indicator or a target (its nature, direction, price
// basis, test mode) came from: stated by the program or data file, or assumed
// by the rule of indicator_traits.hpp, which says why.
enum class trait_origin : std::uint8_t {
    stated,      // given: a column of the data file, a member of the typed spec
    unit,        // assumed from the unit (%, µg/m³)
    name_word,   // assumed from a word of the indicator's name (年末, 浓度)
    wording,     // assumed from the target's wording (全年…控制在, 每月)
    comparator,  // assumed from a comparator word (以内: a ceiling)
    fallback,    // nothing said: the rule's default
};

template <>
struct vocabulary<trait_origin> {
    static constexpr std::array<vocab_entry<trait_origin>, 6> entries{{
        {trait_origin::stated, "stated", "stated", "已注明"},
        {trait_origin::unit, "unit", "from the unit", "据单位推定"},
        {trait_origin::name_word, "name_word", "from a word of the name", "据名称用词推定"},
        {trait_origin::wording, "wording", "from the target's wording", "据目标表述推定"},
        {trait_origin::comparator, "comparator", "from the comparator", "据比较词推定"},
        {trait_origin::fallback, "default", "by default", "默认"},
    }};
};
static_assert(detail::vocabulary_is_dense<trait_origin>());

struct trait_provenance {
    trait_origin origin = trait_origin::stated;
    std::string because{};  // the unit or word that decided; empty when stated or by default

    [[nodiscard]] bool assumed() const noexcept { return origin != trait_origin::stated; }
};

// The description of an indicator without its compile-time unit: what plans,
// data files and reports hold.
struct indicator_info {
    std::string id{};
    std::string name_zh{};
    std::string name_en{};
    units::unit_descriptor unit;
    direction better = direction::higher_is_better;
    nature kind = nature::flow;
    price_basis basis = price_basis::nominal;
    std::string parent_id{};  // empty for a top-level indicator
    // Whether kind, better and basis were stated or assumed (and from what).
    trait_provenance kind_origin{};
    trait_provenance better_origin{};
    trait_provenance basis_origin{};
};

// What a user writes to declare an indicator; the unit comes from the type.
struct indicator_spec {
    std::string id{};
    std::string name_zh{};
    std::string name_en{};
    direction better = direction::higher_is_better;
    nature kind = nature::flow;
    price_basis basis = price_basis::nominal;
    std::string parent_id{};
};

// An indicator measured in U: targets and series of another unit do not fit it.
template <units::plan_unit U>
class indicator {
public:
    using unit_type = U;
    using value_type = units::quantity_of<U>;

    explicit indicator(indicator_spec spec)
        : info_{std::move(spec.id), std::move(spec.name_zh), std::move(spec.name_en), units::descriptor_of<U>(),
                spec.better, spec.kind, spec.basis, std::move(spec.parent_id), {}, {}, {}} {}

    [[nodiscard]] const indicator_info& info() const { return info_; }
    [[nodiscard]] const std::string& id() const { return info_.id; }
    [[nodiscard]] direction better() const { return info_.better; }

private:
    indicator_info info_;
};

}  // namespace plantarget
