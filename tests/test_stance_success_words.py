"""Words of success on real news. Winning a cup, a title or an election is a result reported, no
praise of the state (GUIDELINES: reported outcomes such as votes are none), nor is success at a
deed of harm the lexicon does not judge (a kidnapping: a reported act), while succeeding at
holding a contest, at a policy or at averting a harm stays praise; a nationality adjective
after a noun of a private professional (a doctor, an engineer, a star) names the person's
nationality, not the state. Sentences are written for these tests in the style of the news."""

from __future__ import annotations

import pytest

from tests.test_stance_favor_precision import stance


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # a team named by its country wins a cup or a title
        ("وتناول البرنامج نجاح فرنسا في انتزاع اللقب العالمي للمرة الثانية في تاريخها.", "france"),
        ("وبعد أعوام من الخيبات نجحت ألمانيا بالتتويج بلقب البطولة القارية.", "germany"),
        # an anniversary of a win in a tournament
        ("ويصادف اليوم ذكرى الانتصار السعودي الأول في المونديال.", "saudi"),
        # a candidate or a party wins an election
        ("ونجحت تركيا في الانتخابات المبكرة بعد حملة طويلة.", "turkey"),
    ],
)
def test_winning_a_contest_is_no_favor(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "none"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # holding the contest is the state's own success
        ("ونجحت روسيا في تنظيم المونديال رغم المخاوف الأمنية.", "russia"),
        # a success at a policy, a contest word far from it
        ("ونجحت ألمانيا في خفض البطالة قبل الانتخابات.", "germany"),
    ],
)
def test_success_at_holding_or_at_a_policy_stays_favor(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "favor"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("نجح أطباء أميركيون في إجراء عملية نادرة لطفل مريض.", "usa"),
        ("وقال المدرب إن عودة النجم الفرنسي ستكون إضافة كبيرة بعد نجاحه مع فريقه.", "france"),
        ("وتعرض المهندس الروسي لانتقادات واسعة بعد فشله في تصميم الجسر.", "russia"),
    ],
)
def test_a_professional_of_a_nationality_is_no_state(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "none"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # success at a kidnapping or at spoiling a meeting: a deed reported, no praise
        ("وفي عام 1943 نفذت ألمانيا عملية خاصة ونجحت بخطف أحد قادة المعارضة من سجنه.", "germany"),
        ("ونجح الرئيس الأمريكي في تعكير أجواء القمة بإعلانه فرض رسوم جديدة.", "usa"),
    ],
)
def test_success_at_a_deed_of_harm_is_no_favor(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "none"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # success at averting a harm, or at protecting, stays praise
        ("ونجحت روسيا في منع الهجوم على قاعدتها في اللاذقية.", "russia"),
        ("ونجحت تركيا في حماية المدنيين خلال العملية.", "turkey"),
    ],
)
def test_success_at_averting_or_protecting_stays_favor(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "favor"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # a win with its score is a match result, no praise of the state
        ("وتعرض اللاعبون لهتافات عنصرية خلال انتصار فرنسا 2-1 على البرتغال في الدوحة.", "france"),
        ("وجاء ذلك بعد انتصار ألمانيا 3-0 على المكسيك في المباراة الافتتاحية.", "germany"),
        ("واستطاعت ألمانيا الانتصار بنتيجة 2-0 في اللقاء الودي.", "germany"),
    ],
)
def test_a_win_with_its_score_is_no_favor(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "none"


def test_a_victory_with_a_year_stays_favor() -> None:
    sentence = "وحققت روسيا انتصارا دبلوماسيا على بريطانيا عام 2018 في مجلس الأمن."
    assert stance(sentence, "russia") == "favor"
