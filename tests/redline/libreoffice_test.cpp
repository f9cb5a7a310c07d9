// The DOCX redline as a signatory meets it: LibreOffice (headless) shows the inserted and the
// deleted text, and accepting or rejecting every change gives NEW's or OLD's text.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "fixtures.hpp"
#include "ispgen/docx.hpp"
#include "process.hpp"
#include "redline_fixture.hpp"

using namespace ispgen;
using Catch::Matchers::Contains;
namespace fs = std::filesystem;

namespace {

// The program `name` on the PATH, or "".
std::string find_program(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::stringstream folders(path ? path : "");
  for (std::string folder; std::getline(folders, folder, ':');)
    if (!folder.empty() && fs::exists(fs::path(folder) / name)) return (fs::path(folder) / name).string();
  return {};
}

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// A Basic module that opens a document hidden, runs one command on it and saves it as text.
const std::string review_module = R"xml(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Review(path As String, command As String, outpath As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(path), &quot;_blank&quot;, 0, load())
  dispatcher = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
  dispatcher.executeDispatch(doc.CurrentController.Frame, command, &quot;&quot;, 0, Array())
  Dim save(0) As New com.sun.star.beans.PropertyValue
  save(0).Name = &quot;FilterName&quot;
  save(0).Value = &quot;Text&quot;
  doc.storeToURL(ConvertToURL(outpath), save())
  doc.close(True)
End Sub
</script:module>
)xml";

}  // namespace

TEST_CASE("LibreOffice shows the DOCX redline's inserted and deleted text, and accepts or rejects them", "[libreoffice]") {
  const std::string soffice = find_program("soffice"), pdftotext = find_program("pdftotext");
  if (soffice.empty() || pdftotext.empty()) {
    WARN("skipped: soffice (LibreOffice) or pdftotext is not installed; .ci/deps installs both");
    return;
  }
  test::TempFolder dir;
  const document::Rendered rendered = test::docx_of(test::redline_of(test::old_text, test::new_text), test::redline_info());
  REQUIRE(rendered.error.empty());
  const fs::path docx = dir.path() / "redline.docx";
  std::ofstream(docx, std::ios::binary) << rendered.bytes;
  const std::string profile = "-env:UserInstallation=file://" + (dir.path() / "profile").string();

  // As it prints: both the inserted and the deleted words are there.
  const test::ProcessResult converted =
      test::run_process({soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", dir.path().string(), docx.string()},
                        dir.path().string(), 180);
  INFO(converted.err);
  REQUIRE(fs::exists(dir.path() / "redline.pdf"));
  const test::ProcessResult text =
      test::run_process({pdftotext, "-raw", (dir.path() / "redline.pdf").string(), "-"}, dir.path().string(), 60);
  for (const char* words : {"1. Purpose", "seven", "This section goes.", "MTCBC", "Chairs the panel", "1. Aims", "eight",
                            "& a day", "New paragraph with <b>markup</b> and a link."})
    CHECK_THAT(text.out, Contains(words));

  // Accepting every change leaves NEW's text; rejecting every change leaves OLD's.
  const fs::path module = dir.path() / "profile/user/basic/Standard/Module1.xba";
  REQUIRE(fs::exists(module));
  std::ofstream(module, std::ios::binary) << review_module;
  const auto review = [&](const std::string& command, const std::string& name) {
    const fs::path out = dir.path() / name;
    const std::string macro = "macro:///Standard.Module1.Review(\"" + docx.string() + "\",\"" + command + "\",\"" +
                              out.string() + "\")";
    const test::ProcessResult run = test::run_process({soffice, profile, "--headless", macro}, dir.path().string(), 180);
    INFO(run.err);
    REQUIRE(fs::exists(out));
    return read(out);
  };
  const std::string accepted = review(".uno:AcceptAllTrackedChanges", "accepted.txt");
  CHECK_THAT(accepted, Contains("1. Aims\nPartners keep records for eight years & a day.\n"
                                "New paragraph with <b>markup</b> and a link.\n"));
  CHECK_THAT(accepted, !Contains("seven") && !Contains("Purpose") && !Contains("Old section") && !Contains("MTCBC"));
  const std::string rejected = review(".uno:RejectAllTrackedChanges", "rejected.txt");
  CHECK_THAT(rejected, Contains("1. Purpose\nPartners keep records for seven years.\n"));
  CHECK_THAT(rejected, Contains("2. Old section\nThis section goes.\n"));
  CHECK_THAT(rejected, Contains("MTCBC\nChairs the panel"));
  CHECK_THAT(rejected, !Contains("eight") && !Contains("a day") && !Contains("New paragraph"));
}
