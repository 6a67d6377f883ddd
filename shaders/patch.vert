#version 450
#extension GL_GOOGLE_include_directive : require
// The skin patch as a displaced surface (view "patch"): a grid whose vertices are made from
// gl_VertexIndex (only an index buffer is bound) and lifted by the height field. The grid carries
// the relief's shape; the fragment shader's per-pixel normals carry its 25 µm detail.
#include "RenderTypes.h"

layout(set = SKINSIM_SET_FRAME, binding = SKINSIM_BINDING_FRAME) uniform FrameBlock {
    FrameUniforms frame;
};
layout(set = SKINSIM_SET_SURFACE, binding = SKINSIM_BINDING_HEIGHT) uniform sampler2D heightUm;
layout(push_constant) uniform Push {
    GridPush grid;
};

layout(location = 0) out vec3 outWorldMm;
layout(location = 1) out vec2 outPatchUv;
layout(location = 2) out vec3 outNormal;
// A face's per-vertex features (skin.frag reads them in the face view only): none on a patch.
layout(location = 3) out vec4 outFeatures;
layout(location = 4) out vec4 outEyeAndUv;

void main() {
    int columns = int(grid.quads.x) + 1;
    vec2 cell = vec2(gl_VertexIndex % columns, gl_VertexIndex / columns);
    vec2 uv = cell / grid.quads.xy;
    float heightMm = textureLod(heightUm, uv, 0.0).r * 1e-3 * frame.patchNormal.w;
    vec3 p = frame.patchCentreMm.xyz + frame.patchTangent.xyz * ((uv.x - 0.5) * frame.patchCentreMm.w) +
             frame.patchBitangent.xyz * ((uv.y - 0.5) * frame.patchTangent.w) +
             frame.patchNormal.xyz * heightMm;
    outWorldMm = p;
    outPatchUv = uv;
    outNormal = frame.patchNormal.xyz;
    gl_Position = frame.viewProj * vec4(p, 1.0);
    outFeatures = vec4(0.0);
    outEyeAndUv = vec4(0.0);
}
