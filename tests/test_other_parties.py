"""Another party nearer a judged word than the actor a fallback rule would give it to
(helpers/other_parties.py): a private person, a company or a team of a nationality (a mention
dropped as no state) between them, or a named party that is no actor right next to the word.
The sentences are this project's own, in the style of Arabic news (none comes from a data set);
``# stays`` marks the cases a rule must leave as they are.
"""

from __future__ import annotations

import pytest

from helpers.arabic import normalize
from helpers.other_parties import _names_a_party
from tests.test_stance_roles import row, stance_of


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the citizen, not the security services, holds the terrorist ideas
        (
            "اعتقلت أجهزة الأمن السعودية مواطنا سعوديا يتبنى أفكارا إرهابية في مدينة بريدة.",
            "saudi",
            "none",
        ),
        # the man's racist insults, not the French police's
        ("وأوقفت الشرطة الفرنسية رجلا فرنسيا وجه شتائم عنصرية إلى المصلين.", "france", "none"),
        # her plan (a pronoun on a noun of a part in the act), not London's
        (
            "صدر الجمعة في لندن حكم على شابة بريطانية بالسجن لتخطيطها لتنفيذ اعتداء في محطة "
            "قطارات.",
            "uk",
            "none",
        ),
        # the national team's win (the pronoun's owner), not the state's
        (
            "وعمت الاحتفالات شوارع باريس بعد فوز المنتخب الفرنسي باللقب وانتصاره الكبير في "
            "النهائي.",
            "france",
            "none",
        ),
        # stays: only a preposition or a word of manner between the person and the word: the
        # act done to the person is the actor's
        (
            "وقال الوزير إن القوات الإسرائيلية قتلت شابا فلسطينيا في عدوان همجي على غزة.",
            "israel",
            "against",
        ),
        (
            "وقال المتحدث إن الشرطة الإسرائيلية اعتقلت مواطنا فلسطينيا بطريقة وحشية.",
            "israel",
            "against",
        ),
    ],
)
def test_a_private_person_stands_between(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a nisba of a party after the word names whose intransigence, attack it is
        ("وأوضح أن جهود الأمم المتحدة للتسوية تصطدم كل مرة بالتعنت الحوثي.", "un", "none"),
        (
            "ودعت الرياض مجلس الأمن إلى إدانة الهجوم الإرهابي الحوثي على ميناء الحديدة.",
            "un",
            "none",
        ),
        # an adjective right after a party's name or nisba describes the party
        ("وقال إن إيران تمد جماعة حزب الله اللبنانية الإرهابية بالمال والسلاح.", "iran", "none"),
        ("وقال المتحدث إن القوات التركية تلاحق عناصر داعش الإرهابي في الشمال.", "turkey", "none"),
        ("وأكد أن السعودية ماضية في تحرير اليمن من ميليشيا الحوثي العبثية.", "saudi", "none"),
        # stays: taking part in another party's act is the subject's own deed
        ("وأكد التقرير أن الحكومة الفرنسية شاركت في القمع الدموي المصري.", "france", "against"),
        # stays: a party's name inside the actor's own mention (بشار الأسد)
        ("وقال المعارض إن بشار الأسد مجرم.", "syria", "against"),
        # stays: no party next to the word
        ("وقال إن السياسة الأمريكية في المنطقة فاشلة.", "usa", "against"),
    ],
)
def test_a_named_party_next_to_the_word(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("word", "party"),
    [
        ("الحوثية", True),
        ("للحوثيين", True),
        ("وداعش", True),
        ("بالمصري", True),
        ("اللبنانيون", True),
        ("العسكري", False),  # a nisba of a kind, no party
        ("الإنسانية", False),
        ("لبنان", False),  # the country's name is no party's adjective here
    ],
)
def test_party_words(word: str, party: bool) -> None:
    assert _names_a_party(normalize(word)) is party
