#include "document_info.hpp"

#include "ispgen/document/words.hpp"
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

std::string digest_stamp(std::string_view digest, std::string_view lang) {
  return document::fill(document::words_for(lang).footer_digest, {sign::short_digest(digest)});
}

document::Info document_info(const model::Protocol& p, const std::optional<long>& source_date_epoch,
                                     std::string_view digest) {
  document::Info info;
  const document::Words& words = document::words_for(info.lang);
  info.title = p.title;
  info.subject = p.area.empty() ? std::string(words.document_subject_no_area) : document::fill(words.document_subject, {p.area});
  info.author = !p.board.empty() ? p.board : p.area;
  info.marking = std::string(model::word_of(p.marking));
  info.version = p.version;
  info.status = std::string(model::word_of(p.status));
  info.date_iso = document_date(p, source_date_epoch);
  info.footer = p.title;
  info.footer_end = document::fill(words.footer_version, {p.version}) + digest_stamp(digest, info.lang);
  return info;
}

}  // namespace ispgen::build
