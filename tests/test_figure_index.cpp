// The look-ups by id, indicator and span (figure_index.hpp) against the
// plain scans and ordered maps they replaced: the same figure found, the
// first of a repeated key kept, the same order listed.
#include "figure_fixtures.hpp"

#include <plantarget/figure_index.hpp>
#include <plantarget/from_figures.hpp>
#include <plantarget/indicator_traits.hpp>
#include <plantarget/validate.hpp>

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace pt = plantarget;
using pt::figure_role;
using pt::figure_measure;

namespace {

pt::published_figure figure(std::string id, std::string indicator, pt::period p, double value = 1.0) {
    return pt::figure_test::make_figure(std::move(id), std::move(indicator), "1", "名称", figure_role::actual, p,
                                        figure_measure::level, "", value, 0, "亿元");
}

// A shuffled book of many indicators and months, with repeated ids and spans.
std::vector<pt::published_figure> shuffled_book(unsigned seed) {
    std::vector<pt::published_figure> figures;
    for (int i = 0; i < 300; ++i) {
        const std::string indicator = "i" + std::to_string(i % 37) + (i % 3 == 0 ? ".x" : "");
        const int month = 1 + i % 12;
        figures.push_back(figure("f" + std::to_string(i % 250), indicator, pt::period::month(2025, month), i));
    }
    std::mt19937 random(seed);
    std::shuffle(figures.begin(), figures.end(), random);
    return figures;
}

}  // namespace

TEST(FigureIndex, FindsTheFirstFigureOfEachIdAsTheBooksOwnScanDoes) {
    pt::figure_book book;
    book.figures = shuffled_book(1);
    const pt::figures_by_id by_id(book);
    for (int i = 0; i < 260; ++i) {
        const std::string id = "f" + std::to_string(i);
        EXPECT_EQ(by_id.find(id), book.find(id)) << id;
    }
    EXPECT_EQ(by_id.find(""), nullptr);
    EXPECT_EQ(pt::figures_by_id().find("f1"), nullptr);
}

TEST(FigureIndex, PositionsFollowAVectorThatGrows) {
    std::vector<pt::published_figure> figures;
    pt::figure_positions positions;
    for (int i = 0; i < 5000; ++i) {  // the vector moves its figures many times over
        figures.push_back(figure("id-with-a-long-name-" + std::to_string(i), "a", pt::period::year(2025)));
        positions.add(figures, figures.size() - 1);
    }
    for (std::size_t i = 0; i < figures.size(); i += 97) EXPECT_EQ(positions.find(figures, figures[i].id), i);
    EXPECT_FALSE(positions.contains(figures, "id-with-a-long-name-5000"));
}

TEST(FigureIndex, NumbersIndicatorsInTheOrderTheyFirstAppear) {
    pt::figure_book book;
    book.figures = shuffled_book(2);
    const pt::indicator_numbers numbers(book);
    std::map<std::string, std::uint32_t> seen;
    for (std::size_t i = 0; i < book.figures.size(); ++i) {
        const auto [it, fresh] = seen.emplace(book.figures[i].indicator_id, static_cast<std::uint32_t>(seen.size()));
        EXPECT_EQ(numbers.of(i), it->second);
        if (fresh) {
            EXPECT_EQ(&numbers.first(it->second), &book.figures[i]);
        }
    }
    EXPECT_EQ(numbers.size(), seen.size());
    EXPECT_EQ(numbers.find("i5"), seen.at("i5"));
    EXPECT_FALSE(numbers.find("i99"));
}

TEST(FigureIndex, BySpanListsAndFindsAsAnOrderedMapOfIdAndSpan) {
    for (const unsigned seed : {3u, 4u, 5u}) {
        pt::figure_book book;
        book.figures = shuffled_book(seed);
        // 2025 and 2025-01..2025-12 are one span: the first in book order is kept.
        book.figures.push_back(figure("y1", "i1", pt::period::year(2025), 7));
        book.figures.push_back(figure("y2", "i1", pt::period::parse("2025-01..2025-12").value(), 8));
        const auto keep = [](const pt::published_figure& f) { return f.value.value != 13.0; };
        std::map<std::pair<std::string_view, long>, const pt::published_figure*> expected;
        for (const auto& f : book.figures)
            if (keep(f)) expected.emplace(std::pair<std::string_view, long>{f.indicator_id, f.period.span_key()}, &f);

        const pt::indicator_numbers numbers(book);
        const pt::figures_by_span by_span(book, numbers, keep);
        std::vector<const pt::published_figure*> listed;
        by_span.each([&](const pt::published_figure& f) { listed.push_back(&f); });
        std::vector<const pt::published_figure*> in_map;
        for (const auto& [key, f] : expected) in_map.push_back(f);
        EXPECT_EQ(listed, in_map) << "seed " << seed;

        for (const auto& f : book.figures)
            for (int m = 1; m <= 12; ++m) {
                const pt::period p = pt::period::month(2025, m);
                const auto it = expected.find({f.indicator_id, p.span_key()});
                EXPECT_EQ(by_span.find(f, p), it == expected.end() ? nullptr : it->second);
            }
        const auto year = expected.find({"i1", pt::period::year(2025).span_key()});
        ASSERT_NE(year, expected.end());
        EXPECT_EQ(year->second->id, "y1");
        EXPECT_EQ(by_span.find(book.figures.back(), pt::period::year(2025)), year->second);
    }
}

