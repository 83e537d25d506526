// Checks a figure book as a whole, after every field of it has parsed: the
// figures that parse but contradict each other or their indicator, which
// would otherwise be evaluated into a confident, wrong verdict. Every problem
// is an error located at a figure or a relation (file:line:column, or the
// JSON pointer), naming the figures involved. The checks and their messages
// are listed in docs/bad-input.md ("Semantic checks").
#pragma once

#include <plantarget/error.hpp>
#include <plantarget/figure_index.hpp>
#include <plantarget/numbering.hpp>
#include <plantarget/figures.hpp>
#include <plantarget/indicator_traits.hpp>
#include <plantarget/period.hpp>
#include <plantarget/published.hpp>
#include <plantarget/target.hpp>
#include <plantarget/units/registry.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <array>
#include <charconv>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace plantarget {

struct validation_options {
    // A book to be evaluated must hold figures: an empty one would give an
    // empty report that reads as "nothing missed".
    bool require_figures = true;
    // Where the empty book came from, for its error (the input files).
    std::string input{};
};

namespace validate_detail {

// "f.csv:3", "b.json /figures/2": where a figure stood, for naming it in a message.
inline std::string place(const source_location& w) {
    std::string s = w.file;
    if (w.line != 0) s += (s.empty() ? "line " : ":") + std::to_string(w.line);
    if (!w.pointer.empty()) s += (s.empty() ? "" : " ") + w.pointer;
    return s.empty() ? "?" : s;
}

// "a1 (f.csv:2)"
inline std::string named(const published_figure& f) { return f.id + " (" + place(f.where) + ")"; }

// "以上 10 亿元", "居前列"
inline std::string as_written(const published_figure& f) {
    std::string s = f.comparator_text;
    if (f.has_value)
        s += (s.empty() ? "" : " ") + format_published_value(f.value) +
             (f.upper ? ".." + format_published_value(*f.upper) : std::string()) + " " + f.unit.zh();
    return s;
}

inline bool percent_measure(figure_measure m) {
    return m == figure_measure::growth || m == figure_measure::share || m == figure_measure::completion ||
           m == figure_measure::progress;
}

// Figures that hold one quantity of an indicator: levels (and shares, ranks,
// ratios, progress) are compared with levels of the same unit kind; growth
// and completion rates each with their own.
enum class quantity : std::uint8_t { value, growth, completion };
inline quantity quantity_of(figure_measure m) {
    return m == figure_measure::growth ? quantity::growth
           : m == figure_measure::completion ? quantity::completion
                                               : quantity::value;
}

// The same months of one quantity of one indicator (in one kind of unit),
// numbered in a flat table: the first figure of each key in the order
// asked is its representative.
class months_numbering {
public:
    months_numbering(const figure_book& book, const indicator_numbers& indicators, std::size_t expected = 0)
        : book_(&book), indicators_(&indicators), table_(expected) {}
    // The number of the key of book.figures[at].
    std::uint32_t number(std::size_t at) {
        const published_figure& f = book_->figures[at];
        const std::uint32_t indicator = indicators_->of(at);
        const quantity q = quantity_of(f.measure);
        const units::unit_kind kind = f.unit.kind();
        const long span = f.period.span_key();
        using detail::combined;
        const std::uint64_t hash =
            combined(combined(combined(detail::mixed(indicator), static_cast<std::uint64_t>(q)),
                              static_cast<std::uint64_t>(kind)),
                     static_cast<std::uint64_t>(span));
        return table_.number(hash, static_cast<std::uint32_t>(at), [&](std::uint32_t other) {
            const published_figure& g = book_->figures[other];
            return indicators_->of(other) == indicator && quantity_of(g.measure) == q && g.unit.kind() == kind &&
                   g.period.span_key() == span;
        });
    }
    [[nodiscard]] std::uint32_t size() const { return table_.size(); }
    // The first figure asked of a number.
    [[nodiscard]] std::uint32_t first(std::uint32_t number) const { return table_.representative(number); }

private:
    const figure_book* book_;
    const indicator_numbers* indicators_;
    detail::numbering table_;
};

inline parse_error at(const published_figure& f, std::string message) {
    return parse_error{std::move(message), {}, f.where};
}
inline parse_error at(const figure_relation& r, std::string message) {
    return parse_error{std::move(message), {}, r.where};
}

}  // namespace validate_detail

