#include "package.hpp"

#include "parts.hpp"
#include "zip.hpp"

namespace ispgen::docx {

document::Rendered package(Body body, const document::Info& info) {
  std::vector<Member> members = {
      {"[Content_Types].xml", content_types(body.pictures)},
      {"_rels/.rels", package_rels()},
      {"docProps/core.xml", core_properties(info)},
      {"docProps/app.xml", app_properties()},
      {"word/document.xml", std::move(body.xml)},
      {"word/_rels/document.xml.rels", document_rels(body.links, body.pictures)},
      {"word/styles.xml", styles(info)},
      {"word/numbering.xml", numbering(body.ordered)},
      {"word/settings.xml", settings()},
      {"word/header1.xml", header(info)},
      {"word/footer1.xml", footer(info)},
  };
  for (std::size_t i = 0; i < body.pictures.size(); ++i)
    members.push_back({"word/" + picture_target(i, body.pictures[i].extension), std::move(body.pictures[i].bytes)});
  document::Rendered out;
  out.bytes = zip_members(members, out.error);
  return out;
}

}  // namespace ispgen::docx
