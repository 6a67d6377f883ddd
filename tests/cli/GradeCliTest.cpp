// skinsim grade end to end: the presets generated and graded against their own scars.json, every
// input format, the scenario it writes, bad input (exit 2, the file named, nothing written) and
// determinism across thread counts.

#include "../unit/core/TempDir.hpp"
#include "RunSkinsim.hpp"
#include "core/HeightMapIo.hpp"
#include "core/ImageIo.hpp"
#include "core/Json.hpp"

#include <cmath>
#include <fstream>
#include <gtest/gtest.h>
#include <limits>
#include <sstream>

using skinsim::Json;
using skinsim::test::runSkinsim;
using skinsim::test::TempDir;

namespace {

Json readJson(const std::filesystem::path& p) {
    std::ifstream in(p);
    return Json::parse(in);
}

std::string readAll(const std::filesystem::path& p) {
    std::ifstream in(p);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

struct Agreement {
    int truth = 0, found = 0, typedRight = 0, falsePositives = 0;
};

/// Matches graded scars to scars.json: a scar is found when a graded centre lies within its radius
/// + 0.3 mm; chickenpox scars are typed right as boxcar (the grade's documented choice).
Agreement compare(const Json& truth, const Json& graded) {
    Agreement a;
    std::vector<bool> used(graded.size(), false);
    for (const Json& t : truth) {
        ++a.truth;
        const double tx = t["center_mm"][0], ty = t["center_mm"][1];
        int best = -1;
        double bestDistance = 0;
        for (std::size_t i = 0; i < graded.size(); ++i) {
            const double d = std::hypot(graded[i]["center_mm"][0].get<double>() - tx,
                                        graded[i]["center_mm"][1].get<double>() - ty);
            if (!used[i] && (best < 0 || d < bestDistance)) {
                best = static_cast<int>(i);
                bestDistance = d;
            }
        }
        if (best < 0 || bestDistance > 0.5 * t["diameter_mm"].get<double>() + 0.3) {
            continue;
        }
        used[std::size_t(best)] = true;
        ++a.found;
        const std::string type =
            t["type"] == "chickenpox" ? "boxcar" : t["type"].get<std::string>();
        a.typedRight += graded[std::size_t(best)]["type"] == type ? 1 : 0;
    }
    for (const bool u : used) {
        a.falsePositives += u ? 0 : 1;
    }
    return a;
}

/// A small height map (12 x 12 mm at 25 µm) with one boxcar scar, as height.png + height.json
/// + height.exr in `dir`.
void writeSmallPatch(const TempDir& dir, const std::string& name) {
    const auto scenario = dir / (name + ".json");
    std::ofstream(scenario) << R"({"name": "one boxcar", "seed": 3, "patch": {"size_mm": [12, 12]},
        "scars": {"explicit": [{"type": "boxcar", "center_mm": [6, 6], "diameter_mm": 2.5,
                                "depth_mm": 0.3}]}})";
    const auto r =
        runSkinsim("generate --scenario " + scenario.string() + " --out " + (dir / name).string());
    ASSERT_EQ(r.exitCode, 0) << r.output;
}

} // namespace

TEST(CliGrade, FindsAndTypesTheScarsOfEveryPresetAsItsScarsJsonSays) {
    TempDir dir;
    // The presets are named by their Goodman-Baron grade; chickenpox has no grade in its name.
    const std::pair<const char*, int> presets[] = {
        {"mild", 2}, {"moderate", 3}, {"severe", 4}, {"chickenpox", -1}};
    for (const auto& [preset, grade] : presets) {
        SCOPED_TRACE(preset);
        const auto out = dir / preset;
        ASSERT_EQ(
            runSkinsim(std::string("generate --scenario ") + preset + " --out " + out.string())
                .exitCode,
            0);
        const auto r = runSkinsim("grade --height " + (out / "height.png").string() + " --out " +
                                  (out / "grade.json").string());
        ASSERT_EQ(r.exitCode, 0) << r.output;
        const Json graded = readJson(out / "grade.json");
        const Agreement a = compare(readJson(out / "scars.json")["scars"], graded["scars"]);
        EXPECT_GE(a.found, 0.9 * a.truth) << a.found << " of " << a.truth;
        EXPECT_GE(a.typedRight, 0.8 * a.found) << a.typedRight << " of " << a.found;
        EXPECT_LE(a.falsePositives, 1);
        if (grade > 0) {
            EXPECT_EQ(graded["gb_qualitative"].get<int>(), grade);
        }
    }
}

