package parse_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/depeche-go/depeche/parse"
)

// dispatch is a short dispatch in the genre, written for the examples.
const dispatch = `Vantera relève ses objectifs après un semestre record
(Zonebourse.com) - Vantera a dégagé un bénéfice net de 412,6 millions d'euros au premier semestre, en hausse de 18 %, selon un communiqué publié mardi.
« Nous abordons le second semestre avec confiance », a déclaré son PDG, Olivier Ferrand.
Copyright (c) 2026 Zonebourse.com - All rights reserved.
source : AOF
- 0 vote
- 0 vote
`

func ExampleParse() {
	doc, err := parse.Parse(dispatch)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("title: %q\n", doc.Title)
	fmt.Printf("source: %q\n", doc.Source)
	fmt.Printf("agency: %q\n", doc.Agency)
	for _, b := range doc.Boilerplate {
		fmt.Printf("removed %s: %q\n", b.Kind, strings.TrimSpace(dispatch[b.Start:b.End]))
	}
	for _, a := range doc.Amounts {
		fmt.Printf("amount %q: %s %s\n", a.Text, a.Value, a.Code)
	}
	for _, q := range doc.Quotes {
		fmt.Printf("quote %q: %s (%s)\n", q.Text, q.Speaker, q.Verb)
	}
	// Output:
	// title: "Vantera relève ses objectifs après un semestre record"
	// source: "Zonebourse.com"
	// agency: "AOF"
	// removed copyright: "Copyright (c) 2026 Zonebourse.com - All rights reserved."
	// removed source: "source : AOF"
	// removed vote: "- 0 vote"
	// removed vote: "- 0 vote"
	// amount "412,6 millions d'euros": 412600000 EUR
	// quote "Nous abordons le second semestre avec confiance": son PDG, Olivier Ferrand (déclarer)
}

func ExampleParser_Parse() {
	// A parser without the entity, money and quote stages: only the
	// structure and the boilerplate.
	p, err := parse.New(parse.Options{SkipEntities: true, SkipMoney: true, SkipQuotes: true})
	if err != nil {
		log.Fatal(err)
	}
	doc, err := p.Parse("Le titre Vinci gagne 2 %.\n\xff")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(doc.Entities), len(doc.Amounts), len(doc.Quotes))
	for _, w := range doc.Warnings {
		fmt.Printf("%s at [%d,%d)\n", w.Message, w.Start, w.End)
	}
	// Output:
	// 0 0 0
	// invalid UTF-8 at [26,27)
}

// Text pasted from a web page is read decoded, with offsets into the input
// as given: the entity's text is the input's bytes, its canonical name and
// the amount's value are read in the decoded text.
func ExampleParse_htmlReferences() {
	input := "Le Cr&eacute;dit Agricole vise 500&nbsp;M&euro; d&#39;&eacute;conomies.\n"
	doc, err := parse.Parse(input)
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range doc.Entities {
		fmt.Printf("%s %q = %q [%d,%d)\n", e.Type, e.Text, e.Canonical, e.Start, e.End)
	}
	for _, a := range doc.Amounts {
		fmt.Printf("amount %q = %s %s, input[%d:%d] = %q\n", a.Text, a.Value, a.Code, a.Start, a.End, input[a.Start:a.End])
	}
	// Output:
	// ORG "Cr&eacute;dit Agricole" = "Crédit Agricole" [3,25)
	// amount "500&nbsp;M&euro;" = 500000000 EUR, input[31:47] = "500&nbsp;M&euro;"
}
