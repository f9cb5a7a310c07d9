#include "all_parties.hpp"

namespace ispgen::context {

AllParties::AllParties(std::shared_ptr<const mstch::array> partners) : partners_(std::move(partners)) {
  register_methods(this, {{"all", &AllParties::all},
                          {"text", &AllParties::text},
                          {"partners", &AllParties::partners},
                          {"has_partners", &AllParties::has_partners}});
}

mstch::node AllParties::all() { return true; }
mstch::node AllParties::text() { return std::string("All partners"); }
mstch::node AllParties::partners() { return *partners_; }
mstch::node AllParties::has_partners() { return !partners_->empty(); }

}  // namespace ispgen::context
