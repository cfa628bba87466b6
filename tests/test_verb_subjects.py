"""The speaker of a verb of saying whose subject stands away from it (helpers.verb_subjects), a
source's name (helpers.speech_sources), and the holder these give a stance row. Every sentence
here is written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.attribution import find_quotes
from helpers.stance import stance_sentences


def speaker_of(text: str, cue: str) -> str | None:
    """The speaker find_quotes gives the quote opened by ``cue`` (None when unknown)."""
    quotes = find_quotes(text)
    rows = quotes[quotes["cue"] == cue]
    assert len(rows) == 1, quotes
    speaker = rows.iloc[0]["speaker"]
    return None if pd.isna(speaker) else speaker


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a day between the verb and its subject
        (
            "وقال الخميس مصدر دبلوماسي إن المفاوضات توقفت.",
            "وقال",
            "مصدر دبلوماسي",
        ),
        (
            "اتهم الأربعاء وزير الخارجية الفرنسي روسيا بالتدخل في الانتخابات.",
            "اتهم",
            "وزير الخارجية الفرنسي",  # a state after a definite word is the object
        ),
        (
            "أعلن صباح الأحد الماضي رئيس البرلمان أن الجلسة تأجلت.",
            "أعلن",
            "رئيس البرلمان",
        ),
        # the pluperfect without قد: the subject between كان and the verb
        (
            "وكان وزير الخارجية الفرنسي جان لوك مارتان كشف، يوم الخميس، عن أن بلاده ترفض الخطة.",
            "كشف",
            "وزير الخارجية الفرنسي جان لوك مارتان",
        ),
        (
            "وكان رئيس البعثة، يوسف كامل، أكد ضرورة حماية المدنيين في المخيمات.",
            "أكد",
            "رئيس البعثة، يوسف كامل",
        ),
        (
            "وكانت الحكومة الكندية حذرت الأسبوع الماضي من أن الرسوم ستضر بالاقتصاد.",
            "حذرت",
            "الحكومة الكندية",
        ),
        # a subject that opens the sentence with its name in commas
        (
            "لكن وزير التجارة الألماني، كارل برغمان، أكد في خطاب له أمس أن بلاده ترفض الرسوم.",
            "أكد",
            "وزير التجارة الألماني، كارل برغمان",
        ),
        # a source: the claim after فإن is no part of its name; لل is ل + ال
        ("وبحسب وزارة المالية فإن العجز تراجع هذا العام.", "وبحسب", "وزارة المالية"),
        ("ووفقا للكرملين، ناقش الرئيسان الوضع في المنطقة.", "ووفقا", "الكرملين"),
        ("ووفقا لوكالة الأنباء الرسمية، فإن الاجتماع انتهى.", "ووفقا", "وكالة الأنباء الرسمية"),
        ("وبحسب لافروف فإن المحادثات كانت بناءة.", "وبحسب", "لافروف"),
        # وجّه with its noun written with the article
        (
            "ووجه رئيس الوزراء اليوناني سيلا من الاتهامات لحكومة جارته.",
            "ووجه",
            "رئيس الوزراء اليوناني",
        ),
        (
            "وجه رئيس البرلمان الفنلندي التهنئة إلى نظيره بعد الانتخابات.",
            "وجه",
            "رئيس البرلمان الفنلندي",
        ),
    ],
)
def test_speaker_away_from_its_verb(text: str, cue: str, speaker: str) -> None:
    assert speaker_of(text, cue) == speaker


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("وقال الخميس إن المفاوضات توقفت.", "وقال"),  # the day, then the quote: no subject here
        ("وأعلن الأحد عن أن الحظر سيكون دائما.", "وأعلن"),
    ],
)
def test_a_day_alone_names_no_speaker(text: str, cue: str) -> None:
    assert speaker_of(text, cue) is None


def test_a_clause_of_its_own_after_kana_keeps_its_subject() -> None:
    # كان is the main verb here: the comma and و open a new clause with its own subject
    text = "كان الهجوم متوقعا، وقال الوزير إن الحكومة مستعدة."
    assert speaker_of(text, "وقال") == "الوزير"


def test_qad_with_its_own_verb_is_no_pluperfect_of_a_later_cue() -> None:
    # قد belongs to افتتح; وصفه, later, is no verb whose subject stands after كان (no phrase
    # like الملك قد افتتح); with no subject of its own, the describing is the first clause's
    # subject's, the pluperfect's between كان and قد: the king (holder5, 7 Dec 2026)
    text = "وكان الملك قد افتتح القمة بانتقادات لما وصفه بتدخلات روسيا في الشؤون الأوروبية."
    assert speaker_of(text, "وصفه") == "الملك"


def test_a_link_headline_has_no_speaker() -> None:
    quotes = find_quotes("للمزيد: المعارضة تنظم مظاهرة في العاصمة")
    assert quotes.empty
    assert speaker_of("ظريف: بلادنا لن تتفاوض تحت الضغط", ":") == "ظريف"


def holders_of(text: str) -> dict[str, tuple[str, str, str]]:
    frame = stance_sentences(pd.DataFrame({"article_id": ["a"], "body": [text]}), progress=False)
    return {r.target: (r.stance, r.voice, r.holder) for r in frame.itertuples()}


def test_holder_of_a_pluperfect_verb_of_evaluation() -> None:
    rows = holders_of("وكانت وزيرة الخارجية الكندية اتهمت روسيا بتقويض الاستقرار في أوروبا.")
    assert rows["russia"] == ("against", "quoted", "وزيرة الخارجية الكندية")


def test_holder_after_a_day() -> None:
    rows = holders_of("اتهم الأربعاء وزير الخارجية الفرنسي روسيا بالتدخل في الانتخابات.")
    assert rows["russia"] == ("against", "quoted", "وزير الخارجية الفرنسي")


def test_a_time_word_inside_a_quotation_is_no_adverbial_of_the_verb() -> None:
    text = 'وقال الوزير إن الحكومة مستعدة. وأضاف: "اليوم نبدأ مرحلة جديدة".'
    assert speaker_of(text, "وأضاف") == "الوزير"


def test_a_place_inside_the_pluperfects_subject() -> None:
    """``وكانت القنصلية الفرنسية في أربيل قد قالت``: the place is the subject's own, كان ... قد
    frames it."""
    text = "وكانت القنصلية الفرنسية في أربيل قد قالت إن الطريق إلى المطار مغلق."
    assert speaker_of(text, "قالت") == "القنصلية الفرنسية في أربيل"
    text = "وكان في المدينة قد قال الشهود إن الطريق مغلق."  # no subject opens with a preposition
    assert speaker_of(text, "قال") != "في المدينة"


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "لكن وزير الخارجية الكيني موسى أحمد قال إن المحادثات مستمرة.",
            "قال",
            "وزير الخارجية الكيني موسى أحمد",
        ),
        (
            "غير أن رئيس البرلمان الليبي عقيلة صالح، أكد للصحفيين أن الانتخابات في موعدها.",
            "أكد",
            "رئيس البرلمان الليبي عقيلة صالح",
        ),
    ],
)
def test_an_office_after_but_is_the_subject_of_its_verb(text: str, cue: str, speaker: str) -> None:
    """``لكن``/``غير أن``/``إلا أن`` + an office noun opening the sentence: the subject written
    before its verb, however long its name, not the addressee after the verb (للصحفيين)."""
    assert speaker_of(text, cue).rstrip("،, ") == speaker


def test_a_fronted_subject_stops_at_a_clause_of_its_own() -> None:
    """``لكن رئيس الوزراء ... أحبط الخطة عندما أكد``: the clause after عندما is not
    part of the subject, no holder runs through the verb before it."""
    text = "لكن رئيس الوزراء الكندي أحبط الخطة عندما أكد أن بلاده سترد."
    assert "أحبط" not in (speaker_of(text, "أكد") or "")


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("وأعيد فتح الجسر الذي قالت الحكومة الأردنية إنه آمن.", "قالت", "الحكومة الأردنية"),
        ("ردا على القصف الذي اتهمت أنقرة المسلحين بتنفيذه.", "اتهمت", "أنقرة"),
    ],
)
def test_a_relative_clause_that_names_its_own_subject(text: str, cue: str, speaker: str) -> None:
    """``الجسر الذي قالت الحكومة الأردنية إنه``: the clause after the relative names its own
    subject right after the verb and points back to the noun, so the noun is its object."""
    assert speaker_of(text, cue) == speaker


def test_a_pronoun_further_on_leaves_the_relatives_noun_as_subject() -> None:
    """``الوزير الذي يشير دائما إلى دعمها``: no subject right after the verb, the pronoun may be
    someone else's; the relative's noun stays the speaker."""
    text = "وردت الحكومة على الوزير الذي يشير دائما إلى أن دعمها للمصارف خطأ."
    assert speaker_of(text, "يشير") == "الوزير"


def test_names_joined_before_the_charge_are_the_accused() -> None:
    """``وأكد المندوب ...، واتهم تركيا وإيران بالتبعية``: names joined by و between اتهم and
    its charge are the accused; the accuser is the speaker named before."""
    text = "وأكد المندوب الصيني أن بلاده تتعرض لحملة، واتهم تركيا وإيران بالتبعية لروسيا."
    quotes = find_quotes(text)
    accusation = quotes[quotes["cue"] == "واتهم"]
    assert accusation["speaker"].tolist() == ["المندوب الصيني"]


def test_an_indefinite_noun_before_a_verb_with_its_pronoun_is_the_object() -> None:
    """``أجرى الوزير محادثات وصفها بالمثمرة``: the verb describes the talks, which are its
    object (its pronoun), so they are no speaker; a name before such a verb still is
    (``إن ترامب وصفها``)."""
    text = "وأجرى الوزير الكيني محادثات وصفها بالمثمرة مع نظيره الإثيوبي."
    assert "محادثات" not in (speaker_of(text, "وصفها") or "")
    assert speaker_of("وقال إن ترامب وصفها بأنها كارثة.", "وصفها") == "ترامب"


def test_a_relative_ma_before_a_verb_with_its_pronoun_keeps_the_speaker() -> None:
    """``وشككت الوزيرة فيما وصفته بـ``: ما is no noun the verb describes, the one who doubts
    goes on describing."""
    text = 'وشككت الوزيرة الكينية فيما وصفته بـ"الأهداف الخفية" للقرار.'
    assert speaker_of(text, "وصفته").endswith("الوزيرة الكينية")  # (the verb is cut later)
