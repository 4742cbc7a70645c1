package quotes

import (
	"github.com/depeche-go/depeche/internal/text"
)

// Quote-mark families: a mark only pairs with a mark of its own family.
const (
	famNone     = iota
	famGuil     // « »
	famCurly    // “ ” „ ‟
	famAngle    // << >>
	famSingle   // ‹ ›
	famStraight // "
	famASCII    // ' (Cercle Finance)
	famCurly1   // ‘ ’
)

// Mark roles.
const (
	roleOpen = 1 << iota
	roleClose
)

// pair is a matched pair of quote marks: token indexes.
type pair struct {
	open, close int
	cut         bool // no closing mark: the text ends inside the quote
}

// open is an unclosed mark on the stack.
type openMark struct {
	tok   int
	fam   int
	para  int32
	lastP int32 // last paragraph the quote is known to run through
}

// Limits of the quote finder.
const (
	maxDepth       = 32   // deeper nesting drops the oldest open mark
	maxParasNoMark = 8    // paragraphs a quote may run through without reopening marks
	maxBytesNoMark = 8000 // bytes a quote may run through without reopening marks
	maxQuoteTokens = 6000 // tokens in one quote
	minCutWords    = 3
)

// markAt classifies the quote mark at token i: family and role.
func (d *doc) markAt(i int) (fam, role int) {
	t := d.toks[i]
	if t.kind != text.Quote {
		return famNone, 0
	}
	s := d.input[t.start:t.end]
	switch s {
	case "«":
		return famGuil, roleOpen
	case "»":
		return famGuil, roleClose
	case "“":
		return famCurly, roleOpen | roleClose // opens in French, closes after „
	case "„", "‟":
		return famCurly, roleOpen
	case "”":
		return famCurly, roleClose
	case "<<":
		return famAngle, roleOpen
	case ">>":
		return famAngle, roleClose
	case "‹":
		return famSingle, roleOpen
	case "›":
		return famSingle, roleClose
	case "\"", "＂":
		return famStraight, roleOpen | roleClose
	case "‘", "‚", "‛":
		return famCurly1, roleOpen
	case "’":
		return famCurly1, roleClose
	case "'":
		return famASCII, d.asciiRole(i)
	}
	return famNone, 0
}

// asciiRole tells whether the ASCII apostrophe at i may open or close a quote.
// An apostrophe glued to letters on both sides, or glued after an elided word,
// is an apostrophe.
func (d *doc) asciiRole(i int) int {
	t := d.toks[i]
	prevGlued := i > 0 && t.flags&tSpace == 0 && t.flags&tNL == 0
	nextGlued := i+1 < len(d.toks) && d.toks[i+1].flags&tSpace == 0 && d.toks[i+1].flags&tNL == 0
	nextWordish := i+1 < len(d.toks) && d.toks[i+1].flags&tNL == 0 && (d.isWord(i+1) || d.toks[i+1].kind == text.Quote || d.toks[i+1].kind == text.Ellipsis || d.is(i+1, "("))
	role := 0
	if !prevGlued || d.is(i-1, "(") || (i > 0 && d.toks[i-1].kind == text.Quote) {
		if nextWordish {
			role |= roleOpen
		}
	}
	if prevGlued && nextGlued && d.isWord(i-1) && d.isWord(i+1) {
		return 0 // an apostrophe inside a word
	}
	nextPunct := i+1 < len(d.toks) && d.toks[i+1].kind == text.Punct
	if prevGlued || (i > 0 && (!nextGlued || nextPunct)) {
		role |= roleClose
	}
	return role
}

