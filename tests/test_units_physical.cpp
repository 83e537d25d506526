// The physical kinds of national and provincial reports as compile-time
// units: mass (公斤, 吨, 斤 and their 万/亿 scales), power (千瓦), electricity
// (千瓦时), coal equivalent (吨标准煤) and energy per unit of GDP (吨标准煤/万元).
// Conversions within a kind are exact, every typed unit has the label of the
// run-time registry's table, and the entry points (series, evaluate, the
// formulas, the printers) take any scale of the kind. Mixing kinds is the
// compile-fail cases' business (tests/compile_fail).
#include <plantarget/format.hpp>
#include <plantarget/ostream.hpp>
#include <plantarget/plantarget.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

using namespace plantarget;
using namespace plantarget::units;

const period y2026 = period::year(2026);

static_assert(sizeof(quantity<wan<tonnes_unit>>) == sizeof(double), "a quantity is a double at run time");
static_assert(kind_of<tonnes_unit> == unit_kind::mass && kind_of<yi<jin_unit>> == unit_kind::mass);
static_assert(kind_of<wan<kilowatts_unit>> == unit_kind::power);
static_assert(kind_of<yi<kilowatt_hours_unit>> == unit_kind::energy);
static_assert(kind_of<wan<tce_unit>> == unit_kind::coal_equivalent);
static_assert(kind_of<tce_per_wan_yuan_unit> == unit_kind::energy_intensity);
// One kind in any scale; the kinds apart from each other.
static_assert(same_kind_units<tonnes_unit, yi<jin_unit>>());
static_assert(!same_kind_units<tonnes_unit, kilowatts_unit>());
static_assert(!same_kind_units<kilowatts_unit, kilowatt_hours_unit>());
static_assert(!same_kind_units<kilowatt_hours_unit, tce_unit>());
static_assert(!same_kind_units<tce_unit, tonnes_unit>());
static_assert(exactly_convertible<yi<jin_unit>, wan<tonnes_unit>>);
// 万亩 is 亩 scaled: exact to 亩, not to 平方米 (before, it passed as exact, and
// convert_to multiplied 万亩 by 10^7 to get square metres).
static_assert(exactly_convertible<wan<mu_unit>, mu_unit>);
static_assert(!exactly_convertible<wan<mu_unit>, square_metres_unit>);
static_assert(!exactly_convertible<square_metres_unit, wan<mu_unit>>);

// ---- conversions ----------------------------------------------------------------

TEST(UnitsPhysical, MassConvertsExactlyAcrossScalesAndJin) {
    // 1 万吨 = 10^4 吨 = 10^7 公斤, exactly, and back.
    EXPECT_EQ(convert_to<tonnes_unit>(1.0 * wan_tonnes).value(), 10000.0);
    EXPECT_EQ(convert_to<kilograms_unit>(1.0 * wan_tonnes).value(), 1.0e7);
    EXPECT_EQ(convert_to<wan<tonnes_unit>>(10000.0 * tonnes).value(), 1.0);
    EXPECT_EQ(convert_to<wan<tonnes_unit>>(13908.2 * tonnes).value(), 13908.2 / 10000.0);
    // 1 斤 = 0.5 公斤: 1 亿斤 = 5 × 10^7 公斤 = 5 万吨; 3 吨 = 6000 斤.
    EXPECT_EQ(convert_to<wan<tonnes_unit>>(1.0 * yi_jin).value(), 5.0);
    EXPECT_EQ(convert_to<jin_unit>(3.0 * tonnes).value(), 6000.0);
    // 13908.2 亿斤 (the grain of a national report) = 69541 万吨.
    EXPECT_EQ(convert_to<wan<tonnes_unit>>(13908.2 * yi_jin).value(), 13908.2 * 0.5 * 10.0);
    EXPECT_DOUBLE_EQ(convert_to<wan<tonnes_unit>>(13908.2 * yi_jin).value(), 69541.0);
    // Halving is exact in binary: 0.3 斤 is 0.3 / 2 公斤 to the last bit.
    EXPECT_EQ(convert_to<kilograms_unit>(0.3 * jin).value(), 0.3 * 0.5);
    EXPECT_EQ(factor_to_base<wan<tonnes_unit>>(), 1.0e7);
    EXPECT_EQ(factor_to_base<jin_unit>(), 0.5);
}

