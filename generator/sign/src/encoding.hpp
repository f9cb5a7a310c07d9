#pragma once
#include <string>
#include <string_view>

namespace ispgen::sign {

// Appends `text` as "s" LENGTH ":" BYTES, LENGTH in decimal bytes: the unit of every canonical
// encoding here, so that no text can run into the next field (docs/signing.md).
inline void append_text(std::string& out, std::string_view text) {
  out += 's';
  out += std::to_string(text.size());
  out += ':';
  out += text;
}

}  // namespace ispgen::sign
