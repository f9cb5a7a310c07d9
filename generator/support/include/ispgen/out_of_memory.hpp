#pragma once
#include <cstddef>

namespace ispgen {

// Ends the process at once: "ispgen: out of memory" on stderr and exit status 2. Safe to call
// from any thread and from a C library's callback; it allocates nothing.
[[noreturn]] void out_of_memory() noexcept;

// Makes a failed `new` call out_of_memory() instead of throwing std::bad_alloc.
void exit_when_memory_runs_out();

// `block` as an allocator returned it, if it is there or nothing was asked for (`asked` false);
// out_of_memory() if the allocator failed.
inline void* allocated_or_exit(void* block, bool asked) {
  if (!block && asked) out_of_memory();
  return block;
}

// malloc, calloc and realloc that call out_of_memory() rather than return null, for the C
// libraries that take an allocator (cmark-gfm, pugixml).
void* checked_malloc(std::size_t bytes);
void* checked_calloc(std::size_t count, std::size_t size);
void* checked_realloc(void* old, std::size_t bytes);

}  // namespace ispgen
