/**
 * The data behind each chart as a plain table: shown by ChartFrame's "Als Tabelle anzeigen" (the accessible
 * alternative to every mark) and exported as CSV. Pure.
 */
import type { CoMentionMatrix, SpeakerGraph, TopicSeries } from '../worker/api.ts';
import type { Lang } from '../i18n/format.ts';
import { bucketLabel, chartText } from '../i18n/charts.ts';
import type { ChartTable, LegendItem } from './exportChart.ts';
import { MAX_OVERLAY, topicColors } from '../layout/topicLines.ts';
import { orgColors } from '../layout/speakerNetworkLayout.ts';

/** One row per bucket (plus "undatiert" when any), one column per topic. */
export function topicsTable(data: TopicSeries, lang: Lang): ChartTable {
  const t = chartText(lang);
  const rows: (string | number)[][] = data.buckets.map((b, i) => [bucketLabel(b, lang), ...data.series.map((s) => s.counts[i] ?? 0)]);
  if (data.series.some((s) => s.undated > 0)) rows.push([t.undated, ...data.series.map((s) => s.undated)]);
  return { columns: [t.bucket, ...data.series.map((s) => s.topic.label)], rows };
}

/** The full matrix: one row and one column per organisation; the diagonal is the organisation's own count. */
export function matrixTable(data: CoMentionMatrix, lang: Lang): ChartTable {
  return {
    columns: [chartText(lang).organisation, ...data.orgs.map((o) => o.name)],
    rows: data.orgs.map((o, i) => [o.name, ...data.orgs.map((_, j) => data.counts[i]?.[j] ?? 0)]),
  };
}

/** One row per speaker, most quoted first, with the people they share articles with. */
export function speakersTable(data: SpeakerGraph, lang: Lang): ChartTable {
  const t = chartText(lang);
  const partners = data.nodes.map(() => [] as { name: string; w: number }[]);
  for (const l of data.links) {
    const a = data.nodes[l.source];
    const b = data.nodes[l.target];
    if (!a || !b) continue;
    partners[l.source]!.push({ name: b.name, w: l.weight });
    partners[l.target]!.push({ name: a.name, w: l.weight });
  }
  const order = [...data.nodes.keys()].sort((a, b) => data.nodes[b]!.quotes - data.nodes[a]!.quotes || data.nodes[a]!.name.localeCompare(data.nodes[b]!.name, 'de'));
  return {
    columns: [t.name, t.role, t.organisation, t.quotes, t.articles, t.sharedArticles],
    rows: order.map((i) => {
      const n = data.nodes[i]!;
      const p = partners[i]!.sort((a, b) => b.w - a.w || a.name.localeCompare(b.name, 'de')).map((x) => `${x.name} (${x.w})`).join('; ');
      return [n.name, n.role ?? '', n.organisation ?? '', n.quotes, n.articles, p];
    }),
  };
}

/**
 * Topic colour key for exported pictures (on screen the legend is HTML): the chart's own colours (`topicColors`),
 * for the visible topics. None for small multiples: every band is labelled and all share one colour.
 */
export function topicsLegend(data: TopicSeries, hiddenTopics: readonly string[] = [], palette?: readonly string[]): LegendItem[] {
  const colors = topicColors(data.series.map((s) => s.topic.id), new Set(hiddenTopics), palette);
  if (colors.size > MAX_OVERLAY) return [];
  return data.series
    .filter((s) => colors.has(s.topic.id))
    .map((s) => ({ label: s.topic.label, color: colors.get(s.topic.id)! }));
}

/** Organisation colour key of the speaker network for exported pictures. */
export function speakersLegend(data: SpeakerGraph, lang: Lang, palette?: readonly string[]): LegendItem[] {
  return orgColors(data.nodes, palette).legend.map((e) => ({ label: e.key ?? chartText(lang).other, color: e.color }));
}
