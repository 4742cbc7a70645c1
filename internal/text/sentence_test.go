package text

import (
	"strings"
	"testing"

	"github.com/depeche-go/depeche/internal/testutil"
	"github.com/google/go-cmp/cmp"
)

func sentences(input string) []string {
	var out []string
	for _, sp := range Sentences(nil, input, Span{0, len(input)}) {
		out = append(out, input[sp.Start:sp.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, input string
		want        []string
		why         string
	}{
		{name: "empty", input: "", want: nil},
		{name: "whitespace only", input: " \n\t\u00a0 ", want: nil},
		{name: "two sentences", input: "Le titre recule. La banque publie ses comptes.",
			want: []string{"Le titre recule.", "La banque publie ses comptes."}},
		{name: "trimmed", input: "  Il pleut.  ", want: []string{"Il pleut."}},
		{name: "newline ends", input: "Titre sans point\nLe corps suit", want: []string{"Titre sans point", "Le corps suit"}},
		{name: "lower case after period", input: "Le prix est de 3 €. et plus", want: []string{"Le prix est de 3 €. et plus"}},
		{name: "question and exclamation", input: "Pourquoi ? Parce que ! Voilà.", want: []string{"Pourquoi ?", "Parce que !", "Voilà."}},
		{name: "number starts", input: "Il a vendu. 2025 sera meilleure.", want: []string{"Il a vendu.", "2025 sera meilleure."}},
		{name: "accented capital", input: "Il a vendu. À Paris, rien.", want: []string{"Il a vendu.", "À Paris, rien."}},
		{name: "no space after period", input: "au 31.12.2025 le groupe. Fin", want: []string{"au 31.12.2025 le groupe.", "Fin"},
			why: "a period glued to the next token ends nothing"},
		{name: "glued capital", input: "vu.Le groupe", want: []string{"vu.Le groupe"}},
		// abbreviations
		{name: "M.", input: "M. Dupont a parlé.", want: []string{"M. Dupont a parlé."}},
		{name: "Mme", input: "Mme. Durand a parlé.", want: []string{"Mme. Durand a parlé."}},
		{name: "MM.", input: "MM. Martin et Petit ont signé.", want: []string{"MM. Martin et Petit ont signé."}},
		{name: "Dr", input: "Le Dr. Leroy confirme.", want: []string{"Le Dr. Leroy confirme."}},
		{name: "Me", input: "Selon Me. Garnier, avocat.", want: []string{"Selon Me. Garnier, avocat."}},
		{name: "cf.", input: "Voir cf. Annexe 2.", want: []string{"Voir cf. Annexe 2."}},
		{name: "env.", input: "Soit env. 12 millions.", want: []string{"Soit env. 12 millions."}},
		{name: "etc.", input: "Les banques, assureurs, etc. Tous reculent.", want: []string{"Les banques, assureurs, etc. Tous reculent."},
			why: "etc. is listed as an abbreviation: it never ends a sentence"},
		{name: "S.A.", input: "Vinci S.A. Le groupe confirme.", want: []string{"Vinci S.A. Le groupe confirme."}},
		{name: "Inc.", input: "Apple Inc. Le groupe confirme.", want: []string{"Apple Inc. Le groupe confirme."}},
		{name: "Co.", input: "Ford Motor Co. Le constructeur.", want: []string{"Ford Motor Co. Le constructeur."}},
		{name: "n°", input: "Le n° 1 du secteur. Ensuite.", want: []string{"Le n° 1 du secteur.", "Ensuite."}},
		{name: "J.-C.", input: "Le groupe J.-C. Decaux progresse.", want: []string{"Le groupe J.-C. Decaux progresse."}},
		{name: "p. ex.", input: "Des actifs, p. ex. Des bureaux.", want: []string{"Des actifs, p. ex. Des bureaux."}},
		{name: "initial", input: "J. Dupont arrive. Il parle.", want: []string{"J. Dupont arrive.", "Il parle."}},
		{name: "two initials", input: "Selon J. P. Morgan. Fin.", want: []string{"Selon J. P. Morgan.", "Fin."}},
		{name: "unit after number", input: "Un résultat de 12 M. Le titre monte.", want: []string{"Un résultat de 12 M.", "Le titre monte."},
			why: "M after a number is a unit"},
		{name: "art. before number", input: "Selon l'art. 12 du code.", want: []string{"Selon l'art. 12 du code."}},
		{name: "art as word", input: "Le marché de l'art. Le titre monte.", want: []string{"Le marché de l'art.", "Le titre monte."}},
		{name: "vol as word", input: "Il dénonce le vol. La police enquête.", want: []string{"Il dénonce le vol.", "La police enquête."}},
		// ellipses
		{name: "paren ellipsis inside", input: "Nous connaissons (...) Nous poursuivrons.", want: []string{"Nous connaissons (...) Nous poursuivrons."}},
		{name: "bracket ellipsis inside", input: "Il dit [...] Ensuite oui.", want: []string{"Il dit [...] Ensuite oui."}},
		{name: "ellipsis ends", input: "Et puis… Rien.", want: []string{"Et puis…", "Rien."}},
		{name: "dots end", input: "Et puis... Rien.", want: []string{"Et puis...", "Rien."}},
		// quotes
		{name: "closing guillemet stays", input: "« Nous sommes prêts. » Le PDG sourit.", want: []string{"« Nous sommes prêts. »", "Le PDG sourit."}},
		{name: "quote then verb", input: "« Pourquoi ? » a-t-il demandé.", want: []string{"« Pourquoi ? » a-t-il demandé."}},
		{name: "glued ascii quote", input: `"C'est fait." Il part.`, want: []string{`"C'est fait."`, "Il part."}},
		{name: "curly quote", input: "“C'est fait.” Il part.", want: []string{"“C'est fait.”", "Il part."}},
		{name: "opening quote starts", input: "Il a dit. « Non » fut la réponse.", want: []string{"Il a dit.", "« Non » fut la réponse."}},
		{name: "paren glued", input: "(Le titre recule.) Puis remonte.", want: []string{"(Le titre recule.)", "Puis remonte."}},
		// links
		{name: "domain", input: "Lu sur Zonebourse.com. Le titre monte.", want: []string{"Lu sur Zonebourse.com.", "Le titre monte."}},
		{name: "url", input: "Voir https://exemple.fr/x. Fin.", want: []string{"Voir https://exemple.fr/x.", "Fin."}},
		{name: "ticker", input: "LVMH (MC.PA) recule. Fin.", want: []string{"LVMH (MC.PA) recule.", "Fin."}},
		// hostile
		{name: "invalid utf8", input: "Il \xff pleut. Il\xfe vente.", want: []string{"Il \xff pleut.", "Il\xfe vente."}},
		{name: "nbsp before punct", input: "Vraiment\u00a0? Oui\u202f!", want: []string{"Vraiment\u00a0?", "Oui\u202f!"}},
		{name: "only punctuation", input: ". . .", want: []string{". . ."}, why: "punctuation does not start a sentence"},
		{name: "html", input: "<p>Le titre.</p> <p>Le corps.</p>", want: []string{"<p>Le titre.</p> <p>Le corps.</p>"},
			why: "tags are not sentence starts"},
	}
	names := testutil.NewNames(t)
	for _, tt := range tests {
		names.Add(tt.name)
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, sentences(tt.input)); diff != "" {
				t.Errorf("Sentences(%q) (-want +got):\n%s", tt.input, diff)
			}
		})
	}
}

