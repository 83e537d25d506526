// plantarget::io: a figure book read from JSON (nlohmann_json).
#include <plantarget/io/figures_json.hpp>

#include <cstdio>

int main() {
    const auto book = plantarget::io::read_figures_json(
        R"({"figures": [{"id": "gdp.level.2025", "indicator": "gdp", "name_zh": "地区生产总值", "role": "actual",
                         "period": "2025", "measure": "level", "comparator": "=", "value": "268", "unit": "亿元"}]})",
        "consumer.json");
    if (!book.ok() || book->figures.size() != 1 || book->find("gdp.level.2025") == nullptr) {
        std::fprintf(stderr, "consumer io: the one-figure book did not read back\n");
        return 1;
    }
    std::printf("io: %zu figure read from JSON\n", book->figures.size());
    return 0;
}
