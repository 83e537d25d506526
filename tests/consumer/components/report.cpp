// plantarget::report: an empty document rendered as Markdown (fmt).
#include <plantarget/report/markdown.hpp>

#include <cstdio>
#include <string>

int main() {
    plantarget::report::document doc;
    doc.title = "Consumer";
    const std::string markdown = plantarget::report::render_markdown(doc);
    if (markdown.rfind("# Consumer\n", 0) != 0) {
        std::fprintf(stderr, "consumer report: the Markdown does not start with the title:\n%s\n", markdown.c_str());
        return 1;
    }
    std::printf("report: %zu bytes of Markdown\n", markdown.size());
    return 0;
}