TEST(CliGrade, WritesTheDesignSchemaAndExrGradesLikePng) {
    TempDir dir;
    writeSmallPatch(dir, "p");
    ASSERT_EQ(runSkinsim("grade --height " + (dir / "p/height.png").string() + " --out " +
                         (dir / "png.json").string())
                  .exitCode,
              0);
    const auto r = runSkinsim("grade --height " + (dir / "p/height.exr").string() +
                              " --pixel-um 25 --out " + (dir / "exr.json").string());
    ASSERT_EQ(r.exitCode, 0) << r.output;
    const Json png = readJson(dir / "png.json");
    const Json exr = readJson(dir / "exr.json");
    for (const char* key : {"scars", "counts", "roughness", "gb_qualitative", "gb_quantitative",
                            "total_scar_volume_mm3"}) {
        EXPECT_TRUE(png.contains(key)) << key;
    }
    ASSERT_EQ(png["scars"].size(), 1u);
    const Json& scar = png["scars"][0];
    EXPECT_EQ(scar["type"], "boxcar");
    EXPECT_NEAR(scar["center_mm"][0].get<double>(), 6.0, 0.1);
    EXPECT_NEAR(scar["diameter_mm"].get<double>(), 2.5, 0.1);
    EXPECT_NEAR(scar["depth_mm"].get<double>(), 0.3, 0.015);
    EXPECT_EQ(png["counts"]["boxcar"], 1);
    for (const char* key : {"Ra_um", "Rq_um", "Rsk", "Rku"}) {
        EXPECT_TRUE(png["roughness"].contains(key)) << key;
    }
    // The PNG holds the heights to 1/65535 of their range; the EXR exactly.
    ASSERT_EQ(exr["scars"].size(), 1u);
    EXPECT_NEAR(exr["scars"][0]["depth_mm"].get<double>(), scar["depth_mm"].get<double>(), 1e-3);
    EXPECT_EQ(exr["gb_quantitative"], png["gb_quantitative"]);
}

TEST(CliGrade, ScenarioOutLoadsAndRegeneratesTheScarsFound) {
    TempDir dir;
    writeSmallPatch(dir, "p");
    const auto scenario = dir / "graded-scenario.json";
    auto r = runSkinsim("grade --height " + (dir / "p/height.png").string() + " --out " +
                        (dir / "g.json").string() + " --scenario-out " + scenario.string());
    ASSERT_EQ(r.exitCode, 0) << r.output;
    r = runSkinsim("validate --scenario " + scenario.string());
    EXPECT_EQ(r.exitCode, 0) << r.output;
    const Json s = readJson(scenario);
    EXPECT_EQ(s["patch"]["size_mm"][0], 12);
    ASSERT_EQ(s["scars"]["explicit"].size(), 1u);
    EXPECT_EQ(s["scars"]["explicit"][0]["type"], "boxcar");
    r = runSkinsim("generate --scenario " + scenario.string() + " --out " +
                   (dir / "again").string());
    ASSERT_EQ(r.exitCode, 0) << r.output;
    r = runSkinsim("grade --height " + (dir / "again/height.png").string() + " --out " +
                   (dir / "again.json").string());
    ASSERT_EQ(r.exitCode, 0) << r.output;
    const Json again = readJson(dir / "again.json");
    ASSERT_EQ(again["scars"].size(), 1u);
    EXPECT_EQ(again["scars"][0]["type"], "boxcar");
    EXPECT_NEAR(again["scars"][0]["depth_mm"].get<double>(), 0.3, 0.02);
}