TEST(UnitsPhysical, PowerElectricityAndCoalConvertByPowersOfTen) {
    // 120 万千瓦 = 1.2 × 10^6 千瓦; 1.6 亿千瓦时 = 1.6 × 10^4 万千瓦时.
    EXPECT_EQ(convert_to<kilowatts_unit>(120.0 * wan_kilowatts).value(), 1.2e6);
    EXPECT_EQ(convert_to<wan<kilowatt_hours_unit>>(1.6 * yi_kilowatt_hours).value(), 1.6 * 10000.0);
    EXPECT_EQ(convert_to<yi<kilowatt_hours_unit>>(1.0e8 * kilowatt_hours).value(), 1.0);
    EXPECT_EQ(convert_to<tce_unit>(2.1 * wan_tce).value(), 2.1 * 10000.0);
}

TEST(UnitsPhysical, EnergyIntensityIsCoalOverMoney) {
    // 3 万吨标准煤 for 2 亿元 of GDP: 30000 吨标准煤 / 20000 万元 = 1.5 吨标准煤/万元.
    const auto intensity = (3.0 * wan_tce) / (2.0 * yi_yuan);
    EXPECT_EQ(convert_to<tce_per_wan_yuan_unit>(intensity).value(), 1.5);
    EXPECT_EQ(kind_of<decltype(intensity)::unit_type>, unit_kind::energy_intensity);
    const auto direct = (3.0 * tce) / (2.0 * wan_yuan);
    EXPECT_EQ(direct.value(), 1.5);
    EXPECT_TRUE((std::is_same_v<decltype(direct)::unit_type, tce_per_wan_yuan_unit>));
}

// ---- one table of labels ----------------------------------------------------------

// Each typed unit has the descriptor the registry parses from its label: one
// table (registry.hpp) holds the labels of both sides.
template <class U>
void expect_label(const char* zh, const char* en) {
    const unit_descriptor d = descriptor_of<U>();
    EXPECT_EQ(d.zh(), zh);
    EXPECT_EQ(d.en(), en);
    const auto parsed = parse_unit(zh);
    ASSERT_TRUE(parsed.ok()) << zh;
    EXPECT_EQ(parsed->kind(), kind_of<U>) << zh;
    EXPECT_EQ(*parsed, d) << zh;
    EXPECT_EQ(parsed->factor(), factor_to_base<U>()) << zh;
}

TEST(UnitsPhysical, TypedUnitsCarryTheLabelsOfTheRegistry) {
    expect_label<kilograms_unit>("公斤", "kg");
    expect_label<tonnes_unit>("吨", "t");
    expect_label<wan<tonnes_unit>>("万吨", "10^4 t");  // not 千万公斤
    expect_label<yi<tonnes_unit>>("亿吨", "10^8 t");
    expect_label<jin_unit>("斤", "jin");
    expect_label<yi<jin_unit>>("亿斤", "10^8 jin");
    expect_label<kilowatts_unit>("千瓦", "kW");
    expect_label<wan<kilowatts_unit>>("万千瓦", "10^4 kW");
    expect_label<kilowatt_hours_unit>("千瓦时", "kWh");
    expect_label<yi<kilowatt_hours_unit>>("亿千瓦时", "10^8 kWh");
    expect_label<tce_unit>("吨标准煤", "tce");
    expect_label<wan<tce_unit>>("万吨标准煤", "10^4 tce");
    expect_label<tce_per_wan_yuan_unit>("吨标准煤/万元", "tce per 10^4 yuan");
}

