// The rankings the evidence supports (targets.json kind "ordinal", evidence.md section 8): which
// modality helps which scar type most, and where two options are about equal.

#include "Harness.hpp"

#include <cstdio>

using namespace skinsim;
using namespace skinsim::test;

namespace {

/// p50 improvement of one scar population under one plan, 180 days after its last session.
double improvementOf(const std::string& scars, const std::string& plan, int lastDay,
                     int draws = 24) {
    const int day = lastDay + 180;
    std::string observe = "[0, ";
    observe += std::to_string(day);
    observe += "]";
    const Trial t = runTrial(trialJson(scars, plan, observe, draws,
                                       R"({"fitzpatrick": 3, "age": 30})", "[20, 20]"));
    return onDay(t, day).improvement.p50;
}

const std::string kIcepicks = R"({"random": [{"type": "icepick", "count": 5}]})";
const std::string kShallowBoxcars =
    R"({"random": [{"type": "boxcar", "count": 4, "depth_mm": [0.15, 0.4]}]})";
const std::string kDeepBoxcars =
    R"({"random": [{"type": "boxcar", "count": 4, "depth_mm": [0.55, 0.9]}]})";
const std::string kRolling = R"({"random": [{"type": "rolling", "count": 3}]})";

} // namespace

// co2-by-type: under fractional CO2 alone, rolling and superficial boxcar improve most, deep
// boxcar less, icepick least (Majid & Imran 2014; IJMSPH Najran).
TEST(Co2ByScarType, RollingAndShallowBoxcarImproveMostDeepBoxcarLessIcepickLeast) {
    const std::string plan = repeated("fractional_co2", 4, 42);
    const double rolling = improvementOf(kRolling, plan, 126);
    const double shallow = improvementOf(kShallowBoxcars, plan, 126);
    const double deep = improvementOf(kDeepBoxcars, plan, 126);
    const double icepick = improvementOf(kIcepicks, plan, 126);
    std::printf("co2-by-type: rolling %.3f shallow boxcar %.3f deep boxcar %.3f icepick %.3f\n",
                rolling, shallow, deep, icepick);
    EXPECT_GT(rolling, deep);
    EXPECT_GT(shallow, deep);
    EXPECT_GT(deep, icepick);
    EXPECT_LT(std::abs(rolling - shallow), 0.2) << "rolling ~ shallow boxcar";
}

// subcision-by-type: subcision helps rolling most, boxcar some, icepick not at all (< 0.1).
TEST(SubcisionByScarType, RollingMostBoxcarSomeIcepickNothing) {
    const std::string plan = R"([{"day": 0, "treatment": "subcision", "target": "all"}])";
    const double rolling = improvementOf(kRolling, plan, 0);
    const double boxcar = improvementOf(kShallowBoxcars, plan, 0);
    const double icepick = improvementOf(kIcepicks, plan, 0);
    std::printf("subcision-by-type: rolling %.3f boxcar %.3f icepick %.3f\n", rolling, boxcar,
                icepick);
    EXPECT_GT(rolling, boxcar);
    EXPECT_GT(boxcar, icepick);
    EXPECT_LT(icepick, 0.1);
}

// icepick-best, tca-dose: for icepick scars TCA CROSS (4 sessions) and punch excision beat
// fractional CO2 (4 sessions); 100 % TCA beats 65 %; 6 sessions beat 4 (Lee 2002; Khunger 2011).
TEST(IcepickTreatments, TcaCrossAndPunchBeatCo2AndTcaHasADoseResponse) {
    const double co2 = improvementOf(kIcepicks, repeated("fractional_co2", 4, 42), 126);
    const double tca4 = improvementOf(kIcepicks, repeated("tca_cross", 4, 14), 42);
    const double tca6 = improvementOf(kIcepicks, repeated("tca_cross", 6, 14), 70);
    const double tca65 = improvementOf(
        kIcepicks, repeated("tca_cross", 4, 14, R"({"concentration_pct": 65})"), 42);
    const double punch = improvementOf(kIcepicks, repeated("punch_excision", 1, 0), 0);
    std::printf("icepick: co2 %.3f tca(4) %.3f tca(6) %.3f tca65(4) %.3f punch %.3f\n", co2, tca4,
                tca6, tca65, punch);
    EXPECT_GT(tca4, co2);
    EXPECT_GT(punch, co2);
    EXPECT_GT(tca4, tca65);
    EXPECT_GT(tca6, tca4);
}

