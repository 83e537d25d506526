// A plan: indicators and targets grouped in sections like the report's
// (一、(一) 一是… written "1.4.1"), with the actual series of each indicator.
// Evaluating it gives a report: every assessment in section order, with counts
// by verdict and by commitment (binding / anticipatory).
#pragma once

#include <plantarget/evaluate.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <deque>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace plantarget {

struct plan_section {
    std::string number;  // "1.4.1": part, chapter, item
    std::string title;
};

struct planned_target {
    target_spec spec;
    std::string section;
};

// What the binding (约束性) targets of a report come to, as plancheck's exit
// status reports it. A binding target that cannot be assessed is not met:
// it is counted apart and never read as met (nor as missed).
enum class binding_status : std::uint8_t {
    met,             // every binding target met, on schedule or not yet due
    missed,          // one is not achieved or behind schedule
    not_assessable,  // none missed, but one cannot be assessed
};

template <>
struct vocabulary<binding_status> {
    static constexpr std::array<vocab_entry<binding_status>, 3> entries{{
        {binding_status::met, "met", "binding targets met", "约束性目标无未完成或慢于进度"},
        {binding_status::missed, "missed", "binding targets missed or behind", "有约束性目标未完成或慢于进度"},
        {binding_status::not_assessable, "not_assessable", "binding targets not assessable, none missed",
         "有约束性目标无法评估"},
    }};
};
static_assert(detail::vocabulary_is_dense<binding_status>());

constexpr std::string_view to_string(binding_status s) noexcept { return token_of(s); }

struct plan_report {
    period as_of;
    std::vector<assessment> assessments;  // in section order
    std::vector<std::string> sections;    // the section of each assessment
    std::array<int, all_verdicts.size()> by_verdict{};
    std::array<int, all_verdicts.size()> binding_by_verdict{};
    std::array<int, all_verdicts.size()> anticipatory_by_verdict{};

    [[nodiscard]] int count(verdict v) const { return by_verdict[static_cast<std::size_t>(v)]; }
    [[nodiscard]] int count(verdict v, commitment k) const {
        const auto& a = k == commitment::binding ? binding_by_verdict : anticipatory_by_verdict;
        return a[static_cast<std::size_t>(v)];
    }
    // Binding targets that cannot be assessed: counted apart in every summary.
    [[nodiscard]] int binding_not_assessable() const { return count(verdict::not_assessable, commitment::binding); }
    // Missed wins over not assessable: one miss is a miss whatever else is unknown.
    [[nodiscard]] binding_status binding() const {
        if (count(verdict::not_achieved, commitment::binding) + count(verdict::behind_schedule, commitment::binding) > 0)
            return binding_status::missed;
        return binding_not_assessable() > 0 ? binding_status::not_assessable : binding_status::met;
    }
    // True when every binding target is met, on schedule or not yet due; false
    // when one is missed, behind, or cannot be assessed.
    [[nodiscard]] bool binding_targets_met() const { return binding() == binding_status::met; }
};

// Orders dotted section numbers numerically: 1.10 after 1.9.
inline bool section_less(const std::string& a, const std::string& b) {
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        std::size_t ie = a.find('.', i), je = b.find('.', j);
        if (ie == std::string::npos) ie = a.size();
        if (je == std::string::npos) je = b.size();
        const std::string pa = a.substr(i, ie - i), pb = b.substr(j, je - j);
        const bool na = !pa.empty() && std::all_of(pa.begin(), pa.end(), [](char c) { return c >= '0' && c <= '9'; });
        const bool nb = !pb.empty() && std::all_of(pb.begin(), pb.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (na && nb && pa.size() != pb.size()) return pa.size() < pb.size();
        if (pa != pb) return pa < pb;
        i = ie + 1;
        j = je + 1;
    }
    return a.size() - std::min(a.size(), i) < b.size() - std::min(b.size(), j);
}

class plan {
public:
    void add_section(std::string number, std::string title) {
        section_index_.emplace(number, sections_.size());  // the first of a repeated number, as before
        sections_.push_back({std::move(number), std::move(title)});
    }

    // Room for `indicators` indicators and `targets` targets, for a caller
    // that knows how many come: a city's plan has hundreds of thousands, and
    // a vector that grows twice over holds its old and new copies at once.
    void reserve(std::size_t indicators, std::size_t targets) {
        indicators_.reserve(indicators_.size() + indicators);
        index_.reserve(index_.size() + indicators);
        targets_.reserve(targets_.size() + targets);
        target_index_.reserve(target_index_.size() + targets);
    }
    // Room for `n` observations in an indicator's series; nothing for an unknown one.
    void reserve_observations(const std::string& indicator_id, std::size_t n) {
        if (auto it = index_.find(indicator_id); it != index_.end()) series_[it->second].reserve(n);
    }

