package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-go/depeche/internal/text"
)

// Span is a half-open byte range [Start, End) of the original input.
type Span = text.Span

// Warning is something the cleaner noticed and worked around (invalid UTF-8,
// HTML markup), with the byte span concerned.
type Warning = text.Warning

// Segment is one piece of the input. The segments of a [Result] tile the
// input: each byte belongs to exactly one segment. A kept segment has a
// [Role]; a removed one has a [Kind] and the name of the rule that removed it.
// Start and End are byte offsets into the original input and Text is exactly
// input[Start:End].
type Segment struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kept  bool   `json:"kept"`
	Role  Role   `json:"role,omitempty"` // for kept segments
	Kind  Kind   `json:"kind,omitempty"` // for removed segments
	Rule  string `json:"rule,omitempty"` // the rule that removed (or classified) the segment
}

// Dateline is the dateline that opens the body: "(Zonebourse.com) -",
// "PARIS, 3 mars (Reuters) -". Place is the city as written; Date is ISO 8601
// ("2026-03-03") when the text gives a full date, else "".
type Dateline struct {
	Text  string `json:"text"`
	Place string `json:"place"`
	Date  string `json:"date"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Result is what [Cleaner.Clean] finds in one input. It does not alias the
// cleaner's state and may be modified by the caller.
type Result struct {
	// Segments tile the input, in order.
	Segments []Segment
	// Title is the headline, or "" when the text has none: the line as
	// written, mojibake included (the guidelines' exact title line); in an
	// HTML page, its text with the tags left out and the character
	// references decoded. It carries no offsets: the title segment in
	// Segments has them.
	Title string
	// Source is the publisher or wire named by the text ("Zonebourse.com").
	Source string
	// Agency is the agency of a "source : AOF" line.
	Agency string
	// Dateline is the dateline that opens the body, if any.
	Dateline Dateline
	// Byline is the author line's name(s), without "Par".
	Byline string
	// Published and Updated are ISO 8601 times found in timestamps, or "".
	Published, Updated string
	// Copyright is the copyright line, as written.
	Copyright string
	// Warnings lists what was worked around.
	Warnings []Warning
}

// Kept returns the spans of the kept segments (title, dateline, paragraphs,
// intertitles), in order: the parts of the input that later stages read.
func (r *Result) Kept() []Span {
	var out []Span
	for _, s := range r.Segments {
		if s.Kept {
			out = append(out, Span{Start: s.Start, End: s.End})
		}
	}
	return out
}

// Removed returns the removed segments, in order.
func (r *Result) Removed() []Segment {
	var out []Segment
	for _, s := range r.Segments {
		if !s.Kept {
			out = append(out, s)
		}
	}
	return out
}

// Body returns the article text for reading: the kept paragraphs and
// intertitles (not the title, the dateline or the byline), each passed
// through [Normalize], separated by a blank line. Pieces of one line that a
// removed fragment separates ("... d'euros (lire notre dossier) . Il a")
// are joined by a space, and so are the lines of hard-wrapped text (a line
// break followed by a lower-case letter).
func (r *Result) Body() string {
	var b strings.Builder
	breaks := 0 // line breaks since the last piece written
	block := false
	for _, s := range r.Segments {
		if !s.Kept || (s.Role != RoleParagraph && s.Role != RoleIntertitle) {
			breaks += lineBreaks(s.Text)
			// markup between blocks of a page separates paragraphs
			block = block || s.Kind == KindMarkup && s.Rule == ruleMarkup
			continue
		}
		p := strings.TrimSpace(Normalize(s.Text))
		if p != "" {
			if b.Len() > 0 {
				r, _ := utf8.DecodeRuneInString(p)
				switch {
				case block || breaks > 1 || breaks == 1 && !unicode.IsLower(r):
					b.WriteString("\n\n")
				default:
					b.WriteByte(' ')
				}
			}
			b.WriteString(p)
			breaks, block = 0, false
		}
		breaks += lineBreaks(s.Text)
	}
	return b.String()
}

// lineBreaks counts the line breaks of s (LF, CRLF or a lone CR).
func lineBreaks(s string) int {
	if n := strings.Count(s, "\n"); n > 0 {
		return n
	}
	return strings.Count(s, "\r")
}

// Content returns the span of the segment's text without the white space
// and line break that follow it: for display, where Text keeps them so that
// segments tile the input.
func (s Segment) Content() Span {
	t := strings.TrimRight(s.Text, " \t\r\n\v\f\u00a0\u202f")
	return Span{Start: s.Start, End: s.Start + len(t)}
}
