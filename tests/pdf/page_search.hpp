#pragma once
#include <string>

#include "layout.hpp"

namespace ispgen::test {

// Whether a text item on `page` is exactly `text`.
inline bool has_text(const pdf::Page& page, const std::string& text) {
  for (const auto& t : page.texts)
    if (t.text == text) return true;
  return false;
}

// The first page, from `from` on, with a text item starting with `text`; -1 if none.
inline int page_of(const pdf::Layout& layout, const std::string& text, std::size_t from = 0) {
  for (std::size_t i = from; i < layout.pages.size(); ++i)
    for (const auto& t : layout.pages[i].texts)
      if (t.text.starts_with(text)) return static_cast<int>(i);
  return -1;
}

}  // namespace ispgen::test
