#include "partials.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string_view>

namespace ispgen::compose {
namespace {

// A `{{> name}}` tag: the partial it includes, and where.
struct Include {
  std::string name;
  int line = 1, column = 1;
};

std::string trimmed(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return "";
  return std::string(text.substr(first, text.find_last_not_of(" \t") - first + 1));
}

// The partials `text` includes, following delimiter changes (`{{=<% %>=}}`) as Mustache does.
std::vector<Include> includes_of(std::string_view text) {
  std::vector<Include> out;
  std::string open = "{{", close = "}}";
  int line = 1;
  std::size_t line_start = 0, i = 0;
  const auto advance_to = [&](std::size_t to) {
    for (; i < to; ++i)
      if (text[i] == '\n') {
        ++line;
        line_start = i + 1;
      }
  };
  for (std::size_t at; (at = text.find(open, i)) != std::string_view::npos;) {
    advance_to(at);
    const int column = static_cast<int>(at - line_start) + 1;
    const bool triple = open == "{{" && text.compare(at, 3, "{{{") == 0;
    const std::string_view end = triple ? "}}}" : std::string_view(close);
    const std::size_t tag_end = text.find(end, at + open.size());
    if (tag_end == std::string_view::npos) break;
    const std::string_view tag = text.substr(at + open.size(), tag_end - at - open.size());
    const std::string body = trimmed(tag);
    if (!triple && body.size() >= 2 && body.front() == '>') {
      out.push_back({trimmed(std::string_view(body).substr(1)), line, column});
    } else if (!triple && body.size() >= 2 && body.front() == '=' && body.back() == '=') {
      const std::string pair = trimmed(std::string_view(body).substr(1, body.size() - 2));
      const std::size_t space = pair.find_first_of(" \t");
      if (space != std::string::npos) {
        open = pair.substr(0, space);
        close = trimmed(std::string_view(pair).substr(space));
      }
    }
    advance_to(tag_end + end.size());
  }
  return out;
}

// Walks the include graph of the partials: cycles, then the size each file expands to.
class PartialGraph {
 public:
  PartialGraph(Templates& templates, const std::string& dir, const std::set<std::string>& house,
               model::Diagnostics& diagnostics)
      : templates_(templates), dir_(dir), house_(house), diagnostics_(diagnostics) {
    for (const auto& [path, text] : templates_.files)
      if (const std::string name = partial_name(path); !name.empty()) includes_[name] = includes_of(text);
  }

  void report_cycles() {
    std::set<std::string> in_cycle;
    for (const auto& entry : includes_) visit(entry.first, in_cycle);
    for (const std::string& name : in_cycle) templates_.files.erase(path_of(name));
  }

  void report_expansions(std::uintmax_t limit) {
    std::vector<std::string> too_large;
    for (const auto& [path, text] : templates_.files) {
      const std::vector<Include> includes = includes_of(text);
      if (expanded(path, text, includes) <= limit) continue;
      too_large.push_back(path);
      // Reported where the expansion first passes the limit: at a file whose own partials are within it.
      const bool inner_too_large = std::any_of(includes.begin(), includes.end(), [&](const Include& i) {
        return sizes_.count(i.name) && sizes_.at(i.name) > limit;
      });
      if (inner_too_large) continue;
      diagnostics_.error(at(path, includes.empty() ? Include{} : includes.front()), "template-syntax",
                         "this template's partials expand to more than " + std::to_string(limit >> 20) +
                             " MiB of text; include fewer partials, or each fewer times");
    }
    for (const std::string& path : too_large) templates_.files.erase(path);
  }

 private:
  static std::string partial_name(const std::string& path) {
    if (!path.starts_with("partials/") || !path.ends_with(".md")) return "";
    return path.substr(9, path.size() - 12);
  }
  static std::string path_of(const std::string& name) { return "partials/" + name + ".md"; }

  model::Location at(const std::string& path, const Include& include) const {
    const std::string file = house_.count(path) ? dir_ + "/" + path : "templates/" + path;
    return {file, include.line, include.column};
  }

  // Depth-first: a partial met again while it is still being visited closes a cycle.
  void visit(const std::string& name, std::set<std::string>& in_cycle) {
    if (done_.count(name)) return;
    const auto on_path = std::find(path_.begin(), path_.end(), name);
    if (on_path != path_.end()) return;
    path_.push_back(name);
    for (const Include& include : includes_[name]) {
      if (!includes_.count(include.name)) continue;
      const auto start = std::find(path_.begin(), path_.end(), include.name);
      if (start == path_.end()) {
        visit(include.name, in_cycle);
        continue;
      }
      std::string chain;
      for (auto it = start; it != path_.end(); ++it) chain += "'" + *it + "' -> ";
      chain += "'" + include.name + "'";
      in_cycle.insert(start, path_.end());
      diagnostics_.error(at(path_of(name), include), "template-syntax",
                         start + 1 == path_.end() ? "partial '" + name + "' includes itself"
                                                  : "partials include each other in a cycle: " + chain);
    }
    path_.pop_back();
    done_.insert(name);
  }

  // The bytes of `text` with every partial written out in place, saturating rather than overflowing.
  std::uintmax_t expanded(const std::string& path, const std::string& text, const std::vector<Include>& includes) {
    std::uintmax_t total = text.size();
    for (const Include& include : includes) {
      const auto found = templates_.files.find(path_of(include.name));
      if (found == templates_.files.end() || path_of(include.name) == path) continue;
      if (!sizes_.count(include.name)) {
        sizes_[include.name] = UINTMAX_MAX;  // a guard: cycles are reported and removed before this
        sizes_[include.name] = expanded(found->first, found->second, includes_[include.name]);
      }
      total = std::min<std::uintmax_t>(UINTMAX_MAX / 2, total + sizes_[include.name]);
    }
    return total;
  }

  Templates& templates_;
  const std::string& dir_;
  const std::set<std::string>& house_;
  model::Diagnostics& diagnostics_;
  std::map<std::string, std::vector<Include>> includes_;
  std::vector<std::string> path_;
  std::set<std::string> done_;
  std::map<std::string, std::uintmax_t> sizes_;
};

}  // namespace

void check_partials(Templates& templates, const std::string& dir, const std::set<std::string>& house,
                    model::Diagnostics& diagnostics) {
  constexpr std::uintmax_t max_expanded_bytes = 4u << 20;
  PartialGraph graph(templates, dir, house, diagnostics);
  graph.report_cycles();
  graph.report_expansions(max_expanded_bytes);
}

}  // namespace ispgen::compose
