/**
 * A passphrase to suggest: six groups of four letters and digits from the browser's secure random
 * source (about 120 bits), without look-alikes (0/O, 1/l/I), easy to write down and type.
 */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function suggestPassphrase(): string {
  const groups: string[] = [];
  const bytes = new Uint32Array(24);
  crypto.getRandomValues(bytes);
  for (let g = 0; g < 6; g += 1) {
    let group = '';
    for (let i = 0; i < 4; i += 1) group += ALPHABET[bytes[g * 4 + i]! % ALPHABET.length];
    groups.push(group);
  }
  return groups.join('-');
}
