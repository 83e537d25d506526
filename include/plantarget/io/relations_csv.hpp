// Relations written as a relations table: the columns relations.csv is read
// with (io/figures_csv.hpp: relation_columns, operand_separator), so that a
// written table reads back as the same relations.
#pragma once

#include <plantarget/figures.hpp>
#include <plantarget/io/csv.hpp>
#include <plantarget/io/figures_csv.hpp>

#include <array>
#include <string>
#include <vector>

namespace plantarget::io {

inline std::string write_relations_csv(const std::vector<figure_relation>& relations) {
    std::string out = write_csv_row(relation_columns);
    for (const auto& r : relations) {
        std::string operands;
        for (const auto& o : r.operands) {
            if (!operands.empty()) operands += operand_separator(r.kind);
            operands += o;
        }
        const std::array<std::string, 5> row{r.id, std::string(to_string(r.kind)), r.result,
                                             operands, spreadsheet_safe(r.note)};
        out += write_csv_row(row);
    }
    return out;
}

}  // namespace plantarget::io
