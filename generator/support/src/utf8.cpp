#include "ispgen/utf8.hpp"

namespace ispgen {
namespace {

// Decodes one UTF-8 sequence at `i`; returns its length, or 0 if it is malformed.
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) {
    cp = c;
    return 1;
  }
  std::size_t len;
  char32_t min;
  if ((c & 0xE0) == 0xC0) {
    len = 2, cp = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, cp = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, cp = c & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

bool is_forbidden_control(char32_t cp) {
  if (cp == '\t' || cp == '\n' || cp == '\r') return false;
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F && cp != 0x85);
}

}  // namespace

std::optional<TextFault> find_text_fault(std::string_view text) {
  // The NUL check runs first over the whole text: a file with NUL bytes is binary, whatever else.
  if (const auto nul = text.find('\0'); nul != std::string_view::npos)
    return TextFault{TextFault::Kind::nul_byte, nul, 0};
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    const std::size_t len = decode(text, i, cp);
    if (len == 0) return TextFault{TextFault::Kind::invalid_utf8, i, 0};
    if (is_forbidden_control(cp)) return TextFault{TextFault::Kind::control_character, i, cp};
    i += len;
  }
  return std::nullopt;
}

std::size_t count_code_points(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::u32string code_points(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    const std::size_t len = decode(text, i, cp);
    out += len == 0 ? U'\uFFFD' : cp;
    i += len == 0 ? 1 : len;
  }
  return out;
}

}  // namespace ispgen
