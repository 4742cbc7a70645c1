package clean_test

import (
	"strings"
	"testing"

	"github.com/depeche-go/depeche/clean"
	"github.com/google/go-cmp/cmp"
)

// TestOutlets cleans short dispatches written in the manner of several
// outlets (their datelines, bylines, sign-offs and tails) and checks the
// metadata they give: title, source, agency, dateline and place, and what
// is removed. The texts are ours.
func TestOutlets(t *testing.T) {
	type want struct {
		Title, Source, Agency, Dateline, Place string
		Removed                                []string // kind:text; nil: not checked
	}
	tests := []struct {
		name, why, in string
		want          want
	}{
		{name: "canadian wire, city and em dash",
			in: "Norbec relève son dividende trimestriel de 8 %\nPar La Presse Canadienne\n" +
				"QUÉBEC — Le transporteur Norbec a annoncé mercredi une hausse de 8 % de son dividende trimestriel, porté par la vigueur du trafic ferroviaire.\n" +
				"L'action a gagné 1,15 $ à 54,20 $ à la Bourse de Toronto.\n",
			want: want{Title: "Norbec relève son dividende trimestriel de 8 %", Source: "La Presse Canadienne",
				Dateline: "QUÉBEC —", Place: "QUÉBEC", Removed: []string{"byline:Par La Presse Canadienne"}}},
		{name: "canadian wire, compound city, date and en dash",
			in: "TROIS-RIVIÈRES, 4 mars – La papetière régionale fermera l'une de ses deux machines au printemps, ce qui touchera 140 emplois.\n" +
				"La Presse Canadienne\n",
			want: want{Source: "La Presse Canadienne", Dateline: "TROIS-RIVIÈRES, 4 mars –", Place: "TROIS-RIVIÈRES",
				Removed: []string{"source:La Presse Canadienne"}}},
		{name: "canadian wire, agency dateline",
			in:   "(La Presse Canadienne) — Les mises en chantier ont reculé de 6 % en février au Canada, selon la Société canadienne d'hypothèques et de logement.\n",
			want: want{Source: "La Presse Canadienne", Dateline: "(La Presse Canadienne) —"}},
		{name: "belgian wire",
			in: "BRUXELLES (Belga) - Le groupe chimique a relevé jeudi ses prévisions annuelles après un premier semestre meilleur que prévu.\n" +
				"Le titre gagnait 3 % à Bruxelles en début de séance.\n© Belga 2026 - Tous droits réservés\n",
			want: want{Source: "Belga", Dateline: "BRUXELLES (Belga) -", Place: "BRUXELLES",
				Removed: []string{"copyright:© Belga 2026 - Tous droits réservés"}}},
		{name: "swiss wire",
			in:   "GENÈVE (AWP) – Le négociant en matières premières a vu son résultat opérationnel progresser de 15 % l'an dernier.\nck/rw\n",
			want: want{Source: "AWP", Dateline: "GENÈVE (AWP) –", Place: "GENÈVE", Removed: []string{"byline:ck/rw"}}},
		{name: "dow jones double hyphen",
			in:   "FRANCFORT (Dow Jones Newswires) -- Le fabricant de semi-conducteurs a abaissé sa prévision de chiffre d'affaires pour le trimestre en cours.\n",
			want: want{Source: "Dow Jones Newswires", Dateline: "FRANCFORT (Dow Jones Newswires) --", Place: "FRANCFORT"}},
		{name: "dow jones tail: contact line, end mark, time, copyright",
			in: "PARIS (Agefi-Dow Jones) -- Le groupe de services informatiques a annoncé le rachat d'un éditeur allemand pour 210 millions d'euros.\n" +
				"-Paul Girard, Agefi-Dow Jones; +33 (0)1 00 00 00 00; paul.girard@exemple.com ed: LBO\n" +
				"(END) Dow Jones Newswires\nApril 7, 2026 11:42 ET (15:42 GMT)\nCopyright (c) 2026 Dow Jones & Company, Inc.\n",
			want: want{Source: "Agefi-Dow Jones", Dateline: "PARIS (Agefi-Dow Jones) --", Place: "PARIS",
				Removed: []string{"byline:-Paul Girard, Agefi-Dow Jones; +33 (0)1 00 00 00 00; paul.girard@exemple.com ed: LBO",
					"source:(END) Dow Jones Newswires", "timestamp:April 7, 2026 11:42 ET (15:42 GMT)",
					"copyright:Copyright (c) 2026 Dow Jones & Company, Inc."}}},
		{name: "agefi byline keeps its article",
			in:   "Par L'Agefi\nLa banque mutualiste a placé une émission obligataire de 1,5 milliard d'euros à sept ans.\n",
			want: want{Source: "L'Agefi", Removed: []string{"byline:Par L'Agefi"}}},
		{name: "agefi dateline with an apostrophe",
			in:   "PARIS (L'Agefi) - La banque mutualiste a placé une émission obligataire de 1,5 milliard d'euros à sept ans.\n",
			want: want{Source: "L'Agefi", Dateline: "PARIS (L'Agefi) -", Place: "PARIS"}},
		{name: "investir tail: share widget and a copyright of two holders",
			why: "the first holder is the publisher; the copyright line is no photo credit",
			in: "Le titre Vantera s'envole après ses résultats\n" +
				"Le titre du fabricant de robinetterie gagnait 7,5 % à 41,20 euros vers 11 heures, après la publication de résultats annuels supérieurs aux attentes.\n" +
				"Partager cet article : Facebook | X | E-mail\n© Investir – Les Echos Médias 2025\n",
			want: want{Title: "Le titre Vantera s'envole après ses résultats", Source: "Investir",
				Removed: []string{"share:Partager cet article : Facebook | X | E-mail", "copyright:© Investir – Les Echos Médias 2025"}}},
		{name: "one holder of two words",
			in:   "Le groupe a cédé sa filiale de services pour 300 millions d'euros, a-t-il annoncé lundi soir.\n(c) Dow Jones Newswires, 2026\n",
			want: want{Source: "Dow Jones Newswires", Removed: []string{"copyright:(c) Dow Jones Newswires, 2026"}}},
		{name: "marketscreener copyright",
			in:   "Le groupe a relevé sa prévision de marge opérationnelle pour l'exercice en cours.\n© MarketScreener 2026\n",
			want: want{Source: "MarketScreener", Removed: []string{"copyright:© MarketScreener 2026"}}},
		{name: "photo credit without a year stays a credit",
			in:   "Le siège du groupe à Bruxelles.\n© Jean Dupont / Hans Lucas\nLe groupe a annoncé lundi la suppression de 1 200 postes en Europe, selon un communiqué.\n",
			want: want{Source: "", Removed: []string{"credit:© Jean Dupont / Hans Lucas"}}},
		{name: "a press release is no publisher",
			in:   "Le groupe a signé un contrat de 90 millions d'euros avec un opérateur ferroviaire allemand.\nSource : communiqué de presse de la société\n",
			want: want{Source: "", Agency: "", Removed: []string{"source:Source : communiqué de presse de la société"}}},
		{name: "a source line after a release line",
			in:   "La banque centrale a laissé ses taux inchangés, comme attendu par les économistes.\nSources : Communiqué, AOF\n",
			want: want{Source: "AOF", Agency: "AOF", Removed: []string{"source:Sources : Communiqué, AOF"}}},
		{name: "headline with a rubric and a long dash stays a headline",
			why: "a city-and-dash dateline opens only a paragraph of the body",
			in: "URGENT — Le PDG de Vantera quitte ses fonctions\n" +
				"Le conseil d'administration a accepté mardi la démission du directeur général, en poste depuis six ans.\n",
			want: want{Title: "URGENT — Le PDG de Vantera quitte ses fonctions", Removed: []string{}}},
		{name: "capitals and a hyphen are no dateline",
			in:   "LVMH - Le groupe de luxe a publié un chiffre d'affaires trimestriel en recul de 3 %, pénalisé par la Chine.\n",
			want: want{Removed: []string{}}},
		{name: "capitals without a dash are no dateline",
			in:   "PARIS reste la première place financière de la zone euro, selon un classement publié mardi.\n",
			want: want{Removed: []string{}}},
		{name: "mojibake title kept as written",
			why: "the title is the exact line; the body and the stages read it repaired",
			in: "Norvane prÃ©voit une hausse de sa marge en 2026\n" +
				"(AOF) - Norvane a relevÃ© mardi sa prÃ©vision de marge opÃ©rationnelle pour l'exercice en cours.\n",
			want: want{Title: "Norvane prÃ©voit une hausse de sa marge en 2026", Source: "AOF", Dateline: "(AOF) -"}},
		{name: "title with a tilde that is no mojibake",
			in:   "La Bourse de SÃO PAULO recule de 2 %\nL'indice de la place brésilienne a reculé de 2 % lundi, pénalisé par les valeurs minières.\n",
			want: want{Title: "La Bourse de SÃO PAULO recule de 2 %"}},
	}
	c := clean.Default()
	seen := map[string]bool{}
	for _, tt := range tests {
		if seen[tt.name] {
			t.Fatalf("duplicate case name %q", tt.name)
		}
		seen[tt.name] = true
		t.Run(tt.name, func(t *testing.T) {
			r := c.Clean(tt.in)
			checkTiling(t, tt.in, r)
			got := want{Title: r.Title, Source: r.Source, Agency: r.Agency, Dateline: r.Dateline.Text, Place: r.Dateline.Place}
			w := tt.want
			if w.Removed != nil {
				got.Removed = removed(r)
				if got.Removed == nil {
					got.Removed = []string{}
				}
			}
			if diff := cmp.Diff(w, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			for _, s := range r.Segments {
				if s.Role == clean.RoleTitle && !strings.Contains(tt.in, s.Text) {
					t.Errorf("title segment %q is not input text", s.Text)
				}
			}
		})
	}
}
