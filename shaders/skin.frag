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
// The normal skin around the patch on a face: a periodic tile (slopes, pigment), and the face's
// own colour texture (a scan's; white for the default head).
layout(set = SKINSIM_SET_SURROUND, binding = SKINSIM_BINDING_DETAIL) uniform sampler2D surroundDetail;
layout(set = SKINSIM_SET_SURROUND, binding = SKINSIM_BINDING_PIGMENT) uniform sampler2D surroundPigment;
layout(set = SKINSIM_SET_FACE, binding = SKINSIM_BINDING_FACE_COLOUR) uniform sampler2D faceColour;

layout(push_constant) uniform Push {
    layout(offset = 16) SurfacePush surface;
};

layout(location = 0) in vec3 inWorldMm;
layout(location = 1) in vec2 inPatchUv;
layout(location = 2) in vec3 inNormal;
layout(location = 3) in vec4 inFeatures;  // face: x eye, y lip vermilion, z eyebrow
layout(location = 4) in vec4 inEyeAndUv;  // face: mm from the iris centre; texture coordinate

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

/// The normal skin around the patch (face view), from the periodic tile laid on the head by
/// three planar projections blended by the normal (triplanar mapping): the microrelief as a
/// gradient in the head frame (µm/µm) and the pigment's departure from the tile's mean. The
/// gradients' blend is divided by the root of the summed squared weights, which keeps the
/// relief's contrast where projections overlap (independent samples). Rows of each projection run
/// down the head, like the patch's, so the light's shadows in the tile fall the same way.
struct Surround {
    vec3 gradient;
    vec3 redGradient; // at the red channel's scattering width
    vec2 pigment;     // melanin, blood minus the tile's means
    float visibility;
    float depthUm;    // below the surrounding skin (pores): the ambient's cavity term
};

Surround surroundSkin(vec3 pMm, vec3 n, float redLodBias) {
    vec3 w = n * n;
    w *= w;
    w /= w.x + w.y + w.z;
    float tile = max(frame.surroundTile.x, 1.0);
    vec3 dx = dFdx(pMm) / tile;
    vec3 dy = dFdy(pMm) / tile;
    Surround s = Surround(vec3(0.0), vec3(0.0), vec2(0.0), 0.0, 0.0);
    // Each projection: tile axes (columns, rows) as head-frame directions.
    vec3 axesU[3] = vec3[3](vec3(0.0, 0.0, -sign(n.x)), vec3(1.0, 0.0, 0.0), vec3(sign(n.z), 0.0, 0.0));
    vec3 axesV[3] = vec3[3](vec3(0.0, -1.0, 0.0), vec3(0.0, 0.0, sign(n.y)), vec3(0.0, -1.0, 0.0));
    float weights[3] = float[3](w.x, w.y, w.z);
    float norm = 0.0;
    // Mip levels from the footprint, read with textureLod: a CPU driver's textureGrad is several
    // times slower, and this is the face's most-read texture (2-3 projections x 3 reads).
    float detailSize = float(textureSize(surroundDetail, 0).x);
    float pigmentSize = float(textureSize(surroundPigment, 0).x);
    for (int i = 0; i < 3; ++i) {
        if (weights[i] < 0.02) {
            continue;
        }
        vec3 u = axesU[i], v = axesV[i];
        vec2 c = vec2(dot(pMm, u), dot(pMm, v)) / tile;
        // The tile laid along the skin: its axes in the tangent plane at full length, so the
        // relief is as steep and as sharp as the patch's. The footprint (mip level) is measured
        // along them too: the projection's foreshortening would otherwise blur the relief where
        // the skin turns away from the projection's axis.
        vec3 su = normalize(u - n * dot(n, u));
        vec3 sv = normalize(v - n * dot(n, v));
        vec2 gx = vec2(dot(dx, su), dot(dx, sv)), gy = vec2(dot(dy, su), dot(dy, sv));
        float footprint = max(length(gx), length(gy));
        float lod = max(log2(max(footprint * detailSize, 1e-6)), 0.0);
        vec4 d = textureLod(surroundDetail, fract(c), lod);
        vec4 r = textureLod(surroundDetail, fract(c), max(lod + redLodBias, 0.0));
        s.gradient += weights[i] * (d.x * su + d.y * sv);
        s.redGradient += weights[i] * (r.x * su + r.y * sv);
        s.visibility += weights[i] * d.w;
        s.depthUm += weights[i] * d.z;
        float pigmentLod = max(log2(max(footprint * pigmentSize, 1e-6)), 0.0);
        s.pigment += weights[i] * textureLod(surroundPigment, fract(c), pigmentLod).xy;
        norm += weights[i] * weights[i];
    }
    float total = weights[0] * float(weights[0] >= 0.02) + weights[1] * float(weights[1] >= 0.02) +
                  weights[2] * float(weights[2] >= 0.02);
    s.gradient /= max(sqrt(norm), 1e-4);
    s.redGradient /= max(sqrt(norm), 1e-4);
    s.visibility /= max(total, 1e-4);
    s.depthUm /= max(total, 1e-4);
    s.pigment = s.pigment / max(total, 1e-4) - frame.surroundTile.yz;
    return s;
}

