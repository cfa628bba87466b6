"""Stance on real news: the rule engine on the ANT development set, beside two baselines.

The development set (``../shared/data/ant_stance_dev``, see its SOURCE.md and GUIDELINES.md)
labels (sentence, actor) pairs of real ANT articles with a stance (favor / against / none), a
voice (own / quoted) and a holder (who evaluates). As its SOURCE.md asks, the engine reads each
*whole* article (found in the ANT corpus by ``docno``, cleaned as the loader cleans it), and its
row for a labelled sentence is found by the sentence's text. Four measures, each with a 95%
bootstrap interval over sentences:

* macro-F1 over favor / against / none, per (sentence, actor);
* flips: of the pairs both gold and engine call polar, the share with opposite signs;
* voice: of the gold-polar pairs the engine calls polar, the share whose voice is right;
* holder: of the gold quoted polar pairs, the share the engine calls polar, quoted, with the
  right holder (end to end; names compared word by word, clitics and article removed, one
  form containing the other: ``ترامب`` matches ``الرئيس الأمريكي دونالد ترامب``; a person's
  name in another spelling the gazetteer lists, ``ترمب``, is the same word unless
  ``--strict-holder``).

A fifth column, ``holder|found``, is the holder accuracy where the engine has found the
quoted stance (of the gold quoted polar pairs the engine calls polar and quoted): who holds a
stance is read apart from whether the stance is found, and end-to-end holder is roughly the
product of that recall and this figure.

Beside the engine of this checkout: always-none, and the engine of another commit (default:
where this branch left ``main``), run in a subprocess on an exported copy of that commit's
``helpers``. ``--halves`` also scores two halves of the sentences split by article (a hash of
the article id), so a rule written while reading one half's errors is checked on the other;
``--errors A`` lists half A's errors for reading. The data is read in place, never copied.

Run: ``python benchmarks/stance_real.py [--halves] [--baseline REV | --no-baseline]
[--errors A|B|all] [--strict-holder] [--data DIR]``. Once this work is in ``main`` the default
baseline is the new engine itself: pass ``--baseline f7dc61a`` for the engine before it.
Figures and what was tried: ``benchmarks/results/stance_real.md``.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

import numpy as np
import pandas as pd
from shared_data import SHARED_DATA

ROOT = Path(__file__).resolve().parents[1]
LABELS = ["favor", "against", "none"]
N_BOOT = 1000


def find_data(given: str | None) -> Path:
    """The shared data folder: ``--data``, else ``../shared/data`` beside the checkout or the
    worktree folder that holds it."""
    candidates = [Path(given)] if given else [SHARED_DATA, SHARED_DATA.parents[2] / "shared/data"]
    for path in candidates:
        if (path / "ant_stance_dev" / "labels.tsv").is_file():
            return path
    raise SystemExit(f"skipped: no ant_stance_dev under {[str(c) for c in candidates]}")


def load_dev(data: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The development sentences and their (sentence, actor) labels (``None`` is no NA)."""
    read = {"sep": "\t", "dtype": str, "keep_default_na": False}
    sentences = pd.read_csv(data / "ant_stance_dev" / "sentences.tsv", **read)
    labels = pd.read_csv(data / "ant_stance_dev" / "labels.tsv", **read)
    return sentences, labels


def load_articles(data: Path, docnos: set[str]) -> pd.DataFrame:
    """The ANT articles of the development set, cleaned as ``load_corpus`` cleans bodies."""
    from helpers.cleaning import clean_body

    path = data / "ant_corpus_v2.1_multisource" / "ant_v2.1_multisource.csv.gz"
    ant = pd.read_csv(path, usecols=["docno", "src", "text"], dtype=str, keep_default_na=False)
    ant = ant[ant["docno"].isin(docnos)].drop_duplicates("docno")
    missing = docnos - set(ant["docno"])
    if missing:
        print(f"note: {len(missing)} development articles are not in ANT: {sorted(missing)[:5]}")
    return pd.DataFrame(
        {
            "article_id": ant["docno"].to_numpy(),
            "outlet": ant["src"].to_numpy(),
            "body": [clean_body(t) for t in ant["text"]],
        }
    )


