"""The evaluator of a verb of evaluation in a relative clause set off by a comma, and of a
verb of accusation whose accused follows the charge (helpers.verb_subjects,
helpers.evaluator_subjects).

``X، الذي اتهم Y بـ`` is X's accusation: the noun before the comma is the subject of the
relative's verb and the words after the verb are its object, unless the clause names a subject
of its own and points back to the noun with a pronoun (``السارين، الذي تتهم الأمم المتحدة
النظام باستخدامه``). ``تتهم أنقرة "بالإرهاب" وحدات حماية الشعب``: a definite charge takes no
genitive, so the noun after it is the accused and the one word before it the accuser. Every
sentence is written for this project in the style of Arabic news; none is copied from a data
set.
"""

from __future__ import annotations

import pytest

from helpers.arabic import normalize
from helpers.cues import default_cues
from helpers.evaluator_subjects import accused_after_charge
from helpers.speech_parts import read_tokens
from helpers.verb_subjects import comma_antecedent
from tests.test_stance_plural_speakers import row
from tests.test_verb_subjects import speaker_of


@pytest.mark.parametrize(
    ("body", "target", "stance", "holder"),
    [
        # a state before the comma criticises the actor after the verb
        (
            "وكانت باريس، التي انتقدت الحكومة الإيرانية بشدة، قد استدعت السفير.",
            "iran",
            "against",
            "باريس",
        ),
        # a name in commas after a title: the name is the noun the relative refers to
        (
            "وأثار القرار غضب وزير الخارجية الروسي، سيرغي لافروف، الذي اتهم واشنطن بتقويض"
            " المحادثات.",
            "usa",
            "against",
            "سيرغي لافروف",
        ),
        # the issuer of a report after الصادر عن is the accuser
        (
            "وجاء ذلك في التقرير الصادر عن منظمة هيومن رايتس ووتش، الذي اتهم إيران بتعذيب"
            " المعتقلين.",
            "iran",
            "against",
            "منظمة هيومن رايتس ووتش",
        ),
        # the noun whose genitive the name is (غضب) is no part of the accuser
        (
            "وأثار القرار غضب الرئيس الفرنسي، الذي انتقد روسيا بشدة.",
            "russia",
            "against",
            "الرئيس الفرنسي",
        ),
        # a pronoun after a preposition may be the subject's own: the antecedent accuses
        (
            "وكانت لندن، التي اتهمت روسيا بتسميم الجاسوس على أراضيها، قد طردت دبلوماسيين.",
            "russia",
            "against",
            "لندن",
        ),
    ],
)
def test_a_relative_after_a_comma_is_said_by_the_noun_before_it(
    body: str, target: str, stance: str, holder: str
) -> None:
    found = row(body, target)
    assert (found.stance, found.voice, found.holder) == (stance, "quoted", holder)


@pytest.mark.parametrize(
    ("body", "target", "holder"),
    [
        # the clause names its own subject and points back to the gas with باستخدامه
        (
            "ويستخدم المركب في إنتاج غاز الخردل، الذي تتهم بريطانيا وفرنسا الحكومة السورية"
            " باستخدامه.",
            "uk",
            "بريطانيا",
        ),
        # ... and to the country with حكومتها: the United States accuses, Cuba is no speaker
        ("وزار كوبا، التي تتهم الولايات المتحدة حكومتها بالقمع.", "usa", "الولايات المتحدة"),
    ],
)
def test_a_relative_clause_with_its_own_subject_keeps_it(
    body: str, target: str, holder: str
) -> None:
    found = row(body, target)
    assert (found.stance, found.holder) == ("none", holder)


@pytest.mark.parametrize(
    ("text", "antecedent"),
    [
        ("وأثار القرار غضب الرئيس الفرنسي، الذي انتقد روسيا.", "الرئيس الفرنسي"),
        ("ووقعت أزمة بين روسيا وفرنسا، التي طالبت بالإفراج عنهم.", "فرنسا"),  # the last conjunct
        ("ونشرت الوكالة النتائج، الخميس، التي أشارت إلى تقدم المعارضة.", "النتائج"),  # past the day
        # the sanctions threaten, or Iran: the relative may refer to the noun before على
        ("وارتفعت الأسعار بسبب العقوبات على إيران، التي هددت بإغلاق المضيق.", None),
    ],
)
def test_comma_antecedent(text: str, antecedent: str | None) -> None:
    tokens = read_tokens(text, 0, len(text))
    relative = next(
        k for k, t in enumerate(tokens) if t.norm in (normalize("الذي"), normalize("التي"))
    )
    span = comma_antecedent(tokens, relative, default_cues())
    assert (None if span is None else text[span[0] : span[1]]) == antecedent


@pytest.mark.parametrize(
    ("body", "target", "stance", "holder"),
    [
        (
            'وتتهم أنقرة "بالإرهاب" وحدات حماية الشعب الكردية المدعومة من واشنطن.',
            "turkey",
            "none",
            "أنقرة",
        ),
        (
            'وتتهم موسكو بـ"التجسس" أجهزة الاستخبارات البريطانية.',
            "uk",
            "against",
            "موسكو",
        ),
        # the charge is followed by its own complement: the word before it is the accused
        ("واتهم إسرائيل بالوقوف وراء الهجوم على القافلة.", "israel", "against", ""),
    ],
)
def test_the_accused_after_the_charge(body: str, target: str, stance: str, holder: str) -> None:
    found = row(body, target)
    assert (found.stance, found.holder) == (stance, holder)


@pytest.mark.parametrize(
    ("words", "after"),
    [
        ("بالارهاب وحدات حماية الشعب", True),
        ("بالتدخل يوم الجمعة في", False),  # a time
        ("بالتدخل عسكريا في سوريا", False),  # an accusative adverb
        ("بالارهاب والتطرف", False),  # a conjunct
        ("بالتدخل في الانتخابات", False),  # a preposition
        ("بتسميم الجاسوس", False),  # an undefined charge takes its genitive
    ],
)
def test_accused_after_charge(words: str, after: bool) -> None:
    assert accused_after_charge([normalize(w) for w in words.split()]) is after


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a body in the construct state after the sentence's first verb speaks the participle
        (
            "دعت منظمة الصحة العالمية إيران إلى فتح المستشفيات، محذرة من تفشي الوباء.",
            "محذرة",
            "منظمة الصحة العالمية",
        ),
        (
            "طالبت لجنة حماية الصحفيين روسيا بالإفراج عن المراسل، متهمة موسكو بتكميم الأفواه.",
            "متهمة",
            "لجنة حماية الصحفيين",
        ),
        # the particle قد before the first verb: the subject after the verb speaks the participle
        (
            "وقد وعد ترامب بإنهاء المناورات مع كوريا الجنوبية، واصفا إياها بالاستفزازية.",
            "واصفا",
            "ترامب",
        ),
        # a state after a definite word is the verb's object, no part of its subject
        ("انتقدت الحكومة البريطانية روسيا بشدة.", "انتقدت", "الحكومة البريطانية"),
    ],
)
def test_the_subject_of_a_body_ends_before_a_state(text: str, cue: str, speaker: str) -> None:
    assert speaker_of(text, cue) == speaker
