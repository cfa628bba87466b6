"""Reported speech: who speaks, through which cue, and which span is theirs."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.arabic import sentence_spans
from helpers.attribution import QUOTE_COLUMNS, find_quotes, load_speech_cues, quote_spans
from helpers.corpus import load_corpus


def only(text: str) -> dict:
    quotes = find_quotes(text)
    assert len(quotes) == 1, quotes
    return quotes.iloc[0].to_dict()


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "quote_start"),
    [
        (
            "وقال مسؤول في البيت الأبيض إن الاتصال استغرق 50 دقيقة.",
            "مسؤول في البيت الأبيض",
            "وقال",
            "الاتصال",
        ),
        (
            "وقال مساعد الرئيس الروسي للشؤون الدولية يوري أوشاكوف للصحفيين بأن المحادثات جدية.",
            "مساعد الرئيس الروسي للشؤون الدولية يوري أوشاكوف",
            "وقال",
            "المحادثات",
        ),
        ("أعلن الكرملين أن القمة ستعقد في جنيف.", "الكرملين", "أعلن", "القمة"),
        ("وتشدد موسكو أن أولويتها هي التفاوض.", "موسكو", "وتشدد", "أولويتها"),
        ("قالت وزيرة الخارجية في بيان إن الحوار مستمر.", "وزيرة الخارجية", "قالت", "الحوار"),
        ("صرح المتحدث باسم الحلف: «الباب مفتوح».", "المتحدث باسم الحلف", "صرح", "«الباب"),
        ("أعرب الكرملين عن ارتياحه للاتصال.", "الكرملين", "أعرب", "عن"),
    ],
)
def test_speaker_after_the_cue(text: str, speaker: str, cue: str, quote_start: str) -> None:
    row = only(text)
    assert (row["speaker"], row["cue"], row["found"]) == (speaker, cue, "after-cue")
    assert row["quote"].startswith(quote_start)
    assert text[row["start"] : row["end"]] == row["quote"]
    assert text[row["speaker_start"] : row["speaker_end"]] == speaker


def test_guillemets_end_the_quote_not_the_sentence() -> None:
    text = "قال الوزير: «لن نقبل التهديد. سنواصل الحوار» ثم غادر القاعة."
    row = only(text)
    assert row["quote"] == "«لن نقبل التهديد. سنواصل الحوار»"


def test_subject_before_the_verb_after_a_complementiser() -> None:
    text = "وأضاف المسؤول بأن الرئيس الأمريكي أكد لنظيره الروسي بأن نشر القوات أمر غير مقبول."
    quotes = find_quotes(text)
    assert quotes["speaker"].tolist() == ["المسؤول", "الرئيس الأمريكي"]
    assert quotes["found"].tolist() == ["after-cue", "before-cue"]
    # the inner quote is the innermost span at the evaluative words
    at = text.index("غير مقبول")
    covering = [(q.end - q.start, q.speaker) for q in quote_spans(text) if q.start <= at < q.end]
    assert min(covering)[1] == "الرئيس الأمريكي"  # the innermost span


def test_a_bare_cue_continues_the_last_speaker() -> None:
    text = "قال لافروف إن الحوار ممكن. وأكد أن روسيا لن تتراجع."
    quotes = find_quotes(text)
    assert quotes["speaker"].tolist() == ["لافروف", "لافروف"]
    assert quotes["found"].tolist() == ["after-cue", "earlier"]


def test_a_continuation_inherits_the_outer_not_the_nested_speaker() -> None:
    text = "وقال أوشاكوف إن بايدن حذر بوتين من عقوبات جديدة. وأكد أن الرئيسين وافقا على الحوار."
    quotes = find_quotes(text)
    assert quotes["speaker"].tolist() == ["أوشاكوف", "بايدن", "أوشاكوف"]


def test_participle_takes_the_speaker_of_its_sentence() -> None:
    text = "وعبّر الكرملين عن ارتياحه للاتصال، مؤكدًا أن الحوار سيستمر."
    quotes = find_quotes(text)
    assert quotes["speaker"].tolist() == ["الكرملين", "الكرملين"]
    assert quotes["found"].tolist() == ["after-cue", "same-sentence"]


def test_participle_without_a_speaker_takes_its_clause_subject() -> None:
    # the subject of the participle's sentence, never the previous sentence's speaker
    text = "قال زيلينسكي إن الدعم مستمر. واستبعد الوزير تقديم تنازلات، مشيرًا إلى أن المباحثات صعبة."
    quotes = find_quotes(text)
    assert quotes["speaker"].iloc[1] == "الوزير"
    assert quotes["found"].tolist() == ["after-cue", "before-cue"]
    # a one-word name ends the subject before the verb's object
    text = "وأعادت واشنطن فرض الرسوم على الواردات منذ شهر قائلة إن السوق غير عادلة."
    assert find_quotes(text)["speaker"].tolist() == ["واشنطن"]
    # a participle of saying after the verb is no speaker: the last one goes on
    text = "قال الوزير إن الدعم مستمر. وتابع قائلا إن المباحثات صعبة."
    assert set(find_quotes(text)["speaker"]) == {"الوزير"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("بحسب مصادر دبلوماسية، فإن القمة تأجلت.", "مصادر دبلوماسية"),
        ("وفقا لوكالة الأنباء الروسية، وصل الوفد إلى جنيف.", "وكالة الأنباء الروسية"),
    ],
)
def test_source_preposition_covers_its_sentence(text: str, speaker: str) -> None:
    row = only(text)
    assert row["speaker"] == speaker
    assert (row["start"], row["end"]) == (0, len(text))


def test_relay_takes_the_speaker_after_an() -> None:
    text = "ونقلت وكالة رويترز عن مسؤول أوروبي قوله إن العقوبات جاهزة."
    row = only(text)
    assert row["speaker"] == "مسؤول أوروبي"
    assert row["quote"] == "العقوبات جاهزة."


@pytest.mark.parametrize(
    "text",
    [
        "يعتبر هذا الاتصال الثاني من نوعه بين الرئيسين.",  # passive "is considered"
        "زار الرئيس الروسي العاصمة الصينية أمس.",  # no cue at all
        "قال الوزير كلمته ومضى.",  # a cue without a complement
    ],
)
def test_no_quote_without_reported_speech(text: str) -> None:
    quotes = find_quotes(text)
    assert quotes.empty
    assert list(quotes.columns) == QUOTE_COLUMNS


def test_offsets_survive_diacritics() -> None:
    text = "وأكّدَ المتحدثُ أنّ الحوارَ مستمرٌّ."
    row = only(text)
    assert row["speaker"] == "المتحدثُ"
    assert text[row["start"] :].startswith("الحوارَ")


def test_bad_cue_file_is_refused(tmp_path) -> None:
    path = tmp_path / "cues.txt"
    path.write_text("verb قال\n", encoding="utf-8")  # no tab
    with pytest.raises(ValueError, match="line 1"):
        load_speech_cues(path)
    path.write_text("whisper\tهمس\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 1"):
        load_speech_cues(path)


def test_an_adverbial_after_the_verb_is_not_a_speaker() -> None:
    text = "قال لافروف إن الحوار ممكن. وأوضح في الوقت نفسه أن روسيا لن تتراجع."
    quotes = find_quotes(text)
    assert quotes["speaker"].tolist() == ["لافروف", "لافروف"]
    assert quotes["found"].tolist() == ["after-cue", "earlier"]


def test_opinion_verb_without_complementiser_quotes_its_subject() -> None:
    # "the US holds some Russian demands unacceptable": the view runs to the end of the clause
    text = "إلا أن الولايات المتحدة تعتبر بعض المطالب الروسية غير مقبولة، وإن استبعدت القوى رداً."
    row = only(text)
    assert (row["speaker"], row["cue"], row["found"]) == ("الولايات المتحدة", "تعتبر", "before-cue")
    assert row["quote"] == "بعض المطالب الروسية غير مقبولة"


def test_opinion_verb_without_subject_is_no_quote() -> None:
    # "this call is considered important": no one holds the view but the outlet
    assert find_quotes("يعتبر هذا الاتصال مهما.").empty


@pytest.mark.parametrize(
    ("speaker", "agency"),
    [
        ("وكالة رويترز", True),
        ("رويترز", True),
        ("وكالات الأنباء الروسية", True),
        ("فرانس برس", True),  # فرانس starts with ف but is no conjunction
        ("تقرير لوكالة بلومبيرغ", True),
        ("وزارة الخارجية", False),
        ("الرئيس الأمريكي دونالد ترامب", False),
    ],
)
def test_news_agencies_are_sources(speaker: str, agency: bool) -> None:
    from helpers.cues import is_news_agency

    assert is_news_agency(speaker) is agency


def test_function_words_come_from_the_data_file() -> None:
    from helpers.arabic import normalize
    from helpers.cues import function_words

    assert {normalize(w) for w in ("على", "بحق", "داخل")} <= function_words("prepositions")
    assert "التي" in function_words("relatives")
    with pytest.raises(KeyError, match="no list"):
        function_words("adverbs")


def test_a_list_that_is_a_kind_of_speech_cue_is_read_from_the_cues() -> None:
    """The verbs of threat are written once (speech_cues.txt, kind ``threat``): the stance
    rules' list of them is that kind, every form, and a list naming a kind the cue file does
    not have stops with the list's name instead of matching nothing."""
    from helpers.arabic import normalize
    from helpers.cues import _listed, function_words

    forms = "هدد هددت يهدد تهدد هددوا يهددون توعد توعدت يتوعد تتوعد توعدوا لوح لوحت يلوح تلوح"
    assert function_words("threat_verbs") == {normalize(w) for w in forms.split()}
    with pytest.raises(ValueError, match=r"\[dread_verbs\].*'dread'"):
        _listed("dread_verbs", {"cue": "dread"})


