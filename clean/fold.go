package clean

import "unicode/utf8"

// lowerBytes appends s to dst with ASCII and Latin-1 capitals lowered. Every
// byte keeps its offset: the lowered text has the length of s, so that a
// position found in it is a position in s.
func lowerBytes(dst []byte, s string) []byte {
	n := len(dst)
	if cap(dst)-n < len(s) {
		d := make([]byte, n, n+len(s)+len(s)/4)
		copy(d, dst)
		dst = d
	}
	dst = dst[:n+len(s)]
	out := dst[n:]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			out[i] = c
			continue
		}
		out[i] = c
		if c == 0xC3 && i+1 < len(s) {
			d := s[i+1]
			if 0x80 <= d && d <= 0x9E && d != 0x97 {
				d += 0x20
			}
			out[i+1] = d
			i++
		}
	}
	return dst
}

// appendKey appends the lookup key of s to dst: lower case, Latin accents
// removed, apostrophes as ', dashes as -, every run of white space as one
// space, no space at either end. It stops once the key is longer than limit
// bytes (limit < 0: no limit), so that a caller can tell "longer than
// limit" from the length.
func appendKey(dst []byte, s string, limit int) []byte {
	start := len(dst)
	space := false
	for i := 0; i < len(s); {
		if limit >= 0 && len(dst)-start > limit {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
				space = true
				continue
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c < ' ' || c == 0x7f:
				continue
			}
			if space && len(dst) > start {
				dst = append(dst, ' ')
			}
			space = false
			dst = append(dst, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if isSpaceRune(r) {
			space = true
			continue
		}
		if r == 0xAD || r == 0x200B || r == 0x200C || r == 0x200D || r == 0x2060 || r == 0xFEFF {
			continue
		}
		f := foldRune(r)
		if space && len(dst) > start {
			dst = append(dst, ' ')
		}
		space = false
		dst = utf8.AppendRune(dst, f)
	}
	return dst
}

// foldRune maps r to its key form: accents off, lower case, apostrophes
// and dashes unified.
func foldRune(r rune) rune {
	switch {
	case r == 0x2019 || r == 0x2018 || r == 0x02BC || r == 0x00B4 || r == 0x2032:
		return '\''
	case r >= 0x2010 && r <= 0x2015 || r == 0x2212:
		return '-'
	case r >= 0xC0 && r <= 0x24F:
		if f, ok := latinFold[r]; ok {
			return f
		}
	}
	if 'A' <= r && r <= 'Z' {
		return r + 32
	}
	return r
}

var latinFold = func() map[rune]rune {
	m := map[rune]rune{}
	add := func(base rune, s string) {
		for _, r := range s {
			m[r] = base
		}
	}
	add('a', "ÀÁÂÃÄÅàáâãäå")
	add('c', "Çç")
	add('e', "ÈÉÊËèéêë")
	add('i', "ÌÍÎÏìíîï")
	add('n', "Ññ")
	add('o', "ÒÓÔÕÖØòóôõöø")
	add('u', "ÙÚÛÜùúûü")
	add('y', "ÝŸýÿ")
	m['Œ'], m['œ'] = 'œ', 'œ'
	m['Æ'], m['æ'] = 'æ', 'æ'
	return m
}()

// isSpaceRune reports white space, no-break spaces included.
func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// trimSpace returns the span of s[start:end] without white space (no-break
// spaces included) at either end.
func trimSpan(s string, start, end int) (int, int) {
	for start < end {
		c := s[start]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f' {
				start++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[start:end])
		if !isSpaceRune(r) && r != 0xFEFF && r != 0x200B {
			break
		}
		start += n
	}
	for end > start {
		c := s[end-1]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f' {
				end--
				continue
			}
			break
		}
		r, n := utf8.DecodeLastRuneInString(s[start:end])
		if !isSpaceRune(r) && r != 0xFEFF && r != 0x200B {
			break
		}
		end -= n
	}
	return start, end
}
