/** Reads the article facts a page states in JSON-LD (schema.org NewsArticle and kin): headline, author, publisher, dates. */

export interface JsonLdArticle {
  headline: string | null;
  author: string | null;
  publisher: string | null;
  datePublished: string | null;
  url: string | null;
  inLanguage: string | null;
}

/** JSON-LD blocks larger than this are not parsed (a page's metadata is a few kilobytes). */
const MAX_JSON_LD_CHARS = 1_000_000;

const ARTICLE_TYPES =
  /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting)$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: { [key: string]: Json }): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list
    .filter((entry): entry is string => typeof entry === 'string')
    .map((entry) => entry.replace(/^https?:\/\/schema\.org\//, ''));
}

/** Every object in the JSON-LD value, walking arrays and @graph lists (breadth first, bounded). */
function nodesOf(value: Json): Array<{ [key: string]: Json }> {
  const found: Array<{ [key: string]: Json }> = [];
  const queue: Json[] = [value];
  while (queue.length > 0 && found.length < 1000) {
    const next = queue.shift() as Json;
    if (Array.isArray(next)) queue.push(...next);
    else if (isObject(next)) {
      found.push(next);
      const graph = next['@graph'];
      if (graph !== undefined) queue.push(graph);
    }
  }
  return found;
}

/** A plain string, or the name of a Person or Organization (or a list of them, joined by commas). */
function nameOf(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map((entry) => nameOf(entry)).filter((name): name is string => name !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (isObject(value)) return nameOf(value['name']);
  return null;
}

function urlOf(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (isObject(value)) return urlOf(value['@id'] ?? value['url']);
  return null;
}

/** The first article described in the page's JSON-LD scripts, or null when none parses or none is an article. */
export function readJsonLdArticle(scripts: readonly string[]): JsonLdArticle | null {
  for (const script of scripts) {
    if (script.length > MAX_JSON_LD_CHARS) continue;
    let value: Json;
    try {
      value = JSON.parse(script.replace(/^\s*<!--|-->\s*$/g, '')) as Json;
    } catch {
      continue;
    }
    const article = nodesOf(value).find((node) => typesOf(node).some((type) => ARTICLE_TYPES.test(type)));
    if (!article) continue;
    return {
      headline: nameOf(article['headline']) ?? nameOf(article['name']),
      author: nameOf(article['author']) ?? nameOf(article['creator']),
      publisher: nameOf(article['publisher']),
      datePublished: nameOf(article['datePublished']) ?? nameOf(article['dateCreated']),
      url: urlOf(article['url']) ?? urlOf(article['mainEntityOfPage']),
      inLanguage: nameOf(article['inLanguage']),
    };
  }
  return null;
}
