package clean

import (
	"bytes"
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-go/depeche/internal/rx"
	"github.com/depeche-go/depeche/internal/text"
)

// line is one line (or, in HTML, one block of text) of the input.
type line struct {
	start, end int // raw line, without its line break
	cs, ce     int // content: the line without surrounding white space
	ks, ke     int // core: content without the parts removed at its edges
	words      int // words of the core
	p0, p1     int // its parts: state.parts[p0:p1]
	dl         int // end of the dateline at the start of the core, 0 = none
	kind       Kind
	rule       string
	role       Role
	removed    bool
	prose      bool  // reads as a paragraph of the article
	wrapped    bool  // continues on the next line (hard-wrapped text)
	terminal   bool  // the core ends with final punctuation
	letters    bool  // the core holds a letter or a digit
	cue        *rule // a bare read-more cue ends the line: link titles may follow
}

// part is a fragment of a line removed by a part rule.
type part struct {
	start, end int
	kind       Kind
	rule       string
	ru         *rule // the rule that found it
	bare       bool  // a bare read-more cue ("... Lire aussi :")
}

// The rules named for markup spans: between blocks of text, and inside a
// line of text (<b>, <a href>...).
const (
	ruleMarkup       = "html"
	ruleInlineMarkup = "html-inline"
)

// piece is one future segment, before white space is attached.
type piece struct {
	start, end int
	kept       bool
	role       Role
	kind       Kind
	rule       string
}

// state is the scratch space of one call to Clean, pooled.
type state struct {
	cl       *Cleaner
	c        *compiled
	input    string
	lines    []line
	parts    []part
	pieces   []piece
	marks    []Span
	key, low []byte
	tkey     []byte    // the title's key
	lowFor   string    // the text st.low holds, lowered
	lowPhase int       // the phase whose needles st.hits marks
	hits     [8]uint64 // rules whose needles st.low holds, by rule id
	sub2     [2]int    // the match of a rule without groups
	meta     metaAcc
	warnings []Warning
	html     bool
}

func (st *state) reset(cl *Cleaner, input string) {
	st.cl, st.c, st.input = cl, cl.c, input
	st.lines = st.lines[:0]
	st.parts = st.parts[:0]
	st.pieces = st.pieces[:0]
	st.marks = st.marks[:0]
	st.meta = metaAcc{places: st.c.places}
	st.warnings = nil
	st.html = false
}

func (st *state) release() {
	st.cl, st.c, st.input = nil, nil, ""
	st.meta = metaAcc{}
	st.warnings = nil
	if cap(st.lines) > 1<<20 || cap(st.pieces) > 1<<20 || cap(st.low) > 1<<20 {
		return // do not keep huge buffers alive
	}
	statePool.Put(st)
}

// run fills r.
func (st *state) run(r *Result) {
	st.scan()
	st.classify()
	st.structure()
	st.buildPieces()
	st.segments(r)
	st.meta.fill(r, st.input, st.html)
	r.Warnings = st.warnings
}

// scan splits the input into lines. In HTML input, markup spans are set
// aside first and block-level tags end lines too.
func (st *state) scan() {
	s := st.input
	st.html = looksLikeHTML(s)
	if hasHTMLTags(s) {
		st.marks = appendMarkup(st.marks, s)
	}
	mi := 0
	pos := 0
	nl := -1 // the next line break at or after pos, len(s) if none
	for pos < len(s) || pos == 0 {
		// the end of this line: the next line break, or the next block tag
		if nl < pos {
			nl = len(s)
			if k := strings.IndexAny(s[pos:], "\n\r"); k >= 0 {
				nl = pos + k
			}
		}
		end := nl
		next := len(s)
		if nl < len(s) {
			next = nl + 1
			if s[nl] == '\r' && next < len(s) && s[next] == '\n' {
				next++
			}
		}
		if len(st.marks) > 0 {
			// line breaks inside a markup span do not count; in an HTML
			// document a block tag ends the line.
			for mi < len(st.marks) && st.marks[mi].End <= pos {
				mi++
			}
			for j := mi; j < len(st.marks) && st.marks[j].Start < end; j++ {
				m := st.marks[j]
				if (m.Start < pos || st.html && m.Start == pos) && pos < m.End {
					// the line starts inside a span: skip it
					end, next = m.End, m.End
					break
				}
				if st.html && isBlockMark(s, m) {
					end, next = m.Start, m.Start
					break
				}
				if m.Start < end && end < m.End {
					// a line break inside a span: in a page the line ends
					// before the span; in text the span belongs to the
					// line, which ends at the first break after it.
					if st.html && m.Start > pos {
						end, next = m.Start, m.Start
						break
					}
					nl = len(s)
					if k := strings.IndexAny(s[m.End:], "\n\r"); k >= 0 {
						nl = m.End + k
					}
					end, next = nl, len(s)
					if nl < len(s) {
						next = nl + 1
						if s[nl] == '\r' && next < len(s) && s[next] == '\n' {
							next++
						}
					}
				}
			}
		}
		if end > pos || next > pos {
			st.addLine(pos, end)
		}
		if next <= pos {
			break
		}
		pos = next
	}
}

func (st *state) addLine(start, end int) {
	cs, ce := trimSpan(st.input, start, end)
	tagLine := !st.html && isMarkupLine(st.input[cs:ce]) && !isHeadingLine(st.input[cs:ce])
	if len(st.marks) > 0 && !tagLine {
		// skip markup at the edges of the line
		for changed := true; changed && cs < ce; {
			changed = false
			for _, m := range st.marksIn(cs, ce) {
				if m.Start <= cs && m.End > cs {
					cs, ce = trimSpan(st.input, min(m.End, ce), ce)
					changed = true
				} else if m.End >= ce && m.Start < ce && m.Start > cs {
					cs, ce = trimSpan(st.input, cs, m.Start)
					changed = true
				}
			}
		}
	}
	if cs >= ce {
		return // blank: its white space joins the segment before it
	}
	ln := line{start: start, end: end, cs: cs, ce: ce, ks: cs, ke: ce}
	if tagLine {
		ln.removed, ln.kind, ln.rule = true, KindMarkup, "html-line"
	}
	st.lines = append(st.lines, ln)
}

