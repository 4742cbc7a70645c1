package money

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-go/depeche/internal/text"
)

// How the extractor works: it scans the bytes of each span for candidates
// (a digit, or a word that may end a written amount such as "millions" or
// "dollars"), then lexes a bounded window around the candidate and parses
// it with the small grammar below. Nothing runs over the whole document but
// this linear scan; context (the currency of a currency-less amount, a
// Canadian dispatch) is settled once at the end, from what was found.

const (
	lookbackBytes = 64  // bytes read before a candidate for qualifiers, openers and "BPA"
	changeBytes   = 160 // bytes read before "de X à Y" for a change verb
	maxTermTokens = 24  // tokens a construct may read ahead
	labelBytes    = 4096
	// maxPooledAmounts bounds the results buffer a pooled parser keeps.
	maxPooledAmounts = 4096
)

// found is what the parser keeps beside each amount: the unit it was read
// with (nil when its currency comes from the context).
type found struct {
	def   *unitDef
	paren bool // written in brackets right after another amount: a conversion
	// perBefore is true when the per-unit came from a context before the
	// amount ("BPA de"), which also governs an amount compared with it.
	perBefore bool
	// swiss is true for an amount scaled by "mio" or "mrd": without any
	// currency in the text, a Swiss context makes it CHF.
	swiss bool
}

// parser holds the per-call state of the extractor. It comes from a pool.
type parser struct {
	e         *Extractor
	in        string
	spanStart int
	end       int // end of the span
	lo        int // candidates start at or after lo
	base      int // where the forward tokens start
	toks      []tok
	tokEnd    int // the span end toks were lexed under
	back      []tok
	kb, fb    []byte
	eb, dig   []byte
	t1, t2    term     // the terms of the construct being read
	amts      []Amount // the amounts found; handed to the caller
	found     []found  // beside amts
	perCache  perCache
	overflow  bool
}

var parserPool = sync.Pool{New: func() any {
	return &parser{
		toks: make([]tok, 0, 32), back: make([]tok, 0, 32),
		kb: make([]byte, 0, 64), fb: make([]byte, 0, 128), eb: make([]byte, 0, 128), dig: make([]byte, 0, 64),
	}
}}

func (e *Extractor) getParser(in string) *parser {
	p := parserPool.Get().(*parser)
	p.e, p.in = e, in
	p.overflow = false
	p.toks = p.toks[:0] // lexed in another input
	p.perCache = perCache{}
	return p
}

func (p *parser) release() {
	p.found = p.found[:0]
	// the amounts buffer is kept for the next call unless it grew large;
	// finish copied the results out of it.
	clear(p.amts)
	p.amts = p.amts[:0]
	if cap(p.amts) > maxPooledAmounts {
		p.amts = nil
	}
	p.in, p.e = "", nil
	parserPool.Put(p)
}

// scan finds the amounts of one span, getting a parser on the first
// candidate. It returns the parser (nil when there was no candidate).
func (e *Extractor) scan(p *parser, in string, sp Span) *parser {
	i, end := sp.Start, sp.End
	lo := sp.Start
	for i < end {
		c := in[i]
		if c < utf8.RuneSelf {
			switch {
			case isDigit(c):
				if p == nil {
					p = e.getParser(in)
				}
				p.spanStart, p.end, p.lo = sp.Start, end, lo
				next, nlo := p.tryNumber(i)
				i, lo = next, max(lo, nlo)
				continue
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			default:
				i++
				continue
			}
		}
		// a word: letters, maybe non-ASCII.
		j, ascii := i, true
		for j < end {
			b := in[j]
			if b < utf8.RuneSelf {
				if 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' {
					j++
					continue
				}
				break
			}
			r, n := utf8.DecodeRuneInString(in[j:end])
			if !text.IsLetter(r) {
				break
			}
			ascii = false
			j += n
		}
		if j == i {
			// a non-letter rune.
			_, n := utf8.DecodeRuneInString(in[i:end])
			i += n
			continue
		}
		if e.maybeAnchor(in[i:j], ascii) {
			if p == nil {
				p = e.getParser(in)
			}
			p.spanStart, p.end, p.lo = sp.Start, end, lo
			if next, nlo, ok := p.tryWord(i, j); ok {
				i, lo = next, max(lo, nlo)
				continue
			}
		}
		i = j
	}
	return p
}

// maybeAnchor reports whether w may end a written amount ("dix dollars",
// "cinquante millions"): a cheap length filter, then a key lookup.
func (e *Extractor) maybeAnchor(w string, ascii bool) bool {
	if len(w) < 3 || len(w) > 40 {
		return false
	}
	c := w[0] | 0x20
	if w[0] < 128 {
		if e.anchorLen[c] == 0 {
			return false
		}
		if l := w[len(w)-1] | 0x20; w[len(w)-1] < 128 && 'a' <= l && l <= 'z' && e.anchorEnd[c]&(1<<(l-'a')) == 0 {
			return false
		}
	}
	if ascii {
		n := len(w)
		if n > 31 {
			n = 31
		}
		if e.anchorLen[c]&(1<<n) == 0 {
			return false
		}
		var buf [40]byte
		for i := 0; i < len(w); i++ {
			buf[i] = w[i] | 0x20
		}
		return e.anchor[string(buf[:len(w)])]
	}
	var buf [80]byte
	k := appendKey(buf[:0], w)
	return e.anchor[string(k)]
}

// at returns the k-th token from p.base, lexing on demand.
func (p *parser) at(k int) tok {
	if k < len(p.toks) {
		return p.toks[k]
	}
	return p.lexTo(k)
}

// rebase makes the forward tokens start at start. The tokens already lexed
// from start on, under the same span end, are kept: the previous candidate's
// lookahead is often the next candidate ("12 M€ contre 11 M€"), and the lexer
// is context-free, so lexing them again would give the same tokens, but for
// the first, which always counts as preceded by white space.
func (p *parser) rebase(start int) {
	if p.tokEnd == p.end && len(p.toks) > 0 && p.toks[0].start <= start && p.toks[len(p.toks)-1].start >= start {
		for k, t := range p.toks {
			if t.start > start {
				break
			}
			if t.start == start && t.kind != tEOF {
				n := copy(p.toks, p.toks[k:])
				p.toks = p.toks[:n]
				p.toks[0].space, p.toks[0].nl = true, false
				p.base = start
				return
			}
		}
	}
	p.base, p.toks, p.tokEnd = start, p.toks[:0], p.end
}

// lexTo lexes tokens up to the k-th and returns it (at's slow path, kept
// apart so that at is inlined).
func (p *parser) lexTo(k int) tok {
	for len(p.toks) <= k {
		pos := p.base
		if n := len(p.toks); n > 0 {
			if p.toks[n-1].kind == tEOF {
				return p.toks[n-1]
			}
			pos = p.toks[n-1].end
		}
		if len(p.toks) >= maxTermTokens {
			return tok{start: pos, end: pos, kind: tEOF, dec: -1}
		}
		t := lexAt(p.in, pos, p.end)
		if len(p.toks) == 0 {
			t.space = true
		}
		p.toks = append(p.toks, t)
	}
	return p.toks[k]
}

func (p *parser) text(t tok) string { return p.in[t.start:t.end] }

// keyOf returns the key of a token in p.kb (valid until the next call).
func (p *parser) keyOf(t tok) []byte {
	p.kb = appendKey(p.kb[:0], p.in[t.start:t.end])
	return p.kb
}

func (p *parser) isWord(k int, w string) bool {
	t := p.at(k)
	return t.kind == tWord && string(p.keyOf(t)) == w
}

func (p *parser) isSym(k int, s string) bool {
	t := p.at(k)
	return t.kind == tSym && p.text(t) == s
}

// isConnector reports whether token k is "de" or "d'".
func (p *parser) isConnector(k int) bool {
	t := p.at(k)
	if t.kind != tWord {
		return false
	}
	kb := p.keyOf(t)
	return string(kb) == "de" || string(kb) == "d'"
}

// tryNumber reads a candidate at the digit i. It returns where the scan
// goes on and the new lower bound for candidates.
func (p *parser) tryNumber(i int) (int, int) {
	start := i
	// a sign glued before the digits.
	if i-1 >= p.lo && (p.in[i-1] == '-' || p.in[i-1] == '+') && signContext(p.in, i-1) {
		start = i - 1
	} else if i-3 >= p.lo && p.in[i-3:i] == "\u2212" && signContext(p.in, i-3) {
		start = i - 3
	}
	if start == i && i > p.spanStart {
		switch p.in[i-1] {
		case '%', '#', '&', '=', '_', '\\', '/', '@', '^', '~', '|':
			// "%3E", "#ff0001", "17/05": codes, colours, dates.
			return skipAlnum(p.in, i, p.end), p.lo
		}
	}
	if start == i && afterYearDash(p.in, p.spanStart, i) {
		// "l'exercice 2018-19 à 12,1 milliards": the end of a span of
		// years, not the start of a range.
		return skipAlnum(p.in, i, p.end), p.lo
	}
	if end, skip := quickSkip(p.in, i, p.end); skip {
		return end, p.lo
	}
	prefix, ps, pe := p.prefixUnit(start)
	if prefix == nil && start == i && i > p.spanStart && isAlnumBefore(p.in, i) {
		// glued to a word ("A320", "T21"): not a number of its own.
		return skipAlnum(p.in, i, p.end), p.lo
	}
	p.rebase(start)
	if t := p.at(0); t.kind != tNum {
		return skipAlnum(p.in, i, p.end), p.lo
	}
	end, ok := p.construct(prefix, ps, pe)
	if !ok {
		return max(skipAlnum(p.in, i, p.end), end), p.lo
	}
	return end, end
}

