// Package clean finds the structure of a French financial dispatch: its
// title, dateline, paragraphs and intertitles, the boilerplate around them
// (copyright lines, "source : AOF", disclaimers, vote and share widgets,
// "Lire aussi" links, paywall and newsletter prompts, credits, timestamps,
// HTML remnants...) and the metadata that boilerplate carries (source,
// agency, byline, publication time, copyright line). It also provides
// [Normalize], the text for reading.
//
// # What it returns
//
// [Cleaner.Clean] returns a [Result] whose Segments tile the input: every
// byte belongs to exactly one segment, in order, and each segment's Text is
// exactly input[Start:End]. A segment starts where its text starts; the
// white space and line breaks that follow it belong to it (white space at
// the very start of the input belongs to the first segment). Kept segments
// have a [Role]: the title, the dateline ("(Zonebourse.com) -", "PARIS, 3
// mars (Reuters) -", split from the paragraph it opens), paragraphs and
// intertitles (short lines without final punctuation inside the body).
// Removed segments have a [Kind] and the name of the rule that removed
// them. A fragment of a line can be a segment of its own: a "Lire aussi"
// glued to the end of a paragraph, an agency sign-off "(Belga)", a
// "CORRECTION -" prefix.
//
// [Segment.Content] gives a segment's span without that trailing white
// space, for display. [Result].Title is the title segment's text as written
// (mojibake included); in a page, its text with tags left out and character
// references decoded.
//
// The later stages of depeche read the input restricted to [Result.Kept]
// (through a decoded view when it holds HTML character references or
// mojibake, see [Repairs]), so their offsets stay valid. [Result.Body] joins
// the kept paragraphs and intertitles, normalised, for reading.
//
// In HTML input (text whose first non-blank byte opens a tag, or whose text
// is mostly in lines that start with a tag: a fragment pasted after a
// plain-text title), the markup
// (tags, comments, script, style, head, nav, footer...) is removed as kind
// markup: rule "html" between blocks of text, "html-inline" inside a line.
// In plain text, a line that starts with an HTML element is an HTML remnant
// (rule "html-line"), except one <h1> element around text: its text is the
// headline. Before the body, the rules also read a line of a page without
// its inline tags ("<span>L'Agefi</span> - <time>12/03/2026</time>").
//
// # How it decides
//
// The input is read one line at a time (in an HTML page, one block of text
// between block-level tags; the markup itself is removed as kind markup).
// Each line is matched against the rules, then general line features
// decide the rest, so that publishers never seen are handled too:
//
//   - a rule that matches the whole line removes it; a part rule removes
//     only what it matches;
//   - a terminator (a copyright line, "Articles similaires", "Les plus
//     lus"...) met once the article has started removes the rest of the
//     text, each line keeping the kind of its own rule when one matches; a
//     list heading that is also a cue ("Sur le même sujet", "Notre
//     sélection" alone on its line) ends the text only when no paragraph
//     follows its links, else it takes its links only;
//   - the title is the first line before the body that is short (2 to 25
//     words), has no final period, colon or comma, and is followed by more
//     text; in an HTML page the first <h1> is the title. Lines before the
//     title are page chrome, copies of the title before the body are
//     duplicates. A one-line input with no body is body;
//   - author lines before the headline ("Mathilde Perrenoud", "Jean Dupont
//     et Anne Martin") are bylines when the text after them does not name
//     them; a name it goes on to mention ("Christine Lagarde", then
//     "Lagarde") is the headline;
//   - the body starts at the first line that reads as prose (eight words or
//     more ending with final punctuation, or 26 words or more); the dateline
//     rules are tried at the start of its first three lines. A dateline
//     without date or agency needs a place that a place record lists
//     ("MONTRÉAL —", not "BNP PARIBAS —");
//   - a read-more cue alone on its line ("Lire aussi :", "A LIRE", "> Voir
//     aussi", or glued to the end of a paragraph) takes the link titles
//     that follow it (rule NAME-link): up to three lines of 2 to 25 words
//     that do not read as prose (a question right after the cue may), do
//     not end with a period, colon or comma, do not start in lower case or
//     with a time ("7h03 -") and are not a signature; in a page they must
//     open with a link (<a>). The first line
//     that fails stops it, so a paragraph after the links stays. In plain
//     text, a second or third title followed by a paragraph is taken for
//     an intertitle and stays (not after a list heading), and a short
//     intertitle right after a bare cue is taken for a link;
//   - after the last paragraph, a line shaped like a name ("Jeanne Martin",
//     "Jeanne Martin et Paul Girard") is a signature and fills the byline;
//     lines without a letter or digit are removed;
//   - the block of short lines that ends the text after its last paragraph
//     (1 to 10 words, no final punctuation, no digit, starting with a
//     capital) is removed (rule "tail-block", or "repeated-line" for a copy
//     of one of the 32 lines before) when the tail also holds a line that a rule
//     removed, or when one of its lines is written in capitals ("EN SAVOIR
//     PLUS"); a block right after a line ending with a colon is a list and
//     stays;
//   - in hard-wrapped text, a line followed by one that starts with a
//     lower-case letter continues into it: together they read as prose.
//
// [Focus] moves the balance: [FocusRecall] removes only what rules match,
// [FocusPrecision] also removes short lines after the body and between the
// title and the body.
//
// What it does not do: it does not rewrite the text that offsets refer to,
// does not guess a publisher from the writing style, does not resolve
// relative times ("il y a 23 minutes") and does not learn from other
// documents.
//
// # Rule files
//
// Patterns are data: the default rules are embedded from rules/*.rules and
// users stack their own with [ParseRules] or [LoadRules] and
// [Options].Rules. A rule file is UTF-8 text, one record per line,
// tab-separated fields, '#' starting a comment line:
//
//	# KIND	NAME	FORM	PATTERN	[FLAGS]
//	share	share-partager	line	Partager
//	readmore	lire-aussi	prefix	Lire aussi
//	copyright	copyright-c	re	(?i)^copyright\s*\(c\)\s*(?:[0-9]{4}\s+)?(?P<source>[^\s]+?)\.?(?:\s|$)	end
//	readmore	lire-aussi-tail	re	[.!?]\s*(?P<cut>Lire aussi[^\p{L}].{0,200})$	part
//	dateline	paren-source	re	^\((?P<source>[^()]{2,40})\)\s*[-–—]+(?:\s|$)
//	place	my-places	line	Trifouillis|Saint-Armel-des-Bochaux
//	!vote-widget
//
// KIND is a boilerplate kind ("copyright", "source", "vote"... as listed by
// [Kind]), "dateline", or "place" for a list of places that datelines may
// name (FORM line, PATTERN the names separated by "|"). NAME identifies the rule: a
// later rule of the same name replaces it, and a record "!NAME" removes it.
// FORM is one of:
//
//   - line: the whole line equals PATTERN, compared by lookup key (case,
//     accents, apostrophes, dashes and runs of spaces do not matter);
//   - prefix: the line's key starts with PATTERN's key;
//   - re: a standard Go regexp (RE2, linear time) applied to one line,
//     without its line break, never to the whole document; \s also matches
//     the no-break spaces U+00A0 and U+202F. A pattern anchored only at the
//     end ($) reads the last 400 bytes of the line;
//   - re2: an extended regexp (lookaround, backreferences) run through
//     internal/rx under a time limit ([Options].Timeout); a match that hits
//     the limit is skipped and reported in [Result].Warnings.
//
// FLAGS, comma-separated: part (remove only the match, or its group named
// "cut"), end (a terminator; with part, when the match ends the line), head (only before the body starts), tail (only
// after; a dateline rule flagged tail opens only a paragraph of the body,
// so that it never turns a headline such as "URGENT — ..." into a
// dateline), cue (a read-more cue: when nothing but punctuation follows it, or
// its group named "link" is empty, the link titles after it go too), place
// (a dateline rule whose match has no date and no source needs a place that
// a place record lists). Named groups fill metadata: source, agency,
// byline, published, updated; in dateline rules, source, place and date.
// Dates are read in French and English ("7 avril 2026 à 08h30",
// "07.04.2026", "April 7, 2026 at 8:30 pm"); a timestamp rule without
// groups gives the published time from its whole match, and an update
// time stands for the published time until a line gives one. Write [0-9]
// and \p{L}, never \w or \b, which are ASCII-only.
//
// Source is taken, as the corpus guidelines order it, from the dateline,
// then a copyright line (its holder without a legal form: "Copyright (c)
// 2026 Dow Jones & Company, Inc." gives "Dow Jones & Company"), then a wire
// byline ("Par La Presse Canadienne"), then a source line ("source : AOF",
// "(Belga)"), then the outlet of a page header before the body (the source
// group of a rule flagged head: "L'Agefi - 12/03/2026", "La Libre.be |
// Économie"), unless it names a listed place ("PARIS - 12/03/2026"). A
// copyright line that names the outlet before the mark gives the outlet
// ("L'Echo © 2026 Mediafin" gives "L'Echo"). A dateline's source is spelled
// as written ("awp", "AWP/ATS").
//
// # Usage
//
//	r := clean.Default().Clean(dispatch)
//	fmt.Println(r.Title, r.Source, r.Dateline.Text)
//	for _, s := range r.Removed() {
//		fmt.Println(s.Kind, s.Rule, s.Start, s.End)
//	}
//	body := r.Body()
//
// A [Cleaner] is immutable and safe for concurrent use; Clean never fails
// and never panics on content. Its cost is linear in the input: each line
// is lowered once and scanned once for the literals that the patterns need
// (read from the patterns themselves when the cleaner is built: the
// literals a match must start with or contain, the literal that a pattern
// anchored at the end needs near the end of the line, its possible first
// and last bytes, its longest match); only the patterns that pass these
// checks run on the line.
//
// # Tests
//
// testdata/corpus.txt lists lines that the default rules must remove, each
// under its kind, and testdata/negative.txt article lines that must stay;
// add lines there with every new rule, including forms the rule was not
// written from.
package clean
