package money

import (
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"
)

func mustDec(t *testing.T, s string) Decimal {
	t.Helper()
	d, err := ParseDecimal(s)
	if err != nil {
		t.Fatalf("ParseDecimal(%q): %v", s, err)
	}
	return d
}

func TestParseDecimal(t *testing.T) {
	tests := []struct {
		in, want string
		coef     string
		exp      int
		err      error
	}{
		{in: "0", want: "0"},
		{in: "-0", want: "0"},
		{in: "+0.000", want: "0"},
		{in: "12.40", want: "12.4", coef: "124", exp: -1},
		{in: "-12.40", want: "-12.4", coef: "124", exp: -1},
		{in: "50000000000", want: "50000000000", coef: "5", exp: 10},
		{in: "0.35", want: "0.35", coef: "35", exp: -2},
		{in: "000123.4500", want: "123.45", coef: "12345", exp: -2},
		{in: "0.000001", want: "0.000001", coef: "1", exp: -6},
		{in: "1234.5", want: "1234.5", coef: "12345", exp: -1},
		{in: "+7", want: "7", coef: "7", exp: 0},
		{in: "9" + strings.Repeat("9", MaxDigits-1), want: "9" + strings.Repeat("9", MaxDigits-1), coef: strings.Repeat("9", MaxDigits), exp: 0},
		{in: "1" + strings.Repeat("0", MaxIntDigits), err: ErrRange},
		{in: "0." + strings.Repeat("0", MaxFracDigits) + "1", err: ErrRange},
		{in: "1" + strings.Repeat("1", MaxDigits), err: ErrRange},
		{in: "1" + strings.Repeat("0", 10000), err: ErrRange},
		{in: "", err: ErrSyntax},
		{in: "-", err: ErrSyntax},
		{in: "1.", err: ErrSyntax},
		{in: ".5", err: ErrSyntax},
		{in: "1,5", err: ErrSyntax},
		{in: "1e5", err: ErrSyntax},
		{in: " 1", err: ErrSyntax},
		{in: "1 000", err: ErrSyntax},
		{in: "--1", err: ErrSyntax},
		{in: "١٢", err: ErrSyntax},
		{in: "\xff", err: ErrSyntax},
	}
	for _, tc := range tests {
		d, err := ParseDecimal(tc.in)
		if tc.err != nil {
			if !errors.Is(err, tc.err) {
				t.Errorf("ParseDecimal(%.40q) = %v, %v; want %v", tc.in, d, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseDecimal(%q): %v", tc.in, err)
			continue
		}
		if got := d.String(); got != tc.want {
			t.Errorf("ParseDecimal(%q).String() = %q, want %q", tc.in, got, tc.want)
		}
		if c, e := d.Coefficient(); tc.coef != "" && (c != tc.coef || e != tc.exp) {
			t.Errorf("ParseDecimal(%q) coefficient %s exp %d, want %s %d", tc.in, c, e, tc.coef, tc.exp)
		}
	}
}

func TestDecimalEqualCmp(t *testing.T) {
	ordered := []string{"-1000", "-12.5", "-12.4", "-0.01", "0", "0.001", "0.35", "1", "1.05", "1.5", "9.99", "10", "12400000000", "50000000000"}
	for i, a := range ordered {
		for j, b := range ordered {
			da, db := mustDec(t, a), mustDec(t, b)
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			if got := da.Cmp(db); got != want {
				t.Errorf("Cmp(%s, %s) = %d, want %d", a, b, got, want)
			}
			if got := da.Equal(db); got != (i == j) {
				t.Errorf("Equal(%s, %s) = %v", a, b, got)
			}
			if (da == db) != (i == j) {
				t.Errorf("%s == %s is %v", a, b, da == db)
			}
			if want := big.NewRat(0, 1); da.Rat().Cmp(db.Rat()) != da.Cmp(db) {
				_ = want
				t.Errorf("Rat order of %s and %s differs from Cmp", a, b)
			}
		}
	}
	if !mustDec(t, "1.50").Equal(mustDec(t, "1.5")) || mustDec(t, "1.50") != mustDec(t, "01.5") {
		t.Error("1.50 != 1.5")
	}
	var zero Decimal
	if !zero.Equal(mustDec(t, "-0.0")) || zero.String() != "0" || !zero.IsZero() || zero.Sign() != 0 {
		t.Error("zero value is not 0")
	}
}

func TestDecimalRat(t *testing.T) {
	tests := map[string]string{"0": "0/1", "0.35": "7/20", "-12.4": "-62/5", "50000000000": "50000000000/1", "0.001": "1/1000"}
	for in, want := range tests {
		if got := mustDec(t, in).Rat().String(); got != want {
			t.Errorf("Rat(%s) = %s, want %s", in, got, want)
		}
	}
}

func TestDecimalInt64(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"0", 0, true}, {"12", 12, true}, {"-12", -12, true}, {"50000000000", 50000000000, true},
		{"9223372036854775807", 9223372036854775807, true}, {"-9223372036854775808", -9223372036854775808, true},
		{"9223372036854775808", 0, false}, {"-9223372036854775809", 0, false}, {"0.5", 0, false},
		{"12.0", 12, true}, {"1" + strings.Repeat("0", 25), 0, false},
	}
	for _, tc := range tests {
		got, ok := mustDec(t, tc.in).Int64()
		if got != tc.want || ok != tc.ok {
			t.Errorf("Int64(%s) = %d, %v; want %d, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestDecimalText(t *testing.T) {
	for _, s := range []string{"0", "-0.000000000000000000000000000001", "123456789012345678901234567890.123456789", "7", "-7.5"} {
		d := mustDec(t, s)
		b, err := d.MarshalText()
		if err != nil || string(b) != s {
			t.Errorf("MarshalText(%s) = %s, %v", s, b, err)
		}
		var back Decimal
		if err := back.UnmarshalText(b); err != nil || back != d {
			t.Errorf("UnmarshalText(%s) = %v, %v", b, back, err)
		}
	}
	var d Decimal
	if err := d.UnmarshalText([]byte("1,5")); !errors.Is(err, ErrSyntax) {
		t.Errorf("UnmarshalText(1,5): %v", err)
	}
	// as a JSON string through encoding.TextMarshaler
	b, err := json.Marshal(map[string]Decimal{"v": mustDec(t, "0.35")})
	if err != nil || string(b) != `{"v":"0.35"}` {
		t.Errorf("json: %s %v", b, err)
	}
}

func TestDecimalArithmetic(t *testing.T) {
	d, ok := mustDec(t, "12.4").shift(9)
	if !ok || d.String() != "12400000000" {
		t.Errorf("shift: %s %v", d, ok)
	}
	if _, ok := mustDec(t, "1").shift(MaxIntDigits); ok {
		t.Error("shift beyond the limit succeeded")
	}
	s, ok := mustDec(t, "3000000000").add(mustDec(t, "500000000"))
	if !ok || s.String() != "3500000000" {
		t.Errorf("add: %s", s)
	}
	s, _ = mustDec(t, "-15").add(mustDec(t, "-0.15"))
	if s.String() != "-15.15" {
		t.Errorf("add negative: %s", s)
	}
	s, _ = mustDec(t, "1").add(mustDec(t, "-1"))
	if s != (Decimal{}) {
		t.Errorf("1 + -1 = %#v", s)
	}
	if mustDec(t, "5").Neg().String() != "-5" || (Decimal{}).Neg() != (Decimal{}) {
		t.Error("Neg")
	}
}

func TestAmountJSON(t *testing.T) {
	a := Default().FindAll("environ 50 milliards de dollars par an")[0]
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"text":"50 milliards de dollars","value":"50000000000","currency":"USD","start":8,"end":31,"min":null,"max":null,"approx":true,"qualifier":"","per":"an"}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
	r := Default().FindAll("entre 675 et 700 ME")[0]
	b, _ = json.Marshal(r)
	want = `{"text":"675 et 700 ME","value":"","currency":"EUR","start":6,"end":19,"min":"675000000","max":"700000000","approx":false,"qualifier":"","per":""}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
	var back Amount
	if err := json.Unmarshal(b, &back); err != nil || !back.Range || back.Max.String() != "700000000" || back.Code != "EUR" || back.Currency.String() != "EUR" {
		t.Errorf("round trip: %+v %v", back, err)
	}
	if err := json.Unmarshal([]byte(`{"value":"1,5"}`), &back); err == nil {
		t.Error("bad value accepted")
	}
}
