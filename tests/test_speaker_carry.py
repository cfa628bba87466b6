"""A speaker carried over to a later sentence (helpers.speaker_gender, helpers.speech_sources)
and a speaker written before its verb with أما ... ف or in the pluperfect with its name in
commas (helpers.verb_subjects). Every sentence here is written for these tests; the names are
made up."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.attribution import find_quotes
from helpers.holder_phrases import evaluator_phrase
from helpers.speaker_gender import verb_gender
from helpers.stance import stance_sentences


def speakers(text: str) -> list[str | None]:
    """The speaker of each quote find_quotes gives, in order (None when unknown)."""
    return [None if pd.isna(s) else s for s in find_quotes(text)["speaker"]]


@pytest.mark.parametrize(
    ("word", "gender"),
    [
        ("وأضافت", "f"),
        ("وأضاف", "m"),
        ("تضيف", "f"),
        ("يضيف", "m"),
        ("مضيفة", "f"),
        ("مضيفا", "m"),
        ("لفت", "m"),  # a stem ending in ت: its feminine is لفتت
        ("لفتت", "f"),
        ("وأضافوا", None),  # a plural: no singular gender
        ("الحكومة", None),  # no verb
    ],
)
def test_verb_gender_reads_the_form_against_its_twin(word: str, gender: str | None) -> None:
    assert verb_gender(word) == gender


WOMAN_THEN_MAN = (
    "وقالت وزيرة الخارجية سلمى حداد إن الهجوم مرفوض. "
    "وقال زعيم المعارضة كريم ناصر إن الحكومة أخطأت في تقديرها. "
)


@pytest.mark.parametrize(
    ("text", "last"),
    [
        # a feminine verb goes back past the man to the woman named before him
        (WOMAN_THEN_MAN + "وأضافت أن البلاد ستواصل الضغط.", "وزيرة الخارجية سلمى حداد"),
        # a masculine verb continues the man
        (WOMAN_THEN_MAN + "وأضاف أن البلاد ستواصل الضغط.", "زعيم المعارضة كريم ناصر"),
        # bare names: the verb that named each tells the gender
        (
            "وقالت حداد إن الهجوم مرفوض. وقال ناصر إن الحكومة أخطأت. وأضافت أن الضغط سيستمر.",
            "حداد",
        ),
        # a woman with a masculine title: her verb, not the title, tells
        (
            "وأكدت الرئيس التنفيذي للشركة هدى سالم أن الخطة طموحة. وأضافت أن الشركة ستتوسع.",
            "الرئيس التنفيذي للشركة هدى سالم",
        ),
        # no woman named: the feminine verb is nobody's we know
        (
            "وأكد العقيد سامر خليل أن العملية نجحت. وأشارت إلى أن الانتصارات تتوالى.",
            None,
        ),
        # a relay's verb is the agency's: the man quoted goes on
        (
            "ونقلت الوكالة عن المتحدث باسم الجيش سامي عادل قوله إن الهجوم فشل. "
            "وأضاف أن القوات صدته.",
            "المتحدث باسم الجيش سامي عادل",
        ),
        # a source's claim after the speaker's words: the speaker goes on, not the source
        (
            "وقال المتحدث باسم الجيش سامي عادل إن الهجوم فشل، بحسب وكالة الأنباء الرسمية. "
            "وأضاف أن القوات صدته.",
            "المتحدث باسم الجيش سامي عادل",
        ),
        (
            "وقالت الوزيرة إن الهجوم فشل، وفقا لصحيفة محلية. وأضافت أن القوات صدته.",
            "الوزيرة",
        ),
        # a statement goes on in its own gender (بيان): the body that issued it
        (
            'وجاء في بيان للحكومة الكندية: "الرسوم غير مقبولة". وأضاف "سنرد عليها".',
            "الحكومة الكندية",
        ),
    ],
)
def test_a_continuing_verb_carries_a_speaker_of_its_gender(text: str, last: str | None) -> None:
    assert speakers(text)[-1] == last


def test_a_carried_speaker_holds_the_stance_of_the_next_sentence() -> None:
    text = WOMAN_THEN_MAN + "وأضافت أن روسيا تنتهك القانون الدولي بعدوانها على جيرانها."
    rows = stance_sentences(pd.DataFrame({"article_id": ["a"], "body": [text]}), progress=False)
    row = rows[(rows["target"] == "russia") & (rows["sentence_index"] == 2)].iloc[0]
    assert (row["stance"], row["voice"], row["holder"]) == (
        "against",
        "quoted",
        "وزيرة الخارجية سلمى حداد",
    )


@pytest.mark.parametrize(
    ("text", "last"),
    [
        # أما X فـ: the topic is the subject of the verb its ف opens
        (
            "وقالت المتحدثة باسم الوزارة إن الوضع خطير. "
            "أما وزير الثقافة، كريم ناصر، فقال إن العلاقات متينة.",
            "وزير الثقافة، كريم ناصر",
        ),
        (
            "وقال الوزير إن الوضع خطير. أما منظمة الإغاثة، فقد أشارت إلى أن المساعدات توقفت.",
            "منظمة الإغاثة",
        ),
        # unless the verb names its own subject after it
        (
            "وقال الوزير إن الوضع خطير. أما الشخص الآخر، فقالت وزارة الداخلية إنه غادر البلاد.",
            "وزارة الداخلية",
        ),
        # the pluperfect with the subject's name in commas before قد
        (
            "وقالت الوزارة إن القرار خاطئ. "
            "وكان المتحدث باسم الجيش، سامر خليل، قد قال إن القوات انسحبت.",
            "المتحدث باسم الجيش، سامر خليل",
        ),
    ],
)
def test_a_subject_written_before_its_verb_is_not_carried_over(text: str, last: str) -> None:
    assert speakers(text)[-1] == last


@pytest.mark.parametrize("participle", ["مؤكدا أن الهجمات مستمرة", "منددا بالهجمات المتكررة"])
def test_a_participle_after_a_quotation_from_an_earlier_sentence_is_its_speakers(
    participle: str,
) -> None:
    # the quotation opens in the first sentence and closes in the second: the clause inside
    # it (تحركت الحكومة) is the speaker's words, not the participle's subject
    text = (
        'وقال مسؤول عسكري "العام الماضي حذرنا من الهجوم. '
        f'وهذه الليلة تحركت الحكومة نتيجة لذلك"، {participle}.'
    )
    assert speakers(text)[-1] == "مسؤول عسكري"


@pytest.mark.parametrize(
    ("phrase", "holder"),
    [
        ("الرئيس العراقي أسفه", "الرئيس العراقي"),
        ("المستشار حذرا أكبر", "المستشار"),
        ("الوزيرة قلقها العميق", "الوزيرة"),
        ("عبده", "عبده"),  # a name ending in ه, not an attitude
    ],
)
def test_an_attitude_shown_is_no_part_of_the_name(phrase: str, holder: str) -> None:
    assert evaluator_phrase(phrase) == holder


def test_a_verb_opening_its_sentence_with_only_its_object_goes_on() -> None:
    """``وأكدت أسفها لأن`` after a named speaker: أسفها is what she stated, not a speaker; the
    verb continues the woman named in the sentence before."""
    text = (
        "وقالت المتحدثة باسم الوزارة إن الرسوم ستبقى. "
        "وأكدت أسفها لأن الحكومة عاملت الصحفي بشكل ظالم."
    )
    assert speakers(text) == ["المتحدثة باسم الوزارة", "المتحدثة باسم الوزارة"]
