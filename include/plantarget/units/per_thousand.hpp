// Rates per 1,000 residents (每千常住人口托位数 4.5个): a count of one thing
// per 1,000 of another, kept apart from percents and from plain counts.
#pragma once

#include <plantarget/result.hpp>
#include <plantarget/units/traits.hpp>

#include <cmath>

namespace plantarget::units {

template <boost_plan_unit CountUnit>
class per_thousand {
public:
    constexpr per_thousand() = default;
    constexpr explicit per_thousand(double per_1000) : value_(per_1000) {}
    [[nodiscard]] constexpr double value() const { return value_; }
    constexpr auto operator<=>(const per_thousand&) const = default;

    // count / population * 1000; undefined for a population of zero.
    template <boost_plan_unit PopulationUnit>
    static result<per_thousand> of(quantity<CountUnit> count, quantity<PopulationUnit> population) {
        diagnose::per_person_of_persons<kind_of<PopulationUnit> == unit_kind::persons>();
        const double pop = population.value() * factor_to_base<PopulationUnit>();
        if (!std::isfinite(pop) || !std::isfinite(count.value())) return reason::not_finite;
        if (pop == 0.0) return reason::zero_base;
        return per_thousand(count.value() * factor_to_base<CountUnit>() / pop * 1000.0);
    }

private:
    double value_ = 0.0;
};

}  // namespace plantarget::units
