"""Runs ispgen under address-space limits from the smallest at which `ispgen --version` runs up to
what each command needs, and checks that running out of memory is always exit status 2 with
"out of memory" on stderr: never 1 (which says the protocols have errors), never a signal.

usage: test_out_of_memory.py ISPGEN REPOSITORY_ROOT SANITIZE(0|1)
"""
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SKIP = 77  # ctest's SKIP_RETURN_CODE for this test
STEPS = 10  # limits tried per command between the --version floor and what it needs


def run(argv, cwd, limit_kib=None):
    def limit():
        if limit_kib is not None:
            resource.setrlimit(resource.RLIMIT_AS, (limit_kib * 1024, limit_kib * 1024))
    return subprocess.run(argv, cwd=cwd, capture_output=True, text=True, errors="replace", preexec_fn=limit,
                          env={"PATH": "/usr/bin:/bin", "SOURCE_DATE_EPOCH": "1700000000", "NO_COLOR": "1"}, timeout=60)


def smallest(ok, low, high):
    """The smallest limit in KiB (to 64 KiB) at which ok(limit) holds, given it fails at low and holds at high."""
    while high - low > 64:
        middle = (low + high) // 2
        if ok(middle):
            high = middle
        else:
            low = middle
    return high


def main():
    ispgen, root, sanitize = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    if sanitize not in ("0", "", "OFF", "FALSE"):
        print("skipped: a sanitizer build reserves terabytes of address space and cannot run under a limit")
        return SKIP
    started = time.monotonic()
    problems = []
    floor = smallest(lambda kib: run([ispgen, "--version"], root, kib).returncode == 0, 1024, 1 << 20)
    print(f"ispgen --version runs from {floor} KiB")

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        register = tmp / "register"
        register.mkdir()
        for name in ("partners.yaml", "gateways.yaml"):
            shutil.copy(root / "tests/bad" / name, register / name)
        (register / "demo.yaml").write_text((root / "tests/bad/valid.yaml").read_text().replace("id: valid\n", "id: demo\n", 1))
        if run([ispgen, "keygen", "--org", "SWP", "--out", str(tmp / "swp.key")], root).returncode != 0:
            problems.append("keygen failed with no limit")
        edited = tmp / "edited"
        shutil.copytree(root / "protocols/cwm-taf", edited)
        text = (edited / "cwm-taf-prevent-channel.yaml").read_text()
        (edited / "cwm-taf-prevent-channel.yaml").write_text(text.replace("Channel", "Channel panel", 1))

        def sign_copy():
            copy = tmp / "sign"
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(register, copy)
            return [ispgen, "sign", str(copy / "demo.yaml"), "--org", "SWP", "--key", str(tmp / "swp.key"),
                    "--name", "Alex Jones", "--role", "Chief Constable", "--date", "2026-01-02"]

        def build():
            shutil.rmtree(tmp / "out", ignore_errors=True)
            return [ispgen, "build", "-o", str(tmp / "out"), "protocols/"]

        commands = {
            "check": lambda: [ispgen, "check", "--today", "2026-06-01", "protocols/"],
            "build": build,
            "diff": lambda: [ispgen, "diff", "protocols/cwm-taf", str(edited)],
            "digest": lambda: [ispgen, "digest", "protocols/"],
            "verify": lambda: [ispgen, "verify", "--today", "2026-06-01", "protocols/"],
            "sign": sign_copy,
        }
        for name, argv in commands.items():
            normal = run(argv(), root)
            if normal.returncode not in (0, 1):
                problems.append(f"{name} with no limit exits {normal.returncode}: {normal.stderr.strip()}")
                continue
            need = smallest(lambda kib: run(argv(), root, kib).returncode == normal.returncode, floor, 4 << 20)
            limits = sorted({floor + (need - floor) * i // STEPS for i in range(STEPS + 1)} | {need - 64, need + 64})
            for kib in limits:
                r = run(argv(), root, kib)
                where = f"ispgen {name} under ulimit -v {kib}"
                if r.returncode < 0:
                    problems.append(f"{where}: killed by signal {-r.returncode}; stderr: {r.stderr.strip()[-300:]}")
                elif r.returncode == 2:
                    if "ispgen: out of memory" not in r.stderr:
                        problems.append(f"{where}: exit 2 without 'out of memory': {r.stderr.strip()[-300:]}")
                elif r.returncode != normal.returncode or r.stdout != normal.stdout:
                    problems.append(f"{where}: exit {r.returncode} (with no limit {normal.returncode}), "
                                    f"stderr: {r.stderr.strip()[-300:]}")
            print(f"ispgen {name}: {len(limits)} limits from {floor} to {need + 64} KiB")
    for p in problems:
        print("FAIL:", p)
    print(f"{time.monotonic() - started:.1f} s")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
