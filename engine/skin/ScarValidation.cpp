#include "skin/ScarValidation.hpp"

#include "skin/ScarCatalog.hpp"
#include "skin/SkinPatch.hpp"

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

namespace skinsim {

namespace {

constexpr double kSlack = 1e-9; // values typed as the bound itself pass

std::string num(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

std::string range(const Interval& i) {
    return num(i.lo) + ".." + num(i.hi);
}

bool inside(double v, const Interval& i) {
    return v >= i.lo - kSlack && v <= i.hi + kSlack;
}

const std::string kAtypicalHint = "; set \"allow_atypical\": true in \"scars\" to allow it";

/// A size or depth of a scar type: inside the published range, or at least physical when atypical.
Status checkValue(const std::string& path, double v, const Interval& allowed,
                  const std::string& what, const ScarTypeRange& r, bool atypical, double hardMax) {
    if (!std::isfinite(v) || v <= 0) {
        return Error::badInput(path + ": " + num(v) + " must be a positive number of mm");
    }
    if (v > hardMax + kSlack) {
        return Error::badInput(path + ": " + num(v) +
                               " mm is more than any facial scar can have (" + num(hardMax) +
                               " mm)");
    }
    if (!atypical && !inside(v, allowed)) {
        return Error::badInput(path + ": " + num(v) + " is outside the published " + what + " " +
                               range(allowed) + " mm; " + r.source + kAtypicalHint);
    }
    return {};
}

Status checkInterval(const std::string& path, const Interval& v, const Interval& allowed,
                     const std::string& what, const ScarTypeRange& r, bool atypical,
                     double hardMax) {
    if (!(v.lo <= v.hi)) {
        return Error::badInput(path + ": [" + num(v.lo) + ", " + num(v.hi) +
                               "] must be [low, high] with low <= high");
    }
    if (auto s = checkValue(path + "[0]", v.lo, allowed, what, r, atypical, hardMax); !s) {
        return s;
    }
    return checkValue(path + "[1]", v.hi, allowed, what, r, atypical, hardMax);
}

} // namespace

std::optional<std::uint64_t> availableMemoryBytes() {
    std::ifstream meminfo("/proc/meminfo");
    std::string key;
    std::uint64_t kib = 0;
    std::string unit;
    while (meminfo >> key >> kib >> unit) {
        if (key == "MemAvailable:") {
            return kib * 1024;
        }
    }
    return std::nullopt;
}

Status validatePatch(const PatchSpec& patch, std::size_t bytesPerCell) {
    if (!std::isfinite(patch.pixelUm) || patch.pixelUm < 1.0 || patch.pixelUm > 1000.0) {
        return Error::badInput("patch.pixel_um: " + num(patch.pixelUm) + " is outside 1..1000 µm");
    }
    for (const auto& [name, side] : {std::pair{"[0]", patch.widthMm}, {"[1]", patch.heightMm}}) {
        if (!std::isfinite(side) || side <= 0 || side > kMaxPatchSideMm) {
            return Error::badInput(std::string("patch.size_mm") + name + ": " + num(side) +
                                   " is outside 0.." + num(kMaxPatchSideMm) + " mm");
        }
    }
    const int w = patch.widthCells();
    const int h = patch.heightCells();
    if (w < kMinPatchCells || h < kMinPatchCells) {
        return Error::badInput("patch: " + num(patch.widthMm) + " x " + num(patch.heightMm) +
                               " mm at " + num(patch.pixelUm) + " µm is only " + num(w) + " x " +
                               num(h) + " cells; at least " + num(kMinPatchCells) +
                               " per side are needed (larger size_mm or smaller pixel_um)");
    }
    const double cells = static_cast<double>(w) * static_cast<double>(h);
    const double needed = cells * static_cast<double>(bytesPerCell);
    const auto available = availableMemoryBytes();
    const double limit = available ? 0.8 * static_cast<double>(*available) : 64.0 * (1ull << 30);
    const std::string size = num(w) + " x " + num(h) + " cells (" + num(patch.widthMm) + " x " +
                             num(patch.heightMm) + " mm at " + num(patch.pixelUm) + " µm)";
    const std::string advice = "; use a smaller size_mm or a larger pixel_um";
    if (w > kMaxPatchCells || h > kMaxPatchCells) {
        return Error::badInput("patch: " + size + " is more than " + num(kMaxPatchCells) +
                               " cells per side" + advice);
    }
    if (needed > limit) {
        return Error::badInput("patch: " + size + " needs about " +
                               num(std::round(needed / (1 << 20))) + " MiB, more than the " +
                               num(std::round(limit / (1 << 20))) + " MiB this machine can spare" +
                               advice);
    }
    return {};
}

Status validateScars(const PatchSpec& patch, const PatientSpec& patient, const ScarSpec& scars) {
    const bool atypical = scars.allowAtypical;
    long long total = static_cast<long long>(scars.placed.size());
    if (scars.goodmanBaronGrade && (*scars.goodmanBaronGrade < 2 || *scars.goodmanBaronGrade > 4)) {
        return Error::badInput("scars.goodman_baron_grade: " + num(*scars.goodmanBaronGrade) +
                               " is outside 2..4 (grade 1 is macular: colour only, no atrophic "
                               "scars; Goodman & Baron 2006, evidence.md 5)");
    }
    for (std::size_t i = 0; i < scars.random.size(); ++i) {
        const RandomScars& r = scars.random[i];
        const std::string path = "scars.random[" + std::to_string(i) + "]";
        const ScarTypeRange range = scarTypeRange(r.type, patch.region, patient.sex);
        if (r.count < 0 || r.count > kMaxScars) {
            return Error::badInput(path + ".count: " + num(r.count) + " is outside 0.." +
                                   num(kMaxScars));
        }
        total += r.count;
        if (r.diameterMm) {
            if (auto s = checkInterval(path + ".diameter_mm", *r.diameterMm, range.diameterMm,
                                       std::string(toString(r.type)) + " diameter", range, atypical,
                                       0.5 * kMaxPatchSideMm);
                !s) {
                return s;
            }
        }
        if (r.depthMm) {
            if (auto s = checkInterval(path + ".depth_mm", *r.depthMm, range.depthMm,
                                       std::string(toString(r.type)) + " depth", range, atypical,
                                       kMaxAnyDepthMm);
                !s) {
                return s;
            }
        }
    }
    if (total > kMaxScars) {
        return Error::badInput("scars: " + num(static_cast<double>(total)) +
                               " scars asked for; at most " + num(kMaxScars) + " per patch");
    }
    for (std::size_t i = 0; i < scars.placed.size(); ++i) {
        const ExplicitScar& e = scars.placed[i];
        const std::string path = "scars.explicit[" + std::to_string(i) + "]";
        const ScarTypeRange range = scarTypeRange(e.type, patch.region, patient.sex);
        if (auto s = checkValue(path + ".diameter_mm", e.diameterMm, range.diameterMm,
                                std::string(toString(e.type)) + " diameter", range, atypical,
                                0.5 * kMaxPatchSideMm);
            !s) {
            return s;
        }
        if (auto s = checkValue(path + ".depth_mm", e.depthMm, range.depthMm,
                                std::string(toString(e.type)) + " depth", range, atypical,
                                kMaxAnyDepthMm);
            !s) {
            return s;
        }
        const double r = 0.5 * e.diameterMm;
        const double x = e.centerMm[0];
        const double y = e.centerMm[1];
        if (!std::isfinite(x) || !std::isfinite(y) || x - r < -kSlack || y - r < -kSlack ||
            x + r > patch.widthMm + kSlack || y + r > patch.heightMm + kSlack) {
            return Error::badInput(
                path + ".center_mm: a " + num(e.diameterMm) + " mm scar at [" + num(x) + ", " +
                num(y) + "] reaches outside the " + num(patch.widthMm) + " x " +
                num(patch.heightMm) + " mm patch; its centre must lie in [" + num(r) + ", " +
                num(patch.widthMm - r) + "] x [" + num(r) + ", " + num(patch.heightMm - r) + "]");
        }
        if (scars.allowOverlap) {
            continue;
        }
        for (std::size_t j = 0; j < i; ++j) {
            const ExplicitScar& o = scars.placed[j];
            const double distance = std::hypot(x - o.centerMm[0], y - o.centerMm[1]);
            const double minimum = 0.5 * (e.diameterMm + o.diameterMm);
            if (distance < minimum - kSlack) {
                return Error::badInput(path + ": overlaps scars.explicit[" + std::to_string(j) +
                                       "]: centres " + num(distance) + " mm apart, at least " +
                                       num(minimum) +
                                       " mm needed; move one or set \"allow_overlap\": true");
            }
        }
    }
    return {};
}

Status validateSkinRequest(const PatchSpec& patch, const PatientSpec& patient,
                           const ScarSpec& scars) {
    if (auto s = validatePatch(patch, kPeakBytesPerCell); !s) {
        return s;
    }
    if (patient.fitzpatrick < 1 || patient.fitzpatrick > 6) {
        return Error::badInput("patient.fitzpatrick: " + num(patient.fitzpatrick) +
                               " is outside 1..6 (Fitzpatrick skin types I-VI)");
    }
    return validateScars(patch, patient, scars);
}

} // namespace skinsim
