#!/usr/bin/env python3
"""Regenerate the golden expectations of tests/programs with CPython 3.13.

Usage: tests/regen.py [PATH ...]   (default: every program)

For each NAME.py writes NAME.stdout, NAME.exitcode (only when not 0) and
NAME.stderr_last (only when the program ends with an uncaught exception).
Programs run with their own directory as the working directory, twice with
different hash seeds; output that differs between runs is refused.
"""
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent / "programs"


def oracle():
    if os.environ.get("CPYTHON313"):
        return os.environ["CPYTHON313"]
    prefix = subprocess.run(["pyenv", "prefix", "3.13.0"], capture_output=True, text=True).stdout.strip()
    return os.path.join(prefix, "bin", "python3.13")


def run(py, prog, seed):
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run([py, prog.name], cwd=prog.parent, capture_output=True, env=env, timeout=60)


def main():
    py = oracle()
    targets = [pathlib.Path(p).resolve() for p in sys.argv[1:]] or sorted(ROOT.rglob("*.py"))
    for prog in targets:
        if prog.name.startswith("_") or "mod_" in prog.name:
            continue
        a, b = run(py, prog, "0"), run(py, prog, "12345")
        if (a.stdout, a.returncode) != (b.stdout, b.returncode):
            print(f"NONDETERMINISTIC {prog}")
            continue
        prog.with_suffix(".stdout").write_bytes(a.stdout)
        code_file = prog.with_suffix(".exitcode")
        if a.returncode:
            code_file.write_text(f"{a.returncode}\n")
        elif code_file.exists():
            code_file.unlink()
        last_file = prog.with_suffix(".stderr_last")
        lines = [l for l in a.stderr.decode().splitlines() if l.strip()]
        if a.returncode and lines and "Traceback" in a.stderr.decode() or (a.returncode and lines and "Error" in lines[-1]):
            last_file.write_text(lines[-1] + "\n")
        elif last_file.exists():
            last_file.unlink()
        print(f"ok {prog.relative_to(ROOT.parent)}")


if __name__ == "__main__":
    main()
