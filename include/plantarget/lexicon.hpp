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
#include <plantarget/shared_text.hpp>
#include <plantarget/target.hpp>
#include <plantarget/units/scale.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace plantarget {

struct comparator_word {
    std::string_view text;
    value_bound bound;  // read on an actual
    comparator cmp;     // read on a target
};

inline constexpr std::array<comparator_word, 40> comparator_words{{
    {"=", value_bound::exact, comparator::at_least},
    {"达", value_bound::exact, comparator::at_least},
    {"达到", value_bound::exact, comparator::at_least},
    {"提升至", value_bound::exact, comparator::at_least},
    {"增长至", value_bound::exact, comparator::at_least},
    {"全覆盖", value_bound::exact, comparator::at_least},
    {"全面覆盖", value_bound::exact, comparator::at_least},
    {"高于", value_bound::more_than, comparator::more_than},
    {"以上", value_bound::at_least, comparator::at_least},
    {"不低于", value_bound::at_least, comparator::at_least},
    {"不少于", value_bound::at_least, comparator::at_least},
    {"≥", value_bound::at_least, comparator::at_least},
    {">=", value_bound::at_least, comparator::at_least},
    {"超", value_bound::more_than, comparator::more_than},
    {"超过", value_bound::more_than, comparator::more_than},
    {"突破", value_bound::more_than, comparator::more_than},
    {"余", value_bound::more_than, comparator::more_than},
    {"多", value_bound::more_than, comparator::more_than},
    {">", value_bound::more_than, comparator::more_than},
    {"以内", value_bound::at_most, comparator::at_most},
    {"不超过", value_bound::at_most, comparator::at_most},
    {"不高于", value_bound::at_most, comparator::at_most},
    {"以下", value_bound::at_most, comparator::at_most},
    {"低于", value_bound::at_most, comparator::at_most},  // at or below, as the official translations read it
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
    // a range: the value is its low end, the figure's upper its high end,
    // both inclusive (6.5%－7%); as an actual, known to be at least the low end
    {"－", value_bound::at_least, comparator::between},
    {"–", value_bound::at_least, comparator::between},
    {"介于", value_bound::at_least, comparator::between},
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
        : word_(text.empty() ? nullptr : find_comparator_word(text)) {
        if (word_ == nullptr) unknown_ = std::move(text);
    }
    comparator_wording(std::string_view text) : comparator_wording(std::string(text)) {}  // NOLINT

    [[nodiscard]] const std::string& text() const noexcept {
        return word_ != nullptr ? word_texts()[static_cast<std::size_t>(word_ - comparator_words.data())]
                                : unknown_.str();
    }
    [[nodiscard]] bool empty() const noexcept { return word_ == nullptr && unknown_.empty(); }
    [[nodiscard]] bool known() const noexcept { return word_ != nullptr || unknown_.empty(); }
    [[nodiscard]] const comparator_word* word() const noexcept { return word_; }
    [[nodiscard]] value_bound bound() const noexcept { return word_ != nullptr ? word_->bound : value_bound::exact; }
    [[nodiscard]] comparator cmp() const noexcept { return word_ != nullptr ? word_->cmp : comparator::at_least; }

    operator const std::string&() const noexcept { return text(); }  // NOLINT: reads as the text it holds
    friend bool operator==(const comparator_wording& a, std::string_view b) noexcept { return a.text() == b; }
    friend bool operator==(const comparator_wording& a, const comparator_wording& b) noexcept {
        return a.word_ == b.word_ && a.unknown_ == b.unknown_;
    }

private:
    // The lexicon's words as strings, for text(): a figure holds a word of
    // the lexicon as a pointer to it, not a copy of its text.
    static const std::array<std::string, comparator_words.size()>& word_texts() noexcept {
        static const auto texts = [] {
            std::array<std::string, comparator_words.size()> out;
            for (std::size_t i = 0; i < out.size(); ++i) out[i] = std::string(comparator_words[i].text);
            return out;
        }();
        return texts;
    }
    const comparator_word* word_ = nullptr;  // null for no text and for an unknown one
    shared_text unknown_;                    // an unknown text, as written
};

// ---- the words that frame a figure in a report's text ------------------------
// The report extractor (io/extract.hpp) reads a text with these tables and
// nothing else: a rule that needs a word adds it here.

// Words of a part heading (一、...) that make its figures actuals or targets.
// Review words are tried first: "2025年计划执行情况" reviews a plan.
inline constexpr auto review_part_words = std::to_array<std::string_view>({"执行情况", "回顾", "过去一年", "过去五年", "完成情况"});
inline constexpr auto plan_part_words = std::to_array<std::string_view>({"计划", "重点工作", "主要任务", "总体要求", "工作安排",
                                                                   "预期目标", "目标任务", "任务", "部署", "建议"});

// Words that make a figure a target where the part does not say (预期, 力争...).
inline constexpr auto target_words = std::to_array<std::string_view>({"预期", "目标", "力争", "确保", "计划", "要", "拟", "争取",
                                                                "预计"});

// A sentence with one of these words that ends in a colon (今年…主要预期目标是：)
// opens a list of targets: every figure up to the next full stop (。！？) is a
// target, over lines too, also where an item alone (失业率4.5%以内，) says so.
inline constexpr auto target_list_words = std::to_array<std::string_view>({"目标", "预期"});

// Words that set a sentence's period (今年, 去年, 过去一年) and how many years
// before the report's own year they name; a sentence that is nothing but such
// a word and a comma ahead of its clause (过去一年，…。) sets the period of the
// sentence after it when that one names none.
struct relative_year_word {
    std::string_view text;
    int years_back;
};
inline constexpr auto relative_year_words = std::to_array<relative_year_word>({
    {"今年", 0}, {"去年", 1}, {"过去一年", 1}});

// Words that name the years before the report's own (过去五年: the five years
// up to last year) as one span, and how many years it has.
struct relative_span_word {
    std::string_view text;
    int years;
};
inline constexpr auto relative_span_words = std::to_array<relative_span_word>({
    {"过去五年", 5}, {"过去三年", 3}, {"过去两年", 2}});

// Words that make the period after them the base of a comparison (比去年多100万人,
// 较2016年增加): the figure is of its sentence's own period, and 多 right after
// the base is the difference itself (more than last year by 100万人), not a bound.
inline constexpr auto comparison_base_words = std::to_array<std::string_view>({"比", "较"});
// Periods a comparison is made with, besides years and relative_year_words.
inline constexpr auto comparison_base_periods = std::to_array<std::string_view>({"上年", "上年度", "上一年", "前一年"});

// What a percent (or 倍, 个百分点) after a word measures. The word nearest
// the number decides; at equal ends the longest (完成率 before 率).
enum class measure_cue : std::uint8_t { growth, decline, level, completion, progress, share, average_growth, rank };
struct measure_word {
    std::string_view text;
    measure_cue cue;
};
inline constexpr auto measure_words = std::to_array<measure_word>({
    {"年均增长", measure_cue::average_growth}, {"年均", measure_cue::average_growth},
    {"增长", measure_cue::growth}, {"增加", measure_cue::growth}, {"提高", measure_cue::growth},
    {"上升", measure_cue::growth}, {"上涨", measure_cue::growth}, {"提升", measure_cue::growth},
    {"增幅", measure_cue::growth}, {"增速", measure_cue::growth}, {"涨幅", measure_cue::growth},
    {"扩大", measure_cue::growth},
    {"下降", measure_cue::decline}, {"减少", measure_cue::decline}, {"降低", measure_cue::decline},
    {"回落", measure_cue::decline}, {"下滑", measure_cue::decline}, {"精简", measure_cue::decline},
    {"压减", measure_cue::decline},
    // a level reached by rising or falling: 降至 28, 下降到 0.95%; of a
    // growth where the name ends in a growth word (涨幅回落到2%: a rise of 2 %)
    {"降至", measure_cue::level}, {"降到", measure_cue::level}, {"下降到", measure_cue::level},
    {"下降至", measure_cue::level}, {"回落到", measure_cue::level}, {"回落至", measure_cue::level},
    {"降低到", measure_cue::level}, {"降低至", measure_cue::level}, {"减少到", measure_cue::level},
    {"上升到", measure_cue::level}, {"上升至", measure_cue::level},
    {"提高到", measure_cue::level}, {"增加到", measure_cue::level}, {"提升至", measure_cue::level},
    {"增长至", measure_cue::level}, {"提高至", measure_cue::level},
    {"完成率", measure_cue::completion}, {"计划的", measure_cue::completion}, {"任务的", measure_cue::completion},
    {"工程总量", measure_cue::progress}, {"工程进度", measure_cue::progress}, {"进度", measure_cue::progress},
    {"率", measure_cue::share}, {"占比", measure_cue::share}, {"比重", measure_cue::share},
    {"比例", measure_cue::share}, {"度", measure_cue::share},
    {"居", measure_cue::rank},
});

// Words that state a value without a number: 动态清零 is 0, 全覆盖 100 %.
// An empty unit is the counted noun's own (户 for 家庭), from counter_words.
struct implied_value_word {
    std::string_view text;  // also its comparator word (comparator_words)
    double value;
    std::string_view unit;
    bool share;  // a share in percent rather than a level
};
inline constexpr auto implied_value_words = std::to_array<implied_value_word>({
    {"动态清零", 0.0, "", false},
    {"全覆盖", 100.0, "%", true},
    {"全面覆盖", 100.0, "%", true},
});

// Chinese numerals that count (五大 -> 5, 七连冠 -> 7, 两级 -> 2), up to 十;
// the extractor reads numbers up to 九十九 from them, and the audit takes a
// list naming one (市、区两级) as counting something of its own.
inline constexpr std::array<std::pair<std::string_view, int>, 11> chinese_digits{{
    {"一", 1}, {"二", 2}, {"两", 2}, {"三", 3}, {"四", 4}, {"五", 5}, {"六", 6}, {"七", 7}, {"八", 8}, {"九", 9}, {"十", 10}}};
// Numeral words of magnitude that also make a count (百强, 千亿级).
inline constexpr auto chinese_magnitude_numerals = std::to_array<std::string_view>({"百", "千"});

// The measure word (量词) a noun is counted in, for figures that write no
// unit (零就业家庭动态清零: 户). Nouns are matched at the end of a name.
struct counter_word {
    std::string_view noun;
    std::string_view unit;
};
inline constexpr auto counter_words = std::to_array<counter_word>({
    {"家庭", "户"}, {"户", "户"}, {"水体", "条"}, {"河", "条"}, {"道路", "条"}, {"路", "条"},
    {"企业", "家"}, {"人员", "人"}, {"人", "人"}, {"项目", "个"}, {"事故", "起"}, {"病例", "例"},
});

// Words of a name that are not the indicator: said before (其中, 全年, 新增)
// or after it (分别, 均, 保持, 控制在). Trimmed from both ends of a name.
inline constexpr auto name_trim_words = std::to_array<std::string_view>({
    "其中", "全年", "今年", "去年", "上半年", "累计", "全区", "全市", "全国", "新增", "新建", "建成", "完成",
    "实现", "力争", "确保", "计划", "预计", "争取", "共计", "共", "同比", "比上年", "成功", "全面", "推动",
    "打造", "创建", "引进", "培育", "组建", "落地", "开展", "举办", "发放", "吸引", "接待", "组织", "开行",
    "新转化", "分别", "均", "保持", "控制在", "为", "达", "达到", "已", "约", "实际", "拉动", "有效带动",
    "提出", "把"});

// Words a name keeps (they tell the kind: 涨幅 a rate, 年末 a stock; see
// lexicon/indicator_words.hpp) but the indicator id drops, so that one
// indicator worded several ways has one id: 居民消费价格总水平涨幅 and
// 居民消费价格 are 居民消费价格, 年末城镇登记失业率 is 城镇登记失业率,
// 城镇新增就业人数 is 城镇新增就业. Words of the measure (总水平, 涨幅, 增幅,
// 增速), of the time it is taken (年末, 年底) and of the counted unit (人数),
// trimmed from both ends; the review column says what was dropped.
inline constexpr auto indicator_id_trim_words = std::to_array<std::string_view>({
    "总水平", "涨幅", "增幅", "增速", "年末", "年底", "人数"});

// Words after a year that make it a span's end rather than the year itself:
// 到2025年 (a level by the end of a plan) is flagged for review.
inline constexpr auto by_year_words = std::to_array<std::string_view>({"到", "至", "力争到"});

}  // namespace plantarget
