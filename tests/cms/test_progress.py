"""cms.progress: a redrawn bar on a terminal, a few plain count lines anywhere else."""

import io

from django.core.management.base import OutputWrapper

from cms.progress import Progress


class Terminal(io.StringIO):
    def isatty(self):
        return True


class Clock:
    """A clock the test moves by hand."""

    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_progress_on_a_terminal_redraws_one_line_and_ends_it_when_done():
    stream = Terminal()
    progress = Progress(stream, width=10)

    for done in range(1, 5):
        progress(done, 4, "pages")

    assert stream.getvalue() == (
        "\rpages [##--------] 1/4  25%"
        "\rpages [#####-----] 2/4  50%"
        "\rpages [#######---] 3/4  75%"
        "\rpages [##########] 4/4 100%\n"
    )


def test_progress_on_a_terminal_starts_a_new_line_for_a_new_label():
    stream = Terminal()
    progress = Progress(stream, width=4)

    progress(1, 2, "pages")
    progress(1, 1, "images")

    assert stream.getvalue() == "\rpages [##--] 1/2  50%\n\rimages [####] 1/1 100%\n"


def test_progress_in_a_log_prints_the_last_count_only_when_the_work_is_quick():
    stream = io.StringIO()
    progress = Progress(stream, clock=Clock())

    for done in range(1, 101):
        progress(done, 100, "units")

    assert stream.getvalue() == "units: 100/100 (100%)\n"


def test_progress_in_a_log_prints_a_line_per_step_of_ten_percent_when_slow():
    stream = io.StringIO()
    clock = Clock()
    progress = Progress(stream, clock=clock, every_seconds=2)

    for done in range(1, 41):
        clock.now += 1  # one second per item: at most one line every two seconds
        progress(done, 40, "pages")

    assert stream.getvalue().splitlines() == [
        "pages: 4/40 (10%)",
        "pages: 8/40 (20%)",
        "pages: 12/40 (30%)",
        "pages: 16/40 (40%)",
        "pages: 20/40 (50%)",
        "pages: 24/40 (60%)",
        "pages: 28/40 (70%)",
        "pages: 32/40 (80%)",
        "pages: 36/40 (90%)",
        "pages: 40/40 (100%)",
    ]


def test_progress_writes_through_a_command_output_wrapper_without_extra_newlines():
    terminal = Terminal()
    progress = Progress(OutputWrapper(terminal), width=2)

    progress(1, 2, "units")
    progress(2, 2, "units")

    assert terminal.getvalue() == "\runits [#-] 1/2  50%\runits [##] 2/2 100%\n"


def test_progress_with_nothing_to_do_reports_it_complete():
    stream = io.StringIO()

    Progress(stream)(0, 0, "pages")

    assert stream.getvalue() == "pages: 0/0 (100%)\n"
