// The audit's rules on schedule claims (完成年度计划X%，高于时序进度N个百分点),
// on lists and totals (A、B、C等N个; 分别…合计) and on ranks and their peers, each
// discovered from a small made-up book and checked at its rounding edge.
// The Shapingba report and the gwr corpus hold no schedule claim; the
// numbers are hand-worked: 1-6月 is a schedule of exactly 50 %, so that
// the edges (59.5 %, 60.5 %) are exact in binary.
#include <plantarget/audit.hpp>
#include <plantarget/discover.hpp>
#include <plantarget/io/figures_csv.hpp>
#include <plantarget/report/findings.hpp>

#include "figure_fixtures.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace pt = plantarget;

namespace {

pt::published_figure fig(std::string id, std::string indicator, pt::figure_role role, pt::period p,
                         pt::figure_measure m, double value, int decimals, std::string_view unit, std::string quote,
                         std::string name_zh = {}, std::string section = "1") {
    return pt::figure_test::make_figure(std::move(id), std::move(indicator), std::move(section), std::move(name_zh),
                                        role, p, m, "=", value, decimals, unit, std::move(quote));
}

const auto actual = pt::figure_role::actual;
const auto target = pt::figure_role::target;
const auto level = pt::figure_measure::level;
const auto completion = pt::figure_measure::completion;
const auto gap_pp = pt::figure_measure::change_pp;
const auto rank = pt::figure_measure::rank;
const pt::period h1 = pt::period::year_to_date(2025, 6);
const pt::period jan_nov = pt::period::year_to_date(2025, 11);
const pt::period y2025 = pt::period::year(2025);

// A schedule claim through 1-6月: a completion X %, a gap of N points
// (低于 when behind), and, when plan > 0, the actual and the annual plan.
pt::figure_book schedule_book(double x, int x_decimals, double n, double done, double plan, bool behind = false,
                              pt::period p = h1) {
    pt::figure_book b;
    const std::string word = behind ? "低于" : "高于";
    b.figures = {
        fig("inv.c", "inv", actual, p, completion, x, x_decimals, "%", "完成年度计划" + std::to_string(x) + "%"),
        fig("inv.gap", "inv", actual, p, gap_pp, n, 0, "个百分点", word + "时序进度" + std::to_string(n) + "个百分点"),
    };
    if (plan > 0) {
        b.figures.push_back(fig("inv.a", "inv", actual, p, level, done, 0, "亿元", "完成投资"));
        b.figures.push_back(fig("inv.t", "inv", target, y2025, level, plan, 0, "亿元", "年度计划"));
    }
    return b;
}

// The book audited on the relations discovery proposes.
pt::audit_result audited(pt::figure_book b) {
    pt::add_discovered_relations(b);
    return pt::audit(b);
}

std::vector<pt::finding_code> codes(const pt::audit_result& r) {
    std::vector<pt::finding_code> out;
    for (const auto& f : r.findings) out.push_back(f.code);
    return out;
}

using C = pt::finding_code;
using codes_t = std::vector<pt::finding_code>;

// The codes of the schedule relation's findings (the completion and the
// plan have their own notes).
codes_t schedule_codes(const pt::audit_result& r) {
    codes_t out;
    for (const auto& f : r.findings)
        if (f.kind == pt::relation_kind::schedule) out.push_back(f.code);
    return out;
}

}  // namespace

// ---- schedule claims ----------------------------------------------------------------

TEST(AuditSchedule, DiscoveryProposesTheClaimWithItsAmounts) {
    const auto rs = pt::discover_relations(schedule_book(60, 0, 10, 1200, 2000));
    const auto it = std::find_if(rs.begin(), rs.end(), [](const auto& r) { return r.kind == pt::relation_kind::schedule; });
    ASSERT_NE(it, rs.end());
    EXPECT_EQ(it->result, "inv.gap");
    EXPECT_EQ(it->operands, (std::vector<std::string>{"inv.c", "inv.a", "inv.t"}));
    EXPECT_NE(it->note.find("时序进度"), std::string::npos) << it->note;  // the quote is the evidence
    const auto alone = pt::discover_relations(schedule_book(60, 0, 10, 0, 0));
    const auto one = std::find_if(alone.begin(), alone.end(), [](const auto& r) { return r.kind == pt::relation_kind::schedule; });
    ASSERT_NE(one, alone.end());
    EXPECT_EQ(one->operands, (std::vector<std::string>{"inv.c"}));
}

