// Runs every bad input in tests/bad through the ispgen command line and compares what it prints.
//
// A case is tests/bad/NAME.expect:
//   # comment lines
//   input: NAME.yaml | NAME/ | generated | none     (default: NAME.yaml, else NAME/)
//   generate: KIND                                  (with input: generated; see generate())
//   args: check {input}                             (default: check --today 2026-06-01 {input})
//         build -o {output} ...                     ({output}: a folder a failed build must leave as it was)
//   exit: 1
//   stderr:
//   ...the exact lines ispgen prints on stderr, with {input} for the input's path...
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "process.hpp"

namespace fs = std::filesystem;

namespace {

struct Case {
  std::string name;
  std::map<std::string, std::string> fields;
  std::string expected_stderr;
};

Case read_case(const fs::path& expect_file) {
  Case c;
  c.name = expect_file.stem().string();
  std::ifstream in(expect_file);
  std::string line;
  bool in_stderr = false;
  while (std::getline(in, line)) {
    if (in_stderr) {
      c.expected_stderr += line + '\n';
    } else if (line == "stderr:") {
      in_stderr = true;
    } else if (!line.empty() && line[0] != '#') {
      const auto colon = line.find(':');
      if (colon == std::string::npos) continue;
      const auto value = line.find_first_not_of(' ', colon + 1);
      c.fields[line.substr(0, colon)] = value == std::string::npos ? "" : line.substr(value);
    }
  }
  return c;
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

void write_file(const fs::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

// Makes an input git cannot or should not hold; returns its path.
fs::path generate(const std::string& kind, const fs::path& dir) {
  fs::create_directories(dir);
  const fs::path yaml = dir / (kind + ".yaml");
  if (kind == "huge-file") {
    std::ofstream out(yaml, std::ios::binary);
    const std::string line = "key: a line of text that repeats until the file is thirty megabytes\n";
    for (std::size_t written = 0; written < 30u * 1024 * 1024; written += line.size()) out << line;
  } else if (kind == "deep-flow") {
    write_file(yaml, "id: deep-flow\nx: " + std::string(20000, '[') + std::string(20000, ']') + "\n");
  } else if (kind == "deep-flow-unclosed") {
    write_file(yaml, "id: deep-flow-unclosed\nx: " + std::string(20000, '[') + "\n");
  } else if (kind == "deep-map") {
    write_file(yaml, "id: deep-map\nx: " + replace_all(std::string(20000, '{'), "{", "{a: ") + "b" + std::string(20000, '}') + "\n");
  } else if (kind == "deep-block") {
    std::string text = "id: deep-block\nx:\n";
    for (int i = 0; i < 20000; ++i) text += "- ";
    write_file(yaml, text + "a\n");
  } else if (kind == "many-nodes") {
    std::string text = "id: many-nodes\nx: [";
    for (int i = 0; i < 250000; ++i) text += "1,";
    write_file(yaml, text + "1]\n");
  } else if (kind == "alias-text-bomb") {
    std::string text = "id: alias-text-bomb\nbig: &a \"" + std::string(800000, 'x') + "\"\nlist:\n";
    for (int i = 0; i < 9000; ++i) text += "  - *a\n";
    write_file(yaml, text);
  } else if (kind == "anchors-on-nested-lists") {
    // An anchor on each of 62 nested lists around 195,000 numbers, and no alias.
    std::string text = "id: anchors-on-nested-lists\nx:\n", indent;
    for (int level = 0; level < 61; ++level, indent += "  ") text += indent + "- &a" + std::to_string(level) + "\n";
    text += indent + "- &a61 [";
    for (int i = 0; i < 195'000; ++i) text += "1,";
    write_file(yaml, text + "1]\n");
  } else if (kind == "text-past-run-limit") {
    // 70 valid protocols, each with a comment of a million characters: 70 MB of text in one run.
    const fs::path folder = dir / kind;
    fs::remove_all(folder);
    fs::create_directories(folder);
    const fs::path cases = fs::path(ISPGEN_SOURCE_DIR) / "tests" / "bad";
    fs::copy_file(cases / "partners.yaml", folder / "partners.yaml");
    fs::copy_file(cases / "gateways.yaml", folder / "gateways.yaml");
    std::ifstream in(cases / "valid.yaml", std::ios::binary);
    const std::string valid{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const std::string comment = "# " + std::string(1'000'000, 'x') + "\n";
    for (int i = 0; i < 70; ++i) {
      const std::string id = "p" + std::string(i < 10 ? "0" : "") + std::to_string(i);
      write_file(folder / (id + ".yaml"), comment + replace_all(valid, "id: valid", "id: " + id));
    }
    return folder;
  } else if (kind == "all-partners-every-stage") {
    // 2,000 partners and 3,000 stages each provided and received by `all`: 12 million stage parties.
    const fs::path folder = dir / kind;
    fs::remove_all(folder);
    fs::create_directories(folder);
    std::string partners = "partners:\n", ids;
    for (int i = 0; i < 2000; ++i) {
      partners += "  - {id: P" + std::to_string(i) + ", name: Partner, kind: police, signatory: {name: N, role: R}}\n";
      ids += (i ? ", P" : "P") + std::to_string(i);
    }
    write_file(folder / "partners.yaml", partners);
    std::string text = "id: all\ntitle: All\nregime: uk-gdpr\nstatus: active\nversion: \"1.0\"\nmarking: OFFICIAL\n"
                       "effective: 2026-01-01\npartners: [" + ids + "]\n"
                       "lawful_bases: [{id: task, provision: uk-gdpr-article-6, condition: \"6(1)(e)\"}]\n"
                       "data_items: [{id: name, name: Name, category: identifier}]\n"
                       "consent: {model: explicit, form: consent}\nforms: [{id: consent, title: Consent, kind: consent}]\n"
                       "review: {every_months: 12, lead: P0}\nstages:\n";
    for (int i = 0; i < 3000; ++i)
      text += "  - {id: s" + std::to_string(i) + ", name: S, shares: [name], providers: all, recipients: all}\n";
    write_file(folder / "all.yaml", text);
    return folder;
  } else if (kind == "binary-file") {
    std::string bytes;
    for (int i = 0; i < 4096; ++i) bytes += static_cast<char>((i * 37 + 11) % 256);
    write_file(yaml, bytes);
  } else if (kind == "dangling-symlink") {
    fs::remove(yaml);
    fs::create_symlink("does-not-exist.yaml", yaml);
  } else if (kind == "empty-folder") {
    fs::remove_all(dir / "empty-folder");
    fs::create_directories(dir / "empty-folder");
    return dir / "empty-folder";
  } else if (kind == "fifo") {
    fs::remove(yaml);
    mkfifo(yaml.c_str(), 0600);
  } else {
    FAIL("unknown generate kind '" << kind << "'");
  }
  return yaml;
}

std::vector<std::string> split_args(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string word; in >> word;) out.push_back(word);
  return out;
}

}  // namespace

TEST_CASE("every bad input gets its expected diagnostic, quickly and without a crash") {
  const fs::path source = ISPGEN_SOURCE_DIR;
  const fs::path cases = source / "tests" / "bad";
  const fs::path generated = fs::path(ISPGEN_BINARY_DIR) / "bad-generated";
  const char* only = std::getenv("ISPGEN_BAD_ONLY");
  std::vector<fs::path> expect_files;
  for (const auto& entry : fs::directory_iterator(cases))
    if (entry.path().extension() == ".expect") expect_files.push_back(entry.path());
  std::sort(expect_files.begin(), expect_files.end());
  REQUIRE(expect_files.size() >= (only ? 1u : 60u));

  for (const fs::path& file : expect_files) {
    const Case c = read_case(file);
    if (only && c.name != only) continue;
    INFO("case tests/bad/" << c.name << ".expect");
    std::string input = c.fields.count("input") ? c.fields.at("input") : "";
    if (input.empty()) input = fs::exists(cases / (c.name + ".yaml")) ? c.name + ".yaml" : c.name + "/";
    std::string input_path;
    if (input == "generated") {
      REQUIRE(c.fields.count("generate"));
      input_path = generate(c.fields.at("generate"), generated).string();
    } else if (input != "none") {
      input_path = "tests/bad/" + input;
      REQUIRE(fs::exists(source / input_path));
    }
    const std::string args = c.fields.count("args") ? c.fields.at("args") : "check --today 2026-06-01 {input}";
    // A build case writes into {output}: a folder holding one file, which a failed build must leave alone.
    const fs::path output = fs::path(ISPGEN_BINARY_DIR) / "bad-output" / c.name;
    fs::remove_all(output);
    fs::create_directories(output);
    write_file(output / "earlier-build.txt", "from an earlier build\n");
    const auto substitute = [&](const std::string& text) {
      return replace_all(replace_all(text, "{input}", input_path), "{output}", output.string());
    };
    std::vector<std::string> argv{ISPGEN_EXECUTABLE};
    for (const std::string& word : split_args(args)) argv.push_back(substitute(word));

    const auto r = ispgen::test::run_process(argv, source.string(), 20.0);
    INFO("stderr:\n" << r.err);
    REQUIRE_FALSE(r.timed_out);
    REQUIRE(r.exit_status >= 0);  // not killed by a signal: no crash
    REQUIRE(c.fields.count("exit"));
    CHECK(r.exit_status == std::stoi(c.fields.at("exit")));
    CHECK(r.err == substitute(c.expected_stderr));
    if (r.exit_status != 0) {
      std::vector<fs::path> left;
      for (const auto& entry : fs::recursive_directory_iterator(output)) left.push_back(entry.path());
      CHECK(left == std::vector<fs::path>{output / "earlier-build.txt"});
    }
#ifndef ISPGEN_SANITIZE_BUILD
    // Limits from the issue: a second and 200 MB for any input (not measured under sanitizers). The
    // second is of processor time, which other tests running beside this one do not stretch.
    CHECK(r.cpu_seconds < 1.0);
    CHECK(r.max_rss_kb < 200 * 1024);
#endif
  }
}
