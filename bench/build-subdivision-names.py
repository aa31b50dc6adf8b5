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
"""
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

for word in sorted(words):
    sys.stdout.write(f"{word}\t{' '.join(sorted(words[word]))}\n")
