// plancheck: checks a report's plan targets against its actuals, from data
// files. Reads figures (CSV or JSON) and their relations, builds the plan,
// evaluates every target as of a period, audits the report's own arithmetic,
// and prints a report. The exit status says whether every binding (约束性)
// target is met, so that scripts and CI can act on it.
#include <plantarget/audit.hpp>
#include <plantarget/books.hpp>
#include <plantarget/discover.hpp>
#include <plantarget/from_figures.hpp>
#include <plantarget/io/figures_csv.hpp>
#include <plantarget/io/file.hpp>
#include <plantarget/io/books_run.hpp>
#include <plantarget/io/figures_json.hpp>
#include <plantarget/io/links_csv.hpp>
#include <plantarget/io/relations_csv.hpp>
#include <plantarget/plan.hpp>
#include <plantarget/progress/run.hpp>
#include <plantarget/report/csv.hpp>
#include <plantarget/report/document.hpp>
#include <plantarget/report/html.hpp>
#include <plantarget/report/json.hpp>
#include <plantarget/report/markdown.hpp>
#include <plantarget/report/table.hpp>
#include <plantarget/validate.hpp>
#include <plantarget/version.hpp>

#include "command_line.hpp"
#include "input_digests.hpp"
#include "stage_timings.hpp"
#include "extract_command.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <sys/ioctl.h>
#include <unistd.h>

namespace {

using namespace plantarget;

constexpr int exit_binding_met = 0;
constexpr int exit_binding_missed = 1;
using plancheck::bad_input;
using plancheck::exit_bad_input;
constexpr int exit_binding_not_assessable = 3;
constexpr int exit_audit_failed = 4;

// Errors past this many are counted, not printed: the first ones are what
// a user fixes first, and a wrong encoding can make every line an error.
constexpr std::size_t max_errors_printed = 50;

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (const auto& p : parts) {
        if (!out.empty()) out += sep;
        out += p;
    }
    return out;
}

