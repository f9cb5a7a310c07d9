#include "ispgen/context.hpp"

namespace ispgen::context {
namespace {

using Partials = std::map<std::string, std::string>;

// The partials `text` includes, and those they include in turn. mstch parses every partial it is
// given on each render, so each render gets only those it uses. A template that changes
// delimiters gets them all.
Partials partials_used(const std::string& text, const Partials& all) {
  if (text.find("{{=") != std::string::npos) return all;
  Partials used;
  std::vector<const std::string*> pending{&text};
  while (!pending.empty()) {
    const std::string& t = *pending.back();
    pending.pop_back();
    for (std::size_t at = t.find("{{>"); at != std::string::npos; at = t.find("{{>", at + 3)) {
      const std::size_t close = t.find("}}", at);
      if (close == std::string::npos) break;
      std::string name = t.substr(at + 3, close - at - 3);
      name.erase(0, name.find_first_not_of(" \t"));
      name.erase(name.find_last_not_of(" \t") + 1);
      const auto found = all.find(name);
      if (found == all.end() || used.count(name)) continue;
      if (found->second.find("{{=") != std::string::npos) return all;
      used.insert(*found);
      pending.push_back(&found->second);
    }
  }
  return used;
}

}  // namespace

std::vector<std::string> render_each(const std::vector<std::string>& texts, const mstch::node& context,
                                     const std::map<std::string, std::string>& partials) {
  static const std::string separator = "\x1e\x1e\n";
  std::string all_texts, outline;
  Partials used;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const std::string name = "\x1e" + std::to_string(i);
    all_texts += texts[i];
    used[name] = texts[i];
    outline += "{{> " + name + "}}\n" + separator;
  }
  used.merge(partials_used(all_texts, partials));
  const std::string out = mstch::render(outline, context, used);

  std::vector<std::string> pieces;
  std::size_t start = 0;
  for (std::size_t at = out.find(separator); at != std::string::npos; at = out.find(separator, start)) {
    pieces.push_back(out.substr(start, at - start));
    start = at + separator.size();
  }
  if (pieces.size() == texts.size() && start == out.size()) return pieces;
  pieces.clear();
  for (const std::string& text : texts) pieces.push_back(mstch::render(text, context, partials_used(text, partials)));
  return pieces;
}

}  // namespace ispgen::context
