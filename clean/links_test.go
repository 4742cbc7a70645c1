package clean

import "testing"

// TestReadMoreListBlankSeparated checks that, in a text whose paragraphs are
// set apart by blank lines, the link titles on consecutive lines after a bare
// "Lire aussi :" are all removed, while a title set apart by a blank line
// before a paragraph stays as an intertitle.
func TestReadMoreListBlankSeparated(t *testing.T) {
	in := "Le fabricant de pneus a relevé ses prévisions de marge pour l'année, a-t-il annoncé mardi.\n\n" +
		"À lire aussi :\n" +
		"Automobile : les ventes européennes reculent en février\n" +
		"Caoutchouc : les cours au plus haut depuis deux ans\n\n" +
		"Les volumes restent soutenus en Amérique du Nord, selon la direction financière.\n\n" +
		"Une usine de plus en Pologne\n\n" +
		"Le groupe investira dans une nouvelle ligne de production près de Poznan, a précisé son porte-parole.\n"
	r := Default().Clean(in)
	want := map[string]bool{ // line -> kept
		"À lire aussi :": false,
		"Automobile : les ventes européennes reculent en février": false,
		"Caoutchouc : les cours au plus haut depuis deux ans":     false,
		"Une usine de plus en Pologne":                            true,
	}
	for _, s := range r.Segments {
		c := s.Content()
		line := in[c.Start:c.End]
		if k, ok := want[line]; ok {
			if s.Kept != k {
				t.Errorf("%q: kept = %v, want %v", line, s.Kept, k)
			}
			delete(want, line)
		}
	}
	for line := range want {
		t.Errorf("%q: no segment of its own", line)
	}
}
