"""Sign-off through the real `ispgen` binary, as docs/signing.md tells a partnership to use it:

- `digest`: one line per protocol, the same for a copy reformatted every way YAML allows
  (flow style, keys in another order, other indentation, comments), another with other templates;
- `keygen`: the public line, a key file of mode 0600, never a file replaced;
- `sign`: records appended (the old ledger a prefix of the new), nothing written on an error or
  a bad name, no temporary file left, SOURCE_DATE_EPOCH as the default date, the untrusted-key
  warning; the ledger and signing-keys are not read as protocols;
- `verify`: valid, not signed, --require-all, an edited record (exit 1), stale with the material
  changes found in the register's git history, and stale from the version history outside git;
- twenty signs at once onto one ledger: every one that says it appended has appended;
- a ledger and signing-keys with CRLF line ends (a Windows checkout) verify, and a sign appends
  to such a ledger in its own line ends.

usage: test_sign.py ISPGEN_BINARY REPOSITORY_ROOT
"""
import os
import pathlib
import re
import shutil
import stat
import subprocess
import sys
import tempfile

import yaml

from helpers import edit, problem, problems, run


def expect(result, status, what, out=(), err=()):
    if result.returncode != status:
        problem(f"{what}: exit {result.returncode}, want {status}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}")
    for needle in out:
        if needle not in result.stdout:
            problem(f"{what}: stdout lacks {needle!r}:\n{result.stdout}")
    for needle in err:
        if needle not in result.stderr:
            problem(f"{what}: stderr lacks {needle!r}:\n{result.stderr}")


def reformat(folder, style):
    """Every YAML file of `folder` rewritten with the same content in another style."""
    for path in folder.rglob("*.yaml"):
        data = yaml.safe_load(path.read_text())
        if style == "flow":
            text = yaml.safe_dump(data, sort_keys=True, default_flow_style=True, indent=4, width=70, allow_unicode=True)
        else:  # block, top-level keys in reverse order, indented by 3, a comment before each key
            data = dict(reversed(list(data.items())))
            text = yaml.safe_dump(data, sort_keys=False, default_flow_style=False, indent=3, width=100, allow_unicode=True)
            text = re.sub(r"^(?=\S)", "# a comment ispgen must not see\n", text, flags=re.MULTILINE)
        path.write_text("# reformatted copy\n" + text)


def digests(ispgen, path, cwd, *extra):
    result = run([ispgen, "digest", *extra, str(path)], cwd)
    if result.returncode != 0:
        problem(f"digest {path}: exit {result.returncode}\n{result.stderr}")
    return result.stdout


def check_digest(ispgen, root, tmp):
    original = digests(ispgen, root / "protocols", tmp)
    lines = original.splitlines()
    if len(lines) != 3 or not all(re.fullmatch(r"[0-9a-f]{64}  [a-z0-9-]+  \S+", line) for line in lines):
        problem(f"digest of protocols/: want 3 lines 'DIGEST  id  version', got:\n{original}")
    one = digests(ispgen, root / "protocols/cwm-taf/cwm-taf-prevent-channel.yaml", tmp)
    if one not in original:
        problem(f"digest of one file {one!r} is not its line in the folder's:\n{original}")
    for style in ("flow", "block"):
        copy = tmp / f"reformatted-{style}"
        shutil.copytree(root / "protocols", copy)
        reformat(copy, style)
        if digests(ispgen, copy, tmp) != original:
            problem(f"a {style}-style copy of protocols/ has other digests:\n{digests(ispgen, copy, tmp)}\nwant\n{original}")
    house = tmp / "house"
    (house / "sections").mkdir(parents=True)
    (house / "sections" / "purpose.md").write_text("Our own words about {{title}}.\n")
    if digests(ispgen, root / "protocols", tmp, "--templates", str(house)) == original:
        problem("digest --templates with another template set gives the same digests")


def check_keygen(ispgen, tmp):
    result = run([ispgen, "keygen", "--org", "SWP", "--out", "swp.key"], tmp)
    expect(result, 0, "keygen")
    if not re.fullmatch(r"SWP ed25519 [A-Za-z0-9+/]{43}=\n", result.stdout):
        problem(f"keygen prints {result.stdout!r}, not one line 'SWP ed25519 BASE64'")
    mode = stat.S_IMODE((tmp / "swp.key").stat().st_mode)
    if mode != 0o600:
        problem(f"the key file has mode {mode:o}, not 600")
    before = (tmp / "swp.key").read_bytes()
    again = run([ispgen, "keygen", "--org", "SWP", "--out", "swp.key"], tmp)
    expect(again, 2, "keygen over an existing key", err=["[key-exists]"])
    if (tmp / "swp.key").read_bytes() != before:
        problem("keygen replaced an existing key file")
    return result.stdout.strip()


