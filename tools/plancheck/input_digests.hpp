// The provenance of a plancheck report (report/provenance.hpp): each input
// file's size and SHA-256, computed here with OpenSSL (Debian's libssl) from
// the bytes the readers parse, so that the library stays free of it.
#pragma once

#include <plantarget/io/file.hpp>
#include <plantarget/report/provenance.hpp>

#include <openssl/evp.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

// The SHA-256 of `bytes` as 64 lowercase hexadecimal digits; empty should
// OpenSSL fail (it does not for SHA-256 short of running out of memory).
// A digest as lowercase hexadecimal digits.
inline std::string hex_of(const unsigned char* digest, unsigned int length) {
    constexpr std::string_view hex = "0123456789abcdef";
    std::string out;
    out.reserve(2 * length);
    for (unsigned int i = 0; i < length; ++i) {
        out += hex[digest[i] >> 4];
        out += hex[digest[i] & 0x0f];
    }
    return out;
}

inline std::string sha256_hex(std::string_view bytes) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1) return {};
    return hex_of(digest.data(), length);
}

// One input as read: its bytes' size and digest.
inline plantarget::report::input_source input_source_of(std::string name, std::string role, std::string_view bytes) {
    return {std::move(name), std::move(role), bytes.size(), sha256_hex(bytes)};
}

// A regular input file, read again (within the same size limit) for its
// digest after the readers accepted it, a mebibyte at a time: a city's file
// is hundreds of megabytes, not to be held twice. Empty name: it could not
// be read, which the readers have reported already.
inline plantarget::report::input_source file_source(const std::string& path, std::string role, std::uintmax_t max_size) {
    if (plantarget::io::regular_file_error(path)) return {};
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (file == nullptr) return {};
    std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (context == nullptr || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1) return {};
    std::vector<unsigned char> chunk(std::size_t{1} << 20);
    std::uintmax_t bytes = 0;
    for (;;) {
        const std::size_t got = std::fread(chunk.data(), 1, chunk.size(), file.get());
        bytes += got;
        if (bytes > max_size) return {};
        if (got > 0 && EVP_DigestUpdate(context.get(), chunk.data(), got) != 1) return {};
        if (got < chunk.size()) break;
    }
    if (std::ferror(file.get()) != 0) return {};
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context.get(), digest.data(), &length) != 1) return {};
    return {path, std::move(role), bytes, hex_of(digest.data(), length)};
}

// The arguments the report was made with, for its provenance: all as given,
// but those that say only where or how the same report is shown (--output
// FILE, --color WHEN), so that the report written to a file, piped or
// coloured on a terminal is the same report.
inline std::vector<std::string> arguments_of_the_report(int argc, char** argv) {
    std::vector<std::string> kept;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--output" || arg == "--color") {
            ++i;  // and its value
            continue;
        }
        if (arg.starts_with("--output=") || arg.starts_with("--color=")) continue;
        kept.emplace_back(arg);
    }
    return kept;
}

}  // namespace plancheck