// Functions given the numbers of one book check that they are that book's:
// numbers outlive no book silently.
TEST(FigureIndex, NumbersGivenOnceServeEveryCheckAndRefuseAnotherBook) {
    pt::figure_book book;
    book.figures = shuffled_book(6);
    book.figures.push_back(figure("y1", "i1", pt::period::year(2025), 7));
    book.figures.push_back(figure("y2", "i1", pt::period::parse("2025-01..2025-12").value(), 7));
    const pt::indicator_numbers numbers(book);
    EXPECT_TRUE(numbers.numbers(book));

    const auto given = pt::indicators_of(book, numbers);
    const auto own = pt::indicators_of(book);
    ASSERT_EQ(given.size(), own.size());
    for (std::size_t i = 0; i < own.size(); ++i) {
        EXPECT_EQ(given[i].id, own[i].id);
        EXPECT_EQ(given[i].kind, own[i].kind);
        EXPECT_EQ(given[i].unit.zh(), own[i].unit.zh());
    }
    const auto pairs = pt::actuals_for_the_same_months(book, numbers);
    const auto own_pairs = pt::actuals_for_the_same_months(book);
    ASSERT_EQ(pairs.size(), own_pairs.size());
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        EXPECT_EQ(pairs[i].first, own_pairs[i].first);
        EXPECT_EQ(pairs[i].second, own_pairs[i].second);
        EXPECT_EQ(pairs[i].agree, own_pairs[i].agree);
    }

    pt::figure_book other = book;  // the same figures, but another book's
    EXPECT_FALSE(numbers.numbers(other));
    EXPECT_THROW((void)pt::indicators_of(other, numbers), std::invalid_argument);
    EXPECT_THROW((void)pt::actuals_for_the_same_months(other, numbers), std::invalid_argument);
    const auto keep = [](const pt::published_figure&) { return true; };
    EXPECT_THROW(pt::figures_by_span(other, numbers, numbers.places_by_id(), keep), std::invalid_argument);
    book.figures.push_back(figure("z", "i1", pt::period::year(2026)));  // the book grew: the numbers are stale
    EXPECT_FALSE(numbers.numbers(book));
}

// plan_from_figures keys its observations and targets by indicator number
// and span of months: on a shuffled book of many indicators it builds what
// ordered maps of (id, span) and (id, span, file) build.
TEST(FigureIndex, PlanFromFiguresBuildsWhatMapsOfIdAndSpanBuild) {
    for (const unsigned seed : {7u, 8u}) {
        pt::figure_book book;
        int n = 0;
        const auto add = [&](std::string indicator, figure_role role, pt::period p, figure_measure m, double value,
                             std::string_view unit, std::string comparator, std::string file) {
            auto f = pt::figure_test::make_figure("f" + std::to_string(n++), std::move(indicator), "1", "固定资产投资",
                                                  role, p, m, std::move(comparator), value, 1, unit);
            f.where.file = std::move(file);
            book.figures.push_back(std::move(f));
        };
        for (int i = 0; i < 60; ++i) {
            const std::string indicator = "d" + std::to_string(i % 7) + ".i" + std::to_string(i);
            for (int month = 1; month <= 12; ++month) {
                const pt::period p = pt::period::year_to_date(2026, month);
                if ((i + month) % 4 != 0) add(indicator, figure_role::actual, p, figure_measure::level, 10.0 * month + i, "亿元", "", "a.csv");
                if ((i + month) % 3 == 0) add(indicator, figure_role::actual, p, figure_measure::growth, 0.1 * month + i % 5, "%", "", "a.csv");
            }
            // The year written two ways, agreeing: one observation.
            if (i % 4 == 1) add(indicator, figure_role::actual, pt::period::year(2026), figure_measure::level, 10.0 * 12 + i, "亿元", "", "a.csv");
            add(indicator, figure_role::target, pt::period::year(2026), figure_measure::level, 100.0 + i, "亿元", "以上", "a.csv");
            if (i % 3 == 0) add(indicator, figure_role::target, pt::period::year(2026), figure_measure::growth, 5.0, "%", "以上", "a.csv");
            if (i % 5 == 0) add(indicator, figure_role::target, pt::period::year(2026), figure_measure::level, 90.0 + i, "亿元", "以上", "b.csv");
        }
        std::mt19937 random(seed);
        std::shuffle(book.figures.begin(), book.figures.end(), random);

        using span_key = std::pair<std::string, long>;
        std::map<span_key, const pt::published_figure*> level, growth;
        std::map<std::tuple<std::string, long, std::string>, std::size_t> target_of;
        std::vector<std::pair<std::string, std::size_t>> targets;  // first figure's id, conditions
        for (const auto& f : book.figures) {
            const span_key key{f.indicator_id, f.period.span_key()};
            if (f.role == figure_role::actual) (f.measure == figure_measure::level ? level : growth).emplace(key, &f);
            if (f.role != figure_role::target) continue;
            const auto [it, fresh] = target_of.emplace(std::tuple{f.indicator_id, key.second, f.where.file}, targets.size());
            if (fresh) targets.emplace_back(f.id, 0);
            ++targets[it->second].second;
        }

        const pt::plan p = pt::plan_from_figures(book);
        std::map<std::string, std::size_t> observations;
        for (const auto& [key, f] : level) {
            const pt::value_series* s = p.series_of(key.first);
            ASSERT_NE(s, nullptr);
            const auto* o = s->find(f->period);
            ASSERT_NE(o, nullptr) << f->id;
            EXPECT_EQ(o->value, f->value.value);
            const auto g = growth.find(key);
            EXPECT_EQ(o->meta.published_growth.has_value(), g != growth.end()) << f->id;
            if (g != growth.end()) {
                EXPECT_EQ(o->meta.published_growth->fraction(),
                          pt::growth_rate::from_percent(g->second->value.value).fraction());
            }
            ++observations[key.first];
        }
        for (const auto& [key, g] : growth) {
            if (level.count(key) != 0) continue;
            const auto* o = p.series_of(key.first)->find(g->period);
            ASSERT_NE(o, nullptr) << g->id;
            EXPECT_TRUE(o->meta.growth_only);
            ++observations[key.first];
        }
        for (const auto& [indicator, count] : observations) EXPECT_EQ(p.series_of(indicator)->size(), count) << indicator;
        ASSERT_EQ(p.targets().size(), targets.size());
        for (std::size_t t = 0; t < targets.size(); ++t) {
            EXPECT_EQ(p.targets()[t].spec.id, targets[t].first);
            EXPECT_EQ(p.targets()[t].spec.conditions.size(), targets[t].second) << targets[t].first;
        }
    }
}

