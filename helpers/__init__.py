"""Arabic news notebooks: compare Arabic news articles and outlets.

The package is organised by job (see ``DESIGN.md``): ``arabic`` and ``dates`` handle text,
``corpus`` and ``cleaning`` load articles, ``actors``, ``frequency``, ``stance`` and ``topics``
analyse them, ``plotting`` draws Arabic-correct figures and ``run`` executes the notebooks.
Import from the submodules, e.g. ``from helpers.corpus import load_corpus``.
"""

__version__ = "0.1.0"