// The footer of --help: both file formats, in full, from the tables the
// readers use, so that the help cannot drift from what is accepted.
std::string formats_help() {
    std::vector<std::string> measures, roles, kinds, units_zh, aliases;
    for (auto m : io::all_figure_measures) measures.emplace_back(to_string(m));
    for (auto r : io::all_figure_roles) roles.emplace_back(to_string(r));
    for (auto k : io::all_relation_kinds) kinds.emplace_back(to_string(k));
    for (const auto& u : units::unit_table) units_zh.emplace_back(u.zh);
    for (const auto& a : units::unit_aliases) aliases.emplace_back(std::string(a.text) + "=" + std::string(a.zh));
    const from_figures_options defaults;
    const std::vector<std::string> binding(defaults.binding_words.begin(), defaults.binding_words.end());

    std::string s;
    s += "FILES\n";
    s += "  FILE...         figures files: *.csv (a figures table) or *.json (figures and relations).\n";
    s += "  plancheck relations FILE... [--output F]: the relations discovered in the figures, as a\n";
    s += "                  relations table to review and pass back with --relations.\n";
    s += "  plancheck links FILE... [--output F]: how the books are linked, as a link table to review\n";
    s += "                  and pass back with --links.\n";
    s += "                  Each file is a book (a report of one year); books are linked into one: the same\n";
    s += "                  indicator by its id, else by its name and unit kind (listed for review), else by\n";
    s += "                  --links. Ids are unique within a file; the same id in another file is that\n";
    s += "                  book's figure. A later book's actual for a period is used over an earlier one's\n";
    s += "                  (a revision, reported); a target is judged as the earliest book set it.\n";
    s += "  --links         a link table (*.csv): indicator, linked_to (empty: keep apart), book (optional).\n";
    s += "  --relations     a relations table (*.csv) or a JSON document (*.json).\n";
    s += "  Files are UTF-8 (a byte-order mark is skipped; GBK is refused with a hint), CRLF or LF.\n";
    s += "  Only regular files are read (a directory, pipe or device is refused), up to --max-input-size;\n";
    s += "  - reads standard input, with --input-format csv or json.\n\n";
    s += "FIGURES CSV: a header row names the columns (any order; other columns are ignored).\n";
    s += "  Required: id indicator role period measure comparator value unit.\n";
    s += "  Optional: section section_title name_zh name_en quote nature direction price_basis test_mode\n";
    s += "            tolerance (empty when left out).\n";
    s += "  id          unique figure id, without '+' or '/'\n";
    s += "  indicator   indicator id; the figures of one indicator share it\n";
    s += "  section     report section, dotted: 1.4.1\n";
    s += "  section_title  the section's title; its parents' before it, joined by " +
         std::string(io::section_title_mark) + ": 回顾 › 扩投资 › 有效投资\n";
    s += "  name_zh     indicator name in Chinese\n";
    s += "  name_en     indicator name in English\n";
    s += "  role        " + join(roles, " | ") + "\n";
    s += "  period      2025 | 2025H1 | 2025Q3 | 2025-07 | 2025-01..2025-11\n";
    s += "  measure     " + join(measures, " | ") + "\n";
    s += "  comparator  one of: " + io::comparator_word_list() + "\n";
    s += "              (= and 达 for exact figures; 以上 >=, 超 >, 以内 <=, 近 <, 约 about)\n";
    s += "  value       the number as printed: decimals are kept as the published precision;\n";
    s += "              full-width digits, 1,234.5, 1.2万 (the scale moves to the unit) and 94.8%\n";
    s += "              are accepted; exponents are not. Empty only with 居前列. A range is\n";
    s += "              low..high (6.5..7, both ends inclusive) with a between word: " + io::between_word_list() + "\n";
    s += "  unit        " + join(units_zh, " ") + "\n";
    s += "              with a scale prefix 千 万 千万 亿 (亿元, 万人次); aliases: " + join(aliases, " ") + "\n";
    s += "  quote       the report's sentence\n";
    s += "  nature      " + token_list<nature, std::string>(" | ") + "\n";
    s += "  direction   " + token_list<direction, std::string>(" | ") + "\n";
    s += "  price_basis " + token_list<price_basis, std::string>(" | ") + "\n";
    s += "              (of the indicator, on any of its figures; left out, assumed from the unit and\n";
    s += "              the words of name_zh, and the JSON report says so: docs/plancheck.md)\n";
    s += "  test_mode   " + token_list<test_mode, std::string>(" | ") + "\n";
    s += "              (of a target; left out, from its quote: 每月 every_observation, ...)\n";
    s += "  tolerance   the half-width of an about (约, 左右) target's band, in its unit: 0.5\n\n";
    s += "RELATIONS CSV: id, kind, result, operands, note (note optional)\n";
    s += "  kind        " + join(kinds, " | ") + "\n";
    s += "  result      a figure id\n";
    s += "  operands    figure ids: a+b+c for sum, a/b for ratio and growth_levels, one id otherwise\n\n";
    s += "JSON: {\"figures\": [{\"id\": ..., members named as the figures columns}],\n";
    s += "       \"relations\": [{\"id\", \"kind\", \"result\", \"operands\": [ids], \"note\"}]}\n";
    s += "  values are strings (\"94.8\") to keep their decimals, or null for 居前列.\n\n";
    s += "Targets whose comparator is one of " + join(binding, " ") +
         " are binding (约束性);\nthe others anticipatory (预期性). --binding-words replaces this set.\n\n";
    s += "EXIT STATUS\n";
    s += "  0  every binding target is met, on schedule or not yet due\n";
    s += "  1  a binding target is not achieved or behind schedule\n";
    s += "  2  bad input (the errors are printed as file:line:column: message: 'text'); nothing evaluated\n";
    s += "  3  no binding target is missed, but one cannot be assessed (0 with --unassessable-ok)\n";
    s += "  4  with --fail-on-audit SEVERITY: no binding target is missed, but the audit has a finding that\n";
    s += "     severe or worse (a miss, 1, comes first)\n";
    return s;
}

