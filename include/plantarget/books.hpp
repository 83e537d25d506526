// Figure books of several reports read as one: a plan is judged a year later,
// so the targets a report sets for a year meet the actuals the next report
// publishes for it. Each input file is a book with a publication date; the
// same indicator is linked across books by its id, else by its name and unit
// kind (every such link listed for review), else by a link table; where books
// publish different values for one period (a revision) the later book's is
// used and the revision kept; a target is judged as first set.
#pragma once

#include <plantarget/error.hpp>
#include <plantarget/figures.hpp>
#include <plantarget/lexicon/link_words.hpp>
#include <plantarget/published.hpp>
#include <plantarget/vocab/vocabulary.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace plantarget {

// How an indicator of one book came to be evaluated under the id of another.
enum class link_basis : std::uint8_t {
    same_id,     // the two books give it the same indicator id
    same_name,   // the same name (link_words.hpp) and a unit of the same kind
    link_table,  // a row of the link table says so
    kept_apart,  // an extracted book's indicator with another's id but units of another kind: another indicator
};

template <>
struct vocabulary<link_basis> {
    static constexpr std::array<vocab_entry<link_basis>, 4> entries{{
        {link_basis::same_id, "same_id", "same indicator id", "指标代码相同"},
        {link_basis::same_name, "same_name", "same name and unit kind", "名称和单位类别相同"},
        {link_basis::link_table, "link_table", "link table", "对照表"},
        {link_basis::kept_apart, "kept_apart", "kept apart: units of another kind", "单位类别不同，分开"},
    }};
};
static_assert(detail::vocabulary_is_dense<link_basis>());

// Where a book's publication date came from.
enum class date_origin : std::uint8_t {
    given,            // the caller gave it (plancheck --published)
    latest_actual,    // the day after the end of its latest actual's period
    earliest_target,  // a book without actuals: the first day of its earliest target's period
    report_text,      // the date the report's text gives (io/report_date.hpp)
};

template <>
struct vocabulary<date_origin> {
    static constexpr std::array<vocab_entry<date_origin>, 4> entries{{
        {date_origin::given, "given", "given", "给定"},
        {date_origin::latest_actual, "latest_actual", "the day after its latest actual", "最新实际数之后"},
        {date_origin::earliest_target, "earliest_target", "the start of its earliest target", "最早目标期初"},
        {date_origin::report_text, "report_text", "the date its text gives", "报告所载日期"},
    }};
};
static_assert(detail::vocabulary_is_dense<date_origin>());

constexpr std::string_view to_string(link_basis b) noexcept { return token_of(b); }
constexpr std::string_view to_string(date_origin o) noexcept { return token_of(o); }

// One input book: the file its figures were read from (published_figure::where.file).
struct book_info {
    std::string name;
    boost::gregorian::date published;
    date_origin origin = date_origin::given;
    std::size_t figures = 0;
};

// An indicator of a later book evaluated under the id of an earlier one.
struct indicator_link {
    std::string book;       // the later book
    std::string indicator;  // its id there
    std::string linked_to;  // the id it is evaluated under
    link_basis basis = link_basis::same_id;
    std::string because;  // for review: the name and unit both books give it
};

// A row of a link table: `indicator` (of `book`, or of every book when
// empty) is evaluated as `linked_to`; an empty `linked_to` keeps it apart
// from any other book's indicator (no link by name).
struct link_rule {
    std::string indicator;
    std::string linked_to;
    std::string book;
    source_location where{};
};

// Two books publishing an actual of one indicator, measure and period: the
// later book's is used.
struct figure_revision {
    std::string indicator;
    plantarget::period period;
    figure_measure measure = figure_measure::level;
    std::string used_id, used_book;
    published_value used;
    units::unit_descriptor used_unit;
    std::string earlier_id, earlier_book;
    published_value earlier;
    units::unit_descriptor earlier_unit;
    bool agree = false;  // within rounding: a restatement, not a revision
};

