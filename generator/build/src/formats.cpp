#include "ispgen/formats.hpp"

#include "ispgen/docx.hpp"
#include "ispgen/html.hpp"
#include "ispgen/markdown.hpp"
#include "ispgen/pdf.hpp"

namespace ispgen::build {
namespace {

constexpr Format table[] = {
    {"html", "HTML", true, true, true, false, [](const document::Document& d) { return html::render(d); }},
    {"pdf", "PDF", true, true, true, true, [](const document::Document& d) { return pdf::render(d); }},
    {"docx", "DOCX", true, true, true, true, [](const document::Document& d) { return docx::render(d); }},
    {"md", "Markdown", true, false, false, false, [](const document::Document& d) { return markdown::render(d); }},
};

}  // namespace

std::span<const Format> formats() { return table; }

const Format* format_named(std::string_view name) {
  for (const Format& f : table)
    if (f.name == name) return &f;
  return nullptr;
}

std::vector<std::string_view> format_names(bool Format::*use) {
  std::vector<std::string_view> names;
  for (const Format& f : table)
    if (f.*use) names.push_back(f.name);
  return names;
}

}  // namespace ispgen::build
