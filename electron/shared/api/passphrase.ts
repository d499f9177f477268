import { z } from 'zod';

/** A passphrase as typed to open an encrypted review; only its presence is checked here. */
export const passphraseSchema = z.string().min(1, 'Enter the passphrase').max(1024);

/**
 * A passphrase for a new or re-keyed review. Long enough to resist guessing by someone holding a
 * copy of the file (the key is derived with SQLCipher's PBKDF2, 256,000 rounds), and not padded
 * with spaces by accident.
 */
export const newPassphraseSchema = z
  .string()
  .min(10, 'Use a passphrase of at least 10 characters (a few unrelated words work well)')
  .max(1024)
  .refine((value) => value.trim() === value, 'The passphrase must not start or end with a space');
