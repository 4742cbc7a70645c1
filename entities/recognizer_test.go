package entities_test

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/depeche-go/depeche/entities"
	"github.com/google/go-cmp/cmp"
)

// mention is the part of an entity the table tests compare.
type mention struct {
	Text      string
	Type      entities.Type
	Canonical string
}

func mentions(es []entities.Entity) []mention {
	out := []mention{}
	for _, e := range es {
		out = append(out, mention{e.Text, e.Type, e.Canonical})
	}
	return out
}

// checkInvariants verifies the offset contract and the order of the result.
func checkInvariants(t *testing.T, input string, es []entities.Entity) {
	t.Helper()
	for i, e := range es {
		if e.Start < 0 || e.Start > e.End || e.End > len(input) {
			t.Fatalf("entity %d: bad span [%d,%d) for input of %d bytes", i, e.Start, e.End, len(input))
		}
		if input[e.Start:e.End] != e.Text {
			t.Fatalf("entity %d: Text %q != input[%d:%d] %q", i, e.Text, e.Start, e.End, input[e.Start:e.End])
		}
		if e.Type == "" || e.Canonical == "" && e.Text != "" {
			t.Fatalf("entity %d: empty type or canonical: %+v", i, e)
		}
		if i > 0 && (es[i-1].Start > e.Start || es[i-1].Start == e.Start && es[i-1].End > e.End) {
			t.Fatalf("entities not sorted at %d", i)
		}
		if i > 0 && es[i-1].End > e.Start {
			t.Fatalf("entities %d and %d overlap", i-1, i)
		}
	}
}

