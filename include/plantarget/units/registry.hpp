// The run-time side of units: what a unit string in a data file means. A
// descriptor knows the kind of thing measured, its scale, and its labels;
// parse_unit reads the strings reports write ("亿元", "万人次", "%", "百分点").
#pragma once

#include <plantarget/error.hpp>
#include <plantarget/trim.hpp>
#include <plantarget/units/scale.hpp>
#include <plantarget/vocab/vocabulary.hpp>

#include <array>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

namespace plantarget::units {

// What is measured. Each count kind is its own dimension, as on the typed side.
enum class unit_kind : std::uint8_t {
    currency, persons, person_visits, households, enterprises, items, trains, teu, vehicles,
    cases, lines, buildings, parcels, machines, places, events, institutions, categories,
    batches, enterprise_visits, occurrences, titles,
    length, area, concentration,
    percent, percentage_points, rank, per_thousand_persons,
    // Kinds national and provincial reports write besides those above.
    mass, power, energy, coal_equivalent, energy_intensity, volume, age, years, multiple,
    us_dollars, sets, facilities,
};

}  // namespace plantarget::units

namespace plantarget {
template <>
struct vocabulary<units::unit_kind> {
    static constexpr std::array<vocab_entry<units::unit_kind>, 41> entries{{
        {units::unit_kind::currency, "currency", "currency", "货币"},
        {units::unit_kind::persons, "persons", "persons", "人数"},
        {units::unit_kind::person_visits, "person_visits", "person-visits", "人次"},
        {units::unit_kind::households, "households", "households", "户数"},
        {units::unit_kind::enterprises, "enterprises", "enterprises", "企业数"},
        {units::unit_kind::items, "items", "items", "个数"},
        {units::unit_kind::trains, "trains", "trains", "列数"},
        {units::unit_kind::teu, "teu", "TEU", "标箱"},
        {units::unit_kind::vehicles, "vehicles", "vehicles", "车辆数"},
        {units::unit_kind::cases, "cases", "cases", "件数"},
        {units::unit_kind::lines, "lines", "lines", "条数"},
        {units::unit_kind::buildings, "buildings", "buildings", "栋数"},
        {units::unit_kind::parcels, "parcels", "parcels", "宗数"},
        {units::unit_kind::machines, "machines", "machines", "台数"},
        {units::unit_kind::places, "places", "places", "处数"},
        {units::unit_kind::events, "events", "events", "场次"},
        {units::unit_kind::institutions, "institutions", "institutions", "所数"},
        {units::unit_kind::categories, "categories", "categories", "类数"},
        {units::unit_kind::batches, "batches", "batches", "批次"},
        {units::unit_kind::enterprise_visits, "enterprise_visits", "enterprise-visits", "家次"},
        {units::unit_kind::occurrences, "occurrences", "occurrences", "次数"},
        {units::unit_kind::titles, "titles", "consecutive titles", "连冠"},
        {units::unit_kind::length, "length", "length", "长度"},
        {units::unit_kind::area, "area", "area", "面积"},
        {units::unit_kind::concentration, "concentration", "concentration", "浓度"},
        {units::unit_kind::percent, "percent", "percent", "百分比"},
        {units::unit_kind::percentage_points, "percentage_points", "percentage points", "百分点"},
        {units::unit_kind::rank, "rank", "rank", "位次"},
        {units::unit_kind::per_thousand_persons, "per_thousand_persons", "per 1,000 residents", "每千人"},
        {units::unit_kind::mass, "mass", "mass", "质量"},
        {units::unit_kind::power, "power", "power", "功率"},
        {units::unit_kind::energy, "energy", "energy", "电量"},
        {units::unit_kind::coal_equivalent, "coal_equivalent", "tonnes of standard coal", "标准煤"},
        {units::unit_kind::energy_intensity, "energy_intensity", "energy per unit of GDP", "单位GDP能耗"},
        {units::unit_kind::volume, "volume", "volume", "体积"},
        {units::unit_kind::age, "age", "age", "岁数"},
        {units::unit_kind::years, "years", "years", "年数"},
        {units::unit_kind::multiple, "multiple", "times", "倍数"},
        {units::unit_kind::us_dollars, "us_dollars", "US dollars", "美元"},
        {units::unit_kind::sets, "sets", "sets", "套数"},
        {units::unit_kind::facilities, "facilities", "facilities", "座数"},
    }};
};
static_assert(detail::vocabulary_is_dense<units::unit_kind>());
}  // namespace plantarget

