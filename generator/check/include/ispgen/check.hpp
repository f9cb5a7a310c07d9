#pragma once
#include "ispgen/model/date.hpp"
#include "ispgen/model/diagnostic.hpp"
#include "ispgen/model/protocol.hpp"

namespace ispgen::check {

struct Options {
  model::Date today;  // reviews due before this date are overdue
};

// Checks the register's directory, library and every protocol in it, and returns every problem:
// dangling references (with "did you mean"), duplicate ids, parent cycles, missing lawful bases
// for special category and criminal offence data, consent without a form, stages without a
// provider or recipient, partners without a signatory, dates and versions out of order, and
// reviews overdue. docs/diagnostics.md lists each code.
model::Diagnostics check_register(const model::Register& reg, const Options& options);

}  // namespace ispgen::check
