// Undo and redo of the studio's scenario: one step per edit or per stroke, failed edits change
// nothing, the history is bounded.

#include "ui/StudioDocument.hpp"

#include <gtest/gtest.h>

using namespace skinsim;
using skinsim::ui::StudioDocument;

namespace {
Status setFitzpatrick(Scenario& s, int type) {
    s.patient.fitzpatrick = type;
    return {};
}
} // namespace

TEST(StudioDocument, AnEditIsOneStepToUndoAndRedo) {
    StudioDocument doc(Scenario{});
    const auto start = doc.revision();
    ASSERT_TRUE(doc.edit("skin type", [](Scenario& s) { return setFitzpatrick(s, 5); }));
    EXPECT_EQ(doc.scenario().patient.fitzpatrick, 5);
    EXPECT_GT(doc.revision(), start);
    EXPECT_EQ(doc.undoLabel(), "skin type");
    ASSERT_TRUE(doc.undo());
    EXPECT_EQ(doc.scenario().patient.fitzpatrick, 3);
    EXPECT_FALSE(doc.canUndo());
    ASSERT_TRUE(doc.redo());
    EXPECT_EQ(doc.scenario().patient.fitzpatrick, 5);
    EXPECT_FALSE(doc.canRedo());
}

TEST(StudioDocument, AFailedEditChangesNothing) {
    StudioDocument doc(Scenario{});
    const auto revision = doc.revision();
    auto result = doc.edit("bad", [](Scenario& s) -> Status {
        s.patient.fitzpatrick = 6; // changed on the copy, then refused
        return Error::badInput("no");
    });
    EXPECT_FALSE(result);
    EXPECT_EQ(doc.scenario().patient.fitzpatrick, 3);
    EXPECT_EQ(doc.revision(), revision);
    EXPECT_FALSE(doc.canUndo());
}

TEST(StudioDocument, AStrokeUndoesAsOneStep) {
    StudioDocument doc(Scenario{});
    doc.beginStroke("age");
    for (int age = 31; age <= 40; ++age) {
        ASSERT_TRUE(doc.edit("age", [age](Scenario& s) {
            s.patient.ageYears = age;
            return Status{};
        }));
    }
    doc.endStroke();
    EXPECT_EQ(doc.scenario().patient.ageYears, 40);
    ASSERT_TRUE(doc.undo());
    EXPECT_EQ(doc.scenario().patient.ageYears, 30);
    EXPECT_FALSE(doc.canUndo()) << "ten edits in one stroke are one step";
}

TEST(StudioDocument, AStrokeThatChangedNothingLeavesNoStep) {
    StudioDocument doc(Scenario{});
    doc.beginStroke("nothing");
    doc.endStroke();
    EXPECT_FALSE(doc.canUndo());
}

TEST(StudioDocument, ANewEditAfterUndoDropsTheRedo) {
    StudioDocument doc(Scenario{});
    ASSERT_TRUE(doc.edit("a", [](Scenario& s) { return setFitzpatrick(s, 4); }));
    ASSERT_TRUE(doc.undo());
    ASSERT_TRUE(doc.canRedo());
    ASSERT_TRUE(doc.edit("b", [](Scenario& s) { return setFitzpatrick(s, 2); }));
    EXPECT_FALSE(doc.canRedo());
    EXPECT_FALSE(doc.redo());
    EXPECT_EQ(doc.scenario().patient.fitzpatrick, 2);
}

TEST(StudioDocument, TheHistoryIsBounded) {
    StudioDocument doc(Scenario{});
    const int edits = static_cast<int>(StudioDocument::kUndoDepth) + 25;
    for (int i = 0; i < edits; ++i) {
        ASSERT_TRUE(doc.edit("seed", [i](Scenario& s) {
            s.seed = static_cast<std::uint64_t>(i + 100);
            return Status{};
        }));
    }
    int undone = 0;
    while (doc.undo()) {
        ++undone;
    }
    EXPECT_EQ(undone, static_cast<int>(StudioDocument::kUndoDepth));
    EXPECT_EQ(doc.scenario().seed, 124u) << "the oldest 25 steps are forgotten";
}

TEST(StudioDocument, ReplacingIsUndoableAndModifiedFollowsSaves) {
    Scenario original;
    original.name = "original";
    StudioDocument doc(original);
    EXPECT_FALSE(doc.modified());
    Scenario other;
    other.name = "other";
    doc.replace("open", other);
    EXPECT_EQ(doc.scenario().name, "other");
    EXPECT_TRUE(doc.modified());
    doc.markSaved();
    EXPECT_FALSE(doc.modified());
    ASSERT_TRUE(doc.undo());
    EXPECT_EQ(doc.scenario().name, "original");
    EXPECT_TRUE(doc.modified());
}

TEST(StudioDocument, MovingThePatchOnTheFaceIsUndoableWithoutSimulatingAgain) {
    StudioDocument doc(Scenario{});
    const auto simulated = doc.simulationRevision();
    const auto revision = doc.revision();
    ASSERT_TRUE(doc.edit("move the patch on the face", [](Scenario& s) {
        s.patch.onFaceDeg = std::array<double, 2>{45.0, -15.0};
        return Status{};
    }));
    EXPECT_GT(doc.revision(), revision) << "a change to save";
    EXPECT_EQ(doc.simulationRevision(), simulated) << "the skin and outcome are the same";
    ASSERT_TRUE(doc.undo());
    EXPECT_FALSE(doc.scenario().patch.onFaceDeg);
    EXPECT_EQ(doc.simulationRevision(), simulated);
    // Moving it into another region changes the skin: that is simulated again.
    ASSERT_TRUE(doc.edit("move the patch on the face", [](Scenario& s) {
        s.patch.onFaceDeg = std::array<double, 2>{0.0, 30.0};
        s.patch.region = Region::Forehead;
        return Status{};
    }));
    EXPECT_GT(doc.simulationRevision(), simulated);
    const auto forehead = doc.simulationRevision();
    ASSERT_TRUE(doc.undo());
    EXPECT_GT(doc.simulationRevision(), forehead) << "back to the cheek's skin";
}
