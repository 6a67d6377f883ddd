#version 450
#extension GL_GOOGLE_include_directive : require
// Skin shading for both views. Subsurface scattering is pre-integrated (Penner & Borshukov, GPU
// Pro 2, 2011), not screen-space: a look-up table of the skin diffusion profile integrated over
// curvature and the light angle, plus per-channel normals from blurred detail maps (red light
// scatters ~1 mm, blue much less, so scar edges and pores soften in red first) and softer shadow
// edges for red. It needs no extra full-screen passes, which keeps the CPU driver (lavapipe) fast
// and works at any scale from a 30 mm close-up to a face at 50 cm.
#include "RenderTypes.h"
#include "SkinOptics.h"

layout(set = SKINSIM_SET_FRAME, binding = SKINSIM_BINDING_FRAME) uniform FrameBlock {
    FrameUniforms frame;
};
layout(set = SKINSIM_SET_FRAME, binding = SKINSIM_BINDING_DIFFUSION) uniform sampler2D diffusionLut;
layout(set = SKINSIM_SET_FRAME, binding = SKINSIM_BINDING_HEAT) uniform sampler2D heatColours;
layout(set = SKINSIM_SET_FRAME, binding = SKINSIM_BINDING_ALBEDO) uniform sampler2D albedoLut; // linear sRGB by melanin, blood
layout(set = SKINSIM_SET_SURFACE, binding = SKINSIM_BINDING_DETAIL) uniform sampler2D detail;
layout(set = SKINSIM_SET_SURFACE, binding = SKINSIM_BINDING_PIGMENT) uniform sampler2D pigment; // melanin, blood
// The surface a change is measured from (day 0); read only by the change heatmap.
layout(set = SKINSIM_SET_REFERENCE, binding = SKINSIM_BINDING_DETAIL) uniform sampler2D referenceDetail;

layout(push_constant) uniform Push {
    layout(offset = 16) SurfacePush surface;
};

layout(location = 0) in vec3 inWorldMm;
layout(location = 1) in vec2 inPatchUv;
layout(location = 2) in vec3 inNormal;

// rgb: linear radiance; a: 1 to tone-map, 0 for colours that must pass unchanged (heatmap).
layout(location = 0) out vec4 outRadiance;

const float kPi = 3.14159265;
// Skin's specular reflectance at normal incidence (refractive index ~1.4: ((1.4-1)/(1.4+1))^2).
const float kSkinF0 = 0.028;
// Two specular lobes (Jimenez et al., "Next-generation character rendering", GDC 2013): a
// sharper one for the oily film and a broader one for the rough stratum corneum.
const float kLobeRoughness1 = 0.4;
const float kLobeRoughness2 = 0.7;
const float kLobeMix = 0.25; // weight of the broad lobe
// Albedo of a crust (dried exudate and necrotic debris over a laser column, a scab): dark
// red-brown, sRGB about (100, 70, 50) (assumption read off clinical descriptions of "bronzing").
const vec3 kCrustAlbedo = vec3(0.13, 0.06, 0.032);
// Share of each channel's diffuse light that re-emerges within ~80 µm of where it entered: the
// weight of the narrowest Gaussian (variance 0.0064 mm²) of d'Eon & Luebke's skin profile for
// red, green and blue (GPU Gems 3, 2007, ch. 14, table 14-1).
const vec3 kNearShare = vec3(0.233, 0.455, 0.649);
// How far shadows soften toward the red-width blur, the same in every channel (grey penumbrae),
// and the share of the per-channel normal blur kept (see main()); both calibrated (issue 11).
const float kShadowSoftening = 0.5;
const float kChannelSpread = 0.2;
// Curvature (1/mm) at the top of the diffusion table's curvature axis: a 2 mm radius.
const float kLutMaxCurvaturePerMm = 0.5;

vec3 perturbedNormal(vec3 n, vec3 t, vec3 b, vec2 slope) {
    return normalize(n - slope.x * t - slope.y * b);
}

float ggx(float nDotH, float roughness) {
    // A light of angular radius r widens the highlight like extra roughness (a2 + r^2): a soft box
    // gives a broad sheen, a flash a small bright spot.
    float a2 = roughness * roughness * roughness * roughness + frame.lightRadiance.w * frame.lightRadiance.w;
    float d = nDotH * nDotH * (a2 - 1.0) + 1.0;
    return a2 / (kPi * d * d);
}

float smithVisibility(float nDotV, float nDotL, float roughness) {
    float k = roughness * roughness * 0.5;
    return 0.25 / ((nDotV * (1.0 - k) + k) * (nDotL * (1.0 - k) + k));
}

/// Two-lobe specular BRDF times n.l, with Schlick's Fresnel.
float dualLobeSpecular(vec3 n, vec3 v, vec3 l) {
    float nDotL = dot(n, l);
    float nDotV = max(dot(n, v), 1e-3);
    if (nDotL <= 0.0) {
        return 0.0;
    }
    vec3 h = normalize(v + l);
    float nDotH = max(dot(n, h), 0.0);
    float fresnel = kSkinF0 + (1.0 - kSkinF0) * pow(1.0 - max(dot(v, h), 0.0), 5.0);
    float lobes = mix(ggx(nDotH, kLobeRoughness1) * smithVisibility(nDotV, nDotL, kLobeRoughness1),
                      ggx(nDotH, kLobeRoughness2) * smithVisibility(nDotV, nDotL, kLobeRoughness2), kLobeMix);
    return fresnel * lobes * nDotL;
}

