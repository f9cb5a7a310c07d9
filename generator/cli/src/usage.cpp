#include "usage.hpp"

#include <algorithm>
#include <iostream>

#include "ispgen/suggest.hpp"

namespace ispgen::cli {

int usage_error(const std::string& message, std::string_view command) {
  print_error(message);
  std::cerr << "run 'ispgen " << (command.empty() ? "" : std::string(command) + " ") << "--help' for usage\n";
  return exit_trouble;
}

std::string ParsedArgs::value(std::string_view name) const {
  std::string out;
  for (const auto& [key, v] : options)
    if (key == name) out = v;
  return out;
}

bool ParsedArgs::has(std::string_view name) const {
  for (const auto& option : options)
    if (option.first == name) return true;
  return false;
}

ParsedArgs parse_args(const std::vector<std::string>& args, const std::vector<Option>& known, std::string_view command) {
  ParsedArgs out;
  bool operands_only = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (operands_only || arg == "-" || !arg.starts_with('-')) {
      out.operands.push_back(arg);
      continue;
    }
    if (arg == "--") {
      operands_only = true;
      continue;
    }
    if (arg == "--help" || arg == "-h") {
      out.help = true;
      continue;
    }
    const std::size_t eq = arg.find('=');
    const std::string name = arg.substr(0, eq);
    const Option* option = nullptr;
    for (const Option& o : known)
      if (o.name == name) option = &o;
    if (!option) {
      std::vector<std::string_view> names{"--help"};
      for (const Option& o : known) names.push_back(o.name);
      usage_error("unknown option '" + name + "'" + did_you_mean(name, names), command);
      out.ok = false;
      return out;
    }
    if (!option->takes_value) {
      out.options.emplace_back(name, "");
      continue;
    }
    if (eq != std::string::npos) {
      out.options.emplace_back(name, arg.substr(eq + 1));
    } else if (i + 1 < args.size()) {
      out.options.emplace_back(name, args[++i]);
    } else {
      usage_error("option '" + name + "' needs a value", command);
      out.ok = false;
      return out;
    }
  }
  return out;
}

std::string one_of(const std::vector<std::string_view>& words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i)
    out += std::string(i == 0 ? "" : i + 1 == words.size() ? " or " : ", ") + std::string(words[i]);
  return out;
}

void print_error(const std::string& message) {
  model::Diagnostics one;
  one.error({}, "", message);
  print_diagnostics(one);
}

std::size_t print_diagnostics(const model::Diagnostics& diagnostics) {
  std::size_t errors = 0;
  for (const model::Diagnostic& d : diagnostics.sorted()) {
    std::cerr << model::format(d) << '\n';
    errors += d.severity == model::Severity::error;
  }
  return errors;
}

std::optional<std::set<std::string>> parse_list(const std::string& list, const std::vector<std::string_view>& known,
                                                std::string_view what, std::string_view hint, std::string_view command) {
  std::set<std::string> items;
  for (std::size_t start = 0; start <= list.size();) {
    const std::size_t end = std::min(list.find(',', start), list.size());
    const std::string item = list.substr(start, end - start);
    if (std::find(known.begin(), known.end(), item) == known.end()) {
      usage_error("unknown " + std::string(what) + " '" + item + "'" + did_you_mean(item, known) + ": " + std::string(hint),
                  command);
      return std::nullopt;
    }
    items.insert(item);
    start = end + 1;
  }
  return items;
}

}  // namespace ispgen::cli