namespace plantarget::units {

constexpr std::string_view to_string(unit_kind k) noexcept { return token_of(k); }

// One known unit: its labels and its factor to its kind's base unit.
struct unit_entry {
    unit_kind kind;
    std::string_view zh;  // as reports write it
    std::string_view en;
    double factor;        // to the kind's base unit (元, 人, m, m², µg/m³, ...)
    bool exact;           // factor is exact in decimal (亩 is not)
};

// The table of base units. Scaled forms (万元, 亿元, 万人次) are these with a
// 万 or 亿 prefix; labels such as 名 are aliases of 人.
inline constexpr std::array<unit_entry, 53> unit_table{{
    {unit_kind::currency, "元", "yuan", 1.0, true},
    {unit_kind::persons, "人", "persons", 1.0, true},
    {unit_kind::persons, "名", "persons", 1.0, true},
    {unit_kind::person_visits, "人次", "person-visits", 1.0, true},
    {unit_kind::households, "户", "households", 1.0, true},
    {unit_kind::enterprises, "家", "enterprises", 1.0, true},
    {unit_kind::items, "个", "items", 1.0, true},
    {unit_kind::items, "项", "items", 1.0, true},
    {unit_kind::trains, "列", "trains", 1.0, true},
    {unit_kind::teu, "标箱", "TEU", 1.0, true},
    {unit_kind::vehicles, "辆", "vehicles", 1.0, true},
    {unit_kind::cases, "件", "cases", 1.0, true},
    {unit_kind::lines, "条", "lines", 1.0, true},
    {unit_kind::buildings, "栋", "buildings", 1.0, true},
    {unit_kind::parcels, "宗", "parcels", 1.0, true},
    {unit_kind::machines, "台", "machines", 1.0, true},
    {unit_kind::places, "处", "places", 1.0, true},
    {unit_kind::events, "场", "events", 1.0, true},
    {unit_kind::institutions, "所", "institutions", 1.0, true},
    {unit_kind::categories, "类", "categories", 1.0, true},
    {unit_kind::batches, "批", "batches", 1.0, true},
    {unit_kind::enterprise_visits, "家次", "enterprise-visits", 1.0, true},
    {unit_kind::occurrences, "次", "occurrences", 1.0, true},
    {unit_kind::titles, "连冠", "consecutive titles", 1.0, true},
    {unit_kind::length, "米", "m", 1.0, true},
    {unit_kind::length, "公里", "km", 1000.0, true},
    {unit_kind::area, "平方米", "m²", 1.0, true},
    {unit_kind::area, "亩", "mu", 10000.0 / 15.0, false},
    {unit_kind::concentration, "微克/立方米", "µg/m³", 1.0, true},
    {unit_kind::percent, "%", "%", 1.0, true},
    {unit_kind::percentage_points, "百分点", "percentage points", 1.0, true},
    {unit_kind::percentage_points, "个百分点", "percentage points", 1.0, true},
    {unit_kind::rank, "位", "rank", 1.0, true},
    {unit_kind::per_thousand_persons, "个/千人", "per 1,000 residents", 1.0, true},
    {unit_kind::per_thousand_persons, "每千人", "per 1,000 residents", 1.0, true},
    // Units of national and provincial reports (issue 16). Other currencies
    // are kinds of their own: 2.56万亿美元 never adds to 元.
    {unit_kind::area, "公顷", "ha", 10000.0, true},
    {unit_kind::area, "平方公里", "km²", 1.0e6, true},
    {unit_kind::currency, "毛", "jiao", 0.1, true},
    {unit_kind::us_dollars, "美元", "US dollars", 1.0, true},
    {unit_kind::mass, "公斤", "kg", 1.0, true},
    {unit_kind::mass, "吨", "t", 1000.0, true},
    {unit_kind::mass, "斤", "jin", 0.5, true},
    {unit_kind::power, "千瓦", "kW", 1.0, true},
    {unit_kind::energy, "千瓦时", "kWh", 1.0, true},
    {unit_kind::coal_equivalent, "吨标准煤", "tce", 1.0, true},
    {unit_kind::energy_intensity, "吨标准煤/万元", "tce per 10^4 yuan", 1.0, true},
    {unit_kind::volume, "立方米", "m³", 1.0, true},
    {unit_kind::age, "岁", "years of age", 1.0, true},
    {unit_kind::years, "年", "years", 1.0, true},
    {unit_kind::multiple, "倍", "times", 1.0, true},
    {unit_kind::sets, "套", "sets", 1.0, true},
    {unit_kind::facilities, "座", "facilities", 1.0, true},
    {unit_kind::items, "种", "items", 1.0, true},
}};

// English spellings accepted in data files besides the labels above.
struct unit_alias {
    std::string_view text;
    std::string_view zh;  // the table label it stands for
};
inline constexpr std::array<unit_alias, 22> unit_aliases{{
    {"CNY", "元"}, {"yuan", "元"}, {"persons", "人"}, {"person-visits", "人次"},
    {"households", "户"}, {"enterprises", "家"}, {"items", "个"}, {"trains", "列"},
    {"TEU", "标箱"}, {"vehicles", "辆"}, {"km", "公里"}, {"m2", "平方米"}, {"mu", "亩"},
    {"ug/m3", "微克/立方米"}, {"pp", "百分点"}, {"percentage points", "百分点"},
    {"千克", "公斤"}, {"kg", "公斤"}, {"t", "吨"}, {"kW", "千瓦"}, {"kWh", "千瓦时"}, {"tce", "吨标准煤"},
}};

// A unit as a value: its base entry and a decimal scale (万 = 4, 亿 = 8).
class unit_descriptor {
public:
    constexpr unit_descriptor() = default;
    constexpr unit_descriptor(const unit_entry* base, int scale_exponent)
        : base_(base), exponent_(scale_exponent) {}

