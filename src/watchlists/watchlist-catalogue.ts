/** What partner-graph knows about the lists it imports by default: names, publishers, licences. */
export interface WatchlistDescription {
  name: string;
  publisher: string | null;
  url: string | null;
  licence: string | null;
}

const CATALOGUE: Record<string, WatchlistDescription> = {
  'us-ofac-sdn': {
    name: 'OFAC Specially Designated Nationals and Blocked Persons List',
    publisher: 'US Department of the Treasury, Office of Foreign Assets Control',
    url: 'https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists',
    licence: 'US government work (public domain)',
  },
  'us-ofac-cons': {
    name: 'OFAC Consolidated Sanctions List (non-SDN)',
    publisher: 'US Department of the Treasury, Office of Foreign Assets Control',
    url: 'https://ofac.treasury.gov/consolidated-sanctions-list-non-sdn-lists',
    licence: 'US government work (public domain)',
  },
  'un-sc': {
    name: 'United Nations Security Council Consolidated List',
    publisher: 'United Nations Security Council',
    url: 'https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list',
    licence: 'UN public information',
  },
  'us-csl': {
    name: 'US Consolidated Screening List',
    publisher: 'US Department of Commerce, International Trade Administration',
    url: 'https://www.trade.gov/consolidated-screening-list',
    licence: 'US government work (public domain)',
  },
  'us-bis-dpl': {
    name: 'BIS Denied Persons List',
    publisher: 'US Department of Commerce, Bureau of Industry and Security',
    url: 'https://www.bis.gov/licensing/guidance-on-end-user-and-end-use-controls-and-us-person-controls/denied-persons-list',
    licence: 'US government work (public domain)',
  },
  'uk-sanctions': {
    name: 'UK Sanctions List',
    publisher: 'UK Foreign, Commonwealth and Development Office',
    url: 'https://www.gov.uk/government/publications/the-uk-sanctions-list',
    licence:
      'Open Government Licence v3.0: contains public sector information licensed under the Open Government Licence v3.0',
  },
  'ca-nro': {
    name: 'Named Research Organizations (Canada)',
    publisher: 'Innovation, Science and Economic Development Canada',
    url: 'https://science.gc.ca/site/science/en/safeguarding-your-research/guidelines-and-tools-implement-research-security/sensitive-technology-research-and-affiliations-concern/named-research-organizations',
    licence:
      'Government of Canada: non-commercial reproduction with attribution; a copy of an official work published by the Government of Canada, not made in affiliation with or with the endorsement of the Government of Canada',
  },
  'jp-meti-eul': {
    name: 'End User List (Japan, METI)',
    publisher: 'Ministry of Economy, Trade and Industry of Japan',
    url: 'https://www.meti.go.jp/policy/anpo/',
    licence: 'Government of Japan Standard Terms of Use 2.0 (compatible with CC BY 4.0); source: METI, End User List',
  },
};

export function describeWatchlist(listId: string): WatchlistDescription {
  return CATALOGUE[listId] ?? { name: listId, publisher: null, url: null, licence: null };
}
