// Every CSV the API sends starts with the UTF-8 byte order mark (so Excel reads "José Peña Núñez", not mojibake),
// whether the route sends a string, a buffer or a stream, and its cells still cannot become formulas.
import { Readable } from 'node:stream';
import Fastify, { type FastifyReply } from 'fastify';
import { describe, expect, it } from 'vitest';
import { csvLine, sendCsvWithBom, UTF8_BOM } from './csv';

const BOM_BYTES = [0xef, 0xbb, 0xbf];

describe('CSV responses', () => {
  const app = Fastify();
  sendCsvWithBom(app);
  const lines = [csvLine(['name', 'agency']), csvLine(['José Peña Núñez', '=Fiscalía'])];
  const csv = (reply: FastifyReply, body: unknown) => reply.type('text/csv; charset=utf-8').send(body);
  app.get('/string', (_request, reply) => csv(reply, lines.join('')));
  app.get('/buffer', (_request, reply) => csv(reply, Buffer.from(lines.join(''), 'utf8')));
  app.get('/stream', (_request, reply) => csv(reply, Readable.from(lines)));
  app.get('/json', () => ({ name: 'José' }));

  it.each(['string', 'buffer', 'stream'])(
    'start with the byte order mark when sent as a %s',
    async (kind) => {
      const response = await app.inject({ method: 'GET', url: `/${kind}` });
      expect(response.statusCode).toBe(200);
      expect([...response.rawPayload.subarray(0, 3)]).toEqual(BOM_BYTES);
      expect(response.rawPayload.subarray(3).toString('utf8')).toBe(
        "name,agency\r\nJosé Peña Núñez,'=Fiscalía\r\n",
      );
      if (kind !== 'stream')
        expect(Number(response.headers['content-length'])).toBe(response.rawPayload.length);
    },
  );

  it('leave other responses alone and never add a second mark', async () => {
    const json = await app.inject({ method: 'GET', url: '/json' });
    expect(json.body).toBe('{"name":"José"}');
    expect(csvLine([`${UTF8_BOM}x`])).toBe(`${UTF8_BOM}x\r\n`);
    const again = Fastify();
    sendCsvWithBom(again);
    again.get('/', (_request, reply) => csv(reply, `${UTF8_BOM}a\r\n`));
    again.get('/buffer', (_request, reply) => csv(reply, Buffer.from(`${UTF8_BOM}a\r\n`, 'utf8')));
    expect((await again.inject({ method: 'GET', url: '/' })).body).toBe(`${UTF8_BOM}a\r\n`);
    expect((await again.inject({ method: 'GET', url: '/buffer' })).body).toBe(`${UTF8_BOM}a\r\n`);
  });
});
