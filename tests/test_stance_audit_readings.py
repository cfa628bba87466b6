"""Three wrong shapes of against and favor rows found by reading a random sample of real rows.

* The plural ending ات is read off a word only for a noun that judges someone (``انتهاكات``):
  an adjective with ات is a noun of its own (``المشروعات`` "projects" is no ``مشروعة``
  "legitimate"), and a function word read so is another word (``كلمات`` "words" is no ك + the
  negator ``لم``, ``بقوات`` "with forces" no ``بقوة``).
* A ل-actor inside the title that opens a verb's subject (``دان أمين سر اللجنة التنفيذية لمنظمة
  التحرير``) is the title's body, not the object the verb judges.
* After a verb of threatening the actor written after it is the speaker who threatens
  (``هدد الرئيس الأمريكي إيران``) or, when a word of its clause stands before the verb, the
  threatened (``إنها تهدد التفوق الأمريكي``): no doer judged for it. A thing written after the
  verb that opens its clause poses the threat (``ويهدد التقدم التركي مصير الآلاف``).

Sentences are written for these tests in the style of the news.
"""

from __future__ import annotations

import pytest

from helpers.arabic import normalize
from helpers.stance_lexicon import default_lexicon
from tests.test_stance_favor_precision import stance


def _read_as(word: str) -> str | None:
    """The lexicon term a lone word is read as, or None."""
    found = default_lexicon().match([normalize(word)], 0)
    return None if found is None else found[0].term


@pytest.mark.parametrize(
    ("word", "term"),
    [
        ("المشروعات", None),  # projects, not legitimate
        ("كلمات", None),  # words, not ك + لم
        ("بقوات", None),  # with forces, not بقوة
        ("تعليقات", None),  # comments, not the suspension تعليق
        ("العارضات", None),  # models, not the verb عارض
        ("المدمرات", None),  # destroyers, not مدمر
        ("المشروعة", "مشروعة"),  # the feminine adjective stays
        ("الانتهاكات", "انتهاك"),  # the plural of a judging noun stays
        ("نجاحاتها", "نجاح"),
    ],
)
def test_the_plural_ending_is_read_off_only_a_judging_noun(word: str, term: str | None) -> None:
    assert _read_as(word) == term


@pytest.mark.parametrize(
    ("sentence", "target", "expected"),
    [
        # projects praise no one
        ("وتنفذ روسيا المشروعات في المنطقة.", "russia", "none"),
        ("وتمول الصين مشروعات البنية التحتية في أفريقيا.", "china", "none"),
        ("وافتتح الرئيس التركي المشروعات الجديدة.", "turkey", "none"),
        # words of thanks are thanks, not negated thanks
        ("وجه الرئيس كلمات شكر لروسيا على دعمها.", "russia", "favor"),
        # the body of the subject's title is no object of the condemnation
        (
            "ودان أمين سر اللجنة التنفيذية لمنظمة التحرير الفلسطينية صائب عريقات القرار الجديد.",
            "palestine",
            "none",
        ),
        (
            "واستنكرت عضو اللجنة التنفيذية لمنظمة التحرير الفلسطينية افتتاح السفارة في القدس.",
            "palestine",
            "none",
        ),
        # the ل-object of a noun of condemnation stays
        ("وأعلن الوزير إدانته الشديدة لإسرائيل بعد الغارة.", "israel", "against"),
        # the threatener after the verb is the speaker, the threatened is judged
        ("وهدد الرئيس الأمريكي إيران بعقوبات جديدة.", "usa", "none"),
        ("وهدد الرئيس الأمريكي إيران بعقوبات جديدة.", "iran", "against"),
        ("وكان قائد الجيش قد هدد الرئيس التركي بالرد على أي هجوم.", "turkey", "none"),
        ("وإذا فشلت المفاوضات، هدد وزير الخارجية الألماني بالانسحاب منها.", "germany", "none"),
        # after a word of its clause, the actor after the verb is the threatened
        ("وقال خبراء إنها تهدد التفوق الأمريكي في المنطقة.", "usa", "none"),
        ("وقال المسؤول إن الخطوة قد تهدد الأمن القومي الأمريكي.", "usa", "none"),
        # a thing written after the verb that opens its clause poses the threat
        ("ويهدد التقدم التركي مصير آلاف المدنيين في المدينة.", "turkey", "against"),
        # the subject before the verb poses the threat
        ("وقال الوزير إن إيران تهدد الملاحة في الخليج.", "iran", "against"),
    ],
)
def test_rows_of_the_audited_shapes(sentence: str, target: str, expected: str) -> None:
    assert stance(sentence, target) == expected
