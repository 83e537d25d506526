#!/usr/bin/env python3
"""plancheck's colour and width on and off a terminal (--color, NO_COLOR,
--width, COLUMNS). One check per run, named by the first argument; a pseudo-
terminal stands for a user's terminal, a pipe for a script's.

    terminal.py CHECK PLANCHECK FIGURES RELATIONS
"""
import os
import pty
import re
import subprocess
import sys
import unicodedata

ESC = "\x1b["


def display_width(line):
    # What a terminal gives a line: wide and full-width characters two columns.
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def piped(args, env_extra=None):
    env = dict(os.environ, **(env_extra or {}))
    if not env_extra or "NO_COLOR" not in env_extra:
        env.pop("NO_COLOR", None)  # the user's own setting must not decide a test
    r = subprocess.run(args, capture_output=True, env=env, check=False)
    return r.returncode, r.stdout.decode("utf-8"), r.stderr.decode("utf-8")


def on_terminal(args, env_extra=None, columns=None):
    """Runs with standard output on a pseudo-terminal of `columns` columns
    (none set: the pty's default of 0, so COLUMNS or 80 apply)."""
    env = dict(os.environ, **(env_extra or {}))
    if not env_extra or "NO_COLOR" not in env_extra:
        env.pop("NO_COLOR", None)
    try:
        master, slave = pty.openpty()
    except OSError as e:  # a chroot or container without devpts on /dev/pts
        sys.exit(f"terminal.py: cannot open a pseudo-terminal ({e}); these tests need one "
                 "(mount -t devpts devpts /dev/pts)")
    if columns is not None:
        import fcntl, struct, termios
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    p = subprocess.Popen(args, stdout=slave, stderr=subprocess.DEVNULL, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    code = p.wait()
    # The terminal turns \n into \r\n.
    return code, b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def widest(text):
    return max(display_width(line) for line in text.split("\n"))


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def main():
    check, plancheck, figures, relations = sys.argv[1:5]
    base = [plancheck, figures, "--relations", relations]
    if check == "always":
        code, out, _ = piped(base + ["--color=always"])
        if code != 0 or ESC not in out:
            fail(f"--color=always: exit {code}, escapes: {ESC in out}")
    elif check == "never_on_terminal":
        code, out = on_terminal(base + ["--color=never"])
        if code != 0 or ESC in out:
            fail(f"--color=never on a terminal: exit {code}, escapes: {ESC in out}")
    elif check == "auto_on_terminal":
        code, out = on_terminal(base)
        if code != 0 or ESC not in out:
            fail(f"auto on a terminal: exit {code}, escapes: {ESC in out}")
    elif check == "no_color_on_terminal":
        code, out = on_terminal(base, {"NO_COLOR": "1"})
        if code != 0 or ESC in out:
            fail(f"NO_COLOR=1 on a terminal: exit {code}, escapes: {ESC in out}")
        # An empty NO_COLOR is as if unset (no-color.org).
        code, out = on_terminal(base, {"NO_COLOR": ""})
        if code != 0 or ESC not in out:
            fail(f"NO_COLOR='' on a terminal: exit {code}, escapes: {ESC in out}")
    elif check == "auto_piped":
        code, out, _ = piped(base)
        if code != 0 or ESC in out:
            fail(f"auto, piped: exit {code}, escapes: {ESC in out}")
        # Off a terminal, full width: COLUMNS is not read.
        _, narrow, _ = piped(base, {"COLUMNS": "60"})
        if narrow != out:
            fail("piped output changes with COLUMNS")
        # Colour adds escapes and nothing else.
        _, colored, _ = piped(base + ["--color=always"])
        if colored == out or re.sub(r"\x1b\[[0-9;]*m", "", colored) != out:
            fail("--color=always is not the plain output with escapes added")
    elif check == "width":
        _, full, _ = piped(base)
        for width in (170, 200):
            code, out, _ = piped(base + ["--width", str(width)])
            if code != 0 or widest(out) > width:
                fail(f"--width {width}: exit {code}, widest line {widest(out)}")
            if "…" not in out:
                fail(f"--width {width}: nothing cut")
        # Narrower than the columns that are never cut: the tables are
        # wrapped into blocks of columns, the text into lines, all within 60
        # (the Shapingba report has no single cell wider than that).
        code, out, _ = piped(base + ["--width", "60"])
        if code != 0 or widest(out) > 60:
            fail(f"--width 60: exit {code}, widest {widest(out)}")
        if not len(out.split("\n")) > len(full.split("\n")):
            fail("--width 60 wrapped nothing")
    elif check == "terminal_width":
        code, out = on_terminal(base + ["--color=never"], columns=180)
        if code != 0 or widest(out) > 180:
            fail(f"a terminal of 180 columns: exit {code}, widest line {widest(out)}")
        code, out = on_terminal(base + ["--color=never"], {"COLUMNS": "175"})
        if code != 0 or widest(out) > 175 or "…" not in out:
            fail(f"COLUMNS=175 on a terminal of unknown size: exit {code}, widest line {widest(out)}")
    else:
        fail(f"unknown check {check}")


if __name__ == "__main__":
    main()
