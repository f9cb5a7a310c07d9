#include "blocks.hpp"
#include "ispgen/document/overloaded.hpp"

#include <algorithm>

#include "base64.hpp"
#include "form.hpp"
#include "ispgen/html.hpp"
#include "runs.hpp"

namespace ispgen::html {
namespace {

// `html` inside <ins> or <del> when `change` says so.
std::string marked(document::Change change, const std::string& html) {
  const std::string_view tag = change_element(change);
  return tag.empty() ? html : "<" + std::string(tag) + ">" + html + "</" + std::string(tag) + ">";
}

std::string align_class(char align) {
  switch (align) {
    case 'r': return " class=\"right\"";
    case 'c': return " class=\"centre\"";
    default: return "";
  }
}

}  // namespace

void BlockWriter::blocks(const std::vector<document::Block>& blocks, bool tight) {
  for (const document::Block& b : blocks) block(b, tight);
}

std::string BlockWriter::heading(int level, const std::vector<document::Run>& runs) {
  const std::string accepted = document::accepted_text(runs);
  const std::string id = ids_.from(accepted.empty() ? document::text_of(runs) : accepted);
  last_level_ = std::clamp(std::min(level, last_level_ + 1), 1, 6);
  const std::string tag = "h" + std::to_string(last_level_);
  out_ += "<" + tag + " id=\"" + id + "\">" + runs_html(runs) + "</" + tag + ">\n";
  return id;
}

void BlockWriter::block(const document::Block& b, bool tight) {
  std::visit(document::Overloaded{
                 [&](const document::Paragraph& p) {
                   const std::string clause =
                       p.clause.empty() ? "" : "<span class=\"clause\">" + escape(p.clause) + "</span> ";
                   if (tight)
                     out_ += clause + runs_html(p.runs);
                   else
                     out_ += "<p>" + clause + runs_html(p.runs) + "</p>\n";
                 },
                 [&](const document::Heading& h) { heading(h.level, h.runs); },
                 [&](const document::Code& c) {
                   out_ += "<pre><code>" + marked(c.change, escape(c.text) + "\n") + "</code></pre>\n";
                 },
                 [&](const document::List& l) {
                   out_ += !l.ordered      ? "<ul>\n"
                           : l.start == 1 ? "<ol>\n"
                                          : "<ol start=\"" + std::to_string(l.start) + "\">\n";
                   for (const document::Item& item : l.items) {
                     out_ += "<li>";
                     blocks(item.blocks, l.tight);
                     out_ += "</li>\n";
                   }
                   out_ += l.ordered ? "</ol>\n" : "</ul>\n";
                 },
                 [&](const document::Quote& q) {
                   out_ += "<blockquote>\n";
                   blocks(q.blocks);
                   out_ += "</blockquote>\n";
                 },
                 [&](const document::Table& t) { table(t); },
                 [&](const document::Figure& f) { figure(f); },
                 [&](const document::PageBreak&) { out_ += "<hr class=\"page-break\">\n"; },
                 [&](const document::Form& f) { out_ += form_head(f, words_) + form_body(f, words_); },
             },
             b.content);
}

void BlockWriter::table(const document::Table& t) {
  out_ += "<div class=\"table-wrap\"><table>\n";
  const std::size_t header_rows = static_cast<std::size_t>(std::max(t.header_rows, 0));
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const bool header = r < header_rows;
    if (r == 0 && header) out_ += "<thead>\n";
    if (r == header_rows) out_ += "<tbody>\n";
    out_ += "<tr>";
    const std::vector<document::Cell>& cells = t.rows[r].cells;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const std::string align = align_class(c < t.align.size() ? t.align[c] : 0);
      out_ += header ? "<th scope=\"col\"" + align + ">" + runs_html(cells[c].runs) + "</th>"
                     : "<td" + align + ">" + runs_html(cells[c].runs) + "</td>";
    }
    out_ += "</tr>\n";
    if (header && r + 1 == header_rows) out_ += "</thead>\n";
  }
  if (t.rows.size() <= header_rows) out_ += "<tbody>\n";
  out_ += "</tbody>\n</table></div>\n";
}

void BlockWriter::figure(const document::Figure& f) {
  out_ += "<figure><img src=\"data:" + escape(f.media_type) + ";base64," + base64(f.source) + "\" alt=\"" +
          escape(f.alt) + "\">";
  if (!f.caption.empty()) out_ += "<figcaption>" + escape(f.caption) + "</figcaption>";
  out_ += "</figure>\n";
}

}  // namespace ispgen::html
