"""Stance toward actors: how each article, and each outlet, positions itself toward them.

Only sentences that mention an actor (through the gazetteer of :mod:`helpers.actors`) count.
Two engines score them:

* ``engine="lexicon"`` (default): the transparent rule set of :mod:`helpers.stance_lexicon`,
  every hit attached to the actor it is about, with the words that fired;
* a fitted :class:`helpers.stance_model.StanceClassifier` (or any scikit-learn classifier
  whose ``predict`` and ``predict_proba`` take a DataFrame with ``text`` and ``target`` columns
  and whose ``classes_`` are favor/against/none, any case): each sentence is scored
  ``P(favor) - P(against)``, the article by the mean over its sentences, with the same
  thresholds.

Each hit carries a **voice**: ``outlet`` when the outlet says it, else ``quoted`` with the
speaker found by :func:`helpers.attribution.find_quotes`, so the outlet's own voice can be set
beside the voices it chooses to quote.

Scores (lexicon engine). For an article and a target, ``P`` and ``N`` are the summed positive
and negative hit values of the kept voices, and

* ``score = (P - N) / (P + N + 1)``, in (-1, 1): one clear hit of weight 1 gives ±0.5, many
  agreeing hits approach ±1, balanced evidence stays near 0;
* ``stance`` is ``favor`` when ``score >= THRESHOLD``, ``against`` when ``score <= -THRESHOLD``,
  else ``none``;
* ``confidence = |P - N| / (P + N) * (1 - exp(-(P + N)))``: agreement of the evidence times how
  much of it there is (0 without evidence).

A sentence's own score is ``tanh`` of its summed hit values.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal, get_args

import numpy as np
import pandas as pd

from helpers.actors import Gazetteer, load_gazetteer, mentions_with_sentences
from helpers.attribution import quote_spans
from helpers.cache import disk_cache
from helpers.checks import ANALYSIS_COLUMNS, require_columns
from helpers.considered_actors import considered_actor
from helpers.denied_charges import in_denied_clause
from helpers.describers import describer
from helpers.narrated_doers import narrated_doer
from helpers.own_reporters import voice_of
from helpers.progress import progress_bar
from helpers.stance_clauses import MentionInfo, mention_info
from helpers.stance_fallback import DEED_RULE
from helpers.stance_hits import OBJECT_RULES, Hit
from helpers.stance_lexicon import StanceLexicon, default_lexicon
from helpers.stance_model import StanceClassifier, classifier_scores
from helpers.stance_own_side import own_side
from helpers.stance_rules import attach_hits
from helpers.stance_store import stored_sentences
from helpers.stance_voices import (
    holder_of,
    holder_span,
    in_speaker_title,
    innermost,
    marked_words,
    names_speaker,
    speech_noun_quotes,
)

__all__ = [
    "SCORE_COLUMNS",
    "SENTENCE_COLUMNS",
    "SENTENCE_THRESHOLD",
    "THRESHOLD",
    "StanceClassifier",
    "compare_outlets",
    "holder_of",
    "sentence_stance",
    "score_stance",
    "stance_sentences",
    "strongest_evidence",
    "summarise_stance",
]

THRESHOLD = 0.25
"""Article score at or beyond which the stance is favor (>=) or against (<=)."""

SENTENCE_THRESHOLD = 0.6
"""Summed hit value of one sentence row at or beyond which its ``stance`` is favor or against:
one clear evaluative word (weight 0.7 and more) decides; a cooperation word (``اتفاق``: 0.3;
``تعاون``: 0.5), even intensified, never does, nor counts against a clear one."""

SENTENCE_COLUMNS = [
    "article_id",
    "target",
    "sentence_index",
    "sentence",
    "voice",
    "speaker",
    "score",
    "raw",
    "n_hits",
    "hits",
    "stance",
    "holder",
]
_SCORED_COLUMNS = [c for c in SENTENCE_COLUMNS if c not in ("stance", "holder")]
"""What :func:`summarise_stance` needs of a sentence frame."""
SCORE_COLUMNS = [
    "article_id",
    "target",
    "stance",
    "score",
    "confidence",
    "n_mentions",
    "n_evidence",
    "evidence",
]
Voice = Literal["all", "outlet", "quoted"]
"""Whose sentences count: all, the outlet's own voice, or the voices it quotes."""
_VOICES: tuple[Voice, ...] = get_args(Voice)
_STANCES = ("favor", "against", "none")
_PROGRESS_FROM = 200  # articles; fewer finish in a blink


