#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "ispgen/document.hpp"
#include "ispgen/model/protocol.hpp"

namespace ispgen::build {

// What every back-end prints around the protocol's document: title, marking, version, a footer
// ending in the version and the short `digest`, and a date from the protocol (or
// SOURCE_DATE_EPOCH), never from the clock.
document::Info document_info(const model::Protocol& p, const std::optional<long>& source_date_epoch,
                                     std::string_view digest);

// What ends every footer after the version: ", digest " and the short digest, in `lang`.
std::string digest_stamp(std::string_view digest, std::string_view lang);

}  // namespace ispgen::build
