// operator<< for every value type of the library, on the text of text.hpp
// (the one implementation fmt's formatters also use). Chinese labels unless
// the stream is told otherwise; the number of decimals follows std::fixed and
// std::setprecision, the shortest form otherwise:
//
//     std::cout << 262.745 * yi_yuan;                                   // 262.745 亿元
//     std::cout << std::fixed << std::setprecision(1) << plan;          // 262.7 亿元
//     std::cout << plantarget::english << verdict::exceeded;            // exceeded
//     std::cout << plantarget::tokens << verdict::exceeded;             // exceeded (the token)
//
// The core only (Boost.Units, no fmt); see docs/formatting.md.
#pragma once

#include <plantarget/assessment_units.hpp>
#include <plantarget/text.hpp>

#include <boost/units/quantity.hpp>

#include <ios>
#include <ostream>

namespace plantarget {

namespace detail {
// The stream's slot for its label form (zero, the default, is Chinese).
inline int label_form_slot() {
    static const int slot = std::ios_base::xalloc();
    return slot;
}
inline text_style style_of(std::ios_base& os) {
    text_style s;
    s.form = static_cast<label_form>(os.iword(label_form_slot()));
    if ((os.flags() & std::ios_base::floatfield) == std::ios_base::fixed)
        s.decimals = static_cast<int>(os.precision());
    return s;
}
template <class T>
std::ostream& put(std::ostream& os, const T& v) {
    return os << text_of(v, style_of(os));
}
}  // namespace detail

// Manipulators: the labels that follow are in English, Chinese, or tokens.
inline std::ostream& english(std::ostream& os) {
    os.iword(detail::label_form_slot()) = static_cast<long>(label_form::english);
    return os;
}
inline std::ostream& chinese(std::ostream& os) {
    os.iword(detail::label_form_slot()) = static_cast<long>(label_form::chinese);
    return os;
}
inline std::ostream& tokens(std::ostream& os) {
    os.iword(detail::label_form_slot()) = static_cast<long>(label_form::token);
    return os;
}

inline std::ostream& operator<<(std::ostream& os, percent v) { return detail::put(os, v); }
inline std::ostream& operator<<(std::ostream& os, percentage_points v) { return detail::put(os, v); }
inline std::ostream& operator<<(std::ostream& os, growth_rate v) { return detail::put(os, v); }
inline std::ostream& operator<<(std::ostream& os, rank v) { return detail::put(os, v); }
inline std::ostream& operator<<(std::ostream& os, const period& v) { return detail::put(os, v); }
inline std::ostream& operator<<(std::ostream& os, const amount& v) { return detail::put(os, v); }
inline std::ostream& operator<<(std::ostream& os, const assessment& v) { return detail::put(os, v); }
template <has_vocabulary E>
std::ostream& operator<<(std::ostream& os, E v) {
    return detail::put(os, v);
}

}  // namespace plantarget

namespace plantarget::units {
// unit_kind lives here; argument-dependent lookup looks here for it.
inline std::ostream& operator<<(std::ostream& os, unit_kind v) { return plantarget::detail::put(os, v); }
}  // namespace plantarget::units

// Beside Boost.Units' own operators, where argument-dependent lookup finds
// it; more specialised than Boost's (boost/units/io.hpp), so it wins when
// both are seen.
namespace boost::units {
template <plantarget::units::boost_plan_unit U>
std::ostream& operator<<(std::ostream& os, const quantity<U, double>& q) {
    return plantarget::detail::put(os, q);
}
}  // namespace boost::units
