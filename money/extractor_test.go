package money

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/depeche-go/depeche/internal/testutil"
	"github.com/google/go-cmp/cmp"
)

// brief is the part of an Amount that the table tests compare.
type brief struct {
	Text      string
	Value     string // or MIN..MAX
	Code      string
	Approx    bool
	Qualifier string
	Per       string
}

func briefs(as []Amount) []brief {
	var out []brief
	for _, a := range as {
		v := a.Value.String()
		if a.Range {
			v = a.Min.String() + ".." + a.Max.String()
		}
		out = append(out, brief{a.Text, v, a.Code, a.Approx, a.Qualifier, a.Per})
	}
	return out
}

func checkSpans(t *testing.T, input string, as []Amount) {
	t.Helper()
	prev := -1
	for _, a := range as {
		if err := testutil.CheckSpan(input, "amount", a.Start, a.End, a.Text); err != nil {
			t.Error(err)
		}
		if a.Start < prev {
			t.Errorf("amounts not sorted at %d", a.Start)
		}
		prev = a.Start
		for _, sp := range []Span{a.Number, a.Unit} {
			if sp != (Span{}) && (sp.Start < a.Start || sp.End > a.End || sp.Start > sp.End) {
				t.Errorf("sub-span %v outside amount [%d,%d) %q", sp, a.Start, a.End, a.Text)
			}
		}
	}
}

