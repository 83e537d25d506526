// Rounding half away from zero (四舍五入) and the check that a computed value
// reproduces a published figure at the precision it was written with.
#include <plantarget/published.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace {

using plantarget::decimals_in_unused_guard;

}  // namespace
