// An indicator's history over years: each period's target, the actual
// published for it, the verdict and the margin, and how many periods running
// it was missed. Read from one evaluation of a plan built from books of
// several years (books.hpp): each target is judged at its own deadline.
#pragma once

#include <plantarget/band.hpp>
#include <plantarget/plan.hpp>
#include <plantarget/result.hpp>

#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace plantarget {

// One period of an indicator: the target set for it and what came of it.
struct history_point {
    plantarget::period period;
    const assessment* judged = nullptr;  // the target's assessment
    verdict outcome = verdict::not_assessable;
    reason why = reason::none;
    result<double> actual = reason::no_data;  // in the first condition's unit (percent for growth)
    result<double> margin = reason::no_data;  // on the better side: positive is room to spare
    // The band the target allows, in the same unit, for charts: [low, high];
    // an open side is the threshold itself with `open_low`/`open_high` set.
    double low = 0.0, high = 0.0;
    bool open_low = false, open_high = false;

    // A target on a plan period (2011..2015), followed through the years
    // inside it: the verdict as of the end of each year with data so far.
    struct step {
        int year = 0;
        verdict outcome = verdict::not_assessable;
        reason why = reason::none;
        result<double> actual = reason::no_data;
        result<double> rate_still_needed = reason::not_applicable;  // a year, from that year on
        result<double> expected_to_date = reason::not_applicable;   // a total's share by then
    };
    std::vector<step> through;

    [[nodiscard]] bool missed() const noexcept {
        return outcome == verdict::not_achieved || outcome == verdict::behind_schedule;
    }
};

struct indicator_history {
    std::string indicator_id;
    std::string name_zh, name_en;
    measure what = measure::level;  // of its targets' first conditions
    units::unit_descriptor unit;    // of the first target's first condition
    std::vector<history_point> points;  // by period
    int longest_missed_run = 0;  // consecutive years missed, the longest
    int missed_run_now = 0;      // consecutive years missed, up to the latest target
};

// How a report names a history: the indicator, and its measure when not the level
// (国内生产总值 增长).
inline std::string history_name(const indicator_history& h) {
    std::string s = h.name_zh.empty() ? h.indicator_id : h.name_zh;
    // Appended piece by piece: " " + std::string(...) trips g++ 12's -Wrestrict at -O3.
    if (h.what != measure::level) {
        s += ' ';
        s += chinese_of(h.what);
    }
    return s;
}

namespace history_detail {

// The span a condition allows, as a band for charts.
inline void band_of(const condition_assessment& c, const about_defaults& defaults, history_point& p) {
    const condition& k = c.cond;
    p.low = p.high = k.value;
    // The band it was judged with; one not judged (no actual) as it would be.
    if (c.band || k.cmp == comparator::about) {
        const about_band b = c.band ? *c.band : plantarget::band_of(k, defaults);
        p.low = b.low();
        p.high = b.high();
        return;
    }
    switch (k.cmp) {
        case comparator::between: p.high = k.upper; break;
        case comparator::at_least:
        case comparator::more_than: p.open_high = true; break;
        case comparator::at_most:
        case comparator::less_than: p.open_low = true; break;
        default: break;
    }
}

// Runs of missed targets in consecutive years (a year without a target ends a run).
inline void count_runs(indicator_history& h) {
    int run = 0, last_year = 0;
    for (const history_point& p : h.points) {
        if (p.judged == nullptr || p.outcome == verdict::pending) continue;
        const int y = p.period.year_number();
        if (!p.missed()) run = 0;
        else run = (run > 0 && y == last_year + 1) ? run + 1 : 1;
        last_year = y;
        h.longest_missed_run = std::max(h.longest_missed_run, run);
        h.missed_run_now = run;
    }
}

}  // namespace history_detail

// The history of each indicator with a target, in the order the indicators
// first appear in the evaluation; each indicator's targets by period.
// `about` is the evaluation's default about-band (evaluation_options::about_band).
inline std::vector<indicator_history> history_of(const plan& p, const plan_report& r, const about_defaults& about = {}) {
    std::vector<indicator_history> out;
    // One history per indicator and measure: a growth target and a level
    // target of one indicator are two lines of verdicts, on two scales.
    std::map<std::pair<std::string, measure>, std::size_t> index;
    for (const assessment& a : r.assessments) {
        const measure what = a.conditions.empty() ? measure::level : a.conditions.front().cond.what;
        auto [it, fresh] = index.emplace(std::pair{a.indicator_id, what}, out.size());
        if (fresh) {
            indicator_history h;
            h.indicator_id = a.indicator_id;
            if (const indicator_info* info = p.indicator_by_id(a.indicator_id)) {
                h.name_zh = info->name_zh;
                h.name_en = info->name_en;
            }
            if (!a.conditions.empty()) {
                h.what = a.conditions.front().cond.what;
                h.unit = a.conditions.front().cond.unit;
            }
            out.push_back(std::move(h));
        }
        history_point pt;
        pt.period = a.deadline;
        pt.judged = &a;
        pt.outcome = a.outcome;
        pt.why = a.why;
        pt.actual = a.actual;
        pt.margin = a.margin;
        if (!a.conditions.empty()) history_detail::band_of(a.conditions.front(), about, pt);
        if (a.deadline.kind() == period_kind::years)
            if (const planned_target* t = p.target_by_id(a.target_id))
                if (const indicator_info* info = p.indicator_by_id(a.indicator_id)) {
                    evaluation_options opt;
                    opt.about_band = about;
                    const int last = std::min(a.deadline.year_number(), r.as_of.year_number());
                    for (int y = a.deadline.first_year(); y <= last; ++y) {
                        const assessment s = evaluate(t->spec, *info, *p.series_of(info->id), period::year(y), opt);
                        pt.through.push_back({y, s.outcome, s.why, s.actual, s.rate_still_needed, s.expected_to_date});
                    }
                }
        out[it->second].points.push_back(pt);
    }
    for (auto& h : out) {
        std::stable_sort(h.points.begin(), h.points.end(),
                         [](const history_point& a, const history_point& b) { return a.period < b.period; });
        history_detail::count_runs(h);
    }
    return out;
}

// The periods of every history point, in order: the columns of a table of
// verdicts by year.
inline std::vector<period> history_periods(const std::vector<indicator_history>& hs) {
    std::vector<period> out;
    for (const auto& h : hs)
        for (const auto& p : h.points)
            if (std::find(out.begin(), out.end(), p.period) == out.end()) out.push_back(p.period);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace plantarget
