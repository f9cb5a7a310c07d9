#pragma once

// Lambdas as one visitor, for an exhaustive std::visit over the document tree's block kinds.
namespace ispgen::document {

template <class... Visitors>
struct Overloaded : Visitors... {
  using Visitors::operator()...;
};

// For compilers without class template argument deduction for aggregates (clang before 17).
template <class... Visitors>
Overloaded(Visitors...) -> Overloaded<Visitors...>;

}  // namespace ispgen::document
