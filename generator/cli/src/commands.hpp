#pragma once
#include <string>
#include <vector>

namespace ispgen::cli {

// `ispgen check PATH...`: prints every problem in the protocols and returns the exit status.
int run_check(const std::vector<std::string>& args);

// `ispgen build -o DIR PATH...`: writes every protocol's documents, or nothing; returns the exit status.
int run_build(const std::vector<std::string>& args);

// `ispgen forms -o DIR PATH...`: writes every protocol's forms, or nothing; returns the exit status.
int run_forms(const std::vector<std::string>& args);

// `ispgen diff OLD NEW`: prints the changes between two versions; 0 none, 1 changes, 2 trouble.
int run_diff(const std::vector<std::string>& args);

// `ispgen reviews PATH...`: prints when each protocol's review is due; writes a calendar with --ics.
int run_reviews(const std::vector<std::string>& args);

// `ispgen digest PATH...`: prints each protocol's digest, id and version.
int run_digest(const std::vector<std::string>& args);

// `ispgen keygen --org ID --out KEYFILE`: writes a secret key (mode 0600) and prints its public line.
int run_keygen(const std::vector<std::string>& args);

// `ispgen sign PROTOCOL --org ID --key KEYFILE ...`: appends a signed record to the protocol's ledger.
int run_sign(const std::vector<std::string>& args);

// `ispgen verify PATH...`: each partner's sign-off of each protocol; 1 on any invalid signature.
int run_verify(const std::vector<std::string>& args);

}  // namespace ispgen::cli
