package quotes

import (
	"errors"
	"runtime"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/depeche-go/depeche/entities"
	"github.com/google/go-cmp/cmp"
)

// brief is the part of a quote the table tests compare.
type brief struct {
	Text, Speaker, Canonical, Verb, Via string
}

func briefs(qs []Quote) []brief {
	var out []brief
	for _, q := range qs {
		out = append(out, brief{q.Text, q.Speaker, q.SpeakerCanonical, q.Verb, q.Via})
	}
	return out
}

type attBrief struct{ Text, Source, Cue string }

func attBriefs(as []Attribution) []attBrief {
	var out []attBrief
	for _, a := range as {
		out = append(out, attBrief{a.Text, a.Source, a.Cue})
	}
	return out
}

func TestFindIn(t *testing.T) {
	long := strings.Repeat("Le marché progresse lentement et les volumes restent faibles. ", 2000)
	tests := []struct {
		name  string
		why   string
		input string
		want  []brief
		atts  []attBrief
		warns int
	}{
		{name: "empty", input: ""},
		{name: "whitespace", input: " \n\t\u00a0\u202f \n"},
		{name: "invalid UTF-8", input: "« Nous \xff\xfe restons prudents sur le semestre », a déclaré le PDG.",
			want: []brief{{"Nous \xff\xfe restons prudents sur le semestre", "le PDG", "", "déclarer", ""}}},
		{name: "NBSP inside guillemets", input: "«\u00a0Nous restons prudents sur le semestre\u00a0», a déclaré le PDG.",
			want: []brief{{"Nous restons prudents sur le semestre", "le PDG", "", "déclarer", ""}}},
		{name: "narrow NBSP inside guillemets", input: "«\u202fNous restons prudents sur le semestre\u202f», a déclaré le PDG.",
			want: []brief{{"Nous restons prudents sur le semestre", "le PDG", "", "déclarer", ""}}},
		{name: "typographic apostrophe", input: "« L’activité reste soutenue en Europe », a précisé l’analyste.",
			want: []brief{{"L’activité reste soutenue en Europe", "l’analyste", "", "préciser", ""}}},
		{name: "ASCII apostrophes are not quotes", input: "L'analyste d'Oddo l'a dit : l'activité d'aujourd'hui reste bonne.", atts: nil},
		{name: "Cercle Finance single quotes", why: "ASCII single quotes with spaces inside",
			input: "' Le titre reste sous-évalué par rapport à ses pairs ' estime l'analyste.",
			want:  []brief{{"Le titre reste sous-évalué par rapport à ses pairs", "l'analyste", "", "estimer", ""}}},
		{name: "HTML fragment", input: "<p>« Nous restons prudents sur le semestre », a déclaré le PDG.</p>",
			want: []brief{{"Nous restons prudents sur le semestre", "le PDG", "", "déclarer", ""}}},
		{name: "very long line", input: long + "« Nous restons prudents sur le semestre », a déclaré le PDG. " + long,
			want: []brief{{"Nous restons prudents sur le semestre", "le PDG", "", "déclarer", ""}}},
		{name: "seed sentence", why: "inverted long subject with a relay after it",
			input: "\"Nous connaissons notre contrat (...) Nous les poursuivrons s'ils le violent\", a affirmé une source proche de Microsoft citée par le FT.",
			want:  []brief{{"Nous connaissons notre contrat (...) Nous les poursuivrons s'ils le violent", "une source proche de Microsoft", "", "affirmer", "Financial Times"}}},
		{name: "two-word fragment", input: "Le groupe parle d'un « résultat historique » pour l'exercice."},
		{name: "cut off", why: "the text ends inside the quote", input: "Le PDG a déclaré : « Nous allons poursuivre nos investissements dans",
			want: []brief{{"Nous allons poursuivre nos investissements dans", "Le PDG", "", "déclarer", ""}}, warns: 1},
		{name: "stray opening mark", why: "an opening mark with nothing after it invents nothing", input: "Le titre gagne 3 %. «"},
		{name: "stray closing marks", input: "» » ” Le titre gagne 3 %. ›"},
		{name: "pronoun resolved to the person named before",
			input: "Patrick Martin dirige le groupe depuis 2019. « Nous restons prudents sur le semestre », a-t-il ajouté.",
			want:  []brief{{"Nous restons prudents sur le semestre", "il", "Patrick Martin", "ajouter", ""}}},
		{name: "via spreads to the same speaker",
			input: "« Nous visons une marge de 12 % », a déclaré Paul Durand à Reuters. « Les prix vont baisser en 2027 », a ajouté Paul Durand.",
			want: []brief{{"Nous visons une marge de 12 %", "Paul Durand", "Paul Durand", "déclarer", "Reuters"},
				{"Les prix vont baisser en 2027", "Paul Durand", "Paul Durand", "ajouter", "Reuters"}}},
		{name: "communiqué has no relay",
			input: "« Nous visons une marge de 12 % », a déclaré Paul Durand à Reuters. « Les prix vont baisser en 2027 », a ajouté Paul Durand dans un communiqué.",
			want: []brief{{"Nous visons une marge de 12 %", "Paul Durand", "Paul Durand", "déclarer", "Reuters"},
				{"Les prix vont baisser en 2027", "Paul Durand", "Paul Durand", "ajouter", ""}}},
		{name: "unattributed company wording",
			input: "Les ventes devraient atteindre 9 millions d'unités, \"au vu des dernières tendances dans chaque région\".",
			want:  []brief{{"au vu des dernières tendances dans chaque région", "", "", "", ""}}},
		{name: "attribution with selon", input: "Selon le Financial Times, Microsoft envisage une action en justice.",
			atts: []attBrief{{"Selon le Financial Times", "Financial Times", "selon"}}},
		{name: "AMBIG verb without que", input: "Le titre glisse de 2 % et relève la tête en fin de séance."},
		{name: "AMBIG verb with que", input: "Le broker relève que la marge reste solide.",
			atts: []attBrief{{"Le broker relève", "Le broker", "relever"}}},
		{name: "a quoted predicate after its subject", why: "the incise only introduces the quote",
			input: "Les propos tenus par le fondateur sur la gouvernance du groupe « ne sont pas acceptables venant d'un actionnaire », estime le conseil d'administration.",
			want:  []brief{{"ne sont pas acceptables venant d'un actionnaire", "le conseil d'administration", "", "estimer", ""}}},
		{name: "a quoted purpose after a clause", why: "the sentence reports more than the quote: the incise also attributes",
			input: "Le groupe envisage un dividende exceptionnel pour « remercier les actionnaires qui nous soutiennent », explique le PDG.",
			want:  []brief{{"remercier les actionnaires qui nous soutiennent", "le PDG", "", "expliquer", ""}},
			atts:  []attBrief{{"explique le PDG", "le PDG", "expliquer"}}},
		{name: "a que-clause holding little more than the quote",
			input: "Le groupe affirme que, pour sa part, sa filiale « fait déjà l'objet de nombreuses marques d'intérêt ».",
			want:  []brief{{"fait déjà l'objet de nombreuses marques d'intérêt", "Le groupe", "", "affirmer", ""}}},
		{name: "a trailing incise with a relative clause about its subject",
			input: "La marge reste « sous forte pression » au second semestre, juge le bureau d'études, qui abaisse son objectif.",
			want:  []brief{{"sous forte pression", "le bureau d'études", "", "juger", ""}}},
		{name: "a trailing incise with an apposition",
			input: "La marge reste « sous forte pression » au second semestre, juge Paul Girard, gérant chez Dorval.",
			want:  []brief{{"sous forte pression", "Paul Girard", "Paul Girard", "juger", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs, as, ws := Default().FindIn(tc.input, nil, nil)
			checkSpans(t, tc.input, qs, as)
			if diff := cmp.Diff(tc.want, briefs(qs)); diff != "" {
				t.Errorf("quotes (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.atts, attBriefs(as)); diff != "" {
				t.Errorf("attributions (-want +got):\n%s", diff)
			}
			if len(ws) != tc.warns {
				t.Errorf("got %d warnings %v, want %d", len(ws), ws, tc.warns)
			}
		})
	}
}

// ent builds an entity fixture for the mention text of input.
func ent(input, mention string, typ entities.Type, canonical, sub string) entities.Entity {
	i := strings.Index(input, mention)
	if i < 0 {
		panic("fixture: " + mention)
	}
	return entities.Entity{Text: mention, Type: typ, Canonical: canonical, Start: i, End: i + len(mention), Subtype: sub}
}

func TestWithEntities(t *testing.T) {
	in := "Jefferies relève sa recommandation sur Safran à l'achat. Le broker estime que le motoriste reste sous-évalué. " +
		"« La demande est très forte », a affirmé le directeur général de Safran, Olivier Andriès, cité par le FT. " +
		"« Nous livrerons plus de moteurs en 2027 », a-t-il ajouté. Le groupe prévoit une hausse de 10 % de ses ventes."
	ents := []entities.Entity{
		ent(in, "Jefferies", entities.ORG, "Jefferies", "bank"),
		ent(in, "Safran", entities.ORG, "Safran", "company"),
		ent(in, "Olivier Andriès", entities.PER, "Olivier Andriès", ""),
		ent(in, "FT", entities.MEDIA, "Financial Times", ""),
	}
	qs, as, _ := Default().FindIn(in, nil, ents)
	checkSpans(t, in, qs, as)
	want := []brief{
		{"La demande est très forte", "le directeur général de Safran, Olivier Andriès", "Olivier Andriès", "affirmer", "Financial Times"},
		{"Nous livrerons plus de moteurs en 2027", "il", "Olivier Andriès", "ajouter", "Financial Times"},
	}
	if diff := cmp.Diff(want, briefs(qs)); diff != "" {
		t.Errorf("quotes (-want +got):\n%s", diff)
	}
	wantA := []attBrief{{"Le broker estime", "Jefferies", "estimer"}, {"Le groupe prévoit", "Safran", "prévoir"}}
	if diff := cmp.Diff(wantA, attBriefs(as)); diff != "" {
		t.Errorf("attributions (-want +got):\n%s", diff)
	}
}

func TestSpans(t *testing.T) {
	in := "Titre\n\nLe PDG a déclaré : « Nous restons prudents sur le semestre ».\n\nCopyright\n\nSelon Bloomberg, le fonds prépare une offre."
	// only the first and the last paragraph are kept.
	a := strings.Index(in, "Le PDG")
	b := strings.Index(in, "Copyright")
	c := strings.Index(in, "Selon")
	qs, as, _ := Default().FindIn(in, []Span{{Start: a, End: b - 2}, {Start: c, End: len(in)}}, nil)
	if len(qs) != 1 || len(as) != 1 {
		t.Fatalf("got %+v %+v", qs, as)
	}
	qs, as, _ = Default().FindIn(in, []Span{{Start: c, End: len(in)}}, nil)
	if len(qs) != 0 || len(as) != 1 {
		t.Fatalf("quote outside the spans: %+v %+v", qs, as)
	}
	// bad spans are clipped, never a panic.
	Default().FindIn(in, []Span{{Start: -5, End: 3}, {Start: 2, End: 1}, {Start: 10, End: 1 << 30}}, nil)
}

func TestFindAll(t *testing.T) {
	qs, as := FindAll("« Nous restons prudents sur le semestre », a déclaré le PDG. Selon le FT, l'offre tient.")
	if len(qs) != 1 || len(as) != 1 {
		t.Fatalf("got %+v %+v", qs, as)
	}
	if qs[0].VerbText != "a déclaré" {
		t.Errorf("VerbText = %q", qs[0].VerbText)
	}
}

// TestLinearMarks checks that runs of quotation marks, cues and names are
// read in linear time: 10 times the input must take about 10 times as long,
// where a quadratic blow-up takes 100 times. On a shared, loaded machine a
// single timing can be 100 times too long, and caches make 10 times the
// input cost up to 35 times as much; so each size is timed as the
// minimum over several interleaved rounds (load hits both sizes alike), the
// bound is generous (60x plus 50 ms), and a unit that fails is measured
// once more with more rounds before the test reports it. A true quadratic
// blow-up fails every time: on the large inputs (200 KB to 3 MB) it costs
// seconds where linear reading costs 10 to 200 ms.
func TestLinearMarks(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("timing test (skipped with -short and -race)")
	}
	a := Default()
	run := func(s string) time.Duration {
		start := time.Now()
		a.FindIn(s, nil, nil)
		return time.Since(start)
	}
	// measure returns the minimum time of each size over the rounds,
	// alternating the sizes.
	measure := func(small, big string, rounds int) (ts, tb time.Duration) {
		ts, tb = time.Duration(1<<62), time.Duration(1<<62)
		for range rounds {
			runtime.GC()
			ts = min(ts, run(small))
			runtime.GC()
			tb = min(tb, run(big))
		}
		return ts, tb
	}
	tooSlow := func(ts, tb time.Duration) bool { return tb > 60*ts+50*time.Millisecond }
	for _, unit := range []string{"« ", "\" ", "« “ ‹ ", "' ", "» ", "<< ", "« Nous »", "(« “",
		"hier ", "a déclaré ", "selon le FT ", "Le groupe estime que ", "et ", ", ", "M. Jean Dupont ", "« Nous avons gagné », a-t-il dit ",
		"Le groupe, qui a gagné 5 %, précise qu'il vise « une marge de 8 % », soit 3 euros, affirme le fonds. Celui-ci estime que "} {
		small := strings.Repeat(unit, 10000)
		big := strings.Repeat(unit, 100000)
		ts, tb := measure(small, big, 3)
		if tooSlow(ts, tb) {
			ts, tb = measure(small, big, 10)
			if tooSlow(ts, tb) {
				t.Errorf("%q: 10x the input took %v vs %v (min of 10 rounds)", unit, tb, ts)
			}
		}
	}
}

func TestConcurrent(t *testing.T) {
	in := "« Nous restons prudents sur le semestre », a déclaré le PDG. Selon le FT, l'offre tient. Le groupe prévoit une hausse de 5 %."
	want, wantA, _ := Default().FindIn(in, nil, nil)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 200 {
				qs, as, _ := Default().FindIn(in, nil, nil)
				if !cmp.Equal(want, qs) || !cmp.Equal(wantA, as) {
					t.Error("results differ between goroutines")
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestRules(t *testing.T) {
	if n := DefaultRules().Len(); n < 300 {
		t.Errorf("default rules: %d records", n)
	}
	// a user verb, a removed default verb and a new outlet.
	rs, err := ParseRules("user.rules", []byte("# mine\nverb\tcommuniquer\tANNC\t-\tcommunique\n!verb\taffirmer\noutlet\tLa Gazette\tLa Gazette\n"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(Options{Rules: []*RuleSet{rs}})
	if err != nil {
		t.Fatal(err)
	}
	qs, _, _ := a.FindIn("« Nous restons prudents sur le semestre », a affirmé le PDG à La Gazette.", nil, nil)
	if len(qs) != 1 || qs[0].Verb != "" {
		t.Errorf("removed verb still read: %+v", qs)
	}
	qs, _, _ = a.FindIn("« Nous restons prudents sur le semestre », a déclaré le PDG à La Gazette.", nil, nil)
	if len(qs) != 1 || qs[0].Verb != "déclarer" || qs[0].Via != "La Gazette" {
		t.Errorf("user outlet not read: %+v", qs)
	}
	// NoDefaultRules: no verb at all.
	empty, err := New(Options{NoDefaultRules: true})
	if err != nil {
		t.Fatal(err)
	}
	qs, _, _ = empty.FindIn("« Nous restons prudents sur le semestre », a déclaré le PDG.", nil, nil)
	if len(qs) != 1 || qs[0].Verb != "" {
		t.Errorf("no rules: %+v", qs)
	}
	// LoadRules reads a directory.
	fsys := fstest.MapFS{"quotes/a.rules": {Data: []byte("cue\tsuivant\tSOURCE\n")}, "quotes/b.rules": {Data: []byte("title\tbaptisé\n")}}
	rs, err = LoadRules(fsys, "quotes/*.rules")
	if err != nil || rs.Len() != 2 {
		t.Fatalf("LoadRules: %v, %d records", err, rs.Len())
	}
}

func TestRuleErrors(t *testing.T) {
	tests := []struct{ name, data string }{
		{"unknown kind", "verbe\tdire\tDECL\t-\tdit\n"},
		{"missing fields", "verb\tdire\tDECL\n"},
		{"bad class", "verb\tdire\tSPEAK\t-\tdit\n"},
		{"bad flag", "verb\tdire\tDECL\tODD\tdit\n"},
		{"bad cue role", "cue\tselon\tWHO\n"},
		{"bad relay role", "relay\tcité par\tWHO\n"},
		{"bad agent kind", "agent\tbroker\tBANK\n"},
		{"invalid UTF-8", "verb\td\xffire\tDECL\t-\tdit\n"},
		{"empty removal", "!\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseRules("bad.rules", []byte(tc.data))
			var re *RuleError
			if !errors.As(err, &re) {
				t.Fatalf("got %v, want a *RuleError", err)
			}
			if re.Line != 1 || re.Source != "bad.rules" || !strings.Contains(re.Render(), "^") {
				t.Errorf("error %q renders %q", err, re.Render())
			}
		})
	}
}

func TestDefaultAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool drops items at random under -race")
	}
	in := "Le marché progresse lentement."
	Default().FindIn(in, nil, nil)
	if n := testing.AllocsPerRun(50, func() { Default().FindIn(in, nil, nil) }); n > 2 {
		t.Errorf("%v allocations for a sentence without quotes", n)
	}
}
