"""Deeds judged through an evaluation of them (helpers/stance_owner_chains.py, issue 12).

Reporting a deed (strikes, sanctions, arrests, expulsions) is no stance: the development
guidelines call such acts none. A word of evaluation that takes a deed for its object judges the
deed's DOER, in the voice of the one who evaluates: condemning the Israeli raids is against
Israel, welcoming American sanctions favours the United States, demanding that a blockade be
lifted is against the one who imposes it. The one who suffers the deed gets nothing from it.

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. The cases after ``# stays`` guard what the rules must not change.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import row, rows, stance_of


@pytest.mark.parametrize(
    ("sentence", "target", "stance", "holder"),
    [
        # a condemned deed, its doer an adjective after it (and after its own adjectives)
        (
            "أدانت وزارة الخارجية المصرية الغارات الإسرائيلية.",
            "israel",
            "against",
            "وزارة الخارجية المصرية",
        ),
        (
            "شجب البرلمان العربي الضربات الجوية الأمريكية على اليمن.",
            "usa",
            "against",
            "البرلمان العربي",
        ),
        ("احتجت الحكومة العراقية على القصف التركي لقرى الشمال.", "turkey", "against", None),
        ("استنكر الوزير الاعتقالات الإسرائيلية في القدس.", "israel", "against", "الوزير"),
        # adjectives joined by و: every doer
        ("انتقدت الحكومة الضربات الأمريكية والفرنسية في سوريا.", "france", "against", None),
        # the doer in a relative clause on the deed, after a construct of two deeds
        (
            "انتقدت منظمات حقوقية حملة الاعتقالات التي شنتها السلطات التركية.",
            "turkey",
            "against",
            None,
        ),
        (
            "أدان المجلس العقوبات التي فرضتها إدارة الرئيس الأمريكي على كوبا.",
            "usa",
            "against",
            None,
        ),
        # a doer after ل on a definite hostile deed
        (
            "أدان المجلس الضربات الجوية للولايات المتحدة على المدينة.",
            "usa",
            "against",
            "المجلس",
        ),
        # an owner right after an indefinite decision or plan
        ("انتقدت الحكومة بشدة إجراءات واشنطن الجديدة.", "usa", "against", "الحكومة"),
        # praised or welcomed: for the doer
        ("رحب الوزير بالغارات البريطانية على مواقع التنظيم.", "uk", "favor", "الوزير"),
        ("أشاد البرلمان بالوساطة الروسية بين الطرفين.", "russia", "favor", "البرلمان"),
    ],
)
def test_a_judged_deed_judges_its_doer(
    sentence: str, target: str, stance: str, holder: str | None
) -> None:
    found = row(sentence, target)
    assert found["stance"] == stance, found["hits"]
    assert found["voice"] == "quoted"
    if holder is not None:
        assert found["holder"] == holder


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a demand or duty to stop or lift a deed is against its doer
        ("طالب المتظاهرون برفع الحصار الإسرائيلي عن القطاع.", "israel", "against"),
        ("دعت المنظمة إلى وقف الغارات الروسية على المدينة.", "russia", "against"),
        ("طالبت الهيئة بوقف الهجمات التي تشنها إسرائيل على القطاع.", "israel", "against"),
        ("قال الوزير إنه يجب وقف القصف التركي للقرى الحدودية.", "turkey", "against"),
        # stays: the one who suffers the deed gets nothing
        ("طالب الفلسطينيون برفع الحصار الإسرائيلي عن قطاع غزة.", "palestine", "none"),
        ("دعت المنظمة إلى وقف الغارات الروسية على سوريا.", "syria", "none"),
        # stays: a ceasefire judges no one
        ("دعت الأمم المتحدة إلى وقف إطلاق النار في سوريا.", "syria", "none"),
    ],
)
def test_a_deed_to_stop_judges_its_doer(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the victim of a condemned deed is not judged
        ("أدانت الوزارة الضربات الأمريكية على سوريا.", "syria", "none"),
        ("استنكرت الحكومة الهجمات الإسرائيلية على الفلسطينيين.", "palestine", "none"),
        # the harm done to an owner: the owner suffers it (the arrest OF a Palestinian)
        ("أدانت المنظمة اعتقال فلسطيني في الخليل.", "palestine", "none"),
        ("انتقد الوزير طرد الدبلوماسيين الروس.", "russia", "none"),
        # an owner of a boycott or a siege is the one boycotted, and supporting a boycott
        # is no support of its owner
        ("اعتقلت الشرطة ناشطا بتهمة دعم حملات مقاطعة إسرائيل.", "israel", "none"),
        ("انتقد الوزير حصار إيران.", "iran", "none"),
        # ل after a deed of harm or of giving names the one who suffers or receives it
        ("أدان الوزير القصف الروسي لأوكرانيا.", "ukraine", "none"),
        ("انتقد النائب المساعدات العسكرية لأوكرانيا.", "ukraine", "none"),
        # a place that witnessed the deed is not its doer
        ("ندد الرئيس بالهجوم الذي شهدته فرنسا.", "france", "none"),
        # the relative is the subject: the actor after its verb is the target
        ("انتقد النائب الضربات التي تستهدف إيران.", "iran", "none"),
        # a deed only reported: none (the guidelines' acts)
        ("شنت إسرائيل غارات على مواقع في سوريا.", "israel", "none"),
        ("فرضت الولايات المتحدة عقوبات جديدة على روسيا.", "usa", "none"),
        # a deed in a prepositional phrase after the verb is not its object
        ("انتقد الوزير في كلمته بعد الضربات الأمريكية سياسة الحكومة.", "usa", "none"),
    ],
)
def test_who_a_judged_deed_leaves_alone(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a definite adjective on a definite deed of harm is its doer, not its victim
        ("أدانت فرنسا القصف الروسي.", "russia", "against"),
        ("ندد الوزير بالحصار الإسرائيلي.", "israel", "against"),
    ],
)
def test_the_adjective_of_a_deed_of_harm_is_its_doer(
    sentence: str, target: str, stance: str
) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance", "holder"),
    [
        # a vow to respond (future tense) to an actor's deed is a threat against its doer
        ("قال الوزير إن بلاده سترد بحزم على أي هجوم إسرائيلي.", "israel", "against", "الوزير"),
        ("أكد المتحدث أن أنقرة سوف ترد على العقوبات الأمريكية.", "usa", "against", "المتحدث"),
        # a warning of the warner's own deed: against the one it is aimed at
        (
            "حذرت بكين من أنها ستفرض رسوما على البضائع الأمريكية.",
            "usa",
            "against",
            "بكين",
        ),
        ("حذر القائد من أن قواته ستستهدف القواعد الأمريكية.", "usa", "against", "القائد"),
        # a threatened harm: the one it would be done to
        ("هدد الرئيس بطرد الدبلوماسيين الروس.", "russia", "against", "الرئيس"),
        ("توعد القائد بالانتقام من إسرائيل.", "israel", "against", "القائد"),
    ],
)
def test_threats_of_deeds_are_against_their_target(
    sentence: str, target: str, stance: str, holder: str
) -> None:
    found = row(sentence, target)
    assert found["stance"] == stance, found["hits"]
    assert found["voice"] == "quoted"
    assert found["holder"] == holder


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the vowing or warning side is not threatened
        ("قال الوزير إن روسيا سترد على أي هجوم على قواتها.", "russia", "none"),
        ("قال الكرملين إنه سيرد على طرد دبلوماسيين روس من بريطانيا.", "russia", "none"),
        # a reply to an actor is no deed of that actor
        ("قال المتحدث إن الوزارة سترد على الاستفسارات البريطانية لاحقا.", "uk", "none"),
        # a warning of what another does stays the warned-of rule's (not the warner's deed)
        ("حذر الوزير من أن العقوبات ستضر بالشركات الألمانية.", "germany", "none"),
        # relying on an actor is no hostile deed
        ("حذر الوزير من أن بلاده ستعتمد على الصين في الطاقة.", "china", "none"),
    ],
)
def test_threats_of_deeds_leave_the_threatener_alone(
    sentence: str, target: str, stance: str
) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # concern, regret or displeasure at a deed judges its doer
        ("أعربت بكين عن قلقها البالغ من الضربات الأمريكية.", "usa", "against"),
        ("أبدت الحكومة أسفها إزاء الغارات الإسرائيلية.", "israel", "against"),
        # stays: concern nobody is said to feel, for someone, or with no deed judges no one
        ("فر آلاف السكان وسط قلق من الغارات الروسية على المدينة.", "russia", "none"),
        ("أعرب الوزير عن قلقه على المدنيين السوريين.", "syria", "none"),
        ("أعربت روسيا عن قلقها من تدهور الأوضاع.", "russia", "none"),
        # rejecting a deed whose doer a relative clause names
        ("رفضت أنقرة العقوبات التي أعلنتها واشنطن.", "usa", "against"),
        # stays: rejecting sanctions ON an actor is no stance against it
        ("رفضت الصين العقوبات على إيران.", "iran", "none"),
    ],
)
def test_dismay_and_rejection_judge_the_doer(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance", "holder"),
    [
        # a protest adverbial (احتجاجا على) is the clause subject's view, not the outlet's
        (
            "انسحب الوزير من الاجتماع احتجاجا على خطة الحكومة البريطانية.",
            "uk",
            "against",
            "الوزير",
        ),
        # ماي alone names the British prime minister of those years
        ("استقال الوزير من منصبه، احتجاجا على خطة ماي.", "uk", "against", "الوزير"),
    ],
)
def test_a_protest_is_its_subjects_view(
    sentence: str, target: str, stance: str, holder: str
) -> None:
    found = row(sentence, target)
    assert found["stance"] == stance, found["hits"]
    assert (found["voice"], found["holder"]) == ("quoted", holder)


@pytest.mark.parametrize(
    ("sentence", "target", "stance", "holder"),
    [
        # a sharp reply (رد بعنف/بحدة/بغضب على) is a verbal attack on the one replied to, or on
        # the owner of what is replied to, in the replier's words
        ("ردت موسكو بحدة على سفيرة واشنطن لدى الحلف.", "usa", "against", "موسكو"),
        ("وردت أنقرة بغضب على القرار الأمريكي.", "usa", "against", "أنقرة"),
        # stays: a reply without anger, or a physical response, attacks no actor
        ("ردت الحكومة على الانتقادات الأمريكية.", "usa", "none", None),
        ("ردت القوات الروسية بقوة على مصادر النيران.", "russia", "none", None),
    ],
)
def test_a_sharp_reply_is_against_the_one_replied_to(
    sentence: str, target: str, stance: str, holder: str | None
) -> None:
    found = row(sentence, target)
    assert found["stance"] == stance, found["hits"]
    if holder is not None:
        assert (found["voice"], found["holder"]) == ("quoted", holder)


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a deed met with criticism (قوبل: passive, its subject receives): against its doer
        ("قوبل القرار البريطاني بانتقادات واسعة.", "uk", "against"),
        ("قوبلت الخطوة الإسرائيلية بإدانة دولية.", "israel", "against"),
        # stays: what a relative clause says was met with criticism is not the actor before
        (
            "يسخر الوسم من مبالغات اللاعب في مونديال روسيا، التي قوبلت بانتقادات كثيرة.",
            "russia",
            None,
        ),
    ],
)
def test_a_deed_met_with_criticism(sentence: str, target: str, stance: str | None) -> None:
    if stance is None:
        assert target not in rows(sentence).index
    else:
        assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "holder"),
    [
        # concern and regret are the feeler's, never the outlet's own evaluation
        (
            "وتشعر الحكومة الألمانية بقلق بالغ إزاء قرار أنقرة شراء الصواريخ.",
            "turkey",
            "الحكومة الألمانية",
        ),
        ("أسفت المنظمة لقرار واشنطن الانسحاب من المجلس.", "usa", "المنظمة"),
        ("ويشعر المستثمرون بالقلق من السياسات الاقتصادية لأردوغان.", "turkey", "المستثمرون"),
    ],
)
def test_concern_and_regret_are_the_feelers_view(
    sentence: str, target: str, holder: str | None
) -> None:
    found = row(sentence, target)
    assert found["stance"] == "against", found["hits"]
    assert found["voice"] == "quoted"
    if holder is not None:
        assert found["holder"] == holder
