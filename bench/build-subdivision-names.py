"""Builds src/matching/reference/subdivision_names.tsv: the words of the names of the world's subdivisions
(provinces, states, regions, districts… every level ISO 3166-2 lists), from the ISO 3166-2 table pycountry ships
(pycountry 26.2.16, LGPL-2.1-only, https://github.com/pycountry/pycountry; the data Debian's iso-codes, LGPL-2.1).

    pip download pycountry==26.2.16 --no-deps -d /tmp/pycountry && unzip -o /tmp/pycountry/*.whl -d /tmp/pycountry
    PYTHONPATH=/tmp/pycountry python3 bench/build-subdivision-names.py > src/matching/reference/subdivision_names.tsv

A subdivision's name is folded (marks dropped, small letters) and cut at every character that is no letter; each
word of at least three letters that is no function word and no word of the Chinese type suffixes ("Sheng", "Shi",
"Zizhiqu" and the nationality words before it) is written once, with the ISO codes of the subdivisions it is a word of.
One word a line: the word, a tab, the codes separated by spaces; sorted by word. The matcher reads the words only
(rules 1.46.0, name-matcher.ts `fieldComplement`): a name word that is a region's word is read as a place there, as
the GeoNames cities of place_names.tsv are ("<Province> University" and "<Province> University of Technology" are two
bodies). Nothing of pycountry is a runtime dependency.

Since rules 1.81.0 (`--exonyms`, subdivision_exonyms.tsv): the other-language names of the first-level subdivisions
(those ISO 3166-2 gives no parent: provinces, states, regions, cantons, voivodeships), from the translations of
ISO 3166-2 that pycountry ships (its locales' iso3166-2.mo, Debian's iso-codes translators):

    PYTHONPATH=/tmp/pycountry python3 bench/build-subdivision-names.py --exonyms > src/matching/reference/subdivision_exonyms.tsv

A subdivision's names: its ISO name and its translations (a name in square brackets after a name is a name too:
"Lleida [Lérida]"), each written in Latin letters only, as one word (no space, hyphen, apostrophe or digit),
beginning with a capital and not all capitals, of at least four letters folded. Left out:
- the subdivisions ISO types "Country" (England, Scotland, Wales; Aruba, Curaçao, Sint Maarten): read as a place,
  "Cymru" made "University of Wales" the University of South Wales's Welsh label "Prifysgol De Cymru" (Welsh "De"
  is "south", read as the function word "de");
- the Irish translations (they translate a name's meaning: Písek "Gaineamh", sand);
- a name that a common English word (english_words.tsv: "Coast", "Gulf", "Lakes", "Unity", "Région") or a given
  name (given_names.tsv: "Magdalena", "Virginie") spells;
- a name that the ISO name or a translation of another subdivision of any level folds to (it would make two places
  one: Limburg is a Dutch and a Belgian province);
- a subdivision whose ISO name is not one such word of its own, or that keeps fewer than three names (two names
  from one translator are too little to trust). One subdivision a line: its folded ISO name (the group), a
tab, its names in small letters separated by spaces; sorted by group. The matcher reads the file after
place_names.tsv, as that one: a group sharing a name with a place already read joins that place (src/matching/
reference-data.ts).

Since rules 1.230.0 (`--official`, subdivision_official_names.tsv): a first-level subdivision's official names in its
several languages, which ISO 3166-2 (or its English translation) writes separated by slashes ("Fribourg / Freiburg"):

    PYTHONPATH=/tmp/pycountry python3 bench/build-subdivision-names.py --official > src/matching/reference/subdivision_official_names.tsv

Each name folded as above, one Latin word of at least four letters; a subdivision with two such names or more. One
subdivision a line: its folded ISO name's first part, a tab, its names separated by spaces; sorted. The matcher does
not join these names into one place (a name may be another place's too: "Freiburg" is also the German city's); it
reads them only as one place's names, so that two places of the tables that a line names are not told apart as two
places by spelling or sound (src/matching/word-groups.ts `onePlaceOfficially`).
"""
import gettext
import json
import os
import re
import sys
import unicodedata

import pycountry

path = os.path.join(os.path.dirname(pycountry.__file__), 'databases', 'iso3166-2.json')
subdivisions = json.load(open(path, encoding='utf-8'))['3166-2']

# Function words of the names (several languages) and the type words ISO writes after Chinese subdivisions' names.
LEFT_OUT = {
    'and', 'the', 'of', 'del', 'des', 'les', 'los', 'las', 'der', 'die', 'das', 'von', 'dos', 'das', 'and',
    'sheng', 'shi', 'zizhiqu', 'zhuangzu', 'huizu', 'uygur', 'sar',
}


