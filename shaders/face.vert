#version 450
#extension GL_GOOGLE_include_directive : require
// A face mesh (view "face"), in millimetres. The patch is mapped onto it by projecting each point
// onto the patch's tangent plane, so any mesh works, with or without UVs of its own.
#include "RenderTypes.h"

layout(set = SKINSIM_SET_FRAME, binding = SKINSIM_BINDING_FRAME) uniform FrameBlock {
    FrameUniforms frame;
};

layout(location = 0) in vec3 inPositionMm;
layout(location = 1) in vec3 inNormal;
layout(location = 2) in vec4 inFeatures; // x eye, y lip vermilion, z eyebrow
layout(location = 3) in vec2 inEyeMm;    // mm from the iris centre
layout(location = 4) in vec2 inUv;       // the base-colour texture's coordinate

layout(location = 0) out vec3 outWorldMm;
layout(location = 1) out vec2 outPatchUv;
layout(location = 2) out vec3 outNormal;
layout(location = 3) out vec4 outFeatures;
layout(location = 4) out vec4 outEyeAndUv;

void main() {
    vec3 offset = inPositionMm - frame.patchCentreMm.xyz;
    outPatchUv = vec2(dot(offset, frame.patchTangent.xyz) / frame.patchCentreMm.w,
                      dot(offset, frame.patchBitangent.xyz) / frame.patchTangent.w) + 0.5;
    outWorldMm = inPositionMm;
    outNormal = inNormal;
    outFeatures = inFeatures;
    outEyeAndUv = vec4(inEyeMm, inUv);
    gl_Position = frame.viewProj * vec4(inPositionMm, 1.0);
}
