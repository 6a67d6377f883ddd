#include "mesh/FaceMesh.hpp"

#include "mesh/FaceLips.hpp"
#include "mesh/FaceMeshShapes.hpp"
#include "mesh/Isosurface.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace skinsim::mesh {

FaceNorms faceNorms(Sex sex) {
    // Farkas LG, "Anthropometry of the Head and Face", 2nd ed., Raven Press 1994, norms of young
    // adult (19-25 y) North American whites, mean +- SD in mm.
    if (sex == Sex::Male) {
        return {.intercanthal = {33.3f, 2.7f},
                .biocular = {91.2f, 3.0f},
                .noseWidth = {34.9f, 2.1f},
                .noseHeight = {54.8f, 3.3f},
                .mouthWidth = {53.3f, 3.3f},
                .faceHeight = {121.3f, 6.8f},
                .earLength = {62.4f, 3.6f},
                .upperLip = {22.3f, 2.0f},
                .headWidth = {151.1f, 5.7f},
                .headLength = {196.8f, 7.7f}};
    }
    return {.intercanthal = {31.8f, 2.3f},
            .biocular = {87.8f, 3.2f},
            .noseWidth = {31.4f, 2.0f},
            .noseHeight = {50.6f, 3.1f},
            .mouthWidth = {50.2f, 3.1f},
            .faceHeight = {112.8f, 5.2f},
            .earLength = {59.0f, 3.4f},
            .upperLip = {19.9f, 1.9f},
            .headWidth = {143.9f, 5.4f},
            .headLength = {186.5f, 6.9f}};
}

namespace {

using namespace shapes;

/// The sculpture, laid out from the norms. All positions in the head frame, mm. Where a part is
/// placed on the skin beneath it (the philtral columns, the nasolabial folds), the skin's depth
/// there is found first, without those parts.
class Head {
  public:
    explicit Head(Sex sex) : male_(sex == Sex::Male), norms_(faceNorms(sex)) {
        const FaceNorms& f = norms_;
        eyeX_ = 0.25f * (f.intercanthal.mean + f.biocular.mean);
        fissureHalfWidth_ = 0.25f * (f.biocular.mean - f.intercanthal.mean);
        nasionY_ = 3.0f; // the nasion lies a little above the pupils, at the upper lid fold
        subnasaleY_ = nasionY_ - f.noseHeight.mean;
        stomionY_ = subnasaleY_ - f.upperLip.mean;
        gnathionY_ = nasionY_ - f.faceHeight.mean;
        mouthHalfWidth_ = 0.5f * f.mouthWidth.mean;
        alaHalfWidth_ = 0.5f * f.noseWidth.mean;
        headHalfWidth_ = 0.5f * f.headWidth.mean;
        headHalfLength_ = 0.5f * f.headLength.mean;
        earLength_ = f.earLength.mean;
        lips_ = {.stomionY = stomionY_, .mouthHalfWidth = mouthHalfWidth_, .male = male_};
        // Where the skin lies under the details placed on it (found before they exist).
        philtrumZ_ = skinDepth(4.8f, philtrumMidY());
        for (int i = 0; i < 3; ++i) {
            foldZ_[i] = skinDepth(foldPoint(i).x, foldPoint(i).y);
        }
        sulcusZ_ = skinDepth(0.0f, sulcusY());
        detailed_ = true;
    }

    float eyeX() const { return eyeX_; }
    float fissureHalfWidth() const { return fissureHalfWidth_; }
    float nasionY() const { return nasionY_; }
    float subnasaleY() const { return subnasaleY_; }
    float stomionY() const { return stomionY_; }
    float gnathionY() const { return gnathionY_; }
    float mouthHalfWidth() const { return mouthHalfWidth_; }
    float alaHalfWidth() const { return alaHalfWidth_; }
    float headHalfWidth() const { return headHalfWidth_; }
    float earLength() const { return earLength_; }
    glm::vec3 eyeCentre() const { return {eyeX_, 0.0f, kEyeZ}; }
    glm::vec3 earCentre() const {
        return {headHalfWidth_ - 1.0f, nasionY_ - 0.5f * earLength_ + 12.0f, -12.0f};
    }
    /// The ala's centre: its most lateral point (al) lies straight out from it, al-al apart.
    glm::vec3 alaCentre() const {
        return {alaHalfWidth_ - kAlaLateralReachMm, subnasaleY_ + 3.5f, 87.0f};
    }

