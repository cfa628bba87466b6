"""Whose voice each stance hit is in, and who holds it: the outlet, or a speaker it reports.

:mod:`helpers.attribution` finds reported speech (quote spans with their speakers); this module
puts each lexicon hit of :mod:`helpers.stance_rules` in one of them, or in the outlet's own
voice, and names the holder the way the stance rows show it:

* the innermost quote around a hit wins (``قال أوشاكوف إن بايدن حذر ...``: Biden's warning);
* a noun of evaluation is someone's words (``اتهام الحكومة لروسيا بالضلوع في ...``): from the
  noun to the end of its clause, what the accusation says is the accusers' claim, not the
  outlet's, with the accusers named after من, in the genitive before the ل-object
  (``الحكومة``), or, for a noun in a time phrase opening the sentence, the main clause's
  subject (``بعد التنديد بـ...، دعت فرنسا``);
* the speaker phrase of an evaluation verb ends where its object begins (``اتهمت وزارة
  الخارجية البريطانية روسيا``), so an actor in the object is judged, not made a holder;
* a threat an actor owns is its words (``التهديدات الأمريكية``, ``تهديدات ترامب للصين``), and
  so are its anger and fear (``غضب أنقرة``, ``غضب الرئيس إردوغان``, ``مخاوف الفلسطينيين
  من ...``): from the noun to the end of its clause, held by the owner (a title before it
  included), unless what follows is a thing endangered (``تهديد روسيا لأمن أوروبا``: the
  outlet calls Russia a danger);
* a feeling with its owner and object (``إعجاب الشعب الأوكراني بإنجازات الاتحاد``,
  ``أبدى الوزير إعجابه بـ``) and an adjective of stance with its ل-object (``الحزب المعادي
  للاتحاد الأوروبي``) are the owner's, held by it (the described noun for an adjective), from
  the word to the end of its object (:mod:`helpers.stance_owners`, with poll findings);
* a news agency that relays words is a source, not a holder (``رويترز``);
* a word in a speaker's title (``مفوض الاتحاد الأوروبي للتعاون``) is nobody's evaluation;
* a word that a fallback rule gives the actor the holder phrase speaks for (``قال وزير
  الخارجية الروسي إن سياسة موسكو ...``) is the speaker's account of its own side, no stance.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from helpers.arabic import normalize
from helpers.attribution import QuoteSpan, is_news_agency, speech_noun_holder
from helpers.clause_subjects import first_subject
from helpers.clitics import (
    PLURAL_PRONOUN_ENDINGS,
    PRONOUN_ENDINGS,
    is_protected,
    strip_article,
    strip_clitics,
    strip_conjunction,
)
from helpers.comma_clauses import is_title
from helpers.cues import default_cues, function_words
from helpers.evaluator_subjects import evaluator_end, owner_phrase_words
from helpers.holder_phrases import evaluator_phrase, on_tongue
from helpers.quote_marks import closing_mark, opening_mark
from helpers.speech_parts import (
    breaks_clause,
    has_comma,
    has_preposition,
    is_function_word,
    is_preposition,
    phrase,
    read_tokens,
)
from helpers.stance_clauses import MentionInfo, definite
from helpers.stance_hits import (
    JUDGED_WORDS_RULE,
    OWNER_PHRASE_RULE,
    OWNER_RULE,
    VERB_OBJECT_RULES,
    Hit,
    object_rule,
)
from helpers.stance_lexicon import role_frames, word_forms
from helpers.stance_owners import (
    FINGERS,
    act_agent,
    attitude_quotes,
    findings,
    genitive_agent,
    is_speech_noun,
    stirred_feelings,
    voiced_by_subject,
)

__all__ = [
    "holder_of",
    "holder_span",
    "in_speaker_title",
    "innermost",
    "marked_words",
    "names_speaker",
    "speaks_for",
    "speech_noun_quotes",
]


def holder_of(voice: str, speaker: str | None) -> str:
    """Who evaluates in a sentence row: ``outlet`` in the outlet's voice, else the speaker's
    name or title phrase; "" when the speaker is unknown or only a news agency that relayed
    the words (``رويترز`` is a source, not a holder). The name stops before a relative clause
    that describes it (``هيلي التي كانت في رحلة``); a phrase opened by a pronoun (``وهي
    سياسة``) names no one; the rest is read by :func:`helpers.holder_phrases.evaluator_phrase`
    (no verb before the name, no time phrase or object after it, no fragment)."""
    if voice == "outlet":
        return "outlet"
    speaker = " ".join(on_tongue(speaker.split())) if speaker else speaker  # على لسان الوزير
    if not speaker or is_news_agency(speaker):
        return ""
    words = speaker.split()
    if strip_conjunction(normalize(words[0]), min_rest=2) in _PRONOUNS:
        return ""  # وهي سياسة ...: a clause about someone, not their name
    # هيلي التي كانت في رحلة: the name, not the clause that describes it
    cut = next((k for k, w in enumerate(words) if k and normalize(w) in _RELATIVE_WORDS), None)
    named = evaluator_phrase(speaker if cut is None else " ".join(words[:cut]).rstrip("،, "))
    return "" if is_news_agency(named.replace('"', "")) else _before_speech_noun(named)


def _before_speech_noun(holder: str) -> str:
    """The holder up to a noun of evaluation (``انتقادات``, ``الاتهامات``): such a noun names
    what is said, not who says it (``الحكومة الفرنسية تصريحات``: the phrase ran into its
    object); when the phrase opens with one, its owner if an office or a person is named
    (``تصريحات وزير الدفاع``), else "" (also for ``أصابع الاتهام``, the finger of blame)."""
    nouns = role_frames().speech_nouns | _STATEMENT_NOUNS
    norms = [normalize(w) for w in holder.split()]
    if norms[:1] == [FINGERS]:
        return ""  # توجه فيه أصابع الاتهام إلى: the blame, not who lays it
    cut = next(
        (
            k
            for k, w in enumerate(norms)
            if is_speech_noun(w, nouns) and not (k and w.startswith("ال"))
        ),
        None,
    )  # لائحة الاتهام: a definite genitive names the document
    if cut == 0 and len(norms) > 1 and strip_article(norms[1]) in _OWNER_HEADS:
        return evaluator_phrase(" ".join(holder.split()[1:]))  # تصريحات وزير الدفاع: the minister
    return holder if cut is None else evaluator_phrase(" ".join(holder.split()[:cut]))


_STATEMENT_NOUNS = frozenset(normalize(w) for w in "تصريح تصريحات".split())
_OWNER_HEADS = (
    function_words("office_nouns")
    | function_words("holder_heads")
    | frozenset(normalize(w) for w in "مسؤول مسؤولين مسؤولي متحدث ناطق".split())
)


_PRONOUNS = function_words("pronouns")
_RELATIVE_WORDS = function_words("relatives")


def speech_noun_quotes(
    text: str,
    start: int,
    end: int,
    mentions: Sequence[MentionInfo] = (),
    speakers: Sequence[QuoteSpan] = (),
) -> list[QuoteSpan]:
    """Each noun of evaluation that is someone's words in ``text[start:end]`` as a quote.

    The nouns are the ``[speech_nouns]`` of ``role_frames.toml`` (``انتقاد``, ``اتهامات``),
    read through clitics, an owner's pronoun and the accusative (``بانتقاد``, ``واتهامها``,
    ``اتهاما``). A quote runs from the noun to the end of its clause; the charge after a comma
    stays in it (``اتهاما لقس أميركي، بالضلوع في ...``) and a complementiser ends it (``يمكن
    لاتهامات ... أن تضر``: what follows is the outlet's). The speaker is named after من
    (قبل), else unknown. A noun of threat, anger or fear with its owner among ``mentions``
    right after it (``تهديدات ترامب``, ``غضب أنقرة``) is the owner's (:func:`_threat_owner`).
    A noun with its owner's pronoun after a speaker named in ``speakers`` (``أكد بوتين في معرض
    ترحيبه بـ``) is that speaker's. Anger that a deed stirs, read nowhere above, is the
    angry's (``ما أثار غضب شركائها``, :func:`helpers.stance_owners.stirred_feelings`).
    """
    tokens = read_tokens(text, start, end)
    nouns = role_frames().speech_nouns
    reported = [*speakers, *marked_words(text, start, end)]
    quotes = attitude_quotes(text, tokens, reported) + findings(text, tokens)
    for k, token in enumerate(tokens):
        owner = _threat_owner(text, tokens, k, mentions)
        if owner is None and not _in_quote(token.start, speakers):
            owner = act_agent(text, tokens, k, nouns)
        if owner is None and not is_speech_noun(token.norm, nouns):
            continue
        stop = end
        for later in tokens[k + 1 :]:
            charge = strip_clitics(later.norm) != later.norm and later.norm.startswith("ب")
            if breaks_clause(later.gap) and not charge or later.norm in _COMPLEMENTIZERS:
                stop = later.start - len(later.gap)
                break
        found = (
            owner
            or speech_noun_holder(text, token.end)
            or genitive_agent(text, tokens, k)
            or _main_clause_subject(text, tokens, k)
            or _plural_owner(text, tokens, k)
            or _speakers_own(token, speakers)
            or voiced_by_subject(text, tokens, k)
        )
        if found is None:
            quotes.append(QuoteSpan(token.start, stop, None, -1, -1))
        else:
            quotes.append(QuoteSpan(token.start, stop, *found))
    nouns_read = {q.start for q in quotes}  # غضب الرئيس إردوغان: its owner, read above
    return quotes + [
        q for q in stirred_feelings(text, tokens, reported) if q.start not in nouns_read
    ]


def marked_words(text: str, start: int, end: int) -> list[QuoteSpan]:
    """Words in quotation marks in ``text[start:end]`` as quotes of an unknown speaker
    (``برنامجا يبتعد عن "إملاءات" بروكسل``, ``ما يسمى بـ"الحرب على الإرهاب"``): someone's
    wording that the outlet quotes or keeps at a distance, never its own evaluation. The
    stance engine uses them only where no quote with a speaker covers a hit."""
    marked: list[QuoteSpan] = []
    for token in read_tokens(text, start, end):
        mark = opening_mark(token.gap)
        if mark is None:
            continue
        at = token.start - len(token.gap) + token.gap.rfind(mark)
        close = closing_mark(text, at, mark)
        if 0 <= close <= end and not any(q.start <= at < q.end for q in marked):
            marked.append(QuoteSpan(at, close + 1, None, -1, -1))
    return marked


def _main_clause_subject(text: str, tokens: list, k: int) -> tuple[str, int, int] | None:
    """The one who speaks through a definite verbal noun with no owner of its own in a time
    phrase that opens the sentence (``وبعد أشهر من التنديد بالعجز ...، أوفد الرئيس ...``): the
    subject of the main clause after the comma, which the phrase's act shares. A plural
    (``بعد الانتقادات الحادة``) is many voices, not that act."""
    if not tokens or strip_conjunction(tokens[0].norm) not in _TIME_OPENERS:
        return None
    noun = strip_conjunction(tokens[k].norm)
    if not definite(tokens[k].norm) or noun.endswith("ات") or k + 1 >= len(tokens):
        return None  # الانتقادات الحادة: many voices, not the act of the main clause's subject
    if any(breaks_clause(t.gap) for t in tokens[1 : k + 1]) or tokens[k + 1].norm == "من":
        return None
    comma = next((c for c in range(k + 1, len(tokens)) if breaks_clause(tokens[c].gap)), None)
    if comma is None or not any(c in tokens[comma].gap for c in "،,") or comma + 1 >= len(tokens):
        return None
    verb = strip_conjunction(tokens[comma].norm)
    if verb.startswith("ال") or is_function_word(verb) or is_preposition(verb):
        return None  # the main clause opens with its verb
    cues = default_cues()
    span = phrase(tokens, comma + 1, evaluator_end(tokens, comma + 1, cues))
    return None if span is None else (text[span[0] : span[1]], *span)


def _speakers_own(token, speakers: Sequence[QuoteSpan]) -> tuple[str, int, int] | None:
    """The speaker whose phrase ends last before a noun with an owner's pronoun (``وكان
    الرئيس بوتين أكد في معرض ترحيبه بـ``: his welcome), among the sentence's ``quotes``."""
    if not token.norm.endswith(PRONOUN_ENDINGS):
        return None
    before = [q for q in speakers if q.speaker and 0 <= q.speaker_end <= token.start]
    if not before:
        return None
    last = max(before, key=lambda q: q.speaker_end)
    return last.speaker, last.speaker_start, last.speaker_end


