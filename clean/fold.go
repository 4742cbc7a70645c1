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
