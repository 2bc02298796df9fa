import { requestContext } from '@convene/common';
import { loadConfig } from './app-config';
import { createLogger } from './logger';

function captured(run: () => void): string {
  const lines: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return lines.join('');
}

describe('createLogger', () => {
  it('adds the request id to JSON lines written for a request, and nothing outside one', () => {
    const logger = createLogger(loadConfig({ LOG_FORMAT: 'json' }), 'Test');
    const inside = captured(() =>
      requestContext.run({ requestId: 'req-42' }, () => logger.log('analysed')),
    );
    expect(JSON.parse(inside)).toMatchObject({ message: 'analysed', requestId: 'req-42' });
    const outside = captured(() => logger.log('swept'));
    expect(JSON.parse(outside)).not.toHaveProperty('requestId');
  });

  it('ends plain lines with the request id', () => {
    const logger = createLogger(loadConfig({ LOG_FORMAT: 'text' }), 'Test');
    const line = captured(() =>
      requestContext.run({ requestId: 'req-7' }, () => logger.log('analysed')),
    );
    expect(line).toMatch(/analysed.* \[request req-7\]\n$/);
  });
});
