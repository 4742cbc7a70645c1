package clean

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s as text for reading, following the normalisation spec
// of research/clean.md section 5:
//
//   - line endings: "\r\n", "\r", U+2028, "\v" and "\f" become "\n"; U+2029
//     becomes a blank line (U+0085 is not a line break: see controls);
//   - HTML fragments (only when s contains HTML tags): script, style,
//     noscript, template and svg elements and comments are dropped, <br>
//     becomes a line break, block tags (p, div, li, h1..., table, tr...) a
//     blank line, table cells a space, other tags nothing, and the line
//     breaks of the HTML source a space (as a browser shows them);
//   - character references: &eacute; &amp; &nbsp; &#233; &#xE9; (128..159
//     through Windows-1252, &#0; dropped), all-caps names (&EACUTE;), the five
//     legacy names without ";" (&nbsp &amp &lt &gt &quot) before a
//     non-alphanumeric, and double escaping (&amp;eacute;). "&lt;" stays
//     escaped before a letter, "/", "!" or "?", so that decoded text never
//     turns into a tag;
//   - mojibake, UTF-8 read as Windows-1252 or Latin-1 ("Ã©" → "é",
//     "â€™" → "’", double encoding), repaired line by line and only where
//     certain: text without mojibake evidence is never touched;
//   - controls: C1 controls through Windows-1252 (U+0092 → "’", U+0085 → "…",
//     undefined ones dropped), other controls but tab and newline dropped;
//   - invisible characters dropped: soft hyphen, zero-width space and joiners
//     (a zero-width joiner is kept between emoji), word joiner, byte-order
//     mark, bidirectional marks and embeddings;
//   - NFC; ligatures (U+FB00..U+FB06) and fullwidth ASCII folded; U+2010,
//     U+2011 and U+2212 become "-"; exactly three periods become "…";
//   - apostrophes (' ‘ ʼ ´ ` ′) between two letters become "’";
//   - lines: trimmed, runs of blank lines collapsed to one, and a line joined
//     to the previous one (with a space) when that one ends with a letter, a
//     digit or "," and this one starts with a lower-case letter; after a
//     letter and "-" the lines are joined without a space, hyphen kept;
//   - horizontal spaces: each run of spaces becomes one character: U+202F
//     before ; ! ?, U+00A0 before ":" and "»", after "«", and between a digit
//     and % ‰ € $ £; a run of no-break spaces between digits becomes U+202F,
//     other no-break runs U+00A0; anything else one ASCII space. No space is
//     ever inserted;
//   - invalid UTF-8 bytes become U+FFFD;
//   - the whole text is trimmed.
//
// Normalize is idempotent: Normalize(Normalize(s)) == Normalize(s). Text that
// needs no change is returned as is, without allocating.
//
// The result is for people (and for the JSON "body"): it does not share
// offsets with s. Everything depeche reports carries byte offsets into the
// original input, never into this text. Normalize is safe for concurrent use.
func Normalize(s string) string {
	if isNormal(s) {
		return s
	}
	// Each pass applies the whole spec once. A second pass changes something
	// only in rare constructed inputs (an entity whose decoding completes a
	// tag, a ligature folded into "&"...); passes repeat until the text is
	// normal or a pass changes nothing, which makes Normalize idempotent.
	t := s
	for range maxNormalizePasses {
		u := normalizePass(t)
		if u == t {
			break
		}
		t = u
		if isNormal(t) {
			break
		}
	}
	return t
}

// maxNormalizePasses bounds the passes of [Normalize]. Each pass that
// changes its input removes or replaces something; in practice one pass
// reaches the fixed point.
const maxNormalizePasses = 8