func TestSentencesOffsets(t *testing.T) {
	input := "Titre\n« Oui. » Il\u00a0part."
	got := Sentences(nil, input, Span{0, len(input)})
	want := []Span{{0, 5}, {6, 16}, {17, 26}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// a sub-span gives offsets into the whole input.
	got = Sentences(nil, input, Span{6, len(input)})
	if diff := cmp.Diff(want[1:], got); diff != "" {
		t.Errorf("sub-span (-want +got):\n%s", diff)
	}
	// dst is appended to.
	got = Sentences([]Span{{0, 1}}, "Oui.", Span{0, 4})
	if diff := cmp.Diff([]Span{{0, 1}, {0, 4}}, got); diff != "" {
		t.Errorf("append (-want +got):\n%s", diff)
	}
}

func TestIsAbbreviation(t *testing.T) {
	for _, w := range []string{"M", "Mme", "MM", "Dr", "Me", "cf", "env", "etc", "Inc", "Co", "S.A", "U.S.A", "ex", "janv", "Déc"} {
		if !IsAbbreviation(w) {
			t.Errorf("IsAbbreviation(%q) = false", w)
		}
	}
	for _, w := range []string{"", "Dupont", "groupe", "a.", ".a", "a..b", "1.2", "vol", "art"} {
		if IsAbbreviation(w) {
			t.Errorf("IsAbbreviation(%q) = true", w)
		}
	}
}

func TestSpan(t *testing.T) {
	a, b := Span{2, 5}, Span{4, 9}
	if a.Len() != 3 || !a.Overlaps(b) || a.Contains(b) || !(Span{0, 10}).Contains(b) || a.Overlaps(Span{5, 6}) {
		t.Error("span predicates")
	}
	if Whole("") != nil || len(Whole("x")) != 1 {
		t.Error("Whole")
	}
}

func TestSentencesLong(t *testing.T) {
	s := strings.Repeat("M. Dupont dit « oui (...) non » à l'AMF. ", 20_000)
	got := Sentences(nil, s, Span{0, len(s)})
	if len(got) != 20_000 {
		t.Errorf("got %d sentences, want 20000", len(got))
	}
}

// TestSentencesChunked checks that long spans, done in chunks, give the
// sentences of one pass over all the tokens.
func TestSentencesChunked(t *testing.T) {
	long := strings.Repeat("Le titre gagne 2 %. M. Dupont confirme « tout (...) va bien ». ", 1200) // one line over 64 KiB
	input := benchInput(t, 200<<10) + "\r\n" + long + "\n\n" + benchInput(t, 100<<10) + "fin sans saut"
	for _, sp := range []Span{{0, len(input)}, {7, len(input) - 3}, {len(input) / 2, len(input)}} {
		want := SentencesFromTokens(nil, input, Tokenize(nil, input, sp))
		got := Sentences(nil, input, sp)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("span %v: chunked sentences differ (-want +got):\n%s", sp, diff)
		}
	}
}