def register(root, tmp, name):
    """A copy of tests/bad's small register (partners SWP and MTCBC) as `name`/demo.yaml."""
    folder = tmp / name
    folder.mkdir()
    for f in ("partners.yaml", "gateways.yaml"):
        shutil.copy(root / "tests/bad" / f, folder / f)
    text = (root / "tests/bad/valid.yaml").read_text().replace("id: valid\n", "id: demo\n", 1)
    (folder / "demo.yaml").write_text(text)
    return folder


def sign(ispgen, cwd, folder, org, key, *extra, env=None):
    return run([ispgen, "sign", str(folder / "demo.yaml"), "--org", org, "--key", key, "--name", "Alex Jones",
                "--role", "Chief Constable", *extra], cwd, env)


def check_sign_and_verify(ispgen, root, tmp, swp_line):
    repo = tmp / "repo"
    repo.mkdir()
    folder = register(root, repo, "demo")
    run(["git", "init", "-q", "-b", "main"], repo)
    run(["git", "add", "-A"], repo)
    run(["git", "commit", "-q", "-m", "version 1.0"], repo)
    keys = tmp / "swp.key"

    # Signing with a key signing-keys does not list: signed, with a warning naming the line to add.
    result = sign(ispgen, repo, folder, "SWP", str(keys), "--date", "2026-03-01")
    expect(result, 0, "sign with an untrusted key", out=["signed demo version 1.0", "for SWP"],
           err=["[key-not-trusted]", swp_line])
    result = run([ispgen, "verify", "--today", "2026-06-01", str(folder)], repo)
    expect(result, 1, "verify with no signing-keys", out=["SWP    error", "MTCBC  not signed"],
           err=["[key-unknown]", "the register has no signing-keys file"])

    (folder / "signing-keys").write_text(f"# trusted keys\n{swp_line}\n")
    result = run([ispgen, "verify", "--today", "2026-06-01", str(folder)], repo)
    expect(result, 0, "verify after SWP signed", out=[
        "SWP    valid       version 1.0, signed 2026-03-01 by Alex Jones, Chief Constable", "MTCBC  not signed",
        "1 of 2 partners have signed version 1.0"])
    expect(run([ispgen, "verify", "--require-all", "--today", "2026-06-01", str(folder)], repo), 1,
           "verify --require-all with MTCBC unsigned")
    expect(run([ispgen, "check", "--today", "2026-06-01", str(folder)], repo), 0,
           "check of a register holding a ledger and signing-keys", out=["checked 1 protocol: 0 errors"])

    # MTCBC signs: appended, the earlier ledger unchanged before it; the date from SOURCE_DATE_EPOCH.
    mtcbc = run([ispgen, "keygen", "--org", "MTCBC", "--out", str(tmp / "mtcbc.key")], repo).stdout.strip()
    with open(folder / "signing-keys", "a") as f:
        f.write(mtcbc + " valid-from=2026-01-01\n")
    ledger = folder / "demo.signoff"
    before = ledger.read_text()
    result = sign(ispgen, repo, folder, "MTCBC", str(tmp / "mtcbc.key"), env={"SOURCE_DATE_EPOCH": "1777593600"})
    expect(result, 0, "sign by MTCBC", out=["2026-05-01"])
    if not ledger.read_text().startswith(before) or ledger.read_text().count("\norg: ") != 2:
        problem(f"the second sign-off did not append to the ledger:\n{ledger.read_text()}")
    if [p.name for p in folder.iterdir() if "tmp" in p.name]:
        problem(f"sign left temporary files: {list(folder.iterdir())}")
    expect(run([ispgen, "verify", "--require-all", "--today", "2026-06-01", str(folder)], repo), 0,
           "verify --require-all with every partner signed", out=["2 of 2 partners have signed version 1.0"])

    # Nothing is written for a name that would forge a line, an unknown org or the wrong key.
    before = ledger.read_text()
    expect(run([ispgen, "sign", str(folder / "demo.yaml"), "--org", "SWP", "--key", str(keys), "--name",
                "Alex\nsignature: forged", "--role", "Chief Constable"], repo), 2, "sign with a newline in the name",
           err=["--name cannot be used: it holds control character U+000A"])
    expect(sign(ispgen, repo, folder, "SWPP", str(keys)), 1, "sign for a misspelt org",
           err=["'SWPP' is not a partner of protocol 'demo' (did you mean 'SWP'?) [not-a-partner]"])
    expect(sign(ispgen, repo, folder, "MTCBC", str(keys)), 1, "sign with SWP's key as MTCBC", err=["[wrong-key]"])
    if ledger.read_text() != before:
        problem("a refused sign changed the ledger")

    # An edited record: exit 1, the partner's line an error, the diagnostic at the record.
    edited = before.replace("name: Alex Jones", "name: Alex Jonas", 1)
    ledger.write_text(edited)
    expect(run([ispgen, "verify", "--today", "2026-06-01", str(folder)], repo), 1, "verify of an edited record",
           out=["SWP    error"], err=["demo.signoff:", "[signature-invalid]"])
    ledger.write_text(before)
    run(["git", "add", "-A"], repo)
    run(["git", "commit", "-q", "-m", "signed 1.0"], repo)

    # Version 1.1 shares no health data at referral: both sign-offs are stale, with that change.
    protocol = folder / "demo.yaml"
    edit(protocol, 'version: "1.0"', 'version: "1.1"')
    edit(protocol, "shares: [name, health, offences]", "shares: [name, offences]")
    text = protocol.read_text()
    if "history:" in text:
        raise SystemExit("tests/bad/valid.yaml now has a history: adapt this test")
    protocol.write_text(text + "history:\n  - {version: \"1.0\", date: 2026-01-01, summary: First}\n"
                        "  - {version: \"1.1\", date: 2026-05-15, summary: Health data no longer shared at referral}\n")
    run(["git", "commit", "-q", "-am", "version 1.1"], repo)
    result = run([ispgen, "verify", "--today", "2026-06-01", str(folder)], repo)
    expect(result, 0, "verify after a new version (stale is not an error)", out=[
        "SWP    stale       signed version 1.0 on 2026-03-01 by Alex Jones; 1 material change since (git commit ",
        "shares removed: health [material]", "0 of 2 partners have signed version 1.1"])
    expect(run([ispgen, "verify", "--require-all", "--today", "2026-06-01", str(folder)], repo), 1,
           "verify --require-all with stale sign-offs")

    # The same register outside git: the version history after the signed version.
    outside = tmp / "outside"
    shutil.copytree(folder, outside)
    result = run([ispgen, "verify", "--today", "2026-06-01", str(outside)], tmp)
    expect(result, 0, "verify outside git", out=[
        "stale       signed version 1.0 on 2026-03-01 by Alex Jones; the version history since "
        "(the signed content is not in git):", "1.1 (2026-05-15): Health data no longer shared at referral"])