func TestFindAll(t *testing.T) {
	r := recognizer(t)
	long := strings.Repeat("Le titre recule. ", 5000) + "Air Liquide grimpe."
	tests := []struct {
		name  string
		input string
		want  []mention
		why   string
	}{
		{name: "empty", input: "", want: []mention{}},
		{name: "whitespace", input: " \t\n\u00a0\u202f ", want: []mention{}},
		{name: "invalid UTF-8", input: "Le titre\xffrecule. \xfe\xfeAir Liquide gagne\xff", want: []mention{{"Air Liquide", ORG, "Air Liquide"}},
			why: "invalid bytes separate tokens"},
		{name: "NBSP inside a name", input: "L'indice CAC\u00a040 recule.", want: []mention{{"CAC\u00a040", INDEX, "CAC 40"}}},
		{name: "narrow NBSP inside a name", input: "Le CAC\u202f40 recule.", want: []mention{{"CAC\u202f40", INDEX, "CAC 40"}}},
		{name: "typographic apostrophe", input: "La Côte d’Ivoire exporte.", want: []mention{{"Côte d’Ivoire", LOC, "Côte d'Ivoire"}}},
		{name: "ASCII apostrophe", input: "La Côte d'Ivoire exporte.", want: []mention{{"Côte d'Ivoire", LOC, "Côte d'Ivoire"}}},
		{name: "HTML fragment", input: "<p>Selon le <b>FT</b>, LVMH recule.</p>",
			want: []mention{{"FT", MEDIA, "Financial Times"}, {"LVMH", ORG, "LVMH"}}},
		{name: "very long line", input: long, want: []mention{{"Air Liquide", ORG, "Air Liquide"}}},
		{name: "guillemets", input: "« Microsoft reste prudent », a dit M. Dubreuil.",
			want: []mention{{"Microsoft", ORG, "Microsoft"}, {"Dubreuil", PER, "Dubreuil"}}},
		{name: "acronym and full name", input: "Amazon Web Services (AWS) croît. AWS domine.",
			want: []mention{{"Amazon Web Services", ORG, "Amazon Web Services"}, {"AWS", ORG, "Amazon Web Services"}, {"AWS", ORG, "Amazon Web Services"}},
			why:  "Amazon inside Amazon Web Services is not a second entity"},
		{name: "legal form kept in the mention", input: "TotalEnergies SE publie ses comptes.",
			want: []mention{{"TotalEnergies SE", ORG, "TotalEnergies"}}},
		{name: "sentence start common word", input: "Total des ventes : 12 millions.", want: []mention{}},
		{name: "common word confirmed", input: "Total a vendu. Le groupe Total confirme.",
			want: []mention{{"Total", ORG, "TotalEnergies"}, {"Total", ORG, "TotalEnergies"}}},
		{name: "months and weekdays", input: "Lundi 3 Mars, le titre recule.", want: []mention{}},
		{name: "bourse alone", input: "La Bourse a fini en hausse.", want: []mention{}},
		{name: "exchange", input: "La Bourse de Paris a fini en hausse.", want: []mention{{"Bourse de Paris", ORG, "Bourse de Paris"}}},
		{name: "ticker only in context", input: "MC progresse. LVMH (EPA:MC) aussi.",
			want: []mention{{"LVMH", ORG, "LVMH"}, {"EPA:MC", TICKER, "EPA:MC"}}},
		{name: "isin checked", input: "ISIN FR0000120271 et FR0000120272.", want: []mention{{"FR0000120271", ISIN, "FR0000120271"}}},
		{name: "person and surname", input: "Patrick Pouyanné parle. Pouyanné insiste.",
			want: []mention{{"Patrick Pouyanné", PER, "Patrick Pouyanné"}, {"Pouyanné", PER, "Patrick Pouyanné"}}},
		{name: "a stop word in capitals before a hyphen", input: "LE SUD-RAIL DE LA CGT. Les élus SUD-Rail et FO-Rail votent.",
			want: []mention{{"CGT", ORG, "Confédération générale du travail"}, {"SUD-Rail", ORG, "SUD-Rail"}, {"FO-Rail", ORG, "FO-Rail"}},
			why:  "an all-caps line names nothing by guess; the hyphen rule is tried once per token"},
		{name: "hyphen after a one-letter capital", input: "A-AA 0", want: []mention{}, why: "a fuzzer's input that once looped"},
		{name: "first name inside a compound first name", input: "Marie Vallon parle. Marie-Christine Sonnet répond.",
			want: []mention{{"Marie Vallon", PER, "Marie Vallon"}, {"Marie-Christine Sonnet", PER, "Marie-Christine Sonnet"}}},
		{name: "first name shared by two people", input: "Marie Vallon et Marie Sonnet parlent. Marie répond.",
			want: []mention{{"Marie Vallon", PER, "Marie Vallon"}, {"Marie Sonnet", PER, "Marie Sonnet"}}},
		{name: "two people share a surname", input: "Vincent Bolloré et Yannick Bolloré votent. Bolloré s'abstient.",
			want: []mention{{"Vincent Bolloré", PER, "Vincent Bolloré"}, {"Yannick Bolloré", PER, "Yannick Bolloré"}, {"Bolloré", ORG, "Bolloré"}},
			why:  "the short form names neither person; the gazetteer's group remains"},
	}
	seen := map[string]bool{}
	for _, tc := range tests {
		if seen[tc.name] {
			t.Fatalf("duplicate test name %q", tc.name)
		}
		seen[tc.name] = true
		t.Run(tc.name, func(t *testing.T) {
			got := r.FindAll(tc.input)
			checkInvariants(t, tc.input, got)
			if diff := cmp.Diff(tc.want, mentions(got)); diff != "" {
				t.Errorf("FindAll(%.60q) mismatch (-want +got):\n%s", tc.input, diff)
			}
		})
	}
}

const (
	ORG     = entities.ORG
	PER     = entities.PER
	LOC     = entities.LOC
	MEDIA   = entities.MEDIA
	INDEX   = entities.INDEX
	TICKER  = entities.TICKER
	ISIN    = entities.ISIN
	PRODUCT = entities.PRODUCT
)

