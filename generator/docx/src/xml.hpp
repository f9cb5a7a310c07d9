#pragma once
#include <string>
#include <string_view>

namespace pugi {
class xml_document;
}

namespace ispgen::docx {

// WordprocessingML's namespaces.
inline constexpr const char* w_namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* r_namespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// `text` without the characters XML 1.0 forbids (C0 controls other than tab, line feed, return).
std::string xml_text(std::string_view text);

// `text` escaped for XML character data and attribute values.
std::string xml_escape(std::string_view text);

// The document as UTF-8 XML with a standalone declaration, unindented.
std::string serialise(const pugi::xml_document& doc);

}  // namespace ispgen::docx
