// The C allocator of the ispgen executable: glibc's own, except that a request it cannot meet
// ends the run with "ispgen: out of memory" and exit status 2 instead of returning null. Some C
// libraries ispgen links do not check what malloc returns (libharu's text encoder copies into
// it), so under a memory limit a null would be a crash rather than a diagnostic. Defined in the
// executable, these replace malloc, calloc and realloc for every library it loads; free and the
// aligned allocators stay glibc's, which share the same heap. Not built with the sanitizers,
// which bring allocators of their own.
#include <cstdlib>

#include "ispgen/out_of_memory.hpp"

extern "C" {
void* __libc_malloc(std::size_t bytes);
void* __libc_calloc(std::size_t count, std::size_t size);
void* __libc_realloc(void* old, std::size_t bytes);

void* malloc(std::size_t bytes) noexcept { return ispgen::allocated_or_exit(__libc_malloc(bytes), bytes); }

void* calloc(std::size_t count, std::size_t size) noexcept {
  return ispgen::allocated_or_exit(__libc_calloc(count, size), count && size);
}

void* realloc(void* old, std::size_t bytes) noexcept {
  return ispgen::allocated_or_exit(__libc_realloc(old, bytes), bytes);
}
}
