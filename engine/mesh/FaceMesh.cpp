#include "mesh/FaceMesh.hpp"

#include "mesh/Isosurface.hpp"

#include <algorithm>
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

// Signed distance building blocks (mm, negative inside).
float sphere(const glm::vec3& p, float r) {
    return glm::length(p) - r;
}

/// An ellipsoid's distance, approximated (exact on the axes, a little under elsewhere).
float ellipsoid(const glm::vec3& p, const glm::vec3& r) {
    const float k0 = glm::length(p / r);
    const float k1 = glm::length(p / (r * r));
    return k1 > 0.0f ? k0 * (k0 - 1.0f) / k1 : -std::min(r.x, std::min(r.y, r.z));
}

/// A cone with rounded ends: radius ra at a, rb at b.
float roundCone(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, float ra, float rb) {
    const glm::vec3 ab = b - a;
    const float t = std::clamp(glm::dot(p - a, ab) / glm::dot(ab, ab), 0.0f, 1.0f);
    return glm::length(p - (a + t * ab)) - glm::mix(ra, rb, t);
}

/// Union blended over k mm (polynomial smooth minimum): skin drapes over the parts.
float blend(float a, float b, float k) {
    const float h = std::max(k - std::abs(a - b), 0.0f) / k;
    return std::min(a, b) - h * h * k * 0.25f;
}
/// b carved out of a, the edge rounded over k mm.
float carve(float a, float b, float k) {
    return -blend(-a, b, k);
}

glm::vec3 mirrorX(glm::vec3 p) {
    p.x = std::abs(p.x);
    return p;
}

/// Rotation about the y axis (the ears' stand-off).
glm::vec3 turnY(const glm::vec3& p, float radians) {
    const float c = std::cos(radians), s = std::sin(radians);
    return {c * p.x + s * p.z, p.y, -s * p.x + c * p.z};
}

/// Rotation about the x axis (a tilt of the ears, the nostrils).
glm::vec3 tiltX(const glm::vec3& p, float radians) {
    const float c = std::cos(radians), s = std::sin(radians);
    return {p.x, c * p.y - s * p.z, s * p.y + c * p.z};
}

