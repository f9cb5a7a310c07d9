#pragma once
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace ispgen::build {

// Renders that run on other threads while the caller goes on (forms are plain values, so their
// PDFs and DOCX files can be made beside the document, which shares one cmark tree and stays on
// the caller's thread). Results come back in the order the jobs were added.
class Background {
 public:
  // What a job makes: the bytes of one file, or why it could not make it.
  struct Result {
    std::string bytes;
    std::string error;
  };

  // Up to `threads` threads besides the caller's, started with the first job.
  explicit Background(unsigned threads);
  Background(const Background&) = delete;
  Background& operator=(const Background&) = delete;
  ~Background();

  // Queues `job`; an exception it throws becomes its error.
  void add(std::function<Result()> job);

  // Waits for every job, the caller's thread taking its share, and returns their results.
  std::vector<Result> finish();

 private:
  struct Slot {
    std::function<Result()> job;
    Result result;
  };
  void work();

  unsigned max_threads_;
  std::vector<std::thread> threads_;
  std::deque<Slot> slots_;  // push_back keeps references to earlier slots valid
  std::size_t next_ = 0;
  bool closing_ = false;
  std::mutex mutex_;
  std::condition_variable wake_;
};

}  // namespace ispgen::build
