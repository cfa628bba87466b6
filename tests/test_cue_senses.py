"""Cue words of speech and evaluation with a second sense that reports nothing (حَمَل "carry"
beside حمّل "hold responsible", ودّع "bid farewell" beside دعا "call for", يذكرون "they
remember"), verbs that begin with ال, the nominative dual relatives and a plural subject whose
examples stand in commas (helpers/cue_guards.py, helpers/clause_subjects.py,
helpers/verb_subjects.py). Sentences written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.attribution import find_quotes
from helpers.stance import stance_sentences


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text).itertuples()]


def rows(text: str) -> pd.DataFrame:
    articles = pd.DataFrame({"article_id": ["a"], "outlet": ["o"], "body": [text]})
    return stance_sentences(articles, progress=False).set_index("target")


@pytest.mark.parametrize(
    "text",
    [
        "وتحمل الطائرة الروسية على متنها مئة وعشرين راكبا.",
        "وكان الزوجان يحملان حقيبة فيها وثائق سرية عندما أوقفتهما الشرطة.",
        "ويحمل المهاجم الفرنسي الرقم القياسي في عدد الأهداف.",
        "وحمل المتظاهرون لافتات كتبت عليها شعارات ساخرة.",
    ],
)
def test_carrying_is_no_blame(text: str) -> None:
    assert speakers(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وحملت الخارجية الروسية الولايات المتحدة المسؤولية عن التصعيد.", "الخارجية الروسية"),
        ("حمل الرئيس، في كلمة ألقاها أمس، الحكومة السابقة مسؤوليته.", "الرئيس"),
        ("وكان الوزير حمل بعنف على الحكومة في جلسة البرلمان.", "الوزير"),
    ],
)
def test_laying_responsibility_or_attacking_is_the_subjects_view(text: str, speaker: str) -> None:
    assert speakers(text)[:1] == [speaker]


def test_a_passenger_aircraft_holds_no_view_of_its_country() -> None:
    found = rows("وتحمل الطائرة الروسية على متنها مئة راكب، وقد أدانت الحكومة الأمريكية الهجوم.")
    assert found.loc["russia", "voice"] == "outlet"


@pytest.mark.parametrize(
    "text",
    [
        "كوريا الجنوبية ودعت المونديال بأفضل طريقة بعد فوزها على ألمانيا.",
        "ودعت الجماهير اللاعب في المطار بالدموع.",
        "وودعت الأسرة الفقيد في جنازة مهيبة.",
    ],
)
def test_bidding_farewell_is_no_call(text: str) -> None:
    assert speakers(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("ودعت بريطانيا الأحد إيران إلى الكف عن إرسال الأسلحة.", "بريطانيا"),
        ("ودعا الاتحاد لعقد اجتماع طارئ.", "الاتحاد"),
        ("ودعا زعيم المعارضة، الرئيس بضرورة الكشف عن نتائج الاجتماع.", "زعيم المعارضة"),
        ("ودعت الوزارة الدول المجاورة أن تفتح حدودها.", "الوزارة"),
    ],
)
def test_a_call_names_what_it_asks(text: str, speaker: str) -> None:
    assert speakers(text)[:1] == [speaker]


def test_those_who_remember_report_nothing() -> None:
    assert speakers("ومشجعو الفريق يذكرون جيدا أن الحارس أصيب في المباراة نفسها.") == []


def test_those_who_remind_of_something_speak() -> None:
    text = "لكن المحللين يذكرون بأن الاتفاق السابق لم يصمد."
    assert speakers(text) == ["المحللين"]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("التقى الرئيس الروسي نظيره الفرنسي في باريس، منتقدا السياسة الأمريكية.", "الرئيس الروسي"),
        ("والتزمت الحكومة الروسية الصمت، متهمة الولايات المتحدة بالتصعيد.", "الحكومة الروسية"),
    ],
)
def test_a_verb_that_begins_with_al_is_no_subject(text: str, holder: str) -> None:
    assert rows(text).loc["usa", "holder"] == holder


def test_a_plural_subject_before_its_examples_holds_the_view() -> None:
    found = rows("كثير من دول الكومنولث، مثل الهند، أيدوا موقف بريطانيا.")
    assert found.loc["uk", ["stance", "holder"]].tolist() == ["favor", "كثير من دول الكومنولث"]


def test_the_nominative_dual_relative_opens_a_relative_clause() -> None:
    text = "والتقى الوزير بالنائبين اللذان يتهمان الولايات المتحدة بالتصعيد."
    assert speakers(text) == ["النائبين"]


def test_the_dual_ending_is_no_object_pronoun() -> None:
    text = "وقال الوزير إن النائبين اللذين يتهمان الحكومة بالتقصير سيحاسبان."
    assert speakers(text) == ["الوزير", "النائبين"]


@pytest.mark.parametrize(
    "text",
    [
        "وقتل طالب سعودي في حادث سير في ولاية تكساس.",
        "وقد استقبلت ألمانيا نحو مئة ألف طالب لجوء في ذلك العام.",
    ],
)
def test_a_student_or_seeker_demands_nothing(text: str) -> None:
    assert speakers(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وطالب الرئيس الفلسطيني الولايات المتحدة بالتراجع عن قرارها.", "الرئيس الفلسطيني"),
        ("كما طالب وزير إسرائيلي بمنع دخول الوفد.", "وزير إسرائيلي"),
        ("طالب محام للعائلات، في رسالة إلى المحكمة، بإعادة فتح القضية.", "محام"),
    ],
)
def test_a_demand_keeps_its_speaker(text: str, speaker: str) -> None:
    assert speakers(text)[:1] == [speaker]


def test_what_a_book_depicts_is_the_book_s_view() -> None:
    """يصور: a book or film that depicts an actor so is the one who judges it, not the outlet
    that reports the book (the own-voice evidence table must not show the book's words)."""
    row = rows(
        'ويصور الكتاب الذي يحمل اسم "العاصفة"، الإدارة الأمريكية في حالة من الفوضى والتخبط.'
    ).loc["usa"]
    assert (row["stance"], row["voice"], row["holder"]) == ("against", "quoted", "الكتاب")
