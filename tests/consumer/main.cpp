// A user's first program: a figure in 亿元 converted to 万元, a unit string
// and a period read from text. Exits non-zero when any answer is wrong, so
// the consumer test fails if the package builds but does not work.
#include <plantarget/plantarget.hpp>

#include <cstdio>
#include <string>

namespace {
int failures = 0;

void check(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "consumer: wrong: %s\n", what);
        ++failures;
    }
}
}  // namespace

int main() {
    using namespace plantarget;
    using namespace plantarget::units;

    // 268 亿元 = 268 × 10^8 / 10^4 万元 = 2,680,000 万元
    const auto budget = 268.0 * yi_yuan;
    const quantity<wan_yuan_unit> in_wan = convert_to<wan_yuan_unit>(budget);
    check(in_wan.value() == 2'680'000.0, "268 亿元 in 万元");

    const auto unit = parse_unit("万人次");
    check(unit.ok() && unit->kind() == unit_kind::person_visits && unit->factor() == 1e4, "parse_unit(万人次)");

    // 2025Q1 runs 2025-01-01 to 2025-04-01 (exclusive); the quarter before is 2024Q4.
    const auto quarter = period::parse("2025Q1");
    check(quarter.ok(), "period::parse(2025Q1)");
    if (quarter.ok()) {
        check(quarter->previous().ok() && quarter->previous().value() == period::quarter(2024, 4), "2025Q1 previous");
        check(quarter->dates().end() == boost::gregorian::date(2025, 4, 1), "2025Q1 end date");
    }
    check(!period::parse("2025Q5").ok(), "2025Q5 refused");

    if (failures != 0) return 1;
    const auto end = quarter->dates().end();
    std::printf("268 亿元 = %.0f 万元; %s ends before %04d-%02d-%02d\n", in_wan.value(), quarter->to_string().c_str(),
                static_cast<int>(end.year()), static_cast<int>(end.month()), static_cast<int>(end.day()));
    return 0;
}
