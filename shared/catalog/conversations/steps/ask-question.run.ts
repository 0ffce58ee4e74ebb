import { stepBehaviour } from '../../behaviour';
import { fieldKeyOf } from '../../field-values';
import type { ConfigOf, EffectInput, StepResult } from '../../behaviour';
import type { askQuestion } from './ask-question';

type AskQuestionConfig = ConfigOf<typeof askQuestion>;

const VALID_ANSWER: Readonly<Record<AskQuestionConfig['answerType'], (answer: string, config: AskQuestionConfig) => boolean>> = {
  text: (answer) => answer.trim() !== '',
  multipleChoice: (answer, config) => config.options.some((option) => option.toLowerCase() === answer.trim().toLowerCase()),
  number: (answer) => answer.trim() !== '' && Number.isFinite(Number(answer.trim())),
  date: (answer) => /^\d{4}-\d{2}-\d{2}$/.test(answer.trim()) && !Number.isNaN(Date.parse(answer.trim())),
  phone: (answer) => /^\+?[0-9 ()-]{6,20}$/.test(answer.trim()),
  email: (answer) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(answer.trim()),
};

/**
 * Asks the question and waits for the reply until the timeout (seven days unless set; the
 * platform: "El paso Hacer una pregunta tiene un período de tiempo de espera predeterminado de 7
 * días"). A valid reply is saved and goes on by `answered`; an invalid one cannot be saved
 * ("Las respuestas no válidas [...] no se pueden guardar") and goes by `failure`. Replying never
 * reopens a closed conversation ("un contacto no volverá a abrir la conversación respondiendo").
 */
export const askQuestionRun = stepBehaviour<AskQuestionConfig>({
  enter: (run) => ({
    wait: 'reply',
    deadline: run.now + run.config.timeout * 1000,
    effects: [{ kind: 'questionAsked', detail: { text: run.fill(run.config.question), options: run.config.options } }],
  }),
  resume: (run, input): StepResult => {
    if (input.kind === 'timeout') return { next: 'timeout' };
    if (input.kind !== 'reply') return { next: 'failure' };
    const answer = input.text.trim();
    if (!VALID_ANSWER[run.config.answerType](answer, run.config)) {
      const effects: EffectInput[] = run.config.invalidAnswerMessage
        ? [{ kind: 'messageSent', detail: { text: run.fill(run.config.invalidAnswerMessage), channel: run.subject.conversation?.channel ?? '' } }]
        : [];
      return { next: 'failure', effects };
    }
    const saveTo = run.config.saveTo && fieldKeyOf(run.config.saveTo);
    return {
      next: 'answered',
      variables: run.config.variable ? { [run.config.variable]: answer } : {},
      effects: saveTo ? [{ kind: 'answerSaved', detail: { field: saveTo, value: answer } }] : [],
    };
  },
});
