#include "analysis/ScanGrade.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace skinsim {

namespace {

/// Rounds to `decimals` places for the JSON file (0.1 µm, 1e-4 mm and 1e-5 mm³ are below what any
/// skin camera resolves); dividing by the power of ten gives the double nearest the decimal, which
/// the JSON writer prints as written.
double rounded(double v, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

const char* categoryName(ScarSeverity s) {
    switch (s) {
    case ScarSeverity::None:
        return "none";
    case ScarSeverity::Macular:
        return "macular";
    case ScarSeverity::Mild:
        return "mild";
    case ScarSeverity::Moderate:
        return "moderate";
    case ScarSeverity::Severe:
        return "severe";
    }
    return "none";
}

} // namespace

ScarMeasure scarMeasureOf(const DetectedScar& scar) {
    ScarMeasure m;
    m.type = scar.type;
    m.depthUm = scar.depthUm;
    m.diameterMm = scar.diameterMm;
    m.volumeMm3 = scar.volumeMm3;
    m.tetheredFraction = scar.type == ScarType::Rolling ? kRollingTetheredShare : 0.0;
    m.visibleAreaMm2 = scar.visibleAreaMm2;
    m.coloured = false;
    return m;
}

ScanGrade gradeScan(const FieldF& heightUm, const GradeSettings& settings) {
    ScanGrade g;
    g.pixelUm = heightUm.pixelUm();
    g.widthMm = heightUm.widthMm();
    g.heightMm = heightUm.heightMm();
    const SkinSurface surface = analyseSkinSurface(heightUm, settings.surface);
    g.scars = detectScars(surface, settings.detection);
    g.roughness = roughness(surface.formFreeUm);
    std::vector<ScarMeasure> measures;
    for (const DetectedScar& s : g.scars) {
        ++g.countByType[static_cast<std::size_t>(s.type)];
        g.totalScarVolumeMm3 += s.volumeMm3;
        measures.push_back(scarMeasureOf(s));
    }
    g.gbQualitative = qualitativeGrade(measures, g.widthMm * g.heightMm);
    g.gbQuantitative = quantitativeScore(measures);
    return g;
}

Json scanGradeToJson(const ScanGrade& g) {
    Json scars = Json::array();
    for (const DetectedScar& s : g.scars) {
        scars.push_back({{"id", s.id},
                         {"type", std::string(toString(s.type))},
                         {"center_mm", {rounded(s.centerMm[0], 4), rounded(s.centerMm[1], 4)}},
                         {"diameter_mm", rounded(s.diameterMm, 4)},
                         {"depth_mm", rounded(s.depthUm * 1e-3, 4)},
                         {"volume_mm3", rounded(s.volumeMm3, 5)},
                         {"gb_category", categoryName(severity(scarMeasureOf(s)))}});
    }
    Json counts = Json::object();
    for (const ScarType t : kAllScarTypes) {
        counts[std::string(toString(t))] = g.countByType[static_cast<std::size_t>(t)];
    }
    Json j = Json::object();
    j["pixel_um"] = g.pixelUm;
    j["size_mm"] = {rounded(g.widthMm, 4), rounded(g.heightMm, 4)};
    j["scars"] = std::move(scars);
    j["counts"] = std::move(counts);
    j["roughness"] = {{"Ra_um", rounded(g.roughness.raUm, 3)},
                      {"Rq_um", rounded(g.roughness.rqUm, 3)},
                      {"Rsk", rounded(g.roughness.rsk, 4)},
                      {"Rku", rounded(g.roughness.rku, 4)}};
    j["total_scar_volume_mm3"] = rounded(g.totalScarVolumeMm3, 5);
    j["gb_qualitative"] = g.gbQualitative;
    j["gb_quantitative"] = g.gbQuantitative;
    if (const auto warnings = implausibilities(g); !warnings.empty()) {
        j["warnings"] = warnings;
    }
    return j;
}

namespace {
// A face is ~120 mm from nasion to chin and ~140 mm across (Farkas 1994, n-gn and zy-zy); a
// scan of facial skin wider than a head (230 mm chin to crown) is not one, nor is one narrower
// than a 1 mm icepick scar.
constexpr double kMaxPlausibleSideMm = 300.0;
constexpr double kMinPlausibleSideMm = 1.0;
// Normal microrelief lines are 20-200 µm deep (Bibb, Medical Modelling, p. 264): skin's Ra is
// tens of µm, scarred skin's a few hundred at most. Ra over 1 mm, or under 0.1 µm (smoother than
// any skin replica resolves), is not skin.
constexpr double kMaxPlausibleRaUm = 1000.0;
constexpr double kMinPlausibleRaUm = 0.1;
// Atrophic scars lie in the skin (cheek full thickness 1.9-2.5 mm by 50 MHz ultrasound) and at
// most the subcutis under it (0.2-0.6 cm on the face), evidence.md 1d: nothing deeper than 9 mm.
constexpr double kMaxPlausibleScarDepthUm = 9000.0;

std::string formatted(const char* format, double a, double b = 0.0) {
    char text[200];
    std::snprintf(text, sizeof text, format, a, b);
    return text;
}
} // namespace

std::vector<std::string> implausibilities(const ScanGrade& g) {
    std::vector<std::string> warnings;
    const double longest = std::max(g.widthMm, g.heightMm);
    const double shortest = std::min(g.widthMm, g.heightMm);
    if (longest > kMaxPlausibleSideMm || shortest < kMinPlausibleSideMm) {
        warnings.push_back(formatted("the map is %.6g x %.6g mm; facial skin scans are 1-300 mm "
                                     "across (is the pixel size right?)",
                                     g.widthMm, g.heightMm));
    }
    if (g.roughness.raUm > kMaxPlausibleRaUm || g.roughness.raUm < kMinPlausibleRaUm) {
        warnings.push_back(formatted("its roughness Ra is %.4g um; skin's is 0.1-1000 um (is the "
                                     "height scale right?)",
                                     g.roughness.raUm));
    }
    double deepest = 0.0;
    for (const auto& scar : g.scars) {
        deepest = std::max(deepest, scar.depthUm);
    }
    if (deepest > kMaxPlausibleScarDepthUm) {
        warnings.push_back(formatted("its deepest scar is %.4g mm deep; atrophic scars lie within "
                                     "skin and subcutis, at most ~9 mm (is the height scale "
                                     "right?)",
                                     deepest / 1000.0));
    }
    return warnings;
}

} // namespace skinsim
