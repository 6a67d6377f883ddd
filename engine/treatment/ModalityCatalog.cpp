#include "treatment/ModalityCatalog.hpp"

// Every default and range below cites the study it comes from; the full references and the
// numbers quoted are in shared/clinical/evidence.md (section numbers in brackets). Where no
// published value was found the comment says *assumption* and why the value is sensible.

namespace skinsim {
namespace {

// --- Fractional CO2 (evidence.md 2, 3a, 4) ------------------------------------------------------
constexpr ModalityParameter kFractionalCo2[] = {
    // Default 15 mJ lies between the two settings of the acne-scar split-face trial (10 and 20 mJ,
    // same efficacy, more adverse effects at 20 mJ: Yuan 2014). Range: Hantash 2007 measured
    // 5-40 mJ per 120 µm microbeam; the eCO2 depth study measured 80-160 mJ on facial skin
    // (ablation 520-900 µm); nothing above 160 mJ was measured with the 120 µm tip.
    {.name = "pulse_energy_mj",
     .label = "Pulse energy",
     .unit = "mJ",
     .kind = ParameterKind::Real,
     .defaultValue = 15,
     .min = 5,
     .max = 160,
     .description = "Energy per microbeam; sets how deep each ablated column reaches",
     .source = "Yuan 2014 Dermatol Surg; Hantash 2007 Lasers Surg Med; eCO2 depth study"},
    // Default 10 % coverage: the lower arm of Yuan 2014 (10 vs 20 %, equal efficacy, fewer
    // adverse effects); PIH rises with density (Chan 2007, Alexis 2016). Upper bound 70 %:
    // *assumption*, a scanner's highest coverage; beyond it columns merge into confluent
    // ablation, which is no longer fractional (fully ablative CO2: PIH > 37 %, Tan 2008).
    {.name = "density_pct",
     .label = "Density",
     .unit = "%",
     .kind = ParameterKind::Real,
     .defaultValue = 10,
     .min = 1,
     .max = 70,
     .description = "Share of the skin surface covered by ablated columns per pass",
     .source = "Yuan 2014 Dermatol Surg; Chan 2007; Alexis 2016; Tan 2008"},
    // One pass: the "single conservative pass" of Tan 2008 (no PIH in 0/7 types IV-V). Up to 4
    // stacked passes: *assumption*, the most a clinician stacks on one area in a session.
    {.name = "passes",
     .label = "Passes",
     .unit = "",
     .kind = ParameterKind::Integer,
     .defaultValue = 1,
     .min = 1,
     .max = 4,
     .description = "Passes over the same area in one session",
     .source = "Tan 2008 J Drugs Dermatol (single pass); upper bound is an assumption"},
};

// --- Fractional Er:YAG (evidence.md 2, 3a) -------------------------------------------------------
constexpr ModalityParameter kFractionalErbium[] = {
    // Er:YAG removes ~6 µm per J/cm² (Lasers Med Sci), ≤ 50 µm thermal necrosis (Kaufmann &
    // Hibst 1996). Default 25 J/cm² ≈ 150 µm of ablation: *assumption*, a papillary-to-upper
    // reticular depth where Er:YAG deposits its energy (Clin Dermatol 2007). Range 5-100 J/cm²
    // ≈ 30-600 µm: *assumption*, from the epidermis (~70 µm, Tsugita) to the depth of a CO2
    // column at 80 mJ (520 µm, eCO2 depth study).
    {.name = "fluence_j_cm2",
     .label = "Fluence",
     .unit = "J/cm²",
     .kind = ParameterKind::Real,
     .defaultValue = 25,
     .min = 5,
     .max = 100,
     .description = "Fluence per microbeam; ablation depth is about 6 µm per J/cm²",
     .source = "Lasers Med Sci (Er:YAG ablation); Kaufmann & Hibst 1996"},
    // Same coverage as the CO2 default and bound (*assumption*: no published Er:YAG density for
    // scars was found; the CO2 vs Er:YAG split-face trial treated both sides alike, Manuskiatti
    // 2013).
    {.name = "density_pct",
     .label = "Density",
     .unit = "%",
     .kind = ParameterKind::Real,
     .defaultValue = 10,
     .min = 1,
     .max = 70,
     .description = "Share of the skin surface covered by ablated columns per pass",
     .source = "assumption, as fractional CO2 (Manuskiatti 2013 compared them side by side)"},
    {.name = "passes",
     .label = "Passes",
     .unit = "",
     .kind = ParameterKind::Integer,
     .defaultValue = 1,
     .min = 1,
     .max = 4,
     .description = "Passes over the same area in one session",
     .source = "assumption, as fractional CO2"},
};

// --- Non-ablative fractional laser, 1540/1550 nm (evidence.md 2, 3a, 4) -------------------------
constexpr ModalityParameter kNonablativeFractional[] = {
    // Chan 2007 treated acne scars at 6-20 mJ; default 10 mJ inside that range. Upper bound
    // 70 mJ: *assumption*, the top setting of 1550 nm devices (not in evidence.md).
    {.name = "pulse_energy_mj",
     .label = "Pulse energy",
     .unit = "mJ",
     .kind = ParameterKind::Real,
     .defaultValue = 10,
     .min = 5,
     .max = 70,
     .description = "Energy per microthermal zone; sets how deep each coagulated column reaches",
     .source = "Chan 2007 Lasers Surg Med"},
    // PIH 12.4 % at high vs 7.1 % at low density (Chan 2007) with equal efficacy (Alexis 2016),
    // so the default is a low coverage. The values in % are an *assumption*: the studies give
    // densities as zones per cm², and the zone width was not found.
    {.name = "density_pct",
     .label = "Density",
     .unit = "%",
     .kind = ParameterKind::Real,
     .defaultValue = 15,
     .min = 1,
     .max = 50,
     .description = "Share of the skin surface covered by coagulated columns per session",
     .source = "Chan 2007; Alexis 2016 Dermatol Surg (density vs PIH); % values an assumption"},
};

// --- Microneedling (evidence.md 2, 3a, 3d) ------------------------------------------------------
constexpr ModalityParameter kMicroneedling[] = {
    // Median needle length of 10 acne-scar studies: 1.5 mm (Harris 2015); also Dhollan's 1.5 mm
    // dermaroller. Range 0.25-3.0 mm: *assumption*, the needle lengths of rollers and pens sold.
    {.name = "needle_mm",
     .label = "Needle length",
     .unit = "mm",
     .kind = ParameterKind::Real,
     .defaultValue = 1.5,
     .min = 0.25,
     .max = 3.0,
     .description = "Needle length: how deep the punctures reach",
     .source = "Harris 2015 Int J Womens Dermatol (median 1.5 mm)"},
    // PRP improves the score 62 % vs 46 % (Asif 2016); odds of > 50 % improvement x2.97 (Kang &
    // Lu 2022). Off by default: plain microneedling is the reference protocol (Alam 2014).
    {.name = "prp",
     .label = "With PRP",
     .unit = "",
     .kind = ParameterKind::YesNo,
     .defaultValue = 0,
     .min = 0,
     .max = 1,
     .description = "Platelet-rich plasma applied after needling",
     .source = "Asif 2016 J Cosmet Dermatol; Kang & Lu 2022 Front Med"},
};

// --- Chemical peel (evidence.md 1d, 2, 4) -------------------------------------------------------
constexpr std::string_view kPeelDepths[] = {"superficial", "medium", "deep"};
constexpr ModalityParameter kChemicalPeel[] = {
    // Medium peels remove the epidermis and papillary dermis, deep peels also about half the
    // reticular dermis (acne.org [S]). Medium by default: the peel used for scars in series
    // (60 % good or excellent after 4 sessions, acne.org [S]); a deep peel is a single treatment
    // with ~2 months of erythema.
    {.name = "depth",
     .label = "Peel depth",
     .unit = "",
     .kind = ParameterKind::Choice,
     .choices = kPeelDepths,
     .defaultChoice = "medium",
     .description = "Peel depth: superficial (epidermis), medium (+ papillary dermis), deep "
                    "(+ half the reticular dermis)",
     .source = "acne.org medium and deep peel pages [S, evidence.md 1d, 3a]"},
};

// --- TCA CROSS (evidence.md 2, 3a) --------------------------------------------------------------
constexpr ModalityParameter kTcaCross[] = {
    // 100 % beats 65 % (good response 94 % vs 82 %, Lee 2002) and is the strength of the icepick
    // trials (Bhardwaj & Khunger 2010; Khunger 2011). In use: 50-100 % (Kaur & Kalsy 2014), and
    // 30 % CROSS alternating with microneedling (Waqas) sets the lower bound.
    {.name = "concentration_pct",
     .label = "TCA strength",
     .unit = "%",
     .kind = ParameterKind::Real,
     .defaultValue = 100,
     .min = 30,
     .max = 100,
     .description = "Trichloroacetic acid strength pressed into each scar",
     .source = "Lee 2002 Dermatol Surg; Bhardwaj & Khunger 2010; Kaur & Kalsy 2014; Waqas"},
};

// --- Hyaluronic acid filler (evidence.md 2, 3c) -------------------------------------------------
constexpr ModalityParameter kHaFiller[] = {
    // Volume into the patch's targeted scars in one session. Total correction of a face's scars
    // took 1.144 mL at the first session (Goodman & Van Den Broek 2016), ~0.57 mL per side; a
    // 30 x 30 mm patch is about a third of a cheek, so ~0.2 mL (derived; the area share is an
    // *assumption*). Upper bound: up to 2 mL per side per session (Dierickx 2018).
    {.name = "volume_ml",
     .label = "Filler volume",
     .unit = "mL",
     .kind = ParameterKind::Real,
     .defaultValue = 0.2,
     .min = 0.01,
     .max = 2.0,
     .description = "Filler volume injected into the targeted scars of the patch",
     .source = "Goodman & Van Den Broek 2016 Australas J Dermatol; Dierickx 2018 Dermatol Surg"},
};

// --- Subcision (evidence.md 2, 3a, 3c) ----------------------------------------------------------
constexpr ModalityParameter kSubcision[] = {
    // Subcision alone has a high recurrence rate; with frequent suction after it the depressions
    // improved 72 % on average vs 44 % when suction was late or infrequent (Aalami Harandi 2011).
    {.name = "suction",
     .label = "Suction after",
     .unit = "",
     .kind = ParameterKind::YesNo,
     .defaultValue = 0,
     .min = 0,
     .max = 1,
     .description = "Repeated suction in the weeks after subcision, to stop tethers re-forming",
     .source = "Aalami Harandi 2011 J Eur Acad Dermatol Venereol"},
};

// --- Punch excision (evidence.md 2, 4) ----------------------------------------------------------
constexpr ModalityParameter kPunchExcision[] = {
    // Punches of 1.5-3.5 mm, matched to the scar so its wall is included (scars1.com,
    // heberdavis [S]; no peer-reviewed source). Default 2 mm: the smallest punch that takes the
    // whole wall of a typical icepick (< 2 mm across, Fabbrocini 2010) (*assumption*).
    {.name = "punch_mm",
     .label = "Punch diameter",
     .unit = "mm",
     .kind = ParameterKind::Real,
     .defaultValue = 2.0,
     .min = 1.5,
     .max = 3.5,
     .description = "Punch diameter; scars wider than the punch are not excised",
     .source = "scars1.com, heberdavis.com.au [S]; Fabbrocini 2010 (icepick < 2 mm)"},
};

// Typical intervals between sessions, from the protocols of the studies the targets come from.
constexpr Modality kCatalog[] = {
    {.key = "fractional_co2",
     .displayName = "Fractional CO2 laser",
     .defaultTarget = "all",
     .intervalDays = 42, // 6 weeks: Majid & Imran 2014; JCAS North India (4 sessions)
     .parameters = kFractionalCo2,
     .sources = "Majid & Imran 2014; JCAS North India; Manuskiatti 2010; Yuan 2014; Hantash 2007"},
    {.key = "fractional_erbium",
     .displayName = "Fractional Er:YAG laser",
     .defaultTarget = "all",
     .intervalDays = 60, // 2 months: Manuskiatti 2013 (2 sessions, split-face vs CO2)
     .parameters = kFractionalErbium,
     .sources = "Manuskiatti 2013; Kaufmann & Hibst 1996; Lasers Med Sci (Er:YAG ablation)"},
    {.key = "nonablative_fractional",
     .displayName = "Non-ablative fractional laser (1540/1550 nm)",
     .defaultTarget = "all",
     .intervalDays = 21, // 3 weeks: Dermatol Ther 2012 (6 sessions); Elsaie (4 sessions)
     .parameters = kNonablativeFractional,
     .sources = "Chan 2007; Alexis 2016; Elsaie; Alajlan 2011; Dermatol Ther 2012"},
    {.key = "microneedling",
     .displayName = "Microneedling",
     .defaultTarget = "all",
     .intervalDays = 28, // median 4 weeks over 10 studies: Harris 2015
     .parameters = kMicroneedling,
     .sources = "Harris 2015; Alam 2014; Asif 2016; Kang & Lu 2022; Leheta 2011"},
    {.key = "chemical_peel",
     .displayName = "Chemical peel",
     .defaultTarget = "all",
     .intervalDays = 21, // light and medium peels every 2-3 weeks (acne.org [S])
     .parameters = kChemicalPeel,
     .sources = "acne.org peel pages [S]; acnecenterofmichigan [S]"},
    {.key = "tca_cross",
     .displayName = "TCA CROSS",
     .defaultTarget = "icepick",
     .intervalDays = 14, // 2-weekly x 4: Bhardwaj & Khunger 2010; Khunger 2011
     .parameters = kTcaCross,
     .sources = "Lee 2002; Bhardwaj & Khunger 2010; Khunger 2011; Leheta 2011"},
    {.key = "ha_filler",
     .displayName = "Hyaluronic acid filler",
     .defaultTarget = "all", // every depression of the patch (JCAD 2015 Table 1)
     .intervalDays = 28,     // 3 sessions 4 weeks apart: Dierickx 2018
     .parameters = kHaFiller,
     .sources = "Dierickx 2018; Halachmi 2013; Goodman & Van Den Broek 2016; PMC8481177"},
    {.key = "subcision",
     .displayName = "Subcision",
     .defaultTarget = "rolling", // "mainly useful for rolling scars": Chandrashekar 2010
     .intervalDays = 28,         // 4 sessions 4 weeks apart: Bhargava 2019
     .parameters = kSubcision,
     .sources = "Orentreich 1995; Chandrashekar 2010; Aalami Harandi 2011; Lasers Med Sci 2023"},
    {.key = "punch_excision",
     .displayName = "Punch excision",
     .defaultTarget = "icepick", // JCAD 2015 Table 1
     .intervalDays = 28, // >= 4 weeks between sessions for neighbouring scars (acne.org [S])
     .parameters = kPunchExcision,
     .sources = "JCAD 2015 Table 1; scars1.com [S]; heberdavis [S]"},
};

} // namespace

const ModalityParameter* Modality::findParameter(std::string_view name) const {
    for (const ModalityParameter& parameter : parameters) {
        if (parameter.name == name) {
            return &parameter;
        }
    }
    return nullptr;
}

std::span<const Modality> modalityCatalog() {
    return kCatalog;
}

const Modality* findModality(std::string_view key) {
    for (const Modality& modality : kCatalog) {
        if (modality.key == key) {
            return &modality;
        }
    }
    return nullptr;
}

} // namespace skinsim
