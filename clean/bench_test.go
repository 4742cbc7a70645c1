package clean_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depeche-go/depeche/clean"
)

// dispatches returns the dispatches of testdata/dispatches, our own texts in
// the genre.
func dispatches(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "dispatches", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no dispatches: %v", err)
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

// corpusOf returns about size bytes of dispatches, one after the other,
// separated by a blank line.
func corpusOf(tb testing.TB, size int) string {
	ds := dispatches(tb)
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(ds[i%len(ds)])
		b.WriteString("\n\n")
	}
	return b.String()
}

func TestDispatches(t *testing.T) {
	for i, d := range dispatches(t) {
		r := clean.Default().Clean(d)
		checkTiling(t, d, r)
		if r.Source == "" || len(r.Removed()) == 0 {
			t.Errorf("dispatch %d: source %q, %d removed", i, r.Source, len(r.Removed()))
		}
	}
}

func BenchmarkClean(b *testing.B) {
	one := dispatches(b)[2]
	cases := []struct {
		name string
		in   string
	}{
		{"dispatch", one},
		{"64KiB", corpusOf(b, 64<<10)},
		{"1MiB", corpusOf(b, 1<<20)},
		{"10MiB", corpusOf(b, 10<<20)},
	}
	c := clean.Default()
	for _, cs := range cases {
		b.Run(cs.name, func(b *testing.B) {
			b.SetBytes(int64(len(cs.in)))
			b.ReportAllocs()
			for b.Loop() {
				c.Clean(cs.in)
			}
		})
	}
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := clean.New(clean.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCleanShortTail cleans a paragraph followed by a long tail of
// short lines (link titles, widget labels), which the tail block reads:
// the cost per byte must not grow with the size.
func BenchmarkCleanShortTail(b *testing.B) {
	c := clean.Default()
	for _, size := range []int{64 << 10, 1 << 20} {
		var sb strings.Builder
		sb.WriteString("Le groupe a publié jeudi un chiffre d'affaires en hausse de 6 %, au-dessus des attentes.\nPartager\n")
		for sb.Len() < size {
			sb.WriteString("Autre lien vers une page\nEncore une ligne courte\n")
		}
		in := sb.String()
		b.Run(fmt.Sprintf("%dKiB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				c.Clean(in)
			}
		})
	}
}
