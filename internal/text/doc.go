// Package text is depeche's one definition of what a token, a word boundary, a
// sentence and a lookup key are. Every public package tokenizes through it so
// that their spans agree at the edges (elisions such as "d'euros", no-break
// spaces inside "1 500", « guillemets », abbreviations such as "Inc.").
//
// # Tokens
//
// [Tokenize] splits a span of the input into tokens of a [Kind]:
//
//   - Word: letters and digits ("Airbus", "A320", "1er"); an elided article
//     keeps its apostrophe, ' or ’ ("l'", "d’", "qu'", "jusqu'",
//     "lorsqu'"); "aujourd'hui", "prud'hommes" and "O'Neill" are one word;
//     dotted initials keep their inner periods ("S.A", "U.S.A") and leave
//     the last one as punctuation.
//   - Number: digits with French grouping, one kind of separator per number
//     (a space, U+00A0, U+202F or U+2009: "1 234,5"; dots: "1.234.567,8";
//     apostrophes: "120'289'800"), a decimal comma or point ("2,5"), and a
//     sign glued to it after a space ("-12", "+3,5", "−0,4").
//   - Quote: « » “ ” „ ‟ ‹ › " ‚ ‘, << >> and the ASCII ' when it is not an
//     apostrophe inside a word.
//   - Ellipsis: "...", "…", "(...)", "[...]", "(…)".
//   - URL ("https://…", "www.…", bare domains with a known top-level domain
//     such as "Zonebourse.com"), Email, Ticker ("MC.PA", "AAPL.O", "EPA:MC").
//   - Invalid: a run of bytes that are not UTF-8; it separates the others.
//   - Punct: any other symbol.
//
// White space (including no-break and zero-width spaces) is not a token; a
// token records whether space and a line break precede it.
//
// # Sentences
//
// [Sentences] and [SentencesFromTokens] split on line breaks and on final
// punctuation followed by a space and a sentence start, except after an
// abbreviation ("M.", "Mme", "MM.", "Dr", "Me", "cf.", "env.", "etc.",
// "S.A.", "Inc.", "Co.", "p. ex.") or an initial ("J. Dupont", "J.-C.").
//
// # Keys
//
// [Key] is the lookup key that gazetteers and word lists match on: lower
// case, no diacritics, one apostrophe, one dash, single spaces. It returns
// its argument without allocating when that is already a key. [AppendKey]
// appends the same key to a caller's buffer, without allocating when the
// buffer has room: packages that key every token or line reuse one buffer
// instead of keeping their own copy of the folding rules.
// [AppendKeyLimit] stops after a given length, for callers that only compare
// short keys against long lines.
//
// All offsets are byte offsets into the caller's original input. Nothing here
// rewrites the input: normalisation only produces lookup keys.
//
// The package is internal: its shape may change while the public packages stay
// stable. All functions are safe for concurrent use. Cost is linear in the
// input: failed candidates (a dotted run that is no domain) are bounded.
package text
