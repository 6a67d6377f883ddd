#pragma once
// The shape of the default head's lips (FaceMesh.cpp): where the vermilion borders run, with
// Cupid's bow, and how far the vermilion stands off the lips' mass, in the head frame (mm; +Y up,
// the mouth's corners at x = +-mouthHalfWidth). The sculpture displaces its surface by
// vermilionMm and colours the vermilion between the two borders.

namespace skinsim::mesh {

struct LipShape {
    float stomionY = 0.0f;        ///< where the closed lips meet on the midline, mm
    float mouthHalfWidth = 25.0f; ///< ch-ch / 2, mm (Farkas 1994)
    bool male = false;            ///< women's lips a little fuller (a modelling choice)

    /// Cupid's bow: the upper border's rise at its peaks ~5 mm off the midline and its dip on
    /// the midline, mm (a modelling choice).
    static float bowAt(float x);
    /// The vermilion borders: the upper ~7 mm and the lower ~9 mm from the stomion at the
    /// midline, tapering to the corners (a modelling choice, typical adult vermilion heights).
    float upperBorderY(float x) const;
    float lowerBorderY(float x) const;
    /// How far the vermilion stands off the lips' mass at (x, y), mm (a modelling choice shaped
    /// on adult profiles: the upper lip's most forward point is its border, labrale superius,
    /// a ridge where the skin above meets the vermilion; the lower lip is fuller, most forward
    /// two thirds of the way down and rolling back into the mentolabial sulcus). Both thin to
    /// nothing at the corners, which sit ~0.5 mm in. Slopes stay under 1 mm per mm (the field
    /// must not change faster than Isosurface's Lipschitz bound).
    float vermilionMm(float x, float y) const;
};

} // namespace skinsim::mesh