// afterYearDash reports whether the number at i follows a year and a dash
// with no space ("2018-19", "2025-2026").
func afterYearDash(s string, lo, i int) bool {
	if i-5 < lo || s[i-1] != '-' {
		return false
	}
	if i-6 >= lo && isDigit(s[i-6]) {
		return false
	}
	return numericYear(s[i-5 : i-1])
}

// quickSkip tells, from the bytes after the number at i, that it is a
// percentage or a date ("12,5 %", "14 mai"), which need no parsing. It
// returns the end of the number.
func quickSkip(s string, i, end int) (int, bool) {
	j, _ := scanNumber(s, i, end)
	k := j
	for k < end && s[k] == ' ' {
		k++
	}
	if k+1 < end && s[k] == 0xC2 && s[k+1] == 0xA0 {
		k += 2
	} else if k+2 < end && s[k] == 0xE2 && s[k+1] == 0x80 && s[k+2] == 0xAF {
		k += 3
	}
	if k >= end {
		return j, false
	}
	if s[k] == '%' {
		return j, true
	}
	if k == j {
		return j, false
	}
	// a month: "14 mai 2026", "1er janvier"
	w := k
	for w < end && w-k < 10 && (s[w] >= 'a' && s[w] <= 'z' || s[w] >= 0x80) {
		w++
	}
	switch s[k:w] {
	case "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre":
		if w == end || s[w] == ' ' || s[w] == ',' || s[w] == '.' || s[w] == ')' {
			return j, true
		}
	}
	return j, false
}

// tryWord reads a candidate at the anchor word [i, j): it looks back for the
// written number that ends there.
func (p *parser) tryWord(i, j int) (int, int, bool) {
	p.lookback(i)
	b := p.back
	first := len(b) // the anchor itself
	last := len(b)  // the last token taken, "et" and "-" included
	k := len(b) - 1
	// "une dizaine de millions": a connector right before a scale word.
	if k >= 1 && b[k].kind == tWord {
		kb := p.keyOf(b[k])
		if string(kb) == "de" || string(kb) == "d'" {
			if _, ok := p.e.about[string(p.keyOf(b[k-1]))]; ok {
				k--
			} else {
				return 0, 0, false
			}
		}
	}
	for ; k >= 0; k-- {
		t := b[k]
		switch t.kind {
		case tWord:
			kb := p.keyOf(t)
			if _, ok := p.e.numbers[string(kb)]; ok {
				first, last = k, k
				continue
			}
			if _, ok := p.e.about[string(kb)]; ok {
				first, last = k, k
				continue
			}
			if string(kb) == "demi" {
				first, last = k, k
				continue
			}
			if string(kb) == "et" && first < len(b) {
				last = k
				continue
			}
		case tSym:
			if p.text(t) == "-" && last == k+1 && !t.space {
				last = k
				continue
			}
		}
		break
	}
	if first == len(b) || b[first].kind != tWord {
		return 0, 0, false
	}
	// a written range: "dix à douze milliards", "entre deux et trois millions".
	if first >= 2 && b[first-1].kind == tWord {
		if ck := string(p.keyOf(b[first-1])); ck == "a" || ck == "et" {
			j := first - 2
			for j >= 0 && b[j].kind == tWord {
				if _, ok := p.e.numbers[string(p.keyOf(b[j]))]; !ok {
					break
				}
				j--
			}
			if j+1 <= first-2 {
				first = j + 1
			}
		}
	}
	start := b[first].start
	if start < p.lo {
		return 0, 0, false
	}
	p.rebase(start)
	end, ok := p.construct(nil, 0, 0)
	if !ok {
		return 0, 0, false
	}
	return end, end, true
}

// lookback lexes the tokens in a bounded window before pos into p.back.
func (p *parser) lookback(pos int) { p.lookbackN(pos, lookbackBytes) }

// lookbackN lexes the tokens in the n bytes before pos into p.back.
func (p *parser) lookbackN(pos, n int) {
	p.lookbackFrom(max(p.spanStart, pos-n), pos, false)
}

// lookbackFrom lexes the tokens in [from, pos) into p.back; unless aligned
// (from is a clause start), the first partial token is skipped.
func (p *parser) lookbackFrom(from, pos int, aligned bool) {
	p.back = p.back[:0]
	if from > p.spanStart && !aligned {
		// start on a token boundary: after white space.
		for from < pos {
			r, n := utf8.DecodeRuneInString(p.in[from:pos])
			from += n
			if text.IsSpace(r) {
				break
			}
		}
	}
	for i := from; i < pos; {
		t := lexAt(p.in, i, pos)
		if t.kind == tEOF {
			break
		}
		if len(p.back) == cap(p.back) {
			copy(p.back, p.back[1:])
			p.back = p.back[:len(p.back)-1]
		}
		p.back = append(p.back, t)
		i = t.end
	}
}

func isAlnumBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return text.IsLetter(r) || r < utf8.RuneSelf && isDigit(byte(r))
}

// skipAlnum returns the end of the run of letters and digits at i.
func skipAlnum(s string, i, end int) int {
	for i < end {
		c := s[i]
		if c < utf8.RuneSelf {
			if isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				i++
				continue
			}
			if (c == ',' || c == '.') && i+1 < end && isDigit(s[i+1]) {
				i++
				continue
			}
			return i
		}
		r, n := utf8.DecodeRuneInString(s[i:end])
		if !text.IsLetter(r) {
			return i
		}
		i += n
	}
	return i
}

// prefixUnit finds a currency symbol or code written before the number at
// i: "$10", "$ 75", "EUR 20", "USD1,23", "US$ 5", "nzd$15", "£ 8,10".
func (p *parser) prefixUnit(i int) (*unitDef, int, int) {
	j := i
	if j > p.lo {
		r, n := utf8.DecodeLastRuneInString(p.in[:j])
		if r == ' ' || r == 0xA0 || r == 0x202F || r == 0x2009 {
			j -= n
		}
	}
	if j <= p.lo {
		return nil, 0, 0
	}
	r, n := utf8.DecodeLastRuneInString(p.in[p.lo:j])
	if r == utf8.RuneError && n <= 1 {
		return nil, 0, 0
	}
	symEnd := j
	symStart := j
	if !text.IsLetter(r) && !(r < utf8.RuneSelf && isDigit(byte(r))) && !text.IsSpace(r) {
		if r == '.' && j-1 > p.lo && isAlnumBefore(p.in, j-1) {
			// "Fr. 35,50": an abbreviation with its dot.
		} else if r == '.' || r == ',' || r == '(' || r == ')' || r == '-' || r == ':' || r == ';' || r == '/' || r == '%' || r == '+' || r == '=' || r == '"' || r == '\'' || r == '\u2019' || r == '«' || r == '»' {
			return nil, 0, 0
		}
		symStart = j - n
	}
	// letters before (glued to the symbol, or the whole prefix).
	ws := symStart
	for ws > p.lo && ws > symStart-8 {
		r2, n2 := utf8.DecodeLastRuneInString(p.in[:ws])
		if !text.IsLetter(r2) {
			break
		}
		ws -= n2
	}
	if ws > p.lo && isAlnumBefore(p.in, ws) {
		return nil, 0, 0
	}
	if ws == symEnd {
		return nil, 0, 0
	}
	if symStart == symEnd && (p.in[ws] < 'A' || p.in[ws] > 'Z') {
		// a code or abbreviation written before a number starts with a
		// capital ("EUR 20", "Fr. 35"): "de 12", "à 40" need no lookup.
		return nil, 0, 0
	}
	if symEnd == i && symStart == symEnd && (!isUpperWord(p.in[ws:symEnd]) || !openBefore(p.in, ws)) {
		// a word glued to the digits is a code only in capitals and after
		// a space ("USD1,23"), not "ff0001", "p6" or "/DM5".
		return nil, 0, 0
	}
	// try the whole (word + symbol), then the symbol alone, then the word.
	if d := p.lookupUnit(p.in[ws:symEnd]); d != nil && d.kind == kindSymbol {
		return d, ws, symEnd
	}
	if symStart < symEnd && ws < symStart {
		w := p.in[ws:symStart]
		if p.in[symStart:symEnd] == "$" && len(w) == 3 {
			if d := p.lookupUnit(w); d != nil && d.kind == kindSymbol && !d.minor {
				return d, ws, symEnd
			}
		}
		if ws == symStart || isAlnumBefore(p.in, symStart) {
			// "US$" not a unit: the symbol alone must not be glued to a word.
			return nil, 0, 0
		}
	}
	if symStart < symEnd {
		if d := p.lookupUnit(p.in[symStart:symEnd]); d != nil && d.kind == kindSymbol {
			return d, symStart, symEnd
		}
	}
	return nil, 0, 0
}

// openBefore reports whether i follows white space, the start of the text,
// an opening bracket or a quotation mark.
func openBefore(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return text.IsSpace(r) || r == '(' || r == '[' || r == '"' || r == '«' || r == '“' || r == '\''
}

