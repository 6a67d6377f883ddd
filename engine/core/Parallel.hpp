#pragma once
// parallel_for over rows on a small pool of worker threads. Work is split into contiguous row
// blocks; every row is computed by exactly one thread, so as long as a row's result depends only
// on its inputs (and randomness comes from CounterRng), the output is the same on any thread count.

#include <cstddef>
#include <functional>

namespace skinsim {

/// Number of worker threads parallelFor uses (default: hardware concurrency).
int workerCount();
/// Sets the worker count (>= 1); 0 restores the default. Used by --threads and by tests.
void setWorkerCount(int threads);

/// Runs the pool's workers, and the calling thread, at a lower scheduling priority (Linux nice
/// value, 0..19; 0 restores normal). The studio's simulation uses it so the window's thread and
/// the Vulkan driver's threads come first on a machine with few cores. Results do not change.
void setBackgroundPriority(int niceness);
/// Applies the current background niceness to the calling thread (a thread that calls
/// parallelFor from the background).
void applyBackgroundPriority();

/// Calls body(begin, end) on disjoint sub-ranges covering [0, count), in parallel. Returns when all
/// are done. Nested calls run serially in the calling thread.
/// An exception thrown by body reaches the caller once every thread has stopped (the first one
/// thrown; chunks not yet started are skipped).
void parallelForRanges(int count, const std::function<void(int begin, int end)>& body);

/// Calls body(row) for every row in [0, rows), in parallel.
template <class Body> void parallelFor(int rows, Body&& body) {
    parallelForRanges(rows, [&](int begin, int end) {
        for (int row = begin; row < end; ++row) {
            body(row);
        }
    });
}

} // namespace skinsim
