#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace ispgen::cli {

// What a program run to its end printed, and how it ended.
struct ProgramResult {
  bool started = false;  // false when the program could not be run at all
  int status = -1;       // exit status; -1 when it was killed by a signal
  std::string out;
  std::string err;
};

// Runs `git -C folder ARGS...`, capturing what it prints.
ProgramResult run_git(const std::string& folder, const std::vector<std::string>& args);

// A folder under the system's temporary directory, removed with everything in it when the
// object goes.
class ScratchFolder {
 public:
  ScratchFolder();
  ~ScratchFolder();
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;

  // Empty if the folder could not be made.
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace ispgen::cli
