// Every compile-time error message of plantarget, each in one function
// template that fails when its condition is false. A message names what was
// mixed, how to write it instead, and its section of docs/troubleshooting.md;
// messages are ASCII, because clang++ prints other characters of a
// static_assert message as octal escapes. The condition is a bare bool, so
// that both compilers print the message without the unit types around it.
#pragma once

namespace plantarget::diagnose {

#define PLANTARGET_DIAGNOSTIC(name, message) \
    template <bool Ok, auto... Sides>        \
    constexpr void name() {                  \
        static_assert(Ok, message);          \
    }

PLANTARGET_DIAGNOSTIC(quantities_of_one_kind,
                      "plantarget: quantities of different kinds do not mix (yuan with persons, persons with "
                      "enterprises, tonnes with kilowatts, ...): each counted thing and each physical kind is "
                      "its own dimension (both kinds are named as Sides beside this message); keep each kind in "
                      "its own indicator, and say a ratio of two kinds on purpose (per_capita, tce_per_wan_yuan); "
                      "see docs/troubleshooting.md#quantities-of-different-kinds-do-not-mix")
PLANTARGET_DIAGNOSTIC(electricity_not_coal_equivalent,
                      "plantarget: kilowatt-hours (electricity) and tonnes of standard coal (energy use) do not "
                      "mix or convert implicitly: the coal equivalent of a kilowatt-hour depends on the method "
                      "(calorific equivalent 0.1229 kgce, or the year's coal use of power plants); multiply the "
                      "number by the coefficient you mean, (kwh.value() * 0.1229 / 1000.0) * tce; see "
                      "docs/troubleshooting.md#electricity-and-standard-coal-do-not-mix")
PLANTARGET_DIAGNOSTIC(quantities_of_one_scale,
                      "plantarget: quantities in different scales (yi_yuan with wan_yuan, mu with square_metres) "
                      "do not mix implicitly: convert one with convert_to<Unit> (exact) or convert_approx<Unit>; "
                      "see docs/troubleshooting.md#scales-do-not-mix-implicitly")
PLANTARGET_DIAGNOSTIC(exact_conversion,
                      "plantarget: this conversion is not exact (1 mu is 10000/15 square_metres): use "
                      "convert_approx; see docs/troubleshooting.md#only-scales-by-a-power-of-ten-convert-exactly")
PLANTARGET_DIAGNOSTIC(quantity_with_a_unit,
                      "plantarget: a quantity plus or minus a plain number does not compile: the number has no "
                      "unit (is 3.5 in yi_yuan or wan_yuan?); write it as a quantity, 3.5 * yi_yuan; see "
                      "docs/troubleshooting.md#a-quantity-does-not-add-a-plain-number")
PLANTARGET_DIAGNOSTIC(percent_not_plus_points,
                      "plantarget: a percent plus percentage points does not compile: use percent::shifted_by(pp) "
                      "to move a rate, or subtract two percents to get percentage points; see "
                      "docs/troubleshooting.md#a-percent-and-percentage-points-do-not-add")
PLANTARGET_DIAGNOSTIC(growth_not_plus_points,
                      "plantarget: a growth_rate and percentage_points do not add or subtract: a growth moved by "
                      "some points is growth_rate::from_percent(g.in_percent() + pp.value()), said on purpose; "
                      "see docs/troubleshooting.md#a-growth-rate-and-percentage-points-do-not-add")
PLANTARGET_DIAGNOSTIC(growth_target_takes_a_growth_rate,
                      "plantarget: a growth target takes a growth_rate (growth_rate::from_percent(5)), not a "
                      "percent level or percentage points; see "
                      "docs/troubleshooting.md#a-growth-target-takes-a-growth-rate")
PLANTARGET_DIAGNOSTIC(target_in_the_indicators_kind,
                      "plantarget: the target's value is not in the indicator's unit (a count of other things, "
                      "money for persons, a percent for a level, percentage points for a percent, ...); any "
                      "scale of its kind is fine; see docs/troubleshooting.md#a-target-is-in-its-indicators-kind")
PLANTARGET_DIAGNOSTIC(target_values_of_one_kind,
                      "plantarget: the tolerance of about(ind, x, tolerance, deadline) or the high end of "
                      "between(ind, low, high, deadline) is not of the first value's kind: both are the "
                      "indicator's kind, in any scale (3.5 * wan_persons with 2000.0 * persons is fine), not "
                      "another kind or a plain number; see docs/troubleshooting.md#a-band-or-range-is-of-one-kind")
PLANTARGET_DIAGNOSTIC(observation_in_the_indicators_kind,
                      "plantarget: the observed value is not in the indicator's unit (any scale of its kind is "
                      "fine); see docs/troubleshooting.md#a-target-is-in-its-indicators-kind")
PLANTARGET_DIAGNOSTIC(series_of_one_kind,
                      "plantarget: this value is not of the series' kind: a series of U holds values of U's kind "
                      "in any scale (a series of persons takes 2.0 * wan_persons, not enterprises, a percent or "
                      "a plain double); see docs/troubleshooting.md#a-series-holds-one-kind")
PLANTARGET_DIAGNOSTIC(evaluate_target_of_the_indicator,
                      "plantarget: evaluate takes a target built on the indicator it is given (target<U> and "
                      "indicator<U> of one U); see docs/troubleshooting.md#evaluate-takes-one-kind")
PLANTARGET_DIAGNOSTIC(evaluate_series_of_the_kind,
                      "plantarget: evaluate takes a series of the indicator's kind (any scale: persons or "
                      "wan_persons), not another kind; see docs/troubleshooting.md#evaluate-takes-one-kind")
PLANTARGET_DIAGNOSTIC(formula_values_of_one_kind,
                      "plantarget: growth, completion, share and the other formulas relate values of one kind "
                      "(268.0 * yi_yuan and 260000.0 * wan_yuan are fine), not yuan with persons, a quantity "
                      "with a plain double, or a percent with a quantity; see "
                      "docs/troubleshooting.md#a-formula-takes-values-of-one-kind")
PLANTARGET_DIAGNOSTIC(per_person_of_persons,
                      "plantarget: an amount per person (per_capita, per_thousand::of) divides by a population "
                      "in persons (persons or wan_persons), not by another count; see "
                      "docs/troubleshooting.md#a-per-person-figure-divides-by-persons")
PLANTARGET_DIAGNOSTIC(unit_with_a_label,
                      "plantarget: this unit has no label in the unit table (units/registry.hpp), so it cannot be "
                      "printed or written to a file: energy per unit of GDP is written only in tce per 10^4 "
                      "yuan, and another kind only in a table unit times a power of ten that has a scale word "
                      "(units/scale.hpp; the kind is named as Sides beside this message); convert the value "
                      "first, convert_to<tce_per_wan_yuan_unit>(q); see "
                      "docs/troubleshooting.md#a-unit-has-a-label-of-the-table")

#undef PLANTARGET_DIAGNOSTIC

}  // namespace plantarget::diagnose
