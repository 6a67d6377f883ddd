// The studio's ImGui panels (DESIGN.md section 8): Patient, Scars and Plan on the left; View,
// Outcome and Export on the right; the timeline under the 3D view. Every change to the scenario
// goes through StudioDocument (undo, autosave, re-simulation follow from that).

#include "app/DaySkin.hpp"
#include "app/FaceScene.hpp"
#include "core/AtomicFile.hpp"
#include "core/HeightMapIo.hpp"
#include "core/ImageIo.hpp"
#include "core/Json.hpp"
#include "core/Paths.hpp"
#include "sim/RangeWords.hpp"
#include "ui/ScenarioEdits.hpp"
#include "ui/StudioApp.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <optional>

namespace skinsim::ui {

namespace {

constexpr const char* kRoman[] = {"I", "II", "III", "IV", "V", "VI"};
constexpr ScarType kScarTypes[] = {ScarType::Icepick, ScarType::Boxcar, ScarType::Rolling,
                                   ScarType::Chickenpox};
constexpr Region kRegions[] = {Region::Cheek, Region::Forehead, Region::Temple, Region::Chin};

std::string percent(double fraction) {
    char text[16];
    std::snprintf(text, sizeof text, "%.0f %%", fraction * 100.0);
    return text;
}

std::string bandText(const Band& b, bool asPercent) {
    char text[96];
    if (asPercent) {
        std::snprintf(text, sizeof text, "%.0f %% (p10-p90 %.0f-%.0f %%)", b.p50 * 100, b.p10 * 100,
                      b.p90 * 100);
    } else {
        std::snprintf(text, sizeof text, "%.1f (p10-p90 %.1f-%.1f)", b.p50, b.p10, b.p90);
    }
    return text;
}

/// A combo over a fixed list of enum values shown by their names.
template <class T, std::size_t N>
bool enumCombo(const char* label, T& value, const T (&values)[N]) {
    bool changed = false;
    const bool open = ImGui::BeginCombo(label, std::string(toString(value)).c_str());
    probeItem(label);
    if (open) {
        for (const T v : values) {
            if (ImGui::Selectable(std::string(toString(v)).c_str(), v == value)) {
                value = v;
                changed = true;
            }
            probeItem(std::string(label) + "/" + std::string(toString(v)));
        }
        ImGui::EndCombo();
    }
    return changed;
}

/// Improvement over time: by step day, the median and (when the draws are done) p10 and p90.
struct Curve {
    std::vector<int> days;
    std::vector<double> p10, p50, p90; ///< p10 and p90 empty: the median patient only
};

Curve curveOf(const Outcome& o) {
    Curve c;
    c.days = o.stepDays;
    for (const Band& b : o.improvementByStep) {
        c.p10.push_back(b.p10);
        c.p50.push_back(b.p50);
        c.p90.push_back(b.p90);
    }
    return c;
}

Curve curveOf(const std::vector<MedianStepRow>& rows) {
    Curve c;
    for (const MedianStepRow& r : rows) {
        c.days.push_back(r.day);
        c.p50.push_back(r.improvement);
    }
    return c;
}

/// Draws one curve: its p10-p90 band as a strip of quads, and its median line.
void drawCurve(ImDrawList* draw, const Curve& c, const std::function<float(double)>& x,
               const std::function<float(double)>& y, ImU32 band, ImU32 line) {
    for (std::size_t i = 1; i < c.days.size() && !c.p10.empty(); ++i) {
        const ImVec2 quad[4] = {
            ImVec2(x(c.days[i - 1]), y(c.p90[i - 1])), ImVec2(x(c.days[i]), y(c.p90[i])),
            ImVec2(x(c.days[i]), y(c.p10[i])), ImVec2(x(c.days[i - 1]), y(c.p10[i - 1]))};
        draw->AddConvexPolyFilled(quad, 4, band);
    }
    for (std::size_t i = 1; i < c.days.size(); ++i) {
        draw->AddLine(ImVec2(x(c.days[i - 1]), y(c.p50[i - 1])), ImVec2(x(c.days[i]), y(c.p50[i])),
                      line, 2.0f);
    }
}

/// A plot of improvement over time: the current curve (blue), the previous plan's greyed behind
/// it while an edit is simulated, session markers and the day being shown.
void improvementPlot(const char* id, const Curve& current, const Curve* previous,
                     const std::vector<int>& sessionDays, int shownDay, int endDay, float height) {
    const std::vector<int>& days = current.days;
    const std::vector<double>& p10 = current.p10;
    const std::vector<double>& p50 = current.p50;
    const std::vector<double>& p90 = current.p90;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::InvisibleButton(id, ImVec2(width, height));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float left = origin.x + 34.0f, right = origin.x + width - 6.0f;
    const float top = origin.y + 6.0f, bottom = origin.y + height - 18.0f;
    draw->AddRectFilled(ImVec2(left, top), ImVec2(right, bottom), IM_COL32(25, 27, 32, 255));
    const auto x = [&](double day) {
        return left + static_cast<float>(day / std::max(1, endDay)) * (right - left);
    };
    const auto y = [&](double v) {
        return bottom - static_cast<float>(std::clamp(v, 0.0, 1.0)) * (bottom - top);
    };
    for (int pct = 0; pct <= 100; pct += 25) {
        const float yy = y(pct / 100.0);
        draw->AddLine(ImVec2(left, yy), ImVec2(right, yy), IM_COL32(60, 64, 72, 255));
        char label[8];
        std::snprintf(label, sizeof label, "%d%%", pct);
        draw->AddText(ImVec2(origin.x, yy - 7.0f), IM_COL32(170, 170, 170, 255), label);
    }
    for (int month = 0; month * 30 <= endDay; month += (endDay > 400 ? 6 : 3)) {
        char label[12];
        std::snprintf(label, sizeof label, "%dm", month);
        draw->AddText(ImVec2(x(month * 30.4) - 6.0f, bottom + 2.0f), IM_COL32(170, 170, 170, 255),
                      label);
    }
    for (const int d : sessionDays) {
        draw->AddLine(ImVec2(x(d), top), ImVec2(x(d), bottom), IM_COL32(240, 160, 60, 160), 1.5f);
    }
    if (previous != nullptr) {
        drawCurve(draw, *previous, x, y, IM_COL32(150, 150, 150, 60), IM_COL32(160, 160, 160, 200));
    }
    drawCurve(draw, current, x, y, IM_COL32(90, 170, 255, 70), IM_COL32(120, 200, 255, 255));
    draw->AddLine(ImVec2(x(shownDay), top), ImVec2(x(shownDay), bottom),
                  IM_COL32(255, 255, 255, 200));
    if (ImGui::IsItemHovered() && !days.empty()) {
        const float mx = ImGui::GetIO().MousePos.x;
        const double day = std::clamp((mx - left) / (right - left), 0.0f, 1.0f) * endDay;
        std::size_t k = 0;
        while (k + 1 < days.size() && days[k + 1] <= day) {
            ++k;
        }
        if (p10.empty()) {
            ImGui::SetTooltip("Day %d: median patient %.0f %%", days[k], p50[k] * 100);
        } else {
            ImGui::SetTooltip("Day %d: %.0f %% (p10 %.0f %%, p90 %.0f %%)", days[k], p50[k] * 100,
                              p10[k] * 100, p90[k] * 100);
        }
    }
}

/// A text field editing a std::string in place (ImGui grows the string through the callback).
bool inputString(const char* label, const char* hint, std::string& text) {
    return ImGui::InputTextWithHint(
        label, hint, text.data(), text.capacity() + 1, ImGuiInputTextFlags_CallbackResize,
        [](ImGuiInputTextCallbackData* data) {
            if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
                auto* edited = static_cast<std::string*>(data->UserData);
                edited->resize(static_cast<std::size_t>(data->BufTextLen));
                data->Buf = edited->data();
            }
            return 0;
        },
        &text);
}

/// Begins an undo stroke when a widget is grabbed and ends it when it is let go, so dragging a
/// slider is one step to undo.
void strokeAround(StudioDocument& document, const char* label) {
    if (ImGui::IsItemActivated()) {
        document.beginStroke(label);
    }
    if (ImGui::IsItemDeactivated()) {
        document.endStroke();
    }
}

} // namespace

