package parse_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/depeche-go/depeche/internal/testutil"
	"github.com/depeche-go/depeche/parse"
)

// checkDocument returns every broken invariant of doc parsed from input:
// each item's span in bounds and on UTF-8 boundaries, its Text exactly
// input[Start:End], each list sorted by Start then End, the cleaner's
// segments tiling the input, no nil list.
func checkDocument(input string, doc *parse.Document) []string {
	var errs []string
	add := func(err error) {
		if err != nil {
			errs = append(errs, err.Error())
		}
	}
	if doc == nil {
		return []string{"nil document"}
	}
	if doc.Boilerplate == nil || doc.Entities == nil || doc.Amounts == nil || doc.Quotes == nil ||
		doc.Attributions == nil || doc.Warnings == nil {
		errs = append(errs, "a list is nil (it would encode as null)")
	}
	if d := doc.Dateline; d.Text != "" || d.End != 0 {
		add(testutil.CheckSpan(input, "dateline", d.Start, d.End, d.Text))
	}
	var spans [][2]int
	for i, b := range doc.Boilerplate {
		add(testutil.CheckSpan(input, fmt.Sprintf("boilerplate %d (%s)", i, b.Kind), b.Start, b.End, b.Text))
		if b.Kind == "" {
			errs = append(errs, fmt.Sprintf("boilerplate %d has no kind", i))
		}
		spans = append(spans, [2]int{b.Start, b.End})
	}
	add(testutil.CheckSorted("boilerplate", spans))
	spans = spans[:0]
	for i, e := range doc.Entities {
		add(testutil.CheckSpan(input, fmt.Sprintf("entity %d", i), e.Start, e.End, e.Text))
		spans = append(spans, [2]int{e.Start, e.End})
	}
	add(testutil.CheckSorted("entities", spans))
	spans = spans[:0]
	for i, a := range doc.Amounts {
		add(testutil.CheckSpan(input, fmt.Sprintf("amount %d", i), a.Start, a.End, a.Text))
		spans = append(spans, [2]int{a.Start, a.End})
	}
	add(testutil.CheckSorted("amounts", spans))
	spans = spans[:0]
	for i, q := range doc.Quotes {
		what := fmt.Sprintf("quote %d", i)
		add(testutil.CheckSpan(input, what, q.Start, q.End, q.Text))
		add(testutil.CheckBounds(input, what+" outer", q.OuterStart, q.OuterEnd))
		if q.OuterStart > q.Start || q.OuterEnd < q.End {
			errs = append(errs, fmt.Sprintf("%s: outer [%d,%d) does not contain [%d,%d)", what, q.OuterStart, q.OuterEnd, q.Start, q.End))
		}
		if q.Speaker != "" {
			add(testutil.CheckBounds(input, what+" speaker", q.SpeakerStart, q.SpeakerEnd))
		}
		spans = append(spans, [2]int{q.Start, q.End})
	}
	add(testutil.CheckSorted("quotes", spans))
	spans = spans[:0]
	for i, a := range doc.Attributions {
		add(testutil.CheckSpan(input, fmt.Sprintf("attribution %d", i), a.Start, a.End, a.Text))
		spans = append(spans, [2]int{a.Start, a.End})
	}
	add(testutil.CheckSorted("attributions", spans))
	spans = spans[:0]
	for i, w := range doc.Warnings {
		add(testutil.CheckBounds(input, fmt.Sprintf("warning %d (%s)", i, w.Message), w.Start, w.End))
		spans = append(spans, [2]int{w.Start, w.End})
	}
	add(testutil.CheckSorted("warnings", spans))
	if doc.Clean != nil && input != "" {
		pos := 0
		for i, s := range doc.Clean.Segments {
			if s.Start != pos {
				errs = append(errs, fmt.Sprintf("segment %d starts at %d, want %d: segments must tile the input", i, s.Start, pos))
			}
			add(testutil.CheckSpan(input, fmt.Sprintf("segment %d", i), s.Start, s.End, s.Text))
			pos = s.End
		}
		if pos != len(input) {
			errs = append(errs, fmt.Sprintf("segments end at %d, want %d", pos, len(input)))
		}
	}
	// invalid UTF-8 is always reported.
	if !utf8.ValidString(input) {
		found := false
		for _, w := range doc.Warnings {
			if strings.Contains(w.Message, "UTF-8") {
				found = true
			}
		}
		if !found {
			errs = append(errs, "invalid UTF-8 without a warning")
		}
	}
	return errs
}

// mustCheck fails t with every broken invariant.
func mustCheck(t testing.TB, name, input string, doc *parse.Document) {
	t.Helper()
	errs := checkDocument(input, doc)
	if len(errs) > 10 {
		errs = append(errs[:10], fmt.Sprintf("... and %d more", len(errs)-10))
	}
	for _, e := range errs {
		t.Errorf("%s: %s", name, e)
	}
}
