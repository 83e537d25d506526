// The plan report as JSON, for programs: every assessment with its numbers
// at full precision (and the texts the other formats show), the counts, and
// the audit findings. JSON has no NaN: an undefined value is null, with a
// sibling "<field>_reason" naming why (a token of plantarget::reason).
#pragma once

#include <plantarget/report/document.hpp>
#include <plantarget/report/findings.hpp>
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
inline void put(json& j, const std::string& key, const result<percent>& r) {
    put_number(j, key, r.ok(), r.ok() ? r->value() : 0.0, r.why());
}
inline void put(json& j, const std::string& key, const result<percentage_points>& r) {
    put_number(j, key, r.ok(), r.ok() ? r->value() : 0.0, r.why());
}
inline void put(json& j, const std::string& key, const result<growth_rate>& r) {
    put_number(j, key, r.ok(), r.ok() ? r->in_percent() : 0.0, r.why());
}
inline json text_or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }
inline json reason_or_null(reason r) { return r == reason::none ? json(nullptr) : json(std::string(token_of(r))); }

inline json verdict_counts(const std::array<int, all_verdicts.size()>& counts) {
    json j = json::object();
    for (const verdict v : all_verdicts) j[std::string(to_string(v))] = counts[static_cast<std::size_t>(v)];
    return j;
}

inline json condition_json(const condition_assessment& c, int decimals) {
    json j;
    j["measure"] = std::string(to_string(c.cond.what));
    j["comparator"] = std::string(to_string(c.cond.cmp));
    j["value"] = c.cond.value;
    j["upper"] = c.cond.upper;
    if (c.cond.cmp == comparator::about) {
        const about_band band = band_used(c);
        j["tolerance"] = band.tolerance;
        j["band"] = {{"low", band.low()}, {"high", band.high()}, {"default", band.by_default}};
    } else {
        j["tolerance"] = nullptr;
    }
    j["plan"] = c.cond.plan;
    j["unit"] = condition_unit(c.cond).zh();
    const about_band band = band_used(c);
    j["text"] = condition_text(c.cond, decimals, &band);
    j["verdict"] = std::string(to_string(c.outcome));
    j["reason"] = reason_or_null(c.why);
    put(j, "actual", c.actual);
    put(j, "margin", c.margin);
    return j;
}

// A trait of an indicator or target: its token, whether it was assumed, and
// from what (trait_provenance).
template <class E>
json trait_json(E value, const trait_provenance& from) {
    json j;
    j["value"] = std::string(token_of(value));
    j["assumed"] = from.assumed();
    j["from"] = std::string(token_of(from.origin));
    j["because"] = text_or_null(from.because);
    return j;
}

inline json indicator_json(const indicator_info& i) {
    json j;
    j["id"] = i.id;
    j["name_zh"] = i.name_zh;
    j["name_en"] = i.name_en;
    j["unit"] = i.unit.zh();
    j["nature"] = trait_json(i.kind, i.kind_origin);
    j["direction"] = trait_json(i.better, i.better_origin);
    j["price_basis"] = trait_json(i.basis, i.basis_origin);
    return j;
}