def test_evaluation_verb_speaker_and_its_object() -> None:
    # the subject after the verb ends before a preposition-bearing word, a title keeps its
    # ل-genitive, and a participle continues the subject of the sentence's verb
    assert only("أشاد وزير الدفاع الإسرائيلي بالقرار.")["speaker"] == "وزير الدفاع الإسرائيلي"
    row = only("أدان الأمين العام للأمم المتحدة بشدة الهجوم.")
    assert (row["speaker"], row["quote"][:4]) == ("الأمين العام للأمم المتحدة", "أدان")
    quotes = find_quotes("أعلن الرئيس الأحد انسحابه، منددا بالتصعيد.")
    assert quotes["speaker"].tolist() == ["الرئيس", "الرئيس"]
    # the announcement (a verb whose object is what is said) ends at its clause
    assert quotes["quote"].tolist() == ["أعلن الرئيس الأحد انسحابه", "منددا بالتصعيد."]
    # urging is a speech act of its subject, as appealing is (حث، ناشد): not the outlet's words
    row = only("وحث رئيس الوزراء الدول الأعضاء على الوقوف مع الاتحاد الأوروبي في الأزمة.")
    assert (row["speaker"], row["quote"][:3]) == ("رئيس الوزراء", "وحث")


def test_a_name_before_a_headline_colon_is_the_speaker() -> None:
    row = only("محمد بن سلمان: تزويد الحوثيين بالصواريخ عدوان.")
    assert (row["speaker"], row["quote"]) == ("محمد بن سلمان", "تزويد الحوثيين بالصواريخ عدوان.")
    # a reporting verb before the colon is read from the verb, once
    assert only("قال الوزير: لن نقبل.")["cue"] == "قال"


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "inside"),
    [
        # a plural subject and an object pronoun are written onto the verb
        ("وقالوا إن الخطة فاشلة.", "وقالوا", None, "فاشلة"),
        ("ويقول محللون إن الحصار قاس.", "ويقول", "محللون", "قاس"),
        ("ووصفها الوزير بأنها غير عادلة.", "ووصفها", "الوزير", "غير عادلة"),
        ("وهي خطوة انتقدتها دول أوروبية عديدة.", "انتقدتها", "دول أوروبية عديدة", "انتقدتها"),
        ("وهذا ما أكده مسؤول في الوزارة بأن الهجوم مدبر.", "أكده", "مسؤول في الوزارة", "مدبر"),
        # verbs of belief, of writing and of talking about something report speech too
        ("ويعتقد مراقبون أن الاتفاق هش.", "ويعتقد", "مراقبون", "هش"),
        ("وغردت الوزيرة على تويتر: التصعيد مرفوض.", "وغردت", "الوزيرة", "مرفوض"),
        ("وكتب الرئيس في تغريدة أن الحوار انتهى.", "وكتب", "الرئيس", "انتهى"),
        ("وتحدث ضباط في الجيش عن دعم المجموعة للمتمردين.", "وتحدث", "ضباط في الجيش", "دعم"),
        (
            "ويصنفه الاتحاد الأوروبي على قائمة المنظمات الإرهابية.",
            "ويصنفه",
            "الاتحاد الأوروبي",
            "الإرهابية",
        ),
    ],
)
def test_verb_forms_and_verbs_of_belief(text: str, cue: str, speaker, inside: str) -> None:
    row = only(text)
    assert row["cue"] == cue
    assert (row["speaker"] if isinstance(row["speaker"], str) else None) == speaker
    assert inside in row["quote"]