// The --progress methods, from their vocabulary.
std::vector<std::string> progress_method_names() {
    std::vector<std::string> out;
    for (const auto m : all_values<progress::method>()) out.emplace_back(to_string(m));
    return out;
}

// ---- the run ----------------------------------------------------------------------------

struct settings {
    std::vector<std::string> files;
    std::string relations;
    std::string as_of;
    std::string format = "table";
    std::string output;
    bool audit = true;
    bool discover = true;
    std::string progress;
    int among_top = evaluation_options{}.among_top_cutoff;
    double band = evaluation_options{}.on_schedule_band_pp;
    std::vector<std::string> binding_words;
    bool binding_words_given = false;
    std::string input_format;
    std::uint64_t max_input_size = io::default_max_input_size;
    bool unassessable_ok = false;
    bool seasonal = false;
    double about_points = about_defaults{}.points;
    double about_share = about_defaults{}.share;
    std::string links;
    std::vector<std::string> published;  // FILE=DATE
    std::string title;  // empty: the default title and the input files' names
    std::string fail_on_audit;  // empty, or the severity from which the audit fails the run
    std::string color = "auto";
    std::size_t width = 0;  // 0: not given
    bool timings = false;   // --timings: each stage's time and memory on standard error
    std::vector<std::string> arguments;  // the command line as given, for the report's provenance
};

// Narrower than this, no table of the report can fit: a usage error.
constexpr std::size_t min_width = 40;

// Whether the report goes to a terminal: standard output, without --output.
bool to_terminal(const settings& cfg) { return cfg.output.empty() && isatty(STDOUT_FILENO) == 1; }

// The table renderer's options from --color and --width, deciding what
// "auto" means here (the library decides nothing from the environment):
// colour on a terminal unless NO_COLOR is set and not empty (no-color.org);
// a terminal's own width (else COLUMNS, else 80), full width off a terminal.
report::table_options table_options_of(const settings& cfg) {
    report::table_options o;
    const bool terminal = to_terminal(cfg);
    const char* no_color = std::getenv("NO_COLOR");
    o.color = cfg.color == "always" ||
              (cfg.color == "auto" && terminal && (no_color == nullptr || *no_color == '\0'));
    if (cfg.width > 0) {
        o.width = cfg.width;
    } else if (terminal) {
        winsize ws{};
        if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
            o.width = ws.ws_col;
        } else if (const char* columns = std::getenv("COLUMNS"); columns != nullptr) {
            char* end = nullptr;
            const unsigned long n = std::strtoul(columns, &end, 10);
            o.width = end != columns && *end == '\0' && n > 0 ? n : 80;
        } else {
            o.width = 80;
        }
    }
    return o;
}

// The exit status for what the binding targets come to.
int exit_status(binding_status s, bool unassessable_ok) {
    switch (s) {
        case binding_status::met: return exit_binding_met;
        case binding_status::missed: return exit_binding_missed;
        case binding_status::not_assessable: return unassessable_ok ? exit_binding_met : exit_binding_not_assessable;
    }
    return exit_binding_missed;
}

// Prints the errors of the input (the first 50) and their count: exit 2.
int input_errors(const std::vector<parse_error>& errors) {
    for (std::size_t i = 0; i < errors.size() && i < max_errors_printed; ++i) std::cerr << errors[i].to_string() << '\n';
    if (errors.size() > max_errors_printed) std::cerr << "... and " << errors.size() - max_errors_printed << " more errors\n";
    std::cerr << "plancheck: " << errors.size() << (errors.size() == 1 ? " error" : " errors")
              << " in the input; nothing evaluated\n";
    return exit_bad_input;
}

