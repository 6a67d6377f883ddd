// The tone curve of post.frag, shared with C++ so a unit test can check its shape. Hue-preserving:
// up to a knee the picture is the linear radiance (rendered skin has its albedo's lightness and
// ITA under the clinical light); above it a smooth shoulder, t / (1 + t) (continuous in value and
// slope at the knee, and slow: an 8-bit picture reaches 255 only past a radiance of ~20), takes
// the largest channel toward 1, and all three channels are scaled by the same factor, keeping the
// ratios that make hue and saturation. A per-channel curve (the ACES fit used before) lifts,
// yellows and desaturates skin. What the shoulder cannot fit (radiance past 1) blends toward
// white, so bright highlights fade to a soft white rather than clipping flat. Written in the
// common subset of C++/glm and GLSL.
#ifndef SKINSIM_TONE_CURVE_H
#define SKINSIM_TONE_CURVE_H

#ifdef __cplusplus
#include <glm/glm.hpp>
namespace skinsim::render::shader {
using glm::max;
using glm::min;
using glm::mix;
using vec3 = glm::vec3;
#define SKINSIM_TONE_FUNC inline
#define SKINSIM_TONE_CONST inline constexpr
#else
#define SKINSIM_TONE_FUNC
#define SKINSIM_TONE_CONST const
#endif

// Where the shoulder starts, on the largest channel (linear, after exposure).
SKINSIM_TONE_CONST float kToneKnee = 0.8f;

SKINSIM_TONE_FUNC vec3 hueKeepingToneCurve(vec3 x) {
    x = max(x, vec3(0.0f));
    float peak = max(max(x.r, x.g), max(x.b, 1e-6f));
    float over = max(peak - kToneKnee, 0.0f) / (1.0f - kToneKnee);
    float mapped = min(peak, kToneKnee + (1.0f - kToneKnee) * over / (1.0f + over));
    float whiten = max(peak - 1.0f, 0.0f) / peak;
    return mix(x * (mapped / peak), vec3(mapped), whiten);
}

#ifdef __cplusplus
} // namespace skinsim::render::shader
#endif

#endif
