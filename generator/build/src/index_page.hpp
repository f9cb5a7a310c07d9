#pragma once
#include <string>
#include <vector>

namespace ispgen::build {

// One protocol as the index lists it.
// A form listed beside its protocol.
struct IndexForm {
  std::string id;
  std::string title;
};

struct IndexEntry {
  std::string id;
  std::string title;
  std::string status;
  std::string version;
  std::string next_review;  // "" when none is due
  std::vector<std::string> formats;  // file extensions written, e.g. "html", "pdf"
  std::vector<IndexForm> forms;      // written in each of `form_formats`
  std::vector<std::string> form_formats;
};

// OUTPUT/index.html: every protocol built, with its status, version, next review, documents and
// forms.
std::string index_page(const std::vector<IndexEntry>& entries);

}  // namespace ispgen::build
