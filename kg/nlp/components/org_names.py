"""Where the names of bodies begin and end, beside OrgRepair's constructions.

- "the Department of Foreign Relations (Dofr)", "the Authority on Trade (Iat)": a short form in brackets
  whose letters the name's capitalised words begin, in order, is an acronym of the name, no qualifier
  ("Communist Party of Nepal (Maoist)" keeps its qualifier): two names of one body; left untagged by the
  model, it is tagged there and in its other mentions ("Dofr spokesperson Name said").
"""
from __future__ import annotations

from spacy.tokens import Span


def bracketed_acronym(ent: Span) -> list[Span]:
    """"Name (Acronym)" tagged as one body: the name and the acronym, apart (empty when no such shape)."""
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) < 3:
        return []
    if ent[-1].text == ")" and len(ent) >= 4 and ent[-3].text == "(":
        short, name = ent[-2], ent[:-3]
    elif ent[-2].text == "(" and ent.end < len(doc) and doc[ent.end].text == ")":  # the model left ")" out
        short, name = ent[-1], ent[:-2]
    else:
        return []
    if not (short.is_alpha and short.text[:1].isupper()) or not abbreviates(short.text, name):
        return []
    return [Span(doc, name.start, name.end, label="ORG"), Span(doc, short.i, short.i + 1, label="ORG")]


def abbreviates(short: str, name: Span) -> bool:
    """Every capitalised word of the name gives its initial to the short form, in order, which may take
    more letters of the words ("Igad": Intergovernmental Authority on Development)."""
    initials = [t.text[0].upper() for t in name if t.text[:1].isupper()]
    letters = iter(short.upper())
    return len(initials) >= 2 and short[0].upper() == initials[0] and all(i in letters for i in initials)


def introduced_acronyms(spans: list[Span]) -> list[Span]:
    """"the Department of Coastal Affairs (Dca) ... Dca spokesperson said": an acronym of a body's name in
    brackets right after it, which the model left untagged, is the body's, and so is each of its other
    untagged mentions."""
    found: list[Span] = []
    for s in spans:
        doc = s.doc
        if s.label_ != "ORG" or s.end + 2 >= len(doc) or doc[s.end].text != "(" or doc[s.end + 2].text != ")":
            continue
        short = doc[s.end + 1]
        if short.is_alpha and short.text[:1].isupper() and not short.ent_type_ and abbreviates(short.text, s):
            found.append(Span(doc, short.i, short.i + 1, label="ORG"))
    if not found:
        return found
    doc = found[0].doc
    names = {f.text for f in found}
    taken = {f.start for f in found}
    found += [Span(doc, t.i, t.i + 1, label="ORG") for t in doc
              if t.text in names and not t.ent_type_ and t.i not in taken]
    return found
