package money

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depeche-go/depeche/internal/testutil"
)

// benchDispatch is a dispatch in the genre, written for the benchmarks: a
// few amounts in a page of prose.
const benchDispatch = `PARIS, 12 mars (Agence) - Le groupe industriel a publié jeudi des résultats annuels supérieurs aux attentes, porté par la vigueur de ses activités de services en Europe et en Amérique du Nord, et a relevé ses objectifs pour l'exercice en cours.

Le chiffre d'affaires a progressé de 6,2 % à 12,4 milliards d'euros, tandis que le résultat opérationnel courant s'est établi à 1,8 milliard, en hausse de 9 % sur un an. La marge opérationnelle gagne ainsi 40 points de base, à 14,5 %, un niveau inédit depuis la crise sanitaire.

« Nous avons tenu nos engagements dans un environnement difficile, et nous abordons l'année avec confiance », a déclaré le directeur général lors d'une conférence téléphonique avec les analystes. Le groupe prévoit une croissance organique comprise entre 4 % et 6 % en 2026.

Le conseil d'administration proposera à l'assemblée générale du 14 mai un dividende de 2,10 euros par action, contre 1,90 euro un an plus tôt. Le groupe annonce aussi un programme de rachat d'actions pouvant atteindre 500 millions d'euros sur deux ans.

Les analystes de la banque d'affaires ont salué une publication solide et relevé leur objectif de cours de 118 à 126 euros, tout en maintenant leur recommandation à l'achat. À la Bourse de Paris, le titre gagnait 3,4 % vers 11 h 00, dans un marché en légère hausse, le CAC 40 progressant de 0,5 %.

La dette nette a été ramenée à 2,3 milliards d'euros fin décembre, soit un levier de 1,2 fois l'excédent brut d'exploitation, après la cession d'une filiale en Asie pour environ 400 millions de dollars.
`

// benchProse is the same genre without any amount.
const benchProse = `Le groupe industriel a présenté jeudi sa nouvelle stratégie, centrée sur les services et la transition énergétique, lors d'une journée consacrée aux investisseurs à Paris. La direction entend poursuivre la simplification de son organisation, accélérer la numérisation de ses usines et renforcer ses positions en Amérique du Nord, où la demande reste soutenue.

« Nous avons les moyens de nos ambitions », a affirmé le directeur général, qui a rappelé l'importance de la discipline financière et de la sélectivité des investissements. Les analystes ont salué la clarté du discours, tout en s'interrogeant sur le calendrier des cessions envisagées et sur l'évolution des marges dans la division des équipements.

Le titre reculait légèrement en fin de matinée à la Bourse de Paris, dans un marché hésitant avant la publication des chiffres de l'inflation américaine. Plusieurs courtiers ont confirmé leur recommandation à l'achat, estimant que la valorisation restait attractive au regard des perspectives de croissance du groupe.
`

// benchFew is prose with few amounts: two in a page.
const benchFew = benchProse + `Le groupe a confirmé viser un chiffre d'affaires de 12,4 milliards d'euros cette année et un dividende d'au moins 2 euros par action.
`

// benchTable is an amount-dense results table.
const benchTable = `Chiffre d'affaires : 12 400 M€ (+6,2 %), contre 11 676 M€
Résultat opérationnel courant : 1 812 M€, contre 1 660 M€
Résultat net part du groupe : 1 025,4 M€ ; BPA : 4,12 € (3,80 € en 2024)
Dette nette : 2 310 M€ ; flux de trésorerie disponible : 905 M€
Dividende : 2,10 € par action ; rachats : jusqu'à 500 M€
`

func repeatTo(s string, n int) string {
	var b strings.Builder
	b.Grow(n + len(s))
	for b.Len() < n {
		b.WriteString(s)
	}
	return b.String()
}

func BenchmarkFindAll(b *testing.B) {
	e := Default()
	cases := []struct{ name, in string }{
		{"dispatch", benchDispatch},
		{"dispatch/64KiB", repeatTo(benchDispatch, 64<<10)},
		{"dispatch/1MiB", repeatTo(benchDispatch, 1<<20)},
		{"dispatch/10MiB", repeatTo(benchDispatch, 10<<20)},
		{"prose/1MiB", repeatTo(benchProse, 1<<20)},
		{"few", benchFew},
		{"few/64KiB", repeatTo(benchFew, 64<<10)},
		{"few/1MiB", repeatTo(benchFew, 1<<20)},
		{"few/10MiB", repeatTo(benchFew, 10<<20)},
		{"table", benchTable},
		{"table/64KiB", repeatTo(benchTable, 64<<10)},
		{"table/1MiB", repeatTo(benchTable, 1<<20)},
		{"table/10MiB", repeatTo(benchTable, 10<<20)},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.in)))
			b.ReportAllocs()
			for b.Loop() {
				_ = e.FindAll(c.in)
			}
		})
	}
}

func BenchmarkParseAmount(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = ParseAmount("50 milliards de dollars")
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

// BenchmarkFindAllCorpus reads the shared dev corpus (real dispatches) at
// run time, one dispatch at a time and all of them joined.
func BenchmarkFindAllCorpus(b *testing.B) {
	dir := testutil.Shared(b, "corpus", "dev")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var docs []string
	total := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(data))
		total += len(data)
	}
	e := Default()
	b.Run("each", func(b *testing.B) {
		b.SetBytes(int64(total))
		b.ReportAllocs()
		for b.Loop() {
			for _, d := range docs {
				_ = e.FindAll(d)
			}
		}
	})
	joined := strings.Join(docs, "\n\n")
	b.Run("joined", func(b *testing.B) {
		b.SetBytes(int64(len(joined)))
		b.ReportAllocs()
		for b.Loop() {
			_ = e.FindAll(joined)
		}
	})
}
