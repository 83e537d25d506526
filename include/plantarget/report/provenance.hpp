// Where a report comes from: the plantarget version that wrote it, the input
// files (each with its size and SHA-256, as read), the options it ran with and
// how its as-of period was chosen. Every renderer prints it (docs/reports.md),
// so that a reader can tell which data and which settings gave the figures,
// and run the same again. The library takes the digests as given: plancheck
// computes them (OpenSSL) from the bytes it parsed.
#pragma once

#include <plantarget/version.hpp>

#include <fmt/format.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plantarget::report {

// One input of a report, as the command line named it ("-" is standard input).
struct input_source {
    std::string name;
    std::string role;          // "figures", "relations" or "links"
    std::uintmax_t bytes = 0;  // the bytes read
    std::string sha256;        // of those bytes, 64 lowercase hexadecimal digits
};

struct provenance {
    std::string version{PLANTARGET_VERSION_STRING};
    std::vector<input_source> inputs;
    std::vector<std::string> options;  // the arguments as given (files too), one element each
    bool as_of_given = false;          // --as-of given; otherwise the latest period with an actual
};

// An argument as a POSIX shell reads it back: bare when it is made of
// characters the shell leaves alone, else in single quotes.
inline std::string shell_quoted(std::string_view arg) {
    constexpr std::string_view plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+=./:,@%";
    if (!arg.empty() && arg.find_first_not_of(plain) == std::string_view::npos) return std::string(arg);
    std::string out = "'";
    for (const char c : arg) {
        if (c == '\'') out += "'\\''";
        else out += c;
    }
    out += '\'';
    return out;
}

// The options on one line, as they could be typed again; "(none)" when none.
inline std::string options_text(const provenance& p) {
    if (p.options.empty()) return "(none)";
    std::string out;
    for (const auto& o : p.options) {
        if (!out.empty()) out += ' ';
        out += shell_quoted(o);
    }
    return out;
}

// How the as-of period was chosen, in both languages.
inline std::string_view as_of_source_text(const provenance& p) noexcept {
    return p.as_of_given ? "指定 given (--as-of)" : "最新实际值 the latest actual";
}

// One input on one line: name, role, size and digest.
inline std::string input_text(const input_source& in) {
    return fmt::format("{} ({}, {} bytes) sha256 {}", in.name, in.role, in.bytes, in.sha256);
}

// The provenance as lines of text, for the terminal and Markdown reports.
inline std::vector<std::string> provenance_lines(const provenance& p, std::string_view as_of) {
    std::vector<std::string> lines;
    lines.push_back(fmt::format("plantarget {} · 评估时点 as of {}: {}", p.version, as_of.empty() ? "—" : as_of,
                                as_of_source_text(p)));
    for (const auto& in : p.inputs) lines.push_back("输入 Input: " + input_text(in));
    lines.push_back("选项 Options: " + options_text(p));
    return lines;
}

// The inputs in one cell (the CSV report): "name sha256:HEX; ...".
inline std::string inputs_cell(const provenance& p) {
    std::string out;
    for (const auto& in : p.inputs) {
        if (!out.empty()) out += "; ";
        out += in.name + " sha256:" + in.sha256;
    }
    return out;
}

}  // namespace plantarget::report
