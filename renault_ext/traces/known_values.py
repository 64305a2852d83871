"""Originals the anonymiser has already replaced, found again anywhere in free text.

Once a VIN or an account id has been replaced in a structured field, every other occurrence in the
same file (log lines, error messages, URLs inside bodies) must get the same fake. A trace can hold
thousands of such values (one per notification, charge session or car in a fleet), so lookups must
not cost one regex alternative per value: a single alternation of N literals makes every character
of every text cost O(N), and rebuilding it after each new value made anonymising a 500-exchange
file take 17 s. Instead the text is cut into words once and each word is a dict lookup; only the
rare values containing separators (names with spaces, JSON-escaped accents) use a regex.
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote, quote_plus

__all__ = ["KnownValues"]

# A "word": a maximal run without whitespace, quotes, escapes or URL/JSON/header punctuation. VINs,
# ids, e-mails (also %40-encoded), plates, phone numbers, JWTs and Gigya tokens are single words.
_WORD_RE = re.compile(r"[^\s\"'\\/=&?#,;:()\[\]{}<>|*!$]+")
# Punctuation that may cling to a word at either end ("VIN." at the end of a sentence).
_EDGE = "._+~@-"
# Inside a word, where a long value may be glued to something else (``VIN_battery.json``,
# ``cars%2FVIN``, ``gac_APIKEY``): values are looked for between these separators.
_GLUE_RE = re.compile(r"%[0-9A-Fa-f]{2}|[-_.+~@]")
# A word with more separators than this is not searched for glued values (cost is quadratic in
# them); such words are base64 or minified blobs, not text a value is glued into.
_GLUE_MAX_SEPARATORS = 48
# Below this length a value is replaced only as a whole word (a 4-digit code must not eat into a
# timestamp); from it on, also where it is glued to other text.
_GLUED_MIN_LENGTH = 8


class KnownValues:
    """original -> fake, with every encoded form of each, replaceable in free text in O(len)."""

    def __init__(self) -> None:
        self._fake_of: dict[str, str] = {}
        self._fakes: set[str] = set()
        self._words: dict[str, str] = {}
        self._phrases: dict[str, str] = {}
        self._phrase_re: re.Pattern[str] | None = None

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
        if original == fake:
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
            elif variant not in self._phrases:
                self._phrases[variant] = fake_variant
                self._phrase_re = None

    def replace_in(self, text: str) -> str:
        if not self._fake_of or not text:
            return text
        if self._phrases:
            text = self._phrase_pattern().sub(lambda m: self._phrases[m.group(0)], text)
        if self._words:
            text = _WORD_RE.sub(self._word, text)
        return text

    def _phrase_pattern(self) -> re.Pattern[str]:
        if self._phrase_re is None:
            # Longest first, so a value that contains another is replaced whole.
            parts = []
            for phrase in sorted(self._phrases, key=len, reverse=True):
                escaped = re.escape(phrase)
                parts.append(
                    escaped
                    if len(phrase) >= _GLUED_MIN_LENGTH
                    else rf"(?<![A-Za-z0-9]){escaped}(?![A-Za-z0-9])"
                )
            self._phrase_re = re.compile("|".join(parts))
        return self._phrase_re

    def _word(self, match: re.Match[str]) -> str:
        word = match.group(0)
        found = self._words.get(word)
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
