// Package view gives the stages of depeche a decoded copy of the input to
// read — HTML character references decoded, mojibake repaired — and maps
// offsets in that copy back to the input, so that every item still carries
// byte offsets into the input exactly as given.
//
// A View is built from a list of replacements of input spans. Offsets are
// mapped piece by piece: outside a replacement the two texts are the same
// bytes; a span that starts or ends inside a replacement widens to the whole
// replaced input span, so that a mapped span never cuts a character of the
// input.
package view

import (
	"html"
	"sort"
	"strings"
)

// Replacement replaces input[Start:End] with Text in the view.
type Replacement struct {
	Start, End int
	Text       string
}

// piece is one replacement, placed: it starts at o in the input and at v in
// the view, and is on bytes long in the input and vn in the view.
type piece struct {
	o, on, v, vn int
}

// View is a decoded copy of an input with the map back to it. The zero View
// (or nil) is the identity over an empty input. A View is immutable and safe
// for concurrent use.
type View struct {
	// Text is the text to read.
	Text   string
	pieces []piece
}

// New returns the view of input with the given replacements applied.
// Replacements must be sorted by Start; one that overlaps the one before it,
// lies outside input, is empty, deletes (empty Text) or changes nothing is
// skipped.
func New(input string, reps []Replacement) *View {
	v := &View{}
	var b strings.Builder
	last := 0
	for _, r := range reps {
		if r.Start < last || r.End > len(input) || r.Start >= r.End || r.Text == "" || input[r.Start:r.End] == r.Text {
			continue
		}
		if b.Len() == 0 && len(v.pieces) == 0 {
			b.Grow(len(input))
		}
		b.WriteString(input[last:r.Start])
		v.pieces = append(v.pieces, piece{o: r.Start, on: r.End - r.Start, v: b.Len(), vn: len(r.Text)})
		b.WriteString(r.Text)
		last = r.End
	}
	if len(v.pieces) == 0 {
		v.Text = input
		return v
	}
	b.WriteString(input[last:])
	v.Text = b.String()
	return v
}

// Identity reports whether the view is the input itself.
func (v *View) Identity() bool { return v == nil || len(v.pieces) == 0 }

// Len returns the number of replacements.
func (v *View) Len() int {
	if v == nil {
		return 0
	}
	return len(v.pieces)
}

// Start maps a view offset that starts a span to an input offset.
func (v *View) Start(x int) int {
	p, ok := v.find(x, true)
	switch {
	case !ok:
		return x
	case x < p.v+p.vn:
		return p.o
	}
	return p.o + p.on + x - p.v - p.vn
}

// End maps a view offset that ends a span to an input offset.
func (v *View) End(x int) int {
	p, ok := v.find(x, true)
	switch {
	case !ok:
		return x
	case x == p.v:
		return p.o
	case x <= p.v+p.vn:
		return p.o + p.on
	}
	return p.o + p.on + x - p.v - p.vn
}

// Span maps a view span to an input span.
func (v *View) Span(start, end int) (int, int) {
	if v.Identity() {
		return start, end
	}
	s, e := v.Start(start), v.End(end)
	return s, max(s, e)
}

// ToView maps an input span to a view span.
func (v *View) ToView(start, end int) (int, int) {
	if v.Identity() {
		return start, end
	}
	s, e := v.toView(start, false), v.toView(end, true)
	return s, max(s, e)
}

func (v *View) toView(x int, isEnd bool) int {
	p, ok := v.find(x, false)
	switch {
	case !ok:
		return x
	case x == p.o:
		return p.v
	case x < p.o+p.on:
		if isEnd {
			return p.v + p.vn
		}
		return p.v
	}
	return p.v + p.vn + x - p.o - p.on
}

// find returns the last piece that starts at or before x, in view (inView)
// or input offsets.
func (v *View) find(x int, inView bool) (piece, bool) {
	if v == nil {
		return piece{}, false
	}
	i := sort.Search(len(v.pieces), func(i int) bool {
		if inView {
			return v.pieces[i].v > x
		}
		return v.pieces[i].o > x
	})
	if i == 0 {
		return piece{}, false
	}
	return v.pieces[i-1], true
}

// maxRefLen bounds the length of an HTML character reference
// ("&CounterClockwiseContourIntegral;" is the longest name).
const maxRefLen = 40

// HTMLRefs appends to dst the HTML character references of s ("&eacute;",
// "&nbsp;", "&#233;", "&#xE9;") as replacements by the characters they name.
// Text without "&" costs one byte scan. Unknown names ("AT&T;") are left.
func HTMLRefs(dst []Replacement, s string) []Replacement {
	for i := 0; ; {
		k := strings.IndexByte(s[i:], '&')
		if k < 0 {
			return dst
		}
		i += k
		j := i + 1
		for j < len(s) && j-i < maxRefLen && isRefByte(s[j]) {
			j++
		}
		if j < len(s) && s[j] == ';' && j > i+1 {
			ref := s[i : j+1]
			if dec := html.UnescapeString(ref); dec != ref {
				dst = append(dst, Replacement{Start: i, End: j + 1, Text: dec})
				i = j + 1
				continue
			}
		}
		i++
	}
}

func isRefByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '#'
}
