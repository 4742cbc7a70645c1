package parse_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/depeche-go/depeche/internal/testutil"
	"github.com/depeche-go/depeche/parse"
	"github.com/google/go-cmp/cmp"
)

func TestEmpty(t *testing.T) {
	doc, err := parse.Parse("")
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(got, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"boilerplate", "entities", "amounts", "quotes", "attributions", "warnings"} {
		l, ok := m[k].([]any)
		if !ok || len(l) != 0 {
			t.Errorf("%s = %v, want []", k, m[k])
		}
	}
	for _, k := range []string{"title", "source", "agency", "byline", "published", "copyright", "body"} {
		if s, ok := m[k].(string); !ok || s != "" {
			t.Errorf("%s = %#v, want \"\"", k, m[k])
		}
	}
	if _, ok := m["dateline"].(map[string]any); !ok {
		t.Errorf("dateline = %#v, want an object", m["dateline"])
	}
}

// TestBadInput feeds hostile inputs: every one gives a best-effort Document
// whose offsets do not lie, and no error.
func TestBadInput(t *testing.T) {
	tests := []struct {
		name, input string
		warn        string // a warning message that must be present, if any
		why         string
	}{
		{name: "whitespace only", input: " \n\t\u00a0\u202f\r\n  "},
		{name: "newlines only", input: "\n\n\n\n"},
		{name: "invalid utf8", input: "Titre\n(AOF) - Le groupe \xff\xfe gagne 3 %.\n", warn: "invalid UTF-8"},
		{name: "invalid utf8 only", input: "\xff\xfe\xfd", warn: "invalid UTF-8"},
		{name: "truncated rune at end", input: "Le titre gagne 3 \xe2\x82", warn: "invalid UTF-8"},
		{name: "nul bytes", input: "Titre\x00\n(AOF) - Le\x00 groupe publie.\x00"},
		{name: "only nul bytes", input: strings.Repeat("\x00", 64)},
		{name: "control characters", input: "Titre\x01\x02\x1b[31m\n\x7fLe groupe publie.\f"},
		{name: "bom", input: "\ufeffTitre\nLe groupe publie ses comptes."},
		{name: "crlf", input: "Titre\r\n(AOF) - Le groupe publie.\r\n"},
		{name: "lone cr", input: "Titre\r(AOF) - Le groupe publie.\r"},
		{name: "html fragment", input: "<p>Le groupe&nbsp;gagne <b>3&nbsp;%</b>.</p><script>var x = 1;</script>"},
		{name: "unclosed quote", input: "Titre\n« Nous irons jusqu'au bout, a dit le PDG.\nFin."},
		{name: "quotes only", input: "«»«»“”\"\"''"},
		{name: "very long line", input: strings.Repeat("Le groupe gagne 1 234,5 millions d'euros « oui » selon l'AFP. ", 3000)},
		{name: "very long word", input: strings.Repeat("a", 200_000)},
		{name: "many lines", input: strings.Repeat("- 0 vote\n", 20_000)},
		{name: "digits", input: strings.Repeat("1 234 ", 20_000)},
		{name: "nbsp everywhere", input: strings.Repeat("\u00a0\u202f", 5000) + "Titre"},
		{name: "mojibake", input: "RÃ©sultats\nLe groupe a publiÃ© ses rÃ©sultats."},
		{name: "one line", input: "Le titre Vinci gagne 2 % à 110 euros."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse(tt.input)
			if err != nil {
				t.Fatal(err)
			}
			mustCheck(t, tt.name, tt.input, doc)
			if tt.warn != "" {
				found := false
				for _, w := range doc.Warnings {
					found = found || strings.Contains(w.Message, tt.warn)
				}
				if !found {
					t.Errorf("no %q warning in %+v", tt.warn, doc.Warnings)
				}
			}
			if _, err := json.Marshal(doc); err != nil {
				t.Errorf("json: %v", err)
			}
		})
	}
}

