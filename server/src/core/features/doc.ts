import type { Locale } from '../types';

/** Picks the Indonesian or the English text. */
export function tr(locale: Locale, id: string, en: string): string {
  return locale === 'en' ? en : id;
}

/**
 * Builds hover / completion documentation as Markdown or plain text from the same calls,
 * so both renderings say the same thing.
 */
export class DocBuilder {
  private readonly parts: string[] = [];

  constructor(readonly markdown: boolean) {}

  heading(text: string): this {
    this.parts.push(this.markdown ? `**${escapeMd(text)}**` : text);
    return this;
  }

  para(text: string): this {
    if (text) this.parts.push(this.markdown ? escapeMd(text) : text);
    return this;
  }

  /** A paragraph whose markdown is given as is (already escaped / formatted). */
  raw(markdown: string, plain: string): this {
    this.parts.push(this.markdown ? markdown : plain);
    return this;
  }

  list(items: string[], opts: { numbered?: string[]; highlight?: number } = {}): this {
    if (!items.length) return this;
    const lines = items.map((t, i) => {
      const num = opts.numbered?.[i];
      const text = this.markdown ? escapeMd(t) : t;
      const body = num ? `${num}. ${text}` : text;
      if (this.markdown) return num ? `- \`${num}\` ${text}` : `- ${body}`;
      return `  - ${body}`;
    });
    this.parts.push(lines.join('\n'));
    return this;
  }

  rule(): this {
    this.parts.push(this.markdown ? '---' : '');
    return this;
  }

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  toString(): string {
    return this.parts.filter((p, i) => p !== '' || (i > 0 && i < this.parts.length - 1)).join('\n\n');
  }
}

/** Escapes the characters Markdown would interpret in running text. */
export function escapeMd(text: string): string {
  return text.replace(/([\\`*_{}\[\]<>#|])/g, '\\$1');
}

export function bold(markdown: boolean, text: string): string {
  return markdown ? `**${escapeMd(text)}**` : text;
}

export function code(markdown: boolean, text: string): string {
  return markdown ? `\`${text.replace(/`/g, "'")}\`` : text;
}