// Why --output may not be written: it names one of the inputs, which the
// report would overwrite. Empty when it may.
std::string output_names_an_input(const settings& cfg) {
    if (cfg.output.empty()) return {};
    std::vector<std::string> inputs = cfg.files;
    if (!cfg.relations.empty()) inputs.push_back(cfg.relations);
    namespace fs = std::filesystem;
    for (const auto& in : inputs) {
        if (in == io::standard_input_name) continue;
        std::error_code ec;
        // equivalent() sees through links and other spellings, but needs both
        // files to exist; a report not yet written cannot be an input.
        if (fs::equivalent(cfg.output, in, ec) && !ec)
            return "--output '" + cfg.output + "' names the input file '" + in + "', which it would overwrite";
    }
    return {};
}

// ---- reading the inputs ------------------------------------------------------------------

// --published FILE=DATE, each: the publication dates of books. What is wrong, or empty.
std::string add_published(books_options& linking, const std::vector<std::string>& files,
                          const std::vector<std::string>& published) {
    for (const auto& item : published) {
        const auto eq = item.rfind('=');
        if (eq == std::string::npos || eq == 0)
            return "--published: expected FILE=DATE (2026 or 2026-03-05), got '" + item + "'";
        if (std::string wrong = io::add_publication_date(linking, files, item.substr(0, eq), std::string_view(item).substr(eq + 1));
            !wrong.empty())
            return "--published: " + wrong;
    }
    return {};
}

// ---- relation discovery ---------------------------------------------------------------

// Adds the relations discovery proposes to the given ones, and says on
// standard error how many of each (the ids of the discovered ones are those
// 'plancheck relations' writes).
void add_discovered_relations_noted(figure_book& book) {
    const std::size_t given = book.relations.size();
    const std::size_t found = add_discovered_relations(book);
    std::cerr << "plancheck: the audit checks " << given << " given and " << found
              << " discovered relations; 'plancheck relations' writes the discovered ones as a table, "
                 "--no-discover leaves them out\n";
}

// plancheck relations BOOK...: the relations discovery proposes for the
// figures, as a relations table (the --relations CSV format) to review and edit.
int relations_command(int argc, char** argv) {
    std::vector<std::string> files;
    std::string output;
    std::uint64_t max_size = io::default_max_input_size;
    CLI::App app{"plancheck relations: propose the relations an auditor would check, as a relations table"};
    app.name("plancheck relations");
    plancheck::use_help_formatter(app);
    app.add_option("FILE", files, "figures files (.csv table or .json document)")->required()->type_name("FILE");
    plancheck::add_output(app, output, "the table");
    plancheck::add_max_input_size(app, max_size);
    if (const auto done = plancheck::parse_command_line(app, argc, argv)) return *done;
    // Read as 'plancheck' and 'links' read the books (io/books_run.hpp), unlinked:
    // discovery proposes relations within each book's figures.
    io::books_reading_options reading;
    reading.figure_files.max_size = max_size;
    reading.standard_input = reading.figure_files;
    io::figure_book_builder builder;
    io::add_book_files(builder, files, reading);
    auto book = builder.finish();
    if (!book) return input_errors(builder.errors());
    // Proposals the book's own relations already make are left out.
    const std::size_t given = book.value().relations.size();
    add_discovered_relations(book.value());
    const std::vector<figure_relation> found(book.value().relations.begin() + static_cast<std::ptrdiff_t>(given),
                                             book.value().relations.end());
    return plancheck::write_output(output, io::write_relations_csv(found));
}