func TestInvalidUTF8Offsets(t *testing.T) {
	input := "Le groupe \xff\xfe gagne \xc3."
	doc, err := parse.Parse(input)
	if err != nil {
		t.Fatal(err)
	}
	var got []parse.Warning
	for _, w := range doc.Warnings {
		if w.Message == "invalid UTF-8" {
			got = append(got, w)
		}
	}
	want := []parse.Warning{
		{Message: "invalid UTF-8", Start: 10, End: 12},
		{Message: "invalid UTF-8", Start: 19, End: 20},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
}

// TestHTMLPage parses whole HTML pages: those of the shared corpus when
// present, and one written here.
func TestHTMLPage(t *testing.T) {
	page := `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Kerlys : résultats | Bourse</title>
<style>body{font:12px sans-serif}</style><script>window.dataLayer=[];function f(){return "<p>";}</script></head>
<body><nav><ul><li><a href="/">Accueil</a></li><li><a href="/marches">Marchés</a></li></ul></nav>
<article><h1>Kerlys : les résultats annuels dépassent les attentes</h1>
<p>(AOF) - Kerlys a publié un résultat net de 64,7&nbsp;millions d&#39;euros, en hausse de 23,7&nbsp;%.</p>
<p>&laquo;&nbsp;Une très bonne année&nbsp;&raquo;, a déclaré le PDG.</p></article>
<footer><p>Copyright &copy; 2026 Exemple SA. Tous droits réservés.</p><p>Politique de cookies</p></footer></body></html>`
	doc, err := parse.Parse(page)
	if err != nil {
		t.Fatal(err)
	}
	mustCheck(t, "page", page, doc)

	dir := filepath.Join(testutil.Root(t), "..", "shared", "corpus", "pages")
	files, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	if len(files) == 0 {
		t.Skipf("no shared pages in %s; skipping the corpus part", dir)
	}
	for _, f := range files[:min(len(files), 5)] {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := parse.Parse(string(data))
		if err != nil {
			t.Fatal(err)
		}
		mustCheck(t, filepath.Base(f), string(data), doc)
	}
}

// corpus returns the module's dispatches concatenated and repeated to about
// size bytes (cut on a line boundary).
func corpus(tb testing.TB, size int) string {
	tb.Helper()
	var unit strings.Builder
	for _, f := range articles(tb) {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		unit.Write(data)
		unit.WriteString("\n\n")
	}
	var b strings.Builder
	for b.Len() < size {
		b.WriteString(unit.String())
	}
	s := b.String()[:size]
	if i := strings.LastIndexByte(s, '\n'); i > 0 {
		s = s[:i+1]
	}
	return s
}

// TestLargeInput parses 10 MiB of dispatches: no panic, offsets that do not
// lie, and a time that grows linearly (a generous bound, to catch quadratic
// steps).
func TestLargeInput(t *testing.T) {
	if testing.Short() {
		t.Skip("10 MiB input: skipped in -short mode")
	}
	input := corpus(t, 10<<20)
	limit := 60 * time.Second
	if raceEnabled {
		limit *= 10
	}
	start := time.Now()
	doc, err := parse.Parse(input)
	elapsed := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	mustCheck(t, "10MiB", input, doc)
	t.Logf("10 MiB parsed in %v (%.1f MB/s)", elapsed, float64(len(input))/1e6/elapsed.Seconds())
	if elapsed > limit {
		t.Errorf("10 MiB took %v, over %v", elapsed, limit)
	}
}

func TestMaxInputBytes(t *testing.T) {
	p, err := parse.New(parse.Options{MaxInputBytes: 100})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Parse(strings.Repeat("x", 100)); err != nil {
		t.Errorf("100 bytes at a limit of 100: %v", err)
	}
	doc, err := p.Parse(strings.Repeat("x", 101))
	if !errors.Is(err, parse.ErrInputTooLarge) {
		t.Errorf("101 bytes: err = %v, want ErrInputTooLarge", err)
	}
	if doc != nil {
		t.Errorf("101 bytes: doc = %v, want nil", doc)
	}
	if err != nil && strings.Contains(err.Error(), "xxx") {
		t.Errorf("the error quotes the input: %v", err)
	}

	unlimited, err := parse.New(parse.Options{MaxInputBytes: -1})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := unlimited.Parse(strings.Repeat("x", 1000)); err != nil {
		t.Errorf("no limit: %v", err)
	}
}

func TestDefaultMaxInputBytes(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates 64 MiB")
	}
	big := strings.Repeat(" ", parse.DefaultMaxInputBytes+1)
	if _, err := parse.Parse(big); !errors.Is(err, parse.ErrInputTooLarge) {
		t.Errorf("64 MiB + 1: err = %v, want ErrInputTooLarge", err)
	}
}

