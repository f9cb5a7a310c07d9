#include <algorithm>
#include <filesystem>
#include <map>

#include "decode.hpp"
#include "decode_form.hpp"
#include "ispgen/load.hpp"
#include "ispgen/out_of_memory.hpp"
#include "source.hpp"
#include "stage_parties.hpp"

namespace ispgen::load {
namespace fs = std::filesystem;
namespace {

std::string display_of(const fs::path& path) {
  const std::string s = path.lexically_normal().generic_string();
  return s.empty() ? "." : s;
}

bool is_yaml(const fs::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

bool named(const fs::path& path, std::string_view stem) { return is_yaml(path) && path.stem() == stem; }

// Text already in memory checked and parsed as a file's would be, within the size limit.
std::optional<yaml::Node> parse_text(std::string_view text, const std::string& display, const Limits& limits,
                                     model::Diagnostics& diags, bool* unreadable, yaml::RunTotals& run) {
  const std::string owned(text.substr(0, limits.max_file_bytes + 1));
  if (owned.size() > limits.max_file_bytes) {
    diags.error({display, 0, 0}, "file-too-large", "text is larger than the size limit");
    return std::nullopt;
  }
  if (!check_text(owned, display, diags, unreadable)) return std::nullopt;
  return yaml::parse(owned, display, limits, diags, run);
}

// The files one register is loaded from: every YAML file in its folder, or the files named.
struct Plan {
  fs::path folder;
  bool whole_folder = false;
  std::vector<fs::path> files;
};

class Loader {
 public:
  explicit Loader(const Limits& limits) : limits_(limits) {}

  void add_path(const std::string& arg) {
    const fs::path path(arg);
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (fs::is_directory(st)) {
      const std::size_t before = yaml_found_;
      walk(path, 0);
      if (yaml_found_ == before) unreadable({display_of(path), 0, 0}, "no-input", "no YAML files found in this folder");
      return;
    }
    if (!fs::exists(st)) {
      const bool dangling = fs::is_symlink(fs::symlink_status(path, ec));
      unreadable({display_of(path), 0, 0}, "unreadable",
                 dangling ? "cannot read file: symbolic link to a missing file" : "no such file or folder");
      return;
    }
    if (!fs::is_regular_file(st)) {
      unreadable({display_of(path), 0, 0}, "unreadable", "cannot read file: not a regular file");
      return;
    }
    Plan& plan = plan_for(path.has_parent_path() ? path.parent_path() : fs::path("."));
    if (!plan.whole_folder) add_file(plan, path);
  }

  // A folder holding exactly `files`, whose text is given rather than read.
  void add_texts(const std::string& folder, const std::vector<NamedText>& files) {
    Plan& plan = plan_for(folder);
    plan.whole_folder = true;
    for (const NamedText& f : files) {
      const fs::path path = fs::path(folder) / f.name;
      if (f.name.find('/') != std::string::npos || !is_yaml(path)) continue;
      if (texts_.emplace(display_of(path), f.text).second) plan.files.push_back(path);
    }
    std::sort(plan.files.begin(), plan.files.end());
  }

  Result finish() {
    for (Plan& plan : plans_) result_.registers.push_back(load(plan));
    bound_stage_parties(result_.registers, limits_, result_.diagnostics);
    return std::move(result_);
  }

 private:
  void unreadable(const model::Location& at, std::string code, std::string message) {
    result_.diagnostics.error(at, std::move(code), std::move(message));
    result_.unreadable = true;
  }

  Plan& plan_for(const fs::path& folder) {
    std::error_code ec;
    fs::path key = fs::weakly_canonical(folder, ec);
    if (ec) key = folder;
    auto [it, added] = plan_index_.try_emplace(key.string(), plans_.size());
    if (added) plans_.push_back({folder, false, {}});
    return plans_[it->second];
  }

  static void add_file(Plan& plan, const fs::path& file) {
    for (const fs::path& f : plan.files)
      if (f.filename() == file.filename()) return;
    plan.files.push_back(file);
  }

  void walk(const fs::path& folder, int depth) {
    if (depth > limits_.max_folder_depth) {
      unreadable({display_of(folder), 0, 0}, "no-input",
                 "folders nested deeper than " + std::to_string(limits_.max_folder_depth) + " levels");
      return;
    }
    std::error_code ec;
    std::vector<fs::directory_entry> entries;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(*it);
    if (ec == std::errc::not_enough_memory) out_of_memory();
    if (ec) {
      unreadable({display_of(folder), 0, 0}, "unreadable", "cannot read folder: " + ec.message());
      return;
    }
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
    std::vector<fs::path> files, folders;
    for (const fs::directory_entry& e : entries) {
      const std::string name = e.path().filename().string();
      if (name.starts_with('.')) continue;
      if (e.is_directory(ec) && !e.is_symlink(ec))
        folders.push_back(e.path());
      else if (is_yaml(e.path()))
        files.push_back(e.path());
    }
    yaml_found_ += files.size();  // a folder named twice (or inside another named) is still found
    if (!files.empty()) {
      if (files_ + files.size() > limits_.max_files) {
        unreadable({display_of(folder), 0, 0}, "no-input",
                   "more than " + std::to_string(limits_.max_files) + " YAML files under the paths given");
        return;
      }
      files_ += files.size();
      Plan& plan = plan_for(folder);
      plan.whole_folder = true;
      plan.files = files;
    }
    for (const fs::path& sub : folders) walk(sub, depth + 1);
  }

  // Nothing more is read once the files read take the run past its limits.
  std::optional<yaml::Node> parse(const fs::path& path) {
    if (run_.exceeded(limits_)) return std::nullopt;
    const std::string display = display_of(path);
    if (const auto given = texts_.find(display); given != texts_.end()) {
      bool unreadable = false;
      auto root = parse_text(given->second, display, limits_, result_.diagnostics, &unreadable, run_);
      result_.unreadable = result_.unreadable || unreadable || run_.exceeded(limits_);
      return root;
    }
    SourceText source = read_source(path.string(), display, limits_, result_.diagnostics);
    if (source.unreadable) result_.unreadable = true;
    if (!source.text) return std::nullopt;
    const std::size_t before = run_.bytes;
    run_.bytes += source.text->size();
    if (run_.exceeded(limits_)) {
      unreadable(LineIndex(*source.text).locate(limits_.max_run_bytes - before, display), "run-too-large",
                 yaml::run_bytes_message(limits_));
      return std::nullopt;
    }
    auto root = yaml::parse(*source.text, display, limits_, result_.diagnostics, run_);
    if (run_.exceeded(limits_)) result_.unreadable = true;
    return root;
  }

  void load_protocol(model::Register& reg, const fs::path& path) {
    const std::string id = path.stem().string();
    for (const model::Protocol& p : reg.protocols)
      if (p.id == id) {
        result_.diagnostics.error({display_of(path), 0, 0}, "duplicate-id",
                                  "protocol '" + id + "' is defined by two files in this folder");
        return;
      }
    if (!is_valid_id(id)) {
      result_.diagnostics.error({display_of(path), 0, 0}, "invalid-id",
                                "file name '" + id + "' is not a valid protocol id: use letters, digits, '-', '_' or '.'");
      return;
    }
    const auto root = parse(path);
    if (!root) return;
    Context ctx{result_.diagnostics};
    if (auto protocol = decode_protocol(*root, id, ctx)) reg.protocols.push_back(std::move(*protocol));
  }

  model::Register load(Plan& plan) {
    model::Register reg;
    reg.folder = display_of(plan.folder);
    std::vector<fs::path> files = plan.files;
    if (!plan.whole_folder) {
      std::error_code ec;
      for (const char* name : {"partners.yaml", "partners.yml", "gateways.yaml", "gateways.yml"})
        if (fs::is_regular_file(plan.folder / name, ec)) add_file(plan, plan.folder / name);
      files = plan.files;
    }
    Context ctx{result_.diagnostics};
    for (const fs::path& f : files) {
      if (named(f, "partners")) {
        reg.partners_file = display_of(f);
        const auto root = parse(f);
        const auto partners = root ? decode_partner_directory(*root, ctx) : std::nullopt;
        reg.partners_readable = partners.has_value();
        if (partners) reg.partners = *partners;
      } else if (named(f, "gateways")) {
        reg.gateways_file = display_of(f);
        const auto root = parse(f);
        const auto gateways = root ? decode_gateway_library(*root, ctx) : std::nullopt;
        reg.gateways_readable = gateways.has_value();
        if (gateways) reg.gateways = *gateways;
      }
    }
    for (const fs::path& f : files)
      if (!named(f, "partners") && !named(f, "gateways")) load_protocol(reg, f);
    if (!plan.whole_folder) load_parents(reg, plan.folder);
    return reg;
  }

  // For files named one by one: the parents they name, from the same folder, until one is
  // missing or already loaded.
  void load_parents(model::Register& reg, const fs::path& folder) {
    for (std::size_t i = 0; i < reg.protocols.size(); ++i) {
      if (!reg.protocols[i].parent) continue;
      const std::string parent = reg.protocols[i].parent->id;
      if (std::any_of(reg.protocols.begin(), reg.protocols.end(), [&](const auto& p) { return p.id == parent; }))
        continue;
      std::error_code ec;
      for (const char* ext : {".yaml", ".yml"}) {
        const fs::path candidate = folder / (parent + ext);
        if (fs::is_regular_file(candidate, ec)) {
          load_protocol(reg, candidate);
          reg.context_only.push_back(parent);
          break;
        }
      }
    }
  }

  const Limits& limits_;
  Result result_;
  std::vector<Plan> plans_;
  std::map<std::string, std::size_t> plan_index_;
  std::map<std::string, std::string> texts_;  // files given as text, by display path
  std::size_t files_ = 0;
  std::size_t yaml_found_ = 0;  // YAML files seen by walk(), counting a folder each time it is named
  yaml::RunTotals run_;
};

}  // namespace

Result load_paths(const std::vector<std::string>& paths, const Limits& limits) {
  Loader loader(limits);
  for (const std::string& p : paths) loader.add_path(p);
  return loader.finish();
}

Result load_register_texts(const std::string& folder, const std::vector<NamedText>& files, const Limits& limits) {
  Loader loader(limits);
  loader.add_texts(folder, files);
  return loader.finish();
}

model::Protocol load_protocol_text(std::string_view text, const std::string& path, model::Diagnostics& diags,
                                   const Limits& limits) {
  const std::string display = display_of(path);
  const std::string id = fs::path(path).stem().string();
  model::Protocol empty;
  empty.id = id;
  bool unreadable = false;
  yaml::RunTotals run;
  const auto root = parse_text(text, display, limits, diags, &unreadable, run);
  if (!root) return empty;
  Context ctx{diags};
  return decode_protocol(*root, id, ctx).value_or(empty);
}

std::optional<model::FormDefinition> load_form_definition(std::string_view text, const std::string& path,
                                                        model::Diagnostics& diags, const Limits& limits) {
  const std::string display = display_of(path);
  bool unreadable = false;
  yaml::RunTotals run;
  const auto root = parse_text(text, display, limits, diags, &unreadable, run);
  if (!root) return std::nullopt;
  Context ctx{diags};
  return decode_form_definition(*root, ctx);
}

}  // namespace ispgen::load