// lookupUnit looks a short form up as a unit (exactly, then folded). The
// form is lexed like a rule form.
func (p *parser) lookupUnit(s string) *unitDef {
	p.eb, p.fb = p.eb[:0], p.fb[:0]
	n := 0
	for i := 0; ; {
		t := lexAt(s, i, len(s))
		if t.kind == tEOF {
			break
		}
		if n > 0 {
			p.eb = append(p.eb, ' ')
			p.fb = append(p.fb, ' ')
		}
		p.eb = append(p.eb, s[t.start:t.end]...)
		p.fb = appendKey(p.fb, s[t.start:t.end])
		n++
		i = t.end
	}
	if d, ok := p.e.exact[string(p.eb)]; ok {
		return d
	}
	if d, ok := p.e.units[string(p.fb)]; ok {
		return d
	}
	return nil
}

// matchUnit finds the longest unit form starting at token k. suffix allows
// the forms that only follow a number directly ("E").
func (p *parser) matchUnit(k int, suffix bool) (*unitDef, int) {
	var best *unitDef
	bestN := 0
	p.eb, p.fb = p.eb[:0], p.fb[:0]
	for m := 0; m < p.e.maxUnit; m++ {
		t := p.at(k + m)
		if t.kind == tEOF || t.kind == tNum || (m > 0 && t.nl) {
			break
		}
		if m > 0 {
			p.eb = append(p.eb, ' ')
			p.fb = append(p.fb, ' ')
		}
		w := p.in[t.start:t.end]
		p.eb = append(p.eb, w...)
		p.fb = appendKey(p.fb, w)
		bounded := p.boundaryAfter(k + m)
		if d, ok := p.e.exact[string(p.eb)]; ok && bounded && (d.kind != kindSuffix || (suffix && m == 0)) {
			best, bestN = d, m+1
		} else if d, ok := p.e.units[string(p.fb)]; ok && bounded && d.kind != kindSuffix {
			best, bestN = d, m+1
		}
		if !p.e.prefixes[string(p.fb)] && !p.e.prefixes[string(p.eb)] {
			break
		}
	}
	return best, bestN
}

// boundaryAfter reports whether token k ends on a boundary: the next token
// is not a word or number glued to it ("9E0H5" is no amount).
func (p *parser) boundaryAfter(k int) bool {
	t, n := p.at(k), p.at(k+1)
	if n.kind == tSym && !n.space && t.kind == tWord && p.text(n) == "-" {
		// "Renault 5 E-Tech", "la 3 E-Sense": a hyphenated name, not a
		// unit ("10 M€-12 M€" goes on with a number).
		if w := p.at(k + 2); w.kind == tWord && !w.space {
			return false
		}
	}
	if n.kind == tEOF || n.space || n.kind == tSym {
		return true
	}
	return t.kind == tSym // "$CAD", "€1000": a symbol may touch a word
}

// gluedUnit splits a word such as "ME", "MdsUSD" or "MMDH" into a scale
// abbreviation and a unit.
func (p *parser) gluedUnit(w string) (*unitDef, int) {
	for _, a := range p.e.abbrList {
		if len(w) <= len(a) || w[:len(a)] != a {
			continue
		}
		rest := w[len(a):]
		if d, ok := p.e.exact[rest]; ok && d.kind != kindName {
			return d, p.e.abbrs[a]
		}
		p.fb = appendKey(p.fb[:0], rest)
		if d, ok := p.e.units[string(p.fb)]; ok && d.kind == kindSymbol && isUpperWord(rest) {
			return d, p.e.abbrs[a]
		}
	}
	return nil, 0
}

func isUpperWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

// isCapitalised reports whether w starts with a capital followed by a
// lower-case letter ("Français", not "CHF" or "FCFA").
func isCapitalised(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || n >= len(w) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(w[n:])
	return unicode.IsLower(r2)
}

func isOrdinal(w string) bool {
	switch w {
	case "e", "er", "re", "ère", "ème", "eme", "ieme", "ième", "è", "nd", "nde", "d", "es", "ers", "èmes", "emes", "iemes", "ièmes":
		return true
	}
	return false
}

// term is one number with its scale and unit.
type term struct {
	start, end         int
	num                tok // the digits (kind tNum); unused when written
	numStart, numEnd   int
	written            bool
	wval               int64
	wexp               int
	onlyUn             bool // the written number is just "un"/"une"
	approx             bool
	scale              int
	scaleWord          bool
	abbr               bool
	half               bool
	unit               *unitDef
	unitStart, unitEnd int
	prefixed           bool
	cents              int64
	hasCents           bool
	deNoun             bool // followed by "de" and a word that is no currency
	pct                bool
	swiss              bool // scaled by "mio" or "mrd" (see finish)
	next               int  // token index after the term
	more               [3]part
	nmore              int
}

// part is a lower part of a compound written number: v × 10^exp.
type part struct {
	v   int64
	exp int
}

// parseTerm reads a term at token k.
func (p *parser) parseTerm(tm *term, k int, prefix *unitDef, ps, pe int) bool {
	*tm = term{}
	t := p.at(k)
	tm.start, tm.numStart = t.start, t.start
	switch t.kind {
	case tNum:
		tm.num = t
		tm.numEnd = t.end
		k++
	case tWord:
		v, ex, approx, onlyUn, n, ok := p.written(k)
		if !ok {
			return false
		}
		tm.written, tm.wval, tm.wexp, tm.approx, tm.onlyUn = true, v, ex, approx, onlyUn
		tm.numEnd = p.lastEnd(k, n)
		k = n
	default:
		return false
	}
	if prefix != nil {
		tm.start, tm.unit, tm.unitStart, tm.unitEnd, tm.prefixed = ps, prefix, ps, pe, true
	}
	afterNum := k
	nt := p.at(k)
	if !tm.written && nt.kind == tWord && !nt.space && isOrdinal(p.text(nt)) {
		return false
	}
	// scale
	if nt.kind == tWord {
		w := p.text(nt)
		if s, ok := p.e.scales[string(p.keyOf(nt))]; ok {
			tm.scale, tm.scaleWord = s, true
			switch string(p.kb) { // the key of nt, just computed
			case "mio", "mrd", "mrds":
				tm.swiss = true
			}
			k++
			if d := p.at(k); d.kind == tSym && !d.space && nt.end-nt.start <= 4 && p.text(d) == "." {
				// "12 Mio. CHF": an abbreviated scale word with its dot.
				if u, _ := p.matchUnit(k+1, false); u != nil {
					k++
				}
			}
			if p.isWord(k, "et") && p.isWord(k+1, "demi") {
				tm.half = true
				k += 2
			} else if tm.written {
				k = p.writtenRest(tm, k)
			}
		} else if s, ok := p.e.abbrs[w]; ok && !tm.written {
			tm.scale, tm.abbr = s, true
			k++
		} else if d, s := p.gluedUnit(w); d != nil && !tm.written && tm.unit == nil {
			tm.scale, tm.unit, tm.unitStart, tm.unitEnd = s, d, nt.start, nt.end
			k++
		}
	} else if tm.written && tm.wexp < 0 {
		// "un demi" needs a scale word.
		return false
	}
	if tm.written && tm.wexp < 0 && !tm.scaleWord {
		return false
	}
	// unit after the number
	if tm.unit == nil {
		j := k
		conn := false
		if (tm.scale > 0 || tm.approx || !tm.written && bigInteger(p.in, tm.num)) && p.isConnector(j) {
			j++
			conn = true
		}
		glued := !p.at(j).space
		if d, n := p.matchUnit(j, !conn && j == afterNum && !tm.written && (glued || true)); d != nil {
			tm.unit = d
			tm.unitStart, tm.unitEnd = p.at(j).start, p.at(j+n-1).end
			k = j + n
		} else if conn {
			// "12 millions d'actions" counts shares; "1,3 milliards de
			// pertes" is money.
			w := p.at(j)
			// "1,2 million de ses propres actions", "3 millions de
			// nouveaux clients": determiners and adjectives on the way.
			for m := 0; m < 2 && w.kind == tWord && countModifier(string(p.keyOf(w))); m++ {
				j++
				w = p.at(j)
			}
			if w.kind == tWord && (p.e.counts[string(p.keyOf(w))] || isCapitalised(p.text(w))) {
				// a capitalised noun counts people: "10 millions de
				// Français", "2 millions d'Américains".
				tm.deNoun = true
			}
		}
	}
	if tm.abbr && tm.unit == nil {
		return false
	}
	if tm.abbr && !tm.prefixed && tm.unitStart > p.at(k-1).end {
		return false
	}
	// percentages and points
	if pt := p.at(k); pt.kind == tSym && p.text(pt) == "%" || pt.kind == tWord && p.isPercentWord(k) {
		tm.pct = true
	}
	// "15 dollars et 15 cents", "1 USD 23 cents", "15 dollars 50."
	if tm.unit != nil && !tm.unit.minor && !tm.prefixed && tm.scale == 0 {
		k = p.cents(tm, k)
	}
	if tm.onlyUn && !tm.scaleWord && !tm.hasCents && !p.unAmount(tm, k) {
		// "un euro fort", "le dollar" : an article, not a number.
		return false
	}
	tm.end = p.lastEnd(0, k)
	if tm.unit != nil && tm.unitEnd > tm.end {
		tm.end = tm.unitEnd
	}
	if tm.prefixed && tm.end < tm.numEnd {
		tm.end = tm.numEnd
	}
	tm.next = k
	return true
}

// lastEnd returns the end of the token before index n (or of token k).
func (p *parser) lastEnd(k, n int) int {
	if n > k {
		return p.at(n - 1).end
	}
	return p.at(k).start
}

