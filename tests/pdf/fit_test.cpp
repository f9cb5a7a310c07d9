// Fitting the footer to its room: cut with an ellipsis, the version kept whole, in few measurements.
#include <catch2/catch.hpp>

#include "fake_measurer.hpp"
#include "fit.hpp"

using namespace ispgen;
using pdf::Face;

namespace {

// The fake font, counting how often it is asked.
class CountingMeasurer final : public pdf::Measurer {
 public:
  double width(std::string_view text, Face face, double size) const override {
    ++calls;
    return font.width(text, face, size);
  }
  mutable int calls = 0;
  test::FakeMeasurer font;
};

}  // namespace

// At 8 pt each character of the fake font is 4 pt wide.
TEST_CASE("a footer that fits is kept whole") {
  document::Info info;
  info.footer = "Short title";
  info.footer_end = ", version 1.0";
  CHECK(pdf::fit_footer(info, 200, test::FakeMeasurer(), Face::regular, 8) == "Short title, version 1.0");
}

TEST_CASE("a long title is cut at the last character that fits, with the version kept") {
  document::Info info;
  info.footer = "abcdefghijklmnopqrstuvwxyz";
  info.footer_end = ", v1";  // 4 characters: 16 pt
  // 80 pt: 16 for the end, 64 for the title: 15 characters and the ellipsis.
  CHECK(pdf::fit_footer(info, 80, test::FakeMeasurer(), Face::regular, 8) == "abcdefghijklmno\u2026, v1");
}

TEST_CASE("a cut never splits a UTF-8 character") {
  const std::string text = "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9";  // eight 2-byte characters
  CHECK(pdf::cut_to(text, 20, test::FakeMeasurer(), Face::regular, 8) == "\u00e9\u00e9\u00e9\u00e9\u2026");
  CHECK(pdf::cut_to(text, 2, test::FakeMeasurer(), Face::regular, 8) == "\u2026");
}

TEST_CASE("a 16 KiB title is cut in a logarithmic number of measurements") {
  document::Info info;
  info.footer = std::string(16 * 1024, 'x');
  info.footer_end = ", version 1.0";
  const CountingMeasurer m;
  const std::string fitted = pdf::fit_footer(info, 400, m, Face::regular, 8);
  CHECK(fitted.size() == (400 - 13 * 4) / 4 - 1 + std::string("\u2026, version 1.0").size());
  CHECK(m.calls <= 20);
}
