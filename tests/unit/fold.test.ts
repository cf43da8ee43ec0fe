import { describe, expect, it } from 'vitest';
import { fold } from '../../src/core/fold';

describe('fold', () => {
  it.each([
    ['Khrushchëv', 'khrushchev'],
    ['ＫＨＲＵＳＨＣＨＥＶ', 'khrushchev'],
    ['Khru\u00ADsh\u200Bchev', 'khrushchev'],
    ['Máo Zédōng', 'mao zedong'],
    ['Ma\u0301o Ze\u0301do\u0304ng', 'mao zedong'],
    ['Mao Tsê-tung', 'mao tse tung'],
    ['Lüshun', 'lushun'],
    ['Хрущёв', 'хрущев'],
    ['ХРУЩЁВ', 'хрущев'],
    ['Ста\u0301лин', 'сталин'],
  ])('%s → %s', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  it('keeps й (a letter of its own, not и with a mark), also from NFD text', () => {
    expect(fold('Дальний')).toBe('дальний');
    expect(fold('Дальнии\u0306')).toBe('дальний');
    expect(fold('Дальнии')).not.toBe(fold('Дальний'));
  });

  it('makes every dash a space, so hyphen and space spellings meet', () => {
    const forms = [
      'Molotov–Ribbentrop',
      'Molotov—Ribbentrop',
      'Molotov−Ribbentrop',
      'Molotov-Ribbentrop',
      'Molotov\u2011Ribbentrop',
      'Molotov  Ribbentrop',
      'Molotov\u00A0– Ribbentrop',
    ];
    for (const f of forms) expect(fold(f), f).toBe('molotov ribbentrop');
  });

  it('unifies quotes, apostrophes and middle dots; trims', () => {
    expect(fold('  Khrushchev’s  ')).toBe("khrushchev's");
    expect(fold('“Open Letter”')).toBe('"open letter"');
    expect(fold('约瑟夫・斯大林')).toBe('约瑟夫·斯大林');
  });

  it('maps Chinese variants to canonical characters with the given table', () => {
    const zh = { 澤: '泽', 東: '东' };
    expect(fold('毛澤東', zh)).toBe('毛泽东');
    expect(fold('毛泽東', zh)).toBe('毛泽东');
    expect(fold('毛澤東')).toBe('毛澤東');
  });

  it('does not merge different names', () => {
    expect(fold('Stalin')).not.toBe(fold('Stalino'));
    expect(fold('Mao')).not.toBe(fold('Mai'));
  });
});
