"""Polar rows that were wrong on real news (issue 12, read on a random sample of ANT rows).

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. Each case checks one general fact of Arabic; the cases after ``# stays`` guard
what the rule must not change.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import row, rows, stance_of


def _check(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # تدخل as the verb "enters, takes part": a person its subject, a pronoun phrase after it
        ("وستصبح بذلك أول امرأة من أصل عربي تدخل الكونغرس الأمريكي.", "usa", "none"),
        (
            'وتأخذ العملية العسكرية التركية التي تشنها أنقرة في الشمال السوري شكل "حرب إقليمية"'
            " تدخل فيها أطراف عدة.",
            "turkey",
            "none",
        ),
        # stays: the noun "interference" with its doer
        ("وحذر الوزير من تدخل إيران في شؤون المنطقة.", "iran", "against"),
        ("وندد البيان بأي تدخل تركي في العراق.", "turkey", "against"),
    ],
)
def test_tadkhul_as_the_verb_enters(sentence: str, target: str, stance: str) -> None:
    _check(sentence, target, stance)


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a hostile word after a body's head noun is the body's remit, part of its name
        (
            "وقال المحقق، الذي عمل سنوات في وكالة الجرائم الوطنية البريطانية، إنه يفهم المخاوف.",
            "uk",
            "none",
        ),
        ("وأحالت الشرطة الملف إلى وحدة الجرائم الإلكترونية الروسية.", "russia", "none"),
        # stays: the crimes of an actor
        ("وندد الوزير بالجرائم الروسية في سوريا.", "russia", "against"),
    ],
)
def test_a_body_name_names_no_deed(sentence: str, target: str, stance: str) -> None:
    _check(sentence, target, stance)


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a national team's nickname before the nationality adjective
        ("ولم يحقق الدب الروسي أي انتصار في آخر سبع مباريات ودية.", "russia", "none"),
        ("وتلقت الماكينات الألمانية هزيمة مذلة أمام المكسيك.", "germany", "none"),
        # stays: the state
        ("وانتقد الوزير السياسة الروسية في أوكرانيا.", "russia", "against"),
    ],
)
def test_a_team_nickname_is_no_state(sentence: str, target: str, stance: str) -> None:
    _check(sentence, target, stance)


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # support sought for oneself, a pronoun that is the currency, a pronoun that is the
        # indefinite noun a verb describes without a relative pronoun
        (
            "ولي العهد السعودي يسعى من خلال جولته إلى حشد الكثير من التأييد الدولي لنفسه.",
            "saudi",
            "none",
        ),
        (
            "وقال الخبير إن دعوات الرئيس التركي للمواطنين بتحويل ما لديهم من دولارات إلى الليرة"
            " التركية لدعمها، لن تجدي نفعا.",
            "turkey",
            "none",
        ),
        (
            "وشاركت تركيا بدور في المحافظة في إطار عملية سياسية تدعمها روسيا منذ عامين.",
            "turkey",
            "none",
        ),
        # stays: support for the state, and the country as the pronoun's antecedent
        ("وأكد الوزير دعم بلاده لأوكرانيا.", "ukraine", "favor"),
        ("ويواصل حلفاء الحكومة التركية دعمها في الأزمة.", "turkey", "favor"),
    ],
)
def test_a_pronoun_that_is_no_state(sentence: str, target: str, stance: str) -> None:
    _check(sentence, target, stance)


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the actor after a verb of charging in a relative clause is that verb's subject
        ("وقتل المعارض عام 2010 بالسم، في اعتداء اتهمت فرنسا روسيا بتدبيره.", "france", "none"),
        # an actor inside the charge is what the charged deed touched
        (
            "واتهمت شركة أمنية أمريكية قراصنة موجودين في الصين باختراق مواقع حكومية ألمانية.",
            "germany",
            "none",
        ),
        # a possessed visit's actor is the country visited; له ends the object
        (
            "ويقضي الرئيس الأمريكي عطلته في منتجعه في الوقت الذي تشهد فيه البلاد المزيد من"
            " الاحتجاجات ضد زيارته بريطانيا.",
            "uk",
            "none",
        ),
        ("ورد قائد الشرطة على اتهامات وجهها له الإعلامي الإسرائيلي.", "israel", "none"),
        (
            "وأعادت واشنطن فرض العقوبات الأمريكية على طهران، في خطوة نددت بها إيران بشدة.",
            "iran",
            "none",
        ),
        ("وندد الوزير بهجوم دوما الذي وقع قبل أسبوع واتهمت به دمشق.", "syria", "against"),
        # stays: the accused after the accuser, a charge after the accused, an owner after ضد
        ("اتهمت بريطانيا روسيا بتدبير الهجوم.", "russia", "against"),
        (
            "واتهم المتحدث باسم وزارة الدفاع الروسية لندن بممارسة ضغوط على المنظمة.",
            "uk",
            "against",
        ),
        ("وتظاهر آلاف الطلاب احتجاجا على قرار الحكومة الفرنسية.", "france", "against"),
    ],
)
def test_who_is_accused_or_protested(sentence: str, target: str, stance: str) -> None:
    _check(sentence, target, stance)


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # by mistake, accomplishing a task, a prayer for a quality, reducing escalation
        (
            "واحتجزت السلطات الروسية صيادين أوكرانيين دخلوا المياه بالخطأ، بحسب كييف.",
            "russia",
            "none",
        ),
        (
            "واحتجزت السلطات الروسية صيادين أوكرانيين دخلوا المياه عن طريق الخطأ، بحسب كييف.",
            "russia",
            "none",
        ),
        (
            "وباتت القيادة الإيرانية أمام خيارين: الرفض، أو إرسال إشارات عن الرغبة في إنجازها.",
            "iran",
            "none",
        ),
        (
            "وزار القس البيت الأبيض والتقى الرئيس الأمريكي، ثم صلى من أجل أن يمنحه الله حكمة.",
            "usa",
            "none",
        ),
        (
            "وذكرت وسائل إعلام تركية أن القوات التركية أقامت نقطة مراقبة في سياق تنفيذ اتفاق"
            " تخفيف التصعيد.",
            "turkey",
            "none",
        ),
        (
            "ونشر الجيش التركي مزيدا من القوات في 12 موقعا تراقب منطقة خفض التصعيد.",
            "turkey",
            "none",
        ),
        # stays: a mistake judged, an achievement praised, escalation done, reducing a measure
        # that keeps its own adjective
        (
            "وتظاهر آلاف الروس احتجاجا على خطط الحكومة رغم وعود الرئيس بتخفيف الإجراء"
            " المرفوض شعبيا.",
            "russia",
            "against",
        ),
        ("وقال الوزير إن الحكومة البريطانية ارتكبت خطأ فادحا.", "uk", "against"),
        ("وقال الوزير إن قرار واشنطن خطأ كبير.", "usa", "against"),
        ("وأشاد الرئيس بإنجاز روسيا في تنظيم البطولة.", "russia", "favor"),
        ("ونددت الخارجية بالتصعيد الإسرائيلي في غزة.", "israel", "against"),
    ],
)
def test_words_in_a_sense_that_judges_no_one(sentence: str, target: str, stance: str) -> None:
    _check(sentence, target, stance)


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a named force whose name holds the country: no mention of the state
        ("وتحظى قوات سوريا الديمقراطية بدعم من التحالف الدولي بقيادة أميركية.", "syria", None),
        # stays: the state named beside it
        ("واتهمت قوات سوريا الديمقراطية الحكومة السورية بقصف مواقعها.", "syria", "against"),
    ],
)
def test_a_force_named_after_the_country(sentence: str, target: str, stance: str | None) -> None:
    found = rows(sentence)
    if stance is None:
        assert target not in found.index, found
    else:
        assert found.loc[target, "stance"] == stance, found.loc[target, "hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a pronoun after a preposition names no actor (the rule that gave it the last actor
        # named was dropped: most of its rows were wrong); what a seeker seeks is its own
        ("وتعهدت واشنطن على حشد دعم دولي لاستراتيجيتها الجديدة في المنطقة.", "usa", "none"),
        (
            "وتستضيف فرنسا مؤتمرا سيسعى لبنان من خلاله للحصول على الدعم لاقتصاده وجيشه.",
            "france",
            "none",
        ),
        ("وقامت عمدة باريس بتكريم الشاب، معربة عن شكرها لهذه الخطوة البطولية.", "france", "none"),
        # هنا is "here", not the folded هنأ (congratulated), where no verb stands
        (
            "ويعتقد خبراء أن التهديد هنا يتعدى ما يشكله التنظيم ليشمل القوات الروسية.",
            "russia",
            "none",
        ),
        ("وهنأ الرئيس نظيره الروسي بفوزه في الانتخابات.", "russia", "favor"),
    ],
)
def test_a_pronoun_object_that_is_no_actor(sentence: str, target: str, stance: str) -> None:
    _check(sentence, target, stance)
