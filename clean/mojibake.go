package clean

//go:generate go run ../internal/gen/mojibake.go -o mojibake_tables.go

import (
	"strings"
	"unicode/utf8"
)

// Mojibake repair: text that was UTF-8, decoded as Windows-1252 or Latin-1
// ("é" → "Ã©", "’" → "â€™"), sometimes twice ("Ã©" → "ÃƒÂ©").
//
// The principle is ftfy's: never make correct text worse. A candidate is a
// run of characters whose Windows-1252/Latin-1 bytes form one valid UTF-8
// sequence: a lead character (U+00C2..U+00F4: "Â Ã â ð"...) followed by the
// right number of continuation characters (the characters of bytes
// 0x80..0xBF: "€ ™ © « »" and the like, NBSP, C1 controls). Candidates are
// graded by the character they decode to and by their context:
//
//   - strong: a character of Latin-1 from "Â" or "Ã" ("Ã©" → é, "Â»" → »),
//     punctuation and symbols from "â" ("â€™" → ’, "â‚¬" → €), the byte
//     order mark, U+FFFD, emoji; a Latin letter preceded or followed by a
//     lower-case letter ("cÅ“ur" → cœur); a combining mark after a
//     lower-case letter (decomposed text: "eÌ\u0081" → "é");
//   - weak: other Latin letters ("BucureÈ™ti" → București), combining marks
//     after a capital, "â„¢" (™), fullwidth forms:
//     repaired only when the same line has a strong candidate;
//   - Greek and Cyrillic: repaired when the line has a strong candidate or
//     three such candidates;
//   - anything else (IPA from "É®" in "NESTLÉ®", Latin Extended-B from
//     "É…" in "MARQUÉ…", CJK from "é…»"...) is left alone: these are
//     correct texts that only look like mojibake.
//
// French extras, for bytes lost on the way (research/clean.md section 5):
//   - "Ã" stands for "à" whose second byte (0xA0, a no-break space) became
//     a space: after a lower-case letter ("voilÃ " → "voilà "), alone before a
//     word ("Ã  Paris", "Ã la") or a number ("Ã  14 h"; "Ã 14 h" with other
//     evidence), before ". , )" ("dÃ©jÃ ." → "déjà."), at the
//     end of a line after a letter; "Ã s" in a line with other evidence is
//     the Portuguese "às". "S Ã O" (spaced capitals) is left alone;
//   - "â€" whose third byte (0x9D) was lost closes a pending "“" ("â€œbonâ€ "
//     → "“bon” "); without an open quote it is left alone;
//   - "Â" followed by a space is a no-break space when the line has other
//     evidence.
//
// Repair runs layer by layer (double encoding) until a layer changes
// nothing.
//
// A line without Windows-1252 mojibake is then read through Windows-1250,
// ISO-8859-2 and ISO-8859-10 ("dĂ©cembre", "fÃĐvrier"), and repaired only
// when the whole line agrees (see otherPageCandidates).
//
// Not repaired: lossy damage where the bytes are gone ("c?ur", "5?h?30",
// "Que regardent les marchs"): there is nothing certain to restore.

// maxMojibakeLayers bounds the layers of encoding undone in one pass.
const maxMojibakeLayers = 4

// repairMojibake repairs the mojibake of s, line by line.
func repairMojibake(s string) string {
	if !mayHaveMojibake(s) {
		return s
	}
	var cands []mojiCand
	for range maxMojibakeLayers {
		var t string
		t, cands = mojibakeLayer(s, cands)
		if t == s {
			break
		}
		s = t
		if !mayHaveMojibake(s) {
			break
		}
	}
	return s
}

// leadLen returns how many continuation bytes the lead byte b announces, or
// 0 when b is not a UTF-8 lead byte of a multi-byte sequence.
func leadLen(b byte) int {
	switch {
	case b >= 0xC2 && b <= 0xDF:
		return 1
	case b >= 0xE0 && b <= 0xEF:
		return 2
	case b >= 0xF0 && b <= 0xF4:
		return 3
	}
	return 0
}

// contByte returns the continuation byte (0x80..0xBF) that r stands for.
func contByte(r rune) (byte, bool) {
	b, ok := sloppyByte(r)
	return b, ok && b >= 0x80 && b <= 0xBF
}

