#pragma once
#include <span>
#include <string_view>
#include <vector>

#include "ispgen/document.hpp"

// The output formats, one row each: what `build`, `forms`, the redline, `--formats` and the index
// page know of a format. A new format is one back-end library and one row in formats.cpp.
namespace ispgen::build {

struct Format {
  std::string_view name;       // the word --formats takes, and its files' extension
  std::string_view label;      // a link's text on the index page
  bool documents = false;      // ISP documents are made in it
  bool forms = false;          // forms are made in it
  bool revisions = false;      // it shows a redline's marks (a redline is made in it)
  bool background = false;     // slow enough to be made on another thread
  document::Rendered (*render)(const document::Document&) = nullptr;
};

// Every format, in the order the index lists them.
std::span<const Format> formats();

// The format named `name`, or nullptr.
const Format* format_named(std::string_view name);

// The names of the formats for which `use` is true (e.g. &Format::forms).
std::vector<std::string_view> format_names(bool Format::*use);

}  // namespace ispgen::build
