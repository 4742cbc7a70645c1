package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEndLiterals checks the literals that a pattern anchored at the end
// needs near the end of a line.
func TestEndLiterals(t *testing.T) {
	cases := []struct {
		expr   string
		ends   string // joined by |, "" = none
		within int
	}{
		{`(?i)^tous droits réservés\.?\s*$`, "tous droits réservés", 23},
		{`^foo(?:bar)?$`, "foo", 6},
		{`(?i)^(?:a|b) (?:lire|voir)$`, "lire|voir", 4},
		{`^x.*y$`, "", 0},
		{`^abc.*$`, "", 0},
		{`^[0-9]+$`, "", 0},
		{`(?i)réservés$`, "réservés", 10},
	}
	for _, c := range cases {
		f := analyze(c.expr)
		var got []string
		for _, e := range f.ends {
			got = append(got, string(e))
		}
		if strings.Join(got, "|") != c.ends || f.endsWithin != c.within {
			t.Errorf("%s: ends %q within %d, want %q within %d", c.expr, got, f.endsWithin, c.ends, c.within)
		}
	}
}

// TestPrefilterSound checks that no default rule's prefilter rejects a line
// that its pattern matches, on the test lines of the package and on
// variants of them (capitals, trailing spaces and no-break spaces).
func TestPrefilterSound(t *testing.T) {
	var lines []string
	for _, name := range []string{"corpus.txt", "negative.txt", "blocks.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		for l := range strings.SplitSeq(string(data), "\n") {
			if _, after, ok := strings.Cut(l, "\t"); ok {
				l = after
			}
			l = strings.TrimLeft(l, "+-~ ")
			if l == "" || strings.HasPrefix(l, "#") {
				continue
			}
			lines = append(lines, l, strings.ToUpper(l), l+" \u00a0", l+".")
		}
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "dispatches", "*.txt"))
	for _, f := range files {
		data, _ := os.ReadFile(f)
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	c := Default().c
	st := &state{}
	st.reset(Default(), "")
	rules := append(append(append([]*rule{}, c.whole...), c.parts...), c.dates...)
	for _, l := range lines {
		text := strings.TrimSpace(l)
		if text == "" {
			continue
		}
		for _, p := range []int{phaseHead, phaseBody} {
			st.lower(text, p)
			for _, ru := range rules {
				if ru.re == nil || !inPhase(ru, p) {
					continue
				}
				if ru.re.MatchString(text[window(ru, text):]) && !st.prefilter(ru, len(text)) {
					t.Errorf("rule %s matches %q but its prefilter rejects it", ru.name, text)
				}
			}
		}
	}
}
