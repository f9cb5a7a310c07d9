#include "ispgen/model/location.hpp"

#include <mutex>
#include <unordered_set>

namespace ispgen::model {

FileName::FileName(const std::string& name) {
  if (name.empty()) return;
  static std::mutex mutex;
  static std::unordered_set<std::string> names;  // never shrinks: a run names few files
  const std::lock_guard lock(mutex);
  name_ = &*names.insert(name).first;
}

const std::string& FileName::str() const {
  static const std::string none;
  return name_ ? *name_ : none;
}

}  // namespace ispgen::model
