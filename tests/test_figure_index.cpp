// The look-ups by id, indicator and span (figure_index.hpp) against the
// plain scans and ordered maps they replaced: the same figure found, the
// first of a repeated key kept, the same order listed.
#include "figure_fixtures.hpp"

#include <plantarget/figure_index.hpp>

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>
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
