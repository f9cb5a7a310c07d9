#pragma once
#include <string_view>

#include "ispgen/model/protocol.hpp"

namespace ispgen::model {

// Whether `p` was asked for, rather than loaded only as the parent of a protocol that was.
bool requested(const Register& reg, const Protocol& p);

// The protocol with the id `id` in the register, or nullptr.
const Protocol* find_protocol(const Register& reg, std::string_view id);

// The protocol as it applies: partners completed from the directory, `gateways` filled from the
// library, and partners, gateways, lawful bases, security, glossary and checklists inherited
// from its parents. References that do not resolve are left out; check() reports them. A stage's
// `all` stays one flag: parties_of() gives the partners it stands for when they are needed.
Protocol resolve(const Register& reg, const Protocol& protocol);

// The parties on one side of a stage: those named or, for `all`, each of `partners` (the resolved
// protocol's) with no roles of its own, located where `all` was written.
std::vector<StageParty> parties_of(const Parties& parties, const std::vector<Partner>& partners);

// The chain of parents above `protocol`, nearest first, stopping at a missing parent or a cycle.
std::vector<const Protocol*> ancestors(const Register& reg, const Protocol& protocol);

}  // namespace ispgen::model
