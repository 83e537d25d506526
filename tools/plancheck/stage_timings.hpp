// plancheck --timings: each stage's wall-clock and CPU seconds and the
// process's memory after it, on standard error, so that a run at a city's
// scale shows where its time and memory go (benchmarks/city_scale.sh).
// Linux: the memory is VmRSS and VmHWM of /proc/self/status.
#pragma once

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

namespace plancheck {

class stage_timings {
public:
    explicit stage_timings(bool on) : on_(on) {
        if (on_) start_ = last_ = now();
    }

    // Ends the stage begun at the previous call (or at construction): prints
    // "plancheck: timing: STAGE  W s wall  C s cpu  rss R MiB  peak P MiB".
    void done(std::string_view stage) {
        if (!on_) return;
        const sample s = now();
        print(stage, s.wall - last_.wall, s.cpu - last_.cpu);
        last_ = s;
    }
    // The whole run so far, with the peak memory: the last line.
    void total() {
        if (!on_) return;
        const sample s = now();
        print("total", s.wall - start_.wall, s.cpu - start_.cpu);
    }

private:
    struct sample {
        double wall = 0;  // seconds
        double cpu = 0;   // user + system seconds
    };
    static sample now() {
        sample s;
        s.wall = std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
        rusage u{};
        if (getrusage(RUSAGE_SELF, &u) == 0)
            s.cpu = static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
                    static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
        return s;
    }
    // A "VmRSS:   1234 kB" line of /proc/self/status, in MiB; -1 when absent.
    static long status_mib(std::string_view key) {
        std::ifstream status("/proc/self/status");
        std::string line;
        while (std::getline(status, line))
            if (line.starts_with(key)) return std::stol(line.substr(key.size())) / 1024;
        return -1;
    }
    static void print(std::string_view stage, double wall, double cpu) {
        char text[160];
        std::snprintf(text, sizeof text, "plancheck: timing: %-12.*s %7.3f s wall %7.3f s cpu  rss %6ld MiB  peak %6ld MiB",
                      static_cast<int>(stage.size()), stage.data(), wall, cpu, status_mib("VmRSS:"),
                      status_mib("VmHWM:"));
        std::cerr << text << '\n';
    }

    bool on_;
    sample start_{}, last_{};
};

}  // namespace plancheck