    /// The eyeball (sclera and cornea): not skin.
    float eyeball(const glm::vec3& p) const {
        const glm::vec3 q = mirrorX(p) - eyeCentre();
        // The eyeball is ~24 mm across; the fissure is wider (the lids wrap round its sides), so
        // what the lids show is modelled as an eyeball widened to the fissure. The cornea bulges
        // ~1 mm in front of the sclera (radius of curvature ~8 mm).
        const glm::vec3 r(fissureHalfWidth_ + kCanthusHiddenMm + 0.3f, kEyeballRadius,
                          kEyeballRadius);
        return std::min(ellipsoid(q, r), sphere(q - glm::vec3(0, 0, 4.8f), 8.0f));
    }

    /// Everything but the eyeballs.
    float skin(const glm::vec3& p) const {
        const glm::vec3 m = mirrorX(p);
        float d = cranium(p, m);
        d = lowerFace(p, m, d);
        d = upperFace(m, d);
        d = nose(p, m, d);
        d = mouth(p, m, d);
        d = ear(m, d);
        d = neck(p, d);
        return std::max(d, -(p.y + kNeckCutMm));
    }

    float operator()(const glm::vec3& p) const { return std::min(skin(p), eyeball(p)); }

    /// How much of an eyebrow lies at p (0..1): an arch over each eye, on the front.
    float brow(const glm::vec3& p) const {
        const float x = std::abs(p.x);
        const float t =
            (x - 0.5f * norms_.intercanthal.mean + 2.0f) / (fissureHalfWidth_ * 2.0f + 12.0f);
        if (t < 0.0f || t > 1.0f || p.z < 50.0f) {
            return 0.0f;
        }
        // Women's brows arch higher and thinner (a modelling choice, common in cosmetic guides).
        const float arch = male_ ? 3.0f : 5.5f;
        const float centreY = 13.0f + arch * std::sin(3.14159f * std::pow(t, 0.8f)) - 2.0f * t;
        const float halfThickness = (male_ ? 4.2f : 3.0f) * (1.0f - 0.55f * t);
        const float taper = std::clamp(std::min(t / 0.08f, (1.0f - t) / 0.15f), 0.0f, 1.0f);
        const float across = std::abs(p.y - centreY) / halfThickness;
        return taper * std::clamp(1.5f * (1.0f - across), 0.0f, 1.0f);
    }

    /// How much of the lip vermilion lies at p (0..1): between the vermilion borders the
    /// sculpture's lips are built to (LipShape).
    float lip(const glm::vec3& p) const {
        if (p.z < 76.0f || std::abs(p.x) >= mouthHalfWidth_) {
            return 0.0f;
        }
        const float inside = std::min(lips_.upperBorderY(p.x) - p.y, p.y - lips_.lowerBorderY(p.x));
        return std::clamp(0.5f + inside / 1.0f, 0.0f, 1.0f); // mm inside the border
    }

  private:
    /// The vault, eu-eu wide and g-op long, its front the forehead; the temples a little hollow.
    float cranium(const glm::vec3& p, const glm::vec3& m) const {
        const glm::vec3 centre(0.0f, 24.0f, 88.0f - headHalfLength_);
        const glm::vec3 r(headHalfWidth_, male_ ? 90.0f : 86.0f, headHalfLength_);
        float d = ellipsoid(p - centre, r);
        // Temporal hollow behind the orbit's rim, ~2 mm deep (a modelling choice): a ball resting
        // on the vault there, carved with a wide rounding.
        const glm::vec3 t(0.0f, 14.0f, 40.0f);
        const glm::vec3 u = (t - centre) / r;
        const float x = r.x * std::sqrt(std::max(1.0f - u.y * u.y - u.z * u.z, 0.0f));
        constexpr float kHollowRadius = 24.0f;
        if (const float b =
                sphere(m - glm::vec3(x + kHollowRadius + 0.5f, t.y, t.z), kHollowRadius);
            within(b, d, 12.0f)) {
            d = carve(d, b, 12.0f);
        }
        return d;
    }

