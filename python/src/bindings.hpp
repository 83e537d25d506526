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
#include <iterator>
#include <mutex>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

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

// Result memory that Python has freed, kept for the next result of the same
// size. A freshly allocated column costs a page fault per 4 KiB when it is
// first written (glibc hands a large free back to the system at once: it
// trims the heap top or unmaps the block), which for a 10^5-row evaluation
// is some 700 faults, as long as the evaluation itself. Repeated calls of
// one size (a loop over frames, Dask partitions) get memory that is already
// mapped. At most max_held bytes are kept; the oldest block goes first.
// Callers hold the GIL (results are allocated and their capsules destroyed
// under it); the mutex makes that assumption harmless if it ever fails.
class result_memory {
public:
    static constexpr std::size_t max_held = std::size_t{64} << 20;

    struct block {
        void* memory = nullptr;
        std::size_t bytes = 0;      // a multiple of alignment
        std::size_t alignment = 0;
    };

    static result_memory& instance() {
        static auto* const kept = new result_memory();  // never destroyed: capsules may outlive static destructors
        return *kept;
    }

    // A block of exactly `bytes` at `alignment`: a kept one, or a new one.
    block take(std::size_t bytes, std::size_t alignment) {
        {
            const std::lock_guard lock(mutex_);
            for (auto it = kept_.rbegin(); it != kept_.rend(); ++it) {
                if (it->bytes == bytes && it->alignment == alignment) {
                    const block b = *it;
                    kept_.erase(std::next(it).base());
                    held_ -= b.bytes;
                    return b;
                }
            }
        }
        void* memory = std::aligned_alloc(alignment, bytes);
        if (memory == nullptr) throw std::bad_alloc();
        return {memory, bytes, alignment};
    }

    void give_back(const block& b) noexcept {
        if (b.bytes > max_held) {
            std::free(b.memory);
            return;
        }
        const std::lock_guard lock(mutex_);
        while (held_ + b.bytes > max_held && !kept_.empty()) {
            std::free(kept_.front().memory);
            held_ -= kept_.front().bytes;
            kept_.erase(kept_.begin());
        }
        try {
            kept_.push_back(b);
            held_ += b.bytes;
        } catch (...) {
            std::free(b.memory);
        }
    }

    std::size_t held_bytes() {
        const std::lock_guard lock(mutex_);
        return held_;
    }

private:
    result_memory() = default;
    std::mutex mutex_;
    std::vector<block> kept_;  // oldest first
    std::size_t held_ = 0;
};

// A new one-dimensional numpy array of n elements whose memory C++ allocated
// and a capsule gives back: the kernels write into it and it becomes a
// DataFrame column as it is, without a copy. The caller writes every element.
// Large arrays are aligned to 2 MiB and advised as huge pages (transparent
// huge pages in "madvise" mode, as on the development machine): a fresh 80 MB
// column then costs some 40 page faults rather than 20,000.
template <class T>
py::array_t<T> owned_array(std::size_t n) {
    constexpr std::size_t huge_page = std::size_t{2} << 20;
    const std::size_t bytes = std::max<std::size_t>(1, n * sizeof(T));
    const std::size_t alignment = bytes >= huge_page ? huge_page : 64;
    const std::size_t rounded = (bytes + alignment - 1) / alignment * alignment;  // aligned_alloc needs a multiple
    auto* const b = new result_memory::block(result_memory::instance().take(rounded, alignment));
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (alignment == huge_page) (void)madvise(b->memory, rounded, MADV_HUGEPAGE);  // advice only: failure is harmless
#endif
    py::capsule owner;
    try {
        owner = py::capsule(b, [](void* p) {
            auto* const kept = static_cast<result_memory::block*>(p);
            result_memory::instance().give_back(*kept);
            delete kept;
        });
    } catch (...) {
        result_memory::instance().give_back(*b);
        delete b;
        throw;
    }
    return py::array_t<T>({static_cast<py::ssize_t>(n)}, {static_cast<py::ssize_t>(sizeof(T))},
                          static_cast<T*>(b->memory), owner);
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
