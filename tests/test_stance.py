"""Stance toward actors: hand-written sentences, arithmetic, outlets, classifier, real data."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import f1_score

from helpers.actors import mentions_in
from helpers.arabic import normalize
from helpers.corpus import load_corpus
from helpers.stance import (
    SCORE_COLUMNS,
    SENTENCE_COLUMNS,
    StanceClassifier,
    compare_outlets,
    score_stance,
    stance_sentences,
    strongest_evidence,
    summarise_stance,
)
from helpers.stance_lexicon import load_lexicon, load_nileulex

TARGETS = ["russia", "usa", "ukraine", "nato", "eu"]

# (sentence, target, expected stance). The first block is the hard cases: polarity must
# attach to the actor it is about, not to whoever stands nearby.
CASES = [
    # scoping: sanctions and violations are about Russia, not about the West that imposes them
    ("فرضت الدول الغربية عقوبات على روسيا ردًا على انتهاكاتها.", "russia", "against"),
    # welcome: favour toward the object after ب, nothing for the subject who welcomes
    ("رحبت العواصم الأوروبية بالموقف الأمريكي.", "usa", "favor"),
    ("رحب الاتحاد الأوروبي بالموقف الأمريكي.", "eu", "none"),
    # an actor that is merely the subject of a neutral verb
    ("زار الرئيس الروسي العاصمة الصينية أمس.", "russia", "none"),
    ("اجتمع وزير الخارجية الأمريكي بنظيره الأوكراني في كييف.", "usa", "none"),
    ("قالت أوكرانيا إن الاجتماع سيعقد الأسبوع المقبل.", "ukraine", "none"),
    # negation: غير مقبول is negative, about the clause's subject, not the border's owner
    ("إن قيام روسيا بنشر قواتها على طول الحدود الأوكرانية أمر غير مقبول.", "russia", "against"),
    ("إن قيام روسيا بنشر قواتها على طول الحدود الأوكرانية أمر غير مقبول.", "ukraine", "none"),
    ("الموقف الأمريكي ليس إيجابيا.", "usa", "against"),
    ("لم يكن نجاح روسيا كاملا.", "russia", "against"),
    ("يرى مراقبون أن الموقف الأمريكي غير مقبول.", "usa", "against"),
    # a negated conflict word is not praise, a missing agreement is not hostility
    ("دعا الناتو إلى عدم التصعيد.", "nato", "none"),
    ("انتهت المحادثات بين روسيا والناتو دون اتفاق.", "nato", "none"),
    # support: دعم X لـY favours Y, not X
    ("أكدت واشنطن دعمها الكامل لأوكرانيا.", "ukraine", "favor"),
    ("أكدت واشنطن دعمها الكامل لأوكرانيا.", "usa", "none"),
    ("تلقى تأكيدات حول دعم الولايات المتحدة الكامل لأوكرانيا.", "ukraine", "favor"),
    ("تلقى تأكيدات حول دعم الولايات المتحدة الكامل لأوكرانيا.", "usa", "none"),
    # aggression: the aggressor, not the victim nor the one who condemns
    ("أدان الاتحاد الأوروبي العدوان الروسي على أوكرانيا.", "russia", "against"),
    ("أدان الاتحاد الأوروبي العدوان الروسي على أوكرانيا.", "ukraine", "none"),
    ("أدان الاتحاد الأوروبي العدوان الروسي على أوكرانيا.", "eu", "none"),
    ("ندد الكرملين بالتصعيد الأمريكي.", "usa", "against"),
    ("ندد الكرملين بالتصعيد الأمريكي.", "russia", "none"),
    ("تدين روسيا بشدة الانتهاكات الأوكرانية.", "ukraine", "against"),
    ("تدين روسيا بشدة الانتهاكات الأوكرانية.", "russia", "none"),
    # a threat is a speech act of the threatener (GUIDELINES.md: "against: the actor is ...
    # threatened"; the target is the actor the evaluation is ABOUT, not the one who utters it):
    # against the threatened, held by the threatener, none toward the threatener. Russia is
    # not written as the one the US threats are aimed at here, so no stance toward it either.
    ("لم تبد روسيا أي اكتراث للتهديدات الأمريكية.", "usa", "none"),
    ("لم تبد روسيا أي اكتراث للتهديدات الأمريكية.", "russia", "none"),
    ("اتهمت موسكو واشنطن بتأجيج التوتر.", "usa", "against"),
    ("هددت روسيا بالرد على أي تحرك للناتو.", "nato", "against"),
    ("هددت روسيا بالرد على أي تحرك للناتو.", "russia", "none"),
    ("لوحت واشنطن بفرض عقوبات جديدة على موسكو.", "russia", "against"),
    ("لوحت واشنطن بفرض عقوبات جديدة على موسكو.", "usa", "none"),
    ("رفضت بكين تهديدات ترامب للصين.", "china", "against"),
    ("رفضت بكين تهديدات ترامب للصين.", "usa", "none"),
    # ... but what endangers what is the outlet's evaluation of the subject, no speech act
    ("تهدد روسيا أمن المنطقة بحشودها.", "russia", "against"),
    ("يهدد التصعيد الروسي أمن أوروبا.", "russia", "against"),
    ("يشكل توسع الناتو تهديدا مباشرا لأمن المنطقة.", "nato", "against"),
    ("تواصل روسيا حشد قواتها في استفزاز واضح.", "russia", "against"),
    ("ارتكبت القوات الروسية جرائم حرب وحشية.", "russia", "against"),
    # evaluation of an actor
    ("حققت روسيا نجاحا دبلوماسيا.", "russia", "favor"),
    ("لم تنجح روسيا في تحقيق أهدافها.", "russia", "none"),
    ("وصف المراقبون الموقف الأمريكي بأنه إيجابي.", "usa", "favor"),
    ("أشاد الاتحاد الأوروبي بصمود أوكرانيا.", "ukraine", "favor"),
    ("أثبت الاتحاد الأوروبي عجزه عن اتخاذ قرار مستقل.", "eu", "against"),
    ("نجح الاتحاد الأوروبي في منع الحرب.", "eu", "favor"),
    ("لقي الموقف الأوكراني ترحيبا واسعا في أوروبا.", "ukraine", "favor"),
    # sanctions are a reported act (role_frames.toml [acts]): imposing, refusing or lifting them
    # is no stance toward the sanctioned (issue 18; the real-news guidelines call acts none)
    ("رفضت الصين العقوبات على روسيا.", "russia", "none"),
    ("رفعت الولايات المتحدة العقوبات عن روسيا.", "russia", "none"),
    # cooperation framing
    ("أعربت أوكرانيا عن تضامنها مع الشعب الأمريكي.", "usa", "favor"),
    ("أعربت أوكرانيا عن تضامنها مع الشعب الأمريكي.", "ukraine", "none"),
    ("وفي ختام المحادثات أشاد الطرفان بالتعاون بين روسيا والولايات المتحدة.", "russia", "favor"),
    # خطًا أحمر is a red line, not خطأ (a mistake), once diacritics and hamza are folded
    ("تعدّ موسكو انضمام أوكرانيا إلى الحلف خطًا أحمر.", "ukraine", "none"),
    # a clause opening with a pronoun (وهي) describes the last actor named, even inside a
    # prepositional phrase: the policy is NATO's, not the subject's who invokes it
    ("يتمسك الأمريكيون بسياسة الناتو، وهي سياسة عدوانية.", "nato", "against"),
    ("يتمسك الأمريكيون بسياسة الناتو، وهي سياسة عدوانية.", "usa", "none"),
    # an adjective before a relative clause is about the relative clause's subject
    ("ناقش الاجتماع المخاوف المشروعة التي طرحتها روسيا.", "russia", "favor"),
    # talk about dialogue is reported, not dialogue
    ("تحدث الحلف عن الحوار مع روسيا.", "nato", "none"),
]


def frame(*bodies: str, outlet: str | None = None) -> pd.DataFrame:
    articles = pd.DataFrame({"article_id": [f"a{i}" for i in range(len(bodies))], "body": bodies})
    if outlet is not None:
        articles["outlet"] = outlet
    return articles


@pytest.mark.parametrize(("sentence", "target", "expected"), CASES)
def test_hand_written_sentences(sentence: str, target: str, expected: str) -> None:
    scores = score_stance(frame(sentence), [target])
    assert len(scores) == 1, "the target must be mentioned"
    row = scores.iloc[0]
    assert row["stance"] == expected, row["evidence"]
    if expected == "none":
        assert row["n_evidence"] == 0 or abs(row["score"]) < 0.25


def test_enough_hand_written_sentences() -> None:
    assert len(CASES) >= 30


def test_score_and_confidence_arithmetic() -> None:
    # one agent hit of weight -1.5 (عدوان) and one evaluative hit of +1.0 (نجاح):
    # P = 1.0, N = 1.5; score = (P - N) / (P + N + 1) = -0.5 / 3.5;
    # confidence = |P - N| / (P + N) * (1 - exp(-(P + N))) = 0.2 * (1 - e^-2.5)
    scores = score_stance(frame("استمر العدوان الروسي. وحققت روسيا نجاحا."), ["russia"])
    row = scores.iloc[0]
    assert row["score"] == pytest.approx(-0.5 / 3.5)
    assert row["confidence"] == pytest.approx(0.2 * (1 - math.exp(-2.5)))
    assert (row["n_mentions"], row["n_evidence"]) == (2, 2)
    assert row["stance"] == "none"  # |-0.143| < 0.25
    # evidence strongest first, each sentence scored tanh(raw)
    assert [e["score"] for e in row["evidence"]] == pytest.approx([math.tanh(-1.5), math.tanh(1)])
    single = score_stance(frame("استمر العدوان الروسي."), ["russia"]).iloc[0]
    assert single["score"] == pytest.approx(-1.5 / 2.5)  # -0.6: against
    assert single["stance"] == "against"


def test_intensifier_multiplies() -> None:
    sentences = stance_sentences(frame("أكدت واشنطن دعمها الكامل لأوكرانيا."), ["ukraine"])
    assert sentences["raw"].tolist() == pytest.approx([1.0 * 1.3])
    assert "دعمها الكامل" in sentences["hits"].iloc[0]


@pytest.mark.parametrize(
    ("sentence", "target", "holder"),
    [
        ("توعدت إيران إسرائيل برد قاس.", "israel", "إيران"),
        ("هددت روسيا بالرد على أي تحرك للناتو.", "nato", "روسيا"),
        ("تجاهلت طهران التهديدات الأمريكية بفرض عقوبات على إيران.", "iran", "الأمريكية"),
        # anger and fear are the angry or fearful party's view, not the outlet's
        ("أثار قرار روسيا إغلاق المعبر غضب الأوكرانيين.", "russia", "الأوكرانيين"),
        ("تتصاعد مخاوف السوريين من قيام إيران بتوسيع نفوذها.", "iran", "السوريين"),
    ],
)
def test_threat_anger_and_fear_are_held_by_their_party(
    sentence: str, target: str, holder: str
) -> None:
    row = stance_sentences(frame(sentence), [target]).iloc[0]
    assert (row["stance"], row["voice"], row["holder"]) == ("against", "quoted", holder)


def test_voice_separates_the_outlet_from_its_quotes() -> None:
    body = "قال الكرملين إن العدوان الأمريكي مرفوض. وتواصل واشنطن استفزازاتها في المنطقة."
    quoted = score_stance(frame(body), ["usa"], voice="quoted").iloc[0]
    outlet = score_stance(frame(body), ["usa"], voice="outlet").iloc[0]
    assert quoted["stance"] == "against" and quoted["n_evidence"] == 1
    assert quoted["evidence"][0]["voice"] == "quoted"
    assert quoted["evidence"][0]["speaker"] == "الكرملين"
    assert outlet["n_evidence"] == 1
    assert outlet["evidence"][0]["voice"] == "outlet"
    assert "استفزازاتها" in outlet["evidence"][0]["sentence"]
    both = score_stance(frame(body), ["usa"]).iloc[0]
    assert both["n_evidence"] == 2 and both["n_mentions"] == 2


def sentence_rows(rows: list[tuple], engine: str | None = None) -> pd.DataFrame:
    """A hand-made sentence frame: (article_id, target, sentence_index, voice, raw, n_hits)."""
    frame = pd.DataFrame(
        [
            (a, t, i, f"s{i}", v, None, math.tanh(raw), raw, n, "" if n == 0 else "w", "", "")
            for a, t, i, v, raw, n in rows
        ],
        columns=SENTENCE_COLUMNS,
    ).assign(outlet="X")
    if engine is not None:
        frame.attrs["engine"] = engine
    return frame


def test_spoken_of_cooperation_is_no_hit() -> None:
    # the same cooperation word counts when enacted (حوار الحلف مع روسيا: +0.3, tanh 0.291),
    # and not when it is what someone talks about (حديث الحلف عن الحوار)
    enacted, spoken = stance_sentences(
        frame("بدأ حوار الحلف مع روسيا.", "انتهى حديث الحلف عن الحوار مع روسيا."), ["nato"]
    ).itertuples()
    assert (enacted.n_hits, enacted.raw) == (1, pytest.approx(0.3))
    assert enacted.score == pytest.approx(math.tanh(0.3))
    assert (spoken.n_hits, spoken.raw) == (0, 0.0)


def test_opinion_verb_gives_its_subject_the_voice() -> None:
    # تعتبر with a subject and no complementiser: the judgement is the US's view, not the outlet's
    body = "إلا أن الولايات المتحدة تعتبر المطالب الروسية غير مقبولة."
    row = stance_sentences(frame(body), ["russia"]).iloc[0]
    assert (row["voice"], row["speaker"], row["raw"]) == ("quoted", "الولايات المتحدة", -1.0)
    outlet = score_stance(frame(body), ["russia"], voice="outlet").iloc[0]
    assert (outlet["stance"], outlet["n_evidence"]) == ("none", 0)


def test_summarise_stance_arithmetic_by_voice() -> None:
    sentences = sentence_rows(
        [
            ("a", "russia", 0, "outlet", 1.0, 1),
            ("a", "russia", 1, "quoted", -1.5, 1),
            ("a", "russia", 1, "outlet", 0.0, 0),  # the same sentence again, no evidence
            ("a", "usa", 1, "quoted", 0.0, 0),
            ("b", "russia", 0, "outlet", -2.0, 1),
        ]
    )
    table = summarise_stance(sentences).set_index(["article_id", "target"])
    # a x russia, all voices: P = 1, N = 1.5 -> score -0.5 / 3.5, confidence 0.2 * (1 - e^-2.5)
    row = table.loc[("a", "russia")]
    assert row["score"] == pytest.approx(-0.5 / 3.5)
    assert row["confidence"] == pytest.approx(0.2 * (1 - math.exp(-2.5)))
    assert (row["n_mentions"], row["n_evidence"], row["stance"]) == (2, 2, "none")
    assert [e["score"] for e in row["evidence"]] == pytest.approx([math.tanh(-1.5), math.tanh(1)])
    # b: one hit of -2: score -2 / 3, against; a x usa: named, no evidence
    assert table.loc[("b", "russia"), "score"] == pytest.approx(-2 / 3)
    assert table.loc[("b", "russia"), "stance"] == "against"
    assert table.loc[("a", "usa"), ["score", "n_evidence", "stance"]].tolist() == [0.0, 0, "none"]
    # the outlet's voice alone: P = 1, N = 0 -> 1 / 2 = 0.5, favor; mentions still count both
    own = summarise_stance(sentences, voice="outlet").set_index(["article_id", "target"])
    assert own.loc[("a", "russia"), ["score", "stance", "n_mentions"]].tolist() == [0.5, "favor", 2]
    assert own.loc[("a", "russia"), "confidence"] == pytest.approx(1 - math.exp(-1))
    # order of first appearance, keep columns carried
    assert list(zip(table.index, table["outlet"], strict=True)) == [
        (("a", "russia"), "X"),
        (("a", "usa"), "X"),
        (("b", "russia"), "X"),
    ]


def test_summarise_stance_of_a_classifier_frame_averages_sentences() -> None:
    # classifier rows: raw = P(favor) - P(against); the article scores the mean over every
    # sentence that names the target, evidence or not: (0.6 + 0.0 - 0.3) / 3 = 0.1
    sentences = sentence_rows(
        [
            ("a", "russia", 0, "outlet", 0.6, 1),
            ("a", "russia", 1, "outlet", 0.0, 0),
            ("a", "russia", 2, "outlet", -0.3, 1),
        ],
        engine="classifier",
    )
    row = summarise_stance(sentences).iloc[0]
    assert (row["score"], row["confidence"]) == pytest.approx((0.1, 0.1))
    assert (row["stance"], row["n_evidence"]) == ("none", 2)


def test_summarise_stance_matches_score_stance() -> None:
    bodies = (
        "قال الكرملين إن العدوان الأمريكي مرفوض. وتواصل واشنطن استفزازاتها في المنطقة.",
        "أدان الاتحاد الأوروبي العدوان الروسي على أوكرانيا. وحققت روسيا نجاحا.",
        "مباراة كرة قدم.",
    )
    articles = frame(*bodies, outlet="X")
    sentences = stance_sentences(articles, TARGETS)
    assert sentences.attrs["engine"] == "lexicon"
    for voice in ("all", "outlet", "quoted"):
        pd.testing.assert_frame_equal(
            summarise_stance(sentences, voice), score_stance(articles, TARGETS, voice=voice)
        )
    empty = summarise_stance(sentences.iloc[:0])
    assert empty.empty and list(empty.columns) == [*SCORE_COLUMNS, "outlet"]
    with pytest.raises(ValueError, match="stance_sentences"):
        summarise_stance(sentences.drop(columns="raw"))


def test_rows_only_for_mentioned_targets_and_columns() -> None:
    scores = score_stance(frame("أدان الاتحاد الأوروبي العدوان الروسي.", "مباراة كرة قدم."))
    assert list(scores.columns[: len(SCORE_COLUMNS)]) == SCORE_COLUMNS
    assert sorted(scores["target"]) == ["eu", "russia"]
    assert set(scores["article_id"]) == {"a0"}
    sentences = stance_sentences(frame("زار الرئيس الروسي الصين. ثم عاد."), ["russia"])
    assert list(sentences.columns[: len(SENTENCE_COLUMNS)]) == SENTENCE_COLUMNS
    assert sentences[["sentence_index", "n_hits", "score"]].values.tolist() == [[0, 0, 0.0]]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: score_stance(pd.DataFrame({"body": ["x"]})), "article_id"),
        (lambda: score_stance(frame("روسيا"), ["atlantis"]), "unknown targets"),
        (lambda: score_stance(frame("روسيا"), voice="editor"), "voice"),
        (lambda: score_stance(frame("روسيا"), engine="bert"), "unknown engine"),
        (lambda: score_stance(frame("روسيا", "روسيا").assign(article_id="x")), "unique"),
    ],
)
def test_bad_input_is_refused(call, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call()


def test_compare_outlets_bootstrap_by_hand() -> None:
    scores = pd.DataFrame(
        {
            "outlet": ["A", "A", "B", "C", "C", "C"],
            "target": "russia",
            "score": [0.0, 1.0, 0.2, 0.5, -0.5, 1.0],
            "stance": ["none", "favor", "none", "favor", "against", "favor"],
        }
    )
    table = compare_outlets(scores, n_boot=4000, random_state=1).set_index("outlet")
    # A: resampled means of {0, 1} are 0, 0.5, 1 with probabilities 1/4, 1/2, 1/4, so the 2.5th
    # and 97.5th percentiles are 0 and 1
    assert (table.loc["A", "low"], table.loc["A", "high"]) == (0.0, 1.0)
    assert table.loc["A", "mean"] == 0.5
    # B: one article, the interval collapses onto it
    assert (table.loc["B", "low"], table.loc["B", "mean"], table.loc["B", "high"]) == (0.2,) * 3
    # C: mean (0.5 - 0.5 + 1) / 3, inside an interval bounded by the extreme means -0.5 and 1
    assert table.loc["C", "mean"] == pytest.approx(1 / 3)
    assert -0.5 <= table.loc["C", "low"] < 1 / 3 < table.loc["C", "high"] <= 1.0
    assert table.loc["C", ["n", "favor", "against", "none"]].tolist() == [3, 2, 1, 0]
    again = compare_outlets(scores, n_boot=4000, random_state=1).set_index("outlet")
    pd.testing.assert_frame_equal(table, again)


def test_strongest_evidence_orders_by_strength() -> None:
    body = "استمر العدوان الروسي. وحققت روسيا نجاحا. وأبدت روسيا مرونة."
    sentences = stance_sentences(frame(body, outlet="X"), ["russia"])
    top = strongest_evidence(sentences, n=2)
    assert top["score"].tolist() == pytest.approx([math.tanh(-1.5), math.tanh(1.0)])
    assert set(top["outlet"]) == {"X"}


def test_evidence_is_only_sentences_that_take_a_stance() -> None:
    # a cooperation word alone is scored but takes no stance: it is no evidence
    body = "وقعت روسيا اتفاق تعاون جديد. واستمر العدوان الروسي."
    sentences = stance_sentences(frame(body, outlet="X"), ["russia"])
    assert set(sentences["stance"]) == {"none", "against"}
    top = strongest_evidence(sentences, n=3)
    assert top["sentence"].tolist() == ["واستمر العدوان الروسي."]


def test_lexicon_reads_through_clitics_and_suffixes() -> None:
    lexicon = load_lexicon()
    assert ("انتهاك", True, False) in lexicon.readings("وانتهاكاتها")
    assert ("عقوبات", False, False) in lexicon.readings("بالعقوبات")
    assert ("مقبول", False, False) in lexicon.readings("مقبولة")
    assert lexicon.readings("لبنان") == []


@pytest.mark.parametrize(
    ("word", "term"),
    [
        ("واتهموا", "اتهم"),  # they accused
        ("رحبنا", "رحب"),  # we welcomed
        ("أشادتا", "أشاد"),  # the two (f.) praised
        ("ندين", "يدين"),  # we condemn
        ("ونستنكر", "يستنكر"),
        ("يدينان", "يدين"),  # the two condemn
    ],
)
def test_lexicon_reads_a_verb_in_every_person(word: str, term: str) -> None:
    found = load_lexicon().match([normalize(word), "x"], 0)
    assert found is not None and found[0].term == term


def test_person_forms_are_read_only_as_verbs(tmp_path) -> None:
    path = tmp_path / "lexicon.tsv"
    path.write_text("يشيد\t1\tpatient\tverb\tpraises\nيسير\t1\tevaluative\tadj\teasy\n", "utf-8")
    lexicon = load_lexicon(path)
    assert lexicon.match([normalize("نشيد")], 0)[0].term == "يشيد"
    assert lexicon.match([normalize("نسير")], 0) is None  # a person prefix makes no adjective
    assert load_lexicon().match([normalize("أدين"), "بالتجسس"], 0) is None  # was convicted


@pytest.mark.parametrize("verb", ["ندين", "إننا ندين", "نحن ندين"])
def test_a_verb_before_a_hostile_noun_leaves_its_doer_named(verb: str) -> None:
    """``ندين العدوان الإسرائيلي``: the verb heads no construct (unlike ``مجزرة الاحتلال``),
    so the adjective after the act names its doer."""
    body = f"وقال الوزير: {verb} العدوان الإسرائيلي على غزة."
    rows = stance_sentences(frame(body), ["israel"])
    assert rows["stance"].tolist() == ["against"]
    assert rows["holder"].tolist() == ["الوزير"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("عدوان\tقوي\tagent\n", "not a number"),
        ("عدوان\t-1\tvillain\n", "role"),
        ("عدوان\n", "line 1"),
    ],
)
def test_bad_lexicon_file_is_refused(tmp_path, line: str, message: str) -> None:
    path = tmp_path / "lexicon.tsv"
    path.write_text(line, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_lexicon(path)


def test_external_lexicon_adds_words(tmp_path) -> None:
    path = tmp_path / "extra.csv"
    path.write_text("term,polarity,egyptian,msa\nمبهر,positive,1,0\n", encoding="utf-8")
    lexicon = load_lexicon() + load_nileulex(path)
    body = "قدمت روسيا عرضا مبهرا."
    assert score_stance(frame(body), ["russia"]).iloc[0]["stance"] == "none"
    assert score_stance(frame(body), ["russia"], lexicon=lexicon).iloc[0]["stance"] == "favor"


def test_nileulex_when_present(shared_data) -> None:
    path = shared_data / "nileulex" / "NileULex_v0.27.csv"
    if not path.exists():
        pytest.skip("NileULex is absent")
    lexicon = load_nileulex(path)
    weights = lexicon.entries.set_index("term")["weight"]
    assert (weights["ممتاز"], weights["مشين"]) == (1.0, -1.0)
    body = "وصف المراقبون الأداء الروسي بأنه ممتاز."
    combined = load_lexicon() + lexicon
    assert score_stance(frame(body), ["russia"], lexicon=combined).iloc[0]["stance"] == "favor"


# --- the bundled corpus --------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled(bundled_corpus) -> pd.DataFrame:
    return load_corpus(bundled_corpus).analysis_view()


def test_bundled_articles_agree_with_labels(bundled, bundled_corpus) -> None:
    labels = pd.read_csv(bundled_corpus / "labels.csv")
    scores = score_stance(bundled, TARGETS, voice="outlet")
    merged = labels.merge(scores, on=["article_id", "target"], how="left")
    merged["stance"] = merged["stance_y"].fillna("none")
    truth = merged["stance_x"]
    opposite = merged[
        ((truth == "favor") & (merged["stance"] == "against"))
        | ((truth == "against") & (merged["stance"] == "favor"))
    ]
    assert opposite.empty, opposite[["article_id", "target", "stance_x", "stance"]]
    agreement = (truth == merged["stance"]).mean()
    # 45 of 50 agreed (0.90) when this floor was set; issue 12 asks that it not drop (a floor
    # of 0.88 let the seed's Kremlin satisfaction slip through as the outlet's favor).
    assert agreement >= 0.90, merged.loc[truth != merged["stance"], ["article_id", "target"]]


def test_evidence_sentences_contain_their_target(bundled) -> None:
    scores = score_stance(bundled, TARGETS)
    checked = 0
    for row in scores.itertuples():
        for evidence in row.evidence:
            assert row.target in {m.actor for m in mentions_in(evidence["sentence"])}
            checked += 1
    assert checked > 20


# --- the trainable engine -------------------------------------------------------------------

TOY_TEXTS = [
    ("ندعم هذا القرار بقوة", "Favor"),
    ("قرار ممتاز ونؤيده", "Favor"),
    ("خطوة رائعة نؤيدها", "Favor"),
    ("نرفض هذا القرار تماما", "Against"),
    ("قرار سيئ ونرفضه", "Against"),
    ("خطوة فاشلة نرفضها", "Against"),
    ("عقد الاجتماع اليوم", "None"),
    ("وصل الوفد صباحا", "None"),
    ("انتهى اللقاء مساء", "None"),
]


def toy_model() -> StanceClassifier:
    texts, labels = zip(*(TOY_TEXTS * 3), strict=True)
    X = pd.DataFrame({"text": texts, "target": "russia"})
    return StanceClassifier(C=1.0).fit(X, list(labels))


def sentences_about(target: str, *texts: str) -> pd.DataFrame:
    return pd.DataFrame({"text": list(texts), "target": target})


def test_classifier_api() -> None:
    model = toy_model()
    assert list(model.classes_) == ["Against", "Favor", "None"]
    predicted = model.predict(sentences_about("russia", "نؤيد القرار بقوة", "نرفض القرار"))
    assert list(predicted) == ["Favor", "Against"]
    proba = model.predict_proba(sentences_about("russia", "نؤيد القرار"))
    assert proba.shape == (1, 3) and proba.sum() == pytest.approx(1.0)
    with pytest.raises(ValueError, match="not fitted"):
        StanceClassifier().predict(sentences_about("russia", "a"))
    with pytest.raises(ValueError, match="two stance labels"):
        StanceClassifier().fit(sentences_about("x", "a", "b"), ["Favor", "Favor"])


def test_classifier_as_engine() -> None:
    model = toy_model()
    body = "قالت روسيا إنها تؤيد القرار بقوة. ووصل الوفد الروسي صباحا."
    scores = score_stance(frame(body), ["russia"], engine=model)
    row = scores.iloc[0]
    proba = model.predict_proba(sentences_about("russia", "قالت روسيا إنها تؤيد القرار بقوة."))[0]
    first = proba[1] - proba[0]  # P(favor) - P(against) of the first sentence
    assert row["evidence"][0]["score"] == pytest.approx(first)
    assert row["n_mentions"] == 2
    assert row["stance"] in ("favor", "against", "none")


def test_mawqif_macro_f1_floor(shared_data) -> None:
    read = {"encoding": "utf-8-sig", "keep_default_na": False}
    train = pd.read_csv(shared_data / "mawqif" / "Mawqif_AllTargets_Train.csv", **read)
    test = pd.read_csv(shared_data / "mawqif" / "Mawqif_AllTargets_Test.csv", **read)
    model = StanceClassifier().fit(train[["text", "target"]], train["stance"])
    predicted = model.predict(test[["text", "target"]])
    assert set(np.unique(predicted)) <= {"Favor", "Against", "None"}
    majority = f1_score(test["stance"], np.full(len(test), "Favor"), average="macro")
    assert majority == pytest.approx(0.254, abs=0.001)  # 380/619 Favor: F1 0.762 / 3
    # measured 0.593 (Favor 0.798, Against 0.636, None 0.346); the floor leaves room for noise
    assert f1_score(test["stance"], predicted, average="macro") >= 0.57


def test_evidence_names_who_holds_each_view() -> None:
    body = "واستمر العدوان الروسي. وانتقد وزير الخارجية الفرنسي التدخل الروسي."
    sentences = stance_sentences(frame(body, outlet="X"), ["russia"])
    top = strongest_evidence(sentences, n=3)
    assert dict(zip(top["voice"], top["holder"], strict=True)) == {
        "outlet": "outlet",
        "quoted": "وزير الخارجية الفرنسي",
    }
