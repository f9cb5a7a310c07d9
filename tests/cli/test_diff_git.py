"""`ispgen diff` against a real git repository, set up as docs/diff.md tells a partnership to:

- `ispgen diff --git HEAD PATH` compares the committed register with the working tree;
- git's external diff driver (`.gitattributes` and `git config diff.ispgen.command`) makes
  `git diff` and `git log -p` show the semantic diff, including a protocol added (/dev/null);
- `--external` exits 0 whatever the changes, 1 for changes with --trust-exit-code.

usage: test_diff_git.py ISPGEN_BINARY REPOSITORY_ROOT
"""
import json
import pathlib
import shutil
import sys
import tempfile

from helpers import edit, problem, problems, run


def expect_in(text, needles, what):
    for needle in needles:
        if needle not in text:
            problem(f"{what}: '{needle}' not in:\n{text[:3000]}")


def main():
    ispgen, root = str(pathlib.Path(sys.argv[1]).resolve()), pathlib.Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as tmp:
        repo = pathlib.Path(tmp)
        register = repo / "protocols" / "cwm-taf"
        shutil.copytree(root / "protocols" / "cwm-taf", register)
        run(["git", "init", "-q", "-b", "main"], repo)
        (repo / ".gitattributes").write_text("protocols/**/*.yaml diff=ispgen\n")
        run(["git", "config", "diff.ispgen.command", f"{ispgen} diff --external"], repo)
        run(["git", "add", "-A"], repo)
        run(["git", "commit", "-q", "-m", "version 1.0"], repo)

        protocol = register / "cwm-taf-prevent-channel.yaml"
        edit(protocol, "      - alias\n", "")  # a data item no longer shared at referral
        edit(protocol, "fulfil their Prevent and Channel duties", "meet their Prevent and Channel duties")
        edit(register / "partners.yaml", "name: South Wales Police", "name: Heddlu De Cymru / South Wales Police")

        # --git HEAD PATH: the committed register against the working tree.
        result = run([ispgen, "diff", "--git", "HEAD", "protocols/cwm-taf"], repo)
        if result.returncode != 1:
            problem(f"diff --git: exit {result.returncode}, want 1 (changes)\n{result.stderr}")
        expect_in(result.stdout, ["stages.referral.shares", "alias", "partners.SWP.name", "Heddlu De Cymru",
                                  "HEAD:protocols/cwm-taf/cwm-taf-prevent-channel.yaml"], "diff --git text")
        result = run([ispgen, "diff", "--format", "json", "--git", "HEAD", "protocols/cwm-taf/cwm-taf-prevent-channel.yaml"],
                     repo)
        try:
            report = json.loads(result.stdout)
        except json.JSONDecodeError as e:
            problem(f"diff --git --format json is not JSON ({e}):\n{result.stdout[:500]}")
            report = None
        if report is not None and "cwm-taf-prevent-channel" not in result.stdout:
            problem("diff --git --format json does not name the protocol")
        result = run([ispgen, "diff", "--git", "no-such-rev", "protocols/cwm-taf"], repo)
        if result.returncode != 2 or "no-such-rev" not in result.stderr:
            problem(f"diff --git with a bad revision: exit {result.returncode}, stderr {result.stderr!r}")

        # git diff through the external driver: one semantic report per changed file.
        result = run(["git", "diff"], repo)
        if result.returncode != 0:
            problem(f"git diff: exit {result.returncode}\n{result.stderr}")
        expect_in(result.stdout, ["ispgen diff a/protocols/cwm-taf/cwm-taf-prevent-channel.yaml",
                                  "ispgen diff a/protocols/cwm-taf/partners.yaml", "stages.referral.shares",
                                  "partners.SWP.name"], "git diff")
        if "@@" in result.stdout:
            problem("git diff printed a line diff, not the semantic one")

        # git log -p after committing, and a protocol added in a later commit (/dev/null side).
        run(["git", "commit", "-q", "-am", "version 1.1"], repo)
        added = register / "cwm-taf-copy.yaml"
        added.write_text(protocol.read_text().replace("id: cwm-taf-prevent-channel", "id: cwm-taf-copy", 1))
        run(["git", "add", "-A"], repo)
        run(["git", "commit", "-q", "-m", "a second protocol"], repo)
        result = run(["git", "log", "-p", "--ext-diff", "-2", "--format=commit %s"], repo)
        if result.returncode != 0:
            problem(f"git log -p: exit {result.returncode}\n{result.stderr}")
        expect_in(result.stdout, ["commit a second protocol", "cwm-taf-copy", "commit version 1.1",
                                  "stages.referral.shares"], "git log -p")

        # The driver's own exit status: 0 for git unless trusted.
        old = repo / "old.yaml"
        old.write_text(run(["git", "show", "HEAD~2:protocols/cwm-taf/cwm-taf-prevent-channel.yaml"], repo).stdout)
        args = ["protocols/cwm-taf/cwm-taf-prevent-channel.yaml", str(old), "0" * 40, "100644", str(protocol),
                "1" * 40, "100644"]
        plain = run([ispgen, "diff", "--external"] + args, repo)
        trusted = run([ispgen, "diff", "--external", "--trust-exit-code"] + args, repo)
        if plain.returncode != 0 or trusted.returncode != 1:
            problem(f"--external exits {plain.returncode}, with --trust-exit-code {trusted.returncode}: want 0 and 1")
        same = run([ispgen, "diff", "--external", "--trust-exit-code", args[0], str(protocol), args[2], args[3],
                    str(protocol), args[5], args[6]], repo)
        if same.returncode != 0 or "no changes" not in same.stdout:
            problem(f"--external on identical files: exit {same.returncode}, {same.stdout!r}")
        wrong = run([ispgen, "diff", "--external", "only-one-argument"], repo)
        if wrong.returncode != 2:
            problem(f"--external with 1 argument: exit {wrong.returncode}, want 2")

    print(f"diff with git: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
