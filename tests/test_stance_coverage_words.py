"""Lexicon coverage of evaluations in quoted news speech (issue 12, fourteenth session).

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. The cases check that the entries added for the vocabulary one party uses to
judge another (a state called brotherly, persisting in a wrong, intransigence, overstepping,
seriousness, disregard of the law, tyrants, appreciating a deed, the spelled forms of verbs of
criticism) reach the actor they are about; the guards check the senses that must judge no one:
kin (``شقيق الرئيس``، ``الأخ غير الشقيق``), brothers described by a plural nisba, a brotherly
people, the verb ``تطاول`` "reaches", a speaker dealing with something "seriously" and ``يقدر``
that estimates a number; and that words read
and left out (evading sanctions, "thanks to" an ally) still judge no one.
"""

from __future__ import annotations

import pytest

from helpers.stance_lexicon import default_lexicon
from tests.test_stance_roles import stance_of


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a state called brotherly by another state's official: favour toward it, after its
        # name or after the nisba of the body named
        ("وقال الوزير إن المملكة العربية السعودية الشقيقة كانت سندا لبلاده.", "saudi", "favor"),
        ("وأشاد المتحدث بالتعاون مع السلطات التركية الشقيقة في التحقيق.", "turkey", "favor"),
        ("وقالت الخارجية إن أمن تركيا الشقيقة من أمن المنطقة.", "turkey", "favor"),
        # persisting in a wrong judges the one who persists
        ("وقال البيان إن الصمت الدولي شجع إسرائيل على التمادي في انتهاكاتها.", "israel", "against"),
        ("وقال المتحدث إن إيران تتمادى في تدخلها في شؤون جيرانها.", "iran", "against"),
        # intransigence: the actor whose stance is called so
        ("وقال المبعوث إن الموقف الإيراني المتعنت يعطل المفاوضات.", "iran", "against"),
        # overstepping on a country's sovereignty judges who does it
        ("وقال الوزير إن قرار الاتحاد الأوروبي تطاول على سيادة لبنان.", "eu", "against"),
        # a lack of seriousness is against the actor
        ("وقال القائد إن النظام السوري أثبت عدم جديته في قتال التنظيم.", "syria", "against"),
        # the other spelled forms of a verb of criticism
        ("وقالت الوزيرة إن الأردن يستهجن الموقف الأمريكي من القضية.", "usa", "against"),
        # disregard of the law judges who disregards it
        ("وقال الرئيس إن الولايات المتحدة لا تحترم التزاماتها الدولية.", "usa", "against"),
        ("وقال المفاوض إن إسرائيل تضرب القرارات الدولية بعرض الحائط.", "israel", "against"),
        # appreciating a deed favours its owner
        ("وقال رئيس الوزراء إن إسرائيل تقدر قرار ترمب بشكل كبير.", "usa", "favor"),
        # the broken plural of طاغية
        ("وقال الوزير في رسالة إلى طغاة طهران إن صبر بلاده نفد.", "iran", "against"),
        # what a speaker calls another's measure or words (fifteenth session, recall helper):
        # unjustifiable, a waste of time, a psychological war
        ("وقال الزعماء إن الرسوم التي فرضتها واشنطن لا يمكن تبريرها.", "usa", "against"),
        ("واعتبر المتحدث أن الخطة الأمريكية مضيعة للوقت.", "usa", "against"),
        ("وقال المتحدث إن الولايات المتحدة تشن حربا نفسية على الشعب.", "usa", "against"),
    ],
)
def test_coverage_word_reaches_its_actor(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # kin: a sister of a blogger, a half-brother, brothers named by a plural nisba
        ("واعتقلت السلطات السعودية شقيقة المدون المسجون.", "saudi"),
        ("وقال الأخ غير الشقيق للزعيم الكوري إن الرئيس الأمريكي وعد بلقائه.", "usa"),
        ("وشارك الملاكمان الأوكرانيان الشقيقان في الحفل.", "ukraine"),
        ("وأوقفت الشرطة الفرنسية الشقيقين في باريس.", "france"),
        # a brotherly people is sympathy with the people, not a word on its state
        ("وقال الوزير إن الشعب السوري الشقيق عانى طويلا من الحرب.", "syria"),
        # the verb تطاول "reaches" with a direct object judges no one
        ("وقال المحلل إن الفضائح تطاول الرئيس الأمريكي منذ أشهر.", "usa"),
        # a speaker dealing with a case seriously says nothing of the actor named before
        ("وقالت السفارة إن السلطات البريطانية تأخذ البلاغات بجدية.", "uk"),
        # يقدر of a sum or a number estimates
        ("وقال الجيش الأمريكي إنه يقدر عدد المقاتلين بنحو ألفين.", "usa"),
        ("وقالت الوزارة إن تركيا تقدر قيمة الصادرات إلى روسيا بنحو مليار دولار.", "russia"),
        # left out: evading sanctions does not judge their owner, thanks to an ally's support
        # credits an act, not a quality
        ("وقال المسؤول إن الشركات تبحث عن طرق للالتفاف على العقوبات الأمريكية.", "usa"),
        ("وقال المحلل إن النظام استعاد مدنا كثيرة بفضل الدعم الروسي.", "russia"),
    ],
)
def test_other_senses_judge_no_one(sentence: str, target: str) -> None:
    assert stance_of(sentence, target) == "none"


@pytest.mark.parametrize(
    ("word", "term"),
    [
        # a final يء writes its hamza on ya before an ending: the same adjective
        ("جريئة", "جريء"),
        ("الجريئة", "جريء"),
        ("دنيئة", "دنيء"),
        ("دنيئا", "دنيء"),
    ],
)
def test_hamza_on_ya_before_an_ending_is_the_same_word(word: str, term: str) -> None:
    found = default_lexicon().match([word], 0)
    assert found is not None and found[0].term == term
