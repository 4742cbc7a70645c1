package clean_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/depeche-go/depeche/clean"
	"github.com/depeche-go/depeche/internal/testutil"
	"github.com/google/go-cmp/cmp"
)

// checkTiling fails the test unless the segments of r tile input: in
// order, no gap, no overlap, every Text exactly input[Start:End], kept
// segments with a role and removed ones with a kind and a rule.
func checkTiling(t *testing.T, input string, r *clean.Result) {
	t.Helper()
	if input == "" {
		if len(r.Segments) != 0 {
			t.Fatalf("empty input gave %d segments", len(r.Segments))
		}
		return
	}
	pos := 0
	for i, s := range r.Segments {
		if s.Start != pos || s.End <= s.Start || s.End > len(input) {
			t.Fatalf("segment %d [%d:%d] does not continue at %d (len %d)", i, s.Start, s.End, pos, len(input))
		}
		if s.Text != input[s.Start:s.End] {
			t.Fatalf("segment %d text %q != input[%d:%d]", i, s.Text, s.Start, s.End)
		}
		if s.Kept && (s.Role == clean.RoleNone || s.Kind != clean.KindNone) {
			t.Fatalf("kept segment %d without a role: %+v", i, s)
		}
		if !s.Kept && (s.Kind == clean.KindNone || s.Rule == "" || s.Role != clean.RoleNone) {
			t.Fatalf("removed segment %d without kind or rule: %+v", i, s)
		}
		pos = s.End
	}
	if pos != len(input) {
		t.Fatalf("segments end at %d, input has %d bytes", pos, len(input))
	}
	d := r.Dateline
	if d.Text != "" && (d.Start < 0 || d.End > len(input) || input[d.Start:d.End] != d.Text) {
		t.Fatalf("dateline %+v does not match the input", d)
	}
}

// removed lists "kind:text" for every removed segment, text trimmed.
func removed(r *clean.Result) []string {
	var out []string
	for _, s := range r.Removed() {
		out = append(out, s.Kind.String()+":"+strings.TrimSpace(s.Text))
	}
	return out
}

// roles lists "role:text" for every kept segment, text trimmed.
func roles(r *clean.Result) []string {
	var out []string
	for _, s := range r.Segments {
		if s.Kept {
			out = append(out, s.Role.String()+":"+strings.TrimSpace(s.Text))
		}
	}
	return out
}

