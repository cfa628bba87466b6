"""The doer of a hostile act written through another word (helpers.stance_agency).

Every sentence is written for this project in the style of reported speech in Arabic news; none
is copied from a data set. The first group finds the doer through a verb of aiming or pursuit,
من after a threat, a relative clause on an actor's conduct or a deed that is the verb's
subject; the second keeps none what must stay none: a negated verb, a countered act, a threat
of a deed, a place a threat comes from, a victim, a reported act without evaluation.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import row


@pytest.mark.parametrize(
    ("sentence", "target", "holder", "rule"),
    [
        # a participle of persisting: the act it takes is its subject's
        (
            "وقال المتحدث باسم المعارضة إن إسرائيل مستمرة في انتهاك القانون الدولي.",
            "israel",
            "المتحدث باسم المعارضة",
            "subject of the verb that aims at the act",
        ),
        # a verb of doing on purpose, its act right after it
        (
            "وقال الوزير إن الولايات المتحدة تتعمد استفزاز جيرانها في المنطقة.",
            "usa",
            "الوزير",
            "subject of the verb that aims at the act",
        ),
        # a verb of persisting after its subject, the act right after it
        (
            "وقالت فصائل المعارضة إن روسيا تواصل التصعيد العسكري في الغوطة.",
            "russia",
            "فصائل المعارضة",
            "subject of the verb that aims at the act",
        ),
        # threats from an actor: the actor after من makes them
        (
            "وقال رئيس المنظمة إن السكان يعيشون في خطر بسبب التهديدات المتكررة من روسيا.",
            "russia",
            "رئيس المنظمة",
            "author after من",
        ),
        # a relative clause with the hostile verb describes the owner's conduct, also inside
        # a prepositional phrase
        (
            "وقال المستشار إن الوقت حان للرد على نشاطات إيران التي تزعزع الاستقرار في المنطقة.",
            "iran",
            "المستشار",
            "owner of the conduct the relative describes",
        ),
        # the deed is the verb's subject and its relative clause names the doer, far before
        (
            "واعتبرت الحكومة أن الغارات التي شنتها إسرائيل على ريف المدينة الشرقي تنتهك "
            "القانون الدولي.",
            "israel",
            "الحكومة",
            "doer of the subject deed",
        ),
        # ... and after a verb of constituting
        (
            "وقال الوزير إن الضربات التي نفذتها الولايات المتحدة تشكل انتهاكا للسيادة.",
            "usa",
            "الوزير",
            "doer of the subject deed",
        ),
        # an indefinite hostile noun's relative clause: a verb of committing with its pronoun
        (
            "وقال المتحدث إن السكان يتعرضون لانتهاكات يومية ترتكبها القوات الإسرائيلية.",
            "israel",
            "المتحدث",
            "subject of the relative clause after it",
        ),
        # a relative clause between commas cuts the subject from its verb
        (
            "وقال الوزير إن روسيا، التي تنفي أي دور لها، تقف وراء الهجوم على المنشأة.",
            "russia",
            "الوزير",
            "subject before an inserted clause",
        ),
        # a verbal noun of harming owns the thing harmed; its doer is the clause's subject
        (
            "وقال نواب في الكونغرس إن روسيا أدارت حملة منظمة لعرقلة الانتخابات الرئاسية.",
            "russia",
            "نواب في الكونغرس",
            "nearest actor before",
        ),
    ],
)
def test_the_doer_written_through_another_word(
    sentence: str, target: str, holder: str, rule: str
) -> None:
    found = row(sentence, target)
    assert (found.stance, found.voice, found.holder) == ("against", "quoted", holder)
    assert rule in found.hits


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # a negated verb of pursuit: the act is not done, and the negator's reach ends before it
        ("وقال المسؤول إن إسرائيل ليست مستمرة في انتهاك الهدنة.", "israel"),
        ("وقال المسؤول إنه لم تواصل روسيا التدخل في الانتخابات.", "russia"),
        # an act its subject tries to fight is not its subject's
        ("وقالت المنظمة إن روسيا تحاول مكافحة الإرهاب في سوريا.", "russia"),
        # a threat of a deed is its maker's reported act, not a description of the maker
        (
            "وقال المسؤول إن الخطوة جاءت بعد تهديدات صريحة من الولايات المتحدة بالرد على الهجوم.",
            "usa",
        ),
        # من after a participle of coming names a place, not an author
        ("وقالت المتحدثة إن التعاون اكتسب أهمية في ضوء التهديدات القادمة من سوريا.", "syria"),
        # ... as does the adjective of a territory
        ("وقال الوزير إن إسرائيل تعرضت لتهديدات من الأراضي السورية.", "syria"),
        # the relative clause of the deed names its victim, not its doer
        ("وقال المتحدث إن الهجمات التي تعرضت لها إيران تهدد الأمن الإقليمي.", "iran"),
        # strikes continued: a reported act, no evaluation (the guidelines' none)
        ("وقال الجيش إن إسرائيل تواصل غاراتها على قطاع غزة.", "israel"),
        # the relative clause of a verb of reporting names who reports, not who did it
        ("وقالت المنظمة إن هناك انتهاكات وثقتها الأمم المتحدة في المدينة.", "un"),
        # a private person's nationality is no state
        ("وقالت الشرطة إن الاعتداء جريمة نفذها شخص سوري يقيم في المدينة.", "syria"),
        # an inserted clause before a verb that carries its object's pronoun: the subject
        # follows the verb
        ("وقال الوزير إن أوكرانيا، التي تعرضت للغزو، تهددها جماعات مسلحة مجددا.", "ukraine"),
        # the owner of the thing harmed is no doer (the resolution, the democracy)
        ("وقال البيان إن الهجوم تحد واضح لخرق القرار الأممي بشأن اليمن.", "un"),
        ("وقال مدير الاستخبارات إن جهات أجنبية تبذل جهودا لتقويض الديمقراطية الأمريكية.", "usa"),
        # the one who persists in resisting an aggression is not its doer
        ("وقال المتحدث إن أوكرانيا مستمرة في التصدي للعدوان الروسي.", "ukraine"),
    ],
)
def test_what_stays_none(sentence: str, target: str) -> None:
    assert row(sentence, target).stance == "none"
