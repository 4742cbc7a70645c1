package text

import (
	"unicode"
	"unicode/utf8"
)

// Kind classifies a [Token].
type Kind uint8

// The token kinds.
const (
	Word     Kind = iota // letters, possibly mixed with digits ("A320", "T1"); an elided article keeps its apostrophe ("d'"); dotted initials keep their inner periods ("S.A" before ".")
	Number               // digits with French grouping and decimal separators ("1 234,5", "1.234.567", "120'289'800"), with a sign when one is glued before it after a space ("-12", "+3,5", "−0,4")
	Punct                // any other single symbol or punctuation character
	Quote                // a quotation mark of any kind: « » “ ” „ ‟ ‹ › " and ASCII ' used as a quote
	Ellipsis             // "...", "…", "(...)", "[...]"
	URL                  // "https://…", "www.…", or a bare domain such as "Zonebourse.com"
	Email                // "contact@example.fr"
	Ticker               // a dotted code such as "MC.PA" or "AAPL.O", or an exchange-prefixed one such as "EPA:MC"
	Invalid              // a run of bytes that are not valid UTF-8
)

var kindNames = [...]string{"Word", "Number", "Punct", "Quote", "Ellipsis", "URL", "Email", "Ticker", "Invalid"}

// String returns the kind's name.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(?)"
}

// Token is one token of the input. Start and End are byte offsets into the
// original input; SpaceBefore tells whether white space (or the start of the
// tokenized span) precedes it, Newline whether that white space holds a line
// break.
type Token struct {
	Start, End  int
	Kind        Kind
	SpaceBefore bool
	Newline     bool
}

// Text returns the token's text in input.
func (t Token) Text(input string) string { return input[t.Start:t.End] }

// IsSpace reports whether r is white space for the tokenizer, including the
// no-break spaces U+00A0, U+202F and the other typographic spaces.
func IsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x200B:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// IsGroupSpace reports whether r may separate digit groups in a French number.
func IsGroupSpace(r rune) bool {
	return r == ' ' || r == 0xA0 || r == 0x202F || r == 0x2009 || r == 0x2007
}

// IsApostrophe reports whether r is an apostrophe: ' ’ ʼ or ‘ used as one.
func IsApostrophe(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '\u02BC' || r == '\u2018'
}

// IsQuoteMark reports whether r is a quotation mark other than the ASCII
// apostrophe.
func IsQuoteMark(r rune) bool {
	switch r {
	case '"', '«', '»', '“', '”', '„', '‟', '‹', '›', '＂', '‚', '‛':
		return true
	}
	return false
}

// IsLetter reports whether r is a letter or a combining mark.
func IsLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	switch {
	case r < 0x100:
		// Latin-1: ª µ º and the accented letters, not × ÷.
		return r >= 0xC0 && r != 0xD7 && r != 0xF7 || r == 0xAA || r == 0xB5 || r == 0xBA
	case r < 0x250:
		return true // Latin Extended-A and -B hold only letters
	case 0x2000 <= r && r < 0x2070 || 0x20A0 <= r && r < 0x20D0:
		return false // punctuation (’ – « “) and currency signs (€): no letter, no mark
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// IsDigit reports whether r is an ASCII digit. Other scripts' digits are not
// numbers in this genre.
func IsDigit(r rune) bool { return '0' <= r && r <= '9' }

// elisions are the French words that elide before a vowel, lower-cased.
var elisions = map[string]bool{
	"l": true, "d": true, "j": true, "m": true, "n": true, "s": true, "t": true, "c": true,
	"qu": true, "jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true, "presqu": true, "quelqu": true,
}

// Tokenize returns the tokens of input[sp.Start:sp.End], appended to dst, with
// offsets into input. White space is not a token. Invalid UTF-8 bytes form
// [Invalid] tokens that separate the others. It never fails.
func Tokenize(dst []Token, input string, sp Span) []Token {
	if sp.Start < 0 {
		sp.Start = 0
	}
	if sp.End > len(input) {
		sp.End = len(input)
	}
	i, end := sp.Start, sp.End
	space, nl := true, false
	for i < end {
		if c := input[i]; c == ' ' {
			space = true // the commonest byte: no decoding
			i++
			continue
		}
		r, n := decode(input, i, end)
		if n == 0 {
			break
		}
		if r == utf8.RuneError && n == 1 {
			j := i + 1
			for j < end {
				r2, n2 := decode(input, j, end)
				if r2 != utf8.RuneError || n2 != 1 {
					break
				}
				j++
			}
			dst = append(dst, Token{Start: i, End: j, Kind: Invalid, SpaceBefore: space, Newline: nl})
			i, space, nl = j, true, false
			continue
		}
		if IsSpace(r) {
			space = true
			if r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029 || r == 0x85 {
				nl = true
			}
			i += n
			continue
		}
		t := Token{Start: i, SpaceBefore: space, Newline: nl}
		if (r == '-' || r == '+' || r == '\u2212') && (space || i > sp.Start && isOpener(input[i-1])) &&
			i+n < end && IsDigit(rune(input[i+n])) {
			// a signed number: "-12", "+3,5", "−0,4" after a space or an opening bracket.
			t.End, t.Kind = scanNumber(input, i+n, end)
			if t.Kind != Number {
				t.End, t.Kind = i+n, Punct
			}
		} else {
			t.End, t.Kind = scanToken(input, i, end, r, n)
		}
		dst = append(dst, t)
		i, space, nl = t.End, false, false
	}
	return dst
}

func isOpener(c byte) bool { return c == '(' || c == '[' || c == '/' }

// decode decodes the rune at i, not reading past end.
func decode(s string, i, end int) (rune, int) {
	if i >= end {
		return 0, 0
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:end])
}

