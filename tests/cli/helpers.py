"""What the command-line tests share: the problems found, running a program in a fixed
environment (a git identity, no system git config, no colour, no SOURCE_DATE_EPOCH unless given),
and editing a fixture file in place."""
import os
import subprocess

problems = []


def problem(message):
    problems.append(message)
    print(f"FAIL: {message}")


def run(args, cwd, env_extra=None, **kwargs):
    env = dict(os.environ, GIT_AUTHOR_NAME="Test", GIT_AUTHOR_EMAIL="test@example.org", GIT_COMMITTER_NAME="Test",
               GIT_COMMITTER_EMAIL="test@example.org", GIT_CONFIG_NOSYSTEM="1", HOME=str(cwd), NO_COLOR="1")
    env.pop("SOURCE_DATE_EPOCH", None)
    env.update(env_extra or {})
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, **kwargs)


def edit(path, old, new):
    text = path.read_text()
    if old not in text:
        raise SystemExit(f"fixture lacks {old!r} in {path}")
    path.write_text(text.replace(old, new, 1))
