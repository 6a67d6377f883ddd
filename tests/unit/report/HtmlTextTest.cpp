#include "report/HtmlText.hpp"
#include "report/PlainWords.hpp"

#include <gtest/gtest.h>
#include <map>
#include <string>

using namespace skinsim;
using namespace skinsim::report;

TEST(HtmlText, EscapesAllFiveSpecialCharacters) {
    EXPECT_EQ(escapeHtml("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;");
    EXPECT_EQ(escapeHtml("plain µm text"), "plain µm text");
}

TEST(HtmlText, Base64MatchesTheRfc4648TestVectors) {
    EXPECT_EQ(base64(""), "");
    EXPECT_EQ(base64("f"), "Zg==");
    EXPECT_EQ(base64("fo"), "Zm8=");
    EXPECT_EQ(base64("foo"), "Zm9v");
    EXPECT_EQ(base64("foob"), "Zm9vYg==");
    EXPECT_EQ(base64("fooba"), "Zm9vYmE=");
    EXPECT_EQ(base64("foobar"), "Zm9vYmFy");
    EXPECT_EQ(base64(std::string("\xff\xfe\x00", 3)), "//4A");
}

TEST(HtmlText, PngDataUriIsBase64OfTheBytes) {
    EXPECT_EQ(pngDataUri("foo"), "data:image/png;base64,Zm9v");
}

TEST(HtmlText, NumbersReadAsAPatientReadsThem) {
    EXPECT_EQ(percent(0.456), "46%");
    EXPECT_EQ(percent(-0.004), "0%");
    EXPECT_EQ(percent(-0.12), "-12%");
    EXPECT_EQ(plainNumber(15), "15");
    EXPECT_EQ(plainNumber(0.25), "0.25");
    EXPECT_EQ(plainNumber(1.5), "1.5");
    EXPECT_EQ(fixed(2.345, 1), "2.3");
}

TEST(PlainWords, DaysReadAsWeeksThenMonths) {
    EXPECT_EQ(dayPhrase(0), "day 0");
    EXPECT_EQ(dayPhrase(42), "day 42 (week 6)");
    EXPECT_EQ(dayPhrase(30), "day 30");
    EXPECT_EQ(dayPhrase(180), "day 180 (month 6)");
    EXPECT_EQ(dayPhrase(365), "day 365 (month 12)");
}

namespace {
PlanEntry entry(const std::string& treatment, std::map<std::string, double> numbers = {},
                std::map<std::string, std::string> choices = {}) {
    PlanEntry e;
    e.treatment = treatment;
    e.numbers = std::move(numbers);
    e.choices = std::move(choices);
    return e;
}
} // namespace

TEST(PlainWords, SessionSettingsCarryTheirUnits) {
    EXPECT_EQ(sessionSettings(entry("fractional_co2",
                                    {{"pulse_energy_mj", 15}, {"density_pct", 10}, {"passes", 1}})),
              "pulse energy 15 mJ, density 10%, passes 1");
    EXPECT_EQ(sessionSettings(entry("microneedling", {{"needle_mm", 1.5}, {"prp", 1}})),
              "needle length 1.5 mm, platelet-rich plasma: yes");
    EXPECT_EQ(sessionSettings(entry("chemical_peel", {}, {{"depth", "deep"}})), "depth deep");
    EXPECT_EQ(treatmentName("tca_cross"), "TCA CROSS");
}

TEST(PlainWords, TargetsNameTheScarsASessionActsOn) {
    EXPECT_EQ(targetWords(entry("tca_cross")), "the icepick scars");
    EXPECT_EQ(targetWords(entry("fractional_co2")), "the whole patch");
    PlanEntry ids = entry("ha_filler");
    ids.target.kind = Target::Kind::Ids;
    ids.target.ids = {1, 4};
    EXPECT_EQ(targetWords(ids), "scars 1, 4");
}