// scanToken returns the end and kind of the token starting at i with rune r.
func scanToken(s string, i, end int, r rune, n int) (int, Kind) {
	switch {
	case IsDigit(r):
		return scanNumber(s, i, end)
	case IsLetter(r):
		// a link needs an ASCII label followed by one of . @ - _ : ; most
		// words are not, and skip the link scanner.
		j := i
		for j < end && (isASCIILetter(s[j]) || '0' <= s[j] && s[j] <= '9') {
			j++
		}
		if j < end && (s[j] == '.' || s[j] == '@' || s[j] == '-' || s[j] == '_' || s[j] == ':') {
			if e, k, ok := scanLink(s, i, end); ok {
				return e, k
			}
		}
		return scanWord(s, i, end)
	case r == '.':
		if hasPrefixAt(s, i, end, "...") {
			j := i + 3
			for j < end && s[j] == '.' {
				j++
			}
			return j, Ellipsis
		}
	case r == '…':
		return i + n, Ellipsis
	case r == '(' || r == '[':
		closer := byte(')')
		if r == '[' {
			closer = ']'
		}
		j := i + 1
		if hasPrefixAt(s, j, end, "...") && j+3 < end && s[j+3] == closer {
			return j + 4, Ellipsis
		}
		if hasPrefixAt(s, j, end, "…") && j+3 < end && s[j+3] == closer {
			return j + 4, Ellipsis
		}
	case r == '<' || r == '>':
		if i+1 < end && s[i+1] == byte(r) {
			return i + 2, Quote
		}
	case IsQuoteMark(r):
		return i + n, Quote
	case IsApostrophe(r):
		return i + n, Quote
	}
	return i + n, Punct
}

func hasPrefixAt(s string, i, end int, p string) bool {
	return i+len(p) <= end && s[i:i+len(p)] == p
}

