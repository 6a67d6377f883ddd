#version 450
#extension GL_GOOGLE_include_directive : require
// Height-field self-shadowing: for every cell, the highest horizon toward the light, compared with
// the light's elevation. A grazing (raking) light then leaves boxcar walls and icepick pits in
// shadow, which is how clinicians reveal atrophic scars. Runs when the light or the surface
// changes, not every frame; the per-frame shading reads it with the slopes, in one fetch.
#include "RenderTypes.h"

layout(local_size_x = 16, local_size_y = 16) in;
layout(set = 0, binding = 0) uniform sampler2D heightUm;
// The detail map: slopes and depth stay, the visibility goes into .w.
layout(set = 0, binding = 1, rgba16f) uniform image2D detail;
layout(push_constant) uniform Push {
    ShadowPush shadow;
};

void main() {
    ivec2 size = imageSize(detail);
    // One invocation per block of stride x stride cells: shadows are computed no finer than the
    // picture shows them (ShadowPush.params.y).
    int stride = max(int(shadow.params.y), 1);
    ivec2 block = ivec2(gl_GlobalInvocationID.xy) * stride;
    if (block.x >= size.x || block.y >= size.y) {
        return;
    }
    ivec2 last = size - 1;
    ivec2 centre = min(block + stride / 2, last);
    float h0 = texelFetch(heightUm, centre, 0).r;
    int steps = int(shadow.params.w);
    float maxCells = max(shadow.params.z, float(stride));
    // Steps grow geometrically from the block's size: walls next to the cell are sampled finely,
    // far ridges coarsely (their shadows are wide). Nearest-cell reads: the penumbra below
    // smooths the steps.
    float distanceCells = float(stride);
    float growth = pow(maxCells / distanceCells, 1.0 / float(max(steps, 1)));
    vec2 origin = vec2(centre) + 0.5;
    float horizonTan = -1e6;
    for (int i = 1; i <= steps; ++i) {
        ivec2 at = clamp(ivec2(origin + shadow.light.xy * distanceCells), ivec2(0), last);
        float h = texelFetch(heightUm, at, 0).r;
        horizonTan = max(horizonTan, (h - h0) / (distanceCells * shadow.light.w));
        distanceCells *= growth;
    }
    float elevation = atan(shadow.light.z);
    float horizon = atan(horizonTan);
    // The light's angular size gives the penumbra. Light that enters the skin beside a shadow and
    // scatters into it is skin.frag's business (it reads blurred mip levels of this).
    float visible = clamp((elevation - horizon) / (2.0 * shadow.params.x) + 0.5, 0.0, 1.0);
    for (int y = block.y; y < min(block.y + stride, size.y); ++y) {
        for (int x = block.x; x < min(block.x + stride, size.x); ++x) {
            vec4 stored = imageLoad(detail, ivec2(x, y));
            imageStore(detail, ivec2(x, y), vec4(stored.xyz, visible));
        }
    }
}
