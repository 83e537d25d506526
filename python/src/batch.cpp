// Column-wise evaluation (batch.hpp) for numpy columns: the kernel behind
// plantarget.evaluate() on DataFrames and behind each Dask partition. The
// columns arrive contiguous; the results are written straight into new numpy
// arrays while the GIL is released, so a worker process spends its time in
// the C++ loop, not in Python.
#include "bindings.hpp"

#include <plantarget/batch.hpp>
#include <plantarget/evaluate.hpp>
#include <plantarget/result.hpp>
#include <plantarget/target.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace plantarget::python {

namespace {

// The highest comparator code the C++ enum defines.
constexpr std::uint8_t last_comparator = static_cast<std::uint8_t>(comparator::milestone_at_least);

// A value of a vocabulary from its code (the position of its token in
// plantarget's <name>_names list).
template <class E>
E vocabulary_code(int code, const char* name) {
    if (code < 0 || static_cast<std::size_t>(code) >= vocabulary<E>::entries.size())
        throw std::invalid_argument("plantarget: " + std::to_string(code) + " is not a " + name + " code (0.." +
                                    std::to_string(vocabulary<E>::entries.size() - 1) + ")");
    return static_cast<E>(code);
}

comparator comparator_from_code(int code) {
    if (code < 0 || code > last_comparator)
        throw std::invalid_argument("plantarget: comparator code " + std::to_string(code) + " is not a comparator");
    return static_cast<comparator>(code);
}

measure measure_from_code(int code) {
    if (code == static_cast<int>(measure::level)) return measure::level;
    if (code == static_cast<int>(measure::growth)) return measure::growth;
    throw std::invalid_argument(
        "plantarget: batch evaluation bounds the level or the growth; completion needs a plan column");
}

py::tuple evaluate_columns(const double_array& values, const double_array& prior_values,
                           const double_array& thresholds, const byte_array& comparator_codes, int same_comparator,
                           const double_array& uppers, int what, unsigned threads, const std::string& basis,
                           const byte_array& months_covered, const byte_array& nature_codes, int same_nature,
                           const byte_array& direction_codes, int same_direction, double on_schedule_band) {
    const std::size_t n = length_of(values, "values");
    const auto check = [n](const py::array& a, const char* name, bool optional) {
        const std::size_t size = length_of(a, name);
        if (size != n && !(optional && size == 0))
            throw std::invalid_argument(std::string("plantarget: ") + name + " has " + std::to_string(size) +
                                        " rows, values has " + std::to_string(n));
    };
    check(prior_values, "prior", false);
    check(thresholds, "threshold", false);
    check(comparator_codes, "comparator", true);
    check(uppers, "upper", true);
    check(months_covered, "months", true);
    check(nature_codes, "nature", true);
    check(direction_codes, "direction", true);

    // The codes are checked here, once, so that the kernel sees only comparators.
    std::vector<comparator> cmps(static_cast<std::size_t>(comparator_codes.shape(0)));
    const std::uint8_t* codes = comparator_codes.data();
    for (std::size_t i = 0; i < cmps.size(); ++i) cmps[i] = comparator_from_code(codes[i]);

    batch_inputs in;
    in.values = std::span<const double>(values.data(), n);
    in.prior_values = std::span<const double>(prior_values.data(), n);
    in.thresholds = std::span<const double>(thresholds.data(), n);
    in.comparators = cmps;
    in.same_comparator = comparator_from_code(same_comparator);
    in.uppers = std::span<const double>(uppers.data(), static_cast<std::size_t>(uppers.shape(0)));
    in.what = measure_from_code(what);
    const auto b = from_token<price_basis>(basis);
    if (!b) throw std::invalid_argument("plantarget: unknown price_basis '" + basis + "' (expected " +
                                        token_list<price_basis, std::string>() + ")");
    in.basis = *b;

    // Natures and directions as codes of their vocabularies: checked here,
    // once, as the comparators are.
    std::vector<nature> natures(static_cast<std::size_t>(nature_codes.shape(0)));
    for (std::size_t i = 0; i < natures.size(); ++i) natures[i] = vocabulary_code<nature>(nature_codes.data()[i], "nature");
    std::vector<direction> directions(static_cast<std::size_t>(direction_codes.shape(0)));
    for (std::size_t i = 0; i < directions.size(); ++i)
        directions[i] = vocabulary_code<direction>(direction_codes.data()[i], "direction");
    in.months_covered = std::span<const std::uint8_t>(months_covered.data(), static_cast<std::size_t>(months_covered.shape(0)));
    in.natures = natures;
    in.same_nature = vocabulary_code<nature>(same_nature, "nature");
    in.directions = directions;
    in.rule.better = vocabulary_code<direction>(same_direction, "direction");
    if (!(on_schedule_band >= 0.0) || !std::isfinite(on_schedule_band))
        throw std::invalid_argument("plantarget: on_schedule_band must be a finite number of points >= 0");
    in.on_schedule_band_pp = on_schedule_band;

    // Results go straight into arrays that become the DataFrame's columns
    // (owned_array). The one-byte enum columns are int8, the dtype pandas
    // keeps categorical codes in, so pd.Categorical.from_codes takes them
    // without a copy; they are written as reason / verdict objects into raw
    // (malloc'd) storage, which numpy only ever reads as bytes.
    static_assert(sizeof(reason) == 1 && sizeof(verdict) == 1);
    auto growth = owned_array<double>(n);
    auto growth_reasons = owned_array<std::int8_t>(n);
    auto verdict_codes = owned_array<std::int8_t>(n);
    auto margins = owned_array<double>(n);
    auto reason_codes = owned_array<std::int8_t>(n);
    auto margin_reason_codes = owned_array<std::int8_t>(n);
    // The expected-to-date columns only for rows in the year (months given):
    // at the deadline they would be 0.0 and not_applicable on every row.
    const std::size_t in_year = in.months_covered.empty() ? 0 : n;
    auto expected = owned_array<double>(in_year);
    auto expected_reason_codes = owned_array<std::int8_t>(in_year);
    batch_outputs out;
    out.growth_percent = std::span<double>(growth.mutable_data(), n);
    out.growth_reasons = std::span<reason>(reinterpret_cast<reason*>(growth_reasons.mutable_data()), n);
    out.verdicts = std::span<verdict>(reinterpret_cast<verdict*>(verdict_codes.mutable_data()), n);
    out.margins = std::span<double>(margins.mutable_data(), n);
    out.reasons = std::span<reason>(reinterpret_cast<reason*>(reason_codes.mutable_data()), n);
    out.margin_reasons = std::span<reason>(reinterpret_cast<reason*>(margin_reason_codes.mutable_data()), n);
    out.expected_to_date = std::span<double>(expected.mutable_data(), in_year);
    out.expected_reasons = std::span<reason>(reinterpret_cast<reason*>(expected_reason_codes.mutable_data()), in_year);
    reason status = reason::none;
    {
        py::gil_scoped_release unlocked;
        status = threads == 1 ? evaluate_batch(in, out) : evaluate_batch_parallel(in, out, threads);
        if (status == reason::none) {
            // The batch writes 0.0 where a number is undefined; here the
            // marker is NaN, and the reason column beside it says why.
            constexpr double missing = std::numeric_limits<double>::quiet_NaN();
            for (std::size_t i = 0; i < n; ++i) {
                if (out.growth_reasons[i] != reason::none) out.growth_percent[i] = missing;
                if (out.reasons[i] != reason::none || out.margin_reasons[i] != reason::none) out.margins[i] = missing;
            }
            for (std::size_t i = 0; i < in_year; ++i)
                if (out.expected_reasons[i] != reason::none) out.expected_to_date[i] = missing;
        }
    }
    if (status != reason::none)
        throw std::invalid_argument("plantarget: batch evaluation refused its columns: " +
                                    std::string(describe(status)));
    return py::make_tuple(growth, growth_reasons, verdict_codes, margins, reason_codes, margin_reason_codes, expected,
                          expected_reason_codes);
}

}  // namespace

