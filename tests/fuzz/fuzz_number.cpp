// Fuzzes the number parsers. Besides not crashing, the three entry points must
// agree: a text parse_number accepts is a number with no unit for
// split_number_and_unit, and an integer parse_integer accepts is the same
// value for parse_number.
#include <plantarget/io/number.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    using namespace plantarget::io;

    const auto number = parse_number(text);
    if (number.ok()) {
        const parsed_number& n = number.value();
        if (!std::isfinite(n.value) || n.decimals < 0) __builtin_trap();
        if (n.scale_exponent != 0 && n.scale_exponent != 3 && n.scale_exponent != 4 && n.scale_exponent != 7 &&
            n.scale_exponent != 8 && n.scale_exponent != 12)
            __builtin_trap();
        if (n.percent && n.scale_exponent != 0) __builtin_trap();
        const auto split = split_number_and_unit(text);
        if (!split.ok() || split->number.value != n.value || split->number.decimals != n.decimals ||
            split->number.scale_exponent != n.scale_exponent || split->number.percent != n.percent)
            __builtin_trap();
        if (split->unit != (n.percent ? "%" : "")) __builtin_trap();
    } else if (number.error().message.empty()) {
        __builtin_trap();
    }

    const auto split = split_number_and_unit(text);
    if (split.ok() && !std::isfinite(split->number.value)) __builtin_trap();

    const auto integer = parse_integer(text);
    if (integer.ok()) {
        // Every integer parse_integer takes, parse_number takes too; below
        // 2^53 the double is exact, so the two values must be equal.
        if (!number.ok()) __builtin_trap();
        const std::int64_t v = integer.value();
        constexpr std::int64_t exact_limit = std::int64_t{1} << 53;
        if (v > -exact_limit && v < exact_limit && static_cast<double>(v) != number->value) __builtin_trap();
    }
    return 0;
}