// 1-11月: 95.3 % against 11/12 = 91.67 % is +3.63, printed 3.6: a note.
TEST(AuditSchedule, ElevenMonthsAtNinetyFivePointThreeIsThreePointSixAhead) {
    auto b = schedule_book(95.3, 1, 3.6, 0, 0, false, jan_nov);
    b.figures[1].value = {3.6, 1};
    const auto r = audited(b);
    ASSERT_EQ(codes(r), codes_t{C::schedule_reproduces});
    const auto& f = r.findings[0];
    ASSERT_TRUE(f.schedule);
    EXPECT_NEAR(f.schedule->value, 100.0 * 11 / 12, 1e-12);
    EXPECT_NEAR(f.computed, 95.3 - 100.0 * 11 / 12, 1e-9);
    EXPECT_NE(pt::report::describe(f, pt::report::language::chinese).find("91.67%"), std::string::npos);
    EXPECT_NE(pt::report::describe(f, pt::report::language::english).find("+3.6 points"), std::string::npos);
}

// 60 % stands for [59.5, 60.5): against 50 %, a gap in [9.5, 10.5), which
// prints 10; 9 and 11 cannot be printed for it.
TEST(AuditSchedule, GapAtItsRoundingEdge) {
    EXPECT_EQ(codes(audited(schedule_book(60, 0, 10, 0, 0))), codes_t{C::schedule_reproduces});
    EXPECT_EQ(codes(audited(schedule_book(60, 0, 11, 0, 0))), codes_t{C::schedule_gap_mismatch});
    EXPECT_EQ(codes(audited(schedule_book(60, 0, 9, 0, 0))), codes_t{C::schedule_gap_mismatch});
    // Behind the schedule: 45 % is 5 points below 50 %.
    EXPECT_EQ(codes(audited(schedule_book(45, 0, 5, 0, 0, true))), codes_t{C::schedule_reproduces});
    EXPECT_EQ(codes(audited(schedule_book(45, 0, 5, 0, 0, false))), codes_t{C::schedule_gap_mismatch});
}

// The amounts at the completion's edge: 1190 / 2000 = 59.5 % prints 60 (half
// away from zero), 1189 gives 59.45 % (59); 1209 gives 60.45 % (60), 1210 60.5 % (61).
TEST(AuditSchedule, AmountsAtTheCompletionsRoundingEdge) {
    EXPECT_EQ(schedule_codes(audited(schedule_book(60, 0, 10, 1190, 2000))), codes_t{C::schedule_reproduces});
    EXPECT_EQ(schedule_codes(audited(schedule_book(60, 0, 10, 1189, 2000))), codes_t{C::schedule_amounts_mismatch});
    EXPECT_EQ(schedule_codes(audited(schedule_book(60, 0, 10, 1209, 2000))), codes_t{C::schedule_reproduces});
    EXPECT_EQ(schedule_codes(audited(schedule_book(60, 0, 10, 1210, 2000))), codes_t{C::schedule_amounts_mismatch});
}

