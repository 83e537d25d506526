// Reading and writing whole files safely. Input is read only from regular
// files (a link to one is followed) or, explicitly, from standard input: a
// directory, FIFO, device or socket is refused by name before it is opened,
// so that no read blocks on a pipe or runs on without end from /dev/zero.
// Every read has a size limit. Messages carry the system's reason.
// POSIX (stat, open, read): the library's I/O layer targets Debian.
#pragma once

#include <plantarget/error.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

namespace plantarget::io {

// 1 GiB: far above any report's figures, far below what exhausts a machine.
inline constexpr std::uintmax_t default_max_input_size = std::uintmax_t{1} << 30;

// The name that means standard input on a command line.
inline constexpr std::string_view standard_input_name = "-";

// The system's reason for errno value `code` ("No such file or directory").
inline std::string system_reason(int code) { return std::system_category().message(code); }

namespace file_detail {

// What a file that is not regular is, for the error message.
inline std::string kind_of(mode_t mode) {
    if (S_ISDIR(mode)) return "a directory";
    if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a regular file";
}

inline parse_error file_error(const std::string& name, std::string message) {
    return parse_error{std::move(message), {}, source_location{name, 0, 0}};
}

inline std::string over_limit_message(std::uintmax_t limit) {
    std::string m = "file is larger than the input size limit of " + byte_size_text(limit);
    if (limit >= 1024) m += " (" + std::to_string(limit) + " bytes)";
    return m;
}

// Reads `fd` to its end, or to one byte past `limit`.
inline parsed<std::string> read_all(int fd, const std::string& name, std::uintmax_t limit) {
    std::string text;
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0) {
            if (errno == EINTR) continue;
            return file_error(name, "cannot read file: " + system_reason(errno));
        }
        if (got == 0) return text;
        if (text.size() + static_cast<std::uintmax_t>(got) > limit) return file_error(name, over_limit_message(limit));
        text.append(buffer, static_cast<std::size_t>(got));
    }
}

}  // namespace file_detail

// Why `path` cannot be read as an input file, without opening it: it does
// not exist ("cannot open file: No such file or directory"), or it (or what
// a link names) is a directory, FIFO or device. Empty for a regular file.
inline std::optional<parse_error> regular_file_error(const std::filesystem::path& path) {
    const std::string name = path.string();
    struct stat info {};
    // stat follows links: a link to /dev/zero is the device it names.
    if (::stat(name.c_str(), &info) != 0) return file_detail::file_error(name, "cannot open file: " + system_reason(errno));
    if (S_ISREG(info.st_mode)) return std::nullopt;
    std::string message = "cannot read " + file_detail::kind_of(info.st_mode) + ", only a regular file";
    if (S_ISFIFO(info.st_mode) || S_ISCHR(info.st_mode) || S_ISSOCK(info.st_mode))
        message += " (to read standard input, give '-')";
    return file_detail::file_error(name, std::move(message));
}

// A whole regular file as bytes (CRLF and a BOM reach the parser as
// written), at most `max_size` bytes. Anything else is an error naming the
// file (regular_file_error), or "file is larger than the input size limit".
inline parsed<std::string> read_text_file(const std::filesystem::path& path,
                                          std::uintmax_t max_size = default_max_input_size) {
    const std::string name = path.string();
    if (auto refused = regular_file_error(path)) return *std::move(refused);
    struct stat info {};
    if (::stat(name.c_str(), &info) == 0 && static_cast<std::uintmax_t>(info.st_size) > max_size)
        return file_detail::file_error(name, file_detail::over_limit_message(max_size));
    // O_NONBLOCK: should the path be swapped for a FIFO after stat, the open
    // does not wait for a writer; fstat then refuses it.
    const int fd = ::open(name.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return file_detail::file_error(name, "cannot open file: " + system_reason(errno));
    struct stat opened {};
    if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode)) {
        ::close(fd);
        return file_detail::file_error(name, "cannot read " + file_detail::kind_of(opened.st_mode) +
                                                 ", only a regular file");
    }
    auto text = file_detail::read_all(fd, name, max_size);
    ::close(fd);
    return text;
}

// All of standard input as bytes, at most `max_size`; errors name it `name`.
inline parsed<std::string> read_standard_input(std::uintmax_t max_size = default_max_input_size,
                                               const std::string& name = "<stdin>") {
    return file_detail::read_all(STDIN_FILENO, name, max_size);
}

// Writes `text` to `path`, replacing it. Empty on success, else the message
// with the system's reason: "cannot write 'x.html': No such file or directory".
inline std::string write_text_file(const std::filesystem::path& path, std::string_view text) {
    const std::string name = path.string();
    std::FILE* out = std::fopen(name.c_str(), "wb");
    if (out == nullptr) return "cannot write '" + name + "': " + system_reason(errno);
    const std::size_t written = std::fwrite(text.data(), 1, text.size(), out);
    const int write_errno = errno;
    const bool closed = std::fclose(out) == 0;
    if (written != text.size()) return "cannot write '" + name + "': " + system_reason(write_errno);
    if (!closed) return "cannot write '" + name + "': " + system_reason(errno);
    return {};
}

}  // namespace plantarget::io