def stance_sentences(
    articles: pd.DataFrame,
    targets: Sequence[str] | None = None,
    *,
    engine: Literal["lexicon"] | Any = "lexicon",
    lexicon: StanceLexicon | None = None,
    gazetteer: Gazetteer | None = None,
    keep: Sequence[str] = ("outlet", "date"),
    progress: bool | None = None,
    cache_dir: str | Path | bool | None = None,
) -> pd.DataFrame:
    """The sentence-level frame for reading: one row per article x sentence x target x voice.

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id`` and ``body``.
    targets : sequence of str, optional
        Actor ids of the gazetteer; default every actor an article mentions.
    engine : "lexicon" or a fitted classifier
        See the module docstring.
    lexicon : StanceLexicon, optional
        For the lexicon engine; default the project lexicon
        (``load_lexicon() + load_nileulex(path)`` adds an external one).
    gazetteer : Gazetteer, optional
        Default the bundled actor gazetteer.
    keep : sequence of str
        Article columns copied onto each row when present (for grouping by outlet, date).
    progress : bool, optional
        Show a progress bar; default for more than 200 articles.
    cache_dir : path or bool, optional
        Keep the rows on disk, one entry per outlet (:mod:`helpers.stance_store`): ``True`` in
        the user cache folder, a path in that folder; ``None`` (default) computes every time.
        Only the lexicon engine with the bundled lexicon and gazetteer is kept. The rows are
        the same, read or computed.

    Returns
    -------
    DataFrame
        Columns :data:`SENTENCE_COLUMNS` (+ ``keep``). Every sentence that mentions a target
        has a row, with ``score`` 0 and empty ``hits`` when nothing evaluative is said about the
        target; a sentence whose hits come from two voices (the outlet, then a quote) has one
        row per voice. ``voice`` is ``outlet`` or ``quoted``; ``speaker`` the quoted speaker
        (None for the outlet or an unknown speaker); ``raw`` the summed hit values and
        ``score = tanh(raw)``; ``hits`` lists ``words -> target (value, rule)``; ``stance`` the
        row's favor/against/none (:func:`sentence_stance`) and ``holder`` who evaluates
        (:func:`holder_of`: ``outlet``, the speaker, or "" when unknown).
    """
    require_columns(articles, ANALYSIS_COLUMNS)
    bundled = lexicon is None and gazetteer is None
    gazetteer = gazetteer or load_gazetteer()
    wanted = _check_targets(targets, gazetteer)
    use_lexicon = isinstance(engine, str)
    if use_lexicon and engine != "lexicon":
        raise ValueError(f"unknown engine {engine!r}; use 'lexicon' or a fitted classifier")
    lexicon = lexicon or default_lexicon()
    if articles["article_id"].duplicated().any():
        raise ValueError("article_id must be unique (drop or rename the duplicated articles)")
    if progress is None:
        progress = len(articles) > _PROGRESS_FROM

    def scored(frame: pd.DataFrame, asked: set[str] | None) -> pd.DataFrame:
        return _scored_rows(frame, gazetteer, asked, lexicon if use_lexicon else None, progress)

    disk = disk_cache(cache_dir) if use_lexicon and bundled else None
    if disk is None:
        frame = scored(articles, wanted)
    else:
        frame = stored_sentences(articles, wanted, scored, disk, __name__)
    if not use_lexicon:
        frame = classifier_scores(frame, engine)
    for column in keep:
        if column in articles.columns:
            frame[column] = articles[column].to_numpy()[frame["_row"].to_numpy(dtype=int)]
    frame = frame.drop(columns="_row")
    frame.attrs["engine"] = "lexicon" if use_lexicon else "classifier"
    return frame


_ArticleMentions = dict[
    int, tuple[list[tuple[int, int]], dict[int, list[MentionInfo]], list[MentionInfo]]
]
"""Row position -> (sentence spans, the mentions of each kept sentence, every mention)."""


