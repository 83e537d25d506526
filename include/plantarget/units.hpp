// All of the units layer: Boost.Units quantities of plan figures, rates,
// compile-time guards, and the run-time registry of unit strings.
#pragma once

#include <plantarget/units/dimensions.hpp>
#include <plantarget/units/guards.hpp>
#include <plantarget/units/per_thousand.hpp>
#include <plantarget/units/rate.hpp>
#include <plantarget/units/registry.hpp>
#include <plantarget/units/traits.hpp>
#include <plantarget/units/units.hpp>
