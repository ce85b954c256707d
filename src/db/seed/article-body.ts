/**
 * The body of the first story, as published (typos included: "isat",
 * "Nusraseems" are the publisher's). Copied from the seed article so the
 * Worker never reads outside the project. The page chrome at its end
 * ("Follow the page …") is not part of the story and is left out.
 */
import type { BodyBlock } from '../schema';

export const articleBody: BodyBlock[] = [
  {
    kind: 'paragraph',
    text: 'Last Saturday 18th the United States launched a series of airstrikes against the lines of ISIS close to Deir Ezzor. In an unusual intelligence mistake, the US had hit positions of the regime’s forces of Bashar al-Assad, killing more than 60 soldiers according to the Russian delegation in Damascus or 80 according to the Syrian observatory of Human rights.',
  },
  {
    kind: 'subhead',
    text: 'More complications for an already weak agreement',
  },
  {
    kind: 'paragraph',
    text: 'The US, recognizing the mistake sent apologies to the Syrian regime extended through the Russian delegation.',
  },
  {
    kind: 'paragraph',
    text: 'However, Russians and forces loyal to Bashar al-Assad suspect the attack wasn’t unintentional, as the dead formed part of forces that were regrouping to launch an attack on the lines of ISIS.',
  },
  {
    kind: 'paragraph',
    text: 'This mistake comes at a crucial moment when the cease-fire- though still standing- isat a precarious moment. The fact that there have been at least 55 violations of the Cease-fire –not counting the US airstrike - and that the United Nation’s convoys still haven’t been able to get the regime’s permission to distribute humanitarian aid has made the different parts that take part In the agreement launch accusations that threaten to break the truce.',
  },
  {
    kind: 'paragraph',
    text: 'Part of the agreement also settled the possibility of the US and Russia launching coordinated attacks against ISIS – starting one week after the agreement, on Monday 19- if the cease-fire still stood. The American airstrike on Russia’s ally in Syria – the regime of Bashar al-Assad- and the accusations of collaboration with ISIS launched by Russian authorities seem to have tensed even more the relations between both countries.',
  },
  {
    kind: 'paragraph',
    text: 'At the moment, the idea of sharing information and facilities to coordinate airstrikes on ISIS and al Nusraseems a distant one.',
  },
  {
    kind: 'subhead',
    text: 'Meeting with the Security Council',
  },
  {
    kind: 'paragraph',
    text: 'The failed airstrike is at the moment the biggest threat for a cease-fire that has halted significantly the violence in Syria during the last week. After knowing the events, Russia called for an urgent meeting of the UN Security Council in which it accused the US of not fulfilling their obligations negotiated during the agreement.',
  },
  {
    kind: 'paragraph',
    text: 'The US has made it clear that the airstrikes were meant to be against ISIS’s positions, in an attack that was communicated before time to the Russians, in order to avoid any conflict with targets. These explanations, therefore, suggest that Russia was aware of the attacks beforehand but failed to warn the US of the mistake they were committing.',
  },
  {
    kind: 'paragraph',
    text: 'Despite the major setback, the agreement still stands as for now. American Secretary of State John Kerry and his Russian counterpart Serguéi Lavrov held conversations after the Security Council meeting – where nothing specific came out from- to negotiate the prolongation of the Cease-fire.',
  },
  {
    kind: 'paragraph',
    text: 'The question now is if the different parts involved on the ground will continue to respect the cease-fire after the events of this weekend.',
  },
];
