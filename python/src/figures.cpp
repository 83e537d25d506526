// Units by their report labels, the figure book (io/figures_csv.hpp), the plan
// built from it (from_figures.hpp), its evaluation (plan.hpp) and the audit
// (audit.hpp). Tables leave here as dicts of columns (lists), which the
// Python layer turns into DataFrames: a plan has hundreds of rows, not
// millions, so clarity wins over speed on this side.
//
// Every result<> field becomes two columns: the number (NaN where undefined)
// and `<name>_reason`, the reason's stable token ("none" where the number is
// defined; plantarget.reason_text gives the prose).
#include "bindings.hpp"

#include <plantarget/audit.hpp>
#include <plantarget/discover.hpp>
#include <plantarget/evaluate.hpp>
#include <plantarget/figures.hpp>
#include <plantarget/from_figures.hpp>
#include <plantarget/io/extract.hpp>
#include <plantarget/io/figures_csv.hpp>
#include <plantarget/io/figures_json.hpp>
#include <plantarget/io/number.hpp>
#include <plantarget/period.hpp>
#include <plantarget/plan.hpp>
#include <plantarget/progress/run.hpp>
#include <plantarget/report/findings.hpp>
#include <plantarget/result.hpp>
#include <plantarget/units/registry.hpp>
#include <plantarget/validate.hpp>
#include <plantarget/units/rate.hpp>

#include <pybind11/stl.h>

#include <array>
#include <cstddef>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plantarget::python {

namespace {

constexpr double missing = std::numeric_limits<double>::quiet_NaN();

std::string_view kind_name(units::unit_kind k) {
    using units::unit_kind;
    switch (k) {
        case unit_kind::currency: return "currency";
        case unit_kind::persons: return "persons";
        case unit_kind::person_visits: return "person_visits";
        case unit_kind::households: return "households";
        case unit_kind::enterprises: return "enterprises";
        case unit_kind::items: return "items";
        case unit_kind::trains: return "trains";
        case unit_kind::teu: return "teu";
        case unit_kind::vehicles: return "vehicles";
        case unit_kind::cases: return "cases";
        case unit_kind::lines: return "lines";
        case unit_kind::buildings: return "buildings";
        case unit_kind::parcels: return "parcels";
        case unit_kind::machines: return "machines";
        case unit_kind::places: return "places";
        case unit_kind::events: return "events";
        case unit_kind::institutions: return "institutions";
        case unit_kind::categories: return "categories";
        case unit_kind::batches: return "batches";
        case unit_kind::enterprise_visits: return "enterprise_visits";
        case unit_kind::occurrences: return "occurrences";
        case unit_kind::titles: return "titles";
        case unit_kind::length: return "length";
        case unit_kind::area: return "area";
        case unit_kind::concentration: return "concentration";
        case unit_kind::percent: return "percent";
        case unit_kind::percentage_points: return "percentage_points";
        case unit_kind::rank: return "rank";
        case unit_kind::per_thousand_persons: return "per_thousand_persons";
        case unit_kind::mass:
        case unit_kind::power:
        case unit_kind::energy:
        case unit_kind::coal_equivalent:
        case unit_kind::energy_intensity:
        case unit_kind::volume:
        case unit_kind::age:
        case unit_kind::years:
        case unit_kind::multiple:
        case unit_kind::us_dollars:
        case unit_kind::sets:
        case unit_kind::facilities: return to_string(k);
    }
    return "unknown";
}

units::unit_descriptor parse_unit_or_throw(const std::string& label) { return units::parse_unit(label).value(); }

// A column of a result<>: the numbers and the reasons beside them.
struct result_column {
    py::list values;
    py::list reasons;

