"""Putting the rules together: spans -> attribution -> continuation -> speaker resolution.

Continuation rules (applied when no cue attributes a quotation):

* ``split``          “…,” he said, “…” — handled by the attribution clause shared by both parts
  (the second part sees ", he said," before it).
* ``same-paragraph`` a quotation that starts its sentence after an attributed quotation in the same
  paragraph continues that speaker (“A,” he said. “B.”).
* ``colon-paragraph`` a paragraph that opens with a quotation after a paragraph ending in a colon
  ("Breitbart News responded:") takes its speaker from that sentence.
* ``next-paragraph`` a paragraph that opens with a quotation and names no speaker continues the
  speaker of the previous paragraph's last quotation.
* ``multi-paragraph`` pieces of one quotation over several paragraphs share one speaker.
* ``dash-signature`` a quotation standing alone in its paragraph, signed by a dash and a name that
  end its line or make up the next paragraph ("“…” ― Maria Lopez", "“…” ¶ - Bernie Sanders.").
"""
from __future__ import annotations

from bisect import bisect_left, insort
from itertools import compress, islice

from ..models import Quote
from . import attribution as A
from . import scare
from .coref import NameIndex, Speaker, resolve_pronoun
from .marks import Span, find_spans
from .mentions import Mention, np_after, np_before
from .profile import Profile
from .tokens import Tokens, is_quote_char

_SENT_END = {".", "!", "?", ";"}


class _Piece:
    __slots__ = ("span", "a", "b", "open_tok", "close_tok", "para")

    def __init__(self, span: Span, a: int, b: int, open_tok: int, close_tok: int, para: int):
        self.span, self.a, self.b = span, a, b
        self.open_tok, self.close_tok, self.para = open_tok, close_tok, para


class _Result:
    __slots__ = ("speaker", "s_start", "s_end", "mention", "cue", "method", "rule", "candidates", "record")

    def __init__(self, speaker=None, s_start=None, s_end=None, mention=None, cue=None,
                 method="unattributed", rule=None, candidates=None, record=None):
        self.speaker, self.s_start, self.s_end, self.mention = speaker, s_start, s_end, mention
        self.cue, self.method, self.rule = cue, method, rule
        self.candidates = candidates or []
        self.record = record


