#include "analysis/GoodmanBaron.hpp"

#include <gtest/gtest.h>
#include <vector>

using namespace skinsim;

namespace {
ScarMeasure scar(double depthUm, double diameterMm, double tethered = 0) {
    ScarMeasure s;
    s.depthUm = depthUm;
    s.diameterMm = diameterMm;
    s.tetheredFraction = tethered;
    return s;
}
} // namespace

TEST(GoodmanBaron, SeverityFollowsTheDocumentedMapping) {
    EXPECT_EQ(severity(scar(20, 3)), ScarSeverity::None);
    ScarMeasure red = scar(20, 3);
    red.coloured = true;
    EXPECT_EQ(severity(red), ScarSeverity::Macular);
    EXPECT_EQ(severity(scar(80, 3)), ScarSeverity::Mild) << "too shallow to see at 50 cm";
    EXPECT_EQ(severity(scar(200, 3)), ScarSeverity::Moderate);
    EXPECT_EQ(severity(scar(700, 5, 0.8)), ScarSeverity::Moderate) << "tethered: flattens";
    EXPECT_EQ(severity(scar(600, 3)), ScarSeverity::Severe) << "a deep boxcar";
    EXPECT_EQ(severity(scar(900, 0.8)), ScarSeverity::Severe) << "a deep icepick tract";
}

TEST(GoodmanBaron, QualitativeGradeFollowsTheVisibleLoad) {
    const double patch = 900.0; // mm², a 30 x 30 mm patch: obvious from 108 mm² of depression
    auto withArea = [](ScarMeasure s, double a) {
        s.visibleAreaMm2 = a;
        return s;
    };
    EXPECT_EQ(qualitativeGrade(std::vector<ScarMeasure>{}, patch), 0);
    EXPECT_EQ(qualitativeGrade(std::vector<ScarMeasure>{scar(80, 3)}, patch), 2);
    EXPECT_EQ(qualitativeGrade(std::vector<ScarMeasure>{withArea(scar(200, 3), 40)}, patch), 2)
        << "visible but too little of it to be obvious";
    const std::vector<ScarMeasure> moderate = {withArea(scar(200, 3), 60),
                                               withArea(scar(300, 3), 60)};
    EXPECT_EQ(qualitativeGrade(moderate, patch), 3);
    const std::vector<ScarMeasure> severe = {withArea(scar(200, 3), 60),
                                             withArea(scar(800, 3), 60)};
    EXPECT_EQ(qualitativeGrade(severe, patch), 4);
    const std::vector<ScarMeasure> fewDeep = {withArea(scar(200, 3), 100),
                                              withArea(scar(800, 1), 10)};
    EXPECT_EQ(qualitativeGrade(fewDeep, patch), 3)
        << "one small deep scar among broad shallow ones";
    ScarMeasure red = scar(20, 3);
    red.coloured = true;
    EXPECT_EQ(qualitativeGrade(std::vector<ScarMeasure>{red}, patch), 1);
}

TEST(GoodmanBaron, QuantitativeScoreMultipliesPointsByCountBand) {
    std::vector<ScarMeasure> scars(5, scar(80, 3)); // 5 mild: 2 points x 1
    EXPECT_EQ(quantitativeScore(scars), 2);
    scars.resize(12, scar(80, 3)); // 12 mild: 2 x 2
    EXPECT_EQ(quantitativeScore(scars), 4);
    scars.resize(25, scar(80, 3)); // 25 mild: 2 x 3
    scars.push_back(scar(600, 3)); // + 1 severe: 4 x 1
    EXPECT_EQ(quantitativeScore(scars), 10);
}
