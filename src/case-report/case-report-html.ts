import { createHash } from 'node:crypto';
import type {
  CaseReportCitation,
  CaseReportFinding,
  CaseReportParty,
  CaseReportPath,
  CaseReportView,
} from './case-report.view';
import { escapeMarkup as e, isWebAddress } from './markup';
import { describePath, renderPathSvg } from './path-svg';

export interface CaseReportRenderOptions {
  /** When the report is generated: the only part of the document that differs between two renderings. */
  generatedAt: Date | string;
}

/** Nothing in the report may load anything: no scripts, no fetches; styles and images only inline. */
export const REPORT_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const GENERATED_AT_SLOT = /<span id="generated-at">[^<]*<\/span>/;
const CONTENT_HASH_SLOT = /<span id="content-hash">([^<]*)<\/span>/;

/**
 * The report for the file: one self-contained HTML document (inline CSS, no external resources, print
 * styles for A4). Its footer carries the generation time and a content hash: the sha256 of the same
 * document with both footer slots empty, so the same view always gives the same hash and the same
 * bytes apart from the generation time (see verifyCaseReportHtml).
 */
export function renderCaseReportHtml(view: CaseReportView, options: CaseReportRenderOptions): string {
  const contentHash = sha256(documentFor(view, '', ''));
  const generatedAt = typeof options.generatedAt === 'string' ? options.generatedAt : options.generatedAt.toISOString();
  return documentFor(view, generatedAt, `sha256:${contentHash}`);
}

/** The content hash a report states in its footer, or null when it has none. */
export function contentHashOf(html: string): string | null {
  return CONTENT_HASH_SLOT.exec(html)?.[1] || null;
}

