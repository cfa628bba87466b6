"""The subject of an earlier clause as the doer of a word: the last fallback of the doer rules.

When a hostile or judged word's own clause names no doer, :func:`earlier_subject` reads the
subject that opens an earlier clause (``أعلن الحلف ...، في خطوة تصعيدية``: the alliance's step).
Reaching back over clauses is the weakest attachment the engine makes, so it is not made:

* when the word's own clause names another party before it (``على خلفية ... واتهام موسكو
  بالتدخل``, ``لحماية بريطانيا من الجريمة``): the word is told about that party's matter, and
  the earlier subject is no nearer to it than that party (a victim after على، ضد، ل is no
  such party: ``كل ما تقوم به من قتل للفلسطينيين هو إبادة``);
* when the earlier subject speaks between it and the word (``وكان الرئيس ألغى زيارة ...،
  واصفا المشروع بأنه صفقة سيئة``, ``الوزير ...، قال إنه أمر روتيني لحماية البلاد من الجريمة``):
  the word is in its words about a third thing, and a speaker is not the doer of what it
  speaks about (the guidelines: the target is the actor the evaluation is about, not the one
  who utters it);
* when the earlier subject is a nationality adjective on a noun of media, a civil body, a
  crowd, citizens, migrants or private persons (``المرصد السوري``، ``المواطن البريطاني``): the
  phrase names who they are, not a state that did what follows;
* when a clause between them turns to another event (``بينما فشلت تصريحات المسؤولين``، ``في
  حين``، ``حيث``) or the word's own clause gives the cause of what the subject did (``فرضت
  عقوبات على إريتريا على خلفية دعمها ... وزعزعة``، ``بسبب``، ``لأن``);
* when the word is in what a verb or participle of saying after the subject says, and what it
  says names a topic of its own, with no pronoun pointing back (``قائلين إن تصريحات ...
  مؤامرة``، ``مضيفا "من يرتكب جريمة سيدفع الثمن"``), or it is the subject's own label for what
  a relative names (``لبحث الرد على ما وصفته بهجوم وحشي``).

Read on a seeded sample of 75 of the rule's deciding polar rows on all of ANT (one per
sentence): right where the word's clause continues the subject (و/لكن/كما + its verb, في +
the word, a purpose ل, a relative on the subject, a verb of describing with the subject as its
object); wrong mostly past a clause of another event, a cause, or another's saying
(benchmarks/results/stance_real.md, "earlier2").
"""

from __future__ import annotations

from collections.abc import Callable

from helpers.arabic import normalize
from helpers.clitics import PRONOUN_ENDINGS, strip_conjunction
from helpers.cues import default_cues, function_words
from helpers.speech_parts import cue_stem, has_object_pronoun
from helpers.stance_acts import known_act, pointed_act
from helpers.stance_clauses import PREPOSITIONS, Actor, Token
from helpers.stance_lexicon import Entry, role_frames
from helpers.stance_speakers import SPEECH_KINDS, speech_kind
from helpers.stance_syntax import describes_an_owned_noun, opens_its_clause, subject_of_its_own

__all__ = ["earlier_subject"]


def earlier_subject(
    i: int,
    entry: Entry,
    tokens: list[Token],
    actors: list[Actor],
    may_be_doer: Callable[[Actor], bool],
) -> Actor | None:
    """The subject that opens the last earlier clause, as the doer of the word at ``i``, or None.

    Only a subject that opens its clause outside a prepositional phrase: an actor named later
    in an earlier clause is often the victim of what follows (``... لقوات الأمن الأوكرانية،
    التي نجحت في إبطال الجريمة``). None when ``may_be_doer`` rejects it, when the word names
    an act told elsewhere (``مسؤولية الاغتيال``، ``هذه الجريمة``), when a later clause names
    its own subject (``...، وتأخر الأوروبيون``), when an adjective describes a noun with its
    own owner (``حرص الحلفاء الصادق``), and in the five cases of the module docstring."""
    clause = tokens[i].clause
    earlier = [
        a
        for a in actors
        if opens_its_clause(a, tokens) and not a.in_phrase and tokens[a.first].clause < clause
    ]
    if not earlier:
        return None
    subject = earlier[-1]
    if (
        not may_be_doer(subject)
        or known_act(i, entry, tokens)
        or pointed_act(i, tokens)
        or subject_of_its_own(subject, i, tokens, actors)
        or (entry.pos == "adj" and describes_an_owned_noun(i, tokens, actors))
        or _party_named_before(i, tokens, actors)
        or _nationality_of_a_non_state(subject, tokens)
        or _speaks_before(subject, i, tokens, actors)
        or _another_event_between(subject, i, tokens)
        or _said_of_another_topic(subject, i, tokens, actors)
    ):
        return None
    return subject


