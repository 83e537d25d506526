// Numbers for keys in one flat hash table, with the hashes that place them:
// the look-up structure of the tables that index a city's millions of
// figures (discovery, the figures by id), where a node and a string per key
// cost more than the figures themselves.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

namespace plantarget::detail {

// Hashes for numbering: std::hash, mixed so that both halves of the
// 64 bits are usable (the low bits place a key, the high bits tag it).
inline std::uint64_t mixed(std::uint64_t x) {
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}
inline std::uint64_t hash_of(std::string_view s) { return mixed(std::hash<std::string_view>{}(s)); }
inline std::uint64_t combined(std::uint64_t h, std::uint64_t next) { return mixed(h ^ (next + 0x9e3779b97f4a7c15ULL)); }

// Numbers for keys (0, 1, 2, ... in the order first seen), by open
// addressing in one flat array: a slot holds the high half of a key's hash
// and its number + 1 (0: empty). The keys themselves stay where they are:
// each number has a representative (a figure's index, a relation's) by
// which the caller recognises its key, so the table holds no strings and
// allocates only when it doubles; at most half full, a look-up reads about
// one slot, and a key is compared only when its 32-bit tag matches. Two
// keys of one hash are still told apart: the hash only places them.
class numbering {
public:
    explicit numbering(std::size_t expected = 0) {
        std::size_t capacity = 16;
        while (capacity < 2 * expected) capacity *= 2;
        slots_.resize(capacity);
        hashes_.reserve(expected);
        representatives_.reserve(expected);
    }
    // A table for at most `most` keys that never grows, for keys known up
    // front (every figure of a book): it keeps no hash to place keys again
    // and fills its slots up to three quarters, half the memory of a growing
    // table (a city's 2.5 million ids: 42 MiB, not 93). A key beyond `most`
    // throws std::length_error.
    [[nodiscard]] static numbering at_most(std::size_t most) {
        numbering out;
        std::size_t capacity = 16;
        while (capacity / 4 * 3 < most) capacity *= 2;
        out.slots_.assign(capacity, slot{});
        out.representatives_.reserve(most);
        out.most_ = most;
        return out;
    }
    [[nodiscard]] std::uint32_t size() const { return static_cast<std::uint32_t>(representatives_.size()); }
    [[nodiscard]] std::uint32_t representative(std::uint32_t number) const { return representatives_[number]; }

    // The number of the key of `hash` that is_key(representative) recognises, or none.
    template <class IsKey>
    [[nodiscard]] std::optional<std::uint32_t> find(std::uint64_t hash, IsKey&& is_key) const {
        const slot s = slots_[probe(hash, is_key)];
        if (s.number == 0) return std::nullopt;
        return s.number - 1;
    }
    // The key's number; a key not seen before gets the next, `size()`, with `representative`.
    template <class IsKey>
    std::uint32_t number(std::uint64_t hash, std::uint32_t representative, IsKey&& is_key) {
        const std::size_t at = probe(hash, is_key);
        if (slots_[at].number != 0) return slots_[at].number - 1;
        return add_at(at, hash, representative);
    }
    // A key find() did not find, numbered `size()`.
    std::uint32_t add(std::uint64_t hash, std::uint32_t representative) {
        return add_at(probe(hash, [](std::uint32_t) { return false; }), hash, representative);
    }

private:
    struct slot {
        std::uint32_t tag = 0;
        std::uint32_t number = 0;  // the key's number + 1; 0: the slot is empty
    };
    static std::uint32_t tag_of(std::uint64_t hash) { return static_cast<std::uint32_t>(hash >> 32); }
    // The slot holding the key, or the empty one where it would go.
    template <class IsKey>
    [[nodiscard]] std::size_t probe(std::uint64_t hash, const IsKey& is_key) const {
        const std::size_t mask = slots_.size() - 1;
        const std::uint32_t tag = tag_of(hash);
        for (std::size_t at = static_cast<std::size_t>(hash) & mask;; at = (at + 1) & mask) {
            const slot s = slots_[at];
            if (s.number == 0 || (s.tag == tag && is_key(representatives_[s.number - 1]))) return at;
        }
    }
    std::uint32_t add_at(std::size_t at, std::uint64_t hash, std::uint32_t representative) {
        const auto number = size();
        if (most_ != growing) {
            if (number >= most_) throw std::length_error("numbering: more keys than the table was made for");
            slots_[at] = slot{tag_of(hash), number + 1};
            representatives_.push_back(representative);
            return number;
        }
        slots_[at] = slot{tag_of(hash), number + 1};
        hashes_.push_back(hash);
        representatives_.push_back(representative);
        if (2 * hashes_.size() > slots_.size()) grow();
        return number;
    }
    void grow() {
        std::vector<slot> larger(2 * slots_.size());
        const std::size_t mask = larger.size() - 1;
        for (std::uint32_t k = 0; k < size(); ++k) {
            std::size_t at = static_cast<std::size_t>(hashes_[k]) & mask;
            while (larger[at].number != 0) at = (at + 1) & mask;
            larger[at] = slot{tag_of(hashes_[k]), k + 1};
        }
        slots_ = std::move(larger);
    }
    static constexpr std::size_t growing = static_cast<std::size_t>(-1);
    std::vector<slot> slots_;
    std::vector<std::uint64_t> hashes_;  // each number's, to place it again when the table doubles
    std::vector<std::uint32_t> representatives_;
    std::size_t most_ = growing;  // the most keys of a table that never grows (at_most)
};

}  // namespace plantarget::detail