def test_a_pronoun_on_a_noun_is_no_verb() -> None:
    # رأيه is "his opinion", طلبه "his request": no verb of saying
    assert find_quotes("وأبدى الكاتب رأيه في الرواية الجديدة.").empty
    assert find_quotes("وقدم اللاعب طلبه إلى إدارة النادي.").empty


def test_a_verb_whose_object_is_what_is_said_ends_at_the_next_report() -> None:
    text = "وأكد الحلف دعمه للخطة وقال أمينه العام إن التنفيذ يبدأ غدا."
    quotes = find_quotes(text)
    assert quotes["speaker"].tolist() == ["الحلف", "أمينه العام"]
    assert quotes["quote"].tolist() == ["وأكد الحلف دعمه للخطة", "التنفيذ يبدأ غدا."]
    # without a complementiser the denial is its subject's, up to the clause's end
    row = find_quotes("ونفت الشركة التورط في الفضيحة، وبدأت الشرطة تحقيقا.").iloc[0]
    assert (row["speaker"], row["quote"]) == ("الشركة", "ونفت الشركة التورط في الفضيحة")


def test_a_short_quoted_name_is_not_the_quote() -> None:
    text = 'وقال المتحدث باسم حزب "الوحدة الوطنية"، إن الحكومة أخفقت.'
    row = only(text)
    assert row["quote"] == "الحكومة أخفقت."
    text = 'وأفادت "الهيئة العامة للطيران" أن الرحلات ستعود.'
    assert only(text)["quote"] == "الرحلات ستعود."


