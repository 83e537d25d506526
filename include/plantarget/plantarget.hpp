// The core of plantarget: units, periods, indicators, series, growth formulas,
// targets, evaluation, plans, progress methods and the audit. I/O (io/) and
// renderers (report/) are not included: a user of the core pays nothing for them.
#pragma once

#include <plantarget/audit.hpp>
#include <plantarget/direction.hpp>
#include <plantarget/error.hpp>
#include <plantarget/evaluate.hpp>
#include <plantarget/figures.hpp>
#include <plantarget/from_figures.hpp>
#include <plantarget/growth.hpp>
#include <plantarget/indicator.hpp>
#include <plantarget/period.hpp>
#include <plantarget/plan.hpp>
#include <plantarget/published.hpp>
#include <plantarget/result.hpp>
#include <plantarget/series.hpp>
#include <plantarget/target.hpp>
#include <plantarget/units.hpp>
