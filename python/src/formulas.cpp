// The growth and completion formulas of growth.hpp over whole arrays: one C++
// loop per call, the GIL released while it runs. Each returns (values,
// reasons): values in float64 with NaN where the formula is undefined, and
// reasons as plantarget::reason codes (int8), reason::none exactly where the
// value is defined. The Python layer turns the codes into tokens; a NaN never
// travels without its reason.
//
// Rates cross the boundary in percent, as reports and data files write them:
// growth 4.0 means +4 %, completion 102.0 means 102 %.
#include "bindings.hpp"

#include <plantarget/growth.hpp>
#include <plantarget/result.hpp>
#include <plantarget/units/rate.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>

namespace plantarget::python {

namespace {

// Runs f over N equally long arrays. f takes N doubles and returns
// result<double>.
template <std::size_t N, class F>
py::tuple map_rows(const std::array<double_array, N>& inputs, const std::array<const char*, N>& names, F f) {
    const std::size_t n = length_of(inputs[0], names[0]);
    std::array<const double*, N> in{};
    for (std::size_t k = 0; k < N; ++k) {
        if (length_of(inputs[k], names[k]) != n)
            throw std::invalid_argument(std::string("plantarget: ") + names[k] + " has " +
                                        std::to_string(inputs[k].shape(0)) + " elements, " + names[0] + " has " +
                                        std::to_string(n));
        in[k] = inputs[k].data();
    }
    // Arrays that become the result's columns as they are (owned_array);
    // int8 is the dtype of pandas' categorical codes, so from_codes takes
    // the reasons without a copy.
    auto values = owned_array<double>(n);
    auto reasons = owned_array<std::int8_t>(n);
    double* const out = values.mutable_data();  // before the GIL is released
    std::int8_t* const why = reasons.mutable_data();
    {
        py::gil_scoped_release unlocked;
        for (std::size_t i = 0; i < n; ++i) {
            const result<double> r = [&]<std::size_t... K>(std::index_sequence<K...>) {
                return f(in[K][i]...);
            }(std::make_index_sequence<N>{});
            out[i] = r.ok() ? r.value_or(0.0) : std::numeric_limits<double>::quiet_NaN();
            why[i] = static_cast<std::int8_t>(r.why());
        }
    }
    return py::make_tuple(values, reasons);
}

template <class T>
result<double> percent_of(const result<T>& r) {
    if (!r) return r.why();
    if constexpr (std::is_same_v<T, growth_rate>) return r->in_percent();
    else return r->value();
}

}  // namespace

void bind_formulas(py::module_& m) {
    m.def(
        "growth",
        [](const double_array& current, const double_array& base) {
            return map_rows<2>({current, base}, {"current", "base"},
                               [](double c, double b) { return percent_of(growth_of(c, b)); });
        },
        py::arg("current"), py::arg("base"), "x_t / x_base - 1, in percent (growth_of).");
    m.def(
        "cagr",
        [](const double_array& first, const double_array& last, const double_array& years) {
            return map_rows<3>({first, last, years}, {"first", "last", "years"},
                               [](double a, double b, double n) { return percent_of(cagr(a, b, n)); });
        },
        py::arg("first"), py::arg("last"), py::arg("years"), "(x_T / x_0)^(1/n) - 1, in percent.");
    m.def(
        "implied_base",
        [](const double_array& level, const double_array& growth_percent) {
            return map_rows<2>({level, growth_percent}, {"level", "growth_percent"}, [](double x, double g) {
                return implied_base(x, growth_rate::from_percent(g));
            });
        },
        py::arg("level"), py::arg("growth_percent"), "x_t / (1 + g): the base a level and its growth imply.");
    m.def(
        "implied_plan",
        [](const double_array& actual, const double_array& completion_percent) {
            return map_rows<2>({actual, completion_percent}, {"actual", "completion_percent"},
                               [](double x, double c) { return implied_plan(x, percent(c)); });
        },
        py::arg("actual"), py::arg("completion_percent"), "actual / rate: the plan an actual and 完成率 imply.");
    m.def(
        "completion_rate",
        [](const double_array& actual, const double_array& plan) {
            return map_rows<2>({actual, plan}, {"actual", "plan"},
                               [](double a, double p) { return percent_of(completion_rate(a, p)); });
        },
        py::arg("actual"), py::arg("plan"), "完成率 of a level plan: actual / plan, in percent.");
    m.def(
        "reduction_completion_rate",
        [](const double_array& actual_change, const double_array& planned_change) {
            return map_rows<2>({actual_change, planned_change}, {"actual_change_percent", "planned_change_percent"},
                               [](double a, double p) {
                                   return percent_of(reduction_completion_rate(growth_rate::from_percent(a),
                                                                               growth_rate::from_percent(p)));
                               });
        },
        py::arg("actual_change_percent"), py::arg("planned_change_percent"),
        "完成率 of a reduction plan: (1 + a) / (1 + p) for changes a, p in percent; below 100 is better.");
    m.def(
        "share",
        [](const double_array& part, const double_array& total) {
            return map_rows<2>({part, total}, {"part", "total"},
                               [](double a, double t) { return percent_of(share(a, t)); });
        },
        py::arg("part"), py::arg("total"), "part / total, in percent.");
    m.def(
        "contribution",
        [](const double_array& part_now, const double_array& part_before, const double_array& total_before) {
            return map_rows<3>({part_now, part_before, total_before}, {"part_now", "part_before", "total_before"},
                               [](double a, double b, double t) { return percent_of(contribution(a, b, t)); });
        },
        py::arg("part_now"), py::arg("part_before"), py::arg("total_before"),
        "(part_t - part_{t-1}) / total_{t-1}, in percentage points of the total's growth.");
    m.def(
        "real_growth",
        [](const double_array& nominal, const double_array& price_change) {
            return map_rows<2>({nominal, price_change}, {"nominal_percent", "price_change_percent"},
                               [](double g, double p) {
                                   return percent_of(
                                       real_growth(growth_rate::from_percent(g), growth_rate::from_percent(p)));
                               });
        },
        py::arg("nominal_percent"), py::arg("price_change_percent"), "(1 + n) / (1 + p) - 1, in percent.");
    m.def(
        "doubling_required_growth",
        [](const double_array& years) {
            return map_rows<1>({years}, {"years"},
                               [](double n) { return percent_of(doubling_required_growth(n)); });
        },
        py::arg("years"), "2^(1/n) - 1, in percent: the yearly growth a 双倍增 plan needs.");
}

}  // namespace plantarget::python
