"""Quoted stances whose speaker's title is set off by commas after the name (issue 12, recall of
quoted stances on real news).

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. Each case checks one general construction, or a guard that keeps it from
judging the wrong actor:

- news writes a verb of evaluation, the speaker's name, then the title between commas, often a
  day after it, then the object (``انتقد مايك بومبيو، وزير الخارجية الأمريكي، الأربعاء،
  السياسات الإيرانية``): the title and what follows it belong to the verb's clause
  (:mod:`helpers.comma_clauses`), and the actor the title names describes the speaker, so it
  is neither the object nor the one threatened;
- a title right after a definite subject or after a day is the object, not a title of the
  subject (``وحملت الوزارة، الحكومة الإسرائيلية``، ``هدد مصدر عسكري، الأربعاء، الرئيس السوري``);
- a that-clause after the title keeps its own clause (``أعلن فلان، المتحدث ...، إن``).
"""

from __future__ import annotations

import pytest

from helpers.arabic import normalize
from helpers.comma_clauses import is_title, joined_clauses
from tests.test_stance_roles import rows


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the title set off after the name, a day, then the object
        (
            "انتقد مايك بومبيو، وزير الخارجية الأمريكي، الأربعاء، السياسات الإيرانية في سوريا.",
            "iran",
            "against",
        ),
        (
            "أدان جواد ظريف، وزير الخارجية الإيراني، الأحد، الغارات التي شنتها إسرائيل على دمشق.",
            "israel",
            "against",
        ),
        (
            "حذرت هيذر ناورت، المتحدثة باسم الخارجية الأمريكية، روسيا من مغبة التصعيد في إدلب.",
            "russia",
            "against",
        ),
        (
            "ورحب سيرغي لافروف، وزير الخارجية الروسي، الاثنين، بالموقف الصيني من الأزمة.",
            "china",
            "favor",
        ),
        (
            "وطالب جان إيف لودريان، وزير خارجية فرنسا، إيران بوقف برنامجها الصاروخي.",
            "iran",
            "against",
        ),
        # a name ending in a definite word after a given name is still a name
        (
            "ندد أحمد أبو الغيط، الأمين العام للجامعة العربية، الأحد، بالقرار الأمريكي.",
            "usa",
            "against",
        ),
    ],
)
def test_the_object_after_a_title_set_off_by_commas(
    sentence: str, target: str, stance: str
) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # the speaker's own side in the title is neither judged nor threatened
        ("وهدد رجب طيب أردوغان، الرئيس التركي، الولايات المتحدة برد قاس.", "turkey"),
        (
            "انتقد مايك بومبيو، وزير الخارجية الأمريكي، الأربعاء، السياسات الإيرانية في سوريا.",
            "usa",
        ),
        # after a definite subject, the title after the comma is the object's
        ("وحملت الوزارة، الحكومة الإسرائيلية، المسؤولية الكاملة عن التصعيد.", "saudi"),
    ],
)
def test_the_title_describes_the_speaker(sentence: str, target: str) -> None:
    assert target not in rows(sentence).index or rows(sentence).loc[target, "stance"] == "none"


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the threatened after the title is the object
        ("وهدد رجب طيب أردوغان، الرئيس التركي، الولايات المتحدة برد قاس.", "usa", "against"),
        # a title after a day is the object: no title of the subject
        (
            "وهددت مصادر عسكرية إسرائيلية، الأربعاء، الرئيس السوري بشار الأسد برد مدمر.",
            "syria",
            "against",
        ),
        # a that-clause after the title keeps its clause: its own actor and word
        (
            "وأعلن أفيخاي أدرعي، المتحدث باسم الجيش الإسرائيلي، إن إيران شنت عدوانا خطيرا.",
            "iran",
            "against",
        ),
    ],
)
def test_titles_that_are_objects_and_that_clauses(sentence: str, target: str, stance: str) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]


def test_clauses_rejoined_and_the_title_marked() -> None:
    # انتقد مايك بومبيو، وزير الخارجية الأمريكي، الأربعاء، السياسات
    norms = ["انتقد", "مايك", "بومبيو", "وزير", "الخارجية", "الامريكي", "الاربعاء", "السياسات"]
    clauses, aside = joined_clauses(norms, [0, 0, 0, 1, 1, 1, 2, 3], [False, True, True, True])
    assert clauses == [0] * 8
    assert aside == {3, 4, 5}
    # after a definite subject nothing is marked: وحملت الوزارة، الحكومة الإسرائيلية، المسؤولية
    norms = ["وحملت", "الوزارة", "الحكومة", "الاسرائيلية", "المسؤولية"]
    _, aside = joined_clauses(norms, [0, 0, 1, 1, 2], [False, True, True])
    assert aside == set()


@pytest.mark.parametrize(
    ("word", "title"),
    [
        ("وزير", True),  # the و is the word's own letter
        ("ووزيرة", True),
        ("والمتحدث", True),
        ("للمتحدث", True),  # ل fused with the article: المتحدث باسم ... behind a preposition
        ("بالحكومة", True),  # a state body
        ("والخارجية", True),
        ("مدير", True),  # an office that is no state voice is still a title's head
        ("زير", False),
        ("القرار", False),
        ("لبنان", False),
    ],
)
def test_a_title_word_is_read_through_its_clitics(word: str, title: bool) -> None:
    # one reading for every check of an office: comma_clauses, stance_voices, stance_agency
    assert is_title(normalize(word)) is title
