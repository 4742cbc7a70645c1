package quotes

import (
	"cmp"
	"slices"
	"strings"

	"github.com/depeche-go/depeche/entities"
)

// windowBytes is the size of the windows a long text is read in (a variable
// so that the tests can make windows small).
var windowBytes = 64 << 10

// blankSearch is how far past windowBytes a window's end is looked for at a
// blank line before a line break will do.
var blankSearch = 64 << 10

// spanBytes returns how many bytes of input the spans cover.
func spanBytes(spans []Span, n int) int {
	total := 0
	for _, sp := range spans {
		total += max(0, min(sp.End, n)-max(sp.Start, 0))
	}
	return total
}

// findWindows reads a long text window by window. A window ends at the first
// paragraph break (a blank line, else a line break) after windowBytes; when a
// quote is still open at its end, the window is read again, longer, so that a
// quote is never cut by a window (up to 4 times the size: beyond that, the
// quote is reported cut, with its warning, as a text cut off there would be).
func (a *Attributor) findWindows(input string, spans []Span, ents []entities.Entity) ([]Quote, []Attribution, []Warning) {
	if !slices.IsSortedFunc(ents, byStart) {
		ents = slices.Clone(ents)
		slices.SortStableFunc(ents, byStart)
	}
	lo, hi := 0, len(input)
	if len(spans) > 0 {
		lo, hi = max(spans[0].Start, 0), min(spans[len(spans)-1].End, len(input))
	}
	var (
		qs    []Quote
		as    []Attribution
		ws    []Warning
		win   []Span
		first = 0 // first entity not before the window
		si    = 0 // first span not before the window
	)
	for start := lo; start < hi; {
		var end int
		nq, na, nw := len(qs), len(as), len(ws)
		for size := windowBytes; ; size *= 2 {
			end = windowEnd(input, start, hi, size)
			for si < len(spans) && spans[si].End <= start {
				si++
			}
			win = clipSpans(win[:0], spans[si:], start, end)
			for first < len(ents) && ents[first].Start < start {
				first++
			}
			last := first
			for last < len(ents) && ents[last].Start < end {
				last++
			}
			var open bool
			qs, as, ws, open = a.find(input, win, ents[first:last], qs[:nq], as[:na], ws[:nw])
			if !open || end >= hi || size >= 4*windowBytes {
				break
			}
		}
		if start == lo && end < hi {
			// room for the whole text's items, judged from the first
			// window, so that the lists are not copied as they grow.
			// At most one item per 256 bytes: a first window dense with
			// quotes does not reserve room for a whole text of them.
			k, limit := (hi-lo)/max(end-start, 1)+1, (hi-lo)/256
			qs = slices.Grow(qs, max(0, min(len(qs)*k, limit)-len(qs)))
			as = slices.Grow(as, max(0, min(len(as)*k, limit)-len(as)))
		}
		start = end
	}
	return qs, as, ws
}

func byStart(a, b entities.Entity) int { return cmp.Compare(a.Start, b.Start) }

// windowEnd returns where the window that starts at start ends: after the
// first blank line past start+size (searched up to blankSearch bytes
// further), else after the first line break past it, else at hi.
func windowEnd(input string, start, hi, size int) int {
	from := start + size
	if from >= hi {
		return hi
	}
	limit := min(hi, from+blankSearch)
	if i := strings.Index(input[from:limit], "\n\n"); i >= 0 {
		return from + i + 2
	}
	if i := strings.IndexByte(input[from:hi], '\n'); i >= 0 {
		return from + i + 1
	}
	return hi
}

// clipSpans appends to dst the parts of spans (in order) inside [start, end).
func clipSpans(dst, spans []Span, start, end int) []Span {
	for _, sp := range spans {
		if sp.Start >= end {
			break
		}
		sp.Start, sp.End = max(sp.Start, start), min(sp.End, end)
		if sp.Start < sp.End {
			dst = append(dst, sp)
		}
	}
	return dst
}
