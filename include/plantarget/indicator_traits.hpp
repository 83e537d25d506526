// The one rule that decides what a data file leaves out: an indicator's
// nature (flow, stock, rate, average), its direction and its price basis, and
// how a target on it is tested. Each trait is, in this order:
//   1. stated: a column of the figures table (nature, direction, price_basis,
//      test_mode) on any figure of the indicator (of the target);
//   2. nature: from the unit when the indicator is stated as a level: %, per 1,000
//      and points are rates, concentrations (µg/m³) averages;
//      direction: lower is better when a target caps the level or an actual
//      is stated as a ceiling kept (以内, 以下, 动态清零);
//   3. from the words of indicator_words (lexicon/indicator_words.hpp): the
//      indicator's Chinese name for nature, direction and price basis, the
//      target's wording for the test mode;
//   4. by default: a flow, higher is better, nominal, tested at the deadline.
// Every assumed trait says where it came from (trait_provenance), and the
// reports show it. docs/plancheck.md ("Natures, directions, price bases")
// describes the rule.
#pragma once

#include <plantarget/figure_index.hpp>
#include <plantarget/figures.hpp>
#include <plantarget/indicator.hpp>
#include <plantarget/lexicon.hpp>
#include <plantarget/lexicon/indicator_words.hpp>
#include <plantarget/target.hpp>
#include <plantarget/units/registry.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace plantarget {

// What the rule reads of an indicator.
struct indicator_evidence {
    std::string_view name_zh{};
    units::unit_descriptor unit{};
    // level when a figure states the indicator as a level (a level, share,
    // ratio, completion or progress); growth when it is known by its growth only.
    figure_measure measure = figure_measure::level;
    // The comparator word that states a ceiling on its level, if any (以内).
    std::string_view ceiling_word{};
};

// An indicator's traits and where each came from.
struct indicator_traits {
    nature kind = nature::flow;
    direction better = direction::higher_is_better;
    price_basis basis = price_basis::nominal;
    trait_provenance kind_origin{trait_origin::fallback, {}};
    trait_provenance better_origin{trait_origin::fallback, {}};
    trait_provenance basis_origin{trait_origin::fallback, {}};
};

struct test_mode_choice {
    test_mode mode = test_mode::at_deadline;
    trait_provenance origin{trait_origin::fallback, {}};
};

