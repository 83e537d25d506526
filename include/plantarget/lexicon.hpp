// The plan language's words, defined once: the comparator words that state a
// target or bound an actual (以上, 超, 以内, 约, 动态清零, ...), with the
// symbols data files may use for them (≥, >=, ...). Readers, the extractor,
// from_figures, the audit and the renderers all read this table; the scale
// words (万, 亿, 万亿) are in units/scale.hpp and the labels of every
// enumeration in its vocabulary table.
//
// Chinese legal usage (Civil Code art. 1259): 以上, 以下, 以内 include the
// number; 超过 and 不满 exclude it (docs/explanation/comparators.md).
#pragma once

#include <plantarget/series.hpp>
#include <plantarget/target.hpp>
#include <plantarget/units/scale.hpp>

#include <array>
#include <string>
#include <string_view>

namespace plantarget {

struct comparator_word {
    std::string_view text;
    value_bound bound;  // read on an actual
    comparator cmp;     // read on a target
};

inline constexpr std::array<comparator_word, 33> comparator_words{{
    {"=", value_bound::exact, comparator::at_least},
    {"达", value_bound::exact, comparator::at_least},
    {"达到", value_bound::exact, comparator::at_least},
    {"提升至", value_bound::exact, comparator::at_least},
    {"增长至", value_bound::exact, comparator::at_least},
    {"全覆盖", value_bound::exact, comparator::at_least},
    {"以上", value_bound::at_least, comparator::at_least},
    {"不低于", value_bound::at_least, comparator::at_least},
    {"不少于", value_bound::at_least, comparator::at_least},
    {"≥", value_bound::at_least, comparator::at_least},
    {">=", value_bound::at_least, comparator::at_least},
    {"超", value_bound::more_than, comparator::more_than},
    {"超过", value_bound::more_than, comparator::more_than},
    {"突破", value_bound::more_than, comparator::more_than},
    {"余", value_bound::more_than, comparator::more_than},
    {">", value_bound::more_than, comparator::more_than},
    {"以内", value_bound::at_most, comparator::at_most},
    {"不超过", value_bound::at_most, comparator::at_most},
    {"不高于", value_bound::at_most, comparator::at_most},
    {"以下", value_bound::at_most, comparator::at_most},
    {"≤", value_bound::at_most, comparator::at_most},
    {"<=", value_bound::at_most, comparator::at_most},
    {"近", value_bound::less_than, comparator::less_than},
    {"不满", value_bound::less_than, comparator::less_than},
    {"<", value_bound::less_than, comparator::less_than},
    {"约", value_bound::about, comparator::about},
    {"左右", value_bound::about, comparator::about},
    {"≈", value_bound::about, comparator::about},
    {"动态清零", value_bound::exact, comparator::dynamic_zero},
    {"居第", value_bound::exact, comparator::rank_at_most},
    {"居前列", value_bound::exact, comparator::among_top},
    {"开工", value_bound::exact, comparator::milestone_at_least},
    {"建成投用", value_bound::exact, comparator::milestone_at_least},
}};

// The entry of a word as written, or null.
constexpr const comparator_word* find_comparator_word(std::string_view text) noexcept {
    for (const auto& w : comparator_words)
        if (w.text == text) return &w;
    return nullptr;
}

// A comparator as a report or data file wrote it, parsed once when it is set:
// the text stays for display and round trips; cmp() and bound() are what the
// text means. An empty text is a plain figure (exact, and "at least" as a
// target); an unknown one is known() == false and is refused by the readers.
class comparator_wording {
public:
    comparator_wording() = default;
    comparator_wording(std::string text)  // NOLINT: implicit, as a string member it replaces
        : text_(std::move(text)), word_(text_.empty() ? nullptr : find_comparator_word(text_)) {}
    comparator_wording(std::string_view text) : comparator_wording(std::string(text)) {}  // NOLINT

    [[nodiscard]] const std::string& text() const noexcept { return text_; }
    [[nodiscard]] bool empty() const noexcept { return text_.empty(); }
    [[nodiscard]] bool known() const noexcept { return text_.empty() || word_ != nullptr; }
    [[nodiscard]] const comparator_word* word() const noexcept { return word_; }
    [[nodiscard]] value_bound bound() const noexcept { return word_ != nullptr ? word_->bound : value_bound::exact; }
    [[nodiscard]] comparator cmp() const noexcept { return word_ != nullptr ? word_->cmp : comparator::at_least; }

    operator const std::string&() const noexcept { return text_; }  // NOLINT: reads as the text it holds
    friend bool operator==(const comparator_wording& a, std::string_view b) noexcept { return a.text_ == b; }
    friend bool operator==(const comparator_wording& a, const comparator_wording& b) noexcept {
        return a.text_ == b.text_;
    }

private:
    std::string text_;
    const comparator_word* word_ = nullptr;
};

}  // namespace plantarget
