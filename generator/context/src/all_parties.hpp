#pragma once
#include <mstch/mstch.hpp>

#include <memory>

namespace ispgen::context {

// A stage's `all` as the templates see it: `all`, `text` ("All partners") and `partners` with
// `has_partners`, the list made only when a template asks for it.
class AllParties : public mstch::object {
 public:
  // `partners`: one map per partner of the protocol, shared by every stage that says `all`.
  explicit AllParties(std::shared_ptr<const mstch::array> partners);

 private:
  mstch::node all();
  mstch::node text();
  mstch::node partners();
  mstch::node has_partners();

  std::shared_ptr<const mstch::array> partners_;
};

}  // namespace ispgen::context