// A table made for a known number of keys never grows: it numbers them as a
// growing table does, up to three quarters of its slots, and refuses one more.
TEST(FigureIndex, ATableForKnownKeysNumbersThemAndRefusesOneMore) {
    for (const std::size_t most : {0u, 1u, 12u, 13u, 1000u}) {
        std::vector<std::string> keys;
        for (std::size_t k = 0; k < most; ++k) keys.push_back("key" + std::to_string(k));
        auto fixed = pt::detail::numbering::at_most(most);
        pt::detail::numbering growing;
        const auto is = [&](const std::string& key) { return [&](std::uint32_t r) { return keys[r] == key; }; };
        for (std::size_t k = 0; k < most; ++k) {
            // Every third key shares a hash: keys are told apart by themselves.
            const std::uint64_t hash = k % 3 == 0 ? 42 : pt::detail::hash_of(keys[k]);
            EXPECT_EQ(fixed.number(hash, static_cast<std::uint32_t>(k), is(keys[k])),
                      growing.number(hash, static_cast<std::uint32_t>(k), is(keys[k])));
        }
        for (std::size_t k = 0; k < most; ++k) {
            const std::uint64_t hash = k % 3 == 0 ? 42 : pt::detail::hash_of(keys[k]);
            EXPECT_EQ(fixed.find(hash, is(keys[k])), k);
            EXPECT_EQ(fixed.number(hash, 0, is(keys[k])), k);  // a key it has: no room needed
            EXPECT_EQ(fixed.representative(static_cast<std::uint32_t>(k)), k);
        }
        EXPECT_EQ(fixed.size(), most);
        const std::string extra = "extra";
        EXPECT_FALSE(fixed.find(pt::detail::hash_of(extra), is(extra)));
        EXPECT_THROW(fixed.number(pt::detail::hash_of(extra), 0, is(extra)), std::length_error) << most;
    }
}

// The positions of a vector's figures, in a table made for them: the same
// figure found as by the growing table the reader fills.
TEST(FigureIndex, PositionsOfAWholeVectorFindWhatTheGrowingTableFinds) {
    pt::figure_book book;
    book.figures = shuffled_book(9);
    const pt::figure_positions whole(book.figures);
    pt::figure_positions grown;
    for (std::size_t i = 0; i < book.figures.size(); ++i) grown.add(book.figures, i);
    for (int i = 0; i < 260; ++i) {
        const std::string id = "f" + std::to_string(i);
        EXPECT_EQ(whole.find(book.figures, id), grown.find(book.figures, id)) << id;
    }
    // Made for as many ids as figures: one more id than that is refused.
    std::vector<pt::published_figure> unique;
    for (int i = 0; i < 10; ++i) unique.push_back(figure("u" + std::to_string(i), "i1", pt::period::month(2025, 1 + i)));
    pt::figure_positions full(unique);
    full.add(unique, 3);  // an id it has: nothing to add
    unique.push_back(figure("u10", "i1", pt::period::year(2026)));
    EXPECT_THROW(full.add(unique, unique.size() - 1), std::length_error);
}
