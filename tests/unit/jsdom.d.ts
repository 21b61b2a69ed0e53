// The little of jsdom's API the prerender test uses (jsdom ships no types; @types/jsdom would be one more package).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string, options?: { url?: string; runScripts?: 'dangerously' | 'outside-only'; beforeParse?: (window: Window) => void });
    readonly window: Window;
  }
}