def extract(text: str, P: Profile, article_id: str = "") -> list[Quote]:
    spans = find_spans(text, P.lang)
    dup = scare.headline_repeats(text, spans, P)
    if dup:
        spans = [sp for k, sp in enumerate(spans) if k not in dup]
    if not spans:
        return []
    # paragraph number of every token (paragraphs are lines)
    para_of_off = _line_starts(text)
    # only the paragraphs around quotations are read word by word (the rules look no further)
    ranges = _neighbourhood(spans, para_of_off, len(text))
    glued = P.lang.extra.get("split_glued_sentences", False)
    tk = Tokens(text, P.clitic_re, ranges, glued)
    toks = tk.toks
    n = len(toks)
    tok_para = _token_lines(tk.starts, para_of_off)
    in_quote = bytearray(n)
    pieces: list[_Piece] = []
    for sp in spans:
        a = tk.index_at(sp.start)
        b = tk.index_at(sp.end)
        in_quote[a:b] = b"\1" * (b - a)
        open_tok = tk.index_at(sp.open_mark)
        close_tok = tk.index_at(sp.close_mark) if sp.close_mark >= 0 else b
        if sp.close_mark >= 0 and text[sp.close_mark:sp.close_mark + 2] in _DOUBLED_MARKS:
            close_tok = tk.index_at(sp.close_mark + 1)    # ''…'': the mark is two tokens, the cue follows both
        pieces.append(_Piece(sp, a, b, open_tok, close_tok, bisect_left(para_of_off, sp.open_mark + 1) - 1))
    # sentence ends outside quotations
    sent_end = []
    ordinal_nouns = P.lang.extra.get("ordinal_nouns", ())
    for q in compress(range(n), map(_SENT_END.__contains__, tk.texts)):    # (the marks only, in C)
        t = toks[q]
        if not in_quote[q]:
            if t.text == "." and q > 0:
                prev = toks[q - 1]
                if prev.end == t.start and (prev.low in P.abbrev or (len(prev.text) == 1 and prev.cap)):
                    continue
                if ordinal_nouns and prev.end == t.start and len(prev.text) <= 2 and prev.text.isdigit() \
                        and q + 1 < n and toks[q + 1].low in ordinal_nouns:
                    continue      # "am 20. August": an ordinal number, no sentence end
            if t.text in ".!?" and q + 1 < n and tok_para[q + 1] == tok_para[q]:
                nx = toks[q + 1]
                if not (nx.cap or nx.text[0].isdigit() or is_quote_char(nx.text) or nx.text in "([—–-"):
                    continue
                if t.text == "." and nx.start == t.end and (nx.text == "-" or nx.word) and not (
                        glued and nx.cap and nx.text[1:2].islower() and toks[q - 1].text[-2:].islower()):
                    continue      # "the D.C.-based institute", "U.S.-led": a period inside a word
            sent_end.append(q)
    # a quotation ending in . ! ? before a capitalised word ends its sentence (“… updated.” He said)
    ends = set(sent_end)
    for pc in (pieces if not P.noun_caps or P.lang.extra.get("final_marks") else ()):
        c = pc.close_tok
        if pc.span.close_mark >= 0 and c + 1 < n and tok_para[c + 1] == tok_para[c] and toks[c + 1].cap \
                and text[pc.span.start:pc.span.end].rstrip()[-1:] in ".!?" and c not in ends:
            ends.add(c)
            insort(sent_end, c)
    if P.lang.extra.get("datelines"):
        for q in _dateline_dashes(toks, tok_para, tk.caps):
            if q not in ends:
                insort(sent_end, q)     # "WASHINGTON (AP) — Trump said …": the dateline is no subject
    index = NameIndex.build(text, toks, P, [(s.start, s.end) for s in spans], tk.caps)
    covered = sum(b - a for a, b in ranges)
    if covered < len(text):
        index.add_text_names(text, P)     # full names anywhere in the article, for the fullest name
    index.learn_genders(toks, tk.texts, sent_end, tok_para, in_quote)

    comma_inside = P.lang.extra.get("comma_inside_quotes", False)

    def name_like(k: int) -> bool:
        """A short capitalised quotation that can be part of a speaker phrase ("schrieb „Die Zeit“")."""
        pc = pieces[k]
        b = pc.b
        if comma_inside and b - 1 > pc.a and toks[b - 1].text == ",":
            b -= 1          # American style: “Morning Joe,” keeps the comma of its clause inside the marks
        # (where nouns are capitalised, a phrase after an article with no capital at all can only be a
        # name: "ein Vertreter der „con energy ag“")
        return 0 < b - pc.a <= 5 and (toks[pc.a].cap or (
            P.noun_caps and pc.open_tok > 0 and toks[pc.open_tok - 1].low in P.dets
            and not any(toks[q].cap for q in range(pc.a, b)))) \
            and not any(toks[q].text in ".!?:;," for q in range(pc.a, b))

    def pre_window(pc: _Piece, k: int) -> tuple[int, int]:
        hi = pc.open_tok
        lo = bisect_left(tok_para, pc.para)
        j = k - 1
        while j >= 0 and pieces[j].para == pc.para and name_like(j):
            j -= 1          # a quoted name before the quotation belongs to its clause
        if j >= 0 and pieces[j].para == pc.para:
            lo = max(lo, pieces[j].close_tok + 1)
        s = bisect_left(sent_end, hi) - 1
        if s >= 0 and sent_end[s] >= lo:
            lo = sent_end[s] + 1
        return lo, hi

    def sentence_end(q: int) -> int:
        """The sentence end at or after token ``q`` (``n`` after the last one)."""
        s_ = bisect_left(sent_end, q)
        return sent_end[s_] if s_ < len(sent_end) else n

    def post_window(pc: _Piece, k: int) -> tuple[int, int]:
        lo = pc.close_tok + 1 if pc.span.close_mark >= 0 else pc.b
        if text[pc.span.start:pc.span.end].rstrip()[-1:] in P.lang.extra.get("final_marks", ".") \
                and lo < n and toks[lo].cap:
            # “… .” New sentence: the quotation ended its sentence, unless all that follows is a
            # short "Trump said." (a comma typed as a period)
            end = sentence_end(lo)
            if not (end - lo <= 6 and end > lo + 1 and tok_para[end - 1] == pc.para and toks[end - 1].word
                    and toks[end - 1].low in P.verbs and not toks[end - 1].cap and not P.v2):
                return lo, lo
        j = k + 1
        while j < len(pieces) and name_like(j):
            j += 1          # a quoted name after the quotation belongs to its clause
        nxt = pieces[j].open_tok if j < len(pieces) else n
        hi = min(nxt, sentence_end(lo))
        q = lo
        while q < hi and tok_para[q] == pc.para:
            q += 1
        return lo, q

    def sentence_start(pc: _Piece) -> int:
        lo = bisect_left(tok_para, pc.para)
        s = bisect_left(sent_end, pc.open_tok) - 1
        if s >= 0 and sent_end[s] >= lo:
            lo = sent_end[s] + 1
        return lo

    def near_subjects(i: int):
        """The subjects of the sentence of token ``i`` (before it) and of the sentence before, then the
        name reporting that sentence after a comma."""
        s = bisect_left(sent_end, i) - 1
        lo = sent_end[s] + 1 if s >= 0 else 0
        lo = max(lo, bisect_left(tok_para, tok_para[i]))
        m = A.sentence_subject(toks, lo, i, P)
        # (a quotation standing as the subject is no one: "“A big truck” plowed through, he said")
        yield None if m is not None and any(in_quote[q] for q in range(m.i, m.j)) else m
        if s >= 0 and sent_end[s] == lo - 1:
            plo = sent_end[s - 1] + 1 if s >= 1 else 0
            plo = max(plo, bisect_left(tok_para, tok_para[sent_end[s]]))
            m = A.sentence_subject(toks, plo, sent_end[s], P)
            yield None if m is not None and any(in_quote[q] for q in range(m.i, m.j)) else m
            # then the reporter of that sentence ("The allure of simplicity, Mr. Furman argued, is …",
            # "…, the department can step in, Wilcox said.")
            m = _reporter(toks, plo, sent_end[s], P)
            if m is not None and m.kind == "name" and not in_quote[m.i]:
                yield m

    # group pieces of multi-paragraph quotations
    groups: list[list[int]] = []
    for k, pc in enumerate(pieces):
        if pc.span.continues and groups and pieces[groups[-1][-1]].span.continued:
            groups[-1].append(k)
        else:
            groups.append([k])

    history: list[Speaker] = []
    results: list[_Result | None] = [None] * len(pieces)
    last_by_para: dict[int, int] = {}     # paragraph -> last attributed piece
    topic_pieces: set[int] = set()        # pieces listed as examples of topics or works

    for g in groups:
        first, last = pieces[g[0]], pieces[g[-1]]
        words = toks[first.a:last.b]
        qtext = text[first.span.start:last.span.end]
        pre_lo, pre_hi = pre_window(first, g[0])
        post_lo, post_hi = post_window(last, g[-1])
        is_naming = scare.naming(toks, first.open_tok, pre_lo, P) \
            or scare.medium_title(toks, first.open_tok, pre_lo, words, P)
        # one capitalised word (German „Raffaello“, „Roadmap“) is treated like a title
        is_title = scare.title_like(words, qtext, P) or scare.single_noun(words, P)
        is_short = scare.short(words, qtext)
        k0 = first.open_tok
        if is_title and k0 >= 2 and toks[k0 - 1].low in P.lang.extra.get("example_markers", ()) \
                and toks[k0 - 2].low in P.lang.extra.get("text_nouns", ()):
            is_title = False      # "skandierten Parolen wie „Stoppt den Krieg“": words someone says
        # examples of topics or works are their titles, and so is the rest of their list ("Vorträge zu
        # Themen wie „…“, „…“ oder beispielsweise „…“")
        topical = k0 >= 2 and toks[k0 - 1].low in P.lang.extra.get("example_markers", ()) \
            and toks[k0 - 2].low in P.lang.extra.get("topic_nouns", ())
        if not topical and g[0] - 1 in topic_pieces and pieces[g[0] - 1].para == first.para:
            fillers = P.lang.extra.get("example_fillers", ())
            topical = 0 < k0 - pieces[g[0] - 1].close_tok <= 3 and all(
                toks[q].low in P.conj or toks[q].text == "," or toks[q].low in fillers
                for q in range(pieces[g[0] - 1].close_tok + 1, k0))
        named = is_naming and P.title_speech and not _medium_name(toks, first.open_tok, P) \
            and toks[first.open_tok - 1].low != P.lang.extra.get("reflexive")    # ("nennt sich „X“": its own name)
        if topical:
            topic_pieces.add(g[-1])
            is_naming, is_title = True, False
        elif named:
            # a quoted name inside reported content is the speaker's word too ("der Minister teilte
            # mit, die Operation „Adler“ beginne"), except the name of a newspaper or agency
            is_naming, is_title = False, True
        if (is_title or is_short) and not is_naming and P.lang.extra.get("paren_labels") \
                and _paren_label(toks, first.open_tok, in_quote, P):
            is_naming, is_title = True, False     # "Transferleistungen („Hartz IV“)": a label in parentheses
        if is_title and not is_naming and g[0] > 0 and P.lang.extra.get("coordinated_names") \
                and pieces[g[0] - 1].para == first.para and results[g[0] - 1] is not None \
                and results[g[0] - 1].rule in ("naming", "title") and not results[g[0] - 1].speaker \
                and 0 < first.open_tok - pieces[g[0] - 1].close_tok <= 2 \
                and all(toks[q].low in P.conj or toks[q].text == "," for q in range(pieces[g[0] - 1].close_tok + 1,
                                                                                  first.open_tok)):
            is_naming, is_title = True, False     # "die Modelle „Touareg“ und „Phaeton“": one more name of the list
        sent_lo = sentence_start(first)
        att = None
        if P.words_phrases:
            nlo = post_hi + 1 if post_hi < n and toks[post_hi].text in ".!?" else post_hi
            nhi = sentence_end(nlo)
            att = A.words_phrase(toks, sent_lo, first.open_tok, post_lo, post_hi, nlo,
                                 nhi if nlo < n and tok_para[nlo] == last.para else nlo, P)
            if att is not None:
                is_naming = is_title = False      # someone's words, not a name or title
        if att is None and P.lang.extra.get("paren_quote_speaker") and first.open_tok - 2 >= pre_lo \
                and not (is_title or is_short or is_naming) and toks[first.open_tok - 2].word \
                and toks[first.open_tok - 1].text == "(" and last.close_tok + 1 < n and toks[last.close_tok + 1].text == ")":
            # "Hans Kurz („Das ist ein Skandal“) und Eva Lang („…“)": the phrase before the parenthesis speaks
            m = np_before(toks, first.open_tok - 1, pre_lo, P)
            if m is not None and m.kind in ("name", "description") and not m.after_prep:
                att = A.Attribution(m, "(", "parenthesis")
        if att is None and not is_naming and first.open_tok > sent_lo and P.lang.extra.get("saying_nouns"):
            att = A.content_noun_source(toks, sent_lo, first.open_tok, P)
            if att is not None:
                is_title = False      # words of the noun's content clause ("der Vorwurf der CDU, …")
        attributive = None
        if not is_naming and att is None and P.lang.extra.get("attributive_participles"):
            attributive = A.attributive_cue(toks, sent_lo, first.open_tok, post_lo, post_hi, P)
            if attributive is not None and attributive.mention is not None:
                att = attributive
        if not is_naming and att is None and attributive is None:
            att = A.final_verb_clause(toks, sent_lo, first.open_tok, post_lo, post_hi, P)
        if not is_naming and att is None and attributive is None:
            att = A.agent_after(toks, pre_lo, first.open_tok, post_lo, post_hi, P) or A.post_rules(toks, post_lo, post_hi, P)
            if att is not None and att.mention.kind == "pronoun" and toks[att.mention.i].low in P.expletives \
                    and A.expletive_source(toks, att, post_lo, post_hi, P) is None:
                att = None    # "„…“, weiter hieß es, …" names no source: a cue before may ("X schrieb: „…“")
            if att is not None and att.mention.kind == "pronoun" and P.lang.extra.get("pre_name_first") \
                    and pre_hi > pre_lo and toks[pre_hi - 1].text == ":":
                # "X sagte: „…“ betont sie": the named speaker of the cue before, not the pronoun after
                pre = A.pre_rules(toks, pre_lo, pre_hi, P, sent_lo=sent_lo)
                if pre is not None and pre.mention.kind in ("name", "description"):
                    att = pre
            if att is None and not (is_naming or is_title) and qtext.rstrip()[-1:] not in ".!?…":
                # ("…” by the shooting, Nefzi said.": a cue closing the sentence further on)
                shi = sentence_end(last.close_tok + 1)
                if shi > post_lo and tok_para[shi - 1] == last.para:
                    att = A.sentence_final_cue(toks, last.close_tok + 1, shi, in_quote, P)
            if att is None and P.lang.extra.get("post_any_verb") and not any(
                    toks[q].word for q in range(sent_lo, first.open_tok)):
                att = A.post_any_verb(toks, post_lo, post_hi, P)
            if att is not None and att.rule == "clause-end" and P.lang.extra.get("pre_cue_first"):
                # "nach Aussagen von X, die Spuren „…“ klebten, nach Aussagen von Y aber …": the
                # source before the quotation, not the one closing a later clause
                pre = A.pre_rules(toks, pre_lo, pre_hi, P, sent_lo=sent_lo)
                if pre is not None and pre.rule == "according-to":
                    att = pre
            if att is not None and att.rule == "post-verb-speaker" and P.lang.extra.get("pre_cue_first") \
                    and pre_hi > pre_lo and toks[pre_hi - 1].text == ",":
                # "Während X erklärte, …, „…“, räumte Y ein": the quotation closes the clause of the
                # cue before it
                pre = A.pre_rules(toks, pre_lo, pre_hi, P, sent_lo=sent_lo)
                if pre is not None and pre.rule in ("pre-speaker-verb", "sentence-verb", "outer-verb") \
                        and pre.mention.kind in ("name", "description", "pronoun"):
                    att = pre
            if att is not None and att.rule in ("post-speaker-verb", "post-verb-speaker") \
                    and P.lang.extra.get("subordinators") and pre_hi > pre_lo:
                att = _subordinate_cue(toks, sent_lo, pre_lo, pre_hi, post_lo, post_hi, P) or att
            if att is None:
                att = A.pre_rules(toks, pre_lo, pre_hi, P, adjacent_only=is_title and not P.title_speech,
                                  sent_lo=sent_lo)
            if att is None and is_title and P.lang.extra.get("titles_under_speech_verb"):
                # a title-case quotation that a speech verb of its sentence governs is that speaker's
                # wording ("Clinton said the goal was not to “Make America Great Again”")
                gov = A.pre_rules(toks, pre_lo, pre_hi, P, sent_lo=sent_lo)
                if gov is not None and gov.rule in P.lang.extra["titles_under_speech_verb"] \
                        and gov.mention.kind != "body":
                    att = gov
            if att is None and (not is_title or (
                    P.title_speech and first.open_tok > 0 and toks[first.open_tok - 1].low in P.lang.extra.get(
                        "predicate_markers", ()))):
                # (a title-like quotation only as the predicate of a speech verb: "werden von X als
                # „Meilensteine …“ bezeichnet")
                att = A.post_sentence_rules(toks, post_lo, post_hi, P, sent_lo)
            if att is None and is_title and P.title_speech:
                # "Die Medien hatten von einem „Volkskrieg“ gesprochen": a name or term inside the bracket
                # of an auxiliary and a speech participle is the subject's word
                att = A.bracket_cue(toks, sent_lo, first.open_tok, post_lo, post_hi, P)
            if att is None and P.lang.extra.get("relative_cue_pronouns"):
                att = A.relative_cue(toks, sent_lo, first.open_tok, post_lo, post_hi, P)
            if named and att is not None and 0 <= att.verb < first.open_tok \
                    and toks[att.verb].low not in P.lang.extra.get("calling_verbs", ()) \
                    and not any(toks[q].text == "," or toks[q].low in P.comps
                                for q in range(att.verb + 1, first.open_tok)):
                att = None    # the name is the object of the cue ("kündigte den Film „X“ an"), not reported
            if named and att is not None and att.rule in ("post-verb-speaker", "post-speaker-verb") \
                    and P.lang.extra.get("named_not_post") and last.close_tok + 1 < n \
                    and toks[last.close_tok + 1].text != ",":
                # "Nach der Enzyklika „X“ meldete Y, dass …": a name in the phrase before the verb (but
                # "Er begleitet den Stern „X“, teilte Y mit": after a comma the cue reports the clause)
                att = None
            if is_title and att is not None and _in_apposition(toks, att.mention, first.open_tok, P):
                # "sagte X, der Sprecher der „EVAC-Ambulanz“": a name in the speaker's apposition
                att, is_naming, is_title = None, True, False
        res = None
        if att is None and not (is_naming or is_title and not P.title_speech) and g[0] > 0:
            # another quotation earlier in the same sentence: same speaker ("called it “A” and “B”")
            pk = g[0] - 1
            prev = results[pk]
            if prev is not None and prev.speaker and pieces[pk].para == first.para \
                    and pieces[pk].close_tok >= sent_lo:
                res = _copy(prev, "same-sentence", keep_method=True)
        ended = post_hi == post_lo and qtext.rstrip()[-1:] in P.lang.extra.get("final_marks", "")
        if res is None and att is None and not (is_naming or is_title) and post_hi < n \
                and tok_para[post_hi] == last.para and (toks[post_hi].text in ".!?" or ended):
            nlo = post_hi if ended else post_hi + 1      # („…teurer.“ Das musste X einräumen.)
            nhi = sentence_end(nlo)
            if nlo < n and tok_para[nlo] == last.para:
                att = A.next_sentence_rules(toks, nlo, nhi, P)
        if res is None and att is None and not is_naming and P.lang.extra.get("source_adverbs"):
            # "Demnach seien …": an adverb of accordance opening the sentence stands for the source
            # before it, as a pronoun does (the quotation's words are that source's)
            res = _source_adverb(toks, sent_lo, first.open_tok, first.para, tok_para, sent_end, in_quote, text, P,
                                 index, history)
        if res is None and att is None and not (is_naming or is_title and not P.title_speech) and P.subjunctive \
                and _subjunctive(toks, sent_lo, first.open_tok, post_lo, post_hi, P) \
                and not _own_complement(toks, sent_lo, first.open_tok, P):
            # (a source phrase before continues only a sentence that is reported speech as a whole)
            att = A.reported_speaker(toks, _previous_sentences(sent_lo, first.para, tok_para, sent_end, in_quote,
                                                               toks=toks, chain=P.subjunctive),
                                     P, P.lang.extra.get("reported_sources", False)
                                     and _subjunctive(toks, sent_lo, first.open_tok, 0, 0, P))
            pk = g[0] - 1
            if P.lang.extra.get("reported_after_quote") and pk >= 0 and results[pk] is not None \
                    and results[pk].speaker and pieces[pk].para >= first.para - 1 \
                    and (att is None or pieces[pk].open_tok > att.mention.i):
                # "„Mein Bruder braucht Ruhe.“ Der Rücktritt sei …": reported speech after a quotation
                # nearer than any cue continues its speaker
                res, att = _copy(results[pk], "reported-speech", keep_method=True), None
        if res is None and att is None and not (is_naming or is_title and not P.title_speech) and pre_hi > sent_lo:
            # (a name or term in the words of a noun of saying is theirs too, as under a speech verb)
            att = A.speech_noun_source(toks, sent_lo, pre_hi, P)
        if res is None and att is None and not (is_naming or is_title):
            att = A.possessive_content(toks, sent_lo, first.open_tok, last.close_tok, P)
        if res is None and att is None and not (is_naming or is_title) and pre_hi > sent_lo:
            att = A.view_holder(toks, sent_lo, pre_hi, P)     # "37 Prozent sind der Auffassung, dass … „…“"
        if res is None and att is None and not is_naming and pre_hi > sent_lo and P.lang.extra.get("written_verbs"):
            att = A.written_source(toks, sent_lo, first.open_tok, post_lo, post_hi, P)
            if att is not None and att.mention.kind == "pronoun":
                res, att = _place_source(toks, att, sent_lo, first.para, tok_para, sent_end, in_quote, P), None
        if res is None and att is None and not (is_naming or is_title) and pre_hi > sent_lo:
            m = A.sentence_subject(toks, sent_lo, pre_hi, P)
            if m is not None and P.lang.extra.get("nearest_clause_subject"):
                m = A.nearest_clause_subject(toks, sent_lo, pre_hi, in_quote, P) or m
            if m is not None and P.lang.extra.get("complement_speakers"):
                m = A.complement_speaker(toks, sent_lo, pre_hi, in_quote, P) or m
            if m is not None and (m.kind != "name" or m.j - m.i > 1 or m.i > sent_lo
                                  or index.known(toks[m.i].text)) \
                    and not (is_short and m.kind not in ("name", "pronoun")
                             and P.lang.extra.get("scare_quotes_of_persons")
                             and not _speaking_body(toks, m, P)) \
                    and not (is_short and m.kind == "body" and P.lang.extra.get("short_quote_persons")
                             and not m.j <= _reported_complement(toks, sent_lo, first.open_tok, last.close_tok,
                                                                 sentence_end(last.close_tok), P)
                             and toks[first.open_tok - 1].low not in P.lang.extra.get("predicate_markers", ())
                             and toks[first.open_tok - 1].low not in P.lang.extra.get("example_markers", ())) \
                    and not _patient_subject(toks, m, pre_hi, P) and not _passive_speech(toks, m, pre_hi, P) \
                    and not (m.kind == "body" and _mute_head(toks, m, sent_lo, P)):
                # (a scare quote is a person's word only: "Trump called it “rigged”", not
                # "the communes hope to end “parking squatters”")
                m = A.relative_clause_subject(toks, m, pre_hi, P)
                m = A.possessive_owner(toks, m, P) or m     # "Seine Zuversicht gründet sich auf …: „…“"
                att = A.Attribution(m, None, "sentence-subject")
        if res is None and att is None and not (is_naming or is_title) and pre_hi - 1 > sent_lo \
                and toks[pre_hi - 1].text == ":" and P.lang.extra.get("colon_subject"):
            m = A.colon_subject(toks, sent_lo, pre_hi - 1, P)
            if m is not None:
                m = A.possessive_owner(toks, m, P) or m     # "Ihre Antwort war deutlich: „…“": its owner
                att = A.Attribution(m, None, "colon-subject")
        if res is None and att is None and is_title and not is_naming and P.title_speech:
            # a title-like quotation in a sentence with a source phrase anywhere ("Ersten Angaben
            # zufolge gehörte die „Dornier Do 228“ …")
            att = A.sentence_source(toks, sent_lo, sentence_end(last.close_tok), in_quote, P)
        if res is None and att is None and is_title and not is_naming and P.title_speech \
                and P.lang.extra.get("reported_complements"):
            # "X schränkte ein, dass nicht an eine „Eins zu Eins“-Begegnung gedacht sei": a "dass" clause in
            # the subjunctive reports the words of its main clause's subject, names and terms included
            c = _reported_complement(toks, sent_lo, first.open_tok, last.close_tok,
                                     sentence_end(last.close_tok), P)
            if c > sent_lo:
                m = A.sentence_subject(toks, sent_lo, c, P) or A.subject_with_pps(toks, sent_lo, c, P)
                if m is not None and m.kind in ("name", "description", "pronoun", "body") \
                        and not _patient_subject(toks, m, c, P) and toks[m.i].low not in P.expletives:
                    att = A.Attribution(m, None, "sentence-subject")
        if res is None and att is None and not (is_naming or is_title) and P.lang.extra.get("dash_signature"):
            att = _dash_signature(first, last, toks, tok_para, P)
        if att is not None and _inside_quotation(att.mention, toks, in_quote):
            att = None      # a speaker phrase inside a quotation ("eine "große Koalition" …")
        if att is not None and att.cue and att.cue.lower() in P.expletive_verbs and att.rule != "reported-speech" \
                and not (att.rule == "as-clause" and att.mention.after_prep) \
                and toks[att.mention.i].low not in P.expletives:
            att = None      # "Das Lokal hieß „Zur Hütte“": heißen names, only "heißt es" cites
        if att is not None and att.mention.kind == "pronoun" and toks[att.mention.i].low in P.expletives:
            # "„…“, hieß es in der Rede" / "In dem Antrag heißt es: „…“": the source is the document
            lo_, hi_ = (post_lo, post_hi) if att.mention.i >= post_lo else (sent_lo, pre_hi)
            expletive, att = att, A.expletive_source(toks, att, lo_, hi_, P)
            if att is None and P.lang.extra.get("document_nouns"):
                # "Die Zeitung brachte einen Bericht. So heißt es, …": the document named just before
                m = _document_before(toks, sent_lo, first.para, tok_para, sent_end, in_quote, P)
                att = A.Attribution(m, expletive.cue, expletive.rule, expletive.verb) if m is not None else None
        if att is not None and att.mention is not None and att.mention.i < first.open_tok \
                and P.lang.extra.get("outer_speaker"):
            outer = A.outer_speaker(toks, att.mention, sent_lo, P)
            if outer is not None and outer.kind == "name" and outer.name_i >= 0:
                known = index.genders.get(index.fullest(_name_text(text, toks, outer.name_i, outer.name_j, P)))
                if known and known != P.gender_of(toks[att.mention.i].low):
                    outer = None      # "Ellen Brook said he …": another person
            if outer is not None:
                att = A.Attribution(outer, att.cue, att.rule, att.verb)
        if res is not None:
            pass
        elif att is not None:
            res = _resolve(att.mention, att.cue, att.rule, text, toks, P, index, history, first.span.start,
                           near_subjects)
        elif not (is_naming or is_title or is_short):
            res = _continuation(g, pieces, results, last_by_para, pre_lo, pre_hi, text, toks, P, index,
                                history, sent_end, tok_para)
            narrative = res is not None and res.rule == "same-paragraph" and P.lang.extra.get("narrative_subject_first")
            if res is not None and not any(toks[q].word for q in range(pre_lo, pre_hi)) \
                    and not any(toks[q].word for q in range(post_lo, post_hi)):
                prev = _previous_subject(first, sent_lo, text, toks, P, index, history, sent_end, tok_para,
                                         in_quote, near_subjects)
                if prev is None:
                    pass
                elif narrative and prev.method == "explicit" and prev.speaker != res.speaker:
                    # "„…“, sagte der Papst. Sein Bruder Georg war eingeweiht. „…“": a narrative sentence
                    # about another named person between the quotations gives the new speaker
                    res = prev
                elif prev.speaker == res.speaker and g[0] > 0 and prev.s_start > pieces[g[0] - 1].span.end:
                    # "“…,” says Gloria Garcia. She says people … “…”": the speaker continues, and the
                    # mention that governs the quotation is the subject of the sentence before it
                    res = _Result(res.speaker, prev.s_start, prev.s_end, prev.mention, res.cue, res.method, res.rule,
                                  res.candidates, None)
        if res is None and att is None and not (is_naming or is_title or is_short) \
                and not any(toks[q].word for q in range(pre_lo, pre_hi)) \
                and not any(toks[q].word for q in range(post_lo, post_hi)):
            res = _previous_subject(first, sent_lo, text, toks, P, index, history, sent_end, tok_para,
                                    in_quote, near_subjects)
        if res is None:
            res = _Result(rule="title" if is_title else "naming" if is_naming else None)
        elif res.record is not None:
            history.append(res.record)
        for k in g:
            results[k] = res
            if res.speaker:
                last_by_para[pieces[k].para] = k

    # a quotation without a speaker takes that of the next quotation joined to it by "und" or a comma
    # when its cue follows both ("„A“ und „B“, sagte X")
    for k in range(len(pieces) - 2, -1, -1):
        res, nxt = results[k], results[k + 1]
        if (res.speaker and res.rule != "sentence-subject") or res.rule == "naming" or not nxt.speaker \
                or nxt.s_start is None \
                or nxt.s_start < pieces[k + 1].span.end or pieces[k].para != pieces[k + 1].para:
            continue
        gap = toks[pieces[k].close_tok + 1:pieces[k + 1].open_tok]
        if len(gap) <= 3 and all(t.low in P.conj or t.text in ",;–—-" for t in gap):
            results[k] = _copy(nxt, "same-sentence", keep_method=True)
    # a quoted name inside a speaker phrase, or heading one that has no noun of its own ("schrieb die
    # liberale „El Mundo“"), is part of that phrase
    spk_spans = [(r.s_start, r.s_end) for r in results if r.speaker and r.s_start is not None]
    for k, (pc, res) in enumerate(zip(pieces, results)):
        if res.speaker and (any(a <= pc.span.open_mark and pc.span.end <= b for a, b in spk_spans) or (
                name_like(k) and res.s_end is not None and res.s_end <= pc.span.open_mark
                and not text[res.s_end:pc.span.open_mark].strip()
                and not any(w[:1].isupper() for w in text[res.s_start:res.s_end].split()[1:])) or (
                (name_like(k) or _web_name(toks, pc)) and _medium_position(toks, pc.open_tok, P)) or (
                name_like(k) and _publication_name(toks, pc.open_tok, P)) or (
                name_like(k) and _medium_in(toks, pc, P)) or (
                name_like(k) and _after_speaker_prep(toks, pc.open_tok, res, P)) or (
                name_like(k) and _inside_cue(k, pieces, results, toks, P))):
            results[k] = _Result(rule="naming")
    out = []
    for pc, res in zip(pieces, results):
        sp = pc.span
        out.append(Quote(text=text[sp.start:sp.end], start=sp.start, end=sp.end, speaker=res.speaker,
                         speaker_start=res.s_start, speaker_end=res.s_end, speaker_mention=res.mention,
                         cue=res.cue, method=res.method if res.speaker else "unattributed",
                         rule=res.rule, candidates=list(res.candidates), article_id=article_id))
    out.sort(key=lambda q: q.start)
    return out


