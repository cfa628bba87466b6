"""A speaker's own side, and the speaker phrases behind the holder.

A fallback rule (the nearest actor before, an earlier clause's subject, a pronoun's antecedent)
gives a word to an actor named before it; when the holder phrase itself names that actor, the
words are the speaker's account of its own side, which the guidelines read as none (an actor's
own policy); so are a threat to the speaker's side and the words of a speaker named in an
earlier sentence. The holder cases are speaker phrases the attribution used to cut short or
miss: an office in the construct state after the first verb, a given name that starts with ب
after a title, an opening adverbial with a pronoun. The last cases are doers the rules misread:
the one who classifies a group as hostile, an actor threatened after a noun subject. Every
sentence is written for this project in the style of Arabic news; none is copied from a data
set. The cases after ``# stays`` guard what must not change.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.stance import stance_sentences
from tests.test_stance_roles import rows


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the speaker's own country, judged only by a fallback rule: its own account
        (
            "وقال وزير الخارجية الروسي إن سياسة موسكو واضحة، وإن كل ما يقال عنها مضلل.",
            "russia",
            "none",
        ),
        (
            "وأكد المتحدث باسم الخارجية الصينية أن بكين حكيمة في تعاملها مع جيرانها.",
            "china",
            "none",
        ),
        (
            "وقال وزير الخارجية الأمريكي إن سياسة واشنطن تتغير، وإن ما يجري هناك خطير.",
            "usa",
            "none",
        ),
        # stays: the same words from a speaker of another side
        (
            "وقال وزير الخارجية الفرنسي إن سياسة موسكو واضحة، وإن كل ما يقال عنها مضلل.",
            "russia",
            "against",
        ),
        # a time before the verb is no subject: the minister is no object of his criticism
        ("وصباح الأحد انتقد وزير الخارجية الفرنسي السياسة الروسية.", "france", "none"),
        # stays: a speaker phrase that names no actor
        ("وقال المتحدث إن سياسة موسكو واضحة، وإن كل ما يقال عنها مضلل.", "russia", "against"),
    ],
)
def test_a_fallback_does_not_judge_the_speakers_own_side(
    sentence: str, target: str, stance: str
) -> None:
    assert rows(sentence).loc[target, "stance"] == stance


@pytest.mark.parametrize(
    ("sentence", "target", "stance", "holder"),
    [
        # an office noun in the construct state opens the subject after the sentence's verb,
        # and the protest adverbial is that subject's view
        (
            "استقال وزير الدفاع البريطاني من منصبه، احتجاجا على القرار الأمريكي.",
            "usa",
            "against",
            "وزير الدفاع البريطاني",
        ),
        # ... after an opening adverbial whose preposition carries a pronoun
        (
            "وبعده بيومين، استقال وزير الدفاع البريطاني من منصبه، احتجاجا على القرار الأمريكي.",
            "usa",
            "against",
            "وزير الدفاع البريطاني",
        ),
        # a given name that starts with ب after a title is the speaker's name, no ب-phrase
        (
            "وانتقد وزير الخارجية البريطاني بوريس جونسون القرار الروسي بشدة.",
            "russia",
            "against",
            "وزير الخارجية البريطاني بوريس جونسون",
        ),
        # a time of day before the verb is no subject: the one after the verb speaks, and the
        # actor after it is not its object
        (
            "وصباح الأحد انتقد وزير الخارجية الفرنسي السياسة الروسية.",
            "russia",
            "against",
            "وزير الخارجية الفرنسي",
        ),
        (
            "وفجر الخميس توعد الرئيس الأمريكي بالرد على الهجوم الإيراني.",
            "iran",
            "against",
            "الرئيس الأمريكي",
        ),
    ],
)
def test_the_holder_phrase(sentence: str, target: str, stance: str, holder: str) -> None:
    row = rows(sentence).loc[target]
    assert (row["stance"], row["voice"], row["holder"]) == (stance, "quoted", holder)


def _continued(text: str) -> pd.DataFrame:
    """The rows of the last sentence of ``text``, indexed by target."""
    frame = stance_sentences(pd.DataFrame({"article_id": ["a"], "body": [text]}))
    last = frame[frame["sentence_index"] == frame["sentence_index"].max()]
    return last.set_index("target")


_EARLIER = "وقال {} في مؤتمر صحفي إن بلاده تريد الحوار مع جيرانها. "


@pytest.mark.parametrize(
    ("text", "target", "stance", "holder"),
    [
        # a speaker named in the sentence before speaks for its own side there too
        (
            _EARLIER.format("وزير الخارجية الروسي")
            + "وأضاف أن سياسة موسكو واضحة، وإن كل ما يقال عنها مضلل.",
            "russia",
            "none",
            "وزير الخارجية الروسي",
        ),
        # stays: the same words continued by a speaker of another side
        (
            _EARLIER.format("وزير الخارجية الفرنسي")
            + "وأضاف أن سياسة موسكو واضحة، وإن كل ما يقال عنها مضلل.",
            "russia",
            "against",
            "وزير الخارجية الفرنسي",
        ),
        # stays: the earlier speaker phrase is cut before the object of its verb, which is no
        # part of the speaker's side
        (
            "حذر وزير الخارجية الإيراني إسرائيل من أي مغامرة في المنطقة. "
            "وأضاف أن سياسة إسرائيل واضحة، وإن كل ما يقال عنها مضلل.",
            "israel",
            "against",
            None,
        ),
    ],
)
def test_a_speaker_named_before_speaks_for_its_own_side(
    text: str, target: str, stance: str, holder: str | None
) -> None:
    row = _continued(text).loc[target]
    assert row["stance"] == stance
    if holder is not None:
        assert (row["voice"], row["holder"]) == ("quoted", holder)


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a threat to the speaker's own side, named apart from the speaker phrase
        (
            'وقال الرئيس الأمريكي في كلمة أمام أنصاره: "بدلا من تغيير سياساتها، تهدد الصين '
            'الآن الشركات والمزارعين الأمريكيين".',
            "usa",
            "none",
        ),
        (
            "وقال مستشار الأمن القومي الأمريكي إن المحكمة تهدد بشكل غير مقبول السيادة "
            "الأمريكية والأمن القومي الأمريكي.",
            "usa",
            "none",
        ),
        # stays: the same threat told by a speaker of another side
        (
            'وقال الرئيس الفرنسي في كلمة أمام أنصاره: "بدلا من تغيير سياساتها، تهدد الصين '
            'الآن الشركات والمزارعين الأمريكيين".',
            "usa",
            "against",
        ),
    ],
)
def test_a_threat_to_the_speakers_own_side_judges_no_one(
    sentence: str, target: str, stance: str
) -> None:
    assert rows(sentence).loc[target, "stance"] == stance


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the one after من قبل classifies the group as hostile; it does no hostile deed
        ("ويقاتل الحزب المصنف إرهابيا من قبل الحكومة التركية منذ عقود.", "turkey", "none"),
        (
            "وتنشط الجماعة التي تصنف كمنظمة إرهابية من قبل الولايات المتحدة في المنطقة.",
            "usa",
            "none",
        ),
        # stays: without a word of classifying, من قبل names the doer of the hostile deed
        ("وتحدث التقرير عن أعمال إرهابية من قبل القوات الروسية في المنطقة.", "russia", "against"),
        # a noun subject after إن: the actor after the verb is threatened, not threatening
        ("وقال وزير الخارجية الفرنسي إن الجماعات المسلحة تهدد إسرائيل كل يوم.", "israel", "none"),
        # stays: an actor after a verb that a time, not a subject, stands before
        (
            "وقال وزير الخارجية الفرنسي إنه في الوقت الحالي تهدد روسيا أمن جيرانها.",
            "russia",
            "against",
        ),
    ],
)
def test_the_doer_after_a_classifying_word_or_a_noun_subject(
    sentence: str, target: str, stance: str
) -> None:
    assert rows(sentence).loc[target, "stance"] == stance


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a speaker praising, thanking or supporting its own state, leader or army
        (
            "وأشاد وزير الخارجية الإيراني بالدول الموقعة على الاتفاق الإيراني التي أكدت حق "
            "بلاده في التصدير.",
            "iran",
            "none",
        ),
        (
            "وقال المتحدث باسم الخارجية الصينية إن موقف الصين ثابت وجدد دعمها لهدف السلام.",
            "china",
            "none",
        ),
        ("وأشاد ترامب بنيكي هيلي خلال حديثه للصحفيين في البيت الأبيض.", "usa", "none"),
        ("وقال وزير الدفاع الأمريكي إن البنتاغون يدعم جهود الدبلوماسية الأمريكية.", "usa", "none"),
        # offices and state bodies that speak for their state: a chancellor, a crown prince,
        # an embassy (the subject's own name is no object of its verb)
        ("وأيدت المستشارة الألمانية انغيلا ميركل هذا الموقف.", "germany", "none"),
        ("ورحب ولي العهد السعودي الأمير محمد بن سلمان، أمس، بتفتيش المبنى.", "saudi", "none"),
        (
            "وقالت السفارة الصينية في واشنطن إن الصين ستقاتل للدفاع عن مصالحها المشروعة.",
            "china",
            "none",
        ),
        # stays: the favor of another actor, named before the word, told by the speaker
        ("وقال وزير الخارجية الإيراني إن روسيا تدعم إيران في هذه المرحلة.", "iran", "favor"),
        (
            "وأضاف بيان البيت الأبيض أن ولي العهد السعودي وجه الشكر إلى القيادة الأمريكية.",
            "usa",
            "favor",
        ),
        # stays: a favor the actor receives from others, told by its own side
        (
            "وكانت الرياض أعلنت، الاثنين، إجراءات ضد السفير، ولقيت إجراءات الرياض مساندة "
            "خليجية وعربية واسعة.",
            "saudi",
            "favor",
        ),
        # stays: another actor named before the word (here the one who thanks)
        (
            "واستقبل ترامب نظيره الفرنسي في البيت الأبيض وشكر فرنسا على انضمامها إلى التحالف.",
            "france",
            "favor",
        ),
        # stays: the same praise from a speaker of another side
        ("وأشاد وزير الخارجية الفرنسي بالدور الإيجابي لإيران في المفاوضات.", "iran", "favor"),
        ("وأشاد الرئيس الفرنسي بنيكي هيلي خلال حديثه للصحفيين في باريس.", "usa", "favor"),
    ],
)
def test_a_speakers_praise_of_its_own_side_is_no_favor(
    sentence: str, target: str, stance: str
) -> None:
    assert rows(sentence).loc[target, "stance"] == stance


def test_a_minister_who_protests_his_own_government_still_judges_it() -> None:
    # the own-side check reads every favorable word, but a word against keeps its rules
    sentence = "وانتقد وزير الخارجية الإيراني بشدة قرار الحكومة الإيرانية رفع الأسعار."
    assert rows(sentence).loc["iran", "stance"] == "against"


@pytest.mark.parametrize(
    ("text", "target", "stance"),
    [
        # a title alone: the article gave it in full before, with the name after it
        (
            "التقى الرئيس الفرنسي أمس بالمستشارة الألمانية هيلغا شميت في برلين. وأكدت "
            "المستشارة أن ألمانيا تظل حكيمة في تعاملها مع الفكرة.",
            "germany",
            "none",
        ),
        (
            "أعلن وزير الخارجية الإيراني الجديد عن زيارة إلى موسكو. وأكد الوزير أن إيران تظل "
            "حكيمة في تعاملها مع جيرانها.",
            "iran",
            "none",
        ),
        # a surname alone: its title came before it, or after it in commas
        (
            "افتتح السفير الأمريكي في إسرائيل روبرت كلارك السفارة الجديدة. ورحب كلارك بالوفد "
            "الأمريكي الذي يرأسه وزير الخزانة.",
            "usa",
            "none",
        ),
        (
            "قال توماس برنت، المتحدث باسم الخارجية الأمريكية، إن المحادثات ستستأنف الأسبوع "
            "المقبل. وأشاد برنت بالدور الأمريكي في إنجاح الهدنة.",
            "usa",
            "none",
        ),
        # stays: the place of the office after a preposition is not its side
        (
            "افتتح السفير الأمريكي في إسرائيل روبرت كلارك السفارة الجديدة. وأشاد كلارك "
            "بإسرائيل وبدورها في المنطقة.",
            "israel",
            "favor",
        ),
        # stays: the same speakers praising another side
        (
            "التقى الرئيس الفرنسي أمس بالمستشارة الألمانية هيلغا شميت في برلين. وأشادت "
            "المستشارة بفرنسا وبدورها في أوروبا.",
            "france",
            "favor",
        ),
        (
            "قال توماس برنت، المتحدث باسم الخارجية الأمريكية، إن المحادثات ستستأنف الأسبوع "
            "المقبل. وأشاد برنت بالدور الروسي في إنجاح الهدنة.",
            "russia",
            "favor",
        ),
        # stays: a speaker whose state is no actor of the gazetteer
        (
            "قال سالم العلي، وزير الدولة الكويتي للشؤون الخارجية، إن الرياض شريك مهم. وأشاد "
            "العلي بالدور السعودي في المنطقة.",
            "saudi",
            "favor",
        ),
        # stays: a full title of a state the gazetteer does not hold, read where it stands
        (
            "استقبل الرئيس الصيني نظيره السنغالي في بكين أمس. وأشاد الرئيس السنغالي بالصين "
            "وبدورها في إفريقيا.",
            "china",
            "favor",
        ),
        # stays: a critic named by surname judges his own state (hostile words keep the
        # phrase alone)
        (
            "قال السيناتور الأمريكي جون ميلر إن الجلسة ستعقد غدا. وقال ميلر إن ترامب يكذب "
            "باستمرار على الناخبين.",
            "usa",
            "against",
        ),
    ],
)
def test_a_speaker_named_short_is_read_by_the_title_given_before(
    text: str, target: str, stance: str
) -> None:
    assert _continued(text).loc[target, "stance"] == stance
