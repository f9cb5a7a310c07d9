#pragma once
#include <string_view>

#include "layout.hpp"

namespace ispgen::test {

// Every character is half the type size wide (bold a little wider), so expected widths can be
// worked out by hand.
class FakeMeasurer final : public pdf::Measurer {
 public:
  double width(std::string_view text, pdf::Face face, double size) const override {
    double count = 0;
    for (char c : text)
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
    return count * size * (face == pdf::Face::bold ? 0.6 : 0.5);
  }
};

// A body paragraph of `text` in the regular face.
inline pdf::Paragraph body(std::string text) {
  pdf::Paragraph p;
  pdf::Run run;
  run.text = std::move(text);
  p.runs.push_back(std::move(run));
  return p;
}

}  // namespace ispgen::test