def test_an_opinion_verb_owns_its_quoted_predicate() -> None:
    row = only('واعتبر الوزير القرار "خطأ فادحا".')
    assert (row["speaker"], row["quote"]) == ("الوزير", 'واعتبر الوزير القرار "خطأ فادحا".')


def test_quotation_marks_nest() -> None:
    text = 'وقال الوزير: "إن قرار جمعية "الإغاثة الدولية" كان متسرعا وخاطئا". ثم غادر.'
    assert only(text)["quote"] == '"إن قرار جمعية "الإغاثة الدولية" كان متسرعا وخاطئا"'


def test_according_to_what_he_said() -> None:
    # وفقا لما قاله X names X; without a name it is the sentence's own speaker
    row = only("الهدنة صامدة، وفقا لما قاله مسؤول محلي.")
    assert row["speaker"] == "مسؤول محلي"
    quotes = find_quotes("انتقد الوزير القرار بشدة، وفقا لما قاله الاثنين.")
    assert quotes["speaker"].tolist() == ["الوزير", "الوزير"]


def test_indirect_speech_runs_past_a_quoted_phrase() -> None:
    # after a complementiser the rest of the sentence is the speaker's
    text = 'وقالت الوزيرة إن "لا تفسير آخر" سوى أن الحكومة مسؤولة عن الهجوم. ثم غادرت.'
    assert only(text)["quote"] == '"لا تفسير آخر" سوى أن الحكومة مسؤولة عن الهجوم.'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title and a name in apposition name one speaker
        (
            "قالت المتحدثة باسم وزارة الصحة، سلمى الحسن، إن المستشفيات ممتلئة.",
            "المتحدثة باسم وزارة الصحة، سلمى الحسن",
        ),
        (
            "وأشار المستشار الألماني، كارل شميت، الأحد، إلى أن الحكومة ستتحرك.",
            "المستشار الألماني، كارل شميت",
        ),
        (
            'وقال الناطق باسم الجيش، العقيد سامر خليل لـCNN: "لن نتراجع".',
            "الناطق باسم الجيش، العقيد سامر خليل",
        ),
        # a weekday, an adverbial or a relative clause is no apposition
        ("وقال الوزير، الأحد، إن الحكومة ستتحرك.", "الوزير"),
        ("وقال مسؤول، ردا على سؤال، إن الحكومة ستتحرك.", "مسؤول"),
    ],
)
def test_a_title_and_its_name(text: str, speaker: str) -> None:
    assert find_quotes(text).iloc[0]["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # verb first: the subject is the noun phrase after the verb, up to its object
        ("ووصف الرئيس الفرنسي جان دوبوا الهجوم بأنه جبان.", "الرئيس الفرنسي جان دوبوا"),
        (
            "وانتقد الأمين العام للجامعة العربية أحمد أبو الغيط القرار.",
            "الأمين العام للجامعة العربية أحمد أبو الغيط",
        ),
        ("وهاجم المتحدث باسم الحكومة السياسة الجديدة.", "المتحدث باسم الحكومة"),
        (
            "وأشاد وزير الدفاع الإسرائيلي أفيغدور ليبرمان بالقرار.",
            "وزير الدفاع الإسرائيلي أفيغدور ليبرمان",
        ),
        # subject first
        (
            "وزير الخارجية الروسي سيرغي لافروف قال إن الحوار مستمر.",
            "وزير الخارجية الروسي سيرغي لافروف",
        ),
    ],
)
def test_the_subject_phrase_of_a_verb(text: str, speaker: str) -> None:
    assert find_quotes(text).iloc[0]["speaker"] == speaker


