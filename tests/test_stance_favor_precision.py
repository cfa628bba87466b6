"""Favor precision on real news. Who receives the support a word of sponsoring names: no one
when a criticism or a warning holds the support against its giver, and never the giver written
after the word (GUIDELINES: support given as a deed is none; the target is who is supported, not
who supports). Whom praise reaches: not the subject of an earlier clause; success at averting a
harm is no success at it; a feminine relative after a masculine act names who counters it, not
its doer. Sentences are written for these tests in the style of the news."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.stance import stance_sentences


def stance(sentence: str, target: str) -> str:
    """The stance toward ``target`` in a one-sentence article; ``none`` without a row."""
    articles = pd.DataFrame({"article_id": ["a"], "body": [sentence], "outlet": ["X"]})
    found = stance_sentences(articles, progress=False)
    found = found[found["target"] == target]
    return "none" if found.empty else str(found.iloc[0]["stance"])


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # the support is what the critic or the one who warns holds against its giver
        ("ونفت الصين الاتهامات، وانتقدت كلا من كندا وأستراليا لدعمهما بريطانيا.", "uk"),
        ("وحذر رئيس الوزراء البريطاني أمس إيران من الاستمرار في دعم النظام السوري.", "syria"),
        # the actor after the word gives the support: a past verb's subject, or the subject of
        # a verbal noun whose object follows
        ("وفي تلك الحقبة دعمت فرنسا المعارضة المسلحة بالسلاح.", "france"),
        ("وقد دعم القضاء الألماني موقف الشركة في النزاع.", "germany"),
        ("وارتفعت الأسعار مع دعم السعودية وروسيا خفض الإنتاج.", "saudi"),
    ],
)
def test_support_charged_or_its_giver_is_no_favor(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "none"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # declared between the criticism and the support: a stance the speaker takes
        ("وندد الوزير بالهجوم وأكد دعم بلاده لفرنسا في مواجهة الإرهاب.", "france"),
        # the actor after the noun is the one supported (an adverb of manner is no object)
        ("وأعلن الوزير دعم الخطة الأمريكية في المنطقة.", "usa"),
        ("وقال الوزير إن بلاده ستواصل دعم الرياضة الفلسطينية ماديا ومعنويا.", "palestine"),
    ],
)
def test_support_declared_or_received_stays_favor(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "favor"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # a verb of support with its object pronoun narrates support given to the thing named
        # before it (a faction, a draft); the actor after it is its subject
        ("وضربت الطائرات قواعد لفصائل مسلحة تدعمها إيران قرب الحدود مع سوريا.", "syria"),
        ("ورفضت روسيا مشروع قرار تقدمت به بريطانيا ودعمته فرنسا.", "uk"),
        ("وبدأت قوات يدعمها التحالف بقيادة السعودية هجوما على المدينة.", "saudi"),
    ],
)
def test_verb_of_support_with_its_pronoun_is_no_favor(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "none"


def test_noun_of_support_with_its_pronoun_stays_favor() -> None:
    """A noun with the pronoun of the one supported, named right before, is a stance stated."""
    assert stance("وقال المرشد إن سوريا في الخط الأول وإن دعمها واجب.", "syria") == "favor"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # a victory for another party
        ("وتدرك واشنطن أن أي خلل في الحلف سيشكل انتصارا لخصومها.", "usa"),
    ],
)
def test_praise_is_not_carried_to_an_earlier_subject(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "none"


def test_success_at_averting_a_harm_is_no_success_at_it() -> None:
    assert stance("وقالت الصحيفة إن فرنسا نجحت في تجنب خلاف يضر بالاتحاد.", "france") == "favor"


def test_success_at_a_harm_stays_against() -> None:
    assert stance("ونجحت إيران في نشر الفوضى في المنطقة.", "iran") == "against"


def test_feminine_relative_after_a_countered_act_names_the_counterer() -> None:
    sentence = (
        "وبالرغم من دعوات مكافحة الإرهاب التي تعلنها فرنسا بين الحين والآخر، فاجأت باريس "
        "الجميع بقرارها."
    )
    assert stance(sentence, "france") == "none"


def test_masculine_relative_after_the_act_names_its_doer() -> None:
    assert stance("وتواصل الحكومة مكافحة الإرهاب الذي ترعاه إيران في المنطقة.", "iran") == "against"


# Support told as a deed or held as a charge (armed support, support in a war, involvement
# and punishment) favors neither side; support a speaker declares stays favor.
@pytest.mark.parametrize(
    "sentence",
    [
        # an armed body gives the support, before the verb or right after it
        "وتنتشر مجموعات مسلحة روسية في المنطقة تدعم الحكومة السورية.",
        "ويدعم الجيش الروسي في الوقت الراهن قوات الحكومة السورية.",
        "وفر آلاف السكان من المدينة، حيث تدعم القوات الجوية الروسية هجوم الحكومة السورية.",
        # the support is set in a war or given as military
        "وتدعم روسيا الحكومة السورية في الحرب الدائرة منذ سنوات.",
        "وتدعم موسكو عسكريا النظام السوري عبر آلاف المستشارين.",
        # support named as the ground of a punishment or as an involvement
        "ويريد النواب معاقبة الإيرانيين لدعمهم السوريين.",
        "وقطعت الحكومة علاقاتها مع طهران بسبب تورطها في دعم الحكومة السورية.",
    ],
)
def test_armed_or_punished_support_favors_no_one_who_gets_it(sentence: str) -> None:
    assert stance(sentence, "syria") == "none"


def test_support_charged_as_involvement_is_no_favor_toward_its_giver() -> None:
    sentence = "وقال المتحدث إن الهجوم يثبت تورط دعم النظام الإيراني بدعم الجماعة بالصواريخ."
    assert stance(sentence, "iran") != "favor"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # an army as the object of declared support, after a subject
        ("وأشار الوزير إلى أن ألمانيا تدعم الجيش الفرنسي.", "france"),
        ("وتدعم فرنسا الجيش الأمريكي في مساعيه.", "usa"),
        # a war that is the support's aim, not its setting
        ("وأشار الوزير إلى أن السعودية والإمارات تدعمان جهود الأمم المتحدة لإنهاء الحرب.", "un"),
    ],
)
def test_declared_support_stays_favor(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "favor"