func (p *parser) isPercentWord(k int) bool {
	kb := string(p.keyOf(p.at(k)))
	switch kb {
	case "points", "point", "pts", "pt", "pb", "pdb", "bp":
		return true
	case "pour":
		return p.isWord(k+1, "cent")
	}
	return false
}

// cents reads the minor part after a major unit: "et 23 centimes", "23
// cents", or a bare two-digit number at the end of a clause after a name
// ("15 dollars 50.").
func (p *parser) cents(tm *term, k int) int {
	j := k
	if p.isWord(j, "et") {
		j++
	}
	t := p.at(j)
	var v int64
	n := j
	switch t.kind {
	case tNum:
		if t.dec >= 0 || t.sign != 0 || t.end-t.start > 2 {
			return k
		}
		v = int64(p.in[t.start] - '0')
		if t.end-t.start == 2 {
			v = v*10 + int64(p.in[t.start+1]-'0')
		}
		n = j + 1
	case tWord:
		wv, ex, approx, _, m, ok := p.written(j)
		if !ok || ex != 0 || wv >= 100 || approx {
			return k
		}
		v, n = wv, m
	default:
		return k
	}
	if d, m := p.matchUnit(n, false); d != nil && d.minor {
		tm.cents, tm.hasCents = v, true
		return n + m
	}
	// a bare two-digit number after a written name, at the end of a clause.
	if (t.kind == tNum && t.end-t.start == 2 || t.kind == tWord && v >= 10) && j == k && tm.unit.kind == kindName {
		after := p.at(n)
		if after.kind == tEOF || after.kind == tSym && (p.text(after) == "." || p.text(after) == "," || p.text(after) == ";" || p.text(after) == ")") {
			tm.cents, tm.hasCents = v, true
			return n
		}
	}
	return k
}

// countModifier reports whether w may stand between "millions de" and a
// counted noun: a possessive or demonstrative, or an adjective that comes
// before the noun.
func countModifier(w string) bool {
	switch w {
	case "ses", "leurs", "nos", "vos", "mes", "tes", "ces", "propres", "nouvelles", "nouveaux",
		"anciennes", "anciens", "autres", "premiers", "premieres", "jeunes", "petits", "petites":
		return true
	}
	return false
}

// unAmount reports whether "un euro" (the term tm, k the token after it) is
// one unit of money rather than the article of a currency's name ("un euro
// fort", "un dollar plus faible"): a per-unit follows ("un euro par
// action"), or a preposition comes before ("un dividende d'un euro", "cédé
// pour un euro symbolique") and no word about the currency itself follows.
func (p *parser) unAmount(tm *term, k int) bool {
	if tm.unit == nil {
		return false
	}
	if p.perAfter(k) != "" {
		return true
	}
	before := p.in[max(p.spanStart, tm.start-4):tm.start]
	if !strings.HasSuffix(before, "d'") && !strings.HasSuffix(before, "d’") {
		switch string(p.prevWordKey(tm.start)) {
		case "de", "a":
		case "pour", "contre":
			// "156,40 yens pour un dollar", "1,08 contre un euro": a rate.
			p.lookbackN(tm.start, 48)
			b := p.back
			if n := len(b); n >= 2 && (b[n-2].kind == tNum || n >= 3 && b[n-2].kind == tWord && b[n-3].kind == tNum) {
				return false
			}
		default:
			return false
		}
	}
	if n := p.at(k); n.kind == tWord {
		switch string(p.keyOf(n)) {
		case "fort", "forte", "forts", "faible", "faibles", "numerique", "digital", "plus", "moins", "cher", "stable", "europeen":
			return false
		}
	}
	return true
}

// written reads a written number at token k: "cinquante", "quatre-vingt-dix",
// "soixante et onze", "deux cents", "une dizaine", "un demi". It returns the
// value as v × 10^exp and the index of the token after it.
func (p *parser) written(k int) (v int64, exp int, approx, onlyUn bool, n int, ok bool) {
	var total, cur int64
	words := 0
	onlyUn = true
loop:
	for words < 12 {
		t := p.at(k)
		if t.kind != tWord {
			break
		}
		kb := p.keyOf(t)
		if words > 0 && string(kb) == "et" {
			nx := p.at(k + 1)
			if nx.kind == tWord {
				nk := string(p.keyOf(nx))
				if nk == "un" || nk == "une" || nk == "onze" {
					k++
					continue
				}
			}
			break
		}
		if a, isAbout := p.e.about[string(kb)]; isAbout && (words == 0 || words == 1 && total == 0 && cur == 1) {
			cur, approx = int64(a), true
			words++
			onlyUn = false
			k++
			if p.isConnector(k) {
				if nx := p.at(k + 1); nx.kind == tWord {
					if _, sc := p.e.scales[string(p.keyOf(nx))]; sc {
						k++
					}
				}
			}
			break
		}
		if string(kb) == "demi" && (words == 0 || words == 1 && total == 0 && cur == 1) {
			k++
			if p.isSym(k, "-") && !p.at(k).space {
				k++
			}
			return 5, -1, false, false, k, true
		}
		nv, isNum := p.e.numbers[string(kb)]
		if !isNum {
			break
		}
		switch {
		case nv == 100:
			if words > 0 && !p.numberFollows(k+1) {
				break loop
			}
			if cur == 0 {
				cur = 1
			}
			cur *= 100
		case nv == 1000:
			if cur == 0 {
				cur = 1
			}
			total += cur * 1000
			cur = 0
		case nv == 20 && cur%100 == 4:
			cur += 76
		default:
			cur += int64(nv)
		}
		if s := string(kb); s != "un" && s != "une" {
			onlyUn = false
		}
		words++
		k++
		if total > 1e12 || cur > 1e12 {
			return 0, 0, false, false, 0, false
		}
		if h := p.at(k); h.kind == tSym && p.text(h) == "-" && !h.space {
			if nx := p.at(k + 1); nx.kind == tWord && !nx.space {
				nk := string(p.keyOf(nx))
				if _, isN := p.e.numbers[nk]; isN || nk == "demi" {
					k++
				} else if nk == "et" && p.isSym(k+2, "-") {
					// "soixante-et-onze", "vingt-et-un"
					if w := p.at(k + 3); w.kind == tWord && !w.space {
						wk := string(p.keyOf(w))
						if wk == "un" || wk == "une" || wk == "onze" {
							k += 3
						}
					}
				}
			}
		}
	}
	if words == 0 {
		return 0, 0, false, false, 0, false
	}
	return total + cur, 0, approx, onlyUn, k, true
}

// writtenRest reads the lower part of a compound written number after its
// scale word: "un million cent mille", "trois millions deux cent mille".
func (p *parser) writtenRest(tm *term, k int) int {
	for tm.nmore < len(tm.more) {
		if p.at(k).kind != tWord {
			return k
		}
		v, ex, approx, _, n, ok := p.written(k)
		if !ok || ex != 0 || approx {
			return k
		}
		sc := 0
		if t := p.at(n); t.kind == tWord {
			if s, isScale := p.e.scales[string(p.keyOf(t))]; isScale {
				sc = s
			}
		}
		last := tm.scale
		if tm.nmore > 0 {
			last = tm.more[tm.nmore-1].exp
		}
		if sc >= last {
			return k
		}
		if sc == 0 {
			// the units must be followed by a currency name.
			if d, _ := p.matchUnit(n, false); d == nil {
				return k
			}
		} else {
			n++
		}
		tm.more[tm.nmore] = part{v: v, exp: sc}
		tm.nmore++
		tm.numEnd = p.at(n - 1).end
		k = n
		if sc == 0 {
			return k
		}
	}
	return k
}

// numberFollows reports whether token k continues a written amount: a
// number word, a scale word, a currency name or "de".
func (p *parser) numberFollows(k int) bool {
	t := p.at(k)
	if t.kind != tWord {
		return false
	}
	kb := p.keyOf(t)
	if _, ok := p.e.numbers[string(kb)]; ok {
		return true
	}
	if _, ok := p.e.scales[string(kb)]; ok {
		return true
	}
	if string(kb) == "de" || string(kb) == "d'" {
		return true
	}
	d, _ := p.matchUnit(k, false)
	return d != nil
}

// bigInteger reports whether the number token is an integer of a million
// or more ("1 000 000 d'euros").
func bigInteger(s string, t tok) bool {
	if t.dec >= 0 {
		return false
	}
	n := 0
	for i := t.start; i < t.end; i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n >= 7
}

// yearLike reports whether a bare term looks like a year.
func (p *parser) yearLike(t *term) bool {
	if t.written || t.unit != nil || t.scale != 0 || t.num.dec >= 0 || t.num.sign != 0 {
		return false
	}
	s := p.in[t.num.start:t.num.end]
	if len(s) != 4 {
		return false
	}
	y := int(s[0]-'0')*1000 + int(s[1]-'0')*100 + int(s[2]-'0')*10 + int(s[3]-'0')
	return y >= 1900 && y <= 2100
}

