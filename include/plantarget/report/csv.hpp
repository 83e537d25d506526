// The plan report as CSV (RFC 4180, UTF-8, no byte-order mark): one row per
// assessment, for spreadsheets and scripts. A CSV stream holds one table, so
// it holds assessments only; audit findings are in the JSON and HTML reports.
// Numbers are plain (no unit, no thousands separator), at the precision the
// report printed them with; an undefined number is an empty cell, and the
// `reason` column says why the verdict could not be reached. Text from input
// is written safely: control characters visible (escape_controls) and cells
// a spreadsheet would run as formulas quoted (io::spreadsheet_safe).
#pragma once

#include <plantarget/io/csv.hpp>
#include <plantarget/report/document.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace plantarget::report {

// required_change (the points a rate target needs) comes after reason, and
// the provenance (provenance.hpp: the version, the inputs with their SHA-256,
// the options; the same on every row, empty without one) after it, so that
// the columns before them keep the positions scripts read them at.
inline constexpr std::array<std::string_view, 28> csv_columns{
    "id",           "indicator",    "indicator_name", "section",      "commitment",       "deadline",
    "as_of",        "verdict",      "verdict_zh",     "target",       "threshold",        "unit",
    "actual",       "actual_bound", "actual_period",  "margin",       "completion",       "expected_to_date",
    "schedule_gap", "projected",    "last_actual",    "last_actual_period", "required_growth", "reason",
    "required_change", "plantarget_version", "inputs", "options"};

// The columns holding text from input (ids, names, sections, the target as
// worded); the others are tokens, periods and numbers the library writes.
inline constexpr std::array<std::string_view, 7> csv_text_columns{"id",     "indicator", "indicator_name", "section",
                                                                  "target", "inputs",    "options"};

inline std::string render_csv(const document& d) {
    std::string out = io::write_csv_row(csv_columns);
    for (const auto& v : assessment_views(d)) {
        const assessment& a = *v.a;
        const int diff_dec = v.difference_decimals;
        const auto num = [](const result<double>& r, int dec) { return r ? format_number(*r, dec) : std::string(); };
        std::array<std::string, csv_columns.size()> row{
            a.target_id,
            a.indicator_id,
            v.name_zh,
            v.section,
            std::string(english_of(a.kind)),
            a.deadline.to_string(),
            a.as_of.to_string(),
            std::string(to_string(a.outcome)),
            std::string(chinese_of(a.outcome)),
            v.target_text,
            a.conditions.empty() ? std::string() : format_number(v.threshold, v.target_decimals),
            a.conditions.empty() ? std::string() : v.unit.zh(),
            num(a.actual, v.value_decimals),
            a.actual ? std::string(token_of(v.actual_bound)) : std::string(),
            a.actual ? a.actual_period.to_string() : std::string(),
            num(a.margin, diff_dec),
            a.completion ? format_number(a.completion->value(), 1) : std::string(),
            num(a.expected_to_date, diff_dec),
            a.schedule_gap ? format_number(a.schedule_gap->value(), 1) : std::string(),
            num(a.projected, diff_dec),
            v.last_actual ? format_number(*v.last_actual, v.value_decimals) : std::string(),
            v.last_actual ? a.last_actual_period.to_string() : std::string(),
            a.required_growth ? format_number(a.required_growth->in_percent(), 1) : std::string(),
            a.why == reason::none ? std::string() : std::string(token_of(a.why)),
            a.required_change ? format_number(a.required_change->value(), 1) : std::string(),
            d.source != nullptr ? d.source->version : std::string(),
            d.source != nullptr ? inputs_cell(*d.source) : std::string(),
            d.source != nullptr ? options_text(*d.source) : std::string(),
        };
        for (std::size_t i = 0; i < row.size(); ++i) {
            row[i] = escape_controls(row[i], whitespace_controls::keep);
            if (std::find(csv_text_columns.begin(), csv_text_columns.end(), csv_columns[i]) != csv_text_columns.end())
                row[i] = io::spreadsheet_safe(row[i]);
        }
        out += io::write_csv_row(row);
    }
    return out;
}

}  // namespace plantarget::report