def test_a_quote_paragraph_continues_its_speaker() -> None:
    text = 'وقال الوزير إن الاتفاق سيئ.\n\n"الطرف الآخر ينتهكه كل يوم". وغادر الوفد القاعة.'
    quotes = find_quotes(text)
    assert quotes["speaker"].tolist() == ["الوزير", "الوزير"]
    assert quotes["quote"].tolist()[1] == '"الطرف الآخر ينتهكه كل يوم"'
    # not after a sentence of the outlet's own
    text = 'وقال الوزير إن الاتفاق سيئ. ثم غادر الوفد. "الطرف الآخر" انسحب أيضا.'
    assert len(find_quotes(text)) == 1


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the relaying agency is a source; the one it quotes holds the words
        ("وقالت الوكالة نقلا عن مسؤول عسكري إن الهجوم فشل.", "مسؤول عسكري"),
        # a statement is its issuer's words
        ("وقالت الوكالة نقلا عن بيان أصدرته النقابة إن الإضراب مستمر.", "النقابة"),
        ("وبحسب بيان صادر عن الوزارة، فإن المفاوضات متعثرة.", "الوزارة"),
        # the auxiliary of the pluperfect is no part of the subject
        ("وكانت الحكومة حذرت من أنها سترد.", "الحكومة"),
    ],
)
def test_who_holds_relayed_words(text: str, speaker: str) -> None:
    assert set(find_quotes(text)["speaker"]) == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker", "inside"),
    [
        # blame: ألقى/أنحى باللوم على evaluates, ألقى القبض does not
        ("وألقى الرئيس باللوم على المعارضة في الفوضى.", "الرئيس", "المعارضة"),
        # after a relative pronoun the verb's subject is its noun ...
        ("وأثارت القمة قلق الأعضاء الذين يخشون من أن يتفكك التحالف.", "الأعضاء", "يتفكك"),
        # ... unless the verb carries the pronoun of its object: then the subject follows
        ("وهو الموقف الذي أكده الرئيس بأن الاتفاق انتهى.", "الرئيس", "انتهى"),
        # a doubled conjunction is a slip, not another word
        ("ووقال السفير إن الحكومة مسؤولة.", "السفير", "مسؤولة"),
        # حسبما أفاد X: the source after the verb
        (
            "انقطعت الكهرباء عن المدينة، حسبما أفادت وسائل إعلام محلية.",
            "وسائل إعلام محلية",
            "الكهرباء",
        ),
        # the dual of an imperfect verb
        ("وقالت الرئاسة إن الرئيسين يعربان عن قلقهما من التصعيد.", "الرئيسين", "التصعيد"),
        # جدد/كرر: a repeated statement is its subject's
        ("وجدد الوزير رفضه للخطة.", "الوزير", "رفضه"),
    ],
)
def test_more_ways_to_report(text: str, speaker: str, inside: str) -> None:
    quotes = find_quotes(text)
    at = text.index(inside)
    covering = [q for q in quote_spans(text) if q.start <= at < q.end]
    assert covering and min(covering, key=lambda q: q.end - q.start).speaker == speaker, quotes


