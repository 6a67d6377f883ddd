#pragma once
// Patches the skin tests share: generated once per process (they take a fraction of a second
// each) and measured by several tests.

#include "ScarMeasure.hpp"
#include "skin/SkinGenerator.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <tuple>
#include <vector>

namespace skinsim::test {

/// A 30 x 30 mm cheek patch at 25 µm with `count` random scars of one type.
inline ScarSpec scarsOfType(ScarType type, int count) {
    ScarSpec s;
    s.random.push_back({type, count, std::nullopt, std::nullopt});
    return s;
}

/// A patch generated from the arguments (cached); fails the test if generation fails.
inline const SkinPatch& patchOf(ScarType type, int count, std::uint64_t seed, bool microrelief) {
    static std::map<std::tuple<ScarType, int, std::uint64_t, bool>, SkinPatch> cache;
    const auto key = std::make_tuple(type, count, seed, microrelief);
    auto it = cache.find(key);
    if (it == cache.end()) {
        GenerateOptions options;
        options.microrelief = microrelief;
        auto patch =
            generateSkin(PatchSpec{}, PatientSpec{}, scarsOfType(type, count), seed, options);
        EXPECT_TRUE(patch.ok()) << (patch.ok() ? "" : patch.error().message);
        it = cache.emplace(key, patch.ok() ? std::move(patch.value()) : SkinPatch{}).first;
    }
    return it->second;
}

/// Measures a scar of a patch on its height map; the generator tells only where to look.
inline ScarMeasurement measure(const SkinPatch& patch, const Scar& scar) {
    return measureScar(patch.heightUm, scar.centerMm, 0.7 * scar.diameterMm);
}

/// The measurements of every scar of patchOf(type, count, seed, false), in scar order (cached).
inline const std::vector<ScarMeasurement>& measurementsOf(ScarType type, int count,
                                                          std::uint64_t seed) {
    static std::map<std::tuple<ScarType, int, std::uint64_t>, std::vector<ScarMeasurement>> cache;
    const auto key = std::make_tuple(type, count, seed);
    auto it = cache.find(key);
    if (it == cache.end()) {
        const SkinPatch& patch = patchOf(type, count, seed, false);
        std::vector<ScarMeasurement> all;
        for (const Scar& scar : patch.scars) {
            all.push_back(measure(patch, scar));
        }
        it = cache.emplace(key, std::move(all)).first;
    }
    return it->second;
}

} // namespace skinsim::test
