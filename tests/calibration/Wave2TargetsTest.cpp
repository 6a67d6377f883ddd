// The wave-2 targets of targets.json (evidence.md section 10): the upper tail of the range (scars
// improve, they are not erased), peels, ablative vs non-ablative, and dark skin.

#include "Harness.hpp"
#include "treatment/ModalityCatalog.hpp"

#include <algorithm>
#include <cstdio>

using namespace skinsim;
using namespace skinsim::test;

namespace {

std::string observe(std::initializer_list<int> days) {
    std::string s = "[";
    for (int d : days) {
        s += s.size() > 1 ? ", " : "";
        s += std::to_string(d);
    }
    return s + "]";
}

double largest(const std::vector<double>& v) {
    return v.empty() ? 0.0 : *std::max_element(v.begin(), v.end());
}

std::string patientOfType(int fitzpatrick) {
    std::string p = R"({"fitzpatrick": )";
    p += std::to_string(fitzpatrick);
    p += R"(, "age": 30})";
    return p;
}

} // namespace

// wave2-tail-quartiles and wave2-no-erasure: every modality of the catalogue alone, 3 and 6
// monthly sessions at default settings, on mixed scars, 6 months after the last session: at most
// 30 % of patients in the > 75 % band (published 0-20 %: Al-Waiz & Al-Sharqi 6.6 %, Sundaram
// 2022 ~10 %, Dogra 2014 13 %), and no patient at 95 % or more (best published combination: 90 %
// at most, Aalami Harandi 2011).
TEST(Wave2TailQuartiles, SingleModalitiesPutFewPatientsAboveSeventyFivePercentAndNoneNearAll) {
    for (const Modality& modality : modalityCatalog()) {
        for (int sessions : {3, 6}) {
            const int last = 28 * (sessions - 1);
            const Trial t =
                runTrial(trialJson(kMixedScars, repeated(std::string(modality.key), sessions, 28),
                                   observe({0, last + 180}), 64));
            const DayOutcome& d = onDay(t, last + 180);
            std::printf("wave2-tail %-22s x%d: p10 %.2f p50 %.2f p90 %.2f max %.3f gt75 %.2f\n",
                        std::string(modality.key).c_str(), sessions, d.improvement.p10,
                        d.improvement.p50, d.improvement.p90, largest(d.improvementDraws),
                        d.responders[3]);
            EXPECT_LE(d.responders[3], 0.30) << modality.key << " x" << sessions;
            EXPECT_LT(largest(d.improvementDraws), 0.95) << modality.key << " x" << sessions;
        }
    }
}

// wave2-no-erasure on the presets (their own scars, patient and plan) and on the moderate
// combination applied to the trials' mixed scars: no draw reaches 95 % on any observed day.
TEST(Wave2NoErasure, NoPresetPatientHasAScarPatchErased) {
    for (const char* preset : {"mild", "moderate", "severe", "chickenpox"}) {
        auto scenario = loadScenario(preset);
        ASSERT_TRUE(scenario) << scenario.error().message;
        scenario->draws = 64;
        auto prepared =
            prepareSimulation(*scenario, GenerateOptions{.microrelief = false, .progress = {}});
        ASSERT_TRUE(prepared) << prepared.error().message;
        const Outcome o = simulateOutcome(*prepared, *scenario);
        double best = 0;
        for (const DayOutcome& d : o.days) {
            best = std::max(best, largest(d.improvementDraws));
        }
        const DayOutcome& last = o.days.back();
        std::printf("wave2-no-erasure %-10s day %d: p10 %.2f p50 %.2f p90 %.2f, best draw on any "
                    "day %.3f\n",
                    preset, last.day, last.improvement.p10, last.improvement.p50,
                    last.improvement.p90, best);
        EXPECT_LT(best, 0.95) << preset;
    }
}

// wave2-mn-dark-skin: dermaroller x5 monthly in Fitzpatrick IV-V: scar score -45 % one month after
// the last session; PIH in 5/30 patients (Dogra 2014).
TEST(Wave2MicroneedlingDarkSkin, ImprovesAboutHalfWithFewPihEpisodes) {
    for (int type : {4, 5}) {
        const Trial t = runTrial(trialJson(kMixedScars, repeated("microneedling", 5, 28),
                                           observe({0, 142}), 32, patientOfType(type)));
        const DayOutcome& d = onDay(t, 142);
        std::printf("wave2-mn-dark-skin type %d: p50 %.2f, PIH %.3f\n", type, d.improvement.p50,
                    t.outcome.pihProbability);
        EXPECT_GE(d.improvement.p50, 0.3) << "type " << type;
        EXPECT_LE(d.improvement.p50, 0.6) << "type " << type;
        EXPECT_GE(t.outcome.pihProbability, 0.05) << "type " << type;
        EXPECT_LE(t.outcome.pihProbability, 0.3) << "type " << type;
    }
}