def _party_named_before(i: int, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether an actor stands before the word in its own clause and no preposition of a victim
    governs it (``واتهام موسكو بالتدخل``, ``تبني الزعماء اتهام بريطانيا لروسيا``): the clause
    is about that party, whose part the doer rules have already weighed (and left: it stands in
    a phrase or past the clause's start), so the subject of an earlier clause is not reached
    over it. The subject's own actor named there is no exception (``ولكن إذا ارتكب مواطنون
    إسرائيليون جرائم``: citizens, not the state)."""
    victims = role_frames().victim_prepositions
    clause = tokens[i].clause
    return any(
        a.last < i and tokens[a.first].clause == clause and a.governor not in victims
        for a in actors
    )


def _another_event_between(subject: Actor, i: int, tokens: list[Token]) -> bool:
    """Whether a clause after the subject's, up to the word's own, opens with a word that turns
    to another event (``[other_events]``, ``في حين``: ``بينما فشلت تصريحات المسؤولين
    الأتراك``، ``حيث ستكون الفرصة أمام البرازيليين``، ``في حين اعتبر اثنان``; not ``من حيث``
    "as for"), or the word's own clause opens with the cause of the subject's act
    (``[cause_openers]``, ``على خلفية``: ``فرضت الأمم المتحدة عقوبات على إريتريا على خلفية
    دعمها ... وزعزعة``، ``بسبب نشر تقرير``، ``لأن الكذبة``). Such a clause tells what another
    party did or what the subject answered, not the subject's next deed. A cause set between
    commas does not reach past them (``إن سحب ترامب ... تأييده لبيان ...، بسبب نزاع حول
    التجارة، استخفاف للأوروبيين``: the subject's own clause goes on)."""
    own = tokens[i].clause
    for k in range(subject.last + 1, i + 1):
        word = strip_conjunction(tokens[k].norm)
        pair = (word, tokens[k + 1].norm if k + 1 < len(tokens) else "")
        if pair == _WHILE or (
            tokens[k].clause != tokens[k - 1].clause
            and word in _OTHER_EVENTS
            and strip_conjunction(tokens[k - 1].norm) != _FROM
        ):
            return True
        starts = tokens[k].clause != tokens[k - 1].clause and tokens[k].clause == own
        if starts and (word in _CAUSES or pair == _AGAINST_BACKGROUND):
            return True
    return False


_OTHER_EVENTS = function_words("other_events")
_CAUSES = function_words("cause_openers")
_FROM = normalize("من")
_WHILE = (normalize("في"), normalize("حين"))
_AGAINST_BACKGROUND = (normalize("على"), normalize("خلفية"))


def _nationality_of_a_non_state(subject: Actor, tokens: list[Token]) -> bool:
    """Whether ``subject`` is a nationality adjective on a noun of media, a civil body or firm,
    a crowd, citizens, migrants, factions or a town, or of private persons (``[non_state_heads]``,
    ``[private_persons]``: ``المرصد السوري``، ``الجماهير السعودية``، ``المواطن البريطاني``):
    the phrase names who they are, not the state, which then did none of what follows."""
    if not subject.adjective or subject.first == 0:
        return False
    noun = strip_conjunction(tokens[subject.first - 1].norm)
    return bool({noun, noun.removeprefix("ال")} & _NON_STATE_HEADS)


_NON_STATE_HEADS = function_words("non_state_heads") | function_words("private_persons")


def _speaks_before(subject: Actor, i: int, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether ``subject`` speaks between itself and the word at ``i``: a verb of saying or
    evaluation (not of announcing, :data:`_ANNOUNCING`) after it (``الوزير ...، قال إنه``،
    ``صرح في``) with no noun subject written after the verb
    (:func:`_subject_not_written_after`), or a circumstantial participle (``واصفا``، ``قائلا``،
    ``معتبرة``), whose speaker is the subject of the sentence's first verb, when ``subject`` is
    that subject (:func:`_first_subject`); the word is in what the verb says
    (:func:`_said_through`). No other actor outside a prepositional phrase stands between them
    (the same actor may: ``الرئيس الأمريكي دونالد ترامب``), and ``subject`` is not itself inside
    what someone says (after إن/أن: ``اعتبر الأمير أن إدارة أوباما عملت ...، معتبرا أن إدارته
    فشلت``, where the speaker is another)."""
    if _after_a_complementizer(subject, tokens):
        return False
    for k in range(subject.last + 1, i):
        if any(
            subject.last < a.first < k and not a.in_phrase and a.actor != subject.actor
            for a in actors
        ):
            return False
        kind = speech_kind(tokens[k].norm)
        if kind not in _PARTICIPLES + SPEECH_KINDS or not _said_through(k, i, tokens):
            continue
        if cue_stem(tokens[k].norm, default_cues()) in _ANNOUNCING:
            continue  # ثم أعلنت أنها تبحث في تصعيد: who announces tells its own acts
        if kind in _PARTICIPLES and _first_subject(subject, tokens, actors):
            return True
        if kind in SPEECH_KINDS and _subject_not_written_after(k, tokens):
            return True
    return False


def _said_of_another_topic(
    subject: Actor, i: int, tokens: list[Token], actors: list[Actor]
) -> bool:
    """Whether the word at ``i`` is in what a verb or participle of saying after the subject
    says (:func:`_said_through`), and what it says names a topic of its own (not
    :func:`_refers_back`: ``قائلين إن تصريحات ...``، ``وقالت الوزارة إن كيوك جزء من مؤامرة``،
    ``مضيفا "هذا الاتفاق كان كارثة"``، ``محذرين بأن كيم كاذب``، ``من وصفهم بالإرهابيين``). A
    participle counts where it opens its clause, as a circumstance does (not ``دولة معتبرة``, a
    respected state), and a verb of expressing does not (``أعربت منظمات عن قلقها من انتهاكات``:
    the feeling is about the word, not a saying with a topic of its own), nor a preposition
    spelt as one (``عبر الإملاءات``: via)."""
    for k in range(subject.last + 1, i):
        kind = speech_kind(tokens[k].norm)
        if (
            kind not in _PARTICIPLES + SPEECH_KINDS
            or (kind in _PARTICIPLES and tokens[k].clause == tokens[k - 1].clause)
            or strip_conjunction(tokens[k].norm) in _EXPRESSING | PREPOSITIONS
            or not _said_through(k, i, tokens)
        ):
            continue
        return not _refers_back(subject, k, i, tokens) or _labels_what(k, subject, tokens, actors)
    return False


def _refers_back(subject: Actor, k: int, i: int, tokens: list[Token]) -> bool:
    """Whether what the verb of saying at ``k`` says points back with a pronoun, which may be
    the earlier subject's: the verb's object pronoun (``ووصفتها بالمزورة``، ``اتهمته ...
    بالخيانة``، ``واصفة إياه بالفصل العنصري``، ``نددت بها``), or the first complementizer
    after it carries one (``بأنه``، ``أنها``) or the word after that complementizer does
    (``معتبرا أن إدارته فشلت``). After a relative pronoun the object pronoun is the relative's
    noun's, which is the subject only right before it (``ترامب، الذي وصفه ... بأنه``; not
    ``الأمر الذي اعتبره خرقا``)."""
    cues = default_cues()
    relative = strip_conjunction(tokens[k - 1].norm) in _RELATIVES
    if (has_object_pronoun(tokens[k].norm, cues) and not (relative and k - 2 != subject.last)) or (
        k + 1 <= i and strip_conjunction(tokens[k + 1].norm) in _PRONOUN_OBJECTS
    ):
        return True
    for n in range(k + 1, i + 1):
        word = strip_conjunction(tokens[n].norm)
        if word in cues.complementizers:
            owned = n < i and tokens[n + 1].norm.endswith(PRONOUN_ENDINGS)  # أن إدارته
            return word not in _BARE_THAT or owned
    return False


def _labels_what(k: int, subject: Actor, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether the verb at ``k`` is the subject's own label for what a relative names: after ما
    or من, its pronoun is theirs (``ما وصفته بهجوم وحشي``، ``من وصفهم بالإرهابيين``), and the
    one who labels is the sentence's first subject (:func:`_first_subject`), here ``subject``
    (not ``توعد ترامب النظام السوري ... مقابل ما وصفه بأنه هجوم``: Trump labels, Syria did)."""
    return strip_conjunction(tokens[k - 1].norm) in _WHAT and _first_subject(
        subject, tokens, actors
    )


_WHAT = frozenset(normalize(w) for w in "ما من مما عما بما بمن لمن".split())
_EXPRESSING = function_words("expressing_verbs")
_RELATIVES = function_words("relatives")
_PRONOUN_OBJECTS = frozenset(
    normalize(w) for w in "إياه إياها إياهم إياهما به بها بهم بهما".split()
)
"""The verb's object as a separate pronoun (``واصفة إياه``، ``نددت بها``)."""
_BARE_THAT = frozenset(normalize(w) for w in "أن إن بأن".split())


def _said_through(k: int, i: int, tokens: list[Token]) -> bool:
    """Whether the word at ``i`` is in what the verb at ``k`` says: in its clause, or every
    clause after it up to the word's opens with a complementizer (``قائلا إنها صفقة سيئة``;
    not ``واصفا المنظمة بالكارثة، كما ضرب القواعد بعرض الحائط``: a deed told next)."""
    complementizers = default_cues().complementizers
    return all(
        strip_conjunction(tokens[n].norm) in complementizers
        for n in range(k + 1, i + 1)
        if tokens[n].clause != tokens[n - 1].clause
    )


def _first_subject(subject: Actor, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether ``subject`` is the subject of the sentence's first verb, whose circumstance a
    participle tells: in the first clause, with no other actor before it (``وبدأت تركيا``،
    ``فتحت وزارة العدل الأمريكية``; not ``وهاجم أردوغان حينها نتنياهو``, the verb's object)."""
    return tokens[subject.first].clause == 0 and not any(
        a.last < subject.first and a.actor != subject.actor for a in actors
    )


_PARTICIPLES = ("participle", "evaluation_participle")
_ANNOUNCING = frozenset(normalize(w) for w in "أعلن أعلنت يعلن تعلن كشف كشفت يكشف تكشف".split())
"""Verbs of announcing or revealing: their subject tells its own acts and plans, which the word
after them may be (not a third thing it speaks about)."""


def _after_a_complementizer(actor: Actor, tokens: list[Token]) -> bool:
    """Whether a complementizer (إن، أن، بأن) opens the actor's clause: what it is said of."""
    k = actor.first
    while k > 0 and tokens[k - 1].clause == tokens[actor.first].clause:
        k -= 1
    return strip_conjunction(tokens[k].norm) in default_cues().complementizers


def _subject_not_written_after(k: int, tokens: list[Token]) -> bool:
    """Whether the verb at ``k`` writes no noun subject after it: it ends its clause, or the
    word after it is a complementizer or a preposition (``قال إن``، ``صرح في``). Not a verb
    with its object as a pronoun (``ووصفه``): that object is the one spoken of, and may be the
    earlier subject itself (``انتقد الأمين العام قرار الإدارة الأمريكية، ووصفه بأنه ...``)."""
    if has_object_pronoun(tokens[k].norm, default_cues()):
        return False  # ووصفه بأنه مخالف للقانون: what it describes, maybe the earlier subject
    if k + 1 >= len(tokens) or tokens[k + 1].clause != tokens[k].clause:
        return True
    after = strip_conjunction(tokens[k + 1].norm)
    return after in default_cues().complementizers or after in PREPOSITIONS