    void add(reason why, double value) {
        values.append(why == reason::none ? value : missing);
        reasons.append(std::string(to_string(why)));  // the stable token
    }
    template <class T>
    void add(const result<T>& r, double (*number)(const T&)) {
        add(r.why(), r.ok() ? number(*r) : missing);
    }
    void into(py::dict& table, const char* name) const {
        table[name] = values;
        table[(std::string(name) + "_reason").c_str()] = reasons;
    }
};

double plain(const double& v) { return v; }
double percent_value(const percent& p) { return p.value(); }
double points_value(const percentage_points& p) { return p.value(); }
double growth_percent(const growth_rate& g) { return g.in_percent(); }

py::dict figure_columns(const figure_book& book) {
    py::list id, indicator, section, section_title, name_zh, name_en, role, period_text, measure_text, comparator_text, value,
        has_value, decimals, unit, quote;
    for (const published_figure& f : book.figures) {
        id.append(f.id);
        indicator.append(f.indicator_id);
        section.append(f.section);
        // The title of the figure's own section, as the book gives it; empty for none.
        const std::string* title = book.title_of_section(f.section);
        section_title.append(title == nullptr ? std::string() : *title);
        name_zh.append(f.name_zh);
        name_en.append(f.name_en);
        role.append(std::string(to_string(f.role)));
        period_text.append(f.period.to_string());
        measure_text.append(std::string(to_string(f.measure)));
        comparator_text.append(f.comparator_text.text());
        value.append(f.has_value ? f.value.value : missing);
        has_value.append(f.has_value);
        decimals.append(f.value.decimals);
        unit.append(f.unit.zh());
        quote.append(f.quote);
    }
    py::dict t;
    t["id"] = id;
    t["indicator"] = indicator;
    t["section"] = section;
    t["section_title"] = section_title;
    t["name_zh"] = name_zh;
    t["name_en"] = name_en;
    t["role"] = role;
    t["period"] = period_text;
    t["measure"] = measure_text;
    t["comparator"] = comparator_text;
    t["value"] = value;
    t["has_value"] = has_value;
    t["decimals"] = decimals;
    t["unit"] = unit;
    t["quote"] = quote;
    return t;
}

py::dict relation_columns(const figure_book& book) {
    py::list id, kind, origin, result_id, operands, note;
    for (const figure_relation& r : book.relations) {
        id.append(r.id);
        kind.append(std::string(to_string(r.kind)));
        origin.append(std::string(to_string(r.origin)));
        result_id.append(r.result);
        operands.append(py::tuple(py::cast(r.operands)));
        note.append(r.note);
    }
    py::dict t;
    t["id"] = id;
    t["kind"] = kind;
    t["origin"] = origin;
    t["result"] = result_id;
    t["operands"] = operands;
    t["note"] = note;
    return t;
}

py::dict indicator_columns(const plan& p) {
    py::list id, name_zh, name_en, unit, better, kind, observations;
    for (const indicator_info& info : p.indicators()) {
        id.append(info.id);
        name_zh.append(info.name_zh);
        name_en.append(info.name_en);
        unit.append(info.unit.zh());
        better.append(std::string(to_string(info.better)));
        kind.append(std::string(to_string(info.kind)));
        const value_series* s = p.series_of(info.id);
        observations.append(s == nullptr ? 0 : s->size());
    }
    py::dict t;
    t["id"] = id;
    t["name_zh"] = name_zh;
    t["name_en"] = name_en;
    t["unit"] = unit;
    t["better"] = better;
    t["kind"] = kind;
    t["observations"] = observations;
    return t;
}

std::string_view commitment_name(commitment k) { return k == commitment::binding ? "binding" : "anticipatory"; }

py::dict target_columns(const plan& p) {
    py::list id, indicator, section, deadline, kind, combine, conditions, what, cmp, threshold, upper, unit, text;
    for (const planned_target& t : p.targets()) {
        id.append(t.spec.id);
        indicator.append(t.spec.indicator_id);
        section.append(t.section);
        deadline.append(t.spec.deadline.to_string());
        kind.append(std::string(commitment_name(t.spec.kind)));
        combine.append(t.spec.combine == combination::all_of ? "all_of" : "any_of");
        conditions.append(t.spec.conditions.size());
        // The first condition, as the assessment's threshold is.
        const bool any = !t.spec.conditions.empty();
        const condition c = any ? t.spec.conditions.front() : condition{};
        what.append(any ? py::object(py::str(std::string(to_string(c.what)))) : py::object(py::none()));
        cmp.append(any ? py::object(py::str(std::string(to_string(c.cmp)))) : py::object(py::none()));
        threshold.append(any ? c.value : missing);
        upper.append(any ? (c.cmp == comparator::about ? band_of(c).tolerance : c.upper) : missing);
        unit.append(any ? py::object(py::str(c.unit.zh())) : py::object(py::none()));
        text.append(t.spec.text);
    }
    py::dict t;
    t["id"] = id;
    t["indicator"] = indicator;
    t["section"] = section;
    t["deadline"] = deadline;
    t["kind"] = kind;
    t["combine"] = combine;
    t["conditions"] = conditions;
    t["measure"] = what;
    t["comparator"] = cmp;
    t["threshold"] = threshold;
    t["upper"] = upper;
    t["unit"] = unit;
    t["text"] = text;
    return t;
}

py::object period_or_none(bool known, const period& p) {
    return known ? py::object(py::str(p.to_string())) : py::object(py::none());
}

// The plan's assessments as of a period, one row per target in section order.
py::tuple assessment_columns(const plan& p, const std::string& as_of_text, double on_schedule_band_pp,
                             int among_top_cutoff, std::optional<std::array<double, 12>> seasonal_profile,
                             bool seasonal_from_last_year, double about_points, double about_share) {
    const period as_of = period::parse(as_of_text).value();
    evaluation_options opt;
    opt.on_schedule_band_pp = on_schedule_band_pp;
    opt.among_top_cutoff = among_top_cutoff;
    opt.seasonal_profile = seasonal_profile;
    opt.seasonal_from_last_year = seasonal_from_last_year;
    opt.about_band.points = about_points;
    opt.about_band.share = about_share;
    const plan_report report = p.evaluate(as_of, opt);

    std::map<std::string, const planned_target*, std::less<>> by_id;
    for (const planned_target& t : p.targets()) by_id.emplace(t.spec.id, &t);

    py::list section, target_id, indicator_id, kind, deadline, as_of_col, at_deadline, outcome, why, threshold,
        actual_period, last_actual_period, conditions, text, expected_from;
    result_column actual, margin, completion, expected, gap, projected, last_actual, required;
    for (std::size_t i = 0; i < report.assessments.size(); ++i) {
        const assessment& a = report.assessments[i];
        section.append(report.sections[i]);
        target_id.append(a.target_id);
        indicator_id.append(a.indicator_id);
        kind.append(std::string(commitment_name(a.kind)));
        deadline.append(a.deadline.to_string());
        as_of_col.append(a.as_of.to_string());
        at_deadline.append(a.at_deadline);
        outcome.append(std::string(to_string(a.outcome)));
        why.append(std::string(to_string(a.why)));  // the stable token
        threshold.append(a.conditions.empty() ? missing : a.threshold);
        actual.add(a.actual, plain);
        actual_period.append(period_or_none(a.actual.ok(), a.actual_period));
        margin.add(a.margin, plain);
        completion.add(a.completion, percent_value);
        expected.add(a.expected_to_date, plain);
        expected_from.append(a.expected_to_date ? py::object(py::str(a.seasonal ? "seasonal" : "pro_rata"))
                                                : py::object(py::none()));
        gap.add(a.schedule_gap, points_value);
        projected.add(a.projected, plain);
        last_actual.add(a.last_actual, plain);
        last_actual_period.append(period_or_none(a.last_actual.ok(), a.last_actual_period));
        required.add(a.required_growth, growth_percent);
        conditions.append(a.conditions.size());
        const auto t = by_id.find(a.target_id);
        text.append(t == by_id.end() ? std::string() : t->second->spec.text);
    }
    py::dict t;
    t["section"] = section;
    t["target_id"] = target_id;
    t["indicator_id"] = indicator_id;
    t["kind"] = kind;
    t["deadline"] = deadline;
    t["as_of"] = as_of_col;
    t["at_deadline"] = at_deadline;
    t["verdict"] = outcome;
    t["reason"] = why;
    t["threshold"] = threshold;
    actual.into(t, "actual");
    t["actual_period"] = actual_period;
    margin.into(t, "margin");
    completion.into(t, "completion");
    expected.into(t, "expected_to_date");
    t["expected_from"] = expected_from;
    gap.into(t, "schedule_gap");
    projected.into(t, "projected");
    last_actual.into(t, "last_actual");
    t["last_actual_period"] = last_actual_period;
    required.into(t, "required_growth");
    t["conditions"] = conditions;
    t["text"] = text;
    return py::make_tuple(t, report.binding_targets_met());
}

// progress::run over the plan (plancheck --progress): one row per followed
// indicator, with the method's category token.
py::dict progress_columns(const plan& p, const std::string& as_of_text, const std::string& method_token) {
    const period as_of = period::parse(as_of_text).value();
    const auto m = from_token<progress::method>(method_token);
    if (!m) throw std::invalid_argument("plantarget: unknown progress method '" + method_token + "'; one of " +
                                        token_list<progress::method, std::string>());
    const progress::plan_progress pp = progress::run(p, as_of, *m);
    py::list indicator_id, name, target_id, target_value, target_year, first_year, latest_year, latest, category,
        why, ratio, projected;
    const py::object none = py::none();
    for (const auto& r : pp.indicators) {
        indicator_id.append(r.indicator_id);
        name.append(r.name);
        target_id.append(r.target.target_id);
        target_value.append(r.target.value);
        target_year.append(r.target.year);
        first_year.append(r.first_year);
        latest_year.append(r.latest_year);
        latest.append(r.latest);
        category.append(std::string(r.category()));
        why.append(std::string(token_of(r.why())));
        ratio.append(r.ratio() ? py::object(py::float_(*r.ratio())) : none);
        projected.append(r.projected() ? py::object(py::float_(*r.projected())) : none);
    }
    py::dict t;
    t["indicator_id"] = indicator_id;
    t["name"] = name;
    t["target_id"] = target_id;
    t["target"] = target_value;
    t["target_year"] = target_year;
    t["first_year"] = first_year;
    t["latest_year"] = latest_year;
    t["latest"] = latest;
    t["category"] = category;
    t["reason"] = why;
    t["ratio"] = ratio;
    t["projected"] = projected;
    return t;
}

py::tuple audit_columns(const figure_book& given, bool discover) {
    // With discovery, the audit reads a copy of the book with the discovered
    // relations added after the given ones, as plancheck's audit does.
    std::optional<figure_book> with_discovered;
    if (discover) {
        with_discovered.emplace(given);
        add_discovered_relations(*with_discovered);
    }
    const figure_book& book = with_discovered ? *with_discovered : given;
    const audit_result r = audit(book);
    py::list check_id, kind, origin, code, level, figures, computed, has_published, published, published_decimals, unit, message,
        message_zh;
    for (const finding& f : r.findings) {
        check_id.append(f.check_id);
        kind.append(std::string(to_string(f.kind)));
        origin.append(std::string(report::finding_origin_token(f)));
        code.append(std::string(to_string(f.code)));
        level.append(std::string(to_string(f.level)));
        figures.append(py::tuple(py::cast(f.figures)));
        computed.append(f.computed);
        has_published.append(f.has_published);
        published.append(f.has_published ? f.published.value : missing);
        published_decimals.append(f.has_published ? py::object(py::int_(f.published.decimals))
                                                  : py::object(py::none()));
        unit.append(f.unit.zh());
        message.append(report::describe(f, report::language::english));
        message_zh.append(report::describe(f, report::language::chinese));
    }
    py::dict t;
    t["check_id"] = check_id;
    t["kind"] = kind;
    t["origin"] = origin;
    t["code"] = code;
    t["severity"] = level;
    t["figures"] = figures;
    t["computed"] = computed;
    t["has_published"] = has_published;
    t["published"] = published;
    t["published_decimals"] = published_decimals;
    t["unit"] = unit;
    t["message"] = message;
    t["message_zh"] = message_zh;
    return py::make_tuple(t, r.checks, r.holding, r.unresolved);
}

}  // namespace

