// What the dialogue pages show, computed from the section's data: pure functions, so the
// pages stay templates and the rules (what is upcoming, what counts as held) are tested here.
import type { Indicator } from '../../model/types.gen.ts';
import type { DialogData, Dialogue, DialoguePriority, DialogueQuestion } from '../DialogData.ts';
import { dateOf } from '../localDateTime.ts';

export type When = 'upcoming' | 'ongoing' | 'past';

/** The day a dialogue ends (its start when it has no end). */
export const lastDay = (d: Dialogue): string => dateOf(d.end ?? d.start);

/**
 * Where a dialogue stands on the data's own date (asOf): upcoming when it starts on or after
 * it, ongoing when it started before and ends on or after it, else past. Without a date the
 * log's status decides (planerad → upcoming, pågår → ongoing).
 */
export function when(d: Dialogue, asOf: string | undefined): When {
  if (asOf === undefined) return d.status === 'planned' ? 'upcoming' : d.status === 'ongoing' ? 'ongoing' : 'past';
  if (dateOf(d.start) >= asOf) return 'upcoming';
  return lastDay(d) >= asOf ? 'ongoing' : 'past';
}

/** Dialogues still to come or going on, soonest first: the calendar's events. */
export function comingDialogues(data: Pick<DialogData, 'dialogues' | 'asOf'>): Dialogue[] {
  return data.dialogues.filter((d) => when(d, data.asOf) !== 'past').sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
}

/** The day an outcome was reported: its decision, else the end of the dialogue. */
export const outcomeDate = (d: Dialogue): string => d.decisionDate ?? lastDay(d);

/** Dialogues reported back to the residents (status återkopplad), newest outcome first. */
export function outcomes(dialogues: readonly Dialogue[]): Dialogue[] {
  return dialogues
    .filter((d) => d.status === 'reported')
    .sort((a, b) => (outcomeDate(a) !== outcomeDate(b) ? (outcomeDate(a) < outcomeDate(b) ? 1 : -1) : a.id < b.id ? -1 : 1));
}

export interface YearCount {
  year: number;
  /** Dialogues that took place (past, or held or reported by their status). */
  held: number;
  /** Residents taking part in those, as far as the log counts them. */
  participants: number;
  /** Held dialogues whose participant count the log gives (the sum covers only these). */
  counted: number;
  /** Held dialogues reported back (återkopplad). */
  reported: number;
  /** reported / held, 0–1; undefined when none were held. */
  reportedShare?: number;
}

/** Dialogues held per year (by the year they started), with participants and the share reported back; years in order. */
export function yearCounts(data: Pick<DialogData, 'dialogues' | 'asOf'>): YearCount[] {
  const years = new Map<number, YearCount>();
  for (const d of data.dialogues) {
    const held = d.status === 'held' || d.status === 'reported' || when(d, data.asOf) === 'past';
    if (!held) continue;
    const year = Number(d.start.slice(0, 4));
    const count = years.get(year) ?? { year, held: 0, participants: 0, counted: 0, reported: 0 };
    count.held++;
    if (d.participants !== undefined) {
      count.participants += d.participants;
      count.counted++;
    }
    if (d.status === 'reported') count.reported++;
    years.set(year, count);
  }
  return [...years.values()].sort((a, b) => a.year - b.year).map((c) => ({ ...c, reportedShare: c.held > 0 ? c.reported / c.held : undefined }));
}

export interface PriorityChoice {
  /** "indicator:N15428" or "topic:trygghet i centrum": one row of the tally. */
  key: string;
  indicator?: Indicator;
  /** The topic's words, or the indicator's title. */
  label: string;
  total: number;
  channels: { channel?: string; count: number }[];
}

export interface PriorityYear {
  year: number;
  choices: PriorityChoice[];
  total: number;
}

const collator = new Intl.Collator('sv-SE');

/**
 * The priorities tally per year, latest year first: each indicator or topic with the
 * residents who chose it, summed over channels, most chosen first (ties by name).
 */
export function priorityYears(priorities: readonly DialoguePriority[], indicators: ReadonlyMap<string, Indicator>): PriorityYear[] {
  const years = new Map<number, Map<string, PriorityChoice>>();
  for (const p of priorities) {
    const choices = years.get(p.year) ?? new Map<string, PriorityChoice>();
    years.set(p.year, choices);
    const indicator = p.indicator !== undefined ? indicators.get(p.indicator) : undefined;
    const key = p.indicator !== undefined ? `indicator:${p.indicator}` : `topic:${(p.topic ?? '').toLowerCase()}`;
    const choice = choices.get(key) ?? { key, label: p.topic ?? indicator?.title ?? p.indicator ?? '', total: 0, channels: [], ...(indicator ? { indicator } : {}) };
    choice.total += p.count;
    choice.channels.push({ count: p.count, ...(p.channel !== undefined ? { channel: p.channel } : {}) });
    choices.set(key, choice);
  }
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, choices]) => {
      const list = [...choices.values()].sort((a, b) => b.total - a.total || collator.compare(a.label, b.label));
      for (const c of list) c.channels.sort((a, b) => b.count - a.count || collator.compare(a.channel ?? '', b.channel ?? ''));
      return { year, choices: list, total: list.reduce((sum, c) => sum + c.total, 0) };
    });
}

export interface IndicatorDialogue {
  questions: DialogueQuestion[];
  dialogues: Dialogue[];
  /** How many residents said it matters, in the latest year that counted it. */
  matters?: { year: number; count: number };
}

/** What the dialogue holds about one indicator: its questions (newest first), its dialogues (newest first), its priority count. */
export function indicatorDialogue(data: DialogData, id: string): IndicatorDialogue {
  const questions = data.questions.filter((q) => q.indicator === id).sort((a, b) => (a.asked !== b.asked ? (a.asked < b.asked ? 1 : -1) : a.id < b.id ? -1 : 1));
  const dialogues = data.dialogues.filter((d) => d.indicators.includes(id)).sort((a, b) => (a.start !== b.start ? (a.start < b.start ? 1 : -1) : a.id < b.id ? -1 : 1));
  const counts = new Map<number, number>();
  for (const p of data.priorities) if (p.indicator === id) counts.set(p.year, (counts.get(p.year) ?? 0) + p.count);
  const year = [...counts.keys()].sort((a, b) => b - a)[0];
  return { questions, dialogues, ...(year !== undefined ? { matters: { year, count: counts.get(year)! } } : {}) };
}