    [[nodiscard]] constexpr unit_kind kind() const { return base_->kind; }
    [[nodiscard]] constexpr int scale_exponent() const { return exponent_; }
    [[nodiscard]] constexpr const unit_entry& base() const { return *base_; }
    // Factor to the kind's base unit: 1e8 for 亿元, 666.67 for 亩.
    [[nodiscard]] double factor() const { return base_->factor * std::pow(10.0, exponent_); }
    [[nodiscard]] constexpr bool exact() const { return base_->exact; }
    [[nodiscard]] constexpr bool is_rate() const {
        return kind() == unit_kind::percent || kind() == unit_kind::percentage_points;
    }

    [[nodiscard]] std::string zh() const { return std::string(prefix_zh()) + std::string(base_->zh); }
    [[nodiscard]] std::string en() const {
        const std::string_view p = prefix_en();
        return p.empty() ? std::string(base_->en) : std::string(p) + " " + std::string(base_->en);
    }

    // Same kind, so values convert by factor. 人 and 名 are the same unit.
    [[nodiscard]] constexpr bool same_kind(const unit_descriptor& o) const { return kind() == o.kind(); }
    [[nodiscard]] bool operator==(const unit_descriptor& o) const {
        return kind() == o.kind() && factor() == o.factor();
    }

private:
    [[nodiscard]] constexpr std::string_view prefix_zh() const {
        const scale_word* w = scale_word_for(exponent_);
        return w != nullptr ? w->text : std::string_view();
    }
    [[nodiscard]] constexpr std::string_view prefix_en() const {
        const scale_word* w = scale_word_for(exponent_);
        return w != nullptr ? w->english : std::string_view();
    }
    const unit_entry* base_ = &unit_table[0];
    int exponent_ = 0;
};

namespace detail {
constexpr const unit_entry* find_entry(std::string_view label) {
    for (const auto& e : unit_table)
        if (e.zh == label) return &e;
    for (const auto& a : unit_aliases)
        if (a.text == label) return find_entry(a.zh);
    return nullptr;
}
}  // namespace detail

// The descriptor of a base unit label ("元", "人次"); throws std::logic_error if
// the label is not in the table (a programming error, not bad input).
inline unit_descriptor unit_of(std::string_view zh_label, int scale_exponent = 0) {
    const unit_entry* e = detail::find_entry(zh_label);
    if (e == nullptr) throw std::logic_error("plantarget: no unit labelled " + std::string(zh_label));
    return {e, scale_exponent};
}

// Whether a kind's labels take a scale word (万吨, 亿元): not rates, ranks,
// ages, years, multiples, or the compound 吨标准煤/万元.
constexpr bool takes_scale_word(unit_kind k) noexcept {
    return k != unit_kind::percent && k != unit_kind::percentage_points && k != unit_kind::rank &&
           k != unit_kind::per_thousand_persons && k != unit_kind::age && k != unit_kind::years &&
           k != unit_kind::multiple && k != unit_kind::energy_intensity;
}

// Parses a unit string as data files write it: a table label, optionally after
// a scale word (units/scale.hpp: 千, 万, 千万, 亿, 万亿) ("亿元", "万人次", "万平方米"). Whole labels
// are tried first, so "个/千人" is not read as 个 scaled.
inline parsed<unit_descriptor> parse_unit(std::string_view text) {
    const std::string_view s = trim_blanks(text);
    if (s.empty()) return parse_error{"empty unit", std::string(text)};
    if (const unit_entry* e = detail::find_entry(s)) return unit_descriptor{e, 0};
    if (const scale_word* w = scale_word_at_start(s); w != nullptr && s.size() > w->text.size()) {
        const unit_entry* e = detail::find_entry(s.substr(w->text.size()));
        if (e != nullptr && takes_scale_word(e->kind)) return unit_descriptor{e, w->exponent};
    }
    return parse_error{"unknown unit", std::string(s)};
}

// Converts a value between two descriptors of the same kind.
inline double convert_value(double value, const unit_descriptor& from, const unit_descriptor& to) {
    if (from.factor() == to.factor()) return value;
    return value * from.factor() / to.factor();
}

}  // namespace plantarget::units