// marksIn returns the markup spans that overlap [a, b).
func (st *state) marksIn(a, b int) []Span {
	m := st.marks
	lo, hi := 0, len(m)
	for lo < hi {
		h := (lo + hi) / 2
		if m[h].End <= a {
			lo = h + 1
		} else {
			hi = h
		}
	}
	j := lo
	for j < len(m) && m[j].Start < b {
		j++
	}
	return m[lo:j]
}

// classify runs the rules over every line, in order.
func (st *state) classify() {
	bodyStarted := false
	terminated := false
	var term *rule
	focus := st.cl.focus
	for i := range st.lines {
		ln := &st.lines[i]
		if ln.cs == ln.ce {
			continue
		}
		if ln.removed {
			continue
		}
		text := st.input[ln.cs:ln.ce]
		ru, sub := st.matchWhole(text, bodyStarted)
		if ru == nil && !bodyStarted && len(st.marks) > 0 && ln.ce-ln.cs <= maxTaggedHead {
			// a header or byline line of a page with inline tags
			// ("<span>L'Agefi</span> - <time>12/03/2026</time>"): the
			// rules read its text without them
			if t, ok := st.untagged(ln.cs, ln.ce); ok {
				if ru, sub = st.matchWhole(t, bodyStarted); ru != nil {
					text = t
				}
			}
		}
		if ru != nil {
			ln.removed, ln.kind, ln.rule = true, ru.kind, ru.name
			st.meta.add(ru, ru.kind, text, ln.cs, sub)
			bare := ru.flags&flagCue != 0 && focus != FocusRecall && st.bareCue(ru, text, sub)
			if ru.flags&flagEnd != 0 && bodyStarted && !terminated && focus != FocusRecall && !(bare && st.resumesAfterLinks(i)) {
				terminated, term = true, ru
			}
			if bare {
				ln.cue = ru
			}
			continue
		}
		if terminated {
			ln.removed, ln.kind, ln.rule = true, term.kind, term.after
			continue
		}
		ln.p0 = len(st.parts)
		st.matchParts(ln, text, bodyStarted)
		ln.p1 = len(st.parts)
		st.core(ln)
		if ln.ks == ln.ke {
			continue
		}
		if ln.prose {
			bodyStarted = true
		}
		if ln.p1 > ln.p0 && focus != FocusRecall {
			// a bare cue glued to the end of the line ("... Lire aussi :"),
			// a terminator glued to the end of a paragraph
			if p := &st.parts[ln.p1-1]; p.start >= ln.ke {
				if p.bare {
					ln.cue = p.ru
				}
				if p.ru.flags&flagEnd != 0 && bodyStarted && !terminated {
					terminated, term = true, p.ru
				}
			}
		}
	}
}

// maxTaggedHead is the longest line before the body whose text the rules
// read again without its inline tags.
const maxTaggedHead = 400

// untagged returns the text of input[a:b] without the markup spans inside
// it, and whether there were any.
func (st *state) untagged(a, b int) (string, bool) {
	ms := st.marksIn(a, b)
	if len(ms) == 0 {
		return "", false
	}
	var sb strings.Builder
	pos := a
	for _, m := range ms {
		if m.Start > pos {
			sb.WriteString(st.input[pos:m.Start])
		}
		pos = max(pos, m.End)
	}
	if pos < b {
		sb.WriteString(st.input[pos:b])
	}
	return strings.TrimSpace(sb.String()), true
}

// maxLinks is the number of link titles that a bare read-more cue ("Lire
// aussi :" alone on its line) takes after it.
const maxLinks = 3

// resumesAfterLinks reports whether the article goes on after the bare cue
// on line i: a line that reads as prose comes after one to maxLinks shorter
// lines (the link titles). A list heading that is also a cue ("Sur le même
// sujet" between two paragraphs) then ends no article: it takes its links
// only. A prose line that ends with a question mark or an ellipsis reads as
// a link title or a teaser, not as the article.
func (st *state) resumesAfterLinks(i int) bool {
	n := 0
	for j := i + 1; j < len(st.lines) && n <= maxLinks; j++ {
		ln := &st.lines[j]
		if ln.cs == ln.ce || ln.removed {
			continue
		}
		probe := line{ks: ln.cs, ke: ln.ce}
		st.features(&probe)
		s := st.input[ln.cs:ln.ce]
		if probe.prose && !strings.HasSuffix(s, "?") && !strings.HasSuffix(s, "…") && !strings.HasSuffix(s, "...") {
			return n > 0
		}
		n++
	}
	return false
}

// bareCue reports whether a line s (or the fragment sub of it) that a cue rule
// matched is the cue alone: nothing but punctuation after "Lire aussi", or
// an empty group "link".
func (st *state) bareCue(ru *rule, s string, sub []int) bool {
	switch ru.form {
	case formLine:
		return true
	case formPrefix:
		if len(s) > len(ru.key)+64 {
			return false
		}
		st.key = text.AppendKey(st.key[:0], s)
		return len(st.key) >= len(ru.key) && !hasAlnum(string(st.key[len(ru.key):]))
	}
	if len(sub) < 2 || sub[1] < 0 {
		return false
	}
	if g := ru.groups[grpLink]; g > 0 && 2*g+1 < len(sub) {
		if sub[2*g] < 0 {
			return true
		}
		return !hasAlnum(s[sub[2*g]:sub[2*g+1]])
	}
	return !hasAlnum(s[sub[1]:])
}

// hasAlnum reports whether s holds a letter or a digit.
func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// links removes the link titles after each bare read-more cue: up to
// maxLinks kept lines shaped like titles; the first line that is not one
// ends the list. Lines that rules removed in between do not count.
func (st *state) links() {
	lines := st.lines
	// where blank lines separate paragraphs, titles on consecutive lines
	// form one list; where every line is a paragraph, they may not.
	blankSeparated := false
	for i := 1; i < len(lines) && !blankSeparated; i++ {
		blankSeparated = st.blankBetween(i)
	}
	for i := range lines {
		cue := lines[i].cue
		if cue == nil {
			continue
		}
		n := 0
		adjacent := true // no blank line since the cue or the last title
		for j := i + 1; j < len(lines) && n < maxLinks; j++ {
			ln := &lines[j]
			if ln.ks >= ln.ke || st.blankBetween(j) {
				adjacent = false
			}
			if ln.removed || ln.ks >= ln.ke {
				continue
			}
			// a list heading ("Sur le même sujet", a terminator too) heads
			// several links: a second title there is no intertitle
			list := cue.flags&flagEnd != 0
			if !st.linkShaped(j, n == 0 || (adjacent && (blankSeparated || list))) {
				break
			}
			adjacent = true
			ln.removed, ln.kind, ln.rule = true, cue.kind, cue.link
			n++
		}
	}
}