def check_parallel_signs(ispgen, root, tmp, count=20):
    folder = register(root, tmp, "parallel")
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    env.update(HOME=str(tmp), NO_COLOR="1")
    signs = [subprocess.Popen([ispgen, "sign", str(folder / "demo.yaml"), "--org", "SWP", "--key", str(tmp / "swp.key"),
                               "--name", f"Signer {n}", "--role", "Chief Constable", "--date", "2026-03-01"],
                              cwd=tmp, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for n in range(count)]
    appended = 0
    for n, process in enumerate(signs):
        out, err = process.communicate()
        if process.returncode == 0 and "appended to" in out:
            appended += 1
        else:
            problem(f"parallel sign {n}: exit {process.returncode}\n{out}{err}")
    text = (folder / "demo.signoff").read_text()
    kept = [n for n in range(count) if f"name: Signer {n}\n" in text]
    if appended != count or len(kept) != count or text.count("\norg: ") != count:
        problem(f"{count} parallel signs: {appended} said appended, the ledger keeps {len(kept)}")
    return len(kept)


def check_crlf(ispgen, root, tmp, swp_line):
    folder = register(root, tmp, "crlf")
    (folder / "signing-keys").write_text(f"# trusted keys\n{swp_line}\n")
    expect(sign(ispgen, tmp, folder, "SWP", str(tmp / "swp.key"), "--date", "2026-03-01"), 0, "sign before CRLF")
    for name in ("demo.signoff", "signing-keys"):
        path = folder / name
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    expect(run([ispgen, "verify", "--today", "2026-06-01", str(folder)], tmp), 0, "verify of CRLF files",
           out=["SWP    valid"])
    before = (folder / "demo.signoff").read_bytes()
    expect(sign(ispgen, tmp, folder, "SWP", str(tmp / "swp.key"), "--date", "2026-03-02"), 0, "sign onto a CRLF ledger")
    after = (folder / "demo.signoff").read_bytes()
    if not after.startswith(before) or after.replace(b"\r\n", b"").count(b"\n") != 0:
        problem(f"a sign onto a CRLF ledger did not append in CRLF:\n{after!r}")
    expect(run([ispgen, "verify", "--today", "2026-06-01", str(folder)], tmp), 0, "verify after a CRLF append",
           out=["SWP    valid       version 1.0, signed 2026-03-02"])


def main():
    ispgen, root = str(pathlib.Path(sys.argv[1]).resolve()), pathlib.Path(sys.argv[2]).resolve()
    with tempfile.TemporaryDirectory() as name:
        tmp = pathlib.Path(name)
        check_digest(ispgen, root, tmp)
        swp_line = check_keygen(ispgen, tmp)
        check_sign_and_verify(ispgen, root, tmp, swp_line)
        kept = check_parallel_signs(ispgen, root, tmp)
        print(f"20 parallel signs: the ledger keeps {kept}")
        check_crlf(ispgen, root, tmp, swp_line)
        for command in ("digest", "keygen", "sign", "verify"):
            expect(run([ispgen, command, "--help"], tmp), 0, f"{command} --help", out=["usage: ispgen " + command])
    print(f"sign-off through the command line: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