#: a double quote mark typed as two single ones (''…'' in news feeds, ``…'' in TeX), as ``marks`` reads them
_DOUBLED_MARKS = frozenset(("''", "``", "’’", "‘‘"))


def _subordinate_cue(toks, sent_lo: int, pre_lo: int, pre_hi: int, post_lo: int, post_hi: int, P: Profile):
    """The cue before a quotation, instead of the cue after it, when the quotation closes a clause of
    its own and the cue after it opens the main clause ("When someone shouted, “Cruz,” Beck joked",
    "Even as Trump claimed that “…,” a prosecutor said …") or introduces another quotation
    ("Clinton replied with, “…” Mills then writes back, “…”"). English."""
    q = sent_lo
    while q < pre_hi and toks[q].low in P.conj | {"but", "yet", "so", "even"}:
        q += 1
    opens_clause = q < pre_hi and toks[q].low in P.lang.extra["subordinators"]
    # (a short cue only: "Mills then writes back, “")
    runs_on = post_hi < len(toks) and is_quote_char(toks[post_hi].text) and toks[post_hi - 1].text in ",:" \
        and sum(toks[k].word for k in range(post_lo, post_hi)) <= 5
    if not (opens_clause or runs_on):
        return None
    pre = A.pre_rules(toks, pre_lo, pre_hi, P, adjacent_only=True, sent_lo=sent_lo)
    if pre is None or pre.rule not in ("pre-speaker-verb", "pre-verb-speaker") or pre.verb < q \
            or pre.mention.kind not in ("name", "description", "pronoun", "body") or pre.mention.i < q \
            or opens_clause and any(toks[k].text == "," for k in range(q, pre.mention.i)):
        return None     # ("When asked about it, Trump said: “…,” the Times reported": the clause closed before)
    return pre


