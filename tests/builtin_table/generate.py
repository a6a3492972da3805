#!/usr/bin/env python3
"""Regenerate tests/builtin_table/expected.txt with CPython 3.13.

The table lists every name in `builtins` and every public method and data
attribute of the built-in types, with `__name__`, `__qualname__`,
`__self__`, `__module__` and what assigning to them does (see walk.py).
One column is not copied from CPython: Anext documents everything, so the
expected `doc` column is `doc=text` even where CPython has no docstring.
"""
import os
import pathlib
import re
import subprocess

HERE = pathlib.Path(__file__).resolve().parent


def oracle():
    if os.environ.get("CPYTHON313"):
        return os.environ["CPYTHON313"]
    prefix = subprocess.run(["pyenv", "prefix", "3.13.0"], capture_output=True, text=True).stdout.strip()
    return os.path.join(prefix, "bin", "python3.13")


def main():
    out = subprocess.run([oracle(), "walk.py"], cwd=HERE, capture_output=True, text=True, check=True).stdout
    out = re.sub(r"\| doc=[^|]*\|", "| doc=text |", out)
    (HERE / "expected.txt").write_text(out)
    print(f"wrote {len(out.splitlines())} lines")


if __name__ == "__main__":
    main()
