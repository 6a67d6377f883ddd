#include "sim/SimulationFiles.hpp"

#include "analysis/Roughness.hpp"
#include "core/AtomicFile.hpp"
#include "core/HeightMapIo.hpp"
#include "core/StagedFolder.hpp"
#include "sim/Simulator.hpp"
#include "skin/SkinExport.hpp"
#include "tissue/Surface.hpp"

#include <algorithm>
#include <cstdio>

namespace skinsim {

DaySurface daySurface(const TissueBaseline& baseline, const StepView& v) {
    DaySurface day;
    day.day = v.day;
    day.heightUm = surfaceHeight(baseline, v.state, v.sag);
    day.erythema = erythemaMap(baseline, v.state);
    day.melanin = melaninMap(baseline, v.state);
    day.marks = healingMarks(baseline, v.state);
    return day;
}

MedianRun runMedianPatient(const PreparedSimulation& prepared, const Scenario& scenario,
                           Outcome& outcome, const std::function<void(DaySurface&&)>& onDay) {
    MedianRun run;
    const Simulator simulator(prepared.baseline, prepared.course, scenario.patient, scenario.seed);
    std::optional<PatchMeasure> day0;
    simulator.run(-1, prepared.course.stepDays, [&](const StepView& v) {
        const PatchMeasure m = measurePatch(prepared.baseline, v.state, v.sag);
        if (!day0) {
            day0 = m;
        }
        const MedianStepRow row = medianStepRow(v.day, m, *day0, v.state.pih);
        run.steps.push_back(row);
        const auto& observe = prepared.course.observeDays;
        if (std::binary_search(observe.begin(), observe.end(), v.day)) {
            DaySurface day = daySurface(prepared.baseline, v);
            for (DayOutcome& d : outcome.days) {
                if (d.day == v.day) {
                    d.roughness = roughness(day.heightUm);
                }
            }
            if (onDay) {
                onDay(std::move(day));
            } else {
                run.days.push_back(std::move(day));
            }
        }
    });
    return run;
}

namespace {
Status writeDay(const std::filesystem::path& dir, const PreparedSimulation& prepared,
                DaySurface&& day) {
    char name[32];
    std::snprintf(name, sizeof name, "day-%04d", day.day);
    const std::filesystem::path dayDir = dir / name;
    if (auto s = writeHeightMaps(dayDir, day.heightUm); !s) {
        return s;
    }
    // The colour maps of that day: the generated patch's blood with that day's pigment and
    // redness (skin/SkinExport.hpp).
    SkinPatch coloured;
    coloured.melanin = std::move(day.melanin);
    coloured.blood = prepared.patch.blood;
    coloured.erythema = std::move(day.erythema);
    coloured.heightUm = std::move(day.heightUm);
    if (auto s = writePng(dayDir / "albedo.png", albedoImage(coloured)); !s) {
        return s;
    }
    if (auto s = writePng(dayDir / "normal.png", normalImage(coloured.heightUm)); !s) {
        return s;
    }
    if (auto s = writePng(dayDir / "melanin.png", greyImage(coloured.melanin, kMelaninPerCount));
        !s) {
        return s;
    }
    return writePng(dayDir / "erythema.png", greyImage(coloured.erythema, 1.0 / 255.0));
}
} // namespace

Status writeSimulation(const std::filesystem::path& out, const PreparedSimulation& prepared,
                       const Scenario& scenario, Outcome& outcome) {
    // Written into a staging folder that replaces `out` as a whole (core/StagedFolder.hpp): no
    // day-DDDD/ of an earlier run survives, and a killed run leaves the old folder as it was.
    auto staged = StagedFolder::begin(out);
    if (!staged) {
        return staged.error();
    }
    const std::filesystem::path& dir = staged->path();
    Status written;
    const MedianRun run = runMedianPatient(prepared, scenario, outcome, [&](DaySurface&& day) {
        if (written) {
            written = writeDay(dir, prepared, std::move(day));
        }
    });
    if (!written) {
        return staged->inDestination(written.error());
    }
    if (auto s = writeFileAtomically(dir / "metrics.csv", metricsCsv(outcome, run.steps)); !s) {
        return staged->inDestination(s.error());
    }
    if (auto s = writeJsonFile(dir / "outcome.json", outcomeJson(outcome, scenario)); !s) {
        return staged->inDestination(s.error());
    }
    return staged->commit();
}

} // namespace skinsim