// isNormal reports, in one scan and without allocating, that no stage of
// [normalizePass] would change s. It is conservative: false means "maybe"
// (an "&", a "<", an apostrophe, mojibake-like letters), and the stages
// decide.
func isNormal(s string) bool {
	if s == "" {
		return true
	}
	checkNFC, checkHTML := false, false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ',':
				// the most frequent bytes
			case c == ' ':
				if i+1 < len(s) {
					q := s[i+1]
					if q < utf8.RuneSelf && q != ' ' && q != '\t' && q != '\n' && q != ';' && q != '!' &&
						q != '?' && q != ':' && q != '%' && q != '$' && i > 0 && s[i-1] != '\n' &&
						!(i > 1 && s[i-1] == 0xAB && s[i-2] == 0xC2) && s[i-1] != ' ' {
						break // a plain space between two ordinary characters
					}
				}
				if !normalRun(s, i) {
					return false
				}
			case c == '\n':
				if !normalNewline(s, i) {
					return false
				}
			case c == '<':
				checkHTML = true
			case c == '&':
				if i+1 < len(s) && (isASCIIAlpha(s[i+1]) || s[i+1] == '#') {
					return false
				}
			case c == '\'' || c == '`':
				p, _ := utf8.DecodeLastRuneInString(s[:i])
				q, _ := utf8.DecodeRuneInString(s[i+1:])
				if isLetter(p) && isLetter(q) {
					return false
				}
			case c == '.':
				if i+1 < len(s) && s[i+1] == '.' {
					return false
				}
			case c < 0x20 || c == 0x7f: // controls, tab
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			return false
		case r < 0xC0:
			switch {
			case r < 0xA0, r == 0xAD, r == 0xB4:
				return false
			case r == 0xA0:
				if !normalRun(s, i) {
					return false
				}
			}
		case r <= 0xF4:
			if r >= 0xC2 && mojibakeLead(s, i+n, r) {
				return false
			}
		case r < 0x300:
			if r == 0x2BC || (r == 'Ă' || r == 'Ĺ') && mojibakeLead(s, i+n, r) {
				return false
			}
		default:
			if nb, sp := spaceClass(r); nb || sp {
				if !normalRun(s, i) {
					return false
				}
				break
			}
			if r == 0x2018 || r == 0x2032 || charAction(s, i, r, n, true) {
				return false
			}
			if !(r >= 0x2002 && r <= 0x206F || r >= 0x20A0 && r <= 0x20CF) {
				checkNFC = true
			}
		}
		i += n
	}
	if checkHTML && hasHTMLTags(s) {
		return false
	}
	return !checkNFC || norm.NFC.IsNormalString(s)
}

// mojibakeLead reports whether the lead character r (U+00C2..U+00F4, or
// "Ă", "Ĺ" of the central European code pages), whose next character
// starts at s[j], may start mojibake.
func mojibakeLead(s string, j int, r rune) bool {
	if r == 'Â' || r == 'Ã' {
		if j >= len(s) || s[j] == ' ' || s[j] == '\n' {
			return true // a lost 0xA0
		}
	}
	if j >= len(s) || s[j] < utf8.RuneSelf {
		return false
	}
	q, _ := utf8.DecodeRuneInString(s[j:])
	return leadFollowed(r, q)
}

// normalRun reports whether the run of horizontal spaces that starts at
// s[i] is already what [layoutLines] makes of it.
func normalRun(s string, i int) bool {
	if i == 0 {
		return false
	}
	j, allNB, count := i, true, 0
	for j < len(s) {
		m, nb := hspaceAt(s, j)
		if m == 0 {
			break
		}
		j += m
		allNB = allNB && nb
		count++
	}
	if j == len(s) || s[j] == '\n' || s[i-1] == '\n' {
		return false // at a line edge
	}
	p, _ := utf8.DecodeLastRuneInString(s[:i])
	q, _ := utf8.DecodeRuneInString(s[j:])
	return count == 1 && s[i:j] == runSpace(p, q, allNB)
}

// normalNewline reports whether the line break at s[i] is already what
// [layoutLines] makes of it: not at the text's edges, not the third of a
// run, and not one that joins two lines.
func normalNewline(s string, i int) bool {
	if i == 0 || i == len(s)-1 {
		return false
	}
	if s[i+1] == '\n' {
		return i+2 < len(s) && s[i+2] != '\n' && s[i-1] != '\n'
	}
	if s[i-1] == '\n' {
		return true // the end of a blank line, checked at its start
	}
	next := s[i+1:]
	if end := strings.IndexByte(next, '\n'); end >= 0 {
		next = next[:end]
	}
	return lineJoint(s[:i], next) == "\n"
}