void StudioApp::editScenario(const std::string& label,
                             const std::function<Status(Scenario&)>& change) {
    if (auto ok = document_.edit(label, change); !ok) {
        setStatus(ok.error().message, true);
    }
}

void StudioApp::openScenario(const std::string& fileOrPreset) {
    auto loaded = loadScenario(fileOrPreset);
    if (!loaded) {
        // The current scenario stays; the error says what is wrong with the file.
        setStatus(loaded.error().message, true);
        return;
    }
    document_.replace("open " + fileOrPreset, std::move(loaded.value()));
    openedFrom_ = fileOrPreset;
    day_ = 0;
    setStatus("Opened " + fileOrPreset);
}

void StudioApp::presentationStrip() {
    const ImVec2 window = ImGui::GetIO().DisplaySize;
    const float y = static_cast<float>(viewRect_.extent.height);
    ImGui::SetNextWindowPos(ImVec2(0, y));
    ImGui::SetNextWindowSize(ImVec2(window.x, window.y - y));
    ImGui::Begin("##presentation", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings);
    const Scenario& scenario = document_.scenario();
    const int shown = static_cast<int>(std::lround(day_));
    ImGui::SetWindowFontScale(1.4f);
    ImGui::TextColored(ImVec4(1.0f, 0.8f, 0.4f, 1.0f), "Simulated");
    ImGui::SameLine();
    ImGui::Text("  Day %d of \"%s\"  (%zu sessions)", shown, scenario.name.c_str(),
                scenario.plan.size());
    ImGui::SetWindowFontScale(1.15f);
    ImGui::PushTextWrapPos(window.x - 20.0f * contentScale_);
    if (snapshot_ && snapshot_->outcome) {
        const Band now = bandAt(*snapshot_->outcome, shown);
        ImGui::TextUnformatted(rangeInWords(now).c_str());
    } else {
        ImGui::TextDisabled("The range of outcomes is being simulated...");
    }
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("Left / Right: the observed days.  P or Esc: back to editing.  A "
                       "simulation from published trials, not a promise.");
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    probeItem("presentation");
    ImGui::End();
}