    /// Midface, cheeks, jaw and chin, and the floor of the mouth.
    float lowerFace(const glm::vec3& p, const glm::vec3& m, float d) const {
        // Midface under the cheekbones (narrower in women).
        const float jaw = male_ ? 1.0f : 0.93f;
        d = blend(d, ellipsoid(p - glm::vec3(0.0f, -40.0f, 20.0f), {56.0f * jaw, 44.0f, 60.0f}),
                  20.0f);
        // The lower face down to the mandible: an upright elliptic block (as deep at the chin as
        // at the mouth) whose underside is the plane through both jaw angles (gonion) and the
        // menton, rounded over a few mm: its edge is the mandible's lower border, its corner at
        // the back the jaw's angle, sharper in men (a modelling choice).
        const glm::vec3 menton(0.0f, gnathionY_, 70.0f);
        const glm::vec3 gonion(44.0f * jaw, stomionY_ - 10.0f, -4.0f);
        const glm::vec3 under = glm::normalize(glm::cross(gonion - menton, glm::vec3(1, 0, 0)));
        const glm::vec2 c(p.x / (46.0f * jaw), (p.z - 10.0f) / 68.0f);
        float block = (glm::length(c) - 1.0f) * 46.0f * jaw;
        const float edge = male_ ? 6.0f : 9.0f;
        block = carve(block, -glm::dot(p - menton, under), edge);
        block = carve(block, p.z - gonion.z, edge + 2.0f);
        block = carve(block, -30.0f - p.y, 10.0f);
        // Chin: the mental protuberance, the block's front swelling 7-8 mm forward over a broad
        // patch (a displacement, so no crease rings it), broader and squarer in men (a modelling
        // choice).
        const float chinX = p.x / (male_ ? 17.0f : 14.0f);
        const float chinY = (p.y - gnathionY_ - 14.0f) / 11.0f;
        const float front = std::clamp((p.z - 40.0f) / 30.0f, 0.0f, 1.0f);
        block -= (male_ ? 8.0f : 7.0f) * front *
                 std::exp(-chinX * chinX * chinX * chinX - chinY * chinY);
        d = blend(d, block, 12.0f);
        // Cheekbones (malar eminences), lateral and high, and the fuller cheek beside the nose and
        // mouth: between them, over the masseter, a soft submalar hollow.
        d = blend(d, ellipsoid(m - glm::vec3(45.0f, -12.0f, 47.0f), {18.0f, 12.0f, 20.0f}), 20.0f);
        d = blend(d, ellipsoid(m - glm::vec3(35.0f, -40.0f, 51.0f), {20.0f, 22.0f, 22.0f}), 22.0f);
        return d;
    }

    /// Brow ridge (stronger in men), the eye sockets under it, the lids.
    float upperFace(const glm::vec3& m, float d) const {
        // The superciliary arch over the inner half of each orbit, its outer end lower and
        // farther back, and the glabella between the two: blended broadly into the forehead so
        // that it rounds over into the socket instead of overhanging it (no shelf).
        const float ridge = male_ ? 1.0f : 0.8f;
        d = blend(d,
                  ellipsoid(turnY(m - glm::vec3(20.0f, 12.5f, 75.0f + 2.0f * ridge), 0.35f),
                            {21.0f, 7.0f + 2.5f * ridge, 9.0f}),
                  18.0f);
        d = blend(d,
                  ellipsoid(m - glm::vec3(0.0f, 10.0f, 76.0f + 2.0f * ridge), {12.0f, 9.0f, 8.0f}),
                  14.0f);
        d = carve(d, ellipsoid(m - glm::vec3(eyeX_ - 2.0f, 1.5f, 71.0f), {19.0f, 11.0f, 11.0f}),
                  9.0f);
        // The lid-cheek junction: the socket's floor filled up to the lower lid, so that the lid
        // runs into the cheek instead of bulging out of a hollow.
        d = blend(d, ellipsoid(m - glm::vec3(eyeX_, -14.0f, 66.0f), {16.0f, 6.0f, 9.0f}), 8.0f);
        return blend(d, lids(m), 6.0f);
    }