// blankBetween reports whether a blank line separates line i from the line
// before it.
func (st *state) blankBetween(i int) bool {
	if i <= 0 || i >= len(st.lines) {
		return false
	}
	if st.lines[i].cs == st.lines[i].ce || st.lines[i-1].cs == st.lines[i-1].ce {
		return true
	}
	return strings.Count(st.input[st.lines[i-1].end:st.lines[i].start], "\n") >= 2
}

// linkShaped reports whether line i after a bare read-more cue reads as the
// title of a linked article: 2 to 25 words, not prose, no final period,
// colon or comma, not starting in lower case or with a time ("7h03 -", a
// live report's entry), not a signature. In a page it must open with a link
// (<a>). In plain text, a title after the first one, set apart by a blank
// line (in a text whose paragraphs are set apart by blank lines) or on a line
// of its own (in a text with one paragraph a line), that a paragraph follows
// is taken for an intertitle: it stays.
func (st *state) linkShaped(i int, first bool) bool {
	ln := &st.lines[i]
	s := st.input[ln.ks:ln.ke]
	// a question right after the cue is a headline however long
	// ("Pourquoi les valeurs industrielles peuvent encore monter en 2026 ?")
	question := first && ln.prose && ln.words <= 25 && strings.HasSuffix(s, "?")
	if ln.prose && !question || ln.wrapped || ln.words < 2 || ln.words > 25 || len(s) > 250 || endsTitleStop(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsLower(r) || nameShaped(s) || startsWithTime(s) {
		return false
	}
	if st.html {
		return st.opensLink(ln)
	}
	if !first {
		for j := i + 1; j < len(st.lines); j++ {
			if o := &st.lines[j]; !o.removed && o.ks < o.ke {
				return !o.prose
			}
		}
	}
	return true
}

// startsWithTime reports a line that starts with a time of day: "7h03",
// "07:03", "9 h 05".
func startsWithTime(s string) bool {
	i := 0
	for i < len(s) && i < 2 && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	if i == 0 || i == len(s) {
		return false
	}
	if s[i] == ' ' {
		i++
	}
	if i >= len(s) || s[i] != 'h' && s[i] != 'H' && s[i] != ':' {
		return false
	}
	i++
	if i < len(s) && s[i] == ' ' {
		i++
	}
	return i+1 < len(s) && '0' <= s[i] && s[i] <= '9' && '0' <= s[i+1] && s[i+1] <= '9'
}

// opensLink reports whether the markup just before the line's text ends
// with an <a> start tag.
func (st *state) opensLink(ln *line) bool {
	k := ln.cs
	for k > 0 && (st.input[k-1] == ' ' || st.input[k-1] == '\t' || st.input[k-1] == '\n' || st.input[k-1] == '\r') {
		k--
	}
	for _, m := range st.marksIn(k-1, k) {
		if m.End != k {
			continue
		}
		t := st.input[m.Start:m.End]
		k := strings.LastIndexByte(t, '<')
		return k >= 0 && k+2 < len(t) && (t[k+1] == 'a' || t[k+1] == 'A') &&
			(t[k+2] == '>' || t[k+2] == ' ' || t[k+2] == '\t' || t[k+2] == '\n' || t[k+2] == '\r')
	}
	return false
}

// core sets the line's core (content minus the parts at its edges) and its
// features.
func (st *state) core(ln *line) {
	ks, ke := ln.cs, ln.ce
	for changed := true; changed && ks < ke; {
		changed = false
		for _, p := range st.parts[ln.p0:ln.p1] {
			if p.start <= ks && p.end > ks {
				ks, _ = trimSpan(st.input, min(p.end, ke), ke)
				changed = true
			}
			if ks < ke && p.end >= ke && p.start < ke && p.start >= ks {
				_, ke = trimSpan(st.input, ks, p.start)
				changed = true
			}
		}
	}
	if ke < ks {
		ke = ks
	}
	ln.ks, ln.ke = ks, ke
	st.features(ln)
}

func (st *state) features(ln *line) {
	s := st.input[ln.ks:ln.ke]
	words := 0
	inWord := false
	letters := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch asciiClass[c] {
			case classSpace:
				inWord = false
			case classAlnum:
				letters = true
				if !inWord {
					words++
					inWord = true
				}
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case isSpaceRune(r):
			inWord = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			letters = true
			if !inWord {
				words++
				inWord = true
			}
		}
	}
	ln.words = words
	ln.letters = letters
	ln.terminal = endsSentence(s)
	ln.prose = words >= 8 && ln.terminal || words >= 26
}

// Byte classes of ASCII for the word count.
const (
	classOther = iota
	classSpace
	classAlnum
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t[c] = classSpace
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
			t[c] = classAlnum
		}
	}
	return t
}()

// endsSentence reports whether s ends with final punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '.', '!', '?', '…', ';', ':':
			return true
		case '"', '»', '”', ')', ']', '\'', '’', ' ', 0xA0, 0x202F:
			s = s[:len(s)-n]
			continue
		}
		return false
	}
	return false
}

// endsTitleStop reports whether s ends with punctuation that a headline does
// not end with: a period (but not an ellipsis), a colon, a semicolon or a
// comma.
func endsTitleStop(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case ':', ';', ',':
		return true
	case '.':
		return !strings.HasSuffix(s, "...")
	}
	return false
}

// matchWhole returns the first whole-line rule that matches the line s, and
// the submatch indices (relative to s) for a regexp rule.
func (st *state) matchWhole(s string, bodyStarted bool) (*rule, []int) {
	c := st.c
	st.key = text.AppendKeyLimit(st.key[:0], s, c.maxKey)
	key := st.key
	if len(key) <= c.maxLine {
		if ru := c.lines[string(key)]; ru != nil && st.where(ru, bodyStarted) {
			return ru, nil
		}
	}
	for _, n := range c.plens {
		if n > len(key) {
			break
		}
		if ru := c.prefixes[string(key[:n])]; ru != nil && st.where(ru, bodyStarted) {
			return ru, nil
		}
	}
	if len(c.whole) == 0 {
		return nil, nil
	}
	p := phaseOf(bodyStarted)
	st.lower(s, p)
	rules := c.wholeBy[p][st.low[0]]
	if st.low[len(st.low)-1] == '.' {
		rules = c.wholeDot[p][st.low[0]]
	}
	for _, ru := range rules {
		// the lists of phase p hold the rules that apply there; a rule
		// whose needles the scan did not find is skipped first
		if ru.id >= 0 && st.hits[ru.id>>6]&(1<<(ru.id&63)) == 0 || !st.prefilter(ru, len(s)) {
			continue
		}
		if sub, ok := st.match(ru, s); ok {
			return ru, sub
		}
	}
	return nil, nil
}