def _plural_owner(text: str, tokens: list, k: int) -> tuple[str, int, int] | None:
    """The owners of a noun of evaluation with a plural pronoun (``شعر الأكراد بالخيانة ...،
    لكنهم قللوا من انتقاداتهم``): the subject of the sentence's first clause, whom the
    pronoun takes up (:func:`helpers.clause_subjects.first_subject`). (A singular pronoun is
    left: ``رفضت موسكو اتهاماتها`` takes up another party.)"""
    if not tokens[k].norm.endswith(PLURAL_PRONOUN_ENDINGS):
        return None
    span = first_subject(tokens, k, default_cues())
    return None if span is None else (text[span[0] : span[1]], *span)


_TIME_OPENERS = frozenset(normalize(w) for w in "بعد عقب إثر قبل منذ".split())


def _in_quote(at: int, speakers: Sequence[QuoteSpan]) -> bool:
    """Whether ``at`` lies in the quote of a named speaker (``وقالت ميركل إن قرار ترامب
    الانسحاب من تأييد البيان``): a verbal noun there is that speaker's account, its genitive no
    holder of its own."""
    return any(s.speaker and s.start <= at < s.end for s in speakers)


def _threat_owner(
    text: str, tokens: list, k: int, mentions: Sequence[MentionInfo]
) -> tuple[str, int, int] | None:
    """The owner of a noun of threat, anger or fear at ``k`` (an actor named right after it:
    ``التهديدات الأمريكية``) as ``(speaker, start, end)``, or None: no such noun, no owner, or
    a thing endangered within two words after the owner (``تهديد روسيا لأمن أوروبا``)."""
    if _THREAT_NOUNS.isdisjoint(word_forms(tokens[k].norm)):
        return None
    owner = next((m for m in mentions if _owned_after(text, tokens, k, m)), None)
    if owner is None:
        return None
    end = owner.end
    name = next((m for m in mentions if m.actor == owner.actor and m.start > end), None)
    if name is not None and name.person and text[end : name.start].isspace():
        end = name.end  # غضب الرئيس التركي رجب طيب أردوغان: the title and the name
    after = [t for t in tokens[k + 1 :] if t.start >= end][:2]
    if any(_ENDANGERED.intersection(word_forms(strip_conjunction(t.norm))) for t in after):
        return None
    start = tokens[k + 1].start
    return text[start:end], start, end