    /// Nose: the dorsum from the nasion to the tip, its side walls, and the nasal base (the
    /// lobule and the alae as one mass, the tip narrower than the alar base), set into the face
    /// by the alar creases and carved from below by the nostrils; and the nasolabial folds from
    /// the alae toward the mouth's corners.
    float nose(const glm::vec3& p, const glm::vec3& m, float d) const {
        const float tipY = subnasaleY_ + 9.0f;
        // The dorsum, narrower than deep and narrowest at the bridge (x squeezed more there): it
        // sits deep enough at the bridge to meet the skin between the eyes all along.
        const float down = std::clamp((nasionY_ - p.y) / (nasionY_ - tipY), 0.0f, 1.0f);
        const glm::vec3 squeezed(p.x * glm::mix(1.5f, 1.2f, down), p.y, p.z);
        d = blend(d,
                  roundCone(squeezed, {0.0f, nasionY_ - 1.0f, 76.0f}, {0.0f, tipY + 2.0f, 100.0f},
                            4.6f, 6.0f),
                  6.0f);
        // Behind the dorsum, the septum's mass down to the nasal base, so that the skin runs
        // from the dorsum back to the face with no gap under it (a gap would be a handle).
        d = blend(d,
                  roundCone(p, {0.0f, nasionY_ - 10.0f, 79.0f}, {0.0f, subnasaleY_ + 6.0f, 89.0f},
                            4.0f, 6.0f),
                  6.0f);
        // The side walls: from the bridge, flaring down and out to the alae (so that each ala
        // reads as the wall's lower end, not a ball stuck on), blended broadly into the cheeks.
        d = blend(d,
                  roundCone(m, {2.0f, nasionY_ - 14.0f, 80.0f},
                            {alaHalfWidth_ - 6.0f, subnasaleY_ + 5.0f, 86.0f}, 3.5f, 5.0f),
                  7.0f);
        if (detailed_) {
            // Nasolabial fold: a shallow groove from beside the ala toward the mouth's corner,
            // ~1 mm deep where it starts, fading out above the skin beside the mouth (its end a
            // dimple otherwise) (a modelling choice).
            const glm::vec3 top(foldPoint(0), foldZ_[0] + 2.3f);
            const glm::vec3 mid(foldPoint(1), foldZ_[1] + 2.8f);
            const glm::vec3 bottom(foldPoint(2), foldZ_[2] + 4.5f);
            d = carve(
                d,
                std::min(roundCone(m, top, mid, 3.0f, 3.0f), roundCone(m, mid, bottom, 3.0f, 1.0f)),
                4.0f);
        }
        const glm::vec3 lobuleCentre(0.0f, subnasaleY_ + 6.0f, 94.0f);
        if (!within(sphere(p - lobuleCentre, 26.0f), d, 6.0f)) {
            return d;
        }
        // The lobule: the tip (two domes, the lower lateral cartilages, ~5 mm apart with a faint
        // notch between) over the columella; ~11 mm wide, narrower than the alar base (Farkas
        // 1994 gives the alar base al-al; the tip's width is a modelling choice, about a third
        // of it).
        const glm::vec3 dome(2.5f, tipY - 0.5f, 101.5f), domeRadius(3.4f, 4.6f, 5.0f);
        float base = ellipsoid(m - dome, domeRadius);
        base = blend(base, ellipsoid(glm::vec3(-m.x, m.y, m.z) - dome, domeRadius), 3.0f);
        base = blend(base,
                     roundCone(p, {0.0f, subnasaleY_ + 1.2f, 89.0f}, {0.0f, tipY - 4.0f, 100.0f},
                               2.4f, 3.2f),
                     3.0f);
        // The alae: thin wings, longer than high, from the alar base (al, their widest point)
        // forward and in to the tip, the lower ends of the side walls; blended into the lobule
        // (the soft triangle) so that the lower nose reads as one mass. That mass is set into the
        // face tightly at the alae's back and top (the alar crease, where the wing meets the
        // cheek and the side wall) and softly toward the tip (the supratip).
        const glm::vec3 a = turnY(m - alaCentre(), kAlaTurn);
        base = blend(base, ellipsoid(a, kAlaRadius), 5.0f);
        const float toTip = std::clamp(0.2f + a.z / kAlaRadius.z, 0.0f, 1.0f);
        d = blend(d, base, glm::mix(1.5f, 6.0f, toTip * toTip));
        // The nostrils, apart by the columella (nostrils that met inside would make the nose a
        // handle), tear-shaped: longer than wide, toward the tip.
        const glm::vec3 nostril =
            tiltX(turnY(m - glm::vec3(6.0f, subnasaleY_ + 1.2f, 93.0f), 0.3f), 0.2f);
        d = carve(d, ellipsoid(nostril, {2.3f, 2.0f, 4.2f}), 0.8f);
        return d;
    }