void StudioApp::drawPanels() {
    if (presenting_) {
        presentationStrip();
        recoveryDialog();
        statusBeside();
        return;
    }
    const ImVec2 window = ImGui::GetIO().DisplaySize;
    const float left = static_cast<float>(viewRect_.offset.x);
    const float right = window.x - static_cast<float>(viewRect_.offset.x +
                                                      static_cast<int>(viewRect_.extent.width));
    const ImGuiWindowFlags fixed =
        ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse;
    const bool panelsFit = left > 0 && right > 0;
    const float leftWidth = panelsFit ? left : 320.0f * contentScale_;
    const float rightWidth = panelsFit ? right : 320.0f * contentScale_;

    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(leftWidth, window.y));
    ImGui::Begin("Consultation", nullptr, fixed);
    // Widgets leave room for their labels (units included) at the panel's right edge.
    ImGui::PushItemWidth(-150.0f * contentScale_);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.8f, 0.4f, 1.0f));
    ImGui::TextWrapped("skinsim studio - every picture is Simulated");
    ImGui::PopStyleColor();
    // The Undo button names the step it undoes.
    std::string undoText = "Undo";
    if (document_.canUndo()) {
        std::string step = document_.undoLabel();
        if (step.size() > 24) {
            step = step.substr(0, 22) + "...";
        }
        undoText += " " + step;
    }
    if (!document_.canUndo()) {
        ImGui::BeginDisabled();
    }
    if (ImGui::Button((undoText + "###undo").c_str())) {
        document_.undo();
    }
    if (!document_.canUndo()) {
        ImGui::EndDisabled();
    }
    probeItem("undo");
    if (ImGui::IsItemHovered() && document_.canUndo()) {
        ImGui::SetTooltip("Ctrl+Z: %s", document_.undoLabel().c_str());
    }
    ImGui::SameLine();
    if (ImGui::Button("Redo")) {
        document_.redo();
    }
    probeItem("redo");
    if (ImGui::IsItemHovered() && document_.canRedo()) {
        ImGui::SetTooltip("Ctrl+Y: %s", document_.redoLabel().c_str());
    }
    if (ImGui::BeginCombo("##preset", "Presets")) {
        for (const std::string& name : presetNames()) {
            if (ImGui::Selectable(name.c_str())) {
                openScenario(name);
            }
        }
        ImGui::EndCombo();
    }
    ImGui::SetNextItemWidth(-70.0f * contentScale_);
    inputString("##open", "scenario.json", openPath_);
    ImGui::SameLine();
    if (ImGui::Button("Open") && !openPath_.empty()) {
        openScenario(openPath_);
    }
    ImGui::TextWrapped("%s%s", document_.scenario().name.c_str(),
                       document_.modified() ? "  (edited, autosaved)" : "");
    ImGui::Separator();
    if (ImGui::CollapsingHeader("Patient", ImGuiTreeNodeFlags_DefaultOpen)) {
        patientPanel();
    }
    if (ImGui::CollapsingHeader("Scars", ImGuiTreeNodeFlags_DefaultOpen)) {
        scarsPanel();
    }
    if (ImGui::CollapsingHeader("Plan", ImGuiTreeNodeFlags_DefaultOpen)) {
        planPanel();
    }
    statusLine();
    ImGui::PopItemWidth();
    ImGui::End();

    ImGui::SetNextWindowPos(ImVec2(window.x - rightWidth, 0));
    ImGui::SetNextWindowSize(ImVec2(rightWidth, window.y));
    ImGui::Begin("Outcome and view", nullptr, fixed);
    ImGui::PushItemWidth(-110.0f * contentScale_);
    if (ImGui::CollapsingHeader("View", ImGuiTreeNodeFlags_DefaultOpen)) {
        viewPanel();
    }
    if (ImGui::CollapsingHeader("Outcome", ImGuiTreeNodeFlags_DefaultOpen)) {
        outcomePanel();
    }
    const bool exportOpen = ImGui::CollapsingHeader("Export");
    probeItem("export");
    if (exportOpen) {
        exportPanel();
    }
    ImGui::PopItemWidth();
    ImGui::End();

    timelineBar();
    recoveryDialog();
    statusBeside();
}

void StudioApp::statusBeside() {
    // For 8 seconds after it was set, the message floats beside the control that caused it.
    if (status_.empty() ||
        std::chrono::steady_clock::now() - statusTime_ > std::chrono::seconds(8)) {
        return;
    }
    const ImVec2 window = ImGui::GetIO().DisplaySize;
    const float width = 360.0f * contentScale_;
    ImGui::SetNextWindowPos(ImVec2(std::clamp(statusAnchor_[0], 0.0f, window.x - width),
                                   std::clamp(statusAnchor_[1], 0.0f, window.y - 60.0f)));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(width, 200.0f * contentScale_));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, statusIsError_ ? ImVec4(0.35f, 0.08f, 0.08f, 0.95f)
                                                            : ImVec4(0.08f, 0.25f, 0.10f, 0.95f));
    ImGui::Begin("##status", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav |
                     ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PushTextWrapPos(width - 16.0f * contentScale_);
    ImGui::TextUnformatted(status_.c_str());
    ImGui::PopTextWrapPos();
    probeItem("status");
    ImGui::End();
    ImGui::PopStyleColor();
}

void StudioApp::statusLine() {
    if (status_.empty()) {
        return;
    }
    ImGui::Separator();
    const ImVec4 colour =
        statusIsError_ ? ImVec4(1.0f, 0.45f, 0.4f, 1.0f) : ImVec4(0.6f, 0.9f, 0.6f, 1.0f);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextWrapped("%s", status_.c_str());
    ImGui::PopStyleColor();
}

void StudioApp::patientPanel() {
    // A copy: an edit made while drawing replaces the document's scenario, and references into
    // it (a session, a scar group) would dangle for the rest of the panel.
    const Scenario s = document_.scenario();
    int fitz = s.patient.fitzpatrick;
    if (ImGui::SliderInt("Fitzpatrick", &fitz, 1, 6, kRoman[std::clamp(fitz, 1, 6) - 1])) {
        editScenario("Fitzpatrick type", [&](Scenario& e) {
            e.patient.fitzpatrick = fitz;
            return Status{};
        });
    }
    probeItem("fitzpatrick");
    strokeAround(document_, "Fitzpatrick type");
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Skin type I-VI: darker skin (IV-VI) carries a higher risk of\n"
                          "post-inflammatory hyperpigmentation after resurfacing.");
    }
    int age = static_cast<int>(std::lround(s.patient.ageYears));
    if (ImGui::SliderInt("Age (years)", &age, 12, 90)) {
        editScenario("age", [&](Scenario& e) {
            e.patient.ageYears = age;
            return Status{};
        });
    }
    strokeAround(document_, "age");
    Sex sex = s.patient.sex;
    constexpr Sex kSexes[] = {Sex::Female, Sex::Male};
    if (enumCombo("Sex", sex, kSexes)) {
        editScenario("sex", [&](Scenario& e) {
            e.patient.sex = sex;
            return Status{};
        });
    }
    ScarringHistory history = s.patient.scarringHistory;
    constexpr ScarringHistory kHistories[] = {ScarringHistory::None, ScarringHistory::PoorHealing,
                                              ScarringHistory::KeloidFamily};
    if (enumCombo("Healing history", history, kHistories)) {
        editScenario("healing history", [&](Scenario& e) {
            e.patient.scarringHistory = history;
            return Status{};
        });
    }
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip(
            "Poor wound healing, or keloids in the family: slower healing, more\n"
            "PIH and redness, and a small chance that aggressive settings scar anew.");
    }
    AcneActivity acne = s.patient.activeAcne;
    constexpr AcneActivity kAcne[] = {AcneActivity::None, AcneActivity::Mild,
                                      AcneActivity::Moderate, AcneActivity::Severe};
    if (enumCombo("Active acne", acne, kAcne)) {
        editScenario("active acne", [&](Scenario& e) {
            e.patient.activeAcne = acne;
            return Status{};
        });
    }
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Treated scars do not come back, but new ones form while acne is\n"
                          "active; they are counted apart from the treated scars.");
    }
    SunProtection sun = s.patient.sunProtection;
    constexpr SunProtection kSun[] = {SunProtection::Daily, SunProtection::Sometimes,
                                      SunProtection::None};
    if (enumCombo("Sun protection", sun, kSun)) {
        editScenario("sun protection", [&](Scenario& e) {
            e.patient.sunProtection = sun;
            return Status{};
        });
    }
    Aftercare care = s.patient.aftercare;
    constexpr Aftercare kCare[] = {Aftercare::Good, Aftercare::Poor};
    if (enumCombo("Aftercare", care, kCare)) {
        editScenario("aftercare", [&](Scenario& e) {
            e.patient.aftercare = care;
            return Status{};
        });
    }
    Region region = s.patch.region;
    if (enumCombo("Region", region, kRegions)) {
        editScenario("region", [&](Scenario& e) {
            e.patch.region = region;
            e.patch.onFaceDeg.reset(); // the middle of the region chosen
            return Status{};
        });
    }
}

