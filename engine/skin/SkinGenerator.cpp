#include "skin/SkinGenerator.hpp"

#include "skin/Microrelief.hpp"
#include "skin/Noise.hpp"
#include "skin/Pigment.hpp"
#include "skin/ScarRaster.hpp"
#include "skin/ScarValidation.hpp"
#include "skin/SkinAnatomy.hpp"

#include <algorithm>

namespace skinsim {

namespace {

/// Normal dermal thickness at a point: the region and sex mean (SkinAnatomy.hpp) with a slow ±5 %
/// variation.
struct DermisModel {
    double meanUm;
    CounterRng rng;
    double at(double xMm, double yMm) const {
        return meanUm *
               (1.0 + kDermisVariation * valueNoiseMm(rng, xMm, yMm, kDermisVariationWavelengthMm));
    }
};

} // namespace

Result<SkinPatch> generateSkin(const PatchSpec& patch, const PatientSpec& patient,
                               const ScarSpec& scars, std::uint64_t seed) {
    return generateSkin(patch, patient, scars, seed, GenerateOptions{});
}

Result<SkinPatch> generateSkin(const PatchSpec& patchSpec, const PatientSpec& patient,
                               const ScarSpec& scarSpec, std::uint64_t seed,
                               const GenerateOptions& options) {
    auto report = [&](std::string_view stage, double fraction) {
        if (options.progress) {
            options.progress(stage, fraction);
        }
    };
    if (auto ok = validateSkinRequest(patchSpec, patient, scarSpec); !ok) {
        return ok.error();
    }
    const DermisModel dermis{dermisThickness(patchSpec.region, patient.sex).meanUm,
                             CounterRng(seed, "dermis-variation")};
    ShapeContext context;
    context.pixelUm = patchSpec.pixelUm;

    // Scars are planned before any field is allocated: a request that cannot fit costs nothing.
    report("placing scars", 0.0);
    auto planned = planScars(patchSpec, patient, scarSpec, seed, context,
                             [&](double x, double y) { return dermis.at(x, y); });
    if (!planned) {
        return planned.error();
    }

    SkinPatch out;
    out.patch = patchSpec;
    out.patient = patient;
    out.seed = seed;
    out.sag = context.sag;
    const int w = patchSpec.widthCells();
    const int h = patchSpec.heightCells();
    const double px = patchSpec.pixelUm;
    out.reliefUm = FieldF(w, h, px);
    out.dermisUm = FieldF(w, h, px);
    out.deficitUm = FieldF(w, h, px);
    out.tether = FieldF(w, h, px);
    out.fibrosis = FieldF(w, h, px);
    out.melanin = FieldF(w, h, px);
    out.blood = FieldF(w, h, px);
    out.erythema = FieldF(w, h, px);
    out.heightUm = FieldF(w, h, px);
    out.scarId = Field2D<std::uint16_t>(w, h, px, kNoScar);

    report("microrelief", 0.1);
    if (options.microrelief) {
        generateMicrorelief(out.reliefUm, reliefParams(patchSpec.region, patient.ageYears), seed);
    }
    report("dermis and pigment", 0.55);
    parallelFor(h, [&](int y) {
        auto row = out.dermisUm.row(y);
        std::fill(row.begin(), row.end(), 1.0f);
        addValueNoiseRow(dermis.rng, out.dermisUm.yMm(y), out.dermisUm.xMm(0),
                         out.dermisUm.pixelMm(), kDermisVariationWavelengthMm, kDermisVariation,
                         row);
        for (float& v : row) {
            v = static_cast<float>(dermis.meanUm * v);
        }
    });
    generateBaselinePigment(out.melanin, out.blood, patient.fitzpatrick, seed);

    report("scars", 0.7);
    rasterizeScars(out, *planned);

    // The surface the tissue produces: relief - deficit - sag(tether) (MODEL.md, TetherSag.hpp).
    report("tether sag", 0.85);
    const bool tethered = out.tether.maxValue() > 0.0f;
    CoarseSag sag;
    if (tethered) {
        sag = solveTetherSagCoarse(out.tether, out.sag);
    }
    parallelFor(h, [&](int y) {
        auto height = out.heightUm.row(y);
        const auto relief = out.reliefUm.row(y);
        const auto deficit = out.deficitUm.row(y);
        if (tethered) {
            upsampleSagRow(sag, y, height);
        }
        for (std::size_t i = 0; i < height.size(); ++i) {
            const float p = tethered ? height[i] : 0.0f;
            height[i] = relief[i] - deficit[i] - p;
        }
    });
    report("measuring scars", 0.95);
    describeScars(out, *planned);
    report("done", 1.0);
    return out;
}

} // namespace skinsim