// where reports whether rule ru applies at this point of the document.
func (st *state) where(ru *rule, bodyStarted bool) bool {
	if ru.flags&flagHead != 0 && bodyStarted {
		return false
	}
	if ru.flags&flagTail != 0 && !bodyStarted {
		return false
	}
	return true
}

// maxUnanchored is the longest line that a whole-line pattern without a
// literal to look for is run on.
const maxUnanchored = 2048

// phaseOf returns the phase of a line: before the body or in it.
func phaseOf(bodyStarted bool) int {
	if bodyStarted {
		return phaseBody
	}
	return phaseHead
}

// lower sets st.low to text lowered and marks the rules of phase p whose
// needles it holds, in one pass over the text.
func (st *state) lower(text string, p int) {
	st.low = lowerBytes(st.low[:0], text)
	st.lowFor, st.lowPhase = text, p
	st.hits = [len(st.hits)]uint64{}
	c := st.c
	low := st.low
	if len(low) < 3 {
		return
	}
	idx, buckets := c.needleIdx[p], c.buckets[p]
	h := uint32(low[0])<<8 | uint32(low[1])
	for i := 2; i < len(low); i++ {
		h = (h<<8 | uint32(low[i])) & 0xFFFFFF
		b := idx[uint16(h*2654435761>>16)]
		if b == 0 {
			continue
		}
		for _, nr := range buckets[b] {
			if st.hits[nr.rule>>6]&(1<<(nr.rule&63)) == 0 && bytes.HasPrefix(low[i-2:], nr.needle) {
				st.hits[nr.rule>>6] |= 1 << (nr.rule & 63)
			}
		}
	}
}

// prefilter reports whether the lowered line (st.low) may match ru.
func (st *state) prefilter(ru *rule, n int) bool {
	f := &ru.filter
	if f.maxLen >= 0 && n > f.maxLen || f.leads == nil && f.needles == nil && f.first == nil && !f.tail && n > maxUnanchored {
		return false
	}
	low := st.low
	if f.first != nil && (len(low) == 0 || !f.first[low[0]]) ||
		f.last != nil && (len(low) == 0 || !f.last[low[len(low)-1]]) {
		return false
	}
	if f.needles != nil && ru.id >= 0 && ru.id < 64*len(st.hits) {
		// the needles found by the scan first: one bit to test
		return st.hits[ru.id>>6]&(1<<(ru.id&63)) != 0 &&
			(f.ends == nil || endsWithAny(low, f.ends, f.endsWithin))
	}
	if f.ends != nil && !endsWithAny(low, f.ends, f.endsWithin) {
		return false
	}
	if f.small != nil && !containsAny(low, f.small) {
		return false
	}
	return f.pass(low)
}

// window returns the offset of the part of text that ru reads: the last
// tailWindow bytes (on a rune boundary) for a pattern anchored at the end.
func window(ru *rule, text string) int {
	if !ru.filter.tail || len(text) <= tailWindow {
		return 0
	}
	w := len(text) - tailWindow
	for w < len(text) && !utf8.RuneStart(text[w]) {
		w++
	}
	return w
}

// shift adds off to every matched index of sub.
func shift(sub []int, off int) []int {
	if off == 0 {
		return sub
	}
	for i, v := range sub {
		if v >= 0 {
			sub[i] = v + off
		}
	}
	return sub
}

// match runs a whole-line regexp rule on text; the indices it returns are
// relative to text.
func (st *state) match(ru *rule, text string) ([]int, bool) {
	w := window(ru, text)
	t := text[w:]
	if ru.re != nil {
		if ru.re.NumSubexp() == 0 && ru.kind != kindDateline && ru.flags&flagCue == 0 {
			// a whole-line rule without groups: where it matches does not
			// matter
			if ru.re.MatchString(t) {
				st.sub2 = [2]int{0, len(text)}
				return st.sub2[:], true
			}
			return nil, false
		}
		sub := ru.re.FindStringSubmatchIndex(t)
		if sub == nil {
			return nil, false
		}
		return shift(sub, w), true
	}
	ms, err := ru.x.FindAll(t, 1)
	if err != nil {
		st.warnTimeout(ru, err)
	}
	if len(ms) == 0 {
		return nil, false
	}
	return shift(rxSub(ms[0]), w), true
}

func rxSub(m rx.Match) []int {
	sub := make([]int, 2+2*len(m.Groups))
	sub[0], sub[1] = m.Start, m.End
	for i, g := range m.Groups {
		sub[2+2*i], sub[3+2*i] = g[0], g[1]
	}
	return sub
}

func (st *state) warnTimeout(ru *rule, err error) {
	msg := "clean: rule " + ru.name + " skipped"
	if errors.Is(err, rx.ErrTimeout) {
		msg += ": time limit reached"
	}
	st.warnings = append(st.warnings, Warning{Message: msg})
}

// matchParts finds the fragments of the line that part rules remove.
func (st *state) matchParts(ln *line, text string, bodyStarted bool) {
	if len(st.c.parts) == 0 {
		return
	}
	p := phaseOf(bodyStarted)
	if st.lowFor != text || st.lowPhase != p {
		st.lower(text, p)
	}
	if len(st.low) == 0 {
		return
	}
	rules := st.c.partsBy[p][st.low[0]]
	if st.low[len(st.low)-1] == '.' {
		rules = st.c.partsDot[p][st.low[0]]
	}
	for _, ru := range rules {
		if ru.id >= 0 && st.hits[ru.id>>6]&(1<<(ru.id&63)) == 0 || !st.prefilter(ru, len(text)) {
			continue
		}
		w := window(ru, text)
		t := text[w:]
		if ru.re != nil {
			if !ru.re.MatchString(t) {
				continue
			}
			for _, sub := range ru.re.FindAllStringSubmatchIndex(t, 8) {
				st.addPart(ln, ru, text, shift(sub, w))
			}
			continue
		}
		ms, err := ru.x.FindAll(t, 8)
		if err != nil {
			st.warnTimeout(ru, err)
		}
		for _, m := range ms {
			st.addPart(ln, ru, text, shift(rxSub(m), w))
		}
	}
	// keep parts sorted by start (few per line: insertion sort)
	ps := st.parts[ln.p0:]
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].start < ps[j-1].start; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

