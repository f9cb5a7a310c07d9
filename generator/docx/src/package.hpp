#pragma once
#include "body.hpp"
#include "ispgen/document.hpp"

namespace ispgen::docx {

// The package around a body: styles, numbering, settings, the header and footer with `info`'s
// marking and footer, the document properties, zipped.
document::Rendered package(Body body, const document::Info& info);

}  // namespace ispgen::docx