    /// The upper lip's skin with the philtral columns, the lips (vermilion) following the dental
    /// arch, with a Cupid's bow, a tubercle and a fuller lower lip, the closed mouth a fine slit.
    float mouth(const glm::vec3& p, const glm::vec3& m, float d) const {
        d = blend(d,
                  ellipsoid(p - glm::vec3(0.0f, stomionY_ + 8.0f, 66.0f),
                            {mouthHalfWidth_ + 4.0f, 19.0f, 22.0f}),
                  10.0f);
        if (!within(sphere(p - glm::vec3(0.0f, stomionY_, 80.0f), mouthHalfWidth_ + 14.0f), d,
                    10.0f)) {
            return d;
        }
        if (detailed_) {
            // The philtral columns: two low ridges standing ~0.8 mm off the lip's skin.
            d = blend(d,
                      ellipsoid(m - glm::vec3(4.8f, philtrumMidY(), philtrumZ_ - 2.2f),
                                {1.8f, 0.5f * (subnasaleY_ - stomionY_ - 7.0f), 3.0f}),
                      2.0f);
        }
        // The lips wrap round the teeth: z measured from an arch of radius 40 mm (a modelling
        // choice; the corners sit ~8 mm behind the midline), bounded off the mouth.
        const float x = std::min(m.x, mouthHalfWidth_ + 6.0f);
        const glm::vec3 a(m.x, m.y, m.z + 0.5f * x * x / kArchRadiusMm);
        // The lips' mass (orbicularis oris over the teeth): a broad swell the vermilion is
        // shaped on, no edge of its own.
        d = blend(d,
                  ellipsoid(a - glm::vec3(0.0f, stomionY_ - 1.0f, 79.0f),
                            {mouthHalfWidth_ + 2.0f, 11.0f, 6.0f}),
                  8.0f);
        // The vermilion, shaped as a displacement of that swell (no sausages): each lip thickest
        // on the midline and thinning to nothing at the corners, which tuck in.
        d -= lips_.vermilionMm(m.x, m.y) * std::clamp((a.z - 60.0f) / 10.0f, 0.0f, 1.0f);
        if (detailed_) {
            // The mentolabial sulcus under the lower lip: a soft groove across the chin's top,
            // ~1 mm deeper than the blends leave it (a modelling choice).
            d = carve(
                d, ellipsoid(a - glm::vec3(0.0f, sulcusY(), sulcusZ_ + 2.0f), {13.0f, 2.5f, 3.0f}),
                4.0f);
        }
        return carve(
            d,
            ellipsoid(a - glm::vec3(0.0f, stomionY_, 92.0f), {mouthHalfWidth_ - 1.0f, 1.2f, 9.0f}),
            2.0f);
    }

    /// Ears: a flat shell tilted back, its bowl (concha and scapha) carved from outside. The ear
    /// stands off the head by ~25 degrees at its back edge (turned about the vertical).
    float ear(const glm::vec3& m, float d) const {
        const glm::vec3 c = earCentre();
        if (!within(sphere(m - c, 0.5f * earLength_ + 8.0f), d, 4.0f)) {
            return d;
        }
        const glm::vec3 e = tiltX(turnY(m - c, -0.4f), -0.25f);
        float ear = ellipsoid(e, {5.5f, 0.5f * earLength_, 17.0f});
        ear = carve(
            ear,
            ellipsoid(e - glm::vec3(4.8f, 1.5f, 1.0f), {4.0f, 0.5f * earLength_ - 6.0f, 11.5f}),
            1.5f);
        // The concha: the deeper bowl in front of the antihelix, over the ear canal, low and
        // forward in the shell.
        ear = carve(ear,
                    ellipsoid(e - glm::vec3(4.8f, -0.12f * earLength_, 3.5f),
                              {4.0f, 0.17f * earLength_, 6.0f}),
                    2.0f);
        return blend(d, ear, 4.0f);
    }

