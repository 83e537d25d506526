// Books over years from Python: figure files read, linked and checked as
// plancheck reads them (io/books_run.hpp), the plan they state evaluated as
// of the latest observation, and each indicator's history (history.hpp) as
// a dict of columns, one row per indicator and period.
#include "bindings.hpp"

#include <plantarget/books.hpp>
#include <plantarget/from_figures.hpp>
#include <plantarget/history.hpp>
#include <plantarget/io/books_run.hpp>
#include <plantarget/period.hpp>
#include <plantarget/plan.hpp>
#include <plantarget/report/document.hpp>
#include <plantarget/validate.hpp>

#include <pybind11/stl.h>

#include <limits>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace plantarget::python {

namespace {

constexpr double missing = std::numeric_limits<double>::quiet_NaN();
constexpr double unbounded = std::numeric_limits<double>::infinity();

// The book that published the actual a point was judged by: an actual figure
// of the indicator for the period, of the condition's measure where the
// books give several.
std::string book_of_actual(const figure_book& book, const indicator_history& h, const history_point& pt) {
    std::string any;
    for (const published_figure& f : book.figures) {
        if (f.role != figure_role::actual || f.indicator_id != h.indicator_id || !(f.period == pt.period)) continue;
        if (to_string(f.measure) == to_string(h.what)) return f.where.file;
        if (any.empty()) any = f.where.file;
    }
    return any;
}

py::tuple history_columns(const std::vector<std::string>& files, const std::map<std::string, std::string>& published,
                          const std::string& links, const std::optional<std::string>& as_of_text) {
    if (files.empty()) throw std::invalid_argument("plantarget: history needs one or more figure files");
    io::books_reading_options opt;
    for (const auto& [file, date] : published)
        if (const std::string wrong = io::add_publication_date(opt.linking, files, file, date); !wrong.empty())
            throw std::invalid_argument("plantarget: published: " + wrong);
    opt.links = links;
    const io::books_reading books = io::read_books(files, opt);
    if (!books.ok()) throw parse_failure(first_of(books.errors));

    const plan p = plan_from_figures(books.linked.book);
    std::optional<period> as_of;
    if (as_of_text) as_of = period::parse(*as_of_text).value();
    else as_of = io::latest_observation(p);
    if (!as_of && !p.targets().empty())
        throw std::invalid_argument("plantarget: no actual observation to date the evaluation by: give as_of");
    if (!as_of) as_of = period::year(2000);  // nothing to evaluate: any date gives the same empty history
    const plan_report report = p.evaluate(*as_of);
    const std::vector<indicator_history> hs = history_of(p, report);

    std::map<std::string, const planned_target*, std::less<>> by_id;
    for (const planned_target& t : p.targets()) by_id.emplace(t.spec.id, &t);

    py::list indicator, name_zh, name_en, period_col, target_id, target, target_text, measure_col, comparator_col,
        threshold, low, high, unit, actual, actual_reason, verdict_col, reason_col, margin, margin_reason, book,
        longest_run, run_now;
    for (const indicator_history& h : hs)
        for (const history_point& pt : h.points) {
            const assessment& a = *pt.judged;
            indicator.append(h.indicator_id);
            name_zh.append(h.name_zh);
            name_en.append(h.name_en);
            period_col.append(pt.period.to_string());
            target_id.append(a.target_id);
            const auto t = by_id.find(a.target_id);
            target.append(t == by_id.end() ? std::string() : t->second->spec.text);
            const bool any = !a.conditions.empty();
            if (any) {
                const condition_assessment& c = a.conditions.front();
                const about_band band = report::band_used(c);
                target_text.append(report::condition_text(c.cond, -1, &band));
                measure_col.append(std::string(to_string(c.cond.what)));
                comparator_col.append(std::string(to_string(c.cond.cmp)));
                threshold.append(c.cond.value);
                unit.append(c.cond.unit.zh());
            } else {
                target_text.append(std::string());
                measure_col.append(py::none());
                comparator_col.append(py::none());
                threshold.append(missing);
                unit.append(py::none());
            }
            // An open side of the band is unbounded: the target allows any value beyond its threshold.
            low.append(!any ? missing : pt.open_low ? -unbounded : pt.low);
            high.append(!any ? missing : pt.open_high ? unbounded : pt.high);
            actual.append(pt.actual.ok() ? *pt.actual : missing);
            actual_reason.append(std::string(to_string(pt.actual.why())));
            verdict_col.append(std::string(to_string(pt.outcome)));
            reason_col.append(std::string(to_string(pt.why)));
            margin.append(pt.margin.ok() ? *pt.margin : missing);
            margin_reason.append(std::string(to_string(pt.margin.why())));
            const std::string from = pt.actual.ok() ? book_of_actual(books.linked.book, h, pt) : std::string();
            book.append(from.empty() ? py::object(py::none()) : py::object(py::str(from)));
            longest_run.append(h.longest_missed_run);
            run_now.append(h.missed_run_now);
        }
    py::dict c;
    c["indicator"] = indicator;
    c["name_zh"] = name_zh;
    c["name_en"] = name_en;
    c["period"] = period_col;
    c["target_id"] = target_id;
    c["target"] = target;
    c["target_text"] = target_text;
    c["measure"] = measure_col;
    c["comparator"] = comparator_col;
    c["threshold"] = threshold;
    c["low"] = low;
    c["high"] = high;
    c["unit"] = unit;
    c["actual"] = actual;
    c["actual_reason"] = actual_reason;
    c["verdict"] = verdict_col;
    c["reason"] = reason_col;
    c["margin"] = margin;
    c["margin_reason"] = margin_reason;
    c["book"] = book;
    c["longest_missed_run"] = longest_run;
    c["missed_run_now"] = run_now;

    py::list book_rows;
    for (const book_info& b : books.linked.books)
        book_rows.append(py::make_tuple(b.name, boost::gregorian::to_iso_extended_string(b.published),
                                        std::string(to_string(b.origin)), b.figures));
    return py::make_tuple(c, as_of->to_string(), book_rows);
}

}  // namespace

void bind_history(py::module_& m) {
    m.def("history_columns", &history_columns, py::arg("files"), py::arg("published") = std::map<std::string, std::string>{},
          py::arg("links") = std::string(), py::arg("as_of") = std::nullopt,
          "io::read_books, plan_from_figures, evaluate as of the latest observation (or as_of), history_of; returns "
          "(columns, as_of, books: (name, published, origin, figures)). ParseError on bad input, nothing evaluated.");
}

}  // namespace plantarget::python
