#include "blocks.hpp"
#include "form.hpp"
#include "ispgen/html.hpp"
#include "page.hpp"

namespace ispgen::html {
namespace {

// An ISP: the title page, the contents list of the sections (each as it reads with its changes
// accepted; a section deleted whole is not listed), and the sections.
std::string document_html(const document::Document& doc) {
  const document::Words& words = document::words_for(doc.info.lang);
  Ids ids;
  BlockWriter writer(ids, words);
  writer.blocks(doc.front);
  const std::string title_page = writer.take();
  std::vector<ContentsEntry> contents;
  for (const document::Section& s : doc.sections) {
    if (s.new_page) writer.blocks({document::Block{document::PageBreak{}}});
    const std::string id = writer.heading(2, s.heading);
    const std::string accepted = document::accepted_text(s.heading);
    if (doc.contents && !accepted.empty()) contents.push_back({id, accepted});
    writer.blocks(s.blocks);
  }
  const document::Document::Revisions& r = doc.revisions;
  const std::string marks = r.marked ? legend(words, r.author.empty() ? doc.info.author : r.author, r.date_iso, r.since) : "";
  return document_page(doc.info, marks, title_page, contents, writer.take());
}

}  // namespace

document::Rendered render(const document::Document& doc, const Options&) {
  if (const document::Form* form = document::form_of(doc)) return {form_page(doc.info, *form), ""};
  return {document_html(doc), ""};
}

}  // namespace ispgen::html