def _reported_complement(toks, sent_lo: int, open_tok: int, close_tok: int, sent_hi: int, P: Profile) -> int:
    """The comma opening the "dass"/"ob" clause the quotation stands in when that clause has a verb in
    the subjunctive (indirect speech: "…, dass nicht an eine „…“ gedacht sei"), else -1."""
    rel = P.lang.extra.get("relative_cue_pronouns", ())
    c = next((q for q in range(open_tok - 1, sent_lo, -1)
              if (toks[q].low in P.comps or toks[q].low in rel) and toks[q - 1].text == ","), -1)
    if c < 0 or any(toks[q].text in ".;:" for q in range(c, open_tok)):
        return -1
    end = next((q for q in range(close_tok + 1, sent_hi) if toks[q].text in ",;:"), sent_hi)
    if any(_konjunktiv(toks, q, c + 1, end, P) for q in range(c + 1, end)):
        return c - 1
    return -1


def _paren_label(toks, open_tok: int, in_quote, P: Profile) -> bool:
    """The quotation opened at ``open_tok`` stands in a parenthesis (maybe after other quoted labels)
    right after a common noun: a label of what precedes ("Transferleistungen („Hartz IV“, „Rente mit
    67“)"), not a quotation. After a person's name the parenthesis holds their words instead ("Hans
    Kurz („Unsinn“)"); after another quotation it is its translation, with the same source."""
    k = open_tok - 1
    while k > 0 and open_tok - k < 30 and toks[k].text != "(" and (
            in_quote[k] or is_quote_char(toks[k].text) or toks[k].text in ",;" or toks[k].low in P.conj):
        k -= 1
    if k < 1 or toks[k].text != "(":
        return False
    prev = toks[k - 1]
    if not (prev.word and prev.cap) or P.is_title(prev.low):
        return False
    m = np_before(toks, k, max(0, k - 8), P)
    return m is None or m.kind != "name" or m.name_i < 0 or toks[m.name_j - 1].low.endswith(
        P.lang.extra.get("common_noun_suffixes", ()) or ("\0",)) or not _name_like_run(toks, m)