namespace traits_detail {

// The bytes of the UTF-8 character starting with `lead`.
constexpr std::size_t char_length(unsigned char lead) noexcept {
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

// The name words found in `name`, reading the longest word at each place.
inline std::vector<const indicator_word*> name_words_in(std::string_view name) {
    std::vector<const indicator_word*> found;
    std::size_t at = 0;
    while (at < name.size()) {
        const indicator_word* longest = nullptr;
        for (const auto& w : indicator_words)
            if (w.scope == word_scope::indicator_name && name.substr(at).starts_with(w.text) &&
                (longest == nullptr || w.text.size() > longest->text.size()))
                longest = &w;
        if (longest != nullptr) {
            found.push_back(longest);
            at += longest->text.size();
        } else {
            at += char_length(static_cast<unsigned char>(name[at]));
        }
    }
    return found;
}

// Whether `text` holds the parts of a wording word in order ("全年…控制在").
inline bool wording_matches(std::string_view word, std::string_view text) {
    static constexpr std::string_view gap = "…";
    std::size_t from = 0;
    while (true) {
        const std::size_t cut = word.find(gap);
        const std::string_view part = word.substr(0, cut);
        const std::size_t at = text.find(part, from);
        if (at == std::string_view::npos) return false;
        from = at + part.size();
        if (cut == std::string_view::npos) return true;
        word.remove_prefix(cut + gap.size());
    }
}

// The first word found (in table order) that implies the trait `get` reads.
template <class Get>
const indicator_word* deciding_word(const std::vector<const indicator_word*>& found, Get get) {
    const indicator_word* best = nullptr;
    for (const indicator_word* w : found)
        if (get(*w).has_value() && (best == nullptr || w < best)) best = w;
    return best;
}

}  // namespace traits_detail

// Nature, direction and price basis by the rule above, steps 2 to 4 (the
// caller applies what a file states).
inline indicator_traits infer_indicator_traits(const indicator_evidence& e) {
    using traits_detail::deciding_word;
    indicator_traits t;
    const auto found = traits_detail::name_words_in(e.name_zh);

    const auto k = e.unit.kind();
    const bool stated_as_level = e.measure != figure_measure::growth && e.measure != figure_measure::average_growth &&
                                 e.measure != figure_measure::rank;
    const bool rate_unit = k == units::unit_kind::percent || k == units::unit_kind::per_thousand_persons ||
                           k == units::unit_kind::percentage_points;
    if (stated_as_level && rate_unit) {
        t.kind = nature::rate;
        t.kind_origin = {trait_origin::unit, e.unit.zh()};
    } else if (stated_as_level && k == units::unit_kind::concentration) {
        t.kind = nature::average;
        t.kind_origin = {trait_origin::unit, e.unit.zh()};
    } else if (const auto* w = deciding_word(found, [](const indicator_word& x) { return x.kind; })) {
        t.kind = *w->kind;
        t.kind_origin = {trait_origin::name_word, std::string(w->text)};
    }

    if (!e.ceiling_word.empty()) {
        t.better = direction::lower_is_better;
        t.better_origin = {trait_origin::comparator, std::string(e.ceiling_word)};
    } else if (const auto* w = deciding_word(found, [](const indicator_word& x) { return x.better; })) {
        t.better = *w->better;
        t.better_origin = {trait_origin::name_word, std::string(w->text)};
    }

    if (const auto* w = deciding_word(found, [](const indicator_word& x) { return x.basis; })) {
        t.basis = *w->basis;
        t.basis_origin = {trait_origin::name_word, std::string(w->text)};
    }
    return t;
}

// The test mode of a target from its wording (its quote) and comparator
// word: the first wording word of the table found in either; else at the
// deadline.
inline test_mode_choice infer_test_mode(std::string_view quote, std::string_view comparator_text) {
    for (const auto& w : indicator_words) {
        if (w.scope != word_scope::target_wording || !w.test) continue;
        if (traits_detail::wording_matches(w.text, quote) || traits_detail::wording_matches(w.text, comparator_text))
            return {*w.test, {trait_origin::wording, std::string(w.text)}};
    }
    return {};
}

namespace traits_detail {
// Figures that state a value of the indicator's own unit (not a growth or a rank).
inline bool is_valued_measure(figure_measure m) {
    return m == figure_measure::level || m == figure_measure::share || m == figure_measure::rank ||
           m == figure_measure::progress || m == figure_measure::ratio;
}
}  // namespace traits_detail

// The indicators of a book, in order of first appearance, each with its unit
// (from its first valued figure; a growth figure first gives % until a level
// in another unit comes) and its traits: as stated on its first figure that
// states them, else by the rule. validate() refuses figures of one indicator
// that state different traits.
//
// `numbers` numbers the book's indicators (figure_index.hpp), for a caller
// that has them already: a city's book is numbered once, not per check.
inline std::vector<indicator_info> indicators_of(const figure_book& book, const indicator_numbers& numbers) {
    if (!numbers.numbers(book)) throw std::invalid_argument("plantarget: indicators_of given the numbers of another book");
    std::vector<indicator_info> out;  // in first-seen order: the order of the numbers
    out.reserve(numbers.size());
    struct gathered {
        figure_measure measure = figure_measure::growth;
        std::string ceiling_word;
        std::optional<nature> kind;
        std::optional<direction> better;
        std::optional<price_basis> basis;
    };
    std::vector<gathered> seen;
    seen.reserve(numbers.size());
    for (std::size_t at = 0; at < book.figures.size(); ++at) {
        const published_figure& f = book.figures[at];
        const std::uint32_t number = numbers.of(at);
        if (number == out.size()) {
            indicator_info info;
            info.id = f.indicator_id;
            info.name_zh = f.name_zh;
            info.name_en = f.name_en;
            info.unit = traits_detail::is_valued_measure(f.measure) ? f.unit : units::unit_of("%");
            out.push_back(std::move(info));
            seen.emplace_back();
        }
        indicator_info& info = out[number];
        gathered& g = seen[number];
        if (traits_detail::is_valued_measure(f.measure) && info.unit.kind() == units::unit_kind::percent &&
            f.unit.kind() != units::unit_kind::percent && f.measure != figure_measure::share)
            info.unit = f.unit;  // first valued figure after a growth figure
        if (f.measure != figure_measure::growth && f.measure != figure_measure::rank) g.measure = figure_measure::level;
        // A target that caps the level, or an actual stated as a ceiling kept
        // (降至28以下, 控制在5.5%以内, 动态清零).
        const comparator_word* w = f.comparator_text.word();
        const bool ceiling = w != nullptr && (w->cmp == comparator::at_most || w->cmp == comparator::dynamic_zero ||
                                              (f.role == figure_role::target && w->cmp == comparator::less_than));
        if (ceiling && f.measure != figure_measure::growth && g.ceiling_word.empty()) g.ceiling_word = w->text;
        if (!g.kind) g.kind = f.kind;
        if (!g.better) g.better = f.better;
        if (!g.basis) g.basis = f.basis;
    }
    for (std::size_t i = 0; i < out.size(); ++i) {
        indicator_info& info = out[i];
        const gathered& g = seen[i];
        const indicator_traits t = infer_indicator_traits({info.name_zh, info.unit, g.measure, g.ceiling_word});
        info.kind = g.kind.value_or(t.kind);
        info.kind_origin = g.kind ? trait_provenance{} : t.kind_origin;
        info.better = g.better.value_or(t.better);
        info.better_origin = g.better ? trait_provenance{} : t.better_origin;
        info.basis = g.basis.value_or(t.basis);
        info.basis_origin = g.basis ? trait_provenance{} : t.basis_origin;
    }
    return out;
}

inline std::vector<indicator_info> indicators_of(const figure_book& book) {
    return indicators_of(book, indicator_numbers(book));
}

}  // namespace plantarget
