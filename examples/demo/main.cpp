// demo: figures of the Shapingba report as typed quantities. The unit is part
// of each value's type, so the compiler checks the report's arithmetic.
#include <plantarget/growth.hpp>
#include <plantarget/published.hpp>
#include <plantarget/units.hpp>

#include <cstdio>

int main() {
    using namespace plantarget;
    using namespace plantarget::units;

    // 区级重点项目完成投资268亿元、完成年度投资计划的102%: the plan it implies.
    const quantity<yi_yuan_unit> invested = 268.0 * yi_yuan;
    const auto plan = implied_plan(invested, 102_pct);
    std::printf("268 亿元 at 102 %% of plan: the plan was %.1f 亿元\n", plan->value());

    // 排查突出信访矛盾纠纷58件，化解55件、化解率达94.8%: the rate from its parts.
    const auto rate = share(55.0 * cases, 58.0 * cases);
    std::printf("55 / 58 = %.3f %%: %s the printed 94.8 %%\n", rate->value(),
                reproduces(rate->value(), {94.8, 1}) ? "reproduces" : "does not reproduce");

    // 保税进出口额达91.1亿元、同比增长148.7%: the 2024 level it implies.
    const auto base = implied_base(91.1 * yi_yuan, growth_rate::from_percent(148.7));
    std::printf("91.1 亿元 after growth of 148.7 %%: %.1f 亿元 in 2024\n", base->value());

    // 72个已完工、129个在建、6个推进前期: counts of one kind add up.
    const quantity<items_unit> projects = 72.0 * items + 129.0 * items + 6.0 * items;
    std::printf("72 + 129 + 6 = %.0f key projects (the report: 207)\n", projects.value());

    // 2026: 3800 international freight trains, after 4156 in 2025.
    const auto needed = growth(3800.0 * trains, 4156.0 * trains);
    std::printf("3800 trains in 2026 is growth of %.1f %% on 4156\n", needed->in_percent());

    // Mistakes that do not compile:
    //   invested + 55.0 * cases;            // yuan + cases: "quantities of different kinds do not mix"
    //   invested + 5449.0 * wan_yuan;       // 亿元 + 万元: "convert one with convert_to<Unit>"
    //   share(55.0 * cases, 58.0 * persons); // a rate of cases over persons: no matching function
}