def engine_rows(articles: pd.DataFrame) -> pd.DataFrame:
    """Per (article, sentence, target): sentence text, stance, voice and holder, from the
    ``helpers`` importable here (this checkout, or an exported commit in the subprocess)."""
    from helpers.stance import stance_sentences

    frame = stance_sentences(articles, progress=False)
    keys = ["article_id", "sentence_index", "target"]
    if "stance" in frame.columns and "holder" in frame.columns:
        rows = frame.drop_duplicates(keys)
        return rows[[*keys, "sentence", "stance", "voice", "holder"]].reset_index(drop=True)
    # an engine before the stance/holder columns: the sentence's summed hits decide, the
    # strongest row gives the voice and speaker
    frame = frame.assign(_strength=frame["raw"].abs())
    total = frame.groupby(keys)["raw"].sum().rename("total")
    best = frame.sort_values("_strength", ascending=False, kind="stable").drop_duplicates(keys)
    best = best.merge(total, left_on=keys, right_index=True)
    stance = np.where(best["total"] > 0, "favor", np.where(best["total"] < 0, "against", "none"))
    holder = np.where(best["voice"] == "outlet", "outlet", best["speaker"].fillna("").astype(str))
    return pd.DataFrame(
        {
            **{k: best[k].to_numpy() for k in keys},
            "sentence": best["sentence"].to_numpy(),
            "stance": stance,
            "voice": best["voice"].to_numpy(),
            "holder": holder,
        }
    )


def _words(text: str) -> list[str]:
    from helpers.arabic import normalize, tokenize

    return [normalize(w) for w in tokenize(text)]


def predictions(dev: pd.DataFrame, labels: pd.DataFrame, rows: pd.DataFrame) -> pd.DataFrame:
    """The labels with the engine's stance, voice and holder per pair (``none`` where the
    engine has no row), the sentence matched by its words (best overlap in its article)."""
    by_article = {a: g for a, g in rows.groupby("article_id")}
    chosen: dict[str, int | None] = {}
    for sid, article_id, sentence in dev[["sid", "article_id", "sentence"]].itertuples(index=False):
        group = by_article.get(article_id)
        if group is None:
            chosen[sid] = None
            continue
        wanted = set(_words(sentence))
        best, best_overlap = None, 0.5
        for index, text in group.drop_duplicates("sentence_index")[
            ["sentence_index", "sentence"]
        ].itertuples(index=False):
            words = set(_words(text))
            overlap = len(wanted & words) / max(len(wanted | words), 1)
            if overlap > best_overlap:
                best, best_overlap = index, overlap
        chosen[sid] = best
    out = labels.merge(dev[["sid", "article_id"]], on="sid")
    out["sentence_index"] = out["sid"].map(chosen)
    keyed = rows.set_index(["article_id", "sentence_index", "target"])
    found = [
        keyed.loc[(a, i, t)] if i is not None and (a, i, t) in keyed.index else None
        for a, i, t in out[["article_id", "sentence_index", "actor_id"]].itertuples(index=False)
    ]
    out["pred"] = [f["stance"] if f is not None else "none" for f in found]
    out["pred_voice"] = [_voice(f["voice"]) if f is not None else "" for f in found]
    out["pred_holder"] = [str(f["holder"] or "") if f is not None else "" for f in found]
    return out


def _voice(voice: str) -> str:
    return "own" if voice == "outlet" else "quoted"


STRICT_NAMES = False
"""``--strict-holder``: compare holder names letter for letter (no spelling variants)."""


def _holder_tokens(holder: str) -> set[str]:
    """The words of a holder, clitics and article off; a person the gazetteer spells several
    ways (``ترمب``/``ترامب``) in one spelling (:func:`helpers.holders.person_spellings`: the
    engine reports a name as the text spells it, an annotator may write the other spelling),
    unless ``--strict-holder``."""
    from helpers.clitics import strip_clitics
    from helpers.holders import person_spellings

    words = {strip_clitics(w) for w in _words(holder)} - {""}
    if STRICT_NAMES:
        return words
    variants = person_spellings()
    return {variants.get(w, w) for w in words}


def holder_matches(gold: str, predicted: str) -> bool:
    """One holder's words contain the other's (clitics and article removed; a person's name
    in another spelling the gazetteer lists is the same word, unless ``--strict-holder``)."""
    a, b = _holder_tokens(gold), _holder_tokens(predicted)
    return bool(a) and bool(b) and (a <= b or b <= a)


