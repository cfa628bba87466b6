"""When a word reports speech: misspelt verbs, verbs written like prepositions, and a quotation
whose clause goes on after its closing mark (helpers/cue_guards.py, helpers/quote_marks.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers.attribution import find_quotes, load_speech_cues
from helpers.stance import stance_sentences


def quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.quote) for q in find_quotes(text).itertuples()]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("واتهت الوزيرة الحكومة السابقة بالتقصير في حماية الحدود.", "الوزيرة"),
        ("اتهت المعارضة الرئيس بتزوير نتائج الانتخابات.", "المعارضة"),
        ("واعبتر النائب أن القرار جاء متأخرا.", "النائب"),
    ],
)
def test_a_misspelt_verb_in_its_frame_reports_speech(text: str, speaker: str) -> None:
    assert [s for s, _ in quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "واتهت المباراة قبل موعدها.",  # انتهت with a letter dropped: no ب-object, no أن
        "اتهت الجولة الأولى من المحادثات دون نتيجة.",
    ],
)
def test_a_misspelt_form_outside_its_frame_is_no_speech(text: str) -> None:
    assert quotes(text) == []


def test_the_participle_after_a_misspelt_verb_keeps_its_speaker() -> None:
    text = "واتهت المتحدثة الحكومة بالكذب، قائلة إن الأرقام غير صحيحة."
    assert [s for s, _ in quotes(text)] == ["المتحدثة", "المتحدثة"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وبين المتحدث أن الوزارة ستراجع العقود كلها.", "المتحدث"),
        ("وبين الناطق باسم الشرطة في تصريح صحفي أن المتهم اعترف.", "الناطق باسم الشرطة"),
        ("بين مدير المستشفى أن الجرحى في حالة مستقرة.", "مدير المستشفى"),
        ("وبينت الوزارة أن الأسعار لن ترتفع.", "الوزارة"),
    ],
)
def test_explained_written_like_between_reports_speech(text: str, speaker: str) -> None:
    assert [s for s, _ in quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("وبين الطرفين خلافات قديمة حول الحدود.", []),
        ("تتوزع الحصص بين المدن والقرى بعد أن اتفقت اللجنة على المعايير.", []),
        ("وبين روسيا والغرب أزمة يرى المراقبون أن حلها بعيد.", ["المراقبون"]),
        ("وبين من يرون أن المقاطعة واجبة ومن يرفضونها جدل طويل.", []),
        ("تقع القرية بين النهر والجبل، ويقول سكانها إن الطريق مقطوع.", ["سكانها"]),
    ],
)
def test_between_is_no_speech(text: str, speakers: list) -> None:
    assert [s for s, _ in quotes(text)] == speakers


def test_via_an_account_is_no_verb_of_expressing() -> None:
    """``عبر`` is the verb "expressed" with عن, the preposition "via" before an owned noun:
    the speaker named before ``، عبر حسابه على تويتر،`` goes on to the complementiser."""
    said = "وقال وزير الخارجية المصري سامح شكري، عبر حسابه على تويتر، إن الحوار هو الحل."
    assert quotes(said) == [("وزير الخارجية المصري سامح شكري", "الحوار هو الحل.")]
    expressed = "وعبر الوزير عن قلقه من التصعيد في المنطقة."
    assert quotes(expressed) == [("الوزير", "عن قلقه من التصعيد في المنطقة.")]


def test_a_place_fronted_before_the_verb_of_expressing() -> None:
    """After a place fronted at the opening (``وفي طهران عبر``), عبر is the clause's verb; the
    preposition inside a clause (``أعلن ... عبر حسابه عن``) still names no speaker."""
    fronted = "وفي طهران عبر المتحدث الإيراني عن ارتياحه للاجتماع."
    assert quotes(fronted) == [("المتحدث الإيراني", "عن ارتياحه للاجتماع.")]
    via = "وقال الوزير، في تغريدة عبر تويتر، إن الحديث عن انسحاب القوات سابق لأوانه."
    assert [s for s, _ in quotes(via)] == ["الوزير"]


def test_a_topic_with_its_year_before_a_colon_is_no_speaker() -> None:
    """``مونديال 2022: ...`` and ``الساعة 06:30`` are a topic and a time; ``ظريف: ...`` quotes."""
    assert quotes("مونديال 2022: هل تنجح قطر في تنظيم البطولة؟") == []
    assert quotes("ظريف: إيران لن تتفاوض تحت الضغط") == [("ظريف", "إيران لن تتفاوض تحت الضغط")]


def test_the_cue_file_checks_what_a_misspelling_stands_for(tmp_path) -> None:
    path = tmp_path / "cues.txt"
    path.write_text("verb\tقال\nmisspelt قلت\tقلات\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no cue"):
        load_speech_cues(path)


def test_a_quoted_clause_goes_on_after_its_closing_mark() -> None:
    text = (
        'وقالت الدول الثلاث في بيان مشترك وزعته سفاراتها: "نطالب الحكومة بالكشف عن كل'
        ' الحقائق المتعلقة" بمقتل الصحفيين الثلاثة، الذين عثر عليهم قرب الحدود.'
    )
    [(speaker, quote)] = quotes(text)
    assert speaker == "الدول الثلاث"
    assert quote.endswith("بمقتل الصحفيين الثلاثة")


def test_narration_after_a_closing_mark_is_the_outlets() -> None:
    text = 'وقال الوزير: "سنرد على كل اعتداء" ثم غادر القاعة دون أسئلة.'
    [(_, quote)] = quotes(text)
    assert quote == '"سنرد على كل اعتداء"'


def test_the_continued_clause_is_the_speakers_voice() -> None:
    import pandas as pd

    text = (
        'وقالت العواصم الثلاث في بيان نشرته وزارة الخارجية: "ندعو إيران إلى الإجابة عن الأسئلة'
        ' المتصلة" بالهجمات الإرهابية التي نفذتها إيران في المنطقة.'
    )
    rows = stance_sentences(pd.DataFrame({"article_id": ["a"], "body": [text]}), ["iran"])
    [row] = rows.itertuples()
    assert (row.stance, row.voice, row.holder) == ("against", "quoted", "العواصم الثلاث")


def test_a_quotation_opened_in_a_quote_runs_into_the_next_sentence() -> None:
    import pandas as pd

    text = (
        'وقال النائب إن الوضع صعب، لافتا إلى أنه "لا ثقة بالحكومة الحالية. يجب محاسبة إيران'
        ' على هجماتها الوضيعة على جيرانها".'
    )
    rows = stance_sentences(pd.DataFrame({"article_id": ["a"], "body": [text]}), ["iran"])
    [row] = rows.itertuples()
    assert (row.sentence_index, row.voice, row.holder) == (1, "quoted", "النائب")


def test_what_is_said_about_someone_is_the_speakers() -> None:
    [(speaker, quote)] = quotes("وقالت الحكومة عن الصحفي المعتقل ارتكب جرائم خطيرة.")
    assert speaker == "الحكومة" and quote.startswith("عن الصحفي")


def test_a_question_is_the_askers() -> None:
    text = "وفي مقابلة تلفزيونية، سألت المذيعة عما إذا كان الوزير يصدق رواية الشرطة."
    [(speaker, quote)] = quotes(text)
    assert speaker == "المذيعة" and quote.startswith("عما")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وتأهل الفريق إلى الدور ثمن النهائي بعد فوزه على منافسه.", None),
        ("وقال المدرب إن الفريق دفع ثمن أخطائه.", "المدرب"),
        ("وثمن الوزير الموقف الفرنسي من الأزمة.", "الوزير"),
        ("وخرج المنتخب من ثمن النهائي أمام البرتغال.", None),
    ],
)
def test_a_verb_that_is_also_a_noun_is_a_cue_only_where_a_verb_stands(
    text: str, speaker: str | None
) -> None:
    speakers = find_quotes(text)["speaker"].tolist()
    assert speakers == ([] if speaker is None else [speaker])