// scanWord scans letters and digits. An apostrophe after an elidable article
// ends the word and is included in it ("d'", "qu'"); an apostrophe between
// letters otherwise stays inside the word ("aujourd'hui").
func scanWord(s string, i, end int) (int, Kind) {
	start := i
	for i < end {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII fast path.
			if isASCIILetter(c) || '0' <= c && c <= '9' {
				i++
				continue
			}
			if c != '\'' {
				break
			}
		}
		r, n := decode(s, i, end)
		if IsLetter(r) || IsDigit(r) {
			i += n
			continue
		}
		if IsApostrophe(r) && r != '\u2018' {
			// letter after the apostrophe?
			r2, _ := decode(s, i+n, end)
			if !IsLetter(r2) && !IsDigit(r2) {
				// "d'" before a quote mark or a space: still an elision when the word is one.
				if isElision(s[start:i]) && i+n < end && !IsSpace(r2) {
					return i + n, Word
				}
				return i, Word
			}
			if isElision(s[start:i]) {
				return i + n, Word
			}
			if w := s[start:i]; equalFoldASCII(w, "aujourd") || equalFoldASCII(w, "prud") || w == "O" {
				// aujourd'hui, prud'hommes, O'Neill: one word.
				i += n
				continue
			}
			return i, Word
		}
		break
	}
	// dotted initials: "S.A.", "U.S.A.", "N.V." (single letters, each followed
	// by a period). The word stops before the last period.
	if i-start == 1 && i+2 < end && s[i] == '.' && isASCIILetter(s[i+1]) {
		j := i
		for j+2 < end && s[j] == '.' && isASCIILetter(s[j+1]) && (j+2 == end || !isWordByte(s[j+2])) {
			j += 2
		}
		if j > i && j < end && s[j] == '.' {
			return j, Word
		}
	}
	// an exchange-prefixed code: "EPA:MC", "NYSE:IBM".
	if i < end && s[i] == ':' && exchanges[s[start:i]] {
		j := i + 1
		for j < end && j-i <= 8 && ('A' <= s[j] && s[j] <= 'Z' || '0' <= s[j] && s[j] <= '9' || s[j] == '.' && j+1 < end && 'A' <= s[j+1] && s[j+1] <= 'Z') {
			j++
		}
		if j > i+1 && j-i <= 8 && (j >= end || !isWordByte(s[j])) {
			return j, Ticker
		}
	}
	// a dotted code: "MC.PA", "AAPL.O", "BN.PA" (upper-case letters on both sides).
	if i < end && s[i] == '.' && isUpperRun(s[start:i]) {
		j := i + 1
		for j < end && j-i <= 4 && ('A' <= s[j] && s[j] <= 'Z') {
			j++
		}
		if j > i+1 && j-i <= 4 && (j >= end || !isWordByte(s[j])) {
			return j, Ticker
		}
	}
	return i, Word
}

// exchanges are the exchange prefixes of "EPA:MC"-style tickers.
var exchanges = map[string]bool{
	"EPA": true, "EBR": true, "AMS": true, "ELI": true, "NYSE": true, "NASDAQ": true, "LON": true,
	"ETR": true, "FRA": true, "SWX": true, "VTX": true, "TSX": true, "TSE": true, "BIT": true,
	"BME": true, "CSE": true, "OTC": true, "XETRA": true, "TYO": true, "HKG": true,
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= 0x80
}

func isUpperRun(w string) bool {
	if len(w) == 0 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !('A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return 'A' <= w[0] && w[0] <= 'Z'
}

// isElision reports whether w, in any case, is a French word that elides
// before a vowel ("l", "qu", "jusqu"), without allocating.
func isElision(w string) bool { return foldedIn(elisions, w) }

// foldedIn reports m[lower-case w] for short ASCII words, without
// allocating.
func foldedIn(m map[string]bool, w string) bool {
	if len(w) > 8 {
		return false
	}
	var b [8]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return m[string(b[:len(w)])]
}

// equalFoldASCII reports whether w equals the lower-case ASCII word lower,
// ignoring ASCII case.
func equalFoldASCII(w, lower string) bool {
	if len(w) != len(lower) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

func lowerASCII(w string) string {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			b := []byte(w)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return w
}

// scanNumber scans a number with French grouping: "1 234 567,89" (space, U+00A0,
// U+202F, U+2009), "1.234.567", "120'289'800", "2,5", "2.5". Groups after a
// separator must have exactly three digits; the first group at most three.
// A number glued to letters ("A320" is a word, "3e", "1er") is a word.
func scanNumber(s string, i, end int) (int, Kind) {
	start := i
	for i < end && IsDigit(rune(s[i])) {
		i++
	}
	first := i - start
	// digits followed by letters: "1er", "3e", "2T", "10K"? Leave units to callers:
	// only ordinals and mixed codes are words.
	if i < end {
		r, _ := decode(s, i, end)
		if IsLetter(r) {
			j := i
			for j < end {
				r2, n2 := decode(s, j, end)
				if !IsLetter(r2) && !IsDigit(r2) {
					break
				}
				j += n2
			}
			w := lowerASCII(s[i:j])
			switch w {
			case "er", "re", "e", "ème", "eme", "ième", "nd", "nde", "d", "è":
				return j, Word
			}
			return i, Number
		}
	}
	if first <= 3 {
		// grouped thousands: one kind of separator throughout.
		var sepKind int // 1 space, 2 dot, 3 apostrophe
		j := i
		for {
			k, sepLen, kind := groupSep(s, j, end)
			if kind == 0 || (sepKind != 0 && kind != sepKind) {
				break
			}
			if k+3 > end || !allDigits(s[k:k+3]) || (k+3 < end && IsDigit(rune(s[k+3]))) {
				break
			}
			_ = sepLen
			sepKind = kind
			j = k + 3
		}
		if sepKind == 2 && j == i+4 {
			// a single ".ddd" group is ambiguous ("1.234"); callers decide. Keep it.
		}
		i = j
		if sepKind == 2 {
			// dots were thousands: a decimal comma may follow.
			return decimalPart(s, i, end, ','), Number
		}
	}
	return decimalPart(s, i, end, 0), Number
}

// groupSep returns the index after a digit-group separator at j, its length
// and its kind (1 space, 2 dot, 3 apostrophe), or kind 0.
func groupSep(s string, j, end int) (int, int, int) {
	r, n := decode(s, j, end)
	switch {
	case n == 0:
		return j, 0, 0
	case IsGroupSpace(r):
		return j + n, n, 1
	case r == '.':
		return j + 1, 1, 2
	case r == '\'' || r == '\u2019':
		return j + n, n, 3
	}
	return j, 0, 0
}

func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !IsDigit(rune(w[i])) {
			return false
		}
	}
	return len(w) > 0
}

