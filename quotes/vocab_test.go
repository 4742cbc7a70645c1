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
