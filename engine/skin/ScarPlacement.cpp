#include "skin/ScarPlacement.hpp"

#include "skin/GoodmanBaronPresets.hpp"
#include "skin/Pigment.hpp"
#include "skin/ScarCatalog.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <sstream>
#include <string>

namespace skinsim {

namespace {

// Gap between the depressions of two neighbouring scars, mm (assumption: they read as separate
// scars). Sag tails of rolling scars may reach under a neighbour: spacing uses half of L.
constexpr double kGapMm = 0.1;
constexpr int kPlacementAttempts = 4000;

struct Request {
    ScarType type = ScarType::Icepick;
    ScarOrigin origin = ScarOrigin::Random;
    std::string path; ///< scenario field, for messages
    std::optional<std::array<double, 2>> centerMm;
    std::optional<double> diameterMm;
    std::optional<double> depthMm;
    std::optional<Interval> diameterRange;
    std::optional<Interval> depthRange;
};

std::vector<Request> collectRequests(const PatchSpec& patch, const ScarSpec& scars) {
    std::vector<Request> out;
    for (std::size_t i = 0; i < scars.placed.size(); ++i) {
        const ExplicitScar& e = scars.placed[i];
        out.push_back({e.type, ScarOrigin::Explicit, "scars.explicit[" + std::to_string(i) + "]",
                       e.centerMm, e.diameterMm, e.depthMm, std::nullopt, std::nullopt});
    }
    auto addGroups = [&](const std::vector<RandomScars>& groups, ScarOrigin origin,
                         const std::string& prefix, bool indexed) {
        for (std::size_t g = 0; g < groups.size(); ++g) {
            const std::string path = indexed ? prefix + "[" + std::to_string(g) + "]" : prefix;
            for (int k = 0; k < groups[g].count; ++k) {
                out.push_back({groups[g].type, origin, path, std::nullopt, std::nullopt,
                               std::nullopt, groups[g].diameterMm, groups[g].depthMm});
            }
        }
    };
    addGroups(scars.random, ScarOrigin::Random, "scars.random", true);
    if (scars.goodmanBaronGrade) {
        addGroups(goodmanBaronPreset(*scars.goodmanBaronGrade, patch.widthMm * patch.heightMm),
                  ScarOrigin::GradePreset, "scars.goodman_baron_grade", false);
    }
    return out;
}

/// Diameter and (except for random icepicks, whose depth follows the local dermis once placed)
/// depth of a request, mm.
std::pair<double, std::optional<double>> drawSize(const Request& r, const ScarTypeRange& range,
                                                  const CounterRng& rng) {
    const Interval d = r.diameterRange.value_or(range.typicalDiameterMm);
    const double diameter = r.diameterMm.value_or(rng.uniform(0, d.lo, d.hi));
    if (r.depthMm) {
        return {diameter, r.depthMm};
    }
    if (r.depthRange) {
        return {diameter, rng.uniform(1, r.depthRange->lo, r.depthRange->hi)};
    }
    switch (r.type) {
    case ScarType::Icepick:
        return {diameter, std::nullopt};
    case ScarType::Boxcar: // shallow 0.1-0.5 or deep 0.5-1.0 mm (target geom-boxcar)
        return {diameter, rng.uniform(2) < kDeepBoxcarShare ? rng.uniform(1, 0.5, 1.0)
                                                            : rng.uniform(1, 0.1, 0.5)};
    default:
        return {diameter, rng.uniform(1, range.typicalDepthMm.lo, range.typicalDepthMm.hi)};
    }
}

std::string describe(double v) {
    std::ostringstream s;
    s << std::round(v * 100) / 100;
    return s.str();
}

} // namespace

Result<std::vector<PlannedScar>> planScars(const PatchSpec& patch, const PatientSpec& patient,
                                           const ScarSpec& scars, std::uint64_t seed,
                                           const ShapeContext& context,
                                           const DermisLookup& dermisAt) {
    const std::vector<Request> requests = collectRequests(patch, scars);
    const std::size_t n = requests.size();
    std::vector<PlannedScar> planned(n);
    std::vector<std::optional<double>> depths(n);
    const CounterRng sizeRng(seed, "scar-size");
    const CounterRng shapeRng(seed, "scar-shape");
    // Shapes are independent of each other (rolling ones need a local solve each): build them in
    // parallel, each from its own sub-stream.
    parallelFor(static_cast<int>(n), [&](int i) {
        const Request& r = requests[static_cast<std::size_t>(i)];
        const int id = i;
        const ScarTypeRange range = scarTypeRange(r.type, patch.region, patient.sex);
        const auto [diameter, depth] =
            drawSize(r, range, sizeRng.child(static_cast<std::uint64_t>(id)));
        depths[static_cast<std::size_t>(i)] = depth;
        PlannedScar& p = planned[static_cast<std::size_t>(i)];
        p.origin = r.origin;
        p.shape = makeScarShape(id, r.type, diameter, depth.value_or(range.typicalDepthMm.lo),
                                context, shapeRng.child(static_cast<std::uint64_t>(id)));
    });

    // Explicit scars sit where asked; random ones go in largest first (they are hardest to fit).
    std::vector<std::size_t> placedIdx;
    auto spacing = [&](std::size_t i) {
        return planned[i].shape.depressionReachMm(0.5 * context.sag.lengthMm);
    };
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < n; ++i) {
        if (requests[i].centerMm) {
            planned[i].shape.centerXMm = (*requests[i].centerMm)[0];
            planned[i].shape.centerYMm = (*requests[i].centerMm)[1];
            placedIdx.push_back(i);
        } else {
            order.push_back(i);
        }
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return spacing(a) > spacing(b); });
    const CounterRng placeRng(seed, "scar-place");
    for (const std::size_t i : order) {
        ScarShape& s = planned[i].shape;
        const double edge = s.outline.maxEdgeMm();
        const CounterRng rng = placeRng.child(static_cast<std::uint64_t>(s.id));
        bool done = false;
        if (patch.widthMm > 2 * edge && patch.heightMm > 2 * edge) {
            for (int attempt = 0; attempt < kPlacementAttempts && !done; ++attempt) {
                const auto k = static_cast<std::uint64_t>(2 * attempt);
                const double x = rng.uniform(k, edge, patch.widthMm - edge);
                const double y = rng.uniform(k + 1, edge, patch.heightMm - edge);
                done = scars.allowOverlap ||
                       std::none_of(placedIdx.begin(), placedIdx.end(), [&](std::size_t j) {
                           const ScarShape& o = planned[j].shape;
                           return std::hypot(x - o.centerXMm, y - o.centerYMm) <
                                  spacing(i) + spacing(j) + kGapMm;
                       });
                if (done) {
                    s.centerXMm = x;
                    s.centerYMm = y;
                }
            }
        }
        if (!done) {
            const auto count =
                std::count_if(requests.begin(), requests.end(),
                              [&](const Request& r) { return r.origin != ScarOrigin::Explicit; });
            return Error::badInput(
                requests[i].path + ": no room for a " + describe(2 * s.outline.radiusMm()) +
                " mm " + std::string(toString(s.type)) + " scar after placing " +
                std::to_string(placedIdx.size()) + " of " + std::to_string(n) + " scars (" +
                std::to_string(count) + " random) in the " + describe(patch.widthMm) + " x " +
                describe(patch.heightMm) +
                " mm patch without overlap; ask for fewer or smaller scars, a larger patch, or set "
                "\"allow_overlap\": true");
        }
        placedIdx.push_back(i);
    }

    // Random icepick tracts end below the dermis where they lie (target geom-icepick).
    const CounterRng pigmentRng(seed, "scar-pigment");
    for (std::size_t i = 0; i < n; ++i) {
        ScarShape& s = planned[i].shape;
        if (!depths[i]) {
            const double u = sizeRng.child(static_cast<std::uint64_t>(s.id)).uniform(3);
            const double factor = kIcepickDepthOverDermis.lo +
                                  u * (kIcepickDepthOverDermis.hi - kIcepickDepthOverDermis.lo);
            const double floorUm = kEpidermisUm + dermisAt(s.centerXMm, s.centerYMm);
            s.depthUm = std::min(3000.0, factor * floorUm);
        }
        assignScarPigment(s, patient.fitzpatrick,
                          pigmentRng.child(static_cast<std::uint64_t>(s.id)));
    }
    return planned;
}

} // namespace skinsim