    // Run-time forms, as data files give them. Ids are unique: a second
    // indicator or target with the same id is an error.
    void add_indicator(indicator_info info) {
        if (!index_.emplace(info.id, indicators_.size()).second)
            throw std::invalid_argument("plantarget: duplicate indicator id " + info.id);
        series_.emplace_back(info.unit);
        indicators_.push_back(std::move(info));
    }
    void add_target(target_spec spec, std::string section) {
        if (indicator_by_id(spec.indicator_id) == nullptr)
            throw std::invalid_argument("plantarget: target " + spec.id + " names unknown indicator " + spec.indicator_id);
        if (target_index_.count(spec.id) != 0) throw std::invalid_argument("plantarget: duplicate target id " + spec.id);
        target_index_.emplace(spec.id, targets_.size());
        targets_.push_back({std::move(spec), std::move(section)});
    }
    // Adds an observation in the series' own unit; refuses a second value for a period.
    [[nodiscard]] reason add_observation(const std::string& indicator_id, period p, double value, observation_meta meta = {}) {
        auto it = index_.find(indicator_id);
        if (it == index_.end()) return reason::no_data;
        return series_[it->second].add(p, value, std::move(meta));
    }

    // A growth published without its level (1-6月 增长4.6%): an actual of growth targets only.
    [[nodiscard]] reason add_growth_only(const std::string& indicator_id, period p, growth_rate g, int decimals = -1,
                           value_bound bound = value_bound::exact) {
        auto it = index_.find(indicator_id);
        if (it == index_.end()) return reason::no_data;
        return series_[it->second].add_growth_only(p, g, decimals, bound);
    }

    // Typed forms: the compiler checks that target, indicator and series agree.
    template <units::plan_unit U>
    void add(const indicator<U>& ind) { add_indicator(ind.info()); }
    template <units::plan_unit U>
    void add(const target<U>& t, std::string section) { add_target(t.spec(), std::move(section)); }
    template <units::plan_unit U, class V>
    [[nodiscard]] reason observe(const indicator<U>& ind, period p, const V& value, observation_meta meta = {}) {
        diagnose::observation_in_the_indicators_kind<detail::level_value_fits<U, V>(), units::side_of_unit<U>(),
                                                     units::side_of<V>()>();
        if constexpr (units::boost_plan_unit<U>) {
            // Values in another scale of the same kind are converted exactly.
            const double v = units::convert_value(value.value(), units::descriptor_of<typename V::unit_type>(),
                                                  ind.info().unit);
            return add_observation(ind.id(), p, v, std::move(meta));
        } else {
            return add_observation(ind.id(), p, units::raw_value(value), std::move(meta));
        }
    }

    [[nodiscard]] const indicator_info* indicator_by_id(const std::string& id) const {
        auto it = index_.find(id);
        return it == index_.end() ? nullptr : &indicators_[it->second];
    }
    [[nodiscard]] const value_series* series_of(const std::string& id) const {
        auto it = index_.find(id);
        return it == index_.end() ? nullptr : &series_[it->second];
    }
    [[nodiscard]] const std::vector<indicator_info>& indicators() const { return indicators_; }
    [[nodiscard]] const std::vector<planned_target>& targets() const { return targets_; }
    [[nodiscard]] const std::vector<plan_section>& sections() const { return sections_; }
    [[nodiscard]] const plan_section* section(const std::string& number) const {
        auto it = section_index_.find(number);
        return it == section_index_.end() ? nullptr : &sections_[it->second];
    }
    [[nodiscard]] const planned_target* target_by_id(const std::string& id) const {
        auto it = target_index_.find(id);
        return it == target_index_.end() ? nullptr : &targets_[it->second];
    }

    // Evaluates every target as of a period, in section order (stable within a section).
    [[nodiscard]] plan_report evaluate(period as_of, const evaluation_options& opt = {}) const {
        std::vector<const planned_target*> order;
        order.reserve(targets_.size());
        for (const auto& t : targets_) order.push_back(&t);
        std::stable_sort(order.begin(), order.end(),
                         [](const planned_target* a, const planned_target* b) { return section_less(a->section, b->section); });
        plan_report r;
        r.as_of = as_of;
        r.assessments.reserve(order.size());
        for (const planned_target* t : order) {
            const std::size_t at = index_.at(t->spec.indicator_id);
            const indicator_info& ind = indicators_[at];
            const value_series& s = series_[at];
            if (opt.seasonal_from_last_year && !opt.seasonal_profile && ind.kind == nature::flow) {
                evaluation_options own = opt;
                if (const auto profile = seasonal_profile_before(s, t->spec.deadline.year_number())) own.seasonal_profile = *profile;
                r.assessments.push_back(plantarget::evaluate(t->spec, ind, s, as_of, own));
            } else {
                r.assessments.push_back(plantarget::evaluate(t->spec, ind, s, as_of, opt));
            }
            r.sections.push_back(t->section);
            const auto v = static_cast<std::size_t>(r.assessments.back().outcome);
            ++r.by_verdict[v];
            ++(t->spec.kind == commitment::binding ? r.binding_by_verdict : r.anticipatory_by_verdict)[v];
        }
        return r;
    }

private:
    std::vector<plan_section> sections_;
    std::vector<indicator_info> indicators_;
    // Each indicator's place in indicators_, and its series at the same
    // place: a city's plan has hundreds of thousands, looked up by id for
    // every observation. A deque, so that series_of's pointers stay valid
    // as indicators are added, as they did.
    std::unordered_map<std::string, std::size_t> index_;
    std::deque<value_series> series_;
    std::vector<planned_target> targets_;
    // Lookups by id, so that building and reporting a plan stay linear.
    std::unordered_map<std::string, std::size_t> target_index_;
    std::unordered_map<std::string, std::size_t> section_index_;
};

}  // namespace plantarget
