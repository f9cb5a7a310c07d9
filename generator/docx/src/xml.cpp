#include "xml.hpp"

#include <pugixml.hpp>

#include <cstdlib>

#include "ispgen/out_of_memory.hpp"

namespace ispgen::docx {
namespace {

// pugixml leaves a node out when it cannot allocate it: let no document be written short.
const bool allocation_checked = [] {
  pugi::set_memory_management_functions(checked_malloc, std::free);
  return true;
}();

}  // namespace

std::string xml_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += c;
  return out;
}

std::string xml_escape(std::string_view text) {
  std::string out;
  for (char c : xml_text(text)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string serialise(const pugi::xml_document& doc) {
  struct Writer : pugi::xml_writer {
    std::string out;
    void write(const void* data, size_t size) override { out.append(static_cast<const char*>(data), size); }
  } writer;
  writer.out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  doc.save(writer, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  return writer.out;
}

}  // namespace ispgen::docx
