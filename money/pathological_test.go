package money

import (
	"strings"
	"testing"
	"time"
)

// TestPathological guards against costs that grow faster than the input:
// each input is about 100 KB and must take well under a second.
func TestPathological(t *testing.T) {
	ins := map[string]string{
		"digits":      strings.Repeat("1", 100000),
		"groups":      strings.Repeat("1 000 ", 20000),
		"dots":        strings.Repeat("1.000.", 20000),
		"words":       strings.Repeat("deux cent ", 10000) + "euros",
		"millions":    strings.Repeat("millions ", 10000),
		"euros":       strings.Repeat("euros ", 20000),
		"un euros":    strings.Repeat("un euros ", 10000),
		"dollars":     strings.Repeat("1 $ ", 20000),
		"lines":       strings.Repeat("12\n", 30000),
		"table":       "Résultat (M€)\n" + strings.Repeat("12\n\n", 20000),
		"label lines": strings.Repeat("Résultat (M€)\n12\n", 10000),
		"signs":       strings.Repeat("-1-", 30000),
		"et":          strings.Repeat("1 et ", 20000) + "2 euros",
		"a":           strings.Repeat("de 1 à ", 20000) + "2 euros",
		"eq":          strings.Repeat("1 € = ", 20000),
		"dash words":  strings.Repeat("vingt-", 20000) + "euros",
		"de":          strings.Repeat("une dizaine de ", 10000) + "millions d'euros",
		"spaces":      "1" + strings.Repeat(" ", 100000) + "euros",
		"nbsp":        strings.Repeat("1\u00a0", 50000) + "€",
		"apostrophes": strings.Repeat("d'", 50000) + "euros",
	}
	for name, in := range ins {
		start := time.Now()
		Default().FindAll(in)
		if d := time.Since(start); d > 2*time.Second*slowdown() {
			t.Errorf("%s: %v for %d bytes", name, d, len(in))
		}
	}
}

// TestPathologicalLabels: table cells read back a bounded number of lines.
func TestPathologicalLabels(t *testing.T) {
	in := strings.Repeat("12\n"+strings.Repeat("1 2 ", 1000)+"\n", 300)
	start := time.Now()
	Default().FindAll(in)
	if d := time.Since(start); d > 3*time.Second*slowdown() {
		t.Errorf("%v for %d bytes", d, len(in))
	}
}

// slowdown is how much slower the race detector makes the code.
func slowdown() time.Duration {
	if raceEnabled {
		return 20
	}
	return 1
}
