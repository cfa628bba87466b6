"""Favor on real news: support declared or given, the pronoun on a noun of favor, and the
object of a verb of praise past a long subject (GUIDELINES: reported acts are none; supported,
praised, welcomed -> favor). Sentences are written for these tests in the style of the news."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.stance import stance_sentences


def row(sentence: str, target: str) -> tuple[str, str]:
    """The (stance, holder) of ``target`` in a one-sentence article; ``none`` without a row."""
    articles = pd.DataFrame({"article_id": ["a"], "body": [sentence], "outlet": ["X"]})
    found = stance_sentences(articles, progress=False)
    found = found[found["target"] == target]
    if found.empty:
        return "none", ""
    return found.iloc[0]["stance"], str(found.iloc[0]["holder"] or "")


@pytest.mark.parametrize(
    "sentence",
    [
        # support as the charge against the one who gives it
        "دانت الخارجية الأمريكية الهجوم معتبرة أن موسكو تتحمل المسؤولية بسبب دعمها الدائم "
        "للنظام السوري.",
        "وحذر الرئيس الأمريكي موسكو من مواصلة دعمها للحكومة السورية.",
        # support given as a deed: troops, strikes, money
        "وقدمت موسكو وطهران دعما عسكريا حاسما لقوات الحكومة السورية.",
        "وشنت الطائرات الروسية غارات دعما للقوات السورية في ريف حماة.",
    ],
)
def test_support_given_is_no_favor_toward_the_one_who_gets_it(sentence: str) -> None:
    assert row(sentence, "syria")[0] == "none"


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        (
            "أكد وزير خارجية البحرين الشيخ خالد بن أحمد، الجمعة، على دعم بلاده للمملكة "
            "العربية السعودية.",
            "وزير خارجية البحرين الشيخ خالد بن أحمد",
        ),
        ("عبرت دول عربية عدة عن دعمها للمملكة العربية السعودية.", "دول عربية"),
        (
            "وأشاد المحافظ بالجيش مثمنا دعم التحالف بقيادة المملكة العربية السعودية.",
            "المحافظ",
        ),
    ],
)
def test_support_declared_or_praised_is_favor(sentence: str, holder: str) -> None:
    assert row(sentence, "saudi") == ("favor", holder)


def test_support_received_stays_favor() -> None:
    assert row("وحظيت روسيا بدعم الصين في التصويت على القرار.", "russia")[0] == "favor"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("لم يخف الرئيس الأمريكي إعجابه في البداية بالزعيم الكوري الشمالي.", "usa"),
        ("وأظهرت أوساط السينما الفرنسية تضامنها في مكافحة العنف ضد النساء.", "france"),
    ],
)
def test_the_pronoun_on_a_noun_of_favor_shows_it(sentence: str, target: str) -> None:
    assert row(sentence, target)[0] == "none"


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        ("رحب وزير الخارجية المصري سامح شكري بقرار الحكومة البريطانية.", "uk", "favor"),
        ("رحب وزير الخارجية المصري، سامح شكري، بقرار الحكومة البريطانية.", "uk", "favor"),
        ("ندد وزير الخارجية الأردني أيمن الصفدي بقرار الحكومة الإسرائيلية.", "israel", "against"),
    ],
)
def test_the_owner_of_the_object_past_a_long_subject(
    sentence: str, target: str, stance: str
) -> None:
    assert row(sentence, target)[0] == stance


def test_the_doer_in_the_objects_relative_past_a_subject_of_several_words() -> None:
    sentence = "أشاد عدد من الحجاج بالجهود التي تقدمها السعودية في خدمة ضيوف الرحمن."
    assert row(sentence, "saudi")[0] == "favor"


def test_a_private_persons_nationality_with_a_pronoun_is_no_state() -> None:
    # the coach praises his new French player: no favor toward France
    sentence = "وأشاد مدرب الفريق الإنجليزي بلاعبه الفرنسي الجديد بعد المباراة."
    assert row(sentence, "france")[0] == "none"


def test_defending_an_actor_is_the_speakers_favor() -> None:
    sentence = (
        "دافع وزير الخارجية الأمريكي، الثلاثاء، عن المملكة العربية السعودية في مواجهة الانتقادات."
    )
    assert row(sentence, "saudi") == ("favor", "وزير الخارجية الأمريكي")


def test_defending_ones_own_side_is_self_defence() -> None:
    sentence = "دافعت رئيسة الوزراء البريطانية، الإثنين، عن بريطانيا أمام البرلمان."
    assert row(sentence, "uk")[0] == "none"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("قتل عشرات الحجاج في حادث تدافع قرب مكة في السعودية.", "saudi"),  # a stampede
        ("وكان ارتفاع الأسعار دافعا قويا لروسيا لزيادة الإنتاج.", "russia"),  # a motive
    ],
)
def test_a_stampede_or_a_motive_defends_no_one(sentence: str, target: str) -> None:
    assert row(sentence, target)[0] == "none"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # defending beside someone: the French president defends with the chancellor
        ("وستدافع المستشارة الألمانية مع الرئيس الفرنسي الجمعة عن خطتهما المشتركة.", "france"),
        # the owner of a defended thing: most often the speaker's own side
        ("وقال المتحدث العسكري إن الجنود يدافعون عن حدود إسرائيل.", "israel"),
    ],
)
def test_only_the_actor_after_an_is_defended(sentence: str, target: str) -> None:
    assert row(sentence, target)[0] == "none"