func TestClean(t *testing.T) {
	long := strings.Repeat("Le groupe a confirmé ses objectifs annuels malgré un environnement difficile. ", 2000)
	tests := []struct {
		name    string
		why     string
		in      string
		title   string
		source  string
		roles   []string // nil: not checked
		removed []string // nil: not checked
	}{
		{name: "empty", in: "", roles: nil, removed: nil},
		{name: "whitespace only", in: " \n\t\n\u00a0\n", roles: []string{"paragraph:"}, removed: []string{}},
		{name: "one line is body", why: "a one-line input with no body is body",
			in:    "Airbus relève ses objectifs de livraisons",
			roles: []string{"paragraph:Airbus relève ses objectifs de livraisons"}, removed: []string{}},
		{name: "title and body",
			in:    "Airbus relève ses objectifs\nLe constructeur aéronautique a relevé jeudi ses objectifs de livraisons pour l'année, porté par la demande.\n",
			title: "Airbus relève ses objectifs",
			roles: []string{"title:Airbus relève ses objectifs", "paragraph:Le constructeur aéronautique a relevé jeudi ses objectifs de livraisons pour l'année, porté par la demande."}},
		{name: "zonebourse tail",
			in: "Nexity cède son pôle de services\n(Zonebourse.com) - Le promoteur a annoncé mardi la cession de son activité de services immobiliers pour 440 millions d'euros.\n" +
				"Une opération attendue\nLes analystes saluent une opération qui allège le bilan du groupe et clarifie sa stratégie.\n" +
				"Copyright (c) 2025 Zonebourse.com - All rights reserved.\nsource : AOF\n- 0 vote\n- 3 votes\n",
			title: "Nexity cède son pôle de services", source: "Zonebourse.com",
			roles: []string{"title:Nexity cède son pôle de services", "dateline:(Zonebourse.com) -",
				"paragraph:Le promoteur a annoncé mardi la cession de son activité de services immobiliers pour 440 millions d'euros.",
				"intertitle:Une opération attendue",
				"paragraph:Les analystes saluent une opération qui allège le bilan du groupe et clarifie sa stratégie."},
			removed: []string{"copyright:Copyright (c) 2025 Zonebourse.com - All rights reserved.", "source:source : AOF", "vote:- 0 vote", "vote:- 3 votes"}},
		{name: "reuters dateline and credit",
			in:     "LYON, 4 février (Reuters) - Le groupe de restauration collective a publié un chiffre d'affaires trimestriel supérieur aux attentes. (Marie Durand, édité par Paul Martin)\n",
			source: "Reuters",
			roles: []string{"dateline:LYON, 4 février (Reuters) -",
				"paragraph:Le groupe de restauration collective a publié un chiffre d'affaires trimestriel supérieur aux attentes."},
			removed: []string{"credit:(Marie Durand, édité par Paul Martin)"}},
		{name: "afp dash dateline on second paragraph",
			in:     "Un chapô qui résume la dépêche en une phrase assez longue pour être un paragraphe.\nAFP - Le conseil d'administration a approuvé mercredi le projet de fusion avec son concurrent.\n",
			source: "AFP"},
		{name: "nbsp and narrow nbsp",
			in:     "Orange\u00a0: la dette recule\u202f!\n(CercleFinance.com)\u00a0- Orange a réduit sa dette nette de 1,2\u00a0milliard d'euros au troisième trimestre, selon un communiqué.\n",
			title:  "Orange\u00a0: la dette recule\u202f!",
			source: "CercleFinance.com"},
		{name: "typographic apostrophes in boilerplate",
			in:      "Le titre Kering recule de 3 % en début de séance après la publication des ventes trimestrielles.\nÀ lire aussi : L’essentiel des marchés\nCe contenu est LIBRE d’accès. Pour le lire, il vous suffit de créer un COMPTE GRATUIT\n",
			removed: []string{"readmore:À lire aussi : L’essentiel des marchés", "paywall:Ce contenu est LIBRE d’accès. Pour le lire, il vous suffit de créer un COMPTE GRATUIT"}},
		{name: "read-also glued to a paragraph", why: "partial-line boilerplate is split off",
			in:      "Le chiffre d'affaires progresse de 4 % sur le semestre, porté par l'Asie. Lire aussi : Les ventes de LVMH ralentissent\n",
			roles:   []string{"paragraph:Le chiffre d'affaires progresse de 4 % sur le semestre, porté par l'Asie."},
			removed: []string{"readmore:Lire aussi : Les ventes de LVMH ralentissent"}},
		{name: "trailing paywall fragment",
			in:      "La banque a dégagé un bénéfice net de 1,1 milliard d'euros au premier trimestre, au-dessus du consensus. Réservé aux abonnés\n",
			removed: []string{"paywall:Réservé aux abonnés"}},
		{name: "agency sign-off", in: "Le groupe belge a relevé ses prévisions annuelles après un bon premier semestre. (Belga)\n",
			source: "Belga", removed: []string{"source:(Belga)"}},
		{name: "html fragment line", why: "a line that starts with a tag in plain text is an HTML remnant",
			in:      "Le titre gagne 2 % à la Bourse de Paris après une note favorable d'un courtier.\n<div class=\"pub\">Publicité</div>\n",
			removed: []string{"markup:<div class=\"pub\">Publicité</div>"}},
		{name: "reuters code is not markup", why: "<TTEF.PA> is an instrument code, not a tag",
			in: "Le titre gagne 2 % à Paris après une note favorable d'un courtier américain.\n<TTEF.PA> progresse de 1,5 % dans le sillage du pétrole.\n", removed: []string{}},
		{name: "invalid utf-8",
			in: "Le titre gagne 2 \xff% à Paris après la publication de résultats meilleurs que prévu.\n\xfe\xfe\n"},
		{name: "very long line", in: long, roles: []string{"paragraph:" + strings.TrimSpace(long)}, removed: []string{}},
		{name: "signature after the text",
			in:      "Le groupe a publié un résultat net en hausse de 12 % sur l'exercice, porté par ses activités.\nJeanne Martin\n",
			removed: []string{"byline:Jeanne Martin"}},
		{name: "boilerplate words in prose", why: "cookie, publicité and newsletter as topics stay",
			in: "Le marché de la publicité en ligne et des cookies tiers change, et la newsletter du groupe l'annonçait déjà hier.\n", removed: []string{}},
		{name: "copyright at the top is not a terminator",
			in:     "Tous droits de reproduction réservés ( Copyright 2019 AOFTous droits de reproduction réservés\nLe groupe minier a annoncé une production en hausse de 5 % au deuxième trimestre.\n",
			source: "AOF",
			roles:  []string{"paragraph:Le groupe minier a annoncé une production en hausse de 5 % au deuxième trimestre."}},
		{name: "terminator ends the article",
			in:    "Le titre a bondi de 8 % après l'annonce d'une offre publique d'achat par un fonds américain.\nArticles similaires\nLe fonds prépare une autre offre sur un concurrent européen du secteur, selon la presse.\n",
			roles: []string{"paragraph:Le titre a bondi de 8 % après l'annonce d'une offre publique d'achat par un fonds américain."}},
		{name: "repeated headline", in: "Elior : vive hausse\n\nElior : vive hausse\n\nCrédit photo © Reuters\n\n(Boursier.com) — Elior grimpe de 6 % après un relèvement de recommandation par un courtier.\n",
			title: "Elior : vive hausse", source: "Boursier.com",
			removed: []string{"duplicate:Elior : vive hausse", "credit:Crédit photo © Reuters"}},
		{name: "correction prefix", in: "CORRECTION - Vinci relève ses objectifs\nVinci a relevé jeudi ses objectifs annuels après un premier semestre plus solide que prévu.\n",
			title: "Vinci relève ses objectifs", removed: []string{"correction:CORRECTION -"}},
		{name: "rubric before headline", in: "Economie\n\nLa dette publique recule en 2025\n\nLa dette publique a reculé l'an dernier à 110 % du produit intérieur brut, selon l'Insee.\n",
			title: "La dette publique recule en 2025", removed: []string{"nav:Economie"}},
		{name: "photo caption is not a title", why: "a line with a photo credit is a caption",
			in:    "Le siège du groupe à La Défense ( AFP / JEAN DUPONT )\nLe groupe a annoncé lundi la suppression de 1 200 postes en France, selon un communiqué.\n",
			title: "", removed: []string{"credit:( AFP / JEAN DUPONT )"}},
		{name: "initials with wire", in: "Le déficit commercial s'est creusé en mars, selon les douanes, à 8 milliards d'euros.\nJ.D. avec AFP\n",
			source: "AFP", removed: []string{"byline:J.D. avec AFP"}},
		{name: "desk credit and stray agency tag", in: "Le groupe suisse a relevé ses objectifs de marge pour l'exercice en cours.\n(Service Entreprises)\nA\nats\n",
			source: "ats", removed: []string{"credit:(Service Entreprises)", "other:A", "source:ats"}},
		{name: "pipe dateline", in: "APAnews | La filiale locale du groupe bancaire a publié un bénéfice net en hausse de 9 %.\n",
			source: "APAnews", roles: []string{"dateline:APAnews |", "paragraph:La filiale locale du groupe bancaire a publié un bénéfice net en hausse de 9 %."}},
		{name: "lower-case agency pair", in: "Genève (awp/afp) - Le négociant a annoncé une hausse de 15 % de son résultat opérationnel.\n",
			source: "awp/afp"},
		{name: "dateline alone on its line", why: "it is removed, its metadata kept",
			in:    "Airbus relève ses objectifs\nPARIS (Reuters) -\nAirbus a relevé jeudi ses objectifs de livraisons pour l'année, porté par la demande.\n",
			title: "Airbus relève ses objectifs", source: "Reuters",
			removed: []string{"source:PARIS (Reuters) -"}},
		{name: "hard-wrapped text", why: "a line continued by a lower-case line is prose, not a title",
			in:    "Le groupe de luxe a annoncé jeudi un chiffre d'affaires en hausse\nde 5 % au troisième trimestre, porté par la demande en Asie, a-t-il\nindiqué dans un communiqué publié après la clôture.\n",
			title: "", removed: []string{}},
		{name: "crlf line endings", in: "Atos lance une augmentation de capital\r\n(CercleFinance.com) - Atos a lancé mardi une augmentation de capital de 500 millions d'euros.\r\n",
			title: "Atos lance une augmentation de capital", source: "CercleFinance.com"},
	}
	c := clean.Default()
	names := testutil.NewNames(t)
	for _, tt := range tests {
		names.Add(tt.name)
		t.Run(tt.name, func(t *testing.T) {
			r := c.Clean(tt.in)
			checkTiling(t, tt.in, r)
			if r.Title != tt.title {
				t.Errorf("title = %q, want %q", r.Title, tt.title)
			}
			if tt.source != "" && r.Source != tt.source {
				t.Errorf("source = %q, want %q", r.Source, tt.source)
			}
			if tt.roles != nil {
				if diff := cmp.Diff(tt.roles, roles(r), cmpEmpty); diff != "" {
					t.Errorf("kept segments (-want +got):\n%s", diff)
				}
			}
			if tt.removed != nil {
				if diff := cmp.Diff(tt.removed, removed(r), cmpEmpty); diff != "" {
					t.Errorf("removed segments (-want +got):\n%s", diff)
				}
			}
		})
	}
}