def fold(text):
    decomposed = unicodedata.normalize('NFKD', text)
    return ''.join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


words = {}
for subdivision in subdivisions:
    for word in re.split(r'[^a-z]+', fold(subdivision['name'])):
        if len(word) >= 3 and word not in LEFT_OUT:
            words.setdefault(word, set()).add(subdivision['code'])


SPECIAL = {'ł': 'l', 'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', 'ŀ': 'l'}
EXONYM_MIN_LETTERS = 4
EXONYM_MIN_NAMES = 3
LEFT_OUT_LANGUAGES = {'ga'}


def fold_exonym(text):
    """As bench/build-place-names.py folds a city's name: small letters, marks dropped, ł ø æ ß… spelt out."""
    text = ''.join(SPECIAL.get(c, c) for c in text.lower())
    return ''.join(c for c in unicodedata.normalize('NFD', text) if not unicodedata.combining(c))


def latin_word(text):
    return text.isalpha() and all(unicodedata.name(c, '').startswith('LATIN') for c in text)


def names_of(text):
    """The names an ISO name or a translation gives: the name, and a name in brackets after it; codes dropped."""
    text = re.sub(r'\[[A-Z]{2}-[A-Z0-9]+\]', '', text)
    return [part.strip() for part in re.split(r'[\[\]()]', text) if part.strip()]


def exonyms():
    base = os.path.dirname(pycountry.__file__)
    reference = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'matching', 'reference')
    common = {
        line.split('\t')[0]
        for table in ('english_words.tsv', 'given_names.tsv')
        for line in open(os.path.join(reference, table), encoding='utf-8')
    }
    translations = []
    localedir = os.path.join(base, 'locales')
    for language in sorted(os.listdir(localedir)):
        path = os.path.join(localedir, language, 'LC_MESSAGES', 'iso3166-2.mo')
        if language not in LEFT_OUT_LANGUAGES and os.path.exists(path):
            with open(path, 'rb') as handle:
                translations.append(gettext.GNUTranslations(handle))
    forms_of = {}
    for subdivision in subdivisions:
        names = names_of(subdivision['name'])
        for translation in translations:
            names.extend(names_of(translation.gettext(subdivision['name'])))
        forms = {}
        for name in names:
            folded = fold_exonym(name)
            if (latin_word(name) and name[0].isupper() and not name.isupper() and len(folded) >= EXONYM_MIN_LETTERS
                    and folded not in common):
                forms.setdefault(folded, name.lower())
        forms_of[subdivision['code']] = (fold_exonym(names_of(subdivision['name'])[0]), forms)
    bearers = {}
    for code, (_, forms) in forms_of.items():
        for folded in forms:
            bearers.setdefault(folded, set()).add(code)
    groups = {}
    for subdivision in subdivisions:
        own, forms = forms_of[subdivision['code']]
        if 'parent' in subdivision or subdivision['type'] == 'Country' or bearers.get(own) != {subdivision['code']}:
            continue
        kept = sorted(name for folded, name in forms.items() if bearers[folded] == {subdivision['code']})
        if len(kept) >= EXONYM_MIN_NAMES:
            groups.setdefault(own, []).append(kept)
    for group in sorted(groups):
        if len(groups[group]) == 1:
            sys.stdout.write(group + '\t' + ' '.join(groups[group][0]) + '\n')


def official_names():
    base = os.path.dirname(pycountry.__file__)
    english = os.path.join(base, 'locales', 'en', 'LC_MESSAGES', 'iso3166-2.mo')
    with open(english, 'rb') as handle:
        translation = gettext.GNUTranslations(handle)
    lines = {}
    for subdivision in subdivisions:
        if 'parent' in subdivision:
            continue
        names = set()
        for written in (subdivision['name'], translation.gettext(subdivision['name'])):
            if ' / ' in written:
                names.update(part.strip() for part in written.split(' / '))
        folded = sorted({fold_exonym(name) for name in names if latin_word(name) and len(fold_exonym(name)) >= 4})
        if len(folded) >= 2:
            lines[fold_exonym(subdivision['name'].split(' / ')[0])] = folded
    for own in sorted(lines):
        sys.stdout.write(own + '\t' + ' '.join(lines[own]) + '\n')


if '--exonyms' in sys.argv[1:]:
    exonyms()
elif '--official' in sys.argv[1:]:
    official_names()
else:
    for word in sorted(words):
        sys.stdout.write(f"{word}\t{' '.join(sorted(words[word]))}\n")
