// The path-tracking JSON reader behind every scenario message.

#include "sim/JsonReader.hpp"

#include <gtest/gtest.h>

using namespace skinsim;

namespace {

/// The message a failing read produces.
template <class Read> std::string failure(Read read) {
    try {
        read();
    } catch (const JsonInputError& error) {
        return error.what();
    }
    return "(no error)";
}

} // namespace

TEST(FormatNumber, WritesNumbersTheWayAPersonWould) {
    EXPECT_EQ(formatNumber(140), "140");
    EXPECT_EQ(formatNumber(0.25), "0.25");
    EXPECT_EQ(formatNumber(0.1), "0.1");
    EXPECT_EQ(formatNumber(-3), "-3");
    EXPECT_EQ(formatNumber(4096), "4096");
}

TEST(NumberToJson, WholeValuesBecomeIntegers) {
    EXPECT_EQ(numberToJson(30.0).dump(), "30");
    EXPECT_EQ(numberToJson(12.5).dump(), "12.5");
    EXPECT_TRUE(numberToJson(30.0).is_number_integer());
}

TEST(JsonReader, PathsJoinKeysWithDotsAndIndicesWithBrackets) {
    const Json doc = Json::parse(R"({"plan": [{"params": {}}, {"params": {"x": 1}}]})");
    const JsonReader root(doc, "f.json");
    const JsonReader x = root.at("plan").items()[1].at("params").at("x");
    EXPECT_EQ(x.path(), "plan[1].params.x");
    EXPECT_EQ(failure([&] { x.fail("wrong"); }), "f.json: plan[1].params.x: wrong");
}

TEST(JsonReader, AMessageAboutTheWholeDocumentHasNoPath) {
    const Json doc = Json::parse("[]");
    EXPECT_EQ(failure([&] { JsonReader(doc, "f.json").expectObject({}); }),
              "f.json: expected an object, got an array");
}

TEST(JsonReader, IntegersAcceptWholeFloatsAndRejectFractions) {
    const Json doc = Json::parse(R"({"a": 7.0, "b": 7.5, "c": 18446744073709551615})");
    const JsonReader root(doc, "f.json");
    EXPECT_EQ(root.at("a").integer(0, 10), 7);
    EXPECT_EQ(failure([&] { root.at("b").integer(0, 10); }),
              "f.json: b: expected an integer, got 7.5");
    EXPECT_EQ(failure([&] { root.at("c").integer(0, 10); }),
              "f.json: c: 18446744073709551615 is outside 0..10");
    EXPECT_EQ(root.at("c").unsignedInteger(), 18446744073709551615u);
}

TEST(JsonReader, NullIsAWrongTypeNotAnAbsentField) {
    const Json doc = Json::parse(R"({"draws": null})");
    EXPECT_EQ(failure([&] { JsonReader(doc, "f.json").at("draws").integer(1, 4096); }),
              "f.json: draws: expected an integer, got null");
}
