#include "runs.hpp"

#include <algorithm>
#include <cctype>

#include "ispgen/html.hpp"

namespace ispgen::html {
namespace {

// An element a run is set in; `href` for a link.
struct Mark {
  std::string_view tag;
  std::string href;
  bool operator==(const Mark&) const = default;
};

// The elements a run is set in, outermost first: a revision mark, a link, strikethrough, then faces.
std::vector<Mark> marks_of(const document::Run& run) {
  std::vector<Mark> marks;
  if (run.change != document::Change::none) marks.push_back({change_element(run.change), ""});
  if (document::is_web_link(run.link)) marks.push_back({"a", run.link});
  if (run.struck) marks.push_back({"s", ""});
  switch (run.face) {
    case document::Face::regular: break;
    case document::Face::bold: marks.push_back({"strong", ""}); break;
    case document::Face::italic: marks.push_back({"em", ""}); break;
    case document::Face::bold_italic:
      marks.push_back({"strong", ""});
      marks.push_back({"em", ""});
      break;
    case document::Face::mono: marks.push_back({"code", ""}); break;
  }
  return marks;
}

std::string open_tag(const Mark& m) {
  return m.href.empty() ? "<" + std::string(m.tag) + ">" : "<a href=\"" + escape(m.href) + "\">";
}

}  // namespace

std::string_view change_element(document::Change change) {
  switch (change) {
    case document::Change::none: return "";
    case document::Change::inserted: return "ins";
    case document::Change::deleted: return "del";
  }
  return "";
}

std::string runs_html(const std::vector<document::Run>& runs) {
  std::string out;
  std::vector<Mark> open;
  const auto close_to = [&](std::size_t keep) {
    while (open.size() > keep) {
      out += "</" + std::string(open.back().tag) + ">";
      open.pop_back();
    }
  };
  for (const document::Run& run : runs) {
    const std::vector<Mark> wanted = marks_of(run);
    const auto same = std::mismatch(open.begin(), open.end(), wanted.begin(), wanted.end()).first;
    close_to(static_cast<std::size_t>(same - open.begin()));
    for (std::size_t i = open.size(); i < wanted.size(); ++i) {
      out += open_tag(wanted[i]);
      open.push_back(wanted[i]);
    }
    out += run.line_break ? "<br>\n" : escape(run.text);
  }
  close_to(0);
  return out;
}

}  // namespace ispgen::html
