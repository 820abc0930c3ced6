import { escapeXml } from './escapeXml.ts';

/** Namespaces the catalogue uses; every qualified name below must use one of these prefixes. */
export const NAMESPACES = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dcterms: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  dcatap: 'http://data.europa.eu/r5r/',
} as const;

export type Prefix = keyof typeof NAMESPACES;
/** A qualified name such as "dcterms:title". */
export type QName = `${Prefix}:${string}`;

export type RdfObject =
  | { iri: string }
  | { text: string; lang: string }
  | { text: string; datatype?: QName };

export interface RdfNode {
  iri: string;
  /** Main class, written as the element name (e.g. "dcat:Dataset"). */
  type: QName;
  /** Further classes, written as rdf:type. */
  moreTypes?: QName[];
  properties: [QName, RdfObject][];
}

function expand(qname: QName): string {
  const [prefix, local] = qname.split(':') as [Prefix, string];
  return NAMESPACES[prefix] + local;
}

function property([name, object]: [QName, RdfObject]): string {
  if ('iri' in object) return `    <${name} rdf:resource="${escapeXml(object.iri)}"/>`;
  if ('lang' in object) return `    <${name} xml:lang="${escapeXml(object.lang)}">${escapeXml(object.text)}</${name}>`;
  const datatype = object.datatype ? ` rdf:datatype="${escapeXml(expand(object.datatype))}"` : '';
  return `    <${name}${datatype}>${escapeXml(object.text)}</${name}>`;
}

/**
 * Serialises nodes as RDF/XML: one typed element per node, every node named by an IRI (no blank
 * nodes, as dataportal.se requires). Nodes are written in the order given and an IRI is written
 * once (the first occurrence wins), so the output is deterministic.
 */
export function toRdfXml(nodes: readonly RdfNode[]): string {
  const seen = new Set<string>();
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<rdf:RDF'];
  for (const [prefix, iri] of Object.entries(NAMESPACES)) lines.push(`    xmlns:${prefix}="${iri}"`);
  lines[lines.length - 1] += '>';
  for (const node of nodes) {
    if (seen.has(node.iri)) continue;
    seen.add(node.iri);
    lines.push(`  <${node.type} rdf:about="${escapeXml(node.iri)}">`);
    for (const type of node.moreTypes ?? []) lines.push(`    <rdf:type rdf:resource="${escapeXml(expand(type))}"/>`);
    for (const p of node.properties) lines.push(property(p));
    lines.push(`  </${node.type}>`);
  }
  lines.push('</rdf:RDF>', '');
  return lines.join('\n');
}
