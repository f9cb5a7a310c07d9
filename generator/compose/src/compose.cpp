#include <mstch/mstch.hpp>

#include <algorithm>
#include <cctype>

#include "ispgen/compose.hpp"
#include "ispgen/context.hpp"
#include "ispgen/document/words.hpp"
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

// The template at `path`, or "" (renders as nothing) if the set has none.
std::string text_of(const Templates& templates, const std::string& path) {
  const auto found = templates.files.find(path);
  return found == templates.files.end() ? std::string() : found->second;
}

std::string letter(int index) {
  std::string out;
  for (++index; index > 0; index = (index - 1) / 26) out.insert(out.begin(), static_cast<char>('A' + (index - 1) % 26));
  return out;
}

}  // namespace

bool is_appendix(const std::string& section) {
  static const std::vector<std::string> appendices = {"glossary", "information-reference", "checklists",
                                                      "arrangements", "version-history", "signatories"};
  return std::find(appendices.begin(), appendices.end(), section) != appendices.end();
}

namespace {

// The protocol's sections in order, each rendered and with its clauses applied (blank ones too),
// and the title page.
struct Composed {
  std::string title_page;
  std::vector<Section> sections;
};

Composed compose_sections(const model::Register& reg, const model::Protocol& p, const Templates& templates,
                          const model::SignOff& signoff) {
  mstch::config::escape = [](const std::string& text) { return markdown::escape(text); };
  const mstch::node context = context::protocol_context(reg, p, signoff);
  std::map<std::string, std::string> partials;
  for (const auto& [path, text] : templates.files)
    if (path.starts_with("partials/") && path.ends_with(".md")) partials[path.substr(9, path.size() - 12)] = text;
  // The title page, then each standard section.
  std::vector<std::string> texts{text_of(templates, "document.md")};
  for (std::string_view id : model::standard_sections())
    texts.push_back(text_of(templates, "sections/" + std::string(id) + ".md"));
  const std::vector<std::string> rendered = context::render_each(texts, context, partials);

  Composed composed{rendered.front(), {}};
  std::vector<Section>& sections = composed.sections;
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
    sections.insert(at, Section{clause.section, markdown::escape(clause.title), clause.text, appendix, clause.after});
  }
  return composed;
}

}  // namespace

document::Document compose_document(const model::Register& reg, const model::Protocol& p, const Templates& templates,
                                    const document::Info& info, const model::SignOff& signoff) {
  const Composed composed = compose_sections(reg, p, templates, signoff);
  const document::Words& words = document::words_for(info.lang);
  document::Document doc;
  doc.info = info;
  doc.front = markdown::read_blocks(tidy(composed.title_page));
  doc.contents = true;
  int number = 0, appendix = 0;
  for (const Section& s : composed.sections) {
    if (blank(s.body)) continue;
    document::Section out;
    out.id = s.id;
    out.appendix = out.new_page = s.appendix;
    out.number = s.appendix ? letter(appendix++) : std::to_string(++number);
    // The title is Markdown (a template's, or a clause's escaped): read as the heading's text.
    const std::vector<document::Block> title = markdown::read_blocks("## " + s.title);
    if (!title.empty())
      if (const auto* heading = std::get_if<document::Heading>(&title.front().content))
        out.title = document::text_of(heading->runs);
    const std::vector<document::Block> heading = markdown::read_blocks(
        "## " + document::fill(s.appendix ? words.appendix_heading : words.section_heading, {out.number, s.title}));
    if (!heading.empty())
      if (const auto* h = std::get_if<document::Heading>(&heading.front().content)) out.heading = h->runs;
    out.blocks = markdown::read_blocks(tidy(demote_headings(s.body)));
    doc.sections.push_back(std::move(out));
  }
  return doc;
}

}  // namespace ispgen::compose
