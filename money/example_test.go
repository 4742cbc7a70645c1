package money_test

import (
	"encoding/json"
	"fmt"

	"github.com/depeche-go/depeche/money"
)

func ExampleExtractor_FindAll() {
	text := "Le chiffre d'affaires a atteint 10,2 milliards d'euros et le bénéfice 2,7 milliards. " +
		"Jefferies a relevé son objectif de 230 à 260 euros ; le groupe vise entre 675 et 700 ME."
	for _, a := range money.Default().FindAll(text) {
		if a.Range {
			fmt.Printf("%q: %s..%s %s\n", a.Text, a.Min, a.Max, a.Code)
			continue
		}
		fmt.Printf("%q: %s %s\n", a.Text, a.Value, a.Code)
	}
	// Output:
	// "10,2 milliards d'euros": 10200000000 EUR
	// "2,7 milliards": 2700000000 EUR
	// "230": 230 EUR
	// "260 euros": 260 EUR
	// "675 et 700 ME": 675000000..700000000 EUR
}

func ExampleParseAmount() {
	a, err := money.ParseAmount("environ 1,5 Md€")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Value, a.Code, a.Approx)
	_, err = money.ParseAmount("12 millions d'actions")
	fmt.Println(err)
	// Output:
	// 1500000000 EUR true
	// money: not an amount: "12 millions d'actions"
}

func ExampleDecimal_String() {
	d, _ := money.ParseDecimal("-0012.4000")
	fmt.Println(d, d.Equal(money.Decimal{}))
	r := d.Rat()
	fmt.Println(r)
	// Output:
	// -12.4 false
	// -62/5
}

func ExampleAmount_MarshalJSON() {
	a, _ := money.ParseAmount("0,35 euro par action")
	b, _ := json.Marshal(a)
	fmt.Println(string(b))
	// Output:
	// {"text":"0,35 euro","value":"0.35","currency":"EUR","start":0,"end":9,"min":null,"max":null,"approx":false,"qualifier":"","per":"action"}
}

func Example_customRules() {
	rs, err := money.ParseRules("panama.rules", []byte("name\tPAB\tbalboa\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	e, err := money.New(money.Options{Rules: []*money.RuleSet{rs}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range e.FindAll("Les recettes du canal atteignent 2,5 milliards de balboas.") {
		fmt.Println(a.Text, a.Value, a.Code)
	}
	// Output:
	// 2,5 milliards de balboas 2500000000 PAB
}

func ExampleOptions() {
	e, _ := money.New(money.Options{Dollar: "CAD"})
	a := e.FindAll("un bénéfice de 1,40 $ par action")[0]
	fmt.Println(a.Value, a.Code, a.Ambiguous, a.Per)
	// Output:
	// 1.4 CAD true action
}
