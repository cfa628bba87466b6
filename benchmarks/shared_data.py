"""Where the benchmarks find the real corpora: ``../shared/data`` beside the checkout.

The data is read in place at run time and never copied into the repository. Each benchmark
prints a ``skipped:`` line and exits cleanly when the folder is absent.
"""

from pathlib import Path

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
ANT_CSV = SHARED_DATA / "ant_corpus_v2.1_multisource" / "ant_v2.1_multisource.csv.gz"
STANCE_TARGETS = ["russia", "usa", "ukraine", "nato", "eu"]  # notebook 02's default actors