// Which of the three is the odd one out.
TEST(AuditSchedule, NamesTheOddOneOut) {
    const auto first_schedule = [](const pt::audit_result& r) {
        for (const auto& f : r.findings)
            if (f.kind == pt::relation_kind::schedule) return f;
        ADD_FAILURE() << "no schedule finding";
        return pt::finding{};
    };
    // 1200 / 2000 = 60 % as stated, but 60 - 50 is not 15: the gap.
    const auto gap = first_schedule(audited(schedule_book(60, 0, 15, 1200, 2000)));
    EXPECT_EQ(gap.code, C::schedule_gap_mismatch);
    EXPECT_EQ(gap.level, pt::severity::error);
    EXPECT_NEAR(gap.computed, 10.0, 1e-9);
    EXPECT_DOUBLE_EQ(gap.published.value, 15.0);
    // 60 % is 10 ahead, as stated; 1300 / 2000 = 65 %: the amounts.
    const auto amounts = first_schedule(audited(schedule_book(60, 0, 10, 1300, 2000)));
    EXPECT_EQ(amounts.code, C::schedule_amounts_mismatch);
    EXPECT_NEAR(amounts.computed, 65.0, 1e-9);
    ASSERT_TRUE(amounts.from_amounts);
    // 65 % from the amounts is 15 ahead, as stated; the stated 60 % fits neither.
    const auto stated = first_schedule(audited(schedule_book(60, 0, 15, 1300, 2000)));
    EXPECT_EQ(stated.code, C::schedule_completion_mismatch);
    EXPECT_DOUBLE_EQ(stated.published.value, 60.0);
    // 60, 65 and 20 points: no two agree.
    EXPECT_EQ(first_schedule(audited(schedule_book(60, 0, 20, 1300, 2000))).code, C::schedule_inconsistent);
    for (const auto& f : {gap, amounts, stated}) {
        EXPECT_FALSE(pt::report::describe(f, pt::report::language::chinese).empty());
        EXPECT_NE(pt::report::describe(f, pt::report::language::english).find("odd one out"), std::string::npos);
    }
}

// ---- lists and totals -----------------------------------------------------------------

namespace {

pt::figure_book one_count(double n, std::string quote) {
    pt::figure_book b;
    b.figures = {fig("n", "n", actual, y2025, level, n, 0, "个", std::move(quote), "项目")};
    return b;
}

}  // namespace

TEST(AuditEnumeration, ReadsTheItemsBeforeTheCount) {
    const auto one = pt::detail::enumeration_of(one_count(2, "新增金边等海外分拨中心2个").figures[0]);
    ASSERT_TRUE(one);
    EXPECT_EQ(one->items, (std::vector<std::string>{"新增金边"}));
    EXPECT_TRUE(one->open_ended);
    const auto three = pt::detail::enumeration_of(one_count(3, "壮大智能装备、集成电路、智慧医疗3个集群").figures[0]);
    ASSERT_TRUE(three);
    EXPECT_EQ(three->items.size(), 3u);
    EXPECT_FALSE(three->open_ended);
    // Figures separated by 、 are no list; a count with no list is none.
    EXPECT_FALSE(pt::detail::enumeration_of(one_count(5, "新建10个、改造5个").figures[0]));
    EXPECT_FALSE(pt::detail::enumeration_of(one_count(15, "建成15个教共体").figures[0]));
    // A complete list with a count of its own (两级) does not count the 44 (Shapingba 1.5.1).
    EXPECT_FALSE(pt::detail::enumeration_of(one_count(44, "赋能市、区两级应用44个").figures[0]));
}

// Before 等 at most N items: N holds, N + 1 does not; N - 1 does.
TEST(AuditEnumeration, AnOpenListAtItsCount) {
    EXPECT_TRUE(codes(audited(one_count(3, "落地甲、乙、丙等3个项目"))).empty());
    EXPECT_TRUE(codes(audited(one_count(4, "落地甲、乙、丙等4个项目"))).empty());
    const auto over = audited(one_count(2, "落地甲、乙、丙等2个项目"));
    ASSERT_EQ(codes(over), codes_t{C::list_longer_than_count});
    EXPECT_EQ(over.findings[0].computed, 3.0);
    EXPECT_EQ(over.findings[0].items, (std::vector<std::string>{"落地甲", "乙", "丙"}));
    EXPECT_NE(pt::report::describe(over.findings[0], pt::report::language::chinese).find("列举了 3 项"),
              std::string::npos);
}

// Without 等 the list is complete: exactly N.
TEST(AuditEnumeration, ACompleteListIsExactlyItsCount) {
    EXPECT_TRUE(codes(audited(one_count(3, "东盟、非洲、欧洲3个专班"))).empty());
    EXPECT_EQ(codes(audited(one_count(4, "东盟、非洲、欧洲4个专班"))), codes_t{C::list_count_mismatch});
    EXPECT_EQ(codes(audited(one_count(2, "东盟、非洲、欧洲2个专班"))), codes_t{C::list_count_mismatch});
}

