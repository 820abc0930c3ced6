// SHACL validation of a DCAT catalogue against the shapes in ../shared/dcat-shapes (read in place,
// never copied). Used by the dcat tests only.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Quad } from '@rdfjs/types';
import rdf from '@zazuko/env-node';
import SHACLValidator from 'rdf-validate-shacl';
import { RdfXmlParser } from 'rdfxml-streaming-parser';

export const SHAPES_DIR = fileURLToPath(new URL('../../../shared/dcat-shapes/', import.meta.url));
export const hasShapes = existsSync(SHAPES_DIR);

/** Parses RDF/XML with a real streaming parser; rejects on any syntax error. */
export function parseRdfXml(text: string, baseIRI = 'https://example.invalid/'): Promise<Quad[]> {
  return new Promise((resolve, reject) => {
    const quads: Quad[] = [];
    const parser = new RdfXmlParser({ baseIRI });
    parser.on('data', (quad: Quad) => quads.push(quad));
    parser.on('error', reject);
    parser.on('end', () => resolve(quads));
    parser.write(text);
    parser.end();
  });
}

/** A shapes or vocabulary file, parsed by the RDF/JS environment's parser for its extension (.ttl, .nt, .rdf). */
async function loadFile(relative: string): Promise<Quad[]> {
  const dataset = await rdf.dataset().import(rdf.fromFile(SHAPES_DIR + relative));
  return [...dataset] as Quad[];
}

/**
 * The shape sets a harvested catalogue must pass, each validated on its own (they overlap, and
 * mixing them would hide which rule a failure belongs to).
 * - semic-base/ranges/vocabularies: the EU validator's "Base Zero", "Ranges Zero" and controlled
 *   vocabulary profiles of DCAT-AP 3.0.1.
 * - semic-recommended/deprecated: its "Recommendations" (recommended properties, as warnings) and
 *   deprecated properties.
 * - semic-full: the generated DCAT-AP 3.0.1 template with every constraint.
 * - se-derived: the DCAT-AP-SE 3.0.1 rules derived from DIGG's RDForms templates.
 * - se-harvesting: dataportal.se's harvesting rules (no blank nodes, CC0 catalogue licence …).
 * - digg-processor: DIGG's own validator set (DCAT-AP 3.0.0 + SE additions), with DIGG's overrides.
 */
export const SHAPE_SETS: Record<string, string[]> = {
  'semic-base': ['dcat-ap-3.0.1/html/shacl/shapes.ttl'],
  'semic-ranges': ['dcat-ap-3.0.1/html/shacl/range.ttl'],
  'semic-vocabularies': ['dcat-ap-3.0.1/html/shacl/mdr-vocabularies.shape.ttl'],
  'semic-recommended': ['dcat-ap-3.0.1/html/shacl/shapes_recommended.ttl'],
  'semic-deprecated': ['dcat-ap-3.0.1/html/shacl/deprecateduris.ttl'],
  'semic-full': ['dcat-ap-3.0.1/shacl/dcat-ap-SHACL.ttl'],
  'se-derived': ['dcat-ap-se-3.0.1/dcat-ap-se-3.0.1.rdforms-derived.shacl.ttl'],
  'se-harvesting': ['dcat-ap-se-3.0.1/dcat-ap-se-harvesting-rules.shacl.ttl'],
  'digg-processor': ['dcat-ap-se-digg-processor/dcat-ap-SHACL.ttl', 'dcat-ap-se-digg-processor/dcat-ap-se-additions.ttl'],
};

/** Background knowledge the class and vocabulary checks need: the EU authority tables and DIGG's bridges. */
const BACKGROUND = [
  'dcat-ap-se-digg-processor/vocabularies/access-right-skos.rdf',
  'dcat-ap-se-digg-processor/vocabularies/data-theme-skos.rdf',
  'dcat-ap-se-digg-processor/vocabularies/distribution-status-skos.rdf',
  'dcat-ap-se-digg-processor/vocabularies/file-type.rdf',
  'dcat-ap-se-digg-processor/vocabularies/frequency.rdf',
  'dcat-ap-se-digg-processor/vocabularies/language.rdf',
  'dcat-ap-se-digg-processor/digg-bridges.generated.nt',
];

/**
 * The one axiom of the vCard ontology the range checks rely on (contact points are vcard:Kind; the
 * Swedish profile wants them typed vcard:Organization only). DCAT-AP's imports.ttl owl:imports
 * the whole ontology (http://www.w3.org/2006/vcard/ns.ttl); the EU validator loads it the same way.
 */
const VCARD = 'http://www.w3.org/2006/vcard/ns#';
const VCARD_AXIOMS: Quad[] = ['Organization', 'Individual'].map(
  (cls) => rdf.quad(rdf.namedNode(VCARD + cls), rdf.namedNode('http://www.w3.org/2000/01/rdf-schema#subClassOf'), rdf.namedNode(`${VCARD}Kind`)) as Quad,
);

let background: Promise<Quad[]> | undefined;
function loadBackground(): Promise<Quad[]> {
  background ??= Promise.all(BACKGROUND.map(loadFile)).then((parts) => [...parts.flat(), ...VCARD_AXIOMS]);
  return background;
}

const shapeCache = new Map<string, Promise<Quad[]>>();
function loadShapes(set: string): Promise<Quad[]> {
  let shapes = shapeCache.get(set);
  if (!shapes) {
    // owl:imports name the EU vocabularies online; the ones the checks need are background knowledge here.
    shapes = Promise.all(SHAPE_SETS[set].map(loadFile)).then((parts) => parts.flat().filter((q) => q.predicate.value !== 'http://www.w3.org/2002/07/owl#imports'));
    shapeCache.set(set, shapes);
  }
  return shapes;
}

interface Override {
  path: string;
  ignoreConstraints: string[];
}

function diggOverrides(): Override[] {
  const json = JSON.parse(readFileSync(SHAPES_DIR + 'dcat-ap-se-digg-processor/dcat-ap-se-overrides.json', 'utf8')) as { overrides: Override[] };
  return json.overrides;
}

export interface ShaclResult {
  severity: string;
  focusNode: string;
  path: string;
  component: string;
  message: string;
  value: string;
}

/** Validates a data graph (plus background knowledge) against one shape set; returns every result. */
export async function validateShapes(set: string, data: Quad[]): Promise<ShaclResult[]> {
  const shapes = rdf.dataset(await loadShapes(set));
  const dataset = rdf.dataset([...data, ...(await loadBackground())]);
  const validator = new SHACLValidator(shapes, { factory: rdf });
  const report = await validator.validate(dataset);
  const overrides = set === 'digg-processor' ? diggOverrides() : [];
  return report.results
    .map((r) => ({
      severity: r.severity?.value.replace('http://www.w3.org/ns/shacl#', '') ?? '',
      focusNode: r.focusNode?.value ?? '',
      path: r.path && 'value' in r.path ? String(r.path.value) : '',
      component: r.sourceConstraintComponent?.value.replace('http://www.w3.org/ns/shacl#', '') ?? '',
      message: r.message.map((m) => m.value).join(' / '),
      value: r.value?.value ?? '',
    }))
    .filter((r) => !overrides.some((o) => o.path === r.path && o.ignoreConstraints.includes(r.component)));
}

export const violations = (results: ShaclResult[]) => results.filter((r) => r.severity === 'Violation');