func (st *state) addPart(ln *line, ru *rule, text string, sub []int) {
	a, b := sub[0], sub[1]
	if g := ru.groups[grpCut]; g > 0 && 2*g+1 < len(sub) && sub[2*g] >= 0 {
		a, b = sub[2*g], sub[2*g+1]
	}
	a, b = trimSpan(text, a, b)
	if a >= b {
		return
	}
	a, b = a+ln.cs, b+ln.cs
	for _, p := range st.parts[ln.p0:] {
		if a < p.end && p.start < b {
			return // overlaps an earlier part
		}
	}
	p := part{start: a, end: b, kind: ru.kind, rule: ru.name, ru: ru}
	p.bare = ru.flags&flagCue != 0 && st.bareCue(ru, text, sub)
	st.parts = append(st.parts, p)
	st.meta.add(ru, ru.kind, text, ln.cs, sub)
}

// structure decides the title, the dateline, the roles of kept lines and
// the removals that line features justify.
func (st *state) structure() {
	lines := st.lines
	focus := st.cl.focus
	kept := func(ln *line) bool { return !ln.removed && ln.ks < ln.ke }

	// Hard-wrapped text: a line followed, on the very next line, by one
	// that starts with a lower-case letter continues into it; together they
	// read as prose, and the first is neither a title nor an intertitle.
	for i := 0; i+1 < len(lines); i++ {
		a, b := &lines[i], &lines[i+1]
		if !kept(a) || !kept(b) || a.terminal || !st.adjacent(a, b) || !startsLower(st.input[b.ks:b.ke]) {
			continue
		}
		a.wrapped = true
		if a.words+b.words >= 8 {
			a.prose = true
			b.prose = b.prose || b.terminal || b.words >= 8
		}
	}

	if focus != FocusRecall {
		st.links()
	}

	bodyStart, lastProse := -1, -1
	for i := range lines {
		if kept(&lines[i]) && lines[i].prose {
			if bodyStart < 0 {
				bodyStart = i
			}
			lastProse = i
		}
	}
	// The article ends at its last prose line that is not a repeat of an
	// earlier line (pages sometimes print the text twice after the
	// signature).
	lastOriginal := lastProse
	for i, n := lastProse, 0; i > bodyStart && n < 50; i-- {
		ln := &lines[i]
		if !kept(ln) || !ln.prose {
			continue
		}
		n++
		if !st.repeatsEarlier(i) {
			lastOriginal = i
			break
		}
		lastOriginal = i - 1
	}
	headEnd := bodyStart
	if headEnd < 0 {
		headEnd = len(lines)
	}

	// Lines with no letter or digit (".", "|", "***") are not text.
	for i := range lines {
		ln := &lines[i]
		if kept(ln) && !ln.letters && focus != FocusRecall {
			ln.removed, ln.kind, ln.rule = true, KindOther, "no-text"
		}
	}

	// Chrome repeated after a terminator (a site tagline in the header and
	// the footer) is not the headline.
	if focus != FocusRecall {
		for i := 0; i < headEnd; i++ {
			ln := &lines[i]
			if !kept(ln) || ln.words > 12 {
				continue
			}
			t := st.input[ln.ks:ln.ke]
			for j := headEnd; j < len(lines); j++ {
				o := &lines[j]
				if o.removed && strings.HasSuffix(o.rule, "-after") && st.input[o.cs:o.ce] == t {
					ln.removed, ln.kind, ln.rule = true, KindNav, "repeated-chrome"
					break
				}
			}
		}
	}

	// Author lines before the headline ("Mathilde Perrenoud").
	if focus != FocusRecall && !st.html {
		st.headAuthors(headEnd)
	}

	// The title: the first kept head line shaped like a headline, followed
	// by more kept text.
	title := -1
	for i := 0; i < headEnd; i++ {
		ln := &lines[i]
		if !kept(ln) {
			continue
		}
		if st.titleShaped(ln) && st.keptAfter(i) {
			title = i
		}
		break
	}
	if title < 0 {
		// headline after one- or two-word rubrics ("Economie")
		for i := 0; i < headEnd; i++ {
			ln := &lines[i]
			if !kept(ln) {
				continue
			}
			if ln.words <= 2 && !ln.terminal {
				continue
			}
			if st.titleShaped(ln) && st.keptAfter(i) {
				title = i
			}
			break
		}
	}
	if st.html {
		// In a page, the first <h1> is the headline.
		if h := st.h1Line(); h >= 0 {
			title = h
		}
	}
	if title >= 0 {
		lines[title].role = RoleTitle
		if focus != FocusRecall {
			for i := 0; i < title; i++ {
				if ln := &lines[i]; kept(ln) {
					ln.removed, ln.kind, ln.rule = true, KindNav, "before-title"
				}
			}
		}
		tt := st.input[lines[title].ks:lines[title].ke]
		st.tkey = text.AppendKey(st.tkey[:0], tt)
		tkey := st.tkey
		for i := title + 1; i < headEnd && focus != FocusRecall; i++ {
			ln := &lines[i]
			if !kept(ln) || ln.ke-ln.ks > 2*len(tt)+16 {
				continue
			}
			st.key = text.AppendKeyLimit(st.key[:0], st.input[ln.ks:ln.ke], len(tkey))
			if bytes.Equal(st.key, tkey) {
				ln.removed, ln.kind, ln.rule = true, KindDuplicate, "repeated-title"
			}
		}
	}

	// The dateline: at the start of one of the first paragraphs.
	if bodyStart >= 0 && len(st.c.dates) > 0 {
		// the first three paragraphs, and the short lines between the
		// title and the body (a dateline alone on its line)
		seen := 0
		for i := title + 1; i < len(lines) && seen < 3; i++ {
			ln := &lines[i]
			if !kept(ln) || i < bodyStart && ln.words > 8 {
				continue
			}
			if i >= bodyStart {
				seen++
			}
			if st.dateline(ln, i >= bodyStart) {
				break
			}
		}
	}

	if st.html && focus != FocusRecall && lastOriginal >= 0 {
		// After the last paragraph of a page come its footer and link
		// lists.
		for i := lastOriginal + 1; i < len(lines); i++ {
			if ln := &lines[i]; kept(ln) && !ln.prose {
				ln.removed, ln.kind, ln.rule = true, KindNav, "page-tail"
			}
		}
	}
	if focus != FocusRecall && lastOriginal >= 0 {
		st.tailBlock(lastOriginal)
	}

	// Roles, signatures and tail lines.
	for i := range lines {
		ln := &lines[i]
		if !kept(ln) || i == title {
			continue
		}
		core := st.input[ln.ks+ln.dl : ln.ke]
		switch {
		case focus != FocusRecall && (i > lastOriginal || i < headEnd && title >= 0 && i > title) && authorShaped(core):
			ln.removed, ln.kind, ln.rule = true, KindByline, "signature"
			st.meta.addByline(strings.TrimRight(core, ". "))
		case focus == FocusPrecision && lastProse >= 0 && i > lastProse && !ln.terminal && ln.words <= 12:
			ln.removed, ln.kind, ln.rule = true, KindOther, "short-tail"
		case focus == FocusPrecision && title >= 0 && i > title && i < headEnd && !ln.terminal && ln.words <= 12:
			ln.removed, ln.kind, ln.rule = true, KindOther, "short-head"
		case !ln.terminal && ln.words <= 20 && len(core) <= 200 && !ln.prose && bodyStart >= 0 && i > bodyStart && i < lastProse:
			ln.role = RoleIntertitle
		default:
			ln.role = RoleParagraph
		}
	}
}