// mayHaveMojibake is a cheap test: some lead character is followed by a
// continuation character, or "Ã"/"Â" by a space or the end of a line.
func mayHaveMojibake(s string) bool {
	for i := 0; i < len(s); {
		// Every lead character is encoded with a first byte of 0xC3
		// (U+00C2..U+00F4 of Windows-1252 and the Latin-1 half of the other
		// code pages) or 0xC4 ("Ă", "Ĺ" of Windows-1250 and ISO-8859-2).
		if s[i] != 0xC3 && s[i] != 0xC4 {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if s[i-n] == 0xC3 {
			if lb, ok := sloppyByte(r); ok && (lb == 0xC3 || lb == 0xC2) &&
				(i >= len(s) || s[i] == ' ' || s[i] == '\n') {
				return true // a lost 0xA0
			}
		}
		if i < len(s) && s[i] >= utf8.RuneSelf {
			q, _ := utf8.DecodeRuneInString(s[i:])
			if leadFollowed(r, q) {
				return true
			}
		}
	}
	return false
}

// leadFollowed reports whether r followed by q reads as the start of a
// UTF-8 sequence in Windows-1252 or one of the other code pages.
func leadFollowed(r, q rune) bool {
	if lb, ok := sloppyByte(r); ok && leadLen(lb) > 0 {
		if _, ok := contByte(q); ok {
			return true
		}
	}
	for _, p := range otherPages {
		if lb, ok := p(r); ok && leadLen(lb) > 0 {
			if cb, ok := p(q); ok && cb >= 0x80 && cb <= 0xBF {
				return true
			}
		}
	}
	return false
}

// otherPages are the code pages other than Windows-1252 whose mojibake is
// repaired, behind a whole-line score: Windows-1250 and ISO-8859-2 (central
// European systems: "dĂ©cembre", "dĂŠcembre"), and ISO-8859-10 ("fÃĐvrier",
// "aoÃŧt", seen in public repositories). Each maps a character of the upper
// half to its byte.
var otherPages = [...]func(rune) (byte, bool){cp1250Byte, latin2Byte, latin6Byte}

// otherPageCandidates returns the candidates of the line s[a:z] read
// through the code page p, appended to dst, and a score, when the whole line
// is convincing: at least two sequences, all of them decoding to characters
// of French text (accented letters, guillemets, typographic quotes and
// dashes, €), at least one a letter, and more letters in the case of their
// neighbours than not ("dÊcembre" counts against). Otherwise it returns dst
// unchanged and 0. Lost bytes are not guessed here.
func otherPageCandidates(s string, a, z int, p func(rune) (byte, bool), dst []mojiCand) ([]mojiCand, int) {
	line := s[:z]
	n0, letters, score := len(dst), 0, 0
	var sq mojiSeq
	for i := a; i < z; {
		if line[i] < utf8.RuneSelf {
			i++
			continue
		}
		sq.read(line, i, z, p)
		if sq.got == 0 {
			i += sq.n
			continue
		}
		c := sq.r
		if sq.got < sq.need || c == utf8.RuneError || !frenchChar(c) {
			return dst[:n0], 0 // a sequence that makes no sense: wrong code page
		}
		score++
		if isLetter(c) {
			letters++
			prev, _ := utf8.DecodeLastRuneInString(line[a:i])
			next, _ := utf8.DecodeRuneInString(line[sq.end:])
			if !isLower(c) && (isLower(prev) || isLower(next)) {
				score -= 3 // a capital inside a lower-case word
			}
		}
		dst = append(dst, mojiCand{start: i, end: sq.end, r: c, grade: gradeStrong})
		i = sq.end
	}
	if len(dst)-n0 < 2 || letters == 0 || score < 2 {
		return dst[:n0], 0
	}
	return dst, score
}

// mojiSeq is what [mojiSeq.read] reads: a lead character and the continuation
// characters after it, as the bytes of a UTF-8 sequence.
type mojiSeq struct {
	n    int  // size of the lead character in the text
	lead byte // the byte the lead character stands for
	c1   byte // the first continuation byte, when got > 0
	need int  // continuation bytes the lead byte announces; 0: not a lead
	got  int  // continuation characters read (at most need)
	end  int  // end of the sequence in the text
	r    rune // the decoded character when got == need, else utf8.RuneError
}

// read reads into sq the sequence that starts at line[i:z] (i < z) through
// the code page p: the lead character at i, and up to the number of
// continuation characters (bytes 0x80..0xBF) that its byte announces. It is
// the one reader of both scanners: lineCandidates (Windows-1252 and
// Latin-1, p = sloppyByte) and otherPageCandidates (the other pages).
func (sq *mojiSeq) read(line string, i, z int, p func(rune) (byte, bool)) {
	r, n := utf8.DecodeRuneInString(line[i:z])
	j := i + n
	lb, ok := p(r)
	need := 0
	if ok {
		need = leadLen(lb)
	}
	var buf [4]byte
	buf[0] = lb
	got := 0
	for got < need && j < z {
		q, m := utf8.DecodeRuneInString(line[j:z])
		if q < utf8.RuneSelf {
			break
		}
		cb, ok := p(q)
		if !ok || cb < 0x80 || cb > 0xBF {
			break
		}
		got++
		buf[got] = cb
		j += m
	}
	c := utf8.RuneError
	if got == need && need > 0 {
		if d, size := utf8.DecodeRune(buf[:need+1]); size == need+1 {
			c = d
		}
	}
	// field by field: a composite literal is built on the stack and
	// copied in 16-byte moves, which stall on its byte-wide stores.
	sq.n, sq.need, sq.got, sq.end, sq.r, sq.lead, sq.c1 = n, need, got, j, c, lb, buf[1]
}

// frenchChar reports whether c is a character of French text that
// mojibake turns into two or three characters.
func frenchChar(c rune) bool {
	if c >= 0xC0 && c <= 0xFF {
		return c != 0xD7 && c != 0xF7 // letters, not × ÷
	}
	switch c {
	case 0xA0, 0x202F, '«', '»', '°', '’', '‘', '“', '”', '–', '—', '…', '€', 'œ', 'Œ', '•':
		return true
	}
	return false
}

// mojiGrade grades a candidate.
type mojiGrade uint8

const (
	gradeNever    mojiGrade = iota
	gradeStrong             // repaired
	gradeWeak               // repaired when the line has a strong candidate
	gradeScript             // Greek, Cyrillic: strong candidate or three of them
	gradeEvidence           // a French extra that needs other evidence
)

// mojiCand is one repair candidate: s[start:end] becomes the decoded
// character r, followed by a space when space is set.
type mojiCand struct {
	start, end int
	r          rune
	space      bool
	grade      mojiGrade
}

// mojibakeLayer undoes one layer of mojibake in every line of s. cands is
// scratch space, returned for reuse.
func mojibakeLayer(s string, cands []mojiCand) (string, []mojiCand) {
	var b strings.Builder
	dirty := false
	last := 0
	for pos := 0; pos < len(s); {
		end := len(s)
		if nl := strings.IndexByte(s[pos:], '\n'); nl >= 0 {
			end = pos + nl
		}
		cands = lineCandidates(s, pos, end, cands[:0])
		if len(cands) == 0 && mayHaveMojibake(s[pos:end]) {
			// No Windows-1252 mojibake in this line: try the other code
			// pages, each all or nothing for the line.
			// The pages agree on most letters but not all ("ĂŠ" is "Ê" in
			// Windows-1250 and "é" in ISO-8859-2): keep the reading with
			// the best score.
			best, bestScore := -1, 0
			for k, p := range otherPages {
				var score int
				if cands, score = otherPageCandidates(s, pos, end, p, cands[:0]); score > bestScore {
					best, bestScore = k, score
				}
			}
			cands = cands[:0]
			if best >= 0 {
				cands, _ = otherPageCandidates(s, pos, end, otherPages[best], cands)
			}
		}
		strong, script := 0, 0
		for _, c := range cands {
			switch c.grade {
			case gradeStrong:
				strong++
			case gradeScript:
				script++
			}
		}
		for _, c := range cands {
			ok := false
			switch c.grade {
			case gradeStrong:
				ok = true
			case gradeWeak, gradeEvidence:
				ok = strong > 0
			case gradeScript:
				ok = strong > 0 || script >= 3
			}
			if !ok {
				continue
			}
			if !dirty {
				dirty = true
				b.Grow(len(s))
			}
			b.WriteString(s[last:c.start])
			b.WriteRune(c.r)
			if c.space {
				b.WriteByte(' ')
			}
			last = c.end
		}
		pos = end + 1
	}
	if !dirty {
		return s, cands
	}
	b.WriteString(s[last:])
	return b.String(), cands
}

// lineCandidates appends the candidates of the line s[a:z] to dst.
func lineCandidates(s string, a, z int, dst []mojiCand) []mojiCand {
	line := s[:z] // candidates never cross the end of the line
	// prev is the character before i, as repaired: the decoded character
	// of a candidate that ends at i, else the character of the line.
	lastEnd, lastRune := -1, rune(-1)
	prevAt := func(i int) rune {
		if i == lastEnd {
			return lastRune
		}
		if i == a {
			return -1
		}
		r, _ := utf8.DecodeLastRuneInString(line[a:i])
		return r
	}
	openQuote := false // a "“" waits for its "”"
	var sq mojiSeq
	for i := a; i < z; {
		// Only 0xC3 starts a lead character; 0xE2 starts the quotes
		// that the lost-byte rule tracks. Skip everything else.
		if i = nextMark(line, i, z); i == z {
			break
		}
		c := line[i]
		if c == 0xE2 {
			r, n := utf8.DecodeRuneInString(line[i:])
			switch r {
			case '“':
				openQuote = true
			case '”':
				openQuote = false
			}
			i += n
			continue
		}
		sq.read(line, i, z, sloppyByte)
		n := sq.n
		if sq.need == 0 {
			i += n
			continue
		}
		lb := sq.lead
		prev := prevAt(i)
		if c := sq.r; c != utf8.RuneError {
			j := sq.end
			next, _ := utf8.DecodeRuneInString(line[j:])
			if j >= z {
				next = -1
			}
			g := gradeDecoded(lb, sq.c1, c, prev, next)
			if g != gradeNever {
				dst = append(dst, mojiCand{start: i, end: j, r: c, grade: g})
				switch c {
				case '“':
					openQuote = true
				case '”':
					openQuote = false
				}
				lastEnd, lastRune = j, c
				i = j
				continue
			}
		}
		// Bytes lost on the way.
		if cand, ok := lostByte(line, i, n, z, lb, prev, openQuote); ok {
			dst = append(dst, cand)
			if cand.r == '”' {
				openQuote = false
			}
			lastEnd = cand.end
			lastRune = cand.r
			if cand.space {
				lastRune = ' '
			}
			i = cand.end
			continue
		}
		i += n
	}
	return dst
}

// gradeDecoded grades the candidate whose lead byte is lb, first
// continuation byte c1, decoding to c, between the characters prev and
// next (-1 at a line edge).
func gradeDecoded(lb, c1 byte, c, prev, next rune) mojiGrade {
	inWord := isLower(prev) || isLower(next)
	switch {
	case lb == 0xC2 || lb == 0xC3:
		// Latin-1. A continuation that is itself a letter (ÃŽ, ÃŠ, Ãœ...)
		// reads like a word in capitals: only in a lower-case word, or
		// with other evidence.
		if c1 >= 0x80 && c1 <= 0x9F && isLetter(cp1252High[c1-0x80]) && !inWord {
			return gradeWeak
		}
		if c == 'à' && isLetter(prev) && !isLower(prev) {
			// "Ã" and a no-break space after a capital: Portuguese "IRMÃ"
			// before a French ":" (mojibake of capitals gives "Ã€" for À).
			return gradeWeak
		}
		return gradeStrong
	case lb == 0xC4 || lb == 0xC5:
		// Latin Extended-A: œ Œ š ł ő... Only next to lower-case letters,
		// or before capitals with other evidence; never after a capital
		// and before punctuation ("Ä»", "Å…" in a word in capitals).
		switch {
		case inWord:
			return gradeStrong
		case isLetter(next):
			return gradeWeak
		}
		return gradeNever
	case lb >= 0xC6 && lb <= 0xC8:
		// Latin Extended-B (ș ț ơ ư): inside a lower-case word only.
		if isLower(prev) && isLetter(c) {
			return gradeWeak
		}
		return gradeNever
	case lb == 0xCC || lb == 0xCD && c < 0x370:
		// Combining marks of decomposed text: "eÌ\u0081" for "é".
		switch {
		case isLower(prev):
			return gradeStrong
		case isLetter(prev):
			return gradeWeak
		}
		return gradeNever
	case lb >= 0xCD && lb <= 0xD3:
		// Greek and Cyrillic.
		if isLetter(c) {
			return gradeScript
		}
		return gradeNever
	case lb == 0xE2:
		switch {
		case c == '™':
			return gradeWeak // "â„¢" alone is left, as ftfy does
		case c >= 0x2000 && c <= 0x27BF:
			return gradeStrong // punctuation, €, arrows, symbols
		}
		return gradeNever
	case lb == 0xEF:
		switch {
		case c == 0xFEFF || c == 0xFFFD:
			return gradeStrong
		case c >= 0xFB00 && c <= 0xFB06 || c >= 0xFF01 && c <= 0xFF5E:
			return gradeWeak
		}
		return gradeNever
	case lb == 0xF0:
		if c >= 0x1F000 && c <= 0x1FAFF {
			return gradeStrong
		}
	}
	return gradeNever
}

// lostByte recognises the French extras, where a byte of the UTF-8
// sequence that starts at line[i:i+n] (lead byte lb) was lost or turned into
// a space. z is the end of the line.
func lostByte(line string, i, n, z int, lb byte, prev rune, openQuote bool) (mojiCand, bool) {
	j := i + n
	switch lb {
	case 0xC3: // "Ã": "à" whose 0xA0 became a space or vanished at the end
		k := j
		for k < z && line[k] == ' ' {
			k++
		}
		spaces := k - j
		var next rune = -1
		if k < z {
			next, _ = utf8.DecodeRuneInString(line[k:])
		}
		switch {
		case spaces == 0 && next == -1:
			if isLower(prev) {
				return mojiCand{start: i, end: j, r: 'à', grade: gradeStrong}, true
			}
		case spaces == 0:
			return mojiCand{}, false
		case isLower(prev):
			// word-final à: voilà, déjà, là
			switch {
			case next == -1:
				return mojiCand{start: i, end: k, r: 'à', grade: gradeStrong}, true
			case spaces == 1 && (next == '.' || next == ',' || next == ')'):
				return mojiCand{start: i, end: k, r: 'à', grade: gradeStrong}, true
			}
			return mojiCand{start: i, end: k, r: 'à', space: true, grade: gradeStrong}, true
		case !isLetter(prev) && (isLetter(next) || isDigit(next)):
			// "à" standing alone before a word or a number
			wl := wordLen(line, k, z)
			switch {
			case spaces >= 2 || wl >= 2:
				return mojiCand{start: i, end: k, r: 'à', space: true, grade: gradeStrong}, true
			case next == 's':
				// Portuguese "às" with its 0xA0 turned into a space
				return mojiCand{start: i, end: k, r: 'à', grade: gradeEvidence}, true
			case isDigit(next):
				// "Ã 10 heures": à before a number, with other evidence
				return mojiCand{start: i, end: k, r: 'à', space: true, grade: gradeEvidence}, true
			}
		}
	case 0xC2: // "Â" + space: a no-break space whose 0xA0 became a space
		if j < z && line[j] == ' ' {
			return mojiCand{start: i, end: j + 1, r: 0xA0, grade: gradeEvidence}, true
		}
	case 0xE2: // "â€" + anything: "”" with its 0x9D byte lost
		if openQuote && strings.HasPrefix(line[j:z], "€") {
			return mojiCand{start: i, end: j + len("€"), r: '”', grade: gradeStrong}, true
		}
	}
	return mojiCand{}, false
}

// wordLen counts the letters of the word that starts at line[k:z].
func wordLen(line string, k, z int) int {
	n := 0
	for k < z {
		r, m := utf8.DecodeRuneInString(line[k:z])
		if !isLetter(r) {
			break
		}
		n++
		k += m
	}
	return n
}

// nextMark returns the offset of the first byte 0xC3 or 0xE2 of line[i:z],
// or z: the bytes that start a lead character of Windows-1252 mojibake, or a
// typographic quote.
func nextMark(line string, i, z int) int {
	for ; i < z; i++ {
		if c := line[i]; c == 0xC3 || c == 0xE2 {
			return i
		}
	}
	return z
}
