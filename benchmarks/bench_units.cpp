// What the types cost at run time: each formula and target check written once
// with plantarget's typed values (Boost.Units quantities in 亿元, percent,
// growth_rate, result<T>) and once by hand on raw doubles with the same
// undefined cases, over the same 4096 rows (in cache, so the loop body and not
// memory is measured). typed/X and raw/X run in one binary; the reporter
// prints each typed/raw ratio against the budget of 1.05.
#include "budget_reporter.hpp"

#include <plantarget/growth.hpp>
#include <plantarget/units/rate.hpp>
#include <plantarget/units/traits.hpp>
#include <plantarget/units/units.hpp>

#include <benchmark/benchmark.h>

#include <boost/units/quantity.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace {

using namespace plantarget;
namespace pu = plantarget::units;
using money = pu::quantity<pu::yi_yuan_unit>;      // 亿元
using money_wan = pu::quantity<pu::wan_yuan_unit>;  // 万元

constexpr std::size_t rows = 4096;

struct unit_rows {
    std::vector<double> now, prior, plan, rate_now, rate_before;
    std::vector<money> now_q, prior_q, plan_q;
    std::vector<percent> rate_now_p, rate_before_p;

    unit_rows() {
        std::uint64_t s = 12345;
        const auto unit = [&s] {  // a 64-bit LCG (Knuth's MMIX constants), top 53 bits
            s = s * 6364136223846793005ULL + 1442695040888963407ULL;
            return static_cast<double>(s >> 11) * 0x1.0p-53;
        };
        for (std::size_t i = 0; i < rows; ++i) {
            const double before = i % 97 == 0 ? 0.0 : 10.0 + 990.0 * unit();  // some zero bases
            const double after = before * (0.8 + 0.6 * unit()) * (i % 89 == 0 ? -1.0 : 1.0);
            const double planned = i % 83 == 0 ? 0.0 : 10.0 + 990.0 * unit();
            now.push_back(after);
            prior.push_back(before);
            plan.push_back(planned);
            rate_now.push_back(100.0 * unit());
            rate_before.push_back(100.0 * unit());
            now_q.push_back(money::from_value(after));
            prior_q.push_back(money::from_value(before));
            plan_q.push_back(money::from_value(planned));
            rate_now_p.push_back(percent(rate_now.back()));
            rate_before_p.push_back(percent(rate_before.back()));
        }
    }
};

const unit_rows& data() {
    static const unit_rows d;
    return d;
}

struct tally {
    double sum = 0.0;
    std::int64_t count = 0;
    bool operator==(const tally&) const = default;
};

// ---- the kernels, typed and raw -----------------------------------------------------

tally typed_growth(const unit_rows& d) {
    tally t;
    for (std::size_t i = 0; i < rows; ++i) {
        const result<growth_rate> g = growth(d.now_q[i], d.prior_q[i]);
        if (g) t.sum += g->in_percent();
        else ++t.count;
    }
    return t;
}
tally raw_growth(const unit_rows& d) {
    tally t;
    for (std::size_t i = 0; i < rows; ++i) {
        const double c = d.now[i], b = d.prior[i];
        if (std::isfinite(c) && std::isfinite(b) && b != 0.0 && !((c < 0.0 && b > 0.0) || (c > 0.0 && b < 0.0))) {
            const double f = c / b - 1.0;
            if (std::isfinite(f * 100.0)) t.sum += f * 100.0;  // the percent must fit, as growth_of says
            else ++t.count;
        } else {
            ++t.count;
        }
    }
    return t;
}

// 同比增长6%以上: count the rows whose growth meets it.
tally typed_growth_target(const unit_rows& d) {
    tally t;
    const growth_rate target = growth_rate::from_percent(6.0);
    for (std::size_t i = 0; i < rows; ++i) {
        const result<growth_rate> g = growth(d.now_q[i], d.prior_q[i]);
        if (g && *g >= target) ++t.count;
    }
    return t;
}
tally raw_growth_target(const unit_rows& d) {
    tally t;
    const double target = 6.0 / 100.0;
    for (std::size_t i = 0; i < rows; ++i) {
        const double c = d.now[i], b = d.prior[i];
        if (std::isfinite(c) && std::isfinite(b) && b != 0.0 && !((c < 0.0 && b > 0.0) || (c > 0.0 && b < 0.0))) {
            const double f = c / b - 1.0;
            if (std::isfinite(f * 100.0) && f >= target) ++t.count;
        }
    }
    return t;
}

