"""How common a noun is when a verb's participle is spelt the same: "arrêté" (a prefect's
order) is rare as a noun, but wordfreq counts every "il a arrêté" with it."""

from __future__ import annotations

from functools import lru_cache

from tutor.french_frequency import word_frequency, zipf_frequency

VERB_ZIPF = 3.0
"""A participle's verb this common is used often enough to swell its participle's count."""
FEMININE_SHARE = 5.0
"""How many times its feminine "arrêtée" a participle's masculine "arrêté" is used as a verb:
the feminine is the participle alone (no noun is spelt so), the masculine serves every "il a
arrêté" besides its agreements, about five times as often in the press."""
PLURAL_SHARE = 0.5
"""What a noun's singular is met at least, by its plural ("arrêtés", mostly the noun): the
estimate above must not make a noun rarer than that."""


@lru_cache(maxsize=8192)
def noun_form_frequency(form: str) -> float:
    """wordfreq's frequency of a noun's written form, the count of a participle spelt the same
    left out as well as we can: a singular in "-é" of a common verb in "-er" loses
    FEMININE_SHARE times its feminine's count ("arrêté": Zipf 4.91 -> 4.50), and keeps at least
    PLURAL_SHARE times its plural's. Other forms, nouns of no such verb ("été", "côté",
    "comité") and nouns whose feminine is no participle ("marché") keep wordfreq's count."""
    frequency = word_frequency(form, "fr")
    if not form.endswith("é") or len(form) < 4:
        return frequency
    if zipf_frequency(form[:-1] + "er", "fr") < VERB_ZIPF:
        return frequency
    verb_share = FEMININE_SHARE * word_frequency(form + "e", "fr")
    floor = PLURAL_SHARE * word_frequency(form + "s", "fr")
    return min(frequency, max(frequency - verb_share, floor))