/** Whether the report's stated content hash matches its content (with the two footer slots emptied). */
export function verifyCaseReportHtml(html: string): boolean {
  const stated = contentHashOf(html);
  if (!stated || !GENERATED_AT_SLOT.test(html)) {
    return false;
  }
  const emptied = html
    .replace(GENERATED_AT_SLOT, '<span id="generated-at"></span>')
    .replace(CONTENT_HASH_SLOT, '<span id="content-hash"></span>');
  return stated === `sha256:${sha256(emptied)}`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function documentFor(view: CaseReportView, generatedAt: string, contentHash: string): string {
  const sources = numberSources(view.findings);
  const title = `Due-diligence report: ${view.case.title}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CONTENT_SECURITY_POLICY}">`,
    '<meta name="generator" content="partner-graph">',
    `<title>${e(title)}</title>`,
    `<style>${STYLES}</style>`,
    '</head>',
    '<body>',
    header(view, title),
    assessment(view),
    parties(view.parties),
    findings(view.findings, sources),
    decisions(view.findings),
    sourceList(sources),
    mitigations(view),
    audit(view),
    footer(view, generatedAt, contentHash),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function header(view: CaseReportView, title: string): string {
  const item = view.case;
  return `<header>
<p class="kicker">partner-graph · report for the file</p>
<h1>${e(title)}</h1>
<div class="outcome ${slug('outcome', item.outcome ?? 'open')}">Outcome: <strong>${e(item.outcome ? words(item.outcome) : 'Not decided (case not closed)')}</strong></div>
${item.summary ? `<p class="summary">${e(item.summary)}</p>` : ''}
<dl class="facts">
<dt>Case</dt><dd>${e(item.id)}</dd>
<dt>Status</dt><dd>${e(item.status)}</dd>
<dt>Opened</dt><dd>${date(item.createdAt)} by ${e(item.createdBy)}</dd>
<dt>Closed</dt><dd>${item.closedAt ? date(item.closedAt) : 'not closed'}</dd>
</dl>
</header>`;
}

function assessment(view: CaseReportView): string {
  const snapshot = view.snapshot;
  if (!snapshot) {
    return `<section id="assessment">
<h2>Assessment</h2>
<p class="none">Not assessed: the case has not been run, so there is no snapshot, risk level or list version to report.</p>
</section>`;
  }
  const rows = snapshot.listVersions.map(
    (list) =>
      `<tr><td>${e(list.list)}</td><td>${e(list.version)}</td><td>${list.issuedAt ? date(list.issuedAt) : 'unknown'}</td><td>${recorded(list.sample, 'sample copy', 'publisher’s file')}</td><td>${recorded(list.stale, 'overdue', 'current')}</td><td>${link(list.sourceUrl)}</td></tr>`,
  );
  const weak = snapshot.listVersions.filter((list) => list.sample === true || list.stale === true);
  const caveat =
    weak.length > 0
      ? `\n<p class="caveat">${weak.length} of the ${snapshot.listVersions.length} list versions screened ${weak.length === 1 ? 'was' : 'were'} a sample copy shipped with partner-graph or overdue (${weak.map((list) => e(list.list)).join(', ')}): a listing missing from ${weak.length === 1 ? 'it' : 'them'} was not found.</p>`
      : '';
  return `<section id="assessment">
<h2>Assessment</h2>
<dl class="facts">
<dt>Risk level</dt><dd><span class="badge ${slug('level', snapshot.riskLevel)}">${e(snapshot.riskLevel)}</span></dd>
<dt>Snapshot</dt><dd>${e(snapshot.id)}</dd>
<dt>Assessed at</dt><dd>${date(snapshot.assessedAt)}</dd>
<dt>Rules version</dt><dd>${e(snapshot.rulesVersion)}</dd>
</dl>
<h3>Lists screened</h3>
${table(rows, '<th>List</th><th>Version</th><th>Issued</th><th>Copy</th><th>Freshness</th><th>Source</th>', '<p class="none">No list versions were recorded with this snapshot.</p>', 'lists')}${caveat}
</section>`;
}

/** A fact the snapshot may not have recorded (snapshots taken before it was). */
function recorded(value: boolean | null, yes: string, no: string): string {
  return value === null ? '<span class="muted">not recorded</span>' : value ? `<strong>${yes}</strong>` : no;
}

function parties(list: CaseReportParty[]): string {
  const rows = list.map((party) => {
    const resolution = party.resolution;
    // The dates of birth the party was resolved and screened with: what tells a person from a listed namesake.
    const born =
      party.dateOfBirth.length > 0
        ? `<div class="muted">Born ${party.dateOfBirth.map((date) => e(date)).join(', ')}</div>`
        : '';
    // Since rules 1.232.0 the other names the party was resolved and screened with, as given.
    const known =
      party.aliases.length > 0
        ? `<div class="muted party-aliases">Also known as ${party.aliases.map((alias) => e(alias)).join('; ')}</div>`
        : '';
    if (!resolution) {
      return `<tr><td class="code">${e(party.role)}</td><td>${e(party.name)}${born}${known}</td><td class="code">${e(party.country ? party.country.toUpperCase() : '—')}</td><td class="code"><span class="badge resolution-none">Not resolved</span></td><td><span class="muted">none</span></td></tr>`;
    }
    const entity = resolution.entity
      ? `${e(resolution.entity.name)} <span class="muted">(${e(resolution.entity.kind ?? 'entity')}, ${e(resolution.entity.id)})</span>`
      : '<span class="muted">none</span>';
    const override = resolution.overriddenBy
      ? `<div class="override">Overridden by ${e(resolution.overriddenBy)}${resolution.reason ? `: ${e(resolution.reason)}` : ''}</div>`
      : resolution.reason
        ? `<div class="override">Reason: ${e(resolution.reason)}</div>`
        : '';
    const candidates =
      resolution.candidates.length > 0
        ? `<div class="candidates">Candidates: <ol>${resolution.candidates
            .map(
              (candidate) =>
                `<li>${e(candidate.entity.name)} <span class="muted">(${e(candidate.entity.id)}, score ${score(candidate.score)})</span></li>`,
            )
            .join('')}</ol></div>`
        : resolution.entity === null
          ? '<div class="candidates muted">No candidates in the graph.</div>'
          : '';
    return `<tr><td class="code">${e(party.role)}</td><td>${e(party.name)}${born}${known}</td><td class="code">${e(party.country ? party.country.toUpperCase() : '—')}</td><td class="code"><span class="badge ${slug('resolution', resolution.status)}">${e(words(resolution.status))}</span></td><td>${entity}${override}${candidates}</td></tr>`;
  });
  return `<section id="parties">
<h2>Parties and how each was resolved</h2>
${table(rows, '<th class="code">Role</th><th>Name</th><th class="code">Country</th><th class="code">Resolution</th><th>Entity in the graph</th>', '<p class="none">The case has no parties.</p>')}
</section>`;
}

function findings(list: CaseReportFinding[], sources: Map<string, NumberedSource>): string {
  if (list.length === 0) {
    return `<section id="findings">
<h2>Findings</h2>
<p class="none">The assessment found nothing to review.</p>
</section>`;
  }
  return `<section id="findings">
<h2>Findings (${list.length})</h2>
${list.map((finding, index) => findingBlock(finding, index, sources)).join('\n')}
</section>`;
}

function findingBlock(finding: CaseReportFinding, index: number, sources: Map<string, NumberedSource>): string {
  const lists = finding.lists
    .map((list) => `${e(list.id)}${list.programme ? ` <span class="muted">(${e(list.programme)})</span>` : ''}`)
    .join('; ');
  const explanation =
    finding.explanation.length > 0
      ? `<ul class="explanation">${finding.explanation.map((line) => `<li>${e(line)}</li>`).join('')}</ul>`
      : '<p class="none">No explanation recorded.</p>';
  const paths = finding.paths
    .map((path, pathIndex) => pathFigure(path, `F${index + 1}.${pathIndex + 1}`, sources))
    .join('\n');
  const cited = finding.sources.map((source) => sourceReference(source, sources)).join(', ');
  return `<article class="finding" id="finding-${index + 1}">
<h3>F${index + 1}. ${e(finding.summary)}</h3>
<p class="meta"><span class="badge ${slug('level', finding.severity)}">${e(finding.severity)}</span> ${e(words(finding.kind))} · <span class="muted">${e(finding.id)}</span></p>
<dl class="facts">
<dt>Matched entity</dt><dd>${finding.matchedEntity ? `${e(finding.matchedEntity.name)} <span class="muted">(${e(finding.matchedEntity.id)})</span>` : '—'}</dd>
<dt>Lists</dt><dd>${lists || '—'}</dd>
<dt>Sources</dt><dd>${cited || '—'}</dd>
</dl>
<h4>Why</h4>
${explanation}
${paths}
${decisionBlock(finding)}
</article>`;
}

function pathFigure(path: CaseReportPath, label: string, sources: Map<string, NumberedSource>): string {
  const evidence = path.edges
    .filter((edge) => edge.sources.length > 0)
    .map((edge) => {
      const from = path.nodes.find((node) => node.id === edge.from)?.name ?? edge.from;
      const to = path.nodes.find((node) => node.id === edge.to)?.name ?? edge.to;
      return `<li>${e(from)} ${e(edge.type)} ${e(to)}: ${edge.sources.map((source) => sourceReference(source, sources)).join(', ')}</li>`;
    })
    .join('');
  return `<figure class="path">
${renderPathSvg(path)}
<figcaption>Path ${e(label)}: ${e(describePath(path))}</figcaption>
${evidence ? `<ul class="edge-sources">${evidence}</ul>` : ''}
</figure>`;
}

function decisionBlock(finding: CaseReportFinding): string {
  const decision = finding.decision;
  if (!decision) {
    return '<p class="decision undecided">Decision: <strong>none recorded</strong></p>';
  }
  return `<p class="decision ${slug('verdict', decision.verdict)}">Decision: <strong>${e(decision.verdict)}</strong> by ${e(decision.decidedBy)} on ${date(decision.decidedAt)}. Reason: ${e(decision.reason)}</p>`;
}

function decisions(list: CaseReportFinding[]): string {
  const rows = list.map((finding, index) => {
    const decision = finding.decision;
    return decision
      ? `<tr><td class="code">F${index + 1}</td><td class="code">${e(decision.verdict)}</td><td>${e(decision.decidedBy)}</td><td class="code">${date(decision.decidedAt)}</td><td>${e(decision.reason)}</td></tr>`
      : `<tr><td class="code">F${index + 1}</td><td class="muted">none</td><td></td><td></td><td></td></tr>`;
  });
  return `<section id="decisions">
<h2>Decisions</h2>
${table(rows, '<th>Finding</th><th>Verdict</th><th>By</th><th>When</th><th>Why</th>', '<p class="none">No findings, so no decisions.</p>')}
</section>`;
}

interface NumberedSource extends CaseReportCitation {
  number: number;
}

/** Every source cited by a finding or by an edge of its paths, once, numbered in order of first citation. */
function numberSources(list: CaseReportFinding[]): Map<string, NumberedSource> {
  const numbered = new Map<string, NumberedSource>();
  const add = (source: CaseReportCitation): void => {
    if (!numbered.has(source.id)) {
      numbered.set(source.id, { ...source, number: numbered.size + 1 });
    }
  };
  for (const finding of list) {
    finding.sources.forEach(add);
    for (const path of finding.paths) {
      for (const edge of path.edges) {
        edge.sources.forEach(add);
      }
    }
  }
  return numbered;
}

function sourceReference(source: CaseReportCitation, sources: Map<string, NumberedSource>): string {
  const number = sources.get(source.id)?.number;
  return `<a href="#source-${number}">[S${number}]</a> ${e(source.title)}`;
}

function sourceList(sources: Map<string, NumberedSource>): string {
  const items = [...sources.values()]
    .map(
      (source) =>
        `<li id="source-${source.number}"><span class="source-number">[S${source.number}]</span> ${e(source.title)} <span class="muted">(${e(source.id)})</span><br>${link(source.url)}</li>`,
    )
    .join('\n');
  return `<section id="sources">
<h2>Sources</h2>
${sources.size === 0 ? '<p class="none">No sources cited.</p>' : `<ol class="sources">\n${items}\n</ol>`}
</section>`;
}

function mitigations(view: CaseReportView): string {
  const rows = view.mitigations.map(
    (mitigation) =>
      `<tr><td>${e(mitigation.text)}</td><td>${e(mitigation.owner ?? '—')}</td><td>${mitigation.dueDate ? date(mitigation.dueDate) : '—'}</td></tr>`,
  );
  return `<section id="mitigations">
<h2>Mitigations</h2>
${table(rows, '<th>Mitigation</th><th>Owner</th><th>Due</th>', '<p class="none">No mitigations recorded.</p>')}
</section>`;
}

function audit(view: CaseReportView): string {
  const events = view.audit;
  const counts = new Map<string, number>();
  for (const event of events) {
    counts.set(event.action, (counts.get(event.action) ?? 0) + 1);
  }
  const users = new Set(events.map((event) => event.user));
  const summary =
    events.length === 0
      ? '<p class="none">No audit events.</p>'
      : `<p>${events.length} event${events.length === 1 ? '' : 's'} by ${users.size} user${users.size === 1 ? '' : 's'}, from ${date(events[0].at)} to ${date(events[events.length - 1].at)}: ${[
          ...counts,
        ]
          .map(([action, count]) => `${e(words(action))} ${count}`)
          .join(', ')}.</p>`;
  const rows = events.map(
    (event) =>
      `<tr><td class="code">${date(event.at)}</td><td>${e(event.user)}</td><td>${e(event.action)}</td><td>${e(event.detail ?? '')}</td></tr>`,
  );
  return `<section id="audit">
<h2>Audit trail</h2>
${summary}
${table(rows, '<th>When</th><th>User</th><th>Action</th><th>Detail</th>', '', 'audit')}
</section>`;
}

function footer(view: CaseReportView, generatedAt: string, contentHash: string): string {
  return `<footer>
<p>Case ${e(view.case.id)} · ${view.snapshot ? `snapshot ${e(view.snapshot.id)} · rules ${e(view.snapshot.rulesVersion)}` : 'not assessed'}</p>
<p>Generated at <span id="generated-at">${e(generatedAt)}</span> · content hash <span id="content-hash">${e(contentHash)}</span></p>
<p class="muted">The content hash is the sha256 of this HTML document with the generation time and the hash left empty: the same snapshot always gives the same hash.</p>
</footer>`;
}

/** A table of `rows` under one heading row (its `<th>` cells), or `none` when there are no rows. */
function table(rows: string[], headings: string, none: string, className?: string): string {
  if (rows.length === 0) {
    return none;
  }
  return `<table${className ? ` class="${className}"` : ''}><thead><tr>${headings}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`;
}

/** A URL as text, linked only when it is an http(s) address. */
function link(url: string | null): string {
  if (!url) {
    return '<span class="muted">no address</span>';
  }
  return isWebAddress(url) ? `<a href="${e(url)}">${e(url)}</a>` : e(url);
}

/** ISO dates and times shown the same way everywhere, in UTC; anything else as given. */
function date(value: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const parsed = new Date(value);
  if (!dateOnly && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(parsed.getTime())) {
    const iso = parsed.toISOString();
    return `<time datetime="${e(value)}">${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC</time>`;
  }
  return dateOnly ? `<time datetime="${e(value)}">${e(value)}</time>` : e(value);
}

function score(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : '—';
}

/** APPROVED_WITH_MITIGATIONS → "Approved with mitigations". */
function words(code: string): string {
  const text = code.replace(/_/g, ' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A class name from a value: only lower-case letters and hyphens, so no value can break the attribute. */
function slug(prefix: string, value: string): string {
  return `${prefix}-${value.toLowerCase().replace(/[^a-z]+/g, '-')}`;
}

const STYLES = `
@page { size: A4; margin: 16mm 14mm 18mm 14mm; }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #111827; margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
h1 { font-size: 18pt; margin: 0 0 4mm; }
h2 { font-size: 13pt; border-bottom: 1px solid #d1d5db; padding-bottom: 1mm; margin: 8mm 0 3mm; }
h3 { font-size: 11.5pt; margin: 4mm 0 2mm; }
h4 { font-size: 10.5pt; margin: 3mm 0 1mm; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 8pt; color: #6b7280; margin: 0; }
.muted { color: #6b7280; }
.none { color: #6b7280; font-style: italic; }
.caveat { border-left: 2mm solid #a16207; background: #fef9c3; padding: 1.5mm 3mm; margin: 2mm 0; }
dl.facts { display: grid; grid-template-columns: 35mm 1fr; gap: 1mm 4mm; margin: 2mm 0; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0; font-size: 9.5pt; }
th, td { border: 1px solid #d1d5db; padding: 1.2mm 2mm; text-align: left; vertical-align: top; overflow-wrap: break-word; }
td.code, th.code { white-space: nowrap; }
th { background: #f3f4f6; }
thead { display: table-header-group; }
tr, figure, .decision, li { break-inside: avoid; }
.outcome { display: inline-block; padding: 2mm 4mm; border-radius: 2mm; background: #f3f4f6; border: 1px solid #9ca3af; margin-bottom: 2mm; }
.outcome-approved { background: #dcfce7; border-color: #15803d; }
.outcome-approved-with-mitigations { background: #fef9c3; border-color: #a16207; }
.outcome-rejected { background: #fee2e2; border-color: #b91c1c; }
.badge { display: inline-block; padding: 0 2mm; border-radius: 1mm; border: 1px solid #9ca3af; font-size: 8.5pt; font-weight: bold; }
.level-high, .level-critical, .level-severe { background: #fee2e2; border-color: #b91c1c; }
.level-medium, .level-elevated { background: #fef9c3; border-color: #a16207; }
.level-low, .level-none { background: #dcfce7; border-color: #15803d; }
.resolution-resolved { background: #dcfce7; }
.resolution-ambiguous { background: #fef9c3; }
.resolution-not-found, .resolution-not-in-graph { background: #f3f4f6; }
.finding { border: 1px solid #e5e7eb; border-left: 3px solid #6b7280; padding: 2mm 4mm; margin: 4mm 0; }
.finding .meta { margin: 0 0 2mm; }
.override, .candidates { font-size: 9pt; margin-top: 1mm; }
.candidates ol { margin: 0; padding-left: 5mm; }
figure.path { margin: 3mm 0; }
figure.path svg { max-width: 100%; height: auto; }
figcaption { font-size: 9pt; color: #374151; }
.edge-sources { font-size: 9pt; }
.decision { padding: 1.5mm 3mm; background: #f9fafb; border: 1px solid #e5e7eb; }
.verdict-confirmed { border-color: #b91c1c; }
.verdict-dismissed { border-color: #15803d; }
.verdict-escalated { border-color: #a16207; }
.sources li { margin-bottom: 1mm; overflow-wrap: anywhere; }
a { color: #1d4ed8; text-decoration: none; }
footer { margin-top: 10mm; border-top: 1px solid #d1d5db; padding-top: 2mm; font-size: 8.5pt; color: #374151; overflow-wrap: anywhere; }
footer p { margin: 0.5mm 0; }
@media print { body { padding: 0; max-width: none; } a { color: inherit; } h2, h3 { break-after: avoid; } }
`.trim();
