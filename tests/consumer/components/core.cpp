// plantarget::core: a period read from text, and the generated version header.
#include <plantarget/period.hpp>
#include <plantarget/version.hpp>

#include <cstdio>
#include <cstring>

int main() {
    const auto quarter = plantarget::period::parse("2025Q1");
    if (!quarter.ok() || !quarter->previous().ok() || quarter->previous().value() != plantarget::period::quarter(2024, 4)) {
        std::fprintf(stderr, "consumer core: the quarter before 2025Q1 is not 2024Q4\n");
        return 1;
    }
    if (std::strcmp(PLANTARGET_VERSION_STRING, PLANTARGET_PACKAGE_VERSION) != 0) {
        std::fprintf(stderr, "consumer core: version.hpp says %s, the package %s\n", PLANTARGET_VERSION_STRING,
                     PLANTARGET_PACKAGE_VERSION);
        return 1;
    }
    std::printf("core: 2025Q1 follows %s; plantarget %s\n", quarter->previous().value().to_string().c_str(),
                PLANTARGET_VERSION_STRING);
    return 0;
}