void bind_batch(py::module_& m) {
    m.def("result_memory_held", [] { return result_memory::instance().held_bytes(); },
          "Bytes of freed result columns kept for reuse by the next result of their size.");
    m.def("result_memory_max_held", [] { return result_memory::max_held; },
          "The most bytes of freed result columns kept for reuse.");
    m.def("evaluate_columns", &evaluate_columns, py::arg("values"), py::arg("prior"), py::arg("threshold"),
          py::arg("comparator_codes"), py::arg("same_comparator"), py::arg("upper"), py::arg("what"),
          py::arg("threads") = 1U, py::arg("price_basis") = std::string("nominal"),
          py::arg("months") = byte_array(), py::arg("nature_codes") = byte_array(), py::arg("same_nature") = static_cast<int>(nature::flow),
          py::arg("direction_codes") = byte_array(), py::arg("same_direction") = static_cast<int>(direction::within_band),
          py::arg("on_schedule_band") = 1.0,
          "evaluate_batch over numpy columns. comparator_codes may be empty (then every row uses "
          "same_comparator), upper may be empty (0 for every row). price_basis 'real' with what growth: every "
          "row not assessable (price_basis). threads: 1 runs on the calling thread, 0 one "
          "thread per core. months (uint8, may be empty: every row at the deadline): months of the year each value "
          "covers, judged by the row's nature (nature_codes, or same_nature) as evaluate() judges them; "
          "direction_codes / same_direction: the direction of about-bands. Returns (growth_percent, "
          "growth_reason_codes, verdict_codes, margins, reason_codes, margin_reason_codes, expected_to_date, "
          "expected_reason_codes; these two are empty when months is); growth is NaN exactly where its reason code is not 0, the margin where the row's "
          "or the margin's reason code is not 0.");
}

}  // namespace plantarget::python
