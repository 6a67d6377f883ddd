// Downtime, pigment safety, filler kinetics and device physics targets (targets.json kinds
// "downtime", "safety", "time-course" for fillers, "device").

#include "Harness.hpp"
#include "treatment/Modalities.hpp"

#include <cstdio>

using namespace skinsim;
using namespace skinsim::test;

namespace {
const std::string kFewScars =
    R"({"random": [{"type": "boxcar", "count": 2}, {"type": "rolling", "count": 1}]})";

Outcome oneSession(const std::string& session, int fitzpatrick = 3, int draws = 32) {
    std::string patient = R"({"fitzpatrick": )";
    patient += std::to_string(fitzpatrick);
    patient += "}";
    std::string plan = "[";
    plan += session;
    plan += "]";
    return runTrial(trialJson(kFewScars, plan, "[0, 30]", draws, patient, "[12, 12]")).outcome;
}
} // namespace

// co2-downtime: erythema 3-4 days, crusting 4-6 days (Majid & Imran 2014).
TEST(Co2Downtime, RednessAndCrustingLastAsReported) {
    const Outcome o = oneSession(R"({"day": 0, "treatment": "fractional_co2"})");
    std::printf("co2-downtime: erythema %.1f d, crusting %.1f d\n", o.erythemaDays.p50,
                o.crustingDays.p50);
    EXPECT_GE(o.erythemaDays.p50, 2);
    EXPECT_LE(o.erythemaDays.p50, 7);
    EXPECT_GE(o.crustingDays.p50, 3);
    EXPECT_LE(o.crustingDays.p50, 8);
}

// gentle-downtime: non-ablative fractional and microneedling: erythema about 1-3 days.
TEST(GentleDowntime, NonAblativeAndMicroneedlingRednessLastsOneToThreeDays) {
    for (const char* session : {R"({"day": 0, "treatment": "nonablative_fractional"})",
                                R"({"day": 0, "treatment": "microneedling"})"}) {
        const Outcome o = oneSession(session);
        std::printf("gentle-downtime %s: %.1f d\n", session, o.erythemaDays.p50);
        EXPECT_GE(o.erythemaDays.p50, 1) << session;
        EXPECT_LE(o.erythemaDays.p50, 3) << session;
        EXPECT_EQ(o.crustingDays.p50, 0) << session;
    }
}

// subcision-bruise: bruising after every subcision, 1 week (57 %) or 2 weeks (43 %).
TEST(SubcisionBruising, LastsOneToTwoWeeks) {
    const Outcome o = oneSession(R"({"day": 0, "treatment": "subcision"})");
    std::printf("subcision-bruise: p10 %.1f p50 %.1f p90 %.1f d\n", o.bruisingDays.p10,
                o.bruisingDays.p50, o.bruisingDays.p90);
    EXPECT_GE(o.bruisingDays.p50, 5);
    EXPECT_LE(o.bruisingDays.p50, 14);
    EXPECT_GT(o.bruisingDays.p10, 0) << "every subcision bruises";
}

