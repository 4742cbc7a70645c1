package money

import (
	"unicode"
	"unicode/utf8"

	"github.com/depeche-go/depeche/internal/text"
)

// The money package reads numbers with its own small lexer rather than
// text.Tokenize: it must lex lazily, a few tokens around a candidate at a
// time, without allocating, and it needs the position of the decimal
// separator and the sign of a number. Its word and number boundaries follow
// internal/text (the same letters, digits, spaces and apostrophes).

type tkind uint8

const (
	tEOF tkind = iota
	tNum
	tWord
	tSym
)

// tok is one token of the money lexer. Offsets are byte offsets into the
// input.
type tok struct {
	start, end int
	dec        int32 // numbers: offset of the decimal separator from start, or -1
	kind       tkind
	space      bool // white space (or the window start) before the token
	nl         bool // that white space holds a line break
	sign       byte // numbers: '-' or '+' when the token starts with a sign
}

// decIndex returns the index of the decimal separator of a number token in
// the input, or -1.
func (t *tok) decIndex() int {
	if t.dec < 0 {
		return -1
	}
	return t.start + int(t.dec)
}

// setNumber sets the end and the decimal separator of a number token from
// scanNumber's results.
func (t *tok) setNumber(end, dec int) {
	t.end, t.dec = end, -1
	if dec >= 0 && dec-t.start < 1<<31-1 {
		t.dec = int32(dec - t.start)
	}
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isNewline(r rune) bool {
	return r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029 || r == 0x85
}

// decodeAt decodes the rune at i, not reading past end.
func decodeAt(s string, i, end int) (rune, int) {
	if i >= end {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:end])
}

// elided reports whether w (the letters before an apostrophe) is a French
// word that elides: d', l', qu', jusqu'...
func elided(w string) bool {
	switch len(w) {
	case 1:
		switch w[0] | 0x20 {
		case 'd', 'l', 'j', 'm', 'n', 's', 't', 'c':
			return true
		}
	case 2:
		return w[0]|0x20 == 'q' && w[1]|0x20 == 'u'
	case 6, 7:
		k := [8]byte{}
		for i := 0; i < len(w); i++ {
			k[i] = w[i] | 0x20
		}
		switch string(k[:len(w)]) {
		case "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu":
			return true
		}
	case 5:
		k := [5]byte{}
		for i := 0; i < 5; i++ {
			k[i] = w[i] | 0x20
		}
		return string(k[:]) == "jusqu"
	}
	return false
}

// lexAt returns the token that starts at or after i (skipping white space),
// reading no further than end. At end it returns a tEOF token at end.
func lexAt(s string, i, end int) tok {
	space, nl := false, false
	for i < end {
		if c := s[i]; c == ' ' {
			space = true
			i++
			continue
		} else if c > ' ' && c < utf8.RuneSelf {
			break
		}
		r, n := decodeAt(s, i, end)
		if !text.IsSpace(r) {
			break
		}
		space = true
		if isNewline(r) {
			nl = true
		}
		i += n
	}
	if i >= end {
		return tok{start: end, end: end, kind: tEOF, space: space, nl: nl, dec: -1}
	}
	t := tok{start: i, space: space, nl: nl, dec: -1}
	r, n := decodeAt(s, i, end)
	switch {
	case r < utf8.RuneSelf && isDigit(byte(r)):
		t.kind = tNum
		t.setNumber(scanNumber(s, i, end))
	case (r == '-' || r == '+' || r == '\u2212') && i+n < end && isDigit(s[i+n]) && signContext(s, i):
		t.kind = tNum
		t.sign = '+'
		if r != '+' {
			t.sign = '-'
		}
		t.setNumber(scanNumber(s, i+n, end))
	case text.IsLetter(r):
		t.kind = tWord
		t.end = scanWord(s, i, end)
	default:
		if r == utf8.RuneError && n == 1 {
			// invalid bytes: one symbol token for the run.
			j := i + 1
			for j < end {
				r2, n2 := decodeAt(s, j, end)
				if r2 != utf8.RuneError || n2 != 1 {
					break
				}
				j++
			}
			t.kind, t.end = tSym, j
			return t
		}
		t.kind, t.end = tSym, i+n
	}
	return t
}

// signContext reports whether a sign at i starts a signed number: it follows
// white space, the start of the text or an opening bracket, not a digit or a
// letter ("2023-28" and "A-3" are not signed numbers).
func signContext(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return text.IsSpace(r) || r == '(' || r == '[' || r == ':' || r == '/' || r == '«' || r == '"'
}

// scanWord returns the end of the word starting at i: letters, an inner
// apostrophe ("aujourd'hui"), or an elided article with its apostrophe
// ("d'", "qu'"). Digits end a word: "A320" is "A" then "320", glued.
func scanWord(s string, i, end int) int {
	start := i
	for i < end {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				i++
				continue
			}
			if c != '\'' {
				return i
			}
		}
		r, n := decodeAt(s, i, end)
		if text.IsLetter(r) {
			i += n
			continue
		}
		if r == '\'' || r == '\u2019' || r == '\u02BC' || r == '\u2018' {
			if elided(s[start:i]) {
				return i + n
			}
			r2, _ := decodeAt(s, i+n, end)
			if text.IsLetter(r2) && r != '\u2018' {
				i += n
				continue
			}
		}
		return i
	}
	return i
}