def _name_like_run(toks, m) -> bool:
    """The name part of ``m`` has at least two capitalised words (a first name and a surname)."""
    return m.name_j - m.name_i >= 2


def _in_apposition(toks, m, open_tok: int, P: Profile) -> bool:
    """The quotation opened at ``open_tok`` stands in an apposition right after the speaker phrase
    ``m`` (", der Sprecher der so genannten „…“"): no verb or comma between, so it is part of who
    speaks, not of what is said."""
    e = m.appos[1] if m.appos and m.appos[1] > m.j else m.j
    if m.kind == "pronoun" or not (e + 1 < open_tok and toks[e].text == "," and open_tok - e <= 12):
        return False
    finite = P.lang.extra.get("subjunctive", ())
    return not any(toks[q].text in ",;:" or toks[q].low in P.comps or toks[q].low in P.verbs
                   or toks[q].low in P.v2_finite or toks[q].low in finite for q in range(e + 1, open_tok))


def _speaking_body(toks, m, P: Profile) -> bool:
    """``m`` is an organisation that speaks as one ("the Sanders campaign", "His campaign", "the
    committee"): its scare quotes are its words like a person's. English."""
    bodies = P.lang.extra.get("speaking_bodies", ())
    return bool(bodies) and m.kind in ("description", "body") and toks[_before_adverbs(toks, m.j - 1, m.i, P)].low in bodies


def _before_adverbs(toks, h: int, lo: int, P: Profile) -> int:
    """``h`` or, when it is a manner adverb a phrase ran on into ("the crowd loudly"), the word before."""
    while h > lo and not toks[h].cap and toks[h].low.endswith(tuple(P.adverb_suffixes)):
        h -= 1
    return h


def _inside_quotation(m, toks, in_quote) -> bool:
    """The phrase ``m`` lies in a quotation, unless it holds a name in quote marks ("die
    „Computerwoche“", "ein Sprecher der „Grünen Liga“")."""
    if not any(in_quote[q] for q in range(m.i, m.j)):
        return False
    return not any(is_quote_char(toks[q].text) for q in range(m.i, m.j))


def _medium_name(toks, open_tok: int, P: Profile) -> bool:
    """The quotation names a medium or an organisation: the noun before it ends in a word of
    ``medium_nouns`` ("das Nachrichtenmagazin „Der Spiegel“", "die Agentur „Interfax“")."""
    k = open_tok - 1
    suffixes = P.lang.extra.get("medium_nouns", ())
    return k >= 0 and toks[k].word and toks[k].low.endswith(suffixes)


def _patient_subject(toks, m, hi: int, P: Profile) -> bool:
    """The subject undergoes the sentence rather than saying anything: a passive ("Er wurde wegen
    „…“ angezeigt") or a verb of being regarded ("Er galt als „…“")."""
    verbs = P.lang.extra.get("patient_verbs", ())
    if not verbs:
        return False
    e = m.j
    while e < hi and (toks[e].low in P.fillers or toks[e].text == ","):
        e += 1
    if e < hi and toks[e].low in verbs:
        return True
    # a second clause joined by "und" whose verb is one of these ("Er war Präsident und galt als „…“",
    # "…, und 1997 wurde ihm das „…“ verliehen"): the quotation is in that clause
    for q in range(e + 1, hi):
        if toks[q].low in verbs and any(toks[c].low in P.conj for c in range(max(e, q - 3), q)):
            return True
    return False


def _passive_speech(toks, m, hi: int, P: Profile) -> bool:
    """The subject is spoken to or about: a passive speech verb follows it ("Pence was asked about the
    “…” comment", "She was told “…”"): it does not say the quotation. English."""
    passive = P.lang.extra.get("passive_be")
    if not passive:
        return False
    e = m.j
    seen = False
    while e < hi and (toks[e].low in P.fillers or toks[e].low in passive) and e - m.j < 4:
        seen = seen or toks[e].low in passive
        e += 1
    return seen and e < hi and toks[e].low in P.verbs and not toks[e].low.endswith("ing") \
        and not (e + 1 < hi and toks[e + 1].low == "to")   # ("is reported to have called": still the speaker)


def _inside_cue(k: int, pieces, results, toks, P: Profile) -> bool:
    """The quoted name stands between the quotation before it and that quotation's speaker after both,
    inside its cue ("„…“, zitiert die „Computerwoche“ Lynch"): part of the cue, said by nobody."""
    if k == 0 or results[k].rule != "same-sentence" or pieces[k - 1].para != pieces[k].para:
        return False
    prev = results[k - 1]
    return prev.speaker is not None and prev.s_start is not None \
        and prev.s_start >= pieces[k].span.end and prev.s_start == results[k].s_start \
        and pieces[k].open_tok - pieces[k - 1].close_tok <= 4 and toks[pieces[k - 1].close_tok + 1].text == ","


def _after_speaker_prep(toks, open_tok: int, res: _Result, P: Profile) -> bool:
    """A quoted name after a preposition that follows its own speaker or cue verb: where the
    speaker works or whom they told ("sagte Jana Wolf vom „Netzwerk Ost“", "sagte zum „Kurier“")."""
    preps = P.lang.extra.get("speaker_preps", ())
    k = open_tok - 1
    if k >= 0 and toks[k].low in P.definite:
        k -= 1
    if k < 1 or toks[k].low not in preps:
        return False
    prev = toks[k - 1]
    return prev.end == res.s_end or (res.cue is not None and prev.text == res.cue)


def _medium_in(toks, pc, P: Profile) -> bool:
    """A quoted name after "in der"/"im" right before a verb of writing or saying: the medium where it
    was written ("In der „BILD am Sonntag“ schreibt X", "im „Spiegel“ sagte X")."""
    preps = P.lang.extra.get("medium_in_preps", ())
    k = pc.open_tok - 1
    if k >= 0 and toks[k].low in P.definite:
        k -= 1
    a = pc.close_tok + 1
    return k >= 0 and toks[k].low in preps and a < len(toks) and toks[a].word and not toks[a].cap \
        and toks[a].low in P.verbs


def _publication_name(toks, open_tok: int, P: Profile) -> bool:
    """A quoted name after a noun of a medium or a publication, maybe with an article or a
    preposition and an article between ("die Musikzeitschrift „Billboard“", "die Online-Ausgabe des
    „Spiegel“", "einem Artikel der „New York Times“", "ein Gastbeitrag für die „BILD am Sonntag“"):
    the medium's name, not something said."""
    nouns = P.lang.extra.get("publication_nouns")
    if not nouns:
        return False
    k = open_tok - 1
    if k >= 0 and toks[k].low in P.dets:
        k -= 1
        if k >= 0 and (toks[k].low in P.preps or toks[k].low in P.lang.extra.get("publication_preps", ())):
            k -= 1
    return k >= 0 and toks[k].word and toks[k].cap and toks[k].low.endswith(nouns)


def _web_name(toks, pc) -> bool:
    """The quotation is one web address ("tagesschau.de", "spiegel.de"): a medium's name."""
    if pc.b - pc.a != 1:
        return False
    w = toks[pc.a].text
    return "." in w.strip(".") and w.replace(".", "").replace("-", "").isalnum()


def _medium_position(toks, open_tok: int, P: Profile) -> bool:
    """A quoted name right after a preposition, or after a speech verb, with at most a definite
    article between: a medium, place or addressee of the attribution ("gegenüber dem „Tagesspiegel“",
    "laut „Reuters“", "sagte der „Berliner Zeitung“"), not something said."""
    if not P.medium_preps:
        return False
    k = open_tok - 1
    if k >= 0 and toks[k].low in P.definite:
        k -= 1
        if k >= 0 and toks[k].low in P.nominative_pronouns and k - 1 >= 0 and toks[k - 1].low in P.verbs:
            k -= 1        # "sagte er dem „Spiegel“": the subject between the verb and the addressee
        elif k < 0 or toks[k].text in ".!?":
            return toks[open_tok - 1].low in P.lang.extra.get("dative_articles", ())  # "Dem „Handelsblatt“ sagte X"
        elif toks[open_tok - 1].low in P.lang.extra.get("addressee_articles", ()):
            b = k
            while b >= 0 and k - b < 5 and toks[b].word and toks[b].low not in P.verbs and toks[b].low not in P.preps:
                b -= 1    # "sagte der 44-Jährige dem „Abendblatt“": a subject phrase between
            if b >= 0 and b < k and toks[b].word and toks[b].low in P.verbs and not toks[b].cap:
                return True
    if k < 0 or not toks[k].word or toks[k].cap:
        return False
    return toks[k].low in P.medium_preps or toks[k].low in P.according_first or (
        toks[k].low in P.verbs and k + 1 < open_tok)


