package quotes

import (
	"testing"

	"github.com/depeche-go/depeche/internal/text"
)

// TestKeys checks that rule words and input words meet on the same key,
// whatever their case, accents, apostrophes, dashes and spaces.
func TestKeys(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{name: "plain", in: "selon", want: "selon"},
		{name: "accents and capitals", in: "Précisé", want: "precise"},
		{name: "typographic apostrophe", in: "d’après", want: "d'apres"},
		{name: "ligature", in: "Œuvre", want: "oeuvre"},
		{name: "non-breaking hyphens", in: "a‑t‑il", want: "a-t-il"},
		{name: "no-break space between words", in: "cité\u00a0par", want: "cite par"},
		{name: "narrow no-break space and tab", in: " dans\u202fun\tcommuniqué ", want: "dans un communique"},
		{name: "empty", in: "", want: ""},
		{name: "invalid UTF-8", in: "a\xffb", want: "a\ufffdb"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := keyOf(c.in); got != c.want {
				t.Errorf("keyOf(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestKeyAllocs checks that keying an input word into the reused buffer of a
// document does not allocate.
func TestKeyAllocs(t *testing.T) {
	buf := make([]byte, 0, maxKeyLen*2)
	words := []string{"Déclaré", "d’après", "Œuvre", "précise-t-elle"}
	n := testing.AllocsPerRun(100, func() {
		for _, w := range words {
			buf = text.AppendKey(buf[:0], w)
		}
	})
	if n != 0 {
		t.Errorf("%v allocations per run, want 0", n)
	}
}

// TestAgentPhraseRule checks that a user rule adds an agent noun of several
// words, with its kind and subtypes, and that it refers to the organisation
// introduced with it.
func TestAgentPhraseRule(t *testing.T) {
	rs, err := ParseRules("user.rules", []byte("agent\tcaisse de retraite\tORG\tfund\n"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(Options{Rules: []*RuleSet{rs}})
	if err != nil {
		t.Fatal(err)
	}
	in := "La caisse de retraite Corvalis a vendu ses titres. Les rendements baisseront en 2027, selon la caisse de retraite."
	for _, c := range []struct {
		name string
		a    *Attributor
		want string
	}{
		{"default rules", Default(), "la caisse de retraite"},
		{"with the user rule", a, "Corvalis"},
	} {
		_, as, _ := c.a.FindIn(in, nil, nil)
		if len(as) != 1 || as[0].Source != c.want {
			t.Errorf("%s: attributions %+v, want one with source %q", c.name, as, c.want)
		}
	}
}
