#include <mstch/mstch.hpp>

#include <algorithm>
#include <set>

#include "ispgen/context.hpp"
#include "ispgen/document/words.hpp"
#include "ispgen/forms.hpp"
#include "ispgen/markdown.hpp"
#include "plain.hpp"

namespace ispgen::forms {
namespace {

// The templates of one form, rendered together: add() keeps a template and gives its index.
class Batch {
 public:
  std::size_t add(const std::string& text) {
    texts_.push_back(text);
    return texts_.size() - 1;
  }
  // Whether a `when` condition holds: "key" is set, "!key" is not.
  std::size_t add_condition(const std::string& when) {
    if (when.empty()) return add("1");
    const bool negated = when.starts_with('!');
    const std::string key = negated ? when.substr(1) : when;
    return add(std::string("{{") + (negated ? "^" : "#") + key + "}}1{{/" + key + "}}");
  }
  void render(const mstch::node& context) { out_ = context::render_each(texts_, context, {}); }
  const std::string& operator[](std::size_t i) const { return out_[i]; }
  bool holds(std::size_t i) const { return out_[i].find('1') != std::string::npos; }

 private:
  std::vector<std::string> texts_, out_;
};

// The indexes in a Batch of one field's templates.
struct FieldSlots {
  std::size_t when, label, hint, text;
  std::vector<std::size_t> options, columns;
};

struct SectionSlots {
  std::size_t when, heading;
  std::vector<FieldSlots> fields;
};

document::Field bound_field(const model::FieldDefinition& d, const FieldSlots& slots, const Batch& batch) {
  document::Field f;
  f.kind = d.kind;
  f.name = d.name;
  f.label = plain_line(batch[slots.label]);
  f.hint = plain_line(batch[slots.hint]);
  PlainText text = plain_blocks(batch[slots.text]);
  f.paragraphs = std::move(text.paragraphs);
  f.items = std::move(text.items);
  for (std::size_t i : slots.options)
    for (std::string& option : plain_lines(batch[i])) f.options.push_back(std::move(option));
  for (std::size_t i : slots.columns)
    if (std::string column = plain_line(batch[i]); !column.empty()) f.columns.push_back(std::move(column));
  f.lines = d.lines;
  f.rows = d.rows;
  f.fill = d.fill;
  return f;
}

// Whether a bound field has anything to show: fixed text with no text, or a list with no
// options, is left out rather than printed empty.
bool has_content(const document::Field& f) {
  switch (f.kind) {
    case document::FieldKind::fixed: return !f.paragraphs.empty() || !f.items.empty();
    case document::FieldKind::choice:
    case document::FieldKind::checkboxes: return !f.options.empty();
    case document::FieldKind::table: return !f.columns.empty();
    default: return true;
  }
}

// The names of the data items the form's stages share: the stage it names, or every stage that
// lists it; all the protocol's data items if none does.
std::vector<std::string> data_items_for(const model::Protocol& p, const model::Form& f) {
  std::set<std::string> ids;
  for (const model::Stage& s : p.stages) {
    const bool named = f.stage && f.stage->id == s.id;
    const bool lists = std::any_of(s.forms.begin(), s.forms.end(), [&](const model::Ref& r) { return r.id == f.id; });
    if (named || lists)
      for (const model::Ref& r : s.shares) ids.insert(r.id);
  }
  std::vector<std::string> names;
  for (const model::DataItem& d : p.data_items)
    if (ids.empty() || ids.count(d.id)) names.push_back(d.name);
  return names;
}

// The context's map for the element of `list` (a context array of maps) whose id is `id`.
mstch::node element_with_id(const mstch::map& context, const std::string& list, const std::string& id) {
  const auto found = context.find(list);
  if (found == context.end()) return mstch::map{};
  for (const mstch::node& item : boost::get<mstch::array>(found->second)) {
    const auto& m = boost::get<mstch::map>(item);
    const auto key = m.find("id");
    if (key != m.end() && boost::get<std::string>(key->second) == id) return m;
  }
  return mstch::map{};
}

// The referral stage of a referral form: the stage it names, or the one marked referral.
std::string referral_stage(const model::Protocol& p, const model::Form& f) {
  if (f.stage) return f.stage->id;
  for (const model::Stage& s : p.stages)
    if (s.referral) return s.id;
  return {};
}

document::Document bind(const model::Protocol& p, const model::Form& entry, const model::FormDefinition& d,
                mstch::map context, const std::string& file_id, const std::string& date_iso) {
  mstch::array items;
  for (const std::string& name : data_items_for(p, entry)) items.emplace_back(name);
  context["form"] = mstch::map{{"id", entry.id}, {"title", entry.title}, {"reference", entry.reference},
                               {"data_items", items}, {"has_data_items", !items.empty()}};

  Batch batch;
  const std::size_t title = batch.add(d.title);
  std::vector<SectionSlots> sections;
  for (const model::SectionDefinition& s : d.sections) {
    SectionSlots slots{batch.add_condition(s.when), batch.add(s.heading), {}};
    for (const model::FieldDefinition& fd : s.fields) {
      // A repeated field's label renders once per element, a line each.
      std::string label = fd.label;
      if (!fd.each.empty()) {
        label.erase(std::remove(label.begin(), label.end(), '\n'), label.end());
        label = "{{#" + fd.each + "}}\n" + label + "\n{{/" + fd.each + "}}\n";
      }
      FieldSlots f{batch.add_condition(fd.when), batch.add(label), batch.add(fd.hint), batch.add(fd.text), {}, {}};
      for (const std::string& option : fd.options) f.options.push_back(batch.add(option));
      for (const std::string& column : fd.columns) f.columns.push_back(batch.add(column));
      slots.fields.push_back(std::move(f));
    }
    sections.push_back(std::move(slots));
  }
  mstch::config::escape = [](const std::string& text) { return markdown::escape(text); };
  batch.render(mstch::node(std::move(context)));

  document::Document doc;
  document::Form out;
  out.id = file_id;
  out.title = !entry.title.empty() ? entry.title : plain_line(batch[title]);
  out.reference = entry.reference;
  out.protocol_title = p.title;
  out.version = p.version;
  for (std::size_t s = 0; s < d.sections.size(); ++s) {
    if (!batch.holds(sections[s].when)) continue;
    document::FormSection section{plain_line(batch[sections[s].heading]), {}};
    for (std::size_t i = 0; i < d.sections[s].fields.size(); ++i) {
      const FieldSlots& slots = sections[s].fields[i];
      if (!batch.holds(slots.when)) continue;
      const model::FieldDefinition& fd = d.sections[s].fields[i];
      document::Field f = bound_field(fd, slots, batch);
      if (!fd.each.empty()) {
        const std::vector<std::string> labels = plain_lines(batch[slots.label]);
        for (std::size_t n = 0; n < labels.size(); ++n) {
          document::Field copy = f;
          copy.name = f.name + "_" + std::to_string(n + 1);
          copy.label = labels[n];
          section.fields.push_back(std::move(copy));
        }
      } else if (has_content(f)) {
        section.fields.push_back(std::move(f));
      }
    }
    if (!section.fields.empty()) out.sections.push_back(std::move(section));
  }
  const std::string marking(model::word_of(p.marking));
  document::Info& info = doc.info;
  const document::Words& words = document::words_for(info.lang);
  info.title = out.title;
  info.subject = document::fill(words.form_subject, {p.title});
  info.author = !p.board.empty() ? p.board : p.area;
  // "when complete" only where the marking protects something: not "NOT PROTECTIVELY MARKED when complete".
  const bool protective = p.marking != model::Marking::not_protectively_marked;
  info.marking = d.when_complete && protective ? document::fill(words.marking_when_complete, {marking}) : marking;
  info.version = p.version;
  info.status = std::string(model::word_of(p.status));
  info.date_iso = date_iso;
  info.footer = document::fill(words.form_footer, {out.title, p.title});
  info.footer_end = document::fill(words.footer_version, {p.version});
  doc.front.push_back({std::move(out)});
  return doc;
}

}  // namespace

std::vector<document::Document> bind_forms(const model::Register& reg, const model::Protocol& p,
                                   const std::vector<model::FormDefinition>& definitions,
                                   const std::string& date_iso) {
  const mstch::map base = context::protocol_context(reg, p);
  std::vector<document::Document> out;
  for (const model::Form& entry : p.forms) {
    const model::FormDefinition* d = definition_for(definitions, entry.kind);
    if (!d) continue;
    switch (entry.kind) {
      case model::FormKind::signing_in:
      case model::FormKind::confidentiality: {
        std::vector<std::string> meetings;
        if (entry.meeting) meetings.push_back(entry.meeting->id);
        else
          for (const model::Meeting& m : p.meetings) meetings.push_back(m.id);
        for (const std::string& meeting : meetings) {
          mstch::map context = base;
          context["meeting"] = element_with_id(base, "meetings", meeting);
          const std::string id = meetings.size() == 1 ? entry.id : entry.id + "-" + meeting;
          out.push_back(bind(p, entry, *d, std::move(context), id, date_iso));
        }
        break;
      }
      case model::FormKind::referral: {
        mstch::map context = base;
        context["stage"] = element_with_id(base, "stages", referral_stage(p, entry));
        out.push_back(bind(p, entry, *d, std::move(context), entry.id, date_iso));
        break;
      }
      default: out.push_back(bind(p, entry, *d, base, entry.id, date_iso)); break;
    }
  }
  return out;
}

}  // namespace ispgen::forms
