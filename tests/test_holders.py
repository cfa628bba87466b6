"""Which holder phrases name one holder (helpers.holders): spellings, titles, states."""

from __future__ import annotations

from helpers.holders import holder_names, person_spellings


def test_the_spellings_of_one_person_are_one() -> None:
    spellings = person_spellings()
    assert spellings["ترمب"] == spellings["ترامب"]
    assert spellings["بوتن"] == spellings["بوتين"]
    assert spellings["ستولتنبرغ"] == spellings["ستولتنبرج"] == spellings["ستولتنبيرغ"]
    assert spellings["بوتين"] != spellings["بيسكوف"]  # two people of one actor stay two


def test_a_person_is_one_holder_in_any_spelling_and_with_any_title() -> None:
    """Issue 12 point 3: ترامب and ترمب, and the president with his title, were three
    holders of the who-says-what table."""
    written = [
        "ترامب", "ترامب", "ترمب", "الرئيس الأمريكي دونالد ترامب", "الرئيس الأميركي، دونالد ترمب",
        "الرئيس ترامب", "ترامب مستنكرا",  # the speaker phrase ran on: still the one who speaks
        "بوتن", "الرئيس الروسي فلاديمير بوتين", "بوتين", "بوتين",
    ]  # fmt: skip
    names = holder_names(written)
    assert {names[h] for h in written[:7]} == {"ترامب"}  # the bare name written most often
    assert {names[h] for h in written[7:]} == {"بوتين"}  # the spelling written more often


def test_a_person_never_written_alone_is_shown_by_the_gazetteer_name() -> None:
    written = ["بوتين بادين", "الرئيس الروسي فلاديمير بوتن"]  # no phrase is the name alone
    assert set(holder_names(written).values()) == {"بوتين"}


def test_a_name_outside_the_gazetteer_keeps_its_title_phrases() -> None:
    written = ["جون ماكين", "السناتور الأميركي، جون ماكين", "السيناتور الجمهوري جون ماكين"]
    assert set(holder_names(written).values()) == {"جون ماكين"}


def test_the_people_around_a_person_are_not_the_person() -> None:
    """His administration, his lawyers, his aides, his spokesperson and a phrase that only
    talks about him are other holders; so is a bare title (who holds it depends on the date)
    and another person of the same state."""
    others = [
        "إدارة ترامب", "محامو ترامب", "مساعدون للرئيس الأميركي دونالد ترامب",
        "المتحدث باسم ترامب", "الرئيس الفرنسي كلامه عن بوتين", "الرئيس الأمريكي",
        "لافروف", "الكرملين", "روسيا",
    ]  # fmt: skip
    names = holder_names(["ترامب", "بوتين", *others])
    assert [names[h] for h in others] == others
    assert names["ترامب"] == "ترامب" and names["بوتين"] == "بوتين"


def test_a_state_is_one_holder_by_its_name_or_its_capital() -> None:
    names = holder_names(["لندن", "بريطانيا", "موسكو", "الحكومة البريطانية"])
    assert names["لندن"] == names["بريطانيا"] == "بريطانيا"  # the gazetteer's name
    assert names["موسكو"] == "روسيا"
    assert names["الحكومة البريطانية"] == "الحكومة البريطانية"  # a government: its own holder


def test_spellings_of_an_adjective_and_clitics_join_other_holders() -> None:
    names = holder_names(["الخارجية الأميركية", "الخارجية الأمريكية", "الخارجية الأمريكية"])
    assert set(names.values()) == {"الخارجية الأمريكية"}  # the one written more often
