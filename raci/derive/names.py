"""Letters of people's names as the world writes them.

One place for the letter classes the derive patterns use to recognise a person's name:
accented and non-English letters ("Siobhán", "Zoë", "Łukasz", "Nguyễn"), a surname's
apostrophe after a letter ("O'Brien", "D’Souza"), a second capital after "Mc", "Mac", "De"
and the like ("McAllister", "MacLeod", "DeShawn"), and a hyphen between two parts
("Okonjo-Iweala", "Hyun-woo"). Every pattern here is linear: each repetition opens on a
character the one before cannot take.
"""

from __future__ import annotations

# Latin-1 letters, Latin Extended-A and -B, Greek, Cyrillic and Latin Extended Additional
# (Vietnamese), one character each way
_MORE = [chr(c) for c in [*range(0x100, 0x530), *range(0x1E00, 0x1F00)]
         if chr(c).isalpha() and len(chr(c).upper()) == 1 and len(chr(c).lower()) == 1]
_UPPER_MORE = "".join(c for c in _MORE if c.isupper())
_SMALL_MORE = "".join(c for c in _MORE if c.islower())

# A capital of a name; a small letter of a name; a small letter, apostrophe or hyphen
NAME_UPPER = f"[A-ZÀ-ÖØ-Þ{_UPPER_MORE}]"
NAME_SMALL = f"[a-zß-öø-ÿ{_SMALL_MORE}]"
NAME_LOWER = f"[a-zß-öø-ÿ{_SMALL_MORE}'’-]"
# What comes before a name's second capital: "McAllister", "MacLeod", "DeShawn", "LaToya",
# "O'Brien", "D’Souza"
_PREFIX = f"(?:(?:Mc|Mac|De|Di|Da|Du|La|Le|Fitz|{NAME_UPPER}['’])(?={NAME_UPPER}))?"
# A first name of one part: "Siobhán", "Zoë", "José", "DeShawn"
FIRST_NAME = f"{_PREFIX}{NAME_UPPER}{NAME_SMALL}+"
# A given name, perhaps of two parts: "Hyun-woo", "Jean-Luc"
GIVEN_NAME = f"{FIRST_NAME}(?:-{NAME_UPPER}?{NAME_SMALL}+)?"
# A surname: "O'Brien", "McAllister", "Okonjo-Iweala", "Smith-Jones", "Nguyễn", "D'souza"
SURNAME = f"{_PREFIX}{NAME_UPPER}{NAME_LOWER}+(?:-{NAME_UPPER}{NAME_LOWER}+)?"
# A given name, perhaps with a surname after it: "Siobhán O'Brien", "Ngozi Okonjo-Iweala"
PERSON_NAME = f"{GIVEN_NAME}(?:[ -]{SURNAME})?"
