#include "app/PatchExport.hpp"

#include "render/AlbedoLut.hpp"
#include "render/BitmapFont.hpp"
#include "skin/SkinAnatomy.hpp"
#include "skin/SkinColour.hpp"

#include <algorithm>
#include <cmath>
#include <glm/glm.hpp>
#include <string_view>

namespace skinsim::app {

namespace {

/// The albedo the renderer gives each cell (AlbedoLut, the shader's table), as sRGB texels.
Image8 baseColourOf(const render::SkinSurface& surface) {
    const render::AlbedoLut lut = render::buildAlbedoLut();
    const FieldF& melanin = surface.melanin;
    Image8 image(melanin.width(), melanin.height(), 3);
    for (int y = 0; y < melanin.height(); ++y) {
        for (int x = 0; x < melanin.width(); ++x) {
            const float blood = surface.blood(x, y) +
                                static_cast<float>(kErythemaBloodFraction) * surface.erythema(x, y);
            const glm::vec3 linear = render::sampleAlbedoLut(lut, melanin(x, y), blood);
            std::uint8_t* texel = image.at(x, y);
            for (int c = 0; c < 3; ++c) {
                texel[c] = linearToSrgb8(linear[c]);
            }
        }
    }
    return image;
}

/// "Simulated" in the bottom right corner of the texture, white on a dark outline, 1/40 of its
/// height a line: the model is never taken for a scan of the patient (a viewer shows no caption).
void stampSimulated(Image8& image) {
    const std::string_view text = "Simulated";
    const int scale = std::max(1, image.height / (40 * render::kGlyphHeight));
    const int width = render::textWidth(text) * scale;
    const int left = image.width - width - 4 * scale;
    const int top = image.height - (render::kGlyphHeight + 4) * scale;
    const auto lit = [&](int px, int py) { // a font pixel of the text at (px, py)
        const int column = px / render::kGlyphAdvance;
        const int bit = px % render::kGlyphAdvance;
        if (px < 0 || py < 0 || py >= render::kGlyphHeight || column >= int(text.size()) ||
            bit >= render::kGlyphWidth) {
            return false;
        }
        return (render::glyph(static_cast<unsigned char>(text[column]))[py] >>
                    (render::kGlyphWidth - 1 - bit) &
                1) != 0;
    };
    for (int y = std::max(0, top - scale); y < image.height; ++y) {
        for (int x = std::max(0, left - scale); x < image.width; ++x) {
            const int px = (x - left) / scale - (x < left ? 1 : 0);
            const int py = (y - top) / scale - (y < top ? 1 : 0);
            bool outline = false;
            for (int dy = -1; dy <= 1 && !outline; ++dy) {
                for (int dx = -1; dx <= 1 && !outline; ++dx) {
                    outline = lit(px + dx, py + dy);
                }
            }
            if (lit(px, py) || outline) {
                std::uint8_t* texel = image.at(x, y);
                const std::uint8_t value = lit(px, py) ? 255 : 40;
                texel[0] = texel[1] = texel[2] = value;
            }
        }
    }
}

/// Normals of the detail below the mesh's cells: x right, y up (the field's row 0 at the top).
Image8 normalTextureOf(const FieldF& detailUm) {
    Image8 image(detailUm.width(), detailUm.height(), 3);
    const auto twoPixels = static_cast<float>(2.0 * detailUm.pixelUm());
    for (int y = 0; y < detailUm.height(); ++y) {
        for (int x = 0; x < detailUm.width(); ++x) {
            const float dx = (detailUm.clamped(x + 1, y) - detailUm.clamped(x - 1, y)) / twoPixels;
            // y grows down the field and up the mesh.
            const float dy = (detailUm.clamped(x, y - 1) - detailUm.clamped(x, y + 1)) / twoPixels;
            const glm::vec3 n = glm::normalize(glm::vec3(-dx, -dy, 1.0f));
            std::uint8_t* texel = image.at(x, y);
            for (int c = 0; c < 3; ++c) {
                texel[c] = static_cast<std::uint8_t>(std::lround((n[c] * 0.5f + 0.5f) * 255.0f));
            }
        }
    }
    return image;
}

} // namespace

PatchModel patchModel(const render::SkinSurface& surface, const mesh::ReliefMeshOptions& options) {
    FieldF height = surface.heightUm;
    if (surface.swellingUm) {
        for (int y = 0; y < height.height(); ++y) {
            for (int x = 0; x < height.width(); ++x) {
                height(x, y) += (*surface.swellingUm)(x, y);
            }
        }
    }
    PatchModel model;
    model.mesh = mesh::reliefMesh(height, options);
    model.mesh.baseColour = baseColourOf(surface);
    stampSimulated(model.mesh.baseColour);
    model.normalTexture = normalTextureOf(mesh::detailBelowCells(height, options));
    return model;
}

} // namespace skinsim::app
