"""News words of evaluation in quoted speech (issue 12, lexicon recall).

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. Each case checks that a lexicon entry added for the vocabulary of reported
speech (mockery, standing by, gratitude, arrogance, fabrication, playing with fire, a true
friend ...) reaches the actor it is about, and where it matters that the speaker, the
supporter or the victim is not judged; the guards check that the words left out on purpose
(صديق، سلبي، عظيم alone, جائر، سيء) still judge no one.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import stance_of


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # mockery judges its object, not the one who mocks
        ("سخرت الخارجية الروسية من مزاعم واشنطن.", "usa", "against"),
        ("سخرت الخارجية الروسية من مزاعم واشنطن.", "russia", "none"),
        # standing by an actor favours it; the one who stands by it is not judged
        ("قال الوزير إن فرنسا ستقف إلى جانب أوكرانيا حتى النهاية.", "ukraine", "favor"),
        ("قال الوزير إن فرنسا ستقف إلى جانب أوكرانيا حتى النهاية.", "france", "none"),
        ("دعا الرئيس الدول العربية إلى الوقوف إلى جانب الشعب الفلسطيني.", "palestine", "favor"),
        # gratitude, appreciation and congratulations favour their object after ل or إلى
        ("وأعرب المتحدث عن عرفان بلاده للسعودية.", "saudi", "favor"),
        ("وأعرب الوزير عن تثمينه للدور الروسي في التسوية.", "russia", "favor"),
        ("ووجه الرئيس التهاني إلى الشعب الفرنسي بمناسبة العيد الوطني.", "france", "favor"),
        # arrogance and bias judge their owner, not the one they are aimed at
        ("وقال الزعيم إن المنطقة تواجه الاستكبار الأمريكي.", "usa", "against"),
        ("ونددت الخارجية بالتحيز الأمريكي لإسرائيل.", "usa", "against"),
        ("ونددت الخارجية بالتحيز الأمريكي لإسرائيل.", "israel", "none"),
        # a negative role: the phrase, not سلبي alone, judges the role's owner
        ("وقال الوزير إن الدور السلبي لإيران يطيل أمد الأزمة.", "iran", "against"),
        # fabricated charges and lies judge their author
        ("وقال المتحدث إن الاتهامات البريطانية مفبركة.", "uk", "against"),
        ("وقال المتحدث إن الرواية الإسرائيلية أكذوبة.", "israel", "against"),
        # folly: the one who acts so, in a warning as much as in a charge
        ("وقال الوزير إن تركيا تصرفت بحماقة.", "turkey", "against"),
        # a pretext, encroachment, a deplorable policy: the critic's words for the actor's deeds
        ("وقال المسؤول إن إيران تستخدم البرنامج النووي ذريعة لابتزاز أوروبا.", "iran", "against"),
        ("وقال إن التدخل في اليمن يعكس تغول طهران في المنطقة.", "iran", "against"),
        ("وقال النائب إن سياسة الحكومة البريطانية تجاه المهاجرين مستهجنة.", "uk", "against"),
        # warnings of what the warned will bear judge it, not the place it acts in
        ("وقال المتحدث إن واشنطن تلعب بالنار في بحر الصين الجنوبي.", "usa", "against"),
        ("وقال المتحدث إن واشنطن تلعب بالنار في بحر الصين الجنوبي.", "china", "none"),
        ("وقال الوزير إن روسيا ستتحمل العواقب إذا واصلت التصعيد.", "russia", "against"),
        # a decision called void, hands stained with blood: the decision's or the hands' owner
        ("وأكد الأمين العام أن القرار الأمريكي بنقل السفارة باطل.", "usa", "against"),
        ("وقال إن أيادي النظام السوري ملطخة بدماء الأبرياء.", "syria", "against"),
        # evading commitments, abusing prisoners: the evader, the abuser
        ("وقال المتحدث إن إيران تحاول التملص من التزاماتها.", "iran", "against"),
        ("وقال إن الأسرى يعانون من التنكيل الإسرائيلي في السجون.", "israel", "against"),
        # collective punishment judges who inflicts it, not the ones it falls on
        ("وقال إن الحصار عقاب جماعي إسرائيلي للفلسطينيين.", "israel", "against"),
        ("وقال إن الحصار عقاب جماعي إسرائيلي للفلسطينيين.", "palestine", "none"),
        # a name of abuse
        ("وقال المتحدث إن إيران جزء من محور الشر.", "iran", "against"),
        # a state's friend is praised; the one it is a friend to is not judged by the phrase
        ("وأكد الرئيس أن السعودية كانت دائما صديقا حقيقيا لمصر.", "saudi", "favor"),
        ("وقال الوزير إن موقف الصين منصف.", "china", "favor"),
    ],
)
def test_news_word_reaches_its_actor(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # a personal friend, a rating's outlook, a team's greatness: no stance
        ("زار الرئيس التركي صديقه القديم في باكو.", "turkey"),
        ("خفضت الوكالة تصنيف تركيا مع نظرة مستقبلية سلبية.", "turkey"),
        ("شاهد اللاعبون فيلما عن فرق كرة السلة الأمريكية العظيمة.", "usa"),
        # "devoid of truth" is a denial, not the shame (عار) its first word spells
        ("وقال المتحدث إن ما تردده بريطانيا عار عن الصحة.", "uk"),
        # an unjust expulsion of an actor's diplomats and bad weather judge no one either
        ("احتج السفير على الطرد الجائر للدبلوماسيين الروس.", "russia"),
        ("تشهد الولايات الأمريكية طقسا سيئا.", "usa"),
    ],
)
def test_words_left_out_judge_no_one(sentence: str, target: str) -> None:
    assert stance_of(sentence, target) == "none"
