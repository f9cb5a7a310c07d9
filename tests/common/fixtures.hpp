#pragma once
// Test fixtures: registers written to temporary folders, and a minimal valid protocol to vary.
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "ispgen/load.hpp"

namespace ispgen::test {

// A folder under the system's temporary directory, removed when the object goes.
class TempFolder {
 public:
  TempFolder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "ispgen-test-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempFolder() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  const std::filesystem::path& path() const { return path_; }

  // Writes `text` to the file `name` (which may hold '/') inside the folder.
  void write(const std::string& name, const std::string& text) const {
    const auto file = path_ / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
  }

 private:
  std::filesystem::path path_;
};

inline const std::string partners_yaml = R"yaml(partners:
  - id: SWP
    name: South Wales Police
    kind: police
    signatory: {name: Alex Jones, role: Chief Constable}
  - id: MTCBC
    name: Merthyr Tydfil County Borough Council
    kind: local-authority
    signatory: {name: Sam Evans, role: Chief Executive}
  - id: CTHB
    name: Cwm Taf Health Board
    kind: health
    signatory: {name: Rhys Price, role: Chief Executive}
)yaml";

inline const std::string gateways_yaml = R"yaml(gateways:
  - id: cda-1998
    title: Crime and Disorder Act 1998
    sections: [section 115]
  - id: ctsa-2015
    title: Counter-Terrorism and Security Act 2015
)yaml";

// A protocol with no problems: vary it with replace() to make one.
inline const std::string protocol_yaml = R"yaml(id: demo
title: Demo protocol
regime: uk-gdpr
status: active
version: "1.1"
marking: OFFICIAL
effective: 2024-01-15
partners: [SWP, MTCBC]
gateways: [cda-1998]
lawful_bases:
  - {id: task, provision: uk-gdpr-article-6, condition: "6(1)(e)"}
  - {id: spi, provision: uk-gdpr-article-9, condition: "9(2)(g)"}
  - {id: crime, provision: dpa-2018-schedule-1, condition: "paragraph 10"}
data_items:
  - {id: name, name: Name, category: identifier}
  - {id: health, name: Health, category: special-category}
  - {id: offences, name: Offences, category: criminal-offence}
consent:
  model: explicit
  form: consent
forms:
  - {id: consent, title: Consent form, kind: consent}
  - {id: referral, title: Referral form, kind: referral}
security:
  transfer_methods:
    - {id: secure-email, name: Secure email}
meetings:
  - {id: panel, name: Panel, attendees: [SWP]}
stages:
  - id: refer
    name: Referral
    referral: true
    shares: [name, health, offences]
    providers: all
    recipients: [SWP]
    forms: [referral]
    transfer: [secure-email]
    meeting: panel
review:
  every_months: 12
  lead: MTCBC
history:
  - {version: "1.0", date: 2023-12-01}
  - {version: "1.1", date: 2024-01-10}
)yaml";

// A register of `demo.yaml` holding `text` with the fixture partners (or `partners`) and gateways,
// loaded from a temporary folder.
inline load::Result load_demo(const std::string& text, const std::string& partners = partners_yaml) {
  TempFolder dir;
  dir.write("partners.yaml", partners);
  dir.write("gateways.yaml", gateways_yaml);
  dir.write("demo.yaml", text);
  return load::load_paths({dir.path().string()});
}

// `text` with the first `from` replaced by `to`; fails loudly if `from` is absent.
inline std::string replace(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  if (at == std::string::npos) throw std::runtime_error("fixture lacks: " + from);
  return text.replace(at, from.size(), to);
}

// Every diagnostic as printed, one per line, for failure messages.
inline std::string dump(const model::Diagnostics& diags) {
  std::ostringstream out;
  for (const auto& d : diags.sorted()) out << model::format(d) << '\n';
  return out.str();
}

// How many diagnostics have `code`.
inline std::size_t count_code(const model::Diagnostics& diags, const std::string& code) {
  std::size_t n = 0;
  for (const auto& d : diags.items()) n += d.code == code;
  return n;
}

// The first diagnostic with `code`, or an empty one.
inline model::Diagnostic find_code(const model::Diagnostics& diags, const std::string& code) {
  for (const auto& d : diags.items())
    if (d.code == code) return d;
  return {};
}

}  // namespace ispgen::test
