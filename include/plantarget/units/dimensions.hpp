// Base dimensions of plan figures. Every ordinal lives in this one header:
// Boost.Units detects a duplicate ordinal only when both definitions meet in
// one translation unit, so keeping them together is the check.
#pragma once

#include <boost/units/base_dimension.hpp>
#include <boost/units/derived_dimension.hpp>
#include <boost/units/physical_dimensions/length.hpp>
#include <boost/units/physical_dimensions/energy.hpp>
#include <boost/units/physical_dimensions/mass.hpp>
#include <boost/units/physical_dimensions/power.hpp>

namespace plantarget::units {

namespace bu = boost::units;

// Money. A yuan is not a physical quantity; it gets a dimension of its own.
struct currency_base_dimension : bu::base_dimension<currency_base_dimension, 1001> {};

// Counts of distinct things, one dimension a classifier (量词): persons and
// enterprises are both counts, yet adding them is a mistake the compiler catches.
struct persons_base_dimension : bu::base_dimension<persons_base_dimension, 1101> {};             // 人, 名
struct person_visits_base_dimension : bu::base_dimension<person_visits_base_dimension, 1102> {}; // 人次
struct households_base_dimension : bu::base_dimension<households_base_dimension, 1103> {};       // 户
struct enterprises_base_dimension : bu::base_dimension<enterprises_base_dimension, 1104> {};     // 家
struct items_base_dimension : bu::base_dimension<items_base_dimension, 1105> {};                 // 个, 项
struct trains_base_dimension : bu::base_dimension<trains_base_dimension, 1106> {};               // 列
struct teu_base_dimension : bu::base_dimension<teu_base_dimension, 1107> {};                     // 标箱
struct vehicles_base_dimension : bu::base_dimension<vehicles_base_dimension, 1108> {};           // 辆
struct cases_base_dimension : bu::base_dimension<cases_base_dimension, 1109> {};                 // 件
struct lines_base_dimension : bu::base_dimension<lines_base_dimension, 1110> {};                 // 条
struct buildings_base_dimension : bu::base_dimension<buildings_base_dimension, 1111> {};         // 栋
struct parcels_base_dimension : bu::base_dimension<parcels_base_dimension, 1112> {};             // 宗
struct machines_base_dimension : bu::base_dimension<machines_base_dimension, 1113> {};           // 台
struct places_base_dimension : bu::base_dimension<places_base_dimension, 1114> {};               // 处
struct events_base_dimension : bu::base_dimension<events_base_dimension, 1115> {};               // 场
struct institutions_base_dimension : bu::base_dimension<institutions_base_dimension, 1116> {};   // 所
struct categories_base_dimension : bu::base_dimension<categories_base_dimension, 1117> {};       // 类
struct batches_base_dimension : bu::base_dimension<batches_base_dimension, 1118> {};             // 批
struct enterprise_visits_base_dimension : bu::base_dimension<enterprise_visits_base_dimension, 1119> {}; // 家次
struct occurrences_base_dimension : bu::base_dimension<occurrences_base_dimension, 1120> {};     // 次
struct titles_base_dimension : bu::base_dimension<titles_base_dimension, 1121> {};               // 连冠 (consecutive titles)

// Energy measured as the standard coal that would give it (吨标准煤, tce). Not
// the physical energy of 千瓦时: the coal equivalent of a kilowatt-hour depends
// on the method (calorific equivalent, 0.1229 kgce, or the year's coal use of
// power plants, about 0.3 kgce), so statistics keep the two apart, and so does
// the compiler (docs/explanation/physical-units.md).
struct coal_equivalent_base_dimension : bu::base_dimension<coal_equivalent_base_dimension, 1201> {};  // 吨标准煤

using currency_dimension = currency_base_dimension::dimension_type;
using persons_dimension = persons_base_dimension::dimension_type;
using person_visits_dimension = person_visits_base_dimension::dimension_type;
using households_dimension = households_base_dimension::dimension_type;
using enterprises_dimension = enterprises_base_dimension::dimension_type;
using items_dimension = items_base_dimension::dimension_type;
using trains_dimension = trains_base_dimension::dimension_type;
using teu_dimension = teu_base_dimension::dimension_type;
using vehicles_dimension = vehicles_base_dimension::dimension_type;
using cases_dimension = cases_base_dimension::dimension_type;
using lines_dimension = lines_base_dimension::dimension_type;
using buildings_dimension = buildings_base_dimension::dimension_type;
using parcels_dimension = parcels_base_dimension::dimension_type;
using machines_dimension = machines_base_dimension::dimension_type;
using places_dimension = places_base_dimension::dimension_type;
using events_dimension = events_base_dimension::dimension_type;
using institutions_dimension = institutions_base_dimension::dimension_type;
using categories_dimension = categories_base_dimension::dimension_type;
using batches_dimension = batches_base_dimension::dimension_type;
using enterprise_visits_dimension = enterprise_visits_base_dimension::dimension_type;
using occurrences_dimension = occurrences_base_dimension::dimension_type;
using titles_dimension = titles_base_dimension::dimension_type;

using coal_equivalent_dimension = coal_equivalent_base_dimension::dimension_type;
// Energy use per unit of GDP (吨标准煤/万元): coal equivalent over money.
using energy_intensity_dimension =
    bu::derived_dimension<coal_equivalent_base_dimension, 1, currency_base_dimension, -1>::type;

// Physical kinds, on Boost's dimensions: mass (吨, 斤), power (千瓦, installed
// capacity), energy (千瓦时, electricity).
using mass_dimension = bu::mass_dimension;
using power_dimension = bu::power_dimension;
using energy_dimension = bu::energy_dimension;

using length_dimension = bu::length_dimension;
using area_dimension = bu::derived_dimension<bu::length_base_dimension, 2>::type;
// Mass concentration (PM2.5): mass per volume.
using concentration_dimension =
    bu::derived_dimension<bu::mass_base_dimension, 1, bu::length_base_dimension, -3>::type;

}  // namespace plantarget::units
