#pragma once
#include <string_view>

namespace ispgen::sign {

// Writes all of `bytes` to the open file `fd`, syncs and closes it; returns 0 or the errno of
// the first failure (the file is closed either way).
int write_synced_and_close(int fd, std::string_view bytes);

}  // namespace ispgen::sign
