package quotes_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/depeche-go/depeche/parse"
	"github.com/depeche-go/depeche/quotes"
)

// TestDump writes the quotes and attributions of every file of
// $QUOTES_CORPUS as JSON Lines to $QUOTES_DUMP, through the whole pipeline
// (or the quotes package alone with QUOTES_ALONE=1). A debugging aid, skipped
// when unset.
func TestDump(t *testing.T) {
	out := os.Getenv("QUOTES_DUMP")
	if out == "" {
		t.Skip("QUOTES_DUMP not set")
	}
	names, _ := filepath.Glob(filepath.Join(os.Getenv("QUOTES_CORPUS"), "*.txt"))
	sort.Strings(names)
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	for _, n := range names {
		b, _ := os.ReadFile(n)
		var q []quotes.Quote
		var a []quotes.Attribution
		if os.Getenv("QUOTES_ALONE") != "" {
			q, a, _ = quotes.Default().FindIn(string(b), nil, nil)
		} else {
			doc, err := parse.Parse(string(b))
			if err != nil {
				t.Fatal(err)
			}
			q, a = doc.Quotes, doc.Attributions
		}
		enc.Encode(map[string]any{"id": strings.TrimSuffix(filepath.Base(n), ".txt"), "quotes": q, "attributions": a})
	}
}
