#include "background.hpp"

#include <exception>
#include <new>
#include <system_error>

#include "ispgen/out_of_memory.hpp"

namespace ispgen::build {

Background::Background(unsigned threads) : max_threads_(threads) {}

Background::~Background() {
  if (!threads_.empty()) finish();
}

void Background::add(std::function<Result()> job) {
  {
    const std::lock_guard lock(mutex_);
    slots_.push_back({std::move(job), {}});
  }
  if (threads_.size() < max_threads_) {
    try {
      threads_.emplace_back([this] { work(); });
    } catch (const std::system_error&) {
      max_threads_ = threads_.size();  // no room for another thread: finish() does the work
    }
  } else {
    wake_.notify_one();
  }
}

void Background::work() {
  std::unique_lock lock(mutex_);
  for (;;) {
    wake_.wait(lock, [&] { return closing_ || next_ < slots_.size(); });
    if (next_ == slots_.size()) return;
    Slot& slot = slots_[next_++];
    lock.unlock();
    Result result;
    try {
      result = slot.job();
    } catch (const std::bad_alloc&) {
      out_of_memory();
    } catch (const std::exception& e) {
      result = {"", e.what()};
    }
    lock.lock();
    slot.result = std::move(result);
  }
}

std::vector<Background::Result> Background::finish() {
  {
    const std::lock_guard lock(mutex_);
    closing_ = true;
  }
  wake_.notify_all();
  work();
  for (std::thread& t : threads_) t.join();
  threads_.clear();
  std::vector<Result> results;
  results.reserve(slots_.size());
  for (Slot& slot : slots_) results.push_back(std::move(slot.result));
  slots_.clear();
  next_ = 0;
  closing_ = false;
  return results;
}

}  // namespace ispgen::build
