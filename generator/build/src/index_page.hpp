#pragma once
#include <string>
#include <vector>

namespace ispgen::build {

// One protocol as the index lists it.
struct IndexEntry {
  std::string id;
  std::string title;
  std::string status;
  std::string version;
  std::string next_review;  // "" when none is due
  std::vector<std::string> formats;  // file extensions written, e.g. "html", "pdf"
};

// OUTPUT/index.html: every protocol built, with its status, version, next review and documents.
std::string index_page(const std::vector<IndexEntry>& entries);

}  // namespace ispgen::build