inline json assessment_json(const assessment_view& v) {
    const assessment& a = *v.a;
    json j;
    j["id"] = a.target_id;
    j["indicator"] = a.indicator_id;
    j["indicator_name_zh"] = v.name_zh;
    j["indicator_name_en"] = v.name_en;
    j["section"] = v.section;
    j["section_title"] = text_or_null(v.section_title);
    j["commitment"] = std::string(english_of(a.kind));
    j["binding"] = a.kind == commitment::binding;
    j["deadline"] = a.deadline.to_string();
    j["as_of"] = a.as_of.to_string();
    j["at_deadline"] = a.at_deadline;
    j["verdict"] = std::string(to_string(a.outcome));
    j["verdict_zh"] = std::string(chinese_of(a.outcome));
    j["reason"] = reason_or_null(a.why);
    j["reason_text"] = a.why == reason::none ? json(nullptr) : json(std::string(describe(a.why)));
    j["unit"] = a.conditions.empty() ? json(nullptr) : json(v.unit.zh());

    json target;
    target["text"] = v.target_text;
    target["wording"] = text_or_null(v.wording);
    target["combine"] =
        v.target != nullptr && v.target->combine == combination::any_of ? "any_of" : "all_of";
    target["test_mode"] = v.target != nullptr ? trait_json(v.target->test, v.target->test_origin) : json(nullptr);
    if (a.conditions.empty()) put_number(target, "threshold", false, 0.0, reason::no_target);
    else target["threshold"] = v.threshold;
    json conditions = json::array();
    for (std::size_t i = 0; i < a.conditions.size(); ++i)
        conditions.push_back(condition_json(a.conditions[i], v.condition_decimals[i]));
    target["conditions"] = std::move(conditions);
    j["target"] = std::move(target);

    put(j, "actual", a.actual);
    put(j, "compared", a.compared);  // the actual rounded as the verdict compared it
    j["actual_period"] = a.actual ? json(a.actual_period.to_string()) : json(nullptr);
    j["actual_bound"] = a.actual ? json(std::string(token_of(v.actual_bound))) : json(nullptr);
    j["actual_text"] = text_or_null(v.actual_text);
    put(j, "margin", a.margin);
    put(j, "completion", a.completion);
    put(j, "expected_to_date", a.expected_to_date);
    // What the expectation to date rests on: last year's months, or pro rata.
    j["expected_from"] = a.expected_to_date ? json(a.seasonal ? "seasonal" : "pro_rata") : json(nullptr);
    put(j, "schedule_gap", a.schedule_gap);
    put(j, "projected", a.projected);
    put_number(j, "last_actual", v.last_actual.has_value(), v.last_actual.value_or(0.0), a.last_actual.why());
    j["last_actual_period"] = v.last_actual ? json(a.last_actual_period.to_string()) : json(nullptr);
    put(j, "required_growth", a.required_growth);
    put(j, "required_change", a.required_change);  // points, for a rate
    return j;
}

inline json progress_json(const progress::plan_progress& pp) {
    json list = json::array();
    for (const auto& r : pp.indicators) {
        json j;
        j["indicator"] = r.indicator_id;
        j["name"] = r.name;
        j["category"] = std::string(r.category());
        j["reason"] = reason_or_null(r.why());
        j["first_year"] = r.first_year;
        j["latest_year"] = r.latest_year;
        j["latest"] = r.latest;
        j["target_id"] = r.target.target_id;
        j["target"] = r.target.value;
        j["target_year"] = r.target.year;
        j["detail"] = progress_detail(r);
        list.push_back(std::move(j));
    }
    json out;
    out["method"] = std::string(to_string(pp.used));
    out["as_of"] = pp.as_of.to_string();
    out["indicators"] = std::move(list);
    return out;
}

inline json finding_json(const finding& f) {
    json j;
    j["check_id"] = f.check_id;
    j["kind"] = std::string(to_string(f.kind));
    j["origin"] = std::string(finding_origin_token(f));
    j["code"] = std::string(to_string(f.code));
    j["severity"] = std::string(to_string(f.level));
    j["figures"] = f.figures;
    put_number(j, "computed", true, f.computed, reason::none);
    if (f.has_published) {
        put_number(j, "published", true, f.published.value, reason::none);
        j["published_decimals"] = f.published.decimals;
    } else {
        put_number(j, "published", false, 0.0, reason::not_applicable);
        j["published_decimals"] = nullptr;
    }
    j["unit"] = f.unit.zh();
    j["message"] = describe(f, language::english);
    j["message_zh"] = describe(f, language::chinese);
    return j;
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

// Writes JSON members one at a time, in the text nlohmann's dump(2) gives
// for the whole document: a report of a city's 191,368 assessments is
// written an item at a time instead of held as one tree (gigabytes).
class json_object_writer {
public:
    // An object whose braces stand at `depth` levels of indentation; the
    // opening brace is written here, where the output stands.
    json_object_writer(std::ostream& out, int depth) : out_(out), depth_(depth) { out_ << '{'; }

    void member(std::string_view key, const json& value) {
        open_member(key);
        write_indented(value, depth_ + 1);
    }
    // An array member of `count` items, item(i) giving each as JSON.
    template <class Item>
    void array_member(std::string_view key, std::size_t count, Item&& item) {
        open_member(key);
        if (count == 0) {
            out_ << "[]";
            return;
        }
        out_ << '[';
        for (std::size_t i = 0; i < count; ++i) {
            out_ << (i == 0 ? "\n" : ",\n") << std::string(static_cast<std::size_t>(depth_ + 2) * 2, ' ');
            write_indented(item(i), depth_ + 2);
        }
        out_ << '\n' << std::string(static_cast<std::size_t>(depth_ + 1) * 2, ' ') << ']';
    }
    // An object member written by fill(json_object_writer&), member by member.
    template <class Fill>
    void object_member(std::string_view key, Fill&& fill) {
        open_member(key);
        json_object_writer inner(out_, depth_ + 1);
        fill(inner);
        inner.close();
    }
    void close() {
        if (!first_) out_ << '\n' << std::string(static_cast<std::size_t>(depth_) * 2, ' ');
        out_ << '}';
    }

private:
    void open_member(std::string_view key) {
        out_ << (first_ ? "\n" : ",\n") << std::string(static_cast<std::size_t>(depth_ + 1) * 2, ' ');
        write_indented(json(std::string(key)), 0);
        out_ << ": ";
        first_ = false;
    }
    // A value as dump(2) writes it inside a document, at `depth`: nlohmann's
    // own serializer, started at that indentation, into one buffer reused
    // for every item (a new string for each cost more than the item).
    void write_indented(const json& value, int depth) {
        buffer_.clear();
        nlohmann::detail::serializer<json> serializer(nlohmann::detail::output_adapter<char>(buffer_), ' ',
                                                      json::error_handler_t::replace);
        serializer.dump(value, true, false, 2, static_cast<unsigned int>(depth) * 2);
        out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    }

    std::string buffer_;

    std::ostream& out_;
    int depth_;
    bool first_ = true;
};

}  // namespace detail

