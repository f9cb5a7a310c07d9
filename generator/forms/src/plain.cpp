#include "plain.hpp"

#include "ispgen/markdown.hpp"

namespace ispgen::forms {
namespace {

std::string squeeze(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

std::string plain_line(const std::string& markdown) {
  if (markdown.find_first_not_of(" \t\r\n") == std::string::npos) return {};
  const markdown::Document doc = markdown::Document::parse(markdown);
  std::string text;
  for (cmark_node* block = cmark_node_first_child(doc.root()); block; block = cmark_node_next(block))
    text += (text.empty() ? "" : " ") + markdown::plain_text(block);
  return squeeze(text);
}

std::vector<std::string> plain_lines(const std::string& markdown) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= markdown.size()) {
    const std::size_t end = std::min(markdown.find('\n', start), markdown.size());
    if (std::string line = plain_line(markdown.substr(start, end - start)); !line.empty()) out.push_back(line);
    start = end + 1;
  }
  return out;
}

PlainText plain_blocks(const std::string& markdown) {
  PlainText out;
  if (markdown.find_first_not_of(" \t\r\n") == std::string::npos) return out;
  const markdown::Document doc = markdown::Document::parse(markdown);
  for (cmark_node* block = cmark_node_first_child(doc.root()); block; block = cmark_node_next(block)) {
    if (markdown::kind_of(block) == markdown::Kind::list) {
      for (cmark_node* item = cmark_node_first_child(block); item; item = cmark_node_next(item))
        if (std::string text = squeeze(markdown::plain_text(item)); !text.empty()) out.items.push_back(text);
    } else if (std::string text = squeeze(markdown::plain_text(block)); !text.empty()) {
      out.paragraphs.push_back(text);
    }
  }
  return out;
}

}  // namespace ispgen::forms
