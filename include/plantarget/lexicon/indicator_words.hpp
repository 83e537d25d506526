// The words that tell what kind of quantity an indicator is, which way is
// better for it and at which prices it is stated (in its Chinese name:
// 新增, 年末, 浓度, 率, 涨幅, 可比价, ...), and how a target on it is tested
// (in the target's wording: 动态清零, 每月, 全年…控制在). Where a data file leaves
// nature, direction, price basis or test mode out, the rule of
// indicator_traits.hpp reads them here; docs/plancheck.md prints this table
// (a test checks the two agree).
#pragma once

#include <plantarget/direction.hpp>
#include <plantarget/indicator.hpp>
#include <plantarget/target.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace plantarget {

// Where a word is looked for.
enum class word_scope : std::uint8_t {
    indicator_name,  // the indicator's Chinese name (name_zh)
    target_wording,  // a target's quote and comparator word
};

template <>
struct vocabulary<word_scope> {
    static constexpr std::array<vocab_entry<word_scope>, 2> entries{{
        {word_scope::indicator_name, "indicator_name", "indicator name", "指标名称"},
        {word_scope::target_wording, "target_wording", "target wording", "目标表述"},
    }};
};
static_assert(detail::vocabulary_is_dense<word_scope>());

// One word and what it implies; a trait left empty is not implied. In a
// target wording, "…" stands for any text between the parts.
struct indicator_word {
    std::string_view text;
    word_scope scope;
    std::optional<nature> kind{};
    std::optional<direction> better{};
    std::optional<price_basis> basis{};
    std::optional<test_mode> test{};
    std::string_view why{};  // for the documentation
};

namespace detail {
inline constexpr auto name_word = word_scope::indicator_name;
inline constexpr auto wording_word = word_scope::target_wording;
inline constexpr std::optional<nature> no_nature{};
inline constexpr std::optional<direction> no_direction{};
inline constexpr std::optional<price_basis> no_basis{};
inline constexpr std::optional<test_mode> no_test{};
}  // namespace detail