/// A normal tilted by a height gradient (head frame, µm/µm): its tangential part.
vec3 tiltedNormal(vec3 n, vec3 gradient) {
    return normalize(n - (gradient - n * dot(n, gradient)));
}

/// The eye (face view): sclera, iris and pupil drawn from the eye coordinates (mm from the iris
/// centre). Adult iris ~11.8 mm across, pupil ~3-4 mm in room light (typical values).
vec3 eyeAlbedo(vec2 eyeMm, float melanin, vec3 pMm) {
    float r = length(eyeMm);
    // Iris colour: blue-grey in the lightest skin, brown, then dark brown with more melanin (the
    // usual association, a modelling choice).
    vec3 iris = mix(vec3(0.10, 0.13, 0.16), vec3(0.085, 0.042, 0.018), smoothstep(0.03, 0.09, melanin));
    iris = mix(iris, vec3(0.03, 0.015, 0.007), smoothstep(0.15, 0.35, melanin));
    // Radial fibres and a darker limbal ring.
    float angle = atan(eyeMm.y, eyeMm.x);
    iris *= 0.75 + 0.5 * valueNoise(vec3(angle * 9.0, r * 1.5, 3.0));
    iris *= mix(1.0, 0.45, smoothstep(4.6, 5.9, r));
    vec3 sclera = vec3(0.62, 0.56, 0.52);
    vec3 colour = mix(iris, sclera, smoothstep(5.8, 6.1, r));
    colour = mix(vec3(0.006), colour, smoothstep(1.7, 1.9, r));
    // The upper lid and lashes shade the top of the eyeball.
    colour *= mix(0.45, 1.0, smoothstep(5.5, 1.0, eyeMm.y));
    return colour;
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
    vec2 uv = clamp(inPatchUv, 0.0, 1.0);
    float lod = max(textureQueryLod(detail, uv).y, 0.0);
    float redLod = max(lod, frame.scatterLod.r);
    Surround around = Surround(vec3(0.0), vec3(0.0), vec2(0.0), 1.0, 0.0);
    // What the face has at this point besides skin (the default head's eyes, lips and brows).
    float eye = 0.0, lip = 0.0, brow = 0.0;
    if (faceView) {
        vec2 edge = min(inPatchUv, 1.0 - inPatchUv) / max(frame.patchBitangent.w, 1e-3);
        float facing = smoothstep(0.3, 0.6, dot(geometricNormal, frame.patchNormal.xyz));
        float near = 1.0 - smoothstep(8.0, 12.0, abs(dot(inWorldMm - frame.patchCentreMm.xyz, frame.patchNormal.xyz)));
        inPatch = clamp(min(edge.x, edge.y), 0.0, 1.0) * facing * near;
        around = surroundSkin(inWorldMm, geometricNormal, redLod - lod);
        eye = smoothstep(0.4, 0.6, inFeatures.x);
        lip = inFeatures.y;
        brow = inFeatures.z;
    }

    // Away from the patch (most of a face) its maps are not read: no slopes, full visibility.
    const bool onPatch = inPatch > 0.0;
    vec4 fine = vec4(0.0, 0.0, 0.0, 1.0);
    if (onPatch) {
        fine = textureLod(detail, uv, lod);
    }
    // The patch's relief and the surrounding skin's, blended across the patch's border with
    // their contrast kept (weights normalised by the root of their squares, as in surroundSkin).
    float keep = 1.0 / sqrt(inPatch * inPatch + (1.0 - inPatch) * (1.0 - inPatch));
    // Lips are smoother than skin; the eye's surface is the wet, smooth cornea and sclera.
    float reliefShown = (1.0 - 0.6 * lip) * (1.0 - eye);
    vec3 gradient = (mix(around.gradient, fine.x * t + fine.y * b, inPatch) * keep) * reliefShown;
    float depthUm = fine.z * inPatch;
    vec3 n = tiltedNormal(geometricNormal, gradient);

    vec3 v = normalize(frame.cameraPosMm.xyz - inWorldMm);
    vec3 l = frame.lightDirection.xyz;
    vec3 irradiance = frame.lightRadiance.rgb;
    if (int(frame.lightDirection.w) == kLightPoint) {
        vec3 toLight = frame.lightPositionMm.xyz - inWorldMm;
        float d = length(toLight);
        l = toLight / d;
        irradiance *= (frame.lightPositionMm.w * frame.lightPositionMm.w) / (d * d);
    }
    float visibility = mix(around.visibility, fine.w, inPatch);

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
    // Deep pits see less of the sky (a cavity term, ~halved 0.5 mm down): the pores of the skin
    // around the patch too, or the patch would be darker than its surround.
    ambient /= 1.0 + max(mix(around.depthUm, fine.z, inPatch), 0.0) / 500.0;

    if (mode == kModeClay) {
        vec3 clay = vec3(0.45);
        float diffuse = max(dot(n, l), 0.0) * visibility;
        float specular = dualLobeSpecular(n, v, l) * visibility * 0.5;
        outRadiance = vec4(clay * (irradiance * diffuse + ambient) + irradiance * specular, 1.0);
        return;
    }

    vec4 pigments = vec4(0.0);
    if (onPatch) {
        pigments = textureLod(pigment, uv, lod);
    }
    vec2 aroundPig = frame.surroundSkin.xy + around.pigment;
    if (faceView) {
        // A treatment's redness and PIH reach the skin around the patch too (the whole region is
        // treated), fading out beyond it; lip vermilion shows more blood (thin epidermis over
        // dense capillaries: an assumption of about +0.035 blood volume fraction).
        float treated = 1.0 - smoothstep(frame.treatedSkin.z, frame.treatedSkin.z + frame.treatedSkin.w,
                                         length(inWorldMm - frame.patchCentreMm.xyz));
        aroundPig += vec2(frame.treatedSkin.y, frame.treatedSkin.x) * treated;
        aroundPig.y += 0.035 * lip;
    }
    vec2 pig = mix(aroundPig, pigments.xy, inPatch);
    vec3 albedo = textureLod(albedoLut, skinAlbedoLutUv(pig.x, pig.y), 0.0).rgb;
    if (faceView && frame.surroundTile.w > 0.5) {
        // A scan: its own colour around the patch; the patch's skin matched to it (its mean
        // colour scaled to the scan's there, its variation kept).
        vec3 scan = texture(faceColour, inEyeAndUv.zw).rgb;
        albedo = mix(scan, albedo * frame.faceColourGain.rgb, inPatch);
    }
    if (faceView && brow > 0.0) {
        // Eyebrow hairs over the skin: strands running out from the midline, slightly upward.
        float strands = valueNoise(vec3(abs(inWorldMm.x) * 0.9, inWorldMm.y * 5.0 - abs(inWorldMm.x) * 0.8, inWorldMm.z * 5.0));
        float hair = brow * smoothstep(0.3, 0.6, strands) * 0.95;
        vec3 hairColour = mix(vec3(0.05, 0.032, 0.018), vec3(0.012, 0.008, 0.006), smoothstep(0.03, 0.12, pig.x));
        albedo = mix(albedo, hairColour, hair);
    }
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
    vec4 red = vec4(0.0, 0.0, 0.0, 1.0);
    if (onPatch) {
        red = textureLod(detail, uv, redLod);
    }
    vec3 redGradient = (mix(around.redGradient, red.x * t + red.y * b, inPatch) * keep) * reliefShown;
    float redVisibility = mix(around.visibility, red.w, inPatch);
    vec2 towardRed = clamp((max(vec2(lod), frame.scatterLod.gb) - lod) / max(redLod - lod, 1e-3), 0.0, 1.0);
    vec3 nR = tiltedNormal(geometricNormal, redGradient);
    vec3 nG = tiltedNormal(geometricNormal, mix(gradient, redGradient, towardRed.x));
    vec3 nB = tiltedNormal(geometricNormal, mix(gradient, redGradient, towardRed.y));
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
    if (faceView && eye > 0.0) {
        // The eye: no subsurface glow of skin, a wet cornea with a sharp highlight.
        vec3 eyeColour = eyeAlbedo(inEyeAndUv.xy, pig.x, inWorldMm);
        float eyeLit = max(dot(geometricNormal, l), 0.0);
        vec3 h = normalize(v + l);
        float cornea = 0.02 + 0.98 * pow(1.0 - max(dot(v, h), 0.0), 5.0);
        float glint = ggx(max(dot(geometricNormal, h), 0.0), 0.12) * cornea * eyeLit * 0.25;
        vec3 eyeRadiance = eyeColour * (irradiance * eyeLit + ambient) + irradiance * glint;
        radiance = mix(radiance, eyeRadiance, eye);
    }
    outRadiance = vec4(radiance, 1.0);
}
