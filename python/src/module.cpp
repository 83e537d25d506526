// The _plantarget extension module: the C++ library's errors as Python
// exceptions, its enumerations as name tables, and the bind_* parts.
//
// Errors: a parse_failure (bad input text: a CSV cell, a unit, a period)
// becomes plantarget.ParseError, a subclass of ValueError whose str() is
// parse_error::to_string() ("file:line:column: message: 'text'") and which
// carries the parts as attributes. std::invalid_argument becomes ValueError
// with what() as its text (pybind11's own translation).
#include "bindings.hpp"

#include <plantarget/direction.hpp>
#include <plantarget/error.hpp>
#include <plantarget/evaluate.hpp>
#include <plantarget/figures.hpp>
#include <plantarget/result.hpp>
#include <plantarget/target.hpp>
#include <plantarget/version.hpp>

#include <pybind11/stl.h>

#include <exception>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plantarget::python {

namespace {

// A new reference, kept for the life of the interpreter: the translator runs
// during any call, up to interpreter shutdown.
PyObject* parse_error_type = nullptr;

void raise_parse_error(const parse_failure& failure) {
    const parse_error& e = failure.error();
    py::object exc = py::reinterpret_steal<py::object>(PyObject_CallFunction(parse_error_type, "s", failure.what()));
    if (!exc) return;  // the call set a Python error (out of memory): that one propagates
    const auto or_none = [](const std::string& s) -> py::object {
        return s.empty() ? py::object(py::none()) : py::object(py::str(s));
    };
    const auto count_or_none = [](std::size_t n) -> py::object {
        return n == 0 ? py::object(py::none()) : py::object(py::int_(n));
    };
    exc.attr("message") = py::str(e.message);
    exc.attr("text") = py::str(e.text);
    exc.attr("file") = or_none(e.where.file);
    exc.attr("line") = count_or_none(e.where.line);
    exc.attr("column") = count_or_none(e.where.column);
    PyErr_SetObject(parse_error_type, exc.ptr());
}

// Every value of an enumeration with a to_string/describe, in code order:
// codes run from 0 until the text function reports an unknown value, so a
// value appended to the C++ enum appears here without an edit.
template <class Enum, class Text>
std::vector<std::string> names_of(Text text, std::string_view unknown) {
    std::vector<std::string> out;
    for (unsigned code = 0; code < 256; ++code) {
        const std::string_view name = text(static_cast<Enum>(code));
        if (name == unknown) break;
        out.emplace_back(name);
    }
    return out;
}

}  // namespace

void register_errors(py::module_& m) {
    parse_error_type = PyErr_NewExceptionWithDoc(
        "plantarget.ParseError",
        "Bad input text (a CSV cell, a unit, a period). str() is 'file:line:column: message: \\'text\\'' as the "
        "C++ parse_error::to_string() writes it; the attributes message, text, file, line and column hold the parts "
        "(file, line and column are None when unknown).",
        PyExc_ValueError, nullptr);
    if (parse_error_type == nullptr) throw py::error_already_set();
    m.add_object("ParseError", py::handle(parse_error_type));
    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) std::rethrow_exception(p);
        } catch (const parse_failure& e) {
            raise_parse_error(e);
        }
    });
}

void bind_enums(py::module_& m) {
    py::enum_<reason>(m, "Reason", "Why a result is undefined (plantarget::reason); describe() gives the text.")
        .value("none", reason::none)
        .value("zero_base", reason::zero_base)
        .value("opposite_signs", reason::opposite_signs)
        .value("negative_base", reason::negative_base)
        .value("missing_period", reason::missing_period)
        .value("too_few_observations", reason::too_few_observations)
        .value("not_finite", reason::not_finite)
        .value("zero_rate", reason::zero_rate)
        .value("overflow", reason::overflow)
        .value("unit_mismatch", reason::unit_mismatch)
        .value("no_target", reason::no_target)
        .value("bound_only", reason::bound_only)
        .value("no_data", reason::no_data)
        .value("invalid_argument", reason::invalid_argument)
        .value("duplicate_period", reason::duplicate_period)
        .value("period_mismatch", reason::period_mismatch)
        .value("not_applicable", reason::not_applicable);

    m.def("describe", [](reason r) { return std::string(describe(r)); }, py::arg("reason"),
          "The text of a reason, as plantarget::describe gives it.");

    // Tables the Python layer builds categoricals and lookups from.
    m.attr("reason_texts") = names_of<reason>([](reason r) { return describe(r); }, "unknown reason");
    m.attr("verdict_names") = names_of<verdict>([](verdict v) { return to_string(v); }, "?");
    m.attr("comparator_names") = names_of<comparator>([](comparator c) { return to_string(c); }, "?");
    m.attr("measure_names") = names_of<measure>([](measure w) { return to_string(w); }, "?");
    m.attr("direction_names") = names_of<direction>([](direction d) { return to_string(d); }, "unknown");
    std::vector<std::pair<std::string, int>> words;
    for (const comparator_word& w : comparator_words) words.emplace_back(std::string(w.text), static_cast<int>(w.cmp));
    m.attr("comparator_words") = words;
}

}  // namespace plantarget::python

PYBIND11_MODULE(_plantarget, m) {
    using namespace plantarget::python;
    m.doc() = "plantarget: plan-target modeling (C++ core). Use the `plantarget` package, which wraps this module.";
    m.attr("__version__") = PLANTARGET_VERSION_STRING;  // from CMake's project(VERSION)

    register_errors(m);
    bind_enums(m);
    bind_formulas(m);
    bind_batch(m);
    bind_units(m);
    bind_figures(m);
    bind_progress(m);
}
