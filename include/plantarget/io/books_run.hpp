// Figure files read as books over years, the way plancheck reads them: each
// file is a book (a report's text, *.txt, through the extractor; a figures
// CSV or JSON file as it is), the books are linked into one (books.hpp) with
// the publication dates and link table given, and the linked book is checked
// as a whole (validate.hpp). plancheck and the Python module both read
// through here, so that the two never link or check differently.
#pragma once

#include <plantarget/books.hpp>
#include <plantarget/error.hpp>
#include <plantarget/figures.hpp>
#include <plantarget/io/extract.hpp>
#include <plantarget/io/figures_csv.hpp>
#include <plantarget/io/figures_json.hpp>
#include <plantarget/io/file.hpp>
#include <plantarget/io/links_csv.hpp>
#include <plantarget/io/report_date.hpp>
#include <plantarget/period.hpp>
#include <plantarget/plan.hpp>
#include <plantarget/validate.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plantarget::io {

// A book's publication date as plancheck --published takes it: a year
// ("2026": its first day) or a day ("2026-03-05"). Nothing when it is neither.
inline std::optional<boost::gregorian::date> parse_publication_date(std::string_view text) {
    const bool year_only = text.size() == 4 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    try {
        if (year_only) return boost::gregorian::date(static_cast<unsigned short>(std::stoi(std::string(text))), 1, 1);
        if (text.size() != 10) return std::nullopt;  // from_simple_string also takes "2026-Mar-05" and worse
        const boost::gregorian::date d = boost::gregorian::from_simple_string(std::string(text));
        if (d.is_special()) return std::nullopt;
        return d;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

// Adds the publication date `text` of the input `file` (as given, or its
// last path part) to `linking`: plancheck's --published FILE=DATE. Returns
// what is wrong, empty when nothing is.
inline std::string add_publication_date(books_options& linking, const std::vector<std::string>& files,
                                        const std::string& file, std::string_view text) {
    const bool input = std::any_of(files.begin(), files.end(), [&](const std::string& f) {
        return f == file || std::filesystem::path(f).filename() == file;
    });
    if (!input) return "'" + file + "' is not one of the input files";
    const auto date = parse_publication_date(text);
    if (!date) return "not a date (2026 or 2026-03-05): '" + std::string(text) + "'";
    linking.published[file] = *date;
    return {};
}

struct books_reading_options {
    input_file_options figure_files;    // CSV or JSON by the file's extension unless `format` says
    input_file_options standard_input;  // "-": its format must be given
    std::string relations;              // a relations file, optional
    std::string links;                  // a link table (links_csv.hpp), optional; its rules follow linking.links
    books_options linking;              // publication dates and link rules; report texts are marked extracted here
    validation_options checks;          // `input` defaults to the files' names
};

struct books_reading {
    // Each book's figures as read: the audit checks these. Empty when linking
    // changed nothing (one book, no link table): linked.book then holds them,
    // uncopied, since a city's book is gigabytes; read_book() gives either.
    figure_book read;
    linked_books linked;              // the books as one: plan_from_figures reads linked.book
    std::vector<parse_error> errors;  // any: nothing is to be evaluated
    bool read_is_linked = false;      // `read` was moved into linked.book

    [[nodiscard]] bool ok() const noexcept { return errors.empty(); }
    // The figures as read: the audit's book (and discovery's).
    [[nodiscard]] figure_book& read_book() noexcept { return read_is_linked ? linked.book : read; }
    [[nodiscard]] const figure_book& read_book() const noexcept { return read_is_linked ? linked.book : read; }
};

// The reading step of read_books, for a caller that does not link: each
// file into `builder` (a report's text through the extractor, marked as
// extracted in opt.linking and dated there by its title lines; a figures
// file as it is, "-" with opt.standard_input), then opt.relations if given.
// Errors stay in the builder.
inline void add_book_files(figure_book_builder& builder, const std::vector<std::string>& files,
                           books_reading_options& opt) {
    const auto options_for = [&](const std::string& f) {
        return f == standard_input_name ? opt.standard_input : opt.figure_files;
    };
    for (const auto& f : files) {
        if (is_report_text(f)) {
            add_report_text_file(builder, f, opt.figure_files.max_size);
            opt.linking.extracted.insert(f);
            // Dated by its title lines (2011年3月5日) where no date is given.
            if (auto text = read_text_file(f, opt.figure_files.max_size))
                if (const auto when = report_date(text.value())) opt.linking.text_dates.emplace(f, *when);
        } else {
            add_figure_file(builder, f, options_for(f));
        }
    }
    if (!opt.relations.empty()) add_relations_file(builder, opt.relations, options_for(opt.relations));
}

// Reads, links and checks the books. Errors at any step stop there: the bad
// files' errors (all of them), else the link table's, else linking's, else
// validation's.
inline books_reading read_books(const std::vector<std::string>& files, books_reading_options opt = {}) {
    books_reading out;
    figure_book_builder builder;
    add_book_files(builder, files, opt);
    auto book = builder.finish();
    if (!book) {
        out.errors = builder.errors();
        return out;
    }
    out.read = std::move(book.value());
    if (!opt.links.empty()) {
        auto table = read_links_file(opt.links, opt.figure_files.max_size);
        if (!table.errors.empty()) {
            out.errors = std::move(table.errors);
            return out;
        }
        for (auto& r : table.rules) opt.linking.links.push_back(std::move(r));
    }
    if (std::vector<book_info> books = books_of(out.read, opt.linking); linking_changes_nothing(books, opt.linking)) {
        out.linked.books = std::move(books);
        out.linked.book = std::move(out.read);
        out.read = figure_book{};
        out.read_is_linked = true;
    } else {
        out.linked = link_books(out.read, opt.linking);
    }
    if (!out.linked.ok()) {
        out.errors = out.linked.errors;
        return out;
    }
    if (opt.checks.input.empty())
        for (const auto& f : files) opt.checks.input += (opt.checks.input.empty() ? "" : ", ") + f;
    out.errors = validate(out.linked.book, opt.checks);
    return out;
}

// The latest period of any actual observation in the plan: the date books
// over years are evaluated at, each target at its own deadline.
inline std::optional<period> latest_observation(const plan& p) {
    std::optional<period> latest;
    for (const indicator_info& ind : p.indicators())
        if (const value_series* s = p.series_of(ind.id))
            for (const auto& o : *s)
                if (!latest || *latest < o.period) latest = o.period;
    return latest;
}

}  // namespace plantarget::io
