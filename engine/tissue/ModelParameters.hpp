#pragma once
// Every calibrated constant of the tissue model, in one place, with its unit and its source.
// Sources are rows of ../shared/clinical/evidence.md (section numbers) or targets.json ids.
// "assumption" marks a value no source gives; "calibrated" marks a value tuned, with the whole set
// at once, so that tests/unit/sim/CalibrationTest.cpp reproduces targets.json. No value is tuned
// per scenario: the same parameters serve every plan.

namespace skinsim::model {

// ---- Collagen induction and remodelling (MODEL.md "Healing") -------------------------------

/// Time constant of the collagen-induction stimulus, days. Half-life ~76 days: improvement keeps
/// growing 1 -> 3 -> 6 months after the last session (targets late-remodelling, mn-time; hsp47
/// still present at 3 months, Hantash 2007, evidence.md 3c). MODEL.md suggests 60-90 days.
inline constexpr double kStimulusTauDays = 110.0;

/// Remodelling rate, per day per unit stimulus: how fast new collagen fills a deficit
/// (calibrated: co2-quartiles, co2-gb-grade).
inline constexpr double kRemodellingRate = 0.016;

/// Absolute-deposition scale, µm: a given stimulus deposits at most about this much new dermis per
/// unit of (rate x stimulus x day) into a deep deficit, so deep, narrow tracts fill by a smaller
/// fraction than shallow ones (evidence.md 3b: rolling ~ shallow boxcar > deep boxcar > icepick
/// under resurfacing). dδ/dt = -g R S δ / (1 + δ / kDepositionScaleUm). Calibrated.
inline constexpr double kDepositionScaleUm = 220.0;

/// How strongly fibrosis slows remodelling: rate x (1 - k F) (MODEL.md). Calibrated with the
/// generator's fibrosis levels (icepick tracts 0.92-1, deep boxcar bases 0.55-0.75, shallow
/// 0.4-0.6, chickenpox 0.3-0.5, rolling 0.2) to the ranking rolling ~ shallow boxcar > deep boxcar
/// > icepick (co2-by-type).
inline constexpr double kFibrosisBrake = 1.0;

/// Fibrosis itself remodels under stimulus, relative to the deficit rate. Assumption.
inline constexpr double kFibrosisRemodelling = 0.5;

/// Tether (fibrous band) remodelling under stimulus, relative to the deficit rate: rolling scars
/// respond best to resurfacing (evidence.md 3b, Majid & Imran 2014; IJMSPH Najran). Calibrated.
inline constexpr double kTetherRemodelling = 0.25;

/// Remodelling slows with age: factor 1 at 30 years, -1 % per year, within [0.5, 1.2]
/// (DESIGN.md section 3 "age (remodelling rate)"; the slope is an assumption).
inline double ageFactor(double ageYears) {
    const double f = 1.0 - 0.01 * (ageYears - 30.0);
    return f < 0.5 ? 0.5 : (f > 1.2 ? 1.2 : f);
}

// ---- Patient response across Monte-Carlo draws (MODEL.md "Patient") ------------------------

/// Log-space SD of the patient's collagen response multiplier R (median 1). Together with the
/// scar-to-scar spread below and the residual share, it sets the responder bands of fractional
/// CO2: 43 / 25 / 32 % (> 50 / 25-50 / < 25 %), Majid & Imran 2014, target co2-quartiles.
/// Calibrated.
inline constexpr double kResponseSigmaLog = 1.7;

/// Log-space SD of each scar's own response around the patient's: scars of one patient differ in
/// their blood supply, depth of fibrosis and wall structure, so a strong responder still keeps
/// some visible scars ("usually incomplete", Goodman; evidence.md 10: no abstract reports
/// complete clearance). Assumption on the size: half the patient spread in log space.
inline constexpr double kScarResponseSigmaLog = 0.5;

/// What remodelling cannot restore: new collagen fills a scar's deficit only down to this share
/// of its day-0 depth, more in fibrotic scars. The best published combination (subcision with
/// suction) reached 60-90 % improvement, 90 % the maximum, mean 71.7 % (Aalami Harandi 2011);
/// quartile-graded single-modality trials put 0-20 % of patients above 75 % (Al-Waiz &
/// Al-Sharqi; Sundaram 2022; Dogra 2014), evidence.md 10, targets wave2-no-erasure and
/// wave2-tail-quartiles. share = base + perFibrosis x day-0 fibrosis; calibrated.
inline constexpr double kResidualShareBase = 0.19;
inline constexpr double kResidualSharePerFibrosis = 0.05;
/// Log-space SD of the residual share between patients (assumption: the same order as the
/// healing-speed spread; it makes the best result differ from patient to patient rather than
/// every good responder stopping at one ceiling).
inline constexpr double kResidualSigmaLog = 0.35;
/// Remodelling loosens a tether at most to this share of its day-0 strength; only cutting it
/// (subcision) goes further. Assumption, the tether counterpart of the residual share.
inline constexpr double kResidualTether = 0.15;

/// Log-space SD of the healing-speed multiplier (erythema, crusting, bruising durations):
/// subcision bruising lasts 1 week in 57 % and 2 weeks in 43 % (Adv Biomed Res, evidence.md 4).
inline constexpr double kHealingSigmaLog = 0.35;

// ---- Tethers and subcision -------------------------------------------------------------------

/// Fraction of a tether cut by one subcision session (MODEL.md: T x ~0.2-0.4 remains; assumption).
inline constexpr double kSubcisionCut = 0.7;
/// Of the cut, the fraction that stays cut; the rest re-forms ("high recurrence rate" of subcision
/// alone, Aalami Harandi 2011, evidence.md 3a/3c). Assumption.
inline constexpr double kSubcisionPermanentFraction = 0.25;
/// New collagen laid down in a subcised plane holds the release: per unit of remodelling drive, the
/// share of the gap between a cut tether and the one it would re-form to that becomes permanent,
/// 1 - exp(-k x drive). Resurfacing after subcision therefore keeps more of the release than
/// subcision alone, which relapses ("high recurrence rate", Aalami Harandi 2011; subcision + CO2
/// 54.7 % vs CO2 43 %, Adv Biomed Res). Assumption on the size.
inline constexpr double kReleaseFixing = 0.3;
/// Time constant of tether re-formation after subcision, days (assumption: relapse over the
/// months of remodelling).
inline constexpr double kTetherRelapseTauDays = 90.0;

// ---- Skin surface renewal ------------------------------------------------------------------

/// Wound (open ablation) re-epithelialisation time constant at median healing, days: crusting
/// after fractional CO2 lasts 4-6 days (Majid & Imran 2014, evidence.md 4).
inline constexpr double kWoundTauDays = 1.6;
/// Microrelief flattened by resurfacing regrows with this time constant, days (assumption).
inline constexpr double kReliefRegrowthTauDays = 45.0;

/// Residual post-inflammatory erythema of acne scars fades by itself over months (assumption: the
/// evidence table has PIE only after treatments; clinically it lasts "months"): time constant,
/// days, from the start of the course.
inline constexpr double kScarPieFadeDays = 120.0;

/// The acne PIH halos of scars fade by themselves over months to years ("months to years", Davis
/// & Callender, J Clin Aesthet Dermatol 2010;3(7):20-31, a review): time constant, days
/// (assumption within that span), from the start of the course.
inline constexpr double kScarPihFadeDays = 240.0;

/// Oedema after a resurfacing session fades with this time constant at median healing, days:
/// "erythema and edema may persist for two to three days, or slightly longer with ablative
/// treatments" (textbook chapter, evidence.md 4); microneedling 2-3 days (acne.org, evidence.md
/// 4). A peak of 1 falls below the visible 0.1 after ~2.8 days.
inline constexpr double kOedemaTauDays = 1.2;
/// Swelling over subcised scars: 1-2 days (subcision + microneedling, Bhargava 2019; the
/// modality's downtime gives 2 days).
inline constexpr double kLocalOedemaTauDays = 0.9;

// ---- Filler --------------------------------------------------------------------------------

/// Weibull retention of HA filler, exp(-(age / lambda)^k): keeps ~84 % of the 1-month correction
/// at 6 months and ~53 % at 12 months (nasolabial-fold meta-analysis PMC8481177, evidence.md 3c,
/// target ha-kinetics; k and lambda derived from those two ratios).
inline constexpr double kFillerWeibullShape = 1.8;
inline constexpr double kFillerWeibullScaleDays = 464.0;

// ---- Erythema and pigment -------------------------------------------------------------------

/// Redness below which skin no longer looks red (for counting erythema days). Assumption.
inline constexpr double kErythemaVisible = 0.1;

/// Per-session PIH probability: logistic in skin type, ablation, density and depth.
/// Calibrated to: fractional CO2 at scar settings in Fitzpatrick IV, PIH in 51 % of sessions and
/// 92 % of patients (Manuskiatti 2010); NAFL in IV-VI, 4 % of sessions (JDD 2013); NAFL PIH
/// 12.4 % vs 7.1 % at high vs low density (Chan 2007); evidence.md 4, target pih-skin-type.
inline constexpr double kPihIntercept = -4.4;  ///< non-ablative, Fitzpatrick IV, density 10 %
inline constexpr double kPihPerSkinType = 1.0; ///< per Fitzpatrick step
inline constexpr double kPihAblative = 4.4;    ///< ablative injury, at kPihAblationFullUm or deeper
/// Ablation depth at which the ablative PIH term is full, µm; shallower ablation gets a share in
/// proportion. Minimally ablative Er:YAG x2 in Fitzpatrick IV-V gave no PIH (Dermatol Surg 2008,
/// PMID 18318730, target wave2-erbium-dark-skin), while fractional CO2 at scar settings (~140 µm
/// columns) gave PIH in 51 % of sessions (Manuskiatti 2010). Assumption: the ramp ends in the
/// papillary dermis, below the ~70 µm epidermis (Tsugita, evidence.md 1d).
inline constexpr double kPihAblationFullUm = 120.0;
inline constexpr double kPihPerDensity10 = 0.4; ///< per 10 % of density above 10 %
/// Fractional columns that cover much of the surface heal like a confluent wound, whose redness
/// lasts weeks: aggressive CO2 (ultrapulse plus fractional) left erythema for 30.7 +/- 3.5 days
/// (retrospective n=103, evidence.md 10, target wave2-aggressive-co2), scar settings 3-4 days
/// (Majid & Imran 2014). The erythema time constant grows by 1 + k x coverage², coverage being
/// the ablated share of the surface in one session (calibrated on those two figures).
inline constexpr double kConfluentErythema = 3.0;

/// Time constant of PIH fading, days: clears in ~5 weeks (Manuskiatti 2010) to 8-12 weeks
/// (Majid & Imran 2014).
inline constexpr double kPihTauDays = 25.0;
/// PIH darkens over the weeks after the injury rather than on the next day (it "develops" after
/// the inflammation and resolves in a mean of 5 weeks, Manuskiatti 2010): time constant of its
/// onset in the pictures, days (assumption). With kPihTauDays the visible pigment peaks ~10 days
/// after the session.
inline constexpr double kPihOnsetDays = 7.0;
/// Melanin excess of a PIH episode, relative to the constitutive melanin (assumption).
inline constexpr double kPihMelaninExcess = 0.35;

// ---- Patient factors the clinic asks about (evidence.md 10: little quantitative evidence found;
// every value below is an assumption unless a source is named, and is shown to the user as such).

/// Healing-speed multiplier (erythema, crusting, bruising) for a history of poor wound healing and
/// for keloids in the family (assumption).
inline constexpr double kPoorHealingSlowdown = 1.3;
inline constexpr double kKeloidFamilySlowdown = 1.15;
/// PIH log-odds added for those histories (assumption: inflammation that lasts longer leaves
/// more pigment, Davis & Callender 2010 on PIH and inflammation).
inline constexpr double kPoorHealingPihLogit = 0.5;
inline constexpr double kKeloidFamilyPihLogit = 0.7;
/// PIH log-odds added without daily sun protection after sessions, sometimes / never
/// (assumption; photoprotection is the standard PIH prevention, Davis & Callender 2010).
inline constexpr double kSunSometimesPihLogit = 0.5;
inline constexpr double kSunNonePihLogit = 1.0;
/// New (hypertrophic or atrophic) scarring caused by a session, per session, at the most
/// aggressive settings (injury that stays red for four weeks or more), no history: 0.5 %; scales
/// with how long the session's redness lasts beyond a week (a proxy of depth and confluence).
/// Assumption: fractional resurfacing rarely scars; fully ablative resurfacing does more often.
inline constexpr double kNewScarringAtMostAggressive = 0.005;
/// The same risk multiplied for a history of poor healing and of keloids in the family
/// (assumption).
inline constexpr double kPoorHealingScarringFactor = 3.0;
inline constexpr double kKeloidFamilyScarringFactor = 6.0;
/// Bacterial infection per session with an open wound and good aftercare: 0.1 % (impetigo after
/// 961 fractional treatments, Graber et al. 2008, Dermatol Surg 34:301; not in evidence.md);
/// closed-skin sessions (needling, injections) a third of it; neglected aftercare five times
/// (assumption).
inline constexpr double kInfectionOpenWound = 0.001;
inline constexpr double kInfectionClosedShare = 0.3;
inline constexpr double kInfectionPoorAftercare = 5.0;
/// New acne scars per cm² of skin per month while acne stays active, mild / moderate / severe
/// (assumption; scarring follows inflammatory lesions, and more of them in more severe acne).
inline constexpr double kNewScarsMild = 0.005;
inline constexpr double kNewScarsModerate = 0.02;
inline constexpr double kNewScarsSevere = 0.06;

} // namespace skinsim::model
