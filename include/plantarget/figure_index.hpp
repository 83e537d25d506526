// A book's figures by id, by indicator, and by indicator and span of
// months: the look-ups every stage that names figures by
// id uses (the reader's duplicate check, validation, the audit, the report).
// Flat tables of figure indices (numbering.hpp) and sorted arrays, not
// maps of strings: for a city's 2.5 million figures a node per key cost
// more time than the stage it served, and a quarter of a gigabyte.
#pragma once

#include <plantarget/figures.hpp>
#include <plantarget/numbering.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

namespace plantarget {

// The position in a vector of figures of the first figure of each id. The
// figures are passed to each call rather than held, so that a reader may
// index a vector while it grows (its elements move; their positions stay).
class figure_positions {
public:
    figure_positions() = default;
    // The figures already there, the first of a repeated id kept (as
    // figure_book::find), in a table made for as many ids as there are
    // figures, which never grows: an id beyond that count throws
    // std::length_error.
    explicit figure_positions(const std::vector<published_figure>& figures) {
        if (figures.size() > std::numeric_limits<std::uint32_t>::max() - 1)
            throw std::length_error("figure_positions: more than 2^32 - 2 figures");
        ids_ = detail::numbering::at_most(figures.size());
        for (std::size_t i = 0; i < figures.size(); ++i) add(figures, i);
    }

    // Room for `n` figures in all, when none is indexed yet (the table
    // doubles by itself as it fills; this saves the doublings).
    void reserve(std::size_t n) {
        if (n > std::numeric_limits<std::uint32_t>::max() - 1)
            throw std::length_error("figure_positions: more than 2^32 - 2 figures");
        if (ids_.size() == 0) ids_ = detail::numbering(n);
    }

    // The position of the first figure with `id`, or none.
    [[nodiscard]] std::optional<std::size_t> find(const std::vector<published_figure>& figures,
                                                  std::string_view id) const {
        const auto number = ids_.find(detail::hash_of(id), [&](std::uint32_t at) { return figures[at].id == id; });
        if (!number) return std::nullopt;
        return ids_.representative(*number);
    }
    [[nodiscard]] bool contains(const std::vector<published_figure>& figures, std::string_view id) const {
        return find(figures, id).has_value();
    }
    // Indexes figures[at] under its id, unless an earlier figure has that id.
    void add(const std::vector<published_figure>& figures, std::size_t at) {
        const std::string_view id = figures[at].id;
        ids_.number(detail::hash_of(id), static_cast<std::uint32_t>(at),
                    [&](std::uint32_t other) { return figures[other].id == id; });
    }

private:
    detail::numbering ids_;
};

// A book's figures by id, for as long as the book lives and does not change.
class figures_by_id {
public:
    figures_by_id() = default;  // of no figures
    explicit figures_by_id(const std::vector<published_figure>& figures) : figures_(&figures), positions_(figures) {}
    explicit figures_by_id(const figure_book& book) : figures_by_id(book.figures) {}

    // The first figure with `id`, or null.
    [[nodiscard]] const published_figure* find(std::string_view id) const {
        if (figures_ == nullptr) return nullptr;
        const auto at = positions_.find(*figures_, id);
        return at ? &(*figures_)[*at] : nullptr;
    }

private:
    const std::vector<published_figure>* figures_ = nullptr;
    figure_positions positions_;
};

// Each figure's indicator as a number: 0, 1, 2, ... in the order the
// indicators first appear in the book (the order of indicators_of).
class indicator_numbers {
public:
    explicit indicator_numbers(const std::vector<published_figure>& figures)
        : figures_(&figures), numbers_(figures.size()) {
        number_of_.reserve(figures.size());
        for (std::size_t i = 0; i < figures.size(); ++i) {
            const std::string_view id = figures[i].indicator_id;
            number_of_.push_back(numbers_.number(detail::hash_of(id), static_cast<std::uint32_t>(i),
                                                 [&](std::uint32_t other) { return figures[other].indicator_id == id; }));
        }
    }
    explicit indicator_numbers(const figure_book& book) : indicator_numbers(book.figures) {}

