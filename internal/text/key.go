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
	k := keyWriter{b: b}
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII fast path.
			i++
			switch {
			case c <= ' ' || c == 0x7F:
				k.space = true
				continue
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			if k.space && k.wrote {
				b.WriteByte(' ')
			}
			k.space, k.wrote = false, true
			b.WriteByte(c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if k.simple(r) {
			continue
		}
		// general case: decompose and drop combining marks; the parts go
		// through the simple cases ("Ǿ" is "Ø" plus an accent, then "o").
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		parts := norm.NFD.Properties(buf[:n]).Decomposition()
		if parts == nil {
			parts = buf[:n] // no decomposition ("€", "«"): the rune itself
		}
		for len(parts) > 0 {
			d, size := utf8.DecodeRune(parts)
			parts = parts[size:]
			if unicode.Is(unicode.Mn, d) {
				continue
			}
			d = unicode.ToLower(d)
			if !k.simple(d) {
				k.emit(d)
			}
		}
	}
}

// keyWriter writes a key, collapsing white space.
type keyWriter struct {
	b     *strings.Builder
	space bool // a space is pending
	wrote bool
}

func (k *keyWriter) emit(r rune) {
	if k.space && k.wrote {
		k.b.WriteByte(' ')
	}
	k.space = false
	k.wrote = true
	k.b.WriteRune(r)
}

// simple writes the key of r and reports true when r needs no
// decomposition.
func (k *keyWriter) simple(r rune) bool {
	switch {
	case r == 0xAD || r == 0x200B || r == 0x200C || r == 0x200D || r == 0x2060 || r == 0xFEFF:
		// soft hyphen and zero-width characters: invisible, not a space
	case IsSpace(r) || r < ' ' || r == 0x7F:
		k.space = true
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		k.emit(r)
	case IsApostrophe(r):
		k.emit('\'')
	case r == '‐' || r == '‑' || r == '‒' || r == '–' || r == '—' || r == '−':
		k.emit('-')
	case r == 'œ' || r == 'Œ':
		k.emit('o')
		k.emit('e')
	case r == 'æ' || r == 'Æ':
		k.emit('a')
		k.emit('e')
	case r == 'ß':
		k.emit('s')
		k.emit('s')
	default:
		base, ok := FoldLatin(r)
		if !ok {
			return false
		}
		k.emit(base)
	}
	return true
}

// FoldLatin maps the accented letters of French and its neighbours to their
// lower-case base letter ('É' -> 'e'), and reports false for any other rune.
// It is the one accent table of the module: [Key] and the packages' own
// allocation-free key builders use it.
func FoldLatin(r rune) (rune, bool) {
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
