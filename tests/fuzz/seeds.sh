#!/usr/bin/env bash
# Makes the seed inputs of the fuzz harnesses under OUT/<harness>/ from the example protocols
# (protocols/), the bad-input cases (tests/bad) and the form definitions (forms/), in the format
# of fuzz_input.hpp: "#file NAME" lines start the files of one register. Run from the repository
# root: tests/fuzz/seeds.sh OUT. Nothing it makes is committed.
set -euo pipefail
out=$1
rm -rf "$out"
mkdir -p "$out"/{load,build,diff,sign}

# register FILE...: the files as one input, each after its "#file NAME" line.
register() {
  local file
  for file in "$@"; do
    printf '#file %s\n' "$(basename "$file")"
    cat "$file"
  done
}

# The example registers, whole.
for dir in protocols/*/; do
  name=$(basename "$dir")
  register "$dir"*.yaml >"$out/load/$name"
  cp "$out/load/$name" "$out/build/$name"
  { cat "$out/load/$name"; echo '#version new'; cat "$out/load/$name"; } >"$out/diff/$name-same"
done

# Each single-file bad case in the register of tests/bad; each folder case as its register.
bad=tests/bad
for f in "$bad"/*.yaml; do
  case $(basename "$f") in partners.yaml | gateways.yaml) continue ;; esac
  name=$(basename "$f" .yaml)
  register "$bad/partners.yaml" "$bad/gateways.yaml" "$f" >"$out/load/bad-$name"
  # The diff compares valid.yaml with the case as a new version of it (same file, same id).
  { register "$bad/partners.yaml" "$bad/gateways.yaml" "$bad/valid.yaml"
    echo '#version new'
    register "$bad/partners.yaml" "$bad/gateways.yaml"
    echo '#file valid.yaml'
    sed 's/^id: .*/id: valid/' "$f"; } >"$out/diff/bad-$name"
done
cp "$out/load/bad-valid" "$out/build/bad-valid"
for dir in "$bad"/*/; do
  name=$(basename "$dir")
  files=("$dir"*.yaml)
  [ -e "${files[0]}" ] && register "${files[@]}" >"$out/load/bad-dir-$name"
done

# The form definitions, each with the valid register ("form-" names them for load_fuzz).
for f in forms/*.yaml; do
  { register "$bad/partners.yaml" "$bad/gateways.yaml" "$bad/valid.yaml"
    printf '#file form-%s\n' "$(basename "$f")"
    cat "$f"; } >"$out/load/form-$(basename "$f" .yaml)"
done

# Sign-off: each fixture ledger with the fixtures' signing-keys and a secret key file.
so=$bad/signoff
for ledger in "$so"/*.signoff; do
  register "$so/signing-keys" "$ledger" "$so/swp.key" >"$out/sign/$(basename "$ledger" .signoff)"
done
register "$bad/verify-signing-keys-syntax/signing-keys" "$so/cthb.key" >"$out/sign/signing-keys-syntax"
