package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-go/depeche/internal/text"
)

// trie maps sequences of token keys to a value (an index + 1; 0 = none).
type trie struct {
	next map[string]*trie
	val  int32
}

// insert returns the node of keys, creating the path; it leaves the node's
// value alone.
func (t *trie) insert(keys []string) *trie {
	n := t
	for _, k := range keys {
		if n.next == nil {
			n.next = make(map[string]*trie)
		}
		c := n.next[k]
		if c == nil {
			c = &trie{}
			n.next[k] = c
		}
		n = c
	}
	return n
}

// appendTokenKey appends the lookup key of one token to dst: the key of
// internal/text (lower-case, without accents, apostrophes as ', dashes as -),
// without allocating when dst has room.
func appendTokenKey(dst []byte, s string) []byte {
	return text.AppendKey(dst, s)
}

// appendKeyHash appends the key of token s, like appendTokenKey, and
// returns the FNV-1a hash of the appended key: one pass over an ASCII token
// (most of them) instead of three.
func appendKeyHash(dst []byte, s string) ([]byte, uint32) {
	a := len(dst)
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			dst = appendTokenKey(dst[:a], s)
			return dst, fnv32(dst[a:])
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
		h ^= uint32(c)
		h *= 16777619
	}
	return dst, h
}

// phraseKeys tokenizes a rule phrase and returns its token keys (glued
// hyphens dropped, as in matching) and whether each token is capitalised.
func phraseKeys(s string) (keys []string, caps []bool, texts []string) {
	toks := text.Tokenize(nil, s, text.Span{Start: 0, End: len(s)})
	if endsApos(s) {
		// "d'", "L'": tokenize as the elision it is before a word.
		x := s + "x"
		toks = text.Tokenize(nil, x, text.Span{Start: 0, End: len(x)})
		if n := len(toks); n > 0 && toks[n-1].Start == len(s) {
			toks = toks[:n-1]
		}
	}
	for i, t := range toks {
		if isGluedHyphen(s, toks, i) {
			continue
		}
		w := s[t.Start:t.End]
		keys = append(keys, string(appendTokenKey(nil, w)))
		caps = append(caps, startsUpper(w))
		texts = append(texts, normApos(w))
	}
	return keys, caps, texts
}

// normApos replaces typographic apostrophes with ' for exact comparisons.
func normApos(s string) string {
	if !strings.ContainsAny(s, "\u2019\u02BC\u2018") {
		return s
	}
	return strings.NewReplacer("\u2019", "'", "\u02BC", "'", "\u2018", "'").Replace(s)
}

// isGluedHyphen reports whether toks[i] is a dash glued to words on both
// sides ("Saint-Gobain"), which matching ignores.
func isGluedHyphen(s string, toks []text.Token, i int) bool {
	t := toks[i]
	if t.Kind != text.Punct || t.SpaceBefore || i == 0 || i+1 >= len(toks) || toks[i+1].SpaceBefore {
		return false
	}
	w := s[t.Start:t.End]
	return w == "-" || w == "‐" || w == "‑" || w == "–"
}

func startsUpper(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isAllUpper reports whether w has at least one letter and no lower-case
// letter.
func isAllUpper(w string) bool {
	if w != "" && 'a' <= w[0] && w[0] <= 'z' {
		return false
	}
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}
