#pragma once
#include <cstddef>
#include <utility>

// How many members an aggregate has, counting a base class as one, found by trying to
// brace-initialise it from ever more values that convert to anything. The model's description
// (describe.hpp) asserts each struct's count, so a field added to the model cannot go undescribed.
namespace ispgen::model {
namespace detail {

struct AnyValue {
  template <class T>
  operator T() const;  // never defined (and not inline): only used in unevaluated contexts
};

template <class T, class... Values>
concept brace_initialisable = requires { T{std::declval<Values>()...}; };

template <class T, std::size_t... I>
constexpr bool initialisable_from(std::index_sequence<I...>) {
  return brace_initialisable<T, decltype((void)I, AnyValue{})...>;
}

}  // namespace detail

// The number of members of the aggregate T, its base class counting as one.
template <class T, std::size_t N = 0>
constexpr std::size_t field_count() {
  if constexpr (N > 64 || !detail::initialisable_from<T>(std::make_index_sequence<N + 1>{}))
    return N;
  else
    return field_count<T, N + 1>();
}

}  // namespace ispgen::model
