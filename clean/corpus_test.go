package clean_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depeche-go/depeche/clean"
)

const paragraph = "Le groupe a publié jeudi un chiffre d'affaires trimestriel en hausse de 6 %, au-dessus des attentes des analystes."

// readLines returns the non-comment, non-blank lines of a testdata file.
func readLines(t *testing.T, name string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for l := range strings.SplitSeq(string(data), "\n") {
		if l = strings.TrimRight(l, "\r"); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

// segmentOf returns the segment that holds the byte at offset at.
func segmentOf(r *clean.Result, at int) clean.Segment {
	for _, s := range r.Segments {
		if s.Start <= at && at < s.End {
			return s
		}
	}
	return clean.Segment{}
}

// TestRuleCorpus checks every line of testdata/corpus.txt: put after a
// paragraph, the whole line must be one removed segment of its kind.
func TestRuleCorpus(t *testing.T) {
	c := clean.Default()
	for _, l := range readLines(t, "corpus.txt") {
		kind, line, ok := strings.Cut(l, "\t")
		if !ok {
			t.Fatalf("bad corpus line %q", l)
		}
		t.Run(line, func(t *testing.T) {
			in := paragraph + "\n" + line + "\n"
			r := c.Clean(in)
			checkTiling(t, in, r)
			s := segmentOf(r, len(paragraph)+1)
			if s.Kept || s.Kind.String() != kind || strings.TrimSpace(s.Text) != line {
				t.Errorf("got kept=%v kind=%s rule=%s text=%q, want kind %s", s.Kept, s.Kind, s.Rule, s.Text, kind)
			}
		})
	}
}

// TestRuleNegative checks that the lines of testdata/negative.txt stay.
func TestRuleNegative(t *testing.T) {
	c := clean.Default()
	for _, line := range readLines(t, "negative.txt") {
		t.Run(line, func(t *testing.T) {
			in := paragraph + "\n" + line + "\n" + paragraph + "\n"
			r := c.Clean(in)
			checkTiling(t, in, r)
			s := segmentOf(r, len(paragraph)+1)
			if !s.Kept || strings.TrimSpace(s.Text) != line {
				t.Errorf("got kept=%v kind=%s rule=%s text=%q", s.Kept, s.Kind, s.Rule, s.Text)
			}
		})
	}
}