def _scored_rows(
    articles: pd.DataFrame,
    gazetteer: Gazetteer,
    wanted: set[str] | None,
    lexicon: StanceLexicon | None,
    progress: bool,
) -> pd.DataFrame:
    """The sentence rows of ``articles`` (no ``keep`` columns) with ``_row``, each one's article
    position; hits from ``lexicon``, none without it (a classifier scores the rows later)."""
    # every actor takes part in attaching hits (العدوان الروسي is about Russia even when only the
    # EU is asked for); only the wanted targets get rows
    bodies = articles["body"].fillna("").astype(str).tolist()
    by_article = _mentions_by_sentence(bodies, gazetteer, wanted, progress)
    ids = articles["article_id"].tolist()
    rows: list[tuple] = []
    records = by_article.items()
    if progress and len(by_article) > _PROGRESS_FROM:
        records = progress_bar(records, total=len(by_article), desc="scoring stance")
    for position, (spans, by_sentence, every) in records:
        text = bodies[position]
        for row in _article_sentences(text, spans, by_sentence, every, wanted, lexicon):
            rows.append((ids[position], *row, position))
    return pd.DataFrame(rows, columns=[*SENTENCE_COLUMNS, "_row"])


def _mentions_by_sentence(
    bodies: list[str], gazetteer: Gazetteer, wanted: set[str] | None, progress: bool
) -> _ArticleMentions:
    """One pass of the gazetteer over every body: row position -> (the body's sentence spans,
    sentence index -> the mentions in that sentence, kept only for sentences that name a
    wanted target, and every mention of the body, for a speaker named in an earlier sentence);
    each body's sentences are found once, for the mentions and the rules."""
    read = enumerate(bodies)
    if progress:
        read = progress_bar(read, total=len(bodies), desc="finding actor mentions")
    by_article: _ArticleMentions = {}
    for position, body in read:
        found = mentions_with_sentences(body, gazetteer, wanted)
        if found is None:
            continue
        by_sentence: dict[int, list[MentionInfo]] = {}
        for index, (actor, alias, start, end), kind, _ in found.mentions:
            info = mention_info(actor, start, end, kind, body[start:end], alias)
            by_sentence.setdefault(index, []).append(info)
        named = {
            index: infos
            for index, infos in by_sentence.items()
            if wanted is None or any(m.actor in wanted for m in infos)
        }
        if named:
            every = [m for infos in by_sentence.values() for m in infos]
            by_article[position] = (found.spans, named, every)
    return by_article


def _check_targets(targets: Sequence[str] | None, gazetteer: Gazetteer) -> set[str] | None:
    if targets is None:
        return None
    if isinstance(targets, str):
        targets = [targets]
    unknown = sorted(set(targets) - set(gazetteer.ids))
    if unknown:
        raise ValueError(f"unknown targets {unknown}; the gazetteer has {gazetteer.ids}")
    return set(targets)


