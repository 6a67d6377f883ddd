#pragma once
// Tabulated spectra behind the skin colour, on one wavelength grid: 400-700 nm every 10 nm.
// Truncating the colour-matching functions' tails (380-400, 700-780 nm) moves the white point of
// D65 by little: X/Y 0.9494 and Z/Y 1.0871 here against 0.9505 and 1.0888 (CIE 015). 10 nm keeps
// haemoglobin's Q bands (540 / 580 nm) apart; the Soret peak (~415 nm) is coarsely sampled, where
// the eye barely sees. Sources beside each table in Spectra.cpp.

#include <array>

namespace skinsim::spectra {

inline constexpr int kFirstNm = 400;
inline constexpr int kStepNm = 10;
inline constexpr int kSamples = 31; ///< 400, 410, ..., 700 nm

using Spectrum = std::array<double, kSamples>;

/// Wavelength of sample i, nm.
constexpr double wavelengthNm(int i) {
    return kFirstNm + kStepNm * i;
}

/// CIE 1931 2° standard observer colour-matching functions x̄, ȳ, z̄.
const Spectrum& cieX();
const Spectrum& cieY();
const Spectrum& cieZ();
/// CIE standard illuminant D65, relative spectral power (100 at 560 nm).
const Spectrum& d65();
/// Molar extinction coefficients of oxy- and deoxyhaemoglobin, cm^-1/M (decadic).
const Spectrum& oxyHaemoglobinExtinction();
const Spectrum& deoxyHaemoglobinExtinction();

} // namespace skinsim::spectra