TEST(UnitsPhysical, AUnitKeepsTheLabelOfTheUnitItScales) {
    // 10^4 m² is also 1 公顷, and 10^3 kg 1 吨: a typed unit keeps its own label.
    expect_label<wan_square_metres_unit>("万平方米", "10^4 m²");
    expect_label<wan<mu_unit>>("万亩", "10^4 mu");
    EXPECT_EQ(convert_to<mu_unit>(1.5 * wan<mu_unit>{}).value(), 15000.0);
    EXPECT_EQ(descriptor_of<thousand<kilograms_unit>>().zh(), "千公斤");
    EXPECT_EQ(descriptor_of<kilometres_unit>().zh(), "公里");
    EXPECT_EQ(descriptor_of<thousand<metres_unit>>().zh(), "千米");
    EXPECT_EQ(descriptor_of<thousand<metres_unit>>(), descriptor_of<kilometres_unit>());  // one length
}

// Every typed kind (typed_base_units) at every power of ten up to 10^12: a
// label where the table writes the unit (an entry of its kind, before it a
// scale word where the kind takes one), that reads back to the unit's own
// factor; where it does not (吨标准煤/万元 scaled, 10^2 metres), has_label is
// false and descriptor_of does not compile (tests/compile_fail), where it
// used to throw std::logic_error when such a quantity was printed.
template <class Base, int Exponent>
void expect_label_at_scale() {
    using scaled = typename boost::units::make_scaled_unit<
        Base, boost::units::scale<10, boost::units::static_rational<Exponent>>>::type;
    constexpr unit_kind k = kind_of<Base>;
    const double f = factor_to_base<scaled>();
    bool written = false;
    for (const unit_entry& e : unit_table) {
        if (e.kind != k) continue;
        written = written || std::abs(e.factor / f - 1.0) < 1e-9;
        if (takes_scale_word(k))
            for (const scale_word& w : scale_words)
                written = written || std::abs(e.factor * std::pow(10.0, w.exponent) / f - 1.0) < 1e-9;
    }
    EXPECT_EQ(has_label<scaled>, written) << to_string(k) << " at 10^" << Exponent;
    if constexpr (has_label<scaled>) {
        const unit_descriptor d = descriptor_of<scaled>();
        EXPECT_EQ(d.kind(), k);
        // A scale word the kind takes goes before the label of the unit it scales.
        if (const scale_word* word = scale_word_for(Exponent); word != nullptr && takes_scale_word(k)) {
            EXPECT_EQ(d.zh(), std::string(word->text) + descriptor_of<Base>().zh());
        }
        const auto parsed = parse_unit(d.zh());
        ASSERT_TRUE(parsed.ok()) << d.zh();
        EXPECT_EQ(*parsed, d) << d.zh();
        EXPECT_DOUBLE_EQ(parsed->factor(), f) << d.zh();
    }
}

template <class Base, int... Exponent>
void expect_labels_at_scales(std::integer_sequence<int, Exponent...>) {
    static_assert(has_label<Base>, "every kind's base unit has a label");
    (expect_label_at_scale<Base, Exponent>(), ...);
}

template <class... Base>
std::vector<unit_kind> labels_of_every_kind(unit_list<Base...>) {
    (expect_labels_at_scales<Base>(std::make_integer_sequence<int, 13>{}), ...);
    return {kind_of<Base>...};
}

TEST(UnitsPhysical, EveryTypedKindHasALabelAtEveryScaleTheTableAllows) {
    const std::vector<unit_kind> typed = labels_of_every_kind(typed_base_units{});
    // The registry's kinds: each with a compile-time unit is in the list once,
    // and of those only energy intensity takes no scale word: the one kind
    // whose scaled units have no label.
    std::vector<unit_kind> without_scales;
    for (const auto& e : vocabulary<unit_kind>::entries) {
        const auto n = std::count(typed.begin(), typed.end(), e.value);
        EXPECT_LE(n, 1) << to_string(e.value);
        if (n == 1 && !takes_scale_word(e.value)) without_scales.push_back(e.value);
    }
    EXPECT_EQ(without_scales, std::vector<unit_kind>{unit_kind::energy_intensity});
}

