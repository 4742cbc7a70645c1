package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depeche-go/depeche/internal/testutil"
)

// FuzzText checks the invariants of Tokenize, Sentences and Key on any input:
// no panic; tokens and sentences in bounds, on UTF-8 boundaries, non-empty,
// sorted and non-overlapping; every sentence made of whole tokens; Key
// idempotent; AppendKey equal to Key, and AppendKeyLimit a long enough
// prefix of it.
func FuzzText(f *testing.F) {
	for _, s := range []string{
		"", " ", "M. Dupont a dit « oui (...) non » à l'AMF. Le titre gagne 1\u00a0234,5 €.",
		"Total S.A. J.-C. Decaux p. ex. 12 M. Fin", "120'289'800 CHF -12 +3,5 % 1.234.567,8",
		"https://exemple.fr/a?b=1. contact@x.fr MC.PA EPA:MC Zonebourse.com", "a\xff\xfe\x00b\u200b\u202f",
		"<p>Le&nbsp;titre</p>", "jusqu’à lorsqu'il aujourd'hui O'Neill", "« Pourquoi ? » a-t-il demandé.",
	} {
		f.Add(s)
	}
	root := testutil.Root(f)
	if files, _ := filepath.Glob(filepath.Join(root, "testdata", "articles", "*.txt")); len(files) > 0 {
		for _, name := range files {
			if data, err := os.ReadFile(name); err == nil {
				f.Add(string(data))
			}
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(nil, s, Span{0, len(s)})
		checkTokens(t, s, toks)
		starts := map[int]bool{}
		ends := map[int]bool{}
		for _, tk := range toks {
			starts[tk.Start], ends[tk.End] = true, true
		}
		prev := 0
		for i, sp := range SentencesFromTokens(nil, s, toks) {
			if err := testutil.CheckBounds(s, "sentence", sp.Start, sp.End); err != nil {
				t.Fatalf("sentence %d: %v", i, err)
			}
			if sp.Start >= sp.End || sp.Start < prev {
				t.Fatalf("sentence %d [%d,%d): empty, unsorted or overlapping (previous end %d)", i, sp.Start, sp.End, prev)
			}
			if !starts[sp.Start] || !ends[sp.End] {
				t.Fatalf("sentence %d [%d,%d) does not start and end on tokens", i, sp.Start, sp.End)
			}
			prev = sp.End
		}
		if got, want := Sentences(nil, s, Span{0, len(s)}), SentencesFromTokens(nil, s, toks); len(got) != len(want) {
			t.Fatalf("Sentences gave %d sentences, SentencesFromTokens %d", len(got), len(want))
		}
		k := Key(s)
		if Key(k) != k {
			t.Fatalf("Key not idempotent: %q -> %q -> %q", s, k, Key(k))
		}
		if got := AppendKey([]byte("x "), s); string(got) != "x "+k {
			t.Fatalf("AppendKey(%q) = %q, want %q", s, got[2:], k)
		}
		for _, limit := range []int{0, 7, 40} {
			got := string(AppendKeyLimit(nil, s, limit))
			if len(k) <= limit && got != k || len(k) > limit && (len(got) <= limit || !strings.HasPrefix(k, got)) {
				t.Fatalf("AppendKeyLimit(%q, %d) = %q, key %q", s, limit, got, k)
			}
		}
		if len(s) > 1 {
			// a sub-span tokenizes within its bounds.
			sp := Span{len(s) / 3, len(s) - len(s)/3}
			for _, tk := range Tokenize(nil, s, sp) {
				if tk.Start < sp.Start || tk.End > sp.End {
					t.Fatalf("token [%d,%d) outside span %v", tk.Start, tk.End, sp)
				}
			}
		}
	})
}