// construct parses the amount, range, change or list that starts at token
// 0. It returns where the scan goes on and whether anything was consumed as
// an amount (or a conversion note).
func (p *parser) construct(prefix *unitDef, ps, pe int) (int, bool) {
	t1 := &p.t1
	if !p.parseTerm(t1, 0, prefix, ps, pe) {
		return p.at(0).end, false
	}
	k := t1.next
	c := p.at(k)
	// a conversion note: "1 euro = 1,08 dollar", "(1 $ = 0,9782 euro)".
	if c.kind == tSym && p.text(c) == "=" && t1.unit != nil {
		end := c.end
		if t2 := &p.t2; p.parseTerm(t2, k+1, nil, 0, 0) {
			end = t2.end
		}
		return end, true
	}
	if !t1.pct && c.kind != tEOF {
		conn := ""
		switch {
		case c.kind == tWord:
			switch string(p.keyOf(c)) {
			case "a":
				if p.text(c) != "a" && p.text(c) != "A" {
					conn = "à"
				}
			case "et":
				conn = "et"
			}
		case c.kind == tSym:
			switch p.text(c) {
			case "-", "–", "—", "\u2011", "\u2010":
				conn = "-"
			}
		}
		if conn != "" {
			if t2 := &p.t2; p.parseTerm(t2, k+1, nil, 0, 0) && !t2.pct && (t2.unit != nil || t2.scaleWord) &&
				!p.yearLike(t1) && !p.yearLike(t2) && !t2.deNoun {
				if end, done := p.pair(t1, t2, conn); done {
					return end, true
				}
			}
		}
	}
	return p.single(t1)
}

// pair handles two terms joined by "à", "et" or a dash.
func (p *parser) pair(t1, t2 *term, conn string) (int, bool) {
	p.lookback(t1.start)
	opener := ""
	openStart := t1.start
	if n := len(p.back); n > 0 && p.back[n-1].kind == tWord {
		switch string(p.keyOf(p.back[n-1])) {
		case "entre":
			opener, openStart = "entre", p.back[n-1].start
		case "de", "d'", "du":
			opener, openStart = "de", p.back[n-1].start
		}
	}
	isRange, isTwo := false, false
	switch conn {
	case "et":
		if opener == "entre" {
			isRange = true
		} else if t1.unit == nil && t2.unit != nil {
			isTwo = true
		}
	case "à":
		switch {
		case opener == "de" && p.changeBeforePos(openStart):
			isTwo = true
		case opener != "" || t1.unit == nil:
			isRange = true
		}
	case "-":
		isRange = true
	}
	if !isRange && !isTwo {
		return 0, false
	}
	if t1.deNoun {
		return 0, false
	}
	inherited := false
	if t1.unit == nil {
		if t2.unit == nil && !t2.scaleWord {
			return 0, false
		}
		if t1.scale == 0 {
			t1.scale, t1.scaleWord, t1.half = t2.scale, t2.scaleWord, false
		}
		inherited = t2.unit != nil
	}
	approx, qual := p.qualifier(openStart)
	per := p.perAfter(t2.next)
	fromBefore := false
	if per == "" {
		per = p.perBefore()
		fromBefore = per != ""
	}
	if isRange {
		a, def, ok := p.amount(t1, t1.start, t2.end)
		mx, ok2 := p.value(t2)
		if !ok || !ok2 {
			return t2.end, true
		}
		a.Min, a.Max = a.Value, mx
		a.Value = Decimal{}
		a.Range = true
		if def == nil {
			def = t2.unit
			a.Unit = Span{Start: t2.unitStart, End: t2.unitEnd}
		}
		a.Approx = approx || t1.approx || t2.approx
		a.Qualifier, a.Per = qual, per
		p.add(a, def, t2.unit != nil || t1.unit != nil)
		p.found[len(p.found)-1].swiss = t2.swiss
		p.found[len(p.found)-1].perBefore = fromBefore
		return t2.end, true
	}
	a1, def1, ok1 := p.amount(t1, t1.start, t1.end)
	if ok1 {
		if def1 == nil && inherited {
			def1 = t2.unit
		}
		a1.Approx = approx || t1.approx
		a1.Qualifier = qual
		a1.Per = per
		p.add(a1, def1, true)
		p.found[len(p.found)-1].swiss = t2.swiss
	}
	a2, def2, ok2 := p.amount(t2, t2.start, t2.end)
	if ok2 {
		a2.Approx = t2.approx
		a2.Per = per
		p.add(a2, def2, t2.unit != nil)
		p.found[len(p.found)-1].swiss = t2.swiss
		p.found[len(p.found)-1].perBefore = fromBefore
	}
	return t2.end, true
}

// single handles one term.
func (p *parser) single(t *term) (int, bool) {
	cell := false
	var label labelUnit
	if t.unit == nil {
		if t.pct || t.deNoun || t.abbr {
			return t.end, false
		}
		if !(t.scaleWord && t.scale >= 6) {
			if t.scale != 0 || t.written || t.num.sign == '+' {
				return t.end, false
			}
			var ok bool
			if p.yearLike(t) {
				return t.end, false
			}
			if label, ok = p.cellLabel(t); !ok {
				return t.end, false
			}
			cell = true
			t.scale, t.unit = label.scale, label.unit
		}
	}
	a, def, ok := p.amount(t, t.start, t.end)
	if !ok {
		return t.end, true
	}
	// the window before the amount is lexed only when a qualifier may end
	// there or a per-share context is in sight: most amounts need neither.
	p.back = p.back[:0]
	if pk := p.prevWordKey(t.start); p.e.qualEnd[string(lastPart(pk))] || isArticle(pk) {
		p.lookbackN(t.start, p.e.qualBytes)
	}
	approx, qual := p.qualifier(t.start)
	a.Approx = approx || t.approx
	a.Qualifier = qual
	fromBefore := false
	if cell {
		a.Unit = Span{}
		a.Per = label.per
	} else {
		a.Per = p.perAfter(t.next)
		if a.Per == "" {
			if from, ok := p.perContext(t.start); ok {
				p.lookbackFrom(from, t.start, from > max(p.spanStart, t.start-lookbackBytes))
				a.Per = p.perBefore()
				fromBefore = a.Per != ""
			}
		}
	}
	p.add(a, def, def != nil)
	p.found[len(p.found)-1].swiss = t.swiss
	p.found[len(p.found)-1].perBefore = fromBefore
	return t.end, true
}

// add records an amount. With hasUnit false its currency comes from the
// context.
func (p *parser) add(a Amount, def *unitDef, hasUnit bool) {
	if !hasUnit {
		def = nil
	}
	if def != nil {
		if def.family == "" {
			a.Code = def.code
		} else {
			a.Ambiguous = true
		}
	}
	if len(p.amts) == cap(p.amts) {
		// double: append grows large slices by a quarter, which copies an
		// amount-dense input's results many times over.
		n := max(32, 2*cap(p.amts))
		if l := len(p.amts); l >= 256 && a.End > 0 {
			// size for the whole input from the density so far, so that an
			// amount-dense input is copied once or twice, not at every
			// doubling; at most 16 times the current size, in case the
			// density falls.
			est := int(int64(l) * int64(len(p.in)) / int64(a.End))
			est = min(est+est/8+16, 16*l)
			n = max(n, est)
		}
		grown := make([]Amount, len(p.amts), n)
		copy(grown, p.amts)
		p.amts = grown
	}
	p.amts = append(p.amts, a)
	p.found = append(p.found, found{def: def, paren: p.parenBefore(a.Start)})
}

// prevWordKey returns the key of the word (or the one symbol) right before
// pos, in p.kb: a cheap test before reading a whole window back.
func (p *parser) prevWordKey(pos int) []byte {
	i := pos
	for i > p.spanStart {
		r, n := utf8.DecodeLastRuneInString(p.in[p.spanStart:i])
		if !text.IsSpace(r) {
			break
		}
		i -= n
	}
	j := i
	for j > p.spanStart && i-j < 24 {
		r, n := utf8.DecodeLastRuneInString(p.in[p.spanStart:j])
		if !text.IsLetter(r) {
			if j == i && r != utf8.RuneError {
				j -= n // one symbol
			}
			break
		}
		j -= n
	}
	p.kb = appendKey(p.kb[:0], p.in[j:i])
	return p.kb
}

// parenBefore reports whether an opening bracket comes right before pos.
func (p *parser) parenBefore(pos int) bool {
	for pos > p.spanStart {
		r, n := utf8.DecodeLastRuneInString(p.in[:pos])
		if text.IsSpace(r) {
			pos -= n
			continue
		}
		return r == '(' || r == '['
	}
	return false
}

// amount builds the Amount of a term, with text [start, end).
func (p *parser) amount(t *term, start, end int) (Amount, *unitDef, bool) {
	v, ok := p.value(t)
	if !ok {
		p.overflow = true
		return Amount{}, nil, false
	}
	a := Amount{
		Text: p.in[start:end], Start: start, End: end, Value: v,
		Number: Span{Start: t.numStart, End: t.numEnd},
	}
	if t.unit != nil {
		a.Unit = Span{Start: t.unitStart, End: t.unitEnd}
	}
	return a, t.unit, true
}

// value computes the exact value of a term in the major unit.
func (p *parser) value(t *term) (Decimal, bool) {
	var d Decimal
	var ok bool
	if t.written {
		d, ok = decimalFromInt(t.wval, t.wexp)
	} else {
		var ex int
		p.dig, ex = numberDigits(p.dig[:0], p.in, t.num)
		d, ok = makeDecimal(t.num.sign == '-', p.dig, ex)
	}
	if !ok {
		return Decimal{}, false
	}
	if t.scale != 0 {
		if d, ok = d.shift(t.scale); !ok {
			return Decimal{}, false
		}
		if t.half {
			h, _ := decimalFromInt(5, t.scale-1)
			if d.neg {
				h = h.Neg()
			}
			if d, ok = d.add(h); !ok {
				return Decimal{}, false
			}
		}
	}
	for _, m := range t.more[:t.nmore] {
		x, _ := decimalFromInt(m.v, m.exp)
		if d, ok = d.add(x); !ok {
			return Decimal{}, false
		}
	}
	if t.unit != nil && t.unit.minor {
		if d, ok = d.shift(-2); !ok {
			return Decimal{}, false
		}
	}
	if t.hasCents {
		c, _ := decimalFromInt(t.cents, -2)
		if d.neg {
			c = c.Neg()
		}
		if d, ok = d.add(c); !ok {
			return Decimal{}, false
		}
	}
	return d, true
}

