package clean

import (
	"strings"
	"unicode/utf8"
)

// Repair is one mojibake repair: input[Start:End] is the damaged text and
// Text what it stands for ("Ã©" for "é", "â‚¬" for "€").
type Repair struct {
	Start, End int
	Text       string
}

// Repairs returns, in order, the mojibake repairs that [Normalize] makes in
// s, as replacements of byte spans of s: the stages can read repaired text
// and still report offsets into s. A repair covers the run of non-ASCII
// characters that holds the damage ("Ã©Ã¨" is one repair); a line whose
// repair cannot be placed that way is left out (never a wrong offset). Text
// without mojibake costs one scan and no allocation.
func Repairs(s string) []Repair {
	if !mayHaveMojibake(s) {
		return nil
	}
	var out []Repair
	for start := 0; start < len(s); {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		line := s[start:end]
		if mayHaveMojibake(line) {
			if fixed := repairMojibake(line); fixed != line {
				out = alignRepairs(out, line, fixed, start)
			}
		}
		start = end + 1
	}
	return out
}

// alignRepairs appends the repairs that turn line into fixed, with offsets
// from base. Repair changes only non-ASCII characters (and a space or two
// that stood for a lost byte), so the two lines agree byte for byte outside
// runs of non-ASCII bytes; each pair of differing runs is one repair.
func alignRepairs(out []Repair, line, fixed string, base int) []Repair {
	n := len(out)
	i, j := 0, 0
	for i < len(line) || j < len(fixed) {
		if i < len(line) && j < len(fixed) && line[i] == fixed[j] {
			i, j = i+1, j+1
			continue
		}
		// back to the start of the characters that differ.
		for i > 0 && j > 0 && (!runeStart(line, i) || !runeStart(fixed, j)) {
			i, j = i-1, j-1
		}
		i2, j2 := nonASCIIEnd(line, i), nonASCIIEnd(fixed, j)
		// a lost byte may have become a space ("Ã " for "à", "Â " for a
		// no-break space): take up to two more bytes of the line.
		for k := 0; k < 2 && !agree(line[i2:], fixed[j2:]) && i2 < len(line); k++ {
			i2 = nonASCIIEnd(line, i2+1)
		}
		if !agree(line[i2:], fixed[j2:]) || i2 == i || j2 == j {
			return out[:n] // cannot place this line's repairs: leave it
		}
		if fine, ok := splitRun(out, line[i:i2], fixed[j:j2], base+i); ok {
			out = fine
		} else {
			out = append(out, Repair{Start: base + i, End: base + i2, Text: fixed[j:j2]})
		}
		i, j = i2, j2
	}
	return out
}

// runeStart reports whether i is on a character boundary of s.
func runeStart(s string, i int) bool { return i >= len(s) || utf8.RuneStart(s[i]) }

// splitRun appends one repair per repaired character of a run ("â€™Ã‰"
// for "’É" gives "â€™" → "’" and "Ã‰" → "É"), so that a name that starts
// inside the run maps to its own bytes; ok is false when the run is not one
// layer of Windows-1252 or Latin-1 mojibake (each repaired character's UTF-8
// bytes read as characters), and the caller keeps the run as one repair.
func splitRun(out []Repair, orig, fixed string, base int) ([]Repair, bool) {
	n := len(out)
	i := 0
	var enc [utf8.UTFMax]byte
	for _, fr := range fixed {
		if r, size := utf8.DecodeRuneInString(orig[i:]); r == fr {
			i += size // a character left as it was
			continue
		}
		want := enc[:utf8.EncodeRune(enc[:], fr)]
		start := i
		for _, b := range want {
			r, size := utf8.DecodeRuneInString(orig[i:])
			if got, ok := sloppyByte(r); !ok || got != b || size == 0 {
				return out[:n], false
			}
			i += size
		}
		out = append(out, Repair{Start: base + start, End: base + i, Text: string(fr)})
	}
	if i != len(orig) {
		return out[:n], false
	}
	return out, true
}

// nonASCIIEnd returns the end of the run of non-ASCII bytes at i.
func nonASCIIEnd(s string, i int) int {
	for i < len(s) && s[i] >= utf8.RuneSelf {
		i++
	}
	return i
}

// agree reports whether a and b, two line ends after a repair, start alike:
// both ended, or the same ASCII byte first.
func agree(a, b string) bool {
	if a == "" || b == "" {
		return a == b
	}
	return a[0] == b[0] && a[0] < utf8.RuneSelf
}