// Two actuals of one quantity of one indicator for the same months, in book
// order: one period written two ways (2025 and 2025-01..2025-12), or twice.
// They are one observation when they agree within published rounding (the
// first is kept); two, and an error, when they do not.
struct same_months_actuals {
    const published_figure* first = nullptr;
    const published_figure* second = nullptr;
    bool agree = false;
};

// `indicators` numbers the book's indicators (figure_index.hpp), for a
// caller that has them already.
inline std::vector<same_months_actuals> actuals_for_the_same_months(const figure_book& book,
                                                                    const indicator_numbers& indicators) {
    if (!indicators.numbers(book))
        throw std::invalid_argument("plantarget: actuals_for_the_same_months given the numbers of another book");
    std::vector<same_months_actuals> out;
    // The first actual of each indicator, quantity and span of months.
    validate_detail::months_numbering first_of(book, indicators, book.figures.size());
    for (std::size_t at = 0; at < book.figures.size(); ++at) {
        const published_figure& f = book.figures[at];
        if (f.role != figure_role::actual || !f.has_value) continue;
        const std::uint32_t first = first_of.first(first_of.number(at));
        if (first == at) continue;
        const published_figure& g = book.figures[first];
        out.push_back({&g, &f, agree_within_rounding(g.value, g.unit.factor(), f.value, f.unit.factor())});
    }
    return out;
}

inline std::vector<same_months_actuals> actuals_for_the_same_months(const figure_book& book) {
    return actuals_for_the_same_months(book, indicator_numbers(book));
}

// The message for a pair that is one observation: which figure is kept.
inline parse_error one_observation_note(const same_months_actuals& s) {
    using validate_detail::named;
    const std::string months = s.first->period == s.second->period
                                   ? "both for " + s.first->period.to_string()
                                   : s.first->period.to_string() + " and " + s.second->period.to_string() +
                                         " are the same months";
    return parse_error{"note: figures " + named(*s.first) + " and " + s.second->id + " are one actual of " +
                           s.first->indicator_id + " (" + months + ", and " +
                           validate_detail::as_written(*s.first) + " and " + validate_detail::as_written(*s.second) +
                           " agree within rounding): " + s.first->id + " is kept",
                       {}, s.second->where};
}

// Every inconsistency of the book, check by check (figures, indicators,
// periods, targets, relations, cycles), each in book order; empty when the
// book may be evaluated.
namespace validate_detail {

// Units whose values add up over time: money and counts. Rates, shares,
// points, ranks and concentrations are averaged or taken at a date, never
// summed. Of the levels in these units, only flows add up (the nature as the
// file states it or indicator_traits.hpp assumes it): a stock's year is its
// last month, not the sum of its months.
inline bool summable_over_time(units::unit_kind k) {
    using units::unit_kind;
    return k != unit_kind::percent && k != unit_kind::percentage_points && k != unit_kind::rank &&
           k != unit_kind::per_thousand_persons && k != unit_kind::concentration;
}

// A printed number is anything in its rounding interval: the sum of parts
// lies in the sum of their intervals.
inline std::string format_number_plain(double v) {
    std::array<char, 64> buf{};
    const auto out = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::general, 15);
    return std::string(buf.data(), out.ptr);
}

struct tiled_period {
    const published_figure* whole;
    std::vector<const published_figure*> parts;
    double sum;  // in the whole's unit
    bool agree;
};