def _owned_after(text: str, tokens: list, k: int, mention: MentionInfo) -> bool:
    """Whether ``mention`` names the owner of the noun at ``k``: right after it (``غضب
    أنقرة``), or after a title of up to two definite words (``غضب الرئيس إردوغان``, ``غضب
    الرئيس التركي``), none of them a thing endangered (``تهديد الأمن الأوروبي``); never an
    actor with ل/ب written on it, nor after a noun that has its owner's pronoun."""
    between = _TITLE_GAP.fullmatch(text, tokens[k].end, mention.start)
    if between is None:
        return False
    noun = tokens[k].norm
    if noun.endswith(PRONOUN_ENDINGS) and noun not in _THREAT_NOUNS:
        return False  # بانتقاده للكرملين: a noun with its owner's pronoun takes no genitive
    if has_preposition(normalize(text[mention.start : mention.end].split()[0])):
        return False  # انتقادا لروسيا: the ل-word is what the noun is aimed at
    words = [normalize(w) for w in between.group().split()]
    return all(w.startswith("ال") and not _ENDANGERED.intersection(word_forms(w)) for w in words)


_TITLE_GAP = re.compile(r"(?:\s+[^\s،,.:;؛!?؟\"«»()]+){0,2}\s+")
"""The text between a noun and its owner: white space, or up to two words of a title."""