def test_a_blame_verb_needs_its_noun() -> None:
    assert find_quotes("وألقت الشرطة القبض على المشتبه به.").empty


def test_an_opinion_verb_after_a_relative_has_its_subject_after_it() -> None:
    text = "يخوض الحزب، الذي تعتبره حكومات عديدة منظمة محظورة، حملة جديدة."
    row = only(text)
    # the view is the governments' (their second object, an indefinite noun, still runs into
    # the phrase: without case endings the rules cannot see where the subject ends)
    assert row["speaker"].startswith("حكومات عديدة") and "محظورة" in row["quote"]


def test_a_relative_of_time_is_no_subject() -> None:
    row = only("وفي الوقت الذي تنفي فيه الحكومة وقوع هجوم، تتزايد الشكوك.")
    assert row["speaker"].startswith("الحكومة")


def test_a_speech_given_is_its_speakers() -> None:
    text = 'ألقى نائب الرئيس خطابا قويا حول "النشاط الخبيث" للحكومة.'
    row = only(text)
    assert (row["speaker"], row["quote"]) == ("نائب الرئيس", text)
    # past a title in apposition; هاجم فيها continues the speaker of the speech
    text = "ألقى سامي خليل، رئيس البرلمان، كلمة هاجم فيها الحكومة."
    assert find_quotes(text)["speaker"].tolist() == ["سامي خليل، رئيس البرلمان"] * 2
    # وجه + a noun of speech: an ultimatum, a warning, criticism
    text = "ووجه الرئيس في يناير إنذارا إلى الجيران بضرورة تعديل الاتفاق."
    assert (only(text)["speaker"], only(text)["quote"]) == ("الرئيس", text)
    assert find_quotes("ووجهت الطائرات ضربات إلى مواقع المسلحين.").empty


@pytest.mark.parametrize(
    ("text", "speaker", "inside"),
    [
        ("وبرر الوزير قراره بأن المحكمة تعد خرقا للسيادة.", "الوزير قراره", "خرقا"),
        ("واستهزأ الرئيس بزعيم المعارضة مرارا.", "الرئيس", "بزعيم"),
        ("ويقلل متابعون من شأن التهديدات الأخيرة.", "متابعون", "التهديدات"),
    ],
)
def test_justifying_mocking_and_downplaying_are_speech(text: str, speaker, inside: str) -> None:
    row = only(text)
    assert row["speaker"] == speaker and inside in row["quote"]


@pytest.mark.parametrize(
    ("text", "speaker", "inside"),
    [
        ("وهدد وزير الدفاع بالرد على أي خرق للهدنة.", "وزير الدفاع", "بالرد"),
        ("وتوعد قائد الجيش المتمردين بعقاب شديد.", "قائد الجيش", "بعقاب"),
        ("ولوحت الحكومة بقطع المساعدات عن الإقليم.", "الحكومة", "بقطع"),
        # commas around an apposition or a weekday do not end the search for the ب-word
        ("وهدد رئيس الوزراء، سامر الخطيب، بحل البرلمان.", "رئيس الوزراء، سامر الخطيب", "بحل"),
        ("وهددت النقابة، الأحد، بإضراب عام في الموانئ.", "النقابة", "بإضراب"),
        ("وهدد الوزير المستوردين في الأسواق المحلية الكبرى بغرامات.", "الوزير", "بغرامات"),
        ('ولوح الوزير، الأربعاء، بـ"رد حازم" على أي خرق.', "الوزير", "رد حازم"),
    ],
)
def test_a_threat_with_what_it_threatens_is_speech(text: str, speaker, inside: str) -> None:
    row = only(text)
    assert row["speaker"] == speaker and inside in row["quote"]