// h1Line returns the first kept line inside the first <h1> element of an
// HTML input, or -1.
func (st *state) h1Line() int {
	for _, m := range st.marks {
		t := st.input[m.Start:m.End]
		k := indexH1(t)
		if k < 0 {
			continue
		}
		at := m.Start + k
		for i := range st.lines {
			ln := &st.lines[i]
			if ln.cs < at || ln.removed || ln.ks >= ln.ke {
				continue
			}
			if ln.words == 0 || ln.words > 40 || ln.prose && ln.words > 30 {
				return -1
			}
			return i
		}
		return -1
	}
	return -1
}

// indexH1 returns the index of an <h1> start tag in t, or -1.
func indexH1(t string) int {
	for i := 0; i+3 < len(t); i++ {
		j := strings.IndexByte(t[i:], '<')
		if j < 0 {
			return -1
		}
		i += j
		if i+3 < len(t) && (t[i+1] == 'h' || t[i+1] == 'H') && t[i+2] == '1' &&
			(t[i+3] == '>' || t[i+3] == ' ' || t[i+3] == '\t' || t[i+3] == '\n') {
			return i
		}
	}
	return -1
}

// adjacent reports whether line b directly follows line a: one line break
// and white space between them.
func (st *state) adjacent(a, b *line) bool {
	gap := st.input[a.ce:b.cs]
	n := strings.Count(gap, "\n")
	if n == 0 {
		n = strings.Count(gap, "\r")
	}
	return n == 1
}

// startsLower reports whether s starts with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// repeatsEarlier reports whether the core of line i is the core of an
// earlier kept line.
func (st *state) repeatsEarlier(i int) bool {
	t := st.input[st.lines[i].ks:st.lines[i].ke]
	for j := 0; j < i; j++ {
		o := &st.lines[j]
		if !o.removed && o.ke-o.ks == len(t) && st.input[o.ks:o.ke] == t {
			return true
		}
	}
	return false
}

// maxRepeatLook is the number of lines before a tail line that are looked
// at for a copy of it, so that a long tail stays linear.
const maxRepeatLook = 32

// repeatsWithin reports whether the core of line i is the core of one of
// the n lines before it.
func (st *state) repeatsWithin(i, n int) bool {
	t := st.input[st.lines[i].ks:st.lines[i].ke]
	for j := max(0, i-n); j < i; j++ {
		o := &st.lines[j]
		if o.ke-o.ks == len(t) && st.input[o.ks:o.ke] == t {
			return true
		}
	}
	return false
}

// keptAfter reports whether a kept line follows line i.
func (st *state) keptAfter(i int) bool {
	for j := i + 1; j < len(st.lines); j++ {
		ln := &st.lines[j]
		if !ln.removed && ln.ks < ln.ke && ln.letters {
			return true
		}
	}
	return false
}