void StudioApp::scarsPanel() {
    const Scenario s = document_.scenario(); // a copy, as in patientPanel
    int seed = static_cast<int>(s.seed % 1000000);
    ImGui::SetNextItemWidth(120.0f * contentScale_);
    if (ImGui::InputInt("Seed", &seed) && seed >= 0) {
        editScenario("seed", [&](Scenario& e) {
            e.seed = static_cast<std::uint64_t>(seed);
            return Status{};
        });
    }
    const bool generated = !s.scars.random.empty() || s.scars.goodmanBaronGrade.has_value();
    if (generated) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("Generated groups (random places from the seed)");
        ImGui::PopStyleColor();
        for (std::size_t i = 0; i < s.scars.random.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            const RandomScars& group = s.scars.random[i];
            int count = group.count;
            ImGui::SetNextItemWidth(140.0f * contentScale_);
            if (ImGui::SliderInt(std::string(toString(group.type)).c_str(), &count, 1, 60)) {
                editScenario("scar count", [&](Scenario& e) {
                    e.scars.random[i].count = count;
                    return Status{};
                });
            }
            strokeAround(document_, "scar count");
            ImGui::SameLine();
            if (ImGui::SmallButton("x")) {
                editScenario("remove a scar group", [&](Scenario& e) {
                    e.scars.random.erase(e.scars.random.begin() + static_cast<long>(i));
                    return Status{};
                });
            }
            ImGui::PopID();
        }
        ScarType& newType = panels_.newGroupType;
        ImGui::SetNextItemWidth(120.0f * contentScale_);
        enumCombo("##newtype", newType, kScarTypes);
        ImGui::SameLine();
        if (ImGui::Button("Add group")) {
            editScenario("add a scar group", [&](Scenario& e) {
                e.scars.random.push_back(RandomScars{newType, 3, std::nullopt, std::nullopt});
                return Status{};
            });
        }
        const bool canFreeze = snapshot_ && snapshot_->revision == document_.simulationRevision() &&
                               snapshot_->blood != nullptr;
        if (!canFreeze) {
            ImGui::BeginDisabled();
        }
        if (ImGui::Button("Edit single scars (freeze places)")) {
            const std::vector<Scar> scars = snapshot_->scars;
            editScenario("freeze scars", [&](Scenario& e) {
                freezeScars(e, scars);
                return Status{};
            });
        }
        probeItem("freeze");
        if (!canFreeze) {
            ImGui::EndDisabled();
        }
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
            ImGui::SetTooltip("Turns the generated scars into single scars the brush can place,\n"
                              "move and delete (their shapes are drawn again from the seed).");
        }
    } else {
        ImGui::Text("%zu single scars", s.scars.placed.size());
        bool overlap = s.scars.allowOverlap;
        if (ImGui::Checkbox("Allow overlap", &overlap)) {
            editScenario("allow overlap", [&](Scenario& e) {
                e.scars.allowOverlap = overlap;
                return Status{};
            });
        }
    }
    // Counts by type, from the generated patch.
    if (snapshot_ && snapshot_->blood) {
        int counts[4] = {0, 0, 0, 0};
        for (const Scar& scar : snapshot_->scars) {
            ++counts[static_cast<int>(scar.type)];
        }
        ImGui::TextWrapped("On the skin: %d icepick, %d boxcar, %d rolling, %d chickenpox",
                           counts[0], counts[1], counts[2], counts[3]);
    }
    ImGui::Separator();
    ImGui::TextUnformatted("Brush (patch view)");
    int tool = static_cast<int>(tool_);
    ImGui::RadioButton("Look", &tool, 0);
    probeItem("brush/look");
    ImGui::SameLine();
    ImGui::RadioButton("Place", &tool, 1);
    probeItem("brush/place");
    // Four radio buttons need ~290 px: a narrow panel (a 1000 px window) puts them in two rows.
    if (ImGui::GetContentRegionAvail().x >= 300.0f * contentScale_) {
        ImGui::SameLine();
    }
    ImGui::RadioButton("Move", &tool, 2);
    probeItem("brush/move");
    ImGui::SameLine();
    ImGui::RadioButton("Delete", &tool, 3);
    probeItem("brush/delete");
    if (tool != static_cast<int>(tool_)) {
        tool_ = static_cast<BrushTool>(tool);
        if (tool_ != BrushTool::Navigate) {
            settings_.view = render::View::Patch;
            if (settings_.compare == render::Compare::Side) {
                settings_.compare = render::Compare::None;
            }
        }
    }
    if (tool_ != BrushTool::Navigate && generated) {
        ImGui::TextColored(ImVec4(1, 0.8f, 0.4f, 1), "Freeze the generated scars first.");
    }
    if (tool_ == BrushTool::Place) {
        enumCombo("Type", brushScar_.type, kScarTypes);
        float diameter = static_cast<float>(brushScar_.diameterMm);
        float depth = static_cast<float>(brushScar_.depthMm);
        if (ImGui::SliderFloat("Diameter", &diameter, 0.3f, 8.0f, "%.1f mm")) {
            brushScar_.diameterMm = diameter;
        }
        if (ImGui::SliderFloat("Depth", &depth, 0.05f, 1.5f, "%.2f mm")) {
            brushScar_.depthMm = depth;
        }
    }
}

