package entities

// ValidISIN reports whether s is an ISIN (ISO 6166): two upper-case letters,
// nine upper-case letters or digits, and a check digit that verifies (letters
// expanded to 10..35, then the Luhn algorithm).
func ValidISIN(s string) bool {
	if len(s) != 12 {
		return false
	}
	for i := 0; i < 12; i++ {
		c := s[i]
		switch {
		case i < 2:
			if c < 'A' || c > 'Z' {
				return false
			}
		case i == 11:
			if c < '0' || c > '9' {
				return false
			}
		default:
			if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				return false
			}
		}
	}
	// expand to digits, then Luhn from the right.
	var digits [24]byte
	n := 0
	for i := 0; i < 12; i++ {
		c := s[i]
		if c >= 'A' {
			v := c - 'A' + 10
			digits[n] = v / 10
			digits[n+1] = v % 10
			n += 2
		} else {
			digits[n] = c - '0'
			n++
		}
	}
	sum := 0
	double := false
	for i := n - 1; i >= 0; i-- {
		d := int(digits[i])
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

// ValidLEI reports whether s is a Legal Entity Identifier (ISO 17442): 20
// upper-case letters or digits, the last two digits, whose ISO 7064 MOD 97-10
// checksum is 1.
func ValidLEI(s string) bool {
	if len(s) != 20 {
		return false
	}
	rem := 0
	letters := 0
	for i := 0; i < 20; i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			rem = (rem*10 + int(c-'0')) % 97
		case c >= 'A' && c <= 'Z' && i < 18:
			letters++
			v := int(c-'A') + 10
			rem = (rem*100 + v) % 97
		default:
			return false
		}
	}
	return rem == 1
}
