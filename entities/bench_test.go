package entities_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depeche-go/depeche/entities"
)

// dispatch is one dispatch of our own, in the genre.
const dispatch = `Air Liquide grimpe à la Bourse de Paris après un relèvement de Berenberg

PARIS, 12 mars (Reuters) - Air Liquide a pris jusqu'à 2,1 % jeudi, en tête du CAC 40, après que Berenberg a relevé sa recommandation à « acheter ». Le spécialiste des gaz industriels profite aussi des bons résultats publiés par Nvidia, selon les analystes. « La discipline opérationnelle est meilleure que prévu », écrit Thomas Gravel, analyste chez Kovalis, dans une note.
Le directeur financier d'Air Liquide, Jeanne Morvan, a confirmé les objectifs 2026. Mme Morvan a précisé que la Chine et les États-Unis restaient porteurs. TotalEnergies SE (Paris:TTE) et LVMH (MC.PA) ont reculé, tandis que le groupe Valmoray a bondi de 6 %. Le SBF 120 a fini en hausse de 0,4 %. Code ISIN : FR0000120271.
Selon le Financial Times, Microsoft et Amazon Web Services (AWS) discutent d'un partenariat. Le FT ajoute que la Banque centrale européenne (BCE) surveille le dossier.
`

// corpusText returns about n bytes of dispatches: the shared dev corpus when
// present, else copies of dispatch.
func corpusText(n int) string {
	var parts []string
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "dev", "*.txt"))
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			parts = append(parts, string(b))
		}
	}
	if len(parts) == 0 {
		parts = []string{dispatch}
	}
	var b strings.Builder
	for b.Len() < n {
		for _, p := range parts {
			b.WriteString(p)
			b.WriteString("\n\n")
			if b.Len() >= n {
				break
			}
		}
	}
	return b.String()
}

func BenchmarkFindAll(b *testing.B) {
	r := entities.Default()
	for _, c := range []struct {
		name  string
		input string
	}{
		{"dispatch", dispatch},
		{"64KiB", corpusText(64 << 10)},
		{"1MiB", corpusText(1 << 20)},
		{"10MiB", corpusText(10 << 20)},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.input)))
			b.ReportAllocs()
			for b.Loop() {
				r.FindAll(c.input)
			}
		})
	}
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := entities.New(entities.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
