"""Acts inside other words (helpers/stance_acts.py) and the role rules beside them (issue 18).

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. Each case checks one direction of one rule; the cases after ``# stays`` guard
what the rule must not change.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import row, stance_of


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a criticised act of giving judges its giver (an adjective or an owner after the act)
        ("انتقد الوزير الدعم الإيراني لسوريا.", "iran", "against"),
        ("انتقد الوزير الدعم الإيراني لسوريا.", "syria", "none"),
        ("أدانت الحكومة التمويل التركي للجماعات المسلحة في ليبيا.", "turkey", "against"),
        ("ندد البرلمان بتسليح الولايات المتحدة للمعارضة السورية.", "usa", "against"),
        ("ندد البرلمان بتسليح الولايات المتحدة للمعارضة السورية.", "syria", "none"),
        ("انتقدت روسيا الدعم العسكري الأمريكي لأوكرانيا.", "ukraine", "none"),
        # stays: praised, the giver is favoured, and so is the receiver the praise wants helped
        ("رحب الوزير بالمساعدات الألمانية لأوكرانيا.", "germany", "favor"),
        ("أشاد الرئيس بدعم فرنسا لأوكرانيا.", "france", "favor"),
        ("أشاد الرئيس بدعم فرنسا لأوكرانيا.", "ukraine", "favor"),
        # stays: support of a proposal about protection is no evaluation of the protection
        (
            "قال الوزير إن ألمانيا تدعم اقتراحات المفوضية الأوروبية بشأن حماية المصانع.",
            "eu",
            "favor",
        ),
        # stays: support declared, not evaluated
        ("أعلنت فرنسا دعمها الكامل لأوكرانيا.", "ukraine", "favor"),
    ],
)
def test_an_evaluated_act_of_giving_judges_the_giver(
    sentence: str, target: str, stance: str
) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance", "holder"),
    [
        # verb, a subject that is no actor, then the object: an adverb after it cuts nothing
        ("انتقد الوزير إيران بشدة.", "iran", "against", "الوزير"),
        ("أدان وزير الخارجية تركيا بقوة أمام الصحفيين.", "turkey", "against", "وزير الخارجية"),
        ("ثمن رئيس الوزراء فرنسا مجددا.", "france", "favor", "رئيس الوزراء"),
        # stays: an actor after an indefinite head is the subject's owner, an adjective
        # qualifies the subject, and an actor inside a prepositional phrase is no object
        ("انتقد رئيس روسيا الخطة بشدة.", "russia", "none", None),
        ("انتقد الوزير الإيراني الخطة بشدة.", "iran", "none", None),
    ],
)
def test_the_object_after_a_subject_that_is_no_actor(
    sentence: str, target: str, stance: str, holder: str | None
) -> None:
    found = row(sentence, target)
    assert found["stance"] == stance, found["hits"]
    if holder is not None:  # the subject phrase ends before the object
        assert found["holder"] == holder


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the subject meets the act (على موعد مع، عرضة ل): it is not the doer
        ("كان السفير السوري في لندن على موعد مع اعتداء جديد.", "syria", "none"),
        ("قال الوزير إن روسيا كانت على موعد مع هجمات إرهابية جديدة.", "russia", "none"),
        ("قال المراقبون إن الأتراك كانوا على موعد مع عملية اغتيال جديدة.", "turkey", "none"),
        ("باتت القوات الإيرانية عرضة لهجمات إرهابية متكررة.", "iran", "none"),
        # a hostile noun after a word of purpose: its owner is what is done to
        ("قال الوزير إن المستوطنين يعملون من أجل إرهاب الفلسطينيين وطردهم.", "palestine", "none"),
        ("نفذت الميليشيات حملة بهدف ترويع السوريين في القرى.", "syria", "none"),
        # stays: the owner of terrorism is its doer when no purpose governs it
        ("أدان الوزير إرهاب إسرائيل في غزة.", "israel", "against"),
        # a demonstrative points to an act named before: the speaker is not its doer
        (
            "وجهت الرئاسة الفلسطينية أصابع الاتهام إلى المستوطنين، مؤكدة أن هذه الجريمة لن تمر.",
            "palestine",
            "none",
        ),
        # stays: a crime with no demonstrative keeps the subject of an earlier clause
        ("وصل الجيش الروسي إلى المدينة، في خطوة عدوانية جديدة.", "russia", "against"),
        # an act that is investigated or discussed (بشأن، حول) is not the investigator's
        ("فتح الاتحاد الأوروبي تحقيقا بشأن الاعتداء على المشجعين.", "eu", "none"),
        ("عقد حلف الناتو اجتماعا حول الاعتداء في البلطيق.", "nato", "none"),
        # stays: an actor named with the act keeps it
        ("عقد المجلس اجتماعا حول العدوان الروسي على أوكرانيا.", "russia", "against"),
        # what a word of evaluation right before it judges is not the deed of the actor before
        ("أصدرت روسيا كتابا جديدا عن الحرب يندد بالجرائم الوحشية.", "russia", "none"),
        # the subject before a verb of evaluation speaks; what it says is about others
        ("تركيا تستنكر القرار وتؤكد نزعة الهيمنة.", "turkey", "none"),
        ("سوريا تدين بشدة قرار الإدارة وتؤكد نزعة الهيمنة.", "syria", "none"),
        # a writer's nationality is no state (a private person)
        ("فاز كاتب سوري بجائزة عن روايته التي تندد بالممارسات الوحشية.", "syria", "none"),
        ("وقالت هدى، فنانة فلسطينية سلب الاحتلال منها منزل والدها.", "palestine", "none"),
        # stays: عبر before a word other than عن is "through", no verb of saying
        (
            "يريد النظام السوري عبر هجومه على المدينة منع السكان من تذكر المجزرة.",
            "syria",
            "against",
        ),
        # a hostile word in the name of a list is not the listing state's
        ("وضعت الولايات المتحدة الحزب على لائحة المنظمات الإرهابية.", "usa", "none"),
        ("وضعت بريطانيا الجماعة على لائحة الإرهاب.", "uk", "none"),
        # the act's indefinite owner is the victim the adjective qualifies
        ("طردت لندن دبلوماسيين بعد تسميم ضابط روسي سابق.", "russia", "none"),
        ("وقعت الحادثة بعد اغتيال دبلوماسي إيراني في المدينة.", "iran", "none"),
        # stays: a doer head as the owner names the doer, and so does an owner whose victim
        # follows with على
        ("تواصل الغضب بعد اعتداء جنود إسرائيليين على المصلين.", "israel", "against"),
        ("تواصل الغضب بعد اعتداء مستوطن إسرائيلي على المصلين.", "israel", "against"),
    ],
)
def test_acts_met_pointed_listed_and_purposed(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # actors joined by و after the verb are its subject, not its object
        ("وتدعم الأمم المتحدة والاتحاد الأوروبي إجراء انتخابات في البلاد.", "eu", "none"),
        # stays: an actor after the subject is the object
        ("وتدعم فرنسا ألمانيا في المفاوضات.", "germany", "favor"),
        # a masculine pronoun does not refer to a country after a preposition
        (
            "ووقعت المباراة في ملعب بروسيا، وخسر المهاجم مكانه في الفريق بسبب خيانته لزميله.",
            "russia",
            "none",
        ),
        # a dissident's nationality is no state; what is convicted is his
        ("خرج المعارض الروسي من السجن بعد إدانته بتنظيم احتجاجات.", "russia", "none"),
        # one who opposes corruption (مناهض) does not commit it
        ("ومنع منافس بوتين المناهض للفساد من الترشح للانتخابات.", "russia", "none"),
        # an act after بسبب is the reason for what the actor does, not its deed
        ("داهمت الشرطة الأوكرانية عشرة نواد بسبب فضيحة تلاعب بالنتائج.", "ukraine", "none"),
        # an event after بعد or في ضوء is what the actor responds to, not its deed
        ("نشرت المفوضية الأوروبية بيانا في ضوء فضيحة فيس بوك.", "eu", "none"),
        ("أغلقت الحكومة الأمريكية السفارة بعد الهجمات الإرهابية في المدينة.", "usa", "none"),
        # stays: the owner of the event named with it keeps it
        ("شنت روسيا غارات جديدة بعد عدوانها على المدينة.", "russia", "against"),
        # the owner of denied rights suffers the denial, and what follows is not its deed
        (
            "وقال إن الاحتلال يواصل الإنكار الممنهج لحقوق الشعب الفلسطيني وفرض نظام الفصل العنصري.",
            "palestine",
            "none",
        ),
        # the owner of a violated thing suffers the violation
        ("تسعى الولايات المتحدة لمعاقبة الصين على انتهاك حقوق الملكية الأمريكية.", "usa", "none"),
        ("غرمت المفوضية الأوروبية الشركة لانتهاكها قواعد الاتحاد الأوروبي.", "eu", "none"),
        # stays: the direct owner of violations is the violator
        ("ندد التقرير بانتهاكات إسرائيل في الضفة الغربية.", "israel", "against"),
        # a relative clause after the act's adjective names its doer
        ("ساءت العلاقات بعد حملة القمع الواسعة التي شنها الرئيس التركي.", "turkey", "against"),
        # the pronoun of a verb right after a noun in a chain opened by a preposition is that noun
        ("وتسلح الولايات المتحدة الوحدات الكردية في إطار تحالف تدعمه في سوريا.", "usa", "none"),
        # stopping a brutal act is no praise of its doer (a shifter does not turn a negative
        # description into praise)
        (
            "وقالت الوزيرة: نواصل حملتنا لوقف الهجمات الوحشية التي ينفذها النظام السوري.",
            "syria",
            "none",
        ),
        # a masculine pronoun does not refer to a country that owns the noun before it
        ("وكانت بطولة روسيا الفرصة الأخيرة للنجم لكي يسكت الذين ينتقدونه.", "russia", "none"),
        # an object after the word's adjectives: the pronoun is the supporter
        (
            "عزز الاتحاد الأوروبي في قمة بروكسل دعمه السياسي والمادي لمجموعة دول الساحل.",
            "eu",
            "none",
        ),
        # the pronoun after a penalty and its على-object is the penalised one
        (
            "الغرامة التي فرضها الاتحاد الأوروبي على الشركة لانتهاكها شروط المنافسة كانت الأعلى.",
            "eu",
            "none",
        ),
        # a possessed verbal noun with a direct object: the pronoun supports, it is not supported
        (
            "رداً على ضم روسيا شبه جزيرة القرم ودعمها حرب الانفصاليين في شرق أوكرانيا.",
            "russia",
            "none",
        ),
        # an actor right after a possessed verbal noun is its object, the pronoun its doer; and
        # support named as the ground of a punishment is a charge, no favor toward the object
        # (test_stance_favor_precision.py)
        ("أو أننا نريد معاقبة الروس لدعمهم السوريين؟", "russia", "none"),
        ("أو أننا نريد معاقبة الروس لدعمهم السوريين؟", "syria", "none"),
        # after a word of means the owner of the giving is the giver
        ("بفضل دعم موسكو وطهران، تمكن النظام من استعادة الأراضي.", "russia", "none"),
        # the one something is acceptable to (بالنسبة ل) judges, it is not judged
        (
            "ليبقى السؤال هو ما إذا كانت هذه الاقتراحات مقبولة بالنسبة للاتحاد الأوروبي.",
            "eu",
            "none",
        ),
        # a penalty named earlier in the clause, with a relative and an apposition between
        (
            "وربما يعود السبب إلى الغرامة الهائلة التي فرضها الاتحاد الأوروبي على الشركة"
            " والبالغة خمسة مليارات دولار لانتهاكها شروط المنافسة.",
            "eu",
            "none",
        ),
        # the subject of an experiencer noun with a pronoun or ب suffers what follows
        ("شعر الجاسوس الروسي السابق بمرض شديد بعد تعرضه للتسميم بغاز أعصاب.", "russia", "none"),
        # stays: with ب on the experiencer noun as well
        ("وكانت الشركة الأميركية قد اعترفت بتعرض موقع التواصل الاجتماعي لخرق أمني.", "usa", "none"),
        # على before land is where it happened: the spy's nationality is the victim's
        (
            "طردت بريطانيا دبلوماسيين بعد محاولة اغتيال جاسوس روسي على الأراضي البريطانية.",
            "russia",
            "none",
        ),
    ],
)
def test_attachment_in_own_voice_rows(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        ("ارتفع العجز التجاري الأميركي في فبراير إلى أعلى مستوى.", "usa", "none"),
        ("وتبحث القمة الأوروبية وسائل التحكم في تدفق الهجرة غير القانونية.", "eu", "none"),
        (
            "وساءت علاقات الاتحاد الأوروبي مع تركيا بعد محاولة الانقلاب الفاشل ضد الرئيس.",
            "eu",
            "none",
        ),
        ("تعهد الرئيس الأميركي اتخاذ إجراءات للتحقق من السوابق الإجرامية للراغبين.", "usa", "none"),
        ("قدم المهرجان الفيلم الأمريكي الجديد، وهو من أفلام الجريمة والدراما.", "usa", "none"),
        # stays: the words of a term keep their sense elsewhere
        ("تواصل روسيا سياستها غير القانونية في القرم.", "russia", "against"),
    ],
)
def test_terms_of_art_fire_nothing(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a feminine nationality adjective right after a feminine verb is a woman, not the state
        (
            "حققت الأمريكية جين سميث، لاعبة التزلج على الجليد، إنجازا تاريخيا بعد أن نجحت في"
            " تنفيذ الحركة.",
            "usa",
            "none",
        ),
        (
            "وتفوقت الأوكرانية المصنفة رابعة على منافستها بعد سلسلة من الانتصارات المتتالية.",
            "ukraine",
            "none",
        ),
        # stays: after a definite noun it qualifies that noun, the state's body
        ("وأشادت الحكومة الأمريكية بالانتصارات المتتالية.", "usa", "none"),
        ("وحققت القوات الأوكرانية انتصارات متتالية.", "ukraine", "favor"),
    ],
)
def test_sport_a_nationality_standing_as_a_noun_is_a_person(
    sentence: str, target: str, stance: str
) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "holder"),
    [
        # أصر على أن reports its subject's claim
        ("وتصر المملكة المتحدة على أن روسيا تقف وراء تسميم سكريبال.", "russia", "المملكة المتحدة"),
        # a threat whose ب-word comes after a long insertion between commas
        (
            "وهدد الاتحاد الأوروبي وكندا، خلال اجتماع شهد نقاشا ساخنا في منتج ويسلر الكندي،"
            " بالرد على القرار الأمريكي.",
            "eu",
            "الاتحاد الأوروبي وكندا",
        ),
    ],
)
def test_claims_and_threats_are_their_subjects_words(
    sentence: str, target: str, holder: str
) -> None:
    found = row(sentence, target)
    assert (found["voice"], found["holder"]) == ("quoted", holder), found["hits"]
    if target == "eu":  # the threatener is not judged by its own threat
        assert found["stance"] == "none"
