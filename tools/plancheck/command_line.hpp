// What every plancheck command shares on its command line: parsing with the
// one bad-input exit status, the --max-input-size option and its rule, the
// --input-format and --output options, and writing the result to --output or
// standard output.
// Defined once here, so that `plancheck`, `relations`, `links` and `extract`
// cannot drift apart.
#pragma once

#include <plantarget/error.hpp>
#include <plantarget/io/file.hpp>

#include <CLI/CLI.hpp>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

namespace plancheck {

// Help text as users read it: an option's names only ("--audit, --no-audit"),
// without the default flag values CLI11 appends to negated flags
// ("--no-audit{false}"), which are an implementation detail of the flag.
class help_formatter : public CLI::Formatter {
public:
    std::string make_option_name(const CLI::Option* opt, bool is_positional) const override {
        if (is_positional) return CLI::Formatter::make_option_name(opt, is_positional);
        std::vector<std::string> names;
        for (const std::string& s : opt->get_snames()) names.push_back("-" + s);
        for (const std::string& l : opt->get_lnames()) names.push_back("--" + l);
        return CLI::detail::join(names, ", ");
    }
};

// Every plancheck command's help is printed by help_formatter, `width` columns
// for the option names.
inline void use_help_formatter(CLI::App& app, std::size_t width = 26) {
    auto formatter = std::make_shared<help_formatter>();
    formatter->column_width(width);
    app.formatter(formatter);
}

// Bad input (the help documents it): an option, a file or the output.
constexpr int exit_bad_input = 2;

// Prints a message on standard error: exit 2. Messages may quote input (a
// figure id, a period): escaped as parse errors are.
inline int bad_input(const std::string& message) {
    std::cerr << "plancheck: " << plantarget::printable_text(message) << '\n';
    return exit_bad_input;
}

// Parses the command line. An exit status when the run ends here: 0 after
// --help or --version, 2 after a usage error (printed with a usage hint).
inline std::optional<int> parse_command_line(CLI::App& app, int argc, char** argv) {
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);  // prints help, or the error with a usage hint
        return code == 0 ? 0 : exit_bad_input;
    }
    return std::nullopt;
}

// --max-input-size SIZE: `what` (an input file, a report) larger than SIZE
// bytes is refused. 0 is a usage error: a limit that refuses every file,
// the empty one included, is a mistake, not a setting.
inline CLI::Option* add_max_input_size(CLI::App& app, std::uint64_t& size, const std::string& what = "an input file") {
    return app
        .add_option("--max-input-size", size,
                    "refuse " + what + " larger than SIZE bytes (suffixes KiB, MiB, GiB; default 1GiB)")
        ->transform(CLI::AsSizeValue(false).description(""))  // the help's "SIZE" and text say the suffixes
        ->check(CLI::Validator(
            [](std::string& v) { return v == "0" ? std::string("must be more than 0 bytes") : std::string(); }, "",
            "positive"))
        ->type_name("SIZE");
}

// --input-format FORMAT: the format of standard input, given as FILE '-'
// (csv or json); the commands that read figures files take it.
inline CLI::Option* add_input_format(CLI::App& app, std::string& format) {
    return app.add_option("--input-format", format, "format of standard input, given as FILE '-': csv or json")
        ->check(CLI::IsMember({"csv", "json"}))
        ->type_name("FORMAT");
}

// --output FILE: where `what` (the report, the table) is written instead of
// standard output. An empty FILE is a usage error, not standard output.
inline CLI::Option* add_output(CLI::App& app, std::string& output, const std::string& what) {
    return app.add_option("--output", output, "write " + what + " to FILE (default: standard output)")
        ->check(CLI::Validator(
            [](std::string& text) { return text.empty() ? std::string("must not be empty") : std::string(); }, "",
            "not_empty"))
        ->type_name("FILE");
}

// Writes `text` to `output`, or to standard output when it is empty. 0, or
// exit 2 with the reason printed when it cannot be written.
inline int write_output(const std::string& output, const std::string& text) {
    if (output.empty()) {
        std::cout << text << std::flush;
        if (!std::cout) return bad_input("cannot write to standard output");
    } else if (const std::string failed = plantarget::io::write_text_file(output, text); !failed.empty()) {
        return bad_input(failed);
    }
    return 0;
}

// An output stream onto a C file, so that a report is written as it is made
// and its write errors keep the system's reason (std::ofstream loses errno).
class file_streambuf : public std::streambuf {
public:
    explicit file_streambuf(std::FILE* f) : file_(f) {}
    [[nodiscard]] bool failed() const noexcept { return failed_; }
    [[nodiscard]] int error() const noexcept { return errno_; }

protected:
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        const char byte = traits_type::to_char_type(c);
        return xsputn(&byte, 1) == 1 ? c : traits_type::eof();
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        const std::size_t written = std::fwrite(s, 1, static_cast<std::size_t>(n), file_);
        if (written != static_cast<std::size_t>(n) && !failed_) {
            failed_ = true;
            errno_ = errno;
        }
        return static_cast<std::streamsize>(written);
    }

private:
    std::FILE* file_;
    bool failed_ = false;
    int errno_ = 0;
};

// Writes what write(std::ostream&) writes to `output` (standard output when
// empty) as it goes, with write_output's messages: a city's report is
// hundreds of megabytes, not to be held whole first.
template <class Write>
int write_output_streamed(const std::string& output, Write&& write) {
    if (output.empty()) {
        write(std::cout);
        std::cout << std::flush;
        if (!std::cout) return bad_input("cannot write to standard output");
        return 0;
    }
    std::FILE* out = std::fopen(output.c_str(), "wb");
    if (out == nullptr) return bad_input("cannot write '" + output + "': " + plantarget::io::system_reason(errno));
    std::setvbuf(out, nullptr, _IOFBF, std::size_t{1} << 20);
    file_streambuf buffer(out);
    {
        std::ostream stream(&buffer);
        write(stream);
    }
    const bool closed = std::fclose(out) == 0;
    const int close_errno = errno;
    if (buffer.failed()) return bad_input("cannot write '" + output + "': " + plantarget::io::system_reason(buffer.error()));
    if (!closed) return bad_input("cannot write '" + output + "': " + plantarget::io::system_reason(close_errno));
    return 0;
}

}  // namespace plancheck
