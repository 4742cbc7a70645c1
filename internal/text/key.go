package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Key returns the lookup key of s: lower-cased, without diacritics, with every
// apostrophe as ', every dash as -, every run of white space (including no-break
// spaces) as one ASCII space, œ and æ spelled out, and no leading or trailing
// space. Soft hyphens and zero-width characters are dropped; control
// characters count as space. Keys are for matching only; they never replace the input text.
//
// Key returns s itself, without allocating, when s is already a key.
func Key(s string) string {
	if isKey(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	AppendKey(&b, s)
	return b.String()
}

// isKey reports whether s is plain lower-case ASCII with single inner spaces.
func isKey(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' || c < ' ' || c == 0x7F {
			return false
		}
		if c == ' ' {
			if prevSpace {
				return false
			}
			prevSpace = true
		} else {
			prevSpace = false
		}
	}
	return true
}

// AppendKey writes the key of s to b (see [Key]).
func AppendKey(b *strings.Builder, s string) {
	space := false // a space is pending
	wrote := false
	emit := func(r rune) {
		if space && wrote {
			b.WriteByte(' ')
		}
		space = false
		wrote = true
		b.WriteRune(r)
	}
	for _, r := range s {
		switch {
		case r == 0xAD || r == 0x200B || r == 0x200C || r == 0x200D || r == 0x2060 || r == 0xFEFF:
			continue // soft hyphen and zero-width characters: invisible, not a space
		case IsSpace(r) || r < ' ' || r == 0x7F:
			space = true
			continue
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			emit(r)
			continue
		case IsApostrophe(r):
			emit('\'')
			continue
		case r == '‐' || r == '‑' || r == '‒' || r == '–' || r == '—' || r == '−':
			emit('-')
			continue
		case r == 'œ' || r == 'Œ':
			emit('o')
			emit('e')
			continue
		case r == 'æ' || r == 'Æ':
			emit('a')
			emit('e')
			continue
		case r == 'ß':
			emit('s')
			emit('s')
			continue
		}
		if base, ok := foldLatin(r); ok {
			emit(base)
			continue
		}
		// general case: decompose and drop combining marks.
		var buf [utf8.UTFMax * 4]byte
		n := utf8.EncodeRune(buf[:], r)
		for _, d := range norm.NFD.String(string(buf[:n])) {
			if unicode.Is(unicode.Mn, d) {
				continue
			}
			emit(unicode.ToLower(d))
		}
	}
}

// foldLatin maps the accented letters of French and its neighbours to their
// lower-case base letter.
func foldLatin(r rune) (rune, bool) {
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'À', 'Á', 'Â', 'Ã', 'Ä', 'Å':
		return 'a', true
	case 'ç', 'Ç':
		return 'c', true
	case 'è', 'é', 'ê', 'ë', 'È', 'É', 'Ê', 'Ë':
		return 'e', true
	case 'ì', 'í', 'î', 'ï', 'Ì', 'Í', 'Î', 'Ï':
		return 'i', true
	case 'ñ', 'Ñ':
		return 'n', true
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'Ò', 'Ó', 'Ô', 'Õ', 'Ö', 'Ø':
		return 'o', true
	case 'ù', 'ú', 'û', 'ü', 'Ù', 'Ú', 'Û', 'Ü':
		return 'u', true
	case 'ý', 'ÿ', 'Ý':
		return 'y', true
	}
	return 0, false
}
