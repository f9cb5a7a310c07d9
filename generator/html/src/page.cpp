#include "page.hpp"

#include <cctype>
#include <cstdio>

#include "ispgen/html.hpp"

namespace ispgen::html {
namespace {

// `text` as a CSS string literal (for `content:`) that is safe inside an HTML <style> element:
// every ASCII character but letters, digits, space and punctuation that is inert in both is a CSS
// hex escape, so no '<', '>', double quote, backslash or line break ever stands as itself.
std::string css_string(const std::string& text) {
  static constexpr std::string_view plain = " ,.:;()-_/+*!?#%=@[]{}|~^$&'";
  std::string out = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || std::isalnum(byte) || plain.find(c) != std::string_view::npos) {
      out += c;
      continue;
    }
    char escaped[8];
    std::snprintf(escaped, sizeof escaped, "\\%x ", byte);
    out += escaped;
  }
  return out + "\"";
}

}  // namespace

std::string page_head(const markdown::DocumentInfo& info, std::string_view extra_css) {
  // Page margin boxes do not inherit the body's font.
  const std::string margin_font = "font: 9pt \"Liberation Sans\", Arial, sans-serif; color: #1b1b1b;";
  return "<!DOCTYPE html>\n<html lang=\"" + escape(info.lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n" +
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(info.title) +
         "</title>\n<meta name=\"generator\" content=\"ispgen\">\n<style>\n" + std::string(style_sheet()) +
         std::string(extra_css) + "@page { @top-center { content: " + css_string(info.marking) + "; " + margin_font +
         " font-weight: bold; }\n" + "  @bottom-center { content: " + css_string(info.marking) + "; " + margin_font +
         " font-weight: bold; }\n" + "  @bottom-left { content: " + css_string(document::footer_line(info)) + "; " + margin_font +
         " }\n" + "  @bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); " + margin_font +
         " } }\n</style>\n</head>\n";
}

}  // namespace ispgen::html