// titleShaped reports whether a line looks like a headline: 2 to 25 words,
// at most 250 bytes, no final period, colon or comma, not a dateline (of a
// rule that applies before the body: one flagged tail only opens a
// paragraph).
func (st *state) titleShaped(ln *line) bool {
	s := st.input[ln.ks:ln.ke]
	if ln.wrapped {
		return false
	}
	for _, p := range st.parts[ln.p0:ln.p1] {
		if p.kind == KindCredit {
			return false // a photo caption with its credit
		}
	}
	if ln.words < 2 || ln.words > 25 || len(s) > 250 || endsTitleStop(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsLower(r) {
		return false
	}
	if len(st.c.dates) > 0 {
		head := datelineWindow(s)
		st.lower(head, phaseBody)
		for _, ru := range st.c.dates {
			if ru.re == nil || ru.flags&flagTail != 0 || !st.prefilter(ru, len(head)) {
				continue
			}
			if ru.flags&flagPlace == 0 {
				if ru.re.MatchString(head) {
					return false
				}
			} else if sub, ok := st.match(ru, head); ok && st.placeOK(ru, head, sub) {
				return false
			}
		}
	}
	return true
}

// dateline tries the dateline rules at the start of the line's core; body
// tells whether the line is a paragraph of the body, where the rules flagged
// tail apply too.
func (st *state) dateline(ln *line, body bool) bool {
	text := st.input[ln.ks:ln.ke]
	head := datelineWindow(text)
	st.lower(head, phaseBody)
	for _, ru := range st.c.dates {
		if ru.flags&flagTail != 0 && !body || !st.prefilter(ru, len(head)) {
			continue
		}
		sub, ok := st.match(ru, head)
		if !ok || sub[0] != 0 || sub[1] == 0 || !st.placeOK(ru, head, sub) {
			continue
		}
		a, b := trimSpan(text, 0, sub[1])
		if a >= b {
			continue
		}
		// the dateline proper ends at its dash (or closing parenthesis)
		st.meta.setDateline(ru, st.input, ln.ks+a, ln.ks+b, ln.ks, sub)
		rest, _ := trimSpan(text, b, len(text))
		if rest >= len(text) {
			// a dateline alone on its line is removed, its metadata kept
			ln.removed, ln.kind, ln.rule = true, KindSource, ru.name
			return true
		}
		ln.dl = rest
		st.features2(ln)
		return true
	}
	return false
}

// placeOK reports whether a dateline that rule ru matched in s names a
// place it accepts: a rule flagged place needs a date, a source or a place
// that a place record lists ("MONTRÉAL —" is a dateline, "BNP PARIBAS —" the
// start of a sentence about a company).
func (st *state) placeOK(ru *rule, s string, sub []int) bool {
	if ru.flags&flagPlace == 0 || group(s, sub, ru.groups[grpDate]) != "" || group(s, sub, ru.groups[grpSource]) != "" {
		return true
	}
	p := group(s, sub, ru.groups[grpPlace])
	if p == "" {
		return false
	}
	st.key = text.AppendKey(st.key[:0], p)
	return st.c.places[string(st.key)]
}

// maxDateline is the longest dateline looked for: dateline patterns read
// only this much of the start of a line.
const maxDateline = 160

// datelineWindow returns the start of s that dateline patterns read, cut
// after white space so that a pattern ending in (?:\s|$) behaves.
func datelineWindow(s string) string {
	if len(s) <= maxDateline {
		return s
	}
	w := maxDateline
	for w < len(s) && w < maxDateline+8 && s[w] != ' ' {
		w++
	}
	for w < len(s) && !utf8.RuneStart(s[w]) {
		w++
	}
	return s[:w]
}

// features2 refreshes the features of a line whose dateline was split off.
func (st *state) features2(ln *line) {
	ks := ln.ks
	ln.ks += ln.dl
	st.features(ln)
	ln.ks = ks
}

// maxMentionLook is how far after an author line its words are looked for.
const maxMentionLook = 4096

// headAuthors removes the author lines that open a text before its
// headline: one or two lines shaped like names ("Mathilde Perrenoud",
// "Jean Dupont et Anne Martin") followed by more text that does not name
// them. A name that the text goes on to mention ("Christine Lagarde" and
// then "Lagarde") is the subject of the headline, and stays.
func (st *state) headAuthors(headEnd int) {
	for i, n := 0, 0; i < headEnd && n < 2; i++ {
		ln := &st.lines[i]
		if ln.removed || ln.ks >= ln.ke {
			continue
		}
		s := st.input[ln.ks:ln.ke]
		if !authorShaped(s) || !st.keptAfter(i) || st.mentioned(s, ln.ke) {
			return
		}
		ln.removed, ln.kind, ln.rule = true, KindByline, "author-line"
		st.meta.addByline(strings.TrimRight(s, ". "))
		n++
	}
}

// mentioned reports whether a word of three letters or more of the name s
// (particles and joining words aside) occurs as a whole word in the text
// that follows offset from (up to maxMentionLook bytes).
func (st *state) mentioned(s string, from int) bool {
	end := min(len(st.input), from+maxMentionLook)
	for end < len(st.input) && !utf8.RuneStart(st.input[end]) {
		end++
	}
	after := st.input[from:end]
	for w := range strings.FieldsSeq(s) {
		w = strings.TrimRight(w, ".,")
		if len(w) < 3 || isParticle(w) || w == "et" || w == "and" {
			continue
		}
		if containsWord(after, w) {
			return true
		}
	}
	return false
}

// containsWord reports whether w occurs in s with no letter or digit right
// before or after it.
func containsWord(s, w string) bool {
	for i := 0; i+len(w) <= len(s); {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		a, b := i+k, i+k+len(w)
		r0, _ := utf8.DecodeLastRuneInString(s[:a])
		r1, _ := utf8.DecodeRuneInString(s[b:])
		if (a == 0 || !unicode.IsLetter(r0) && !unicode.IsDigit(r0)) && (b == len(s) || !unicode.IsLetter(r1) && !unicode.IsDigit(r1)) {
			return true
		}
		i = a + 1
	}
	return false
}

// authorShaped reports an author line: a name ("Mathilde Perrenoud") or two
// names joined by "et", "and" or "&" ("Jean Dupont et Anne Martin").
func authorShaped(s string) bool {
	if nameShaped(s) {
		return true
	}
	for _, sep := range [...]string{" et ", " and ", " & "} {
		if a, b, ok := strings.Cut(s, sep); ok {
			return nameShaped(a) && nameShaped(b)
		}
	}
	return false
}

// nameShaped reports a signature: two to four capitalised words (particles
// allowed), optionally followed by a period, and nothing else.
func nameShaped(s string) bool {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	if len(s) > 60 {
		return false
	}
	n := 0
	caps := 0
	for w := range strings.FieldsSeq(s) {
		n++
		r, _ := utf8.DecodeRuneInString(w)
		if isParticle(w) {
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.' {
				return false
			}
		}
		caps++
	}
	return n >= 2 && n <= 4 && caps >= 2
}

// isParticle reports the small words of names ("de", "van", "ben").
func isParticle(w string) bool {
	if len(w) > 3 {
		return false // no particle is longer
	}
	for _, p := range [...]string{"de", "du", "des", "van", "von", "ten", "le", "la", "d'", "da", "di", "el", "ben", "ibn"} {
		if strings.EqualFold(w, p) {
			return true
		}
	}
	return false
}

// buildPieces turns the classified lines into pieces, in input order.
func (st *state) buildPieces() {
	for i := range st.lines {
		ln := &st.lines[i]
		if ln.cs == ln.ce {
			continue
		}
		if ln.removed {
			st.emit(piece{start: ln.cs, end: ln.ce, kind: ln.kind, rule: ln.rule})
			continue
		}
		pos := ln.cs
		role := ln.role
		if role == RoleNone {
			role = RoleParagraph
		}
		dlDone := ln.dl == 0
		for _, p := range st.parts[ln.p0:ln.p1] {
			if p.start > pos {
				st.keptRange(ln, pos, p.start, role, &dlDone)
			}
			st.emit(piece{start: p.start, end: p.end, kind: p.kind, rule: p.rule})
			pos = max(pos, p.end)
		}
		if pos < ln.ce {
			st.keptRange(ln, pos, ln.ce, role, &dlDone)
		}
	}
}