def _subjunctive(toks, lo, open_tok, post_lo, post_hi, P: Profile) -> bool:
    if P.lang.extra.get("subjunctive_main_clause"):
        # the sentence itself is reported speech: a subjunctive before its first comma ("Der Airbus
        # sei …", "Kämen sie nicht, so …"), not only in a clause after a verb ("X erklärte, es sei …")
        if lo < open_tok and toks[lo].low in P.lang.extra.get("subordinators", ()):
            # a fronted subordinate clause: the main clause starts after its comma ("Obwohl X …, sei man …")
            c = next((q for q in range(lo + 1, open_tok) if toks[q].text == ","), -1)
            if c > 0:
                lo = c + 1
        for q in range(lo, open_tok):
            if _konjunktiv(toks, q, lo, open_tok, P):
                return True
            if toks[q].text == "," and q > lo:
                break
        clause_words = P.comps | frozenset(P.lang.extra.get("subordinators", ()))
        for q in range(post_lo, post_hi):
            if _konjunktiv(toks, q, post_lo, post_hi, P):
                return True
            if toks[q].text == "," and q + 1 < post_hi and toks[q + 1].low in clause_words:
                return False    # "X will „…“, ob … solle": the subjunctive of a clause after the quotation
        return False
    else:
        if any(toks[q].low in P.subjunctive for q in range(lo, open_tok)):
            return True
    return any(toks[q].low in P.subjunctive for q in range(post_lo, post_hi))


def _konjunktiv(toks, q: int, lo: int, hi: int, P: Profile) -> bool:
    """``toks[q]`` is a subjunctive verb of the sentence starting at ``lo``: not a capitalised noun
    inside it ("Erfolge", "Stimme"), nor the first person indicative of the same form ("stelle ich")."""
    if toks[q].low not in P.subjunctive or (P.noun_caps and toks[q].cap and q > lo):
        return False
    first = P.lang.extra.get("first_person", ())
    return not ((q + 1 < hi and toks[q + 1].low in first) or (q - 1 >= lo and toks[q - 1].low in first))


def _own_complement(toks, lo: int, open_tok: int, P: Profile) -> bool:
    """The quotation stands in a "dass"/"ob" clause of its own sentence whose main clause is no
    subjunctive ("X schränkte ein, dass … „…“ … sei"): its subject reports, not an earlier source."""
    if not P.lang.extra.get("own_complement") or _subjunctive(toks, lo, open_tok, 0, 0, P):
        return False
    return any(toks[q].low in P.comps and toks[q - 1].text == "," for q in range(lo + 1, open_tok))


def _previous_sentences(sent_lo, para, tok_para, sent_end, in_quote, count=3, toks=None, chain=(), most=8):
    """Token ranges of up to ``count`` sentences before ``sent_lo`` in this or the previous
    paragraph, nearest first, with quotations cut out: the stretch after a sentence's last quotation,
    then the one before its first ("X sagte, es müsse „…“"). With ``chain`` (subjunctive forms), up to
    ``most`` sentences while each one read is in the subjunctive too: reported speech running on over
    many sentences goes back to its source."""
    out = []
    n_sent = 0
    hi = sent_lo - 1
    s = bisect_left(sent_end, hi)
    # (the previous paragraph is the previous line with words: blank lines separate paragraphs)
    first_tok = bisect_left(tok_para, para)
    prev_para = tok_para[first_tok - 1] if first_tok > 0 else para - 1
    while (n_sent < count or (chain and n_sent < most and any(
            toks[q].low in chain for a, b in out[-2:] for q in range(a, b)))) \
            and hi > 0 and tok_para[hi - 1] >= prev_para:
        s -= 1
        n_sent += 1
        lo = sent_end[s] + 1 if s >= 0 else 0
        lo = max(lo, bisect_left(tok_para, tok_para[hi - 1]))
        # skip quoted tokens: every stretch between quotations, the last one first ("„…“, äußerte
        # sich X gegenüber dem „Abendblatt“.")
        q = hi
        while q > lo:
            e = q
            while q > lo and not in_quote[q - 1]:
                q -= 1
            if e > q or e == hi:
                out.append((q, e))
            while q > lo and in_quote[q - 1]:
                q -= 1
        hi = lo - 1 if lo > 0 and toks_is_end(sent_end, lo - 1) else lo
    return out


def toks_is_end(sent_end, q) -> bool:
    i = bisect_left(sent_end, q)
    return i < len(sent_end) and sent_end[i] == q


#: lines read before a quotation's first line and after its last one (paragraphs are separated by
#: blank lines, so this covers about three paragraphs before and the paragraph after)
LINES_BEFORE, LINES_AFTER = 7, 2


def _neighbourhood(spans: list[Span], line_starts: list[int], size: int) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    nlines = len(line_starts)
    for sp in spans:
        a = bisect_left(line_starts, sp.open_mark + 1) - 1
        b = bisect_left(line_starts, max(sp.end, sp.close_mark) + 1) - 1
        lo = line_starts[max(0, a - LINES_BEFORE)]
        hi_line = b + LINES_AFTER + 1
        hi = line_starts[hi_line] if hi_line < nlines else size
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(a, b) for a, b in out]


def _token_lines(starts: list[int], line_starts: list[int]) -> list[int]:
    """The line number of every token (both lists sorted): one merge pass (5 times faster than a
    bisection per token, even one called by ``map``)."""
    out = []
    ap = out.append
    line = 0
    nxt = line_starts[1] if len(line_starts) > 1 else 1 << 62
    last = len(line_starts) - 1
    for s in starts:
        while s >= nxt:
            line += 1
            nxt = line_starts[line + 1] if line < last else 1 << 62
        ap(line)
    return out


def _line_starts(text: str) -> list[int]:
    starts = [0]
    i = text.find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    return starts


def _name_text(text: str, toks, i: int, j: int, P: Profile) -> str:
    """The name written in tokens ``[i, j)``, without a possessive or contracted 's ("Christie's been
    saying", "Trump’s campaign": the person is Christie, Trump)."""
    nm = text[toks[i].start:toks[j - 1].end]
    if P.possessive_s and nm[-2:] in ("’s", "'s") and len(nm) > 3:
        nm = nm[:-2]
    return nm


def _local_subject(m: Mention, pg: str, text: str, toks, P: Profile, index: NameIndex, near,
                   strict: bool = False, depth: int = 0) -> str | None:
    """``he``/``she`` stands for the named subject of its own sentence ("Rubio said … whom he called
    “…”") or of the sentence before, when the gender does not contradict: the nearest fitting name
    wins over earlier speakers. A subject that is a pronoun of the same gender passes on what it
    stands for ("Trump spoke. But he stood by it. “…,” he said": Trump). ``strict``: the gender must
    be known to fit (German "sie" is also "they")."""
    for s in near(m.i):
        if s is not None and s.kind == "pronoun" and s.i != m.i and depth < 3 \
                and P.gender_of(toks[s.i].low) == pg:
            # "Trump acknowledged … . But he stood by … . “…,” he said": a pronoun of the same gender
            # as the subject of the sentence before stands for the same person as that subject
            return _local_subject(s, pg, text, toks, P, index, near, strict, depth + 1)
        if s is None or s.kind != "name" or s.i == m.i:
            continue
        b = s.name_i - 1 - (s.name_i - 2 >= s.i and toks[s.name_i - 1].text == ".")    # (a title before: "Mr. Hurt")
        if s.name_j - s.name_i == 1 and not index.may_name(toks[s.name_i].text) \
                and not (b >= s.i and P.is_title(toks[b].low)):
            continue    # ("First, they …", "People say …": a capitalised word, no name; "Mr. Hurt" is one)
        name = index.fullest(_name_text(text, toks, s.name_i, s.name_j, P))
        g = index.gender(name)
        for t in toks[s.i:s.j]:
            g = g or P.gender_of(t.low)
        if (g and g != pg) or (strict and g != pg):
            continue
        return name
    return None


def _clause_owner(m: Mention, pg: str, toks, P: Profile, index: NameIndex) -> str | None:
    """A possessive ("his comment") belongs to the person named last before it in its clause ("As the
    debate went on and Trump stood by his comment …"), when the gender does not contradict."""
    for q in range(m.i - 1, max(-1, m.i - 10), -1):
        t = toks[q]
        if t.text in _SENT_END or t.text in ",;:" or is_quote_char(t.text):
            return None
        if t.cap and t.word and index.known(t.text) and not (q + 1 < m.i and toks[q + 1].cap):
            name = index.fullest(t.text)
            return name if index.gender(name) in (None, pg) else None
    return None


