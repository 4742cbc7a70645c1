package text

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Key returns the lookup key of s: lower-cased, without diacritics, with every
// apostrophe as ', every dash as -, every run of white space (including no-break
// spaces) as one ASCII space, œ and æ spelled out, and no leading or trailing
// space. Soft hyphens and zero-width characters are dropped; control
// characters count as space; invalid UTF-8 bytes become U+FFFD. Keys are for
// matching only; they never replace the input text.
//
// Key returns s itself, without allocating, when s is already a key.
func Key(s string) string {
	if isKey(s) {
		return s
	}
	var buf [64]byte // most keys are names and short phrases
	dst := buf[:0]
	if len(s) > len(buf) {
		dst = make([]byte, 0, len(s))
	}
	return string(appendKey(dst, s, -1))
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

// AppendKey appends the lookup key of s (see [Key]) to dst and returns the
// extended buffer, like the Append functions of strconv: AppendKey(dst, s)
// holds dst followed by Key(s). It does not allocate when dst has room for
// the key (the key of a name or a line is never longer than the text, unless
// it holds invalid bytes or a few rare capitals whose lower case is longer).
func AppendKey(dst []byte, s string) []byte {
	return appendKey(dst, s, -1)
}

// AppendKeyLimit is [AppendKey] for callers that only look at the first
// limit bytes of a key (to match it against keys of at most that length): it
// stops once it has appended more than limit bytes, so that the appended
// part is the whole key of s when that is at most limit bytes long, and
// otherwise a prefix of it longer than limit. A negative limit means no
// limit. Its cost is bounded by the limit, not by the length of s.
func AppendKeyLimit(dst []byte, s string, limit int) []byte {
	return appendKey(dst, s, limit)
}

// appendKey appends the key of s to dst, stopping once more than limit bytes
// are appended (limit < 0: no limit).
func appendKey(dst []byte, s string, limit int) []byte {
	var k keyState
	stop := len(dst) + limit // appending stops once len(dst) > stop
	if limit < 0 || stop < 0 {
		stop = int(^uint(0) >> 1)
	}
	for i := 0; i < len(s) && len(dst) <= stop; {
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
				dst = append(dst, ' ')
			}
			k.space, k.wrote = false, true
			dst = append(dst, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		var ok bool
		if dst, ok = k.simple(dst, r); ok {
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
			if dst, ok = k.simple(dst, d); !ok {
				dst = k.emit(dst, d)
			}
		}
	}
	return dst
}

// keyState is the state of a key being appended: white space is collapsed
// and written only between two parts of the key.
type keyState struct {
	space bool // a space is pending
	wrote bool // a byte of this key was written
}

// emit appends r to dst, after the pending space.
func (k *keyState) emit(dst []byte, r rune) []byte {
	if k.space && k.wrote {
		dst = append(dst, ' ')
	}
	k.space = false
	k.wrote = true
	return utf8.AppendRune(dst, r)
}

// simple appends the key of r to dst and reports true when r needs no
// decomposition.
func (k *keyState) simple(dst []byte, r rune) ([]byte, bool) {
	switch {
	case r == 0xAD || r == 0x200B || r == 0x200C || r == 0x200D || r == 0x2060 || r == 0xFEFF:
		// soft hyphen and zero-width characters: invisible, not a space
	case IsSpace(r) || r < ' ' || r == 0x7F:
		k.space = true
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		dst = k.emit(dst, r)
	case IsApostrophe(r):
		dst = k.emit(dst, '\'')
	case r == '‐' || r == '‑' || r == '‒' || r == '–' || r == '—' || r == '−':
		dst = k.emit(dst, '-')
	case r == 'œ' || r == 'Œ':
		dst = k.emit(k.emit(dst, 'o'), 'e')
	case r == 'æ' || r == 'Æ':
		dst = k.emit(k.emit(dst, 'a'), 'e')
	case r == 'ß':
		dst = k.emit(k.emit(dst, 's'), 's')
	default:
		base, ok := FoldLatin(r)
		if !ok {
			return dst, false
		}
		dst = k.emit(dst, base)
	}
	return dst, true
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