// wave2-aggressive-co2: CO2 at its most aggressive (confluent coverage) leaves redness for about a
// month (30.7 +/- 3.5 days, multiple-mode CO2, n=103), not the 3-4 days of scar settings.
TEST(Wave2AggressiveCo2, RednessLastsWeeksAtTheHighestEnergyAndDensity) {
    for (const char* passes : {"1", "4"}) {
        std::string params = R"({"pulse_energy_mj": 160, "density_pct": 70, "passes": )";
        params += passes;
        params += "}";
        const std::string fewScars =
            R"({"random": [{"type": "boxcar", "count": 2}, {"type": "rolling", "count": 1}]})";
        const Trial t = runTrial(trialJson(fewScars, repeated("fractional_co2", 1, 28, params),
                                           observe({0, 60}), 16, patientOfType(3), "[12, 12]"));
        ASSERT_EQ(t.outcome.draws, 16);
        std::printf("wave2-aggressive-co2, %s pass(es): erythema p50 %.1f d\n", passes,
                    t.outcome.erythemaDays.p50);
        EXPECT_GE(t.outcome.erythemaDays.p50, 14) << passes << " passes";
        EXPECT_LE(t.outcome.erythemaDays.p50, 45) << passes << " passes";
    }
}

// wave2-peel-combination: a medium-depth peel (Jessner + TCA) beats a superficial one, same number
// of sessions: marked improvement 60 % vs 28 % (Puri 2015).
TEST(Wave2PeelCombination, MediumPeelBeatsSuperficialPeel) {
    auto peel = [](const char* depth) {
        std::string params = R"({"depth": ")";
        params += depth;
        params += R"("})";
        const Trial t = runTrial(trialJson(kMixedScars, repeated("chemical_peel", 3, 28, params),
                                           observe({0, 236}), 32));
        return onDay(t, 236).improvement.p50;
    };
    const double superficial = peel("superficial");
    const double medium = peel("medium");
    std::printf("wave2-peel: superficial %.3f, medium %.3f\n", superficial, medium);
    EXPECT_GT(medium, superficial);
}

// wave2-ablative-vs-nafl: ablative fractional lasers modestly beat non-ablative (network
// meta-analysis, SMD 0.52): p50 ratio fractional CO2 / NAFL in 1.0-1.6, same sessions.
TEST(Wave2AblativeVsNonablative, Co2ModestlyBeatsNonablative) {
    const auto p50 = [](const char* treatment) {
        const Trial t =
            runTrial(trialJson(kMixedScars, repeated(treatment, 3, 28), observe({0, 236}), 32));
        return onDay(t, 236).improvement.p50;
    };
    const double co2 = p50("fractional_co2");
    const double nafl = p50("nonablative_fractional");
    std::printf("wave2-ablative-vs-nafl: co2 %.3f nafl %.3f ratio %.2f\n", co2, nafl, co2 / nafl);
    EXPECT_GE(co2 / nafl, 1.0);
    EXPECT_LE(co2 / nafl, 1.6);
}

// wave2-erbium-dark-skin: minimally ablative Er:YAG x2 one month apart in Fitzpatrick IV: no PIH
// in 9 patients and mild-moderate improvement in all (Dermatol Surg 2008, PMID 18318730).
TEST(Wave2ErbiumDarkSkin, MinimallyAblativeErbiumRarelyCausesPih) {
    const Trial t = runTrial(
        trialJson(kMixedScars, repeated("fractional_erbium", 2, 28, R"({"fluence_j_cm2": 10})"),
                  observe({0, 118}), 32, patientOfType(4)));
    const DayOutcome& d = onDay(t, 118);
    std::printf("wave2-erbium-dark-skin: PIH %.3f, improvement p10 %.2f p50 %.2f\n",
                t.outcome.pihProbability, d.improvement.p10, d.improvement.p50);
    EXPECT_LE(t.outcome.pihProbability, 0.25);
    EXPECT_GT(d.improvement.p10, 0.0) << "every patient improves a little";
}
