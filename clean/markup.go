package clean

import "strings"

// looksLikeHTML reports whether input is an HTML document or fragment: its
// first non-blank byte opens a tag, a comment or a doctype.
func looksLikeHTML(s string) bool {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	if strings.HasPrefix(s[i:], "\uFEFF") {
		i += 3
	}
	if i+1 >= len(s) || s[i] != '<' {
		return false
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
	return end > 1 && !strings.ContainsAny(s[1:end], "<")
}

func isASCIILetter(c byte) bool { return 'A' <= c&^0x20 && c&^0x20 <= 'Z' }

// appendMarkup appends the spans of input that are markup: tags, comments,
// doctype, and the content of script, style, head, noscript, template, svg
// and iframe elements, sorted and disjoint.
func appendMarkup(dst []Span, s string) []Span {
	for _, sp := range markupSpans(s) {
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

// markupSpans finds the markup of an HTML input with a byte scanner.
func markupSpans(s string) []Span {
	var out []Span
	i := 0
	for i < len(s) {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			break
		}
		i += j
		if i+1 >= len(s) {
			break
		}
		c := s[i+1]
		switch {
		case strings.HasPrefix(s[i:], "<!--"):
			e := strings.Index(s[i+4:], "-->")
			end := len(s)
			if e >= 0 {
				end = i + 4 + e + 3
			}
			out = append(out, Span{Start: i, End: end})
			i = end
			continue
		case c == '!' || c == '?' || c == '/' || isASCIILetter(c):
		default:
			i++
			continue
		}
		end := tagEnd(s, i)
		name := tagName(s[i:end])
		if name == "script" || name == "style" || name == "head" || name == "noscript" ||
			name == "template" || name == "svg" || name == "iframe" || name == "title" {
			if !strings.HasSuffix(s[i:end], "/>") {
				closeAt := indexFold(s[end:], "</"+name)
				if closeAt >= 0 {
					end = tagEnd(s, end+closeAt)
				} else if name != "head" && name != "title" {
					end = len(s)
				}
			}
		}
		out = append(out, Span{Start: i, End: end})
		i = end
	}
	return out
}

// tagEnd returns the end of the tag that starts at i (after its '>'),
// skipping quoted attribute values.
func tagEnd(s string, i int) int {
	var quote byte
	for k := i + 1; k < len(s); k++ {
		c := s[k]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			if k > 0 && (s[k-1] == '=' || s[k-1] == ' ') {
				quote = c
			}
		case c == '>':
			return k + 1
		}
	}
	return len(s)
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

// indexFold is strings.Index with ASCII case folding of needle (lower-case).
func indexFold(s, needle string) int {
	for i := 0; i+len(needle) <= len(s); i++ {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			return -1
		}
		i += j
		if i+len(needle) <= len(s) && strings.EqualFold(s[i:i+len(needle)], needle) {
			return i
		}
	}
	return -1
}

var inlineTags = map[string]bool{
	"a": true, "b": true, "i": true, "em": true, "strong": true, "span": true, "font": true,
	"u": true, "sup": true, "sub": true, "small": true, "abbr": true, "cite": true, "q": true,
	"mark": true, "time": true, "code": true, "s": true, "del": true, "ins": true, "big": true,
	"wbr": true, "bdi": true, "bdo": true, "data": true, "dfn": true, "kbd": true, "var": true,
}

// isBlockMark reports whether the markup span m ends a line of text: any
// tag but the inline ones.
func isBlockMark(s string, m Span) bool {
	t := s[m.Start:m.End]
	if strings.HasPrefix(t, "<!--") {
		return false
	}
	return !inlineTags[tagName(t)]
}
