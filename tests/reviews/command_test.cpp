// `ispgen reviews` run as a user would: on the example registers, and on registers made to be
// due, overdue or broken.
#include <stdlib.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "calendar.hpp"
#include "fixtures.hpp"
#include "process.hpp"

namespace fs = std::filesystem;

namespace {

ispgen::test::ProcessResult ispgen_reviews(std::vector<std::string> args) {
  args.insert(args.begin(), {ISPGEN_EXECUTABLE, "reviews"});
  auto result = ispgen::test::run_process(args, ISPGEN_SOURCE_DIR, 20.0);
  REQUIRE_FALSE(result.timed_out);
  return result;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::set<std::string> uids(const ispgen::test::ParsedCalendar& calendar) {
  std::set<std::string> out;
  for (const auto& task : calendar.tasks) out.insert(task.uid);
  return out;
}

// The demo register in a temporary folder: annual reviews from 2024-01-15, first due 2025-01-15.
struct DemoRegister {
  ispgen::test::TempFolder dir;
  DemoRegister() {
    dir.write("partners.yaml", ispgen::test::partners_yaml);
    dir.write("gateways.yaml", ispgen::test::gateways_yaml);
    dir.write("demo.yaml", ispgen::test::protocol_yaml);
  }
  std::string path() const { return dir.path().string(); }
};

// Sets an environment variable for the commands run while it lives.
struct ScopedEnvironment {
  const char* name;
  ScopedEnvironment(const char* name_, const char* value) : name(name_) { setenv(name, value, 1); }
  ~ScopedEnvironment() { unsetenv(name); }
};

}  // namespace

TEST_CASE("the three example registers, on a fixed day") {
  ispgen::test::TempFolder out;
  const std::string ics = (out.path() / "reviews.ics").string();
  const auto r = ispgen_reviews({"protocols/stockport", "protocols/cwm-taf", "protocols/warwickshire", "--today", "2026-11-23", "--ics", ics});
  INFO(r.err);
  CHECK(r.exit_status == 0);
  CHECK(r.err.empty());
  CHECK(r.out ==
        "protocol                       last reviewed  next due    days left  status   lead\n"
        "stockport-overarching          never          2022-05         -1637  overdue  -\n"
        "cwm-taf-prevent-channel        never          2018-05-31      -3098  overdue  Merthyr Tydfil County Borough Council\n"
        "warwickshire-community-safety  never          2015-12-18      -3993  overdue  -\n"
        "3 protocols: 3 overdue, 0 due within 90 days, 0 ok\n"
        "wrote " + ics + ": 3 reviews\n");
  const auto calendar = ispgen::test::parse_calendar(read_file(ics));
  REQUIRE(calendar.parsed);
  CHECK(calendar.errors == 0);
  REQUIRE(calendar.tasks.size() == 3);
  CHECK(uids(calendar) == std::set<std::string>{"review-stockport-overarching@stockport.ispgen",
                                                "review-cwm-taf-prevent-channel@cwm-taf.ispgen",
                                                "review-warwickshire-community-safety@warwickshire.ispgen"});
  for (const auto& task : calendar.tasks) {
    CHECK(task.has_alarm);
    CHECK(task.due.is_date == 1);
  }
  CHECK(calendar.tasks[1].summary ==
        "Review of Cwm Taf Prevent and Channel Information Sharing Protocol, led by Merthyr Tydfil County Borough Council");
  CHECK(ispgen_reviews({"protocols/", "--today", "2026-11-23", "--fail-on", "overdue"}).exit_status == 1);
}

TEST_CASE("re-exporting keeps every UID, whatever the day and however the register is named") {
  ispgen::test::TempFolder out;
  const std::string ics = (out.path() / "reviews.ics").string();
  REQUIRE(ispgen_reviews({"--today", "2026-11-23", "--ics", ics, "protocols"}).exit_status == 0);
  const std::string first = read_file(ics);
  REQUIRE(ispgen_reviews({"--today", "2027-06-01", "--ics", ics, "./protocols/cwm-taf/", "protocols/stockport/stockport-overarching.yaml",
                          (fs::path(ISPGEN_SOURCE_DIR) / "protocols/warwickshire").string()})
              .exit_status == 0);
  const std::string second = read_file(ics);
  CHECK(uids(ispgen::test::parse_calendar(first)) == uids(ispgen::test::parse_calendar(second)));
  CHECK(first.find("DTSTAMP:20261123T000000Z\r\n") != std::string::npos);
  CHECK(second.find("DTSTAMP:20270601T000000Z\r\n") != std::string::npos);
  CHECK(std::distance(fs::directory_iterator(out.path()), fs::directory_iterator()) == 1);

  REQUIRE(ispgen_reviews({"--today", "2027-06-01", "--ics", ics, "protocols"}).exit_status == 0);
  const std::string again = read_file(ics);
  REQUIRE(ispgen_reviews({"--today", "2027-06-01", "--ics", ics, "protocols"}).exit_status == 0);
  CHECK(read_file(ics) == again);
}

TEST_CASE("--fail-on overdue and --fail-on due") {
  DemoRegister demo;
  const auto status = [&](const char* today, std::vector<std::string> options) {
    options.insert(options.end(), {"--today", today, demo.path()});
    return ispgen_reviews(options).exit_status;
  };
  // Due on 2025-01-15: ok on 2024-06-01, due on 2024-12-01, overdue on 2025-01-16.
  CHECK(status("2024-12-01", {}) == 0);
  CHECK(status("2024-12-01", {"--fail-on", "overdue"}) == 0);
  CHECK(status("2024-12-01", {"--fail-on", "due"}) == 1);
  CHECK(status("2024-06-01", {"--fail-on", "due"}) == 0);
  CHECK(status("2025-01-15", {"--fail-on=overdue"}) == 0);
  CHECK(status("2025-01-16", {"--fail-on=overdue"}) == 1);
  CHECK(status("2025-01-16", {"--fail-on", "due"}) == 1);
  CHECK(status("2025-01-16", {}) == 0);

  ispgen::test::TempFolder out;
  const std::string ics = (out.path() / "reviews.ics").string();
  CHECK(status("2025-01-16", {"--fail-on", "overdue", "--ics", ics}) == 1);
  CHECK(ispgen::test::parse_calendar(read_file(ics)).tasks.size() == 1);
}

TEST_CASE("SOURCE_DATE_EPOCH stamps the calendar with its date, and must be a number") {
  DemoRegister demo;
  ispgen::test::TempFolder out;
  const std::string ics = (out.path() / "reviews.ics").string();
  {
    ScopedEnvironment epoch("SOURCE_DATE_EPOCH", "1767268799");  // 2026-01-01 11:59:59 UTC
    REQUIRE(ispgen_reviews({"--today", "2024-06-01", "--ics", ics, demo.path()}).exit_status == 0);
    CHECK(read_file(ics).find("DTSTAMP:20260101T000000Z\r\n") != std::string::npos);
  }
  {
    ScopedEnvironment epoch("SOURCE_DATE_EPOCH", "soon");
    const auto r = ispgen_reviews({"--today", "2024-06-01", "--ics", ics, demo.path()});
    CHECK(r.exit_status == 2);
    CHECK(r.err == "ispgen: error: SOURCE_DATE_EPOCH must be a number of seconds, not 'soon'\n"
                   "run 'ispgen reviews --help' for usage\n");
  }
}

TEST_CASE("a protocol with an error: nothing listed, and the calendar is left as it was") {
  DemoRegister demo;
  demo.dir.write("demo.yaml", ispgen::test::replace(ispgen::test::protocol_yaml, "title:", "titel:"));
  ispgen::test::TempFolder out;
  const fs::path ics = out.path() / "reviews.ics";
  std::ofstream(ics) << "an earlier calendar\n";
  const auto r = ispgen_reviews({"--today", "2024-06-01", "--ics", ics.string(), demo.path()});
  CHECK(r.exit_status == 1);
  CHECK(r.out.empty());
  CHECK(r.err.find("unknown key 'titel' in protocol") != std::string::npos);
  CHECK(r.err.find("ispgen: reviews not listed and " + ics.string() + " not written: 1 error\n") != std::string::npos);
  CHECK(read_file(ics) == "an earlier calendar\n");
  CHECK(std::distance(fs::directory_iterator(out.path()), fs::directory_iterator()) == 1);
}

TEST_CASE("reviews --help") {
  const auto r = ispgen_reviews({"--help"});
  CHECK(r.exit_status == 0);
  CHECK(r.out.rfind("usage: ispgen reviews ", 0) == 0);
}
