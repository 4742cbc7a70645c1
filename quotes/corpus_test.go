package quotes

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// corpusCase is one example of testdata/corpus.txt.
type corpusCase struct {
	line   int
	header []string
	input  string
}

func readCorpus(t *testing.T) []corpusCase {
	t.Helper()
	f, err := os.Open("testdata/corpus.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []corpusCase
	var header []string
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "#"):
		case strings.TrimSpace(line) == "":
			header = nil
		case header == nil:
			header = strings.Split(line, "|")
			for i := range header {
				header[i] = strings.TrimSpace(header[i])
			}
		default:
			out = append(out, corpusCase{line: n, header: header, input: strings.ReplaceAll(line, `\n`, "\n")})
		}
	}
	return out
}

// speakerIs compares a speaker with the expected one: "~X" means the
// canonical name.
func speakerIs(q Quote, want string) bool {
	if c, ok := strings.CutPrefix(want, "~"); ok {
		return q.SpeakerCanonical == c
	}
	return q.Speaker == want
}

func TestCorpus(t *testing.T) {
	cases := readCorpus(t)
	if len(cases) < 150 {
		t.Logf("only %d corpus examples", len(cases))
	}
	forms := 0
	for _, c := range cases {
		forms++
		qs, as, _ := Default().FindIn(c.input, nil, nil)
		h := c.header
		fail := func(format string, args ...any) {
			t.Helper()
			t.Errorf("corpus.txt:%d: %q: "+format+"\n  quotes: %+v\n  attributions: %+v", append(append([]any{c.line, c.input}, args...), qs, as)...)
		}
		checkSpans(t, c.input, qs, as)
		switch h[0] {
		case "Q":
			if len(qs) != 1 {
				fail("want one quote, got %d", len(qs))
				continue
			}
			q := qs[0]
			want := strings.ReplaceAll(h[1], `\n`, "\n")
			if q.Text != want || !speakerIs(q, h[2]) || q.Verb != h[3] || q.Via != h[4] {
				fail("want %q / %q / %q / %q", want, h[2], h[3], h[4])
			}
		case "QQ":
			if len(qs) != 2 {
				fail("want two quotes, got %d", len(qs))
				continue
			}
			for i, q := range qs {
				if q.Text != h[1+i] || !speakerIs(q, h[3]) || q.Verb != h[4] {
					fail("quote %d: want %q / %q / %q", i, h[1+i], h[3], h[4])
				}
			}
		case "A":
			if len(as) != 1 || len(qs) != 0 {
				fail("want one attribution and no quote")
				continue
			}
			if as[0].Source != h[1] || as[0].Cue != h[2] {
				fail("want %q / %q", h[1], h[2])
			}
		case "AA":
			if len(as) != 2 || len(qs) != 0 {
				fail("want two attributions and no quote")
				continue
			}
			for i, a := range as {
				cue := h[3]
				if i == 1 && len(h) > 4 {
					cue = h[4]
				}
				if a.Source != h[1+i] || a.Cue != cue {
					fail("attribution %d: want %q / %q", i, h[1+i], cue)
				}
			}
		default:
			t.Fatalf("corpus.txt:%d: unknown header %q", c.line, h[0])
		}
	}
	t.Logf("%d positive forms", forms)
}

func TestNegative(t *testing.T) {
	b, err := os.ReadFile("testdata/negative.txt")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		n++
		qs, as, _ := Default().FindIn(line, nil, nil)
		checkSpans(t, line, qs, as)
		if len(qs) != 0 || len(as) != 0 {
			t.Errorf("negative.txt:%d: %q: want nothing, got quotes %+v attributions %+v", i+1, line, qs, as)
		}
	}
	t.Logf("%d negative forms", n)
}

// checkSpans checks the offset contract of every item.
func checkSpans(t *testing.T, input string, qs []Quote, as []Attribution) {
	t.Helper()
	ok := func(s, e int) bool { return 0 <= s && s <= e && e <= len(input) }
	for i, q := range qs {
		if !ok(q.Start, q.End) || input[q.Start:q.End] != q.Text {
			t.Errorf("quote %d: bad span [%d,%d) for %q", i, q.Start, q.End, q.Text)
			continue
		}
		if !ok(q.OuterStart, q.OuterEnd) || q.OuterStart > q.Start || q.OuterEnd < q.End {
			t.Errorf("quote %d: bad outer span [%d,%d)", i, q.OuterStart, q.OuterEnd)
		}
		if q.Speaker != "" && (!ok(q.SpeakerStart, q.SpeakerEnd) || input[q.SpeakerStart:q.SpeakerEnd] != q.Speaker) {
			t.Errorf("quote %d: bad speaker span [%d,%d) for %q", i, q.SpeakerStart, q.SpeakerEnd, q.Speaker)
		}
		if i > 0 && (qs[i-1].Start > q.Start || qs[i-1].Start == q.Start && qs[i-1].End > q.End) {
			t.Errorf("quotes not sorted at %d", i)
		}
	}
	for i, a := range as {
		if !ok(a.Start, a.End) || input[a.Start:a.End] != a.Text {
			t.Errorf("attribution %d: bad span [%d,%d) for %q", i, a.Start, a.End, a.Text)
		}
		if i > 0 && (as[i-1].Start > a.Start || as[i-1].Start == a.Start && as[i-1].End > a.End) {
			t.Errorf("attributions not sorted at %d", i)
		}
	}
}
