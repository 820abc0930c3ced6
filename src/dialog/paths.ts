/** Site paths of the dialogue's pages and files (the agreed public URLs). */
export const DIALOG_PATHS = {
  index: '/dialog/',
  all: '/dialog/alla/',
  effect: '/dialog/fungerar-dialogen/',
  thanks: '/dialog/tack/',
  dialogue: (id: string) => `/dialog/${encodeURIComponent(id)}/`,
  dialogueCalendar: (id: string) => `/dialog/${encodeURIComponent(id)}/kalender.ics`,
  calendar: '/dialog/kalender.ics',
  areaCalendar: (areaSlug: string) => `/dialog/kalender/${encodeURIComponent(areaSlug)}.ics`,
  feed: '/dialog/flode.xml',
  apiDialogues: '/api/v1/dialog/dialogues.json',
  apiQuestions: '/api/v1/dialog/questions.json',
  apiPriorities: '/api/v1/dialog/priorities.json',
} as const;