// keptRange emits the kept text of [a, b) of a line, splitting the dateline
// off the start of the core.
func (st *state) keptRange(ln *line, a, b int, role Role, dlDone *bool) {
	if !*dlDone {
		d := ln.ks + ln.dl
		if a <= ln.ks && d <= b {
			if a < ln.ks {
				st.keptText(a, ln.ks, role)
			}
			st.emit(piece{start: ln.ks, end: d, kept: true, role: RoleDateline})
			*dlDone = true
			a = d
		}
	}
	st.keptText(a, b, role)
}

func (st *state) keptText(a, b int, role Role) {
	a, b = trimSpan(st.input, a, b)
	if a < b {
		st.emit(piece{start: a, end: b, kept: true, role: role})
	}
}

// emit appends a piece, splitting kept pieces around markup spans.
func (st *state) emit(p piece) {
	if p.start >= p.end {
		return
	}
	if len(st.marks) > 0 && p.kept {
		for _, m := range st.marksIn(p.start, p.end) {
			a, b := max(m.Start, p.start), min(m.End, p.end)
			if a > p.start {
				q := p
				q.end = a
				st.emitRaw(q)
			}
			st.emitRaw(piece{start: a, end: b, kind: KindMarkup, rule: ruleInlineMarkup})
			p.start = b
		}
		if p.start >= p.end {
			return
		}
	}
	st.emitRaw(p)
}

func (st *state) emitRaw(p piece) {
	if n := len(st.pieces); n > 0 && p.start < st.pieces[n-1].end {
		// never overlap: clip to what is left
		p.start = st.pieces[n-1].end
		if p.start >= p.end {
			return
		}
	}
	st.pieces = append(st.pieces, p)
}

// segments turns the pieces into segments that tile the input: each
// segment runs from the start of its piece to the start of the next one, so
// that white space and line breaks join the segment before them (leading
// white space joins the first segment).
func (st *state) segments(r *Result) {
	ps := st.pieces
	// markup spans outside every line (between lines) become pieces too
	if len(st.marks) > 0 {
		ps = st.addLooseMarks(ps)
	}
	s := st.input
	if len(ps) == 0 {
		r.Segments = []Segment{{Start: 0, End: len(s), Text: s, Kept: true, Role: RoleParagraph}}
		return
	}
	segs := make([]Segment, len(ps))
	for i, p := range ps {
		start, end := p.start, len(s)
		if i == 0 {
			start = 0
		}
		if i+1 < len(ps) {
			end = ps[i+1].start
		}
		segs[i] = Segment{Start: start, End: end, Text: s[start:end], Kept: p.kept, Role: p.role, Kind: p.kind, Rule: p.rule}
	}
	r.Segments = segs
}

// addLooseMarks merges the markup spans that no line covers into the
// pieces, in order.
func (st *state) addLooseMarks(ps []piece) []piece {
	var extra []piece
	pi := 0
	for _, m := range st.marks {
		for pi < len(ps) && ps[pi].end <= m.Start {
			pi++
		}
		if pi < len(ps) && ps[pi].start < m.End {
			continue // inside a piece: already split
		}
		extra = append(extra, piece{start: m.Start, end: m.End, kind: KindMarkup, rule: ruleMarkup})
	}
	if len(extra) == 0 {
		return ps
	}
	out := make([]piece, 0, len(ps)+len(extra))
	i, j := 0, 0
	for i < len(ps) || j < len(extra) {
		if j >= len(extra) || i < len(ps) && ps[i].start < extra[j].start {
			out = append(out, ps[i])
			i++
		} else {
			if n := len(out); n == 0 || out[n-1].end <= extra[j].start {
				out = append(out, extra[j])
			}
			j++
		}
	}
	return out
}

// tailBlock removes the block of short lines that ends a text after its
// last paragraph, when that tail also holds boilerplate that a rule removed
// ("Partager", a copyright line...): widget labels and link titles that no
// rule names. A line of the block has 1 to 10 words, no final punctuation,
// no digit and starts with a capital letter; it may repeat an earlier line.
// A block right after a line ending with a colon is a list and stays.
// Lines in capitals ("EN SAVOIR PLUS") of the tail go in any case when
// every kept line after them qualifies too.
func (st *state) tailBlock(last int) {
	lines := st.lines
	evidence := false
	for i := last + 1; i < len(lines); i++ {
		if ln := &lines[i]; ln.removed && ln.rule != "" && ln.kind != KindMarkup && ln.rule != "no-text" {
			evidence = true
			break
		}
	}
	// the block: from the end back to the first line that does not qualify
	start := len(lines)
	caps := false
	for i := len(lines) - 1; i > last; i-- {
		ln := &lines[i]
		if ln.removed || ln.ks >= ln.ke || authorShaped(st.input[ln.ks+ln.dl:ln.ke]) {
			continue // a signature is left to the roles below
		}
		if !st.tailShaped(i) {
			break
		}
		start = i
		caps = caps || st.capsLine(ln)
	}
	if start == len(lines) || !evidence && !caps {
		return
	}
	// not the items of a list introduced by a colon
	for j := start - 1; j >= 0; j-- {
		if p := &lines[j]; !p.removed && p.ks < p.ke {
			if strings.HasSuffix(strings.TrimRight(st.input[p.ks:p.ke], " \u00a0\u202f"), ":") {
				return
			}
			break
		}
	}
	for i := start; i < len(lines); i++ {
		if ln := &lines[i]; !ln.removed && ln.ks < ln.ke && !authorShaped(st.input[ln.ks+ln.dl:ln.ke]) {
			ln.removed, ln.kind, ln.rule = true, KindOther, "tail-block"
			if st.repeatsWithin(i, maxRepeatLook) {
				ln.kind, ln.rule = KindDuplicate, "repeated-line"
			}
		}
	}
}

// tailShaped reports whether kept line i may belong to the block of short
// lines that ends a text.
func (st *state) tailShaped(i int) bool {
	ln := &st.lines[i]
	s := st.input[ln.ks:ln.ke]
	if ln.prose || ln.terminal || ln.words < 1 || ln.words > 10 || ln.dl > 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) || strings.ContainsAny(s, "0123456789") {
		return false
	}
	return true
}

// capsLine reports a line written in capitals with four letters or more.
func (st *state) capsLine(ln *line) bool {
	n := 0
	for _, r := range st.input[ln.ks:ln.ke] {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 4
}
