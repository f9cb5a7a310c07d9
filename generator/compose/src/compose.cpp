#include <mstch/mstch.hpp>

#include <algorithm>
#include <cctype>
#include <optional>

#include "ispgen/compose.hpp"
#include "ispgen/context.hpp"
#include "ispgen/markdown.hpp"
#include "ispgen/model/sections.hpp"

namespace ispgen::compose {
namespace {

// A section of the document being composed.
struct Section {
  std::string id;
  std::string title;
  std::string body;
  bool appendix = false;
  std::string added_after;  // for a section a clause adds: the section it follows
};

bool is_fence(std::string_view line) {
  const std::size_t indent = line.find_first_not_of(' ');
  return indent != std::string_view::npos && indent < 4 &&
         (line.substr(indent).starts_with("```") || line.substr(indent).starts_with("~~~"));
}

// Calls `each(line, in_fence)` for every line of `text`, and joins what it returns.
template <class Each>
std::string map_lines(const std::string& text, Each each) {
  std::string out;
  bool fence = false;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string line = text.substr(start, end - start);
    const bool toggles = is_fence(line);
    out += each(line, fence || toggles);
    if (toggles) fence = !fence;
    if (end < text.size()) out += '\n';
    start = end + 1;
  }
  return out;
}

// Headings inside a section are at most level 3, so clause and field Markdown cannot add entries
// to the contents or take the title's place.
std::string demote_headings(const std::string& text) {
  return map_lines(text, [](const std::string& line, bool in_fence) {
    if (in_fence || !line.starts_with('#')) return line;
    const std::size_t level = line.find_first_not_of('#');
    if (level == std::string::npos || level > 2 || (line[level] != ' ' && line[level] != '\t')) return line;
    return std::string(3 - level, '#') + line;
  });
}

// Runs of blank lines outside code blocks become one blank line.
std::string tidy(const std::string& text) {
  bool blank = false;
  std::string out = map_lines(text, [&](const std::string& line, bool in_fence) {
    const bool is_blank = line.find_first_not_of(" \t") == std::string::npos;
    const bool drop = !in_fence && is_blank && blank;
    blank = !in_fence && is_blank;
    return drop ? std::string("\x01") : line;
  });
  std::string clean;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i] == '\x01') {
      if (i + 1 < out.size() && out[i + 1] == '\n') ++i;
      continue;
    }
    clean += out[i];
  }
  const std::size_t first = clean.find_first_not_of('\n');
  const std::size_t last = clean.find_last_not_of("\n ");
  return first == std::string::npos ? std::string() : clean.substr(first, last - first + 1) + "\n";
}

bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

// "Legal basis" for "legal-basis": the title of a section whose template gives none.
std::string default_title(const std::string& id) {
  std::string title = id;
  std::replace(title.begin(), title.end(), '-', ' ');
  if (!title.empty()) title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
  return title;
}

// Splits a rendered section into its "## Title" line and the body after it.
Section split_section(const std::string& id, const std::string& rendered) {
  Section s{id, default_title(id), rendered, is_appendix(id), ""};
  const std::size_t start = rendered.find_first_not_of(" \t\r\n");
  if (start == std::string::npos || rendered.compare(start, 3, "## ") != 0) return s;
  const std::size_t end = std::min(rendered.find('\n', start), rendered.size());
  s.title = rendered.substr(start + 3, end - start - 3);
  s.body = end < rendered.size() ? rendered.substr(end + 1) : std::string();
  return s;
}

void apply_clause(Section& s, const model::Clause& clause) {
  switch (clause.mode) {
    case model::ClauseMode::replace: s.body = clause.text; break;
    case model::ClauseMode::append: s.body += "\n\n" + clause.text; break;
    case model::ClauseMode::prepend: s.body = clause.text + "\n\n" + s.body; break;
  }
}

std::string letter(int index) {
  std::string out;
  for (++index; index > 0; index = (index - 1) / 26) out.insert(out.begin(), static_cast<char>('A' + (index - 1) % 26));
  return out;
}

using Partials = std::map<std::string, std::string>;