// plancheck links BOOK...: how the books would be linked, as a link table:
// every link not by the same id, to review, edit and pass back with --links.
int links_command(int argc, char** argv) {
    std::vector<std::string> files, published;
    std::string output, links, input_format;
    std::uint64_t max_size = io::default_max_input_size;
    CLI::App app{"plancheck links: the links of the same indicator across books, as a link table to review"};
    app.name("plancheck links");
    plancheck::use_help_formatter(app);
    app.add_option("FILE", files,
                   "figures files (.csv, .json; - for standard input) or report texts (.txt), one book each")
        ->required()
        ->type_name("FILE");
    app.add_option("--links", links, "a link table to apply first")->type_name("FILE");
    app.add_option("--published", published, "the publication date of a book, FILE=DATE")
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
        ->type_name("FILE=DATE");
    plancheck::add_output(app, output, "the table");
    plancheck::add_max_input_size(app, max_size);
    plancheck::add_input_format(app, input_format);
    if (const auto done = plancheck::parse_command_line(app, argc, argv)) return *done;
    io::books_reading_options reading;
    reading.figure_files.max_size = max_size;
    reading.standard_input = reading.figure_files;  // '-' within --max-input-size too
    if (!input_format.empty())
        reading.standard_input.format =
            input_format == "json" ? io::figure_file_format::json : io::figure_file_format::csv;
    reading.links = links;
    if (const std::string wrong = add_published(reading.linking, files, published); !wrong.empty()) return bad_input(wrong);
    const io::books_reading books = io::read_books(files, std::move(reading));
    if (!books.ok()) return input_errors(books.errors);
    const linked_books& linked = books.linked;
    return plancheck::write_output(output, io::write_links_csv(linked.links));
}

