/**
 * Each chart's data as a table (columns + rows): the "Als Tabelle anzeigen" alternative and the CSV export.
 * Pure; headers come from the caller's messages so the table speaks the page's language.
 */
import type { ChartTable } from '../charts/exportChart.ts';
import type { CoMentionMatrix, SpeakerGraph, TopicSeries } from '../worker/api.ts';

export function topicsTable(data: TopicSeries, bucketHeader: string, undatedLabel: string): ChartTable {
  const columns = [bucketHeader, ...data.series.map((s) => s.topic.label)];
  const rows: (string | number)[][] = data.buckets.map((b, i) => [b, ...data.series.map((s) => s.counts[i] ?? 0)]);
  if (data.series.some((s) => s.undated > 0)) rows.push([undatedLabel, ...data.series.map((s) => s.undated)]);
  return { columns, rows };
}

export function orgsTable(data: CoMentionMatrix, orgHeader: string, mentionsHeader: string): ChartTable {
  const columns = [orgHeader, mentionsHeader, ...data.orgs.map((o) => o.name)];
  const rows = data.orgs.map((o, i) => [o.name, o.count, ...data.orgs.map((_, j) => (i === j ? '' : (data.counts[i]?.[j] ?? 0)))]);
  return { columns, rows };
}

export function speakersTable(data: SpeakerGraph, headers: [string, string, string, string, string]): ChartTable {
  const rows = [...data.nodes]
    .sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name, 'de'))
    .map((n) => [n.name, n.role ?? '', n.organisation ?? '', n.quotes, n.articles]);
  return { columns: headers, rows };
}