// qualifier reads a hedge or bound right before pos (p.back holds the
// tokens before pos): "environ", "plus de", "dépassant les", "au-delà des",
// "sous la barre des".
func (p *parser) qualifier(pos int) (bool, string) {
	b := p.back
	for len(b) > 0 && b[len(b)-1].start >= pos {
		b = b[:len(b)-1]
	}
	if ok, approx, q := p.matchQual(b, false); ok {
		if q == "plus que" && p.negatedBefore(b, 2) {
			return false, "" // "il n'en vaut plus que 60 M€": only, not more than
		}
		return approx, q
	}
	if n := len(b); n > 1 && b[n-1].kind == tWord {
		switch string(p.keyOf(b[n-1])) {
		case "les", "le", "la", "l'":
			if ok, approx, q := p.matchQual(b[:n-1], false); ok {
				return approx, q
			}
		case "des", "du":
			// "des" is "de les": "au-delà des 10 milliards".
			if ok, approx, q := p.matchQual(b, true); ok {
				return approx, q
			}
		}
	}
	return false, ""
}

// negatedBefore reports whether "ne" or "n'" comes in the four tokens
// before the last skip tokens of b (the qualifier's).
func (p *parser) negatedBefore(b []tok, skip int) bool {
	end := len(b) - skip
	for i := end - 1; i >= 0 && i >= end-4; i-- {
		if b[i].kind == tWord {
			switch string(p.keyOf(b[i])) {
			case "ne", "n'":
				return true
			}
		}
	}
	return false
}

// matchQual matches the longest qualifier phrase that ends b. With de, the
// last token of b ("des", "du") is read as "de".
func (p *parser) matchQual(b []tok, de bool) (ok, approx bool, q string) {
	n := len(b)
	last := n
	if de {
		last = n - 1
	}
	if last < 1 || !de && !p.e.qualEnd[string(lastPart(p.keyOf(b[n-1])))] {
		// no qualifier ends with this word: no need to build the keys.
		return false, false, ""
	}
	for m := min(p.e.maxQual+1, last); m >= 1; m-- {
		s, e := b[last-m].start, b[last-1].end
		p.kb = appendKey(p.kb[:0], p.in[s:e])
		if de {
			p.kb = append(p.kb, " de"...)
		}
		if k, found := p.e.quals[string(p.kb)]; found {
			if k == qualApprox {
				return true, true, ""
			}
			return true, false, normQual(p.in[s:b[n-1].end])
		}
	}
	return false, false, ""
}

// lastPart returns the part of a key after its last hyphen or inner
// apostrophe ("dela" for "au-dela", "a" for "jusqu'a"), as the qualifier
// ends are stored.
func lastPart(k []byte) []byte {
	for i := len(k) - 2; i >= 0; i-- {
		if k[i] == '-' || k[i] == '\'' || k[i] == ' ' {
			return k[i+1:]
		}
	}
	return k
}

// normQual writes a qualifier in lower case with a straight apostrophe
// ("Plus de" is "plus de", "jusqu’à" "jusqu'à"); it allocates only when
// the text changes.
func normQual(s string) string {
	clean := true
	for _, r := range s {
		if unicode.IsUpper(r) || r == '\u2019' || r == '\u00a0' || r == '\u202f' || r == '\n' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\u2019':
			r = '\''
		case r == '\u00a0' || r == '\u202f' || r == '\n' || r == '\r':
			r = ' '
		}
		sb.WriteRune(unicode.ToLower(r))
	}
	return sb.String()
}

// changeBeforePos reports whether a change verb comes shortly before pos.
// It reads a longer window into p.back.
func (p *parser) changeBeforePos(pos int) bool {
	p.lookbackN(pos, changeBytes)
	ok := p.changeBefore(len(p.back))
	return ok
}

// changeBefore reports whether a change verb ("relevé", "abaisse") comes
// shortly before p.back[k] in the same sentence.
func (p *parser) changeBefore(k int) bool {
	for i := k - 1; i >= 0 && i >= k-16; i-- {
		t := p.back[i]
		if t.kind == tSym {
			s := p.text(t)
			if s == "." || s == ";" || s == "!" || s == "?" {
				return false
			}
			continue
		}
		if t.kind != tWord {
			continue
		}
		kb := p.keyOf(t)
		for _, st := range p.e.changes {
			if len(kb) >= len(st) && string(kb[:len(st)]) == st {
				return true
			}
		}
	}
	return false
}

// perAfter reads a per-unit after token k: "par action", "/b", "le MWh",
// "une part".
func (p *parser) perAfter(k int) string {
	t := p.at(k)
	if t.kind == tWord {
		switch string(p.keyOf(t)) {
		case "brut", "bruts", "net", "nets", "ht", "ttc", "hors", "plus", "supplementaire", "supplementaires":
			// "0,35 euro brut par action", "50 cents plus par baril",
			// "2 euros supplémentaires par titre"
			k++
			t = p.at(k)
		case "de", "en":
			if n := p.at(k + 1); n.kind == tWord && string(p.keyOf(n)) == "plus" {
				k += 2 // "50 cents de plus par baril"
				t = p.at(k)
			}
		}
	}
	switch t.kind {
	case tSym:
		if p.text(t) == "/" {
			if w := p.at(k + 1); w.kind == tWord && !w.space {
				if s, ok := p.e.pers[string(p.keyOf(w))]; ok {
					return s
				}
				if s, ok := p.e.pers[p.text(w)]; ok {
					return s
				}
			}
		}
	case tWord:
		kb := string(p.keyOf(t))
		switch kb {
		case "annuel", "annuels", "annuelle", "annuelles":
			// "25 millions annuels"
			return "an"
		case "mensuel", "mensuels", "mensuelle", "mensuelles":
			return "mois"
		}
		w := p.at(k + 1)
		if w.kind != tWord {
			return ""
		}
		switch kb {
		case "par":
			wk := string(p.keyOf(w))
			if s, ok := p.e.pers[wk]; ok {
				return s
			}
			if notPer(wk) || isCapitalised(p.text(w)) || isUpperWord(p.text(w)) {
				// "par rapport à l'an passé", "par ailleurs", "par Apple",
				// "par UBS": a known unit in capitals ("par MWh", "par
				// ADR") is found above.
				return ""
			}
			return p.text(w)
		case "le", "la", "l'":
			if s, ok := p.e.pers[string(p.keyOf(w))]; ok {
				if s == "an" || timeUnit(s) && p.timeAdjective(k+2) {
					// "l'an dernier", "l'année précédente", "le mois
					// prochain": time adverbs, not per-unit.
					return ""
				}
				return s
			}
		case "un", "une":
			// "à 1015 francs une part", not "un an plus tôt".
			if s, ok := p.e.pers[string(p.keyOf(w))]; ok && !timeUnit(s) && s != "an" {
				return s
			}
		}
	}
	return ""
}

// timeUnit reports whether a per-unit is a span of time.
func timeUnit(s string) bool {
	switch s {
	case "an", "mois", "jour", "heure", "semaine", "trimestre", "nuit", "semestre":
		return true
	}
	return false
}

// timeAdjective reports whether token k makes a time adverb of the time
// noun before it: "dernier", "passé", "précédent", "prochain", "suivant".
func (p *parser) timeAdjective(k int) bool {
	t := p.at(k)
	if t.kind != tWord {
		return false
	}
	switch string(p.keyOf(t)) {
	case "dernier", "derniere", "passe", "passee", "precedent", "precedente", "prochain", "prochaine",
		"suivant", "suivante", "ecoule", "ecoulee", "auparavant", "precedant", "meme", "plus", "d'avant", "avant", "en":
		return true
	}
	return false
}

// notPer reports whether the word after "par" starts another phrase than a
// per-unit ("par rapport", "par ailleurs", "par la voie").
func notPer(k string) bool {
	switch k {
	case "rapport", "ailleurs", "exemple", "contre", "consequent", "suite", "voie", "ce", "cet", "cette", "ces",
		"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "son", "sa", "ses", "leur", "leurs",
		"mon", "ma", "mes", "notre", "nos", "votre", "vos", "lui", "elle", "eux", "rapports", "comparaison",
		"defaut", "hasard", "ricochet", "contrecoup", "avance", "anticipation", "cons":
		return true
	}
	return false
}

// isArticle reports whether k is an article that may follow a qualifier
// ("dépassant les", "au-delà des").
func isArticle(k []byte) bool {
	switch string(k) {
	case "les", "le", "la", "l'", "des", "du":
		return true
	}
	return false
}

