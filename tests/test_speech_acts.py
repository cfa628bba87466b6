"""Speech acts without a complementiser (evaluation, opinion and object verbs, participles) and
the subject who performs them, through :func:`helpers.attribution.find_quotes`."""

from __future__ import annotations

import pytest

from helpers.attribution import find_quotes


def only(text: str) -> dict:
    quotes = find_quotes(text)
    assert len(quotes) == 1, quotes
    return quotes.iloc[0].to_dict()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'أدانت فرنسا على لسان رئيسها، إيمانويل ماكرون، "القمع الذي مارسته الشرطة" ضد المحتجين.',
            "فرنسا على لسان رئيسها، إيمانويل ماكرون",
        ),
        ("ورحبت ألمانيا على لسان وزير خارجيتها بالاتفاق.", "ألمانيا على لسان وزير خارجيتها"),
        # على without لسان is no speaker
        ("ورحبت ألمانيا على الفور بالاتفاق.", "ألمانيا"),
    ],
)
def test_the_one_through_whose_mouth_a_state_speaks_is_in_the_speaker(
    text: str, speaker: str
) -> None:
    assert only(text)["speaker"] == speaker


def test_a_participle_that_opens_its_sentence_continues_the_speaker_before() -> None:
    # "adding ... , repeating his denial of ...": both the president's, after a sentence break
    text = (
        'وقال الرئيس إن الحملة كانت نظيفة. مضيفا "لقد فزنا بجدارة"، مكررا نفيه الشديد'
        " لمزاعم تدخل أجنبي في الانتخابات."
    )
    quotes = find_quotes(text)
    assert quotes["speaker"].tolist() == ["الرئيس"] * 3
    assert quotes["cue"].tolist() == ["وقال", "مضيفا", "مكررا"]
    assert quotes["quote"].iloc[2].startswith("مكررا نفيه")


def test_a_participle_inside_its_sentence_does_not_borrow_the_speaker_before() -> None:
    text = "قال الوزير إن الحوار مستمر. وغادر الوفد القاعة، نافيا وجود خلافات."
    quotes = find_quotes(text)
    assert quotes["cue"].tolist() == ["قال", "نافيا"]
    # its own clause's subject (the sentence's first), never the minister of the sentence before
    assert quotes["found"].tolist() == ["after-cue", "before-cue"]
    assert quotes["speaker"].tolist() == ["الوزير", "الوفد"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("ورفضت إيران جميع الاتهامات الأوروبية.", "إيران"),
        ("وانتقدت موسكو كل العقوبات المفروضة عليها.", "موسكو"),
    ],
)
def test_a_quantifier_after_the_subject_opens_the_object(text: str, speaker: str) -> None:
    assert only(text)["speaker"] == speaker


def test_not_ruling_out_is_a_statement_ruling_out_a_player_is_not() -> None:
    # "did not rule out the team's withdrawal": the minister's view, from the verb on
    text = "ولم يستبعد وزير الرياضة، الأحد، انسحاب الفريق من البطولة في حال ثبوت التلاعب."
    row = only(text)
    assert (row["speaker"], row["cue"]) == ("وزير الرياضة", "يستبعد")
    assert row["quote"].endswith("ثبوت التلاعب.")
    assert find_quotes("ويستبعد المدرب اللاعب المصاب من التشكيلة.").empty


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وأقر مكتب الادعاء بفشله في متابعة البلاغ.", "مكتب الادعاء"),
        ("واعترفت الشركة الأمريكية، الاثنين، بتعرض خوادمها لاختراق واسع.", "الشركة الأمريكية"),
    ],
)
def test_an_admission_with_its_ba_object_is_its_subjects_words(text: str, speaker: str) -> None:
    row = only(text)
    assert row["speaker"] == speaker
    assert row["quote"].startswith(("وأقر", "واعترفت"))


def test_passing_a_law_is_no_admission() -> None:
    assert find_quotes("وأقر البرلمان قانونا جديدا للانتخابات.").empty


def test_the_pluperfect_subject_before_a_comma_speaks() -> None:
    # "the former president had said ...": كان X، قد أكد names X, not the speaker before
    text = "وقال الوزير إن الحوار مستمر. وكان الرئيس السابق، قد أكد أن الحرب انتهت."
    quotes = find_quotes(text)
    assert quotes["speaker"].tolist() == ["الوزير", "الرئيس السابق"]
    assert quotes["found"].tolist() == ["after-cue", "before-cue"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a one-word subject the gazetteer names takes no genitive: the definite word is the object
        ("واتهمت لندن المخابرات العسكرية بتنفيذ الهجوم.", "لندن"),
        # adverbs after the subject end it
        ("وانتقدت الوزيرة مرة أخرى نظام الانتخابات.", "الوزيرة"),
        ("وتتهمها الحكومات الغربية منذ سنوات بالتقصير.", "الحكومات الغربية"),
        # a title's genitive after a word that only looks like a name stays (ولي starts with و)
        ("وأدان ولي العهد الهجوم على السفارة.", "ولي العهد"),
        # a name takes no genitive: the construct after it is the object
        ("وانتقد بوتين رئيس الوزراء البريطاني.", "بوتين"),
    ],
)
def test_the_subject_ends_before_its_object_or_an_adverb(text: str, speaker: str) -> None:
    assert only(text)["speaker"] == speaker


