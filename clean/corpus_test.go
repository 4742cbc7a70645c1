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
		head := false
		if k, ok := strings.CutPrefix(kind, "head "); ok {
			kind, head = k, true
		}
		t.Run(line, func(t *testing.T) {
			in, at := paragraph+"\n"+line+"\n", len(paragraph)+1
			if head {
				in, at = line+"\n"+paragraph+"\n", 0
			}
			r := c.Clean(in)
			checkTiling(t, in, r)
			s := segmentOf(r, at)
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

// TestRuleBlocks checks the documents of testdata/blocks.txt, where lines
// decide each other: each row must stay, or be removed with its kind.
func TestRuleBlocks(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "blocks.txt"))
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		kind, text string // kind "" = kept
	}
	type block struct {
		name string
		rows []row
		raw  []string // the input lines, blank ones included
	}
	var blocks []*block
	for l := range strings.SplitSeq(string(data), "\n") {
		l = strings.TrimRight(l, "\r")
		switch {
		case strings.HasPrefix(l, "#"):
		case strings.HasPrefix(l, "== "):
			blocks = append(blocks, &block{name: l[3:]})
		case len(blocks) == 0:
		case l == "":
			b := blocks[len(blocks)-1]
			if len(b.raw) > 0 {
				b.raw = append(b.raw, "")
			}
		case strings.HasPrefix(l, "+ "):
			b := blocks[len(blocks)-1]
			b.rows = append(b.rows, row{text: l[2:]})
			b.raw = append(b.raw, l[2:])
		case strings.HasPrefix(l, "~ "):
			f := strings.Split(l[2:], "\t")
			if len(f) != 3 {
				t.Fatalf("bad row %q", l)
			}
			b := blocks[len(blocks)-1]
			b.rows = append(b.rows, row{text: f[1]}, row{kind: f[0], text: f[2]})
			b.raw = append(b.raw, f[1]+" "+f[2])
		case strings.HasPrefix(l, "- "):
			kind, text, ok := strings.Cut(l[2:], "\t")
			if !ok {
				t.Fatalf("bad row %q", l)
			}
			b := blocks[len(blocks)-1]
			b.rows = append(b.rows, row{kind: kind, text: text})
			b.raw = append(b.raw, text)
		default:
			t.Fatalf("bad row %q", l)
		}
	}
	c := clean.Default()
	for _, b := range blocks {
		t.Run(b.name, func(t *testing.T) {
			in := strings.TrimRight(strings.Join(b.raw, "\n"), "\n") + "\n"
			r := c.Clean(in)
			checkTiling(t, in, r)
			from := 0
			for _, rw := range b.rows {
				at := strings.Index(in[from:], rw.text)
				if at < 0 {
					t.Fatalf("row %q not found", rw.text)
				}
				at += from
				from = at + len(rw.text)
				// the row's text, possibly split into several segments (a
				// paragraph and a glued cue): look at each segment in it
				for _, s := range r.Segments {
					if s.End <= at || s.Start >= from {
						continue
					}
					if rw.kind == "" && !s.Kept && s.Start >= at {
						if s.Start > at && strings.HasSuffix(rw.text, strings.TrimSpace(s.Text)) {
							continue // a glued cue or credit at the end of a kept row
						}
						t.Errorf("%q: removed as %s by %s, want kept", s.Text, s.Kind, s.Rule)
					}
					if rw.kind != "" && (s.Kept || s.Kind.String() != rw.kind) {
						t.Errorf("%q: kept=%v kind=%s rule=%s, want removed as %s", s.Text, s.Kept, s.Kind, s.Rule, rw.kind)
					}
				}
			}
		})
	}
}

// TestCueRule checks a user's cue rule: a group "link" that is empty makes
// the cue bare, and the link title after it takes the rule's name.
func TestCueRule(t *testing.T) {
	rs, err := clean.ParseRules("user.rules", []byte("readmore\tmy-cue\tre\t(?i)^pour approfondir\\s*:(?P<link>.*)$\tcue\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := clean.New(clean.Options{Rules: []*clean.RuleSet{rs}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		cue      string
		wantLink bool
	}{
		{"Pour approfondir :", true},
		{"POUR APPROFONDIR\u00a0:", true},
		{"Pour approfondir : notre dossier", false},
	} {
		in := paragraph + "\n" + tt.cue + "\nÉnergie : les prix du gaz reculent\n" + paragraph + "\n"
		r := c.Clean(in)
		checkTiling(t, in, r)
		s := segmentOf(r, strings.Index(in, "Énergie"))
		if got := !s.Kept && s.Rule == "my-cue-link"; got != tt.wantLink {
			t.Errorf("%q: link segment kept=%v rule=%q, want removed %v", tt.cue, s.Kept, s.Rule, tt.wantLink)
		}
	}
	if _, err := clean.ParseRules("bad.rules", []byte("readmore\tx\tline\tVoir\tcues\n")); err == nil {
		t.Error("unknown flag cues: no error")
	}
}

// TestLinksInPage checks that in a page the titles after a bare cue are
// links only when they open with <a>: an <h2> intertitle stays.
func TestLinksInPage(t *testing.T) {
	in := `<html><body><h1>Le constructeur relève ses prévisions</h1>
<p>Le constructeur a livré 180 appareils au premier trimestre, un niveau conforme au consensus.</p>
<p>Lire aussi :</p>
<p><a href="/a">
Aéronautique : la chaîne d'approvisionnement reste sous tension</a></p>
<p>Voir aussi :</p>
<h2>Des cadences en hausse</h2>
<p>La direction maintient son objectif annuel de livraisons, a-t-elle précisé jeudi.</p>
</body></html>`
	r := clean.Default().Clean(in)
	checkTiling(t, in, r)
	for _, tt := range []struct {
		text string
		kept bool
	}{
		{"Lire aussi :", false},
		{"Aéronautique : la chaîne", false},
		{"Des cadences en hausse", true},
		{"La direction maintient", true},
	} {
		s := segmentOf(r, strings.Index(in, tt.text))
		if s.Kept != tt.kept {
			t.Errorf("%q: kept=%v rule=%s, want kept=%v", tt.text, s.Kept, s.Rule, tt.kept)
		}
	}
}
