"""Originals the anonymiser has already replaced, found again anywhere in free text.

Once a VIN or an account id has been replaced in a structured field, every other occurrence in the
same file (log lines, error messages, URLs inside bodies) must get the same fake. A trace can hold
thousands of such values (one per notification, charge session, cookie or car in a fleet), so
lookups must not cost one regex alternative per value: a single alternation of N literals makes
every character of every text cost O(N), and rebuilding it after each new value made anonymising
a 500-exchange file take 10-17 s. Instead the text is cut into words once and each word is a dict
lookup; a value that spans several words (a name with a space, a base64 cookie with ``/`` and
``=``) is found through its longest word, then compared in place.
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote, quote_plus

__all__ = ["KnownValues"]

# A "word": a maximal run of the characters identifiers are made of. VINs, ids, e-mails (also
# %40-encoded), plates, phone numbers, JWTs, Gigya tokens and keys are single words; anything
# else (spaces, quotes of any script, backticks, slashes, escapes) separates words.
_WORD_RE = re.compile(r"[A-Za-z0-9._%+~@-]+")
# Punctuation that may cling to a word at either end ("VIN." at the end of a sentence).
_EDGE = "._+~@-"
# Inside a word, where a long value may be glued to something else (``VIN_battery.json``,
# ``cars%2FVIN``, ``gac_APIKEY``): values are looked for between these separators.
_GLUE_RE = re.compile(r"%[0-9A-Fa-f]{2}|[-_.+~@]")
# A word with more separators than this is not searched for glued values (cost is quadratic in
# them); such words are base64 or minified blobs, not text a value is glued into.
_GLUE_MAX_SEPARATORS = 64
# Below this length a value is replaced only as a whole word (a 4-digit code must not eat into a
# timestamp); from it on, also where it is glued to other text.
_GLUED_MIN_LENGTH = 8
# Shorter values ("1", "IT", "OK") are replaced where they were found by name, never in free
# text: as words they are everywhere.
_FREE_TEXT_MIN_LENGTH = 4
# After a backslash, these letters are a JSON/C escape (``\nVIN`` is a newline then the VIN).
_ESCAPE_LETTERS = "nrtbf"


class KnownValues:
    """original -> fake, with every encoded form of each, replaceable in free text in O(len)."""

    def __init__(self) -> None:
        self._fake_of: dict[str, str] = {}
        self._fakes: set[str] = set()
        self._words: dict[str, str] = {}
        self._folded: dict[str, str] = {}  # long words, case-folded
        # Values spanning several words, by their longest word: [(value, offset of that word)].
        self._phrases: dict[str, str] = {}
        self._anchors: dict[str, list[tuple[str, int]]] = {}

    def __len__(self) -> int:
        return len(self._fake_of)

    def __contains__(self, original: object) -> bool:
        return original in self._fake_of

    def get(self, original: str) -> str | None:
        return self._fake_of.get(original)

    def is_fake(self, value: str) -> bool:
        """True for a replacement this instance handed out (it must not be replaced again)."""
        return value in self._fakes

    def add(self, original: str, fake: str) -> None:
        self._fake_of[original] = fake
        self._fakes.add(fake)
        if original == fake or len(original) < _FREE_TEXT_MIN_LENGTH:
            return
        # The same value URL-encoded (query strings, form bodies) or JSON-escaped.
        for variant, fake_variant in (
            (original, fake),
            (quote(original, safe=""), quote(fake, safe="")),
            (quote_plus(original), quote_plus(fake)),
            (json.dumps(original)[1:-1], json.dumps(fake)[1:-1]),
        ):
            if _WORD_RE.fullmatch(variant):
                self._words.setdefault(variant, fake_variant)
                if len(variant) >= _GLUED_MIN_LENGTH:
                    # VINs and UUIDs are case-insensitive to the people who paste them.
                    self._folded.setdefault(variant.casefold(), fake_variant)
            elif variant not in self._phrases:
                self._add_phrase(variant, fake_variant)

    def _add_phrase(self, phrase: str, fake: str) -> None:
        words = list(_WORD_RE.finditer(phrase))
        if not words:  # only punctuation: nothing that identifies anyone
            return
        anchor = max(words, key=lambda m: len(m.group(0)))
        self._phrases[phrase] = fake
        candidates = self._anchors.setdefault(anchor.group(0), [])
        candidates.append((phrase, anchor.start()))
        candidates.sort(key=lambda item: len(item[0]), reverse=True)  # longest value first

    def replace_in(self, text: str) -> str:
        if not self._words and not self._phrases or not text:
            return text
        out: list[str] = []
        done = 0  # text[:done] is settled
        for match in _WORD_RE.finditer(text):
            if match.start() < done:
                continue
            span = self._phrase_at(text, match, done)
            if span is not None:
                start, end, fake = span
                out += (text[done:start], fake)
                done = end
                continue
            start = match.start()
            word = match.group(0)
            replaced = self._word(word)
            if (
                replaced == word
                and start
                and text[start - 1] == "\\"
                and word[0] in _ESCAPE_LETTERS
            ):
                start, word = start + 1, word[1:]  # "\nVF1…": the escape is not part of the word
                replaced = self._word(word)
            if replaced != word:
                out += (text[done:start], replaced)
                done = match.end()
        if not out:
            return text
        out.append(text[done:])
        return "".join(out)

    def _phrase_at(self, text: str, match: re.Match[str], done: int) -> tuple[int, int, str] | None:
        """A multi-word value whose longest word is ``match``, if it stands there whole."""
        candidates = self._anchors.get(match.group(0))
        if not candidates:
            return None
        for phrase, offset in candidates:
            start = match.start() - offset
            end = start + len(phrase)
            if start < done or not text.startswith(phrase, start):
                continue
            if len(phrase) < _GLUED_MIN_LENGTH and (
                _is_word_char(text, start - 1) or _is_word_char(text, end)
            ):
                continue
            return start, end, self._phrases[phrase]
        return None

    def _word(self, word: str) -> str:
        found = self._words.get(word)
        if found is None and len(word) >= _GLUED_MIN_LENGTH:
            found = self._folded.get(word.casefold())
        if found is not None:
            return found
        core = word.strip(_EDGE)
        if core and core != word:
            found = self._words.get(core)
            if found is not None:
                start = word.index(core)
                return word[:start] + found + word[start + len(core) :]
        if len(word) > _GLUED_MIN_LENGTH:
            return self._glued(word)
        return word

    def _glued(self, word: str) -> str:
        """Replace long values that start and end at separators inside ``word``, leftmost and
        longest first (``gac_3_KEY`` holds the key ``3_KEY``, itself made of separated parts)."""
        separators = [(m.start(), m.end()) for m in _GLUE_RE.finditer(word)]
        if not separators or len(separators) > _GLUE_MAX_SEPARATORS:
            return word
        starts = [0] + [end for _, end in separators]
        ends = [start for start, _ in separators] + [len(word)]
        out: list[str] = []
        done = 0
        for start in starts:
            if start < done:
                continue
            for end in reversed(ends):
                if end - start < _GLUED_MIN_LENGTH:
                    break
                found = self._words.get(word[start:end])
                if found is not None:
                    out.append(word[done:start])
                    out.append(found)
                    done = end
                    break
        if not out:
            return word
        out.append(word[done:])
        return "".join(out)


def _is_word_char(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isalnum()
