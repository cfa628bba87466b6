"""The subject a clause shares with the sentence's first clause (helpers/clause_subjects.py),
through the speakers it gives. Sentences written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.attribution import find_quotes
from helpers.stance import stance_sentences


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a coordinated verb with one word before a preposition: that word is its object
        ("تتمسك الحكومة الإيرانية بموقفها وترفض الحوار مع المعارضة.", "الحكومة الإيرانية"),
        ("الحكومة الإيرانية تتمسك بموقفها وترفض الحوار مع المعارضة.", "الحكومة الإيرانية"),
        # a possessed noun before بأن is the object, even after a comma
        ("وشن الرئيس هجوما جديدا على الصحيفة، الأحد، ووصف تقريرها بأنه كاذب.", "الرئيس"),
        ("وزار الرئيس أوباما المدينة، ووصف سكانها بأنهم شجعان.", "الرئيس أوباما"),
        # a subject written after the coordinated verb stays its subject
        ("اجتمع الوزراء أمس، وانتقد الرئيس القرار بشدة.", "الرئيس"),
        ("وانتقد الرئيس بشدة القرار.", "الرئيس"),
    ],
)
def test_a_coordinated_verb_shares_the_first_clauses_subject(text: str, speaker: str) -> None:
    assert find_quotes(text)["speaker"].tolist()[-1] == speaker


def test_a_plural_pronoun_on_a_noun_of_evaluation_is_the_first_subject() -> None:
    text = (
        "شعر المزارعون بالغبن بعد القرار، لكنهم خففوا لاحقا من انتقاداتهم لسياسات إيران الزراعية."
    )
    rows = stance_sentences(pd.DataFrame({"article_id": ["a"], "body": [text]}), ["iran"])
    [row] = rows.itertuples()
    assert (row.stance, row.voice, row.holder) == ("against", "quoted", "المزارعون")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a verb after an indefinite noun inside a clause describes it: the noun is its subject
        (
            "لم يكترث الرئيس بأصوات غاضبة في البرلمان انتقدت دور الجيش في القمع.",
            "أصوات غاضبة في البرلمان",
        ),
        ("رحب الوزير بقرارات جديدة أدانت الهجمات.", "قرارات جديدة"),
        # a clause that opens with a prepositional phrase: the subject follows the verb
        ("في بيان صحفي انتقدت الحكومة القرار.", "الحكومة"),
        # a verb with و starts a clause of its own
        ("لم يكترث الرئيس بأصوات غاضبة، وانتقد الجيش القرار بشدة.", "الجيش"),
    ],
)
def test_a_verb_after_an_indefinite_noun_describes_it(text: str, speaker: str) -> None:
    assert find_quotes(text)["speaker"].tolist()[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a feminine noun or plural with its genitive after the subject opens the object
        ("انتقد المتحدث سياسات واشنطن في المنطقة.", "المتحدث"),
        ("وأدان المجلس الوطني مجزرة النظام في المدينة.", "المجلس الوطني"),
        # titles and names go on
        ("وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن الاتهامات باطلة.", None),
    ],
)
def test_a_construct_after_the_subject_is_the_object(text: str, speaker: str | None) -> None:
    expected = speaker or "المتحدثة باسم الخارجية الروسية ماريا زاخاروفا"
    assert find_quotes(text)["speaker"].tolist()[0] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name set off by commas after the title is part of the subject
        (
            "رحب الرئيس الفرنسي، إيمانويل ماكرون، بالاتفاق الجديد.",
            "الرئيس الفرنسي، إيمانويل ماكرون",
        ),
        ("وبخ الوزير السابق، جون سميث، رئيس الحكومة بشدة.", "الوزير السابق، جون سميث"),
        # a day or a time between commas is not
        ("اتهمت المنظمة، الثلاثاء، الحكومة بالتقصير.", "المنظمة"),
        ("واتفق القادة، الأسبوع الماضي، على أن الحل سياسي.", "القادة"),
        # an accusative after the subject opens the object
        ('انتقد الاتحاد "قرارا متسرعا" اتخذته الحكومة.', "الاتحاد"),
        # a verb with no subject of its own in a sentence without a speaker: the first subject
        ("ستتخذ الحكومة، الاثنين، موقفا صارما، إذ ستهدد بفرض غرامات على الشركات.", "الحكومة"),
        # a relative's antecedent without the preposition written on it
        ("وجاء القرار تأييدا للندن التي تتهم الشركة بالاحتيال.", "لندن"),
    ],
)
def test_the_subjects_name_and_where_it_ends(text: str, speaker: str) -> None:
    assert find_quotes(text)["speaker"].tolist()[-1] == speaker


def test_a_possessed_noun_of_evaluation_after_a_speaker_is_the_speakers() -> None:
    text = "وكان الرئيس الإيراني أكد في معرض ترحيبه بالخطوة الروسية أن التعاون سيستمر."
    rows = stance_sentences(pd.DataFrame({"article_id": ["a"], "body": [text]}), ["russia", "iran"])
    got = {r.target: (r.stance, r.voice, r.holder) for r in rows.itertuples()}
    assert got["russia"] == ("favor", "quoted", "الرئيس الإيراني")
    assert got["iran"][0] == "none"  # his own welcome does not judge Iran


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a participle in a sentence with no verb of saying: the first clause's subject, also
        # after an adverbial that opens the sentence
        ("وقبل ساعات من الجلسة، شن ترامب هجوما على الوزير متهما إياه بالكذب.", "ترامب"),
        ("وشن الرئيس هجوما على الصحيفة متهما إياها بالكذب.", "الرئيس"),
        # a time with its resumptive: the verb's subject follows
        ("في وقت أدانت فيه الحكومة والمعارضة الهجوم، دعا الرئيس إلى الهدوء.", "الحكومة والمعارضة"),
    ],
)
def test_subjects_a_participle_and_a_time_clause_share(text: str, speaker: str) -> None:
    assert find_quotes(text)["speaker"].tolist()[0] == speaker


def test_two_subjects_joined_by_and_hold_the_view_together() -> None:
    text = "في وقت أدانت فيه دمشق وموسكو بشدة الهجوم على المدينة، دعا الوسطاء إلى الهدوء."
    rows = stance_sentences(pd.DataFrame({"article_id": ["a"], "body": [text]}), ["russia"])
    [row] = rows.itertuples()
    assert (row.stance, row.holder) == ("none", "دمشق وموسكو")


@pytest.mark.parametrize(
    ("text", "speaker", "quote_end"),
    [
        # a name in commas that starts with ب or ل is a name, not a prepositional phrase
        (
            "ورجّح وزير الداخلية، باسل سمير، الثلاثاء، تورط الشركة في التزوير.",
            "وزير الداخلية، باسل سمير",
            "في التزوير.",
        ),
        (
            'وقد رجّح وزير المالية، لؤي حداد، "باحتمال كبير" ارتفاع الأسعار، ما أقلق التجار.',
            "وزير المالية، لؤي حداد",
            "ارتفاع الأسعار",
        ),
    ],
)
def test_a_name_in_commas_that_starts_like_a_preposition(
    text: str, speaker: str, quote_end: str
) -> None:
    [row] = find_quotes(text).itertuples()
    assert row.speaker == speaker and row.quote.endswith(quote_end)