namespace {

// 甲3个、乙5个 (分别), 合计 total.
pt::figure_book total_book(double total, std::string total_quote = "合计") {
    pt::figure_book b;
    b.figures = {
        fig("a", "a", actual, y2025, level, 3, 0, "个", "甲乙两类分别为3个、5个", "甲类"),
        fig("b", "b", actual, y2025, level, 5, 0, "个", "甲乙两类分别为3个、5个", "乙类"),
        fig("t", "t", actual, y2025, level, total, 0, "个", total_quote + std::to_string(static_cast<int>(total)) + "个",
            "两类"),
    };
    return b;
}

}  // namespace

TEST(AuditTotals, AStatedTotalIsTheSumOfThePartsBeforeIt) {
    const auto rs = pt::discover_relations(total_book(8));
    ASSERT_EQ(rs.size(), 1u);
    EXPECT_EQ(rs[0].kind, pt::relation_kind::sum);
    EXPECT_EQ(rs[0].result, "t");
    EXPECT_EQ(rs[0].operands, (std::vector<std::string>{"a", "b"}));
    EXPECT_TRUE(codes(audited(total_book(8))).empty());
    // 9 is within the parts' rounding (3 and 5 as printed stand for 2.5..5.5
    // and 4.5..5.5); 10 is not.
    EXPECT_EQ(codes(audited(total_book(9))), codes_t{C::sum_within_rounding});
    EXPECT_EQ(codes(audited(total_book(10))), codes_t{C::sum_mismatch});
    EXPECT_EQ(codes(audited(total_book(10, "共"))), codes_t{C::sum_mismatch});
    // 共 before no number is no total (共建共享).
    EXPECT_TRUE(pt::discover_relations(total_book(9, "共建共享")).empty());
}

// ---- ranks ------------------------------------------------------------------------

TEST(AuditRanks, ANarrowerScopeRanksNoWorse) {
    const auto two = [](double narrow, double wide) {
        pt::figure_book b;
        b.figures = {
            fig("r.wide", "x", actual, y2025, rank, wide, 0, "位", "居全市第" + std::to_string(int(wide))),
            fig("r.narrow", "x", actual, y2025, rank, narrow, 0, "位", "居中心城区第" + std::to_string(int(narrow))),
        };
        return audited(b);
    };
    EXPECT_TRUE(codes(two(1, 1)).empty());
    EXPECT_TRUE(codes(two(1, 2)).empty());
    const auto bad = two(2, 1);
    ASSERT_EQ(codes(bad), codes_t{C::rank_narrower_scope_worse});
    EXPECT_EQ(bad.findings[0].published.value, 2.0);
    EXPECT_EQ(bad.findings[0].computed, 1.0);
    EXPECT_EQ(bad.findings[0].items, (std::vector<std::string>{"中心城区", "全市"}));
    EXPECT_NE(pt::report::describe(bad.findings[0], pt::report::language::english).find("wider scope (全市)"),
              std::string::npos);
}

namespace {

// Two districts ranked by one growth in one scope.
pt::figure_book peers(double rank_a, double growth_a, double rank_b, double growth_b) {
    const auto r = [](double n) { return "增速居全市第" + std::to_string(int(n)); };
    pt::figure_book b;
    b.figures = {
        fig("a.g", "da", actual, y2025, pt::figure_measure::growth, growth_a, 1, "%", "增长", "地区生产总值"),
        fig("a.r", "da", actual, y2025, rank, rank_a, 0, "位", r(rank_a), "地区生产总值增速全市排名"),
        fig("b.g", "db", actual, y2025, pt::figure_measure::growth, growth_b, 1, "%", "增长", "地区生产总值"),
        fig("b.r", "db", actual, y2025, rank, rank_b, 0, "位", r(rank_b), "地区生产总值增速全市排名"),
    };
    return b;
}

}  // namespace

