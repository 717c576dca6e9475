import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await b.newPage({ viewport: { width: 1366, height: 768 } });
await page.goto('http://localhost:4190/model/icb-template-2026-29');
await page.waitForTimeout(1500);
const dump = await page.evaluate(() => { const t = document.querySelector('[data-testid=block-bridge] [data-testid=bridge-table]'); return t.outerHTML.slice(0, 3000) });
console.log(dump);
await b.close();
