#pragma once
// Generated patches with known scars for the analysis tests, and how detections are matched to
// them. Patches are small (12.8 mm at 25 µm, 512²) so the tests stay quick under the sanitizers.

#include "analysis/ScarDetection.hpp"
#include "skin/SkinGenerator.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <vector>

namespace skinsim::test {

/// A square patch of `region` with microrelief and pores, by default 12.8 mm (512² at 25 µm).
inline SkinPatch smallPatch(const ScarSpec& scars, std::uint64_t seed,
                            Region region = Region::Cheek, double sideMm = 12.8) {
    PatchSpec patch;
    patch.region = region;
    patch.widthMm = sideMm;
    patch.heightMm = sideMm;
    auto generated = generateSkin(patch, PatientSpec{}, scars, seed);
    EXPECT_TRUE(generated.ok()) << (generated.ok() ? "" : generated.error().message);
    return generated.ok() ? std::move(generated.value()) : SkinPatch{};
}

/// Random scars of several types.
inline ScarSpec mixOf(std::initializer_list<std::pair<ScarType, int>> counts) {
    ScarSpec spec;
    for (const auto& [type, count] : counts) {
        spec.random.push_back({type, count, std::nullopt, std::nullopt});
    }
    return spec;
}

/// How a detection compares with the generator's truth.
struct MatchCount {
    int truth = 0;
    int found = 0;
    int typedRight = 0;
    int falsePositives = 0;
    /// For each found scar: its truth and the detection.
    std::vector<std::pair<Scar, DetectedScar>> pairs;
};

/// A scar is found when a detection's centre lies within its radius + 0.3 mm (one detection per
/// scar, nearest first). Chickenpox scars are typed right as `chickenpoxAs` (boxcar by default:
/// ScarDetection.hpp).
inline MatchCount matchScars(const std::vector<Scar>& truth, const std::vector<DetectedScar>& found,
                             ScarType chickenpoxAs = ScarType::Boxcar) {
    MatchCount m;
    std::vector<bool> used(found.size(), false);
    for (const Scar& s : truth) {
        ++m.truth;
        int best = -1;
        double bestDistance = 0;
        for (std::size_t i = 0; i < found.size(); ++i) {
            const double d = std::hypot(found[i].centerMm[0] - s.centerMm[0],
                                        found[i].centerMm[1] - s.centerMm[1]);
            if (!used[i] && (best < 0 || d < bestDistance)) {
                best = static_cast<int>(i);
                bestDistance = d;
            }
        }
        if (best < 0 || bestDistance > 0.5 * s.diameterMm + 0.3) {
            continue;
        }
        used[std::size_t(best)] = true;
        ++m.found;
        const ScarType expected = s.type == ScarType::Chickenpox ? chickenpoxAs : s.type;
        m.typedRight += found[std::size_t(best)].type == expected ? 1 : 0;
        m.pairs.emplace_back(s, found[std::size_t(best)]);
    }
    for (const bool u : used) {
        m.falsePositives += u ? 0 : 1;
    }
    return m;
}

} // namespace skinsim::test