// A level target (>= 500 亿元): rows meeting it, and the sum of the margins.
tally typed_level_target(const unit_rows& d) {
    tally t;
    const money target = 500.0 * pu::yi_yuan;
    for (std::size_t i = 0; i < rows; ++i) {
        if (d.now_q[i] >= target) ++t.count;
        t.sum += (d.now_q[i] - target).value();
    }
    return t;
}
tally raw_level_target(const unit_rows& d) {
    tally t;
    const double target = 500.0;
    for (std::size_t i = 0; i < rows; ++i) {
        if (d.now[i] >= target) ++t.count;
        t.sum += d.now[i] - target;
    }
    return t;
}

// The same target written in 万元 (5,000,000 万元): the typed check converts each actual.
tally typed_scaled_target(const unit_rows& d) {
    tally t;
    const money_wan target = 5'000'000.0 * pu::wan_yuan;
    for (std::size_t i = 0; i < rows; ++i) {
        const money_wan actual(d.now_q[i]);
        if (actual >= target) ++t.count;
        t.sum += actual.value();
    }
    return t;
}
tally raw_scaled_target(const unit_rows& d) {
    tally t;
    const double target = 5'000'000.0;
    for (std::size_t i = 0; i < rows; ++i) {
        const double actual = d.now[i] * 1e4;
        if (actual >= target) ++t.count;
        t.sum += actual;
    }
    return t;
}

// 完成率: actual / plan in percent, with a zero plan undefined.
tally typed_completion(const unit_rows& d) {
    tally t;
    for (std::size_t i = 0; i < rows; ++i) {
        const result<percent> r = completion_rate(d.now_q[i], d.plan_q[i]);
        if (r) t.sum += r->value();
        else ++t.count;
    }
    return t;
}
tally raw_completion(const unit_rows& d) {
    tally t;
    for (std::size_t i = 0; i < rows; ++i) {
        const double a = d.now[i], p = d.plan[i];
        if (std::isfinite(a) && std::isfinite(p) && p != 0.0 && std::isfinite(a / p)) t.sum += a / p * 100.0;
        else ++t.count;
    }
    return t;
}

// The change of a rate in percentage points.
tally typed_point_change(const unit_rows& d) {
    tally t;
    for (std::size_t i = 0; i < rows; ++i) t.sum += point_change(d.rate_now_p[i], d.rate_before_p[i]).value();
    return t;
}
tally raw_point_change(const unit_rows& d) {
    tally t;
    for (std::size_t i = 0; i < rows; ++i) t.sum += d.rate_now[i] - d.rate_before[i];
    return t;
}

// ---- benchmarks -------------------------------------------------------------------------

template <tally (*Kernel)(const unit_rows&), tally (*Other)(const unit_rows&)>
void run_kernel(benchmark::State& st) {
    const unit_rows& d = data();
    // Typed and raw must compute the same thing for the ratio to mean anything.
    const tally mine = Kernel(d), theirs = Other(d);
    if (mine.count != theirs.count || std::abs(mine.sum - theirs.sum) > 1e-9 * std::abs(theirs.sum)) {
        st.SkipWithError("typed and raw kernels disagree");
        return;
    }
    for (auto _ : st) {
        tally t = Kernel(d);
        benchmark::DoNotOptimize(t);
    }
    st.counters["rows/s"] = benchmark::Counter(static_cast<double>(rows), benchmark::Counter::kIsIterationInvariantRate);
}

#define PLANTARGET_PAIR(name)                                                        \
    BENCHMARK_TEMPLATE(run_kernel, typed_##name, raw_##name)->Name("typed/" #name); \
    BENCHMARK_TEMPLATE(run_kernel, raw_##name, typed_##name)->Name("raw/" #name)

PLANTARGET_PAIR(growth);
PLANTARGET_PAIR(growth_target);
PLANTARGET_PAIR(level_target);
PLANTARGET_PAIR(scaled_target);
PLANTARGET_PAIR(completion);
PLANTARGET_PAIR(point_change);

}  // namespace

int main(int argc, char** argv) {
    plantarget_bench::budget_reporter reporter(plantarget_bench::clock_used::cpu,
                                               {{"typed / raw doubles", "typed/", "raw/", 1.05}}, {}, {});
    return plantarget_bench::run_with_budgets(argc, argv, reporter);
}
