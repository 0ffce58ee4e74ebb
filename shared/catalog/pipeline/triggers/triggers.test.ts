import { describe, expect, it } from 'vitest';
import { cardCreated } from './card-created';
import { cardEnteredColumn } from './card-entered-column';

describe('pipeline triggers', () => {
  it('listen for the card entering their own column, by name', () => {
    expect(cardEnteredColumn.listens?.({ column: 'Onboarding' })).toEqual([{ event: 'card.enteredColumn:Onboarding' }]);
  });

  it('ignore surrounding spaces in the column name, as the board does', () => {
    expect(cardEnteredColumn.listens?.({ column: '  Onboarding ' })).toEqual([{ event: 'card.enteredColumn:Onboarding' }]);
  });

  it('listen for nothing while the column is still blank', () => {
    expect(cardEnteredColumn.listens?.(cardEnteredColumn.defaultConfig)).toEqual([]);
  });

  it('hear every card created in the pipeline', () => {
    expect(cardCreated.listens?.({})).toEqual([{ event: 'card.created' }]);
  });

  it('continue through a single "next" port', () => {
    expect(cardEnteredColumn.ports({ column: 'Done' }).map((port) => port.id)).toEqual(['next']);
    expect(cardCreated.ports({}).map((port) => port.id)).toEqual(['next']);
  });
});