func TestRolesAndOrgs(t *testing.T) {
	r := recognizer(t)
	tests := []struct {
		name, input, person, role, org string
	}{
		{"after", "Patrick Pouyanné, PDG de TotalEnergies, a parlé.", "Patrick Pouyanné", "PDG", "TotalEnergies"},
		{"before", "Le directeur financier de Kering, Jeanne Morvan, a parlé.", "Jeanne Morvan", "directeur financier", "Kering"},
		{"analyst", "« C'est cher », juge Thomas Gravel, analyste chez Morgan Stanley.", "Thomas Gravel", "analyste", "Morgan Stanley"},
		{"role only", "Le PDG Yannick Morel a présenté le plan.", "Yannick Morel", "PDG", ""},
		{"gazetteer role", "Patrick Pouyanné a parlé.", "Patrick Pouyanné", "PDG", "TotalEnergies"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, e := range r.FindAll(tc.input) {
				if e.Text == tc.person {
					if e.Role != tc.role || e.Org != tc.org {
						t.Errorf("%q: role %q org %q, want %q %q", tc.person, e.Role, e.Org, tc.role, tc.org)
					}
					return
				}
			}
			t.Errorf("%q not found in %q", tc.person, tc.input)
		})
	}
}

func TestFindInSpans(t *testing.T) {
	r := recognizer(t)
	input := "Copyright Reuters. LVMH recule. Lire aussi : Kering."
	a := strings.Index(input, "LVMH")
	b := strings.Index(input, " Lire")
	got, warns := r.FindIn(input, []entities.Span{{Start: a, End: b}, {Start: len(input) + 5, End: len(input) + 9}})
	checkInvariants(t, input, got)
	if len(warns) != 0 {
		t.Errorf("warnings: %v", warns)
	}
	if diff := cmp.Diff([]mention{{"LVMH", ORG, "LVMH"}}, mentions(got)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

func TestValidCodes(t *testing.T) {
	for _, tc := range []struct {
		code string
		isin bool
		lei  bool
	}{
		{"FR0000120271", true, false},
		{"US0378331005", true, false},
		{"FR0000120272", false, false},
		{"fr0000120271", false, false},
		{"FR00001202711", false, false},
		{"", false, false},
		{"969500ABCDEFGHIJKL46", false, true},
		{"969500ABCDEFGHIJKL64", false, false},
		{"5493001KJTIIGC8Y1R12", false, true},
		{"5493001KJTIIGC8Y1R1A", false, false},
	} {
		if got := entities.ValidISIN(tc.code); got != tc.isin {
			t.Errorf("ValidISIN(%q) = %v", tc.code, got)
		}
		if got := entities.ValidLEI(tc.code); got != tc.lei {
			t.Errorf("ValidLEI(%q) = %v", tc.code, got)
		}
	}
}

func TestRuleErrors(t *testing.T) {
	tests := []struct {
		name, data string
		line, col  int
		want       error
	}{
		{"unknown keyword", "ORG\tAcme\nbogus\tx\n", 2, 1, entities.ErrRule},
		{"no canonical", "ORG\n", 1, 1, entities.ErrRule},
		{"bad isin", "ORG\tAcme\tisin=FR0000120272\n", 1, 10, entities.ErrRule},
		{"bad lei", "ORG\tAcme\tlei=969500ABCDEFGHIJKL47\n", 1, 10, entities.ErrRule},
		{"alias after attribute", "ORG\tAcme\tsubtype=company\tAcme Corp\n", 1, 26, entities.ErrRule},
		{"bad case", "ORG\tAcme\tcase=upper\n", 1, 10, entities.ErrRule},
		{"bad pattern", "pattern\tp\tORG\t(unclosed\n", 1, 15, entities.ErrRule},
		{"bad pattern type", "pattern\tp\torg\tAcme\n", 1, 11, entities.ErrRule},
		{"bad regexp2", "pattern\tp\tORG\t(?<=a\tsyntax=regexp2\n", 1, 15, entities.ErrRule},
		{"group too high", "pattern\tp\tORG\tA(b)\tgroup=2\n", 1, 15, entities.ErrRule},
		{"bad timeout", "pattern\tp\tORG\tAb\tsyntax=regexp2\ttimeout=forever\n", 1, 33, entities.ErrRule},
		{"trigger without type", "trigger\tgroupe\n", 1, 9, entities.ErrRule},
		{"ending without type", "ending\tmab\n", 1, 8, entities.ErrRule},
		{"ending not letters", "ending\tPRODUCT\tmab\t-2\n", 1, 20, entities.ErrRule},
		{"ending without word", "ending\tPRODUCT\tsubtype=drug\n", 1, 1, entities.ErrRule},
		{"cue without type", "cue\ten phase 3\n", 1, 5, entities.ErrRule},
		{"empty removal", "!\tAcme\n", 1, 2, nil},
		{"invalid UTF-8", "ORG\tAc\xffme\n", 1, 7, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := entities.ParseRules("t.rules", []byte(tc.data))
			var re *entities.RuleError
			if !errors.As(err, &re) {
				t.Fatalf("want a *RuleError, got %v", err)
			}
			if re.Line != tc.line || re.Column != tc.col || re.Source != "t.rules" {
				t.Errorf("%s: at %d:%d, want %d:%d", re.Error(), re.Line, re.Column, tc.line, tc.col)
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("%v does not wrap %v", err, tc.want)
			}
			if !strings.Contains(re.Render(), "^") {
				t.Errorf("Render has no caret: %q", re.Render())
			}
		})
	}
}

func TestRuleStacking(t *testing.T) {
	add, err := entities.ParseRules("add.rules", []byte("ORG\tValmoray\tsubtype=company\nstop\tNovélia\n"))
	if err != nil {
		t.Fatal(err)
	}
	remove, err := entities.ParseRules("remove.rules", []byte("!ORG\tValmoray\n!ORG\tMicrosoft\n"))
	if err != nil {
		t.Fatal(err)
	}
	r1, _ := entities.New(entities.Options{Rules: []*entities.RuleSet{add}})
	r2, _ := entities.New(entities.Options{Rules: []*entities.RuleSet{add, remove}, NoGuess: true})
	in := "Les ventes de Valmoray et de Novélia progressent."
	if diff := cmp.Diff([]mention{{"Valmoray", ORG, "Valmoray"}}, mentions(r1.FindAll(in))); diff != "" {
		t.Errorf("stacked (-want +got):\n%s", diff)
	}
	if got := r2.FindAll(in); len(got) != 0 {
		t.Errorf("after removal: %+v", got)
	}
	empty, err := entities.New(entities.Options{NoDefaults: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range empty.FindAll("Le pétrolier TotalEnergies SA (TTE.PA) recule.") {
		if e.Type != TICKER && e.Rule != "ticker-context" {
			t.Errorf("no defaults: %+v", e)
		}
	}
}

// TestEndingAndCueRules checks user "ending" and "cue" records and the
// removal of a default ending.
func TestEndingAndCueRules(t *testing.T) {
	user, err := entities.ParseRules("user.rules", []byte("ending\tPRODUCT\tzyme\tsubtype=enzyme\nending\tLOC\tq\n"+
		"cue\tPRODUCT\tsera greffé\n!ending\tPRODUCT\tmab\n"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := entities.New(entities.Options{Rules: []*entities.RuleSet{user}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, input string
		want        []mention
	}{
		{"user ending", "Les ventes de Lactozyme progressent.", []mention{{"Lactozyme", PRODUCT, "Lactozyme"}}},
		{"removed ending", "Les ventes de Tenzumab progressent.", []mention{{"Tenzumab", ORG, "Tenzumab"}}},
		{"kept ending", "Les ventes de Kordevir progressent.", []mention{{"Kordevir", PRODUCT, "Kordevir"}}},
		{"user cue", "Le rein Valtaris sera greffé en mars.", []mention{{"Valtaris", PRODUCT, "Valtaris"}}},
		{"ending too short", "Les ventes de Amab progressent.", []mention{{"Amab", ORG, "Amab"}}},
		{"one-letter ending", "Les ventes de Valtoraq progressent.", []mention{{"Valtoraq", LOC, "Valtoraq"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := r.FindAll(tc.input)
			checkInvariants(t, tc.input, got)
			if diff := cmp.Diff(tc.want, mentions(got)); diff != "" {
				t.Errorf("FindAll(%q) mismatch (-want +got):\n%s", tc.input, diff)
			}
		})
	}
}

func TestLoadRules(t *testing.T) {
	rs, err := entities.LoadRules(testFS, "testdata/*.rules")
	if err != nil {
		t.Fatal(err)
	}
	if rs.Len() == 0 {
		t.Error("no rules loaded")
	}
	if _, err := entities.LoadRules(testFS, "[bad"); err == nil {
		t.Error("bad glob: no error")
	}
	if rs, err := entities.LoadRules(testFS, "nothing/*.rules"); err != nil || rs.Len() != 0 {
		t.Errorf("no match: %v %d", err, rs.Len())
	}
}

// TestCatastrophicPattern: a user pattern with catastrophic backtracking on 1
// MiB returns within its time limit, with a warning naming the rule.
func TestCatastrophicPattern(t *testing.T) {
	rs, err := entities.ParseRules("user.rules", []byte("pattern\tboom\tORG\t(a+)+$\tsyntax=regexp2\ttimeout=50ms\n"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := entities.New(entities.Options{Rules: []*entities.RuleSet{rs}})
	if err != nil {
		t.Fatal(err)
	}
	// runs of "a" that never end the window: every start position
	// backtracks exponentially.
	input := strings.Repeat(strings.Repeat("a", 40)+"! ", (1<<20)/42)
	start := time.Now()
	_, warns := r.FindIn(input, nil)
	elapsed := time.Since(start)
	if len(warns) == 0 || !strings.Contains(warns[0].Message, `"boom"`) {
		t.Fatalf("want a warning naming the rule, got %v", warns)
	}
	if elapsed > 2*time.Second {
		t.Errorf("took %v", elapsed)
	}
	t.Logf("returned after %v: %s", elapsed, warns[0].Message)
}

func TestConcurrent(t *testing.T) {
	r := recognizer(t)
	want := r.FindAll(dispatch)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				got := r.FindAll(dispatch)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("concurrent result differs (-want +got):\n%s", diff)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestDefaultRules(t *testing.T) {
	if entities.DefaultRules().Len() < 100 {
		t.Errorf("only %d default rules", entities.DefaultRules().Len())
	}
	if entities.Default() != entities.Default() {
		t.Error("Default is not shared")
	}
	if !utf8.ValidString(dispatch) {
		t.Fatal("bad fixture")
	}
}

// TestPathologicalInputs: runs of capitals, first names, particles, titles,
// legal forms and parentheses cost linear time (a quadratic scan of 256 KiB
// would take minutes).
func TestPathologicalInputs(t *testing.T) {
	r := recognizer(t)
	for _, tc := range []struct{ name, unit string }{
		{"capitals", "Ab "},
		{"first names", "Jean Ab "},
		{"particles", "Jean de Ab "},
		{"parentheses", "Ab Cd (AC) "},
		{"hyphens", "Ab-Cd-"},
		{"titles", "M. Ab "},
		{"heads", "Bourse de Ab "},
		{"legal forms", "Ab SA "},
		{"roles", "Jean Ab, PDG de Cd, "},
		{"all caps", "AB CD EF "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := strings.Repeat(tc.unit, (256<<10)/len(tc.unit))
			start := time.Now()
			got := r.FindAll(in)
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("%d bytes took %v", len(in), d)
			}
			checkInvariants(t, in, got)
		})
	}
}
