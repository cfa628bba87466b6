"""Families of evaluative news vocabulary in the stance lexicon (issue 12, recall of quoted
stances): blame, and the other families each case names.

Every sentence is written for this project in the style of Arabic news; none is copied from a
data set. Each case is a word family that used to leave a quoted stance uncalled, or a guard.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import rows


@pytest.mark.parametrize(
    ("sentence", "target", "stance", "voice"),
    [
        # blame: its object after على or ل, the blamer's words
        ("وألقت الحكومة البريطانية باللوم على روسيا في الهجوم.", "russia", "against", "quoted"),
        ("وألقت الحكومة البريطانية باللوم على روسيا في الهجوم.", "uk", "none", "quoted"),
        ("وألقى الوزير باللائمة على إيران في تعثر المحادثات.", "iran", "against", "quoted"),
        ("ووجه البيان اللوم لإسرائيل في تصعيد العنف.", "israel", "against", "quoted"),
        ("وقال المندوب إن واشنطن تلوم طهران على فشل المحادثات.", "iran", "against", "quoted"),
        (
            "وأكد الوزير أن بلاده لن تتراجع، ملقيا باللوم على روسيا في انهيار الهدنة.",
            "russia",
            "against",
            "quoted",
        ),
        # a negated blame blames nobody
        ("وقال مسؤولون إنهم لا يلقون باللوم على الصين.", "china", "none", "quoted"),
        # verbs of the hostile nouns: destabilising, fuelling, breaching, blackmail, reneging
        ("وقال الوزير إن إيران تزعزع استقرار المنطقة.", "iran", "against", "quoted"),
        ("وقال المتحدث إن واشنطن تؤجج التوتر في المنطقة.", "usa", "against", "quoted"),
        ("واتهم البيان تركيا بأنها تخرق الهدنة يوميا.", "turkey", "against", "quoted"),
        ("وقال النائب إن روسيا تبتز جيرانها بالغاز.", "russia", "against", "quoted"),
        ("وقال الوزير إن إسرائيل تتنصل من التزاماتها.", "israel", "against", "quoted"),
        # failing a duty, stalling, tutelage
        ("وقال المندوب إن تقاعس الأمم المتحدة أطال الحرب.", "un", "against", "quoted"),
        ("وقال المفاوض إن مماطلة إسرائيل تعطل الاتفاق.", "israel", "against", "quoted"),
        ("ورفض البرلمان الوصاية الفرنسية على البلاد.", "france", "against", "quoted"),
        # qualities a critic gives an actor's act: misleading, farce, unilateral, inhumane
        ("وقالت الوزارة إن التصريحات الأمريكية مضللة.", "usa", "against", "quoted"),
        ("وقال المتحدث إن الانتخابات الروسية مهزلة.", "russia", "against", "quoted"),
        ("وانتقدت الصين الإجراءات الأمريكية الأحادية الجانب.", "usa", "against", "quoted"),
        ("وقالت المنظمة إن الممارسات الإسرائيلية غير إنسانية.", "israel", "against", "quoted"),
        ("وقال الرئيس إن فرنسا تبنت نهجا خاطئا في سوريا.", "france", "against", "quoted"),
        # accusations and criticism aimed at an actor with بحق or ضد
        ("وكرر الوزير الاتهامات بحق طهران في بيان.", "iran", "against", "quoted"),
        ("ووجه البرلمان انتقادات ضد الحكومة الإيرانية.", "iran", "against", "quoted"),
        # ... not the victims of a charge named in between
        ("وتحدث عن اتهامات بارتكاب جرائم ضد الفلسطينيين.", "palestine", "none", "quoted"),
        # protest: its object after على, the protesters' view
        ("وتظاهر الآلاف احتجاجا على القرار الأمريكي بنقل السفارة.", "usa", "against", "quoted"),
        ("واحتجت الصين على الولايات المتحدة بعد صفقة الأسلحة.", "usa", "against", "quoted"),
        ("واحتجت الصين على الولايات المتحدة بعد صفقة الأسلحة.", "china", "none", "quoted"),
        # gratitude, trust, solidarity and thanks as verbs and adjectives; a negator flips trust
        ("وقال السفير إن بلاده ممتنة للصين على مساعدتها.", "china", "favor", "quoted"),
        ("وقال الوزير إننا نثق بالولايات المتحدة.", "usa", "favor", "quoted"),
        ("وقال المرشد: لا نثق بواشنطن.", "usa", "against", "quoted"),
        (
            "ويثق الحلفاء في نتائج التحاليل التي قدمتها بريطانيا لأعضاء الحلف.",
            "nato",
            "none",
            "outlet",
        ),
        ("وقال الرئيس إن بلاده تتضامن مع تركيا في محنتها.", "turkey", "favor", "quoted"),
        ("وشكر الرئيس روسيا على موقفها في مجلس الأمن.", "russia", "favor", "quoted"),
        # denial of legitimacy (the noun شرعية must not read as praise through شرعي)
        ("وقال الوزير إن الحكومة السورية فاقدة للشرعية.", "syria", "against", "quoted"),
        ("وقال المعارض إن النظام السوري فقد شرعيته.", "syria", "against", "quoted"),
        ("وقال النائب إن الانتخابات الروسية تفتقر إلى الشرعية.", "russia", "against", "quoted"),
        # lacking and losing a quality; a negation reaching over أي
        ("وقال المتحدث إن روسيا فقدت مصداقيتها.", "russia", "against", "quoted"),
        ("وقال النائب إن السياسة الأمريكية تفتقر إلى الحكمة.", "usa", "against", "quoted"),
        ("وقال المفاوض إن موسكو لم تظهر أي مرونة في المحادثات.", "russia", "against", "quoted"),
        ("وقال الوزير إن إيران لا تتمتع بأي مصداقية.", "iran", "against", "quoted"),
        # ... while losing what another gives judges no one
        ("وقال المحلل إن أوكرانيا قد تفقد دعم الاتحاد الأوروبي.", "eu", "none", "quoted"),
        ("وقال إن روسيا أظهرت مرونة كبيرة في المحادثات.", "russia", "favor", "quoted"),
        # not serious: a critic's word for a party to talks
        ("وقال الوزير إن إيران ليست جادة في المفاوضات.", "iran", "against", "quoted"),
        ("وقال المبعوث إن الإدارة الأمريكية غير جادة في السلام.", "usa", "against", "quoted"),
        # an obligation written with على alone asks its actor to stop
        ("وقال الوزير إن على إيران أن تكف عن التدخل في شؤون جيرانها.", "iran", "against", "quoted"),
        ("وأكد أن على الولايات المتحدة أن تتوقف عن تسليح المقاتلين.", "usa", "against", "quoted"),
        # ... not to play a role, nor to keep a truce
        ("وقال الوزير إن على روسيا أن تلعب دورا أكبر في الحل.", "russia", "none", "quoted"),
        ("وقال المبعوث إن على إسرائيل أن توقف إطلاق النار فورا.", "israel", "none", "quoted"),
    ],
)
def test_vocabulary_families(sentence: str, target: str, stance: str, voice: str) -> None:
    row = rows(sentence).loc[target]
    assert (row["stance"], row["voice"]) == (stance, voice), row["hits"]


def test_sharp_and_scathing_intensify_a_criticism() -> None:
    """``حاد``/``لاذع`` multiply the criticism next to them (as ``شديد`` does), and alone
    judge nothing (a sharp fall in prices)."""
    plain = rows("ووجه الوزير انتقادات لسياسة الولايات المتحدة.").loc["usa"]
    sharp = rows("ووجه الوزير انتقادات حادة لسياسة الولايات المتحدة.").loc["usa"]
    assert plain["raw"] == pytest.approx(-0.8) and sharp["raw"] == pytest.approx(-1.2)
    fall = rows("وشهدت الأسواق انخفاضا حادا في أسعار النفط الروسي.").loc["russia"]
    assert fall["stance"] == "none" and fall["raw"] == 0


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a verb entry is never read through an article: these nouns only share its letters
        ("وتعيش في المدينة الأثنيات التي تشكل الشعب الروسي منذ قرون.", "russia", "none"),
        ("وقال الخبير إن تركيا صارت وجهة رخيصة الثمن للسياح.", "turkey", "none"),
        ("وانفجرت عبوة لدى مرور آليتهم قرب الحدود الإسرائيلية.", "israel", "none"),
        # the noun of thanks is an entry of its own
        ("وتوجه المتحدث بالشكر لتركيا على استضافة المحادثات.", "turkey", "favor"),
    ],
)
def test_verbs_are_not_read_through_an_article(sentence: str, target: str, stance: str) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a verb never ends in ة: a fashion model is no "opposed" (read as the verb with the
        # actor as its object, these were against)
        ("والتقى المصور الإيطالي عارضة الأزياء الروسية في ميلانو.", "russia", "none"),
        ("واختارت الدار عارضة الأزياء البريطانية وجها لحملتها.", "uk", "none"),
        # the verb itself, and the noun of condemnation, an entry of its own, are still read
        ("وعارضت فرنسا قرار الولايات المتحدة بفرض الرسوم.", "usa", "against"),
        ("وأعربت الوزارة عن إدانة شديدة للهجوم الإسرائيلي على المدنيين.", "israel", "against"),
    ],
)
def test_verbs_are_not_read_through_a_final_ta_marbuta(
    sentence: str, target: str, stance: str
) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance", "holder"),
    [
        # laying responsibility on an actor named after the verb's subject: the blamed, and the
        # speaker phrase ends before it
        (
            "وحملت الحكومة الكندية روسيا مسؤولية الهجوم على السفارة.",
            "russia",
            "against",
            "الحكومة الكندية",
        ),
        # an actor joined by و to the subject blames with it
        ("وحمّلت روسيا وسوريا إسرائيل مسؤولية إسقاط الطائرة.", "syria", "none", "روسيا وسوريا"),
        ("وحمّلت روسيا وسوريا إسرائيل مسؤولية إسقاط الطائرة.", "israel", "against", "روسيا وسوريا"),
        # bearing the responsibility for a hostile deed, written as its owner
        ("وقال المتحدث إن إيران تتحمل مسؤولية الهجوم على الناقلة.", "iran", "against", "المتحدث"),
        # ... not a duty to protect or to hold another to account, nor laying it on another
        ("وقال المتحدث إن روسيا تتحمل مسؤولية حماية المدنيين.", "russia", "none", "المتحدث"),
        ("وقال المتحدث إن مجلس الأمن يتحمل مسؤولية محاسبة المعتدين.", "un", "none", "المتحدث"),
        (
            "وقال المتحدث إن الصحف الإيرانية ألقت مسؤولية الهجوم على جماعة مسلحة.",
            "iran",
            "none",
            "المتحدث",
        ),
    ],
)
def test_responsibility_laid_and_borne(
    sentence: str, target: str, stance: str, holder: str
) -> None:
    row = rows(sentence).loc[target]
    assert (row["stance"], row["holder"]) == (stance, holder), row["hits"]
