// Relations written as a relations table: the columns relations.csv is read
// with (io/figures_csv.hpp: relation_columns, operand_separator), so that a
// written table reads back as the same relations. The rows are those of
// write_relations_csv(figure_book): relation_row, spreadsheet_safe cells.
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
    for (const auto& r : relations) out += write_csv_row(relation_row(r));
    return out;
}

}  // namespace plantarget::io