void bind_units(py::module_& m) {
    py::class_<units::unit_descriptor>(m, "Unit", "A unit as reports write it (units::unit_descriptor).")
        .def(py::init(&parse_unit_or_throw), py::arg("label"))
        .def_property_readonly("kind", [](const units::unit_descriptor& u) { return std::string(kind_name(u.kind())); })
        .def_property_readonly("factor", &units::unit_descriptor::factor, "To the kind's base unit: 1e8 for 亿元.")
        .def_property_readonly("scale_exponent", &units::unit_descriptor::scale_exponent)
        .def_property_readonly("exact", &units::unit_descriptor::exact)
        .def_property_readonly("is_rate", &units::unit_descriptor::is_rate)
        .def_property_readonly("zh", &units::unit_descriptor::zh)
        .def_property_readonly("en", &units::unit_descriptor::en)
        .def("same_kind", &units::unit_descriptor::same_kind, py::arg("other"))
        .def("__eq__", [](const units::unit_descriptor& a, const units::unit_descriptor& b) { return a == b; },
             py::is_operator())
        .def("__hash__",
             [](const units::unit_descriptor& u) {
                 return py::hash(py::make_tuple(static_cast<int>(u.kind()), u.factor()));
             })
        .def("__repr__", [](const units::unit_descriptor& u) { return "Unit('" + u.zh() + "')"; });

    m.def(
        "parse_numbers",
        [](const std::vector<std::string>& texts) {
            // Numbers written as text ("1,200", "3.5亿", "９４．８"), read by the
            // library's parser (io/number.hpp) as the figure readers read them.
            // Stops at the first text that is not a number and says where, so
            // that the caller can name the row.
            auto values = owned_array<double>(texts.size());
            double* const out = values.mutable_data();
            for (std::size_t i = 0; i < texts.size(); ++i) {
                const parsed<io::parsed_number> n = io::parse_number(texts[i]);
                if (!n) return py::make_tuple(values, static_cast<py::ssize_t>(i), n.error().message);
                out[i] = n->value;
            }
            return py::make_tuple(values, static_cast<py::ssize_t>(-1), std::string());
        },
        py::arg("texts"),
        "io::parse_number over a list of texts. Returns (values, bad, message): bad is the position of the first text "
        "that is not a number (-1 when all are), message what is wrong with it.");
    m.def("parse_unit", &parse_unit_or_throw, py::arg("label"), "units::parse_unit; ParseError when unknown.");
    m.def(
        "convert_values",
        [](const double_array& values, const units::unit_descriptor& from, const units::unit_descriptor& to) {
            if (!from.same_kind(to))
                throw std::invalid_argument("plantarget: cannot convert " + from.zh() + " to " + to.zh() + ": " +
                                            std::string(describe(reason::unit_mismatch)) + " (" +
                                            std::string(kind_name(from.kind())) + " vs " +
                                            std::string(kind_name(to.kind())) + ")");
            const std::size_t n = length_of(values, "value");
            py::array_t<double> out(static_cast<py::ssize_t>(n));
            const double* in = values.data();
            double* o = out.mutable_data();
            for (std::size_t i = 0; i < n; ++i) o[i] = units::convert_value(in[i], from, to);
            return out;
        },
        py::arg("values"), py::arg("from_unit"), py::arg("to_unit"));
}

