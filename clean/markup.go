package clean

import (
	"strings"

	"github.com/depeche-go/depeche/internal/text"
)

// looksLikeHTML reports whether input is an HTML document or fragment: its
// first non-blank byte opens a tag, a comment or a doctype, or most of its
// text is in lines that start with a tag (see mostlyTagLines).
func looksLikeHTML(s string) bool {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	if strings.HasPrefix(s[i:], "\uFEFF") {
		i += 3
	}
	if i+1 >= len(s) || s[i] != '<' {
		return strings.Contains(s, "<") && mostlyTagLines(s)
	}
	c := s[i+1]
	return c == '!' || c == '?' || isASCIILetter(c)
}

// isMarkupLine reports a plain-text line that is an HTML remnant: it starts
// with a tag.
func isMarkupLine(s string) bool {
	if len(s) < 3 || s[0] != '<' {
		return false
	}
	c := s[1]
	if c != '/' && c != '!' && !isASCIILetter(c) {
		return false
	}
	end := strings.IndexByte(s, '>')
	if end <= 1 || strings.ContainsAny(s[1:end], "<") {
		return false
	}
	if c == '!' {
		return true // a comment or a doctype
	}
	// an HTML element, not a Reuters code such as <TTEF.PA>
	if _, ok := elementFlags([]byte(tagName(s[:end+1]))); !ok {
		return false
	}
	return true
}

// isHeadingLine reports a plain-text line that is one <h1> element around
// text ("<h1>Le titre</h1>"): its text is the page's headline, not a
// remnant; the tags at its edges are markup.
func isHeadingLine(s string) bool {
	n := len(s)
	if n < 10 || s[0] != '<' || s[1] != 'h' && s[1] != 'H' || s[2] != '1' || s[3] != '>' && s[3] != ' ' {
		return false
	}
	c := s[n-5:]
	if c[0] != '<' || c[1] != '/' || c[2] != 'h' && c[2] != 'H' || c[3] != s[2] || c[4] != '>' {
		return false
	}
	open := strings.IndexByte(s, '>')
	if open < 0 || open+1 > n-5 {
		return false
	}
	inner := s[open+1 : n-5]
	return strings.IndexByte(inner, '<') < 0 && hasAlnum(inner)
}

// mostlyTagLines reports whether the lines that start with a tag hold more
// of the text's letters than the other lines: an HTML fragment pasted after
// a plain-text title ("Titre\n<div>Par ...</div>\n<p>...</p>\n<p>...</p>"),
// not plain text with an HTML remnant.
func mostlyTagLines(s string) bool {
	tagged, plain := 0, 0
	for len(s) > 0 {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		line = strings.TrimLeft(line, " \t\r")
		n, inTag := 0, false
		for _, r := range line {
			switch {
			case r == '<':
				inTag = true
			case r == '>':
				inTag = false
			case !inTag && text.IsLetter(r):
				n++
			}
		}
		if len(line) > 1 && line[0] == '<' && (isASCIILetter(line[1]) || line[1] == '/') {
			tagged += n
		} else {
			plain += n
		}
	}
	return tagged > plain
}

func isASCIILetter(c byte) bool { return 'A' <= c&^0x20 && c&^0x20 <= 'Z' }

// appendMarkup appends the spans of input that are markup (see [markup]),
// sorted and disjoint.
func appendMarkup(dst []Span, s string) []Span {
	for _, sp := range markup(s) {
		if n := len(dst); n > 0 && sp.Start < dst[n-1].End {
			if sp.End > dst[n-1].End {
				dst[n-1].End = sp.End
			}
			continue
		}
		if sp.Start < sp.End && sp.End <= len(s) && sp.Start >= 0 {
			dst = append(dst, sp)
		}
	}
	return dst
}

// tagName returns the lower-case name of the tag in t ("p" for "<p class>",
// "p" for "</p>").
func tagName(t string) string {
	t = strings.TrimPrefix(t, "<")
	t = strings.TrimPrefix(t, "/")
	n := 0
	for n < len(t) && (isASCIILetter(t[n]) || '0' <= t[n] && t[n] <= '9') {
		n++
	}
	return strings.ToLower(t[:n])
}

var inlineTags = map[string]bool{
	"a": true, "b": true, "i": true, "em": true, "strong": true, "span": true, "font": true,
	"u": true, "sup": true, "sub": true, "small": true, "abbr": true, "cite": true, "q": true,
	"mark": true, "time": true, "code": true, "s": true, "del": true, "ins": true, "big": true,
	"wbr": true, "bdi": true, "bdo": true, "data": true, "dfn": true, "kbd": true, "var": true,
}

// isBlockMark reports whether the markup span m ends a line of text: it
// holds a tag other than the inline ones, a comment or a whole element.
func isBlockMark(s string, m Span) bool {
	t := s[m.Start:m.End]
	for len(t) > 0 {
		i := strings.IndexByte(t, '<')
		if i < 0 {
			return false
		}
		t = t[i:]
		if strings.HasPrefix(t, "<!--") {
			e := strings.Index(t, "-->")
			if e < 0 {
				return false
			}
			t = t[e+3:]
			continue
		}
		if n := tagName(t); n != "" && !inlineTags[n] {
			return true
		}
		t = t[1:]
	}
	return false
}
