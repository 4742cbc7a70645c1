package clean

import (
	"bytes"
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// filter is what a line must hold for a pattern to match it, found by
// reading the pattern: one of a set of lowered literals at its start
// (leads), or one of a set of lowered literals anywhere (needles). A
// pattern anchored at the end of the line ($) only needs a bounded window
// at the end of the line (tail).
type filter struct {
	leads   [][]byte
	needles [][]byte   // three bytes or more: found by the one-pass scan
	small   [][]byte   // one or two bytes: tested one by one
	first   *[256]bool // the bytes a lowered line may start with, nil = any
	second  *[256]bool // with leads: the second bytes of the leads
	last    *[256]bool // the bytes a lowered line may end with, nil = any
	tail    bool
	maxLen  int // longest line a pattern anchored at both ends matches, -1 = any
	// ends: for a pattern anchored at the end, one of these lowered
	// literals must occur in the last endsWithin bytes of the line (white
	// space at its end aside): "réservés" in "...réservés\.?\s*$".
	ends       [][]byte
	endsWithin int
}

// maxSet bounds the literal sets built from a pattern.
const maxSet = 64

// tailWindow is the bytes of a line's end that a pattern anchored at the
// end only ($, not ^) reads.
const tailWindow = 400

func analyze(expr string) filter {
	f := filter{maxLen: -1}
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return f
	}
	re = re.Simplify()
	subs := []*syntax.Regexp{re}
	if re.Op == syntax.OpConcat {
		subs = re.Sub
	}
	anchored := len(subs) > 1 && (subs[0].Op == syntax.OpBeginText || subs[0].Op == syntax.OpBeginLine)
	if n := len(subs); n > 1 && (subs[n-1].Op == syntax.OpEndText || subs[n-1].Op == syntax.OpEndLine) {
		if anchored && n > 2 {
			f.maxLen = maxBytes(re)
		}
		f.last = lastBytes(subs[:n-1])
	}
	if n := len(subs); n > 1 && !anchored && (subs[n-1].Op == syntax.OpEndText || subs[n-1].Op == syntax.OpEndLine) {
		f.tail = true
	}
	if n := len(subs); n > 1 && (subs[n-1].Op == syntax.OpEndText || subs[n-1].Op == syntax.OpEndLine) {
		f.ends, f.endsWithin = endLiterals(subs[:n-1])
	}
	if anchored {
		f.first = firstOfSeq(subs[1:])
		var run []string
		for _, s := range subs[1:] {
			e, ok := exactSet(s)
			if !ok {
				break
			}
			p := product(run, e, run == nil)
			if p == nil {
				break
			}
			run = p
		}
		if minLen(run) >= 2 {
			f.leads = toBytes(run)
			f.second = new([256]bool)
			for _, l := range f.leads {
				f.second[l[1]] = true
			}
			return f
		}
	}
	if r := reqSet(re); minLen(r) >= 3 {
		f.needles = toBytes(r)
	} else if minLen(r) >= 1 && len(r) <= 4 {
		f.small = toBytes(r)
	}
	return f
}

// endLiterals returns the literals that the concatenation subs must end
// with, give or take a bounded tail after them, and the most bytes that
// literal and tail take: for "tous droits réservés\.?\s*", "réservés" in
// the last 13 bytes. White space at the end counts for nothing: lines are
// trimmed before the prefilter reads them.
func endLiterals(subs []*syntax.Regexp) ([][]byte, int) {
	acc := 0
	for i := len(subs) - 1; i >= 0 && acc <= 64; i-- {
		s := subs[i]
		if e, ok := exactSet(s); ok && minLen(e) >= 3 {
			longest := 0
			for _, l := range e {
				longest = max(longest, len(l))
			}
			return toBytes(e), acc + longest
		}
		m := maxBytes(s)
		if m < 0 {
			if !spaceRun(s) {
				return nil, 0
			}
			m = 0
		}
		acc += m
	}
	return nil, 0
}

// spaceRun reports a pattern that matches white space only (\s*, \s+).
func spaceRun(re *syntax.Regexp) bool {
	if re.Op != syntax.OpStar && re.Op != syntax.OpPlus || re.Sub[0].Op != syntax.OpCharClass {
		return false
	}
	rs := re.Sub[0].Rune
	for i := 0; i+1 < len(rs); i += 2 {
		for r := rs[i]; r <= rs[i+1]; r++ {
			if r != ' ' && r != '\t' && r != '\n' && r != '\r' && r != '\v' && r != '\f' {
				return false
			}
		}
	}
	return len(rs) > 0
}

