#include "document_info.hpp"

namespace ispgen::build {
namespace {

// The date documents carry in their metadata: SOURCE_DATE_EPOCH if set, else the protocol's own.
std::string document_date(const model::Protocol& p, const std::optional<long>& source_date_epoch) {
  if (source_date_epoch) return model::date_from_serial(*source_date_epoch / 86400).iso();
  if (p.published) return p.published->first_day().iso();
  if (p.effective) return p.effective->first_day().iso();
  return {};
}

}  // namespace

markdown::DocumentInfo document_info(const model::Protocol& p, const std::optional<long>& source_date_epoch) {
  markdown::DocumentInfo info;
  info.title = p.title;
  info.subject = "Information sharing protocol" + (p.area.empty() ? std::string() : ", " + p.area);
  info.author = !p.board.empty() ? p.board : p.area;
  info.marking = std::string(model::word_of(p.marking));
  info.version = p.version;
  info.status = std::string(model::word_of(p.status));
  info.date_iso = document_date(p, source_date_epoch);
  info.footer = p.title + ", version " + p.version;
  return info;
}

}  // namespace ispgen::build