def _article_sentences(
    text: str,
    spans: list[tuple[int, int]],
    by_sentence: dict[int, list[MentionInfo]],
    every: list[MentionInfo],
    wanted: set[str] | None,
    lexicon: StanceLexicon | None,
) -> list[tuple]:
    """Rows (target, sentence_index, sentence, voice, speaker, score, raw, n_hits, hits) of the
    sentences of one article (its sentences at ``spans``) that name a wanted target; ``every``
    mention of the article tells whom a speaker named in an earlier sentence speaks for."""
    quotes = quote_spans(text, spans=spans, upto=max(by_sentence))
    rows = []
    for index, inside in by_sentence.items():
        start, end = spans[index]
        hits = attach_hits(text, inside, lexicon, (start, end)) if lexicon is not None else []
        sentence_quotes = [q for q in quotes if start <= q.speaker_end <= end]
        said = speech_noun_quotes(text, start, end, inside, sentence_quotes) if hits else []
        said += marked_words(text, start, end) if hits else []
        sentence = text[start:end]
        for target in dict.fromkeys(m.actor for m in inside if wanted is None or m.actor in wanted):
            first = next(m.start for m in inside if m.actor == target)
            groups: dict[tuple[str, str | None], list] = {}
            for hit in hits:
                if hit.actor != target or in_denied_clause(text, start, hit):
                    continue  # نفت أن يكون ترامب يعرقل التحقيق: a charge denied
                # ويعتبر النظام الإيراني الراعي الأول للإرهاب: what the actor is held to be, in
                # the voice around it; the actor is no speaker of it
                heard = quotes
                if considered_actor(text, hit, inside):
                    heard = [
                        q for q in quotes if not q.speaker_start <= hit.actor_start < q.speaker_end
                    ]
                elif in_speaker_title(quotes, hit.start):
                    continue
                named = [*heard, *(q for q in said if q.speaker_start >= 0)]
                quote = innermost(named, hit.start) or innermost(said, hit.start)
                if quote is None:
                    # the outlet's account of a deed is an act; of a word in a phrase after
                    # the actor, no deed of that actor
                    if hit.rule != DEED_RULE and narrated_doer(text, hit, inside):
                        groups.setdefault(("outlet", None), []).append(hit)
                    continue
                speaker, holder_start, holder_end = holder_span(quote, inside, hits, text)
                if holder_start <= hit.actor_start < holder_end and (
                    hit.rule not in OBJECT_RULES
                    or names_speaker(text, holder_start, holder_end, hit, inside)
                ):
                    continue  # اتهمت روسيا واشنطن: Russia holds the view, it is not judged
                if own_side(text, quote, every, hits, hit, (holder_start, holder_end), start):
                    continue  # قال الوزير الروسي ... وأضاف أن سياسة موسكو: its own side's words
                groups.setdefault(voice_of(describer(text, quote, speaker)), []).append(hit)
            if not groups:
                quote = innermost(quotes, first)
                if quote is None:
                    groups[("outlet", None)] = []
                else:
                    speaker = holder_span(quote, inside, hits, text)[0]
                    groups[voice_of(describer(text, quote, speaker))] = []
            for (voice, speaker), group in groups.items():
                raw = sum(h.value for h in group)
                listed = "; ".join(
                    f"{h.words} -> {target} ({h.value:+.2f}, {h.rule})" for h in group
                )
                rows.append(
                    (target, index, sentence, voice, speaker, math.tanh(raw), raw, len(group))
                    + (listed, sentence_stance(_decisive(group)), holder_of(voice, speaker))
                )
    return rows


def _decisive(hits: list[Hit]) -> float:
    """The summed value of the hits that may decide a sentence's stance: a cooperation word,
    even intensified (``بالتعاون الكامل``), tells a relation, not a stance: it neither decides
    nor dilutes a clear one (``انتقدت الموقف الأمريكي من الاتفاق`` stays against)."""
    return sum(h.value for h in hits if h.role != "mutual")


def sentence_stance(raw: float) -> str:
    """``favor``, ``against`` or ``none`` for a sentence row's summed hit value
    (:data:`SENTENCE_THRESHOLD`)."""
    if raw >= SENTENCE_THRESHOLD:
        return "favor"
    return "against" if raw <= -SENTENCE_THRESHOLD else "none"


def score_stance(
    articles: pd.DataFrame,
    targets: Sequence[str] | None = None,
    engine: Literal["lexicon"] | Any = "lexicon",
    *,
    voice: Voice = "all",
    lexicon: StanceLexicon | None = None,
    gazetteer: Gazetteer | None = None,
    keep: Sequence[str] = ("outlet", "date"),
    progress: bool | None = None,
) -> pd.DataFrame:
    """Stance of each article toward each target it mentions.

    ``summarise_stance(stance_sentences(articles, ...), voice)`` in one call. To show scores in
    several voices and their evidence, compute :func:`stance_sentences` once and call
    :func:`summarise_stance` and :func:`strongest_evidence` on it: the text is read only once.

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id`` and ``body``; ``outlet``, ``date`` are carried along.
    targets : sequence of str, optional
        Actor ids; default every actor mentioned.
    engine : "lexicon" or a fitted classifier
        See the module docstring.
    voice : {"all", "outlet", "quoted"}
        Which evidence counts: everything, only the outlet's own sentences, or only quotes.
    lexicon, gazetteer, keep, progress
        As in :func:`stance_sentences`.

    Returns
    -------
    DataFrame
        Columns :data:`SCORE_COLUMNS` (+ ``keep``): one row per article x target that the
        article mentions. ``stance`` is favor/against/none, ``score`` in [-1, 1],
        ``n_mentions`` counts the sentences naming the target, ``n_evidence`` the sentence
        rows that carried a decision, ``evidence`` a list of dicts (``sentence, score, voice,
        speaker, hits``), strongest first.
    """
    if voice not in _VOICES:
        raise ValueError(f"voice must be one of {_VOICES}, got {voice!r}")
    sentences = stance_sentences(
        articles,
        targets,
        engine=engine,
        lexicon=lexicon,
        gazetteer=gazetteer,
        keep=keep,
        progress=progress,
    )
    return summarise_stance(sentences, voice)