    [[nodiscard]] std::size_t size() const { return numbers_.size(); }
    // Whether these are the numbers of the book's figures (as they are now):
    // a function given numbers checks that they are the book's.
    [[nodiscard]] bool numbers(const figure_book& book) const noexcept {
        return figures_ == &book.figures && number_of_.size() == book.figures.size();
    }
    // The number of figures[at]'s indicator.
    [[nodiscard]] std::uint32_t of(std::size_t at) const { return number_of_[at]; }
    [[nodiscard]] std::uint32_t of(const published_figure& f) const {
        return of(static_cast<std::size_t>(&f - figures_->data()));
    }
    // The number of an indicator id, or none when no figure has it.
    [[nodiscard]] std::optional<std::uint32_t> find(std::string_view indicator) const {
        return numbers_.find(detail::hash_of(indicator),
                             [&](std::uint32_t at) { return (*figures_)[at].indicator_id == indicator; });
    }
    // The first figure of an indicator.
    [[nodiscard]] const published_figure& first(std::uint32_t number) const {
        return (*figures_)[numbers_.representative(number)];
    }
    // Each number's place when the indicators are sorted by id.
    [[nodiscard]] std::vector<std::uint32_t> places_by_id() const {
        std::vector<std::uint32_t> order(size());
        for (std::uint32_t k = 0; k < order.size(); ++k) order[k] = k;
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return first(a).indicator_id < first(b).indicator_id;
        });
        std::vector<std::uint32_t> place(size());
        for (std::uint32_t k = 0; k < order.size(); ++k) place[order[k]] = k;
        return place;
    }

private:
    const std::vector<published_figure>* figures_;
    detail::numbering numbers_;
    std::vector<std::uint32_t> number_of_;
};

// Chosen figures by indicator and span of months (period::span_key: 2025 and
// 2025-01..2025-12 are one span), the first in book order of each; listed in
// the order of indicator id, then span.
class figures_by_span {
public:
    template <class Keep>
    figures_by_span(const figure_book& book, const indicator_numbers& indicators, Keep&& keep)
        : figures_by_span(book, indicators, indicators.places_by_id(), std::forward<Keep>(keep)) {}
    // The same, given indicators.places_by_id(), for a caller that sorts the ids once for several.
    template <class Keep>
    figures_by_span(const figure_book& book, const indicator_numbers& indicators, std::vector<std::uint32_t> places,
                    Keep&& keep)
        : indicators_(&indicators), place_(std::move(places)) {
        if (!indicators.numbers(book) || place_.size() != indicators.size())
            throw std::invalid_argument("plantarget: figures_by_span given the numbers of another book");
        for (std::size_t i = 0; i < book.figures.size(); ++i) {
            const published_figure& f = book.figures[i];
            if (keep(f)) entries_.push_back({place_[indicators.of(i)], f.period.span_key(), &f});
        }
        std::stable_sort(entries_.begin(), entries_.end(), [](const entry& a, const entry& b) {
            return a.place != b.place ? a.place < b.place : a.span < b.span;
        });
        entries_.erase(std::unique(entries_.begin(), entries_.end(),
                                   [](const entry& a, const entry& b) { return a.place == b.place && a.span == b.span; }),
                       entries_.end());
        begin_.assign(place_.size() + 1, 0);
        for (const entry& e : entries_) ++begin_[e.place + 1];
        for (std::size_t k = 1; k < begin_.size(); ++k) begin_[k] += begin_[k - 1];
    }

    // The figure of the indicator (numbered) and span, or null.
    [[nodiscard]] const published_figure* find(std::uint32_t indicator, long span) const {
        const std::uint32_t place = place_[indicator];
        const auto first = entries_.begin() + static_cast<std::ptrdiff_t>(begin_[place]);
        const auto last = entries_.begin() + static_cast<std::ptrdiff_t>(begin_[place + 1]);
        const auto it = std::lower_bound(first, last, span, [](const entry& e, long s) { return e.span < s; });
        return it != last && it->span == span ? it->figure : nullptr;
    }
    // The figure of the same indicator as `f` for period `p`, or null.
    [[nodiscard]] const published_figure* find(const published_figure& f, const period& p) const {
        return find(indicators_->of(f), p.span_key());
    }

    // Each figure, by indicator id and then span.
    template <class Visit>
    void each(Visit&& visit) const {
        for (const entry& e : entries_) visit(*e.figure);
    }

private:
    struct entry {
        std::uint32_t place;  // of the indicator, in id order
        long span;
        const published_figure* figure;
    };
    const indicator_numbers* indicators_;
    std::vector<std::uint32_t> place_;
    std::vector<entry> entries_;
    std::vector<std::size_t> begin_;  // of each place's entries
};

}  // namespace plantarget
