// Folders, files and what counts as unreadable.
#include <catch2/catch.hpp>

#include "fixtures.hpp"

using namespace ispgen;
using test::count_code;
using test::find_code;
using test::TempFolder;

TEST_CASE("a folder of YAML is a register; its subfolders are registers too") {
  TempFolder dir;
  dir.write("a/partners.yaml", test::partners_yaml);
  dir.write("a/gateways.yaml", test::gateways_yaml);
  dir.write("a/demo.yaml", test::protocol_yaml);
  dir.write("a/README.md", "not YAML, ignored");
  dir.write("a/.hidden/x.yaml", "ignored: true");
  dir.write("b/sub/partners.yaml", test::partners_yaml);
  dir.write("b/sub/other.yaml", test::replace(test::protocol_yaml, "id: demo", "id: other"));
  const auto r = load::load_paths({dir.path().string()});
  INFO(test::dump(r.diagnostics));
  CHECK_FALSE(r.unreadable);
  CHECK(r.diagnostics.items().empty());
  REQUIRE(r.registers.size() == 2);
  CHECK(r.registers[0].partners.size() == 3);
  CHECK(r.registers[0].gateways.size() == 2);
  REQUIRE(r.registers[0].protocols.size() == 1);
  CHECK(r.registers[0].partners_file.ends_with("a/partners.yaml"));
  CHECK(r.registers[1].protocols.at(0).id == "other");
  CHECK(r.registers[1].gateways_file.empty());
}

TEST_CASE("a file is loaded with its folder's directory, library and parents, not its siblings") {
  TempFolder dir;
  dir.write("partners.yaml", test::partners_yaml);
  dir.write("gateways.yaml", test::gateways_yaml);
  dir.write("demo.yaml", test::replace(test::protocol_yaml, "title: Demo protocol", "title: Demo\nparent: top"));
  dir.write("top.yaml", test::replace(test::protocol_yaml, "id: demo", "id: top"));
  dir.write("sibling.yaml", "id: sibling\nbroken: [\n");
  const auto r = load::load_paths({(dir.path() / "demo.yaml").string()});
  INFO(test::dump(r.diagnostics));
  CHECK(r.diagnostics.items().empty());
  REQUIRE(r.registers.size() == 1);
  REQUIRE(r.registers[0].protocols.size() == 2);
  CHECK(r.registers[0].protocols[1].id == "top");
  CHECK(r.registers[0].partners.size() == 3);
}

TEST_CASE("a folder and a file in it are loaded once") {
  TempFolder dir;
  dir.write("partners.yaml", test::partners_yaml);
  dir.write("demo.yaml", test::protocol_yaml);
  const auto r = load::load_paths({(dir.path() / "demo.yaml").string(), dir.path().string()});
  REQUIRE(r.registers.size() == 1);
  CHECK(r.registers[0].protocols.size() == 1);
}

TEST_CASE("a folder named twice, or inside another folder named, is loaded once and is no error") {
  TempFolder dir;
  dir.write("a/partners.yaml", test::partners_yaml);
  dir.write("a/demo.yaml", test::protocol_yaml);
  const std::string top = dir.path().string(), inner = (dir.path() / "a").string();
  for (const std::vector<std::string>& paths : {std::vector<std::string>{top, inner}, {inner, top}, {inner, inner}}) {
    const auto r = load::load_paths(paths);
    INFO(paths[0] << " then " << paths[1] << ": " << test::dump(r.diagnostics));
    CHECK_FALSE(r.unreadable);
    CHECK(r.diagnostics.items().empty());
    REQUIRE(r.registers.size() == 1);
    CHECK(r.registers[0].protocols.size() == 1);
  }
}

