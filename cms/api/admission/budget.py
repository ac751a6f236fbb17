"""A CPU budget per request: the work left after parsing is stopped once it used MAX_CPU_SECONDS.

The limits before it bound the document; what a bounded document costs to validate and run
still depends on the content it reaches, and one request must not hold a worker for long.
The time is the request thread's own CPU time (`time.thread_time`): waiting on the
database or on a busy machine does not count against the request, only its own work does.

The budget is checked at checkpoints that come often in every phase: each node a
validation rule visits (BudgetRule) and each field resolved (BudgetMiddleware), every
CHECK_EVERY of them so the check itself costs nothing measurable. The first
checkpoint stops the execution whole (BudgetSpent), and the view answers the refusal
instead of a partial answer (view.py).
"""

import contextvars
import time
from contextlib import contextmanager

from django.conf import settings
from graphql import ValidationRule

from .refusals import QueryRefused

CHECK_EVERY = 64


class BudgetSpent(BaseException):  # noqa: N818 - it is a signal, not an error a caller handles
    """Raised from a resolver once the budget is spent, to stop the execution whole.

    graphql-core turns every Exception a resolver raises into that field's error and goes
    on resolving its siblings — thousands of located errors for a long list, which cost
    more than the answer. A BaseException goes through it untouched, like KeyboardInterrupt;
    the view catches it right around execute() (view.py) and answers the refusal.
    """


_current = contextvars.ContextVar("api_cpu_budget", default=None)


class CpuBudget:
    def __init__(self, seconds):
        self.seconds = seconds
        self.started = time.thread_time()
        self.exceeded = False
        self._ticks = 0

    def used(self):
        return time.thread_time() - self.started

    def tick(self):
        """Note one unit of work; True once the budget is spent."""
        if not self.exceeded:
            self._ticks += 1
            if self._ticks % CHECK_EVERY == 0 and self.used() > self.seconds:
                self.exceeded = True
        return self.exceeded

    def refusal(self):
        return QueryRefused(
            f"The request used more than {self.seconds:g} s of CPU time (MAX_CPU_SECONDS) and was stopped; "
            "ask for fewer fields or items.",
            limit="MAX_CPU_SECONDS",
        )


@contextmanager
def cpu_budget():
    """Run a request under a budget of settings.CMS_API["MAX_CPU_SECONDS"], from now."""
    budget = CpuBudget(settings.CMS_API["MAX_CPU_SECONDS"])
    token = _current.set(budget)
    try:
        yield budget
    finally:
        _current.reset(token)


def current_budget():
    return _current.get()


class BudgetRule(ValidationRule):
    """A validation rule that finds nothing: it stops validation once the request is over budget."""

    def enter(self, *_args):
        budget = _current.get()
        if budget is not None and budget.tick():
            raise budget.refusal()


class BudgetMiddleware:
    """graphene middleware: every field resolved is a checkpoint."""

    def resolve(self, next, root, info, **args):
        budget = _current.get()
        if budget is not None and budget.tick():
            raise BudgetSpent
        return next(root, info, **args)
