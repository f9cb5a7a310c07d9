#include <catch2/catch.hpp>

#include "ispgen/utf8.hpp"

using ispgen::find_text_fault;
using Kind = ispgen::TextFault::Kind;

TEST_CASE("Welsh, curly quotes, dashes, tabs and line ends are fine") {
  CHECK_FALSE(find_text_fault("Tŷ Cwm Taf \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x93 ŵ\ta\r\nb"));
  CHECK_FALSE(find_text_fault(""));
  CHECK_FALSE(find_text_fault("next line \xC2\x85 is allowed"));  // U+0085 NEL
}

TEST_CASE("a NUL byte makes the text binary, wherever it is") {
  const std::string text = std::string("\xFF") + "ab" + std::string(1, '\0');
  const auto fault = find_text_fault(text);
  REQUIRE(fault);
  CHECK(fault->kind == Kind::nul_byte);
  CHECK(fault->offset == 3);
}

TEST_CASE("malformed UTF-8 is found at its first byte") {
  auto kind_at = [](std::string_view s) {
    const auto f = find_text_fault(s);
    return f ? std::make_pair(f->kind, f->offset) : std::make_pair(Kind::nul_byte, std::size_t(999));
  };
  CHECK(kind_at("caf\xE9!") == std::make_pair(Kind::invalid_utf8, std::size_t(3)));      // Latin-1
  CHECK(kind_at("a\xC0\xAF") == std::make_pair(Kind::invalid_utf8, std::size_t(1)));     // overlong
  CHECK(kind_at("\xED\xA0\x80") == std::make_pair(Kind::invalid_utf8, std::size_t(0)));  // surrogate
  CHECK(kind_at("ab\xE2\x80") == std::make_pair(Kind::invalid_utf8, std::size_t(2)));    // truncated
  CHECK(kind_at("\xF4\x90\x80\x80") == std::make_pair(Kind::invalid_utf8, std::size_t(0)));  // > U+10FFFF
}

TEST_CASE("control characters other than tab and line ends are faults") {
  for (const char* s : {"a\x01", "a\x1B[0m", "a\x7F", "a\xC2\x80"}) {
    const auto f = find_text_fault(s);
    REQUIRE(f);
    CHECK(f->kind == Kind::control_character);
    CHECK(f->offset == 1);
  }
  CHECK(find_text_fault("\x0C")->code_point == 0x0C);
}

TEST_CASE("code points are counted, not bytes") {
  CHECK(ispgen::count_code_points("ŵŷŵ") == 3);
  CHECK(ispgen::count_code_points("abc") == 3);
}