// Rank 1 with 7.9 % behind rank 2 with 8.0 %: a contradiction; equal
// printed values allow any order; 8.1 % ahead of 8.0 % holds.
TEST(AuditRanks, PeersInOneScopeOrderAsTheirValues) {
    EXPECT_TRUE(codes(audited(peers(1, 8.1, 2, 8.0))).empty());
    EXPECT_TRUE(codes(audited(peers(1, 8.0, 2, 8.0))).empty());
    const auto bad = audited(peers(1, 7.9, 2, 8.0));
    ASSERT_EQ(codes(bad), codes_t{C::rank_contradicts_values});
    ASSERT_TRUE(bad.findings[0].base && bad.findings[0].alternative);
    EXPECT_FALSE(pt::report::describe(bad.findings[0], pt::report::language::chinese).empty());
    EXPECT_EQ(codes(audited(peers(2, 8.0, 1, 7.9))), codes_t{C::rank_contradicts_values});
}

// ---- no false alarm ---------------------------------------------------------------

// A made-up report whose figures all add up: a schedule claim with its
// amounts, a stated total, open and complete lists, ranks in nested scopes
// and peers in order. Discovery proposes each, and nothing is flagged.
TEST(AuditListsSchedule, AConsistentReportGivesNoWarning) {
    pt::figure_book b = schedule_book(95.3, 1, 3.6, 953, 1000, false, jan_nov);
    b.figures[1].value = {3.6, 1};
    for (auto f : total_book(8).figures) b.figures.push_back(f);
    b.figures.push_back(fig("list", "list", actual, y2025, level, 3, 0, "个", "东盟、非洲、欧洲3个专班", "专班", "2"));
    b.figures.push_back(fig("open", "open", actual, y2025, level, 10, 0, "个", "乌干达、加纳等10个国家", "国家", "2"));
    for (auto f : peers(1, 8.1, 2, 7.9).figures) {
        f.section = "3";
        b.figures.push_back(f);
    }
    b.figures.push_back(fig("a.r.nation", "da", actual, y2025, rank, 5, 0, "位", "居全国第5", "", "3"));
    const auto rs = pt::discover_relations(b);
    std::vector<pt::relation_kind> kinds;
    for (const auto& r : rs) kinds.push_back(r.kind);
    for (const auto k : {pt::relation_kind::schedule, pt::relation_kind::sum, pt::relation_kind::enumeration,
                         pt::relation_kind::rank})
        EXPECT_NE(std::find(kinds.begin(), kinds.end(), k), kinds.end()) << to_string(k);
    EXPECT_GE(std::count(kinds.begin(), kinds.end(), pt::relation_kind::rank), 2);
    const auto r = audited(b);
    for (const auto& f : r.findings)
        if (f.level != pt::severity::note) ADD_FAILURE() << f.check_id << " " << to_string(f.code);
    EXPECT_EQ(r.count(pt::severity::warning), 0);
    EXPECT_EQ(r.count(pt::severity::error), 0);
    EXPECT_TRUE(r.unresolved.empty());
    EXPECT_EQ(r.checks, r.holding);
}

// The Shapingba figures alone: 19 lists of counts (新增金边等海外分拨中心2个, ...),
// each holding; no schedule claim and no pair of ranks to check; and 赋能市、区
// 两级应用44个 is not read as a list of 44.
TEST(AuditListsSchedule, ShapingbaFiguresAloneListsHold) {
    const std::filesystem::path data = PLANTARGET_SHAPINGBA_DATA;
    auto book = pt::io::read_figures_csv_files(data / "figures.csv", {});
    ASSERT_TRUE(book) << book.error().to_string();
    pt::figure_book b = book.value();
    const auto rs = pt::discover_relations(b);
    const auto count = [&](pt::relation_kind k) {
        return std::count_if(rs.begin(), rs.end(), [&](const auto& r) { return r.kind == k; });
    };
    EXPECT_EQ(count(pt::relation_kind::enumeration), 19);
    EXPECT_EQ(count(pt::relation_kind::schedule), 0);
    EXPECT_EQ(count(pt::relation_kind::rank), 0);
    EXPECT_EQ(rs.size(), 66u);
    EXPECT_FALSE(std::any_of(rs.begin(), rs.end(), [](const auto& r) {
        return r.id == "enumeration.digital_apps_enabled.level.2025";
    }));
    const auto r = audited(b);
    for (const auto& f : r.findings)
        EXPECT_NE(f.kind, pt::relation_kind::enumeration) << f.check_id << " " << to_string(f.code);
    EXPECT_EQ(r.count(pt::severity::error), 0);
}
