#include "app/DaySkin.hpp"

#include "skin/SkinGenerator.hpp"

namespace skinsim::app {

render::SkinSurface skinOfDay(const DaySurface& day, const FieldF& blood) {
    render::SkinSurface skin;
    skin.heightUm = day.heightUm;
    skin.melanin = day.melanin;
    skin.blood = blood;
    skin.erythema = day.erythema;
    skin.crust = day.marks.crust;
    skin.bruise = day.marks.bruise;
    skin.bruiseAgeDays = static_cast<float>(day.marks.bruiseAgeDays);
    skin.swellingUm = day.marks.swellingUm;
    return skin;
}

Result<GpuDaySkins> uploadDaySkins(render::Renderer& renderer, const DaySkins& skins,
                                   const std::string& beforeName, const std::string& afterName) {
    GpuDaySkins gpu;
    auto before = renderer.uploadSurface(skins.before, beforeName);
    if (!before) {
        return before.error();
    }
    gpu.before = std::move(before.value());
    if (skins.after) {
        auto after = renderer.uploadSurface(*skins.after, afterName);
        if (!after) {
            return after.error();
        }
        gpu.after = std::move(after.value());
    }
    return gpu;
}

const DaySurface* findDay(const std::vector<DaySurface>& days, int day) {
    for (const DaySurface& d : days) {
        if (d.day == day) {
            return &d;
        }
    }
    return nullptr;
}

std::optional<DaySkins> daySkins(const DaySurface* day0, const DaySurface* shown,
                                 const FieldF& blood) {
    if (day0 == nullptr || shown == nullptr) {
        return std::nullopt;
    }
    return DaySkins{skinOfDay(*day0, blood), skinOfDay(*shown, blood)};
}

Result<DaySkins> generatedDayZero(const Scenario& scenario, const StepProgress& progress) {
    auto patch = generateSkin(scenario.patch, scenario.patient, scenario.scars, scenario.seed,
                              generateOptionsWith(progress));
    if (!patch) {
        return patch.error().within(scenario.source.string());
    }
    return DaySkins{render::surfaceOfPatch(std::move(*patch)), std::nullopt};
}

Result<DaySkins> medianPatientDays(Scenario scenario, int day, const StepProgress& progress) {
    scenario.observeDays = {0, day}; // the course then runs only as far as it must
    auto prepared = prepareWithProgress(scenario, progress);
    if (!prepared) {
        return prepared.error();
    }
    Outcome outcome;
    const MedianRun run = runMedianPatient(*prepared, scenario, outcome);
    auto skins = daySkins(findDay(run.days, 0), findDay(run.days, day), prepared->patch.blood);
    if (!skins) {
        return Error::failure("the simulation did not reach day " + std::to_string(day));
    }
    return std::move(*skins);
}

} // namespace skinsim::app