TEST(UnitsPhysical, ElectricityAndCoalAreKindsApartAtRunTimeToo) {
    // 万吨标准煤 is coal equivalent, not 万吨 of a mass followed by a word.
    EXPECT_EQ(parse_unit("万吨标准煤")->kind(), unit_kind::coal_equivalent);
    EXPECT_FALSE(parse_unit("亿千瓦时")->same_kind(parse_unit("万吨标准煤").value()));
    EXPECT_FALSE(parse_unit("万千瓦")->same_kind(parse_unit("亿千瓦时").value()));
    EXPECT_FALSE(parse_unit("万吨")->same_kind(parse_unit("万吨标准煤").value()));
}

TEST(UnitsPhysical, DataFilesMayWriteTheEnglishSymbols) {
    EXPECT_EQ(parse_unit("kWh").value(), descriptor_of<kilowatt_hours_unit>());
    EXPECT_EQ(parse_unit("kW").value(), descriptor_of<kilowatts_unit>());
    EXPECT_EQ(parse_unit("t").value(), descriptor_of<tonnes_unit>());
    EXPECT_EQ(parse_unit("tce").value(), descriptor_of<tce_unit>());
    EXPECT_EQ(parse_unit("千克").value().zh(), "公斤");
    EXPECT_EQ(parse_unit("万千克").value().factor(), 1.0e4);
}

// ---- the entry points -------------------------------------------------------------

TEST(UnitsPhysical, SeriesTakeAnyScaleOfTheirKind) {
    series<tonnes_unit> grain;
    EXPECT_EQ(grain.add(period::year(2024), 1.0 * wan_tonnes), reason::none);
    EXPECT_EQ(grain.find(period::year(2024))->value.value(), 10000.0);
    EXPECT_EQ(grain.add(period::year(2025), 1.0 * yi_jin), reason::none);
    EXPECT_EQ(grain.find(period::year(2025))->value.value(), 50000.0);
    EXPECT_EQ(grain.unit().zh(), "吨");
    series<yi<kilowatt_hours_unit>> output;
    EXPECT_EQ(output.add(period::year(2025), 16000000.0 * wan_kilowatt_hours), reason::none);
    EXPECT_EQ(output.find(period::year(2025))->value.value(), 1600.0);
}

template <class U, class S, class Q>
verdict judge(const target<U>& t, const indicator<U>& ind, Q actual) {
    series<S> s;
    EXPECT_EQ(s.add(y2026, actual), reason::none);
    return evaluate(t, ind, s, y2026).outcome;
}

TEST(UnitsPhysical, AVerdictAtOneWanTonnesIsDecidedExactlyInTonnes) {
    // 不低于1万吨: 10000 吨 is the target met, 9999 吨 missed, 10001 吨 beyond it.
    const indicator<wan<tonnes_unit>> grain({.id = "grain", .name_zh = "粮食产量", .name_en = "Grain output"});
    const auto t = at_least(grain, 1.0 * wan_tonnes, y2026);
    using W = wan<tonnes_unit>;
    using T = tonnes_unit;
    EXPECT_EQ((judge<W, T>(t, grain, 10000.0 * tonnes)), verdict::achieved);
    EXPECT_EQ((judge<W, T>(t, grain, 9999.0 * tonnes)), verdict::not_achieved);
    EXPECT_EQ((judge<W, T>(t, grain, 10001.0 * tonnes)), verdict::exceeded);
    // The same in 万吨 and in 亿斤 (1 万吨 = 0.2 亿斤).
    EXPECT_EQ((judge<W, W>(t, grain, 1.0 * wan_tonnes)), verdict::achieved);
    EXPECT_EQ((judge<W, W>(t, grain, 0.9999 * wan_tonnes)), verdict::not_achieved);
    EXPECT_EQ((judge<W, yi<jin_unit>>(t, grain, 0.2 * yi_jin)), verdict::achieved);
    EXPECT_EQ((judge<W, yi<jin_unit>>(t, grain, 0.19999 * yi_jin)), verdict::not_achieved);
    // A target in 吨 written in 万吨 judges alike: the condition stays in 万吨.
    const indicator<tonnes_unit> in_tonnes({.id = "grain_t", .name_zh = "粮食产量", .name_en = "Grain output"});
    const auto t2 = at_least(in_tonnes, 1.0 * wan_tonnes, y2026);
    EXPECT_EQ(t2.spec().conditions.front().unit, descriptor_of<wan<tonnes_unit>>());
    EXPECT_EQ((judge<T, T>(t2, in_tonnes, 10000.0 * tonnes)), verdict::achieved);
    EXPECT_EQ((judge<T, T>(t2, in_tonnes, 9999.0 * tonnes)), verdict::not_achieved);
}