def test_a_detached_ba_is_no_speaker() -> None:
    # التي وصفها بـ"..." : the relative clause's describer is the sentence's speaker
    text = 'واتهم القائد بعض الدول، التي وصفها بـ"الخائنة"، بأنها شريكة.'
    assert find_quotes(text)["speaker"].tolist() == ["القائد", "القائد"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a given name alone after a title: the definite word after it is the family name
        (
            "وانتقد الرئيس السوري بشار الأسد السياسات الغربية في المنطقة.",
            "الرئيس السوري بشار الأسد",
        ),
        ("واتهم وزير الخارجية عادل الجبير الحكومة بالتقصير.", "وزير الخارجية عادل الجبير"),
        # a full name, or one the gazetteer knows, is complete: the definite word is the object
        ("ووصف الرئيس الفرنسي إيمانويل ماكرون الهجوم بأنه جبان.", "الرئيس الفرنسي إيمانويل ماكرون"),
        # a name that starts with ف + ل is no preposition
        ("وأدان الرئيس الروسي فلاديمير بوتين الضربات.", "الرئيس الروسي فلاديمير بوتين"),
    ],
)
def test_a_title_and_the_whole_name_after_it(text: str, speaker: str) -> None:
    assert only(text)["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "ردت الصين بحدة على سفيرة كندا لدى الأمم المتحدة، بعد أن هددت الأخيرة بأن بلادها"
            " ستفرض رسوما جديدة.",
            "سفيرة كندا",
        ),
        ("اجتمع الوزير بنظيره الإيطالي، وأكد الأخير أن الحوار مستمر.", "نظيره الإيطالي"),
    ],
)
def test_the_latter_is_the_party_named_last(text: str, speaker: str) -> None:
    assert find_quotes(text)["speaker"].tolist()[-1] == speaker


def test_the_latter_without_a_party_before_it_continues_the_speaker() -> None:
    text = "وقال المتحدث إن الاجتماع انتهى. وأكد الأخير أن الحوار مستمر."
    assert find_quotes(text)["speaker"].tolist() == ["المتحدث", "المتحدث"]


def test_a_title_and_a_persons_name_are_one_subject_not_its_object() -> None:
    import pandas as pd

    from helpers.stance import stance_sentences

    text = "وانتقد الرئيس بوتين الهجوم الإرهابي على المدينة."
    rows = stance_sentences(pd.DataFrame({"article_id": ["a"], "body": [text]}), ["russia"])
    [row] = rows.itertuples()
    assert (row.stance, row.holder) == ("none", "الرئيس بوتين")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وتعهد الرئيس بمحاسبة كل من تورط في الهجوم.", "الرئيس"),
        ("تعهدت الحكومة الجديدة، الأحد، بإصلاح القضاء.", "الحكومة الجديدة"),
        # the participle after a pluperfect: the subject between كان and قد
        ("وكانت الوزارة قد رفضت الشروط، متعهدة بالدفاع عن حقوق الصيادين.", "الوزارة"),
        ("وكان المجلس قد اجتمع أمس، متعهدا بمواصلة الحوار.", "المجلس"),
    ],
)
def test_a_pledge_with_what_it_pledges_is_speech(text: str, speaker: str) -> None:
    assert find_quotes(text)["speaker"].tolist()[-1] == speaker


def test_a_pledge_without_its_ba_object_is_no_speech() -> None:
    assert find_quotes("وتعهد المشروع الجديد مسؤولية الطرق.").empty


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a title named again by one of its words is the speaker named before, in full
        (
            "وقال المتحدث باسم الرئاسة إن الحوار ممكن. وتابع المتحدث أن الحكومة لن تتراجع.",
            ["المتحدث باسم الرئاسة", "المتحدث باسم الرئاسة"],
        ),
        # the statement named again is its issuer's
        (
            "وقالت المنظمة الحقوقية في تقرير لها إن السجون مكتظة. وأكد التقرير أن السجناء"
            " يتعرضون للتعذيب.",
            ["المنظمة الحقوقية", "المنظمة الحقوقية"],
        ),
        (
            "وأصدرت وزارة الزراعة بيانا قالت فيه إن المحصول وفير. وأضاف البيان أن الأسعار ستنخفض.",
            ["وزارة الزراعة", "وزارة الزراعة"],
        ),
        # another statement, or another speaker, keeps its own name
        (
            "وقال الوزير إن الحوار ممكن. وأضاف البيان الختامي أن الأسعار ستنخفض.",
            ["الوزير", "البيان الختامي"],
        ),
        ("وقال الوزير إن الحوار ممكن. وأكد الرئيس أن الأسعار ستنخفض.", ["الوزير", "الرئيس"]),
    ],
)
def test_a_speaker_named_again_is_the_one_named_before(text: str, speakers: list[str]) -> None:
    assert find_quotes(text)["speaker"].tolist() == speakers


