#include "page.hpp"

#include <cctype>
#include <cstdio>

#include "ispgen/html.hpp"

namespace ispgen::html {
namespace {

// `text` as a CSS string literal (for `content:`) that is safe inside an HTML <style> element:
// every ASCII character but letters, digits, space and punctuation that is inert in both is a CSS
// hex escape, so no '<', '>', double quote, backslash or line break ever stands as itself.
std::string css_string(std::string_view text) {
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

// A pattern with {1} and {2} as CSS content: its words as strings, {1} and {2} as `first` and
// `second` (counters).
std::string css_content(std::string_view pattern, std::string_view first, std::string_view second) {
  std::string out, words;
  const auto flush = [&] {
    if (!words.empty()) out += (out.empty() ? "" : " ") + css_string(words);
    words.clear();
  };
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const bool placeholder = i + 2 < pattern.size() && pattern[i] == '{' && pattern[i + 2] == '}' &&
                             (pattern[i + 1] == '1' || pattern[i + 1] == '2');
    if (!placeholder) {
      words += pattern[i];
      continue;
    }
    flush();
    out += (out.empty() ? "" : " ") + std::string(pattern[i + 1] == '1' ? first : second);
    i += 2;
  }
  flush();
  return out;
}

}  // namespace

std::string page_head(const document::Info& info, std::string_view extra_css) {
  // Page margin boxes do not inherit the body's font.
  const std::string margin_font = "font: 9pt \"Liberation Sans\", Arial, sans-serif; color: #1b1b1b;";
  const document::Words& words = document::words_for(info.lang);
  return "<!DOCTYPE html>\n<html lang=\"" + escape(info.lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n" +
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(info.title) +
         "</title>\n<meta name=\"generator\" content=\"ispgen\">\n<style>\n" + std::string(style_sheet()) +
         std::string(extra_css) + "@page { @top-center { content: " + css_string(info.marking) + "; " + margin_font +
         " font-weight: bold; }\n" + "  @bottom-center { content: " + css_string(info.marking) + "; " + margin_font +
         " font-weight: bold; }\n" + "  @bottom-left { content: " + css_string(document::footer_line(info)) + "; " +
         margin_font + " }\n" + "  @bottom-right { content: " +
         css_content(words.page_of, "counter(page)", "counter(pages)") + "; " + margin_font + " } }\n</style>\n</head>\n";
}

std::string document_page(const document::Info& info, std::string_view legend, std::string_view title_page,
                          const std::vector<ContentsEntry>& contents, std::string_view main) {
  const document::Words& words = document::words_for(info.lang);
  const std::string marking = escape(info.marking);
  std::string out = page_head(info, "") + "<body>\n<a class=\"skip-link\" href=\"#main\">" +
                    escape(words.skip_to_document) + "</a>\n<p class=\"marking\">" + marking + "</p>\n" +
                    std::string(legend) + "<header class=\"title-page\">\n" + std::string(title_page) +
                    "</header>\n<nav class=\"contents\" aria-labelledby=\"contents\">\n<h2 id=\"contents\">" +
                    escape(words.contents) + "</h2>\n<ul>\n";
  for (const ContentsEntry& e : contents) out += "<li><a href=\"#" + e.id + "\">" + escape(e.text) + "</a></li>\n";
  return out + "</ul>\n</nav>\n<main id=\"main\">\n" + std::string(main) + "</main>\n<footer>\n<p class=\"marking\">" +
         marking + "</p>\n<p>" + escape(document::footer_line(info)) + "</p>\n</footer>\n</body>\n</html>\n";
}

std::string Ids::from(std::string_view text) {
  std::string s;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte)) {
      s += static_cast<char>(std::tolower(byte));
    } else if (!s.empty() && s.back() != '-') {
      s += '-';
    }
  }
  while (!s.empty() && s.back() == '-') s.pop_back();
  if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) s = "s-" + s;
  std::string id = s;
  for (int n = 2; !used_.insert(id).second; ++n) id = s + "-" + std::to_string(n);
  return id;
}

std::string legend(const document::Words& words, std::string_view author, std::string_view date_iso,
                   std::string_view since) {
  std::string made;
  if (!author.empty()) made += document::fill(escape(words.redline_made_by), {escape(author)});
  if (!date_iso.empty()) made += document::fill(escape(words.redline_made_on), {escape(document::long_date(words, date_iso))});
  const std::string since_words =
      since.empty() ? escape(words.redline_since_previous) : document::fill(escape(words.redline_since_version), {escape(since)});
  return "<p class=\"legend\">" +
         document::fill(escape(words.redline_legend),
                        {made.empty() ? "" : document::fill(escape(words.redline_made), {made}), since_words,
                         "<ins>" + escape(words.redline_inserted) + "</ins>",
                         "<del>" + escape(words.redline_deleted) + "</del>"}) +
         "</p>\n";
}

}  // namespace ispgen::html
