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

void* checked_malloc(std::size_t bytes) { return allocated_or_exit(std::malloc(bytes), bytes); }

void* checked_calloc(std::size_t count, std::size_t size) {
  return allocated_or_exit(std::calloc(count, size), count && size);
}

void* checked_realloc(void* old, std::size_t bytes) { return allocated_or_exit(std::realloc(old, bytes), bytes); }

}  // namespace ispgen
