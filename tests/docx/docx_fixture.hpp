#pragma once
#include <zip.h>

#include <map>
#include <pugixml.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "ispgen/docx.hpp"
#include "ispgen/markdown.hpp"

namespace ispgen::test {

// The parts of a DOCX, by path, read back with libzip.
inline std::map<std::string, std::string> unzip(const std::string& bytes) {
  std::map<std::string, std::string> parts;
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  if (!archive) return parts;
  for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
    zip_stat_t stat;
    zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat);
    zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
    std::string data(stat.size, '\0');
    zip_fread(file, data.data(), data.size());
    zip_fclose(file);
    parts[stat.name] = data;
  }
  zip_close(archive);
  zip_error_fini(&error);
  return parts;
}

// The document information the tests use.
inline document::Info test_info() {
  document::Info info;
  info.title = "Test protocol";
  info.marking = "OFFICIAL-SENSITIVE";
  info.version = "2.1";
  info.footer = "Test protocol, version 2.1";
  info.date_iso = "2024-03-05";
  return info;
}

// A document tree written in Markdown the way compose lays out an ISP: what comes before the first
// line starting "## " is the title page; each such line starts a section with that heading
// (and `###` in it is a level 3 heading). A contents list after the title page.
inline document::Document tree_of(const std::string& markdown, const document::Info& info = test_info()) {
  document::Document doc;
  doc.info = info;
  doc.contents = true;
  std::vector<std::string> chunks{""};
  std::size_t start = 0;
  while (start < markdown.size()) {
    const std::size_t end = std::min(markdown.find('\n', start), markdown.size());
    const std::string line = markdown.substr(start, end - start);
    if (line.starts_with("## ")) chunks.push_back("");
    chunks.back() += line + "\n";
    start = end + 1;
  }
  doc.front = markdown::read_blocks(chunks.front());
  for (std::size_t i = 1; i < chunks.size(); ++i) {
    const std::size_t line_end = chunks[i].find('\n');
    document::Section section;
    section.title = chunks[i].substr(3, line_end - 3);
    section.number = std::to_string(i);
    const auto heading = markdown::read_blocks(chunks[i].substr(0, line_end));
    section.heading = std::get<document::Heading>(heading.front().content).runs;
    section.blocks = markdown::read_blocks(chunks[i].substr(line_end + 1));
    doc.sections.push_back(std::move(section));
  }
  return doc;
}

// The parts of the DOCX of `doc`.
inline std::map<std::string, std::string> docx_parts(const document::Document& doc) {
  const document::Rendered rendered = docx::render(doc);
  if (!rendered.error.empty()) throw std::runtime_error(rendered.error);
  return unzip(rendered.bytes);
}

// The DOCX of the tree `markdown` describes (see tree_of), with the test document information.
inline std::map<std::string, std::string> docx_parts(const std::string& markdown) { return docx_parts(tree_of(markdown)); }

// `xml` parsed, keeping text that is all spaces (as xml:space="preserve" asks); the test fails on
// malformed XML.
inline pugi::xml_document parse_xml(const std::string& xml) {
  pugi::xml_document doc;
  const pugi::xml_parse_result result = doc.load_string(xml.c_str(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!result) throw std::runtime_error(std::string("malformed XML: ") + result.description());
  return doc;
}

}  // namespace ispgen::test