// normalizePass applies the stages of the spec once, in order. Every stage
// returns its input unchanged (without allocating) when it has nothing to do.
func normalizePass(s string) string {
	s = filterChars(s, false) // line endings, C0 controls, invisibles, folds
	s = stripHTML(s)          // tags, comments, script and style
	s = decodeEntities(s)     // &eacute; &#233; &amp;eacute;
	s = repairMojibake(s)     // Ã© → é
	s = filterChars(s, true)  // the same, plus C1 controls and soft hyphens
	s = norm.NFC.String(s)
	s = layoutLines(s) // trim, blank lines, unwrap, spaces, apostrophes, "..."
	return s
}

// writer builds the output of a stage that copies most of its input. While
// the output equals a substring of the input, it only moves indexes; it
// allocates a buffer at the first real difference. So a stage that changes
// nothing returns its input, and one that only trims returns a substring.
type writer struct {
	src        string
	start, end int // output == src[start:end] while !dirty
	dirty      bool
	b          strings.Builder
}

func newWriter(src string) writer { return writer{src: src} }

// materialize switches to the buffer, holding the output so far.
func (w *writer) materialize() {
	w.dirty = true
	w.b.Grow(len(w.src) + len(w.src)/8 + 16) // room for longer replacements
	w.b.WriteString(w.src[w.start:w.end])
}

// copy appends src[i:j].
func (w *writer) copy(i, j int) {
	if i >= j {
		return
	}
	if !w.dirty {
		if w.start == w.end {
			w.start, w.end = i, j
			return
		}
		if i == w.end {
			w.end = j
			return
		}
		w.materialize()
	}
	w.b.WriteString(w.src[i:j])
}

// str appends x.
func (w *writer) str(x string) {
	if x == "" {
		return
	}
	if !w.dirty {
		if w.start != w.end && strings.HasPrefix(w.src[w.end:], x) {
			w.end += len(x)
			return
		}
		w.materialize()
	}
	w.b.WriteString(x)
}

// byte appends c.
func (w *writer) byte(c byte) {
	if !w.dirty && w.start != w.end && w.end < len(w.src) && w.src[w.end] == c {
		w.end++
		return
	}
	if !w.dirty {
		w.materialize()
	}
	w.b.WriteByte(c)
}

// result returns the output.
func (w *writer) result() string {
	if !w.dirty {
		return w.src[w.start:w.end]
	}
	return w.b.String()
}