def test_what_endangers_what_is_no_speech() -> None:
    assert find_quotes("ويهدد الجفاف أمن المنطقة الغذائي.").empty
    assert find_quotes("وتهدد السيول سلامة السكان بخطر كبير.").empty
    assert find_quotes(
        "ويهدد الجفاف المحاصيل. وبدأ المزارعون بالري ليلا."
    ).empty  # not past a full stop


def test_a_passive_verb_of_saying_has_no_speaker() -> None:
    row = only("وقيل ساعتها إن القصف كان رمزيا.")
    assert (pd.isna(row["speaker"]), row["quote"]) == (True, "القصف كان رمزيا.")
    assert find_quotes("وقللت الحكومة الضرائب على الوقود.").empty


def test_a_verb_whose_object_is_said_keeps_it_before_a_quotation() -> None:
    text = 'وكرر البيان الختامي دعم الدول الأعضاء لهدف "السلام الشامل".'
    row = only(text)
    assert row["quote"] == text and "دعم" in row["quote"]


def test_a_colon_after_a_statement_noun_opens_its_words() -> None:
    row = only("وزاد المسؤول الرياضي في تغريداته: الاحتكار مرفوض.")
    assert (row["speaker"], row["quote"]) == ("المسؤول الرياضي", "الاحتكار مرفوض.")
    row = only("وجاء في البيان: الهجوم مدان.")
    assert (pd.isna(row["speaker"]), row["quote"]) == (True, "الهجوم مدان.")
    # with a verb of saying the cue reads it, once, and في كلمته ends the speaker
    row = only("وقال الوزير في كلمته: لن نتراجع.")
    assert (row["speaker"], row["cue"]) == ("الوزير", "وقال")


def test_a_said_object_after_a_named_subject() -> None:
    # the subject's apposition is no clause end: the object after it is still what is said
    text = 'ورجّح وزير الخارجية، سامي خليل، "باحتمال كبير" تورط الحكومة في الهجوم، ثم غادر.'
    row = only(text)
    assert row["quote"].endswith("تورط الحكومة في الهجوم")


def test_a_parenthesis_inside_a_quotation_does_not_end_it() -> None:
    # editors add words in parentheses inside quoted speech: the quotation goes on to its mark
    text = (
        'وأكد المتحدث باسم الوزارة "نحن على علم (بقيام) الجماعة بتهريب السلاح عبر الحدود"، ثم غادر.'
    )
    row = only(text)
    assert row["speaker"] == "المتحدث باسم الوزارة"
    assert row["quote"].endswith('عبر الحدود"')
    # outside a quotation a parenthesis still ends the said object
    row = only("ونفت الشركة التورط في الفضيحة (المالية) أمام المحكمة.")
    assert row["quote"] == "ونفت الشركة التورط في الفضيحة"


def test_a_lead_quotation_is_someones_words() -> None:
    # after a dateline, a sentence that opens with a quotation: unknown speaker, not the outlet
    text = (
        'باريس (CNN)— "لماذا تعرض الحكومة علاقتها بالحلفاء للخطر من أجل رجل واحد"؟ سؤال طرحه صحفي.'
    )
    row = only(text)
    assert (pd.isna(row["speaker"]), row["found"]) == (True, "unknown")
    assert row["quote"].startswith('"لماذا') and row["quote"].endswith('واحد"')
    # a name in quotation marks at the start is no quotation
    assert find_quotes('"حزب الوحدة" يعقد مؤتمره السنوي في العاصمة.').empty


