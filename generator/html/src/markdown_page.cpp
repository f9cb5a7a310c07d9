// TO DELETE once the redline renders from the document tree (html::render does the rest).
#include <algorithm>
#include <cctype>
#include <vector>

#include "ispgen/html.hpp"
#include "ispgen/html/markdown_page.hpp"
#include "page.hpp"

namespace ispgen::html {
namespace {

using markdown::Kind;

// Links may go to the web, to an email address, or within the page; anything else is dropped.
bool safe_url(const std::string& url) {
  const auto colon = url.find(':');
  const auto slash = url.find_first_of("/?#");
  return colon == std::string::npos || (slash != std::string::npos && slash < colon) || markdown::is_web_link(url);
}

bool in_tight_list(cmark_node* paragraph) {
  cmark_node* item = cmark_node_parent(paragraph);
  cmark_node* list = item ? cmark_node_parent(item) : nullptr;
  return item && list && markdown::kind_of(item) == Kind::item && cmark_node_get_list_tight(list);
}

int column_of(cmark_node* cell) {
  int column = 0;
  for (cmark_node* n = cmark_node_previous(cell); n; n = cmark_node_previous(n)) ++column;
  return column;
}

class HtmlWriter {
 public:
  // Renders the subtree under `top` (one top-level block) to the page.
  void block(cmark_node* top) {
    cmark_iter* it = cmark_iter_new(top);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;)
      node(cmark_iter_get_node(it), ev == CMARK_EVENT_ENTER);
    cmark_iter_free(it);
  }

  std::string out;
  std::vector<std::string> heading_ids;  // in document order
  std::size_t next_heading = 0;

 private:
  void node(cmark_node* n, bool entering) {
    const char* literal = cmark_node_get_literal(n);
    switch (markdown::kind_of(n)) {
      case Kind::document:
      case Kind::other:
      case Kind::html_block:
      case Kind::html_inline:
      case Kind::image: break;  // raw HTML is never passed through; an image shows its alt text
      case Kind::paragraph:
        if (!in_tight_list(n)) out += entering ? "<p>" : "</p>\n";
        break;
      case Kind::heading: {
        const int level = std::clamp(cmark_node_get_heading_level(n), 1, 6);
        if (entering) {
          // Headings never skip a level, whatever the clause Markdown says.
          current_level_ = std::min(level, last_level_ + 1);
          last_level_ = current_level_;
          const std::string& id = heading_ids.at(next_heading++);
          out += "<h" + std::to_string(current_level_) + " id=\"" + id + "\">";
        } else {
          out += "</h" + std::to_string(current_level_) + ">\n";
        }
        break;
      }
      case Kind::block_quote: out += entering ? "<blockquote>\n" : "</blockquote>\n"; break;
      case Kind::list: {
        const bool ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
        if (!entering) {
          out += ordered ? "</ol>\n" : "</ul>\n";
        } else if (!ordered) {
          out += "<ul>\n";
        } else {
          const int start = cmark_node_get_list_start(n);
          out += start == 1 ? std::string("<ol>\n") : "<ol start=\"" + std::to_string(start) + "\">\n";
        }
        break;
      }
      case Kind::item: out += entering ? "<li>" : "</li>\n"; break;
      case Kind::code_block: out += "<pre><code>" + escape(literal ? literal : "") + "</code></pre>\n"; break;
      case Kind::thematic_break: out += "<hr class=\"page-break\">\n"; break;
      case Kind::table:
        if (entering) {
          alignments_ = markdown::Document::table_alignments(n);
          out += "<div class=\"table-wrap\"><table>\n";
        } else {
          out += "</tbody>\n</table></div>\n";
        }
        break;
      case Kind::table_row: {
        const bool header = markdown::Document::is_header_row(n);
        if (markdown::Document::is_blank_header_row(n)) {
          if (!entering) out += "<tbody>\n";
        } else if (entering) {
          out += header ? "<thead>\n<tr>" : "<tr>";
        } else {
          out += header ? "</tr>\n</thead>\n<tbody>\n" : "</tr>\n";
        }
        break;
      }
      case Kind::table_cell: {
        const bool header = markdown::Document::is_header_row(cmark_node_parent(n));
        if (markdown::Document::is_blank_header_row(cmark_node_parent(n))) break;
        if (!entering) {
          out += header ? "</th>" : "</td>";
          break;
        }
        const std::size_t column = static_cast<std::size_t>(column_of(n));
        const char align = column < alignments_.size() ? alignments_[column] : 0;
        const std::string style = align == 'r' ? " class=\"right\"" : align == 'c' ? " class=\"centre\"" : "";
        out += header ? "<th scope=\"col\"" + style + ">" : "<td" + style + ">";
        break;
      }
      case Kind::text: out += escape(literal ? literal : ""); break;
      case Kind::soft_break: out += "\n"; break;
      case Kind::line_break: out += "<br>\n"; break;
      case Kind::code: out += "<code>" + escape(literal ? literal : "") + "</code>"; break;
      case Kind::emphasis: out += entering ? "<em>" : "</em>"; break;
      case Kind::strong: out += entering ? "<strong>" : "</strong>"; break;
      case Kind::strikethrough: out += entering ? "<s>" : "</s>"; break;
      case Kind::revision: {
        const bool inserted = markdown::revision_of(n) == markdown::Revision::inserted;
        out += entering ? (inserted ? "<ins>" : "<del>") : (inserted ? "</ins>" : "</del>");
        break;
      }
      case Kind::link: {
        if (entering) {
          const std::string url = cmark_node_get_url(n) ? cmark_node_get_url(n) : "";
          links_.push_back(safe_url(url));
          if (links_.back()) out += "<a href=\"" + escape(url) + "\">";
        } else {
          if (links_.back()) out += "</a>";
          links_.pop_back();
        }
        break;
      }
    }
  }

  int last_level_ = 0;
  int current_level_ = 1;
  std::string alignments_;
  std::vector<bool> links_;  // for each open link, whether an <a> was written
};

}  // namespace

std::string render_html(const markdown::Document& doc, const markdown::DocumentInfo& info) {
  // First pass: heading ids, the level-2 headings for the contents, and whether there are marks.
  // A heading reads as it will once its changes are accepted; one wholly deleted is not listed.
  HtmlWriter w;
  Ids ids;
  std::vector<ContentsEntry> contents;
  bool marked = false;
  cmark_iter* it = cmark_iter_new(doc.root());
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    if (ev != CMARK_EVENT_ENTER) continue;
    marked = marked || markdown::kind_of(n) == Kind::revision;
    if (markdown::kind_of(n) != Kind::heading) continue;
    const std::string text = markdown::accepted_text(n);
    w.heading_ids.push_back(ids.from(text.empty() ? markdown::plain_text(n) : text));
    if (cmark_node_get_heading_level(n) == 2 && !text.empty()) contents.push_back({w.heading_ids.back(), text});
  }
  cmark_iter_free(it);

  const std::string legend_html =
      marked ? legend(document::words_for(info.lang), info.revision_author.empty() ? info.author : info.revision_author,
                      info.revision_date_iso, info.revision_since)
             : std::string();
  // The title page is everything before the first level-2 heading.
  cmark_node* child = cmark_node_first_child(doc.root());
  for (; child; child = cmark_node_next(child)) {
    if (markdown::kind_of(child) == Kind::heading && cmark_node_get_heading_level(child) == 2) break;
    w.block(child);
  }
  const std::string title_page = std::move(w.out);
  w.out.clear();
  for (; child; child = cmark_node_next(child)) w.block(child);
  return document_page(info, legend_html, title_page, contents, w.out);
}

}  // namespace ispgen::html
