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

// The texts of a vocabulary, in code order (vocab/vocabulary.hpp).
template <class Enum, class Field>
std::vector<std::string> texts_of(Field field) {
    std::vector<std::string> out;
    for (const auto& e : vocabulary<Enum>::entries) out.emplace_back(e.*field);
    return out;
}

// A Python enum whose members are the vocabulary's tokens.
template <class Enum>
void bind_vocabulary(py::module_& m, const char* name, const char* doc) {
    py::enum_<Enum> e(m, name, doc);
    for (const auto& entry : vocabulary<Enum>::entries) e.value(std::string(entry.token).c_str(), entry.value);
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
    bind_vocabulary<reason>(m, "Reason", "Why a result is undefined (plantarget::reason); describe() gives the text.");
    m.def("describe", [](reason r) { return std::string(describe(r)); }, py::arg("reason"),
          "The text of a reason, as plantarget::describe gives it.");

    // Tables the Python layer builds categoricals and lookups from: every
    // list comes from the C++ vocabulary, so nothing here is restated.
    using E = vocab_entry<reason>;
    m.attr("reason_tokens") = texts_of<reason>(&E::token);
    m.attr("reason_texts") = texts_of<reason>(&E::english);
    m.attr("reason_chinese") = texts_of<reason>(&E::chinese);
    m.attr("verdict_names") = texts_of<verdict>(&vocab_entry<verdict>::token);
    m.attr("verdict_english") = texts_of<verdict>(&vocab_entry<verdict>::english);
    m.attr("verdict_chinese") = texts_of<verdict>(&vocab_entry<verdict>::chinese);
    m.attr("comparator_names") = texts_of<comparator>(&vocab_entry<comparator>::token);
    m.attr("comparator_symbols") = texts_of<comparator>(&vocab_entry<comparator>::symbol);
    m.attr("measure_names") = texts_of<measure>(&vocab_entry<measure>::token);
    m.attr("direction_names") = texts_of<direction>(&vocab_entry<direction>::token);
    m.attr("nature_names") = texts_of<nature>(&vocab_entry<nature>::token);
    m.attr("commitment_names") = texts_of<commitment>(&vocab_entry<commitment>::token);
    m.attr("unit_kind_names") = texts_of<units::unit_kind>(&vocab_entry<units::unit_kind>::token);
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
    bind_history(m);
}
