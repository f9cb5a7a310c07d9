#include "body.hpp"
#include "form_body.hpp"
#include "ispgen/docx.hpp"
#include "package.hpp"

namespace ispgen::docx {

document::Rendered render(const document::Document& doc, const Options&) {
  const document::Form* form = document::form_of(doc);
  return package(form ? build_form_body(*form, doc.info) : build_body(doc), doc.info);
}

}  // namespace ispgen::docx
