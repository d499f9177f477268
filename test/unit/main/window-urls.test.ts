import { describe, expect, it } from 'vitest';
import { homeWindowUrl, reviewIdFromWindowUrl, reviewWindowUrl } from '@main/window-urls';
import { isAppUrl } from '@main/security';

describe('window URLs', () => {
  it('loads the home screen and review windows from the app origin', () => {
    expect(homeWindowUrl()).toBe('app://casewright/index.html#/');
    expect(reviewWindowUrl('r-42')).toBe('app://casewright/index.html#/review/r-42');
    expect(isAppUrl(homeWindowUrl())).toBe(true);
    expect(isAppUrl(reviewWindowUrl('r-42'))).toBe(true);
  });

  it('encodes review ids so they cannot change the route', () => {
    const url = reviewWindowUrl('a/b?c#d');
    expect(url).toBe('app://casewright/index.html#/review/a%2Fb%3Fc%23d');
    expect(reviewIdFromWindowUrl(url)).toBe('a/b?c#d');
  });

  it('refuses an empty review id', () => {
    expect(() => reviewWindowUrl('')).toThrow();
  });

  it('reads back which review a window shows', () => {
    expect(reviewIdFromWindowUrl('app://casewright/index.html#/review/r-42')).toBe('r-42');
    expect(reviewIdFromWindowUrl('app://casewright/index.html#/review/r-42/chronology')).toBe('r-42');
    expect(reviewIdFromWindowUrl('app://casewright/index.html#/')).toBeNull();
    expect(reviewIdFromWindowUrl('app://casewright/index.html')).toBeNull();
    expect(reviewIdFromWindowUrl('app://casewright/index.html#/review/')).toBeNull();
    expect(reviewIdFromWindowUrl('app://casewright/index.html#/review/%E0%A4%A')).toBeNull();
    expect(reviewIdFromWindowUrl('https://evil.example/index.html#/review/r-42')).toBeNull();
  });
});