// The semantic checks of plancheck (validate.hpp); a book read may be empty,
// plan_from_figures then gives an empty plan.
static validation_options book_checks() {
    validation_options opt;
    opt.require_figures = false;
    return opt;
}

void bind_figures(py::module_& m) {
    py::class_<figure_book>(m, "FigureBook", "A report's published figures and their relations (figure_book).")
        .def("__len__", [](const figure_book& b) { return b.figures.size(); })
        .def_property_readonly("relation_count", [](const figure_book& b) { return b.relations.size(); })
        .def("figure_columns", &figure_columns)
        .def("relation_columns", &relation_columns);

    m.def(
        "read_figures_csv_files",
        [](const std::string& figures_path, const std::string& relations_path) {
            return validated(io::read_figures_csv_files(figures_path, relations_path).value(), book_checks());
        },
        py::arg("figures_path"), py::arg("relations_path") = std::string(),
        "io::read_figures_csv_files, then validate(); ParseError (file:line:column) on the first bad cell or inconsistency.");
    m.def(
        "read_figures_csv",
        [](const std::string& figures_text, const std::string& relations_text, const std::string& figures_file,
           const std::string& relations_file) {
            return validated(io::read_figures_csv(figures_text, relations_text, figures_file, relations_file).value(),
                             book_checks());
        },
        py::arg("figures_text"), py::arg("relations_text") = std::string(), py::arg("figures_file") = std::string(),
        py::arg("relations_file") = std::string(), "io::read_figures_csv on text already in memory.");

    m.def(
        "read_figure_file",
        [](const std::string& figures_path, const std::string& relations_path) {
            // The reading path of plancheck: the format by the file's extension
            // (.csv, .json, a report's .txt through the extractor), the size limit.
            io::figure_book_builder builder;
            if (io::is_report_text(figures_path)) io::add_report_text_file(builder, figures_path);
            else io::add_figure_file(builder, figures_path);
            if (!relations_path.empty()) io::add_relations_file(builder, relations_path);
            return validated(builder.finish().value(), book_checks());
        },
        py::arg("figures_path"), py::arg("relations_path") = std::string(),
        "A figures CSV or JSON file, or a report's text (.txt), as plancheck reads it; then validate().");
    m.def(
        "extract_figures",
        [](const std::string& text, const std::string& file) {
            auto x = io::extract_figures(text, file).value();
            io::figure_book_builder builder;
            io::add_extracted_figures(builder, x);
            py::dict review;
            py::list ids, offsets, lines, flags;
            for (std::size_t i = 0; i < x.book.figures.size() && i < x.sources.size(); ++i) {
                ids.append(x.book.figures[i].id);
                offsets.append(x.sources[i].offset);
                lines.append(x.sources[i].line);
                flags.append(x.sources[i].review);
            }
            review["id"] = ids;
            review["offset"] = offsets;
            review["line"] = lines;
            review["review"] = flags;
            figure_book book = x.book.figures.empty() ? figure_book{} : validated(builder.finish().value(), book_checks());
            return py::make_tuple(std::move(book), review, x.notes);
        },
        py::arg("text"), py::arg("file") = std::string(),
        "io::extract_figures through the figure-book builder: (book, review columns, notes).");

    py::class_<plan>(m, "Plan", "Indicators, targets and series (plantarget::plan).")
        .def("indicator_columns", &indicator_columns)
        .def("target_columns", &target_columns)
        .def("progress_columns", &progress_columns, py::arg("as_of"), py::arg("method"))
        .def("assessment_columns", &assessment_columns, py::arg("as_of"), py::arg("on_schedule_band_pp") = 1.0,
             py::arg("among_top_cutoff") = 3, py::arg("seasonal_profile") = std::nullopt,
             py::arg("seasonal_from_last_year") = false, py::arg("about_points") = about_defaults{}.points,
             py::arg("about_share") = about_defaults{}.share);

    m.def(
        "plan_from_figures",
        [](const figure_book& book, std::optional<std::vector<std::string>> binding_words) {
            from_figures_options opt;
            if (binding_words) opt.binding_words = std::set<std::string, std::less<>>(binding_words->begin(),
                                                                                       binding_words->end());
            return plan_from_figures(book, opt);
        },
        py::arg("book"), py::arg("binding_words") = std::nullopt);
    m.def("default_binding_words", [] {
        const from_figures_options opt;
        return std::vector<std::string>(opt.binding_words.begin(), opt.binding_words.end());
    });

    m.def("audit_columns", &audit_columns, py::arg("book"), py::arg("discover") = true,
          "audit(), on the given relations and (discover) the discovered ones; returns (columns, checks, "
          "holding, unresolved relation ids).");
}

}  // namespace plantarget::python
