#pragma once

namespace ispgen::pdf {

// Lambdas as one visitor, for an exhaustive std::visit over the document's block kinds.
template <class... Visitors>
struct Overloaded : Visitors... {
  using Visitors::operator()...;
};

}  // namespace ispgen::pdf
