"""Whose voice a stance hit is in: speech nouns, the holder phrase, relaying agencies."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.stance import stance_sentences
from helpers.stance_clauses import MentionInfo
from helpers.stance_voices import holder_of, speech_noun_quotes


def quoted(text: str) -> list[tuple[str, str | None]]:
    """Each speech-noun quote of ``text`` as (its text, its speaker)."""
    return [(text[q.start : q.end], q.speaker) for q in speech_noun_quotes(text, 0, len(text))]


def test_a_speech_noun_quotes_its_clause() -> None:
    text = "وتراجع التبادل بسبب انتقاد المفوضية لانتهاكات الحكومة، واستمر الركود."
    # the genitive before the ل-object is the one who criticises
    assert quoted(text) == [("انتقاد المفوضية لانتهاكات الحكومة", "المفوضية")]
    # through clitics and an owner's pronoun
    assert quoted("وبعد أشهر من واتهامها بالغش، عاد الوفد.") == [("واتهامها بالغش", None)]


def test_the_charge_after_a_comma_stays_in_the_accusation() -> None:
    text = "ووجهت النيابة اتهاما لصحفي أجنبي، بالتجسس لصالح جهة معادية."
    # the subject of وجه made the accusation (helpers/stance_owners.voiced_by_subject)
    assert quoted(text) == [("اتهاما لصحفي أجنبي، بالتجسس لصالح جهة معادية.", "النيابة")]


def test_a_complementiser_ends_the_accusation() -> None:
    text = "ويمكن لاتهامات الفساد أن تضر بسمعة الحزب."
    assert quoted(text) == [("لاتهامات الفساد", None)]


def test_the_accusers_after_min() -> None:
    text = "وتعرضت الشركة لانتقادات من منظمات بيئية بسبب التلوث."
    assert quoted(text)[0][1] == "منظمات بيئية"


@pytest.mark.parametrize(
    ("voice", "speaker", "holder"),
    [
        ("outlet", None, "outlet"),
        ("quoted", "وزارة الخارجية البريطانية", "وزارة الخارجية البريطانية"),
        ("quoted", "وكالة رويترز", ""),
        ("quoted", None, ""),
    ],
)
def test_holder_of(voice: str, speaker: str | None, holder: str) -> None:
    assert holder_of(voice, speaker) == holder


def one_row(body: str, target: str) -> pd.Series:
    articles = pd.DataFrame({"article_id": ["a"], "body": [body], "outlet": ["X"]})
    rows = stance_sentences(articles, [target])
    rows = rows[rows["n_hits"] > 0]
    assert len(rows) == 1, rows
    return rows.iloc[0]


@pytest.mark.parametrize(
    ("body", "target", "holder"),
    [
        # an evaluation verb with its object as a pronoun: the subject follows it
        ("وضمت روسيا الإقليم في خطوة أدانتها الأمم المتحدة بشدة.", "russia", "الأمم المتحدة"),
        # a plural verb of saying
        ("وقال مسؤولون أوروبيون إن العدوان الروسي مستمر.", "russia", "مسؤولون أوروبيون"),
        # an accusation is the accusers' claim, named or not
        ("وتوترت العلاقات بعد اتهام الحكومة لروسيا بالتجسس.", "russia", "الحكومة"),
        ("وتوترت العلاقات بعد اتهامات بتورط روسيا في التجسس.", "russia", ""),
        ("وتوترت العلاقات بعد اتهام رئيس لبنان لروسيا بالتجسس.", "russia", "رئيس لبنان"),
        # anger owned by a title and a name: held by them
        (
            "وأثار دعم واشنطن للمسلحين غضب الرئيس التركي أردوغان.",
            "usa",
            "الرئيس التركي أردوغان",
        ),
        ("وأثار تسليح روسيا للانفصاليين غضب الرئيس زيلينسكي.", "russia", "الرئيس زيلينسكي"),
        # a time phrase's verbal noun without an owner: the main clause's subject denounces
        ("وعقب التنديد بالعدوان الروسي، دعت فرنسا إلى اجتماع.", "russia", "فرنسا"),
        # ... but many criticisms are many voices
        ("وبعد الانتقادات الحادة للعدوان الروسي، غادر الوفد القاعة.", "russia", ""),
    ],
)
def test_quoted_evaluations_leave_the_outlets_voice(body: str, target: str, holder: str) -> None:
    row = one_row(body, target)
    assert (row["voice"], row["holder"]) == ("quoted", holder)


def test_a_word_in_a_speakers_title_is_no_evaluation() -> None:
    # للتعاون names the commissioner's portfolio: no hit toward the EU, in any voice
    body = "قال مفوض الاتحاد الأوروبي للتعاون الدولي، كارل شميت، إن الخطة جاهزة."
    articles = pd.DataFrame({"article_id": ["a"], "body": [body]})
    rows = stance_sentences(articles, ["eu"])
    assert rows["n_hits"].tolist() == [0]


def test_a_title_before_the_owner_is_in_the_holder_a_thing_endangered_is_not() -> None:
    def owners(text: str) -> list[str | None]:
        at = text.index("الأمريكي")
        mention = MentionInfo("usa", at, at + len("الأمريكي"), True, "")
        return [q.speaker for q in speech_noun_quotes(text, 0, len(text), [mention])]

    assert owners("وأثار القرار غضب الشارع الأمريكي.") == ["الشارع الأمريكي"]
    # a threat to American security is the outlet's word about whoever threatens it
    assert owners("ويعد ذلك تهديد الأمن الأمريكي.") == []


@pytest.mark.parametrize(
    "text",
    [
        # a noun with its owner's pronoun takes no genitive: the ل-actor is its target
        "قتل الكاتب المعروف بانتقاده للكرملين في حادث سير.",
        # an actor with ل written on it is what the noun is aimed at, never its owner
        "وفي المعرض انتقاد لروسيا وسياساتها.",
    ],
)
def test_the_target_of_a_criticism_is_not_its_holder(text: str) -> None:
    rows = stance_sentences(pd.DataFrame({"article_id": ["a"], "body": [text]}), ["russia"])
    [row] = rows.itertuples()
    assert (row.stance, row.voice) == ("against", "quoted")
    assert "روسيا" not in row.holder and "الكرملين" not in row.holder


@pytest.mark.parametrize(
    ("speaker", "agency"),
    [
        ("وكالات الاستخبارات الأميركية", False),
        ("وكالة الطاقة الذرية", False),
        ("وكالة الأنباء الرسمية", True),
    ],
)
def test_an_agency_of_a_state_holds_its_view(speaker: str, agency: bool) -> None:
    assert holder_of("quoted", speaker) == ("" if agency else speaker)


def test_words_in_quotation_marks_are_not_the_outlets() -> None:
    text = 'ووضع الحزبان برنامجا يبتعد عن نهج التقشف و"إملاءات" بروكسل.'
    rows = stance_sentences(pd.DataFrame({"article_id": ["a"], "body": [text]}), ["eu"])
    [row] = rows.itertuples()
    assert (row.stance, row.voice, row.holder) == ("against", "quoted", "")
