package parse_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/depeche-go/depeche/parse"
)

// FuzzParse checks the invariants of Parse on any input: no panic, no error
// under the size limit, every item's span in bounds and on UTF-8 boundaries,
// input[Start:End] == Text for the dateline, boilerplate, entities, amounts,
// quotes and attributions, lists sorted, the cleaner's segments tiling the
// input, and a JSON encoding that succeeds.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"", " ", "\n\n", "\xff\xfe", "a\x00b",
		"Titre\n(AOF) - Le groupe gagne 1\u00a0234,5 millions d'euros.\nsource : AOF\n- 0 vote",
		"PARIS, 3 mars (Reuters) - « Nous irons (...) au bout », a dit M. Dupont, cité par le FT.\n(édité par X)",
		"<p>Le&nbsp;titre</p><script>x</script>", "RÃ©sultats\nÂ« Oui Â»",
		"Boursier.com — Orvane grimpe de 5% à 34 euros.\nCopyright © 2026 Boursier.com",
	} {
		f.Add(s)
	}
	for _, path := range articles(f) {
		if data, err := os.ReadFile(path); err == nil {
			f.Add(string(data))
		}
	}
	p, err := parse.New(parse.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, input string) {
		doc, err := p.Parse(input)
		if err != nil {
			t.Fatalf("Parse: %v", err)
		}
		if errs := checkDocument(input, doc); len(errs) > 0 {
			t.Fatalf("%d broken invariants, first: %s", len(errs), errs[0])
		}
		if _, err := json.Marshal(doc); err != nil {
			t.Fatalf("json: %v", err)
		}
	})
}
