#pragma once
// The microrelief of normal facial skin by region and age (what generateMicrorelief draws): the
// polygon network of primary and secondary furrows, pores in two classes, and fine roughness.
// Sources are those of ../shared/clinical/realism.md ("Microrelief"); values the literature does
// not give are marked "assumption" with the reason they were chosen. The values are for the
// surface as a 25 µm grid shows it (the default patch): at that sampling the scanners that measure
// facial skin in vivo also see furrows as shallow grooves, not as the sharp clefts of a replica
// under a microscope.

#include "skin/PatchSpec.hpp"

namespace skinsim {

/// One furrow network: the borders of jittered-grid Voronoi cells (CellNetwork.hpp).
struct FurrowNetwork {
    double cellMm = 0.5;      ///< spacing of the polygons, mm
    double depthUm = 30;      ///< median furrow depth, µm (each line lognormal around it)
    double halfWidthUm = 100; ///< half width at the rim, µm
    double presence = 1.0;    ///< share of cell borders that are furrows (1: all)
};

/// One class of pores: funnels on a jittered grid (Pores.hpp).
struct PoreClass {
    double perMm2 = 1.0;        ///< density of openings, per mm²
    double diameterUm = 80;     ///< median opening diameter, µm (lognormal)
    double minDiameterUm = 0;   ///< openings are drawn at least this wide, µm
    double maxDiameterUm = 1e9; ///< and at most this wide, µm
    double depthUm = 15;        ///< median depth, µm (lognormal)
    double maxDepthUm = 40;     ///< depth cap, µm
};

/// Microrelief of one region at one age. The member defaults are placeholders: reliefParams() gives
/// the values with their sources.
struct ReliefParams {
    FurrowNetwork primary;
    FurrowNetwork secondary;
    double stretch = 1.3;     ///< polygons elongated along the skin's main line direction
    double lineAngleDeg = 30; ///< main line direction in the patch, degrees from the x axis
    PoreClass finePores;      ///< the many small follicle openings
    PoreClass visiblePores;   ///< the sparse openings of 250 µm and more (Flament 2015)
    double roughnessUm = 1.0; ///< SD of the fine roughness on the plateaus, µm
};

/// The relief of `region` for a patient of `ageYears`: furrows unchanged to 40, deeper from 50;
/// the secondary network fading from 50 to 80; line directions spreading with age.
ReliefParams reliefParams(Region region, double ageYears);

/// How much deeper primary furrows are at `ageYears` than at 40 (1 up to 40 y).
double furrowDepthFactor(double ageYears);

/// Share of the secondary lines left at `ageYears` (1 up to 50 y).
double secondaryLineShare(double ageYears);

} // namespace skinsim
