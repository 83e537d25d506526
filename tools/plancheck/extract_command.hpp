// plancheck extract REPORT.txt: the figure book of a report's text, as a
// figures CSV table (with offset, line and review columns) or a JSON document,
// ready to review, correct and evaluate. A text without figures gives an
// empty table and a message (exit 0); a file that is not UTF-8 text exit 2.
#pragma once

#include "command_line.hpp"

#include <plantarget/io/extract.hpp>
#include <plantarget/io/figures_json.hpp>

#include <CLI/CLI.hpp>

#include <cstddef>
#include <cstdint>
#include <iostream>
#include <string>

namespace plancheck_extract {

inline int run_extract(int argc, char** argv) {
    std::string report;
    std::string format = "csv";
    std::string output;
    std::uint64_t max_input_size = plantarget::io::default_max_input_size;
    CLI::App app{"plancheck extract: the figure book of a report's text (plain UTF-8)"};
    app.name("plancheck extract");
    plancheck::use_help_formatter(app);
    app.add_option("REPORT", report, "the report's text (.txt, UTF-8)")->required()->type_name("FILE");
    app.add_option("--format", format, "csv (default; with offset, line and review columns) or json")
        ->check(CLI::IsMember({"csv", "json"}))
        ->type_name("FORMAT");
    plancheck::add_output(app, output, "the figure book");
    plancheck::add_max_input_size(app, max_input_size, "a report");
    if (const auto done = plancheck::parse_command_line(app, argc, argv)) return *done;
    auto got = plantarget::io::extract_figures_file(report, max_input_size);
    if (!got) {
        std::cerr << got.error().to_string() << '\n';
        return plancheck::exit_bad_input;
    }
    const plantarget::io::extraction& x = got.value();
    const std::string text = format == "json" ? plantarget::io::write_figures_json(x.book)
                                              : plantarget::io::write_extraction_csv(x);
    if (const int failed = plancheck::write_output(output, text); failed != 0) return failed;
    std::size_t flagged = 0;
    for (const auto& s : x.sources) flagged += s.review.empty() ? 0 : 1;
    if (x.book.figures.empty())
        std::cerr << "plancheck extract: no figures found in " << report << "; the table is empty\n";
    else
        std::cerr << "plancheck extract: " << x.book.figures.size() << " figures from " << report << ", " << flagged
                  << " flagged for review (column review)\n";
    for (const auto& n : x.notes) std::cerr << "note: " << n << '\n';
    return 0;
}

}  // namespace plancheck_extract
