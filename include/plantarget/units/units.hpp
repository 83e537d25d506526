// Units of plan figures on Boost.Units: yuan with its 万 and 亿 scales, counts
// of distinct things (one dimension a classifier), length, area with 亩,
// PM2.5 concentration, mass (吨, 斤), power (千瓦), electricity (千瓦时), coal
// equivalent (吨标准煤) and energy per unit of GDP (吨标准煤/万元). A quantity is a double at run time; mixing dimensions
// (yuan + persons) does not compile.
#pragma once

#include <plantarget/units/dimensions.hpp>

#include <boost/units/base_unit.hpp>
#include <boost/units/base_units/cgs/gram.hpp>
#include <boost/units/base_units/si/kilogram.hpp>
#include <boost/units/base_units/si/meter.hpp>
#include <boost/units/conversion.hpp>
#include <boost/units/operators.hpp>
#include <boost/units/make_scaled_unit.hpp>
#include <boost/units/make_system.hpp>
#include <boost/units/quantity.hpp>
#include <boost/units/scale.hpp>
#include <boost/units/scaled_base_unit.hpp>
#include <boost/units/static_rational.hpp>
#include <boost/units/unit.hpp>

#include <type_traits>

namespace plantarget::units {

// A base unit for each counted thing: its ordinal is the dimension's + 1000.
template <class BaseDimension, long Ordinal>
struct count_base_unit
    : bu::base_unit<count_base_unit<BaseDimension, Ordinal>, typename BaseDimension::dimension_type,
                    Ordinal> {};

template <class BaseDimension, long Ordinal>
using count_unit = bu::unit<typename BaseDimension::dimension_type,
                            typename bu::make_system<count_base_unit<BaseDimension, Ordinal>>::type>;

struct yuan_base_unit : bu::base_unit<yuan_base_unit, currency_dimension, 2001> {};
using yuan_unit = bu::unit<currency_dimension, bu::make_system<yuan_base_unit>::type>;

// Scales as reports write them: 万 (10^4) and 亿 (10^8).
template <class Unit>
using wan = typename bu::make_scaled_unit<Unit, bu::scale<10, bu::static_rational<4>>>::type;
template <class Unit>
using yi = typename bu::make_scaled_unit<Unit, bu::scale<10, bu::static_rational<8>>>::type;
template <class Unit>
using thousand = typename bu::make_scaled_unit<Unit, bu::scale<10, bu::static_rational<3>>>::type;

using wan_yuan_unit = wan<yuan_unit>;
using yi_yuan_unit = yi<yuan_unit>;

using persons_unit = count_unit<persons_base_dimension, 2101>;
using person_visits_unit = count_unit<person_visits_base_dimension, 2102>;
using households_unit = count_unit<households_base_dimension, 2103>;
using enterprises_unit = count_unit<enterprises_base_dimension, 2104>;
using items_unit = count_unit<items_base_dimension, 2105>;
using trains_unit = count_unit<trains_base_dimension, 2106>;
using teu_unit = count_unit<teu_base_dimension, 2107>;
using vehicles_unit = count_unit<vehicles_base_dimension, 2108>;
using cases_unit = count_unit<cases_base_dimension, 2109>;
using lines_unit = count_unit<lines_base_dimension, 2110>;
using buildings_unit = count_unit<buildings_base_dimension, 2111>;
using parcels_unit = count_unit<parcels_base_dimension, 2112>;
using machines_unit = count_unit<machines_base_dimension, 2113>;
using places_unit = count_unit<places_base_dimension, 2114>;
using events_unit = count_unit<events_base_dimension, 2115>;
using institutions_unit = count_unit<institutions_base_dimension, 2116>;
using categories_unit = count_unit<categories_base_dimension, 2117>;
using batches_unit = count_unit<batches_base_dimension, 2118>;
using enterprise_visits_unit = count_unit<enterprise_visits_base_dimension, 2119>;
using occurrences_unit = count_unit<occurrences_base_dimension, 2120>;
using titles_unit = count_unit<titles_base_dimension, 2121>;

// Length and area on the metre; 亩 is 10000/15 m², an inexact factor.
using metre_base_unit = bu::si::meter_base_unit;
using metres_unit = bu::unit<length_dimension, bu::make_system<metre_base_unit>::type>;
// 公里 is a unit of its own (a scaled base unit), so that it keeps its label;
// thousand<metres_unit> is the same length, labelled 千米.
using kilometre_base_unit = bu::scaled_base_unit<metre_base_unit, bu::scale<10, bu::static_rational<3>>>;
using kilometres_unit = bu::unit<length_dimension, bu::make_system<kilometre_base_unit>::type>;
using square_metres_unit = bu::unit<area_dimension, bu::make_system<metre_base_unit>::type>;
using wan_square_metres_unit = wan<square_metres_unit>;
struct mu_base_unit : bu::base_unit<mu_base_unit, area_dimension, 2201> {};
using mu_unit = bu::unit<area_dimension, bu::make_system<mu_base_unit>::type>;

// Concentration in micrograms per cubic metre (PM2.5).
using microgram_base_unit =
    bu::scaled_base_unit<bu::cgs::gram_base_unit, bu::scale<10, bu::static_rational<-6>>>;
using micrograms_per_cubic_metre_unit =
    bu::unit<concentration_dimension, bu::make_system<microgram_base_unit, metre_base_unit>::type>;

// Mass on the kilogram (公斤); 吨 is 10^3 kg, a scaled base unit as Boost's
// own kilogram is; 斤 is 0.5 kg, exact in decimal and in binary, so that 亿斤
// and 万吨 convert exactly too (1 亿斤 = 5 万吨).
using kilogram_base_unit = bu::si::kilogram_base_unit;
using kilograms_unit = bu::unit<mass_dimension, bu::make_system<kilogram_base_unit>::type>;
using tonne_base_unit = bu::scaled_base_unit<kilogram_base_unit, bu::scale<10, bu::static_rational<3>>>;
using tonnes_unit = bu::unit<mass_dimension, bu::make_system<tonne_base_unit>::type>;
struct jin_base_unit : bu::base_unit<jin_base_unit, mass_dimension, 2301> {};
using jin_unit = bu::unit<mass_dimension, bu::make_system<jin_base_unit>::type>;

// Power in kilowatts (installed capacity, 万千瓦) and electricity in
// kilowatt-hours (亿千瓦时): physical dimensions, so that a capacity is not
// added to an output.
struct kilowatt_base_unit : bu::base_unit<kilowatt_base_unit, power_dimension, 2311> {};
using kilowatts_unit = bu::unit<power_dimension, bu::make_system<kilowatt_base_unit>::type>;
struct kilowatt_hour_base_unit : bu::base_unit<kilowatt_hour_base_unit, energy_dimension, 2312> {};
using kilowatt_hours_unit = bu::unit<energy_dimension, bu::make_system<kilowatt_hour_base_unit>::type>;

// Tonnes of standard coal (吨标准煤, tce), the measure of energy use; and energy
// use per 10^4 yuan of GDP (吨标准煤/万元), their ratio.
struct tce_base_unit : bu::base_unit<tce_base_unit, coal_equivalent_dimension, 2321> {};
using tce_unit = bu::unit<coal_equivalent_dimension, bu::make_system<tce_base_unit>::type>;
using tce_per_wan_yuan_unit = bu::divide_typeof_helper<tce_unit, wan_yuan_unit>::type;
static_assert(std::is_same_v<tce_per_wan_yuan_unit::dimension_type, energy_intensity_dimension>);

// Unit values, so that figures read as written: 268.0 * yi_yuan.
inline constexpr yuan_unit yuan{};
inline constexpr wan_yuan_unit wan_yuan{};
inline constexpr yi_yuan_unit yi_yuan{};
inline constexpr persons_unit persons{};
inline constexpr wan<persons_unit> wan_persons{};
inline constexpr person_visits_unit person_visits{};
inline constexpr wan<person_visits_unit> wan_person_visits{};
inline constexpr households_unit households{};
inline constexpr wan<households_unit> wan_households{};
inline constexpr enterprises_unit enterprises{};
inline constexpr items_unit items{};
inline constexpr trains_unit trains{};
inline constexpr teu_unit teu{};
inline constexpr wan<teu_unit> wan_teu{};
inline constexpr vehicles_unit vehicles{};
inline constexpr wan<vehicles_unit> wan_vehicles{};
inline constexpr cases_unit cases{};
inline constexpr lines_unit lines{};
inline constexpr buildings_unit buildings{};
inline constexpr parcels_unit parcels{};
inline constexpr machines_unit machines{};
inline constexpr places_unit places{};
inline constexpr events_unit events{};
inline constexpr institutions_unit institutions{};
inline constexpr categories_unit categories{};
inline constexpr batches_unit batches{};
inline constexpr enterprise_visits_unit enterprise_visits{};
inline constexpr occurrences_unit occurrences{};
inline constexpr titles_unit titles{};
inline constexpr metres_unit metres{};
inline constexpr kilometres_unit kilometres{};
inline constexpr square_metres_unit square_metres{};
inline constexpr wan_square_metres_unit wan_square_metres{};
inline constexpr mu_unit mu{};
inline constexpr micrograms_per_cubic_metre_unit micrograms_per_cubic_metre{};
inline constexpr kilograms_unit kilograms{};
inline constexpr tonnes_unit tonnes{};
inline constexpr wan<tonnes_unit> wan_tonnes{};
inline constexpr yi<tonnes_unit> yi_tonnes{};
inline constexpr jin_unit jin{};
inline constexpr wan<jin_unit> wan_jin{};
inline constexpr yi<jin_unit> yi_jin{};
inline constexpr kilowatts_unit kilowatts{};
inline constexpr wan<kilowatts_unit> wan_kilowatts{};
inline constexpr yi<kilowatts_unit> yi_kilowatts{};
inline constexpr kilowatt_hours_unit kilowatt_hours{};
inline constexpr wan<kilowatt_hours_unit> wan_kilowatt_hours{};
inline constexpr yi<kilowatt_hours_unit> yi_kilowatt_hours{};
inline constexpr tce_unit tce{};
inline constexpr wan<tce_unit> wan_tce{};
inline constexpr yi<tce_unit> yi_tce{};
inline constexpr tce_per_wan_yuan_unit tce_per_wan_yuan{};

}  // namespace plantarget::units

// 1 亩 = 10000/15 m². Declared once, here, for every translation unit.
BOOST_UNITS_DEFINE_CONVERSION_FACTOR(plantarget::units::mu_base_unit,
                                     plantarget::units::square_metres_unit, double, 10000.0 / 15.0);
// 1 斤 = 0.5 公斤 (市制, since 1959).
BOOST_UNITS_DEFINE_CONVERSION_FACTOR(plantarget::units::jin_base_unit, plantarget::units::kilograms_unit, double, 0.5);
