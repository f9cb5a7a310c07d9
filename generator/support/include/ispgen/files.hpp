#pragma once
#include <string>
#include <string_view>
#include <system_error>

// Writing files so that a crash or a failure never leaves half of one, and system errors in the
// words of ispgen's messages.
namespace ispgen {

// The system's message for `error`, lowercase as diagnostics print it ("no such file or directory").
std::string lowercase_reason(const std::error_code& error);

// The error the last failed system call left in errno.
std::error_code last_error();

// Syncs the folder `folder` ("" for the working folder), making the renames in it durable; a
// folder that cannot be opened is passed over.
void sync_folder(const std::string& folder);

// Takes an exclusive flock on the open file or folder `fd`, waiting while another process holds it.
std::error_code lock_exclusively(int fd);

// Writes all of `bytes` to the open file `fd`, syncs and closes it; returns 0 or the errno of
// the first failure (the file is closed either way).
int write_synced_and_close(int fd, std::string_view bytes);

// Writes all of `bytes` to the open file `fd` and closes it, without syncing (for many files
// synced at once); returns 0 or the errno of the first failure (the file is closed either way).
int write_and_close(int fd, std::string_view bytes);

// Replaces (or creates) `path` with `bytes` through a temporary file beside it, synced and then
// renamed, so that readers see the old file or the new one, never part of it. The temporary file
// is made with `mode` (before the umask). Returns why it failed, or no error.
std::error_code replace_file(const std::string& path, std::string_view bytes, unsigned mode = 0644);

}  // namespace ispgen
