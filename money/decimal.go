package money

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
)

// The limits of a [Decimal]. A value needs at most MaxDigits significant
// digits, and its magnitude must stay below 10^MaxIntDigits with no digit
// below 10^-MaxFracDigits. Anything beyond is rejected with [ErrRange] (by
// [ParseDecimal]) or is not reported as an amount (by the extractor): a
// value is never rounded or wrapped.
const (
	MaxDigits     = 40
	MaxIntDigits  = 40
	MaxFracDigits = 30
)

// Errors returned by [ParseDecimal] and [Decimal.UnmarshalText].
var (
	// ErrSyntax means the text is not a plain decimal such as "-12.40".
	ErrSyntax = errors.New("money: invalid decimal syntax")
	// ErrRange means the value is beyond the documented limits of a Decimal.
	ErrRange = errors.New("money: decimal out of range")
)

// Decimal is an exact decimal number: a sign, the significant digits of its
// coefficient and a base-10 exponent, so that the value is
// ±coefficient × 10^exponent. It is an immutable value type, always
// normalised (no leading or trailing zero in the coefficient, zero has no
// sign), so == and [Decimal.Equal] are numeric equality. The zero value is 0.
//
// Worked examples (coefficient, exponent):
//
//	"12,4 milliards"  124, 8      12400000000
//	"0,35 euro"       35, -2     0.35
//	"1 234,50"        12345, -1  1234.5
//	"-94 M€"          -94, 6     -94000000
//
// No float is used anywhere; scaling by "millions" or "Md" is exponent
// arithmetic.
type Decimal struct {
	coef string // significant digits, no leading or trailing zero; "" for 0
	exp  int32
	neg  bool
}

// makeDecimal builds a normalised Decimal from ASCII digits (leading and
// trailing zeros allowed) and an exponent. ok is false beyond the limits.
func makeDecimal(neg bool, digits []byte, exp int) (Decimal, bool) {
	i := 0
	for i < len(digits) && digits[i] == '0' {
		i++
	}
	j := len(digits)
	for j > i && digits[j-1] == '0' {
		j--
		exp++
	}
	if i == j {
		return Decimal{}, true
	}
	n := j - i
	if n > MaxDigits || exp < -MaxFracDigits || n+exp > MaxIntDigits {
		return Decimal{}, false
	}
	return Decimal{neg: neg, coef: string(digits[i:j]), exp: int32(exp)}, true
}

// decimalFromInt returns v × 10^exp.
func decimalFromInt(v int64, exp int) (Decimal, bool) {
	neg := v < 0
	u := uint64(v)
	if neg {
		u = -u
	}
	var buf [20]byte
	i := len(buf)
	for u > 0 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	return makeDecimal(neg, buf[i:], exp)
}