void StudioApp::planPanel() {
    const Scenario s = document_.scenario(); // a copy, as in patientPanel
    int remove = -1, up = -1, down = -1;
    for (std::size_t i = 0; i < s.plan.size(); ++i) {
        const PlanEntry& entry = s.plan[i];
        const Modality* modality = findModality(entry.treatment);
        ImGui::PushID(static_cast<int>(i));
        char title[128];
        std::snprintf(title, sizeof title, "Day %d: %s###session", entry.day,
                      modality != nullptr ? std::string(modality->displayName).c_str()
                                          : entry.treatment.c_str());
        const bool open = ImGui::TreeNode(title);
        probeItem("session " + std::to_string(i));
        ImGui::SameLine(ImGui::GetContentRegionAvail().x - 60.0f * contentScale_ +
                        ImGui::GetCursorPosX() - ImGui::GetCursorPosX());
        if (ImGui::ArrowButton("up", ImGuiDir_Up)) {
            up = static_cast<int>(i);
        }
        ImGui::SameLine();
        if (ImGui::ArrowButton("down", ImGuiDir_Down)) {
            down = static_cast<int>(i);
        }
        ImGui::SameLine();
        if (ImGui::SmallButton("x")) {
            remove = static_cast<int>(i);
        }
        if (open) {
            sessionSettings(i, entry, modality);
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
    if (remove >= 0) {
        editScenario("remove a session", [&](Scenario& e) {
            removeSession(e, remove);
            return Status{};
        });
    } else if (up >= 0 || down >= 0) {
        editScenario("reorder sessions", [&](Scenario& e) {
            return moveSession(e, up >= 0 ? up : down, up >= 0 ? -1 : 1)
                       ? Status{}
                       : Status(Error::badInput("that session is already at the end"));
        });
    }
    addSessionControls(s);
}

/// One session's day, catalogue settings (labelled with their units, the source in the
/// tooltip) and target.
void StudioApp::sessionSettings(std::size_t i, const PlanEntry& entry, const Modality* modality) {
    int day = entry.day;
    if (ImGui::InputInt("Day", &day, 1, 7, ImGuiInputTextFlags_EnterReturnsTrue)) {
        editScenario("session day", [&](Scenario& e) {
            setSessionDay(e, static_cast<int>(i), day);
            return Status{};
        });
    }
    if (modality != nullptr) {
        for (const ModalityParameter& p : modality->parameters) {
            const std::string name(p.name);
            // What people call it, with its unit; the scenario key keeps the ID.
            std::string label(p.label.empty() ? p.name : p.label);
            if (!p.unit.empty()) {
                label += " (" + std::string(p.unit) + ")";
            }
            label += "##" + name;
            bool changed = false;
            double number = 0;
            std::string choice;
            if (p.kind == ParameterKind::Real) {
                float v = static_cast<float>(entry.numbers.count(name) ? entry.numbers.at(name)
                                                                       : p.defaultValue);
                changed = ImGui::SliderFloat(label.c_str(), &v, static_cast<float>(p.min),
                                             static_cast<float>(p.max), "%.2f");
                number = v;
            } else if (p.kind == ParameterKind::Integer) {
                int v = static_cast<int>(entry.numbers.count(name) ? entry.numbers.at(name)
                                                                   : p.defaultValue);
                changed = ImGui::SliderInt(label.c_str(), &v, static_cast<int>(p.min),
                                           static_cast<int>(p.max));
                number = v;
            } else if (p.kind == ParameterKind::YesNo) {
                bool v =
                    (entry.numbers.count(name) ? entry.numbers.at(name) : p.defaultValue) > 0.5;
                changed = ImGui::Checkbox(label.c_str(), &v);
                number = v ? 1.0 : 0.0;
            } else {
                choice = entry.choices.count(name) ? entry.choices.at(name)
                                                   : std::string(p.defaultChoice);
                if (ImGui::BeginCombo(label.c_str(), choice.c_str())) {
                    for (const std::string_view c : p.choices) {
                        if (ImGui::Selectable(std::string(c).c_str(), c == choice)) {
                            choice = std::string(c);
                            changed = true;
                        }
                    }
                    ImGui::EndCombo();
                }
            }
            if (changed) {
                editScenario(name, [&](Scenario& e) {
                    PlanEntry& target = e.plan[i];
                    if (p.kind == ParameterKind::Choice) {
                        target.choices[name] = choice;
                    } else {
                        target.numbers[name] = std::clamp(number, p.min, p.max);
                    }
                    return Status{};
                });
            }
            probeItem("session " + std::to_string(i) + "/" + name);
            strokeAround(document_, "session parameter");
            if (ImGui::IsItemHovered()) {
                ImGui::SetTooltip("%.*s\nAllowed: %g..%g %.*s\nSource: %.*s",
                                  static_cast<int>(p.description.size()), p.description.data(),
                                  p.min, p.max, static_cast<int>(p.unit.size()), p.unit.data(),
                                  static_cast<int>(p.source.size()), p.source.data());
            }
        }
    }
    // Target: the modality's default, all scars, or one type.
    const char* targets[] = {"default", "all", "icepick", "boxcar", "rolling", "chickenpox"};
    int current = 0;
    if (entry.target.kind == Target::Kind::All) {
        current = 1;
    } else if (entry.target.kind == Target::Kind::Type) {
        current = 2 + static_cast<int>(entry.target.type);
    }
    if (entry.target.kind == Target::Kind::Ids) {
        ImGui::Text("Target: %zu chosen scars", entry.target.ids.size());
    } else if (ImGui::Combo("Target", &current, targets, 6)) {
        editScenario("session target", [&](Scenario& e) {
            Target& t = e.plan[i].target;
            t.ids.clear();
            t.kind = current == 0   ? Target::Kind::Default
                     : current == 1 ? Target::Kind::All
                                    : Target::Kind::Type;
            if (current >= 2) {
                t.type = kScarTypes[current - 2];
            }
            return Status{};
        });
    }
}

/// Adding one session, or a course at the modality's published spacing.
void StudioApp::addSessionControls(const Scenario& s) {
    // Adding: one session, or a course with the published spacing.
    int& modalityIndex = panels_.modalityIndex;
    int& sessions = panels_.courseSessions;
    const auto catalog = modalityCatalog();
    modalityIndex = std::clamp(modalityIndex, 0, static_cast<int>(catalog.size()) - 1);
    const Modality& chosen = catalog[static_cast<std::size_t>(modalityIndex)];
    if (ImGui::BeginCombo("Modality", std::string(chosen.displayName).c_str())) {
        for (std::size_t m = 0; m < catalog.size(); ++m) {
            if (ImGui::Selectable(std::string(catalog[m].displayName).c_str(),
                                  static_cast<int>(m) == modalityIndex)) {
                modalityIndex = static_cast<int>(m);
            }
        }
        ImGui::EndCombo();
    }
    const int nextDay = s.plan.empty() ? 0 : s.plan.back().day + chosen.intervalDays;
    char addLabel[64];
    std::snprintf(addLabel, sizeof addLabel, "Add on day %d", nextDay);
    if (ImGui::Button(addLabel)) {
        editScenario("add a session", [&](Scenario& e) {
            addSession(e, defaultSession(chosen, nextDay));
            return Status{};
        });
    }
    ImGui::SetNextItemWidth(70.0f * contentScale_);
    ImGui::SliderInt("##sessions", &sessions, 1, 8, "%d sessions");
    ImGui::SameLine();
    char courseLabel[64];
    std::snprintf(courseLabel, sizeof courseLabel, "Add course, every %d days",
                  chosen.intervalDays);
    if (ImGui::Button(courseLabel)) {
        editScenario("add a course", [&](Scenario& e) {
            for (PlanEntry& entry : defaultCourse(chosen, sessions, nextDay)) {
                addSession(e, std::move(entry));
            }
            return Status{};
        });
    }
}

void StudioApp::timelineBar() {
    const ImVec2 window = ImGui::GetIO().DisplaySize;
    const float x = static_cast<float>(viewRect_.offset.x);
    const float y =
        static_cast<float>(viewRect_.offset.y + static_cast<int>(viewRect_.extent.height));
    const float w = static_cast<float>(viewRect_.extent.width);
    ImGui::SetNextWindowPos(ImVec2(x, y));
    ImGui::SetNextWindowSize(ImVec2(w, std::max(40.0f, window.y - y)));
    ImGui::Begin("Timeline", nullptr,
                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoTitleBar);
    const Scenario s = document_.scenario(); // a copy, as in patientPanel
    const int end = timelineEndDay(s);
    if (ImGui::Button(playing_ ? "Pause" : "Play", ImVec2(60.0f * contentScale_, 0))) {
        if (!playing_ && day_ >= static_cast<float>(end)) {
            day_ = 0;
        }
        playing_ = !playing_;
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1.0f);
    int day = static_cast<int>(std::lround(day_));
    if (ImGui::SliderInt("##day", &day, 0, end, "Day %d")) {
        day_ = static_cast<float>(day);
        playing_ = false;
    }
    probeItem("timeline");
    // Session markers under the slider, and the observed days as buttons to jump to.
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (const PlanEntry& e : s.plan) {
        const float mx =
            min.x + (max.x - min.x) * static_cast<float>(e.day) / static_cast<float>(end);
        draw->AddTriangleFilled(ImVec2(mx, max.y + 1), ImVec2(mx - 5, max.y + 9),
                                ImVec2(mx + 5, max.y + 9), IM_COL32(240, 160, 60, 255));
    }
    ImGui::Dummy(ImVec2(1, 8));
    ImGui::TextUnformatted("Observed:");
    for (const int d : s.observeDays) {
        ImGui::SameLine();
        char label[24];
        std::snprintf(label, sizeof label, "Day %d", d);
        if (ImGui::SmallButton(label)) {
            day_ = static_cast<float>(d);
            playing_ = false;
        }
    }
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Space: play or pause. Orange marks: the sessions.");
    }
    ImGui::End();
}

void StudioApp::viewPanel() {
    constexpr render::View kViews[] = {render::View::Patch, render::View::Face};
    constexpr render::LightPreset kLights[] = {
        render::LightPreset::Raking, render::LightPreset::Clinical, render::LightPreset::Flash};
    constexpr render::Mode kModes[] = {render::Mode::Skin, render::Mode::Clay,
                                       render::Mode::Heatmap, render::Mode::Change};
    constexpr render::Compare kCompares[] = {render::Compare::None, render::Compare::Split,
                                             render::Compare::Side};
    // "##picture": the section header above is "View" too, and the same ID in one window made
    // the combo never open (issue 15).
    enumCombo("View##picture", settings_.view, kViews);
    enumCombo("Light", settings_.light, kLights);
    enumCombo("Mode", settings_.mode, kModes);
    enumCombo("Compare", settings_.compare, kCompares);
    if (settings_.compare == render::Compare::Split) {
        ImGui::SliderFloat("Split", &settings_.splitFraction, 0.02f, 0.98f, "%.2f");
    }
    // The camera presets, each from its own start (orbit, zoom and pan undone).
    const auto cameraButton = [&](const char* label, render::CameraPreset preset,
                                  const char* tooltip) {
        if (ImGui::Button(label)) {
            settings_.camera = preset;
            settings_.cameraYawDeg = settings_.cameraPitchDeg = 0;
            settings_.cameraDistanceScale = 1;
            settings_.cameraPanRightMm = settings_.cameraPanUpMm = 0;
        }
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s", tooltip);
        }
    };
    cameraButton("Close-up", render::CameraPreset::CloseUp,
                 "The patch filling the view; on the face, 16 cm from it.");
    ImGui::SameLine();
    cameraButton("Arm's length", render::CameraPreset::ArmsLength,
                 "30 cm: as in a hand mirror or a selfie.");
    ImGui::SameLine();
    cameraButton("50 cm", render::CameraPreset::SocialDistance,
                 "Social distance, where the Goodman-Baron grade is judged.");
    ImGui::SliderFloat("Light turn", &settings_.lightAzimuthDeg, -180.0f, 180.0f, "%.0f deg");
    ImGui::SliderFloat("Relief x", &settings_.reliefExaggeration, 1.0f, 4.0f, "%.1f");
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Exaggerates heights for teaching; consultations use 1 (true scale).");
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped(
        "%s",
        settings_.view == render::View::Face
            ? "Drag: orbit. Shift or right drag: light. Ctrl or middle drag: pan. Wheel: zoom. "
              "Double-click the face: move the patch there (undoable)."
            : "Drag: orbit. Shift or right drag: light. Ctrl or middle drag: pan. Wheel: zoom.");
    ImGui::PopStyleColor();
}

