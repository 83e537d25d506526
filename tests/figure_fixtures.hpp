// A published figure as the tests build it by hand, written once: the test
// files wrap it in the short signatures their tables of figures read best in
// (a year for a period, the comparator "=" left out, ...).
#pragma once

#include <plantarget/figures.hpp>
#include <plantarget/period.hpp>
#include <plantarget/units/registry.hpp>

#include <string>
#include <string_view>
#include <utility>

namespace plantarget::figure_test {

// A figure with the fields a report prints; the others (name_en, the traits,
// its place in a file) as a figures file leaves them out. `unit` must parse.
inline published_figure make_figure(std::string id, std::string indicator, std::string section, std::string name_zh,
                                    figure_role role, plantarget::period p, figure_measure m, std::string comparator,
                                    double value, int decimals, std::string_view unit, std::string quote = {}) {
    published_figure f;
    f.id = std::move(id);
    f.indicator_id = std::move(indicator);
    f.section = std::move(section);
    f.name_zh = std::move(name_zh);
    f.role = role;
    f.period = p;
    f.measure = m;
    f.comparator_text = std::move(comparator);
    f.value = {value, decimals};
    f.unit = units::parse_unit(unit).value();
    f.quote = std::move(quote);
    return f;
}

}  // namespace plantarget::figure_test