@pytest.mark.parametrize(
    ("text", "speaker", "inside"),
    [
        ("علق الكاتب، السبت، على القرار، منتقدا الحكومة.", "الكاتب", "منتقدا"),
    ],
)
def test_commenting_is_speech(text: str, speaker: str, inside: str) -> None:
    quotes = find_quotes(text)
    assert quotes["speaker"].tolist()[-1] == speaker
    assert any(inside in q for q in quotes["quote"])


@pytest.mark.parametrize(
    ("text", "speaker", "inside"),
    [
        ("وخلصت لجنة التحقيق إلى أن الهجوم كان متعمدا.", "لجنة التحقيق", "متعمدا"),
        ("وكان المحققون قد خلصوا إلى أن الحكومة ضللت البرلمان.", "المحققون", "ضللت"),
    ],
)
def test_a_conclusion_reached_is_its_subjects_words(text: str, speaker: str, inside: str) -> None:
    quotes = find_quotes(text)
    assert quotes["speaker"].tolist()[-1] == speaker
    assert any(inside in q for q in quotes["quote"])


def test_suspending_is_no_comment() -> None:
    assert find_quotes("وعلقت الحكومة العمل بالاتفاق.").empty


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a ب-word with its owner's pronoun ends the speaker phrase
        ("وذكرت الصحيفة بطلبها أن الوثائق تكشف الحقيقة.", "الصحيفة"),
        ("وقال الوزير بدوره إن الاتفاق صامد.", "الوزير"),
        # من جهة أخرى, من جانبه: adverbials, not the speaker
        ("وأوضح البيان من جهة أخرى أن الأسعار سترتفع.", "البيان"),
        # his counterpart is the object, not part of the subject
        ("واتهم الرئيس سامي خليل نظيره الجديد بالتقصير.", "الرئيس سامي خليل"),
        # pointing the finger of accusation is an accusation
        ("وكانت الحكومة قد وجهت أصابع الاتهام إلى الشركة.", "الحكومة"),
    ],
)
def test_where_a_speaker_phrase_ends(text: str, speaker: str) -> None:
    assert find_quotes(text)["speaker"].tolist()[0] == speaker


def test_the_one_spoken_to_is_no_speaker() -> None:
    assert find_quotes("وقال للرئيس إن الاجتماع تأجل.")["speaker"].isna().all()
    assert find_quotes("وقال لموسكو إن الاجتماع تأجل.")["speaker"].isna().all()
    # a name that starts with ل speaks
    assert find_quotes("وقال لؤي حداد إن الاجتماع تأجل.")["speaker"].tolist() == ["لؤي حداد"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the clause after بأن is inside the quotation: its subject does not speak the verb
        # after the quotation, which continues the speaker named before
        (
            'وقالت المندوبة إن بلادها ستواصل الضغط. وأضافت: "نحن على ثقة تامة بأن الحكومة'
            ' مسؤولة" وقالت إن المجلس "فشل في التحرك".',
            ["المندوبة", "المندوبة", "المندوبة"],
        ),
        # a name in marks after بأن is the subject of the verb after it
        ('وقال مصدر دبلوماسي بأن "حماس" اتهمت إسرائيل بخرق التهدئة.', ["مصدر دبلوماسي", "حماس"]),
    ],
)
def test_words_of_a_closed_quotation_are_no_subject(text: str, speakers: list[str]) -> None:
    assert find_quotes(text)["speaker"].tolist() == speakers


def test_as_reported_closes_a_claim_with_its_source() -> None:
    # "..., as the Dutch authorities reported": the sentence is their claim
    text = "وكان العملاء أوقفوا آلية قرب مقر المنظمة لقرصنة نظامها، كما ذكرت السلطات الهولندية."
    assert find_quotes(text)["speaker"].tolist() == ["السلطات الهولندية"]
    # كما before a verb that is no verb of saying is "also": no source
    assert find_quotes("وطردت الإدارة دبلوماسيين، كما أمرت القنصلية بإغلاق أبوابها.").empty


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        # في after a noun of a part with its pronoun completes the quoted clause
        ('وذكر الأمين العام في بيان "أدعو روسيا إلى قبول مسؤوليتها" في الكارثة.', "في الكارثة."),
        # في before a statement noun says where it was said: the quote ends at its mark
        ('وقال الوزير "ندعو روسيا إلى تحمل مسؤوليتها" في مؤتمر صحفي.', 'مسؤوليتها"'),
    ],
)
def test_a_quotation_goes_on_with_the_complement_of_its_last_noun(text: str, tail: str) -> None:
    quote = find_quotes(text).iloc[0]
    assert text[quote["start"] : quote["end"]].endswith(tail)