// findMarks pairs the quote marks of the document. It runs in time linear in
// the number of tokens whatever the marks: the stack is bounded and each mark
// is pushed and popped at most once.
func (d *doc) findMarks() {
	var stack [maxDepth]openMark
	n := 0
	lastPara := int32(0)
	drop := func(k int) { // remove stack[k]
		copy(stack[k:n-1], stack[k+1:n])
		n--
	}
	for i := 0; i < len(d.toks); i++ {
		t := d.toks[i]
		if t.para != lastPara {
			// a new paragraph: marks of the straight and single families do not
			// run on unless the paragraph reopens them; others run on a while.
			reopen := famNone
			if t.kind == text.Quote {
				reopen, _ = d.markAt(i)
			}
			for k := n - 1; k >= 0; k-- {
				m := &stack[k]
				switch {
				case m.fam == reopen && k == n-1:
					m.lastP = t.para
				case m.fam == famASCII || m.fam == famCurly1:
					drop(k)
				case m.fam == famStraight:
					drop(k)
				case t.para-m.lastP > maxParasNoMark || int(t.start)-int(d.toks[m.tok].start) > maxBytesNoMark && t.para-m.lastP > 1:
					drop(k)
				}
			}
			if reopen != famNone && n > 0 && stack[n-1].fam == reopen && stack[n-1].lastP == t.para && stack[n-1].para != t.para {
				lastPara = t.para
				continue // the mark that reopens a continued paragraph
			}
			lastPara = t.para
		}
		if t.kind != text.Quote {
			continue
		}
		fam, role := d.markAt(i)
		if fam == famNone || role == 0 {
			continue
		}
		// close the innermost open mark of the same family.
		if role&roleClose != 0 {
			k := n - 1
			for k >= 0 && stack[k].fam != fam {
				k--
			}
			if k >= 0 && fam == famCurly && role&roleOpen != 0 && d.input[d.toks[stack[k].tok].start:d.toks[stack[k].tok].end] == "“" && d.toks[i].flags&tSpace != 0 && !d.closeContext(i) {
				k = -1 // “ after a space opens a nested quote
			}
			if k >= 0 {
				if int(i-stack[k].tok) <= maxQuoteTokens {
					d.pairs = append(d.pairs, pair{open: stack[k].tok, close: i})
				}
				n = k // marks opened inside and left open were stray
				continue
			}
		}
		if role&roleOpen != 0 {
			if n == maxDepth {
				drop(0)
			}
			stack[n] = openMark{tok: i, fam: fam, para: t.para, lastP: t.para}
			n++
		}
	}
	// quotes cut off by the end of the text: the oldest mark still open that
	// has words after it.
	for k := 0; k < n; k++ {
		m := stack[k]
		if m.fam == famASCII || m.fam == famCurly1 {
			continue
		}
		words := 0
		for j := m.tok + 1; j < len(d.toks) && words < minCutWords; j++ {
			if d.isWord(j) {
				words++
			}
		}
		if words >= minCutWords && len(d.toks)-m.tok <= maxQuoteTokens {
			d.pairs = append(d.pairs, pair{open: m.tok, close: len(d.toks), cut: true})
		}
		break
	}
	d.outermost()
}

// closeContext reports whether the mark at i sits where a closing mark
// would: glued to the word before it or followed by punctuation or the end.
func (d *doc) closeContext(i int) bool {
	if d.toks[i].flags&tSpace == 0 {
		return true
	}
	if i+1 >= len(d.toks) || d.toks[i+1].flags&tNL != 0 {
		return true
	}
	switch d.txt(i + 1) {
	case ",", ".", ";", ":", ")", "!", "?":
		return true
	}
	return false
}

// outermost keeps the pairs that no other pair contains, in order.
func (d *doc) outermost() {
	ps := d.pairs
	// pairs close in order of their closing mark; sort by opening mark.
	sortPairs(ps)
	out := ps[:0]
	end := -1
	for _, p := range ps {
		if p.open > end {
			out = append(out, p)
			end = p.close
		}
	}
	d.pairs = out
}

func sortPairs(ps []pair) {
	// insertion sort is linear on the nearly sorted input we produce (nested
	// pairs come out just before their parent); fall back to a merge for the rest.
	if len(ps) < 64 {
		for i := 1; i < len(ps); i++ {
			for j := i; j > 0 && less(ps[j], ps[j-1]); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
		return
	}
	mergeSort(ps, make([]pair, len(ps)))
}

func less(a, b pair) bool {
	if a.open != b.open {
		return a.open < b.open
	}
	return a.close > b.close
}

func mergeSort(a, tmp []pair) {
	if len(a) < 2 {
		return
	}
	m := len(a) / 2
	mergeSort(a[:m], tmp[:m])
	mergeSort(a[m:], tmp[m:])
	i, j, k := 0, m, 0
	for i < m && j < len(a) {
		if less(a[j], a[i]) {
			tmp[k] = a[j]
			j++
		} else {
			tmp[k] = a[i]
			i++
		}
		k++
	}
	k += copy(tmp[k:], a[i:m])
	copy(tmp[k:], a[j:])
	copy(a, tmp[:len(a)])
}
