package clean

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// mangle returns s as it reads when its UTF-8 bytes are decoded as
// Windows-1252: the commonest mojibake.
func mangle(t *testing.T, s string) string {
	t.Helper()
	out, err := charmap.Windows1252.NewDecoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// apply returns s with the repairs made.
func apply(s string, reps []Repair) string {
	var b strings.Builder
	last := 0
	for _, r := range reps {
		b.WriteString(s[last:r.Start])
		b.WriteString(r.Text)
		last = r.End
	}
	b.WriteString(s[last:])
	return b.String()
}

func TestRepairs(t *testing.T) {
	lines := []string{
		"Le groupe prévoit un chiffre d'affaires de 12,4 milliards d’euros en 2026.",
		"« Nous sommes très satisfaits », a déclaré le président du Crédit Agricole.",
		"Le bénéfice atteint 1,2 Md€ ; l’action gagne 3 % à la Bourse de Zürich.",
		"Société Générale, Hermès et L’Oréal reculent ; l’été s’annonce difficile.",
	}
	for _, want := range lines {
		in := "Titre sans accent\n" + mangle(t, want) + "\nFin du texte."
		reps := Repairs(in)
		if len(reps) == 0 {
			t.Errorf("no repair in %q", in)
			continue
		}
		if got := apply(in, reps); got != "Titre sans accent\n"+want+"\nFin du texte." {
			t.Errorf("repaired:\n got %q\nwant %q", got, want)
		}
		for _, r := range reps {
			// a repair spans whole characters, starts and ends on non-ASCII
			// runs, and is never longer than the damage.
			if r.Start >= r.End || r.End > len(in) || in[r.Start] < 0x80 || len(r.Text) > r.End-r.Start {
				t.Errorf("bad repair %+v of %q", r, in[r.Start:r.End])
			}
			// one layer of Windows-1252: one repair per character, so
			// that a name starting after "’" maps to its own bytes.
			if utf8.RuneCountInString(r.Text) != 1 {
				t.Errorf("repair %+v of %q holds several characters", r, in[r.Start:r.End])
			}
		}
	}
}

func TestRepairsNone(t *testing.T) {
	for _, s := range []string{
		"",
		"Le groupe prévoit une hausse de 5 % à 1,2 Md€.",
		"NESTLÉ® et MARQUÉ… restent des textes corrects.",
		"\xff\xfe invalides",
	} {
		if reps := Repairs(s); len(reps) != 0 {
			t.Errorf("Repairs(%q) = %+v, want none", s, reps)
		}
	}
	s := "Le groupe prévoit une hausse de 5 % à 1,2 Md€."
	if n := testing.AllocsPerRun(100, func() { Repairs(s) }); n != 0 {
		t.Errorf("Repairs allocates %v times on text without mojibake", n)
	}
}

func FuzzRepairs(f *testing.F) {
	f.Add("Le groupe prÃ©voit 12 Mâ‚¬\nâ€œbonâ€ ")
	f.Add("voilÃ  Ã  Paris dÃ©jÃ .")
	f.Fuzz(func(t *testing.T, s string) {
		reps := Repairs(s)
		last := 0
		for _, r := range reps {
			if r.Start < last || r.Start >= r.End || r.End > len(s) {
				t.Fatalf("repairs out of order or outside: %+v", reps)
			}
			last = r.End
		}
	})
}
