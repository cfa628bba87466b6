"""The subject of an earlier clause as a word's doer, and when it is not reached back to
(issue 12, 'subject of an earlier clause'; helpers/earlier_subjects.py).

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. The cases after ``# stays`` guard what the restrictions must not change.
"""

from __future__ import annotations

import pytest

from helpers.arabic import normalize
from helpers.earlier_subjects import (
    _another_event_between,
    _nationality_of_a_non_state,
    _party_named_before,
    _said_of_another_topic,
    _speaks_before,
)
from helpers.stance_clauses import Actor, Token
from tests.test_stance_roles import row, stance_of


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the word's clause names another party before it: the charge is Moscow's
        (
            "وكانت واشنطن أرسلت مبعوثا إلى المنطقة، على خلفية التوتر المتصاعد واتهام موسكو "
            "بالتدخل في الانتخابات.",
            "usa",
            "none",
        ),
        # the earlier subject speaks before the word: its words about a third thing
        (
            "وكان الرئيس الفرنسي ألغى زيارته إلى المعرض الشهر الماضي، قائلا إنها صفقة سيئة.",
            "france",
            "none",
        ),
        ("وبدأت الحكومة التركية حملة واسعة في المنطقة، معتبرة أنها إرهابية.", "turkey", "none"),
        (
            "وكان السفير الصيني، المبعوث الخاص إلى المنطقة، صرح في لقاء صحفي أنه يوجد في هذه "
            "المناطق تركيز للإرهابيين.",
            "china",
            "none",
        ),
        # a nationality adjective on a monitor names no state
        (
            "ونقل المرصد السوري عن سكان الحي قولهم إنه جرى نهب المحال، ما يعكس حالة الفوضى "
            "في المدينة.",
            "syria",
            "none",
        ),
        # stays: the subject inside what a speaker says; a state body's adjective; a victim
        # after the word
        (
            "وقال وزير الخارجية البريطاني إن الحكومة الروسية أرسلت قوات إلى الحدود، في خطوة "
            "استفزازية.",
            "russia",
            "against",
        ),
        ("وأرسلت البحرية الإيرانية سفنا إلى المضيق، في خطوة استفزازية.", "iran", "against"),
        (
            "وأرسلت إسرائيل دبابات إلى الحدود، في تصعيد خطير ضد الفلسطينيين.",
            "israel",
            "against",
        ),
    ],
)
def test_earlier_subject_is_the_doer_only_when_nothing_nearer_tells_otherwise(
    sentence: str, target: str, stance: str
) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


def _tokens(text: str) -> list[Token]:
    """One token per word of ``text``, a new clause after each ``|``."""
    tokens, clause, start = [], 0, 0
    for word in text.split():
        if word == "|":
            clause += 1
            continue
        tokens.append(Token(normalize(word), start, start + len(word), clause, ""))
        start += len(word) + 1
    return tokens


def _actor(name: str, k: int, *, adjective: bool = False, governor: str = "") -> Actor:
    return Actor(name, k, k, adjective, governor, in_phrase=bool(governor))


def test_a_victim_before_the_word_names_no_other_party() -> None:
    tokens = _tokens("شنت إسرائيل غارات | وكل ما تقوم به من قتل للفلسطينيين هو إبادة")
    subject = _actor("israel", 1)
    victim = _actor("palestine", 7, governor="ل")
    assert not _party_named_before(9, tokens, [subject, victim])
    assert _party_named_before(9, tokens, [subject, _actor("russia", 7)])


@pytest.mark.parametrize(
    ("text", "speaks"),
    [
        ("وأنهى الرئيس الروسي زيارته | وقال | إن العواقب ستكون خطيرة", True),
        # the verb carries its object as a pronoun: what it describes
        ("انتقد الأمين العام قرار الإدارة الروسية | ووصفه | بأنه مخالف للقانون", False),
        # the subject is itself said of, after إن
        ("واعتبر المعلق | أن الإدارة الروسية عملت | معتبرا | أن إدارتها فشلت", False),
        # a verb with its own subject after it
        ("وأنهى الرئيس الروسي زيارته | وقال مسؤول | إن العواقب ستكون خطيرة", False),
        # a participle of the sentence's subject; but a deed told after what it says is no
        # part of it
        ("وكان الرئيس الروسي ألغى زيارته | واصفا الصفقة | بأنها سيئة", True),
        ("وكان الرئيس الروسي ألغاها | واصفا الصفقة بالسيئة | كما ضرب القواعد بعرض الحائط", False),
    ],
)
def test_the_earlier_subject_speaks_before_the_word(text: str, speaks: bool) -> None:
    tokens = _tokens(text)
    k = next(n for n, t in enumerate(tokens) if t.norm.endswith(("الروسي", "الروسيه", "الروسية")))
    subject = _actor("russia", k, adjective=True)
    assert _speaks_before(subject, len(tokens) - 1, tokens, [subject]) is speaks


