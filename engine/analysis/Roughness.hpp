#pragma once
// Areal surface roughness (ISO 25178 Sa, Sq, Ssk, Sku; reported under the profile names Ra, Rq,
// Rsk, Rku that skin-measuring devices use), after removing the least-squares mean plane.

#include "core/Field2D.hpp"

namespace skinsim {

struct Roughness {
    double raUm = 0;  ///< arithmetic mean deviation, µm
    double rqUm = 0;  ///< root mean square deviation, µm
    double rsk = 0;   ///< skewness (negative: valleys dominate, as in scarred skin)
    double rku = 0;   ///< kurtosis (3 for a Gaussian surface)
};

/// Roughness of a height map (µm). Thread-count independent (row sums combined in order).
Roughness roughness(const FieldF& heightUm);

} // namespace skinsim
