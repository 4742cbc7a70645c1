package entities_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/depeche-go/depeche/entities"
)

func ExampleRecognizer_FindAll() {
	text := "Selon le Financial Times, Jeanne Morvan, directrice financière du laboratoire Novélia SA, " +
		"quitte le groupe. Le FT ajoute que Mme Morvan rejoindra la Bourse de Paris."
	for _, e := range entities.Default().FindAll(text) {
		fmt.Printf("%s %q canonical=%q rule=%s", e.Type, e.Text, e.Canonical, e.Rule)
		if e.Role != "" {
			fmt.Printf(" role=%q org=%q", e.Role, e.Org)
		}
		fmt.Println()
	}
	// Output:
	// MEDIA "Financial Times" canonical="Financial Times" rule=gazetteer
	// PER "Jeanne Morvan" canonical="Jeanne Morvan" rule=first-name role="directrice financière" org="Novélia"
	// ORG "Novélia SA" canonical="Novélia" rule=legal-suffix
	// MEDIA "FT" canonical="Financial Times" rule=gazetteer
	// PER "Morvan" canonical="Jeanne Morvan" rule=title
	// ORG "Bourse de Paris" canonical="Bourse de Paris" rule=gazetteer
}

func ExampleValidISIN() {
	fmt.Println(entities.ValidISIN("FR0000120271"), entities.ValidISIN("FR0000120272"))
	// Output: true false
}

func ExampleValidLEI() {
	fmt.Println(entities.ValidLEI("969500ABCDEFGHIJKL46"), entities.ValidLEI("969500ABCDEFGHIJKL47"))
	// Output: true false
}

func Example_customRules() {
	rules := `# my gazetteer, stacked on the defaults
ORG	Groupe Valmoray	Valmoray	subtype=company
PRODUCT	Velaxin
pattern	sicav	ORG	SICAV [A-Z][a-z]+	subtype=fund
`
	rs, err := entities.ParseRules("my.rules", []byte(rules))
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := entities.New(entities.Options{Rules: []*entities.RuleSet{rs}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range r.FindAll("Valmoray lance le Velaxin et la SICAV Horizon.") {
		fmt.Println(e.Type, e.Text, "->", e.Canonical, e.Subtype, e.Rule)
	}

	// A malformed file gives a *RuleError with its position.
	_, err = entities.ParseRules("bad.rules", []byte("ORG\tAcme\nfoo\tbar\n"))
	var re *entities.RuleError
	if errors.As(err, &re) {
		fmt.Println(strings.SplitN(re.Error(), " (", 2)[0])
	}
	// Output:
	// ORG Valmoray -> Groupe Valmoray company gazetteer
	// PRODUCT Velaxin -> Velaxin  gazetteer
	// ORG SICAV Horizon -> SICAV Horizon fund pattern:sicav
	// bad.rules:2:1: entities: bad rule: unknown record "foo"
}
