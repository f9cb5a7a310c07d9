#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ispgen/diff.hpp"

// The rule table: whether a change is material or editorial, why, and whom it affects.
namespace ispgen::diff {

// Whom a change affects, by the part of the protocol it is in.
enum class Scope {
  all,              // every partner of the protocol
  partner,          // the partner it is in (second segment of the path)
  stage,            // the providers and recipients of the stage (second segment)
  meeting,          // the attendees and chair of the meeting (second segment)
  gateway,          // the partners whose kind may rely on the gateway (second segment)
  data_item,        // the parties of the stages that share the data item (second segment)
  lawful_basis,     // the parties of the stages that rely on the basis (second segment)
  form,             // the parties of the stages that use the form (second segment)
  level,            // the attendees of meetings held at the marking level (third segment)
  transfer_method,  // the parties of the stages that use the method (third segment)
};

// One row of the table: a path pattern ('.'-separated segments, '*' for any one segment) and
// what a change at or below a path it matches is.
struct Rule {
  std::string_view pattern;
  ChangeClass change_class;
  std::string_view reason;
  Scope scope;
};

// A path segment without the "#n" that tells repeated keys apart ("records#2" -> "records").
std::string_view base_key(std::string_view segment);

// Every rule, in the order docs/diff.md lists them.
std::span<const Rule> rules();

// How a change of `kind` at `segments` is classed: the rule with the longest pattern matching
// the path (a "#n" that tells repeated keys apart is ignored), with reordered and renamed
// changes editorial whatever the path.
struct Classification {
  ChangeClass change_class = ChangeClass::material;
  std::string reason;
  Scope scope = Scope::all;
};
Classification classify(const std::vector<std::string>& segments, ChangeKind kind);

}  // namespace ispgen::diff