// pih-skin-type: PIH more likely in darker skin and at higher density; fractional CO2 at scar
// settings in Fitzpatrick IV gave PIH in most patients over 3 sessions (~92 %); NAFL in IV-VI in
// ~4 % of sessions.
TEST(PihRisk, RisesWithSkinTypeAndDensity) {
    double previous = -1;
    for (int type = 1; type <= 6; ++type) {
        const double p =
            oneSession(R"({"day": 0, "treatment": "fractional_co2"})", type, 2).pihProbability;
        std::printf("pih: fractional CO2, Fitzpatrick %d: %.3f\n", type, p);
        EXPECT_GT(p, previous) << "type " << type;
        previous = p;
    }
    const double low =
        oneSession(
            R"({"day": 0, "treatment": "nonablative_fractional", "params": {"density_pct": 10}})",
            4, 2)
            .pihProbability;
    const double high =
        oneSession(
            R"({"day": 0, "treatment": "nonablative_fractional", "params": {"density_pct": 40}})",
            4, 2)
            .pihProbability;
    EXPECT_GT(high, low);
    const double nafl =
        oneSession(R"({"day": 0, "treatment": "nonablative_fractional"})", 5, 2).pihProbability;
    EXPECT_LT(nafl, 0.1) << "NAFL in IV-VI: ~4 % of sessions";
    const Outcome course = runTrial(trialJson(kFewScars,
                                              R"([{"day": 0, "treatment": "fractional_co2"},
                                                  {"day": 42, "treatment": "fractional_co2"},
                                                  {"day": 84, "treatment": "fractional_co2"}])",
                                              "[0]", 2, R"({"fitzpatrick": 4})", "[12, 12]"))
                               .outcome;
    std::printf("pih: 3 CO2 sessions, Fitzpatrick IV: %.3f\n", course.pihProbability);
    EXPECT_GT(course.pihProbability, 0.75) << "~92 % of patients (Manuskiatti 2010)";
}

// ha-kinetics: HA filler corrects at once (day 0), keeps ~84 % of its 1-month correction at
// 6 months and ~53 % at 12 months (Halachmi 2013; PMC8481177).
TEST(FillerKinetics, ImmediateCorrectionThatFadesOverAYear) {
    const Trial t =
        runTrial(trialJson(kFewScars, R"([{"day": 0, "treatment": "ha_filler",
                                                       "params": {"volume_ml": 0.2}}])",
                           "[0, 1, 30, 180, 365]", 16, R"({"fitzpatrick": 3})", "[12, 12]"));
    const double d1 = onDay(t, 1).improvement.p50;
    const double d30 = onDay(t, 30).improvement.p50;
    const double d180 = onDay(t, 180).improvement.p50;
    const double d365 = onDay(t, 365).improvement.p50;
    std::printf("ha-kinetics: day1 %.3f day30 %.3f day180 %.3f day365 %.3f\n", d1, d30, d180, d365);
    ASSERT_GT(d30, 0.1);
    EXPECT_GE(d1 / d30, 0.9);
    EXPECT_LE(d1 / d30, 1.3);
    EXPECT_GE(d180 / d30, 0.70);
    EXPECT_LE(d180 / d30, 0.95);
    EXPECT_GE(d365 / d30, 0.35);
    EXPECT_LE(d365 / d30, 0.70);
}

// co2-depth: a 120 µm microbeam ablates ~520-900 µm at 80-160 mJ; from 5 to 30 mJ depth more
// than triples (eCO2 depth study; Hantash 2007).
TEST(DevicePhysics, Co2AblationDepthFollowsPulseEnergy) {
    EXPECT_NEAR(co2AblationDepthUm(80), 520, 30);
    EXPECT_NEAR(co2AblationDepthUm(160), 900, 40);
    EXPECT_GT(co2AblationDepthUm(30) / co2AblationDepthUm(5), 3.0);
}

// erbium-depth: Er:YAG removes about 6 µm of tissue per J/cm² (Kaufmann & Hibst 1996).
TEST(DevicePhysics, ErbiumRemovesSixMicrometresPerJoulePerSquareCentimetre) {
    EXPECT_DOUBLE_EQ(erbiumAblationDepthUm(10), 60.0);
    EXPECT_DOUBLE_EQ(erbiumAblationDepthUm(25) / erbiumAblationDepthUm(5), 5.0);
}

// Untreated skin does not change (issue 4: no drift).
TEST(NoDrift, UntreatedScarsStayExactlyAsTheyAre) {
    const Trial t = runTrial(
        trialJson(kFewScars, "[]", "[0, 90, 365]", 4, R"({"fitzpatrick": 3})", "[12, 12]"));
    for (const auto& d : t.outcome.days) {
        EXPECT_EQ(d.improvement.p10, 0.0) << d.day;
        EXPECT_EQ(d.improvement.p90, 0.0) << d.day;
    }
}