    /// Neck, with the laryngeal prominence in men, its top sloping down to the back of the head
    /// (no ledge under the occiput), cut flat ~185 mm below the eyes.
    float neck(const glm::vec3& p, float d) const {
        const float neckRx = male_ ? 58.0f : 52.0f;
        const float neckRz = male_ ? 62.0f : 56.0f;
        const glm::vec2 q((p.x) / neckRx, (p.z + 22.0f) / neckRz);
        float neck = (glm::length(q) - 1.0f) * std::min(neckRx, neckRz);
        const glm::vec3 topNormal = glm::normalize(glm::vec3(0.0f, 1.0f, -0.4f));
        neck = carve(neck, -glm::dot(p - glm::vec3(0.0f, -40.0f, -22.0f), topNormal), 16.0f);
        if (male_) {
            neck = blend(neck, ellipsoid(p - glm::vec3(0.0f, -150.0f, 34.0f), {7.0f, 11.0f, 6.0f}),
                         10.0f);
        }
        return blend(d, neck, 16.0f);
    }

    float lids(const glm::vec3& m) const {
        const glm::vec3 q = m - eyeCentre();
        // The palpebral fissure: a lens between two arcs through the canthi, the upper arc
        // higher; the outer canthus ~2 mm above the inner one (a slight upward tilt). The arcs
        // meet kCanthusHiddenMm beyond the canthi: the lids' rounded margins close the lens's
        // thin tips, so the eye shows from en to ex (measured on the mesh, FaceMeshTest).
        const float a = fissureHalfWidth_ + kCanthusHiddenMm;
        const glm::vec2 r(q.x, q.y - 0.07f * q.x);
        const float up = 5.3f, down = 4.8f;
        const float rUp = (a * a + up * up) / (2.0f * up);
        const float rDown = (a * a + down * down) / (2.0f * down);
        const float lens = std::max(glm::length(r - glm::vec2(0.0f, up - rUp)) - rUp,
                                    glm::length(r + glm::vec2(0.0f, down - rDown)) - rDown);
        const float opening = std::max(lens, -2.0f - q.z);
        const glm::vec3 lid(a + 1.3f, kEyeballRadius + 1.0f, kEyeballRadius + 1.0f);
        return carve(ellipsoid(q, lid), opening, 1.0f);
    }

    float sulcusY() const { return stomionY_ - 15.5f; }
    float philtrumMidY() const { return 0.5f * (subnasaleY_ + stomionY_ + 7.0f); }
    /// The nasolabial fold's course: from behind the ala's top, past the upper lip, to ~7 mm
    /// beside and below the mouth's corner (a modelling choice; nearer, it turns the corner down).
    glm::vec2 foldPoint(int i) const {
        const glm::vec2 points[] = {{alaHalfWidth_ + 2.0f, subnasaleY_ + 4.0f},
                                    {mouthHalfWidth_ - 1.0f, subnasaleY_ - 8.0f},
                                    {mouthHalfWidth_ + 7.0f, stomionY_ - 8.0f}};
        return points[i];
    }

    /// The skin's z at (x, y), seen from in front.
    float skinDepth(float x, float y) const {
        glm::vec3 q(x, y, 140.0f);
        for (int i = 0; i < 400 && skin(q) > 0.01f; ++i) {
            q.z -= std::max(skin(q) * 0.5f, 0.005f);
        }
        return q.z;
    }

    static constexpr float kEyeZ = 64.0f;
    static constexpr float kEyeballRadius = 12.0f; // an adult eye is ~24 mm across
    static constexpr float kCanthusHiddenMm = 1.5f;
    static constexpr glm::vec3 kAlaRadius{3.2f, 4.8f, 9.5f};
    static constexpr float kAlaTurn = 0.5f; // rad, the wing's front toward the midline
    /// How far the turned ala reaches out from its centre along x, mm:
    /// 1 / sqrt(cos^2(turn) / rx^2 + sin^2(turn) / rz^2).
    static constexpr float kAlaLateralReachMm = 3.6f;
    static constexpr float kArchRadiusMm = 40.0f;
    static constexpr float kNeckCutMm = 185.0f;

