#include "sim/Outcome.hpp"

#include "core/Parallel.hpp"
#include "core/Rng.hpp"
#include "sim/Simulator.hpp"
#include "treatment/SessionEffects.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>

namespace skinsim {

Band bandOf(std::vector<double> v) {
    Band b;
    if (v.empty()) {
        return b;
    }
    std::sort(v.begin(), v.end());
    auto at = [&](double q) {
        const double pos = q * double(v.size() - 1);
        const auto i = static_cast<std::size_t>(std::floor(pos));
        const std::size_t j = std::min(i + 1, v.size() - 1);
        return v[i] + (v[j] - v[i]) * (pos - double(i));
    };
    b.p10 = at(0.1);
    b.p50 = at(0.5);
    b.p90 = at(0.9);
    double sum = 0;
    for (double x : v) {
        sum += x;
    }
    b.mean = sum / double(v.size());
    return b;
}

namespace {

/// What one draw recorded.
struct DrawRecord {
    std::vector<PatchMeasure> atObserve; ///< per observe day
    std::vector<double> improvementByStep;
};

double improvementOf(double volume, double volume0) {
    return volume0 > 0 ? 1.0 - volume / volume0 : 0.0;
}

} // namespace

Outcome runMonteCarlo(const TissueBaseline& baseline, const Course& course,
                      const PatientSpec& patient, std::uint64_t seed, int draws,
                      const std::function<void(int, int)>& progress,
                      const std::function<bool()>& cancelled) {
    const Simulator simulator(baseline, course, patient, seed);
    // Day-0 volumes: every draw starts from the same tissue.
    PatchMeasure day0;
    {
        TissueState s = initialState(baseline);
        SagCache sag;
        sag.update(baseline, s);
        day0 = measurePatch(baseline, s, sag);
    }
    std::vector<DrawRecord> records(static_cast<std::size_t>(draws));
    std::atomic<int> done{0};
    std::mutex progressMutex;
    std::atomic<bool> abandoned{false};
    parallelFor(draws, [&](int draw) {
        if (abandoned.load() || (cancelled && cancelled())) {
            abandoned = true;
            return;
        }
        DrawRecord& r = records[static_cast<std::size_t>(draw)];
        simulator.run(draw, course.drawDays, [&](const StepView& v) {
            const PatchMeasure m = measurePatch(baseline, v.state, v.sag);
            r.improvementByStep.push_back(improvementOf(m.volumeMm3, day0.volumeMm3));
            if (std::binary_search(course.observeDays.begin(), course.observeDays.end(), v.day)) {
                r.atObserve.push_back(m);
            }
        });
        const int finished = ++done;
        if (progress) {
            std::lock_guard lock(progressMutex);
            progress(finished, draws);
        }
    });
    if (abandoned) {
        return {};
    }

    Outcome out;
    out.draws = draws;
    out.seed = seed;
    out.stepDays = course.drawDays;
    for (std::size_t step = 0; step < course.drawDays.size(); ++step) {
        std::vector<double> v;
        for (const auto& r : records) {
            v.push_back(r.improvementByStep[step]);
        }
        out.improvementByStep.push_back(bandOf(v));
    }
    for (std::size_t o = 0; o < course.observeDays.size(); ++o) {
        DayOutcome d;
        d.day = course.observeDays[o];
        std::vector<double> all, qual, quant, volume, redness;
        std::array<std::vector<double>, 4> byType;
        for (const auto& r : records) {
            const PatchMeasure& m = r.atObserve[o];
            const double imp = improvementOf(m.volumeMm3, day0.volumeMm3);
            all.push_back(imp);
            qual.push_back(m.gbQualitative);
            quant.push_back(m.gbQuantitative);
            volume.push_back(m.volumeMm3);
            redness.push_back(m.meanErythema);
            for (std::size_t t = 0; t < 4; ++t) {
                if (day0.volumeByTypeMm3[t] > 0) {
                    byType[t].push_back(
                        improvementOf(m.volumeByTypeMm3[t], day0.volumeByTypeMm3[t]));
                }
            }
            const std::size_t band = imp < 0.25 ? 0 : imp < 0.5 ? 1 : imp < 0.75 ? 2 : 3;
            d.responders[band] += 1.0 / draws;
        }
        d.improvement = bandOf(all);
        d.improvementDraws = all;
        for (std::size_t t = 0; t < 4; ++t) {
            if (!byType[t].empty()) {
                d.improvementByType[t] = bandOf(byType[t]);
                d.improvementDrawsByType[t] = byType[t];
            }
        }
        d.gbQualitative = bandOf(qual);
        d.gbQuantitative = bandOf(quant);
        d.scarVolumeMm3 = bandOf(volume);
        d.erythema = bandOf(redness);
        out.days.push_back(d);
    }

    // Downtime: each session's median duration scaled by each draw's healing speed; the course's
    // figure is its longest session. PIH: independent per session.
    out.sessions = simulator.downtimes();
    std::vector<double> ery, crust, bruise, swell;
    // Sessions are already scaled to the median patient's healing (history included).
    const double medianHealing = drawPatient(patient, seed, -1).healing;
    for (int draw = 0; draw < draws; ++draw) {
        const double heal = drawPatient(patient, seed, draw).healing / medianHealing;
        double e = 0, c = 0, b = 0, s = 0;
        for (const auto& d : out.sessions) {
            e = std::max(e, d.erythemaDays * heal);
            c = std::max(c, d.crustingDays * heal);
            b = std::max(b, d.bruisingDays * heal);
            s = std::max(s, d.swellingDays * heal);
        }
        ery.push_back(e);
        crust.push_back(c);
        bruise.push_back(b);
        swell.push_back(s);
    }
    out.erythemaDays = bandOf(ery);
    out.crustingDays = bandOf(crust);
    out.bruisingDays = bandOf(bruise);
    out.swellingDays = bandOf(swell);
    double none = 1.0;
    for (const auto& d : out.sessions) {
        none *= 1.0 - d.pihProbability;
    }
    out.pihProbability = out.sessions.empty() ? 0.0 : 1.0 - none;
    double noScarring = 1.0, noInfection = 1.0;
    for (const auto& d : out.sessions) {
        noScarring *= 1.0 - d.newScarringProbability;
        noInfection *= 1.0 - d.infectionProbability;
    }
    out.newScarringProbability = 1.0 - noScarring;
    out.infectionProbability = 1.0 - noInfection;

    // New acne scars while acne stays active: counted per draw, apart from the treated scars.
    const double areaCm2 = baseline.width() * baseline.pixelUm() * 1e-4 * baseline.height() *
                           baseline.pixelUm() * 1e-4;
    std::vector<std::vector<double>> counts(out.days.size());
    for (int draw = 0; draw < draws; ++draw) {
        const std::vector<int> n =
            newAcneScars(patient.activeAcne, areaCm2, seed, draw, course.observeDays);
        for (std::size_t o = 0; o < n.size(); ++o) {
            counts[o].push_back(n[o]);
        }
    }
    for (std::size_t o = 0; o < out.days.size(); ++o) {
        out.days[o].newScars = bandOf(counts[o]);
    }
    return out;
}

std::vector<int> newAcneScars(AcneActivity acne, double areaCm2, std::uint64_t seed, int draw,
                              const std::vector<int>& days) {
    std::vector<int> out(days.size(), 0);
    const double perDay = effects::newScarRatePerCm2Month(acne) * areaCm2 / 30.44;
    if (perDay <= 0 || days.empty()) {
        return out;
    }
    // Arrival times of a Poisson process: exponential gaps, from the draw's own stream.
    const CounterRng rng = CounterRng(seed, "new-acne-scars").child(std::uint64_t(draw + 1));
    double t = 0;
    for (std::uint64_t i = 0; i < 100000; ++i) {
        t += -std::log(1.0 - rng.uniform(i)) / perDay;
        if (t > days.back()) {
            break;
        }
        for (std::size_t o = 0; o < days.size(); ++o) {
            out[o] += t <= days[o] ? 1 : 0;
        }
    }
    return out;
}

} // namespace skinsim