float hash(vec3 p) {
    p = fract(p * vec3(0.1031, 0.1030, 0.0973));
    p += dot(p, p.yxz + 33.33);
    return fract((p.x + p.y) * p.z);
}

float valueNoise(vec3 p) {
    vec3 i = floor(p);
    vec3 f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(mix(hash(i), hash(i + vec3(1, 0, 0)), f.x), mix(hash(i + vec3(0, 1, 0)), hash(i + vec3(1, 1, 0)), f.x), f.y),
               mix(mix(hash(i + vec3(0, 0, 1)), hash(i + vec3(1, 0, 1)), f.x), mix(hash(i + vec3(0, 1, 1)), hash(i + vec3(1, 1, 1)), f.x), f.y),
               f.z);
}

/// Microrelief slopes of the skin around the patch (face view): furrows and pores at 0.2-0.6 mm,
/// faded out where a pixel covers more than that (it would only alias).
vec2 surroundingSlope(vec3 pMm, float footprintMm) {
    float fade = clamp(1.0 - footprintMm / 0.3, 0.0, 1.0);
    vec2 s = vec2(valueNoise(pMm * 2.5), valueNoise(pMm * 2.5 + 17.0)) - 0.5;
    s += 0.5 * (vec2(valueNoise(pMm * 6.0 + 5.0), valueNoise(pMm * 6.0 + 41.0)) - 0.5);
    return s * frame.shading.z * fade;
}

// The mode and the view are specialisation constants, one pipeline per combination: a CPU
// driver runs both sides of a branch on a uniform, so what a mode does not need must not be in
// its shader at all.
layout(constant_id = 0) const int kMode = kModeSkin;
layout(constant_id = 1) const int kView = kViewPatch;

