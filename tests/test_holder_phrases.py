"""The holder a speaker phrase names (helpers.holder_phrases, issue 12 item 1): the
evaluator's noun phrase, never a fragment. Every phrase and sentence here is written for
these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.holder_phrases import evaluator_phrase
from helpers.stance import holder_of, stance_sentences
from helpers.stance_views import UNKNOWN_HOLDER, who_says_what


@pytest.mark.parametrize(
    ("speaker", "holder"),
    [
        ("ووافقت الحكومة الكندية", "الحكومة الكندية"),  # a past verb with its person's ending
        ("وتبنى المجلس الأوروبي", "المجلس الأوروبي"),  # an imperfect-shaped past verb
        ("وسارع رئيس البرلمان", "رئيس البرلمان"),  # a verb of form III
        ("ولكن المفوضية", "المفوضية"),  # a particle
        ("نقلته صحيفة محلية", "صحيفة محلية"),  # a verb of relaying with its pronoun
        ("ذكره دبلوماسي غربي", "دبلوماسي غربي"),
        ("يرى المحللون", "المحللون"),
        ("خلالها الوزيرة", "الوزيرة"),  # a time word with its pronoun
        ("والتقى الأمير", "الأمير"),  # a past verb that opens with ال
    ],
)
def test_what_comes_before_the_subject_is_no_holder(speaker: str, holder: str) -> None:
    assert evaluator_phrase(speaker) == holder


@pytest.mark.parametrize(
    ("speaker", "holder"),
    [
        ("المفوضية الأوروبية مطلع آذار/مارس الماضي", "المفوضية الأوروبية"),
        ("المبعوث الأممي بالقول", "المبعوث الأممي"),  # "by saying": what he said follows
        ("وزارة الصحة في نوفمبر", "وزارة الصحة"),
        ("البنك المركزي عام 2019", "البنك المركزي"),
        ("الوزير لدى وصوله إلى المطار", "الوزير"),
        ("رئيس الوزراء بعد لقائه نظيره", "رئيس الوزراء"),
        ("شولتس لبي بي سي", "شولتس"),  # the channel spoken to
        ("المتحدث في تغريدة", "المتحدث"),  # the statement it was said in
        ("النائبة على حسابها", "النائبة"),
        ("ميلوني متحدثة", "ميلوني متحدثة"),  # an indefinite noun, no participle in ا
        ("الوزيرة مطولا", "الوزيرة"),  # a circumstantial participle
        ("الصين تورطها", "الصين"),  # a noun owned by a pronoun: the verb's object
        ("إدارة بايدن تمديده", "إدارة بايدن"),
        ("ألمانيا المحادثات مع", "ألمانيا"),  # a run-on past a gazetteer name
        ("فرنسا انسحاب", "فرنسا"),
        ("فرنسا ي", "فرنسا"),  # a stray letter
        ('صحيفة "الوطن', "صحيفة الوطن"),  # a paper's name after an unclosed mark
        ('المحلل "العودة إلى الحرب', "المحلل"),  # a quoted title is no part of the holder
        ("البنك الدولي 120 مليون دولار", "البنك الدولي"),
        ("وأصدر وزراء المالية بيانا", "وزراء المالية"),  # a verb of form IV, its object
        ("الوزير متحدثا", "الوزير"),
        ("زعماء الاتحاد الأوروبي خطة لندن", "زعماء الاتحاد الأوروبي"),  # the judged thing
        ("الرئيس الإيراني حسن روحاني سياسة واشنطن", "الرئيس الإيراني حسن روحاني"),
        ("الكرملين قرار", "الكرملين"),
        ("المتحدثة وفد الحكومة", "المتحدثة"),
        ("نقلته الوكالة الرسمية على لسان الوزير", "الوزير"),  # in the words of
        ("مصادر تركية الحكومة", "مصادر تركية"),  # no definite word describes them
        ("المحلل بشكل واضح", "المحلل"),  # a manner adverbial
        ("الوزيرة في سلسلة تغريدات", "الوزيرة"),  # the statements she wrote in
        ("الباحث على موقع المركز", "الباحث"),  # the site he wrote on
        ("محللون تعتبر", "محللون"),  # the next verb of saying
        ("النقابة وتقول النقابة", "النقابة"),
        ("المدرب عندما طلب منه", "المدرب"),
        ("البيان مدى عزلة الحكومة", "البيان"),  # what is stressed
        ("وزير الخارجية الأردني أيمن الصفدي وقوف بلاده", "وزير الخارجية الأردني أيمن الصفدي"),
        ("الرئيس بالـ", "الرئيس"),  # a preposition and article written apart
    ],
)
def test_what_runs_past_the_name_is_cut(speaker: str, holder: str) -> None:
    assert evaluator_phrase(speaker) == holder


@pytest.mark.parametrize(
    "speaker",
    [
        "يعتقد",  # a lone verb
        "وكنا",
        "وسرعان",  # particles and adverbs
        "كثيرا",
        "بالتالي",  # a preposition written onto the article
        "وذلك",  # a demonstrative
        "هذا الموقف",
        "تقريره",  # a noun owned by a pronoun that is no person
        "موقفها بأن",
        "دليلا",  # an indefinite accusative
        "خطرا حقيقيا",
        "قراراً",
        "ألمانية",  # only a nationality adjective
        "والسبت",  # a day
        "نوفمبر/تشرين الثاني 2019",  # a month
        "فريقا",
        "فرنسية وكان المبعوث",  # an adjective with no noun before it
        "له",
        "جاء",  # a verb of coming with no subject after it
        "عما",  # what (he said)
        "لصحفيين",  # the ones spoken to
        "علانية",  # an adverb
        "خطط الحكومة",  # the judged thing, not its judge
    ],
)
def test_a_phrase_that_names_no_one_gives_no_holder(speaker: str) -> None:
    assert evaluator_phrase(speaker) == ""


@pytest.mark.parametrize(
    "speaker",
    [
        "وزارة الداخلية الإسبانية",
        "مسؤولون فرنسيون",
        "وليد الحسيني",  # و is part of the name
        "وسائل إعلام يابانية",
        "الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا",
        "المتحدث باسم الشرطة، الرائد سامي الخطيب",
        "الخبراء",
        "صحيفة لوفيغارو",
        "نظيره الإيطالي",  # a person owned by a pronoun
        "زملاؤه",
        "عائلته",  # his family: people
        "أنقره",  # a capital with its ة written ه
        "ماريا سانشيز",  # a name ending in ا
        "روسيا وبيلاروسيا",  # names joined by و
        "السفير البريطاني لدى الأمم المتحدة",
        "مراسلة فرانس 24",  # a two-digit number in a channel's name
        "3 مسؤولين أمنيين",
        "السوريون",  # a plural nationality names a people
        "تركي الفيصل",  # a name the gazetteer reads as one, no adjective
        "فالكاو",  # ف opens the name
        "والاس",
        "ويكيليكس",  # a name, not و and an imperfect
        "كثيرا من المحللين",  # a quantity of people, no adverb
        "BBC",
        "منظمة حظر الأسلحة الكيميائية",  # an indefinite head owns the noun after it
        "رئيس وفد المعارضة",
        "مسؤول عسكري تركي",  # a noun and its adjectives
        "هيئة حماية اللاجئين",  # a noun in construct that ends like an adjective
        "المتحدث سامي الخطيب",  # a name ending like an adjective after a definite title
        "مدير المكتب كريستوفر راي",  # a name written like the noun رأي
        "مندوبها داني دانون",  # a name ending like a plural verb of condemning
        "مشروع القرار",  # a document speaks
    ],
)
def test_a_real_holder_stays_whole(speaker: str) -> None:
    assert evaluator_phrase(speaker) == speaker


def test_a_conjunction_before_a_name_goes() -> None:
    assert evaluator_phrase("وروسيا") == "روسيا"
    assert evaluator_phrase("ونظيره الإيطالي") == "نظيره الإيطالي"


def test_holder_of_reads_the_phrase_and_drops_an_agency_left_alone() -> None:
    """``نقلته وكالة رويترز``: once the verb goes, a news agency is left, which relays."""
    assert holder_of("quoted", "ووافقت الحكومة الكندية") == "الحكومة الكندية"
    assert holder_of("quoted", "نقلته وكالة رويترز") == ""
    assert holder_of("outlet", None) == "outlet"


def test_a_noun_of_evaluation_is_what_is_said_not_who_says_it() -> None:
    assert holder_of("quoted", "الانتقادات") == ""
    assert holder_of("quoted", "البرلمان الأوروبي اتهامات") == "البرلمان الأوروبي"
    assert holder_of("quoted", "مكتب الرئيس تصريحات") == "مكتب الرئيس"
    assert holder_of("quoted", "تصريحات وزير المالية الألماني") == "وزير المالية الألماني"
    assert holder_of("quoted", "لائحة الاتهام") == "لائحة الاتهام"  # a document


def test_the_speaker_a_relaying_agency_names_holds_the_words() -> None:
    """``نقلت الوكالة ... على لسان الوزير``: the agency relays, the minister speaks."""
    assert holder_of("quoted", "نقلته وكالة الأنباء الرسمية على لسان رئيس الوزراء") == (
        "رئيس الوزراء"
    )
    assert holder_of("quoted", "وكالة الأنباء الرسمية") == ""


def test_a_cue_read_in_a_noun_gives_way_to_the_speaker_around_it() -> None:
    """``أعربت المملكة عن إدانتها واستنكارها``: the second noun is no speaker of the words
    after it; the kingdom that expressed both is."""
    body = "أعربت المملكة المغربية عن إدانتها واستنكارها للهجمات التي تشنها إيران على جيرانها."
    articles = pd.DataFrame({"article_id": ["a"], "body": [body], "outlet": ["X"]})
    rows = stance_sentences(articles, progress=False)
    iran = rows[rows["target"] == "iran"]
    assert iran["stance"].tolist() == ["against"]
    assert iran["holder"].tolist() == ["المملكة المغربية"]


def test_a_news_agency_in_quotation_marks_is_still_an_agency() -> None:
    assert holder_of("quoted", 'نقلته وكالة "رويترز" للأنباء') == ""


def test_a_row_without_a_holder_is_kept_and_counted_as_unnamed() -> None:
    """Nothing lost: a quoted row whose speaker phrase names no one keeps its stance and is
    counted under the unnamed holder of who says what."""
    body = "وسرعان ما أدان الهجوم الروسي على المدنيين، وقال إنه جريمة حرب."
    articles = pd.DataFrame({"article_id": ["a"], "body": [body], "outlet": ["X"]})
    rows = stance_sentences(articles, progress=False)
    russia = rows[rows["target"] == "russia"]
    assert len(russia) == 1
    assert russia["voice"].iloc[0] == "quoted"
    assert russia["stance"].iloc[0] == "against"
    assert russia["holder"].iloc[0] == ""
    table = who_says_what(rows)
    assert table.loc[table["target"] == "russia", "holder"].tolist() == [UNKNOWN_HOLDER]


def test_the_subject_of_a_voicing_verb_authors_the_criticism() -> None:
    """``عُرف الكاتب ... بانتقاداته لـ``: known for his criticism, so his; ``تعرضت ... لانتقادات``
    names whom it was aimed at, not who made it."""
    body = (
        "وعرف الصحفي المصري، الذي يقيم في باريس، بانتقاداته الحادة للحكومة الإيرانية. "
        "وتعرضت الحكومة البريطانية لانتقادات حادة بسبب الهجرة."
    )
    articles = pd.DataFrame({"article_id": ["a"], "body": [body], "outlet": ["X"]})
    rows = stance_sentences(articles, progress=False).set_index("target")
    assert rows.loc["iran", "stance"] == "against"
    assert rows.loc["iran", "holder"] == "الصحفي المصري"
    assert rows.loc["uk", "holder"] == ""


def test_an_office_keeps_its_genitive_in_the_holder() -> None:
    """``رئيس | الوزراء الإسرائيلي``: the adjective after an office word is the title's own,
    the holder does not stop at the bare office."""
    body = "واتهم رئيس الوزراء الإسرائيلي بنيامين نتنياهو، في خطاب، إيران بتهديد أمن المنطقة."
    articles = pd.DataFrame({"article_id": ["a"], "body": [body], "outlet": ["X"]})
    rows = stance_sentences(articles, progress=False)
    assert set(rows["holder"]) == {"رئيس الوزراء الإسرائيلي بنيامين نتنياهو"}


@pytest.mark.parametrize(
    ("speaker", "holder"),
    [
        ("الشرطة المغربية اعتقال ثلاثة مشتبه بهم", "الشرطة المغربية"),  # إفعال/افتعال
        ("الجيش الباكستاني استهداف القرى", "الجيش الباكستاني"),  # استفعال
        ("المحكمة العليا تعليق القرار", "المحكمة العليا"),  # تفعيل after a definite word
        ("مصادر محلية انسحاب المسلحين", "مصادر محلية"),  # after an indefinite nisba
        ("الرئيس الكيني إعلان الحكومة", "الرئيس الكيني"),
    ],
)
def test_a_verbal_noun_after_the_name_is_the_verbs_object(speaker: str, holder: str) -> None:
    """``أعلنت الشرطة المغربية اعتقال ...``: an indefinite verbal noun of a derived form after
    a definite word or a nisba is what the verb reports, not the rest of the speaker's name."""
    assert evaluator_phrase(speaker) == holder


@pytest.mark.parametrize(
    "speaker",
    [
        "المتحدث باسم الشرطة إيناس الكاظمي",  # a given name shaped like إفعال (weak letters)
        "الكاتب توفيق الحسيني",  # like تفعيل, with و
        "المدير العام للشركة",  # العام: a definite word, no verbal noun
        "وزيرة النقل الأردنية، أنمار الخصاونة",  # a name in apposition after a comma
        "هيئة تحرير الصحيفة",  # an indefinite head owns the verbal noun
    ],
)
def test_names_and_owned_verbal_nouns_stay_in_the_holder(speaker: str) -> None:
    assert evaluator_phrase(speaker) == speaker
