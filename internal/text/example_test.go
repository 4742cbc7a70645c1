package text_test

import (
	"fmt"

	"github.com/depeche-go/depeche/internal/text"
)

func ExampleTokenize() {
	s := "L’action d’Airbus gagne 1\u00a0234,5 € (AIR.PA)."
	for _, t := range text.Tokenize(nil, s, text.Span{Start: 0, End: len(s)}) {
		fmt.Printf("%d-%d %s %q\n", t.Start, t.End, t.Kind, t.Text(s))
	}
	// Output:
	// 0-4 Word "L’"
	// 4-10 Word "action"
	// 11-15 Word "d’"
	// 15-21 Word "Airbus"
	// 22-27 Word "gagne"
	// 28-36 Number "1\u00a0234,5"
	// 37-40 Punct "€"
	// 41-42 Punct "("
	// 42-48 Ticker "AIR.PA"
	// 48-49 Punct ")"
	// 49-50 Punct "."
}

func ExampleSentences() {
	s := "M. Dupont (Vinci S.A.) confirme. « Nous sommes prêts. » Le titre gagne 2 %."
	for _, sp := range text.Sentences(nil, s, text.Span{Start: 0, End: len(s)}) {
		fmt.Println(s[sp.Start:sp.End])
	}
	// Output:
	// M. Dupont (Vinci S.A.) confirme.
	// « Nous sommes prêts. »
	// Le titre gagne 2 %.
}

func ExampleKey() {
	fmt.Println(text.Key("  Société\u00a0Générale "))
	fmt.Println(text.Key("L’Oréal"))
	// Output:
	// societe generale
	// l'oreal
}
