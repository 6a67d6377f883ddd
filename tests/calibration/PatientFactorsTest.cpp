// The patient factors the clinic asks about (scenario patient.scarring_history, active_acne,
// sun_protection, aftercare; model::k* "Patient factors"). evidence.md 10 found little
// quantitative evidence, so these tests hold the model to what the mechanisms imply and to the
// sizes it states: longer healing and more PIH after poor healing, a rare (< 5 %) risk of new
// scarring that only aggressive settings carry, new acne scars counted apart from the treated
// ones, PIH that rises without sun protection, and an infection risk of the order of 0.1 % per
// session (Graber 2008) that neglected aftercare raises.

#include "Harness.hpp"

#include <cstdio>

using namespace skinsim;
using namespace skinsim::test;

namespace {
const std::string kCo2x3 = R"([{"day": 0, "treatment": "fractional_co2"},
                               {"day": 28, "treatment": "fractional_co2"},
                               {"day": 56, "treatment": "fractional_co2"}])";
const std::string kFewScars =
    R"({"random": [{"type": "boxcar", "count": 2}, {"type": "rolling", "count": 1}]})";

Trial withPatient(const std::string& extra, const std::string& plan = kCo2x3, int draws = 16) {
    std::string patient = R"({"fitzpatrick": 4, "age": 30)";
    patient += extra;
    patient += "}";
    return runTrial(trialJson(kFewScars, plan, "[0, 90, 236]", draws, patient, "[14, 14]"));
}
} // namespace

TEST(PatientFactors, PoorHealingHealsSlowerWithMorePihAndKeloidsCarryARareNewScarRisk) {
    const Trial none = withPatient("");
    const Trial poor = withPatient(R"(, "scarring_history": "poor_healing")");
    const Trial keloid = withPatient(R"(, "scarring_history": "keloid_family")");
    std::printf("history: erythema p50 %.1f / %.1f / %.1f d, PIH %.3f / %.3f / %.3f, new "
                "scarring %.4f / %.4f / %.4f (none / poor / keloid, default CO2)\n",
                none.outcome.erythemaDays.p50, poor.outcome.erythemaDays.p50,
                keloid.outcome.erythemaDays.p50, none.outcome.pihProbability,
                poor.outcome.pihProbability, keloid.outcome.pihProbability,
                none.outcome.newScarringProbability, poor.outcome.newScarringProbability,
                keloid.outcome.newScarringProbability);
    EXPECT_GT(poor.outcome.erythemaDays.p50, 1.2 * none.outcome.erythemaDays.p50);
    EXPECT_GT(poor.outcome.crustingDays.p50, none.outcome.crustingDays.p50);
    EXPECT_GT(poor.outcome.pihProbability, none.outcome.pihProbability);
    EXPECT_GT(keloid.outcome.pihProbability, none.outcome.pihProbability);
    // Gentle scar settings (3-4 days of redness) carry no risk of new scarring.
    EXPECT_EQ(keloid.outcome.newScarringProbability, 0.0);

    const std::string aggressive = R"([{"day": 0, "treatment": "fractional_co2", "params":
        {"pulse_energy_mj": 160, "density_pct": 70, "passes": 2}}])";
    const Trial hard = withPatient("", aggressive);
    const Trial hardKeloid = withPatient(R"(, "scarring_history": "keloid_family")", aggressive);
    std::printf("aggressive CO2: new scarring %.4f (no history), %.4f (keloids in the family)\n",
                hard.outcome.newScarringProbability, hardKeloid.outcome.newScarringProbability);
    EXPECT_GT(hard.outcome.newScarringProbability, 0.0);
    EXPECT_LT(hard.outcome.newScarringProbability, 0.01);
    EXPECT_GT(hardKeloid.outcome.newScarringProbability, 3.0 * hard.outcome.newScarringProbability);
    EXPECT_LT(hardKeloid.outcome.newScarringProbability, 0.05) << "a rare event";
}

TEST(PatientFactors, ActiveAcneFormsNewScarsCountedApartFromTheTreatedOnes) {
    const Trial none = withPatient("");
    const Trial moderate = withPatient(R"(, "active_acne": "moderate")");
    const Trial severe = withPatient(R"(, "active_acne": "severe")");
    const DayOutcome& n = onDay(none, 236);
    const DayOutcome& m = onDay(moderate, 236);
    const DayOutcome& s = onDay(severe, 236);
    std::printf("active acne, new scars by day 236: none %.1f, moderate %.1f (%.0f-%.0f), severe "
                "%.1f (%.0f-%.0f)\n",
                n.newScars.mean, m.newScars.mean, m.newScars.p10, m.newScars.p90, s.newScars.mean,
                s.newScars.p10, s.newScars.p90);
    EXPECT_EQ(n.newScars.p90, 0.0);
    EXPECT_GT(m.newScars.mean, 0.0);
    EXPECT_GT(s.newScars.mean, m.newScars.mean);
    EXPECT_LE(onDay(severe, 90).newScars.mean, s.newScars.mean) << "they accumulate over time";
    // The treated scars do not return: their improvement is the same whatever the acne does.
    EXPECT_EQ(m.improvementDraws, n.improvementDraws);
}

TEST(PatientFactors, PihRisesWithoutSunProtectionAndInfectionWithNeglectedAftercare) {
    const Trial daily = withPatient("", kCo2x3, 4);
    const Trial sometimes = withPatient(R"(, "sun_protection": "sometimes")", kCo2x3, 4);
    const Trial never = withPatient(R"(, "sun_protection": "none")", kCo2x3, 4);
    const Trial neglected = withPatient(R"(, "aftercare": "poor")", kCo2x3, 4);
    std::printf("PIH over 3 CO2 sessions, type IV: daily %.3f, sometimes %.3f, none %.3f; "
                "infection good %.4f, poor aftercare %.4f\n",
                daily.outcome.pihProbability, sometimes.outcome.pihProbability,
                never.outcome.pihProbability, daily.outcome.infectionProbability,
                neglected.outcome.infectionProbability);
    EXPECT_LT(daily.outcome.pihProbability, sometimes.outcome.pihProbability);
    EXPECT_LT(sometimes.outcome.pihProbability, never.outcome.pihProbability);
    EXPECT_GT(daily.outcome.infectionProbability, 0.001);
    EXPECT_LT(daily.outcome.infectionProbability, 0.01);
    EXPECT_GT(neglected.outcome.infectionProbability, 4.0 * daily.outcome.infectionProbability);
    EXPECT_LT(neglected.outcome.infectionProbability, 0.05);
}
