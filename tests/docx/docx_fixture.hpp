#pragma once
#include <zip.h>

#include <map>
#include <pugixml.hpp>
#include <stdexcept>
#include <string>

#include "ispgen/docx.hpp"

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
inline markdown::DocumentInfo test_info() {
  markdown::DocumentInfo info;
  info.title = "Test protocol";
  info.marking = "OFFICIAL-SENSITIVE";
  info.version = "2.1";
  info.footer = "Test protocol, version 2.1";
  info.date_iso = "2024-03-05";
  return info;
}

// The DOCX of `markdown`, with the test document information.
inline std::map<std::string, std::string> docx_parts(const std::string& markdown) {
  return unzip(docx::render_docx(markdown::Document::parse(markdown), test_info()).bytes);
}

// `xml` parsed, keeping text that is all spaces (as xml:space="preserve" asks); the test fails on
// malformed XML.
inline pugi::xml_document parse_xml(const std::string& xml) {
  pugi::xml_document doc;
  const pugi::xml_parse_result result = doc.load_string(xml.c_str(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!result) throw std::runtime_error(std::string("malformed XML: ") + result.description());
  return doc;
}

}  // namespace ispgen::test