def summarise_stance(sentences: pd.DataFrame, voice: Voice = "all") -> pd.DataFrame:
    """Article-level stance from a :func:`stance_sentences` frame, without reading the text again.

    Compute the sentence frame once and derive every view from it: the scores in each voice
    and the evidence tables (:func:`strongest_evidence`) then agree row for row.

    Parameters
    ----------
    sentences : DataFrame
        :func:`stance_sentences` output, or any subset of its rows (an outlet, a period). Its
        ``attrs["engine"]`` (``lexicon`` or ``classifier``) chooses the scoring; a frame without
        it is scored as lexicon output.
    voice : {"all", "outlet", "quoted"}
        Which evidence counts: everything, only the outlet's own sentences, or only quotes.

    Returns
    -------
    DataFrame
        As :func:`score_stance`: columns :data:`SCORE_COLUMNS` plus every column of
        ``sentences`` beyond :data:`SENTENCE_COLUMNS` (the ``keep`` columns, from the first row
        of each article), one row per article x target in order of first appearance.
    """
    if voice not in _VOICES:
        raise ValueError(f"voice must be one of {_VOICES}, got {voice!r}")
    # stance and holder are read by the views, not here: a frame from before them still works
    require_columns(sentences, _SCORED_COLUMNS, what="sentences (stance_sentences output)")
    extra = [c for c in sentences.columns if c not in SENTENCE_COLUMNS]
    keys = ["article_id", "target"]
    pairs = sentences.drop_duplicates(keys)[[*keys, *extra]].reset_index(drop=True)
    index = pd.MultiIndex.from_frame(pairs[keys])
    n_mentions = sentences.groupby(keys, sort=False)["sentence_index"].nunique()
    kept = sentences if voice == "all" else sentences[sentences["voice"] == voice]
    evidence = kept[kept["n_hits"] > 0]
    raw = evidence["raw"].to_numpy(dtype=float)
    by_pair = [evidence["article_id"], evidence["target"]]
    if sentences.attrs.get("engine", "lexicon") == "lexicon":
        positive = pd.Series(np.where(raw > 0, raw, 0.0), evidence.index).groupby(by_pair).sum()
        negative = pd.Series(np.where(raw < 0, -raw, 0.0), evidence.index).groupby(by_pair).sum()
        score, confidence = _lexicon_summary(
            positive.reindex(index, fill_value=0.0).to_numpy(),
            negative.reindex(index, fill_value=0.0).to_numpy(),
        )
    else:
        means = kept.groupby(["article_id", "target"])["raw"].mean()
        score = means.reindex(index, fill_value=0.0).to_numpy(dtype=float)
        confidence = np.abs(score)
    stance = np.where(score >= THRESHOLD, "favor", np.where(score <= -THRESHOLD, "against", "none"))
    counts = evidence.groupby(by_pair).size().reindex(index, fill_value=0)
    scores = pd.DataFrame(
        {
            "article_id": pairs["article_id"],
            "target": pairs["target"],
            "stance": stance,
            "score": score,
            "confidence": confidence,
            "n_mentions": n_mentions.reindex(index).to_numpy(dtype=int),
            "n_evidence": counts.to_numpy(dtype=int),
            "evidence": _evidence_lists(evidence, index),
        }
    )
    return pd.concat([scores, pairs[extra]], axis=1)


def _evidence_lists(evidence: pd.DataFrame, index: pd.MultiIndex) -> list[list[dict]]:
    """For each article x target of ``index``, its evidence rows as dicts, strongest first
    (ties in text order)."""
    ordered = evidence.iloc[np.argsort(-evidence["raw"].abs().to_numpy(), kind="stable")]
    columns = ["sentence", "score", "voice", "speaker", "hits"]
    lists: dict[tuple, list[dict]] = {key: [] for key in index}
    for article_id, target, *values in zip(
        *(ordered[c].tolist() for c in ["article_id", "target", *columns]), strict=True
    ):
        lists[article_id, target].append(dict(zip(columns, values, strict=True)))
    return list(lists.values())


