"""Who makes a threat: the subject written after a verb of threat that opens its own clause.

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. A threat is its maker's speech act (issue 12, the annotation guidelines):
against the one threatened, never against the one who threatens. After a conjunction of time
or contrast (في وقت، فيما، بعدما) or a relative pronoun whose antecedent is no actor, the verb
has its subject after it even where an actor stands before it in its clause; the cases after
``# stays`` guard an actor antecedent and a subject written before the verb.
"""

from __future__ import annotations

import pytest

from helpers.stance_clauses import Actor, Token
from helpers.threat_acts import maker_after
from tests.test_stance_roles import row, stance_of


def _check(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # after a conjunction of time: the actor before it is in another clause
        ("وتأتي جولة الوزير في برلين في وقت هدد الرئيس الفرنسي بالانسحاب.", "france", "none"),
        ("ووصل الوفد إلى بكين في وقت هدد ترامب بفرض رسوم على السلع الصينية.", "usa", "none"),
        ("ووصل الوفد إلى بكين في وقت هدد ترامب بفرض رسوم على السلع الصينية.", "china", "against"),
        ("وهي بلدة يقيم فيها جنود فرنسيون فيما تهدد أنقرة بمد عمليتها إليها.", "france", "none"),
        ("وهي بلدة يقيم فيها جنود فرنسيون فيما تهدد أنقرة بمد عمليتها إليها.", "turkey", "none"),
        # after a relative pronoun whose antecedent is a time, a place or a thing
        ("ويقترب الأجل الذي هدد الرئيس الأمريكي دونالد ترامب بالخروج عنده.", "usa", "none"),
        ("وغادر المقاتلون بلدة تل رفعت السورية التي هددت تركيا مرارا باقتحامها.", "turkey", "none"),
        # stays: an actor antecedent is the relative's subject, the actor after is threatened
        ("وكانت روسيا التي هددت أوكرانيا بقطع الغاز قد رفعت الأسعار.", "ukraine", "against"),
        ("وكان الرئيس الأمريكي الذي توعد إيران بعقوبات قاسية قد غادر القمة.", "iran", "against"),
        # stays: a subject before the verb, the actor after is threatened
        ("لكن البيت الأبيض هدد موسكو بعواقب وخيمة.", "russia", "against"),
    ],
)
def test_the_maker_of_a_threat_is_not_threatened(sentence: str, target: str, stance: str) -> None:
    _check(sentence, target, stance)


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a title's body and its nationality adjective both belong to the subject
        ("وتوعد نائب قائد الحرس الثوري الإيراني الولايات المتحدة برد قاس.", "iran", "none"),
        ("وتوعد نائب قائد الحرس الثوري الإيراني الولايات المتحدة برد قاس.", "usa", "against"),
    ],
)
def test_a_titled_maker_is_not_threatened(sentence: str, target: str, stance: str) -> None:
    _check(sentence, target, stance)


def _tokens(words: str) -> list[Token]:
    return [Token(w, 0, 0, 0, "") for w in words.split()]


def test_maker_after_needs_an_actor_right_after_the_verb() -> None:
    # فيما تهدد بتوسيع: no actor after the verb, its subject may be the one before
    tokens = _tokens("انقرة فيما تهدد بتوسيع عمليتها")
    assert not maker_after(2, tokens, [Actor("turkey", 0, 0, False, "", False)])
    tokens = _tokens("الجنود فيما تهدد انقرة بتوسيع عمليتها")
    assert maker_after(2, tokens, [Actor("turkey", 3, 3, False, "", False)])