def _resolve(m: Mention, cue: str, rule: str, text: str, toks, P: Profile, index: NameIndex,
             history: list[Speaker], offset: int, near=None) -> _Result:
    s_start, s_end = toks[m.i].start, toks[m.j - 1].end
    written = text[s_start:s_end]
    gender = None
    for t in toks[m.i:m.j]:
        gender = gender or P.gender_of(t.low)
    if m.appos:
        for t in toks[m.appos[0]:m.appos[1]]:
            gender = gender or P.gender_of(t.low)
    if m.kind == "pronoun" and toks[m.i].low in P.lang.extra.get("narrator_pronouns", ()):
        # "“Okay,” I said": outside quotation marks "I" is the writer, no one the article names
        return _Result(written, s_start, s_end, written, cue, "pronoun", rule, [], None)
    if m.kind == "pronoun" and toks[m.i].low in P.lang.extra.get("demonstratives", ()):
        # "Im Gespräch mit dem Anwalt X sagte dieser, …": the person named last before it, not the subject
        g = P.gender_of(toks[m.i].low)
        for cand in index.nearest_person(s_start):
            cg = index.genders.get(cand)
            if not (g and cg and g != cg):
                name = index.fullest(cand)
                return _Result(name, s_start, s_end, written, cue, "pronoun", rule, [],
                               Speaker(name, s_start, "pronoun", g or cg))
        return _Result(written, s_start, s_end, written, cue, "pronoun", rule, [], None)
    if m.kind == "pronoun":
        low = toks[m.i].low
        low = P.possessives.get(low) or P.lang.extra.get("owner_pronouns", {}).get(low, low)  # "seiner": "er"
        pg = P.gender_of(low) if P.pronouns.get(low) == "person" else None
        name = _clause_owner(m, pg, toks, P, index) if pg and toks[m.i].low in P.lang.extra.get(
            "owner_pronouns", ()) else None
        if name is None:
            name = _local_subject(m, pg, text, toks, P, index, near) if pg and near is not None else None
        if name is None and pg is None and near is not None and P.gender_of(low) \
                and P.lang.extra.get("ambiguous_pronoun_local"):
            # "Angela Merkel gratulierte. Sie freue sich …": "sie" is the female subject just before
            name = _local_subject(m, P.gender_of(low), text, toks, P, index, near, strict=True)
        if name is not None:
            cands = []
        else:
            name, cands = resolve_pronoun(low, offset, history, index, P)
        if name is None:
            return _Result(written, s_start, s_end, written, cue, "pronoun", rule, cands,
                           None)
        if pg:
            index.genders.setdefault(name, pg)
        grp = any(h.group for h in history if h.name == name)
        return _Result(name, s_start, s_end, written, cue, "pronoun", rule, cands,
                       Speaker(name, s_start, "pronoun", pg or index.genders.get(name), grp))
    if m.kind == "name":
        name = index.fullest(_name_text(text, toks, m.name_i, m.name_j, P))
        if gender:
            index.note_gender(name, gender)
        # (the speaker's gender beyond its own words is looked up when a pronoun asks)
        return _Result(name, s_start, s_end, written, cue, "explicit", rule, [],
                       Speaker(name, s_start, "name", gender))
    if m.kind == "description":
        name, cands = index.resolve_description(toks[m.i:m.j], offset)
        if name:
            return _Result(name, s_start, s_end, written, cue, "description", rule, cands,
                           Speaker(name, s_start, "description", gender))
        return _Result(written, s_start, s_end, written, cue, "description", rule, cands,
                       Speaker(written, s_start, "description", gender))
    return _Result(written, s_start, s_end, written, cue, "explicit", rule, [],
                   Speaker(written, s_start, "body", None, True))


def _continuation(g, pieces, results, last_by_para, pre_lo, pre_hi, text, toks, P, index, history,
                  sent_end, tok_para) -> _Result | None:
    first = pieces[g[0]]
    # only words (no cue) before the quote in its sentence: not a continuation (but "Und: „…“")
    openers = P.lang.extra.get("continuation_openers", ())
    if any(toks[q].word for q in range(pre_lo, pre_hi)) and not (
            openers and (
                (2 <= pre_hi - pre_lo <= 3
                 and toks[pre_hi - 1].text in P.lang.extra.get("continuation_marks", ":")
                 and all(toks[q].low in openers for q in range(pre_lo, pre_hi - 1)))
                or (pre_hi - pre_lo == 1 and toks[pre_lo].low in openers
                    and P.lang.extra.get("continuation_unmarked")))):
        return None     # "Und weiter: „…“" (English also "Then, “…”", "But “…”")
    prev_k = g[0] - 1
    while prev_k >= 0 and pieces[prev_k].para == first.para and results[prev_k] is not None \
            and results[prev_k].rule in ("title", "naming"):
        prev_k -= 1     # a title between (“…,” wrote the authors of the “Report,” … “…”) continues nothing
    if prev_k >= 0 and pieces[prev_k].para == first.para:
        prev = results[prev_k]
        if prev is not None and prev.speaker:
            return _copy(prev, "same-paragraph")
        return None
    # the quotation opens its paragraph (else the sentence before it in its paragraph tells more:
    # "Dianne Bystrom agreed. “…”" is for ``previous-subject``)
    if first.open_tok > 0 and tok_para[first.open_tok - 1] == first.para \
            and any(toks[q].word for q in range(bisect_left(tok_para, first.para), first.open_tok)):
        return None
    if first.open_tok > 0:
        q = first.open_tok - 1
        if toks[q].text == ":" and tok_para[q] == first.para - 1 or (
                toks[q].text == ":" and tok_para[q] < first.para):
            lo = q
            while lo - 1 >= 0 and tok_para[lo - 1] == tok_para[q] and toks[lo - 1].text not in _SENT_END:
                lo -= 1
            att = A.pre_rules(toks, lo, q + 1, P, sent_lo=lo)
            if att is None:
                m = A.sentence_subject(toks, lo, q, P)
                if m is not None and m.kind != "pronoun":
                    att = A.Attribution(m, None, "colon-paragraph")
            if att is not None:
                return _resolve(att.mention, att.cue, "colon-paragraph", text, toks, P, index, history,
                                first.span.start)
    prev_para = first.para - 1
    while prev_para >= 0 and prev_para not in last_by_para and _blank_para(prev_para, tok_para, first):
        prev_para -= 1
    k = last_by_para.get(prev_para)
    if k is not None and results[k] is not None and results[k].speaker and results[k].rule != "dash-signature":
        # (a signed quotation ends its speaker's words: in a roundup the next one has another signer)
        return _copy(results[k], "next-paragraph")
    return None


def _dash_signature(first, last, toks, tok_para, P: Profile):
    """``dash-signature``: a quotation standing alone (nothing but punctuation before it in its
    paragraph) is signed by a dash and a name that end its line ("“…” ― Maria Lopez") or make up
    the next short paragraph ("“…” ¶ - Bernie Sanders." / "-Michelle Marks, Philadelphia.")."""
    n = len(toks)
    if last.span.close_mark < 0 or any(toks[q].word for q in range(bisect_left(tok_para, first.para), first.open_tok)):
        return None     # ("… insisted that his party was "still the No. 1 force."--Kim Hjelmgaard.")
    dashes = P.lang.signature_dashes
    q = last.close_tok + 1
    if q < n and tok_para[q] == last.para:
        if toks[q].text not in dashes:
            return None     # the name on the quotation's own line, right after its closing mark
    else:
        while q < n and tok_para[q] == last.para and not toks[q].word:
            q += 1
        if q >= n or tok_para[q] > last.para + 2 or toks[q].text not in dashes:
            return None     # the name as the next paragraph (separated by one blank line at most)
    if toks[q].text == "-" and q + 1 < n and toks[q + 1].text == "-" and toks[q + 1].start == toks[q].end:
        q += 1              # "--"
    para = tok_para[q]
    end = q + 1
    while end < n and tok_para[end] == para:
        end += 1
    if q + 1 >= end or not toks[q + 1].cap:
        return None     # ("“…” — and that was the end of it.")
    m = A.np_after(toks, q + 1, end, P)
    if m is None or m.kind not in ("name", "description") or m.i != q + 1:
        return None
    e = m.j if m.appos is None else max(m.j, m.appos[1])
    if not _signature_tail(toks, e, end):
        return None     # ("– An immigrant himself –.")
    return A.Attribution(m, None, "dash-signature")


def _signature_tail(toks, e: int, end: int) -> bool:
    """What may follow the name of a signature up to the end of its line: nothing, a period, a
    short description after a comma ("— Maria Lopez, teacher, Phoenix") or a handle in brackets
    and a date ("— Donald Trump (@realDonaldTrump) March 3, 2016")."""
    if e < end and toks[e].text == "(":
        k = e + 1
        while k < end and k - e < 6 and toks[k].text != ")":
            k += 1
        if k >= end or toks[k].text != ")":
            return False
        rest = toks[k + 1:end]
        return len(rest) <= 6 and all(t.text in ",." or t.text.isdigit() or t.cap for t in rest)
    if e < end and toks[e].text == ",":
        rest = toks[e + 1:end]
        return 0 < len(rest) <= 12 and not any(is_quote_char(t.text) for t in rest)
    return e == end or (e + 1 == end and toks[e].text == ".")


def _dateline_dashes(toks, tok_para, caps) -> list[int]:
    """The dash closing a dateline that opens a paragraph: a place in capitals or with a news agency,
    maybe a date ("WASHINGTON —", "PHILADELPHIA, July 25 (UPI) —", "Washington (AFP) –").
    ``caps``: the indices of the capitalised tokens (a dateline starts with one)."""
    out = []
    n = len(toks)
    for s in caps:
        if s and tok_para[s - 1] == tok_para[s] or not toks[s].cap:
            continue
        j, caps = s, True
        while j < n and j - s < 4 and toks[j].cap and tok_para[j] == tok_para[s]:
            caps = caps and toks[j].text.isupper() and len(toks[j].text) > 1
            j += 1
        if j + 2 < n and toks[j].text == "," and toks[j + 1].cap and toks[j + 2].text[0].isdigit():
            j += 3          # ", July 25"
        elif j + 3 < n and toks[j].text == "," and toks[j + 1].cap and toks[j + 2].text == "." \
                and toks[j + 3].text[0].isdigit():
            j += 4          # ", Dec. 8"
        agency = j + 2 < n and toks[j].text == "(" and toks[j + 1].cap and toks[j + 2].text == ")"
        if agency:
            j += 3
        if j + 1 < n and (caps or agency) and toks[j].text in ("—", "–", "-", "--") \
                and tok_para[j + 1] == tok_para[s] and (toks[j + 1].cap or toks[j + 1].text in "“\""):
            out.append(j)
    return out