TEST(UnitsPhysical, ACapacityCapAtItsEdgeInKilowatts) {
    // 控制在120万千瓦以内: 1,200,000 千瓦 is within, 1,200,001 千瓦 is not.
    const indicator<wan<kilowatts_unit>> load(
        {.id = "load", .name_zh = "最高负荷", .name_en = "Peak load", .better = direction::lower_is_better});
    const auto t = at_most(load, 120.0 * wan_kilowatts, y2026);
    using W = wan<kilowatts_unit>;
    EXPECT_EQ((judge<W, kilowatts_unit>(t, load, 1200000.0 * kilowatts)), verdict::achieved);
    EXPECT_EQ((judge<W, kilowatts_unit>(t, load, 1200001.0 * kilowatts)), verdict::not_achieved);
    EXPECT_NE((judge<W, kilowatts_unit>(t, load, 1199999.0 * kilowatts)), verdict::not_achieved);
}

TEST(UnitsPhysical, FormulasRelateScalesOfOneKind) {
    // 1.21 亿千瓦时 against 10000 万千瓦时 (1 亿千瓦时): 21 %.
    EXPECT_NEAR(growth(1.21 * yi_kilowatt_hours, 10000.0 * wan_kilowatt_hours)->in_percent(), 21.0, 1e-9);
    // 105 万千瓦 of a plan of 1,000,000 千瓦 (100 万千瓦): 105 %.
    EXPECT_NEAR(completion_rate(105.0 * wan_kilowatts, 1000000.0 * kilowatts)->value(), 105.0, 1e-9);
    // 1 亿斤 of 10 万吨: 5 万吨 of 10, 50 %.
    EXPECT_DOUBLE_EQ(share(1.0 * yi_jin, 10.0 * wan_tonnes)->value(), 50.0);
    EXPECT_EQ(growth(1.0 * wan_tce, 0.0 * tce).why(), reason::zero_base);
}

// ---- printing -----------------------------------------------------------------------

TEST(UnitsPhysical, QuantitiesPrintWithTheirLabels) {
    EXPECT_EQ(fmt::format("{}", 1.3 * wan_tonnes), "1.3 万吨");
    EXPECT_EQ(fmt::format("{:en}", 1.3 * wan_tonnes), "1.3 10^4 t");
    EXPECT_EQ(fmt::format("{}", 13908.2 * yi_jin), "13908.2 亿斤");
    EXPECT_EQ(fmt::format("{}", 120.0 * wan_kilowatts), "120 万千瓦");
    EXPECT_EQ(fmt::format("{:en}", 120.0 * wan_kilowatts), "120 10^4 kW");
    EXPECT_EQ(fmt::format("{:.1}", 1600.04 * yi_kilowatt_hours), "1600.0 亿千瓦时");
    EXPECT_EQ(fmt::format("{:en}", 1600.0 * yi_kilowatt_hours), "1600 10^8 kWh");
    EXPECT_EQ(fmt::format("{}", 0.49 * tce_per_wan_yuan), "0.49 吨标准煤/万元");
    std::ostringstream zh;
    zh << 1.3 * wan_tonnes << "; " << 120.0 * wan_kilowatts << "; " << 1600.0 * yi_kilowatt_hours;
    EXPECT_EQ(zh.str(), "1.3 万吨; 120 万千瓦; 1600 亿千瓦时");
    std::ostringstream en;
    en << plantarget::english << 1.3 * wan_tonnes << "; " << 120.0 * wan_kilowatts << "; "
       << 1600.0 * yi_kilowatt_hours;
    EXPECT_EQ(en.str(), "1.3 10^4 t; 120 10^4 kW; 1600 10^8 kWh");
}

}  // namespace
