#include "core/Json.hpp"

#include <gtest/gtest.h>

using namespace skinsim;

TEST(Json, MalformedJsonReportsLineAndColumn) {
    const std::string text = "{\n  \"seed\": 42,\n  \"name\": oops\n}\n";
    auto r = parseJson(text, "scenario.json");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().message.rfind("scenario.json:3:11: malformed JSON: syntax error", 0), 0u)
        << r.error().message;
}

TEST(Json, TrailingCommaIsReportedWhereItIs) {
    auto r = parseJson("{\"a\": 1,}", "f.json");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().message.rfind("f.json:1:9:", 0), 0u) << r.error().message;
}

TEST(Json, KeepsKeyOrderWhenWritten) {
    auto r = parseJson(R"({"z": 1, "a": 2})", "x");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->dump(), R"({"z":1,"a":2})");
}
