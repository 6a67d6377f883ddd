// Same seed, same bytes, on any thread count; different seeds, different skin (DESIGN.md section
// 2).

#include "skin/SkinExport.hpp"
#include "skin/SkinGenerator.hpp"

#include "core/AtomicFile.hpp"
#include "core/Parallel.hpp"

#include <gtest/gtest.h>
#include <string>
#include <unistd.h>

#include <cstring>
#include <filesystem>

namespace skinsim {
namespace {

ScarSpec mixedScars() {
    ScarSpec s;
    s.random = {{ScarType::Icepick, 8, std::nullopt, std::nullopt},
                {ScarType::Boxcar, 4, std::nullopt, std::nullopt},
                {ScarType::Rolling, 2, std::nullopt, std::nullopt},
                {ScarType::Chickenpox, 1, std::nullopt, std::nullopt}};
    return s;
}

SkinPatch generateWithThreads(int threads, std::uint64_t seed) {
    setWorkerCount(threads);
    PatchSpec patch;
    patch.widthMm = 24;
    patch.heightMm = 20;
    auto result = generateSkin(patch, PatientSpec{}, mixedScars(), seed);
    setWorkerCount(0);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    return std::move(result.value());
}

template <class T> bool sameBytes(const Field2D<T>& a, const Field2D<T>& b) {
    return a.sameShape(b) && std::memcmp(a.data(), b.data(), a.size() * sizeof(T)) == 0;
}

TEST(SkinDeterminism, SameSeedGivesTheSameBytesOnOneAndTwoThreads) {
    const SkinPatch one = generateWithThreads(1, 77);
    const SkinPatch two = generateWithThreads(2, 77);
    const SkinPatch three = generateWithThreads(3, 77);
    for (const SkinPatch* other : {&two, &three}) {
        EXPECT_TRUE(sameBytes(one.heightUm, other->heightUm));
        EXPECT_TRUE(sameBytes(one.reliefUm, other->reliefUm));
        EXPECT_TRUE(sameBytes(one.dermisUm, other->dermisUm));
        EXPECT_TRUE(sameBytes(one.deficitUm, other->deficitUm));
        EXPECT_TRUE(sameBytes(one.tether, other->tether));
        EXPECT_TRUE(sameBytes(one.fibrosis, other->fibrosis));
        EXPECT_TRUE(sameBytes(one.melanin, other->melanin));
        EXPECT_TRUE(sameBytes(one.blood, other->blood));
        EXPECT_TRUE(sameBytes(one.erythema, other->erythema));
        EXPECT_TRUE(sameBytes(one.scarId, other->scarId));
        EXPECT_EQ(skinPatchJson(one, {}).dump(), skinPatchJson(*other, {}).dump());
    }
}

TEST(SkinDeterminism, ExportedFilesAreByteIdenticalAcrossThreadCounts) {
    const auto base = std::filesystem::temp_directory_path() /
                      ("skinsim-skin-determinism-" + std::to_string(::getpid()));
    std::filesystem::remove_all(base);
    ASSERT_TRUE(writeSkinPatch(generateWithThreads(1, 5), base / "one").ok());
    ASSERT_TRUE(writeSkinPatch(generateWithThreads(2, 5), base / "two").ok());
    for (const char* file : {"height.png", "height.json", "height.exr", "albedo.png", "normal.png",
                             "melanin.png", "erythema.png", "scars.json"}) {
        const auto a = readFile(base / "one" / file);
        const auto b = readFile(base / "two" / file);
        ASSERT_TRUE(a.ok() && b.ok()) << file;
        EXPECT_EQ(*a, *b) << file;
    }
    std::filesystem::remove_all(base);
}

TEST(SkinDeterminism, DifferentSeedsGiveDifferentSkin) {
    const SkinPatch a = generateWithThreads(2, 1);
    const SkinPatch b = generateWithThreads(2, 2);
    EXPECT_FALSE(sameBytes(a.reliefUm, b.reliefUm));
    EXPECT_FALSE(sameBytes(a.heightUm, b.heightUm));
    EXPECT_FALSE(sameBytes(a.melanin, b.melanin));
    EXPECT_NE(a.scars[0].centerMm, b.scars[0].centerMm);
}

TEST(SkinDeterminism, ScarsDoNotDependOnMicrorelief) {
    // Relief and scars draw from separate random streams: switching relief off for measurement
    // leaves the scars exactly as they are in the full patch.
    PatchSpec patch;
    patch.widthMm = 24;
    patch.heightMm = 20;
    GenerateOptions smooth;
    smooth.microrelief = false;
    auto full = generateSkin(patch, PatientSpec{}, mixedScars(), 9);
    auto bare = generateSkin(patch, PatientSpec{}, mixedScars(), 9, smooth);
    ASSERT_TRUE(full.ok() && bare.ok());
    EXPECT_TRUE(sameBytes(full->deficitUm, bare->deficitUm));
    EXPECT_TRUE(sameBytes(full->tether, bare->tether));
    EXPECT_EQ(full->scars.size(), bare->scars.size());
}

} // namespace
} // namespace skinsim
