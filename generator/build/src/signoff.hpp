#pragma once
#include <map>
#include <string>
#include <string_view>

#include "ispgen/model/date.hpp"
#include "ispgen/model/diagnostic.hpp"
#include "ispgen/model/protocol.hpp"
#include "ispgen/model/signoff.hpp"
#include "ispgen/sign.hpp"

namespace ispgen::build {

// The identity of the template set a build uses and of the form definitions compiled in, as
// `ispgen digest` computes it, so that documents and signatures name the same digest.
std::string template_identity(const std::map<std::string, std::string>& template_files);

// Each register's trusted keys, by the path of its signing-keys file: read once per build.
using KeysByRegister = std::map<std::string, sign::TrustedKeys>;

// What the documents of `resolved` say of its sign-off: its digest and each partner's signature,
// verified from the ledger beside `written`'s file against its register's signing-keys (read
// into `keys` the first time). A record that does not verify, or a sign-off file that cannot be
// read, is a warning: the document shows the partner awaiting signature and `ispgen verify` says why.
model::SignOff signoff_of(const model::Protocol& written, const model::Protocol& resolved, std::string_view identity,
                          model::Date today, KeysByRegister& keys, model::Diagnostics& diagnostics);

}  // namespace ispgen::build
