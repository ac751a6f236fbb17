"""Progress of long management commands: a bar on a terminal, a few count lines in a log.

    progress = Progress(self.stdout)
    for done, page in enumerate(pages, start=1):
        ...
        progress(done, len(pages), "pages")

On a terminal one line is redrawn in place (`\\r`): `pages [#######-------------] 12/40  30%`,
ended by a newline when the count is complete. Anywhere else (a log, CI, a pipe) a
carriage return would make a mess, so it prints plain lines, `pages: 12/40 (30%)`:
the last one always, and one each time another `every_percent` of the work is done,
at most one every `every_seconds`, so a quick run logs one line and a long one a few.
"""

import time

from django.core.management.base import OutputWrapper


class Progress:
    def __init__(self, stream, *, width=30, every_percent=10, every_seconds=2.0, is_tty=None, clock=time.monotonic):
        self.stream = stream
        self.width = width
        self.every_percent = every_percent
        self.every_seconds = every_seconds
        self.clock = clock
        if is_tty is None:
            is_tty = hasattr(stream, "isatty") and stream.isatty()
        self.is_tty = is_tty
        self.label = None
        self.line_open = False  # a bar is drawn and not yet ended by a newline
        self.next_percent = 0
        self.last_line_at = None

    def __call__(self, done, total, label=""):
        if label != self.label:
            self._end_line()
            self.label, self.next_percent, self.last_line_at = label, self.every_percent, self.clock()
        percent = 100 if total <= 0 else min(100, done * 100 // total)
        if self.is_tty:
            filled = self.width * percent // 100
            bar = "#" * filled + "-" * (self.width - filled)
            self._write(f"\r{label} [{bar}] {done}/{total} {percent:3d}%")
            self.line_open = True
            if done >= total:
                self._end_line()
        elif done >= total or (percent >= self.next_percent and self.clock() - self.last_line_at >= self.every_seconds):
            self._write(f"{label}: {done}/{total} ({percent}%)\n")
            self.next_percent = (percent // self.every_percent + 1) * self.every_percent
            self.last_line_at = self.clock()

    def _end_line(self):
        if self.line_open:
            self._write("\n")
            self.line_open = False

    def _write(self, text):
        if isinstance(self.stream, OutputWrapper):
            self.stream.write(text, ending="")  # OutputWrapper would add a newline of its own
        else:
            self.stream.write(text)
        if hasattr(self.stream, "flush"):
            self.stream.flush()