// In a name, the longest word starting at a place is read (人均 hides its 均,
// 年末 its 末); where two words found imply different values of one trait, the
// one earlier in this table decides.
inline constexpr std::array<indicator_word, 39> indicator_words{{
    // words that only hide a shorter one
    {"人均", detail::name_word, detail::no_nature, detail::no_direction, detail::no_basis, detail::no_test,
     "per head: a ratio to population, not a mean over time (人均可支配收入 is summed over the months)"},
    {"年均增长", detail::name_word, detail::no_nature, detail::no_direction, detail::no_basis, detail::no_test,
     "average annual growth is a measure of the indicator, not a kind of quantity"},
    // natures
    {"新增", detail::name_word, nature::flow, detail::no_direction, detail::no_basis, detail::no_test,
     "what was added in the period: summed over time"},
    {"累计", detail::name_word, nature::flow, detail::no_direction, detail::no_basis, detail::no_test,
     "accumulated over the period: summed over time"},
    {"涨幅", detail::name_word, nature::rate, direction::lower_is_better, detail::no_basis, detail::no_test,
     "a price rise (CPI): a rate, read as a ceiling"},
    {"指数", detail::name_word, nature::rate, detail::no_direction, detail::no_basis, detail::no_test,
     "an index: a ratio to a base period, never summed"},
    {"价格", detail::name_word, nature::average, detail::no_direction, detail::no_basis, detail::no_test,
     "a price: the average over the period"},
    {"浓度", detail::name_word, nature::average, direction::lower_is_better, detail::no_basis, detail::no_test,
     "a pollutant concentration: the mean over the period, lower is better"},
    {"平均", detail::name_word, nature::average, detail::no_direction, detail::no_basis, detail::no_test,
     "a mean over the period"},
    {"均", detail::name_word, nature::average, detail::no_direction, detail::no_basis, detail::no_test,
     "a mean over the period (年均, 月均)"},
    {"比重", detail::name_word, nature::rate, detail::no_direction, detail::no_basis, detail::no_test,
     "a share of a whole"},
    {"率", detail::name_word, nature::rate, detail::no_direction, detail::no_basis, detail::no_test,
     "a rate or share"},
    {"年末", detail::name_word, nature::stock, detail::no_direction, detail::no_basis, detail::no_test,
     "at the end of the year: a stock"},
    {"年底", detail::name_word, nature::stock, detail::no_direction, detail::no_basis, detail::no_test,
     "at the end of the year: a stock"},
    {"末", detail::name_word, nature::stock, detail::no_direction, detail::no_basis, detail::no_test,
     "at the end of a period (月末, 期末): a stock"},
    {"余额", detail::name_word, nature::stock, detail::no_direction, detail::no_basis, detail::no_test,
     "an outstanding balance (贷款余额): a stock"},
    {"保有量", detail::name_word, nature::stock, detail::no_direction, detail::no_basis, detail::no_test,
     "what is held at a date (汽车保有量): a stock"},
    {"人口", detail::name_word, nature::stock, detail::no_direction, detail::no_basis, detail::no_test,
     "a population, counted at a date"},
    // directions
    {"失业", detail::name_word, detail::no_nature, direction::lower_is_better, detail::no_basis, detail::no_test,
     "unemployment: lower is better"},
    {"能耗", detail::name_word, detail::no_nature, direction::lower_is_better, detail::no_basis, detail::no_test,
     "energy consumption: lower is better"},
    {"排放", detail::name_word, detail::no_nature, direction::lower_is_better, detail::no_basis, detail::no_test,
     "emissions: lower is better"},
    {"事故", detail::name_word, detail::no_nature, direction::lower_is_better, detail::no_basis, detail::no_test,
     "accidents: lower is better"},
    {"消费价格", detail::name_word, detail::no_nature, direction::lower_is_better, detail::no_basis, detail::no_test,
     "consumer prices (居民消费价格): their rise is read as a ceiling"},
    // price bases
    {"可比价", detail::name_word, detail::no_nature, detail::no_direction, price_basis::real, detail::no_test,
     "at comparable prices"},
    {"不变价", detail::name_word, detail::no_nature, detail::no_direction, price_basis::real, detail::no_test,
     "at constant prices"},
    {"现价", detail::name_word, detail::no_nature, detail::no_direction, price_basis::nominal, detail::no_test,
     "at current prices"},
    {"生产总值", detail::name_word, detail::no_nature, detail::no_direction, price_basis::real, detail::no_test,
     "GDP: its growth is published at comparable prices"},
    {"增加值", detail::name_word, detail::no_nature, detail::no_direction, price_basis::real, detail::no_test,
     "value added: its growth is published at comparable prices"},
    // test modes, from the target's wording
    {"动态清零", detail::wording_word, detail::no_nature, detail::no_direction, detail::no_basis,
     test_mode::every_observation, "zero at every observation"},
    {"始终", detail::wording_word, detail::no_nature, detail::no_direction, detail::no_basis,
     test_mode::every_observation, "at all times"},
    {"每月", detail::wording_word, detail::no_nature, detail::no_direction, detail::no_basis,
     test_mode::every_observation, "every month"},
    {"逐月", detail::wording_word, detail::no_nature, detail::no_direction, detail::no_basis,
     test_mode::every_observation, "month by month"},
    {"月均", detail::wording_word, detail::no_nature, detail::no_direction, detail::no_basis,
     test_mode::period_average, "on the monthly average"},
    {"全年平均", detail::wording_word, detail::no_nature, detail::no_direction, detail::no_basis,
     test_mode::period_average, "on the year's average"},
    {"全年…控制在", detail::wording_word, detail::no_nature, detail::no_direction, detail::no_basis,
     test_mode::at_deadline, "the year's value, at the deadline"},
    {"全年…以内", detail::wording_word, detail::no_nature, detail::no_direction, detail::no_basis,
     test_mode::at_deadline, "the year's value, at the deadline"},
    {"全年…以下", detail::wording_word, detail::no_nature, detail::no_direction, detail::no_basis,
     test_mode::at_deadline, "the year's value, at the deadline"},
    {"五年", detail::wording_word, detail::no_nature, detail::no_direction, detail::no_basis,
     test_mode::period_total, "over five years: a flow's total over the plan period (五年城镇新增就业)"},
    {"累计", detail::wording_word, detail::no_nature, detail::no_direction, detail::no_basis,
     test_mode::period_total, "accumulated: a flow's total over the plan period"},
}};

}  // namespace plantarget
