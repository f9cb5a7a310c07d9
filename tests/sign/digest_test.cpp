// SHA-256 and the template set's identity, against values computed outside ispgen (sha256sum).
#include <catch2/catch.hpp>

#include "ispgen/sign.hpp"

using namespace ispgen;

TEST_CASE("SHA-256 is the standard one, in lowercase hex") {
  // printf 'abc' | sha256sum; printf '' | sha256sum
  CHECK(sign::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sign::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("the short digest is the first 12 characters") {
  CHECK(sign::short_digest("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad") == "ba7816bf8f01");
}

TEST_CASE("a template set's identity is the documented hash of its files by path") {
  const auto files = sign::template_set_files({{"a.md", "x"}}, {{"forms/b.yaml", "yz"}});
  CHECK(files == std::map<std::string, std::string>{{"a.md", "x"}, {"forms/b.yaml", "yz"}});
  // printf 'ispgen-templates-v1\n[2\ns4:a.mds1:x\ns12:forms/b.yamls2:yz\n]\n' | sha256sum
  CHECK(sign::template_set_identity(files) == "7073a33b7c329303ebf9e6f643589d1d9b389d374e4a01ffd50ca6641c870a46");
}

TEST_CASE("a template set's identity changes with any file's path or content") {
  const std::map<std::string, std::string> base{{"document.md", "# {{title}}"}, {"sections/purpose.md", "{{purpose}}"}};
  const std::string identity = sign::template_set_identity(base);
  auto changed = [&](auto edit) {
    auto files = base;
    edit(files);
    return sign::template_set_identity(files) != identity;
  };
  CHECK(changed([](auto& f) { f["document.md"] += " "; }));
  CHECK(changed([](auto& f) { f["partials/new.md"] = ""; }));
  CHECK(changed([](auto& f) { f.erase("sections/purpose.md"); }));
  CHECK(changed([](auto& f) {
    f["sections/purpose.mdx"] = f["sections/purpose.md"];
    f.erase("sections/purpose.md");
  }));
  // Text cannot move between a path and its content unnoticed.
  CHECK(sign::template_set_identity({{"ab", "c"}}) != sign::template_set_identity({{"a", "bc"}}));
}