_THREAT_NOUNS = (  # and the verbs of fear, whose subject owns the fear as a noun's owner does
    function_words("threat_nouns")
    | function_words("anger_nouns")
    | function_words("fear_nouns")
    | function_words("fear_verbs")
)
_ENDANGERED = function_words("endangered_nouns")
_STATE_VOICES = function_words("state_voices")
_COMPLEMENTIZERS = frozenset(normalize(w) for w in "أن إن".split())


def in_speaker_title(quotes: list[QuoteSpan], position: int) -> bool:
    """Whether a character position lies in the speaker phrase of a report that follows its
    speaker (``قال مفوض الاتحاد الأوروبي للتعاون الدولي، نيفين ميميكا، إن ...``): a title
    names the speaker, it evaluates no one, in no one's voice."""
    return any(
        q.speaker_start <= position < q.speaker_end and q.start >= q.speaker_end for q in quotes
    )


def names_speaker(
    text: str, start: int, end: int, hit: Hit, mentions: Sequence[MentionInfo]
) -> bool:
    """Whether ``hit`` found its actor inside the holder phrase at ``start:end`` where that
    phrase names the speaker: the ل-genitive of a title right after a definite word
    (``انتقد الأمين العام للأمم المتحدة``, ``المندوب الدائم لروسيا``: the speaker's office), or
    a person's name after a title (``انتقد الرئيس إيمانويل ماكرون``: read as the owner of the
    object, it was judged and cut the holder to ``الرئيس إيمانويل``, :func:`_own_name`)."""
    if not start <= hit.actor_start < end:
        return False
    if hit.rule == _AFTER_LA:
        before = text[start : hit.actor_start].split()
        return bool(before) and strip_conjunction(normalize(before[-1])).startswith("ال")
    return hit.rule in _OWNED_OBJECTS and _own_name(text, start, hit, mentions)


