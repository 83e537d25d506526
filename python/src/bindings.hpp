// What the translation units of the _plantarget module share: the array type
// the kernels take, and one bind_* function per part of the API. The module
// is split over several files so that a 2-core machine compiles it in
// parallel; each file includes only the plantarget headers it binds.
#pragma once

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace plantarget::python {

namespace py = pybind11;

// A one-dimensional float64 array, converted (and made contiguous) by pybind11
// when the caller passes ints, a strided view or a list.
using double_array = py::array_t<double, py::array::c_style | py::array::forcecast>;
using byte_array = py::array_t<std::uint8_t, py::array::c_style | py::array::forcecast>;

// The number of elements of a one-dimensional array; anything else is a
// ValueError (the Python layer flattens and broadcasts before calling in).
inline std::size_t length_of(const py::array& a, const char* name) {
    if (a.ndim() != 1)
        throw std::invalid_argument(std::string("plantarget: ") + name + " must be one-dimensional");
    return static_cast<std::size_t>(a.shape(0));
}

void register_errors(py::module_& m);
void bind_enums(py::module_& m);
void bind_formulas(py::module_& m);
void bind_batch(py::module_& m);
void bind_units(py::module_& m);
void bind_figures(py::module_& m);
void bind_progress(py::module_& m);

}  // namespace plantarget::python