// cmpEmpty makes nil and empty slices equal.
var cmpEmpty = cmp.Comparer(func(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
})

func TestMetadata(t *testing.T) {
	in := "Un 3e trimestre solide pour Alimentation Couche\n" +
		"Publié le 08/07/2021 à 14:40\n" +
		"Par La Presse Canadienne\n" +
		"Le groupe a affiché jeudi un bénéfice de 8,7 millions $ pour son troisième trimestre, en hausse sur un an.\n"
	r := clean.Default().Clean(in)
	checkTiling(t, in, r)
	got := []string{r.Title, r.Source, r.Published}
	want := []string{"Un 3e trimestre solide pour Alimentation Couche", "La Presse Canadienne", "2021-07-08T14:40:00"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("metadata (-want +got):\n%s", diff)
	}

	in = "PARIS, 3 mars 2026 (Reuters) - Le groupe a publié des résultats annuels supérieurs aux attentes du marché.\n" +
		"Par Jean Dupont\nCopyright (c) 2026 Exemple.com - Tous droits réservés.\n"
	r = clean.Default().Clean(in)
	checkTiling(t, in, r)
	wantDL := clean.Dateline{Text: "PARIS, 3 mars 2026 (Reuters) -", Place: "PARIS", Date: "2026-03-03", Start: 0, End: 30}
	if diff := cmp.Diff(wantDL, r.Dateline); diff != "" {
		t.Errorf("dateline (-want +got):\n%s", diff)
	}
	if r.Byline != "Jean Dupont" || r.Source != "Reuters" || r.Copyright != "Copyright (c) 2026 Exemple.com - Tous droits réservés." {
		t.Errorf("byline %q source %q copyright %q", r.Byline, r.Source, r.Copyright)
	}
}