TEST_CASE("paths that cannot be read make the run unreadable") {
  TempFolder dir;
  std::filesystem::create_directory(dir.path() / "empty");
  std::filesystem::create_symlink(dir.path() / "missing.yaml", dir.path() / "dangling.yaml");
  dir.write("big.yaml", std::string(2 << 20, 'a'));

  auto check_unreadable = [&](const std::string& path, const std::string& code, const std::string& message) {
    const auto r = load::load_paths({path});
    CHECK(r.unreadable);
    const auto d = find_code(r.diagnostics, code);
    CHECK(d.message == message);
    CHECK(d.at.file == std::filesystem::path(path).lexically_normal().generic_string());
  };
  check_unreadable((dir.path() / "nope.yaml").string(), "unreadable", "no such file or folder");
  check_unreadable((dir.path() / "dangling.yaml").string(), "unreadable",
                   "cannot read file: symbolic link to a missing file");
  check_unreadable((dir.path() / "empty").string(), "no-input", "no YAML files found in this folder");
  check_unreadable((dir.path() / "big.yaml").string(), "file-too-large", "file is larger than the 1024 KiB limit");
  check_unreadable("/dev/null", "unreadable", "cannot read file: not a regular file");
}

TEST_CASE("a dangling symlink inside a register folder is reported, not skipped") {
  TempFolder dir;
  dir.write("demo.yaml", test::protocol_yaml);
  std::filesystem::create_symlink(dir.path() / "gone.yaml", dir.path() / "link.yaml");
  const auto r = load::load_paths({dir.path().string()});
  CHECK(r.unreadable);
  CHECK(count_code(r.diagnostics, "unreadable") == 1);
}

TEST_CASE("file names must be usable as protocol ids") {
  TempFolder dir;
  dir.write("my protocol.yaml", test::protocol_yaml);
  const auto r = load::load_paths({dir.path().string()});
  CHECK(find_code(r.diagnostics, "invalid-id").message.starts_with("file name 'my protocol'"));
}

TEST_CASE("paths are shown as given, never made absolute") {
  const auto r = load::load_paths({"no/such/./dir/../file.yaml"});
  CHECK(find_code(r.diagnostics, "unreadable").at.file == "no/such/file.yaml");
}

TEST_CASE("a register given as text loads as the same folder on disk would") {
  TempFolder dir;
  dir.write("partners.yaml", test::partners_yaml);
  dir.write("gateways.yaml", test::gateways_yaml);
  dir.write("demo.yaml", test::protocol_yaml);
  const auto from_disk = load::load_paths({dir.path().string()});
  const auto from_text = load::load_register_texts(
      dir.path().string(), {{"demo.yaml", test::protocol_yaml}, {"gateways.yaml", test::gateways_yaml},
                            {"partners.yaml", test::partners_yaml}, {"notes.txt", "ignored"}, {"demo.yaml", "ignored: twice"}});
  CHECK(test::dump(from_text.diagnostics) == test::dump(from_disk.diagnostics));
  REQUIRE(from_text.registers.size() == 1);
  CHECK(from_text.registers[0].partners.size() == 3);
  CHECK(from_text.registers[0].gateways.size() == 2);
  REQUIRE(from_text.registers[0].protocols.size() == 1);
  CHECK(from_text.registers[0].protocols[0].at.file == from_disk.registers[0].protocols[0].at.file);
}

TEST_CASE("text given for a register is checked as a file's bytes are") {
  const auto r = load::load_register_texts("reg", {{"demo.yaml", std::string("id: demo\0", 9)}});
  CHECK(r.unreadable);
  CHECK(count_code(r.diagnostics, "binary-file") == 1);
}

TEST_CASE("the files of one run share a budget of nodes: past it, nothing more is read") {
  TempFolder dir;
  dir.write("partners.yaml", test::partners_yaml);
  std::string list = "[";
  for (int i = 0; i < 400; ++i) list += "a, ";
  list += "a]";
  for (const std::string id : {"p1", "p2", "p3"})
    dir.write(id + ".yaml", test::replace(test::protocol_yaml, "id: demo", "id: " + id) + "informing: " + list + "\n");
  load::Limits limits;
  limits.max_run_nodes = 1'000;
  const auto r = load::load_paths({dir.path().string()}, limits);
  REQUIRE(count_code(r.diagnostics, "run-too-large") == 1);
  const auto d = find_code(r.diagnostics, "run-too-large");
  CHECK(d.at.file.str().ends_with("p2.yaml"));
  CHECK(d.at.line > 0);
  CHECK(d.message == "the files loaded in this run hold more than 1000 YAML nodes");
  CHECK(r.unreadable);  // exit status 2, as for the other limits of a run
  REQUIRE(r.registers.size() == 1);
  CHECK(r.registers[0].protocols.size() == 1);
}
