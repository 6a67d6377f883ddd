#pragma once
// Counter-based random numbers: every value is a pure function of (seed, stream, index), so a
// result never depends on how many threads computed it or in which order (DESIGN.md section 2).
//
// The mixing function is a SplitMix64-style finaliser applied to a key built from the three
// counters; it passes the usual avalanche tests and costs a few multiplies per value.

#include <cmath>
#include <cstdint>
#include <numbers>
#include <string_view>

namespace skinsim {

/// 64-bit finaliser with full avalanche (Stafford's "Mix13" constants, as used by SplitMix64).
constexpr std::uint64_t mix64(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/// A stable 64-bit id for a purpose name ("pores", "scar-outline"), so streams are named in code.
constexpr std::uint64_t streamId(std::string_view purpose) {
    std::uint64_t h = 0xcbf29ce484222325ULL; // FNV-1a
    for (char c : purpose) {
        h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    }
    return mix64(h);
}

/// The random numbers of one purpose under one seed: value(i) depends only on (seed, stream, i).
class CounterRng {
  public:
    constexpr CounterRng(std::uint64_t seed, std::uint64_t stream)
        : key_(mix64(seed * 0x9e3779b97f4a7c15ULL + 0x632be59bd9b4e019ULL) ^
               mix64(stream + 0xd1b54a32d192ed03ULL)) {}
    CounterRng(std::uint64_t seed, std::string_view purpose) : CounterRng(seed, streamId(purpose)) {}

    /// A sub-stream, e.g. one per scar or per Monte-Carlo draw.
    constexpr CounterRng child(std::uint64_t id) const {
        CounterRng r = *this;
        r.key_ = mix64(key_ ^ mix64(id + 0x2545f4914f6cdd1dULL));
        return r;
    }

    constexpr std::uint64_t bits(std::uint64_t index) const {
        return mix64(key_ + mix64(index * 0x9e3779b97f4a7c15ULL + 1));
    }

    /// Uniform in [0, 1) with 53 random bits.
    double uniform(std::uint64_t index) const {
        return static_cast<double>(bits(index) >> 11) * 0x1.0p-53;
    }
    double uniform(std::uint64_t index, double lo, double hi) const {
        return lo + (hi - lo) * uniform(index);
    }
    /// Uniform integer in [lo, hi].
    std::int64_t integer(std::uint64_t index, std::int64_t lo, std::int64_t hi) const {
        const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
        return lo + static_cast<std::int64_t>(bits(index) % span);
    }
    /// Standard normal by Box-Muller from the counters 2i and 2i+1.
    double normal(std::uint64_t index) const {
        const double u1 = 1.0 - uniform(2 * index);  // (0, 1]
        const double u2 = uniform(2 * index + 1);
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    double normal(std::uint64_t index, double mean, double sd) const {
        return mean + sd * normal(index);
    }
    /// Lognormal with the given median and log-space standard deviation.
    double lognormal(std::uint64_t index, double median, double sigmaLog) const {
        return median * std::exp(sigmaLog * normal(index));
    }

  private:
    std::uint64_t key_;
};

} // namespace skinsim
