"""Hand-made frames for the interactive view tests: five short articles by three outlets.

Written for these tests (no real outlet, no real quotation). Analysed-term totals per outlet
(``term_counts``): north 20, south 13, centre 8.
"""

from __future__ import annotations

import pandas as pd

from helpers.stance import SENTENCE_COLUMNS

NORTH, SOUTH, CENTRE = "منبر الشمال", "منبر الجنوب", "منبر الوسط"
ARTICLES = pd.DataFrame(
    [
        ("n1", NORTH, "أعلنت روسيا اليوم عن مبادرة جديدة للسلام في المنطقة. "
                      "وقال الوزير إن الحوار مستمر."),
        ("n2", NORTH, "انتقدت الصحف موقف روسيا من المفاوضات الأخيرة حول السلام، "
                      "وقالت إن المفاوضات تحتاج إلى وقت وإن المفاوضات طويلة."),
        ("s1", SOUTH, "فرضت الدول عقوبات على روسيا بسبب الحرب الطويلة."),
        ("s2", SOUTH, "رحب الاتحاد بالمبادرة الأوروبية للسلام وبالحوار بين الأطراف."),
        ("c1", CENTRE, "زار الرئيس روسيا في زيارة رسمية قصيرة لبحث الحوار."),
    ],
    columns=["article_id", "outlet", "body"],
)  # fmt: skip

SENTENCES = pd.DataFrame(
    [
        ("n1", "russia", 0, "تتحمل روسيا مسؤولية التصعيد في المنطقة.", "outlet", None, -0.76, -1.0,
         1, "مسؤولية -> russia (-1.0, object)", NORTH, NORTH, "against"),
        ("n1", "russia", 1, "قال المتحدث إن روسيا شريك موثوق.", "quoted", "المتحدث", 0.76, 1.0,
         1, "موثوق -> russia (1.0, adjective)", NORTH, "المتحدث", "favor"),
        ("s1", "russia", 0, "رحبت الحكومة بدور روسيا الإيجابي.", "quoted", "الحكومة", 0.46, 0.5,
         1, "رحبت -> russia (0.5, object)", SOUTH, "الحكومة", "favor"),
        ("s1", "usa", 2, "انتقد الكاتب سياسة واشنطن العدوانية.", "outlet", None, -0.46, -0.5,
         1, "العدوانية -> usa (-0.5, adjective)", SOUTH, SOUTH, "against"),
    ],
    columns=[*(c for c in SENTENCE_COLUMNS if c not in ("holder", "stance")), "outlet", "holder",
             "stance"],
)  # fmt: skip


def article_points() -> pd.DataFrame:
    """A hand-made article map: one point per article, a cluster label and a title each."""
    return pd.DataFrame(
        {
            "article_id": ARTICLES["article_id"],
            "x": [0.0, 1.0, 2.0, 3.0, 4.0],
            "y": [0.0, 1.0, 0.0, 1.0, 0.5],
            "outlet": ARTICLES["outlet"],
            "label": ["سلام، حوار", "سلام، حوار", "حرب، عقوبات", "سلام، حوار", "زيارة"],
            "title": ["مبادرة للسلام", "نقد المفاوضات", "عقوبات جديدة", "ترحيب أوروبي", "زيارة"],
        }
    )
