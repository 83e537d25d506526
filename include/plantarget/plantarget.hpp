// The core of plantarget: units, periods, indicators, series, growth formulas,
// targets, evaluation, plans and a report's figures. What most programs do
// not need has its own include, so that they do not pay for it in compile
// time (issue 15's budget: this header under 1.5 s of g++ -O2): the audit
// (<plantarget/audit.hpp>), plans built from a figure book
// (<plantarget/from_figures.hpp>), relation discovery (<plantarget/discover.hpp>),
// I/O (io/) and renderers (report/).
#pragma once

#include <plantarget/direction.hpp>
#include <plantarget/error.hpp>
#include <plantarget/evaluate.hpp>
#include <plantarget/figures.hpp>
#include <plantarget/growth.hpp>
#include <plantarget/indicator.hpp>
#include <plantarget/period.hpp>
#include <plantarget/plan.hpp>
#include <plantarget/published.hpp>
#include <plantarget/result.hpp>
#include <plantarget/series.hpp>
#include <plantarget/target.hpp>
#include <plantarget/units.hpp>