// A later book stating a target for a period another book set first: the
// first is judged (a plan is held to what it promised) and this one kept for review.
struct restated_target {
    std::string indicator;
    plantarget::period period;
    std::string kept_id, kept_book;
    std::string dropped_id, dropped_book;
    bool same = false;  // the same comparator words and values
};

struct books_options {
    // Publication dates by book (the file name as read, or its last path part).
    std::map<std::string, boost::gregorian::date, std::less<>> published;
    // Dates the books' texts give (io/report_date.hpp): used where none is given.
    std::map<std::string, boost::gregorian::date, std::less<>> text_dates;
    std::vector<link_rule> links;
    // Books the extractor read from a report's text (io/extract.hpp): their
    // indicator ids are made from names, so the same id with units of
    // another kind is another indicator, kept apart, not an error.
    std::set<std::string, std::less<>> extracted;
};

// The books as one: `book` holds every indicator under one id, each period's
// actuals from the latest book that publishes them, and each target as the
// earliest book set it; plan_from_figures reads it.
struct linked_books {
    figure_book book;
    std::vector<book_info> books;  // in publication order
    std::vector<indicator_link> links;  // every link but by the same id
    std::vector<figure_revision> revisions;
    std::vector<restated_target> restated;
    std::vector<parse_error> errors;  // when not empty, `book` is not to be evaluated

    [[nodiscard]] bool ok() const noexcept { return errors.empty(); }
    [[nodiscard]] const book_info* book_named(std::string_view name) const {
        for (const auto& b : books)
            if (b.name == name) return &b;
        return nullptr;
    }
};

namespace books_detail {

inline std::string file_name(const std::string& path) { return std::filesystem::path(path).filename().string(); }

inline std::string place(const source_location& w) {
    std::string s = w.file;
    if (w.line != 0) s += ":" + std::to_string(w.line);
    return s;
}

// Day after the end of a period, and the first day of one.
inline boost::gregorian::date day_after(const period& p) { return p.dates().end(); }
inline boost::gregorian::date first_day(const period& p) { return p.dates().begin(); }

inline bool is_valued(const published_figure& f) { return f.has_value; }

// One number written in two scales (1.2 万亿元, 12000 亿元): equal but for the
// last binary digits of the conversion.
inline bool same_number(double a, double b) { return std::abs(a - b) <= 1e-12 * std::max(std::abs(a), std::abs(b)); }

// A key for one indicator, measure and span of months.
using period_key = std::tuple<std::string, figure_measure, long>;

}  // namespace books_detail

// The publication date of each book, given or inferred, in publication order
// (ties in input order).
inline std::vector<book_info> books_of(const figure_book& read, const books_options& opt = {}) {
    std::vector<book_info> out;
    std::map<std::string, std::size_t> index;
    std::map<std::string, std::optional<period>> latest_actual, earliest_target;
    for (const auto& f : read.figures) {
        auto [it, fresh] = index.emplace(f.where.file, out.size());
        if (fresh) out.push_back({f.where.file, {}, date_origin::given, 0});
        ++out[it->second].figures;
        if (f.role == figure_role::actual) {
            auto& l = latest_actual[f.where.file];
            if (!l || l->dates().end() < f.period.dates().end()) l = f.period;
        } else {
            auto& e = earliest_target[f.where.file];
            if (!e || f.period.dates().begin() < e->dates().begin()) e = f.period;
        }
    }
    for (auto& b : out) {
        auto given = opt.published.find(b.name);
        if (given == opt.published.end()) given = opt.published.find(books_detail::file_name(b.name));
        if (given != opt.published.end()) {
            b.published = given->second;
            b.origin = date_origin::given;
        } else if (const auto text = opt.text_dates.find(b.name); text != opt.text_dates.end()) {
            b.published = text->second;
            b.origin = date_origin::report_text;
        } else if (const auto& l = latest_actual[b.name]) {
            b.published = books_detail::day_after(*l);
            b.origin = date_origin::latest_actual;
        } else {
            b.published = books_detail::first_day(*earliest_target[b.name]);
            b.origin = date_origin::earliest_target;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const book_info& a, const book_info& b) { return a.published < b.published; });
    return out;
}

