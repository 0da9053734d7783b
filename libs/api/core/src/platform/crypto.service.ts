import { Injectable } from '@nestjs/common';
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import * as argon2 from 'argon2';

/** Every use of randomness, hashing and password hashing goes through here. */
@Injectable()
export class CryptoService {
  /** `bytes` random bytes as base64url (alphabet A–Z a–z 0–9 - _, safe for every PDN client, SPEC §1.1.1). */
  randomToken(bytes = 32): string {
    return randomBytes(bytes).toString('base64url');
  }

  randomBytes(bytes: number): Buffer {
    return randomBytes(bytes);
  }

  uuid(): string {
    return randomUUID();
  }

  sha256(value: string | Buffer): string {
    return createHash('sha256').update(value).digest('hex');
  }

  hmacSha256(key: string | Buffer, value: string | Buffer): Buffer {
    return createHmac('sha256', key).update(value).digest();
  }

  /** Constant-time comparison of two strings (different lengths compare unequal). */
  safeEqual(a: string, b: string): boolean {
    const ba = Buffer.from(a);
    const bb = Buffer.from(b);
    return ba.length === bb.length && timingSafeEqual(ba, bb);
  }

  /** Passwords of people: argon2id (OWASP parameters: 19 MiB, 2 iterations, 1 lane). */
  hashPassword(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  }

  async verifyPassword(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /** A readable random password for people (shown once): 20 characters from an unambiguous alphabet. */
  generatePassword(length = 20): string {
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
    const bytes = randomBytes(length * 2);
    let out = '';
    for (let i = 0; out.length < length && i < bytes.length; i++) {
      if (bytes[i] < 256 - (256 % alphabet.length)) out += alphabet[bytes[i] % alphabet.length];
    }
    return out.length === length ? out : this.generatePassword(length);
  }
}