// endsWithAny reports whether one of set occurs in the last within bytes
// of low, white space at its end aside (with a margin for lowering that
// changes the length of a character).
func endsWithAny(low []byte, set [][]byte, within int) bool {
	n := len(low)
	for n > 0 {
		switch {
		case low[n-1] == ' ' || low[n-1] == '\t' || low[n-1] == '\n' || low[n-1] == '\r':
			n--
			continue
		case n >= 2 && low[n-2] == 0xC2 && low[n-1] == 0xA0:
			n -= 2
			continue
		case n >= 3 && low[n-3] == 0xE2 && low[n-2] == 0x80 && (low[n-1] == 0xAF || low[n-1] == 0x89):
			n -= 3
			continue
		}
		break
	}
	return containsAny(low[max(0, n-within-8):n], set)
}

// firstBytes returns the bytes that a lowered text matched by re may
// start with, or nil when any byte may come first.
func firstBytes(re *syntax.Regexp) *[256]bool {
	var set [256]bool
	add := func(lo, hi rune) {
		var b [utf8.UTFMax]byte
		utf8.EncodeRune(b[:], lo)
		a := b[0]
		utf8.EncodeRune(b[:], hi)
		z := b[0]
		for c := int(a); c <= int(z); c++ {
			set[c] = true
			if 'A' <= c && c <= 'Z' {
				set[c+'a'-'A'] = true
			}
		}
	}
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil
		}
		add(re.Rune[0], re.Rune[0])
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(re.Rune[0]); f != re.Rune[0]; f = unicode.SimpleFold(f) {
				add(f, f)
			}
		}
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			add(re.Rune[i], re.Rune[i+1])
		}
	case syntax.OpCapture, syntax.OpPlus, syntax.OpStar, syntax.OpQuest, syntax.OpRepeat:
		// the empty case is the caller's (see firstOfSeq)
		return firstBytes(re.Sub[0])
	case syntax.OpConcat:
		return firstOfSeq(re.Sub)
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			f := firstBytes(s)
			if f == nil {
				return nil
			}
			for i, ok := range f {
				set[i] = set[i] || ok
			}
		}
	default:
		return nil
	}
	return &set
}

// lastBytes returns the bytes that a lowered text matched by the
// concatenation subs may end with, or nil when any byte may end it.
func lastBytes(subs []*syntax.Regexp) *[256]bool {
	var set [256]bool
	for i := len(subs) - 1; i >= 0; i-- {
		if !addLast(&set, subs[i]) {
			return nil
		}
		if !canEmpty(subs[i]) {
			return &set
		}
	}
	return nil // the whole pattern may be empty
}

// addLast adds to set the last bytes of the non-empty matches of re; it
// returns false when it cannot tell.
func addLast(set *[256]bool, re *syntax.Regexp) bool {
	mark := func(r rune) {
		var b [utf8.UTFMax]byte
		n := utf8.EncodeRune(b[:], r)
		c := b[n-1]
		set[c] = true
		if 'A' <= c && c <= 'Z' {
			set[c+'a'-'A'] = true
		}
	}
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true
		}
		r := re.Rune[len(re.Rune)-1]
		mark(r)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				mark(f)
			}
		}
		return true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if hi >= utf8.RuneSelf {
				for c := 0x80; c <= 0xBF; c++ {
					set[c] = true
				}
				hi = min(hi, utf8.RuneSelf-1)
			}
			for r := lo; r <= hi; r++ {
				mark(r)
			}
		}
		return true
	case syntax.OpEmptyMatch, syntax.OpBeginText, syntax.OpBeginLine, syntax.OpEndText, syntax.OpEndLine:
		return true
	case syntax.OpCapture, syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		return addLast(set, re.Sub[0])
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !addLast(set, s) {
				return false
			}
		}
		return true
	case syntax.OpConcat:
		for i := len(re.Sub) - 1; i >= 0; i-- {
			if !addLast(set, re.Sub[i]) {
				return false
			}
			if !canEmpty(re.Sub[i]) {
				return true
			}
		}
		return true
	}
	return false
}

// canEmpty reports whether re may match the empty string.
func canEmpty(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpStar, syntax.OpQuest,
		syntax.OpBeginText, syntax.OpBeginLine, syntax.OpEndText, syntax.OpEndLine,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpRepeat:
		return re.Min == 0 || canEmpty(re.Sub[0])
	case syntax.OpCapture, syntax.OpPlus:
		return canEmpty(re.Sub[0])
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if !canEmpty(s) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if canEmpty(s) {
				return true
			}
		}
		return false
	}
	return false
}

// maxBytes returns the most bytes a match of re may span, -1 if unbounded.
func maxBytes(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpStar, syntax.OpPlus:
		return -1
	case syntax.OpLiteral:
		return len(string(re.Rune))
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpRepeat:
		if re.Max < 0 {
			return -1
		}
		m := maxBytes(re.Sub[0])
		if m < 0 {
			return -1
		}
		return m * re.Max
	case syntax.OpAlternate:
		best := 0
		for _, s := range re.Sub {
			m := maxBytes(s)
			if m < 0 {
				return -1
			}
			best = max(best, m)
		}
		return best
	}
	total := 0
	for _, s := range re.Sub { // concat, capture, quest
		m := maxBytes(s)
		if m < 0 {
			return -1
		}
		total += m
	}
	return total
}