def _own_name(text: str, start: int, hit: Hit, mentions: Sequence[MentionInfo]) -> bool:
    """Whether the actor of ``hit`` is a person named right after the title that opens the
    speaker phrase at ``start``: every word before it is definite, an office in the construct
    state or a given name (``الرئيس الأمريكي دونالد``, ``نائب الرئيس مايك``), so no noun
    stands between that the person could own (``الوزير قرار ترامب``)."""
    if not any(m.start == hit.actor_start and m.person for m in mentions):
        return False
    before = [strip_conjunction(normalize(w)) for w in text[start : hit.actor_start].split()]
    return bool(before) and all(
        w.startswith("ال") or w in _OFFICE_NOUNS or w in _GIVEN_NAMES for w in before
    )


_OFFICE_NOUNS = function_words("office_nouns")
_GIVEN_NAMES = function_words("given_names")


_AFTER_LA = object_rule("ل")


def _joined(text: str, inside: list[MentionInfo], other: MentionInfo) -> bool:
    """Whether ``other`` is joined by و to the actor named right before it (``دمشق وموسكو``)."""
    previous = max((m for m in inside if m.end <= other.start), key=lambda m: m.end, default=None)
    if previous is None:
        return False
    between = text[previous.end : other.start].strip()
    if between == "و":
        return True
    word = normalize(text[other.start : other.end].split()[0])
    return between == "" and word[:1] == "و" and not is_protected(word)  # (واشنطن: a name)


def speaks_for(
    text: str,
    quote: QuoteSpan,
    mentions: list[MentionInfo],
    hits: list[Hit],
    hit: Hit,
    in_full: bool = False,
) -> bool:
    """Whether the speaker of ``quote`` speaks for the actor a hit judges: its phrase
    (:func:`holder_span`, cut before an object among ``mentions``, every mention of the
    article, so a speaker named in an earlier sentence is read there too: ``قال وزير الخارجية
    الروسي ... . وأضاف أن موسكو ...``) names the actor (``الكرملين``, ``ترامب``), or its
    nationality adjective with an office or state body (``وزير الخارجية الروسي``,
    ``[state_voices]``), not a people's or a private body's (``المرصد السوري``). With
    ``in_full``, a phrase that names no actor (a title or a surname alone: ``وأكدت
    المستشارة``، ``ورحب فريدمان``) is read where the article gave that speaker's title in full
    before (:func:`_title_in_full`). What a fallback rule gives that actor is then the
    speaker's account of its own side (the guidelines: an actor's own policy is none)."""
    _, start, end = holder_span(quote, mentions, hits, text)
    if start < 0:
        return False
    named = [m for m in mentions if start <= m.start < end]
    if not named and in_full:
        start, end = _title_in_full(text, start, end)
        named = [m for m in mentions if start <= m.start < end]
    named = [m for m in named if m.actor == hit.actor]
    if not named:
        return False
    return not all(m.adjective for m in named) or any(
        strip_clitics(w) in _STATE_VOICES or w in _STATE_VOICES
        for w in normalize(text[start:end]).split()
    )


