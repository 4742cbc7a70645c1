package money

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/depeche-go/depeche/internal/text"
	"golang.org/x/text/currency"
)

// Span is a half-open byte range [Start, End) of the original input.
type Span = text.Span

// Warning is something the extractor noticed and worked around.
type Warning = text.Warning

// Amount is one monetary amount found in the input. Start and End are byte
// offsets into the original input and Text is exactly input[Start:End]: the
// number, its scale and its currency as written ("50 milliards de
// dollars", "1,5 Md€", "675 et 700 ME"), without the qualifier ("plus de",
// "environ") or the word that opens a range ("entre").
//
// It marshals to the JSON of SCHEMA.md: value as a decimal string ("" for a
// range), currency as the ISO code, min and max as decimal strings or null.
type Amount struct {
	Text  string
	Start int
	End   int

	// Value is the exact value in the currency's major unit ("0,35 euro" is
	// 0.35, "12 cents" is 0.12). It is zero for a range.
	Value Decimal
	// Min and Max are the bounds of a range (see Range).
	Min, Max Decimal

	// Currency is the x/text unit of Code; currency.XXX when x/text does
	// not know the code (its tables are CLDR 32).
	Currency currency.Unit
	// Range is true for a range ("entre 10 et 12 milliards d'euros"), whose
	// bounds are Min and Max.
	Range bool
	// Ambiguous is true when the unit could name several currencies ("$",
	// "dollars", "francs") and Code was chosen from the context or the
	// extractor's defaults.
	Ambiguous bool
	// Approx is true for a hedge ("environ", "près de", "quelque", "une
	// dizaine de millions").
	Approx bool
	// Code is the ISO 4217 code resolved for the amount ("EUR", "CAD").
	Code string

	// Qualifier is the bound written before the amount, as written ("plus
	// de", "jusqu'à", "au moins"); "" when there is none.
	Qualifier string
	// Per is the unit of a per-unit amount in the singular ("action" for
	// "par action", "par titre", "une part" or a BPA; "baril" for "$/b").
	Per string

	// Number is the span of the number (digits with their sign, or the
	// written number) and Unit the span of the currency as written; Unit is
	// zero when the currency is not written next to the number (it comes
	// from the context, a table label, or the other term of a range).
	Number Span
	Unit   Span
}

// jsonAmount is the SCHEMA.md shape of an Amount.
type jsonAmount struct {
	Text      string   `json:"text"`
	Value     string   `json:"value"`
	Currency  string   `json:"currency"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Min       *Decimal `json:"min"`
	Max       *Decimal `json:"max"`
	Approx    bool     `json:"approx"`
	Qualifier string   `json:"qualifier"`
	Per       string   `json:"per"`
}

// MarshalJSON implements [json.Marshaler] with the fields of SCHEMA.md.
func (a Amount) MarshalJSON() ([]byte, error) {
	j := jsonAmount{
		Text: a.Text, Currency: a.Code, Start: a.Start, End: a.End,
		Approx: a.Approx, Qualifier: a.Qualifier, Per: a.Per,
	}
	if a.Range {
		mn, mx := a.Min, a.Max
		j.Min, j.Max = &mn, &mx
	} else {
		j.Value = a.Value.String()
	}
	return json.Marshal(j)
}

// UnmarshalJSON implements [json.Unmarshaler] for the shape MarshalJSON
// writes. Number and Unit spans are not in the JSON and stay zero. It
// returns the errors of [ParseDecimal] for a bad value.
func (a *Amount) UnmarshalJSON(b []byte) error {
	var j jsonAmount
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*a = Amount{Text: j.Text, Start: j.Start, End: j.End, Code: j.Currency,
		Approx: j.Approx, Qualifier: j.Qualifier, Per: j.Per}
	if j.Currency != "" {
		if u, err := currency.ParseISO(j.Currency); err == nil {
			a.Currency = u
		}
	}
	if j.Min != nil || j.Max != nil {
		a.Range = true
		if j.Min != nil {
			a.Min = *j.Min
		}
		if j.Max != nil {
			a.Max = *j.Max
		}
		return nil
	}
	if j.Value != "" {
		v, err := ParseDecimal(j.Value)
		if err != nil {
			return err
		}
		a.Value = v
	}
	return nil
}

// Errors returned by [ParseAmount].
var (
	// ErrNoAmount means the text is not one monetary amount.
	ErrNoAmount = errors.New("money: not an amount")
	// ErrNoCurrency means the text is a number with a scale but no currency
	// ("2,7 milliards"): only a context could give it one.
	ErrNoCurrency = errors.New("money: amount without currency")
)

// ParseAmount parses one monetary expression such as "50 milliards de
// dollars", "1,5 Md€", "environ 3 millions d'euros" or "entre 10 et 12 M€",
// with the default extractor. Surrounding white space is ignored. It returns
// an error wrapping [ErrNoAmount] unless exactly one amount covers the text
// (a leading qualifier or range word aside), [ErrRange] when the number is
// beyond the limits of a [Decimal], and [ErrNoCurrency] for an amount
// without a currency.
func ParseAmount(s string) (Amount, error) {
	return Default().ParseAmount(s)
}

// ParseAmount is [ParseAmount] with this extractor's rules and options.
func (e *Extractor) ParseAmount(s string) (Amount, error) {
	lo := len(s) - len(strings.TrimLeftFunc(s, text.IsSpace))
	hi := len(strings.TrimRightFunc(s, text.IsSpace))
	if lo >= hi {
		return Amount{}, fmt.Errorf("%w: empty text", ErrNoAmount)
	}
	var p *parser
	p = e.scan(p, s, Span{Start: lo, End: hi})
	if p == nil {
		return Amount{}, fmt.Errorf("%w: %q", ErrNoAmount, clip(s))
	}
	overflow := p.overflow
	noCurrency := false
	for _, f := range p.found {
		if f.def == nil {
			noCurrency = true
		}
	}
	all := e.finish(p, s)
	p.release()
	switch {
	case len(all) == 1:
		a := all[0]
		if a.End != hi && a.Per == "" {
			return Amount{}, fmt.Errorf("%w: %q is followed by more text", ErrNoAmount, clip(a.Text))
		}
		if a.Start != lo && !a.Approx && a.Qualifier == "" && !a.Range {
			return Amount{}, fmt.Errorf("%w: %q is preceded by more text", ErrNoAmount, clip(a.Text))
		}
		if a.Unit == (Span{}) {
			return Amount{}, fmt.Errorf("%w: %q", ErrNoCurrency, clip(s))
		}
		return a, nil
	case len(all) > 1:
		return Amount{}, fmt.Errorf("%w: %q holds %d amounts", ErrNoAmount, clip(s), len(all))
	case overflow:
		return Amount{}, fmt.Errorf("%w: %q", ErrRange, clip(s))
	case noCurrency:
		return Amount{}, fmt.Errorf("%w: %q", ErrNoCurrency, clip(s))
	}
	return Amount{}, fmt.Errorf("%w: %q", ErrNoAmount, clip(s))
}
