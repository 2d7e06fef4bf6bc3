/**
 * The cache-service stand-in itself: its Twirp answers, and its blob side driven by the Azure Storage SDK that
 * `@actions/cache` uploads with (block uploads and ranged reads the small-file tests never reach).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BlockBlobClient } from '@azure/storage-blob';
import { startCacheService, type CacheServiceStandIn } from '../../helpers/servers/cache-service.js';

const SERVICE = 'twirp/github.actions.results.api.v1.CacheService/';

let service: CacheServiceStandIn;

beforeAll(async () => {
  service = await startCacheService();
});

afterAll(async () => {
  await service.close();
});

async function call(method: string, body: unknown, token = service.env.ACTIONS_RUNTIME_TOKEN) {
  const response = await fetch(`${service.url}${SERVICE}${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('cache-service stand-in', () => {
  it('listens on loopback only and hands out a JWT-shaped runtime token', () => {
    expect(new URL(service.url).hostname).toBe('127.0.0.1');
    expect(service.env.ACTIONS_RESULTS_URL).toBe(service.url);
    const [, payload] = (service.env.ACTIONS_RUNTIME_TOKEN as string).split('.');
    expect(JSON.parse(Buffer.from(payload as string, 'base64url').toString('utf8')).scp).toMatch(
      /^Actions\.Results:/,
    );
  });

  it('refuses a wrong token and a duplicate key like the real service', async () => {
    expect((await call('CreateCacheEntry', { key: 'k', version: 'v' }, 'wrong')).status).toBe(401);
    const first = await call('CreateCacheEntry', { key: 'dup', version: 'v1' });
    expect(first.body.ok).toBe(true);
    const second = await call('CreateCacheEntry', { key: 'dup', version: 'v1' });
    expect(second.status).toBe(409);
    expect(second.body).toEqual({
      code: 'already_exists',
      msg: 'cache entry with the same key, version, and scope already exists',
    });
    // Another version of the same key is another entry.
    expect((await call('CreateCacheEntry', { key: 'dup', version: 'v2' })).body.ok).toBe(true);
  });

  it('takes a block upload from the Azure SDK and serves it back in ranges', async () => {
    const data = randomBytes(5 * 1024 * 1024 + 123);
    const created = await call('CreateCacheEntry', { key: 'blocks-1', version: 'vb' });
    const upload = new BlockBlobClient(created.body.signed_upload_url as string);
    // Small single-shot and block sizes force Put Block + Put Block List instead of one Put Blob.
    await upload.uploadData(data, { maxSingleShotSize: 1024 * 1024, blockSize: 1024 * 1024, concurrency: 3 });
    const ops = service.requests().map((r) => r.operation);
    expect(ops.filter((o) => o === 'blob:put-block')).toHaveLength(6);
    expect(ops).toContain('blob:put-blocklist');

    const finalized = await call('FinalizeCacheEntryUpload', {
      key: 'blocks-1',
      version: 'vb',
      size_bytes: `${data.length}`,
    });
    expect(finalized.body.ok).toBe(true);

    const found = await call('GetCacheEntryDownloadURL', { key: 'blocks-', restore_keys: [], version: 'vb' });
    expect(found.body.matched_key).toBe('blocks-1');
    const download = new BlockBlobClient(found.body.signed_download_url as string);
    expect((await download.getProperties()).contentLength).toBe(data.length);
    const copy = await download.downloadToBuffer(0, data.length, {
      blockSize: 2 * 1024 * 1024,
      concurrency: 2,
    });
    expect(copy.equals(data)).toBe(true);
    expect(service.requests().filter((r) => r.operation === 'blob:get').length).toBeGreaterThanOrEqual(3);
  });

  it('matches the exact key first, then the newest entry by prefix, only for the same version', async () => {
    for (const key of ['p-1', 'p-2', 'p-10']) {
      const created = await call('CreateCacheEntry', { key, version: 'vp' });
      await new BlockBlobClient(created.body.signed_upload_url as string).uploadData(Buffer.from(key));
      await call('FinalizeCacheEntryUpload', { key, version: 'vp', size_bytes: `${key.length}` });
    }
    const lookup = async (key: string, restore_keys: string[] = [], version = 'vp') =>
      (await call('GetCacheEntryDownloadURL', { key, restore_keys, version })).body.matched_key;
    expect(await lookup('p-1')).toBe('p-1');
    expect(await lookup('p-')).toBe('p-10');
    expect(await lookup('q-', ['p-2', 'p-'])).toBe('p-2');
    expect(await lookup('p-', [], 'other')).toBe('');
  });

  it('does not serve an entry before it is finalized, nor a blob without its signature', async () => {
    const created = await call('CreateCacheEntry', { key: 'unfinished', version: 'vu' });
    await new BlockBlobClient(created.body.signed_upload_url as string).uploadData(Buffer.from('half'));
    expect((await call('GetCacheEntryDownloadURL', { key: 'unfinished', version: 'vu' })).body.ok).toBe(
      false,
    );
    const unsigned = new URL(created.body.signed_upload_url as string);
    unsigned.searchParams.delete('sig');
    expect((await fetch(unsigned, { method: 'PUT', body: 'x' })).status).toBe(403);
  });

  it('fails on demand, for a number of calls or until told to stop', async () => {
    service.failWith(502, 2);
    expect((await call('GetCacheEntryDownloadURL', { key: 'x', version: 'v' })).status).toBe(502);
    expect((await call('GetCacheEntryDownloadURL', { key: 'x', version: 'v' })).status).toBe(502);
    expect((await call('GetCacheEntryDownloadURL', { key: 'x', version: 'v' })).status).toBe(200);
    service.failWith(500);
    expect((await call('CreateCacheEntry', { key: 'y', version: 'v' })).body.code).toBe('internal');
    service.failWith(null);
    service.readOnly = true;
    const denied = await call('CreateCacheEntry', { key: 'y', version: 'v' });
    service.readOnly = false;
    expect(denied.body).toEqual({ ok: false, message: 'cache write denied: token has no writable scopes' });
  });
});