func TestFocus(t *testing.T) {
	in := "Rubrique\nUn titre de dépêche assez court\nLe groupe a publié un résultat net en hausse de 12 % sur l'exercice, porté par ses activités.\nVoir les commentaires des lecteurs\n"
	for _, tt := range []struct {
		focus clean.Focus
		want  int // removed segments
	}{{clean.FocusRecall, 0}, {clean.FocusBalanced, 1}, {clean.FocusPrecision, 2}} {
		t.Run(tt.focus.String(), func(t *testing.T) {
			c, err := clean.New(clean.Options{Focus: tt.focus})
			if err != nil {
				t.Fatal(err)
			}
			r := c.Clean(in)
			checkTiling(t, in, r)
			if got := len(r.Removed()); got != tt.want {
				t.Errorf("%d removed segments, want %d: %q", got, tt.want, removed(r))
			}
		})
	}
	// the link titles after a bare cue and the tail block are line
	// features: the recall focus keeps them
	in2 := "Un titre de dépêche assez court\nLe groupe a publié un résultat net en hausse de 12 % sur l'exercice, porté par ses activités.\nLire aussi :\nLuxe : la demande chinoise ralentit\nLa direction table sur une marge stable en 2027, a-t-elle indiqué lors d'une conférence.\nPartager\nRetour vers la rubrique\n"
	for _, tt := range []struct {
		focus clean.Focus
		want  int
	}{{clean.FocusRecall, 2}, {clean.FocusBalanced, 4}} {
		c, err := clean.New(clean.Options{Focus: tt.focus})
		if err != nil {
			t.Fatal(err)
		}
		r := c.Clean(in2)
		checkTiling(t, in2, r)
		if got := len(r.Removed()); got != tt.want {
			t.Errorf("%s: %d removed segments, want %d: %q", tt.focus, got, tt.want, removed(r))
		}
	}
	if _, err := clean.New(clean.Options{Focus: 9}); !errors.Is(err, clean.ErrRule) {
		t.Errorf("unknown focus: err = %v", err)
	}
}