// TestSkipStages checks that skipped stages leave empty lists, not nil ones.
func TestSkipStages(t *testing.T) {
	p, err := parse.New(parse.Options{SkipEntities: true, SkipMoney: true, SkipQuotes: true})
	if err != nil {
		t.Fatal(err)
	}
	input := "Titre\n(AOF) - « Oui », a dit le PDG de Vinci, pour 3 millions d'euros."
	doc, err := p.Parse(input)
	if err != nil {
		t.Fatal(err)
	}
	mustCheck(t, "skip", input, doc)
	if len(doc.Entities)+len(doc.Amounts)+len(doc.Quotes)+len(doc.Attributions) != 0 {
		t.Errorf("skipped stages found items: %+v", doc)
	}
}

// TestConcurrent shares one Parser across goroutines (run with -race) and
// checks that each result equals the sequential one.
func TestConcurrent(t *testing.T) {
	p, err := parse.New(parse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var inputs []string
	var want [][]byte
	names := articles(t)
	for _, f := range names {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := p.Parse(string(data))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(doc)
		inputs = append(inputs, string(data))
		want = append(want, b)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 3 {
				for i := range inputs {
					j := (i + g + k) % len(inputs)
					doc, err := p.Parse(inputs[j])
					if err != nil {
						errs <- err.Error()
						return
					}
					b, _ := json.Marshal(doc)
					if !bytes.Equal(b, want[j]) {
						errs <- "concurrent result differs for input " + filepath.Base(names[j])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestDeterministic parses each article twice: same JSON.
func TestDeterministic(t *testing.T) {
	for _, f := range articles(t) {
		data, _ := os.ReadFile(f)
		a, _ := parse.Parse(string(data))
		b, _ := parse.Parse(string(data))
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if !bytes.Equal(ja, jb) {
			t.Errorf("%s: two parses differ", filepath.Base(f))
		}
	}
}

// TestReadingView checks that a dispatch pasted with HTML character
// references, or damaged into mojibake, gives the items of the clean
// dispatch: the same canonical entities, amounts, speakers and sources, with
// offsets and texts into the damaged input.
func TestReadingView(t *testing.T) {
	clean := "Sorvia relève sa prévision annuelle\n" +
		"(AOF) - Le groupe de chimie Sorvia vise désormais un chiffre d'affaires de 1,32 milliard d'euros, contre 1,25 milliard d'euros auparavant.\n" +
		"« Nous avons su préserver nos marges », a déclaré le directeur général, Éric Lemaître, selon qui la demande reste solide en Europe.\n" +
		"Le titre gagne 3 % à 47,82 euros à la Bourse de Paris.\n"
	htmlRefs := strings.NewReplacer("é", "&eacute;", "è", "&egrave;", "É", "&Eacute;", " milliard", "&nbsp;milliard",
		"'", "&#39;", "« ", "&laquo;&nbsp;", " »", "&nbsp;&raquo;", "à", "&agrave;").Replace(clean)
	// UTF-8 read as Windows-1252, written again as UTF-8.
	mojibake := strings.NewReplacer("é", "Ã©", "è", "Ã¨", "É", "Ã‰", "à", "Ã ", "«", "Â«", "»", "Â»").Replace(clean)

	want, err := parse.Parse(clean)
	if err != nil {
		t.Fatal(err)
	}
	type item struct{ Kind, Key string }
	items := func(d *parse.Document) []item {
		var out []item
		for _, e := range d.Entities {
			out = append(out, item{"entity", string(e.Type) + " " + e.Canonical})
		}
		for _, a := range d.Amounts {
			out = append(out, item{"amount", a.Value.String() + " " + a.Code})
		}
		for _, q := range d.Quotes {
			out = append(out, item{"quote", q.SpeakerCanonical + " " + q.Verb})
		}
		for _, a := range d.Attributions {
			out = append(out, item{"attribution", a.Source + " " + a.Cue})
		}
		return out
	}
	if len(want.Amounts) != 3 || len(want.Quotes) != 1 {
		t.Fatalf("clean dispatch: %d amounts, %d quotes; want 3 and 1", len(want.Amounts), len(want.Quotes))
	}
	for name, in := range map[string]string{"html references": htmlRefs, "mojibake": mojibake} {
		got, err := parse.Parse(in)
		if err != nil {
			t.Fatal(err)
		}
		mustCheck(t, name, in, got)
		if diff := cmp.Diff(items(want), items(got)); diff != "" {
			t.Errorf("%s: items (-clean +damaged):\n%s", name, diff)
		}
	}
}