def test_two_appositions_and_what_a_document_says() -> None:
    # a said object past a name and a day set off by commas after the subject
    text = "ورجّح وزير الخارجية، سامي خليل، الثلاثاء، انسحاب المنتخب في حال ثبوت التورط."
    row = only(text)
    assert row["speaker"] == "وزير الخارجية، سامي خليل" and row["quote"].endswith("ثبوت التورط.")
    # جاء في الدعوى أن: the document's words, no speaker named
    row = only('وجاء في الدعوى أن "الإدارة تنتهك القانون".')
    assert (pd.isna(row["speaker"]), row["quote"]) == (True, '"الإدارة تنتهك القانون".')


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال مسؤول أوروبي لرويترز إن المحادثات متعثرة.", "مسؤول أوروبي"),
        ('وقال مسؤول أوروبي لـ"رويترز" إن المحادثات متعثرة.', "مسؤول أوروبي"),
        ("وتقول المعلمة للعربية.نت إن المدرسة أغلقت.", "المعلمة"),
        # after أما the subject stands before its verb; the site spoken to is no speaker
        ('أما زوجة المزارع فتوضح لـ"العربية.نت" أنها باقية في أرضها.', "زوجة المزارع"),
        # a quoted name after لـ that is no outlet stays in the speaker's title
        ('وقال الأمين العام لـ"الحزب الأخضر" إن الحزب باق.', 'الأمين العام لـ"الحزب الأخضر'),
    ],
)
def test_the_outlet_spoken_to_is_not_the_speaker(text: str, speaker: str) -> None:
    assert only(text)["speaker"] == speaker


def test_a_relay_of_the_saying_quotes_across_a_sentence_break() -> None:
    # نقل X عن Y القول "...": Y's words, to the closing mark in the next sentence
    text = (
        'ونقل التلفزيون عن بيان لوزارة الخارجية القول "نرفض الاتهامات... ونحذر من التدخل'
        ' في شؤوننا الداخلية." ثم انتهى البث.'
    )
    first = find_quotes(text).iloc[0]
    assert (first["speaker"], first["cue"]) == ("بيان لوزارة الخارجية", "ونقل")
    assert first["quote"].endswith('الداخلية."')


def test_cue_words_are_remembered_per_cue_lists(tmp_path) -> None:
    from helpers.cues import default_cues
    from helpers.speech_parts import cue_stem

    cue_stem.cache_clear()
    cues = default_cues()
    # a plural subject, an object pronoun and the conjunction read through the listed verb;
    # رأيه is "his opinion", not a verb with a pronoun
    words = {"قالوا": "قال", "واكده": "اكد", "رايه": None, "الحوار": None}  # normalised
    for _ in range(2):  # the second round is answered from the memo
        assert {w: cue_stem(w, cues) for w in words} == words
        assert {w: cue_stem.__wrapped__(w, cues) for w in words} == words
    path = tmp_path / "cues.txt"
    path.write_text("verb\tحوار\n", encoding="utf-8")
    other = load_speech_cues(path)  # other lists: their own answers, not the memo's
    assert cue_stem("الحوار", other) is None  # the article is not read through
    assert cue_stem("حوار", other) == "حوار"
    assert cue_stem("قالوا", other) is None
    assert cue_stem("قالوا", cues) == "قال"


def test_reading_up_to_a_sentence_keeps_the_speakers_taken_up_later() -> None:
    # each later sentence continues the minister's words: its quote names him, before the
    # first sentence's end, so reading up to sentence 0 still finds every one of them
    text = (
        "وقال وزير الخارجية إن المحادثات صعبة. وأضاف أن الوفد سيعود غدا. "
        "وتابع أن اللقاء المقبل قريب. وأكد أن الحل ممكن. "
        "وقال السفير إن الأجواء طيبة."
    )
    full = quote_spans(text)
    assert [q.speaker for q in full] == ["وزير الخارجية"] * 4 + ["السفير"]
    assert quote_spans(text, upto=0) == full[:4]


def test_reading_up_to_a_sentence_equals_filtering_every_quote(bundled_corpus) -> None:
    # the quotes that start or name their speaker before the sentence's end, none lost
    for text in load_corpus(bundled_corpus).analysis_view()["body"]:
        spans = sentence_spans(text)
        full = quote_spans(text, spans=spans)
        for upto, (_, reach) in enumerate(spans):
            kept = [q for q in full if q.start < reach or 0 <= q.speaker_start < reach]
            assert quote_spans(text, spans=spans, upto=upto) == kept
