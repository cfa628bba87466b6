"""Holders and voice of constructions common in Arabic news (issue 12): a title with its
ل-genitive as the whole speaker, a statement's owner written after it (``وجاء في بيان
للخارجية ... أن``), the narrator's ``يذكر أن``, a repeated warning of one's own, and the words
that are no holder (an adverb, a conjunction of time, a participle of saying, an adjective of a
criticism). Every sentence here is written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.attribution import find_quotes
from helpers.stance import holder_of, stance_sentences


def rows_of(text: str) -> pd.DataFrame:
    """The stance rows of one article, indexed by (sentence index, target)."""
    articles = pd.DataFrame({"article_id": ["a"], "body": [text]})
    frame = stance_sentences(articles, progress=False)
    return frame.set_index(["sentence_index", "target"])


def row(text: str, target: str, sentence: int = 0) -> tuple[str, str, str]:
    """(stance, voice, holder) of ``target`` in sentence ``sentence`` of ``text``."""
    found = rows_of(text).loc[(sentence, target)]
    return found["stance"], found["voice"], found["holder"]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "وانتقد الأمين العام للأمم المتحدة قرار الإدارة الأمريكية بشأن اللاجئين.",
            "الأمين العام للأمم المتحدة",
        ),
        (
            "وأدان المتحدث باسم الخارجية الروسية تصريحات وزير الدفاع البريطاني.",
            "المتحدث باسم الخارجية الروسية",
        ),
        (
            "ورحب الأمين العام لجامعة الدول العربية أحمد أبو الغيط بالمبادرة.",
            "الأمين العام لجامعة الدول العربية أحمد أبو الغيط",
        ),
        (  # a name after the title goes on: no owner phrase follows it
            "وانتقد الأمين العام للأمم المتحدة أنطونيو غوتيريش الهجوم على المدنيين.",
            "الأمين العام للأمم المتحدة أنطونيو غوتيريش",
        ),
    ],
)
def test_a_title_with_its_genitive_is_the_whole_speaker(text: str, holder: str) -> None:
    quotes = find_quotes(text)
    assert quotes["speaker"].tolist() == [holder]


def test_the_genitive_of_a_title_is_not_what_the_speaker_judges() -> None:
    """``للأمم المتحدة`` names the speaker's office; read as the criticised, the UN was
    against itself."""
    text = "وانتقد الأمين العام للأمم المتحدة قرار الإدارة الأمريكية بشأن اللاجئين."
    stance, voice, holder = row(text, "un")
    assert stance == "none"
    assert (voice, holder) == ("quoted", "الأمين العام للأمم المتحدة")


@pytest.mark.parametrize(
    ("text", "target", "holder"),
    [
        (
            "وجاء في بيان للخارجية الروسية أن الولايات المتحدة تزعزع الاستقرار في المنطقة.",
            "usa",
            "الخارجية الروسية",
        ),
        (
            "وجاء في بيان وزارة الخارجية التركية أن إسرائيل تنتهك القانون الدولي.",
            "israel",
            "وزارة الخارجية التركية",
        ),
        (
            "وورد في البيان الصادر عن الرئاسة الفرنسية أن روسيا تتحمل مسؤولية الهجوم.",
            "russia",
            "الرئاسة الفرنسية",
        ),
        (
            "وجاء في تقرير لمنظمة العفو الدولية أن السلطات الإيرانية ارتكبت انتهاكات جسيمة.",
            "iran",
            "منظمة العفو الدولية",
        ),
    ],
)
def test_a_statement_is_its_owners_words(text: str, target: str, holder: str) -> None:
    assert row(text, target) == ("against", "quoted", holder)


def test_a_source_after_the_statement_is_no_owner() -> None:
    """``وفقا لوكالة الأنباء``: the agency relays the letter, it does not own it."""
    text = "وجاء في الرسالة وفقا لوكالة الأنباء الرسمية: إن الحكومة ترفض الاتهامات."
    quotes = find_quotes(text)
    assert ":" not in quotes["cue"].tolist()  # the source's claim, no statement of its own


def test_a_statement_with_no_owner_written_stays_as_before() -> None:
    text = "وجاء في البيان الختامي أن إيران تزعزع الاستقرار في المنطقة."
    assert find_quotes(text).empty


def test_the_narrators_reminder_takes_up_no_speaker() -> None:
    """``يذكر أن`` (it is worth recalling) opens the outlet's background, not the words of the
    minister quoted before; with a subject (``ويذكر التقرير أن``) it reports as before."""
    text = (
        "وقال وزير الخارجية إن إيران تدعم الإرهاب في المنطقة. "
        "يذكر أن إيران تدعم الإرهاب في اليمن منذ سنوات."
    )
    assert find_quotes(text)["cue"].tolist() == ["وقال"]
    assert row(text, "iran", sentence=1) == ("against", "outlet", "outlet")
    reported = "وقال الوزير إن الوضع صعب. ويذكر التقرير أن إيران تدعم الإرهاب."
    assert find_quotes(reported)["speaker"].tolist() == ["الوزير", "التقرير"]


def test_a_participle_after_the_reminder_belongs_to_its_clause() -> None:
    text = "يذكر أن المغرب قطع علاقاته مع إيران، متهما طهران بدعم جماعات مسلحة."
    assert row(text, "iran") == ("against", "quoted", "المغرب")


def test_a_repeated_warning_is_the_warners_own() -> None:
    """``كررت تحذيرها``: the pronoun is the one who warns (as with جدد), not one warned."""
    text = (
        "وكانت إسرائيل كررت تحذيرها من أن إيران تشكل خطرا على المنطقة، "
        "وأنها لن تسمح بوجودها العسكري قرب حدودها."
    )
    assert row(text, "israel")[0] == "none"
    assert row(text, "iran") == ("against", "quoted", "إسرائيل")


@pytest.mark.parametrize(
    ("text", "target", "holder"),
    [
        (  # a participle of saying after the speaker
            "وتابع الرئيس قائلا: إن العدوان الأمريكي لن يمر دون رد.",
            "usa",
            "الرئيس",
        ),
        (  # an adverb of repetition after the verb and its subject
            "ونفى الرئيس مرارا اتهامات بالتواطؤ مع روسيا في الانتخابات.",
            "russia",
            "الرئيس",
        ),
        (  # a conjunction of time before the verb
            "ولطالما انتقد الرئيس الأمريكي الاتفاق الذي وقعته الدول الكبرى مع إيران.",
            "iran",
            "الرئيس الأمريكي",
        ),
        (  # an adjective after a noun of criticism is not who criticises
            "ووجهت منظمات حقوقية انتقادات حادة للحكومة الإيرانية بسبب الإعدامات.",
            "iran",
            "منظمات حقوقية",
        ),
    ],
)
def test_words_that_are_no_holder(text: str, target: str, holder: str) -> None:
    stance, voice, found = row(text, target)
    assert (voice, found) == ("quoted", holder)


@pytest.mark.parametrize(
    ("speaker", "holder"),
    [
        ("السفيرة التي كانت في زيارة إلى المنطقة", "السفيرة"),
        ("المسؤول الذي طلب عدم الكشف عن اسمه", "المسؤول"),
        ("وهي سياسة", ""),
        ("فهو", ""),
        ("وزير الخارجية الفرنسي", "وزير الخارجية الفرنسي"),
        ("رويترز", ""),
    ],
)
def test_a_holder_is_a_name_not_a_clause(speaker: str, holder: str) -> None:
    """The name stops before the relative clause that describes it; a pronoun that opens a
    clause names no one; a news agency only relays."""
    assert holder_of("quoted", speaker) == holder


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("وندد الوزير بما وصفه بالعدوان على المدنيين.", "وصفه", "الوزير"),
        ("وانتقد الرئيس ما اعتبره موقف الحكومة غير المسؤول.", "اعتبره", "الرئيس"),
        ("وانتقد الرئيس ما اعتبره موقف الحكومة غير المسؤول.", "وانتقد", "الرئيس"),
        # a subject written after the verb is its own speaker
        ("وقدمت الوزيرة شكوى بسبب ما وصفته المفوضية بالانتهاك.", "وصفته", "المفوضية"),
    ],
)
def test_what_the_speaker_called_it_is_the_speakers(text: str, cue: str, speaker: str) -> None:
    """``ما وصفه``، ``بما اعتبره``: the verb after the relative ما is the main clause's
    speaker's; the words after it are what was called so, not a speaker."""
    quotes = find_quotes(text)
    assert quotes.loc[quotes["cue"] == cue, "speaker"].tolist() == [speaker]


def test_a_persons_name_after_a_title_is_the_speakers() -> None:
    """``انتقد الرئيس إيمانويل ماكرون``: the name ends the subject's title; read as the owner
    of the object it was judged, and the holder was cut to ``الرئيس إيمانويل``."""
    text = "وانتقد الرئيس إيمانويل ماكرون ما اعتبره موقف الحكومة الإيطالية غير المسؤول."
    assert row(text, "france") == ("none", "quoted", "الرئيس إيمانويل ماكرون")
