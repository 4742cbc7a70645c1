// Command customrules shows a user rule directory stacked on the default
// rules of the entities package.
//
// Usage:
//
//	go run ./examples/customrules [-rules DIR] [TEXT]
//
// DIR holds one folder per package (entities/ here), each with *.rules files
// read in name order; by default the example's own rules (embedded) are used.
// A malformed rule file is reported with its file, line and column.
package main

import (
	"embed"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/depeche-go/depeche/entities"
)

//go:embed rules
var exampleRules embed.FS

const sample = "Valmoray SA a racheté Novélia. Selon le FT, la directrice financière Jeanne Morvan " +
	"lance le projet Horizon et la SICAV Aurore. Orange reste la couleur de l'année."

func main() {
	dir := flag.String("rules", "", "rule directory (entities/*.rules inside); default: the example's own rules")
	flag.Parse()
	var fsys fs.FS
	if *dir != "" {
		fsys = os.DirFS(*dir)
	} else {
		sub, err := fs.Sub(exampleRules, "rules")
		if err != nil {
			fmt.Fprintln(os.Stderr, "customrules:", err)
			os.Exit(2)
		}
		fsys = sub
	}
	r, err := build(fsys)
	if err != nil {
		var re *entities.RuleError
		if errors.As(err, &re) {
			fmt.Fprintln(os.Stderr, re.Render())
		} else {
			fmt.Fprintln(os.Stderr, "customrules:", err)
		}
		os.Exit(2)
	}
	text := sample
	if flag.NArg() > 0 {
		text = strings.Join(flag.Args(), " ")
	}
	ents, warns := r.FindIn(text, nil)
	for _, e := range ents {
		fmt.Printf("%-8s %-22q canonical=%q rule=%s", e.Type, e.Text, e.Canonical, e.Rule)
		if e.Role != "" {
			fmt.Printf(" role=%q org=%q", e.Role, e.Org)
		}
		if e.ID != "" {
			fmt.Printf(" id=%s", e.ID)
		}
		fmt.Println()
	}
	for _, w := range warns {
		fmt.Println("warning:", w.Message)
	}
}

// build loads entities/*.rules from fsys and stacks them on the defaults.
func build(fsys fs.FS) (*entities.Recognizer, error) {
	rs, err := entities.LoadRules(fsys, "entities/*.rules")
	if err != nil {
		return nil, err
	}
	return entities.New(entities.Options{Rules: []*entities.RuleSet{rs}})
}