void StudioApp::outcomePanel() {
    if (!snapshot_ || snapshot_->stage == SimulationStage::Idle) {
        ImGui::TextUnformatted("Waiting for the first simulation...");
        return;
    }
    const SimulationSnapshot& s = *snapshot_;
    const Scenario& scenario = document_.scenario();
    if (s.stage != SimulationStage::Done) {
        const std::string label = std::string(toString(s.stage));
        // Blue, not ImGui's yellow: white text stays readable on it.
        ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ImVec4(0.22f, 0.42f, 0.72f, 1.0f));
        ImGui::ProgressBar(static_cast<float>(s.progress), ImVec2(-1, 0), label.c_str());
        ImGui::PopStyleColor();
    }
    if (s.stage == SimulationStage::Failed) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.45f, 0.4f, 1.0f));
        ImGui::TextWrapped("%s", s.error.c_str());
        ImGui::PopStyleColor();
        return;
    }
    std::vector<int> sessionDays;
    for (const PlanEntry& e : scenario.plan) {
        sessionDays.push_back(e.day);
    }
    const int end = timelineEndDay(scenario);
    const int shown = static_cast<int>(std::lround(day_));
    ImGui::TextUnformatted("Scar volume gone (improvement)");
    // While an edit is simulated, the last finished plan stays on the plot, greyed.
    const bool previousShown = !s.outcome && lastDone_ && lastDone_->revision != s.revision;
    std::optional<Curve> previous;
    if (previousShown) {
        previous = curveOf(*lastDone_->outcome);
    }
    if (s.outcome) {
        const Outcome& o = *s.outcome;
        improvementPlot("##improvement", curveOf(o), nullptr, sessionDays, shown, end,
                        150.0f * contentScale_);
        probeItem("band/current");
        const Band now = bandAt(o, shown);
        ImGui::TextWrapped("Day %d: %s", shown, bandText(now, true).c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("band: 8 in 10 patients fall inside (p10-p90), %d draws", o.draws);
        ImGui::PopStyleColor();
        ImGui::TextWrapped("%s", rangeInWords(now).c_str());
        // Goodman-Baron and responders at the observed day nearest the one shown.
        const DayOutcome* nearest = nullptr;
        for (const DayOutcome& d : o.days) {
            if (nearest == nullptr || std::abs(d.day - shown) < std::abs(nearest->day - shown)) {
                nearest = &d;
            }
        }
        if (nearest != nullptr) {
            ImGui::Separator();
            ImGui::TextWrapped("Observed day %d", nearest->day);
            ImGui::TextWrapped("Goodman-Baron grade %s",
                               bandText(nearest->gbQualitative, false).c_str());
            ImGui::TextWrapped("Goodman-Baron score %s",
                               bandText(nearest->gbQuantitative, false).c_str());
            ImGui::TextWrapped(
                "Responders: <25%% %s, 25-50%% %s, 50-75%% %s, >75%% %s",
                percent(nearest->responders[0]).c_str(), percent(nearest->responders[1]).c_str(),
                percent(nearest->responders[2]).c_str(), percent(nearest->responders[3]).c_str());
            for (std::size_t t = 0; t < 4; ++t) {
                if (nearest->improvementByType[t]) {
                    ImGui::TextWrapped("  %s: %s", std::string(toString(kScarTypes[t])).c_str(),
                                       bandText(*nearest->improvementByType[t], true).c_str());
                }
            }
        }
        ImGui::Separator();
        ImGui::TextWrapped("Downtime (longest session, median patient, p10-p90):");
        ImGui::TextWrapped(
            "  redness %.0f d (%.0f-%.0f), crusts %.0f d, bruising %.0f d, swelling %.0f d",
            o.erythemaDays.p50, o.erythemaDays.p10, o.erythemaDays.p90, o.crustingDays.p50,
            o.bruisingDays.p50, o.swellingDays.p50);
        ImGui::TextWrapped("PIH risk for Fitzpatrick %s: %s over the course",
                           kRoman[std::clamp(scenario.patient.fitzpatrick, 1, 6) - 1],
                           percent(o.pihProbability).c_str());
        ImGui::TextWrapped("New scarring from the sessions: %s; wound infection: %s",
                           riskPercent(o.newScarringProbability).c_str(),
                           riskPercent(o.infectionProbability).c_str());
        if (const std::string words = newScarWords(o.days.back()); !words.empty()) {
            ImGui::TextWrapped("%s.", words.c_str());
        }
    } else if (!s.medianSteps.empty() || previous) {
        improvementPlot("##median", curveOf(s.medianSteps), previous ? &*previous : nullptr,
                        sessionDays, shown, end, 150.0f * contentScale_);
        if (previous) {
            probeItem("band/previous");
            const Band before = bandAt(*lastDone_->outcome, shown);
            ImGui::TextWrapped("Grey: the plan before your edit (day %d: %s). Blue: the edited "
                               "plan's median patient so far; its range follows.",
                               shown, bandText(before, true).c_str());
        } else {
            ImGui::TextDisabled(
                "median patient; the p10-p90 range follows when the draws are done");
        }
    }
    if (ImGui::TreeNode("Sources behind the numbers")) {
        std::vector<std::string> seen;
        for (const PlanEntry& e : scenario.plan) {
            if (std::find(seen.begin(), seen.end(), e.treatment) != seen.end()) {
                continue;
            }
            seen.push_back(e.treatment);
            if (const Modality* m = findModality(e.treatment)) {
                ImGui::TextWrapped("%s: %s", std::string(m->displayName).c_str(),
                                   std::string(m->sources).c_str());
            }
        }
        ImGui::TextWrapped("Simulated result, not an actual patient outcome. The range comes from "
                           "the spread of responses in the published trials.");
        ImGui::TreePop();
    }
}

