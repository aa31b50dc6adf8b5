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
};

export function describeWatchlist(listId: string): WatchlistDescription {
  return CATALOGUE[listId] ?? { name: listId, publisher: null, url: null, licence: null };
}