// decimalPart extends a number over a decimal separator followed by digits.
// only restricts the separator when non-zero.
func decimalPart(s string, i, end int, only byte) int {
	if i+1 < end && (s[i] == ',' || s[i] == '.') && (only == 0 || s[i] == only) && IsDigit(rune(s[i+1])) {
		j := i + 1
		for j < end && IsDigit(rune(s[j])) {
			j++
		}
		return j
	}
	return i
}

// scanLink recognises URLs, e-mail addresses and bare domains starting at i.
func scanLink(s string, i, end int) (int, Kind, bool) {
	rest := s[i:end]
	if hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") || hasPrefixFold(rest, "www.") {
		j := i
		for j < end {
			r, n := decode(s, j, end)
			if IsSpace(r) || r == '<' || r == '>' || r == '"' || r == '«' || r == '»' || (r == utf8.RuneError && n == 1) {
				break
			}
			j += n
		}
		// trailing punctuation is not part of a URL.
		for j > i && (s[j-1] == '.' || s[j-1] == ',' || s[j-1] == ')' || s[j-1] == ';' || s[j-1] == ':') {
			j--
		}
		return j, URL, true
	}
	// label(.label)+ with an '@' (e-mail) or a known top-level domain.
	j := i
	at := -1
	dots := 0
	lastDot := -1
	limit := end
	if limit-i > maxLinkLen {
		limit = i + maxLinkLen // bounded, so that failed candidates cost O(1) each
	}
	for j < limit {
		c := s[j]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_':
			j++
		case c == '.' && j+1 < end && isWordByte(s[j+1]) && s[j+1] < 0x80 && j > i && s[j-1] != '.':
			dots++
			lastDot = j
			j++
		case c == '@' && at < 0 && j > i && j+1 < end && isWordByte(s[j+1]):
			at = j
			j++
		default:
			goto done
		}
	}
done:
	if j == limit && limit < end {
		return 0, 0, false // longer than any domain or address
	}
	if j < end && s[j] >= 0x80 {
		return 0, 0, false // letters continue: not a link
	}
	if dots == 0 || lastDot < 0 {
		return 0, 0, false
	}
	if at >= 0 && at < lastDot {
		return j, Email, true
	}
	if foldedIn(knownTLD, s[lastDot+1:j]) {
		return j, URL, true
	}
	return 0, 0, false
}

// maxLinkLen bounds bare domains and e-mail addresses (RFC 5321 allows 254
// bytes for an address).
const maxLinkLen = 256

var knownTLD = map[string]bool{
	"com": true, "fr": true, "net": true, "org": true, "ch": true, "be": true, "ca": true, "ma": true,
	"io": true, "eu": true, "info": true, "de": true, "uk": true, "lu": true, "tn": true, "sn": true,
	"ci": true, "dz": true, "biz": true, "news": true, "co": true, "us": true, "it": true, "es": true,
}

func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}