// firstOfSeq returns the first bytes of the concatenation subs: those of
// its leading parts that may match empty, and of the first that may not.
func firstOfSeq(subs []*syntax.Regexp) *[256]bool {
	var set [256]bool
	for _, s := range subs {
		if s.Op == syntax.OpBeginText || s.Op == syntax.OpBeginLine {
			continue
		}
		f := firstBytes(s)
		if f == nil {
			return nil
		}
		for i, ok := range f {
			set[i] = set[i] || ok
		}
		if !canEmpty(s) {
			return &set
		}
	}
	return nil
}

// exactSet returns, lowered, every string re matches, when they are few.
func exactSet(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{string(lowerBytes(nil, string(re.Rune)))}, true
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpCapture:
		return exactSet(re.Sub[0])
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 8 {
				return nil, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				s := string(lowerBytes(nil, string(r)))
				if !slices.Contains(out, s) {
					out = append(out, s)
				}
			}
		}
		if len(out) == 0 || len(out) > 8 {
			return nil, false
		}
		return out, true
	case syntax.OpQuest:
		s, ok := exactSet(re.Sub[0])
		if !ok || len(s) >= maxSet {
			return nil, false
		}
		return append(s, ""), true
	case syntax.OpAlternate:
		var out []string
		for _, s := range re.Sub {
			e, ok := exactSet(s)
			if !ok || len(out)+len(e) > maxSet {
				return nil, false
			}
			out = append(out, e...)
		}
		return out, true
	case syntax.OpConcat:
		var run []string
		for i, s := range re.Sub {
			e, ok := exactSet(s)
			if !ok {
				return nil, false
			}
			run = product(run, e, i == 0)
			if run == nil {
				return nil, false
			}
		}
		return run, true
	}
	return nil, false
}

// product returns every a+b, or nil when that makes too many.
func product(a, b []string, first bool) []string {
	if first {
		return slices.Clone(b)
	}
	if len(a)*len(b) > maxSet {
		return nil
	}
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out
}

// reqSet returns literals one of which every match of re contains, or nil.
func reqSet(re *syntax.Regexp) []string {
	if s, ok := exactSet(re); ok {
		return s
	}
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return reqSet(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return reqSet(re.Sub[0])
		}
	case syntax.OpAlternate:
		var out []string
		for _, s := range re.Sub {
			r := reqSet(s)
			if r == nil {
				return nil
			}
			out = append(out, r...)
		}
		return out
	case syntax.OpConcat:
		var best, run []string
		flush := func() {
			if minLen(run) > minLen(best) {
				best = run
			}
			run = nil
		}
		for _, s := range re.Sub {
			if e, ok := exactSet(s); ok {
				p := product(run, e, run == nil)
				if p == nil {
					flush()
					p = e
				}
				run = p
				continue
			}
			flush()
			if r := reqSet(s); minLen(r) > minLen(best) {
				best = r
			}
		}
		flush()
		return best
	}
	return nil
}

// minLen returns the length of the shortest string of set, -1 for none.
func minLen(set []string) int {
	if len(set) == 0 {
		return -1
	}
	m := len(set[0])
	for _, s := range set[1:] {
		m = min(m, len(s))
	}
	return m
}

func toBytes(set []string) [][]byte {
	out := make([][]byte, 0, len(set))
	for _, s := range set {
		if !slices.ContainsFunc(out, func(b []byte) bool { return string(b) == s }) {
			out = append(out, []byte(s))
		}
	}
	return out
}

// pass reports whether the lowered line low may match.
func (f *filter) pass(low []byte) bool {
	if f.ends != nil && !endsWithAny(low, f.ends, f.endsWithin) {
		return false
	}
	if f.first != nil && (len(low) == 0 || !f.first[low[0]]) {
		return false
	}
	if f.last != nil && (len(low) == 0 || !f.last[low[len(low)-1]]) {
		return false
	}
	if f.leads != nil {
		if len(low) < 2 || !f.second[low[1]] {
			return false
		}
		for _, l := range f.leads {
			if bytes.HasPrefix(low, l) {
				return true
			}
		}
		return false
	}
	if f.needles != nil {
		return containsAny(low, f.needles)
	}
	return f.small == nil || containsAny(low, f.small)
}

func containsAny(low []byte, set [][]byte) bool {
	for _, n := range set {
		if bytes.Contains(low, n) {
			return true
		}
	}
	return false
}
