/**
 * Locked down (issue 10): the built page carries a strict Content-Security-Policy that the browser
 * enforces. Every other spec fails on any violation (fixtures.ts), so they show the app itself never
 * needs inline code; this one shows the policy is really in force by provoking each kind on purpose.
 */
import { expect, test } from './fixtures';
import { h1 } from './helpers';

test('the policy is in force: injected inline style and script, and an HTML string are refused', async ({ page, securityGuard }) => {
  await page.goto('/');
  await expect(h1(page)).toHaveText('Contratto in tasca');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/); // eval cannot be provoked here: Playwright's own evaluation is exempt

  const outcome = await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { --injected: yes; }';
    document.head.append(style);
    let scriptRefused = false;
    try {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;'; // Trusted Types refuse the text before script-src would
      document.head.append(script);
    } catch (error) {
      scriptRefused = error instanceof TypeError;
    }
    let htmlRefused = false;
    try {
      // eslint-disable-next-line no-restricted-properties -- provoking the refusal on purpose
      document.createElement('div').innerHTML = '<b>x</b>'; // a plain string into an HTML sink: Trusted Types refuse it
    } catch (error) {
      htmlRefused = error instanceof TypeError;
    }
    return {
      injectedStyle: getComputedStyle(document.body).getPropertyValue('--injected'),
      inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
      scriptRefused,
      htmlRefused,
    };
  });
  expect(outcome).toEqual({ injectedStyle: '', inlineRan: false, scriptRefused: true, htmlRefused: true });
  const seen = new Set<string>();
  await expect
    .poll(() => {
      for (const violation of securityGuard.takeViolations()) seen.add(violation.directive);
      return [...seen].sort();
    })
    .toEqual(['require-trusted-types-for', 'style-src-elem']);
});

test('styles set through the CSSOM, as Svelte 5 does for style: directives, style={…} and transitions, are allowed', async ({ page }) => {
  await page.goto('/');
  await expect(h1(page)).toHaveText('Contratto in tasca');
  const applied = await page.evaluate(async () => {
    const probe = document.createElement('div');
    document.body.append(probe);
    probe.style.setProperty('--probe', 'set'); // style:--probe={…}
    probe.style.cssText += 'margin-left: 3px;'; // style={…} (svelte/internal set_style writes cssText)
    await probe.animate([{ opacity: 0 }, { opacity: 1 }], { duration: 10 }).finished; // transitions run on the Web Animations API
    const computed = getComputedStyle(probe);
    const result = { custom: computed.getPropertyValue('--probe'), margin: computed.marginLeft };
    probe.remove();
    return result;
  });
  expect(applied).toEqual({ custom: 'set', margin: '3px' });
  // The security guard then checks that none of this raised a violation.
});
