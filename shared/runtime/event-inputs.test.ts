import { describe, expect, it } from 'vitest';
import { resumeInputOf } from './event-inputs';

describe('which platform events resume a waiting run', () => {
  it('a message from the contact is the reply a question waits for', () => {
    expect(resumeInputOf({ event: 'message.received', data: { text: '4711' } })).toEqual({ kind: 'reply', text: '4711' });
  });
  it('keys pressed on a call are the digits a menu waits for, as text', () => {
    expect(resumeInputOf({ event: 'call.digits', data: { digits: 12 } })).toEqual({ kind: 'digits', digits: '12' });
  });
  it('an event without what it carries, or any other event, resumes nothing', () => {
    expect(resumeInputOf({ event: 'message.received' })).toBeUndefined();
    expect(resumeInputOf({ event: 'conversation.opened', data: { text: 'hi' } })).toBeUndefined();
  });
});
