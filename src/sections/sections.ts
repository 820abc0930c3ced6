import type { Section } from './Section.ts';

/**
 * Every section of the site beside the results, in the order they are built and listed.
 * A new capability adds itself here and nowhere else in the pipeline.
 */
export const SECTIONS: readonly Section[] = [];
