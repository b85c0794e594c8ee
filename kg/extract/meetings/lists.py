"""Sides told as lists: the names of a coordinated phrase the parser nested in an office's "of" phrase, a list
after a colon, a body in brackets after a name (where the person works), the states and bodies whose offices the
listed people hold."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.records import _Context
from kg.extract.meetings.syntax import _conjuncts, _pobjs, _title_word
from kg.records import Kind


def names_office(ctx: _Context, tok: Token) -> bool:
    """A token whose "of" phrase can hold the next names of a list: a title, a person's name, an office's
    portfolio ("Minister of Energy of X")."""
    return _title_word(tok) or bool((k := ctx.root_of.get(tok.i)) and ctx.is_person(k)) \
        or tok.dep_ == "pobj" and tok.head.lower_ == "of" and _title_word(tok.head.head)


def office_holder(ctx: _Context, obj: Token) -> bool:
    """The object of an office's "of" that is itself a titled person or a bare name ("the chief of staff of President
    A", "the government of Prime Minister B", "the spokesman of C"): whose office it is, no one at the table (its
    conjuncts may be); a name after a state's, body's or portfolio's word ("Minister of Energy of Kazakhstan A",
    "Minister for Trade A", "Chief A of the X Nation and Chair B") is the office's holder, the next of a list."""
    key = ctx.root_of.get(obj.i)
    if not key or not ctx.is_person(key):
        return False
    start = obj.i
    while start > obj.left_edge.i and ctx.key_of.get(start - 1) == key:
        start -= 1
    if any((k := ctx.key_of.get(i)) and ctx.kind(k) in {Kind.COUNTRY, Kind.ORGANIZATION}
           for i in range(obj.left_edge.i, start)):  # "of the X Nation and Chair A": the parser nested the list
        return False
    before = obj.doc[start - 1] if start > obj.left_edge.i else None
    return before is None or before.dep_ == "det" or _title_word(before)


def office_owners(ctx: _Context, arg: Token) -> set[str]:
    """The states and bodies whose offices a phrase names ("the special envoys of A and B, X and Y", "the
    Director-General of the C Association, X, and the Chairman of D, Y"): the objects of a title's "of", and their
    conjuncts and appositions, in the phrase (not in its clauses)."""
    owners: set[str] = set()
    stack = [arg]
    while stack:
        tok = stack.pop()
        stack += [c for c in tok.children if c.dep_ in {"conj", "appos"}]
        for o in [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" and _title_word(tok)
                  for o in _pobjs(p)]:
            owners |= {k for c in _conjuncts(o) + [a for a in o.children if a.dep_ == "appos"]
                       if (k := ctx.root_of.get(c.i)) and ctx.kind(k) in {Kind.COUNTRY, Kind.ORGANIZATION}}
    return owners


def affiliation(ctx: _Context, tok: Token) -> bool:
    """"Chair A (Acme Polska) and Director B met ...": a body in brackets right after a person's name is where the
    person works, told as a gloss, no side (the parser coordinates it with the name)."""
    key = ctx.key_of.get(tok.i)
    if key is None or ctx.is_person(key):
        return False
    i = tok.i
    while i > 0 and ctx.key_of.get(i - 1) == key:
        i -= 1
    # the bracket may open a few words before the body the tagger found ("(Johnson & Johnson Poland)")
    opening = next((j for j in range(i - 1, max(i - 6, 0), -1) if tok.doc[j].text in "()"), None)
    return opening is not None and tok.doc[opening].text == "(" and (k := ctx.key_of.get(opening - 1)) is not None \
        and ctx.is_person(k)


def _colon_after(ctx: _Context, tok: Token) -> int | None:
    """The colon that closes a noun's phrase, right after it or after the verb's adverbials of time or place that
    follow it ("received the new ambassadors on Monday: A and B"); the parser may end the sentence at the colon."""
    doc, i = tok.doc, tok.right_edge.i + 1
    while i < min(tok.right_edge.i + 7, tok.sent.end) and doc[i].text != ":":
        adverbial = next((c for c in tok.head.children if c.i > tok.i and c.dep_ in {"prep", "npadvmod", "advmod"}
                          and c.left_edge.i <= i <= c.right_edge.i), None)
        if adverbial is None or any((k := ctx.key_of.get(t.i)) and ctx.is_person(k) for t in adverbial.subtree):
            return None
        i = adverbial.right_edge.i + 1
    return i if i < len(doc) - 1 and doc[i].text == ":" else None


def colon_list(ctx: _Context, tok: Token) -> set[str]:
    """"met the leaders of the five main parties: DUP leader A, B, C and D", "hosted three ministers: A, B and C":
    the people listed after a colon that closes a plural noun are who it stands for (the parser hangs the list
    elsewhere)."""
    doc, colon = tok.doc, _colon_after(ctx, tok) if tok.tag_ == "NNS" else None
    if colon is None:
        return set()
    end = doc[colon + 1].sent.end
    first = next((t for t in doc[colon + 1:min(colon + 8, end)]
                  if t.dep_ != "compound" and (k := ctx.root_of.get(t.i)) and ctx.is_person(k)), None)
    if first is None or first.dep_ in {"nsubj", "nsubjpass"}:  # "received the ambassadors: A and B presented ..."
        return set()
    listed = {k for c in _conjuncts(first) if (k := ctx.root_of.get(c.i)) and ctx.is_person(k)}
    return listed if len(listed) >= 2 else set()  # a list, not a sentence after the colon ("A said ...")