void StudioApp::exportPanel() {
    inputString("Folder", "", exportDir_);
    const std::filesystem::path dir = std::filesystem::absolute(exportDir_);
    char dayName[32];
    std::snprintf(dayName, sizeof dayName, "day-%04d", shownDay_);
    if (ImGui::Button("Picture (PNG)")) {
        const auto path = dir / (std::string("skinsim-") + dayName + ".png");
        auto ok = exportPicture(path);
        setStatus(ok ? "Wrote " + path.string() : ok.error().message, !ok);
    }
    probeItem("export/picture");
    ImGui::SameLine();
    if (ImGui::Button("Height maps")) {
        auto ok = exportHeightMaps(dir / dayName);
        setStatus(ok ? "Wrote height.png/.json/.exr into " + (dir / dayName).string()
                     : ok.error().message,
                  !ok);
    }
    ImGui::SameLine();
    if (ImGui::Button("Scenario")) {
        const auto path = dir / "scenario.json";
        auto ok = exportScenario(path);
        setStatus(ok ? "Wrote " + path.string() : ok.error().message, !ok);
    }
}

void StudioApp::recoveryDialog() {
    if (!recovery_ && recoveryError_.empty()) {
        return;
    }
    ImGui::OpenPopup("Recover unsaved work?");
    if (ImGui::BeginPopupModal("Recover unsaved work?", nullptr,
                               ImGuiWindowFlags_AlwaysAutoResize)) {
        if (recovery_) {
            ImGui::Text("The studio did not close normally last time.");
            ImGui::Text("It had autosaved \"%s\" (opened from %s).",
                        recovery_->scenario.name.c_str(), recovery_->openedFrom.c_str());
            if (recovery_->savedUnixS > 0) {
                // When, in the clinic's local time.
                const std::time_t saved = static_cast<std::time_t>(recovery_->savedUnixS);
                char when[64] = "";
                if (const std::tm* local = std::localtime(&saved)) {
                    std::strftime(when, sizeof when, "%Y-%m-%d %H:%M", local);
                }
                ImGui::Text("Saved %s.", when);
            }
            if (ImGui::Button("Recover it")) {
                openedFrom_ = recovery_->openedFrom;
                document_.replace("recover the autosave", std::move(recovery_->scenario));
                recovery_.reset();
                setStatus("Recovered the autosaved scenario");
                ImGui::CloseCurrentPopup();
            }
            ImGui::SameLine();
            if (ImGui::Button("Discard it")) {
                recovery_.reset();
                autosave_.discard();
                ImGui::CloseCurrentPopup();
            }
        } else {
            ImGui::TextWrapped("An autosave was found but cannot be read: %s",
                               recoveryError_.c_str());
            if (ImGui::Button("Discard it")) {
                recoveryError_.clear();
                autosave_.discard();
                ImGui::CloseCurrentPopup();
            }
        }
        ImGui::EndPopup();
    }
}

