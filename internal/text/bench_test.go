package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depeche-go/depeche/internal/testutil"
)

// dispatch is one dispatch of the genre, written for the benchmarks.
const dispatch = `Vantera relève ses objectifs après un premier semestre record
(CercleFinance.com) - Vantera a fait état mardi d'un bénéfice net part du groupe de 412,6 millions d'euros au titre du premier semestre, en hausse de 18,2 % sur un an, pour un chiffre d'affaires de 3,91 milliards d'euros (+7,4 % en données publiées).
« Nous avons su tirer parti d'un marché porteur (...) et nous abordons le second semestre avec confiance », a déclaré M. Olivier Ferrand, PDG du groupe, cité dans un communiqué.
Le groupe relève en conséquence sa prévision de marge opérationnelle courante, désormais attendue entre 11,5 % et 12 %, contre 11 % auparavant. Les analystes de J.P. Morgan saluent une 'bonne surprise' et visent 84 euros.
À la Bourse de Paris, le titre (VNT.PA) gagnait 5,3 % à 71,20 euros vers 10h00, en tête du SBF 120, quand le CAC 40 cédait 0,2 %. Contact : investisseurs@vantera.fr ; https://www.vantera.fr/finance.
Copyright (c) 2026 CercleFinance.com. Tous droits réservés.
`

// benchInputs returns one dispatch, and the testdata articles repeated to
// about size bytes.
func benchInput(tb testing.TB, size int) string {
	var corpus strings.Builder
	files, _ := filepath.Glob(filepath.Join(testutil.Root(tb), "testdata", "articles", "*.txt"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err == nil {
			corpus.Write(data)
			corpus.WriteString("\n\n")
		}
	}
	if corpus.Len() == 0 {
		corpus.WriteString(dispatch)
	}
	unit := corpus.String()
	var b strings.Builder
	for b.Len() < size {
		b.WriteString(unit)
	}
	return b.String()[:size]
}

var sizes = []struct {
	name string
	size int
}{{"64KiB", 64 << 10}, {"1MiB", 1 << 20}, {"10MiB", 10 << 20}}

func BenchmarkTokenize(b *testing.B) {
	run := func(b *testing.B, s string) {
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		var toks []Token
		for b.Loop() {
			toks = Tokenize(toks[:0], s, Span{0, len(s)})
		}
	}
	b.Run("dispatch", func(b *testing.B) { run(b, dispatch) })
	for _, sz := range sizes {
		b.Run(sz.name, func(b *testing.B) { run(b, benchInput(b, sz.size)) })
	}
}

func BenchmarkSentences(b *testing.B) {
	run := func(b *testing.B, s string) {
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		var spans []Span
		for b.Loop() {
			spans = Sentences(spans[:0], s, Span{0, len(s)})
		}
	}
	b.Run("dispatch", func(b *testing.B) { run(b, dispatch) })
	for _, sz := range sizes {
		b.Run(sz.name, func(b *testing.B) { run(b, benchInput(b, sz.size)) })
	}
}

// keyInputs are the inputs of the key benchmarks: a key already, an accented
// name, a dispatch, 1 MiB of dispatches.
func keyInputs(b *testing.B) []struct{ name, s string } {
	return []struct{ name, s string }{
		{"already-key", "societe generale"},
		{"accented", "Société Générale"},
		{"dispatch", dispatch},
		{"1MiB", benchInput(b, 1<<20)},
	}
}

func BenchmarkKey(b *testing.B) {
	for _, tc := range keyInputs(b) {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.s)))
			b.ReportAllocs()
			for b.Loop() {
				_ = Key(tc.s)
			}
		})
	}
}

// BenchmarkAppendKey builds the same keys into a reused buffer: no
// allocation.
func BenchmarkAppendKey(b *testing.B) {
	for _, tc := range keyInputs(b) {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.s)))
			b.ReportAllocs()
			buf := make([]byte, 0, len(tc.s))
			for b.Loop() {
				buf = AppendKey(buf[:0], tc.s)
			}
		})
	}
}
