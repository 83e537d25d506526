// What the translation units of the _plantarget module share: the array type
// the kernels take, and one bind_* function per part of the API. The module
// is split over several files so that a 2-core machine compiles it in
// parallel; each file includes only the plantarget headers it binds.
#pragma once

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <stdexcept>
#include <string>

#if defined(__linux__)
#include <sys/mman.h>
#endif

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

// A new one-dimensional numpy array of n elements whose memory C++ allocated
// and a capsule frees: the kernels write into it and it becomes a DataFrame
// column as it is, without a copy. Large arrays are aligned to 2 MiB and
// advised as huge pages (transparent huge pages in "madvise" mode, as on the
// development machine): a fresh 80 MB column then costs some 40 page faults
// rather than 20,000, and every large result is fresh memory from the system.
template <class T>
py::array_t<T> owned_array(std::size_t n) {
    constexpr std::size_t huge_page = std::size_t{2} << 20;
    const std::size_t bytes = std::max<std::size_t>(1, n * sizeof(T));
    const std::size_t alignment = bytes >= huge_page ? huge_page : 64;
    const std::size_t rounded = (bytes + alignment - 1) / alignment * alignment;  // aligned_alloc needs a multiple
    void* memory = std::aligned_alloc(alignment, rounded);
    if (memory == nullptr) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (alignment == huge_page) (void)madvise(memory, rounded, MADV_HUGEPAGE);  // advice only: failure is harmless
#endif
    py::capsule owner;
    try {
        owner = py::capsule(memory, [](void* p) { std::free(p); });
    } catch (...) {
        std::free(memory);
        throw;
    }
    return py::array_t<T>({static_cast<py::ssize_t>(n)}, {static_cast<py::ssize_t>(sizeof(T))}, static_cast<T*>(memory),
                          owner);
}

void register_errors(py::module_& m);
void bind_enums(py::module_& m);
void bind_formulas(py::module_& m);
void bind_batch(py::module_& m);
void bind_units(py::module_& m);
void bind_figures(py::module_& m);
void bind_progress(py::module_& m);
void bind_history(py::module_& m);

}  // namespace plantarget::python
