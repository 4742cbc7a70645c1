package clean

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s for reading: line endings unified, control and
// invisible characters removed, invalid UTF-8 replaced by U+FFFD, NFC, lines
// trimmed and runs of blank lines collapsed. Its output is not offset-bearing:
// offsets reported by depeche always refer to the original input, never to
// this text. Normalize is idempotent and safe for concurrent use.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteRune(utf8.RuneError)
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			b.WriteByte('\n')
		case r == '\v' || r == '\f' || r == 0x2028:
			b.WriteByte('\n')
		case r == 0x2029:
			b.WriteString("\n\n")
		case r < 0x20 && r != '\t' && r != '\n', r == 0x7f:
		case r == 0xad || r == 0x200b || r == 0x200c || r == 0x200d || r == 0x2060 || r == 0xfeff:
		default:
			b.WriteRune(r)
		}
	}
	t := norm.NFC.String(b.String())
	lines := strings.Split(t, "\n")
	var out strings.Builder
	blank := 0
	for _, l := range lines {
		l = strings.Trim(l, " \t\u00a0\u202f")
		if l == "" {
			blank++
			continue
		}
		if out.Len() > 0 {
			if blank > 0 {
				out.WriteString("\n\n")
			} else {
				out.WriteByte('\n')
			}
		}
		blank = 0
		out.WriteString(l)
	}
	if out.String() == s {
		return s
	}
	return out.String()
}