Status StudioApp::exportPicture(const std::filesystem::path& path) {
    if (!after_.gpu) {
        return Error::badInput("nothing to export yet: the skin is still being generated");
    }
    auto renderer = render::Renderer::create(*context_, {.width = 1600, .height = 1000});
    if (!renderer) {
        return renderer.error();
    }
    // A second renderer, so the window's sizes and frames are left alone; it reads the same
    // surfaces (uploaded again: surfaces belong to their renderer).
    const SimulationSnapshot& s = *snapshot_;
    const auto findDay = [&](int day) -> std::shared_ptr<const DaySurface> {
        if (const auto it = s.days.find(day); it != s.days.end()) {
            return it->second;
        }
        return worker_.onDemand(s.revision, day);
    };
    const auto before = findDay(0);
    const auto after = findDay(shownDay_);
    const auto skins = app::daySkins(before.get(), after.get(), *s.blood);
    if (!skins) {
        return Error::badInput("the day shown is still being computed");
    }
    auto days =
        app::uploadDaySkins(**renderer, *skins, "day 0", "day " + std::to_string(shownDay_));
    if (!days) {
        return days.error();
    }
    app::GpuFaceScene face;
    render::ViewSettings settings = settings_;
    settings.beforeLabel = "Day 0";
    settings.afterLabel = "Day " + std::to_string(shownDay_);
    // The picture says what it shows: the day, the plan, its range, and a millimetre scale.
    settings.scaleBar = true;
    settings.caption.push_back("Day " + std::to_string(shownDay_) + " - " +
                               document_.scenario().name);
    if (s.outcome) {
        settings.caption.push_back("Scar volume gone: " +
                                   bandText(bandAt(*s.outcome, shownDay_), true));
    }
    if (settings.view == render::View::Face) {
        auto scene = app::loadFaceScene(document_.scenario());
        if (!scene) {
            return scene.error();
        }
        if (auto ok = app::uploadFaceScene(**renderer, *scene, face); !ok) {
            return ok;
        }
    }
    auto image = (*renderer)->renderImage({.before = days->before.get(),
                                           .after = days->shownAfter(),
                                           .face = face.face.get(),
                                           .surround = face.surround.get()},
                                          settings);
    if (!image) {
        return image.error();
    }
    if (auto dirOk = ensureDirectory(path.parent_path().empty() ? "." : path.parent_path());
        !dirOk) {
        return dirOk;
    }
    return writePng(path, *image);
}

Status StudioApp::exportHeightMaps(const std::filesystem::path& dir) {
    if (!snapshot_ || snapshot_->days.empty()) {
        return Error::badInput("nothing to export yet: the skin is still being generated");
    }
    const SimulationSnapshot& s = *snapshot_;
    std::shared_ptr<const DaySurface> day;
    if (const auto it = s.days.find(shownDay_); it != s.days.end()) {
        day = it->second;
    } else {
        day = worker_.onDemand(s.revision, shownDay_);
    }
    if (!day) {
        return Error::badInput("the day shown is still being computed");
    }
    if (auto ok = ensureDirectory(dir); !ok) {
        return ok;
    }
    return writeHeightMaps(dir, day->heightUm);
}

Status StudioApp::exportScenario(const std::filesystem::path& path) {
    if (auto ok = ensureDirectory(path.parent_path().empty() ? "." : path.parent_path()); !ok) {
        return ok;
    }
    if (auto ok = writeJsonFile(path, scenarioToJson(document_.scenario())); !ok) {
        return ok;
    }
    document_.markSaved();
    return {};
}

} // namespace skinsim::ui