// The partials `text` includes, and those they include in turn. mstch parses every partial it is
// given on each render, so each template gets only its own. A template that changes delimiters
// gets them all.
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

// Renders each template of `paths` with `context` in one mstch render: mstch copies the whole
// context and parses every partial it is given on each render, so the templates become partials
// of one small template that includes each in turn between separator lines, and the output is
// split there. If a value holds the separator, so the output does not split back into one piece
// per template, each is rendered on its own.
std::vector<std::string> render_each(const std::vector<std::string>& paths, const Templates& templates,
                                     const mstch::node& context, const Partials& library) {
  static const std::string separator = "\x1e\x1e\n";
  static const std::string none;
  const auto text_of = [&](const std::string& path) -> const std::string& {
    const auto found = templates.files.find(path);
    return found == templates.files.end() ? none : found->second;
  };
  std::string all_texts, outline;
  Partials partials;
  for (const std::string& path : paths) {
    all_texts += text_of(path);
    partials[path] = text_of(path);
    outline += "{{> " + path + "}}\n" + separator;
  }
  partials.merge(partials_used(all_texts, library));
  const std::string out = mstch::render(outline, context, partials);

  std::vector<std::string> pieces;
  std::size_t start = 0;
  for (std::size_t at = out.find(separator); at != std::string::npos; at = out.find(separator, start)) {
    pieces.push_back(out.substr(start, at - start));
    start = at + separator.size();
  }
  if (pieces.size() == paths.size() && start == out.size()) return pieces;
  pieces.clear();
  for (const std::string& path : paths)
    pieces.push_back(mstch::render(text_of(path), context, partials_used(text_of(path), library)));
  return pieces;
}

}  // namespace

bool is_appendix(const std::string& section) {
  static const std::vector<std::string> appendices = {"glossary", "information-reference", "checklists",
                                                      "arrangements", "version-history", "signatories"};
  return std::find(appendices.begin(), appendices.end(), section) != appendices.end();
}

std::string compose_markdown(const model::Register& reg, const model::Protocol& p, const Templates& templates) {
  mstch::config::escape = [](const std::string& text) { return markdown::escape(text); };
  const mstch::node context = context::protocol_context(reg, p);
  Partials partials;
  for (const auto& [path, text] : templates.files)
    if (path.starts_with("partials/") && path.ends_with(".md")) partials[path.substr(9, path.size() - 12)] = text;
  // The title page, then each standard section; a missing template renders as nothing.
  std::vector<std::string> paths{"document.md"};
  for (std::string_view id : model::standard_sections()) paths.push_back("sections/" + std::string(id) + ".md");
  const std::vector<std::string> rendered = render_each(paths, templates, context, partials);

  std::vector<Section> sections;
  for (std::size_t i = 0; i < model::standard_sections().size(); ++i) {
    Section s = split_section(std::string(model::standard_sections()[i]), rendered[i + 1]);
    for (const model::Clause& clause : p.clauses)
      if (clause.section == s.id && clause.title.empty() && clause.after.empty()) apply_clause(s, clause);
    sections.push_back(std::move(s));
  }
  // Sections the protocol adds go after the section they name, after any added there before.
  for (const model::Clause& clause : p.clauses) {
    if (clause.title.empty() && clause.after.empty()) continue;
    auto at = std::find_if(sections.begin(), sections.end(), [&](const Section& s) { return s.id == clause.after; });
    if (at == sections.end()) continue;
    const bool appendix = at->appendix;
    for (++at; at != sections.end() && at->added_after == clause.after; ++at) {
    }
    sections.insert(at, Section{clause.section, clause.title, clause.text, appendix, clause.after});
  }

  std::string out = tidy(rendered.front());
  int number = 0, appendix = 0;
  for (const Section& s : sections) {
    if (blank(s.body)) continue;
    const std::string heading = s.appendix ? "Appendix " + letter(appendix++) + " – " + s.title
                                           : std::to_string(++number) + ". " + s.title;
    out += (s.appendix ? "\n***\n\n## " : "\n## ") + heading + "\n\n" + tidy(demote_headings(s.body));
  }
  return out;
}

}  // namespace ispgen::compose