func TestRules(t *testing.T) {
	// user rules: a new publisher line, and a default rule removed
	rs, err := clean.ParseRules("mine.rules", []byte("# my rules\nad\tmy-promo\tprefix\tOffre du jour\n!vote-widget\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := clean.New(clean.Options{Rules: []*clean.RuleSet{rs}})
	if err != nil {
		t.Fatal(err)
	}
	in := "Le groupe a publié un résultat net en hausse de 12 % sur l'exercice, porté par ses activités.\nOffre du jour : -50 % sur l'abonnement\n- 0 vote\n"
	r := c.Clean(in)
	checkTiling(t, in, r)
	want := []string{"ad:Offre du jour : -50 % sur l'abonnement"}
	if diff := cmp.Diff(want, removed(r)); diff != "" {
		t.Errorf("removed (-want +got):\n%s", diff)
	}

	// no rules at all: structure only
	bare, err := clean.New(clean.Options{NoDefaultRules: true})
	if err != nil {
		t.Fatal(err)
	}
	in2 := "Un titre court\n(AFP) - Le texte de la dépêche, assez long pour être un paragraphe.\nCopyright (c) 2026 Exemple\n"
	r2 := bare.Clean(in2)
	checkTiling(t, in2, r2)
	if r2.Title != "Un titre court" || r2.Source != "" || len(r2.Removed()) != 0 {
		t.Errorf("bare cleaner: title %q source %q removed %q", r2.Title, r2.Source, removed(r2))
	}

	// errors carry positions
	bad := []struct {
		name, data string
		line, col  int
	}{
		{"unknown kind", "nokind\tx\tline\tFoo\n", 1, 1},
		{"unknown form", "ad\tx\tglob\tFoo\n", 1, 6},
		{"bad regexp", "# c\nad\tx\tre\t(unclosed\n", 2, 9},
		{"bad flag", "ad\tx\tre\tFoo\tsometimes\n", 1, 13},
		{"too few fields", "ad\tx\tre\n", 1, 1},
		{"part on a line form", "ad\tx\tline\tFoo\tpart\n", 1, 15},
		{"bad extended regexp", "ad\tx\tre2\t(?<=a\n", 1, 10},
		{"removal with fields", "!x\ty\n", 1, 4},
		{"dateline with line form", "dateline\tx\tline\tFoo\n", 1, 12},
		{"place with re form", "place\tx\tre\tParis\n", 1, 9},
		{"place with a flag", "place\tx\tline\tParis\ttail\n", 1, 20},
		{"empty place list", "place\tx\tline\t | \n", 1, 15},
		{"flag place outside a dateline", "ad\tx\tre\tFoo\tplace\n", 1, 13},
	}
	for _, b := range bad {
		t.Run(b.name, func(t *testing.T) {
			_, err := clean.ParseRules("bad.rules", []byte(b.data))
			var re *clean.RuleError
			if !errors.As(err, &re) {
				t.Fatalf("err = %v, want a *RuleError", err)
			}
			if re.Line != b.line || re.Column != b.col || re.Source != "bad.rules" {
				t.Errorf("at %d:%d of %q, want %d:%d: %s", re.Line, re.Column, re.Source, b.line, b.col, re.Render())
			}
			if !strings.HasPrefix(re.Error(), "bad.rules:") || !strings.Contains(re.Render(), "^") {
				t.Errorf("message %q / render %q", re.Error(), re.Render())
			}
		})
	}

	// LoadRules reads files in name order
	fsys := fstest.MapFS{
		"r/a.rules": {Data: []byte("ad\tpromo-a\tline\tPromo A\n")},
		"r/b.rules": {Data: []byte("other\tpromo-b\tline\tPromo B\n")},
	}
	set, err := clean.LoadRules(fsys, "r/*.rules")
	if err != nil || set.Len() != 2 {
		t.Fatalf("LoadRules: %v, %d records", err, set.Len())
	}
	if _, err := clean.LoadRules(fsys, "["); err == nil {
		t.Error("bad glob: no error")
	}
	if n := clean.DefaultRules().Len(); n < 100 {
		t.Errorf("default rules: %d records", n)
	}
}

// TestPlaceRules checks that place records decide the datelines of rules
// flagged place: a user adds a place, or removes a default list.
func TestPlaceRules(t *testing.T) {
	const village = "SAINT-ARMEL-DES-BOCHAUX — La coopérative laitière a annoncé mardi un plan d'investissement de 12 millions d'euros.\n"
	const paris = "PARIS — La Bourse de Paris a terminé la séance en hausse de 0,8 %, portée par le secteur du luxe.\n"
	mine, err := clean.ParseRules("places.rules", []byte("place\tmy-places\tline\tSaint-Armel-des-Bochaux|Trifouillis\n!places-france\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := clean.New(clean.Options{Rules: []*clean.RuleSet{mine}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		c    *clean.Cleaner
		in   string
		want string // the dateline's place
	}{
		{clean.Default(), village, ""},
		{c, village, "SAINT-ARMEL-DES-BOCHAUX"},
		{clean.Default(), paris, "PARIS"},
		{c, paris, ""},
	} {
		r := tt.c.Clean(tt.in)
		checkTiling(t, tt.in, r)
		if r.Dateline.Place != tt.want {
			t.Errorf("%.30q: place %q, want %q", tt.in, r.Dateline.Place, tt.want)
		}
	}
}

func TestExtendedRuleTimeout(t *testing.T) {
	rs, err := clean.ParseRules("slow.rules", []byte("other\tslow\tre2\t(a+)+b\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := clean.New(clean.Options{Rules: []*clean.RuleSet{rs}, Timeout: 1})
	if err != nil {
		t.Fatal(err)
	}
	in := strings.Repeat("a", 40)
	r := c.Clean(in)
	checkTiling(t, in, r)
	if len(r.Warnings) == 0 || !strings.Contains(r.Warnings[0].Message, "slow") {
		t.Errorf("warnings = %+v, want one naming the rule", r.Warnings)
	}
}

// TestSeed checks the seed dispatch of the shared corpus.
func TestSeed(t *testing.T) {
	dir := testutil.Shared(t, "corpus", "seed")
	data, err := os.ReadFile(filepath.Join(dir, "000.txt"))
	if err != nil {
		t.Skipf("seed: %v", err)
	}
	in := string(data)
	r := clean.Default().Clean(in)
	checkTiling(t, in, r)
	if r.Title == "" || r.Source != "Zonebourse.com" || r.Agency != "AOF" || !strings.HasPrefix(r.Copyright, "Copyright (c) 2026 Zonebourse.com") {
		t.Errorf("title %q source %q agency %q copyright %q", r.Title, r.Source, r.Agency, r.Copyright)
	}
	var kinds []string
	for _, s := range r.Removed() {
		kinds = append(kinds, s.Kind.String())
	}
	want := []string{"copyright", "source", "disclaimer", "vote", "vote", "vote", "vote", "vote"}
	if diff := cmp.Diff(want, kinds); diff != "" {
		t.Errorf("removed kinds (-want +got):\n%s", diff)
	}
	inter := 0
	for _, s := range r.Segments {
		if s.Role == clean.RoleIntertitle {
			inter++
		}
	}
	if inter != 1 || r.Dateline.Text != "(Zonebourse.com) -" {
		t.Errorf("%d intertitles, dateline %q", inter, r.Dateline.Text)
	}
}

type gold struct {
	Title       string   `json:"title"`
	Source      string   `json:"source"`
	Boilerplate []string `json:"boilerplate"`
}

// TestCorpus compares the removed text with the gold boilerplate of the
// dev corpus: every gold line must be removed, and the kept text must hold
// every other word. It reports the rates and fails below the targets.
func TestCorpus(t *testing.T) {
	dir := testutil.Shared(t, "corpus", "dev")
	files, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if len(files) == 0 {
		t.Skip("no gold files")
	}
	c := clean.Default()
	var bpGold, bpRemoved, titles, titlesOK int
	for _, f := range files {
		var g gold
		data, err := os.ReadFile(f)
		if err != nil || json.Unmarshal(data, &g) != nil {
			t.Fatalf("%s: %v", f, err)
		}
		raw, err := os.ReadFile(strings.TrimSuffix(f, ".gold.json") + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		in := string(raw)
		r := c.Clean(in)
		checkTiling(t, in, r)
		var kept strings.Builder
		for _, s := range r.Segments {
			if s.Kept && s.Role != clean.RoleTitle {
				kept.WriteString(s.Text)
				kept.WriteByte(' ')
			}
		}
		k := kept.String()
		for _, b := range g.Boilerplate {
			if strings.TrimSpace(strings.Trim(b, ".|")) == "" {
				continue
			}
			bpGold++
			if !strings.Contains(k, b) {
				bpRemoved++
			} else {
				t.Logf("%s: kept boilerplate %q", filepath.Base(f), b)
			}
		}
		if g.Title != "" {
			titles++
			if r.Title == g.Title {
				titlesOK++
			} else {
				t.Logf("%s: title %q, want %q", filepath.Base(f), r.Title, g.Title)
			}
		}
	}
	rate := float64(bpRemoved) / float64(bpGold)
	t.Logf("boilerplate removed %d/%d = %.3f; titles %d/%d", bpRemoved, bpGold, rate, titlesOK, titles)
	if rate < 0.95 || float64(titlesOK) < 0.9*float64(titles) {
		t.Errorf("below target: boilerplate %.3f, titles %d/%d", rate, titlesOK, titles)
	}
}

// TestPages runs whole HTML pages: no panic, tiling, a headline and a body.
func TestPages(t *testing.T) {
	dir := testutil.Shared(t, "corpus", "pages")
	files, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	if len(files) == 0 {
		t.Skip("no pages")
	}
	// index.jsonl says which pages are single articles (the others are
	// listings, whose body may be empty)
	article := map[string]bool{}
	if idx, err := os.ReadFile(filepath.Join(dir, "index.jsonl")); err == nil {
		for l := range strings.SplitSeq(string(idx), "\n") {
			var e struct{ ID, Page string }
			if json.Unmarshal([]byte(l), &e) == nil {
				article[e.ID+".html"] = e.Page == "article"
			}
		}
	}
	c := clean.Default()
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		in := string(data)
		r := c.Clean(in)
		checkTiling(t, in, r)
		body := r.Body()
		short := article[filepath.Base(f)] && (len(body) < 200 || r.Title == "")
		if short || strings.Contains(body, "<script") || strings.Contains(body, "</div>") {
			t.Errorf("%s: body of %d bytes: %.200q", filepath.Base(f), len(body), body)
		}
	}
}

func TestConcurrent(t *testing.T) {
	c := clean.Default()
	in := "Nexity cède son pôle de services\n(Zonebourse.com) - Le promoteur a annoncé mardi la cession de son activité pour 440 millions d'euros.\nCopyright (c) 2025 Zonebourse.com - All rights reserved.\n"
	want := c.Clean(in)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 200 {
				got := c.Clean(in)
				if !cmp.Equal(want, got) {
					t.Error("results differ between goroutines")
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestBody(t *testing.T) {
	in := "Un titre court pour la dépêche\n(CercleFinance.com) - Premier paragraphe de la dépêche, avec assez de mots pour en être un.\n\nDeuxième paragraphe, qui conclut la dépêche sans autre forme de procès.\nCopyright (c) 2024 CercleFinance.com. Tous droits réservés.\n"
	r := clean.Default().Clean(in)
	want := "Premier paragraphe de la dépêche, avec assez de mots pour en être un.\n\nDeuxième paragraphe, qui conclut la dépêche sans autre forme de procès."
	if got := r.Body(); got != want {
		t.Errorf("Body() = %q, want %q", got, want)
	}
	wrapped := "Le groupe de luxe a annoncé jeudi un chiffre d'affaires en hausse\nde 5 % au troisième trimestre.\n\nUn second paragraphe, séparé du premier par une ligne vide.\n"
	wantW := "Le groupe de luxe a annoncé jeudi un chiffre d’affaires en hausse de 5\u00a0% au troisième trimestre.\n\nUn second paragraphe, séparé du premier par une ligne vide."
	if got := clean.Default().Clean(wrapped).Body(); got != wantW {
		t.Errorf("wrapped Body() = %q, want %q", got, wantW)
	}
	if !utf8.ValidString(r.Body()) {
		t.Error("invalid body")
	}
}

func TestCleanAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts are not stable under -race")
	}
	in := "Nexity cède son pôle de services\n(Zonebourse.com) - Le promoteur a annoncé mardi la cession de son activité pour 440 millions d'euros.\nLes analystes saluent l'opération.\nCopyright (c) 2025 Zonebourse.com - All rights reserved.\nsource : AOF\n- 0 vote\n"
	c := clean.Default()
	c.Clean(in)
	n := testing.AllocsPerRun(50, func() { c.Clean(in) })
	if n > 12 {
		t.Errorf("%.0f allocations per Clean, want at most 12", n)
	}
}

func TestHTML(t *testing.T) {
	in := "<html><head><title>Titre de la page</title><script>var x = 1;</script></head><body>" +
		"<nav><a href=\"/\">Accueil</a></nav><h1>Airbus relève ses objectifs</h1>" +
		"<p>Le constructeur a <b>relevé</b> jeudi ses objectifs de livraisons pour l'année, porté par la demande.</p>" +
		"<p>Le titre gagnait 2 % à la Bourse de Paris en fin de matinée, dans un marché stable.</p>" +
		"<footer>© 2026 Exemple.fr</footer></body></html>"
	r := clean.Default().Clean(in)
	checkTiling(t, in, r)
	want := "Le constructeur a relevé jeudi ses objectifs de livraisons pour l'année, porté par la demande.\n\n" +
		"Le titre gagnait 2 % à la Bourse de Paris en fin de matinée, dans un marché stable."
	got := strings.NewReplacer("’", "'", "\u00a0", " ").Replace(r.Body())
	if got != want || r.Title != "Airbus relève ses objectifs" {
		t.Errorf("title %q body %q", r.Title, got)
	}
}

func TestSegmentContent(t *testing.T) {
	in := "Un titre de dépêche assez court\n\n(AFP) - Le texte de la dépêche, assez long pour être un paragraphe.\n- 0 vote \n"
	r := clean.Default().Clean(in)
	for _, s := range r.Segments {
		c := s.Content()
		if c.Start != s.Start || c.End > s.End || strings.TrimSpace(in[c.Start:c.End]) != in[c.Start:c.End] {
			t.Errorf("Content of %q = %+v", s.Text, c)
		}
	}
}
