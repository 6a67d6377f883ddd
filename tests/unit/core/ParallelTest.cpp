#include "core/Parallel.hpp"

#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <mutex>
#include <new>
#include <set>
#include <thread>
#include <vector>

TEST(ParallelFor, VisitsEveryRowExactlyOnce) {
    for (int threads : {1, 2, 3, 8}) {
        skinsim::setWorkerCount(threads);
        for (int rows : {0, 1, 2, 7, 1000}) {
            std::vector<std::atomic<int>> visits(static_cast<std::size_t>(rows));
            skinsim::parallelFor(rows, [&](int r) { visits[static_cast<std::size_t>(r)]++; });
            for (int r = 0; r < rows; ++r) {
                ASSERT_EQ(visits[static_cast<std::size_t>(r)].load(), 1)
                    << "row " << r << " of " << rows << " on " << threads << " threads";
            }
        }
    }
    skinsim::setWorkerCount(0);
}

TEST(ParallelFor, UsesSeveralThreadsWhenAsked) {
    skinsim::setWorkerCount(2);
    std::mutex m;
    std::set<std::thread::id> ids;
    skinsim::parallelFor(64, [&](int) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        std::lock_guard lock(m);
        ids.insert(std::this_thread::get_id());
    });
    skinsim::setWorkerCount(0);
    EXPECT_EQ(ids.size(), 2u);
}

TEST(ParallelFor, NestedCallsRunInsideTheOuterOne) {
    skinsim::setWorkerCount(2);
    std::atomic<int> total{0};
    skinsim::parallelFor(10, [&](int) { skinsim::parallelFor(10, [&](int) { total++; }); });
    skinsim::setWorkerCount(0);
    EXPECT_EQ(total.load(), 100);
}

TEST(ParallelFor, TwoCallersAtOnceBothFinish) {
    skinsim::setWorkerCount(2);
    std::atomic<long> a{0}, b{0};
    std::thread other([&] {
        for (int i = 0; i < 50; ++i) {
            skinsim::parallelFor(100, [&](int r) { a += r; });
        }
    });
    for (int i = 0; i < 50; ++i) {
        skinsim::parallelFor(100, [&](int r) { b += r; });
    }
    other.join();
    skinsim::setWorkerCount(0);
    EXPECT_EQ(a.load(), 50L * 4950);
    EXPECT_EQ(b.load(), 50L * 4950);
}

TEST(ParallelFor, AnExceptionInAWorkerReachesTheCallerAndThePoolStillWorks) {
    // Unhandled in a worker thread it would terminate the process (issue 14: std::bad_alloc).
    skinsim::setWorkerCount(4);
    EXPECT_THROW(skinsim::parallelFor(64,
                                      [](int row) {
                                          if (row == 61) {
                                              throw std::bad_alloc();
                                          }
                                      }),
                 std::bad_alloc);
    std::atomic<int> visited{0};
    skinsim::parallelFor(64, [&](int) { ++visited; });
    EXPECT_EQ(visited.load(), 64);
    skinsim::setWorkerCount(0);
}