    bool male_;
    FaceNorms norms_;
    LipShape lips_;
    float eyeX_, fissureHalfWidth_, nasionY_, subnasaleY_, stomionY_, gnathionY_;
    float mouthHalfWidth_, alaHalfWidth_, headHalfWidth_, headHalfLength_, earLength_;
    bool detailed_ = false; ///< false while the skin under the details is being found
    float philtrumZ_ = 0.0f, sulcusZ_ = 0.0f;
    std::array<float, 3> foldZ_{};
};

/// The first surface crossing from `from` along `dir` (sphere tracing), or `from` if none.
glm::vec3 surfaceAlong(const Head& head, glm::vec3 from, const glm::vec3& dir) {
    for (int i = 0; i < 400; ++i) {
        const float d = head(from);
        if (std::abs(d) < 0.01f) {
            break;
        }
        from += dir * std::clamp(d * 0.5f, -2.0f, 2.0f);
    }
    return from;
}

} // namespace

TriangleMesh buildFaceMesh(const FaceMeshParams& params) {
    const Head head(params.sex);
    const IsosurfaceGrid grid{.minMm = {-100.0f, -206.0f, -120.0f},
                              .maxMm = {100.0f, 124.0f, 124.0f},
                              .cellMm = std::max(params.cellMm, 0.3f),
                              .coarseStride = 4};
    TriangleMesh mesh = meshIsosurface([&](const glm::vec3& p) { return head(p); }, grid);
    generateUvs(mesh);
    mesh.regionOriginMm = kDefaultHeadCentreMm;
    mesh.features.resize(mesh.positions.size());
    mesh.eyeMm.resize(mesh.positions.size());
    for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
        const glm::vec3 p = mesh.positions[i];
        // On the eyeball where the skin is clearly farther away than the eye (the fissure), faded
        // over half a millimetre at the lid margin.
        const float eye = std::clamp((head.skin(p) - head.eyeball(p)) / 0.5f - 0.5f, 0.0f, 1.0f);
        mesh.features[i] = {eye, (1.0f - eye) * head.lip(p), (1.0f - eye) * head.brow(p), 0.0f};
        const glm::vec3 c = head.eyeCentre();
        mesh.eyeMm[i] = {std::abs(p.x) - c.x, p.y - c.y};
    }
    mesh.closed = true; // closed, oriented and free of self-intersections (FaceMeshTest)
    return mesh;
}

std::vector<FaceLandmark> faceLandmarks(Sex sex) {
    const Head head(sex);
    // Each landmark's (x, y) from the construction, put on the surface by a ray from in front
    // (ears: from the side).
    const auto front = [&](float x, float y) {
        return surfaceAlong(head, {x, y, 140.0f}, {0.0f, 0.0f, -1.0f});
    };
    const glm::vec3 ear = head.earCentre();
    const float earHalf = 0.5f * head.earLength();
    // The ear's axis is tilted back by 0.25 rad: its top and bottom points along that axis.
    const glm::vec3 earAxis(0.0f, std::cos(0.25f), -std::sin(0.25f));
    const auto side = [&](const glm::vec3& p) {
        return surfaceAlong(head, {130.0f, p.y, p.z}, {-1.0f, 0.0f, 0.0f});
    };
    const glm::vec3 ala = head.alaCentre();
    return {
        {"en", front(head.eyeX() - head.fissureHalfWidth(), -0.07f * head.fissureHalfWidth())},
        {"ex", front(head.eyeX() + head.fissureHalfWidth(), 0.07f * head.fissureHalfWidth())},
        {"al", surfaceAlong(head, {60.0f, ala.y, ala.z}, {-1.0f, 0.0f, 0.0f})},
        {"n", front(0.0f, head.nasionY())},
        // The subnasale: where the columella meets the lip, just under the nose.
        {"sn", front(0.0f, head.subnasaleY() - 1.5f)},
        {"ch", front(head.mouthHalfWidth(), head.stomionY())},
        // The stomion: where the closed lips meet, on the midline.
        {"sto", front(0.0f, head.stomionY())},
        {"gn", surfaceAlong(head, {0.0f, head.gnathionY() - 30.0f, 64.0f}, {0.0f, 1.0f, 0.0f})},
        {"sa", side(ear + earAxis * earHalf)},
        {"sba", side(ear - earAxis * earHalf)},
        {"eu", surfaceAlong(head, {130.0f, 24.0f, -10.0f}, {-1.0f, 0.0f, 0.0f})},
    };
}

} // namespace skinsim::mesh