def _pair_arrays(frame: pd.DataFrame) -> dict[str, np.ndarray]:
    """What the measures need per pair, as arrays (computed once, reweighted per resample)."""
    gold, pred = frame["stance"].to_numpy(), frame["pred"].to_numpy()
    quoted = (gold != "none") & (frame["voice"].to_numpy() == "quoted")
    holder_ok = [
        p != "none" and pv == "quoted" and holder_matches(h, ph)
        for p, pv, h, ph in frame[["pred", "pred_voice", "holder", "pred_holder"]].itertuples(
            index=False
        )
    ]
    return {
        "gold": np.array([LABELS.index(g) for g in gold]),
        "pred": np.array([LABELS.index(p) for p in pred]),
        "voice_ok": frame["voice"].to_numpy() == frame["pred_voice"].to_numpy(),
        "quoted": quoted,
        "found": quoted & (pred != "none") & (frame["pred_voice"].to_numpy() == "quoted"),
        "holder_ok": np.asarray(holder_ok, dtype=bool),
    }


def _ratio(hits: np.ndarray, weights: np.ndarray) -> float:
    total = weights.sum()
    return float((hits * weights).sum() / total) if total > 0 else np.nan


def _measures(arrays: dict[str, np.ndarray], weights: np.ndarray) -> dict[str, float]:
    """The measures with each pair counted ``weights`` times (a bootstrap resample)."""
    gold, pred = arrays["gold"], arrays["pred"]
    confusion = np.bincount(gold * 3 + pred, weights=weights, minlength=9).reshape(3, 3)
    true_pos = np.diag(confusion)
    denominator = confusion.sum(axis=0) + confusion.sum(axis=1)
    f1 = np.divide(2 * true_pos, denominator, out=np.zeros(3), where=denominator > 0)
    none = LABELS.index("none")
    polar = (gold != none) & (pred != none)
    return {
        "macro-F1": float(f1.mean()),
        "flips": _ratio(gold != pred, weights * polar),
        "voice": _ratio(arrays["voice_ok"], weights * polar),
        "holder": _ratio(arrays["holder_ok"], weights * arrays["quoted"]),
        "holder|found": _ratio(arrays["holder_ok"], weights * arrays["found"]),
    }


def measures(frame: pd.DataFrame) -> dict[str, float]:
    """The measures on a prediction frame (see the module docstring)."""
    return _measures(_pair_arrays(frame), np.ones(len(frame)))


def bootstrap(frame: pd.DataFrame, seed: int = 0) -> dict[str, tuple[float, float, float]]:
    """Each measure with its 95% percentile interval over sentences resampled with replacement:
    a resample counts each pair as often as its sentence was drawn."""
    arrays = _pair_arrays(frame)
    codes, sids = pd.factorize(frame["sid"])
    point = _measures(arrays, np.ones(len(frame)))
    rng = np.random.default_rng(seed)
    draws = {k: [] for k in point}
    for _ in range(N_BOOT):
        drawn = np.bincount(rng.integers(0, len(sids), len(sids)), minlength=len(sids))
        for key, value in _measures(arrays, drawn[codes].astype(float)).items():
            draws[key].append(value)
    intervals = {}
    for key, value in point.items():
        values = np.asarray(draws[key], dtype=float)
        values = values[~np.isnan(values)]
        low, high = np.percentile(values, [2.5, 97.5]) if len(values) else (np.nan, np.nan)
        intervals[key] = (value, low, high)
    return intervals


def half_of(article_id: str) -> str:
    """``A`` or ``B``: a stable hash of the article id, so one article stays in one half."""
    return "AB"[hashlib.md5(article_id.encode()).digest()[0] % 2]


