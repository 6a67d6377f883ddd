#include "skin/Spectra.hpp"

// Each table: 31 values, 400 to 700 nm every 10 nm, in rows of eight (the comment gives a row's
// wavelengths, nm).

namespace skinsim::spectra {

// CIE 015:2018 (Colorimetry, 4th ed.), table of the CIE 1931 standard colorimetric observer,
// sampled every 10 nm from 400 to 700 nm (the 1 nm table as distributed by CVRL, ciexyz31_1).
const Spectrum& cieX() {
    // clang-format off
    static constexpr Spectrum k = {
        0.014310, 0.043510, 0.134380, 0.283900, 0.348280, 0.336200, 0.290800, 0.195360, // 400-470
        0.095640, 0.032010, 0.004900, 0.009300, 0.063270, 0.165500, 0.290400, 0.433450, // 480-550
        0.594500, 0.762100, 0.916300, 1.026300, 1.062200, 1.002600, 0.854450, 0.642400, // 560-630
        0.447900, 0.283500, 0.164900, 0.087400, 0.046770, 0.022700, 0.011359,           // 640-700
    };
    // clang-format on
    return k;
}

const Spectrum& cieY() {
    // clang-format off
    static constexpr Spectrum k = {
        0.000396, 0.001210, 0.004000, 0.011600, 0.023000, 0.038000, 0.060000, 0.090980, // 400-470
        0.139020, 0.208020, 0.323000, 0.503000, 0.710000, 0.862000, 0.954000, 0.994950, // 480-550
        0.995000, 0.952000, 0.870000, 0.757000, 0.631000, 0.503000, 0.381000, 0.265000, // 560-630
        0.175000, 0.107000, 0.061000, 0.032000, 0.017000, 0.008210, 0.004102,           // 640-700
    };
    // clang-format on
    return k;
}

const Spectrum& cieZ() {
    // clang-format off
    static constexpr Spectrum k = {
        0.067850, 0.207400, 0.645600, 1.385600, 1.747060, 1.772110, 1.669200, 1.287640, // 400-470
        0.812950, 0.465180, 0.272000, 0.158200, 0.078250, 0.042160, 0.020300, 0.008750, // 480-550
        0.003900, 0.002100, 0.001650, 0.001100, 0.000800, 0.000340, 0.000190, 0.000050, // 560-630
        0.000020, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0,                                         // 640-700
    };
    // clang-format on
    return k;
}

// CIE 015:2018, relative spectral power distribution of illuminant D65 (table of CIE standard
// illuminant D65, every 10 nm).
const Spectrum& d65() {
    // clang-format off
    static constexpr Spectrum k = {
        82.7549, 91.4860, 93.4318, 86.6823, 104.865, 117.008, 117.812, 114.861,         // 400-470
        115.923, 108.811, 109.354, 107.802, 104.790, 107.689, 104.405, 104.046,         // 480-550
        100.000, 96.3342, 95.7880, 88.6856, 90.0062, 89.5991, 87.6987, 83.2886,         // 560-630
        83.6992, 80.0268, 80.2146, 82.2778, 78.2842, 69.7213, 71.6091,                  // 640-700
    };
    // clang-format on
    return k;
}

// S. Prahl, "Tabulated molar extinction coefficient for hemoglobin in water" (OMLC, 1999;
// omlc.org/spectra/hemoglobin/summary.html), compiled from W. B. Gratzer and N. Kollias:
// cm^-1/M, every 10 nm from the 2 nm table (decadic: mu_a = 2.303 epsilon c).
const Spectrum& oxyHaemoglobinExtinction() {
    // clang-format off
    static constexpr Spectrum k = {
        266232, 466840, 480360, 246072, 102580, 62816, 44480, 33209.2,                  // 400-470
        26629.2, 23684.4, 20932.8, 20035.2, 24202.4, 39956.8, 53236, 43016,             // 480-550
        32613.2, 44496, 50104, 14400.8, 3200, 1506, 942, 610,                           // 560-630
        442, 368, 319.6, 294, 277.6, 276, 290,                                          // 640-700
    };
    // clang-format on
    return k;
}

const Spectrum& deoxyHaemoglobinExtinction() {
    // clang-format off
    static constexpr Spectrum k = {
        223296, 303956, 407560, 528600, 413280, 103292, 23388.8, 16156.4,               // 400-470
        14550, 16684, 20862, 25773.6, 31589.6, 39036.4, 46592, 53412,                   // 480-550
        53788, 45072, 37020, 28324.4, 14677.2, 9443.6, 6509.6, 5148.8,                  // 560-630
        4345.2, 3750.12, 3226.56, 2795.12, 2407.92, 2051.96, 1794.28,                   // 640-700
    };
    // clang-format on
    return k;
}

} // namespace skinsim::spectra