int run(const settings& cfg) {
    plancheck::stage_timings timings(cfg.timings);
    if (std::count(cfg.files.begin(), cfg.files.end(), std::string(io::standard_input_name)) +
            (cfg.relations == io::standard_input_name ? 1 : 0) > 1)
        return bad_input("standard input ('-') can be read only once");
    const bool reads_stdin = std::find(cfg.files.begin(), cfg.files.end(), std::string(io::standard_input_name)) !=
                                 cfg.files.end() || cfg.relations == io::standard_input_name;
    if (reads_stdin && cfg.input_format.empty())
        return bad_input("standard input ('-') needs --input-format csv or json");
    // Options are checked before any file is read: a typo costs nothing.
    from_figures_options plan_options;
    if (cfg.binding_words_given) {
        plan_options.binding_words.clear();
        for (const auto& w : cfg.binding_words) {
            if (w.empty()) continue;  // --binding-words "" : no binding targets
            if (find_comparator_word(w) == nullptr)
                return bad_input("--binding-words: unknown comparator word '" + w + "' (accepted: " +
                                 io::comparator_word_list() + ")");
            plan_options.binding_words.insert(w);
        }
    }
    std::optional<period> as_of;
    if (!cfg.as_of.empty()) {
        auto p = period::parse(cfg.as_of);
        if (!p) return bad_input("--as-of: " + p.error().message + ": '" + cfg.as_of + "'");
        as_of = p.value();
    }
    if (!cfg.progress.empty() && cfg.format == "csv")
        return bad_input("--progress cannot go with --format csv: a CSV output holds one table (use table, markdown, "
                         "json or html)");

    if (const std::string clash = output_names_an_input(cfg); !clash.empty()) return bad_input(clash);

    // Each file is a book (a report of one year), read, linked into one
    // across years and checked as a whole (io/books_run.hpp).
    io::books_reading_options reading;
    reading.figure_files.max_size = cfg.max_input_size;
    reading.standard_input = reading.figure_files;
    // Standard input is read here, once, so that the report can give the
    // digest of the bytes parsed (input_digests.hpp).
    std::string standard_input;
    if (reads_stdin) {
        auto text = io::read_standard_input(cfg.max_input_size);
        if (!text) return input_errors({text.error()});
        standard_input = std::move(text).value();
        reading.standard_input.standard_input_text = &standard_input;
    }
    if (cfg.input_format == "csv") reading.standard_input.format = io::figure_file_format::csv;
    if (cfg.input_format == "json") reading.standard_input.format = io::figure_file_format::json;
    reading.relations = cfg.relations;
    reading.links = cfg.links;
    reading.checks.input = join(cfg.files, ", ");
    if (const std::string wrong = add_published(reading.linking, cfg.files, cfg.published); !wrong.empty())
        return bad_input(wrong);
    io::books_reading books = io::read_books(cfg.files, std::move(reading));
    if (!books.ok()) return input_errors(books.errors);
    const linked_books& linked = books.linked;
    for (const auto& same : actuals_for_the_same_months(linked.book))
        if (same.agree) std::cerr << one_observation_note(same).to_string() << '\n';
    timings.done("read");
    // The audit checks each book's own arithmetic, on the figures as read.
    if (cfg.audit && cfg.discover) {
        add_discovered_relations_noted(books.read_book());
        timings.done("discover");
    }

    plan p;
    try {
        p = plan_from_figures(linked.book, plan_options);
    } catch (const std::exception& e) {
        return bad_input(e.what());
    }
    if (!as_of) {
        as_of = io::latest_observation(p);
        if (!as_of && !p.targets().empty())
            return bad_input("no actual observation to date the evaluation by: give --as-of");
        if (!as_of) as_of = period::year(2000);  // nothing to evaluate: any date gives the same empty report
    }
    timings.done("plan");

    evaluation_options eval;
    eval.among_top_cutoff = cfg.among_top;
    eval.on_schedule_band_pp = cfg.band;
    eval.seasonal_from_last_year = cfg.seasonal;
    eval.about_band.points = cfg.about_points;
    eval.about_band.share = cfg.about_share;
    const plan_report evaluation = p.evaluate(*as_of, eval);
    timings.done("evaluate");
    const std::optional<audit_result> audited = cfg.audit ? std::optional(audit(books.read_book())) : std::nullopt;
    if (audited) timings.done("audit");

    std::optional<progress::plan_progress> progressed;
    if (!cfg.progress.empty()) {
        progressed = progress::run(p, *as_of, from_token<progress::method>(cfg.progress).value());
        timings.done("progress");
    }

    std::vector<std::string> names;
    for (const auto& f : cfg.files) names.push_back(std::filesystem::path(f).filename().string());
    report::provenance source;
    source.options = cfg.arguments;
    source.as_of_given = !cfg.as_of.empty();
    const auto add_source = [&](const std::string& path, const char* role) {
        if (path.empty()) return;
        if (path == io::standard_input_name) source.inputs.push_back(plancheck::input_source_of(path, role, standard_input));
        else source.inputs.push_back(plancheck::file_source(path, role, cfg.max_input_size));
    };
    for (const auto& f : cfg.files) add_source(f, io::is_report_text(f) ? "report text" : "figures");
    add_source(cfg.relations, "relations");
    add_source(cfg.links, "links");
    timings.done("digest");
    report::document doc{&p,
                         &evaluation,
                         audited ? &*audited : nullptr,
                         &linked.book,
                         cfg.title.empty() ? std::string(report::default_title) + " · " + join(names, ", ") : cfg.title,
                         progressed ? &*progressed : nullptr,
                         &linked,
                         eval.about_band,
                         &source};

    if (cfg.format == "json") {
        // Written as it is made: a city's report is hundreds of megabytes.
        if (const int failed = plancheck::write_output_streamed(cfg.output, [&](std::ostream& out) { report::write_json(doc, out); });
            failed != 0)
            return failed;
        timings.done("render+write");
    } else {
        std::string text;
        if (cfg.format == "table") text = report::render_table(doc, table_options_of(cfg));
        else if (cfg.format == "markdown") text = report::render_markdown(doc);
        else if (cfg.format == "csv") text = report::render_csv(doc);
        else text = report::render_html(doc);
        timings.done("render");
        if (const int failed = plancheck::write_output(cfg.output, text); failed != 0) return failed;
        timings.done("write");
    }
    timings.total();
    const int status = exit_status(evaluation.binding(), cfg.unassessable_ok);
    if (status != exit_binding_missed && audited && !cfg.fail_on_audit.empty()) {
        // severity's order: error, warning, note; failing on warning fails on an error too.
        const severity worst_allowed = from_token<severity>(cfg.fail_on_audit).value();
        for (const auto& f : audited->findings)
            if (f.level <= worst_allowed) return exit_audit_failed;
    }
    return status;
}

