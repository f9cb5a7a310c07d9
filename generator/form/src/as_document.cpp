#include "ispgen/form.hpp"

namespace ispgen::form {

document::Document as_document(const Form& f) {
  document::Document doc;
  doc.info = f.info;
  doc.front.push_back({static_cast<const document::Form&>(f)});
  return doc;
}

}  // namespace ispgen::form
