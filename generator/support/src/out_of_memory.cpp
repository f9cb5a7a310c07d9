#include "ispgen/out_of_memory.hpp"

#include <unistd.h>

#include <cstdlib>
#include <new>

namespace ispgen {

void out_of_memory() noexcept {
  static constexpr char message[] = "ispgen: out of memory\n";
  [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, message, sizeof message - 1);
  ::_exit(2);
}

void exit_when_memory_runs_out() { std::set_new_handler(out_of_memory); }

void* checked_malloc(std::size_t bytes) {
  void* p = std::malloc(bytes);
  if (!p && bytes) out_of_memory();
  return p;
}

void* checked_calloc(std::size_t count, std::size_t size) {
  void* p = std::calloc(count, size);
  if (!p && count && size) out_of_memory();
  return p;
}

void* checked_realloc(void* old, std::size_t bytes) {
  void* p = std::realloc(old, bytes);
  if (!p && bytes) out_of_memory();
  return p;
}

}  // namespace ispgen
