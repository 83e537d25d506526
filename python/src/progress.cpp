// The published progress-assessment methods (progress/open_sdg.hpp,
// escap.hpp, german.hpp) on one yearly series each. Options arrive as keyword
// arguments with the C++ defaults; the assessments come back as read-only
// objects whose optional numbers are None when the method did not reach them
// (the `reason` says why the assessment stopped).
#include "bindings.hpp"

#include <plantarget/direction.hpp>
#include <plantarget/progress/common.hpp>
#include <plantarget/progress/escap.hpp>
#include <plantarget/progress/german.hpp>
#include <plantarget/progress/open_sdg.hpp>
#include <plantarget/result.hpp>

#include <pybind11/stl.h>

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plantarget::python {

namespace {

using progress::yearly_point;

std::vector<yearly_point> points_of(const py::array_t<long long, py::array::c_style | py::array::forcecast>& years,
                                    const double_array& values) {
    const std::size_t n = length_of(years, "years");
    if (length_of(values, "values") != n)
        throw std::invalid_argument("plantarget: years has " + std::to_string(n) + " elements, values has " +
                                    std::to_string(values.shape(0)));
    std::vector<yearly_point> points;
    points.reserve(n);
    const long long* y = years.data();
    const double* v = values.data();
    for (std::size_t i = 0; i < n; ++i) {
        if (y[i] < -1000000 || y[i] > 1000000)
            throw std::invalid_argument("plantarget: year " + std::to_string(y[i]) + " is out of range");
        points.push_back({static_cast<int>(y[i]), v[i]});
    }
    return points;
}

direction direction_from(const std::string& text) {
    if (text == "higher_is_better" || text == "higher") return direction::higher_is_better;
    if (text == "lower_is_better" || text == "lower") return direction::lower_is_better;
    if (text == "within_band") return direction::within_band;
    throw std::invalid_argument("plantarget: unknown direction '" + text +
                                "' (expected higher_is_better, lower_is_better or within_band)");
}

progress::open_sdg::thresholds thresholds_from(const std::vector<double>& v, const char* name) {
    if (v.size() != 3)
        throw std::invalid_argument(std::string("plantarget: ") + name +
                                    " takes three cut-offs: (substantial, moderate, limited)");
    return {v[0], v[1], v[2]};
}

// Properties every assessment has: status, reason, warnings.
template <class Class>
void common_properties(Class& c) {
    using A = typename Class::type;
    c.def_property_readonly("status", [](const A& a) { return std::string(to_string(a.status)); })
        .def_readonly("why", &A::why)
        // The stable token, as the reason columns hold it; the prose is a lookup.
        .def_property_readonly("reason", [](const A& a) { return std::string(token_of(a.why)); })
        .def_property_readonly("reason_text", [](const A& a) { return std::string(english_of(a.why)); })
        .def_property_readonly("reason_text_zh", [](const A& a) { return std::string(chinese_of(a.why)); })
        .def_property_readonly("assessed", &A::assessed)
        .def_readonly("warnings", &A::warnings)
        .def_readonly("target", &A::target)
        .def_readonly("target_year", &A::target_year)
        .def_readonly("latest_year", &A::latest_year)
        .def_readonly("latest_value", &A::latest_value)
        .def("__repr__", [](const A& a) {
            return "<assessment " + std::string(to_string(a.status)) +
                   (a.why == reason::none ? std::string() : " (" + std::string(describe(a.why)) + ")") + ">";
        });
}

}  // namespace

void bind_progress(py::module_& m) {
    py::class_<progress::warning>(m, "ProgressWarning")
        .def_property_readonly("code", [](const progress::warning& w) { return std::string(token_of(w.code)); })
        .def_readonly("message", &progress::warning::message)
        .def("__repr__", [](const progress::warning& w) { return "<warning: " + w.message + ">"; });

    namespace sdg = progress::open_sdg;
    py::class_<sdg::assessment> open_sdg_class(m, "OpenSdgAssessment");
    common_properties(open_sdg_class);
    open_sdg_class.def_readonly("target_achieved", &sdg::assessment::target_achieved)
        .def_readonly("base_year", &sdg::assessment::base_year)
        .def_readonly("base_value", &sdg::assessment::base_value)
        .def_readonly("cagr_observed", &sdg::assessment::cagr_observed)
        .def_readonly("cagr_required", &sdg::assessment::cagr_required)
        .def_readonly("ratio", &sdg::assessment::ratio)
        .def_readonly("growth", &sdg::assessment::growth)
        .def_readonly("limit_coefficient", &sdg::assessment::limit_coefficient)
        .def_readonly("score", &sdg::assessment::score);
    m.def(
        "open_sdg",
        [](const py::array_t<long long, py::array::c_style | py::array::forcecast>& years, const double_array& values,
           const std::string& dir, std::optional<double> target, int base_year, int target_year,
           std::optional<double> limit, std::optional<std::vector<double>> with_target,
           std::optional<std::vector<double>> without_target, double limit_exponent, double zero_replacement,
           bool eurostat) {
            sdg::options opt = eurostat ? sdg::eurostat_options() : sdg::options{};
            opt.base_year = base_year;
            opt.target_year = target_year;
            opt.limit = limit;
            if (with_target) opt.with_target = thresholds_from(*with_target, "with_target");
            if (without_target) opt.without_target = thresholds_from(*without_target, "without_target");
            opt.limit_exponent = limit_exponent;
            opt.zero_replacement = zero_replacement;
            const auto points = points_of(years, values);
            return sdg::assess(points, direction_from(dir), target, opt);
        },
        py::arg("years"), py::arg("values"), py::arg("direction"), py::arg("target") = std::nullopt,
        py::arg("base_year") = 2015, py::arg("target_year") = 2030, py::arg("limit") = std::nullopt,
        py::arg("with_target") = std::nullopt, py::arg("without_target") = std::nullopt,
        py::arg("limit_exponent") = 4.44, py::arg("zero_replacement") = 0.001, py::arg("eurostat") = false);

    namespace escap = progress::escap;
    py::class_<escap::assessment> escap_class(m, "EscapAssessment");
    common_properties(escap_class);
    escap_class.def_readonly("base_year", &escap::assessment::base_year)
        .def_readonly("base_value", &escap::assessment::base_value)
        .def_readonly("current_status_index", &escap::assessment::current_status_index)
        .def_readonly("current_status_uncapped", &escap::assessment::current_status_uncapped)
        .def_readonly("expected_progress_to_date", &escap::assessment::expected_progress_to_date)
        .def_readonly("trend_first_year", &escap::assessment::trend_first_year)
        .def_readonly("trend_points", &escap::assessment::trend_points)
        .def_readonly("annual_trend", &escap::assessment::annual_trend)
        .def_readonly("projected_value", &escap::assessment::projected_value)
        .def_readonly("gap_ratio", &escap::assessment::gap_ratio);
    m.def(
        "escap",
        [](const py::array_t<long long, py::array::c_style | py::array::forcecast>& years, const double_array& values,
           const std::string& dir, std::optional<double> target, int base_year, int target_year,
           const std::string& method, double weight_exponent, std::optional<int> trend_from_year,
           double on_track_max_gap, std::optional<double> current_status_cap) {
            escap::options opt;
            opt.base_year = base_year;
            opt.target_year = target_year;
            if (method == "weighted_regression") opt.method = escap::projection_method::weighted_regression;
            else if (method == "compound_growth") opt.method = escap::projection_method::compound_growth;
            else
                throw std::invalid_argument("plantarget: unknown ESCAP method '" + method +
                                            "' (expected weighted_regression or compound_growth)");
            opt.weight_exponent = weight_exponent;
            opt.trend_from_year = trend_from_year;
            opt.on_track_max_gap = on_track_max_gap;
            opt.current_status_cap = current_status_cap;
            const auto points = points_of(years, values);
            return escap::assess(points, direction_from(dir), target, opt);
        },
        py::arg("years"), py::arg("values"), py::arg("direction"), py::arg("target") = std::nullopt,
        py::arg("base_year") = 2015, py::arg("target_year") = 2030, py::arg("method") = "weighted_regression",
        py::arg("weight_exponent") = 1.0, py::arg("trend_from_year") = std::nullopt,
        py::arg("on_track_max_gap") = 0.0, py::arg("current_status_cap") = std::optional<double>(1.0));

    namespace german = progress::german;
    py::class_<german::assessment> german_class(m, "GermanAssessment");
    common_properties(german_class);
    german_class.def_readonly("window_start_year", &german::assessment::window_start_year)
        .def_readonly("window_start_value", &german::assessment::window_start_value)
        .def_readonly("annual_change", &german::assessment::annual_change)
        .def_readonly("projected_value", &german::assessment::projected_value)
        .def_readonly("shortfall", &german::assessment::shortfall)
        .def_readonly("target_already_met", &german::assessment::target_already_met);
    m.def(
        "german",
        [](const py::array_t<long long, py::array::c_style | py::array::forcecast>& years, const double_array& values,
           const std::string& dir, std::optional<double> target, int target_year, int window_years,
           int min_window_years, const std::string& model, double on_track_below, double close_up_to) {
            german::options opt;
            opt.target_year = target_year;
            opt.window_years = window_years;
            opt.min_window_years = min_window_years;
            if (model == "compound") opt.model = german::change_model::compound;
            else if (model == "linear") opt.model = german::change_model::linear;
            else
                throw std::invalid_argument("plantarget: unknown change model '" + model +
                                            "' (expected compound or linear)");
            opt.on_track_below = on_track_below;
            opt.close_up_to = close_up_to;
            const auto points = points_of(years, values);
            return german::assess(points, direction_from(dir), target, opt);
        },
        py::arg("years"), py::arg("values"), py::arg("direction"), py::arg("target") = std::nullopt,
        py::arg("target_year") = 2030, py::arg("window_years") = 5, py::arg("min_window_years") = 4,
        py::arg("model") = "compound", py::arg("on_track_below") = 0.05, py::arg("close_up_to") = 0.20);
}

}  // namespace plantarget::python