void main() {
    const int mode = kMode;
    const bool faceView = kView == kViewFace;
    vec3 geometricNormal = normalize(inNormal);
    if (!gl_FrontFacing && faceView) {
        geometricNormal = -geometricNormal;
    }
    vec3 t = normalize(frame.patchTangent.xyz - geometricNormal * dot(geometricNormal, frame.patchTangent.xyz));
    vec3 b = normalize(cross(geometricNormal, t));
    if (dot(b, frame.patchBitangent.xyz) < 0.0) {
        b = -b;
    }

    // How much of this point is the patch: all of it in the patch view; on a face, the region the
    // patch is projected on, faded at its border so no seam shows.
    float inPatch = 1.0;
    vec2 around = vec2(0.0);
    if (faceView) {
        vec2 edge = min(inPatchUv, 1.0 - inPatchUv) / max(frame.patchBitangent.w, 1e-3);
        float facing = smoothstep(0.3, 0.6, dot(geometricNormal, frame.patchNormal.xyz));
        float near = 1.0 - smoothstep(8.0, 12.0, abs(dot(inWorldMm - frame.patchCentreMm.xyz, frame.patchNormal.xyz)));
        inPatch = clamp(min(edge.x, edge.y), 0.0, 1.0) * facing * near;
        around = surroundingSlope(inWorldMm, length(fwidth(inWorldMm)));
    }

    vec2 uv = clamp(inPatchUv, 0.0, 1.0);
    float lod = max(textureQueryLod(detail, uv).y, 0.0);
    vec4 fine = textureLod(detail, uv, lod);
    vec2 slope = mix(around, fine.xy, inPatch);
    float depthUm = fine.z * inPatch;
    vec3 n = perturbedNormal(geometricNormal, t, b, slope);

    vec3 v = normalize(frame.cameraPosMm.xyz - inWorldMm);
    vec3 l = frame.lightDirection.xyz;
    vec3 irradiance = frame.lightRadiance.rgb;
    if (int(frame.lightDirection.w) == kLightPoint) {
        vec3 toLight = frame.lightPositionMm.xyz - inWorldMm;
        float d = length(toLight);
        l = toLight / d;
        irradiance *= (frame.lightPositionMm.w * frame.lightPositionMm.w) / (d * d);
    }
    float visibility = mix(1.0, fine.w, inPatch);

    if (mode == kModeHeatmap || mode == kModeChange) {
        float range = max(frame.patchCells.w, 1.0);
        vec3 colour;
        if (mode == kModeHeatmap) {
            colour = textureLod(heatColours, vec2(clamp(depthUm / range, 0.0, 1.0), 0.25), 0.0).rgb;
        } else {
            // Filled since day 0: how much shallower the skin lies below its surroundings now.
            float filledUm = (textureLod(referenceDetail, uv, lod).z - fine.z) * inPatch;
            colour = textureLod(heatColours, vec2(clamp(0.5 + 0.5 * filledUm / range, 0.0, 1.0), 0.75), 0.0).rgb;
        }
        // A little relief shading keeps the shape readable; the colour stays close to the bar's.
        float shade = 0.8 + 0.2 * clamp(dot(n, l), 0.0, 1.0) * visibility;
        outRadiance = vec4(colour * shade, 0.0);
        return;
    }

    // Up for the ambient light: the patch's normal when it lies flat, the head's up on a face.
    vec3 up = faceView ? vec3(0.0, 1.0, 0.0) : frame.patchNormal.xyz;
    vec3 ambient = mix(frame.ambientGround.rgb, frame.ambientSky.rgb, dot(n, up) * 0.5 + 0.5);
    // Deep pits see less of the sky (a cavity term, ~halved 0.5 mm down).
    ambient /= 1.0 + max(depthUm, 0.0) / 500.0;

    if (mode == kModeClay) {
        vec3 clay = vec3(0.45);
        float diffuse = max(dot(n, l), 0.0) * visibility;
        float specular = dualLobeSpecular(n, v, l) * visibility * 0.5;
        outRadiance = vec4(clay * (irradiance * diffuse + ambient) + irradiance * specular, 1.0);
        return;
    }

    vec4 pigments = textureLod(pigment, uv, lod);
    vec2 pig = mix(frame.surroundSkin.xy, pigments.xy, inPatch);
    vec3 albedo = textureLod(albedoLut, skinAlbedoLutUv(pig.x, pig.y), 0.0).rgb;
    // Healing marks: a bruise filters the light through the skin (its colour ages); a crust lies
    // on top, dry and matte.
    float bruise = pigments.z * inPatch;
    float crust = pigments.w * inPatch;
    albedo *= mix(vec3(1.0), surface.bruiseTint.rgb, bruise);
    albedo = mix(albedo, kCrustAlbedo, crust);

    // Subsurface scattering. Light re-emerges around where it entered: part of it close by, part
    // spread over a width that grows from blue to red (d'Eon & Luebke's six-Gaussian skin profile,
    // GPU Gems 3 ch. 14: the narrowest Gaussian, sigma 80 µm, carries 23 % of red, 46 % of green
    // and 65 % of blue: kNearShare). Each channel's irradiance is the sharp irradiance for its near
    // share and, for the rest, the irradiance seen through normals blurred over the detail map's
    // mip levels (scatterLod) with softened shadows. Blurring every channel over its own width
    // made each furrow and its shadowed wall read red (a* +25..+33 over the skin in the darkest
    // tenth under raking light, where furrows in macro photographs read darker, not redder): a
    // mip level averages a whole box, which overstates how much red light crosses under a 50-100
    // µm groove. So the spread part uses one common blur (the green width) for all channels and
    // keeps kChannelSpread of the per-channel difference: enough for a red fringe at lit pit rims,
    // calibrated so the darkest tenth stays within 6 a* of the skin (tests/render/RenderCliTest).
    // Shadows soften by the same amount in every channel (grey penumbrae).
    float redLod = max(lod, frame.scatterLod.r);
    vec4 red = textureLod(detail, uv, redLod);
    vec2 redSlope = mix(around * 0.3, red.xy, inPatch);
    float redVisibility = mix(1.0, red.w, inPatch);
    vec2 towardRed = clamp((max(vec2(lod), frame.scatterLod.gb) - lod) / max(redLod - lod, 1e-3), 0.0, 1.0);
    vec3 nR = perturbedNormal(geometricNormal, t, b, redSlope);
    vec3 nG = perturbedNormal(geometricNormal, t, b, mix(slope, redSlope, towardRed.x));
    vec3 nB = perturbedNormal(geometricNormal, t, b, mix(slope, redSlope, towardRed.y));
    vec3 spreadShadow = vec3(mix(visibility, redVisibility, kShadowSoftening));

    // Pre-integrated diffusion over the surface's curvature: one look-up per channel.
    float curvature = faceView ? length(fwidth(geometricNormal)) / max(length(fwidth(inWorldMm)), 1e-4) : 0.0;
    float lutY = clamp(curvature / kLutMaxCurvaturePerMm, 0.0, 1.0);
    vec3 nDotL = mix(vec3(dot(nG, l)), vec3(dot(nR, l), dot(nG, l), dot(nB, l)), kChannelSpread);
    // The patch lies flat (no curvature): the table's first row, which is Lambert's law.
    vec3 spread = max(nDotL, 0.0);
    if (faceView) {
        spread = vec3(textureLod(diffusionLut, vec2(nDotL.r * 0.5 + 0.5, lutY), 0.0).r,
                      textureLod(diffusionLut, vec2(nDotL.g * 0.5 + 0.5, lutY), 0.0).g,
                      textureLod(diffusionLut, vec2(nDotL.b * 0.5 + 0.5, lutY), 0.0).b);
    }
    float sharpLit = max(dot(n, l), 0.0) * visibility;
    vec3 lit = mix(spread * spreadShadow, vec3(sharpLit), kNearShare);
    float specular = dualLobeSpecular(n, v, l) * visibility * (1.0 - 0.7 * crust);
    vec3 radiance = albedo * (irradiance * lit + ambient) + irradiance * specular;
    outRadiance = vec4(radiance, 1.0);
}
