package clean_test

import (
	"fmt"
	"strings"

	"github.com/depeche-go/depeche/clean"
)

func ExampleCleaner_Clean() {
	dispatch := "Nexity cède son pôle de services\n" +
		"(Zonebourse.com) - Le promoteur a annoncé mardi la cession de son activité de services pour 440 millions d'euros.\n" +
		"Copyright (c) 2025 Zonebourse.com - All rights reserved.\n" +
		"source : AOF\n" +
		"- 0 vote\n"
	r := clean.Default().Clean(dispatch)
	fmt.Println("title:", r.Title)
	fmt.Println("source:", r.Source, "agency:", r.Agency)
	fmt.Printf("dateline: %q at %d\n", r.Dateline.Text, r.Dateline.Start)
	for _, s := range r.Removed() {
		fmt.Printf("removed %s (%s): %q\n", s.Kind, s.Rule, strings.TrimSpace(s.Text))
	}
	fmt.Println(r.Body())
	// Output:
	// title: Nexity cède son pôle de services
	// source: Zonebourse.com agency: AOF
	// dateline: "(Zonebourse.com) -" at 35
	// removed copyright (copyright-c): "Copyright (c) 2025 Zonebourse.com - All rights reserved."
	// removed source (source-colon): "source : AOF"
	// removed vote (vote-widget): "- 0 vote"
	// Le promoteur a annoncé mardi la cession de son activité de services pour 440 millions d’euros.
}

func Example_customRules() {
	rules, err := clean.ParseRules("maison.rules", []byte(
		"# our own site chrome\n"+
			"ad\tmaison-promo\tprefix\tOffre du jour\n"+
			"source\tmaison-source\tre\t^Dépêche reçue de (?P<source>[\\p{L} ]+)$\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := clean.New(clean.Options{Rules: []*clean.RuleSet{rules}})
	if err != nil {
		fmt.Println(err)
		return
	}
	r := c.Clean("Le groupe a confirmé ses objectifs annuels malgré un environnement difficile.\n" +
		"Offre du jour : -50 % sur l'abonnement\nDépêche reçue de Agence Exemple\n")
	for _, s := range r.Removed() {
		fmt.Println(s.Kind, s.Rule)
	}
	fmt.Println("source:", r.Source)
	// Output:
	// ad maison-promo
	// source maison-source
	// source: Agence Exemple
}

func ExampleParseRules_error() {
	_, err := clean.ParseRules("bad.rules", []byte("ad\tpromo\tre\t(unclosed\n"))
	fmt.Println(err.(*clean.RuleError).Render())
	// Output:
	// bad.rules:1:13: clean: bad rule: error parsing regexp: missing closing ): `(unclosed`
	//   | ad promo re (unclosed
	//   |             ^
}
