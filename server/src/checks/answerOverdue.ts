import { answerTiming, ordinal, timelineDate, workingDaysBetween } from '../model/deadlines.js';
import { findingOn, type Check } from './types.js';

const days = (count: number) => `${count} working day${count === 1 ? '' : 's'}`;

export const answerOverdue: Check = {
  code: 'answer-overdue',
  defaultSeverity: 'information',
  description:
    'The answer came after the deadline, or there is none and the deadline has passed: the deadline the timeline prints, else parlq.answerDeadlineWorkingDays working days after sending (weekends and Belgian public holidays left out).',
  question(_document, question, options) {
    // A page that stops in its header may not show the whole timeline.
    if (question.cutOff?.section === 'header') return [];
    const timing = answerTiming(question, options.answerDeadlineWorkingDays);
    if (!timing) return [];
    const deadline = `${timelineDate(timing.deadline)} (${timing.deadlinePrinted ? 'printed in the timeline' : `${days(options.answerDeadlineWorkingDays)} after sending, parlq.answerDeadlineWorkingDays`})`;
    if (timing.answer && timing.answeredOn) {
      if (timing.answeredOn <= timing.deadline) return [];
      const late = workingDaysBetween(timing.deadline, timing.answeredOn);
      return [
        findingOn(
          'answer-overdue',
          timing.answer.node,
          `Answered late: on ${timing.answer.date}, ${days(late)} after the deadline of ${deadline}; the ${ordinal(timing.answeredOnWorkingDay ?? 0)} working day after sending on ${timing.sent.date}.`,
        ),
      ];
    }
    // An answer without a recorded date cannot be judged; a closed or lapsed file owes none.
    if (question.answer || question.closedWithoutAnswer || options.today <= timing.deadline) return [];
    const overdue = workingDaysBetween(timing.deadline, options.today);
    return [findingOn('answer-overdue', timing.sent.node, `No answer, ${days(overdue)} after the deadline of ${deadline}.`)];
  },
};
