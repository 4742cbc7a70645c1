package quotes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depeche-go/depeche/entities"
)

// benchDispatch is one dispatch of the genre, written for the benchmarks.
const benchDispatch = `Vivendi confirme ses objectifs malgré un trimestre difficile
(Zonebourse.com) - Selon le Financial Times, Vivendi étudie la cession de sa filiale d'édition pour environ 2 milliards d'euros. Le groupe a indiqué jeudi que son chiffre d'affaires avait reculé de 3,2 % au troisième trimestre, à 2,41 milliards d'euros.
« Nous restons très prudents sur le second semestre, a déclaré le directeur financier, Jean Dupont. Mais la demande reste solide en Europe », a-t-il ajouté lors d'une conférence téléphonique.
Les analystes tablaient sur un repli de 2 %. "La valorisation du titre nous semble désormais exigeante", écrivent les analystes de Jefferies dans une note, qui juge l'approche du groupe « trop prudente à ce stade ».
Le groupe prévoit une hausse de 5 % de son résultat opérationnel en 2027, rapporte le FT. « Nous étudierons toutes les options stratégiques », a assuré le président à Reuters.
Microsoft estime que ce projet contourne l'accord, tandis que le titre glisse de 1,2 % à la Bourse de Paris.
`

// benchEntities returns the entities of the benchmark text, found once.
func benchInput(size int) (string, []entities.Entity) {
	var b strings.Builder
	for b.Len() < size {
		b.WriteString(benchDispatch)
		b.WriteString("\n")
	}
	s := b.String()
	return s, entities.Default().FindAll(s)
}

func benchFind(b *testing.B, size int) {
	in, ents := benchInput(size)
	a := Default()
	spans := []Span{{Start: 0, End: len(in)}}
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		a.FindIn(in, spans, ents)
	}
}

func BenchmarkFindIn(b *testing.B) {
	b.Run("dispatch", func(b *testing.B) { benchFind(b, 1) })
	b.Run("64KiB", func(b *testing.B) { benchFind(b, 64<<10) })
	b.Run("1MiB", func(b *testing.B) { benchFind(b, 1<<20) })
	b.Run("10MiB", func(b *testing.B) { benchFind(b, 10<<20) })
}

// BenchmarkCorpus runs over the shared dev corpus when it is present.
func BenchmarkCorpus(b *testing.B) {
	names, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "dev", "*.txt"))
	if len(names) == 0 {
		b.Skip("shared corpus not found")
	}
	var docs []string
	var ents [][]entities.Entity
	n := 0
	for _, f := range names {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(data))
		ents = append(ents, entities.Default().FindAll(string(data)))
		n += len(data)
	}
	a := Default()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for i, d := range docs {
			a.FindIn(d, nil, ents[i])
		}
	}
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMarks measures 100 000 unbalanced and nested marks.
func BenchmarkMarks(b *testing.B) {
	in := strings.Repeat("« \" “ ' <<", 20000)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		Default().FindIn(in, nil, nil)
	}
}