def export_helpers(rev: str, folder: Path) -> None:
    """Write ``helpers/`` as it was at commit ``rev`` into ``folder``."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", rev, "helpers"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")


CACHE = Path.home() / ".cache" / "arabic-news-notebooks" / "stance_real"


def baseline_rows(rev: str, articles: pd.DataFrame) -> pd.DataFrame:
    """:func:`engine_rows` computed by the ``helpers`` of commit ``rev`` in a subprocess
    (kept in the user cache folder under the commit's full hash: a commit never changes)."""
    full = subprocess.run(
        ["git", "rev-parse", rev], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()
    cached = CACHE / f"{full}-{len(articles)}.pkl"
    if cached.is_file():
        return pd.read_pickle(cached)
    rows = _rows_at(full, articles)
    CACHE.mkdir(parents=True, exist_ok=True)
    rows.to_pickle(cached)
    return rows


def _rows_at(rev: str, articles: pd.DataFrame) -> pd.DataFrame:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        export_helpers(rev, folder)
        articles.to_pickle(folder / "articles.pkl")
        subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--rows-only", str(folder)],
            cwd=folder,
            env={"PYTHONPATH": str(folder), "PATH": "/usr/bin:/bin"},
            check=True,
        )
        with open(folder / "rows.pkl", "rb") as handle:
            return pickle.load(handle)


def default_baseline() -> str:
    """Where this branch left ``main`` (the engine before this branch's work)."""
    done = subprocess.run(
        ["git", "merge-base", "HEAD", "main"], cwd=ROOT, capture_output=True, text=True
    )
    return done.stdout.strip() or "main"


def print_table(title: str, scored: dict[str, pd.DataFrame]) -> None:
    print(f"\n{title}")
    print(
        f"  {'engine':<28} "
        + "  ".join(f"{m:<22}" for m in ("macro-F1", "flips", "voice", "holder", "holder|found"))
    )
    for name, frame in scored.items():
        cells = []
        for value, low, high in bootstrap(frame).values():
            cells.append("   n/a" if np.isnan(value) else f"{value:.3f} [{low:.2f}, {high:.2f}]")
        print(f"  {name:<28} " + "  ".join(f"{c:<22}" for c in cells))


def print_errors(frame: pd.DataFrame, dev: pd.DataFrame) -> None:
    text = dict(zip(dev["sid"], dev["sentence"], strict=True))
    wrong = frame[
        (frame["stance"] != frame["pred"])
        | ((frame["stance"] != "none") & (frame["voice"] != frame["pred_voice"]))
        | (
            (frame["voice"] == "quoted")
            & (frame["stance"] != "none")
            & ~frame.apply(lambda r: holder_matches(r["holder"], r["pred_holder"]), axis=1)
        )
    ]
    for row in wrong.itertuples(index=False):
        print(
            f"\n{row.sid} {row.actor_id}: gold {row.stance}/{row.voice}/{row.holder} "
            f"engine {row.pred}/{row.pred_voice}/{row.pred_holder}\n  {text[row.sid]}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="the shared data folder (default ../shared/data)")
    parser.add_argument("--baseline", help="git revision of the previous engine")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--halves", action="store_true", help="also score halves A and B")
    parser.add_argument("--errors", choices=["A", "B", "all"], help="list this half's errors")
    parser.add_argument(
        "--strict-holder", action="store_true", help="holder names letter for letter"
    )
    parser.add_argument("--rows-only", help=argparse.SUPPRESS)
    args = parser.parse_args()
    global STRICT_NAMES
    STRICT_NAMES = args.strict_holder
    if args.rows_only:  # the subprocess of baseline_rows
        folder = Path(args.rows_only)
        rows = engine_rows(pd.read_pickle(folder / "articles.pkl"))
        rows.to_pickle(folder / "rows.pkl")
        return
    data = find_data(args.data)
    dev, labels = load_dev(data)
    articles = load_articles(data, set(dev["article_id"]))
    scored = {"this checkout": predictions(dev, labels, engine_rows(articles))}
    if not args.no_baseline:
        rev = args.baseline or default_baseline()
        scored[f"engine at {rev[:10]}"] = predictions(dev, labels, baseline_rows(rev, articles))
    scored["always none"] = scored["this checkout"].assign(
        pred="none", pred_voice="", pred_holder=""
    )
    pairs = scored["this checkout"]
    counts = ", ".join(f"{k} {v}" for k, v in pairs["stance"].value_counts().items())
    matched = pairs.drop_duplicates("sid")["sentence_index"].notna().sum()
    print(
        f"ANT stance development set: {pairs['sid'].nunique()} sentences, {len(pairs)} pairs "
        f"({counts}); sentences found in their article: {matched}"
    )
    print_table("all sentences", scored)
    if args.halves:
        for half in "AB":
            part = {k: f[f["article_id"].map(half_of) == half] for k, f in scored.items()}
            print_table(f"half {half} ({part['this checkout']['sid'].nunique()} sentences)", part)
    if args.errors:
        mine = scored["this checkout"]
        if args.errors != "all":
            mine = mine[mine["article_id"].map(half_of) == args.errors]
        print_errors(mine, dev)


if __name__ == "__main__":
    main()
