#pragma once
// How a fuzz input stands for several files, so one input can hold a whole register.
#include <string_view>
#include <utility>
#include <vector>

#include "ispgen/load.hpp"
#include "ispgen/model/date.hpp"

namespace ispgen::fuzz {

// The files of an input: a line "#file NAME" starts the file NAME (a YAML comment, so a seed
// stays valid YAML); text before the first such line is the file "protocol.yaml".
std::vector<load::NamedText> split_files(std::string_view input);

// The two versions of an input for the diff: the text before the line "#version new" and after
// it (empty when there is no such line).
std::pair<std::string_view, std::string_view> split_versions(std::string_view input);

// The input as text.
inline std::string_view text_of(const unsigned char* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// The day every harness judges dates against, as the bad-input cases do.
inline constexpr model::Date today{2026, 6, 1};

// The folder a register given as text is said to be in: one that does not exist, so that
// nothing beside it (a ledger, signing-keys) is read from disk.
inline constexpr const char* folder = "/nonexistent/ispgen-fuzz";

}  // namespace ispgen::fuzz