// Writes the report as JSON to `out`, item by item: the text render_json returns.
inline void write_json(const document& d, std::ostream& out) {
    using detail::json;
    detail::json_object_writer root(out, 0);
    root.member("title", title_of(d));
    root.member("as_of", d.evaluation != nullptr ? json(d.evaluation->as_of.to_string()) : json(nullptr));
    if (d.source != nullptr) {
        json inputs = json::array();
        for (const auto& in : d.source->inputs)
            inputs.push_back(json{{"name", in.name}, {"role", in.role}, {"bytes", in.bytes}, {"sha256", in.sha256}});
        root.member("provenance", json{{"plantarget_version", d.source->version},
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
        root.member("summary", summary);
    } else {
        root.member("summary", nullptr);
    }

    const std::vector<plan_section> no_sections;
    const auto& sections = d.p != nullptr ? d.p->sections() : no_sections;
    root.array_member("sections", sections.size(), [&](std::size_t i) {
        return json{{"number", sections[i].number}, {"title", sections[i].title}};
    });

    // Each indicator's nature, direction and price basis, stated or assumed.
    const std::vector<indicator_info> no_indicators;
    const auto& indicators = d.p != nullptr ? d.p->indicators() : no_indicators;
    root.array_member("indicators", indicators.size(), [&](std::size_t i) { return detail::indicator_json(indicators[i]); });

    // Each assessment's view is made as it is written: the index once.
    const document_index index(d);
    const std::size_t assessments = d.evaluation != nullptr ? d.evaluation->assessments.size() : 0;
    root.array_member("assessments", assessments, [&](std::size_t i) {
        const plan_report& r = *d.evaluation;
        return detail::assessment_json(view_of(d, index, r.assessments[i], i < r.sections.size() ? r.sections[i] : std::string()));
    });

    if (d.audit != nullptr) {
        const audit_result& au = *d.audit;
        root.object_member("audit", [&](detail::json_object_writer& audit) {
            audit.member("checks", au.checks);
            audit.member("holding", au.holding);
            audit.member("counts", json{{"error", au.count(severity::error)},
                                        {"warning", au.count(severity::warning)},
                                        {"note", au.count(severity::note)}});
            audit.member("unresolved", au.unresolved);
            audit.array_member("findings", au.findings.size(), [&](std::size_t i) { return detail::finding_json(au.findings[i]); });
        });
    } else {
        root.member("audit", nullptr);
    }
    root.member("progress", d.progress != nullptr ? detail::progress_json(*d.progress) : json(nullptr));
    root.member("over_years", has_books_over_years(d) ? detail::books_json(d) : json(nullptr));
    root.close();
    out << '\n';
}

// The report as JSON text. Invalid UTF-8 in a name is replaced rather than thrown on.
inline std::string render_json(const document& d) {
    std::ostringstream out;
    write_json(d, out);
    return std::move(out).str();
}

}  // namespace plantarget::report