// Option checks that CLI11's own let through: its ranges accept NaN (no
// comparison with NaN is true) and print DBL_MAX in full when they fail.
const CLI::Validator finite_non_negative(
    [](std::string& text) -> std::string {
        double v = 0;
        if (!CLI::detail::lexical_cast(text, v)) return "not a number: '" + text + "'";
        if (!std::isfinite(v)) return "must be a finite number, got '" + text + "'";
        if (v < 0) return "must be 0 or more, got " + text;
        return {};
    },
    "", "finite_non_negative");
const CLI::Validator whole_number_at_least_one(
    [](std::string& text) -> std::string {
        long long v = 0;
        if (!CLI::detail::lexical_cast(text, v)) return "not a whole number: '" + text + "'";
        if (v < 1) return "must be a whole number 1 or more, got " + text;
        return {};
    },
    "", "at_least_one");
const CLI::Validator not_empty(
    [](std::string& text) { return text.empty() ? std::string("must not be empty") : std::string(); }, "",
    "not_empty");

}  // namespace

int main(int argc, char** argv) {
    if (argc > 1 && std::string_view(argv[1]) == "relations") return relations_command(argc - 1, argv + 1);
    if (argc > 1 && std::string_view(argv[1]) == "links") return links_command(argc - 1, argv + 1);
    if (argc >= 2 && std::string_view(argv[1]) == "extract") return plancheck_extract::run_extract(argc - 1, argv + 1);
    settings cfg;
    CLI::App app{"plancheck: check a report's plan targets against its actuals, and audit its arithmetic"};
    app.set_version_flag("--version", "plancheck " PLANTARGET_VERSION_STRING);
    app.name("plancheck");
    plancheck::use_help_formatter(app);
    app.add_option("FILE", cfg.files, "figures files (.csv table or .json document; - for standard input)")
        ->required()
        ->check(not_empty)
        ->type_name("FILE");
    app.add_option("--relations", cfg.relations, "relations file (.csv table or .json document)")
        ->check(not_empty)
        ->type_name("FILE");
    app.add_option("--as-of", cfg.as_of,
                   "evaluate as of PERIOD (2025, 2025H1, 2025Q3, 2025-07, 2025-01..2025-11); default: the latest "
                   "period with an actual observation")
        ->check(not_empty)
        ->type_name("PERIOD");
    app.add_option("--format", cfg.format, "output format: table, markdown, csv, json or html (default table)")
        ->check(CLI::IsMember({"table", "markdown", "csv", "json", "html"}))
        ->type_name("FORMAT");
    plancheck::add_output(app, cfg.output, "the report");
    app.add_option("--title", cfg.title,
                   "the report's title, in every format (default: 计划目标评估 Plan target assessment · the input "
                   "files' names)")
        ->check(not_empty)
        ->type_name("TEXT");
    app.add_flag("--audit,!--no-audit", cfg.audit,
                 "audit the report's arithmetic from the relations (--audit, the default) or not (--no-audit)");
    app.add_flag("--discover,!--no-discover", cfg.discover,
                 "audit the relations discovered in the figures besides the given ones (--discover, the default)");
    app.add_option("--progress", cfg.progress,
                   "also assess progress with METHOD (open-sdg, escap or german) for each indicator with two or "
                   "more yearly observations and a level target; not with --format csv")
        ->check(CLI::IsMember(progress_method_names()))
        ->type_name("METHOD");
    app.add_option("--among-top", cfg.among_top, "read 居前列 (among the top) as rank <= N (default 3)")
        ->check(whole_number_at_least_one)
        ->type_name("N");
    app.add_option("--band", cfg.band,
                   "on-schedule band: within PP percentage points of the pro-rata plan is on schedule (default 1)")
        ->check(finite_non_negative)
        ->type_name("PP");
    app.add_option("--about-points", cfg.about_points,
                   "half-width of an about (约, 左右) band in percentage points, for figures in percent that give "
                   "none (default 0.5)")
        ->check(finite_non_negative)
        ->type_name("PP");
    app.add_option("--about-share", cfg.about_share,
                   "half-width of an about band as a share of the value, for levels and counts that give none "
                   "(default 0.05)")
        ->check(finite_non_negative)
        ->type_name("FRACTION");
    app.add_flag("--seasonal", cfg.seasonal,
                 "expect a flow's year to date by last year's months of the same indicator (its seasonal profile) "
                 "instead of pro rata; a flow without all of last year's months stays pro rata");
    plancheck::add_input_format(app, cfg.input_format);
    plancheck::add_max_input_size(app, cfg.max_input_size);
    app.add_option("--color", cfg.color,
                   "colour the verdicts of the table: auto (on a terminal, without --output, unless NO_COLOR is "
                   "set), always or never (default auto)")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->type_name("WHEN");
    app.add_option("--width", cfg.width,
                   "fit the table to N columns, cutting names and messages with …; default: the terminal's width, "
                   "or full width when output is not a terminal")
        ->check(CLI::Validator(
            [](std::string& text) -> std::string {
                unsigned long long v = 0;
                if (!CLI::detail::lexical_cast(text, v) || v < min_width)
                    return "must be a whole number " + std::to_string(min_width) + " or more, got " + text;
                return {};
            },
            "", "at_least_min_width"))
        ->type_name("N");
    app.add_option("--links", cfg.links,
                   "a link table (*.csv: indicator, linked_to, book) saying which indicator of which book is which; "
                   "'plancheck links' writes the links made by name for review")
        ->check(not_empty)
        ->type_name("FILE");
    app.add_option("--published", cfg.published,
                   "the publication date of an input book, FILE=DATE (2026 or 2026-03-05); default: the day after "
                   "its latest actual")
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
        ->type_name("FILE=DATE");
    auto* fail_on_audit =
        app.add_option("--fail-on-audit", cfg.fail_on_audit,
                       "exit with 4 when no binding target is missed but the audit has a finding of SEVERITY or "
                       "worse: error, or warning (errors and warnings); for CI")
            ->check(CLI::IsMember({std::string(to_string(severity::error)), std::string(to_string(severity::warning))}))
            ->type_name("SEVERITY");
    app.add_flag("--timings", cfg.timings,
                 "print each stage's wall-clock and CPU seconds and the memory after it (resident and peak) on "
                 "standard error: read, discover, plan, evaluate, audit, progress, digest, render and write (one stage for "
                 "json, which is written as it is made), total");
    app.add_flag("--unassessable-ok", cfg.unassessable_ok,
                 "exit with 0, not 3, when no binding target is missed but one cannot be assessed");
    auto* binding = app.add_option("--binding-words", cfg.binding_words,
                                   "comparator words that make a target binding, comma-separated; replaces the "
                                   "default set (\"\" for none)")
                        ->delimiter(',')
                        ->type_name("WORDS");
    app.footer(formats_help());

    if (const auto done = plancheck::parse_command_line(app, argc, argv)) return *done;
    cfg.binding_words_given = binding->count() > 0;
    if (fail_on_audit->count() > 0 && !cfg.audit) {  // CLI11 would exclude --audit as well
        std::cerr << "--fail-on-audit: needs the audit, which --no-audit turns off\n"
                     "Run with --help for more information.\n";
        return exit_bad_input;
    }
    cfg.arguments = plancheck::arguments_of_the_report(argc, argv);
    try {
        return run(cfg);
    } catch (const std::exception& e) {
        return bad_input(std::string("internal error: ") + e.what());
    }
}
