#pragma once
#include <optional>
#include <string>
#include <vector>

#include "ispgen/model/protocol.hpp"

// The semantic diff: two versions of a protocol compared as models, not as text. Elements with
// ids (partners, gateways, lawful bases, data items, stages, meetings, forms, clauses, ...) are
// matched by id, so a renamed partner is a changed name, and an element whose id changed but
// whose content did not is a rename. Both sides are compared resolved against their registers,
// so a change to the shared partner directory or gateway library shows in every protocol using it.
namespace ispgen::diff {

// What happened to one value or element.
enum class ChangeKind {
  added,      // only in NEW
  removed,    // only in OLD
  changed,    // a value changed: old -> new
  reordered,  // the same elements of a list in another order
  prose,      // a text changed: word-level edits
  renamed,    // an element's id changed, its content did not
};

// Whether signatories must agree again (material: partners, data items, lawful bases, stages,
// consent model, retention, marking...) or not (editorial: wording, contact details).
enum class ChangeClass { material, editorial };

// One piece of a word-level prose diff, in order: words kept (context), removed or inserted.
struct WordEdit {
  enum class Op { keep, remove, insert };
  Op op = Op::keep;
  std::string text;
};

// One change between the two versions.
struct Change {
  ChangeKind kind = ChangeKind::changed;
  std::string path;                      // e.g. "stages.referral.shares", "partners.SWP.name"
  std::optional<model::Location> old_at;  // where it is in OLD (none when added)
  std::optional<model::Location> new_at;  // where it is in NEW (none when removed)
  std::string old_value;                 // as plain text; "" when absent
  std::string new_value;
  std::vector<WordEdit> words;           // prose: the edits, with a few words of context
  ChangeClass change_class = ChangeClass::editorial;
  std::string reason;                    // why it is material or editorial, e.g. "the information shared"
  std::vector<std::string> affected;     // ids of the partners the change affects (who must re-sign)
};

// The changes to one protocol (or its addition or removal).
struct ProtocolDiff {
  std::string id;
  std::string old_file, new_file;        // "" on the side where the protocol does not exist
  std::string old_version, new_version;
  bool added = false;                    // only in NEW
  bool removed = false;                  // only in OLD
  std::vector<Change> changes;           // in path order of NEW (removed elements where they were);
                                         // a protocol added or removed has one, at the path ""

  // "major" if any change is material, "minor" if all are editorial, "" if there are none.
  std::string bump() const;
  // OLD's version with the bump applied ("1.2" -> "2.0" or "1.3"); "" when there is no bump.
  // An added protocol keeps NEW's version; a removed one has none ("").
  std::string next_version() const;
  // Ids of the partners who must sign again: those affected by a material change, sorted.
  std::vector<std::string> must_resign() const;
};

// Compares two versions of one protocol, each resolved against its own register.
ProtocolDiff diff_protocol(const model::Register& old_register, const model::Protocol& old_protocol,
                           const model::Register& new_register, const model::Protocol& new_protocol);

// Pairs the protocols of OLD and NEW by id and compares each pair; a protocol on one side only
// is added or removed. Only protocols with changes are returned, sorted by id.
std::vector<ProtocolDiff> diff_registers(const std::vector<model::Register>& old_registers,
                                         const std::vector<model::Register>& new_registers);

// The report for a terminal: one line a change with its path, file:line on both sides and kind;
// ANSI colour when `colour`. "no changes\n" when `diffs` is empty.
std::string format_text(const std::vector<ProtocolDiff>& diffs, bool colour);

// One change as a line of the terminal report, without colour or indent: path, kind, detail,
// class and both places.
std::string format_change_line(const Change& change);

// The report for a board paper: per protocol, the version bump, who must re-sign, and a table of
// changes. "No changes.\n" when `diffs` is empty.
std::string format_markdown(const std::vector<ProtocolDiff>& diffs);

// The report as JSON, stable and documented in docs/diff.md.
std::string format_json(const std::vector<ProtocolDiff>& diffs);

// A version-history entry for NEW (YAML, ready to paste under `history:`): the next version,
// `date_iso`, and a summary of the changes. "" when there is no next version.
std::string history_entry(const ProtocolDiff& diff, const std::string& date_iso);

}  // namespace ispgen::diff
