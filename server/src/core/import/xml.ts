/** The XML parts of .docx and .xlsx packages, parsed with @xmldom/xmldom (mammoth's parser). */
import { DOMParser } from '@xmldom/xmldom';

/** A part as a DOM; a malformed part is what the parser could make of it, never a throw. */
export function parseXml(xml: string): Document {
  return new DOMParser({ errorHandler: { warning: () => undefined, error: () => undefined, fatalError: () => undefined } }).parseFromString(xml, 'text/xml');
}