_TITLE_REACH = 6
"""How many words before a speaker's name its title may start (``وزير الدولة الإماراتي للشؤون
الخارجية أنور قرقاش``), or after a comma after it, or after a title alone its name."""


def _title_in_full(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the article last gave in full, before ``start``, the title of the speaker whose
    phrase at ``start:end`` names no actor and is short (:func:`_named_short`): the last
    earlier occurrence of the phrase's last word with a title word (:func:`is_title`)
    before it (``السفير الأمريكي في إسرائيل ديفيد فريدمان``) or after a comma after it
    (``أنور قرقاش، وزير الدولة ...``), or, for a title alone, the words right after it up to a
    comma (``المستشارة الألمانية أنغيلا ميركل``). Otherwise ``(start, start)``, no words."""
    phrase = read_tokens(text, start, end)
    if not _named_short(phrase):
        return start, start
    key = strip_clitics(phrase[-1].norm)
    before = read_tokens(text, 0, start)
    for i in range(len(before) - 1, -1, -1):
        if strip_clitics(before[i].norm) == key:
            first, last = _title_span(before, i)
            if (first, last) != (i, i):
                return before[first].start, before[last].end
    return start, start


def _named_short(phrase: Sequence) -> bool:
    """Whether a speaker phrase is a title or a surname alone (``المستشارة``، ``فريدمان``) or
    a given name and surname (``أيوب قرا``): a longer phrase, or one with an office word and
    more (``الرئيس السنغالي``، ``الاتحاد الإنجليزي لكرة القدم``), is the speaker's full title,
    whose side is no actor of the gazetteer."""
    if not phrase or len(phrase) > 2 or is_function_word(phrase[-1].norm):
        return False
    return len(phrase) == 1 or not any(is_title(t.norm) for t in phrase)


def _title_span(tokens: Sequence, name: int) -> tuple[int, int]:
    """The first and last word of a speaker's title around the word at ``name`` (see
    :func:`_title_in_full`), up to a preposition, which tells where the office is, not whose
    (``السفير الأمريكي | في إسرائيل``): ``(name, name)`` when there is none."""
    if is_title(tokens[name].norm):
        return name, _run_end(tokens, name)
    for j in range(name - 1, max(-1, name - _TITLE_REACH - 1), -1):
        if breaks_clause(tokens[j + 1].gap):
            break
        if is_title(tokens[j].norm):
            return j, _run_end(tokens, j)
    after = name + 1
    if after < len(tokens) and has_comma(tokens[after].gap) and is_title(tokens[after].norm):
        return name, _run_end(tokens, after)
    return name, name


def _run_end(tokens: Sequence, at: int) -> int:
    """The last word of a title from ``at`` on: within :data:`_TITLE_REACH` words, before a
    comma, a stop or a preposition."""
    last = at
    end = min(len(tokens), at + _TITLE_REACH + 1)
    while (
        last + 1 < end
        and not breaks_clause(tokens[last + 1].gap)
        and not is_preposition(tokens[last + 1].norm)
    ):
        last += 1
    return last


def innermost(quotes: list[QuoteSpan], position: int) -> QuoteSpan | None:
    """The innermost quote covering a character position, or None (the outlet's voice). A quote
    whose speaker phrase names no one (``واستنكارها`` after ``أعربت الكويت عن إدانتها``, a noun
    read as a cue) gives way to the quote around it that names its speaker."""
    covering = sorted((q for q in quotes if q.start <= position < q.end), key=_length)
    named = (q for q in covering if q.speaker_start < 0 or not _names_no_one(q.speaker))
    return next(named, covering[0]) if covering else None


def _length(quote: QuoteSpan) -> int:
    """A quote's length in characters: the shorter of two quotes around a word is inside."""
    return quote.end - quote.start


def _names_no_one(speaker: str | None) -> bool:
    """Whether a speaker phrase names no holder though it is no news agency (a fragment). Not
    ``أصابع الاتهام``: blame laid by no one named is still no words of the quote around it."""
    if not speaker or normalize(speaker.split()[0]) == FINGERS:
        return False
    return not is_news_agency(speaker) and not holder_of("quoted", speaker)


_OWNED_OBJECTS = frozenset({JUDGED_WORDS_RULE, OWNER_RULE})
"""Rules whose actor owns the object noun written right before it (``انتقد الوزير سياسات
واشنطن``): the object starts at that noun (not before a person's name, which may be the
subject's own: ``انتقد الرئيس دونالد ترامب``)."""


def _owes_genitive(phrase: str) -> bool:
    """Whether a speaker phrase ends on an office that owns the next word (``رئيس``, ``وزير``;
    not ``الوزير``): what follows is its genitive (``رئيس الوزراء الإسرائيلي``), no object."""
    words = phrase.split()
    return bool(words) and normalize(words[-1]) in _OFFICE_NOUNS


def _object_start(text: str, start: int, hit: Hit, adjective: bool, person: bool) -> int:
    """Where a verb's object starts, given its actor: the actor, the noun an adjective actor
    describes (``انتقد الوزير بوريس جونسون القرار الروسي``: the object is the decision), or the
    noun owned by the owner phrase the adjective closes (``أدان الأمين العام تصريحات وزير
    الخارجية الإسرائيلي``: the object is the statements)."""
    if not adjective and (person or hit.rule not in _OWNED_OBJECTS):
        return hit.actor_start
    words = 1  # the noun the actor owns or describes (دانت موسكو انتقادات واشنطن)
    if hit.rule == OWNER_PHRASE_RULE:
        before = [normalize(w) for w in text[start : hit.actor_start].split()]
        words += owner_phrase_words(before[-2:])
    cut = hit.actor_start
    for _ in range(words):
        cut = text.rfind(" ", start, len(text[:cut].rstrip()))
        if cut <= start:
            return start
    return cut


def holder_span(
    quote: QuoteSpan, mentions: list[MentionInfo], hits: list[Hit], text: str
) -> tuple[str | None, int, int]:
    """The quote's speaker and its offsets, without an object the speaker phrase ran into.

    After an evaluation verb the subject comes first and the object right after it, with
    nothing between (``اتهمت وزارة الخارجية البريطانية روسيا بـ``, ``أدان الاتحاد الأوروبي
    العدوان الروسي``): the speaker phrase ends before the first lexicon hit in it, and before a
    last actor named as a noun when another actor is named before it (the verb's object).
    """
    start, end = quote.speaker_start, quote.speaker_end
    if start < 0:
        return quote.speaker, -1, -1
    end = min([end, *(h.start for h in hits if start < h.start < end)])
    # انتقد الوزير إيران بشدة: an actor a hit found as the verb's object ends the speaker phrase
    adjectives = {m.start for m in mentions if m.adjective}
    persons = {m.start for m in mentions if m.person}
    end = min(
        [
            end,
            *(
                _object_start(text, start, h, h.actor_start in adjectives, h.actor_start in persons)
                for h in hits
                if h.rule in VERB_OBJECT_RULES
                and start < h.actor_start < end
                and not (h.rule in _OWNED_OBJECTS and _own_name(text, start, h, mentions))
            ),
        ]
    )
    if end < quote.speaker_end and _owes_genitive(text[start:end]):
        end = quote.speaker_end  # رئيس | الوزراء الإسرائيلي: the title's own genitive
    inside = sorted((m for m in mentions if start <= m.start < end), key=lambda m: m.start)
    other = next((m for m in inside if m.actor != inside[0].actor), None)
    if any(c in text[start:end] for c in "،,"):
        other = None  # نيكي هايلي، سفيرة الولايات المتحدة: a title in apposition, no object
    if other is not None and _joined(text, inside, other):
        other = None  # أدانت دمشق وموسكو العقوبات: two subjects joined by و
    if other is not None:  # وصف أردوغان العقوبات الأمريكية: a second actor starts the object
        cut = other.start
        if other.adjective:  # ... with the noun it describes
            cut = text.rfind(" ", start, len(text[: other.start].rstrip()))
        end = min(end, max(cut, inside[0].end))
    end = start + len(text[start:end].rstrip(" \t،,"))
    if end == quote.speaker_end:
        return quote.speaker, start, end
    return (text[start:end] or None), start, end
