// The words of the audit's findings, in Chinese and in English: one sentence
// per finding code (audit.hpp), with its numbers written by the report's one
// number formatter at the precision the finding carries. The audit itself
// holds no prose; every renderer and the Python module print findings
// through describe().
#pragma once

#include <plantarget/audit.hpp>
#include <plantarget/report/document.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plantarget::report {

namespace detail {

inline std::string number_in(double v, int decimals, const units::unit_descriptor& u) {
    return with_unit(format_number(v, decimals), u);
}

// Whole candidates as "147 (104.76%)", the first and last of a long list
// with how many lie between: "448 (110.27%) … 451 (109.53%)".
inline std::string candidates_text(const finding& f, std::string_view percent_sign) {
    const auto one = [&](const whole_candidate& c) {
        return format_number(c.count, 0) + " (" + format_number(c.gives, 2) + std::string(percent_sign) + ")";
    };
    const auto& cs = f.candidates;
    if (cs.empty()) return {};
    if (cs.size() > 3) return one(cs.front()) + " … " + one(cs.back());
    std::string s;
    for (const auto& c : cs) s += (s.empty() ? "" : ", ") + one(c);
    return s;
}

inline std::string printed_rate(const finding& f, std::string_view percent_sign) {
    const published_value& p = f.rate ? *f.rate : f.published;
    return format_number(p.value, p.decimals) + std::string(percent_sign);
}

// What a whole-number finding questions: the plan of a completion rate, the base of a growth.
inline std::string whole_kind_zh(const finding& f) {
    return f.kind == relation_kind::completion ? "推算计划数" : "推算基数";
}
inline std::string whole_kind_en(const finding& f) {
    return f.kind == relation_kind::completion ? "implied plan" : "implied base";
}

inline std::string finding_published_cell_zh(const finding& f) {
    return with_unit(format_number(f.published.value, f.published.decimals), f.unit);
}
inline std::string pv(const std::optional<published_value>& v) {
    return v ? format_number(v->value, v->decimals) : std::string();
}
inline std::string signed_pv(const published_value& v) {
    std::string s(v.value > 0.0 ? "+" : "");
    s += format_number(v.value, v.decimals);
    return s;
}
inline std::string joined(const std::vector<std::string>& items, std::string_view sep) {
    std::string s;
    for (const auto& i : items) s += (s.empty() ? "" : std::string(sep)) + i;
    return s;
}
inline std::string scope_of(const finding& f, std::size_t i) { return i < f.items.size() ? f.items[i] : std::string(); }

inline std::string describe_zh(const finding& f) {
    const std::string computed = number_in(f.computed, f.computed_decimals, f.unit);
    const std::string why(chinese_of(f.why));
    switch (f.code) {
        case finding_code::parts_of_different_kinds: return "分项与合计不是同一类量";
        case finding_code::sum_within_rounding: return "合计与分项之和相差在修约误差以内";
        case finding_code::sum_mismatch: return "合计不等于分项之和（分项之和为 " + computed + "）";
        case finding_code::rate_undefined: return "比率无定义：" + why;
        case finding_code::rate_reproduces: return "由分项可复核比率：" + computed;
        case finding_code::rate_mismatch: return "比率与分项不符：分项得出 " + computed;
        case finding_code::plan_undefined: return "无法推算计划数：" + why;
        case finding_code::implied_plan: {
            std::string s = "推算计划数：" + computed;
            if (f.base && f.rate)
                s += "（" + format_number(f.base->value, f.base->decimals) + " / " +
                     format_number(f.rate->value, f.rate->decimals) + "%）";
            return s;
        }
        case finding_code::base_undefined: return "无法推算基数：" + why;
        case finding_code::implied_base:
            return "推算上年水平：" + computed + (f.from_bound ? "（总量或增速为约数，此为界值）" : "");
        case finding_code::growth_undefined: return "无法由两期水平计算增速：" + why;
        case finding_code::growth_mismatch: return "增速与两期水平不符：两期水平得出 " + computed;
        case finding_code::level_condition_redundant:
            return "以 " + (f.base ? format_number(f.base->value, f.base->decimals) : std::string()) +
                   " 为基数，增速条件意味着 " + computed + "，高于总量条件：总量条件多余";
        case finding_code::growth_condition_redundant:
            return "总量条件高于增速条件所要求的（" + computed + "）：增速条件多余";
        case finding_code::target_below_last_actual:
            return "目标低于上年实际 " + computed +
                   (f.rate ? "（所需增长 " + format_number(f.rate->value, f.rate->decimals) + "%）" : "");
        case finding_code::ceiling_above_last_actual: return "上限目标高于上年实际 " + computed;
        case finding_code::target_repeats_last_actual: return "目标等于上年实际";
        case finding_code::growth_needed: return "相对上年实际所需增长：" + computed;
        case finding_code::part_and_whole_of_different_kinds: return "部分与整体不是同一类量";
        case finding_code::part_beyond_unit_range: return "部分换算为整体的单位后超出可表示的范围";
        case finding_code::part_exceeds_whole: return "部分大于整体";
        case finding_code::whole_base_candidates:
            return whole_kind_zh(f) + " " + computed + " 不是整数；与 " + printed_rate(f, "%") + " 相符的整数 " +
                   std::to_string(f.candidates.size()) + " 个：" + candidates_text(f, "%");
        case finding_code::no_whole_base:
            return whole_kind_zh(f) + " " + computed + " 不是整数，且没有整数能得出 " + printed_rate(f, "%") +
                   "：数字可能有误";
        case finding_code::smallest_whole_base:
            return f.candidates.empty() ? std::string(chinese_of(f.code))
                                        : "按 " + printed_rate(f, "%") + " 推算，上年至少为 " +
                                              format_number(f.candidates[0].count, 0) + "（" +
                                              format_number(f.candidates[0].count, 0) + " → " +
                                              format_number(f.candidates[0].other, 0) + "，" +
                                              format_number(f.candidates[0].gives, 2) + "%）";
        case finding_code::no_small_whole_base:
            return "在 " + (f.base ? format_number(f.base->value, 0) : std::string()) + " 以内没有整数基数能得出 " +
                   printed_rate(f, "%");
        case finding_code::implausible_completion:
            return "完成率 " + printed_rate(f, "%") + " 意味着任务仅为 " + computed +
                   (f.base ? "（实际 " + format_number(f.base->value, f.base->decimals) + "）" : std::string()) +
                   "：不合常理，可能是笔误或任务口径不同";
        case finding_code::implausible_growth:
            return "增长 " + printed_rate(f, "%") + " 意味着上年仅为 " + computed + "：不合常理，可能是笔误或口径不同";
        case finding_code::ambiguous_rate_growth:
            return "比率的增长 " + printed_rate(f, "%") + " 含义不明：按相对增长，上年为 " + computed +
                   (f.alternative ? "；按百分点，上年为 " + format_number(f.alternative->value, f.alternative->decimals) + "%"
                                  : std::string());
        case finding_code::schedule_reproduces:
            return "完成率 " + pv(f.rate) + "%、时序进度 " + pv(f.schedule) + "% 与所述差距 " + signed_pv(f.published) +
                   " 个百分点相符" + (f.from_amounts ? "；完成额得出 " + pv(f.from_amounts) + "%" : std::string());
        case finding_code::schedule_gap_mismatch:
            return "完成率 " + pv(f.rate) + "% 与时序进度 " + pv(f.schedule) + "% 之差为 " +
                   signed_pv({f.computed, f.computed_decimals}) + " 个百分点，而非所述 " + signed_pv(f.published) +
                   " 个百分点：差距有误";
        case finding_code::schedule_amounts_mismatch:
            return "完成额得出完成率 " + computed + "，与所述 " + pv(f.rate) + "% 不符；所述完成率与时序进度 " +
                   pv(f.schedule) + "% 之差相符：完成额或计划数有误";
        case finding_code::schedule_completion_mismatch:
            return "所述完成率 " + pv(f.rate) + "% 与完成额（得出 " + computed + "）及与时序进度 " + pv(f.schedule) +
                   "% 之差均不符，而完成额与差距相符：所述完成率有误";
        case finding_code::schedule_inconsistent:
            return "完成率 " + pv(f.rate) + "%、完成额（得出 " + computed + "）与时序进度 " + pv(f.schedule) +
                   "% 之差三者互不相符";
        case finding_code::list_longer_than_count:
            return "列举了 " + format_number(f.computed, 0) + " 项（" + joined(f.items, "、") + "），多于总数 " +
                   finding_published_cell_zh(f);
        case finding_code::list_count_mismatch:
            return "完整列举了 " + format_number(f.computed, 0) + " 项（" + joined(f.items, "、") + "），与总数 " +
                   finding_published_cell_zh(f) + " 不符";
        case finding_code::rank_contradicts_values:
            return "同在" + scope_of(f, 0) + "，第 " + format_number(f.published.value, f.published.decimals) +
                   " 位的数值 " + pv(f.base) + " 反而不如第 " + format_number(f.computed, f.computed_decimals) +
                   " 位的 " + pv(f.alternative) + "：位次与数值矛盾";
        case finding_code::rank_narrower_scope_worse:
            return "在较大范围（" + scope_of(f, f.items.size() > 1 ? 1 : 0) + "）居第 " +
                   format_number(f.computed, f.computed_decimals) + "，在较小范围（" + scope_of(f, 0) + "）却居第 " +
                   format_number(f.published.value, f.published.decimals) + "：位次矛盾";
    }
    return std::string(chinese_of(f.code));
}

inline std::string describe_en(const finding& f) {
    // Rates print as "94.828 %" in English sentences; levels with their unit.
    const auto in_unit = [&](double v, int decimals) {
        const std::string n = format_number(v, decimals);
        return f.unit.kind() == units::unit_kind::percent ? n + " %" : n + " " + f.unit.zh();
    };
    const std::string computed = in_unit(f.computed, f.computed_decimals);
    const std::string why(describe(f.why));
    switch (f.code) {
        case finding_code::parts_of_different_kinds: return "parts and total are counts of different things";
        case finding_code::sum_within_rounding: return "total differs from the sum of its parts within rounding";
        case finding_code::sum_mismatch: return "total does not equal the sum of its parts";
        case finding_code::rate_undefined: return "rate undefined: " + why;
        case finding_code::rate_reproduces: return "rate reproduces from its parts: " + computed;
        case finding_code::rate_mismatch: return "rate does not follow from its parts: they give " + computed;
        case finding_code::plan_undefined:
        case finding_code::base_undefined:
        case finding_code::growth_undefined: return why;
        case finding_code::implied_plan: {
            std::string s = "implied plan: " + computed;
            if (f.base && f.rate)
                s += " (" + format_number(f.base->value, f.base->decimals) + " / " +
                     format_number(f.rate->value, f.rate->decimals) + " %)";
            return s;
        }
        case finding_code::implied_base:
            return "implied prior-year level: " + computed +
                   (f.from_bound ? " (a bound: the level or the growth is stated as a bound)" : "");
        case finding_code::growth_mismatch: return "growth does not follow from the two levels: they give " + computed;
        case finding_code::level_condition_redundant:
            return "the growth condition implies " + computed + " on a base of " +
                   (f.base ? format_number(f.base->value, f.base->decimals) : std::string()) +
                   ", above the level condition: the level condition is redundant";
        case finding_code::growth_condition_redundant:
            return "the level condition needs more than the growth condition (" + computed +
                   "): the growth condition is redundant";
        case finding_code::target_below_last_actual:
            return "target set below the last actual " + computed +
                   (f.rate ? " (growth needed: " + format_number(f.rate->value, f.rate->decimals) + " %)" : "");
        case finding_code::ceiling_above_last_actual:
            return "upper-bound target set above the last actual " + computed;
        case finding_code::target_repeats_last_actual: return "target repeats the last actual";
        case finding_code::growth_needed: return "growth needed against the last actual: " + computed;
        case finding_code::part_and_whole_of_different_kinds: return "part and whole are of different kinds";
        case finding_code::part_beyond_unit_range: return "the part does not fit in the whole's unit";
        case finding_code::part_exceeds_whole: return "a part is larger than its whole";
        case finding_code::whole_base_candidates:
            return "the " + whole_kind_en(f) + " " + computed + " is not a whole number; " +
                   (f.candidates.size() == 1 ? std::string("one whole value gives ")
                                             : std::to_string(f.candidates.size()) + " whole values give ") +
                   printed_rate(f, " %") + ": " + candidates_text(f, " %");
        case finding_code::no_whole_base:
            return "the " + whole_kind_en(f) + " " + computed + " is not a whole number, and no whole value gives " +
                   printed_rate(f, " %") + ": a figure may be misprinted";
        case finding_code::smallest_whole_base:
            return f.candidates.empty() ? std::string(english_of(f.code))
                                        : "the printed " + printed_rate(f, " %") + " implies at least " +
                                              format_number(f.candidates[0].count, 0) + " the year before (" +
                                              format_number(f.candidates[0].count, 0) + " -> " +
                                              format_number(f.candidates[0].other, 0) + ", " +
                                              format_number(f.candidates[0].gives, 2) + " %)";
        case finding_code::no_small_whole_base:
            return "no whole base below " + (f.base ? format_number(f.base->value, 0) : std::string()) + " gives " +
                   printed_rate(f, " %");
        case finding_code::implausible_completion:
            return "a completion rate of " + printed_rate(f, " %") + " implies a task of only " + computed +
                   (f.base ? " (actual " + format_number(f.base->value, f.base->decimals) + ")" : std::string()) +
                   ": not plausible, likely a misprint or a task of another scope";
        case finding_code::implausible_growth:
            return "growth of " + printed_rate(f, " %") + " implies a prior-year level of only " + computed +
                   ": not plausible, likely a misprint or another scope";
        case finding_code::ambiguous_rate_growth:
            return "growth of a rate is ambiguous: as a relative change of " + printed_rate(f, " %") +
                   " the prior year was " + computed +
                   (f.alternative ? "; as percentage points, " +
                                        format_number(f.alternative->value, f.alternative->decimals) + " %"
                                  : std::string());
        case finding_code::schedule_reproduces:
            return "completion " + pv(f.rate) + " %, schedule " + pv(f.schedule) + " % and the stated gap of " +
                   signed_pv(f.published) + " points agree" +
                   (f.from_amounts ? "; the amounts give " + pv(f.from_amounts) + " %" : std::string());
        case finding_code::schedule_gap_mismatch:
            return "completion " + pv(f.rate) + " % is " + signed_pv({f.computed, f.computed_decimals}) +
                   " points against the schedule " + pv(f.schedule) + " %, not the stated " + signed_pv(f.published) +
                   ": the gap is the odd one out";
        case finding_code::schedule_amounts_mismatch:
            return "the amounts give a completion of " + computed + ", not the stated " + pv(f.rate) +
                   " %, which agrees with the gap to the schedule " + pv(f.schedule) +
                   " %: the amounts (actual or plan) are the odd one out";
        case finding_code::schedule_completion_mismatch:
            return "the stated completion " + pv(f.rate) + " % agrees neither with the amounts (" + computed +
                   ") nor with the gap to the schedule " + pv(f.schedule) +
                   " %, which agree with each other: the stated completion is the odd one out";
        case finding_code::schedule_inconsistent:
            return "the stated completion " + pv(f.rate) + " %, the amounts (" + computed +
                   ") and the gap to the schedule " + pv(f.schedule) + " % agree pairwise nowhere";
        case finding_code::list_longer_than_count:
            return format_number(f.computed, 0) + " items listed (" + joined(f.items, ", ") +
                   "), more than the count " + finding_published_cell_zh(f);
        case finding_code::list_count_mismatch:
            return "a complete list of " + format_number(f.computed, 0) + " items (" + joined(f.items, ", ") +
                   ") against a count of " + finding_published_cell_zh(f);
        case finding_code::rank_contradicts_values:
            return "in one scope (" + scope_of(f, 0) + "), rank " +
                   format_number(f.published.value, f.published.decimals) + " has the value " + pv(f.base) +
                   ", worse than rank " + format_number(f.computed, f.computed_decimals) + " with " +
                   pv(f.alternative) + ": the ranks contradict the values";
        case finding_code::rank_narrower_scope_worse:
            return "rank " + format_number(f.computed, f.computed_decimals) + " in the wider scope (" +
                   scope_of(f, f.items.size() > 1 ? 1 : 0) + ") but rank " +
                   format_number(f.published.value, f.published.decimals) + " in the narrower one (" + scope_of(f, 0) +
                   "): the ranks contradict each other";
    }
    return std::string(english_of(f.code));
}

}  // namespace detail