def test_a_participle_speaks_for_the_first_verbs_subject_only() -> None:
    tokens = _tokens("وهاجم الرئيس التركي حينها الرئيس الروسي | واصفا إياه | بأنه سيئ")
    subject, speaker = _actor("russia", 5, adjective=True), _actor("turkey", 2, adjective=True)
    assert not _speaks_before(subject, len(tokens) - 1, tokens, [speaker, subject])


@pytest.mark.parametrize(
    ("text", "non_state"),
    [
        ("وقال المرصد السوري", True),
        ("وتجمعت الجماهير السورية", True),
        ("وقال المواطن السوري", True),
        ("وقالت الحكومة السورية", False),
        ("وأكد النظام السوري", False),
    ],
)
def test_a_nationality_adjective_on_a_non_state_noun(text: str, non_state: bool) -> None:
    tokens = _tokens(text)
    assert _nationality_of_a_non_state(_actor("syria", 2, adjective=True), tokens) is non_state


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a clause of contrast tells another party's deed
        (
            "قال رئيس الوزراء إن الولايات المتحدة تحاول الضغط على بلاده بينما فشلت تصريحات "
            "المسؤولين في تهدئة الأسواق.",
            "usa",
            "none",
        ),
        (
            "وقال الوزير إن الحكومة الروسية تحاول التقدم نحو المدينة، في حين فشلت جهود الوساطة.",
            "russia",
            "none",
        ),
        # the cause of what the subject did is the deed of the one it acted on
        (
            "وفرضت الولايات المتحدة في مارس عقوبات على شركات، على خلفية دعمها جماعات مسلحة "
            "وزعزعة استقرار المنطقة.",
            "usa",
            "none",
        ),
        # what a speaker after the subject says names a topic of its own
        (
            'وأكد البيان أن الجيش الروسي نفذ ضربات جوية، مضيفا "من يرتكب جريمة سيدفع الثمن".',
            "russia",
            "none",
        ),
        (
            "واعتبر الوزير أن ردة فعل إيران معقولة بعد انسحاب الولايات المتحدة من الاتفاق، "
            "الأمر الذي اعتبره خرقا للقانون.",
            "iran",
            "none",
        ),
        # the subject's own label for what a relative names
        (
            "وكانت ماي استدعت الوزراء، لبحث الرد على ما وصفته بهجوم وحشي على المدنيين.",
            "uk",
            "none",
        ),
        # stays: the relative's pronoun is the subject's; a cause between commas
        (
            "كما توقع ألا يبقى ترامب، الذي وصفه في وقت سابق بأنه دكتاتور، في منصبه.",
            "usa",
            "against",
        ),
        (
            "وقال المحلل إن قرار الحكومة الأمريكية الانسحاب من الاتفاق، بسبب خلاف حول التجارة، "
            "استخفاف بالحلفاء.",
            "usa",
            "against",
        ),
    ],
)
def test_no_earlier_subject_past_another_event_or_another_topic(
    sentence: str, target: str, stance: str
) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("text", "another"),
    [
        ("وتقدمت القوات الروسية | بينما فشلت الجهود", True),
        ("وتقدمت القوات الروسية | حيث فشلت الجهود", True),
        # من حيث: "as for", the subject's own clause
        ("وباتت القوات الروسية | من | حيث موقعها معرضة للفشل", False),
        # a cause counts only as the word's own clause
        ("وعاقبت القوات الروسية الشركة | بسبب الفشل", True),
        ("إن قرار القوات الروسية | بسبب الخلاف | فشل", False),
    ],
)
def test_a_clause_of_another_event(text: str, another: bool) -> None:
    tokens = _tokens(text)
    subject = _actor("russia", 2, adjective=True)
    assert _another_event_between(subject, len(tokens) - 1, tokens) is another


@pytest.mark.parametrize(
    ("text", "another"),
    [
        ("وأغلقت الحكومة الروسية الصحيفة | وقالت الوزارة | إن الصحفي جزء من مؤامرة", True),
        # what is said points back with a pronoun, which may be the subject's
        ("وأغلقت الحكومة الروسية الصحيفة | وقالت الوزارة | إن حكومتها ارتكبت خطأ", False),
        ("وأغلقت الحكومة الروسية الصحيفة | معتبرا | أن حكومتها ارتكبت خطأ", False),
        ("وأغلقت الحكومة الروسية الصحيفة | واصفا إياها بالفاشلة", False),
        # a preposition spelt as a verb of saying is none
        ("وتريد الحكومة الروسية أن تبقى قوية | عبر الإملاءات", False),
    ],
)
def test_said_of_another_topic(text: str, another: bool) -> None:
    tokens = _tokens(text)
    subject = _actor("russia", 2, adjective=True)
    assert _said_of_another_topic(subject, len(tokens) - 1, tokens, [subject]) is another
