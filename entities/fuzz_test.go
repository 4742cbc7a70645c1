package entities_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depeche-go/depeche/entities"
)

// FuzzEntities checks the invariants of the recogniser on any input: no
// panic, spans within the input and equal to Text, sorted, no overlap.
func FuzzEntities(f *testing.F) {
	f.Add(dispatch)
	f.Add("")
	f.Add("Le titre\xffrecule.\u00a0CAC\u202f40 « Microsoft » (EPA:MC) FR0000120271 M. Pouyanné")
	for _, name := range []string{"testdata/corpus.txt", "testdata/negative.txt"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			if i := strings.LastIndexByte(l, '\t'); i >= 0 {
				l = l[i+1:]
			}
			f.Add(strings.NewReplacer("[", "", "]", "").Replace(l))
		}
	}
	r, err := testRecognizer()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, input string) {
		got, _ := r.FindIn(input, nil)
		checkInvariants(t, input, got)
		if len(input) > 4 {
			// a span list must give a subset of the spans' own tokens.
			mid := len(input) / 2
			sub, _ := r.FindIn(input, []entities.Span{{Start: 1, End: mid}, {Start: mid, End: len(input) - 1}})
			checkInvariants(t, input, sub)
			for _, e := range sub {
				if e.Start < 1 || e.End > len(input)-1 {
					t.Fatalf("entity %+v outside the spans", e)
				}
			}
		}
	})
}

// FuzzParseRules checks that rule parsing never panics, that errors are
// *RuleError values that render, and that a rule set that parses compiles and
// runs.
func FuzzParseRules(f *testing.F) {
	files, _ := filepath.Glob("rules/*.rules")
	for _, name := range append(files, "testdata/fixture.rules") {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		lines := strings.Split(string(data), "\n")
		for i := 0; i < len(lines) && i < 40; i += 7 {
			f.Add(strings.Join(lines[i:min(i+3, len(lines))], "\n"))
		}
	}
	f.Add("pattern\tp\tORG\t(a+)+$\tsyntax=regexp2\ttimeout=1ms\n")
	f.Add("!ORG\tOrange\n")
	f.Add("ORG\tAcme\tisin=FR0000120271\tcase=exact\n")
	f.Fuzz(func(t *testing.T, data string) {
		rs, err := entities.ParseRules("fuzz.rules", []byte(data))
		if err != nil {
			var re *entities.RuleError
			if !errors.As(err, &re) {
				t.Fatalf("error is not a *RuleError: %v", err)
			}
			_ = re.Render()
			return
		}
		r, err := entities.New(entities.Options{Rules: []*entities.RuleSet{rs}, NoDefaults: true})
		if err != nil {
			t.Fatal(err)
		}
		in := "Acme SA (EPA:ACM) et M. Dupont. " + data
		got, _ := r.FindIn(in, nil)
		checkInvariants(t, in, got)
	})
}
