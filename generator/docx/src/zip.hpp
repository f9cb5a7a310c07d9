#pragma once
#include <string>
#include <utility>
#include <vector>

namespace ispgen::docx {

// A file of the archive: its path and its bytes.
using Member = std::pair<std::string, std::string>;

// The members as a ZIP archive (deflated, in the order given, every time stamp 1 January 1980),
// or "" with `error` set.
std::string zip_members(const std::vector<Member>& members, std::string& error);

}  // namespace ispgen::docx
