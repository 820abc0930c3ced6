// Typefaces a site may choose in site.json (`font`): stacks of fonts already installed on common
// systems, so no font file is ever downloaded (no extra request, no third party, no flash of text).
// The stacks follow Modern Font Stacks (modernfontstacks.com, CC0). Names are written without quotes
// (a run of identifiers is a valid family name in CSS): the <style> text is HTML-escaped when rendered,
// and a quote would arrive as &quot; and void the declaration.
import type { SiteConfig } from '../model/types.gen.ts';

export const FONT_STACKS: Record<NonNullable<SiteConfig['font']>, string> = {
  system: 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif',
  humanist: 'Seravek, Gill Sans Nova, Ubuntu, Calibri, DejaVu Sans, source-sans-pro, sans-serif',
  geometric: 'Avenir, Montserrat, Corbel, URW Gothic, source-sans-pro, sans-serif',
  transitional: 'Charter, Bitstream Charter, Sitka Text, Cambria, serif',
};
