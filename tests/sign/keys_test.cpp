// Secret keys: derivation checked against RFC 8032, the key file's format, mode 0600, no overwriting.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "fixtures.hpp"
#include "ispgen/sign.hpp"
#include "sign_fixture.hpp"
#include "sodium.hpp"

using namespace ispgen;

namespace {

std::string hex(const sign::PublicKey& key) { return sign::to_hex(key); }

sign::SecretKey rfc_key() {
  sign::SecretKey key;
  key.org = "SWP";
  const auto seed = sign::from_base64(test::rfc8032_seed_base64);
  std::copy(seed->begin(), seed->end(), key.seed.begin());
  return key;
}


}  // namespace

TEST_CASE("the public key is Ed25519's for the seed (RFC 8032 test 1)") {
  CHECK(hex(rfc_key().public_key()) == test::rfc8032_public_hex);
  CHECK(sign::public_line("SWP", rfc_key().public_key()) == std::string("SWP ed25519 ") + test::rfc8032_public_base64);
}

TEST_CASE("a key file holds the organisation and the seed, and reads back") {
  const std::string text = sign::format_secret_key(rfc_key());
  CHECK(text.starts_with("ispgen-secret-key-v1\n"));
  CHECK(text.find(std::string("\norg SWP\nseed ") + test::rfc8032_seed_base64 + "\n") != std::string::npos);
  model::Diagnostics d;
  const auto key = sign::parse_secret_key(text, "swp.key", d);
  REQUIRE(key);
  CHECK(d.items().empty());
  CHECK(key->org == "SWP");
  CHECK(key->seed == rfc_key().seed);
  // Written by hand from docs/signing.md.
  const auto by_hand = sign::parse_secret_key(std::string("ispgen-secret-key-v1\n# a comment\n\norg SWP\nseed ") +
                                                  test::rfc8032_seed_base64 + "\n",
                                              "swp.key", d);
  REQUIRE(by_hand);
  CHECK(by_hand->seed == rfc_key().seed);
}

TEST_CASE("a key file that is not one is refused at its line and column") {
  const std::string seed = test::rfc8032_seed_base64;
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", "k: error: not an ispgen secret key file: it is empty [key-file-syntax]"},
      {"SWP ed25519 " + seed + "\n",
       "k:1:1: error: not an ispgen secret key file: its first line must be 'ispgen-secret-key-v1' [key-file-syntax]"},
      {"ispgen-secret-key-v1\norg SWP\n", "k: error: the key file has no 'seed BASE64' line [key-file-syntax]"},
      {"ispgen-secret-key-v1\nseed " + seed + "\n", "k: error: the key file has no 'org ID' line [key-file-syntax]"},
      {"ispgen-secret-key-v1\norg SWP\nseed " + seed + "x\n", "k:3:6: error: the seed is not base64 of 32 bytes [key-file-syntax]"},
      {"ispgen-secret-key-v1\norg SWP\nseed " + seed.substr(0, 40) + "\n",
       "k:3:6: error: the seed is not base64 of 32 bytes [key-file-syntax]"},
      {"ispgen-secret-key-v1\norg SWP\norg CTHB\nseed " + seed + "\n", "k:3:1: error: 'org' is given twice [key-file-syntax]"},
      {"ispgen-secret-key-v1\norg S W P\nseed " + seed + "\n", "k:2:1: error: expected 'org ID' [key-file-syntax]"},
      {"ispgen-secret-key-v1\norg SWP\nkey SWP\nseed " + seed + "\n",
       "k:3:1: error: expected 'org ID' or 'seed BASE64' in a secret key file [key-file-syntax]"},
      {"ispgen-secret-key-v1\norg S/WP\nseed " + seed + "\n", "k:2:5: error: 'S/WP' is not an organisation id [key-file-syntax]"},
  };
  for (const auto& [text, expected] : cases) {
    INFO(text);
    model::Diagnostics d;
    CHECK_FALSE(sign::parse_secret_key(text, "k", d));
    CHECK(test::printed(d) == std::vector<std::string>{expected});
  }
}

TEST_CASE("a new key file is readable by its owner only, and never replaces a file") {
  test::TempFolder dir;
  const std::string path = (dir.path() / "swp.key").string();
  const sign::SecretKey key = sign::generate_key("SWP");
  REQUIRE_FALSE(sign::write_new_key_file(path, key));
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0600);
  model::Diagnostics d;
  std::ifstream in(path);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto back = sign::parse_secret_key(text, path, d);
  REQUIRE(back);
  CHECK(back->seed == key.seed);

  // A second key to the same path is refused, and the first stays as it was.
  CHECK(sign::write_new_key_file(path, sign::generate_key("SWP")) == std::errc::file_exists);
  std::ifstream again(path);
  CHECK(std::string((std::istreambuf_iterator<char>(again)), std::istreambuf_iterator<char>()) == text);
  // Nor is a key written through a symbolic link to another file.
  dir.write("target", "precious\n");
  std::filesystem::create_symlink(dir.path() / "target", dir.path() / "link.key");
  CHECK(sign::write_new_key_file((dir.path() / "link.key").string(), key));
  std::ifstream target(dir.path() / "target");
  CHECK(std::string((std::istreambuf_iterator<char>(target)), std::istreambuf_iterator<char>()) == "precious\n");
  // A folder that does not exist is an error, not a crash.
  CHECK(sign::write_new_key_file((dir.path() / "no" / "such.key").string(), key) == std::errc::no_such_file_or_directory);
}

TEST_CASE("new keys are random") {
  CHECK(sign::generate_key("SWP").seed != sign::generate_key("SWP").seed);
}

TEST_CASE("organisation ids are partner ids") {
  CHECK(sign::is_org_id("SWP"));
  CHECK(sign::is_org_id("cwm-taf.health_board2"));
  CHECK_FALSE(sign::is_org_id(""));
  CHECK_FALSE(sign::is_org_id("-SWP"));
  CHECK_FALSE(sign::is_org_id("S WP"));
  CHECK_FALSE(sign::is_org_id("SWP\n"));
  CHECK_FALSE(sign::is_org_id(std::string(65, 'A')));
}

TEST_CASE("base64 is read strictly: one spelling per byte string") {
  CHECK(sign::from_base64("AAAA") == std::vector<unsigned char>{0, 0, 0});
  CHECK(sign::from_base64("AA==") == std::vector<unsigned char>{0});
  CHECK_FALSE(sign::from_base64("AA"));                   // padding is required
  CHECK_FALSE(sign::from_base64("AAAA="));                // a stray character
  CHECK_FALSE(sign::from_base64("AAAAx"));                // trailing garbage
  CHECK_FALSE(sign::from_base64("AA AA"));                // a space
  CHECK_FALSE(sign::from_base64("AB=="));                 // padding bits that are not zero
  CHECK_FALSE(sign::from_base64("-_=="));                 // the URL-safe alphabet
  CHECK_FALSE(sign::from_base64("AAAA\n"));
}
