package money

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// unescape reads the escapes of the corpus files.
func unescape(s string) string {
	return strings.NewReplacer(`\u00a0`, "\u00a0", `\u202f`, "\u202f", `\n`, "\n").Replace(s)
}

type corpusGroup struct {
	line     int
	value    string // or MIN..MAX
	code     string
	approx   bool
	qual     string
	per      string
	examples []corpusExample
}

type corpusExample struct {
	line int
	text string
}

func readCorpus(t *testing.T, path string) []corpusGroup {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var groups []corpusGroup
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		l := strings.TrimRight(sc.Text(), " \t")
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if rest, ok := strings.CutPrefix(l, "@ "); ok {
			g := corpusGroup{line: n}
			fields := strings.Fields(rest)
			if len(fields) < 2 {
				t.Fatalf("%s:%d: bad group line", path, n)
			}
			g.value, g.code = fields[0], fields[1]
			tail := strings.Join(fields[2:], " ")
			for tail != "" {
				switch {
				case strings.HasPrefix(tail, "approx"):
					g.approx = true
					tail = strings.TrimSpace(strings.TrimPrefix(tail, "approx"))
				case strings.HasPrefix(tail, "per="):
					v, r, _ := strings.Cut(tail[4:], " ")
					g.per, tail = v, strings.TrimSpace(r)
				case strings.HasPrefix(tail, "qual="):
					v := tail[5:]
					if i := strings.Index(v, " per="); i >= 0 {
						v, tail = v[:i], strings.TrimSpace(v[i:])
					} else {
						tail = ""
					}
					g.qual = v
				default:
					t.Fatalf("%s:%d: bad attribute %q", path, n, tail)
				}
			}
			groups = append(groups, g)
			continue
		}
		if len(groups) == 0 {
			t.Fatalf("%s:%d: example before any @ line", path, n)
		}
		g := &groups[len(groups)-1]
		g.examples = append(g.examples, corpusExample{line: n, text: unescape(l)})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return groups
}

// covers reports whether a covers the whole example: only a qualifier or a
// range word may precede it, only a per-unit follow it.
func covers(a Amount, s string) bool {
	before := strings.TrimSpace(s[:a.Start])
	after := strings.TrimSpace(s[a.End:])
	if before != "" && !a.Approx && a.Qualifier == "" && !a.Range {
		return false
	}
	if after != "" && a.Per == "" {
		return false
	}
	return true
}

func TestCorpus(t *testing.T) {
	groups := readCorpus(t, "testdata/corpus.txt")
	total := 0
	for _, g := range groups {
		for _, ex := range g.examples {
			total++
			got := Default().FindAll(ex.text)
			if len(got) != 1 {
				t.Errorf("corpus.txt:%d: %q: got %d amounts %v, want one %s %s", ex.line, ex.text, len(got), got, g.value, g.code)
				continue
			}
			a := got[0]
			val := a.Value.String()
			if a.Range {
				val = a.Min.String() + ".." + a.Max.String()
			}
			if val != g.value || a.Code != g.code {
				t.Errorf("corpus.txt:%d: %q: got %s %s, want %s %s", ex.line, ex.text, val, a.Code, g.value, g.code)
				continue
			}
			if !covers(a, ex.text) {
				t.Errorf("corpus.txt:%d: %q: amount %q does not cover the example", ex.line, ex.text, a.Text)
			}
			if a.Approx != g.approx || a.Qualifier != g.qual || a.Per != g.per {
				t.Errorf("corpus.txt:%d: %q: got approx %v qualifier %q per %q, want %v %q %q",
					ex.line, ex.text, a.Approx, a.Qualifier, a.Per, g.approx, g.qual, g.per)
			}
			if ex.text[a.Start:a.End] != a.Text {
				t.Errorf("corpus.txt:%d: offsets [%d,%d) do not give %q", ex.line, a.Start, a.End, a.Text)
			}
		}
	}
	if total < 300 {
		t.Errorf("corpus.txt holds %d positive examples, want 300 or more", total)
	}
}

func TestNegativeCorpus(t *testing.T) {
	f, err := os.Open("testdata/negative.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n, total := 0, 0
	for sc.Scan() {
		n++
		l := sc.Text()
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		total++
		s := unescape(l)
		if got := Default().FindAll(s); len(got) != 0 {
			t.Errorf("negative.txt:%d: %q: got %v, want no amount", n, s, got)
		}
	}
	if total < 80 {
		t.Errorf("negative.txt holds %d examples, want 80 or more", total)
	}
}