// Every exact actual level of a summable unit whose period is tiled by
// published parts of one length (months, quarters or halves), with whether
// the parts' sum agrees with it within published rounding.
// `indicators` numbers the book's indicators, `places` is their
// places_by_id() and `flow` says of each (by number) whether it is a flow:
// validate() computes these once for all its checks.
inline std::vector<tiled_period> parts_that_tile(const figure_book& book, const indicator_numbers& indicators,
                                                 std::vector<std::uint32_t> places, const std::vector<bool>& flow) {
    if (flow.size() != indicators.size()) throw std::invalid_argument("plantarget: parts_that_tile given another book's flows");
    const figures_by_span by_span(book, indicators, std::move(places), [&](const published_figure& f) {
        return f.role == figure_role::actual && f.measure == figure_measure::level && f.has_value &&
               f.bound() == value_bound::exact && summable_over_time(f.unit.kind()) && flow[indicators.of(f)];
    });
    std::vector<tiled_period> out;
    by_span.each([&](const published_figure& whole_figure) {
        const published_figure* whole = &whole_figure;
        const period p = whole->period;
        for (const int length : {1, 3, 6}) {
            if (length >= p.months() || p.months() % length != 0 || (p.first_month() - 1) % length != 0) continue;
            tiled_period t{whole, {}, 0.0, false};
            double low = 0.0, high = 0.0;  // the parts' rounding intervals, summed, in base units
            bool complete = true;
            for (int first = p.first_month(); first <= p.last_month() && complete; first += length) {
                const period part = length == 1   ? period::month(p.year_number(), first)
                                    : length == 3 ? period::quarter(p.year_number(), (first + 2) / 3)
                                                  : period::half(p.year_number(), (first + 5) / 6);
                const published_figure* found = by_span.find(*whole, part);
                if (found == nullptr || !found->unit.same_kind(whole->unit)) {
                    complete = false;
                    break;
                }
                const published_figure& f = *found;
                const rounding_interval r = interval_of(f.value);
                low += r.low * f.unit.factor();
                high += r.high * f.unit.factor();
                t.sum += f.value.value * f.unit.factor();
                t.parts.push_back(&f);
            }
            if (!complete) continue;
            const rounding_interval w = interval_of(whole->value);
            const double factor = whole->unit.factor();
            t.agree = w.low * factor < high && low < w.high * factor;
            t.sum /= factor;
            out.push_back(std::move(t));
        }
    });
    return out;
}

// A year-to-date total against an earlier year-to-date total of the same
// indicator and the months published after it (1-6月 against 1-5月 and 6月):
// one span of months written two ways, which must agree within rounding.
// Where every month of the span is published, parts_that_tile compares them.
struct total_and_earlier_total {
    const published_figure* total;
    const published_figure* earlier;
    std::vector<const published_figure*> months;  // after the earlier span, to the total's end
    double sum;                                   // earlier + months, in the total's unit
    bool agree;
};

inline std::vector<total_and_earlier_total> totals_and_earlier_totals(const figure_book& book,
                                                                      const indicator_numbers& indicators,
                                                                      std::vector<std::uint32_t> places) {
    const figures_by_span by_span(book, indicators, std::move(places), [](const published_figure& f) {
        return f.role == figure_role::actual && f.measure == figure_measure::level && f.has_value &&
               f.bound() == value_bound::exact && summable_over_time(f.unit.kind());
    });
    std::vector<total_and_earlier_total> out;
    by_span.each([&](const published_figure& whole_figure) {
        const published_figure* whole = &whole_figure;
        const auto find = [&](const period& p) { return by_span.find(*whole, p); };
        const period p = whole->period;
        if (p.first_month() != 1 || p.months() < 2) return;
        const int y = p.year_number();
        // The latest earlier span from January whose following months are all published.
        for (int k = p.last_month() - 1; k >= 1; --k) {
            const published_figure* earlier = find(period::year_to_date(y, k));
            if (earlier == nullptr || !earlier->unit.same_kind(whole->unit)) continue;
            total_and_earlier_total t{whole, earlier, {}, 0.0, false};
            bool complete = true;
            for (int m = k + 1; m <= p.last_month() && complete; ++m) {
                const published_figure* month = find(period::month(y, m));
                complete = month != nullptr && month->unit.same_kind(whole->unit);
                if (complete) t.months.push_back(month);
            }
            if (!complete) continue;
            bool all_months = true;  // then the months alone tile the total: checked there
            for (int m = 1; m <= k && all_months; ++m) all_months = find(period::month(y, m)) != nullptr;
            if (all_months) break;
            const rounding_interval e = interval_of(earlier->value);
            double low = e.low * earlier->unit.factor(), high = e.high * earlier->unit.factor();
            t.sum = earlier->value.value * earlier->unit.factor();
            for (const auto* f : t.months) {
                const rounding_interval r = interval_of(f->value);
                low += r.low * f->unit.factor();
                high += r.high * f->unit.factor();
                t.sum += f->value.value * f->unit.factor();
            }
            const rounding_interval w = interval_of(whole->value);
            const double factor = whole->unit.factor();
            t.agree = w.low * factor < high && low < w.high * factor;
            t.sum /= factor;
            out.push_back(std::move(t));
            break;
        }
    });
    return out;
}

}  // namespace validate_detail

