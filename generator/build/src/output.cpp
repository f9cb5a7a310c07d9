#include "output.hpp"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "ispgen/files.hpp"

namespace ispgen::build {
namespace fs = std::filesystem;

bool write_all(const std::string& output_dir, const std::vector<Artifact>& artifacts, model::Diagnostics& diags,
               int unit_depth) {
  const fs::path out(output_dir);
  const model::Location at{out.lexically_normal().generic_string(), 0, 0};
  std::error_code ec;
  fs::create_directories(out, ec);
  if (ec) {
    diags.error(at, "unwritable", "cannot create the output folder: " + lowercase_reason(ec));
    return false;
  }
  const std::string suffix = std::to_string(::getpid());
  const fs::path staging = out / (".ispgen-staging-" + suffix);
  const fs::path retired = out / (".ispgen-retired-" + suffix);
  fs::remove_all(staging, ec);
  auto fail = [&](const std::string& message) {
    diags.error(at, "unwritable", message);
    fs::remove_all(staging, ec);
    return false;
  };
  std::set<std::string> entries;  // top-level names under the output folder
  for (const Artifact& a : artifacts) {
    const fs::path target = staging / a.path;
    fs::create_directories(target.parent_path(), ec);
    std::ofstream file(target, std::ios::binary);
    file.write(a.bytes.data(), static_cast<std::streamsize>(a.bytes.size()));
    file.close();
    if (ec || !file) return fail("cannot write " + a.path + " in the output folder");
    const fs::path relative(a.path);
    fs::path unit;
    int depth = 0;
    for (auto part = relative.begin(); part != relative.end() && depth < unit_depth; ++part, ++depth) unit /= *part;
    entries.insert(unit.generic_string());
  }
  // Everything is written: swap each entry in, keeping the old one aside until all are in place.
  fs::create_directories(retired, ec);
  std::vector<std::string> moved;
  for (const std::string& name : entries) {
    fs::create_directories((retired / name).parent_path(), ec);
    if (!ec) fs::create_directories((out / name).parent_path(), ec);
    if (!ec && fs::exists(out / name, ec)) fs::rename(out / name, retired / name, ec);
    if (!ec) fs::rename(staging / name, out / name, ec);
    if (ec) {
      diags.error(at, "unwritable", "cannot move " + name + " into the output folder: " + lowercase_reason(ec));
      // Put back what was there before, so the folder is as it was.
      std::error_code ignored;
      moved.push_back(name);
      for (const std::string& back : moved) {
        if (fs::exists(retired / back, ignored)) {
          fs::remove_all(out / back, ignored);
          fs::rename(retired / back, out / back, ignored);
        } else if (back != name) {
          fs::remove_all(out / back, ignored);
        }
      }
      fs::remove_all(retired, ignored);
      fs::remove_all(staging, ignored);
      return false;
    }
    moved.push_back(name);
  }
  fs::remove_all(retired, ec);
  fs::remove_all(staging, ec);
  return true;
}

}  // namespace ispgen::build
