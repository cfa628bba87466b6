"""A small corpus written for the topic tests, whose right partition is known.

Three subjects (football, oil and markets, phones and apps) that share no content words.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers.arabic import normalize, tokenize
from helpers.clitics import strip_clitics

SPORT = [
    "فاز المنتخب الوطني في مباراة كرة القدم بهدفين وسجل اللاعب الهدف الثاني في الدقيقة الأخيرة.",
    "خسر الفريق المباراة أمام المنتخب وغاب اللاعب المصاب عن البطولة، وقال المدرب إن الهزيمة مؤلمة.",
    "تأهل المنتخب إلى نهائي البطولة بعد مباراة صعبة، وسجل اللاعبون ثلاثة أهداف في الشوط الثاني.",
    "أعلن المدرب تشكيلة الفريق للمباراة المقبلة في البطولة، وعاد اللاعب إلى المنتخب بعد الإصابة.",
]
ECONOMY = [
    "ارتفعت أسعار النفط في الأسواق العالمية وتراجع الدولار بعد فرض العقوبات على صادرات الخام.",
    "انخفضت أسعار الذهب في الأسواق وصعد الدولار، وقال محللون إن العقوبات ترفع أسعار النفط.",
    "قال البنك المركزي إن التضخم ارتفع مع أسعار النفط، وإن الأسواق تنتظر قرار الفائدة والدولار.",
    "تراجعت صادرات النفط بسبب العقوبات، وهبطت الأسواق المالية وارتفع سعر الدولار أمام العملات.",
]
TECHNOLOGY = [
    "أطلقت الشركة هاتفا ذكيا جديدا بتطبيقات تعمل بالذكاء الاصطناعي ومعالج أسرع للمستخدمين.",
    "كشف التطبيق الجديد عن ميزة للذكاء الاصطناعي تحسن صور الهاتف، وقال المستخدمون إنها مفيدة.",
    "يعمل المعالج الجديد في الهاتف على تشغيل تطبيقات الذكاء الاصطناعي دون اتصال بالإنترنت.",
    "حدثت الشركة تطبيقات الهاتف وأضافت للمستخدمين أدوات ذكاء اصطناعي لكتابة الرسائل والصور.",
]
SUBJECTS = [SPORT, ECONOMY, TECHNOLOGY]


def make_articles(subjects: list[list[str]] = SUBJECTS) -> tuple[pd.DataFrame, np.ndarray]:
    """A hand-built frame (ids, bodies, two outlets, dates) and the true subject of each row."""
    bodies = [body for subject in subjects for body in subject]
    truth = np.repeat(np.arange(len(subjects)), [len(s) for s in subjects])
    n = len(bodies)
    articles = pd.DataFrame(
        {
            "article_id": [f"art{i:02d}" for i in range(n)],
            "body": bodies,
            "outlet": ["الأولى" if i % 2 else "الثانية" for i in range(n)],
            "date": pd.to_datetime(
                ["2022-01-15" if i < n // 2 else "2022-02-10" for i in range(n)]
            ),
        }
    )
    return articles, truth


def corpus_words(frame: pd.DataFrame) -> set[str]:
    """Every word of the bodies, normalised and clitic-stripped."""
    return {strip_clitics(normalize(t)) for body in frame["body"] for t in tokenize(body)}
