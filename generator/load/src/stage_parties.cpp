#include "stage_parties.hpp"

#include "ispgen/model/resolve.hpp"

namespace ispgen::load {

void bound_stage_parties(const std::vector<model::Register>& registers, const Limits& limits,
                         model::Diagnostics& diags) {
  std::size_t count = 0;
  for (const model::Register& reg : registers)
    for (const model::Protocol& written : reg.protocols) {
      if (written.stages.empty()) continue;
      const std::size_t partners = model::resolve(reg, written).partners.size();
      for (const model::Stage& stage : written.stages)
        for (const model::Parties* side : {&stage.providers, &stage.recipients}) {
          if (!side->all) continue;
          count += partners;
          if (count <= limits.max_stage_parties) continue;
          diags.error(side->at, "too-many-parties",
                      "'all' at stage '" + stage.id + "' makes the stages loaded name more than " +
                          std::to_string(limits.max_stage_parties) + " partners in all");
          return;
        }
    }
}

}  // namespace ispgen::load
