/**
 * A keyword search's words as PostgreSQL parsed them (`websearch_to_tsquery('english', q)::text`,
 * search.ts): lexemes joined by `&` (and), `|` (or) and `!` (not), with parentheses. Such a search
 * can be answered from the lists of its single words' matches (known-matches.ts): a posting matches
 * it exactly when the lexemes it holds make the expression true.
 *
 * Phrases (`<->`, from quoted words or hyphenated ones), prefixes (`:*`) and weights (`:A`) need
 * more than whether a posting holds each lexeme: `parseWordQuery` gives null for them, and for any
 * text it does not understand, and the database answers such searches.
 */

export type WordQuery =
  | { kind: "word"; lexeme: string }
  | { kind: "not"; of: WordQuery }
  | { kind: "and" | "or"; of: [WordQuery, WordQuery] };

/** The expression of a parsed query, or null when it is not only lexemes, `&`, `|`, `!` and parentheses. */
export function parseWordQuery(text: string): WordQuery | null {
  const tokens = tokensOf(text);
  if (!tokens || tokens.length === 0) return null;
  let at = 0;
  const peek = () => tokens[at];
  // Precedence as PostgreSQL's: `!` binds tightest, then `&`, then `|`.
  const or = (): WordQuery | null => {
    let left = and();
    while (left && peek() === "|") {
      at++;
      const right = and();
      left = right ? { kind: "or", of: [left, right] } : null;
    }
    return left;
  };
  const and = (): WordQuery | null => {
    let left = not();
    while (left && peek() === "&") {
      at++;
      const right = not();
      left = right ? { kind: "and", of: [left, right] } : null;
    }
    return left;
  };
  const not = (): WordQuery | null => {
    const token = peek();
    if (token === "!") {
      at++;
      const of = not();
      return of ? { kind: "not", of } : null;
    }
    if (token === "(") {
      at++;
      const inner = or();
      if (peek() !== ")") return null;
      at++;
      return inner;
    }
    if (typeof token === "object") {
      at++;
      return { kind: "word", lexeme: token.lexeme };
    }
    return null;
  };
  const query = or();
  return query && at === tokens.length ? query : null;
}

type Token = "&" | "|" | "!" | "(" | ")" | { lexeme: string };

/** The tokens of a query's text; null at anything else (a phrase operator, a prefix or a weight). */
function tokensOf(text: string): Token[] | null {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text[at]!;
    if (char === " ") {
      at++;
    } else if (char === "&" || char === "|" || char === "!" || char === "(" || char === ")") {
      tokens.push(char);
      at++;
    } else if (char === "'") {
      // A quoted lexeme: a quote inside is doubled, a backslash escapes the character after it.
      let lexeme = "";
      at++;
      for (;;) {
        if (at >= text.length) return null;
        const inner = text[at]!;
        if (inner === "\\" && at + 1 < text.length) {
          lexeme += text[at + 1];
          at += 2;
        } else if (inner === "'" && text[at + 1] === "'") {
          lexeme += "'";
          at += 2;
        } else if (inner === "'") {
          at++;
          break;
        } else {
          lexeme += inner;
          at++;
        }
      }
      // `:*` or `:AB` after a lexeme: a prefix or weights.
      if (text[at] === ":") return null;
      tokens.push({ lexeme });
    } else {
      return null;
    }
  }
  return tokens;
}

/** The distinct lexemes of a query, in the order they first appear. */
export function lexemesOf(query: WordQuery): string[] {
  const found = new Set<string>();
  const walk = (part: WordQuery): void => {
    if (part.kind === "word") found.add(part.lexeme);
    else if (part.kind === "not") walk(part.of);
    else part.of.forEach(walk);
  };
  walk(query);
  return [...found];
}

/** Whether a posting holding the lexemes for which `holds` is true matches the query. */
export function matchesWords(query: WordQuery, holds: (lexeme: string) => boolean): boolean {
  switch (query.kind) {
    case "word":
      return holds(query.lexeme);
    case "not":
      return !matchesWords(query.of, holds);
    case "and":
      return matchesWords(query.of[0], holds) && matchesWords(query.of[1], holds);
    case "or":
      return matchesWords(query.of[0], holds) || matchesWords(query.of[1], holds);
  }
}

/** A lexeme as a query's text, quoted as PostgreSQL quotes it: `'it''s'`. */
export function quotedLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}