/// The sculpture, laid out from the norms. All positions in the head frame, mm.
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
        // Where the upper lip's skin lies beside the midline, for the philtral columns on it.
        glm::vec3 q(4.8f, 0.5f * (subnasaleY_ + stomionY_ + 7.0f), 140.0f);
        for (int i = 0; i < 400 && skin(q) > 0.01f; ++i) {
            q.z -= std::max(skin(q) * 0.5f, 0.005f);
        }
        philtrumZ_ = q.z;
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
    glm::vec3 alaCentre() const {
        return {alaHalfWidth_ - kAlaRadius.x, subnasaleY_ + 5.5f, 88.0f};
    }

    /// The eyeball (sclera and cornea): not skin.
    float eyeball(const glm::vec3& p) const {
        const glm::vec3 q = mirrorX(p) - eyeCentre();
        // The eyeball is ~24 mm across; the fissure is wider (the lids wrap round its sides), so
        // what the lids show is modelled as an eyeball widened to the fissure. The cornea bulges
        // ~1 mm in front of the sclera (radius of curvature ~8 mm).
        const glm::vec3 r(fissureHalfWidth_ + 0.3f, kEyeballRadius, kEyeballRadius);
        return std::min(ellipsoid(q, r), sphere(q - glm::vec3(0, 0, 4.8f), 8.0f));
    }

    /// Everything but the eyeballs.
    float skin(const glm::vec3& p) const {
        const glm::vec3 m = mirrorX(p);
        // Cranium: the vault, eu-eu wide and g-op long, its front the forehead.
        float d = ellipsoid(p - glm::vec3(0.0f, 24.0f, 88.0f - headHalfLength_),
                            {headHalfWidth_, male_ ? 90.0f : 86.0f, headHalfLength_});
        // Midface under the cheekbones and the jaw to the chin (narrower in women).
        const float jaw = male_ ? 1.0f : 0.93f;
        d = blend(d, ellipsoid(p - glm::vec3(0.0f, -40.0f, 20.0f), {56.0f * jaw, 44.0f, 60.0f}),
                  20.0f);
        d = blend(d,
                  roundCone(m, {46.0f * jaw, -74.0f, -10.0f}, {13.0f, gnathionY_ + 13.0f, 60.0f},
                            12.0f, 13.0f),
                  18.0f);
        // Cheekbones (malar eminences) and the fuller cheek below them.
        d = blend(d, ellipsoid(m - glm::vec3(45.0f, -12.0f, 47.0f), {18.0f, 12.0f, 20.0f}), 14.0f);
        d = blend(d, ellipsoid(m - glm::vec3(35.0f, -40.0f, 51.0f), {20.0f, 22.0f, 22.0f}), 16.0f);
        // Brow ridge (stronger in men) and the eye sockets under it.
        d = blend(d,
                  ellipsoid(m - glm::vec3(24.0f, 13.0f, male_ ? 80.0f : 77.5f),
                            {24.0f, male_ ? 9.0f : 6.5f, 10.0f}),
                  10.0f);
        d = carve(d, ellipsoid(m - glm::vec3(eyeX_ - 2.0f, 1.0f, 71.0f), {19.0f, 11.0f, 11.0f}),
                  8.0f);
        d = blend(d, lids(m), 6.0f);
        // Nose: the dorsum from the nasion to the tip, the lobule, the alae (with their creases
        // where the blend is tight), then the nostrils carved from below.
        const float tipY = subnasaleY_ + 9.0f;
        // The dorsum sits deep enough at the bridge to meet the skin between the eyes all along.
        d = blend(d, roundCone(p, {0.0f, nasionY_ - 1.0f, 76.0f}, {0.0f, tipY, 101.5f}, 5.0f, 6.0f),
                  6.0f);
        float nose = 1e9f;
        // The side walls: a wedge widening from the bridge to the alae, blended broadly into the
        // cheeks (no gap under it).
        d = blend(d,
                  ellipsoid(tiltX(p - glm::vec3(0.0f, subnasaleY_ + 16.0f, 86.0f), -0.45f),
                            {alaHalfWidth_ - 5.0f, 19.0f, 9.0f}),
                  8.0f);
        nose = blend(nose, ellipsoid(p - glm::vec3(0.0f, tipY - 1.0f, 100.5f), {7.5f, 7.0f, 8.0f}),
                     4.0f);
        const glm::vec3 ala = alaCentre();
        nose = blend(nose, ellipsoid(m - ala, kAlaRadius), 6.0f);
        d = blend(d, nose, 3.0f);
        // (Apart by a 6 mm columella: nostrils that met inside would make the nose a handle.)
        const glm::vec3 nostril = tiltX(m - glm::vec3(6.2f, subnasaleY_ + 1.5f, 97.0f), 0.3f);
        d = carve(d, ellipsoid(nostril, {2.8f, 2.0f, 4.5f}), 0.8f);
        // The upper lip's skin (philtrum columns with the groove between) over the maxilla.
        d = blend(d,
                  ellipsoid(p - glm::vec3(0.0f, stomionY_ + 8.0f, 66.0f),
                            {mouthHalfWidth_ + 4.0f, 19.0f, 22.0f}),
                  10.0f);
        if (philtrumZ_ > 0.0f) {
            // The philtral columns: two low ridges standing ~0.8 mm off the lip's skin.
            const float midY = 0.5f * (subnasaleY_ + stomionY_ + 7.0f);
            d = blend(d,
                      ellipsoid(m - glm::vec3(4.8f, midY, philtrumZ_ - 2.2f),
                                {1.8f, 0.5f * (subnasaleY_ - stomionY_ - 7.0f), 3.0f}),
                      2.0f);
        }
        // Lips: the vermilion of each, the closed mouth a fine slit between them.
        const float lipFullness = male_ ? 1.0f : 1.15f;
        d = blend(d,
                  ellipsoid(p - glm::vec3(0.0f, stomionY_ + 3.0f, 85.0f),
                            {mouthHalfWidth_ - 1.0f, 3.6f * lipFullness, 6.5f}),
                  3.0f);
        d = blend(d,
                  ellipsoid(p - glm::vec3(0.0f, stomionY_ - 4.2f, 83.5f),
                            {mouthHalfWidth_ - 4.0f, 4.6f * lipFullness, 7.0f}),
                  3.5f);
        d = carve(d,
                  ellipsoid(p - glm::vec3(0.0f, stomionY_, 91.0f), {mouthHalfWidth_, 1.0f, 9.0f}),
                  0.6f);
        // Chin: the mental protuberance, its lowest point the gnathion.
        d = blend(d,
                  ellipsoid(p - glm::vec3(0.0f, gnathionY_ + 13.0f, 72.0f), {16.0f, 13.0f, 12.0f}),
                  12.0f);
        // The floor of the mouth under the jaw, from the chin back to the neck.
        d = blend(d,
                  ellipsoid(p - glm::vec3(0.0f, gnathionY_ + 8.0f, 28.0f), {36.0f, 12.0f, 44.0f}),
                  15.0f);
        // Ears: a flat shell tilted back, its bowl (concha and scapha) carved from outside.
        // The ear stands off the head by ~25 degrees at its back edge (turned about the vertical).
        const glm::vec3 e = tiltX(turnY(m - earCentre(), -0.4f), -0.25f);
        float ear = ellipsoid(e, {5.5f, 0.5f * earLength_, 17.0f});
        ear = carve(
            ear,
            ellipsoid(e - glm::vec3(4.8f, 1.5f, 1.0f), {4.0f, 0.5f * earLength_ - 6.0f, 11.5f}),
            1.5f);
        d = blend(d, ear, 4.0f);
        // Neck, with the laryngeal prominence in men, cut flat ~200 mm below the eyes.
        const float neckRx = male_ ? 58.0f : 52.0f;
        const float neckRz = male_ ? 62.0f : 56.0f;
        const glm::vec2 q((p.x) / neckRx, (p.z + 22.0f) / neckRz);
        float neck = (glm::length(q) - 1.0f) * std::min(neckRx, neckRz);
        neck = std::max(neck, p.y + 40.0f);
        if (male_) {
            neck = blend(neck, sphere(p - glm::vec3(0.0f, -150.0f, 36.0f), 9.0f), 8.0f);
        }
        d = blend(d, neck, 28.0f);
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

    /// How much of the lip vermilion lies at p (0..1).
    float lip(const glm::vec3& p) const {
        if (p.z < 78.0f) {
            return 0.0f;
        }
        const float u = std::abs(p.x) / mouthHalfWidth_;
        if (u >= 1.0f) {
            return 0.0f;
        }
        const float shape = std::sqrt(1.0f - u * u);
        // Upper vermilion with Cupid's bow (peaks ~5 mm off the midline, a dip between them).
        const float bow = 1.2f * std::exp(-std::pow((std::abs(p.x) - 5.0f) / 3.0f, 2.0f)) -
                          0.6f * std::exp(-std::pow(p.x / 2.0f, 2.0f));
        const float upper = stomionY_ + (7.0f + bow) * shape;
        const float lower = stomionY_ - 9.0f * shape;
        const float inside = std::min(upper - p.y, p.y - lower); // mm inside the border
        return std::clamp(0.5f + inside / 1.2f, 0.0f, 1.0f);
    }

  private:
    float lids(const glm::vec3& m) const {
        const glm::vec3 q = m - eyeCentre();
        // The palpebral fissure: a lens between two arcs through the canthi, the upper arc
        // higher; the outer canthus ~2 mm above the inner one (a slight upward tilt).
        const float a = fissureHalfWidth_;
        const glm::vec2 r(q.x, q.y - 0.07f * q.x);
        const float up = 5.2f, down = 4.2f;
        const float rUp = (a * a + up * up) / (2.0f * up);
        const float rDown = (a * a + down * down) / (2.0f * down);
        const float lens = std::max(glm::length(r - glm::vec2(0.0f, up - rUp)) - rUp,
                                    glm::length(r + glm::vec2(0.0f, down - rDown)) - rDown);
        const float opening = std::max(lens, -2.0f - q.z);
        const glm::vec3 lid(fissureHalfWidth_ + 1.3f, kEyeballRadius + 1.0f, kEyeballRadius + 1.0f);
        return carve(ellipsoid(q, lid), opening, 0.7f);
    }

    static constexpr float kEyeZ = 64.0f;
    static constexpr float kEyeballRadius = 12.0f; // an adult eye is ~24 mm across
    static constexpr glm::vec3 kAlaRadius{4.5f, 5.5f, 7.0f};
    static constexpr float kNeckCutMm = 185.0f;

    bool male_;
    FaceNorms norms_;
    float eyeX_, fissureHalfWidth_, nasionY_, subnasaleY_, stomionY_, gnathionY_;
    float mouthHalfWidth_, alaHalfWidth_, headHalfWidth_, headHalfLength_, earLength_;
    float philtrumZ_ = 0.0f; ///< 0 while it is being found (no columns yet)
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
        // The stomion: between the closed lips, at their front.
        {"sto", 0.5f * (front(0.0f, head.stomionY() + 1.2f) + front(0.0f, head.stomionY() - 1.2f))},
        {"gn", surfaceAlong(head, {0.0f, head.gnathionY() - 30.0f, 64.0f}, {0.0f, 1.0f, 0.0f})},
        {"sa", side(ear + earAxis * earHalf)},
        {"sba", side(ear - earAxis * earHalf)},
        {"eu", surfaceAlong(head, {130.0f, 24.0f, -10.0f}, {-1.0f, 0.0f, 0.0f})},
    };
}

} // namespace skinsim::mesh
