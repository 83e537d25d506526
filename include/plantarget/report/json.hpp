// The plan report as JSON, for programs: every assessment with its numbers
// at full precision (and the texts the other formats show), the counts, and
// the audit findings. JSON has no NaN: an undefined value is null, with a
// sibling "<field>_reason" naming why (a token of plantarget::reason).
#pragma once

#include <plantarget/report/document.hpp>
#include <plantarget/report/findings.hpp>
#include <plantarget/report/json_writer.hpp>
#include <plantarget/report/tables.hpp>

#include <nlohmann/json.hpp>

#include <array>
#include <cmath>
#include <cstddef>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace plantarget::report {

namespace detail {

using json = nlohmann::ordered_json;

// A number, or null with "<key>_reason".
inline void put_number(json_writer& w, std::string_view key, bool defined, double value, reason why) {
    w.key(key);
    if (defined && std::isfinite(value)) {
        w.value(value);
        return;
    }
    w.value(nullptr);
    w.key(key, "_reason");
    w.value(token_of(defined ? reason::not_finite : why));
}
inline void put(json_writer& w, std::string_view key, const result<double>& r) {
    put_number(w, key, r.ok(), r.value_or(0.0), r.why());
}
inline void put(json_writer& w, std::string_view key, const result<percent>& r) {
    put_number(w, key, r.ok(), r.ok() ? r->value() : 0.0, r.why());
}
inline void put(json_writer& w, std::string_view key, const result<percentage_points>& r) {
    put_number(w, key, r.ok(), r.ok() ? r->value() : 0.0, r.why());
}
inline void put(json_writer& w, std::string_view key, const result<growth_rate>& r) {
    put_number(w, key, r.ok(), r.ok() ? r->in_percent() : 0.0, r.why());
}
inline void text_or_null(json_writer& w, std::string_view key, std::string_view s) {
    w.key(key);
    if (s.empty()) w.value(nullptr);
    else w.value(s);
}
inline void reason_or_null(json_writer& w, std::string_view key, reason r) {
    w.key(key);
    if (r == reason::none) w.value(nullptr);
    else w.value(token_of(r));
}

// The books' parts, which nlohmann's values still hold: one per report.
inline json reason_or_null(reason r) { return r == reason::none ? json(nullptr) : json(std::string(token_of(r))); }
inline void put_number(json& j, const std::string& key, bool defined, double value, reason why) {
    if (defined && std::isfinite(value)) {
        j[key] = value;
        return;
    }
    j[key] = nullptr;
    j[key + "_reason"] = std::string(token_of(defined ? reason::not_finite : why));
}
inline void put(json& j, const std::string& key, const result<double>& r) {
    put_number(j, key, r.ok(), r.value_or(0.0), r.why());
}
inline void put(json& j, const std::string& key, const result<growth_rate>& r) {
    put_number(j, key, r.ok(), r.ok() ? r->in_percent() : 0.0, r.why());
}

inline json verdict_counts(const std::array<int, all_verdicts.size()>& counts) {
    json j = json::object();
    for (const verdict v : all_verdicts) j[std::string(to_string(v))] = counts[static_cast<std::size_t>(v)];
    return j;
}

inline void write_condition(json_writer& w, const condition_assessment& c, int decimals) {
    w.begin_object();
    w.member("measure", to_string(c.cond.what));
    w.member("comparator", to_string(c.cond.cmp));
    w.member("value", c.cond.value);
    w.member("upper", c.cond.upper);
    const about_band band = band_used(c);
    if (c.cond.cmp == comparator::about) {
        w.member("tolerance", band.tolerance);
        w.key("band");
        w.begin_object();
        w.member("low", band.low());
        w.member("high", band.high());
        w.member("default", band.by_default);
        w.end_object();
    } else {
        w.member("tolerance", nullptr);
    }
    w.member("plan", c.cond.plan);
    w.member("unit", condition_unit(c.cond).zh());
    w.member("text", condition_text(c.cond, decimals, &band));
    w.member("verdict", to_string(c.outcome));
    reason_or_null(w, "reason", c.why);
    put(w, "actual", c.actual);
    put(w, "margin", c.margin);
    w.end_object();
}

// A trait of an indicator or target: its token, whether it was assumed, and
// from what (trait_provenance).
template <class E>
void write_trait(json_writer& w, E value, const trait_provenance& from) {
    w.begin_object();
    w.member("value", token_of(value));
    w.member("assumed", from.assumed());
    w.member("from", token_of(from.origin));
    text_or_null(w, "because", from.because);
    w.end_object();
}

inline void write_indicator(json_writer& w, const indicator_info& i) {
    w.begin_object();
    w.member("id", i.id);
    w.member("name_zh", i.name_zh);
    w.member("name_en", i.name_en);
    w.member("unit", i.unit.zh());
    w.key("nature");
    write_trait(w, i.kind, i.kind_origin);
    w.key("direction");
    write_trait(w, i.better, i.better_origin);
    w.key("price_basis");
    write_trait(w, i.basis, i.basis_origin);
    w.end_object();
}

inline void write_assessment(json_writer& w, const assessment_view& v) {
    const assessment& a = *v.a;
    w.begin_object();
    w.member("id", a.target_id);
    w.member("indicator", a.indicator_id);
    w.member("indicator_name_zh", v.name_zh);
    w.member("indicator_name_en", v.name_en);
    w.member("section", v.section);
    text_or_null(w, "section_title", v.section_title);
    w.member("commitment", english_of(a.kind));
    w.member("binding", a.kind == commitment::binding);
    w.member("deadline", a.deadline.to_string());
    w.member("as_of", a.as_of.to_string());
    w.member("at_deadline", a.at_deadline);
    w.member("verdict", to_string(a.outcome));
    w.member("verdict_zh", chinese_of(a.outcome));
    reason_or_null(w, "reason", a.why);
    w.key("reason_text");
    if (a.why == reason::none) w.value(nullptr);
    else w.value(describe(a.why));
    w.key("unit");
    if (a.conditions.empty()) w.value(nullptr);
    else w.value(v.unit.zh());

    w.key("target");
    w.begin_object();
    w.member("text", v.target_text);
    text_or_null(w, "wording", v.wording);
    w.member("combine", v.target != nullptr && v.target->combine == combination::any_of ? "any_of" : "all_of");
    w.key("test_mode");
    if (v.target != nullptr) write_trait(w, v.target->test, v.target->test_origin);
    else w.value(nullptr);
    if (a.conditions.empty()) put_number(w, "threshold", false, 0.0, reason::no_target);
    else w.member("threshold", v.threshold);
    w.key("conditions");
    w.begin_array();
    for (std::size_t i = 0; i < a.conditions.size(); ++i) write_condition(w, a.conditions[i], v.condition_decimals[i]);
    w.end_array();
    w.end_object();

    put(w, "actual", a.actual);
    put(w, "compared", a.compared);  // the actual rounded as the verdict compared it
    w.key("actual_period");
    if (a.actual) w.value(a.actual_period.to_string());
    else w.value(nullptr);
    w.key("actual_bound");
    if (a.actual) w.value(token_of(v.actual_bound));
    else w.value(nullptr);
    text_or_null(w, "actual_text", v.actual_text);
    put(w, "margin", a.margin);
    put(w, "completion", a.completion);
    put(w, "expected_to_date", a.expected_to_date);
    // What the expectation to date rests on: last year's months, or pro rata.
    w.key("expected_from");
    if (a.expected_to_date) w.value(a.seasonal ? "seasonal" : "pro_rata");
    else w.value(nullptr);
    put(w, "schedule_gap", a.schedule_gap);
    put(w, "projected", a.projected);
    put_number(w, "last_actual", v.last_actual.has_value(), v.last_actual.value_or(0.0), a.last_actual.why());
    w.key("last_actual_period");
    if (v.last_actual) w.value(a.last_actual_period.to_string());
    else w.value(nullptr);
    put(w, "required_growth", a.required_growth);
    put(w, "required_change", a.required_change);  // points, for a rate
    w.end_object();
}

inline void write_progress(json_writer& w, const progress::plan_progress& pp) {
    w.begin_object();
    w.member("method", to_string(pp.used));
    w.member("as_of", pp.as_of.to_string());
    w.key("indicators");
    w.begin_array();
    for (const auto& r : pp.indicators) {
        w.begin_object();
        w.member("indicator", r.indicator_id);
        w.member("name", r.name);
        w.member("category", r.category());
        reason_or_null(w, "reason", r.why());
        w.member("first_year", r.first_year);
        w.member("latest_year", r.latest_year);
        w.member("latest", r.latest);
        w.member("target_id", r.target.target_id);
        w.member("target", r.target.value);
        w.member("target_year", r.target.year);
        w.member("detail", progress_detail(r));
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

inline void write_finding(json_writer& w, const finding& f) {
    w.begin_object();
    w.member("check_id", f.check_id);
    w.member("kind", to_string(f.kind));
    w.member("origin", finding_origin_token(f));
    w.member("code", to_string(f.code));
    w.member("severity", to_string(f.level));
    w.key("figures");
    w.string_array(f.figures);
    put_number(w, "computed", true, f.computed, reason::none);
    if (f.has_published) {
        put_number(w, "published", true, f.published.value, reason::none);
        w.member("published_decimals", f.published.decimals);
    } else {
        put_number(w, "published", false, 0.0, reason::not_applicable);
        w.member("published_decimals", nullptr);
    }
    w.member("unit", f.unit.zh());
    w.member("message", describe(f, language::english));
    w.member("message_zh", describe(f, language::chinese));
    w.end_object();
}

inline json published_json(const published_value& v, const units::unit_descriptor& u) {
    return json{{"value", format_published_value(v)}, {"unit", u.zh()}};
}

// The books, their links and revisions, and each indicator's history.
inline json books_json(const document& d) {
    const linked_books& b = *d.books;
    json books = json::array();
    for (const auto& k : b.books)
        books.push_back(json{{"name", k.name},
                             {"published", boost::gregorian::to_iso_extended_string(k.published)},
                             {"published_from", std::string(to_string(k.origin))},
                             {"figures", k.figures}});
    json links = json::array();
    for (const auto& l : b.links)
        links.push_back(json{{"book", l.book},
                             {"indicator", l.indicator},
                             {"linked_to", l.linked_to},
                             {"basis", std::string(to_string(l.basis))},
                             {"because", l.because}});
    json revisions = json::array();
    for (const auto& r : b.revisions)
        revisions.push_back(json{{"indicator", r.indicator},
                                 {"period", r.period.to_string()},
                                 {"measure", std::string(to_string(r.measure))},
                                 {"used", published_json(r.used, r.used_unit)},
                                 {"used_id", r.used_id},
                                 {"used_book", r.used_book},
                                 {"earlier", published_json(r.earlier, r.earlier_unit)},
                                 {"earlier_id", r.earlier_id},
                                 {"earlier_book", r.earlier_book},
                                 {"agree", r.agree}});
    json restated = json::array();
    for (const auto& r : b.restated)
        restated.push_back(json{{"indicator", r.indicator},
                                {"period", r.period.to_string()},
                                {"kept_id", r.kept_id},
                                {"kept_book", r.kept_book},
                                {"dropped_id", r.dropped_id},
                                {"dropped_book", r.dropped_book},
                                {"same", r.same}});
    json history = json::array();
    for (const auto& h : histories_of(d)) {
        json points = json::array();
        for (const auto& p : h.points) {
            json j;
            j["period"] = p.period.to_string();
            j["target_id"] = p.judged != nullptr ? json(p.judged->target_id) : json(nullptr);
            j["verdict"] = std::string(to_string(p.outcome));
            j["reason"] = reason_or_null(p.why);
            put(j, "actual", p.actual);
            put(j, "margin", p.margin);
            j["low"] = p.open_low ? json(nullptr) : json(p.low);
            j["high"] = p.open_high ? json(nullptr) : json(p.high);
            json through = json::array();
            for (const auto& s : p.through) {
                json k;
                k["year"] = s.year;
                k["verdict"] = std::string(to_string(s.outcome));
                k["reason"] = reason_or_null(s.why);
                put(k, "actual", s.actual);
                put(k, "rate_still_needed", s.rate_still_needed);
                put(k, "expected_to_date", s.expected_to_date);
                through.push_back(std::move(k));
            }
            j["through"] = std::move(through);
            points.push_back(std::move(j));
        }
        history.push_back(json{{"indicator", h.indicator_id},
                               {"name_zh", h.name_zh},
                               {"measure", std::string(to_string(h.what))},
                               {"unit", h.unit.zh()},
                               {"longest_missed_run", h.longest_missed_run},
                               {"missed_run_now", h.missed_run_now},
                               {"points", std::move(points)}});
    }
    return json{{"books", std::move(books)},
                {"links", std::move(links)},
                {"revisions", std::move(revisions)},
                {"restated_targets", std::move(restated)},
                {"history", std::move(history)}};
}

}  // namespace detail

// Writes the report as JSON to `out`, item by item, in large chunks: the text
// render_json returns (nlohmann's dump(2) of the whole report, with the tree
// never built).
inline void write_json(const document& d, std::ostream& out) {
    using detail::json;
    detail::json_writer w(out);
    w.begin_object();
    w.member("title", title_of(d));
    w.key("as_of");
    if (d.evaluation != nullptr) w.value(d.evaluation->as_of.to_string());
    else w.value(nullptr);
    if (d.source != nullptr) {
        json inputs = json::array();
        for (const auto& in : d.source->inputs)
            inputs.push_back(json{{"name", in.name}, {"role", in.role}, {"bytes", in.bytes}, {"sha256", in.sha256}});
        w.member("provenance", json{{"plantarget_version", d.source->version},
                                    {"inputs", std::move(inputs)},
                                    {"options", d.source->options},
                                    {"as_of_given", d.source->as_of_given}});
    }

    if (d.evaluation != nullptr) {
        const plan_report& r = *d.evaluation;
        json summary;
        summary["assessments"] = r.assessments.size();
        summary["by_verdict"] = detail::verdict_counts(r.by_verdict);
        summary["binding"] = detail::verdict_counts(r.binding_by_verdict);
        summary["anticipatory"] = detail::verdict_counts(r.anticipatory_by_verdict);
        summary["binding_targets_met"] = r.binding_targets_met();
        summary["binding_status"] = std::string(to_string(r.binding()));
        summary["binding_not_assessable"] = r.binding_not_assessable();
        w.member("summary", summary);
    } else {
        w.member("summary", nullptr);
    }

    const std::vector<plan_section> no_sections;
    const auto& sections = d.p != nullptr ? d.p->sections() : no_sections;
    w.key("sections");
    w.begin_array();
    for (const auto& s : sections) {
        w.begin_object();
        w.member("number", s.number);
        w.member("title", s.title);
        w.end_object();
    }
    w.end_array();

    // Each indicator's nature, direction and price basis, stated or assumed.
    const std::vector<indicator_info> no_indicators;
    const auto& indicators = d.p != nullptr ? d.p->indicators() : no_indicators;
    w.key("indicators");
    w.begin_array();
    for (const auto& i : indicators) detail::write_indicator(w, i);
    w.end_array();

    // Each assessment's view is made as it is written: the index once.
    const document_index index(d);
    w.key("assessments");
    w.begin_array();
    if (d.evaluation != nullptr) {
        const plan_report& r = *d.evaluation;
        for (std::size_t i = 0; i < r.assessments.size(); ++i)
            detail::write_assessment(w, view_of(d, index, r.assessments[i], i < r.sections.size() ? r.sections[i] : std::string()));
    }
    w.end_array();

    w.key("audit");
    if (d.audit != nullptr) {
        const audit_result& au = *d.audit;
        w.begin_object();
        w.member("checks", au.checks);
        w.member("holding", au.holding);
        w.key("counts");
        w.begin_object();
        w.member("error", au.count(severity::error));
        w.member("warning", au.count(severity::warning));
        w.member("note", au.count(severity::note));
        w.end_object();
        w.member("unresolved", au.unresolved);
        w.key("findings");
        w.begin_array();
        for (const auto& f : au.findings) detail::write_finding(w, f);
        w.end_array();
        w.end_object();
    } else {
        w.value(nullptr);
    }
    w.key("progress");
    if (d.progress != nullptr) detail::write_progress(w, *d.progress);
    else w.value(nullptr);
    w.key("over_years");
    if (has_books_over_years(d)) w.value(detail::books_json(d));
    else w.value(nullptr);
    w.end_object();
    w.flush();
    out << '\n';
}

// The report as JSON text. Invalid UTF-8 in a name is replaced rather than thrown on.
inline std::string render_json(const document& d) {
    std::ostringstream out;
    write_json(d, out);
    return std::move(out).str();
}

}  // namespace plantarget::report
