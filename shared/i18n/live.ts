/**
 * What a live widget says about an update. Its own module: in English, only
 * the widgets' live chunk carries it (widgets/src/shared/live-widget.ts),
 * since a widget says it only once it is live; Spanish and Arabic hold it
 * with the rest of their strings (`Strings`, ./strings.ts).
 */
export type LiveStrings = {
  /** The control that shows a waiting update, the mark on a changed figure, the announcement. */
  updatedShow: string;
  updatedMark: (time: string) => string;
  updatedAnnouncement: (what: string) => string;
  /** An update that changed something other than the figures (a title, a note). */
  updatedDetails: string;
  /** Announced when an update waits behind the control (`updatedShow`), which a screen reader would not find alone. */
  updateWaiting: (control: string) => string;
};

export const enLive: LiveStrings = {
  updatedShow: 'Updated — show',
  updatedMark: (time) => `updated ${time}`,
  updatedAnnouncement: (what) => `Updated: ${what}.`,
  updatedDetails: 'details of this story changed',
  updateWaiting: (control) => `This story has been updated. “${control}”, at the top of this card, shows it.`,
};
