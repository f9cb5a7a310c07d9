#include "body.hpp"
#include "form_body.hpp"
#include "ispgen/docx.hpp"
#include "parts.hpp"
#include "zip.hpp"

namespace ispgen::docx {

Rendered package_docx(Body body, const markdown::DocumentInfo& info) {
  const std::vector<Member> members = {
      {"[Content_Types].xml", content_types()},
      {"_rels/.rels", package_rels()},
      {"docProps/core.xml", core_properties(info)},
      {"docProps/app.xml", app_properties()},
      {"word/document.xml", std::move(body.xml)},
      {"word/_rels/document.xml.rels", document_rels(body.links)},
      {"word/styles.xml", styles(info)},
      {"word/numbering.xml", numbering(body.ordered)},
      {"word/settings.xml", settings()},
      {"word/header1.xml", header(info)},
      {"word/footer1.xml", footer(info)},
  };
  Rendered out;
  out.bytes = zip_members(members, out.error);
  return out;
}

Rendered render_docx(const markdown::Document& doc, const markdown::DocumentInfo& info) {
  return package_docx(build_body(doc, info), info);
}

}  // namespace ispgen::docx