TEST(CliGrade, AMeshIsSampledToAHeightMapAndGraded) {
    // A 6 x 6 mm scan as OBJ (mm, z up) with a 2.5 mm wide, 0.3 mm deep pit with steep walls.
    TempDir dir;
    const auto obj = dir / "scan.obj";
    {
        std::ofstream out(obj);
        constexpr int n = 121;
        for (int j = 0; j < n; ++j) {
            for (int i = 0; i < n; ++i) {
                const double x = i * 0.05, y = j * 0.05;
                const double r = std::hypot(x - 3.0, y - 3.0);
                const double z = -0.3 * std::clamp((1.35 - r) / 0.1, 0.0, 1.0);
                out << "v " << x << ' ' << y << ' ' << z << '\n';
            }
        }
        for (int j = 0; j + 1 < n; ++j) {
            for (int i = 0; i + 1 < n; ++i) {
                const int a = j * n + i + 1; // OBJ counts from 1
                out << "f " << a << ' ' << a + 1 << ' ' << a + n << '\n'
                    << "f " << a + 1 << ' ' << a + n + 1 << ' ' << a + n << '\n';
            }
        }
    }
    const auto r = runSkinsim("grade --height " + obj.string() + " --pixel-um 25 --out " +
                              (dir / "g.json").string());
    ASSERT_EQ(r.exitCode, 0) << r.output;
    const Json g = readJson(dir / "g.json");
    EXPECT_DOUBLE_EQ(g["pixel_um"].get<double>(), 25.0);
    ASSERT_EQ(g["scars"].size(), 1u);
    EXPECT_EQ(g["scars"][0]["type"], "boxcar");
    EXPECT_NEAR(g["scars"][0]["depth_mm"].get<double>(), 0.3, 0.01);
    EXPECT_NEAR(g["scars"][0]["diameter_mm"].get<double>(), 2.6, 0.1);
}

TEST(CliGrade, SameGradeOnOneAndTwoThreads) {
    TempDir dir;
    writeSmallPatch(dir, "p");
    for (const char* threads : {"1", "2"}) {
        ASSERT_EQ(runSkinsim(std::string("grade --threads ") + threads + " --height " +
                             (dir / "p/height.png").string() + " --out " +
                             (dir / (std::string(threads) + ".json")).string())
                      .exitCode,
                  0);
    }
    EXPECT_EQ(readAll(dir / "1.json"), readAll(dir / "2.json"));
}

namespace {

/// Runs grade on `input` expecting exit 2, a message containing `says`, and no output file.
void expectBadInput(const TempDir& dir, const std::string& input, const std::string& extra,
                    const std::string& says) {
    const auto out = dir / "out" / "grade.json";
    const auto scenario = dir / "out" / "scenario.json";
    const auto r = runSkinsim("grade --height " + input + " --out " + out.string() +
                              " --scenario-out " + scenario.string() + " " + extra);
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_NE(r.output.find(input), std::string::npos) << "names the file: " << r.output;
    EXPECT_NE(r.output.find(says), std::string::npos) << r.output;
    EXPECT_FALSE(std::filesystem::exists(dir / "out")) << "nothing written";
}

} // namespace

TEST(CliGrade, HeightPngWithoutItsSidecarIsBadInput) {
    TempDir dir;
    writeSmallPatch(dir, "p");
    std::filesystem::remove(dir / "p/height.json");
    expectBadInput(dir, (dir / "p/height.png").string(), "", "sidecar");
}

TEST(CliGrade, EightBitPngIsBadInput) {
    TempDir dir;
    skinsim::Image8 grey(32, 32, 1);
    ASSERT_TRUE(skinsim::writePng(dir / "height.png", grey).ok());
    std::ofstream(dir / "height.json") << R"({"pixel_um": 25, "height_scale_um": 1,
        "height_offset_um": 0, "width": 32, "height": 32})";
    expectBadInput(dir, (dir / "height.png").string(), "", "16-bit");
}

TEST(CliGrade, NanInAnExrIsBadInput) {
    TempDir dir;
    skinsim::FieldF h(32, 32, 25.0);
    h(5, 7) = std::numeric_limits<float>::quiet_NaN();
    ASSERT_TRUE(skinsim::writeHeightExr(dir / "height.exr", h).ok());
    expectBadInput(dir, (dir / "height.exr").string(), "--pixel-um 25", "NaN");
}

TEST(CliGrade, ExrWithoutItsPixelSizeIsBadInput) {
    TempDir dir;
    ASSERT_TRUE(skinsim::writeHeightExr(dir / "height.exr", skinsim::FieldF(32, 32, 25.0)).ok());
    expectBadInput(dir, (dir / "height.exr").string(), "", "--pixel-um");
}

TEST(CliGrade, MeshWithNoFacesIsBadInput) {
    TempDir dir;
    std::ofstream(dir / "points.obj") << "v 0 0 0\nv 1 0 0\nv 0 1 0\nv 1 1 0.1\n";
    expectBadInput(dir, (dir / "points.obj").string(), "", "no faces");
}

TEST(CliGrade, MapTooSmallToHoldAScarIsBadInput) {
    TempDir dir;
    ASSERT_TRUE(skinsim::writeHeightExr(dir / "tiny.exr", skinsim::FieldF(8, 40, 25.0)).ok());
    expectBadInput(dir, (dir / "tiny.exr").string(), "--pixel-um 25", "at least 16");
}
