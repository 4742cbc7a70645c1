package quotes_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/depeche-go/depeche/entities"
	"github.com/depeche-go/depeche/quotes"
)

func ExampleFindAll() {
	text := `Selon le Financial Times, Microsoft envisage une action en justice. "Nous connaissons notre contrat (...) Nous les poursuivrons s'ils le violent", a affirmé une source proche de Microsoft citée par le FT.`
	qs, as := quotes.FindAll(text)
	for _, q := range qs {
		fmt.Printf("%q\n  speaker: %s\n  verb: %s\n  via: %s\n", q.Text, q.Speaker, q.Verb, q.Via)
	}
	for _, a := range as {
		fmt.Printf("%s -> %s (%s)\n", a.Text, a.Source, a.Cue)
	}
	// Output:
	// "Nous connaissons notre contrat (...) Nous les poursuivrons s'ils le violent"
	//   speaker: une source proche de Microsoft
	//   verb: affirmer
	//   via: Financial Times
	// Selon le Financial Times -> Financial Times (selon)
}

func ExampleAttributor_FindIn() {
	text := "Patrick Martin dirige Vivalto depuis 2019. « Nous visons une marge de 12 % en 2027 », a-t-il déclaré à l'AFP. « Les prix vont baisser », a-t-il ajouté."
	// entities as the entities package finds them (here written by hand).
	ents := []entities.Entity{
		{Text: "Patrick Martin", Type: entities.PER, Canonical: "Patrick Martin", Start: 0, End: len("Patrick Martin")},
	}
	spans := []quotes.Span{{Start: 0, End: len(text)}}
	qs, _, _ := quotes.Default().FindIn(text, spans, ents)
	for _, q := range qs {
		fmt.Printf("%s | %s -> %s | %s | %s\n", q.Text, q.Speaker, q.SpeakerCanonical, q.Verb, q.Via)
	}
	// Output:
	// Nous visons une marge de 12 % en 2027 | il -> Patrick Martin | déclarer | Agence France-Presse
	// Les prix vont baisser | il -> Patrick Martin | ajouter | Agence France-Presse
}

func Example_customRules() {
	rules, err := quotes.ParseRules("maison.rules", []byte(strings.Join([]string{
		"verb\ttacler\tCRIT\t-\ttacle, taclé, taclait",
		"outlet\tLa Gazette des Marchés\tLa Gazette des Marchés\tLGM",
	}, "\n")))
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := quotes.New(quotes.Options{Rules: []*quotes.RuleSet{rules}})
	if err != nil {
		fmt.Println(err)
		return
	}
	qs, _, _ := a.FindIn("« Cette hausse de tarifs est injustifiable », a taclé le président de la fédération, interrogé par LGM.", nil, nil)
	for _, q := range qs {
		fmt.Println(q.Speaker, "|", q.Verb, "|", q.Via)
	}
	// Output:
	// le président de la fédération | tacler | La Gazette des Marchés
}

func ExampleParseRules() {
	_, err := quotes.ParseRules("bad.rules", []byte("verb\tdire\tSPEAK\t-\tdit\n"))
	var re *quotes.RuleError
	if errors.As(err, &re) {
		fmt.Println(re.Render())
	}
	// Output:
	// bad.rules:1:11: quotes: unknown verb class "SPEAK"
	//   | verb dire SPEAK - dit
	//   |           ^
}