// scanNumber scans a number with French grouping from the digit at i and
// returns its end and the index of its decimal separator (-1 if none).
// Groups after a separator have exactly three digits and one kind of
// separator is used throughout: "12 500" (space, U+00A0, U+202F, U+2009,
// U+2007), "1.234.567", "120'289'800". The decimal separator is a comma, or
// a dot that does not introduce a group of three ("208.5", "5.00").
func scanNumber(s string, i, end int) (int, int) {
	j := i
	for j < end && isDigit(s[j]) {
		j++
	}
	sepKind := 0
	if j-i <= 3 {
		for {
			k, kind := groupSep(s, j, end)
			if kind == 0 || (sepKind != 0 && kind != sepKind) {
				break
			}
			if k+3 > end || !isDigit(s[k]) || !isDigit(s[k+1]) || !isDigit(s[k+2]) || (k+3 < end && isDigit(s[k+3])) {
				break
			}
			sepKind = kind
			j = k + 3
		}
	}
	if j+1 < end && (s[j] == ',' || (s[j] == '.' && sepKind != 2)) && isDigit(s[j+1]) {
		d := j
		j++
		for j < end && isDigit(s[j]) {
			j++
		}
		return j, d
	}
	return j, -1
}

// groupSep returns the index after a digit-group separator at j and its kind
// (1 space, 2 dot, 3 apostrophe), or kind 0.
func groupSep(s string, j, end int) (int, int) {
	if j >= end {
		return j, 0
	}
	switch c := s[j]; c {
	case ' ':
		return j + 1, 1
	case '.':
		return j + 1, 2
	case '\'':
		return j + 1, 3
	}
	r, n := decodeAt(s, j, end)
	switch {
	case r == 0xA0 || r == 0x202F || r == 0x2009 || r == 0x2007:
		return j + n, 1
	case r == '\u2019':
		return j + n, 3
	}
	return j, 0
}

// numberDigits appends the digits of the number token t to dst and returns
// them with the exponent that makes them the token's value (sign excluded).
func numberDigits(dst []byte, s string, t tok) ([]byte, int) {
	i := t.start
	if t.sign != 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	frac := 0
	dec := t.decIndex()
	for ; i < t.end; i++ {
		c := s[i]
		if isDigit(c) {
			dst = append(dst, c)
			if dec >= 0 && i > dec {
				frac++
			}
		}
	}
	return dst, -frac
}

// appendKey appends the lookup key of s to dst: lower case, Latin accents
// removed, every apostrophe as ', white space as one ASCII space, œ/æ
// spelled out. Keys are for matching only.
func appendKey(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c == '\t' || c == '\n' || c == '\r' {
				c = ' '
			}
			if c == ' ' && (len(dst) == 0 || dst[len(dst)-1] == ' ') {
				i++
				continue
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if text.IsSpace(r) {
			if len(dst) > 0 && dst[len(dst)-1] != ' ' {
				dst = append(dst, ' ')
			}
			continue
		}
		switch r {
		case 'à', 'á', 'â', 'ä', 'ã', 'å', 'À', 'Á', 'Â', 'Ä', 'Ã', 'Å':
			dst = append(dst, 'a')
		case 'ç', 'Ç':
			dst = append(dst, 'c')
		case 'è', 'é', 'ê', 'ë', 'È', 'É', 'Ê', 'Ë':
			dst = append(dst, 'e')
		case 'ì', 'í', 'î', 'ï', 'Ì', 'Í', 'Î', 'Ï':
			dst = append(dst, 'i')
		case 'ñ', 'Ñ':
			dst = append(dst, 'n')
		case 'ò', 'ó', 'ô', 'ö', 'õ', 'Ò', 'Ó', 'Ô', 'Ö', 'Õ':
			dst = append(dst, 'o')
		case 'ù', 'ú', 'û', 'ü', 'Ù', 'Ú', 'Û', 'Ü':
			dst = append(dst, 'u')
		case 'ÿ', 'Ÿ':
			dst = append(dst, 'y')
		case 'œ', 'Œ':
			dst = append(dst, 'o', 'e')
		case 'æ', 'Æ':
			dst = append(dst, 'a', 'e')
		case 'ł', 'Ł':
			dst = append(dst, 'l')
		case '\u2019', '\u2018', '\u02BC':
			dst = append(dst, '\'')
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
			dst = append(dst, '-')
		default:
			if 0x2000 <= r && r < 0x2100 {
				// punctuation and currency signs ("€") have no case.
				dst = utf8.AppendRune(dst, r)
			} else {
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
		}
	}
	return dst
}
