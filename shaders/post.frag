#version 450
#extension GL_GOOGLE_include_directive : require
// Tone mapping and the overlay (stamp, labels, colour bar), into the sRGB output image: the
// attachment's sRGB format does the encoding, so everything here stays linear.
#include "RenderTypes.h"
#include "ToneCurve.h"

layout(set = 0, binding = 0) uniform sampler2D hdrRadiance;
layout(set = 0, binding = 1) uniform sampler2D overlay; // sRGB texture: samples come back linear
layout(push_constant) uniform Push {
    PostPush post;
};

layout(location = 0) in vec2 inUv;
layout(location = 0) out vec4 outColour;

void main() {
    vec4 scene = texture(hdrRadiance, inUv);
    // Alpha 0 marks heatmap pixels: their colours must match the colour bar, so no tone curve.
    vec3 colour = scene.a > 0.5 ? hueKeepingToneCurve(scene.rgb * post.params.x) : clamp(scene.rgb, 0.0, 1.0);
    vec4 marks = texture(overlay, inUv);
    outColour = vec4(mix(colour, marks.rgb, marks.a), 1.0);
}