def _mute_head(toks, m, sent_lo: int, P: Profile) -> bool:
    """The phrase ``m`` is headed by a common noun that names nothing able to speak: no person,
    body or text ("The paradox of Nancy", "Each election", "Those services"); English only."""
    nouns = P.lang.extra.get("speaking_nouns")
    if not nouns:
        return False
    h = m.i
    while h + 1 < m.j and toks[h + 1].low not in P.connectors and toks[h + 1].word \
            and toks[h + 1].low not in P.lang.speech_verbs:
        h += 1      # the head: the last word before "of"/"for"/"at"
    h = _before_adverbs(toks, h, m.i, P)    # (not an adverb the phrase ran on into: "the crowd loudly")
    t = toks[h]
    if t.cap and h > sent_lo or "." in t.text:
        return False        # a name, an organisation
    low = t.low.removesuffix("’s").removesuffix("'s")
    return not any(w in nouns or P.is_title(w) or w.endswith(P.lang.extra.get("agent_suffixes", ()))
                   for w in (low, low.removesuffix("s"), low.removesuffix("es")))


def _closing_cue(toks, lo: int, hi: int, P: Profile) -> A.Attribution | None:
    """The cue that closes the sentence ``[lo, hi)`` after its last comma and reports all of it
    ("A delay was better than a half-built line, she said", "…, sagte sie", "…, said Wilcox")."""
    c = hi - 1
    while c > lo and toks[c].text != "," and hi - c <= 8:
        c -= 1
    if toks[c].text != "," or c <= lo:
        return None
    k = lo
    while k < c and toks[k].cap and toks[k].word and toks[k].low not in P.stops:
        k += 1
    if k > lo and toks[k].text == ",":
        return None       # "Lena Brandt, one of the MPs who signed, criticised the government.": an apposition
    att = A.post_rules(toks, c, hi, P)
    return att if att is not None and att.rule in ("post-speaker-verb", "post-verb-speaker") else None


def _previous_subject(first, sent_lo, text, toks, P, index, history, sent_end, tok_para,
                      in_quote, near=None) -> _Result | None:
    """``previous-subject``: a quotation that is a sentence of its own, with no cue and nothing to
    continue, is spoken by the subject of the sentence before it when that sentence is narrative
    about a person ("Valastro praised Christie’s leadership. ¶ “We need someone who …”")."""
    hi = sent_lo
    if hi > 0 and toks[hi - 1].text in _SENT_END:
        hi -= 1
    if hi <= 0:
        return None
    para = tok_para[hi - 1]
    if para < first.para - 3:
        return None
    lo = bisect_left(tok_para, para)
    s = bisect_left(sent_end, hi) - 1
    if s >= 0 and sent_end[s] >= lo:
        lo = sent_end[s] + 1
    if lo >= hi or any(in_quote[q] for q in range(lo, hi)):
        return None
    if P.lang.extra.get("previous_source_first"):
        k = A.according_at(toks, lo, hi, P)
        m = A.according_np(toks, lo, k, hi, P) if k else None
        if m is not None and m.kind in ("name", "description"):
            # "Nach Ansicht von X ist … gefallen. „…“": the sentence's source, not its grammatical subject
            return _resolve(m, None, "previous-subject", text, toks, P, index, history, first.span.start)
    if P.lang.extra.get("previous_speech_body"):
        att = A.pre_rules(toks, lo, hi, P, sent_lo=lo)
        if att is not None and att.mention.kind == "body" and not att.mention.after_prep and att.verb >= 0 \
                and toks[att.mention.i].low in P.v2_subject_start:
            # "Die Opposition widersprach. „…“": a body that speaks in the sentence before
            return _resolve(att.mention, att.cue, "previous-subject", text, toks, P, index, history,
                            first.span.start)
    att = _closing_cue(toks, lo, hi, P)
    if att is not None:
        # ``previous-cue``: "Also, Trump isn't a conservative, he said. “He's a liberal!”": the one
        # reporting the sentence before, not its subject (nor, for a pronoun, the subject of the words
        # it reports: the subjects nearby are those of the sentences before)
        return _resolve(att.mention, att.cue, "previous-cue", text, toks, P, index, history, first.span.start,
                        None if near is None else lambda i: islice(near(i), 1, None))
    m = A.sentence_subject(toks, lo, hi, P)
    kinds = ("name", "pronoun") + tuple(P.lang.extra.get("previous_subject_kinds", ()))
    if m is None or m.kind not in kinds:
        return None
    if m.kind == "name" and m.j - m.i == 1 and not index.known(toks[m.i].text):
        return None
    return _resolve(m, None, "previous-subject", text, toks, P, index, history, first.span.start, near)


def _reporter(toks, lo: int, hi: int, P: Profile):
    """The name or pronoun that reports the sentence ``[lo, hi)`` after a comma, with a speech verb
    that closes the sentence or a comma ("…, Wilcox said.", "…, he said, …"), if any."""
    for c in range(lo, hi - 2):
        if toks[c].text == ",":
            m = np_after(toks, c + 1, hi, P)
            if m is not None and m.kind in ("name", "pronoun") and not m.after_prep and m.j < hi \
                    and toks[m.j].low in P.verbs and (m.j + 1 == hi or toks[m.j + 1].text in ",."):
                return m
    return None


def _blank_para(p, tok_para, first) -> bool:
    # lines without tokens (blank separator lines) are skipped when looking for the previous paragraph
    from bisect import bisect_left as bl
    i = bl(tok_para, p)
    return i >= len(tok_para) or tok_para[i] != p


def _source_adverb(toks, sent_lo: int, open_tok: int, para: int, tok_para, sent_end, in_quote, text: str,
                   P: Profile, index: NameIndex, history) -> _Result | None:
    """The anaphoric source adverb opening the sentence of a quotation ("Demnach", and "Danach" after a
    document: "Eine Studie wurde vorgestellt. Danach leiden viele an „…“"): the speaker is the source of
    the sentences before (a speaker, else the document), written at the adverb."""
    adverbs = P.lang.extra["source_adverbs"]
    # (an unambiguous one anywhere before the quotation: "X wird sich demnach „…“")
    a = next((q for q in range(sent_lo, open_tok) if toks[q].low in adverbs and not in_quote[q]), sent_lo)
    if a >= open_tok or in_quote[a]:
        return None
    low = toks[a].low
    if low not in adverbs and low not in P.lang.extra.get("document_source_adverbs", ()):
        return None
    docs = P.lang.extra.get("document_nouns", ())
    doc = next((q for q in range(sent_lo - 1, max(-1, sent_lo - 60), -1)
                if not in_quote[q] and toks[q].cap and toks[q].low.endswith(docs)), -1)
    if low not in adverbs and doc < 0:
        return None       # "Danach ging er nach Hause": after that
    t = toks[a]
    before = _previous_sentences(sent_lo, para, tok_para, sent_end, in_quote)
    att = A.reported_speaker(toks, before, P, True)
    m = att.mention if att is not None else (np_before(toks, doc + 1, max(0, doc - 6), P) if doc >= 0 else None)
    if m is None and before:
        m = A.sentence_subject(toks, before[0][0], before[0][1], P)     # the actor of the sentence before
    if m is None:
        return _Result(t.text, t.start, t.end, t.text, t.text, "explicit", "source-adverb")
    res = _resolve(m, t.text, "source-adverb", text, toks, P, index, history, t.start)
    res.s_start, res.s_end = t.start, t.end
    return res


def _place_source(toks, att, sent_lo: int, para: int, tok_para, sent_end, in_quote, P: Profile) -> _Result:
    """The place an adverb of written presence stands for ("Darauf war zu lesen", "fand sich dort"):
    the place phrase of a sentence before ("Auf ihrer Homepage fanden sich …"), written at the adverb."""
    t = toks[att.mention.i]
    preps = P.lang.extra.get("written_preps", ())
    for lo, hi in _previous_sentences(sent_lo, para, tok_para, sent_end, in_quote, 2):
        for p in range(lo, hi - 1):
            m = np_after(toks, p + 1, hi, P) if toks[p].low in preps else None
            if m is not None and m.kind != "pronoun":
                name = " ".join(x.text for x in toks[m.i:m.j])
                return _Result(name, t.start, t.end, t.text, att.cue, "explicit", att.rule)
    return _Result(t.text, t.start, t.end, t.text, att.cue, "explicit", att.rule)


def _document_before(toks, sent_lo: int, para: int, tok_para, sent_end, in_quote, P: Profile) -> Mention | None:
    """The nearest phrase of a document (a report, a statement, a study) in the two sentences before."""
    docs = P.lang.extra["document_nouns"]
    for lo, hi in _previous_sentences(sent_lo, para, tok_para, sent_end, in_quote, 2):
        for d in range(hi - 1, lo - 1, -1):
            if toks[d].cap and toks[d].low.endswith(docs):
                m = np_before(toks, d + 1, lo, P)
                if m is not None and m.kind != "pronoun":
                    return m
    return None


def _copy(prev: _Result, rule: str, keep_method: bool = False) -> _Result:
    return _Result(prev.speaker, prev.s_start, prev.s_end, prev.mention, prev.cue,
                   prev.method if keep_method else "continuation", rule, prev.candidates, None)
