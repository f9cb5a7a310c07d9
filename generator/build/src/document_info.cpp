#include "document_info.hpp"

#include "ispgen/sign.hpp"

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

std::string digest_stamp(std::string_view digest) { return ", digest " + sign::short_digest(digest); }

markdown::DocumentInfo document_info(const model::Protocol& p, const std::optional<long>& source_date_epoch,
                                     std::string_view digest) {
  markdown::DocumentInfo info;
  info.title = p.title;
  info.subject = "Information sharing protocol" + (p.area.empty() ? std::string() : ", " + p.area);
  info.author = !p.board.empty() ? p.board : p.area;
  info.marking = std::string(model::word_of(p.marking));
  info.version = p.version;
  info.status = std::string(model::word_of(p.status));
  info.date_iso = document_date(p, source_date_epoch);
  info.footer = p.title;
  info.footer_end = ", version " + p.version + digest_stamp(digest);
  return info;
}

}  // namespace ispgen::build