// tca-icepick: 100 % TCA CROSS, 4 sessions 2 weeks apart: > 70 % improvement in 60-90 % of
// patients, < 50 % in at most 10 % (Bhardwaj & Khunger 2010; Khunger 2011).
TEST(TcaCrossOnIcepick, MostPatientsImproveMoreThanSeventyPercent) {
    const int day = 42 + 180;
    std::string observe = "[0, ";
    observe += std::to_string(day);
    observe += "]";
    const Trial t = runTrial(trialJson(kIcepicks, repeated("tca_cross", 4, 14), observe, 48,
                                       R"({"fitzpatrick": 4, "age": 30})", "[20, 20]"));
    const auto& draws = onDay(t, day).improvementDraws;
    double over70 = 0, under50 = 0;
    for (double x : draws) {
        over70 += x > 0.7 ? 1.0 / draws.size() : 0.0;
        under50 += x < 0.5 ? 1.0 / draws.size() : 0.0;
    }
    std::printf("tca-icepick: > 70 %% in %.2f, < 50 %% in %.2f\n", over70, under50);
    EXPECT_GE(over70, 0.6);
    EXPECT_LE(over70, 0.9);
    EXPECT_LE(under50, 0.1);
}

// combination: combination >= monotherapy in every head-to-head (subcision + CO2 > CO2, Adv
// Biomed Res: 54.7 % vs 43 %; MN + PRP > MN, Asif 2016).
TEST(Combination, SubcisionPlusCo2BeatsCo2Alone) {
    const std::string co2 = repeated("fractional_co2", 4, 21);
    std::string combined = R"([{"day": 0, "treatment": "subcision"},)";
    combined += co2.substr(1);
    const double alone = improvementOf(kMixedScars, co2, 63);
    const double both = improvementOf(kMixedScars, combined, 63);
    std::printf("combination: CO2 %.3f, subcision + CO2 %.3f\n", alone, both);
    EXPECT_GE(both, alone);
}

// Ordinal facts 7 and 8: ablative ≈ non-ablative fractional (numerically >=, not dramatically
// better) and fractional CO2 ≈ Er:YAG; microneedling ≈ TCA CROSS on mixed scars (68 % vs 75 %,
// Leheta 2011). "About equal" here: within a factor 1.5 of each other.
TEST(HonestEquivalences, ComparableTreatmentsStayComparable) {
    const double co2 = improvementOf(kMixedScars, repeated("fractional_co2", 4, 28), 84);
    const double nafl = improvementOf(kMixedScars, repeated("nonablative_fractional", 4, 28), 84);
    const double erbium = improvementOf(kMixedScars, repeated("fractional_erbium", 4, 28), 84);
    const double mn = improvementOf(kMixedScars, repeated("microneedling", 4, 28), 84);
    const double tca = improvementOf(kMixedScars, repeated("tca_cross", 4, 28, "{}", "all"), 84);
    std::printf("equivalences: co2 %.3f nafl %.3f erbium %.3f mn %.3f tca %.3f\n", co2, nafl,
                erbium, mn, tca);
    EXPECT_GE(co2, nafl);
    EXPECT_LT(co2 / nafl, 1.5);
    EXPECT_LT(std::max(co2, erbium) / std::min(co2, erbium), 1.5);
    EXPECT_LT(std::max(mn, tca) / std::min(mn, tca), 1.5);
}
