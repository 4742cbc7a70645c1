package money

import (
	"strings"
	"testing"
	"time"
)

// TestPathological guards against costs that grow faster than the input:
// each input is about 100 KB and must cost no more than a few times what
// 100 KB of ordinary dispatches cost (a quadratic cost would be thousands of
// times more). Timings are relative, so a loaded machine slows both alike.
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
	limit := 100 * reference()
	for name, in := range ins {
		d := fastest(func() { Default().FindAll(in) })
		if d > limit {
			t.Errorf("%s: %v for %d bytes, limit %v", name, d, len(in), limit)
		}
		t.Logf("%s: %v (limit %v)", name, d, limit)
	}
}

// reference returns what 100 KB of ordinary dispatches cost, at least 10 ms.
func reference() time.Duration {
	in := strings.Repeat(benchDispatch, 100000/len(benchDispatch)+1)
	return max(fastest(func() { Default().FindAll(in) }), 10*time.Millisecond)
}

// fastest returns the shortest of three runs of f: the least disturbed by
// the rest of the machine.
func fastest(f func()) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range 3 {
		start := time.Now()
		f()
		best = min(best, time.Since(start))
	}
	return best
}

// TestPathologicalLabels: table cells read back a bounded number of lines.
func TestPathologicalLabels(t *testing.T) {
	in := strings.Repeat("12\n"+strings.Repeat("1 2 ", 1000)+"\n", 300)
	limit := 100 * reference() * time.Duration(len(in)/100000+1)
	if d := fastest(func() { Default().FindAll(in) }); d > limit {
		t.Errorf("%v for %d bytes, limit %v", d, len(in), limit)
	}
}
