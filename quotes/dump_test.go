package quotes

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestDump writes the quotes and attributions of every shared-corpus file as
// JSON Lines to $QUOTES_DUMP (a debugging aid; skipped when unset).
func TestDump(t *testing.T) {
	out := os.Getenv("QUOTES_DUMP")
	if out == "" {
		t.Skip("QUOTES_DUMP not set")
	}
	dir := os.Getenv("QUOTES_CORPUS")
	names, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	sort.Strings(names)
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	for _, n := range names {
		b, _ := os.ReadFile(n)
		q, a, w := Default().FindIn(string(b), nil, nil)
		if q == nil {
			q = []Quote{}
		}
		if a == nil {
			a = []Attribution{}
		}
		enc.Encode(map[string]any{"id": strings.TrimSuffix(filepath.Base(n), ".txt"), "quotes": q, "attributions": a, "warnings": w})
	}
}
