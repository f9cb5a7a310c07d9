// Finding, in the register's git history, the content a partner signed: the commit at which the
// protocol's digest was the one in the sign-off record.
#include "signed_in_git.hpp"

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "git.hpp"
#include "ispgen/load.hpp"
#include "ispgen/model/resolve.hpp"
#include "ispgen/sign.hpp"

namespace ispgen::cli {
namespace {

namespace fs = std::filesystem;

// A register's YAML files at one commit: file name and blob hash, from `git ls-tree -z`.
std::vector<std::pair<std::string, std::string>> yaml_blobs(const std::string& git_folder, const std::string& commit) {
  std::vector<std::pair<std::string, std::string>> out;
  const ProgramResult tree = run_git(git_folder, {"ls-tree", "-z", commit, "--", "."});
  if (!tree.started || tree.status != 0) return out;
  std::size_t start = 0;
  for (std::size_t end; (end = tree.out.find('\0', start)) != std::string::npos; start = end + 1) {
    const std::string entry = tree.out.substr(start, end - start);  // "MODE TYPE HASH\tNAME"
    const std::size_t tab = entry.find('\t');
    if (tab == std::string::npos) continue;
    const std::string meta = entry.substr(0, tab), name = entry.substr(tab + 1);
    if (meta.find(" blob ") != std::string::npos && (name.ends_with(".yaml") || name.ends_with(".yml")))
      out.emplace_back(name, meta.substr(meta.rfind(' ') + 1));
  }
  return out;
}

}  // namespace

std::optional<SignedSnapshot> find_signed_in_git(const std::string& folder, const std::string& protocol_id,
                                                 const std::string& digest, std::string_view template_identity,
                                                 int max_commits) {
  const std::string git_folder = folder.empty() ? "." : folder;
  const ProgramResult log = run_git(git_folder, {"log", "--format=%H", "-n", std::to_string(max_commits), "--", "."});
  if (!log.started || log.status != 0) return std::nullopt;
  ScratchFolder scratch;
  if (scratch.path().empty()) return std::nullopt;
  std::map<std::string, std::string> texts;  // by blob hash: a file unchanged between commits is read once
  std::set<std::vector<std::pair<std::string, std::string>>> tried;
  int copy = 0;
  std::size_t start = 0;
  for (std::size_t end; (end = log.out.find('\n', start)) != std::string::npos; start = end + 1) {
    const std::string commit = log.out.substr(start, end - start);
    const auto blobs = yaml_blobs(git_folder, commit);
    if (blobs.empty() || !tried.insert(blobs).second) continue;
    const fs::path dir = scratch.path() / std::to_string(++copy);
    std::error_code ec;
    fs::create_directories(dir, ec);
    for (const auto& [name, hash] : blobs) {
      auto text = texts.find(hash);
      if (text == texts.end()) {
        const ProgramResult blob = run_git(git_folder, {"cat-file", "blob", hash});
        text = texts.emplace(hash, blob.status == 0 ? blob.out : std::string()).first;
      }
      std::ofstream(dir / name, std::ios::binary) << text->second;
    }
    load::Result loaded = load::load_paths({dir.string()});
    for (const model::Register& reg : loaded.registers) {
      const model::Protocol* p = model::find_protocol(reg, protocol_id);
      if (!p || sign::digest(model::resolve(reg, *p), template_identity) != digest) continue;
      return SignedSnapshot{commit, std::move(loaded.registers), dir.string()};
    }
  }
  return std::nullopt;
}

}  // namespace ispgen::cli
