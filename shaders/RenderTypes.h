// Shared by C++ (engine/render) and GLSL (shaders/*.vert, *.frag, *.comp): the layout of every
// struct the renderer hands to the GPU, the descriptor binding numbers and the mode constants, so
// the two sides cannot drift apart (STYLE.md 7). Only vec4 and mat4 members: their std140 and C++
// layouts agree without padding rules to remember. C++ checks every size with static_assert.
#ifndef SKINSIM_RENDER_TYPES_H
#define SKINSIM_RENDER_TYPES_H

#ifdef __cplusplus
#include <glm/glm.hpp>
namespace skinsim::render::shader {
using vec4 = glm::vec4;
using mat4 = glm::mat4;
#define SKINSIM_CONST inline constexpr
#else
#define SKINSIM_CONST const
#endif

// Descriptor sets and bindings.
#define SKINSIM_SET_FRAME 0         // per frame: uniforms and look-up tables
#define SKINSIM_BINDING_FRAME 0     // FrameUniforms
#define SKINSIM_BINDING_DIFFUSION 1 // pre-integrated skin diffusion, RGBA16F (DiffusionLut.hpp)
#define SKINSIM_BINDING_HEAT 2      // heatmap colours, 256x1 sRGB
#define SKINSIM_BINDING_ALBEDO 3    // skin albedo by melanin and blood, RGBA16F (AlbedoLut.hpp)
#define SKINSIM_SET_SURFACE 1       // per skin surface (before / after)
#define SKINSIM_SET_REFERENCE 2     // the surface a change is measured from (same bindings)
#define SKINSIM_BINDING_HEIGHT 0    // height above the patch's mean plane, µm, R32F
// RGBA16F with mips: slope dh/dx, dh/dy (µm/µm), depth below the surrounding skin (µm), and the
// light's visibility 0..1 (written by shadow.comp). One texture, so a CPU driver samples once.
#define SKINSIM_BINDING_DETAIL 1
#define SKINSIM_BINDING_PIGMENT                                                                    \
    2 // melanin and dermal blood volume fractions (erythema included); mips
// The normal skin around the patch on a face (same bindings as a surface): a periodic tile of
// microrelief and pigment repeated over the head (engine/skin/SurroundSkin.hpp).
#define SKINSIM_SET_SURROUND 3
// What a face mesh brings (GpuFace): a scan's base-colour texture, sRGB (1x1 white when none).
#define SKINSIM_SET_FACE 4
#define SKINSIM_BINDING_FACE_COLOUR 0

// What the surface shows (skin.frag's specialisation constant 0; FrameUniforms.shading.x).
SKINSIM_CONST int kModeSkin = 0;    // skin as skin
SKINSIM_CONST int kModeClay = 1;    // relief only, neutral material
SKINSIM_CONST int kModeHeatmap = 2; // depth below the surrounding skin, colour-coded
SKINSIM_CONST int kModeChange = 3;  // depth filled (+) or lost (-) since the reference surface
// Which geometry carries the patch (skin.frag's specialisation constant 1; shading.y).
SKINSIM_CONST int kViewPatch = 0;
SKINSIM_CONST int kViewFace = 1;
// FrameUniforms.lightDirection.w
SKINSIM_CONST int kLightDirectional = 0;
SKINSIM_CONST int kLightPoint = 1;

/// Everything a frame's shaders need besides textures. World units are millimetres.
struct FrameUniforms {
    mat4 viewProj;
    vec4 cameraPosMm;     // xyz
    vec4 lightDirection;  // xyz unit vector toward the light (directional); w: kLight*
    vec4 lightPositionMm; // xyz point light position; w: distance (mm) at which it gives
                          // lightRadiance
    vec4 lightRadiance;   // rgb irradiance on a surface facing the light (linear units); w: the
                          // light's angular radius (rad), which broadens highlights
    vec4 ambientSky;      // rgb ambient from above the surface
    vec4 ambientGround;   // rgb ambient from below
    vec4 patchCentreMm;   // xyz centre of the patch on the surface; w: patch width mm
    vec4 patchTangent;    // xyz patch +x (columns); w: patch height mm
    vec4 patchBitangent;  // xyz patch +y (rows, down the image); w: edge fade on a face (fraction)
    vec4 patchNormal;     // xyz out of the skin; w: relief exaggeration (1 = true scale)
    vec4 patchCells;      // x, y: cells; z: cell size µm; w: heatmap range µm (top of colour bar;
                          // change mode: the bar runs from -w to +w)
    vec4 shading;         // x: kMode*; y: kView*; z: microrelief amplitude outside the patch; w: -
    vec4 surroundSkin;    // x: melanin, y: dermal blood fraction, outside the patch (face view)
    vec4 scatterLod;   // rgb: mip level of the detail map whose normals each channel scatters over
    vec4 surroundTile; // x: tile size mm; y: its mean melanin, z: its mean blood; w: 1 when the
                       // face has a colour texture (a scan), else 0
    vec4 faceColourGain; // rgb: factor on the patch's albedo that matches it to the scan's colour
                         // around it (1 without a texture); w: relief kept (resurfacing), 0..1
    vec4 treatedSkin;    // x: blood added by the patch's erythema, y: melanin added (PIH), spread
                         // over the face within z mm of the patch's centre, fading over w mm
};

/// The patch grid (patch view): quads across and down.
struct GridPush {
    vec4 quads; // x, y: quads; z, w: -
};

/// Per surface drawn (fragment stage, after GridPush): what differs between before and after.
struct SurfacePush {
    vec4 bruiseTint; // rgb: the filter a full-strength bruise puts on the albedo; w: -
};

/// Shadow pass: the light in the patch's frame.
struct ShadowPush {
    vec4 light; // xy: unit direction toward the light in cells; z: tan(elevation); w: cell size µm
    vec4 params; // x: light's angular radius (rad); y: cells per shadow sample (stride); z: march
                 // length (cells); w: steps
};

/// Tone mapping and overlay.
struct PostPush {
    vec4 params; // x: exposure; y, z, w: -
};

#ifdef __cplusplus
static_assert(sizeof(FrameUniforms) == 64 + 17 * 16, "FrameUniforms must match its std140 layout");
static_assert(sizeof(GridPush) == 16);
static_assert(sizeof(SurfacePush) == 16);
static_assert(sizeof(ShadowPush) == 32);
static_assert(sizeof(PostPush) == 16);
} // namespace skinsim::render::shader
#endif

#endif
