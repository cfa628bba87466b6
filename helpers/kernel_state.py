"""What a page may leave behind in its kernel, and putting it back before the next page.

The runner keeps one kernel per worker and runs that worker's pages in it one after another
(:mod:`helpers.notebook_kernel`): each page then skips a kernel's start and the imports of
pandas, matplotlib, scikit-learn and the helpers (about 3 CPU seconds a page on ANT). A page
must still see what a fresh kernel would show it, so this module runs *inside the kernel*:
:func:`remember` when the kernel starts, :func:`next_page` before each later page. Between
pages it

- empties the namespace and the input and output history, execution counts from 1 again
  (IPython's ``reset``: a name only an earlier page defined is a ``NameError``);
- closes every figure and puts matplotlib's rcParams back as they were at the start;
- resets pandas' options to their defaults;
- removes the warnings filters the page's own code added (filters of a warning category a
  library defines stay: a library adds them once, when it is imported) and forgets which
  warnings were already shown, so a page sees the warnings a fresh kernel would print;
- puts back the environment variables and ``sys.path``, sets ``HELPERS_NOTEBOOK`` to the
  new page and moves to its folder.

What stays, on purpose: imported modules and what they keep (the helpers' caches are keyed by
their inputs and give the same answers; tests compare each page's tables with a fresh run).
Those objects are moved out of the cyclic garbage collector's way (``gc.freeze``), once the
page's own cycles are collected: every full collection of a later page would scan them again.
"""

from __future__ import annotations

import gc
import os
import sys
import warnings
from typing import Any

__all__ = ["next_page", "remember"]

NOTEBOOK_ENV = "HELPERS_NOTEBOOK"
"""The variable naming the page a kernel of the runner executes (as in notebook_kernel)."""

_start: dict[str, Any] = {}


def remember() -> None:
    """Note the kernel's state at its start (before any page): what :func:`next_page` restores."""
    import matplotlib as mpl

    rc = dict(mpl.rcParams.copy())
    del rc["backend"]  # the inline backend stays, as matplotlib's own rc_context leaves it
    _start.update(
        rc=rc,
        environ=dict(os.environ),
        path=list(sys.path),
        filters=list(warnings.filters),
    )


def next_page(folder: str, notebook: str) -> None:
    """Make the kernel as a fresh one for the page ``notebook``, working in ``folder``.

    Raises ``RuntimeError`` when :func:`remember` was not called in this process: the runner
    then starts a fresh kernel instead.
    """
    if not _start:
        raise RuntimeError("the kernel's start was not remembered: start a fresh kernel")
    from IPython import get_ipython

    get_ipython().reset(new_session=True)  # %reset -f, the history too, counts from 1
    import matplotlib as mpl

    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")
    mpl.rcParams.update(_start["rc"])
    if "pandas" in sys.modules:
        sys.modules["pandas"].reset_option("all")
    _restore_filters()
    os.environ.clear()
    os.environ.update(_start["environ"])
    os.environ[NOTEBOOK_ENV] = notebook
    sys.path[:] = _start["path"]
    os.chdir(folder)
    gc.collect()  # the page's cycles (IPython's reset collects before it empties the namespace)
    # What is left (modules, their caches, IPython) lives on from page to page: the collector
    # need not scan it again in each full collection of the pages to come.
    gc.freeze()


def _restore_filters() -> None:
    """The warnings filters as at the previous page's start plus those that libraries added."""
    kept = [
        entry
        for entry in warnings.filters
        if entry in _start["filters"] or _from_a_library(entry[2])
    ]
    warnings.filters[:] = kept
    _start["filters"] = kept
    warnings._filters_mutated()  # every module's record of warnings already shown is dropped
    warnings.onceregistry.clear()


def _from_a_library(category: type) -> bool:
    """True for a warning category a library defines (a library's import adds its filters)."""
    return category.__module__ not in ("builtins", "warnings")
