import { answerTiming, workingDaysBetween } from '../model/deadlines.js';
import { msg } from '../l10n/index.js';
import { findingOn, type Check } from './types.js';

export const answerOverdue: Check = {
  code: 'answer-overdue',
  defaultSeverity: 'information',
  question(_document, question, options) {
    // A page that stops in its header may not show the whole timeline.
    if (question.cutOff?.section === 'header') return [];
    const timing = answerTiming(question, options.answerDeadlineWorkingDays);
    if (!timing) return [];
    const deadline = timing.deadlinePrinted
      ? msg('overdue.deadlinePrinted', { date: timing.deadline })
      : msg('overdue.deadlineComputed', { date: timing.deadline, days: options.answerDeadlineWorkingDays });
    if (timing.answer && timing.answeredOn) {
      if (timing.answeredOn <= timing.deadline) return [];
      const late = workingDaysBetween(timing.deadline, timing.answeredOn);
      return [
        findingOn(
          'answer-overdue',
          timing.answer.node,
          msg('overdue.late', {
            answered: timing.answeredOn,
            late,
            deadline,
            nth: timing.answeredOnWorkingDay ?? 0,
            sent: timing.sentOn,
          }),
        ),
      ];
    }
    // An answer without a recorded date cannot be judged; a closed or lapsed file owes none.
    if (question.answer || question.closedWithoutAnswer || options.today <= timing.deadline) return [];
    const overdue = workingDaysBetween(timing.deadline, options.today);
    return [findingOn('answer-overdue', timing.sent.node, msg('overdue.none', { overdue, deadline }))];
  },
};
