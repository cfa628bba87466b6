"""Who evaluates whom on real-style news sentences (issues 12 and 18).

Every sentence here is written for this project in the style of the errors seen on real news;
none is copied from a data set. Each checks one rule: the holder of a view, the roles of a
hostile or friendly act, a construction that used to hide or misplace the actor.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.stance import stance_sentences


def rows(sentence: str) -> pd.DataFrame:
    """The sentence rows of one sentence, indexed by target (one row per target here)."""
    frame = stance_sentences(pd.DataFrame({"article_id": ["a"], "body": [sentence]}))
    assert not frame.duplicated("target").any(), frame
    return frame.set_index("target")


def row(sentence: str, target: str) -> pd.Series:
    """The row of ``target`` in the one-sentence text."""
    return rows(sentence).loc[target]


def stance_of(sentence: str, target: str) -> str:
    return rows(sentence).loc[target, "stance"]


# --- the holder: evaluation verbs are speech acts of their subject ------------------------


@pytest.mark.parametrize(
    ("sentence", "target", "stance", "holder"),
    [
        # verb first, subject, then the object actor: the ministry accuses, Russia is accused
        (
            "اتهمت وزارة الخارجية البريطانية روسيا بتنفيذ هجمات إلكترونية واسعة.",
            "russia",
            "against",
            "وزارة الخارجية البريطانية",
        ),
        # the subject before the verb
        (
            "الحكومة الألمانية انتقدت الموقف الأمريكي من الاتفاق.",
            "usa",
            "against",
            "الحكومة الألمانية",
        ),
        # the praising minister's own country is not praised: it holds the view
        (
            "أشاد وزير الخارجية الإيراني محمد جواد ظريف بالموقف الروسي في مجلس الأمن.",
            "russia",
            "favor",
            "وزير الخارجية الإيراني محمد جواد ظريف",
        ),
        # a weekday between commas does not cut the clause
        ("رحبت تركيا، الخميس، بقرار الولايات المتحدة سحب قواتها.", "usa", "favor", "تركيا"),
        # the participle continues the subject of the sentence's verb
        (
            "أعلن الرئيس الفرنسي الأحد انسحاب بلاده من المحادثات، منددا بالتصعيد الإيراني.",
            "iran",
            "against",
            "الرئيس الفرنسي",
        ),
        # a title keeps its ل-genitive: the whole title phrase is the holder
        (
            "أدان الأمين العام للأمم المتحدة بشدة الاعتداء الإسرائيلي على المدنيين.",
            "israel",
            "against",
            "الأمين العام للأمم المتحدة",
        ),
    ],
)
def test_evaluation_verbs_give_the_view_to_their_subject(
    sentence: str, target: str, stance: str, holder: str
) -> None:
    row = rows(sentence).loc[target]
    assert (row["stance"], row["voice"], row["holder"]) == (stance, "quoted", holder), row["hits"]


@pytest.mark.parametrize(
    ("sentence", "holder_target"),
    [
        ("أشاد وزير الخارجية الإيراني محمد جواد ظريف بالموقف الروسي في مجلس الأمن.", "iran"),
        ("اتهمت وزارة الخارجية البريطانية روسيا بتنفيذ هجمات إلكترونية واسعة.", "uk"),
        # an opinion about a third thing is not a stance toward the one who holds it
        ("روسيا ستعتبر أي تغيير في وضع المنطقة أمرا غير مقبول.", "russia"),
        # a wire service relays, the observatory speaks: neither is judged by its own words
        ("ويقول المرصد السوري لحقوق الإنسان إن التصعيد الأخير أوقع عشرات القتلى.", "syria"),
    ],
)
def test_the_holder_is_not_the_target(sentence: str, holder_target: str) -> None:
    assert stance_of(sentence, holder_target) == "none", rows(sentence)["hits"]


def test_a_news_agency_is_a_source_not_a_holder() -> None:
    row = rows("وقالت وكالة رويترز إن واشنطن وجهت انتقادات حادة إلى الحكومة الإيرانية.").loc["iran"]
    assert row["voice"] == "quoted"
    assert row["holder"] == "واشنطن"  # who criticises, inside what the agency relays
    row = rows("وقالت وكالة رويترز إن العدوان الإيراني على الجيران مستمر.").loc["iran"]
    assert (row["voice"], row["holder"]) == ("quoted", "")  # unknown: the agency only relays


def test_a_speaker_named_in_an_earlier_sentence_carries_over() -> None:
    body = (
        "وقال المتحدث باسم الخارجية الصينية إن بلاده تتابع الوضع عن كثب. "
        "وأضاف أن العقوبات الأمريكية الجديدة خطأ جسيم."
    )
    frame = stance_sentences(pd.DataFrame({"article_id": ["a"], "body": [body]}), ["usa"])
    row = frame[frame["sentence_index"] == 1].iloc[0]
    assert (row["stance"], row["voice"]) == ("against", "quoted")
    assert row["holder"] == "المتحدث باسم الخارجية الصينية"


def test_the_outlet_holds_its_own_words() -> None:
    row = rows("وتواصل إسرائيل احتلالها للأراضي في انتهاك صارخ للقانون الدولي.").loc["israel"]
    assert (row["stance"], row["voice"], row["holder"]) == ("against", "outlet", "outlet")


# --- roles of hostile and friendly acts (issue 18) ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the one invaded, attacked or occupied is not judged
        ("حذر الرئيس الأمريكي من غزو أوكرانيا.", "ukraine", "none"),
        ("حذر الرئيس الأمريكي من غزو أوكرانيا.", "usa", "none"),
        ("تعرضت أوكرانيا لهجوم واسع بالصواريخ.", "ukraine", "none"),
        ("تعرضت سوريا لقصف عنيف.", "syria", "none"),
        ("أدانت الحكومة العدوان على أوكرانيا.", "ukraine", "none"),
        ("ندد البيان باحتلال فلسطين منذ عقود.", "palestine", "none"),
        # the agent of a hostile act is
        ("تخشى الدول الغربية من غزو روسي محتمل لأوكرانيا.", "russia", "against"),
        ("تخشى الدول الغربية من غزو روسي محتمل لأوكرانيا.", "ukraine", "none"),
        ("أدان البرلمان العدوان الروسي على أوكرانيا.", "russia", "against"),
        ("فرضت الدول الغربية عقوبات على روسيا ردا على انتهاكاتها.", "russia", "against"),
        # a reported act is no stance (sanctions, aid)
        ("فرضت واشنطن عقوبات جديدة على إيران.", "iran", "none"),
        ("أرسلت ألمانيا مساعدات إلى سوريا.", "syria", "none"),
        # the experiencer of criticism is criticised
        ("وتعرضت إسرائيل لانتقادات من منظمات حقوقية بسبب استخدام القوة.", "israel", "against"),
        ("وواجهت بريطانيا انتقادات حادة بسبب موقفها من اللاجئين.", "uk", "against"),
        # fighting terrorism is not being terrorism
        ("تتعاون روسيا وإيران في مكافحة الإرهاب في المنطقة.", "iran", "none"),
        ("تتعاون روسيا وإيران في مكافحة الإرهاب في المنطقة.", "russia", "none"),
        ("صادق البرلمان الإيراني على قانون يتعلق بمكافحة تمويل الإرهاب.", "iran", "none"),
    ],
)
def test_roles_of_hostile_and_friendly_acts(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, rows(sentence)["hits"].to_dict()


def test_the_voice_of_a_criticism_noun_is_its_author() -> None:
    row = rows("وتعرضت إسرائيل لانتقادات من منظمات حقوقية بسبب استخدام القوة.").loc["israel"]
    assert (row["voice"], row["holder"]) == ("quoted", "منظمات حقوقية")


# --- the owner of a noun --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the owner of criticism or support is the critic or supporter, not its target
        ("أثارت انتقادات ترامب لبريطانيا جدلا واسعا.", "usa", "none"),
        ("أثارت انتقادات ترامب لبريطانيا جدلا واسعا.", "uk", "against"),
        ("تقدمت القوات الحكومية بدعم روسيا نحو المدينة.", "russia", "none"),
        ("أغضب دعم الولايات المتحدة للمقاتلين الأكراد الحكومة التركية.", "usa", "none"),
        # the preposition two words before an adjective does not hide the actor
        ("تحدث الوزير طويلا حول العدوان الروسي على المدن.", "russia", "against"),
        # regret at what one actor did to another is against the one who did it
        ("أعربت الصين عن خيبة أمل إزاء العقوبات الأمريكية على إيران.", "usa", "against"),
        ("أعربت الصين عن خيبة أمل إزاء العقوبات الأمريكية على إيران.", "iran", "none"),
    ],
)
def test_owners_and_objects(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, rows(sentence)["hits"].to_dict()


# --- words and their scope ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # success at a hostile act is no praise
        ("نجحت إيران في نشر الفوضى في المنطقة.", "iran", "against"),
        # a negated negative word in advice is no praise
        ("دعا الوزير روسيا إلى ألا تكرر أخطاء الماضي.", "russia", "none"),
        # a weak cooperation word alone never decides
        ("توصلت روسيا وأوكرانيا إلى اتفاق بشأن تبادل الأسرى.", "russia", "none"),
        # nor does an intensified one: a relation asked for or held to is no stance
        ("وطالبت الخارجية الفرنسية إيران بالتعاون الكامل مع المفتشين الدوليين.", "iran", "none"),
        ("وتبدي الحكومة الألمانية الشديدة التمسك بالاتفاق حذرا شديدا.", "germany", "none"),
        # missing entries and a common misspelling
        ("أثنى الرئيس الفرنسي على الدور الألماني في الأزمة.", "germany", "favor"),
        ("وصف أردوغان العقوبات الأمريكية بأنها طعنة في الظهر.", "usa", "against"),
        ("استنكر البيان العداون الإسرائيلي على غزة.", "israel", "against"),
    ],
)
def test_words_and_their_scope(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, rows(sentence)["hits"].to_dict()


def test_what_an_accusation_says_is_the_accusers_claim() -> None:
    # the poisoning is what Russia is accused of, in the accusers' words, not the outlet's
    frame = stance_sentences(
        pd.DataFrame(
            {
                "article_id": ["a"],
                "body": ["وجاء ذلك بعد اتهام لندن لروسيا بالوقوف وراء تسميم عميل سابق."],
            }
        ),
        ["russia"],
    )
    assert set(frame["voice"]) == {"quoted"}
    assert (frame["stance"] == "against").any()


# --- fallback attachments never make the victim or the speaker the doer -------------------


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # the pronoun of اغتياله is the one killed, not the actor named before it
        ("وكشفت الشرطة الأوكرانية ملابسات اغتياله.", "ukraine"),
        # the protesting government is the speaker, not the occupier
        ("احتجت الحكومة السورية على الوجود العسكري التركي في الشمال ووصفته بأنه احتلال.", "syria"),
        # a charge brought by a court judges neither the court nor the accused's country
        ("قضت محكمة روسية بسجن صحفي أميركي على ذمة المحاكمة بتهم تتعلق بالإرهاب.", "russia"),
        ("قضت محكمة روسية بسجن صحفي أميركي على ذمة المحاكمة بتهم تتعلق بالإرهاب.", "usa"),
    ],
)
def test_fallbacks_do_not_blame_the_victim_or_the_speaker(sentence: str, target: str) -> None:
    assert stance_of(sentence, target) == "none", rows(sentence)["hits"].to_dict()


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the owner of عدوانه is the actor named as the doer, not the people between whom
        (
            "وقال المتحدث إن تركيا تشعل الفتنة بين مكونات الشعب السوري دون أن يلتفت العالم"
            " لعدوانه السافر.",
            "turkey",
            "against",
        ),
        (
            "وقال المتحدث إن تركيا تشعل الفتنة بين مكونات الشعب السوري دون أن يلتفت العالم"
            " لعدوانه السافر.",
            "syria",
            "none",
        ),
        # condemning an act judges its doer (through the act), not the place it happens to
        (
            "وقالت الخارجية المصرية إن مصر تدين الاحتلال التركي لمدينة حلب السورية.",
            "turkey",
            "against",
        ),
        ("وقالت الخارجية المصرية إن مصر تدين الاحتلال التركي لمدينة حلب السورية.", "syria", "none"),
    ],
)
def test_the_doer_of_a_condemned_act_is_not_its_place_or_victim(
    sentence: str, target: str, stance: str
) -> None:
    assert stance_of(sentence, target) == stance, rows(sentence)["hits"].to_dict()


def test_a_request_is_the_requesters_voice() -> None:
    row = rows("وطلب المندوب الأوكراني في مجلس الأمن إنهاء الحصار المفروض على شعبه.").loc["ukraine"]
    assert (row["voice"], row["holder"], row["stance"]) == ("quoted", "المندوب الأوكراني", "none")


# --- the victims check on real news (issue 18): who suffers or reports an act is not its doer


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # the subject of a verb of saying behind a construct head is the speaker
        ("وأعلنت وكالة الأنباء الأوكرانية مقتل مدنيين في الاعتداء على المحطة.", "ukraine"),
        # ... and so is its apposition
        (
            "حمل الرئيس السوري، بشار الأسد، المسلحين مسؤولية التفجير، مؤكدا أن الاعتداء عمل"
            " إجرامي.",
            "syria",
        ),
        # the author of a request or a report does not commit what it lists
        ("وقال المتحدث إن الطلب الأوكراني يتضمن جرائم حرب ارتكبت خلال الحصار.", "ukraine"),
        ("وأعلنت مصادر طبية سورية مقتل خمسة مدنيين في هجوم وصفته بالإرهابي.", "syria"),
        # an actor described as wronged
        ("يكتب الشعب السوري المظلوم فصلا جديدا من العدوان الغاشم.", "syria"),
        ("يعيش الشعب الفلسطيني الأعزل تحت وطأة العدوان.", "palestine"),
        # the subject of an experiencer verb, and the adjective of what it suffers
        ("وكتبت الصحيفة أن الشعب الأوكراني عانى طويلا من نزاع مدمر تخللته جرائم حرب.", "ukraine"),
        ("وأدان الوزير العدوان الغاشم الذي تتعرض له سوريا منذ أسابيع.", "syria"),
        ("شهدت كييف خلال الأسبوع الماضي هجمات دموية على صحفيين.", "ukraine"),
        ("وبحث الوزراء ما شهدته الأراضي الأوكرانية مؤخرا من تصعيد خطير.", "ukraine"),
        # a relative clause that names its own doer, no actor
        ("وشن الحرس الثوري الإيراني هجوما ردا على الجريمة التي ارتكبها المتطرفون.", "iran"),
        # ل after the adjective of an occupation marks the occupied
        ("وقال إن على روسيا أن تدفع ثمن احتلالها غير الشرعي لأوكرانيا.", "ukraine"),
        # the pronoun of a verb after an indefinite noun is that noun (a step), not the victim
        ("وضمت روسيا أجزاء من أوكرانيا في خطوة انتقدتها الحكومات الغربية.", "ukraine"),
        # a new conjunct is another party, not the owner of the hostile noun
        (
            "أصيب عشرات الفلسطينيين خلال مواجهات بين جيش الاحتلال وشبان فلسطينيين قرب الحدود.",
            "palestine",
        ),
        # inside the phrase a victim preposition opens
        ("وتحدث الفلسطينيون عن الاعتداء على وحدة الشعب الفلسطيني.", "palestine"),
        # what an accusation lists is the accusers' charge ("بينها": among the accusations),
        # and so is what is joined to it by و
        (
            "قدم الوزير الأوكراني طلبا للمحكمة بإحالة المسؤولين للمحاكمة باتهامات بينها ارتكاب"
            " جرائم حرب وجرائم ضد الإنسانية.",
            "ukraine",
        ),
        # a doer head names the occupier; resisting or ending an occupation is no occupation
        ("وقتل شاب فلسطيني برصاص جيش الاحتلال قرب مخيم اللاجئين.", "palestine"),
        ("وتواصل الفصائل الفلسطينية نضالها من أجل إنهاء الاحتلال.", "palestine"),
        ("ويواصل الشبان الفلسطينيون مقاومة الاحتلال في القرى.", "palestine"),
        # the one assassinated is at the end of the construct chain, not the actor before
        ("وكان الزعيم الفلسطيني في حالة غضب بعد اغتيال رئيس الوزراء الإسرائيلي.", "palestine"),
        ("وكان الزعيم الفلسطيني في حالة غضب بعد اغتيال رئيس الوزراء الإسرائيلي.", "israel"),
        # the owner at the end of an attacked noun's chain is no object of the condemnation
        (
            "من جانبها أدانت الرئاسة الأوكرانية استهداف موكب رئيس الوزراء الأوكراني وحملت"
            " المسلحين المسؤولية.",
            "ukraine",
        ),
        # the owner of the object of a verb of harm suffers it
        ("وقال قائد الشرطة إن متسللين يستهدفون شركات أوكرانية ببرمجيات خبيثة.", "ukraine"),
        ("وقال إن هذه الانتهاكات الخطيرة تقوض مستقبل سورية.", "syria"),
        # the pronoun on a condemnation followed by its ل-object is the one who condemns
        ("وقال المصدر إن سوريا تجدد إدانتها الشديدة لأي استخدام للأسلحة المحرمة.", "syria"),
        # those who mourn the dead of a massacre, and the place where crimes are investigated
        ("وشيع الفلسطينيون عشرات القتلى، غداة مجزرة شهدتها المنطقة الحدودية.", "palestine"),
        (
            "وانضمت أوكرانيا إلى الاتفاقية، فيما تحقق المحكمة في جرائم مفترضة في الأراضي"
            " الأوكرانية.",
            "ukraine",
        ),
        # a charge or a fight governs a hostile word four words on when no actor stands between
        ("وأقر البرلمان الإيراني قانونا لمكافحة غسيل الأموال وتمويل الإرهاب.", "iran"),
        # the one whose suffering is named
        ("وقال إن معاناة الشعب الفلسطيني لم تبدأ اليوم بل مع بداية الاحتلال.", "palestine"),
        # the owner of a massacre names its doer; a masculine pronoun after it is that doer
        (
            "وعم الإضراب المدن الفلسطينية حدادا على الشهداء واستنكارا لمجزرة الاحتلال وإرهابه.",
            "palestine",
        ),
        # refusing an occupation is no occupation; a pronoun after an attack on a place
        ("ووجهت الفصائل الفلسطينية دعوات للتظاهر تعبيرا عن الرفض الفلسطيني للاحتلال.", "palestine"),
        ("وقال إن الاعتداء المتكرر على الأراضي السورية، هو إجراء عدائي بالكامل.", "syria"),
        # a known act (the article, or its victim after it) takes no doer from an earlier clause
        ("قتل ناشط أوكراني في العاصمة، ولم تعلن أي جهة مسؤوليتها عن الاغتيال.", "ukraine"),
        ("وفرضت الحكومة السورية حالة الطوارئ، بعد محاولة اغتيال رئيس الوزراء.", "syria"),
        # the one who survives an attempt, named by a three-word title
        ("نجا رئيس الوزراء الأوكراني من محاولة اغتيال استهدفت موكبه.", "ukraine"),
        # a place is no antecedent of a pronoun that opens a clause
        ("ويتحدث المسؤولون كثيرا عن السلام في سوريا، وهم يسعون لاحتلال مدن جديدة.", "syria"),
        # من قبل names a doer who is no actor
        ("وخرج اللاعب الأوكراني من الملعب إثر تدخل خشن من قبل مدافع الفريق المنافس.", "ukraine"),
    ],
)
def test_victims_authors_and_speakers_are_not_the_doer(sentence: str, target: str) -> None:
    assert stance_of(sentence, target) == "none", rows(sentence)["hits"].to_dict()


def test_a_counter_governs_no_hostile_word_past_an_actor() -> None:
    sentence = "فرضت الدول الغربية عقوبات ضد روسيا بسبب عدوانها على أوكرانيا."
    assert stance_of(sentence, "russia") == "against", rows(sentence)["hits"].to_dict()


def test_an_adjective_after_an_armed_group_describes_the_group() -> None:
    sentence = "وقالت وزارة الدفاع إن الجيش السوري طرد المجموعات الإرهابية من البلدة."
    assert stance_of(sentence, "syria") == "none", rows(sentence)["hits"].to_dict()


def test_a_verb_with_its_object_is_no_construct_chain() -> None:
    # the attackers named after "اعتداءات يشنها" do the attacks; they do not suffer them
    sentence = (
        "وأضاف المتحدث أن الفلسطينيين يواصلون التحريض على عمليات إرهابية واعتداءات يشنها"
        " مسلحون فلسطينيون على المواطنين."
    )
    assert "واعتداءات -> palestine" in rows(sentence).loc["palestine", "hits"]


def test_repelling_an_aggression_is_no_aggression() -> None:
    assert stance_of("ونجحت المقاومة الفلسطينية في صد العدوان على القطاع.", "palestine") == "favor"


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # ضد، على، بحق after the act a word of evaluation condemns: the act's victim
        ("أدان البرلمان الحرب الروسية ضد أوكرانيا.", "ukraine", "none"),
        ("ندد الوزير بالحرب على سوريا.", "syria", "none"),
        ("أدان البيان الممارسات الإسرائيلية بحق الشعب الفلسطيني.", "palestine", "none"),
        ("ارتكبت القوات الإسرائيلية جرائم بحق الفلسطينيين.", "israel", "against"),
        ("ارتكبت القوات الإسرائيلية جرائم بحق الفلسطينيين.", "palestine", "none"),
        # من قبل names the agent
        ("تعرضت أوكرانيا لعدوان من قبل روسيا.", "russia", "against"),
        ("تعرضت أوكرانيا لعدوان من قبل روسيا.", "ukraine", "none"),
        # the owner of عدوان does it; the one after على suffers it
        ("أدان الوزير عدوان روسيا على أوكرانيا.", "russia", "against"),
        ("أدان الوزير عدوان روسيا على أوكرانيا.", "ukraine", "none"),
        # وقع ضحية marks the patient
        ("وقعت أوكرانيا ضحية عدوان روسي.", "ukraine", "none"),
        ("وقعت أوكرانيا ضحية عدوان روسي.", "russia", "against"),
        # solidarity with the one who suffers
        ("أعلن الوزراء تضامنهم مع الشعب السوري.", "syria", "favor"),
        # friendly acts: the receiver of declared support is favoured, the giver only where
        # the giving is evaluated; support given, aid and protection are reported acts (the
        # guidelines: aid sent is none; helpers/stance_support.py)
        ("قدمت إيران دعما عسكريا لسوريا.", "syria", "none"),
        ("قدمت إيران دعما عسكريا لسوريا.", "iran", "none"),
        ("أعلنت إيران دعمها الكامل لسوريا.", "syria", "favor"),
        ("أشاد الوزير بالدعم الأمريكي لأوكرانيا.", "usa", "favor"),
        ("أشاد الوزير بالدعم الأمريكي لأوكرانيا.", "ukraine", "favor"),
        ("أرسلت تركيا مساعدات إنسانية إلى سوريا.", "turkey", "none"),
        ("تعهدت الولايات المتحدة بحماية أوكرانيا.", "ukraine", "none"),
        ("تعهدت الولايات المتحدة بحماية أوكرانيا.", "usa", "none"),
    ],
)
def test_prepositions_and_constructions_of_acts(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, rows(sentence)["hits"].to_dict()


# --- constructions that carry or cancel a stance (issue 12, recall) ------------------------


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # the places of a dateline are where the report was filed, not the sentence's actors
        (
            "واشنطن، الولايات المتحدة الأمريكية (CNN)-- نفى المتحدث باسم التحالف أن تكون قواته"
            " قد ارتكبت جرائم حرب في اليمن.",
            "usa",
        ),
        # what a response answers is another's act, not the responder's
        (
            "وفرضت الولايات المتحدة رسوما جديدة على الصلب ردا على ممارسات تجارية غير نزيهة.",
            "usa",
        ),
    ],
)
def test_no_stance_for_the_place_or_the_responder(sentence: str, target: str) -> None:
    assert stance_of(sentence, target) == "none", rows(sentence)["hits"].to_dict()


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a demand to stop addressed to an actor is against it; the one who demands is not judged
        (
            "وطالبت المنظمة الحقوقية ألمانيا وفرنسا بوقف صادرات السلاح إلى المنطقة.",
            "germany",
            "against",
        ),
        (
            "وطالبت المنظمة الحقوقية ألمانيا وفرنسا بوقف صادرات السلاح إلى المنطقة.",
            "france",
            "against",
        ),
        ("دعت روسيا الولايات المتحدة إلى سحب قواتها من شمال سوريا.", "usa", "against"),
        ("دعت روسيا الولايات المتحدة إلى سحب قواتها من شمال سوريا.", "russia", "none"),
        ("وقال المقرر إنه يتعين على السلطات الإيرانية الكف عن اعتقال الصحفيين.", "iran", "against"),
        # a call for a ceasefire asks every side alike
        ("دعت الأمم المتحدة روسيا وأوكرانيا إلى وقف إطلاق النار فورا.", "ukraine", "none"),
        # a demand that asks nothing to stop judges no one
        ("طالبت فرنسا إيران بتقديم ضمانات بشأن برنامجها.", "iran", "none"),
        # a warning or threat addressed to an actor is against it
        ("وحذرت بريطانيا إيران من أي محاولة لإغلاق المضيق.", "iran", "against"),
        ("هدد الرئيس الأمريكي الصين بفرض رسوم إضافية على وارداتها.", "china", "against"),
        # ... not a country that only names the warner (the owner of a noun in the subject)
        ("وحذرت غرفة تجارة فرنسا من أنه لا ينبغي توقع صفقات كبيرة.", "france", "none"),
        # ... nor the object of what is warned about
        ("حذر الوزير من غزو تركيا لمناطق جديدة.", "turkey", "none"),
        # praising a hostile act is against the one who suffers it
        (
            "أشاد رئيس الوزراء البريطاني بالغارات التي نفذت ليلا على مواقع للنظام السوري.",
            "syria",
            "against",
        ),
        ("رحبت الحكومة الأوكرانية بالعقوبات الجديدة على روسيا.", "russia", "against"),
        ("رحبت الحكومة الأوكرانية بالمساعدات الجديدة إلى روسيا.", "russia", "none"),
        # stirring anger judges the cause, not the angry
        ("أثار قرار إسرائيل بناء مستوطنات جديدة غضب الفلسطينيين والأردن.", "israel", "against"),
        ("أثار قرار إسرائيل بناء مستوطنات جديدة غضب الفلسطينيين.", "palestine", "none"),
    ],
)
def test_stances_carried_by_a_chain(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, rows(sentence)["hits"].to_dict()


def test_a_warning_is_the_warners_view() -> None:
    row = rows("وحذرت بريطانيا إيران من أي محاولة لإغلاق المضيق.").loc["iran"]
    assert (row["voice"], row["holder"]) == ("quoted", "بريطانيا")


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the subject of a relative clause after a hostile noun is its doer, even as an adjective
        ("وأدانت المنظمة العنف الذي مارسه الجيش الإسرائيلي ضد المتظاهرين.", "israel", "against"),
        # "violently" is a manner, not violence
        ("وردت روسيا بعنف على تصريحات الوزير.", "russia", "none"),
    ],
)
def test_violence_and_its_doer(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, rows(sentence)["hits"].to_dict()


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the chant "death to": the proclitic ل names the target
        ("وهتف المتظاهرون الموت لأمريكا.", "usa", "against"),
        ("وأعلن الأطباء الموت السريري للرئيس الروسي السابق.", "russia", "none"),
        # a protest against an actor's decision
        ("خرج الآلاف احتجاجا على قرار الحكومة البريطانية.", "uk", "against"),
        # the doer after من جانب / على يد
        (
            "ووثق التقرير الانتهاكات المتكررة من جانب القوات التركية في المنطقة.",
            "turkey",
            "against",
        ),
        ("وتحدث الشهود عن العنف المفرط على يد الشرطة الإسرائيلية.", "israel", "against"),
        # a place after في is not the owner of an attached pronoun
        (
            "قدمت المغنية حفلات عدة في لندن، ويعتبر النقاد ألبومها الأخير أعظم إنجازاتها.",
            "uk",
            "none",
        ),
        # a court that convicts brings a charge: it is not the doer of what it charges
        ("دانت محكمة روسية الناشط بالتحريض على العنف ودعم الإرهاب.", "russia", "none"),
    ],
)
def test_entries_and_agents(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, rows(sentence)["hits"].to_dict()


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the one held responsible
        ("وحملت الخارجية الأمريكية روسيا المسؤولية عن الهجوم.", "russia", "against"),
        ("وحملت الخارجية الأمريكية روسيا المسؤولية عن الهجوم.", "usa", "none"),
        # the actor feared, not the one who fears
        ("وتزيد هذه الخطوات من مخاوف السكان من قيام تركيا بتوسيع عملياتها.", "turkey", "against"),
        ("وأبدى الوزير قلقا من اندلاع مواجهة بين الهند والصين.", "china", "none"),
        # words of denouncing and of enmity
        ("واستنكرت الجامعة العربية بشدة الموقف الإسرائيلي.", "israel", "against"),
        # a subject noun before the verb: the actor after it is the object
        ("والجامعة العربية تستنكر قرار إسرائيل بناء مستوطنات جديدة.", "israel", "against"),
        ("وتبث القناة دعاية معادية لروسيا منذ سنوات.", "russia", "against"),
        # two weak cooperation words do not add up to a stance
        ("وقعت روسيا اتفاقا مع الصين، في خطوة تعزز التعاون والشراكة بين البلدين.", "china", "none"),
        (
            "وقعت روسيا اتفاقا مع الصين، في خطوة تعزز التعاون والشراكة بين البلدين.",
            "russia",
            "none",
        ),
    ],
)
def test_blame_fear_and_hostility(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, rows(sentence)["hits"].to_dict()


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # after أنه the verb's subject is the pronoun: the actor after the verb is its object
        ("ورأى مراقبون أنه يدعم بوتين بلا تحفظ.", "russia", "favor"),
        # sponsoring a hostile thing judges the sponsor
        ("وكشف التقرير عن تمويل إيران للعمليات الإرهابية في المنطقة.", "iran", "against"),
        ("وأشاد الوزير بدعم روسيا لمكافحة الإرهاب.", "russia", "favor"),
        # an adjective after an actor's adjective describes the same noun
        ("وتحدث الكاتب عن النظام السوري الوحشي وحلفائه.", "syria", "against"),
        ("وتحدث الكاتب عن دعم روسيا للنظام السوري الوحشي.", "russia", "none"),
    ],
)
def test_subjects_sponsors_and_stacked_adjectives(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, rows(sentence)["hits"].to_dict()


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # words of abuse judge their doer
        ("ووثقت المنظمة حالات تعذيب ممنهج على يد الأمن السوري.", "syria", "against"),
        ("واتهم التقرير القوات الإسرائيلية بالتواطؤ مع المستوطنين.", "israel", "against"),
        ("واعتقلت السلطات الإيرانية الصحفي اعتقالا تعسفيا.", "iran", "against"),
        # negated legality: غير قانوني is one word of blame; قانوني alone is neutral
        ("واعتبر الخبراء أن الاستيطان الإسرائيلي غير قانوني.", "israel", "against"),
        ("وأحالت روسيا المسألة إلى الإطار القانوني للمعاهدة.", "russia", "none"),
        # thanks are praise of the one thanked
        ("وشكر الرئيس الأوكراني ألمانيا على مساعداتها.", "germany", "favor"),
    ],
)
def test_words_of_abuse_and_thanks(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, rows(sentence)["hits"].to_dict()


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a circumstantial participle of evaluation judges its object
        ("وأنهى الوزير زيارته أمس، مشيدا بالموقف الروسي من الأزمة.", "russia", "favor"),
        ("وغادر السفير القاعة، متهما روسيا بعرقلة التحقيق.", "russia", "against"),
        # ... also an object whose adjective names the actor
        ("وألقى الرئيس كلمة، منتقدا السياسة الأمريكية في المنطقة.", "usa", "against"),
        # the noun of a defendant is no accusation
        ("وأصدرت المحكمة حكمها على المتهم الروسي.", "russia", "none"),
    ],
)
def test_participles_of_evaluation(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, rows(sentence)["hits"].to_dict()


def test_a_right_to_defend_itself_is_for_the_actor() -> None:
    sentence = "وشدد الوزير على حق إسرائيل في الدفاع عن نفسها."
    assert stance_of(sentence, "israel") == "favor", rows(sentence)["hits"].to_dict()


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the subject named before the verb: the actor after it is the object, not the holder
        (
            "وكانت روسيا نفت أي دور لها في القضية واتهمت بريطانيا بتضليل الرأي العام.",
            "uk",
            "against",
        ),
        # an adjective after ل and a noun: the actor that owns that noun
        ("وندد الوزيران بالهجمات الاستفزازية للنظام الإيراني في المنطقة.", "iran", "against"),
    ],
)
def test_objects_and_owners_after_the_word(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, rows(sentence)["hits"].to_dict()


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the warned is the object after the subject, also a title with its adjective
        ("وحذرت إيران الرئيس الأميركي من عواقب أي تصعيد.", "usa", "against"),
        ("حذر الرئيس ترامب تركيا من عقوبات كبيرة.", "turkey", "against"),
        ("حذر الرئيس ترامب تركيا من عقوبات كبيرة.", "usa", "none"),
        # a title, its adjective and the name are one subject: nobody is warned
        ("وحذر الرئيس السوري بشار الأسد من أي تدخل خارجي.", "syria", "none"),
    ],
)
def test_the_subject_of_a_warning_is_not_warned(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, rows(sentence)["hits"].to_dict()


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the actor right before the charge is the accused, even when the verb opens its clause
        (
            "والرياض التي تقود التحالف في اليمن، تتهم إيران بتزويد الحوثيين بالصواريخ.",
            "iran",
            "against",
        ),
        # ... but the ب of a verb's own object follows its subject
        ("ندد الكرملين بالتصعيد الأمريكي في المنطقة.", "russia", "none"),
        # people named by a plural adjective right after the subject are warned
        ("وحذرت إسرائيل الفلسطينيين من المشاركة في المسيرة.", "palestine", "against"),
    ],
)
def test_the_accused_and_the_warned_people(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, rows(sentence)["hits"].to_dict()


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # present-tense verbs of evaluation
        ("والحكومة الفرنسية تندد بالتدخل الروسي في الانتخابات.", "russia", "against"),
        # a relative pronoun before the verb is no subject noun: the actor after it is
        ("في الوقت الذي يحتج فيه إيرانيون على الغلاء.", "iran", "none"),
        # the pronoun object refers to a person, not to his nationality adjective
        ("وتطالب واشنطن بالإفراج عن قس أمريكي تتهمه أنقرة بالتجسس.", "usa", "none"),
    ],
)
def test_present_verbs_relatives_and_people(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, rows(sentence)["hits"].to_dict()


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a doer named after من جانب that is no actor: no fallback to the actor before
        ("واقترحت الولايات المتحدة فقرة تدين العنف من جانب حماس.", "usa", "none"),
        # مع is the object of solidarity, not of protest
        ("وبدأ الفلسطينيون احتجاجاتهم قرب الحدود مع إسرائيل قبل أشهر.", "israel", "none"),
        ("وأعلن الوزير تضامن بلاده مع أوكرانيا.", "ukraine", "favor"),
        # ... but after an actor's adjective that describes a noun, it describes that noun
        ("وقال الوزير إن الخطوة الأمريكية مرفوضة.", "usa", "against"),
    ],
)
def test_doers_objects_and_adjectives(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, rows(sentence)["hits"].to_dict()


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # cutting off or stopping support is no support
        ("وستواصل الولايات المتحدة قطع الدعم المادي عن النظام السوري.", "syria", "against"),
        # a coordinated noun before the adjective: the actor owns the support, not receives it
        ("وكان الدعم والتوجيه الإيراني سببا في ظهور الجماعة.", "iran", "none"),
    ],
)
def test_stopped_and_owned_support(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, rows(sentence)["hits"].to_dict()


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a positive adjective agreeing with a noun before it praises that thing, not an actor
        ("وتحدث الوزير الفرنسي عن المفاوضات الناجحة في جنيف.", "france", "none"),
        ("وذكرت تقارير أن باريس حصلت على معلومات استخباراتية موثوقة.", "france", "none"),
        # ... but a predicate stays about the subject (indefinite after a definite word)
        ("وجاء تعامل موسكو الأولي متزنا.", "russia", "favor"),
    ],
)
def test_attributive_praise_is_of_a_thing(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, rows(sentence)["hits"].to_dict()


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the actor held responsible for a hostile act
        ("وأكد القادة أن روسيا هي المسؤولة عن محاولة تسميم الجاسوس.", "russia", "against"),
        ("والتقى الوزير المسؤول الروسي عن الملف النووي.", "russia", "none"),
        ("ونفت روسيا مسؤوليتها عن الهجوم.", "russia", "none"),
        # a lone بـ before a quoted charge
        ('وقد اتهمت المستشارة السابقة البيت الأبيض بـ"الكذب".', "usa", "against"),
    ],
)
def test_responsibility_and_quoted_charges(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, rows(sentence)["hits"].to_dict()


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a name that starts with ب still carries the preposition ب (ببريطانيا), and the object
        # after it is judged even when the speaker phrase runs up to it
        ("وانتقد الوزير تعامل الشرطة ببريطانيا مع القضية.", "uk", "against"),
        ("وقال الوزير إن بريطانيا بلد صديق.", "uk", "none"),
    ],
)
def test_a_preposition_on_a_name_with_the_same_letter(
    sentence: str, target: str, stance: str
) -> None:
    assert stance_of(sentence, target) == stance, rows(sentence)["hits"].to_dict()


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # where a weapon is aimed is its victim (باتجاه، صوب)
        ("أطلقت الفصائل صواريخ باتجاه سوريا كانت طائشة وتصعيدية.", "syria", "none"),
        ("سقطت قذائف عشوائية صوب إيران وأثارت الذعر.", "iran", "none"),
        # the Islamic Republic is Iran: acts against it are not its own
        ("وأدان البيان الأعمال العدوانية والإرهابية ضد الجمهورية الإسلامية.", "iran", "none"),
        ("تمارس الجمهورية الإسلامية سياسة عدوانية في المنطقة.", "iran", "against"),
        # a relative subject before a verb of harm: the actor after the verb is its object
        ("ما دمر سوريا كان الفساد والقمع وليس التدخل الخارجي.", "syria", "none"),
        ("وحذر من الخطر الذي يهدد إيران ومن الفوضى.", "iran", "none"),
        # the subject of a verb of response is not the doer of what it responds to...
        ("كيف سترد الحكومة السورية، المنشغلة بالمفاوضات، على هذا العدوان السافر؟", "syria", "none"),
        # ...but the hostile means of its response are its own
        ("ردت روسيا على العقوبات بإجراءات عدائية ضد الشركات الغربية.", "russia", "against"),
        ("فرضت الدول الغربية عقوبات على روسيا ردا على انتهاكاتها.", "russia", "against"),
        # ل on a word with a possessive is a preposition: those addressed are not the doers
        ("ونقول لأشقائنا السوريين لا تخافوا من هذا الاحتلال.", "syria", "none"),
    ],
)
def test_aimed_at_responded_to_and_addressed(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, rows(sentence)["hits"].to_dict()


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the pronoun on a condemnation that a verb of expressing governs is the one condemning
        (
            "أعربت سوريا عن إدانتها الشديدة ورفضها المطلق إزاء التوغل الأجنبي في أراضيها.",
            "syria",
            "none",
        ),
        # the actor right before من قبل / على يد is the one the act is done to
        (
            "وقالت المنظمة إن ملاحقة الفلسطينيين على يد مستوطنين متطرفين جريمة وحشية.",
            "palestine",
            "none",
        ),
        # annexing a territory harms its owner
        ("وأدان الوزير ضم شبه جزيرة القرم الأوكرانية بشكل غير قانوني.", "ukraine", "none"),
    ],
)
def test_expressed_condemnation_named_doer_and_annexation(
    sentence: str, target: str, stance: str
) -> None:
    assert stance_of(sentence, target) == stance, rows(sentence)["hits"].to_dict()


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a nationality adjective after a noun of a private person names the person's
        # nationality, not the state...
        ("وتعرضت اللاعبة الأوكرانية لانتقادات حادة بعد خسارتها.", "ukraine", "none"),
        ("واعتبر المدرب أن أداء اللاعب الإيراني كان سيئا ومخيبا.", "iran", "none"),
        # children are private persons too: the fear that they turn to crime, and the violence
        # they suffer, judge no state
        (
            "ويخشى السكان أن يتحول الأطفال السوريون إلى مجرمين، ويشيرون إلى العنف ضد"
            " هؤلاء الأطفال.",
            "syria",
            "none",
        ),
        # ...as does an indefinite plural one after a number
        (
            "وأعلن الادعاء أن الشرطة اعتقلت 10 سوريين يشتبه في قيامهم بجرائم إرهابية.",
            "syria",
            "none",
        ),
        # so does one after a woman, a citizen or a fisherman, also in the accusative or behind ل:
        # the charge or the success is the person's
        ("ووجهت المحكمة الاتهام لامرأة روسية بغسل الأموال.", "russia", "none"),
        ("واتهم المدعي العام مواطنا فرنسيا بالاعتداء على شرطي.", "france", "none"),
        ("ونجح صياد أميركي في اصطياد سمكة نادرة.", "usa", "none"),
        # officials stand for their state
        ("واتهم الوزير مسؤولين سوريين بارتكاب جرائم حرب.", "syria", "against"),
        # a rights monitor named by its nationality is no state: what it documents is not its
        # deed, though the deeds it reports of the state's forces still count
        (
            "أصدرت الشبكة السورية لحقوق الإنسان تقريرا وثقت فيه مقتل مئات المدنيين بسبب التعذيب.",
            "syria",
            "none",
        ),
        (
            "وقال المرصد السوري لحقوق الإنسان إن القوات السورية ارتكبت مجزرة وحشية في البلدة.",
            "syria",
            "against",
        ),
    ],
)
def test_nationality_of_private_people_is_no_state(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, rows(sentence)["hits"].to_dict()
