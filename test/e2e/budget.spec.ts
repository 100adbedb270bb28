import assert from 'node:assert/strict';
import { it } from 'node:test';
import { withPage } from './support';

it('the first route loads at most 110 KB of compressed JavaScript in all', async () => {
  await withPage(async (page) => {
    const sizes: Promise<{ url: string; bytes: number; encoding: string }>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      sizes.push(
        (async () => ({
          url: response.url(),
          bytes: (await response.request().sizes()).responseBodySize,
          encoding: (await response.headerValue('content-encoding')) ?? 'none',
        }))(),
      );
    });
    await page.goto('/', { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    const scripts = await Promise.all(sizes);
    const total = scripts.reduce((sum, s) => sum + s.bytes, 0);
    console.log(`first-route JavaScript: ${(total / 1024).toFixed(1)} KiB over ${scripts.length} files`);
    // Files too small for the server to compress count at their full size.
    assert.ok(scripts.some((s) => s.encoding === 'gzip' || s.encoding === 'br'), 'the server compresses scripts');
    assert.ok(total <= 110 * 1024, `first route loaded ${(total / 1024).toFixed(1)} KiB of JavaScript`);
  });
});
