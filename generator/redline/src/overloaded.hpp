#pragma once

namespace ispgen::redline {

// One visitor from several lambdas, for std::visit over a block's kinds.
template <class... Lambdas>
struct Overloaded : Lambdas... {
  using Lambdas::operator()...;
};
template <class... Lambdas>
Overloaded(Lambdas...) -> Overloaded<Lambdas...>;

}  // namespace ispgen::redline