func TestFindAll(t *testing.T) {
	long := strings.Repeat("Le marché reste calme avant la séance. ", 3000)
	tests := []struct {
		name, in string
		why      string
		want     []brief
	}{
		{name: "empty", in: ""},
		{name: "whitespace", in: " \t\n\u00a0\u202f "},
		{name: "invalid UTF-8", in: "\xff\xfe 12 \xc3 millions d'euros \xff", why: "an invalid byte separates the number from its scale"},
		{name: "invalid UTF-8 around", in: "\xff12 M€\xfe", want: []brief{{Text: "12 M€", Value: "12000000", Code: "EUR"}}},
		{name: "html fragment", in: "<p>Le groupe a levé <b>35 M€</b> auprès de fonds.</p>",
			want: []brief{{Text: "35 M€", Value: "35000000", Code: "EUR"}}},
		{name: "long line", in: long + "Il a levé 12 millions d'euros." + long,
			want: []brief{{Text: "12 millions d'euros", Value: "12000000", Code: "EUR"}}},
		{name: "nbsp everywhere", in: "un budget de 1\u00a0234\u00a0567,50\u00a0€ cette année",
			want: []brief{{Text: "1\u00a0234\u00a0567,50\u00a0€", Value: "1234567.5", Code: "EUR"}}},
		{name: "typographic apostrophe", in: "une perte de 45,6 millions d’euros",
			want: []brief{{Text: "45,6 millions d’euros", Value: "45600000", Code: "EUR"}}},
		{name: "currency-less after context", why: "the second amount takes the first one's currency",
			in:   "Les ventes ont atteint 10,2 milliards d'euros tandis que le bénéfice s'est établi à 2,7 milliards.",
			want: []brief{{Text: "10,2 milliards d'euros", Value: "10200000000", Code: "EUR"}, {Text: "2,7 milliards", Value: "2700000000", Code: "EUR"}}},
		{name: "currency-less before context", why: "with no currency before it, the next amount's",
			in:   "Le bénéfice atteint 1,17 milliard, soit 1,09 $ par action, selon La Presse Canadienne.",
			want: []brief{{Text: "1,17 milliard", Value: "1170000000", Code: "CAD"}, {Text: "1,09 $", Value: "1.09", Code: "CAD", Per: "action"}}},
		{name: "currency-less alone", in: "La population atteint 67 millions.", why: "no currency anywhere: not an amount"},
		{name: "change", in: "Jefferies a relevé son objectif de cours de 230 à 260 euros.",
			want: []brief{{Text: "230", Value: "230", Code: "EUR"}, {Text: "260 euros", Value: "260", Code: "EUR"}}},
		{name: "change far verb", in: "L'analyste a abaissé jeudi sa cible sur le titre du groupe de 48 à 41,5 euros.",
			want: []brief{{Text: "48", Value: "48", Code: "EUR"}, {Text: "41,5 euros", Value: "41.5", Code: "EUR"}}},
		{name: "change with units", in: "Elle haussait son dividende de 0,03$ à 0,52$ par action.",
			want: []brief{{Text: "0,03$", Value: "0.03", Code: "USD", Per: "action"}, {Text: "0,52$", Value: "0.52", Code: "USD", Per: "action"}}},
		{name: "range not change", in: "Le consensus allait de 4,32 à 4,48 milliards de dollars.",
			want: []brief{{Text: "4,32 à 4,48 milliards de dollars", Value: "4320000000..4480000000", Code: "USD"}}},
		{name: "list shares scale", in: "Les deux tranches de 2,5 et 3 milliards d'euros ont été placées.",
			want: []brief{{Text: "2,5", Value: "2500000000", Code: "EUR"}, {Text: "3 milliards d'euros", Value: "3000000000", Code: "EUR"}}},
		{name: "dont", in: "Il investira 2 milliards d'euros, dont 600 millions en France.",
			want: []brief{{Text: "2 milliards d'euros", Value: "2000000000", Code: "EUR"}, {Text: "600 millions", Value: "600000000", Code: "EUR"}}},
		{name: "side by side", in: "une offre de 50 milliards de dollars (46 milliards d'euros)",
			want: []brief{{Text: "50 milliards de dollars", Value: "50000000000", Code: "USD"}, {Text: "46 milliards d'euros", Value: "46000000000", Code: "EUR"}}},
		{name: "bracketed conversion is no context", why: "the third amount follows the yen, not the bracketed euros",
			in:   "Le résultat visé est de 2 300 milliards de yens (16,2 milliards d'euros), puis 2 500 milliards.",
			want: []brief{{Text: "2 300 milliards de yens", Value: "2300000000000", Code: "JPY"}, {Text: "16,2 milliards d'euros", Value: "16200000000", Code: "EUR"}, {Text: "2 500 milliards", Value: "2500000000000", Code: "JPY"}}},
		{name: "canadian dispatch", in: "Toronto — La banque a dégagé un bénéfice de 565 M$ et de 1,40$ par action.",
			want: []brief{{Text: "565 M$", Value: "565000000", Code: "CAD"}, {Text: "1,40$", Value: "1.4", Code: "CAD", Per: "action"}}},
		{name: "explicit canadian dollars", why: "the text names Canadian dollars, so plain dollars are American",
			in:   "Le bénéfice est de 850 millions de dollars canadiens (693 millions de dollars).",
			want: []brief{{Text: "850 millions de dollars canadiens", Value: "850000000", Code: "CAD"}, {Text: "693 millions de dollars", Value: "693000000", Code: "USD"}}},
		{name: "francs today", in: "Le groupe zurichois a gagné 465 millions de francs en 2019.",
			want: []brief{{Text: "465 millions de francs", Value: "465000000", Code: "CHF"}}},
		{name: "francs before the euro", in: "En 1989, l'action valait 1 015 francs.",
			want: []brief{{Text: "1 015 francs", Value: "1015", Code: "FRF"}}},
		{name: "ratio note", in: "Le bénéfice atteint 12 M$ (1 $ = 0,9782 euro).",
			want: []brief{{Text: "12 M$", Value: "12000000", Code: "USD"}}},
		{name: "rate without unit", in: "L'euro monte de 0,2 % à 1,0845 contre le dollar."},
		{name: "price of a currency", in: "L'euro s'échange à 1,0845 dollar.",
			want: []brief{{Text: "1,0845 dollar", Value: "1.0845", Code: "USD"}}},
		{name: "shares are no money", in: "Il a cédé 12 millions d'actions pour 300 millions d'euros.",
			want: []brief{{Text: "300 millions d'euros", Value: "300000000", Code: "EUR"}}},
		{name: "losses are money", in: "Le chiffre d'affaires de 3 milliards d'euros contraste avec 1,3 milliard de pertes.",
			want: []brief{{Text: "3 milliards d'euros", Value: "3000000000", Code: "EUR"}, {Text: "1,3 milliard", Value: "1300000000", Code: "EUR"}}},
		{name: "bpa before", in: "Le BPA ajusté ressort à 1,87 $.",
			want: []brief{{Text: "1,87 $", Value: "1.87", Code: "USD", Per: "action"}}},
		{name: "qualifier dépassant", in: "des cours dépassant les 110 $/b",
			want: []brief{{Text: "110 $", Value: "110", Code: "USD", Qualifier: "dépassant", Per: "baril"}}},
		{name: "approx range", in: "un coût d'environ 10 à 12 M€",
			want: []brief{{Text: "10 à 12 M€", Value: "10000000..12000000", Code: "EUR", Approx: true}}},
		{name: "table cells", why: "cells take the unit of the nearest label line",
			in: "Résultat net (G$)\n\n5,7\n\nx2.6\n\n10,6\n\n+92%\n- en dollar par action\n\n3,75\n\n7,14\n",
			want: []brief{{Text: "5,7", Value: "5700000000", Code: "USD"}, {Text: "10,6", Value: "10600000000", Code: "USD"},
				{Text: "3,75", Value: "3.75", Code: "USD", Per: "action"}, {Text: "7,14", Value: "7.14", Code: "USD", Per: "action"}}},
		{name: "table label in words", in: "Chiffre d'affaires (en millions d'euros)\n 1 234,5\n",
			want: []brief{{Text: "1 234,5", Value: "1234500000", Code: "EUR"}}},
		{name: "cell without label", in: "Trimestre\n\n2024\n\n12,5\n"},
		{name: "row label", why: "cells after a column gap take the unit of their row label",
			in:   "Chiffre d'affaires (M€)\t1 234,5\t1 100\nEffectifs\t12 000\t11 500\nMarge (%)\t12,5\t11\n",
			want: []brief{{Text: "1 234,5", Value: "1234500000", Code: "EUR"}, {Text: "1 100", Value: "1100000000", Code: "EUR"}}},
		{name: "row label with spaces", in: "Résultat net en millions d'euros    45,2    38,9",
			want: []brief{{Text: "45,2", Value: "45200000", Code: "EUR"}, {Text: "38,9", Value: "38900000", Code: "EUR"}}},
		{name: "no gap no cell", in: "Résultat net (M€) 45,2 contre 38,9"},
		{name: "colon rows under a caption", why: "\"label : cell (last year)\" rows take the caption's unit; counts and rates do not",
			in: "Chiffres clés du trimestre (en millions d'euros, entre parenthèses l'an dernier)\nChiffre d'affaires : 1 184 (1 265)\nEbitda\u00a0: 142 (171)\nEffectifs : 1 250 (1 190)\nMarge opérationnelle : 12,4 (11,9)\n",
			want: []brief{{Text: "1 184", Value: "1184000000", Code: "EUR"}, {Text: "1 265", Value: "1265000000", Code: "EUR"},
				{Text: "142", Value: "142000000", Code: "EUR"}, {Text: "171", Value: "171000000", Code: "EUR"}}},
		{name: "colon rows under a symbol caption", in: "Principaux agrégats (MCHF)\nProduit net bancaire : 2 015,3 (1 987,1)\n",
			want: []brief{{Text: "2 015,3", Value: "2015300000", Code: "CHF"}, {Text: "1 987,1", Value: "1987100000", Code: "CHF"}}},
		{name: "un euro after a preposition", in: "Il versera un dividende d'un euro le 15 avril ; la filiale est cédée pour un euro symbolique.",
			want: []brief{{Text: "un euro", Value: "1", Code: "EUR"}, {Text: "un euro", Value: "1", Code: "EUR"}}},
		{name: "par and a broker", why: "a name in capitals after par is who set the target, not a unit",
			in:   "L'objectif est relevé à 25 euros par ING, à 24 euros par Jefferies et à 12 euros par BNP Paribas Exane ; 1,20 dollar par ADR.",
			want: []brief{{Text: "25 euros", Value: "25", Code: "EUR"}, {Text: "24 euros", Value: "24", Code: "EUR"}, {Text: "12 euros", Value: "12", Code: "EUR"}, {Text: "1,20 dollar", Value: "1.2", Code: "USD", Per: "ADR"}}},
		{name: "colon row without caption", in: "Objectif de cours : 15 (contre 19)\nNote : 3 (2)\n"},
		{name: "header caption tabs", why: "rows without a unit take the caption's, years and change columns are no amounts",
			in:   "Comptes semestriels (en millions de dollars)\t2025\t2024\tVar.\nVentes\t3 210,4\t2 998,7\t-2,1\nEffectifs\t4 100\t3 900\t+5\nMarge brute (%)\t41,2\t40,8\t0,4\n",
			want: []brief{{Text: "3 210,4", Value: "3210400000", Code: "USD"}, {Text: "2 998,7", Value: "2998700000", Code: "USD"}}},
		{name: "header caption pipes", why: "caption line above a markdown table",
			in: "Données consolidées, en milliards d'euros\n| | S1 2026 | S1 2025 | Évolution |\n|:--|--:|--:|--:|\n| Produit net bancaire | 12,85 | 12,02 | 6,9 |\n| Coût du risque | -0,94 | -0,81 | 16 |\n",
			want: []brief{{Text: "12,85", Value: "12850000000", Code: "EUR"}, {Text: "12,02", Value: "12020000000", Code: "EUR"},
				{Text: "-0,94", Value: "-940000000", Code: "EUR"}, {Text: "-0,81", Value: "-810000000", Code: "EUR"}}},
		{name: "header symbol spaces", why: "(M£) in the header, columns of spaces",
			in: "Groupe (M£)        2026      2025\nRecettes           1 045     987\nBénéfice avant impôt   212   198\n",
			want: []brief{{Text: "1 045", Value: "1045000000", Code: "GBP"}, {Text: "987", Value: "987000000", Code: "GBP"},
				{Text: "212", Value: "212000000", Code: "GBP"}, {Text: "198", Value: "198000000", Code: "GBP"}}},
		{name: "header stops at blank line", in: "Résultats (en millions d'euros)\n\nCommandes\t845\t790\n"},
		{name: "swiss scale words without currency", why: "mio/mrd like millions take the context currency",
			in: "BERNE (ats) - Les recettes ont atteint 5,1 mrd CHF, après 4,8 mrd un an auparavant, et le déficit 320 Mio.",
			want: []brief{{Text: "5,1 mrd CHF", Value: "5100000000", Code: "CHF"}, {Text: "4,8 mrd", Value: "4800000000", Code: "CHF"},
				{Text: "320 Mio", Value: "320000000", Code: "CHF"}}},
		{name: "mio before francs", in: "Genève (awp) - Le groupe investira 80 mio de francs, puis 25 mio par an.",
			want: []brief{{Text: "80 mio de francs", Value: "80000000", Code: "CHF"}, {Text: "25 mio", Value: "25000000", Code: "CHF", Per: "an"}}},
		{name: "mio alone without context", in: "Le fichier pèse 12 mio."},
		{name: "span of years before a figure", why: "the end of '2024-25' opens no range",
			in:   "le carnet atteignait sur l'exercice 2024-25 à 8,4 Md$ et sur 2023-2024 à 7 Md$, après 5-6 Md$",
			want: []brief{{Text: "8,4 Md$", Value: "8400000000", Code: "USD"}, {Text: "7 Md$", Value: "7000000000", Code: "USD"}, {Text: "5-6 Md$", Value: "5000000000..6000000000", Code: "USD"}}},
		{name: "registered shares are counted", in: "Le groupe offre 35,50 CHF par titre, soit 2,4 mio de nominatives ; il détient 1,2 million de nominatives et 0,4 mio de bons de participation.",
			want: []brief{{Text: "35,50 CHF", Value: "35.5", Code: "CHF", Per: "action"}}},
		{name: "mio in a Swiss dispatch without any currency", why: "a Swiss context makes currency-less mio/mrd CHF",
			in:   "LAUSANNE (Keystone-ATS) - Le canton table sur un excédent de 45,5 mio, après 1,1 mrd de déficit.",
			want: []brief{{Text: "45,5 mio", Value: "45500000", Code: "CHF"}, {Text: "1,1 mrd", Value: "1100000000", Code: "CHF"}}},
		{name: "millions in a Swiss dispatch without any currency", in: "Zurich (awp) - La société compte 12 millions de clients et 3 millions."},
		{name: "bpa contexts", why: "BPA or bénéfice par action before the amount governs it and the amount compared with it",
			in: "BPA : 0,77 $. Un BPA dilué de 1,02 £ contre 0,97 £. Le BPA 2027 est désormais attendu à 3,05 CHF. Par action, le résultat ressort à 0,44 euro, après 0,39 euro.",
			want: []brief{{Text: "0,77 $", Value: "0.77", Code: "USD", Per: "action"}, {Text: "1,02 £", Value: "1.02", Code: "GBP", Per: "action"},
				{Text: "0,97 £", Value: "0.97", Code: "GBP", Per: "action"}, {Text: "3,05 CHF", Value: "3.05", Code: "CHF", Per: "action"},
				{Text: "0,44 euro", Value: "0.44", Code: "EUR", Per: "action"}, {Text: "0,39 euro", Value: "0.39", Code: "EUR", Per: "action"}}},
		{name: "par action after another amount", why: "a per-unit after an amount is that amount's only",
			in:   "un coupon de 0,60 euro par action, et un rachat de 200 M€, contre 0,55 euro",
			want: []brief{{Text: "0,60 euro", Value: "0.6", Code: "EUR", Per: "action"}, {Text: "200 M€", Value: "200000000", Code: "EUR"}, {Text: "0,55 euro", Value: "0.55", Code: "EUR"}}},
		{name: "time phrases are no per-unit",
			in: "un loyer de 14 M€ l'an passé, 13 M€ l'année d'avant, 12 M€ sur un an, 11 M€ le mois dernier et 10 M€ par rapport à l'an 2000",
			want: []brief{{Text: "14 M€", Value: "14000000", Code: "EUR"}, {Text: "13 M€", Value: "13000000", Code: "EUR"}, {Text: "12 M€", Value: "12000000", Code: "EUR"},
				{Text: "11 M€", Value: "11000000", Code: "EUR"}, {Text: "10 M€", Value: "10000000", Code: "EUR"}}},
		{name: "no junk qualifiers", why: "articles, verbs and 'sous' alone are no bounds",
			in: "loin des 90 M€ ; il pourrait franchir 80 M€ ; retombé sous les 70 M€ ; il n'en vaut plus que 60 M€ ; dès 50 M€",
			want: []brief{{Text: "90 M€", Value: "90000000", Code: "EUR"}, {Text: "80 M€", Value: "80000000", Code: "EUR"}, {Text: "70 M€", Value: "70000000", Code: "EUR"},
				{Text: "60 M€", Value: "60000000", Code: "EUR"}, {Text: "50 M€", Value: "50000000", Code: "EUR"}}},
		{name: "abbreviated unit before a per-share chain", why: "the dot of 'fr.' is no sentence end; 'par action' after an amount is its own",
			in: "Le BPA de 2,2 fr., après 1,9 fr. Un dividende de 1 fr. par action, après 0,9 fr. l'année précédente.",
			want: []brief{{Text: "2,2 fr.", Value: "2.2", Code: "CHF", Per: "action"}, {Text: "1,9 fr.", Value: "1.9", Code: "CHF", Per: "action"},
				{Text: "1 fr.", Value: "1", Code: "CHF", Per: "action"}, {Text: "0,9 fr.", Value: "0.9", Code: "CHF"}}},
		{name: "header only years", in: "(en millions d'euros)\t2026\t2025\t2024\n"},
		{name: "header above prose row", in: "En M€\nLe groupe a vendu  412 unités  cette année\n"},
		{name: "huge number", in: "un montant de 10" + strings.Repeat("0", 400) + " euros", why: "beyond the limits: no amount, never a wrong value"},
		{name: "many digits after comma", in: "0," + strings.Repeat("1", 200) + " euro"},
		{name: "cut off", in: "un chiffre d'affaires de près de 156 mill"},
		{name: "two currencies", in: "Dollar : 143,80 yens ; euro : 161,2 yens.",
			want: []brief{{Text: "143,80 yens", Value: "143.8", Code: "JPY"}, {Text: "161,2 yens", Value: "161.2", Code: "JPY"}}},
		{name: "negative glued", in: "Résultat net : −3,4 M€ (contre +1,1 M€).",
			want: []brief{{Text: "−3,4 M€", Value: "-3400000", Code: "EUR"}, {Text: "+1,1 M€", Value: "1100000", Code: "EUR"}}},
		{name: "hyphen is not a sign", in: "sur 2023-28 le groupe vise 3 Md€",
			want: []brief{{Text: "3 Md€", Value: "3000000000", Code: "EUR"}}},
		{name: "cercle finance E", in: "objectif de 165E, contre 167,9E et 2,90 E par action",
			want: []brief{{Text: "165E", Value: "165", Code: "EUR"}, {Text: "167,9E", Value: "167.9", Code: "EUR"}, {Text: "2,90 E", Value: "2.9", Code: "EUR", Per: "action"}}},
		{name: "unit across a line break", in: "une perte de 3 millions\nd'euros",
			want: []brief{{Text: "3 millions\nd'euros", Value: "3000000", Code: "EUR"}}},
	}
	seen := map[string]bool{}
	for _, tc := range tests {
		if seen[tc.name] {
			t.Fatalf("duplicate name %q", tc.name)
		}
		seen[tc.name] = true
		t.Run(tc.name, func(t *testing.T) {
			got := Default().FindAll(tc.in)
			checkSpans(t, tc.in, got)
			if diff := cmp.Diff(tc.want, briefs(got)); diff != "" {
				t.Errorf("FindAll(%.80q) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestFindInSpans(t *testing.T) {
	in := "Copyright 2026 - 5 M€\nLe groupe a levé 35 M€.\nPublicité : 10 € offerts"
	start := strings.Index(in, "Le groupe")
	end := strings.Index(in, "\nPublicité")
	got, w := Default().FindIn(in, []Span{{Start: start, End: end}, {Start: -5, End: 0}, {Start: end, End: end + 1000000}})
	if len(w) != 0 {
		t.Errorf("warnings: %v", w)
	}
	checkSpans(t, in, got)
	want := []brief{{Text: "35 M€", Value: "35000000", Code: "EUR"}, {Text: "10 €", Value: "10", Code: "EUR"}}
	if diff := cmp.Diff(want, briefs(got)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestAmountFields(t *testing.T) {
	in := "soit environ 2,5 milliards d'euros"
	got := Default().FindAll(in)
	if len(got) != 1 {
		t.Fatalf("got %v", got)
	}
	a := got[0]
	if in[a.Number.Start:a.Number.End] != "2,5" || in[a.Unit.Start:a.Unit.End] != "euros" {
		t.Errorf("number %q unit %q", in[a.Number.Start:a.Number.End], in[a.Unit.Start:a.Unit.End])
	}
	if a.Currency.String() != "EUR" || a.Ambiguous || !a.Approx {
		t.Errorf("currency %v ambiguous %v approx %v", a.Currency, a.Ambiguous, a.Approx)
	}
	d := Default().FindAll("un prix de 10 $")[0]
	if !d.Ambiguous || d.Code != "USD" {
		t.Errorf("$: ambiguous %v code %s", d.Ambiguous, d.Code)
	}
	// x/text does not know every code: Code keeps it, Currency is XXX.
	z := Default().FindAll("10 ZWG")
	if len(z) != 1 || z[0].Code != "ZWG" {
		t.Fatalf("ZWG: %v", z)
	}
}

func TestOptions(t *testing.T) {
	e, err := New(Options{Dollar: "CAD", Franc: "FRF"})
	if err != nil {
		t.Fatal(err)
	}
	got := briefs(e.FindAll("10 $ et 5 francs"))
	want := []brief{{Text: "10 $", Value: "10", Code: "CAD"}, {Text: "5 francs", Value: "5", Code: "FRF"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if _, err := New(Options{Dollar: "dollar"}); err == nil {
		t.Error("New accepted a bad Dollar option")
	}
}

func TestCustomRules(t *testing.T) {
	rs, err := ParseRules("user.rules", []byte("# a user adds the balboa\nname\tPAB\tbalboa\nsymbol\tPAB\tB/.\n!name\tlivre\n"))
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(Options{Rules: []*RuleSet{rs}})
	if err != nil {
		t.Fatal(err)
	}
	got := briefs(e.FindAll("Le canal a rapporté 2,5 milliards de balboas, soit 12 livres."))
	want := []brief{{Text: "2,5 milliards de balboas", Value: "2500000000", Code: "PAB"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := Default().FindAll("2,5 milliards de balboas"); len(got) != 0 {
		t.Errorf("the default extractor changed: %v", got)
	}
	fs := fstest.MapFS{"money/a.rules": {Data: []byte("name\tPAB\tbalboa\n")}, "money/b.rules": {Data: []byte("scale\t6\tmégas\n")}}
	rs2, err := LoadRules(fs, "money/*.rules")
	if err != nil || rs2.Len() != 2 {
		t.Fatalf("LoadRules: %v, %d records", err, rs2.Len())
	}
	e2, _ := New(Options{Rules: []*RuleSet{rs2}})
	if got := briefs(e2.FindAll("3 mégas de balboas")); len(got) != 1 || got[0].Value != "3000000" {
		t.Errorf("stacked rules: %v", got)
	}
}

func TestRuleErrors(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"unknown kind", "devise\tEUR\teuro\n", `user.rules:1:1: money: bad rule: unknown kind "devise"`},
		{"bad code", "name\tEuro\teuro\n", "user.rules:1:6"},
		{"no form", "name\tEUR\n", "user.rules:1"},
		{"bad exponent", "scale\tmille\tmillier\n", "user.rules:1:7"},
		{"bad qualifier", "qualifier\tvague\tenviron\n", "user.rules:1:11"},
		{"bad context", "context\tUSD\tcanada\n", "user.rules:1:9"},
		{"invalid utf8", "name\tEUR\t\xff\n", "user.rules:1"},
		{"empty removal", "!\n", "user.rules:1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseRules("user.rules", []byte(tc.data))
			var re *RuleError
			if !errors.As(err, &re) {
				t.Fatalf("got %v, want a *RuleError", err)
			}
			if !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("got %q, want prefix %q", err.Error(), tc.want)
			}
			if re.Render() == "" {
				t.Error("empty Render")
			}
		})
	}
}

func TestParseAmount(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // value CODE, or the error
		err      error
	}{
		{name: "plain", in: "50 milliards de dollars", want: "50000000000 USD"},
		{name: "spaces around", in: "  1,5 Md€\n", want: "1500000000 EUR"},
		{name: "qualifier", in: "environ 3 millions d'euros", want: "3000000 EUR"},
		{name: "range", in: "entre 10 et 12 M€", want: "10000000..12000000 EUR"},
		{name: "per unit", in: "0,35 euro par action", want: "0.35 EUR"},
		{name: "empty", in: "", err: ErrNoAmount},
		{name: "no unit", in: "2,7 milliards", err: ErrNoCurrency},
		{name: "two amounts", in: "5 € et 6 $", err: ErrNoAmount},
		{name: "trailing text", in: "5 € de plus", err: ErrNoAmount},
		{name: "leading text", in: "il a payé 5 €", err: ErrNoAmount},
		{name: "too large", in: "1" + strings.Repeat("0", 400) + " euros", err: ErrRange},
		{name: "percent", in: "12 %", err: ErrNoAmount},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseAmount(tc.in)
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("ParseAmount(%q) = %v, %v; want error %v", tc.in, a, err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := a.Value.String() + " " + a.Code
			if a.Range {
				got = a.Min.String() + ".." + a.Max.String() + " " + a.Code
			}
			if got != tc.want {
				t.Errorf("ParseAmount(%q) = %s, want %s", tc.in, got, tc.want)
			}
		})
	}
}

func TestConcurrent(t *testing.T) {
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := "Le groupe a levé 35 M€, dont 10 millions en France, et vise 2,5 milliards de dollars."
	want := briefs(e.FindAll(in))
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 200 {
				if diff := cmp.Diff(want, briefs(e.FindAll(in))); diff != "" {
					t.Errorf("concurrent result differs (-want +got):\n%s", diff)
					return
				}
				_, _ = ParseAmount("12,5 M€")
			}
		}()
	}
	wg.Wait()
}

func TestNoAllocation(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector makes sync.Pool drop items")
	}
	in := strings.Repeat("Le groupe publie ses résultats le 14 mai 2026 à 10 h 30, en hausse de 12 % sur l'année, le CAC 40 à 8 104 points. ", 20)
	_ = Default().FindAll(in)
	if n := testing.AllocsPerRun(50, func() { _ = Default().FindAll(in) }); n != 0 {
		t.Errorf("FindAll on text without amounts: %v allocations, want 0", n)
	}
	if got := Default().FindAll(in); got != nil {
		t.Errorf("got %v", got)
	}
}

func TestContainsWord(t *testing.T) {
	tests := []struct {
		s, stem string
		want    bool
	}{
		{"la banque canadienne", "canad", true},
		{"Au Canada, la banque", "canad", true},
		{"TORONTO (Reuters) -", "toronto", true},
		{"à Québec", "québec", true},
		{"à QUÉBEC", "québec", true},
		{"la Nocanada", "canad", false},
		{"rien ici", "canad", false},
		{"", "canad", false},
		{"canad", "", false},
	}
	for _, tc := range tests {
		if got := containsWord(tc.s, tc.stem); got != tc.want {
			t.Errorf("containsWord(%q, %q) = %v, want %v", tc.s, tc.stem, got, tc.want)
		}
	}
}
