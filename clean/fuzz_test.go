package clean_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/depeche-go/depeche/clean"
)

// FuzzClean checks the invariants of Clean on any input: no panic, segments
// that tile the input with exact texts, kept spans in order and in bounds,
// a dateline that is a slice of the input, a Body that is valid UTF-8.
func FuzzClean(f *testing.F) {
	for _, d := range dispatches(f) {
		f.Add(d)
	}
	for _, s := range []string{
		"", " ", "\n\n\n", "\r\n", "\xff\xfe", "a\rb\rc", "<p>Un paragraphe</p><p>Un autre</p>",
		"<html><head><title>T</title></head><body><h1>Titre</h1><p>Texte.</p></body></html>",
		"Titre\n(AFP) -", "PARIS (Reuters) -\n", "- 0 vote", "Copyright (c) 2026 X\nsuite",
		"Lire aussi", ". Lire aussi : x", "CORRECTION - -", "(Belga)", "\u00a0\u202f\n\u2028",
		"Par Jean Dupont\nJean Dupont\nJean Dupont", "<", "<p", "<!--", "<script>x",
		"Texte d'un paragraphe assez long pour être de la prose.\nLire aussi :\nUn titre\nUn autre titre",
		"Un paragraphe de la dépêche qui se termine ici. Lire aussi :\nLien",
		"Le titre a fini à 3 euros, en hausse.AOF - EN SAVOIR PLUS\nPoints forts",
		"Un paragraphe de la dépêche qui se termine bien ici.\nPartager\nLien\nLien\nEN SAVOIR PLUS",
	} {
		f.Add(s)
	}
	c := clean.Default()
	f.Fuzz(func(t *testing.T, in string) {
		r := c.Clean(in)
		checkTiling(t, in, r)
		prev := 0
		for _, sp := range r.Kept() {
			if sp.Start < prev || sp.End < sp.Start || sp.End > len(in) {
				t.Fatalf("kept span %+v out of order or bounds", sp)
			}
			prev = sp.End
		}
		if b := r.Body(); !utf8.ValidString(b) {
			t.Fatalf("body is not valid UTF-8: %q", b)
		}
		if r.Title != "" && !strings.Contains(in, r.Title) && !strings.Contains(in, "<") && !strings.Contains(in, "&") {
			t.Fatalf("title %q is not in the input", r.Title)
		}
	})
}

// FuzzParseRules checks that any rule file either parses or gives a
// *RuleError that renders, and never panics.
func FuzzParseRules(f *testing.F) {
	f.Add("ad\tx\tline\tPublicité\n")
	f.Add("copyright\tc\tre\t^Copyright\tend\n!c\n")
	f.Add("dateline\td\tre\t^\\((?P<source>[^()]+)\\) -\n")
	f.Add("other\ts\tre2\t(?<=a)b\tpart\n")
	f.Add("ad\tx\tre\t(\n")
	f.Add("\xff\n")
	f.Fuzz(func(t *testing.T, data string) {
		rs, err := clean.ParseRules("fuzz.rules", []byte(data))
		if err != nil {
			var re *clean.RuleError
			if !errors.As(err, &re) {
				t.Fatalf("error %v is not a *RuleError", err)
			}
			_ = re.Render()
			return
		}
		c, err := clean.New(clean.Options{Rules: []*clean.RuleSet{rs}})
		if err != nil {
			return
		}
		in := "Un titre de dépêche\n(AFP) - Le texte de la dépêche, assez long pour être un paragraphe.\nPublicité\n"
		checkTiling(t, in, c.Clean(in))
	})
}