def _lexicon_summary(positive: np.ndarray, negative: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(score, confidence) per article x target from its summed positive and negative hit
    values ``P`` and ``N`` (module docstring); both 0 without evidence."""
    total = positive + negative
    difference = positive - negative
    score = difference / (total + 1)
    with np.errstate(invalid="ignore", divide="ignore"):
        confidence = np.where(total > 0, np.abs(difference) / total * -np.expm1(-total), 0.0)
    return score, confidence


def compare_outlets(
    scores: pd.DataFrame,
    by: str = "outlet",
    *,
    n_boot: int = 1000,
    level: float = 0.95,
    random_state: int | None = 0,
    min_articles: int = 1,
) -> pd.DataFrame:
    """Mean stance score per group x target with a bootstrap interval.

    Parameters
    ----------
    scores : DataFrame
        :func:`score_stance` output (needs ``by``, ``target``, ``score``).
    by : str, default "outlet"
        The grouping column.
    n_boot : int, default 1000
        Bootstrap resamples of the articles in each cell.
    level : float, default 0.95
        Coverage of the percentile interval.
    random_state : int, optional
        Seed, so a notebook rerun gives the same intervals.
    min_articles : int, default 1
        Cells with fewer articles are left out.

    Returns
    -------
    DataFrame
        ``<by>, target, mean, low, high, n`` plus ``favor, against, none`` (article counts).
        With one article the interval collapses to its score.
    """
    require_columns(scores, [by, "target", "score"], what="scores")
    rng = np.random.default_rng(random_state)
    tail = (1 - level) / 2 * 100
    rows = []
    for (group, target), cell in scores.groupby([by, "target"], sort=True):
        values = cell["score"].to_numpy(dtype=float)
        if len(values) < min_articles:
            continue
        means = rng.choice(values, size=(n_boot, len(values)), replace=True).mean(axis=1)
        low, high = np.percentile(means, [tail, 100 - tail])
        counts = cell["stance"].value_counts() if "stance" in cell else pd.Series(dtype=int)
        rows.append(
            (group, target, values.mean(), low, high, len(values))
            + tuple(int(counts.get(s, 0)) for s in _STANCES)
        )
    return pd.DataFrame(rows, columns=[by, "target", "mean", "low", "high", "n", *_STANCES])


def strongest_evidence(
    sentences: pd.DataFrame, by: str = "outlet", *, n: int = 3, voice: Voice = "all"
) -> pd.DataFrame:
    """The strongest evidence sentences per group x target, so a reader can check a claim.

    Parameters
    ----------
    sentences : DataFrame
        :func:`stance_sentences` output (needs ``by``).
    by : str, default "outlet"
        The grouping column.
    n : int, default 3
        Sentences per cell, by decreasing ``|score|``; only sentences that take a stance
        (``stance`` favor or against, where the column is given).
    voice : {"all", "outlet", "quoted"}
        Which voices to show.

    Returns
    -------
    DataFrame
        ``<by>, target, article_id, sentence, score, voice, holder, speaker, hits``; holder (who
        holds the view: ``outlet``, a name, "" unnamed) where ``sentences`` has it.
    """
    if voice not in _VOICES:
        raise ValueError(f"voice must be one of {_VOICES}, got {voice!r}")
    require_columns(sentences, [by], what="sentences")
    kept = sentences[sentences["n_hits"] > 0]
    if "stance" in kept:  # a weak word alone (تعاون، الاتفاق) takes no stance: it is no evidence
        kept = kept[kept["stance"] != "none"]
    if voice != "all":
        kept = kept[kept["voice"] == voice]
    kept = kept.assign(_strength=kept["score"].abs()).sort_values(
        [by, "target", "_strength"], ascending=[True, True, False], kind="stable"
    )
    top = kept.groupby([by, "target"], sort=False).head(n)
    holder = ["holder"] if "holder" in top else []
    columns = [by, "target", "article_id", "sentence", "score", "voice", *holder, "speaker", "hits"]
    return top[columns].reset_index(drop=True)
