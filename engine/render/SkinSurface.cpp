#include "render/SkinSurface.hpp"

#include "skin/SurroundSkin.hpp"

#include <algorithm>
#include <cmath>

namespace skinsim::render {

SkinSurface uniformSkin(FieldF heightUm, float melaninFraction, float erythema,
                        float bloodFraction) {
    SkinSurface s;
    s.melanin = FieldF::sameShapeAs(heightUm, melaninFraction);
    s.blood = FieldF::sameShapeAs(heightUm, bloodFraction);
    s.erythema = FieldF::sameShapeAs(heightUm, erythema);
    s.heightUm = std::move(heightUm);
    return s;
}

namespace {
Status checkField(const FieldF& field, const FieldF& shape, const std::string& what,
                  const char* name, float lo, float hi) {
    if (!field.sameShape(shape)) {
        return Error::badInput(what + ": " + name + " is " + std::to_string(field.width()) + "x" +
                               std::to_string(field.height()) + ", the height field is " +
                               std::to_string(shape.width()) + "x" +
                               std::to_string(shape.height()));
    }
    for (const float v : field.values()) {
        if (!std::isfinite(v) || v < lo || v > hi) {
            return Error::badInput(what + ": " + name + " has a value " + std::to_string(v) +
                                   " outside " + std::to_string(lo) + ".." + std::to_string(hi));
        }
    }
    return {};
}
} // namespace

SkinSurface surfaceOfPatch(SkinPatch patch) {
    SkinSurface s;
    s.heightUm = std::move(patch.heightUm);
    s.melanin = std::move(patch.melanin);
    s.blood = std::move(patch.blood);
    s.erythema = std::move(patch.erythema);
    return s;
}

SkinSurface surroundSurface(const PatchSpec& patch, const PatientSpec& patient,
                            std::uint64_t seed) {
    // Another seed than the patch's: the face must not repeat the patch's own pores.
    SurroundSkin tile = generateSurroundSkin(patch, patient, seed ^ 0x5eedf00du);
    SkinSurface s;
    s.erythema = FieldF(tile.reliefUm.width(), tile.reliefUm.height(), tile.reliefUm.pixelUm());
    s.heightUm = std::move(tile.reliefUm);
    s.melanin = std::move(tile.melanin);
    s.blood = std::move(tile.blood);
    s.periodic = true;
    return s;
}

Status validateSurface(const SkinSurface& surface, const std::string& what) {
    const FieldF& h = surface.heightUm;
    if (h.width() < 2 || h.height() < 2) {
        return Error::badInput(what + ": the height field needs at least 2x2 cells");
    }
    const float big = 1e5f; // 10 cm: anything beyond is a unit mistake, not skin
    if (auto s = checkField(h, h, what, "heightUm", -big, big); !s) {
        return s;
    }
    if (auto s = checkField(surface.melanin, h, what, "melanin", 0.0f, 1.0f); !s) {
        return s;
    }
    if (auto s = checkField(surface.blood, h, what, "blood", 0.0f, 1.0f); !s) {
        return s;
    }
    if (auto s = checkField(surface.erythema, h, what, "erythema", 0.0f, 1.0f); !s) {
        return s;
    }
    if (surface.referenceUm) {
        if (auto s = checkField(*surface.referenceUm, h, what, "referenceUm", -big, big); !s) {
            return s;
        }
    }
    if (surface.crust) {
        if (auto s = checkField(*surface.crust, h, what, "crust", 0.0f, 1.0f); !s) {
            return s;
        }
    }
    if (surface.bruise) {
        if (auto s = checkField(*surface.bruise, h, what, "bruise", 0.0f, 1.0f); !s) {
            return s;
        }
    }
    if (surface.swellingUm) {
        if (auto s = checkField(*surface.swellingUm, h, what, "swellingUm", -big, big); !s) {
            return s;
        }
    }
    if (!(surface.bruiseAgeDays >= 0.0f && surface.bruiseAgeDays < 1e4f)) {
        return Error::badInput(what + ": bruiseAgeDays must be 0..10000 days");
    }
    return {};
}

} // namespace skinsim::render
