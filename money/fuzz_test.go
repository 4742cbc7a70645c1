package money

import (
	"bufio"
	"errors"
	"math/big"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// seeds returns the corpus examples, positive and negative, as fuzz seeds.
func seeds(t interface{ Helper() }) []string {
	var out []string
	for _, f := range []string{"testdata/corpus.txt", "testdata/negative.txt"} {
		fh, err := os.Open(f)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			l := sc.Text()
			if l == "" || l[0] == '#' || l[0] == '@' {
				continue
			}
			out = append(out, unescape(l))
		}
		fh.Close()
	}
	return out
}

// selfContained reports whether the amount's own text holds its number and
// its unit, so that it parses back alone.
func selfContained(a Amount) bool {
	return a.Unit != (Span{}) && a.Unit.Start >= a.Start && a.Unit.End <= a.End && !a.Range
}

func FuzzParseAmount(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s)
	}
	f.Add("1" + strings.Repeat("0", 400) + " euros")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAmount(s)
		if err != nil {
			if !errors.Is(err, ErrNoAmount) && !errors.Is(err, ErrRange) && !errors.Is(err, ErrNoCurrency) {
				t.Fatalf("ParseAmount(%q): unexpected error %v", s, err)
			}
			return
		}
		if a.Start < 0 || a.Start > a.End || a.End > len(s) || s[a.Start:a.End] != a.Text {
			t.Fatalf("ParseAmount(%q): bad span [%d,%d) %q", s, a.Start, a.End, a.Text)
		}
		if a.Code == "" {
			t.Fatalf("ParseAmount(%q): no currency code", s)
		}
		checkAmountValue(t, s, a)
	})
}

func FuzzMoney(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s)
	}
	for _, s := range []string{"Résultat net (G$)\n\n5,7\n", "1 $ = 0,92 €", "entre 10 et 12 M€", "\xff12 M€",
		"En M€\n| | 2025 | 2024 | Var. |\n|---|---|---|---|\n| Ventes | 1 412,6 | 1 380,1 | 2,3 |\n",
		"Chiffres (en millions d'euros)\t2025\nEbitda\t58,2\r\n|\t|  -1,2  |", "BPA : 1,2 fr., contre 1,1 fr. l'an dernier",
		"sous la barre des 3 mio au-delà des 4 mrd."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		as := Default().FindAll(s)
		prev := Amount{Start: -1}
		for _, a := range as {
			if a.Start < 0 || a.Start > a.End || a.End > len(s) || s[a.Start:a.End] != a.Text {
				t.Fatalf("FindAll(%q): bad span [%d,%d) %q", s, a.Start, a.End, a.Text)
			}
			if a.Start < prev.Start || a.Start == prev.Start && a.End < prev.End {
				t.Fatalf("FindAll(%q): not sorted", s)
			}
			for _, sp := range []Span{a.Number, a.Unit} {
				if sp != (Span{}) && (sp.Start < a.Start || sp.End > a.End || sp.Start > sp.End) {
					t.Fatalf("FindAll(%q): sub-span %v outside [%d,%d)", s, sp, a.Start, a.End)
				}
			}
			if a.Code == "" {
				t.Fatalf("FindAll(%q): no currency code", s)
			}
			checkAmountValue(t, s, a)
			if selfContained(a) && utf8.ValidString(a.Text) {
				// a self-contained amount's text re-parses to the same value.
				b, err := ParseAmount(a.Text)
				if err == nil && !b.Value.Equal(a.Value) && b.Code == a.Code {
					t.Fatalf("FindAll(%q): %q has value %s, alone %s", s, a.Text, a.Value, b.Value)
				}
			}
			prev = a
		}
	})
}

// checkValue checks that the value is within the limits and that no digit
// string longer than the limits produced a value.
func checkAmountValue(t *testing.T, s string, a Amount) {
	t.Helper()
	for _, d := range []Decimal{a.Value, a.Min, a.Max} {
		c, e := d.Coefficient()
		if len(c) > MaxDigits || len(c)+e > MaxIntDigits || e < -MaxFracDigits {
			t.Fatalf("%q: value %s beyond the limits", s, d)
		}
		if back, err := ParseDecimal(d.String()); err != nil || back != d {
			t.Fatalf("%q: value %s does not round-trip: %v", s, d, err)
		}
	}
	// the significant digits written must fit the limits: a longer number
	// gives no amount rather than a rounded one.
	var digits []byte
	for i := a.Number.Start; i < a.Number.End && i < len(s); i++ {
		if isDigit(s[i]) {
			digits = append(digits, s[i])
		}
	}
	sig := strings.Trim(string(digits), "0")
	if len(sig) > MaxDigits {
		t.Fatalf("%q: %d significant digits gave a value", s, len(sig))
	}
}

func FuzzParseDecimal(f *testing.F) {
	for _, s := range []string{"0", "-12.40", "0.35", "50000000000", "1e5", "", "+", "1" + strings.Repeat("0", 50), "0." + strings.Repeat("0", 40) + "1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDecimal(s)
		if err != nil {
			if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrRange) {
				t.Fatalf("ParseDecimal(%q): unexpected error %v", s, err)
			}
			return
		}
		out := d.String()
		back, err := ParseDecimal(out)
		if err != nil || back != d {
			t.Fatalf("ParseDecimal(%q) = %s, which parses back to %v, %v", s, out, back, err)
		}
		// the value is the text's value: compare exact rationals.
		want, ok := new(bigRat).SetString(strings.TrimPrefix(s, "+"))
		if ok && want.Cmp(d.Rat()) != 0 {
			t.Fatalf("ParseDecimal(%q) = %s, want %s", s, out, want.RatString())
		}
		if d.Cmp(back) != 0 || !d.Equal(back) {
			t.Fatalf("Cmp/Equal disagree on %s", out)
		}
		if v, ok := d.Int64(); ok && d.Rat().Cmp(new(bigRat).SetInt64(v)) != 0 {
			t.Fatalf("Int64(%s) = %d", out, v)
		}
	})
}

type bigRat = big.Rat