// A finding as a sentence in one language.
inline std::string describe(const finding& f, language lang) {
    return lang == language::chinese ? detail::describe_zh(f) : detail::describe_en(f);
}

// A finding's computed and published values as text: the computed one at
// the printed precision plus two places (so a near miss shows), without the
// trailing zeros that rounding leaves (50, not 50.00; 3013.2, not 3013.20
// for a quotient of 3013.19999...).
inline std::string finding_computed_text(const finding& f) {
    const int dec = f.has_published ? f.published.decimals + 2 : 2;
    std::string s = format_number(f.computed, dec);
    if (s.find('.') != std::string::npos && s.find('e') == std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    return s;
}
inline std::string finding_published_text(const finding& f) {
    return f.has_published ? format_number(f.published.value, f.published.decimals) : std::string();
}
// The same with the finding's unit: "94.83%", "136.65 亿元"; empty stays empty.
inline std::string finding_computed_cell(const finding& f) { return with_unit(finding_computed_text(f), f.unit); }
inline std::string finding_published_cell(const finding& f) {
    return f.has_published ? with_unit(finding_published_text(f), f.unit) : std::string();
}

// Where the finding's check comes from, as the tables print it: "给定 given",
// "发现 discovered", or "单项 one figure" for a check of one figure alone.
inline std::string finding_origin_cell(const finding& f) {
    if (!f.origin) return "单项 one figure";
    return fmt::format("{} {}", chinese_of(*f.origin), english_of(*f.origin));
}
// The token JSON and CSV give: "given", "discovered" or "one_figure".
inline std::string_view finding_origin_token(const finding& f) {
    return f.origin ? to_string(*f.origin) : std::string_view("one_figure");
}

// Both sentences in one cell, as the bilingual tables print them.
inline std::string describe_bilingual(const finding& f) {
    return describe(f, language::chinese) + " · " + describe(f, language::english);
}

}  // namespace plantarget::report
