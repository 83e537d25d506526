// The relations writers (io/relations_csv.hpp and the figure_book overload in
// io/figures_csv.hpp): cells a spreadsheet would run as formulas are
// neutralised, and every relation kind reads back through the relations
// reader with the joining rule that reader expects.
#include <plantarget/io/figures_csv.hpp>
#include <plantarget/io/relations_csv.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

namespace pt = plantarget;
namespace io = plantarget::io;

// A figures table with the given ids, each of its own indicator.
std::string figures_table(const std::vector<std::string>& ids) {
    std::string out = "id,indicator,section,name_zh,name_en,role,period,measure,comparator,value,unit,quote\n";
    for (std::size_t i = 0; i < ids.size(); ++i)
        out += ids[i] + ",ind" + std::to_string(i) + ",1,n,n,actual,2025,level,=,12.5,yuan,q\n";
    return out;
}

const std::vector<std::string> figure_ids{"f0", "f1", "f2"};

TEST(IoRelationsCsv, FormulaIdsAreNeutralisedAndTheRestReadsBack) {
    const std::vector<pt::figure_relation> relations{
        {"=1+1", pt::relation_kind::sum, "f0", {"f1", "f2"}, "plain note", {}},
        {"@x", pt::relation_kind::growth, "f1", {"f0"}, "-3 is no formula", {}},
    };
    const std::string table = io::write_relations_csv(relations);
    // No cell of the written table starts with a formula character.
    const auto rows = io::read_table(table, {}, "relations.csv");
    ASSERT_TRUE(rows.ok()) << rows.error().to_string();
    for (const auto& row : rows.value().rows)
        for (const auto& field : row.fields) EXPECT_EQ(io::spreadsheet_safe(field.text), field.text) << field.text;
    EXPECT_EQ(rows.value().field(rows.value().rows[0], "id").text, "'=1+1");
    EXPECT_EQ(rows.value().field(rows.value().rows[1], "id").text, "'@x");

    const auto back = io::read_figures_csv(figures_table(figure_ids), table, "figures.csv", "relations.csv");
    ASSERT_TRUE(back.ok()) << back.error().to_string();
    ASSERT_EQ(back.value().relations.size(), relations.size());
    for (std::size_t i = 0; i < relations.size(); ++i) {
        const pt::figure_relation& r = back.value().relations[i];
        EXPECT_EQ(r.id, "'" + relations[i].id);  // the quote is kept, as documented
        EXPECT_EQ(r.kind, relations[i].kind);
        EXPECT_EQ(r.result, relations[i].result);
        EXPECT_EQ(r.operands, relations[i].operands);
        EXPECT_EQ(r.note, io::spreadsheet_safe(relations[i].note));
    }
}

// Figure ids in a relation are written as write_figures_csv writes the figures:
// the two tables read back with the relation still naming its figures.
TEST(IoRelationsCsv, FormulaFigureIdsStillMatchTheWrittenFigures) {
    const auto book = io::read_figures_csv(figures_table({"=a", "@b", "-c"}),
                                           "id,kind,result,operands,note\nr,sum,=a,@b+-c,\n");
    ASSERT_TRUE(book.ok()) << book.error().to_string();
    const std::string relations_text = io::write_relations_csv(book.value().relations);
    EXPECT_EQ(relations_text, io::write_relations_csv(book.value()));
    const auto back = io::read_figures_csv(io::write_figures_csv(book.value()), relations_text);
    ASSERT_TRUE(back.ok()) << back.error().to_string();
    ASSERT_EQ(back.value().relations.size(), 1u);
    EXPECT_EQ(back.value().relations[0].result, "'=a");
    EXPECT_EQ(back.value().relations[0].operands, (std::vector<std::string>{"'@b", "'-c"}));
    EXPECT_NE(back.value().find("'=a"), nullptr);
}

// Every kind of the vocabulary, with as many operands as it takes (a sum three),
// written by both writers and read back as the same relation.
TEST(IoRelationsCsv, EveryKindReadsBack) {
    std::vector<std::string> ids;
    for (int i = 0; i < 4; ++i) ids.push_back("f" + std::to_string(i));
    pt::figure_book book;
    for (const auto& entry : pt::vocabulary<pt::relation_kind>::entries) {
        const io::operand_count n = io::operands_of(entry.value);
        const std::size_t count = n.min == n.max ? n.min : n.min + 1;
        pt::figure_relation r{"r_" + std::string(entry.token), entry.value, ids[0], {}, "note", {}};
        for (std::size_t i = 0; i < count; ++i) r.operands.push_back(ids[i + 1]);
        book.relations.push_back(r);
    }
    ASSERT_EQ(book.relations.size(), io::all_relation_kinds.size());
    const std::string table = io::write_relations_csv(book.relations);
    EXPECT_EQ(table, io::write_relations_csv(book));
    const auto back = io::read_figures_csv(figures_table(ids), table, "figures.csv", "relations.csv");
    ASSERT_TRUE(back.ok()) << back.error().to_string();
    ASSERT_EQ(back.value().relations.size(), book.relations.size());
    for (std::size_t i = 0; i < book.relations.size(); ++i) {
        const pt::figure_relation& r = back.value().relations[i];
        EXPECT_EQ(r.id, book.relations[i].id);
        EXPECT_EQ(r.kind, book.relations[i].kind);
        EXPECT_EQ(r.result, book.relations[i].result);
        EXPECT_EQ(r.operands, book.relations[i].operands);
        EXPECT_EQ(r.note, book.relations[i].note);
    }
}

// A kind of one operand given two has no separator of its own; the writer
// joins with '+' (never a NUL byte), which the reader refuses by name.
TEST(IoRelationsCsv, TooManyOperandsForASingleOperandKindReadBackAsThatError) {
    for (const pt::relation_kind k : io::all_relation_kinds) {
        if (io::operand_separator(k) != '\0') continue;
        const std::vector<pt::figure_relation> relations{{"r", k, "f0", {"f1", "f2"}, {}, {}}};
        const std::string table = io::write_relations_csv(relations);
        EXPECT_EQ(table.find('\0'), std::string::npos) << to_string(k);
        EXPECT_NE(table.find("f1+f2"), std::string::npos) << table;
        const auto back = io::read_figures_csv(figures_table(figure_ids), table, "figures.csv", "relations.csv");
        ASSERT_FALSE(back.ok()) << to_string(k);
        const char* want = io::operands_of(k).max == 0 ? "takes no figure id" : "takes a single figure id";
        EXPECT_NE(back.error().message.find(want), std::string::npos) << back.error().to_string();
    }
}

}  // namespace