// Whether linking `books` with `opt` gives the book as read: one book and no
// link table. link_books then copies it; io::read_books does not.
inline bool linking_changes_nothing(const std::vector<book_info>& books, const books_options& opt) {
    return books.size() <= 1 && opt.links.empty();
}

// Links the books of `read` (its figures' files) into one. One book is
// returned as it is. Errors (nothing to evaluate): a link table row naming
// an indicator no book has, a duplicate row, links that form a cycle, and an
// indicator whose books give one measure units of different kinds.
inline linked_books link_books(const figure_book& read, const books_options& opt = {}) {
    using books_detail::file_name;
    using books_detail::place;
    linked_books out;
    out.books = books_of(read, opt);
    if (linking_changes_nothing(out.books, opt)) {
        out.book = read;
        return out;
    }
    std::map<std::string, std::size_t, std::less<>> rank;  // publication order of each book
    for (std::size_t i = 0; i < out.books.size(); ++i) rank.emplace(out.books[i].name, i);
    const auto rank_of = [&](const published_figure& f) { return rank.at(f.where.file); };

    // Every (book, indicator) and the first figure of it, in publication order.
    struct book_indicator {
        std::string book, id;
        const published_figure* first = nullptr;
    };
    std::vector<book_indicator> members;
    std::map<std::pair<std::string, std::string>, std::size_t> member_index;
    std::set<std::string> all_ids;
    std::map<std::pair<std::string, std::string>, std::map<figure_measure, units::unit_descriptor>> units_of;
    // What each (book, indicator) publishes: role, measure and months.
    using figure_slot = std::tuple<figure_role, figure_measure, long>;
    std::map<std::pair<std::string, std::string>, std::set<figure_slot>> slots_of;
    {
        std::vector<const published_figure*> ordered;
        for (const auto& f : read.figures) ordered.push_back(&f);
        std::stable_sort(ordered.begin(), ordered.end(),
                         [&](const auto* a, const auto* b) { return rank_of(*a) < rank_of(*b); });
        for (const auto* f : ordered) {
            all_ids.insert(f->indicator_id);
            auto [it, fresh] = member_index.emplace(std::pair{f->where.file, f->indicator_id}, members.size());
            if (f->has_value) units_of[{f->where.file, f->indicator_id}].emplace(f->measure, f->unit);
            slots_of[{f->where.file, f->indicator_id}].emplace(f->role, f->measure, f->period.span_key());
            if (fresh) members.push_back({f->where.file, f->indicator_id, f});
            else if (!books_detail::is_valued(*members[it->second].first) && books_detail::is_valued(*f))
                members[it->second].first = f;
        }
    }

    // The link table: checked whole before any of it is used.
    std::map<std::pair<std::string, std::string>, const link_rule*> rules;  // (book or "", indicator)
    for (const auto& r : opt.links) {
        const auto err = [&](std::string message, std::string text) {
            out.errors.push_back(parse_error{std::move(message), std::move(text), r.where});
        };
        const bool known = std::any_of(members.begin(), members.end(), [&](const book_indicator& m) {
            return m.id == r.indicator && (r.book.empty() || m.book == r.book || file_name(m.book) == r.book);
        });
        if (!known) {
            err(r.book.empty() ? "the link table names an indicator that no book has"
                               : "the link table names an indicator that book " + r.book + " does not have",
                r.indicator);
            continue;
        }
        if (!r.linked_to.empty() && all_ids.count(r.linked_to) == 0) {
            err("the link table links to an indicator that no book has", r.linked_to);
            continue;
        }
        if (r.linked_to == r.indicator) {
            err("the link table links an indicator to itself", r.indicator);
            continue;
        }
        const auto [it, fresh] = rules.emplace(std::pair{r.book, r.indicator}, &r);
        if (!fresh) err("duplicate link for the indicator (first at " + place(it->second->where) + ")", r.indicator);
    }
    const auto rule_for = [&](const book_indicator& m) -> const link_rule* {
        if (auto it = rules.find({m.book, m.id}); it != rules.end()) return it->second;
        if (auto it = rules.find({file_name(m.book), m.id}); it != rules.end()) return it->second;
        if (auto it = rules.find({std::string(), m.id}); it != rules.end()) return it->second;
        return nullptr;
    };
    // Links follow each other (a to b, b to c); a chain that comes back is a cycle.
    for (const auto& [key, r] : rules) {
        std::vector<std::string> chain{r->indicator};
        std::string next = r->linked_to;
        while (!next.empty()) {
            if (std::find(chain.begin(), chain.end(), next) != chain.end()) {
                std::string shown;
                for (const auto& c : chain) shown += c + " -> ";
                out.errors.push_back(parse_error{"the link table's links form a cycle: " + shown + next, r->indicator, r->where});
                break;
            }
            chain.push_back(next);
            const auto it = rules.find({std::string(), next});
            next = it == rules.end() ? std::string() : it->second->linked_to;
        }
    }
    if (!out.ok()) return out;

    // Canonical ids: the table first, then the same id, then the same name and unit kind.
    std::map<std::pair<std::string, std::string>, std::string> canonical;  // (book, id) -> id
    struct canonical_indicator {
        std::string id, key;
        units::unit_descriptor unit;
        bool valued = false;
        std::string book;
    };
    std::vector<canonical_indicator> seen;  // in publication order of their first book
    std::set<std::string> seen_ids;
    std::set<std::string> kept_apart;
    std::map<std::pair<std::string, figure_measure>, units::unit_descriptor> canonical_units;
    const auto is_extracted = [&](const std::string& book) {
        return opt.extracted.count(book) != 0 || opt.extracted.count(file_name(book)) != 0;
    };
    // The measure whose unit differs in kind from what the indicator has so far, if any.
    const auto unit_clash = [&](const book_indicator& m, const std::string& id) -> std::optional<figure_measure> {
        for (const auto& [what, unit] : units_of[{m.book, m.id}])
            if (auto it = canonical_units.find({id, what}); it != canonical_units.end() && !it->second.same_kind(unit))
                return what;
        return std::nullopt;
    };
    // The canonical ids the current book's indicators have, with what they
    // publish: a link by name may not give one id two figures of one slot
    // (the extractor's 增加 and 增加_2 of one sentence stay two).
    std::map<std::string, std::set<figure_slot>> used_in_book;
    const auto slots_free = [&](const book_indicator& m, const std::string& id) {
        const auto it = used_in_book.find(id);
        if (it == used_in_book.end()) return true;
        for (const auto& s : slots_of[{m.book, m.id}])
            if (it->second.count(s) != 0) return false;
        return true;
    };
    const auto assign = [&](const book_indicator& m) {
        std::string id = m.id;
        const link_rule* r = rule_for(m);
        if (r == nullptr && seen_ids.count(id) != 0 && is_extracted(m.book) && unit_clash(m, id)) {
            id += "@" + file_name(m.book);
            out.links.push_back({m.book, m.id, id, link_basis::kept_apart,
                                 "unit " + units_of[{m.book, m.id}].at(*unit_clash(m, m.id)).zh() + ", not " +
                                     canonical_units.at({m.id, *unit_clash(m, m.id)}).zh()});
        } else if (r != nullptr && r->linked_to.empty()) {
            // Kept apart: under its own id, made unique if an earlier book has it.
            if (seen_ids.count(id) != 0) id += "@" + file_name(m.book);
            kept_apart.insert(id);
        } else if (r != nullptr) {
            std::string to = r->linked_to;
            for (auto it = rules.find({std::string(), to}); it != rules.end() && !it->second->linked_to.empty();
                 it = rules.find({std::string(), to}))
                to = it->second->linked_to;
            id = to;
            out.links.push_back({m.book, m.id, id, link_basis::link_table, "link table " + place(r->where)});
        } else if (seen_ids.count(id) == 0) {
            // A new id: the same indicator as an earlier book's by name and unit kind?
            const std::string key = link_name_key(m.first->name_zh.empty() ? m.id : m.first->name_zh);
            const canonical_indicator* match = nullptr;
            int matches = 0;
            for (const auto& c : seen)
                if (c.book != m.book && c.key == key && kept_apart.count(c.id) == 0 && slots_free(m, c.id) &&
                    (!c.valued || !m.first->has_value || c.unit.same_kind(m.first->unit)) && !unit_clash(m, c.id)) {
                    if (match == nullptr) match = &c;
                    ++matches;
                }
            if (match != nullptr && matches == 1) {
                out.links.push_back({m.book, m.id, match->id, link_basis::same_name,
                                     "name " + key + ", unit " + m.first->unit.zh() + " as in " + file_name(match->book)});
                id = match->id;
            }
        }
        canonical[{m.book, m.id}] = id;
        for (const auto& [what, unit] : units_of[{m.book, m.id}]) canonical_units.emplace(std::pair{id, what}, unit);
        used_in_book[id].insert(slots_of[{m.book, m.id}].begin(), slots_of[{m.book, m.id}].end());
        if (seen_ids.insert(id).second)
            seen.push_back({id, link_name_key(m.first->name_zh.empty() ? m.id : m.first->name_zh), m.first->unit,
                            m.first->has_value, m.book});
    };
    // Book by book: first what the table or an earlier book's same id
    // decides, then links by name.
    for (std::size_t b = 0; b < members.size();) {
        std::size_t e = b;
        while (e < members.size() && members[e].book == members[b].book) ++e;
        used_in_book.clear();
        const std::set<std::string> earlier = seen_ids;
        for (std::size_t i = b; i < e; ++i)
            if (rule_for(members[i]) != nullptr || earlier.count(members[i].id) != 0) assign(members[i]);
        for (std::size_t i = b; i < e; ++i)
            if (rule_for(members[i]) == nullptr && earlier.count(members[i].id) == 0) assign(members[i]);
        b = e;
    }

    // Figures under their canonical ids; one unit kind per indicator and measure across books.
    std::vector<published_figure> figures;
    figures.reserve(read.figures.size());
    std::map<std::pair<std::string, figure_measure>, const published_figure*> first_unit;
    for (const auto& f : read.figures) {
        published_figure g = f;
        g.indicator_id = canonical.at({f.where.file, f.indicator_id});
        figures.push_back(std::move(g));
    }
    std::vector<std::size_t> order(figures.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return rank_of(figures[a]) < rank_of(figures[b]); });
    for (const std::size_t i : order) {
        const published_figure& f = figures[i];
        if (!f.has_value) continue;
        const auto [it, fresh] = first_unit.emplace(std::pair{f.indicator_id, f.measure}, &f);
        const published_figure& g = *it->second;
        if (!fresh && g.where.file != f.where.file && !g.unit.same_kind(f.unit))
            out.errors.push_back(parse_error{
                "indicator " + f.indicator_id + " is in " + f.unit.zh() + " (" + std::string(to_string(f.unit.kind())) +
                    ") here but in " + g.unit.zh() + " (" + std::string(to_string(g.unit.kind())) + ") at " +
                    place(g.where) + ": one measure of one indicator takes one kind of unit across books (give the "
                    "indicators apart in a link table if they are not the same)",
                f.unit.zh(), f.where});
    }
    if (!out.ok()) return out;

    // Actuals: each indicator, measure and period from the latest book that publishes it.
    std::map<books_detail::period_key, std::size_t> latest_book;  // rank
    std::map<books_detail::period_key, std::size_t> shown_first;  // the latest book's first figure
    for (const std::size_t i : order) {
        const published_figure& f = figures[i];
        if (f.role != figure_role::actual) continue;
        const books_detail::period_key key{f.indicator_id, f.measure, f.period.span_key()};
        latest_book[key] = rank_of(f);
    }
    for (const std::size_t i : order) {
        const published_figure& f = figures[i];
        if (f.role != figure_role::actual) continue;
        const books_detail::period_key key{f.indicator_id, f.measure, f.period.span_key()};
        if (rank_of(f) == latest_book.at(key)) shown_first.emplace(key, i);
    }
    std::vector<bool> keep(figures.size(), true);
    for (const std::size_t i : order) {
        const published_figure& f = figures[i];
        if (f.role != figure_role::actual) continue;
        const books_detail::period_key key{f.indicator_id, f.measure, f.period.span_key()};
        if (rank_of(f) == latest_book.at(key)) continue;
        keep[i] = false;
        const published_figure& used = figures[shown_first.at(key)];
        figure_revision r;
        r.indicator = f.indicator_id;
        r.period = f.period;
        r.measure = f.measure;
        r.used_id = used.id;
        r.used_book = used.where.file;
        r.used = used.value;
        r.used_unit = used.unit;
        r.earlier_id = f.id;
        r.earlier_book = f.where.file;
        r.earlier = f.value;
        r.earlier_unit = f.unit;
        r.agree = f.has_value == used.has_value &&
                  (!f.has_value || agree_within_rounding(f.value, f.unit.factor(), used.value, used.unit.factor()));
        out.revisions.push_back(std::move(r));
    }

    // Targets: each indicator, measure and period as the earliest book that sets it;
    // the same words twice in one book are one figure.
    std::map<books_detail::period_key, std::size_t> setting_book;  // rank
    std::map<books_detail::period_key, std::size_t> set_first;
    std::set<std::tuple<std::string, long, figure_measure, std::string, std::string, std::string>> worded;
    for (const std::size_t i : order) {
        const published_figure& f = figures[i];
        if (f.role != figure_role::target) continue;
        const books_detail::period_key key{f.indicator_id, f.measure, f.period.span_key()};
        const auto [it, fresh] = setting_book.emplace(key, rank_of(f));
        if (fresh) set_first.emplace(key, i);
        if (rank_of(f) != it->second) {
            keep[i] = false;
            const published_figure& kept = figures[set_first.at(key)];
            // Targets are as written: the same number, not the same within rounding.
            const bool same = kept.comparator_text.text() == f.comparator_text.text() && kept.has_value == f.has_value &&
                              (!f.has_value || books_detail::same_number(kept.base_value(), f.base_value()));
            out.restated.push_back({f.indicator_id, f.period, kept.id, kept.where.file, f.id, f.where.file, same});
            continue;
        }
        const std::string value = f.has_value ? format_published_value(f.value) : std::string();
        if (!worded.emplace(f.indicator_id, f.period.span_key(), f.measure, f.comparator_text.text(), value, f.unit.zh())
                 .second)
            keep[i] = false;
    }

    // In the order of the books as read, a revised figure where the figure it
    // replaces stood: an indicator keeps the unit of its first figure.
    std::map<books_detail::period_key, std::size_t> first_place;
    for (std::size_t i = 0; i < figures.size(); ++i)
        if (figures[i].role == figure_role::actual)
            first_place.emplace(books_detail::period_key{figures[i].indicator_id, figures[i].measure,
                                                         figures[i].period.span_key()},
                                i);
    std::vector<std::pair<std::size_t, std::size_t>> placed;  // (place, index)
    for (std::size_t i = 0; i < figures.size(); ++i) {
        if (!keep[i]) continue;
        const published_figure& f = figures[i];
        const std::size_t place =
            f.role == figure_role::actual
                ? first_place.at(books_detail::period_key{f.indicator_id, f.measure, f.period.span_key()})
                : i;
        placed.emplace_back(place, i);
    }
    std::stable_sort(placed.begin(), placed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [place, i] : placed) out.book.figures.push_back(std::move(figures[i]));
    out.book.sections = read.sections;  // the first title of a number, as the reader keeps it
    // Relations name figures by id, which are unique across books: each kept
    // relation's figures are all still in the book.
    std::set<std::string> kept_ids;
    for (const auto& f : out.book.figures) kept_ids.insert(f.id);
    for (const auto& r : read.relations) {
        bool all = kept_ids.count(r.result) != 0;
        for (const auto& o : r.operands) all = all && kept_ids.count(o) != 0;
        if (all) out.book.relations.push_back(r);
    }
    return out;
}

}  // namespace plantarget