// ParseDecimal parses plain decimal notation: an optional sign ('+' or '-'),
// one or more ASCII digits, and optionally '.' followed by one or more
// digits ("-12.40", "0.35", "50000000000"). It returns an error wrapping
// [ErrSyntax] for anything else (exponents, grouping, spaces) and one wrapping
// [ErrRange] for a value beyond the limits of a Decimal.
func ParseDecimal(s string) (Decimal, error) {
	t := s
	neg := false
	if t != "" && (t[0] == '-' || t[0] == '+') {
		neg = t[0] == '-'
		t = t[1:]
	}
	intPart, frac, hasDot := strings.Cut(t, ".")
	if intPart == "" || (hasDot && frac == "") || !isDigits(intPart) || !isDigits(frac) {
		return Decimal{}, fmt.Errorf("%w: %q", ErrSyntax, clip(s))
	}
	if len(intPart)+len(frac) > 4*MaxIntDigits+MaxFracDigits+MaxDigits {
		// many leading or trailing zeros are legal, but a huge string is not
		// worth copying: it is out of range or absurd either way.
		return Decimal{}, fmt.Errorf("%w: %d digits", ErrRange, len(intPart)+len(frac))
	}
	digits := make([]byte, 0, len(intPart)+len(frac))
	digits = append(digits, intPart...)
	digits = append(digits, frac...)
	d, ok := makeDecimal(neg, digits, -len(frac))
	if !ok {
		return Decimal{}, fmt.Errorf("%w: %q", ErrRange, clip(s))
	}
	return d, nil
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// IsZero reports whether d is 0.
func (d Decimal) IsZero() bool { return d.coef == "" }

// Sign returns -1, 0 or +1.
func (d Decimal) Sign() int {
	switch {
	case d.coef == "":
		return 0
	case d.neg:
		return -1
	}
	return 1
}

// Neg returns -d.
func (d Decimal) Neg() Decimal {
	if d.coef != "" {
		d.neg = !d.neg
	}
	return d
}

// Coefficient returns the significant digits of d ("" for zero) and its
// exponent: |d| = coefficient × 10^exponent.
func (d Decimal) Coefficient() (digits string, exp int) { return d.coef, int(d.exp) }

// String returns d in plain notation, without exponent or trailing zeros:
// "50000000000", "0.35", "-1234.5", "0".
func (d Decimal) String() string {
	b, _ := d.MarshalText()
	return string(b)
}

// MarshalText implements [encoding.TextMarshaler] with the notation of
// [Decimal.String]. It never fails.
func (d Decimal) MarshalText() ([]byte, error) {
	if d.coef == "" {
		return []byte("0"), nil
	}
	var b []byte
	if d.neg {
		b = append(b, '-')
	}
	e := int(d.exp)
	switch {
	case e >= 0:
		b = append(b, d.coef...)
		for range e {
			b = append(b, '0')
		}
	case -e >= len(d.coef):
		b = append(b, '0', '.')
		for range -e - len(d.coef) {
			b = append(b, '0')
		}
		b = append(b, d.coef...)
	default:
		k := len(d.coef) + e
		b = append(b, d.coef[:k]...)
		b = append(b, '.')
		b = append(b, d.coef[k:]...)
	}
	return b, nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with the syntax of
// [ParseDecimal], whose errors it returns.
func (d *Decimal) UnmarshalText(b []byte) error {
	v, err := ParseDecimal(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Equal reports whether d and e are the same number (as d == e does).
func (d Decimal) Equal(e Decimal) bool { return d == e }

// Cmp compares d and e: -1 if d < e, 0 if equal, +1 if d > e.
func (d Decimal) Cmp(e Decimal) int {
	sd, se := d.Sign(), e.Sign()
	if sd != se {
		if sd < se {
			return -1
		}
		return 1
	}
	if sd == 0 {
		return 0
	}
	c := cmpAbs(d, e)
	if sd < 0 {
		return -c
	}
	return c
}

// cmpAbs compares |d| and |e|, both non-zero.
func cmpAbs(d, e Decimal) int {
	// magnitude: position of the most significant digit.
	md, me := len(d.coef)+int(d.exp), len(e.coef)+int(e.exp)
	if md != me {
		if md < me {
			return -1
		}
		return 1
	}
	// same magnitude: compare digit strings padded with zeros.
	n := max(len(d.coef), len(e.coef))
	for i := range n {
		a, b := byte('0'), byte('0')
		if i < len(d.coef) {
			a = d.coef[i]
		}
		if i < len(e.coef) {
			b = e.coef[i]
		}
		if a != b {
			if a < b {
				return -1
			}
			return 1
		}
	}
	return 0
}

// Rat returns d as a new exact [big.Rat].
func (d Decimal) Rat() *big.Rat {
	r := new(big.Rat)
	if d.coef == "" {
		return r
	}
	c, _ := new(big.Int).SetString(d.coef, 10)
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs(int(d.exp)))), nil)
	if d.exp >= 0 {
		r.SetInt(c.Mul(c, p))
	} else {
		r.SetFrac(c, p)
	}
	if d.neg {
		r.Neg(r)
	}
	return r
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Int64 returns d as an int64 when d is an integer that fits; ok is false
// otherwise (a fraction, or too large).
func (d Decimal) Int64() (v int64, ok bool) {
	if d.coef == "" {
		return 0, true
	}
	if d.exp < 0 || len(d.coef)+int(d.exp) > 19 {
		return 0, false
	}
	var u uint64
	for i := 0; i < len(d.coef)+int(d.exp); i++ {
		c := byte('0')
		if i < len(d.coef) {
			c = d.coef[i]
		}
		u = u*10 + uint64(c-'0')
	}
	if d.neg {
		if u > 1<<63 {
			return 0, false
		}
		return -int64(u), true
	}
	if u > 1<<63-1 {
		return 0, false
	}
	return int64(u), true
}

// bigInt returns the coefficient of d scaled to exponent e (e <= d.exp).
func (d Decimal) scaledTo(e int) *big.Int {
	c := new(big.Int)
	if d.coef == "" {
		return c
	}
	c.SetString(d.coef, 10)
	if k := int(d.exp) - e; k > 0 {
		c.Mul(c, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil))
	}
	if d.neg {
		c.Neg(c)
	}
	return c
}

// add returns d + e; ok is false beyond the limits.
func (d Decimal) add(e Decimal) (Decimal, bool) {
	if d.coef == "" {
		return e, true
	}
	if e.coef == "" {
		return d, true
	}
	x := int(min(d.exp, e.exp))
	s := new(big.Int).Add(d.scaledTo(x), e.scaledTo(x))
	neg := s.Sign() < 0
	s.Abs(s)
	return makeDecimal(neg, []byte(s.String()), x)
}

// shift returns d × 10^n; ok is false beyond the limits.
func (d Decimal) shift(n int) (Decimal, bool) {
	if d.coef == "" {
		return d, true
	}
	e := int(d.exp) + n
	if e < -MaxFracDigits || len(d.coef)+e > MaxIntDigits {
		return Decimal{}, false
	}
	d.exp = int32(e)
	return d, true
}
