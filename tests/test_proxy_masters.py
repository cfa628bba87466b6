"""A proxy named by its master judges the master (helpers/proxy_masters.py), ``نظام الملالي``
names Iran as a regime (helpers/data/actors.toml), an evil role and a rejected agenda judge
their owner (stance_lexicon.tsv, [rejected_objects]).

Sentences written for this project in the style of Gulf outlets' reports on Yemen, Lebanon and
Iraq; none is copied from a data set. Calling a group an actor's arm, tool or proxy, or a deed
done at its instigation, is against that actor; the same nouns in their ordinary senses (a tool
of the economy, an undersecretary) and a nationality label after them are not.
"""

from __future__ import annotations

import pytest

from helpers.arabic import normalize
from helpers.proxy_masters import starts_master_chain
from tests.test_stance_roles import stance_of


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the master as the proxy noun's genitive, after ل, or after the hand holding the tool
        ("استقبل المسؤول وفدا من كتائب الإمام، ذراع طهران في العراق.", "iran", "against"),
        ("وأكد النائب أن الجماعة ليست إلا أداة لإيران في لبنان.", "iran", "against"),
        ("ويرى المحللون أن هذه الفصائل أصبحت أداة بيد إيران لزعزعة الجوار.", "iran", "against"),
        ("وتواصل أذرع طهران في المنطقة تحركاتها قرب الحدود.", "iran", "against"),
        ("وقال الوزير إن وكلاء إيران يعرقلون تشكيل الحكومة.", "iran", "against"),
        # a deed at an actor's instigation
        ("وصعدت الجماعة هجماتها على السفن بإيعاز إيراني خلال الأسبوع الماضي.", "iran", "against"),
        ("وأطلق المسلحون الصواريخ بإيعاز من طهران بحسب مصادر عسكرية.", "iran", "against"),
        # the same nouns in other senses, or a label of the group, are no stance
        ("وقال وكيل وزارة الخارجية الأمريكية إن المحادثات ستستمر الأسبوع المقبل.", "usa", "none"),
        ("وتعد السندات أداة استثمارية جذابة للمصارف في روسيا.", "russia", "none"),
        ("ويعد الصندوق ذراع الاتحاد الأوروبي للاستثمار في الدول النامية.", "eu", "none"),
        ("وانتشرت الأذرع الإيرانية في عدة مدن خلال السنوات الماضية.", "iran", "none"),
        # an evil role or conduct; rejecting an actor's agenda (the words of the lexicon and of
        # [rejected_objects] that these sentences brought in)
        ("وقال الوزير إن طهران تؤدي دورا شريرا في الخليج.", "iran", "against"),
        ("وأكد المسؤول أن بلاده ستتصدى للسلوك الروسي الشرير في أوروبا.", "russia", "against"),
        ("وقال زعماء العشائر إن أهالي المنطقة يرفضون أجندة إيران في بلادهم.", "iran", "against"),
        # the mullahs' regime is Iran, named as a regime
        ("وسعى نظام الملالي إلى بناء شبكة من الجماعات المسلحة في الخارج.", "iran", "against"),
    ],
)
def test_named_master(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance


@pytest.mark.parametrize(
    ("word", "starts"),
    [("وذراع", True), ("بإيعاز", True), ("الأدوات", True), ("ذراعها", False), ("وكيل", False)],
)
def test_proxy_words(word: str, starts: bool) -> None:
    """Possessive forms name the master by a pronoun and are not read; the singular وكيل is
    mostly an undersecretary."""
    assert starts_master_chain(normalize(word)) is starts
