#include "core/Parallel.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace skinsim {
namespace {

std::atomic<int> backgroundNiceness{0};
thread_local int appliedNiceness = 0;

/// Sets the calling thread's nice value (Linux: per thread) when it differs from what it has.
void applyNiceness(int niceness) {
    if (niceness == appliedNiceness) {
        return;
    }
#ifdef __linux__
    // Raising the value needs no privilege; lowering it back may be refused (then it stays low).
    if (::setpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)), niceness) == 0) {
        appliedNiceness = niceness;
    }
#else
    appliedNiceness = niceness;
#endif
}

thread_local bool insideParallelRegion = false;

/// Marks the calling thread as running a parallel body (so nested calls run serially), also when
/// the body throws.
class ParallelRegion {
  public:
    ParallelRegion() : outer_(insideParallelRegion) { insideParallelRegion = true; }
    ~ParallelRegion() { insideParallelRegion = outer_; }
    ParallelRegion(const ParallelRegion&) = delete;
    ParallelRegion& operator=(const ParallelRegion&) = delete;

  private:
    bool outer_;
};

int defaultWorkerCount() {
    return std::max(1u, std::thread::hardware_concurrency());
}

/// Workers that wait for one job at a time and pull chunks of it from an atomic counter.
class WorkerPool {
  public:
    explicit WorkerPool(int threads) : size_(threads) {
        for (int i = 1; i < threads; ++i) {
            workers_.emplace_back([this] { workLoop(); });
        }
    }
    ~WorkerPool() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        wake_.notify_all();
        for (auto& t : workers_) {
            t.join();
        }
    }
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    int size() const { return size_; }

    void run(int count, const std::function<void(int, int)>& body) {
        const int chunks = std::min(count, size_ * 4);
        {
            std::lock_guard lock(mutex_);
            body_ = &body;
            count_ = count;
            chunks_ = chunks;
            nextChunk_.store(0);
            busyWorkers_ = static_cast<int>(workers_.size());
            ++generation_;
        }
        wake_.notify_all();
        drainChunks();
        std::unique_lock lock(mutex_);
        done_.wait(lock, [this] { return busyWorkers_ == 0; });
        body_ = nullptr;
        // An exception in any chunk (std::bad_alloc) reaches the caller, as it would serially,
        // instead of terminating the process from a worker thread.
        if (error_) {
            std::rethrow_exception(std::exchange(error_, nullptr));
        }
    }

  private:
    void drainChunks() {
        ParallelRegion region;
        for (int c = nextChunk_.fetch_add(1); c < chunks_; c = nextChunk_.fetch_add(1)) {
            const int begin = static_cast<int>(static_cast<long long>(count_) * c / chunks_);
            const int end = static_cast<int>(static_cast<long long>(count_) * (c + 1) / chunks_);
            try {
                (*body_)(begin, end);
            } catch (...) {
                std::lock_guard lock(mutex_);
                if (!error_) {
                    error_ = std::current_exception();
                }
                nextChunk_.store(chunks_); // the remaining chunks are skipped
            }
        }
    }

    void workLoop() {
        std::uint64_t seen = 0;
        for (;;) {
            {
                std::unique_lock lock(mutex_);
                wake_.wait(lock, [&] { return stopping_ || generation_ != seen; });
                if (stopping_) {
                    return;
                }
                seen = generation_;
            }
            applyNiceness(backgroundNiceness.load());
            drainChunks();
            {
                std::lock_guard lock(mutex_);
                --busyWorkers_;
            }
            done_.notify_one();
        }
    }

    int size_;
    std::vector<std::thread> workers_;
    std::mutex mutex_;
    std::condition_variable wake_, done_;
    const std::function<void(int, int)>* body_ = nullptr;
    int count_ = 0;
    int chunks_ = 0;
    std::atomic<int> nextChunk_{0};
    int busyWorkers_ = 0;
    std::uint64_t generation_ = 0;
    bool stopping_ = false;
    std::exception_ptr error_; ///< the first exception a chunk threw, guarded by mutex_
};

// The process's worker threads. A pool is process-wide by nature (it stands for the machine's
// cores); callers never hold it, so two simulators in one test simply share it.
std::mutex poolMutex;
std::unique_ptr<WorkerPool> pool;
int requestedWorkers = 0;

} // namespace

void setBackgroundPriority(int niceness) {
    backgroundNiceness = std::clamp(niceness, 0, 19);
}

void applyBackgroundPriority() {
    applyNiceness(backgroundNiceness.load());
}

int workerCount() {
    std::lock_guard lock(poolMutex);
    return requestedWorkers > 0 ? requestedWorkers : defaultWorkerCount();
}

void setWorkerCount(int threads) {
    std::lock_guard lock(poolMutex);
    requestedWorkers = std::max(0, threads);
    pool.reset();
}

void parallelForRanges(int count, const std::function<void(int, int)>& body) {
    if (count <= 0) {
        return;
    }
    if (insideParallelRegion) {
        body(0, count);
        return;
    }
    // One job at a time: a second thread calling in while the pool is busy runs serially rather
    // than waiting (the studio's UI thread must never block on the simulator).
    std::unique_lock lock(poolMutex, std::try_to_lock);
    if (!lock.owns_lock()) {
        ParallelRegion region;
        body(0, count);
        return;
    }
    const int threads = requestedWorkers > 0 ? requestedWorkers : defaultWorkerCount();
    if (threads == 1 || count == 1) {
        ParallelRegion region;
        body(0, count);
        return;
    }
    if (!pool || pool->size() != threads) {
        pool = std::make_unique<WorkerPool>(threads);
    }
    pool->run(count, body);
}

} // namespace skinsim
