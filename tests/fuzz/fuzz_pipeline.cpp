// Fuzzes what plancheck does with a file: a figures CSV table (and, after a
// form feed, a relations table) read into a book, the plan built from it,
// every target evaluated as of the latest actual, the arithmetic audited and
// the report rendered as a table and as JSON. Bad input must give an error
// (or, from plan_from_figures, std::invalid_argument), never a crash, a
// hang or a sanitizer report.
#include <plantarget/audit.hpp>
#include <plantarget/from_figures.hpp>
#include <plantarget/io/figures_csv.hpp>
#include <plantarget/plan.hpp>
#include <plantarget/report/document.hpp>
#include <plantarget/report/json.hpp>
#include <plantarget/report/table.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    using namespace plantarget;

    const std::size_t split = bytes.find('\f');
    const std::string_view figures = bytes.substr(0, split);
    const std::string_view relations = split == std::string_view::npos ? std::string_view{} : bytes.substr(split + 1);
    const auto book = io::read_figures_csv(figures, relations, "f.csv", "r.csv");
    if (!book.ok()) {
        if (book.error().message.empty()) __builtin_trap();
        return 0;
    }

    plan p;
    try {
        p = plan_from_figures(book.value());
    } catch (const std::invalid_argument&) {
        return 0;  // figures that contradict each other: refused, as plancheck does
    }
    std::optional<period> as_of;
    for (const indicator_info& ind : p.indicators())
        for (const auto& o : *p.series_of(ind.id))
            if (!as_of || *as_of < o.period) as_of = o.period;
    const plan_report evaluation = p.evaluate(as_of.value_or(period::year(2025)));
    const audit_result audited = audit(book.value());
    const report::document doc{&p, &evaluation, &audited, &book.value(), "fuzz"};
    if (report::render_table(doc).empty() || report::render_json(doc).empty()) __builtin_trap();
    return 0;
}