// perContext is a cheap test before perBefore: the bytes of the clause
// before pos hold "BPA", "action" or "titre", or the amount just found took
// its per-unit from such a context and ends in this clause. It returns where
// the clause (or the window) starts.
func (p *parser) perContext(pos int) (int, bool) {
	lim := max(p.spanStart, pos-lookbackBytes)
	// the amounts of a clause or a table row share its context ("BPA :
	// 4,12 € (3,80 € en 2024)"): what was found for the last amount is kept
	// and only the bytes read since are searched.
	const overlap = len("action") - 1 // a word may straddle the last position
	var from int
	var has bool
	c := &p.perCache
	switch {
	case !c.ok || c.pos > pos:
		from = clauseStart(p.in, lim, pos)
		has = perWords(p.in[from:pos])
	default:
		lo := max(c.pos-1, lim)
		switch f := clauseStart(p.in, lo, pos); {
		case f != lo: // a new clause since the last amount
			from = f
			has = perWords(p.in[from:pos])
		case c.from >= lim: // the same clause
			from = c.from
			has = c.has || perWords(p.in[max(from, c.pos-overlap):pos])
		case !c.has: // the same clause, whose start left the window: still nothing before
			from = lim
			has = perWords(p.in[max(from, c.pos-overlap):pos])
		default:
			from = lim
			has = perWords(p.in[from:pos])
		}
	}
	*c = perCache{ok: true, from: from, pos: pos, has: has}
	if n := len(p.amts); n > 0 && p.found[n-1].perBefore && p.amts[n-1].End >= from {
		return from, true
	}
	return from, has
}

// perCache remembers what perContext found in the clause of the last
// amount.
type perCache struct {
	ok   bool
	from int
	pos  int
	has  bool
}

// perWords reports whether w holds "bpa", "action" or "titre", in any case.
func perWords(w string) bool {
	for i := 0; i+3 <= len(w); i++ {
		switch w[i] | 0x20 {
		case 'b':
			if w[i+1]|0x20 == 'p' && w[i+2]|0x20 == 'a' {
				return true
			}
		case 'c':
			if i+5 <= len(w) && w[i+1]|0x20 == 't' && w[i+2]|0x20 == 'i' && w[i+3]|0x20 == 'o' && w[i+4]|0x20 == 'n' {
				return true
			}
		case 'i':
			if i+4 <= len(w) && w[i+1]|0x20 == 't' && w[i+2]|0x20 == 'r' && w[i+3]|0x20 == 'e' {
				return true
			}
		}
	}
	return false
}

// clauseStart returns where the clause holding pos starts, looking back no
// further than from: after ";", after ". " (or "!", "?"), or at a line that
// starts with a capital or a digit (a new row of a table, a new paragraph).
func clauseStart(s string, from, pos int) int {
	for i := pos - 1; i >= from; i-- {
		switch s[i] {
		case ';':
			return i + 1
		case '.', '!', '?':
			if i+1 < pos && (s[i+1] == ' ' || s[i+1] == '\n') {
				return i + 1
			}
		case '\n':
			if i+1 < pos {
				if c := s[i+1]; 'A' <= c && c <= 'Z' || isDigit(c) || c >= 0xC3 {
					return i + 1
				}
			}
		}
	}
	return from
}

// perBefore finds a per-share context shortly before the amount, in the
// same sentence (p.back holds the tokens before it): "BPA", "un BPA ajusté
// de", "le BPA 2026, attendu à", "bénéfice par action de", "Par action, il
// s'agit d'un bénéfice de". A year or a percentage on the way is skipped;
// another number stops the search, unless it is the amount just found and
// its own per-unit came from such a context too ("BPA de 1,09 $, contre
// 0,93 $"). A "par action" right after another amount belongs to that one.
// It reports whether the context was found.
func (p *parser) perBefore() string {
	b := p.back
	for i := len(b) - 1; i >= 0 && i >= len(b)-14; i-- {
		t := b[i]
		if t.kind == tNum {
			if i+1 < len(b) && b[i+1].kind == tSym && p.text(b[i+1]) == "%" || numericYear(p.text(t)) {
				continue
			}
			if n := len(p.amts); n > 0 && p.found[n-1].perBefore && p.amts[n-1].Per != "" &&
				p.amts[n-1].Start <= t.start && t.start < p.amts[n-1].End && i >= len(b)-10 {
				return p.amts[n-1].Per
			}
			return ""
		}
		if t.kind == tSym {
			if s := p.text(t); (s == "." || s == ";" || s == "!" || s == "?") && !p.inLastAmount(t.start) {
				// a sentence end, not the dot of "fr." in the amount before.
				return ""
			}
			continue
		}
		kb := string(p.keyOf(t))
		if kb == "bpa" {
			return "action"
		}
		if i > 0 && (kb == "action" || kb == "titre") && string(p.keyOf(b[i-1])) == "par" {
			if p.amountEndsAt(b[i-1].start) {
				// "1,2 euro par action, et ...": another amount's.
				return ""
			}
			if i > 1 {
				if x := b[i-2]; x.kind == tNum || p.lookupUnit(p.text(x)) != nil {
					return ""
				}
			}
			return "action"
		}
	}
	return ""
}

// inLastAmount reports whether pos lies inside the last amount found.
func (p *parser) inLastAmount(pos int) bool {
	n := len(p.amts)
	return n > 0 && p.amts[n-1].Start <= pos && pos < p.amts[n-1].End
}

// amountEndsAt reports whether the last amount found ends right before pos
// (white space between).
func (p *parser) amountEndsAt(pos int) bool {
	n := len(p.amts)
	if n == 0 || p.amts[n-1].End > pos || pos-p.amts[n-1].End > 4 {
		return false
	}
	for _, r := range p.in[p.amts[n-1].End:pos] {
		if !text.IsSpace(r) {
			return false
		}
	}
	return true
}

// numericYear reports whether s is a year ("2026") or a span of years
// ("2026-2028" is lexed as one number or two).
func numericYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s[:2] == "19" || s[:2] == "20"
}

// labelUnit is the unit that a results table gives its cells.
type labelUnit struct {
	unit  *unitDef
	scale int
	per   string
}

// cellLabel reads the unit of a table cell: a number alone on its line takes
// the unit of the nearest label line above it ("Résultat net (G$)", "- en
// millions d'euros", "- en dollar par action").
func (p *parser) cellLabel(t *term) (labelUnit, bool) {
	in := p.in
	// the end of the cell: white space to the end of the line, or a column
	// gap (a tab, two spaces, a bar).
	for le := t.end; le < len(in); {
		r, n := utf8.DecodeRuneInString(in[le:])
		if r == '\n' || r == '\r' {
			break
		}
		if r == '\t' || r == '|' || r == ' ' && le+1 < len(in) && (in[le+1] == ' ' || in[le+1] == '(') {
			break
		}
		if r == ')' && t.start > 0 && in[t.start-1] == '(' {
			break // a cell in brackets: "(1 265)"
		}
		if !text.IsSpace(r) {
			return labelUnit{}, false
		}
		le += n
	}
	// alone on its line: only white space back to the line start (scanned
	// over white space only, so the cost is bounded).
	ls := t.start
	for ls > 0 {
		r, n := utf8.DecodeLastRuneInString(in[:ls])
		if r == '\n' || r == '\r' {
			break
		}
		if !text.IsSpace(r) {
			// a cell in a row whose label carries the unit:
			// "Chiffre d'affaires (M€)\t1 234\t1 100".
			return p.rowLabel(t)
		}
		ls -= n
	}
	pos := ls
	limit := max(0, ls-labelBytes)
	for lines := 0; pos > limit && lines < 40; lines++ {
		e := pos - 1
		if e > 0 && in[e] == '\n' && in[e-1] == '\r' {
			e--
		}
		s := lineStart(in, e, limit)
		if hasWord3(in[s:e]) {
			if e-s > 160 {
				// prose, not a label
				return labelUnit{}, false
			}
			return p.parseLabel(s, e)
		}
		pos = s
	}
	return labelUnit{}, false
}

// lineStart returns the start of the line holding i, looking back no
// further than limit.
// rowLabel reads the unit of a cell that follows its row label on the same
// line, past a column gap: "Résultat net (M€)\t1 025,4\t980,1", "| Ebitda |
// 118,9 | 104,6 |". When the label has no unit, the unit comes from the
// table's header or caption lines above (see headerLabel).
func (p *parser) rowLabel(t *term) (labelUnit, bool) {
	in := p.in
	// the cell must follow a column gap, the colon of a "label : cell"
	// row, or open a bracketed cell ("1 184 (1 265)": last year's figure).
	i := t.start
	if !cellGapBefore(in, i) {
		return labelUnit{}, false
	}
	ls := lineStart(in, i, i-200)
	if ls == i-200 && ls > 0 {
		return labelUnit{}, false
	}
	// the label is the first cell of the line ("| " before it is no cell).
	lbl := ls
	for lbl < i && (in[lbl] == '|' || in[lbl] == ' ' || in[lbl] == '\t') {
		lbl++
	}
	le := lbl
	for le < i && !isGapAt(in, le, i) && !colonGapAt(in, le, i) {
		le++
	}
	if le == lbl || le-lbl > 100 || !hasWord3(in[lbl:le]) {
		return labelUnit{}, false
	}
	// between the label and the cell: other cells only.
	for _, r := range in[le:i] {
		if text.IsLetter(r) {
			return labelUnit{}, false
		}
	}
	// after the cell: other cells only, to the end of the line (short
	// marks such as "n.s." or "%" allowed).
	lend := t.end
	for lend < len(in) && in[lend] != '\n' && in[lend] != '\r' {
		lend++
	}
	if !cellsOnly(in[t.end:lend]) {
		return labelUnit{}, false
	}
	if lu, ok := p.parseLabel(lbl, le); ok {
		return lu, true
	}
	if !p.moneyRow(lbl, le) {
		return labelUnit{}, false
	}
	return p.headerLabel(ls, in[t.end:lend])
}

