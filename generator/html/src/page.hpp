#pragma once
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "ispgen/document.hpp"
#include "ispgen/document/words.hpp"

namespace ispgen::html {

// The <head> of every ispgen page: language, charset, viewport, title, the shared style sheet,
// `extra_css`, and the @page rule that prints the marking at the top and bottom of every page and
// the footer beside "Page X of Y" (in the words of `info.lang`).
std::string page_head(const document::Info& info, std::string_view extra_css);

// An entry of the contents list: a section's heading and the id it links to.
struct ContentsEntry {
  std::string id;
  std::string text;
};

// A whole document page around its parts (already HTML): the head, the skip link, the marking at
// the top, `legend` (or ""), the title page, the contents list, `main` and the footer.
std::string document_page(const document::Info& info, std::string_view legend, std::string_view title_page,
                          const std::vector<ContentsEntry>& contents, std::string_view main);

// Element ids of one page: each new one made from a heading's text, unique in the page.
class Ids {
 public:
  // Lower-case letters and digits of `text` joined by '-', never starting with a digit, with
  // "-2", "-3"… added if already taken.
  std::string from(std::string_view text);

 private:
  std::set<std::string> used_{"main", "contents"};
};

// A redline's legend: what its marks look like, whose changes they are (`author`, "" for no one
// named), when (`date_iso`, "" for no date) and the version they start from (`since`, "" for the
// previous one).
std::string legend(const document::Words& words, std::string_view author, std::string_view date_iso,
                   std::string_view since);

}  // namespace ispgen::html