inline std::vector<parse_error> validate(const figure_book& book, const validation_options& opt = {}) {
    using namespace validate_detail;
    std::vector<parse_error> errors;
    if (book.figures.empty() && opt.require_figures) {
        errors.push_back(parse_error{"no figures in the input: nothing to evaluate", {}, source_location{opt.input}});
        return errors;
    }
    const indicator_numbers indicators(book);

    // ---- each figure: its measure against its unit and its comparator word
    for (const auto& f : book.figures) {
        const comparator_word* w = f.comparator_text.word();
        const auto kind = f.unit.kind();
        const std::string m(to_string(f.measure));
        if (percent_measure(f.measure) && kind != units::unit_kind::percent)
            errors.push_back(at(f, "figure " + f.id + ": a " + m + " is measured in %, not in " + f.unit.zh()));
        if (f.measure == figure_measure::rank) {
            if (kind != units::unit_kind::rank)
                errors.push_back(at(f, "figure " + f.id + ": a rank is measured in 位, not in " + f.unit.zh()));
            else if (f.has_value && (f.value.value < 1.0 || f.value.value != std::floor(f.value.value) ||
                                     f.value.decimals != 0))
                errors.push_back(at(f, "figure " + f.id + ": a rank is a positive whole number, not " +
                                           format_published_value(f.value)));
        }
        if (w != nullptr && (w->cmp == comparator::rank_at_most || w->cmp == comparator::among_top) &&
            f.measure != figure_measure::rank)
            errors.push_back(at(f, "figure " + f.id + ": " + f.comparator_text.text() + " states a rank, but the figure is a " +
                                       m + " in " + f.unit.zh() + " (measure rank, unit 位)"));
        if (w != nullptr && w->cmp == comparator::among_top && f.has_value)
            errors.push_back(at(f, "figure " + f.id + ": 居前列 (among the top) takes no value, found " +
                                       format_published_value(f.value)));
        if (w != nullptr && w->cmp == comparator::dynamic_zero && f.has_value && f.value.value != 0.0)
            errors.push_back(at(f, "figure " + f.id + ": 动态清零 (dynamic zero) takes the value 0, found " +
                                       format_published_value(f.value)));
        // A range (6.5..7) and a between word go together, the high end not below the low one.
        const bool between = w != nullptr && w->cmp == comparator::between;
        if (f.upper && !between)
            errors.push_back(at(f, "figure " + f.id + ": a range (" + format_published_value(f.value) + ".." +
                                       format_published_value(*f.upper) + ") takes a between comparator (－, –, 介于), not " +
                                       (f.comparator_text.empty() ? std::string("none") : f.comparator_text.text())));
        if (between && f.has_value && !f.upper)
            errors.push_back(at(f, "figure " + f.id + ": " + f.comparator_text.text() +
                                       " states a range: write the value as low..high (6.5..7)"));
        if (f.upper && f.has_value && f.upper->value < f.value.value)
            errors.push_back(at(f, "figure " + f.id + ": the high end of the range " + format_published_value(*f.upper) +
                                       " is below its low end " + format_published_value(f.value)));
    }

    // ---- what a figure states: a test mode and a tolerance belong to a
    // target, a tolerance to an about band; the figures of one indicator
    // state one nature, direction and price basis
    for (const auto& f : book.figures) {
        const std::string role(to_string(f.role));
        if (f.test && f.role != figure_role::target)
            errors.push_back(at(f, "figure " + f.id + ": a test mode belongs to a target, but the role is " + role));
        if (f.tolerance && f.role != figure_role::target)
            errors.push_back(at(f, "figure " + f.id + ": a tolerance belongs to a target, but the role is " + role));
        else if (f.tolerance && f.comparator_text.cmp() != comparator::about)
            errors.push_back(at(f, "figure " + f.id + ": a tolerance is the half-width of an about band (约, 左右, ≈), "
                                   "but the comparator is " +
                                       (f.comparator_text.empty() ? std::string("none") : f.comparator_text.text())));
    }
    {
        struct stated {
            const published_figure* kind = nullptr;
            const published_figure* better = nullptr;
            const published_figure* basis = nullptr;
        };
        std::vector<stated> first_stating(indicators.size());  // by indicator number
        for (std::size_t figure_at = 0; figure_at < book.figures.size(); ++figure_at) {
            const published_figure& f = book.figures[figure_at];
            stated& s = first_stating[indicators.of(figure_at)];
            const auto differs = [&](const published_figure*& first, const auto& mine, const auto& theirs,
                                     std::string_view what) {
                if (!mine) return;
                if (first == nullptr) {
                    first = &f;
                    return;
                }
                if (*theirs(*first) == *mine) return;
                errors.push_back(at(f, "figure " + f.id + " states the " + std::string(what) + " of " + f.indicator_id +
                                           " as " + std::string(token_of(*mine)) + ", but figure " + named(*first) +
                                           " states " + std::string(token_of(*theirs(*first)))));
            };
            differs(s.kind, f.kind, [](const published_figure& g) { return g.kind; }, "nature");
            differs(s.better, f.better, [](const published_figure& g) { return g.better; }, "direction");
            differs(s.basis, f.basis, [](const published_figure& g) { return g.basis; }, "price basis");
        }
    }

    // ---- each indicator: its levels in one kind of unit
    std::vector<const published_figure*> first_level(indicators.size());  // by indicator number
    for (std::size_t figure_at = 0; figure_at < book.figures.size(); ++figure_at) {
        const published_figure& f = book.figures[figure_at];
        if (f.measure != figure_measure::level || !f.has_value) continue;
        const published_figure*& first = first_level[indicators.of(figure_at)];
        if (first == nullptr) first = &f;
        else if (!first->unit.same_kind(f.unit))
            errors.push_back(at(f, "figure " + f.id + " is in " + f.unit.zh() + ", but indicator " + f.indicator_id +
                                       " is in " + first->unit.zh() + " (figure " + named(*first) +
                                       "): units of another kind cannot be compared"));
    }

    // ---- one span of months, two actuals that disagree
    for (const auto& s : actuals_for_the_same_months(book, indicators)) {
        if (s.agree) continue;
        const bool same_text = s.first->period == s.second->period;
        errors.push_back(at(*s.second, "figures " + named(*s.first) + " and " + named(*s.second) +
                                           " are two actuals of " + s.first->indicator_id + " for " +
                                           (same_text ? s.first->period.to_string()
                                                      : "the same months (" + s.first->period.to_string() + " and " +
                                                            s.second->period.to_string() + ")") +
                                           " that disagree beyond rounding: " + as_written(*s.first) + " and " +
                                           as_written(*s.second)));
    }

    // ---- a period and the parts that tile it (a quarter and its months, a
    // half and its quarters, a year and its halves): their sum must agree
    // The indicators' places in id order and their natures, once for the two checks.
    const std::vector<std::uint32_t> places = indicators.places_by_id();
    std::vector<bool> flow;  // by indicator number, the order of indicators_of
    flow.reserve(indicators.size());
    for (const auto& info : indicators_of(book, indicators)) flow.push_back(info.kind == nature::flow);
    for (const auto& t : parts_that_tile(book, indicators, places, flow)) {
        if (t.agree) continue;
        std::string parts;
        for (const auto* f : t.parts) parts += (parts.empty() ? "" : ", ") + named(*f);
        errors.push_back(at(*t.whole, "figure " + named(*t.whole) + " (" + t.whole->period.to_string() + ": " +
                                          as_written(*t.whole) + ") disagrees beyond rounding with the sum of its " +
                                          std::to_string(t.parts.size()) + " parts, " + format_number_plain(t.sum) +
                                          " " + t.whole->unit.zh() + " (" + parts + ")"));
    }

    // ---- a year-to-date total and an earlier one with the months after it
    for (const auto& t : totals_and_earlier_totals(book, indicators, places)) {
        if (t.agree) continue;
        std::string months;
        for (const auto* f : t.months) months += ", " + named(*f);
        errors.push_back(at(*t.total, "figure " + named(*t.total) + " (" + t.total->period.to_string() + ": " +
                                          as_written(*t.total) + ") disagrees beyond rounding with figure " +
                                          named(*t.earlier) + " (" + t.earlier->period.to_string() +
                                          ") and the months after it, " + format_number_plain(t.sum) + " " +
                                          t.total->unit.zh() + " (" + t.earlier->id + months + ")"));
    }

    // ---- the conditions on one target: a lower bound above an upper bound
    struct bounds {
        const published_figure* lower = nullptr;  // the highest lower bound
        const published_figure* upper = nullptr;  // the lowest upper bound
    };
    months_numbering target_months(book, indicators);
    std::vector<bounds> bounds_of;  // by number of target_months
    for (std::size_t figure_at = 0; figure_at < book.figures.size(); ++figure_at) {
        const published_figure& f = book.figures[figure_at];
        if (f.role != figure_role::target || !f.has_value) continue;
        const comparator_word* w = f.comparator_text.word();
        if (w == nullptr) continue;
        const bool is_lower = w->cmp == comparator::at_least || w->cmp == comparator::more_than;
        const bool is_upper = w->cmp == comparator::at_most || w->cmp == comparator::less_than;
        if (!is_lower && !is_upper) continue;
        const std::uint32_t number = target_months.number(figure_at);
        if (number == bounds_of.size()) bounds_of.emplace_back();
        bounds& b = bounds_of[number];
        const published_figure*& slot = is_lower ? b.lower : b.upper;
        if (slot == nullptr || (is_lower ? f.base_value() > slot->base_value() : f.base_value() < slot->base_value()))
            slot = &f;
        if (b.lower == nullptr || b.upper == nullptr) continue;
        const double lo = b.lower->base_value();
        const double hi = b.upper->base_value();
        const bool strict = b.lower->comparator_text.cmp() == comparator::more_than ||
                            b.upper->comparator_text.cmp() == comparator::less_than;
        if (lo > hi || (strict && lo == hi)) {
            const published_figure& other = &f == b.lower ? *b.upper : *b.lower;
            errors.push_back(at(f, "figure " + f.id + " (" + as_written(f) + ") contradicts figure " + named(other) +
                                       " (" + as_written(other) + "): no value of " + f.indicator_id + " for " +
                                       f.period.to_string() + " meets both"));
        }
    }

    // ---- relations: the measures of their figures, and no cycles
    // Indexed only when there are relations: a book read without any (a
    // city's monitoring file, before discovery) is not indexed for nothing.
    const figures_by_id by_id = book.relations.empty() ? figures_by_id() : figures_by_id(book);
    const auto figure = [&](const std::string& id) { return by_id.find(id); };
    for (const auto& r : book.relations) {
        const published_figure* result = figure(r.result);
        const std::string k(to_string(r.kind));
        if (result == nullptr) continue;  // the reader refuses unknown ids
        const auto expect_rate = [&](figure_measure want) {
            if (result->measure != want || result->unit.kind() != units::unit_kind::percent)
                errors.push_back(at(r, "relation " + r.id + ": the result of a " + k + " relation is a " +
                                           std::string(to_string(want)) + " in %, but figure " + named(*result) +
                                           " is a " + std::string(to_string(result->measure)) + " in " +
                                           result->unit.zh()));
        };
        const auto expect_levels = [&] {
            for (const auto& id : r.operands) {
                const published_figure* op = figure(id);
                if (op == nullptr) continue;
                if (quantity_of(op->measure) != quantity::value || !op->has_value)
                    errors.push_back(at(r, "relation " + r.id + ": the operand of a " + k +
                                               " relation is a level with a value, but figure " + named(*op) +
                                               " is a " + std::string(to_string(op->measure)) +
                                               (op->has_value ? " in " + op->unit.zh() : " without a value")));
            }
        };
        switch (r.kind) {
            case relation_kind::growth:
            case relation_kind::growth_levels:
                expect_rate(figure_measure::growth);
                expect_levels();
                break;
            case relation_kind::completion:
                expect_rate(figure_measure::completion);
                expect_levels();
                break;
            case relation_kind::ratio:
                if (result->unit.kind() != units::unit_kind::percent)
                    errors.push_back(at(r, "relation " + r.id + ": the result of a ratio relation is in %, but figure " +
                                               named(*result) + " is in " + result->unit.zh()));
                expect_levels();
                break;
            case relation_kind::sum:
            case relation_kind::ordering:
                for (const auto& id : r.operands) {
                    const published_figure* op = figure(id);
                    if (op != nullptr && (op->measure != result->measure || !op->unit.same_kind(result->unit)))
                        errors.push_back(at(r, "relation " + r.id + ": figure " + named(*op) + " (a " +
                                                   std::string(to_string(op->measure)) + " in " + op->unit.zh() +
                                                   ") cannot be compared with figure " + named(*result) + " (a " +
                                                   std::string(to_string(result->measure)) + " in " +
                                                   result->unit.zh() + ")"));
                }
                break;
            case relation_kind::compound:
            case relation_kind::target_vs_actual:
            case relation_kind::schedule:
            case relation_kind::enumeration:
            case relation_kind::rank:
                break;
        }
    }

    // Self-reference, then cycles: a figure derived, through relations, from
    // itself. Only the kinds that derive a result from its operands (sum,
    // ratio, growth, completion) make edges: a compound pairs two conditions
    // and an ordering or target_vs_actual compares, so a part within its sum
    // (ordering) is no cycle. Iterative depth-first search, so that a long
    // chain cannot exhaust the stack.
    std::map<std::string_view, std::vector<const figure_relation*>> from;
    for (const auto& r : book.relations) {
        bool self = false;
        for (const auto& op : r.operands) self = self || op == r.result;
        if (self) errors.push_back(at(r, "relation " + r.id + " names its result " + r.result + " as an operand"));
        else if (r.kind != relation_kind::compound && r.kind != relation_kind::ordering &&
                 r.kind != relation_kind::target_vs_actual && r.kind != relation_kind::schedule &&
                 r.kind != relation_kind::rank && r.kind != relation_kind::enumeration)
            from[r.result].push_back(&r);
    }
    enum class mark : std::uint8_t { unseen, open, done };
    std::map<std::string_view, mark> marks;
    for (const auto& [start, unused] : from) {
        if (marks[start] != mark::unseen) continue;
        // Each frame: a figure, and the relation and operand to visit next.
        struct frame {
            std::string_view id;
            std::size_t relation = 0;
            std::size_t operand = 0;
            const figure_relation* via = nullptr;
        };
        std::vector<frame> stack{{start}};
        marks[start] = mark::open;
        while (!stack.empty()) {
            frame& top = stack.back();
            const auto edges = from.find(top.id);
            if (edges == from.end() || top.relation >= edges->second.size()) {
                marks[top.id] = mark::done;
                stack.pop_back();
                continue;
            }
            const figure_relation* r = edges->second[top.relation];
            if (top.operand >= r->operands.size()) {
                ++top.relation;
                top.operand = 0;
                continue;
            }
            const std::string_view next = r->operands[top.operand++];
            mark& m = marks[next];
            if (m == mark::unseen) {
                m = mark::open;
                stack.push_back({next, 0, 0, r});
            } else if (m == mark::open) {
                // The cycle: from `next` down the stack to the top, closed by r.
                std::string path;
                std::string ids;
                bool in = false;
                for (const auto& fr : stack) {
                    in = in || fr.id == next;
                    if (!in) continue;
                    path += std::string(fr.id) + " -> ";
                    if (fr.via != nullptr && fr.id != next) ids += (ids.empty() ? "" : ", ") + fr.via->id;
                }
                ids += (ids.empty() ? "" : ", ") + r->id;
                errors.push_back(at(*r, "relations " + ids + " form a cycle: " + path + std::string(next)));
            }
        }
    }
    return errors;
}

// The book when it validates; otherwise throws parse_failure with the first
// error and the count of all, as the readers' throwing paths do.
inline figure_book validated(figure_book book, const validation_options& opt = {}) {
    if (const auto errors = validate(book, opt); !errors.empty()) throw parse_failure(first_of(errors));
    return book;
}

}  // namespace plantarget