// filterChars applies the character-level stages: line endings, controls,
// invalid UTF-8, invisible characters and the folds. The early pass (before
// mojibake repair) keeps the C1 controls and the soft hyphen, which may be
// bytes of a mojibake sequence ("Ã\u00AD" is "í"); the late pass maps C1
// controls through Windows-1252 and drops the soft hyphen.
func filterChars(s string, late bool) string {
	i := 0
	valid := utf8.ValidString(s)
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' || c == 0x7f {
				break
			}
			i++
			continue
		}
		if valid && !mayFilter(s, i, late) {
			// No character that the filter changes starts here.
			switch {
			case c < 0xE0:
				i += 2
			case c < 0xF0:
				i += 3
			default:
				i += 4
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || charAction(s, i, r, n, late) {
			break
		}
		i += n
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == '\r':
				if i < len(s) && s[i] == '\n' {
					i++
				}
				b.WriteByte('\n')
			case c == '\v' || c == '\f':
				b.WriteByte('\n')
			case c < 0x20 && c != '\t' && c != '\n' || c == 0x7f:
				// dropped
			default:
				b.WriteByte(c)
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
			i++
			continue
		}
		if charAction(s, i, r, n, late) {
			writeFiltered(&b, r, late)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// mayFilter reports whether the character at s[i] (valid UTF-8, not ASCII)
// may be one that [filterChars] changes, from its first two bytes.
func mayFilter(s string, i int, late bool) bool {
	switch s[i] {
	case 0xC2: // U+0080..U+00BF: C1 controls, soft hyphen
		return late && (s[i+1] < 0xA0 || s[i+1] == 0xAD)
	case 0xE2: // U+2000..U+2FFF: U+200B..U+206F, U+2212
		b := s[i+1]
		return b == 0x80 || b == 0x81 || b == 0x88
	case 0xEF: // U+F000..U+FFFF: ligatures, BOM, fullwidth forms
		b := s[i+1]
		return b == 0xAC || b == 0xBB || b == 0xBC || b == 0xBD
	}
	return false
}

// charAction reports whether the non-ASCII rune r at s[i:i+n] is changed by
// [filterChars].
func charAction(s string, i int, r rune, n int, late bool) bool {
	switch {
	case r < 0xA0:
		return late // C1 controls
	case r == 0xAD:
		return late
	case r < 0x2010:
		return r >= 0x200B && r <= 0x200F && (r != 0x200D || !zwjBetweenEmoji(s, i, n))
	case r <= 0x2011, r == 0x2028, r == 0x2029, r >= 0x202A && r <= 0x202E,
		r == 0x2060, r >= 0x2066 && r <= 0x2069, r == 0x2212:
		return true
	case r >= 0xFB00 && r <= 0xFB06, r == 0xFEFF, r >= 0xFF01 && r <= 0xFF5E:
		return true
	}
	return false
}

// writeFiltered writes what r becomes under [filterChars] (r is one for
// which [charAction] reported a change).
func writeFiltered(b *strings.Builder, r rune, late bool) {
	switch {
	case r < 0xA0:
		if m := cp1252High[r-0x80]; m != 0 {
			b.WriteRune(m)
		}
	case r == 0x2028:
		b.WriteByte('\n')
	case r == 0x2029:
		b.WriteString("\n\n")
	case r == 0x2010 || r == 0x2011 || r == 0x2212:
		b.WriteByte('-')
	case r >= 0xFB00 && r <= 0xFB06:
		b.WriteString(ligatures[r-0xFB00])
	case r >= 0xFF01 && r <= 0xFF5E:
		b.WriteByte(byte(r - 0xFF01 + 0x21))
	}
	// Everything else that reaches here is invisible and dropped.
}

var ligatures = [...]string{"ff", "fi", "fl", "ffi", "ffl", "st", "st"}

// appendFiltered writes r as [filterChars] would leave it in late mode,
// for characters produced by decoding (entities, mojibake). ASCII controls
// are dropped, "\r" becomes "\n".
func appendFiltered(b *strings.Builder, r rune) {
	switch {
	case r == '\r' || r == '\v' || r == '\f':
		b.WriteByte('\n')
	case r < 0x20 && r != '\t' && r != '\n' || r == 0x7f:
	case r < utf8.RuneSelf:
		b.WriteByte(byte(r))
	case r == 0x200D:
		// A decoded joiner has no emoji context worth keeping.
	case charAction("", 0, r, utf8.RuneLen(r), true):
		writeFiltered(b, r, true)
	default:
		b.WriteRune(r)
	}
}

// zwjBetweenEmoji reports whether the zero-width joiner at s[i:i+n] joins
// two emoji (as in a family or profession emoji sequence).
func zwjBetweenEmoji(s string, i, n int) bool {
	p, _ := utf8.DecodeLastRuneInString(s[:i])
	q, _ := utf8.DecodeRuneInString(s[i+n:])
	return isEmoji(p) && isEmoji(q)
}

// isEmoji reports whether r is a pictographic character or an emoji
// modifier that may take part in a joined emoji sequence.
func isEmoji(r rune) bool {
	return r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF ||
		r >= 0x2B00 && r <= 0x2BFF || r == 0xFE0F
}

// isLetter reports whether r is a letter (of any script).
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return r != utf8.RuneError && unicode.IsLetter(r)
}

// isLower reports whether r is a lower-case letter.
func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// spaceClass tells the horizontal space classes of the spec: NB (no-break
// and fixed-width spaces) and SP (other horizontal spaces).
func spaceClass(r rune) (nb, sp bool) {
	switch r {
	case ' ', '\t', 0x1680, 0x2008, 0x205F, 0x3000:
		return false, true
	case 0xA0, 0x2007, 0x2009, 0x200A, 0x202F:
		return true, false
	}
	if r >= 0x2000 && r <= 0x2006 {
		return false, true
	}
	return false, false
}

// hspaceAt returns the length of the horizontal space character at s[i:], or
// 0, and whether it is of class NB.
func hspaceAt(s string, i int) (n int, nb bool) {
	c := s[i]
	if c == ' ' || c == '\t' {
		return 1, false
	}
	if c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3 {
		return 0, false
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	isNB, isSP := spaceClass(r)
	if isNB || isSP {
		return size, isNB
	}
	return 0, false
}

// layoutLines applies the last stages: trims every line, collapses runs of
// blank lines, unwraps hard-wrapped lines, rewrites each run of horizontal
// spaces, apostrophes and "...", and trims the whole text. (The punctuation
// stage of the spec comes before the line stages; it changes no character
// that they look at, so one scan does both.)
func layoutLines(s string) string {
	w := newWriter(s)
	prevEnd := -1 // end of the previous non-blank (trimmed) line
	blank := false
	for pos := 0; ; {
		lineEnd := len(s)
		nl := strings.IndexByte(s[pos:], '\n')
		if nl >= 0 {
			lineEnd = pos + nl
		}
		a, b := trimLine(s, pos, lineEnd)
		if a < b {
			if prevEnd >= 0 {
				if blank {
					w.str("\n\n")
				} else {
					w.str(lineJoint(s[:prevEnd], s[a:b]))
				}
			}
			layoutRuns(&w, s, a, b)
			prevEnd, blank = b, false
		} else if prevEnd >= 0 {
			blank = true
		}
		if nl < 0 {
			break
		}
		pos = lineEnd + 1
	}
	return w.result()
}

// trimLine returns the bounds of s[a:b] without horizontal spaces at either
// end.
func trimLine(s string, a, b int) (int, int) {
	for a < b {
		n, _ := hspaceAt(s, a)
		if n == 0 {
			break
		}
		a += n
	}
	for a < b {
		r, n := utf8.DecodeLastRuneInString(s[a:b])
		if nb, sp := spaceClass(r); !nb && !sp {
			break
		}
		b -= n
	}
	return a, b
}

// lineJoint returns what separates line next from the text before it (which
// ends with the previous line): a space when the previous line ends with a
// letter, a digit or "," and next starts with a lower-case letter; nothing
// after a letter and a hyphen; else a line break.
func lineJoint(before, next string) string {
	first, _ := utf8.DecodeRuneInString(next)
	if !isLower(first) {
		return "\n"
	}
	last, n := utf8.DecodeLastRuneInString(before)
	switch {
	case isLetter(last) || isDigit(last) || last == ',':
		return " "
	case last == '-':
		if p, _ := utf8.DecodeLastRuneInString(before[:len(before)-n]); isLetter(p) {
			return ""
		}
	}
	return "\n"
}

// layoutRuns copies the trimmed line s[a:b], rewriting every run of
// horizontal spaces by the rules of [Normalize].
func layoutRuns(w *writer, s string, a, b int) {
	last := a
	for i := a; i < b; {
		c := s[i]
		switch c {
		case ' ', '\t', 0xC2, 0xE1, 0xE2, 0xE3: // spaces (and ´ ‘ ′ below)
		case '.', '\'', '`', 0xCA: // "...", apostrophes
			if n, rep := punctAt(s, i); n > 0 {
				w.copy(last, i)
				w.str(rep)
				last = i + n
				i += n
			} else {
				i++
			}
			continue
		default:
			i++
			continue
		}
		if c == ' ' && i+1 < b {
			// A plain space between two ordinary characters stays.
			if q := s[i+1]; q < utf8.RuneSelf && q != ' ' && q != '\t' && q != ';' && q != '!' &&
				q != '?' && q != ':' && q != '%' && q != '$' && s[i-1] < utf8.RuneSelf {
				i++
				continue
			}
		}
		n, nb := hspaceAt(s, i)
		if n == 0 {
			if n, rep := punctAt(s, i); n > 0 { // ´ ‘ ′
				w.copy(last, i)
				w.str(rep)
				last = i + n
				i += n
				continue
			}
			i++
			continue
		}
		// A run: s[i:j]. Lines are trimmed, so it has text on both sides.
		j, allNB, count := i+n, nb, 1
		for j < b {
			m, nb2 := hspaceAt(s, j)
			if m == 0 {
				break
			}
			j += m
			allNB = allNB && nb2
			count++
		}
		p, _ := utf8.DecodeLastRuneInString(s[:i])
		q, _ := utf8.DecodeRuneInString(s[j:])
		rep := runSpace(p, q, allNB)
		if count != 1 || s[i:j] != rep {
			w.copy(last, i)
			w.str(rep)
			last = j
		}
		i = j
	}
	w.copy(last, b)
}

// punctAt applies the punctuation stage at s[i]: an apostrophe-like mark
// (' ‘ ʼ ´ ` ′) between two letters becomes "’", and exactly three periods
// (not next to another period) become "…". It returns how many bytes are
// replaced (0 for none, or to skip a longer run of periods) and by what.
func punctAt(s string, i int) (int, string) {
	if s[i] == '.' {
		if i+2 < len(s) && s[i+1] == '.' && s[i+2] == '.' && (i == 0 || s[i-1] != '.') &&
			(i+3 == len(s) || s[i+3] != '.') {
			return 3, "…"
		}
		return 0, ""
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r != '\'' && r != '`' && r != 0xB4 && r != 0x2BC && r != 0x2018 && r != 0x2032 {
		return 0, ""
	}
	p, _ := utf8.DecodeLastRuneInString(s[:i])
	q, _ := utf8.DecodeRuneInString(s[i+n:])
	if isLetter(p) && isLetter(q) {
		return n, "’"
	}
	return 0, ""
}

// runSpace returns the one space that replaces a run of horizontal spaces
// between p and q.
func runSpace(p, q rune, allNB bool) string {
	const nbsp, nnbsp = "\u00a0", "\u202f"
	switch {
	case q == ';' || q == '!' || q == '?':
		return nnbsp
	case q == ':':
		return nbsp
	case p == '«' || q == '»':
		return nbsp
	case isDigit(p) && (q == '%' || q == '‰' || q == '€' || q == '$' || q == '£'):
		return nbsp
	case allNB && isDigit(p) && isDigit(q):
		return nnbsp
	case allNB:
		return nbsp
	}
	return " "
}

// decodeEntities decodes the character references of s: named ones from the
// HTML5 table (with ";"; all-caps names fall back to the lower-case entity,
// upper-cased), the five legacy names without ";" (nbsp amp lt gt quot)
// before a non-alphanumeric, and numeric ones (&#233; &#xE9;; 128..159
// through Windows-1252; &#0; dropped; surrogates and out-of-range values give
// U+FFFD). A decoded "&" starts a new reference, so double (and deeper)
// escaping is undone: "&amp;eacute;" is "é". A "<" is not decoded before a
// letter, "/", "!" or "?", where it would open a tag. Decoded characters
// pass through the character filter (controls and invisibles dropped).
func decodeEntities(s string) string {
	i := strings.IndexByte(s, '&')
	if i < 0 {
		return s
	}
	w := newWriter(s)
	last := 0
	for i >= 0 {
		// s[i] is '&'.
		amp := false // a decoded "&" is pending
		j := i + 1
		var out string
		var ok bool
		for {
			var end int
			out, end, ok = entityAt(s, j)
			if !ok {
				break
			}
			if out == "&" {
				amp, j = true, end
				continue
			}
			if out == "<" && end < len(s) && opensTag(s[end]) {
				// Keep one level of escaping: "&lt;p" stays.
				out, ok = "&"+s[j:end], true
			}
			j = end
			break
		}
		switch {
		case ok:
			w.copy(last, i)
			w.str(out)
			last = j
		case amp:
			w.copy(last, i)
			w.byte('&')
			last = j
		}
		next := strings.IndexByte(s[max(j, i+1):], '&')
		if next < 0 {
			break
		}
		i = max(j, i+1) + next
	}
	w.copy(last, len(s))
	return w.result()
}

// opensTag reports whether c after "<" would open a tag.
func opensTag(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '/' || c == '!' || c == '?'
}

// entityAt decodes the character reference whose name starts at s[j] (just
// after an "&"), returning its text (already filtered), the end of the
// reference and whether there is one.
func entityAt(s string, j int) (string, int, bool) {
	if j >= len(s) {
		return "", 0, false
	}
	if s[j] == '#' {
		return numericEntityAt(s, j+1)
	}
	k := j
	for k < len(s) && k-j <= maxEntityName && (isASCIILetterOrDigit(s[k])) {
		k++
	}
	if k == j || k-j > maxEntityName || !isASCIIAlpha(s[j]) {
		return "", 0, false
	}
	name := s[j:k]
	if k < len(s) && s[k] == ';' {
		if v, ok := namedEntity(name); ok {
			return v, k + 1, true
		}
		return "", 0, false
	}
	// Without ";": only the legacy five, before a non-alphanumeric (the end
	// of the name already guarantees it).
	switch name {
	case "nbsp":
		return "\u00a0", k, true
	case "amp":
		return "&", k, true
	case "lt":
		return "<", k, true
	case "gt":
		return ">", k, true
	case "quot":
		return `"`, k, true
	}
	return "", 0, false
}

// maxEntityName is longer than every name of the HTML5 table.
const maxEntityName = 32

func isASCIIAlpha(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isASCIILetterOrDigit(c byte) bool { return isASCIIAlpha(c) || '0' <= c && c <= '9' }

// namedEntity decodes a name followed by ";" through the HTML5 table of the
// standard library, then, for an all-caps name, through its lower-case form.
func namedEntity(name string) (string, bool) {
	if v, ok := lookupEntity(name); ok {
		return v, true
	}
	upper := len(name) >= 2
	for k := 0; k < len(name); k++ {
		if 'a' <= name[k] && name[k] <= 'z' {
			upper = false
			break
		}
	}
	if upper {
		if v, ok := lookupEntity(strings.ToLower(name)); ok {
			return strings.ToUpper(v), true
		}
	}
	return "", false
}

// lookupEntity returns the decoded, filtered text of "&name;".
func lookupEntity(name string) (string, bool) {
	if v, ok := commonEntities[name]; ok { // the frequent ones, without a detour
		return v, true
	}
	ref := "&" + name + ";"
	v := html.UnescapeString(ref)
	if v == ref {
		return "", false
	}
	// UnescapeString also decodes a prefix ("&notit;" as "¬it;"): accept
	// only a whole-name match, which gives one or two characters.
	if n := utf8.RuneCountInString(v); n > 2 || strings.HasSuffix(v, ";") && v != ";" {
		return "", false
	}
	return filtered(v), true
}

// commonEntities are the entities frequent in French copy, decoded without
// building a reference string. The others go through the standard library.
var commonEntities = map[string]string{
	"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'", "nbsp": "\u00a0",
	"eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë", "agrave": "à", "acirc": "â",
	"ccedil": "ç", "icirc": "î", "iuml": "ï", "ocirc": "ô", "ugrave": "ù", "ucirc": "û",
	"uuml": "ü", "oelig": "œ", "Eacute": "É", "Egrave": "È", "Ecirc": "Ê", "Agrave": "À",
	"Ccedil": "Ç", "OElig": "Œ", "laquo": "«", "raquo": "»", "rsquo": "’", "lsquo": "‘",
	"ldquo": "“", "rdquo": "”", "hellip": "…", "ndash": "–", "mdash": "—", "euro": "€",
	"copy": "©", "reg": "®", "trade": "™", "deg": "°", "bull": "•", "middot": "·",
	"times": "×", "pound": "£", "yen": "¥", "permil": "‰", "thinsp": "\u2009",
	"shy": "",
}

// numericEntityAt decodes "NNN;" or "xHH;" at s[j:].
func numericEntityAt(s string, j int) (string, int, bool) {
	hex := j < len(s) && (s[j] == 'x' || s[j] == 'X')
	if hex {
		j++
	}
	k := j
	var v int64
	for k < len(s) {
		c := s[k]
		var d int64
		switch {
		case '0' <= c && c <= '9':
			d = int64(c - '0')
		case hex && 'a' <= c|0x20 && c|0x20 <= 'f':
			d = int64(c|0x20-'a') + 10
		default:
			goto done
		}
		if hex {
			v = v*16 + d
		} else {
			v = v*10 + d
		}
		if v > utf8.MaxRune+1 {
			v = utf8.MaxRune + 1 // saturate; still consume the digits
		}
		k++
	}
done:
	if k == j || k >= len(s) || s[k] != ';' {
		return "", 0, false
	}
	r := rune(v)
	switch {
	case r == 0:
		return "", k + 1, true
	case r >= 0x80 && r < 0xA0:
		if m := cp1252High[r-0x80]; m != 0 {
			return string(m), k + 1, true
		}
		return "", k + 1, true
	case r > utf8.MaxRune || r >= 0xD800 && r <= 0xDFFF:
		return string(utf8.RuneError), k + 1, true
	}
	return filtered(string(r)), k + 1, true
}

// filtered returns v as the character filter leaves it.
func filtered(v string) string {
	for _, r := range v {
		if r < 0x20 || r == 0x7f || r >= 0x80 && charAction("", 0, r, utf8.RuneLen(r), true) || r == 0x200D {
			var b strings.Builder
			for _, r := range v {
				appendFiltered(&b, r)
			}
			return b.String()
		}
	}
	return v
}