// moneyRow reports whether a row label without a unit of its own may take
// the table's unit: not a rate ("Marge (%)", "Taux de marge") nor a count
// ("Effectifs", "Nombre de magasins", "Clients").
func (p *parser) moneyRow(s, e int) bool {
	label := p.in[s:e]
	if strings.Contains(label, "%") {
		return false
	}
	we := s
	for we < e {
		r, n := utf8.DecodeRuneInString(p.in[we:e])
		if !text.IsLetter(r) {
			break
		}
		we += n
	}
	p.kb = appendKey(p.kb[:0], p.in[s:we])
	w := string(p.kb)
	switch w {
	case "effectif", "effectifs", "nombre", "marge", "taux", "ratio", "rendement", "cours", "volume", "volumes":
		return false
	}
	if p.e.counts[w] {
		return false
	}
	return true
}

// cellGapBefore reports whether a table cell may start at i: after a column
// gap (a tab, a bar, two spaces), after the colon of a "label : cell" row
// ("Chiffre d'affaires : 1 184", "EBITDA\u00a0: 142"), or after the opening
// bracket of a cell in brackets ("(1 265)"), itself after a space.
func cellGapBefore(in string, i int) bool {
	if i < 2 {
		return false
	}
	switch in[i-1] {
	case '\t', '|':
		return true
	case ' ':
		switch in[i-2] {
		case ' ', '|', '\t', ':':
			return true
		}
	case '(':
		return in[i-2] == ' '
	case 0xA0: // a no-break space after the colon
		return i >= 3 && in[i-2] == 0xC2 && in[i-3] == ':'
	}
	return false
}

// colonGapAt reports whether the colon of a "label : cell" row starts at i:
// a colon followed by white space, before limit.
func colonGapAt(s string, i, limit int) bool {
	return s[i] == ':' && i+1 < limit && (s[i+1] == ' ' || s[i+1] == 0xC2 && i+2 < limit && s[i+2] == 0xA0)
}

// isGapAt reports whether a column gap (a tab, a bar, two spaces) starts at
// i (before limit).
func isGapAt(s string, i, limit int) bool {
	switch s[i] {
	case '\t', '|':
		return true
	case ' ':
		return i+1 < limit && (s[i+1] == ' ' || s[i+1] == '\t' || s[i+1] == '|')
	}
	return false
}

// cellsOnly reports whether s (the rest of a table row) holds numbers,
// gaps, signs and short marks only, no word of four letters or more.
func cellsOnly(s string) bool {
	n := 0
	for _, r := range s {
		if text.IsLetter(r) {
			n++
			if n > 3 {
				return false
			}
		} else {
			n = 0
		}
	}
	return true
}

// maxHeaderLines bounds how many lines above a table row the header and
// caption are looked for.
const maxHeaderLines = 40

// headerLabel finds the unit of a row whose label has none in the header
// or caption lines of its table, above the row at ls: "Chiffres clés (en
// millions d'euros)  2025  2024", "En M€", "| (M$) | T1 2026 | T1 2025 |".
// It walks up over the other rows of the table and stops at a blank line
// or prose. rest is the part of the row after the cell, which tells the
// cell's column counted from the right: a column headed "Var." or "%" is
// a change, not an amount.
func (p *parser) headerLabel(ls int, rest string) (labelUnit, bool) {
	in := p.in
	col := countCells(rest)
	colChecked := false
	pos := ls
	limit := max(0, ls-labelBytes)
	for lines := 0; pos > limit && lines < maxHeaderLines; lines++ {
		e := pos - 1
		if e > 0 && in[e] == '\n' && in[e-1] == '\r' {
			e--
		}
		s := lineStart(in, e, limit)
		pos = s
		line := in[s:e]
		if isBlank(line) || e-s > 200 {
			return labelUnit{}, false
		}
		n, data := rowShape(line)
		if data {
			continue // another row of the table
		}
		if n >= 2 && !colChecked && hasAlnum(line) {
			colChecked = true
			if h := cellFromRight(line, col); changeHeader(h) {
				return labelUnit{}, false
			}
		}
		if !hasWord3(line) && !strings.ContainsAny(line, "$€£¥") {
			continue
		}
		if lu, ok := p.parseLabel(s, e); ok {
			return lu, true
		}
	}
	return labelUnit{}, false
}

// hasAlnum reports whether s holds a letter or a digit (a rule line such
// as "|---|---|" holds none).
func hasAlnum(s string) bool {
	for _, r := range s {
		if text.IsLetter(r) || r < utf8.RuneSelf && isDigit(byte(r)) {
			return true
		}
	}
	return false
}

// isBlank reports whether s holds only white space.
func isBlank(s string) bool {
	for _, r := range s {
		if !text.IsSpace(r) {
			return false
		}
	}
	return true
}

// nextCell returns the bounds of the first cell of s at or after i, and
// false when there is none. Cells are separated by gaps (a tab, a bar, two
// spaces); an empty cell is skipped.
func nextCell(s string, i int) (int, int, bool) {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '|') {
		i++
	}
	if i >= len(s) {
		return 0, 0, false
	}
	j := i
	for j < len(s) && !isGapAt(s, j, len(s)) {
		j++
	}
	e := j
	for e > i && s[e-1] == ' ' {
		e--
	}
	return i, e, true
}

// countCells counts the cells of s.
func countCells(s string) int {
	n := 0
	for i := 0; ; n++ {
		_, e, ok := nextCell(s, i)
		if !ok {
			return n
		}
		i = e
	}
}

// cellFromRight returns the cell of line that has col cells after it, or
// "" when there is none.
func cellFromRight(line string, col int) string {
	n := countCells(line)
	k := n - 1 - col
	if k < 0 {
		return ""
	}
	i := 0
	for c := 0; ; c++ {
		s, e, ok := nextCell(line, i)
		if !ok {
			return ""
		}
		if c == k {
			return line[s:e]
		}
		i = e
	}
}

// rowShape returns the number of cells of a line and whether it is a data
// row: a cell after the first one holds a number that is not a year.
func rowShape(line string) (n int, data bool) {
	for i := 0; ; n++ {
		s, e, ok := nextCell(line, i)
		if !ok {
			return n, data
		}
		if n > 0 && numericCell(line[s:e]) {
			data = true
		}
		i = e
	}
}

// numericCell reports whether a cell holds a number that is not a year
// ("412,6", "-3,2", "1 284,5"; not "2025", "T1 2026", "2025e").
func numericCell(c string) bool {
	i := 0
	for i < len(c) && (c[i] == '+' || c[i] == '-' || c[i] == '(') {
		i++
	}
	if i >= len(c) || !isDigit(c[i]) {
		return false
	}
	j := i
	for j < len(c) && isDigit(c[j]) {
		j++
	}
	if j-i == 4 && (j == len(c) || c[j] < utf8.RuneSelf && (c[j]|0x20 >= 'a' && c[j]|0x20 <= 'z' || c[j] == '/' || c[j] == '-')) {
		if y := c[i : i+2]; y == "19" || y == "20" {
			return false
		}
	}
	return true
}

// changeHeader reports whether a column header names a change, not an
// amount: "Var.", "Variation", "%", "Évol.", "chg".
func changeHeader(h string) bool {
	if strings.Contains(h, "%") {
		return true
	}
	var buf [64]byte
	k := appendKey(buf[:0], h[:min(len(h), 40)])
	for _, st := range []string{"var", "evol", "chg", "ecart", "croiss", "progr", "delta", "change"} {
		if len(k) >= len(st) && string(k[:len(st)]) == st {
			return true
		}
	}
	return false
}

func lineStart(s string, i, limit int) int {
	for i > 0 && i > limit && s[i-1] != '\n' && s[i-1] != '\r' {
		i--
	}
	return i
}

// hasWord3 reports whether s holds a word of three letters or more.
func hasWord3(s string) bool {
	n := 0
	for _, r := range s {
		if text.IsLetter(r) {
			n++
			if n >= 3 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// parseLabel finds a unit in the label line [s, e): "(G$)", "(M€)",
// "(en millions d'euros)", "en milliards de dollars", "en euros par action".
func (p *parser) parseLabel(s, e int) (labelUnit, bool) {
	saveEnd := p.end
	defer func() { p.end = saveEnd }()
	p.end = e
	p.rebase(s)
	for k := 0; k < maxTermTokens; k++ {
		t := p.at(k)
		if t.kind == tEOF {
			break
		}
		open := t.kind == tSym && p.text(t) == "("
		if !open && !(t.kind == tWord && string(p.keyOf(t)) == "en") {
			continue
		}
		j := k + 1
		if open && p.isWord(j, "en") {
			j++
		}
		var lu labelUnit
		if w := p.at(j); w.kind == tWord {
			if sc, ok := p.e.scales[string(p.keyOf(w))]; ok {
				lu.scale = sc
				j++
			} else if sc, ok := p.e.abbrs[p.text(w)]; ok {
				lu.scale = sc
				j++
			} else if d, sc := p.gluedUnit(p.text(w)); d != nil {
				lu.scale, lu.unit = sc, d
				j++
			}
		}
		if lu.unit == nil {
			if lu.scale > 0 && p.isConnector(j) {
				j++
			}
			d, n := p.matchUnit(j, false)
			if d == nil {
				continue
			}
			lu.unit = d
			j += n
		}
		lu.per = p.perAfter(j)
		return lu, true
	}
	return labelUnit{}, false
}
