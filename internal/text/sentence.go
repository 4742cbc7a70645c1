package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// abbreviations are the keys (see [Key]) of words that, followed by a period, do not end a
// sentence. Single letters (initials such as "J. Dupont") are handled apart.
var abbreviations = map[string]bool{
	"m": true, "mm": true, "mme": true, "mmes": true, "mlle": true, "dr": true, "me": true, "pr": true,
	"cf": true, "env": true, "etc": true, "inc": true, "co": true, "corp": true, "ltd": true,
	"n°": true, "st": true, "ste": true, "p": true, "ex": true, "av": true, "resp": true,
	"bd": true, "hab": true, "mds": true, "md": true, "mrd": true, "mio": true, "mln": true, "mn": true,
	"janv": true, "fevr": true, "fev": true, "avr": true, "juil": true, "sept": true, "oct": true,
	"nov": true, "dec": true, "vs": true, "ed": true, "coll": true,
	"jr": true, "sr": true, "mgr": true, "gen": true, "cie": true, "cia": true, "ets": true,
	"sa": true, "nv": true, "ag": true, "plc": true, "llc": true, "gmbh": true, "bros": true,
}

// numberAbbreviations end no sentence only when a number follows them ("art.
// 12", "vol. 3", "no. 5"): elsewhere they are ordinary words ("le vol.").
var numberAbbreviations = map[string]bool{
	"art": true, "vol": true, "chap": true, "no": true, "fig": true, "tab": true, "al": true, "ch": true,
}

// units are abbreviations that end a sentence after a number ("12 M. Le
// groupe"): after a number they are units, not titles.
var units = map[string]bool{
	"m": true, "md": true, "mds": true, "mrd": true, "mrds": true, "mio": true, "mln": true, "mn": true, "k": true,
}

// IsAbbreviation reports whether the word w (without its period) is an
// abbreviation that does not end a sentence when a period follows it.
// Dotted initials ("S.A", "U.S") are abbreviations too.
func IsAbbreviation(w string) bool {
	if lookupKey(abbreviations, w) {
		return true
	}
	return isDotted(w)
}

// lookupKey reports m[Key(w)], without allocating for short ASCII words.
func lookupKey(m map[string]bool, w string) bool {
	if len(w) > 24 {
		return m[Key(w)]
	}
	var buf [24]byte
	n := 0
	for i := 0; i < len(w); {
		c := w[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(w[i:])
			base, ok := FoldLatin(r)
			if !ok {
				return m[Key(w)]
			}
			buf[n] = byte(base)
			n++
			i += size
			continue
		}
		switch {
		case c <= ' ' || c == 0x7F:
			return m[Key(w)]
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
		i++
	}
	return m[string(buf[:n])]
}

// isDotted reports whether w is letters separated by single inner periods
// ("S.A", "U.S.A").
func isDotted(w string) bool {
	dots := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '.':
			if i == 0 || i == len(w)-1 || w[i-1] == '.' {
				return false
			}
			dots++
		case c >= utf8.RuneSelf || isASCIILetter(c):
		default:
			return false
		}
	}
	return dots > 0
}

// Sentences splits input[sp.Start:sp.End] into sentences and appends their
// spans (byte offsets into input) to dst. A line break always ends a
// sentence; ".", "!", "?", "…" and "..." end one when white space and then a
// token starting with an upper-case letter, a digit, a quotation mark or a
// dash follow, unless the word before the period is an abbreviation ("M.",
// "Mme.", "Inc.", "S.A.", "etc.", "p. ex.") or a single initial ("J. Dupont",
// "J.-C."). "art.", "vol.", "no." are abbreviations only before a number;
// "M.", "Md.", "k." after a number are units and may end a sentence. Closing
// marks glued to the punctuation, and French closing marks (» ” ›) after a
// space, stay in the sentence; bracketed ellipses "(...)" and "[...]" never
// end one. Spans are trimmed of white space; empty sentences are omitted.
func Sentences(dst []Span, input string, sp Span) []Span {
	sp.Start = max(sp.Start, 0)
	sp.End = min(sp.End, len(input))
	buf := tokenPool.Get().(*[]Token)
	toks := (*buf)[:0]
	// A line break always ends a sentence, so long spans are done in chunks
	// cut after a line feed: the same sentences with a bounded token buffer.
	for start := sp.Start; start < sp.End; {
		cut := sp.End
		if sp.End-start > sentenceChunk {
			if i := strings.LastIndexByte(input[start:start+sentenceChunk], '\n'); i >= 0 {
				cut = start + i + 1
			} else if i := strings.IndexByte(input[start+sentenceChunk:sp.End], '\n'); i >= 0 {
				cut = start + sentenceChunk + i + 1
			}
		}
		toks = Tokenize(toks[:0], input, Span{start, cut})
		dst = SentencesFromTokens(dst, input, toks)
		start = cut
	}
	if cap(toks) <= maxPooledTokens {
		*buf = toks[:0]
		tokenPool.Put(buf)
	}
	return dst
}

// sentenceChunk is the span length above which [Sentences] works in chunks.
const sentenceChunk = 32 << 10

// tokenPool recycles the token buffers of [Sentences]; buffers above
// maxPooledTokens are left to the garbage collector.
var tokenPool = sync.Pool{New: func() any { b := make([]Token, 0, 256); return &b }}

const maxPooledTokens = 1 << 16

// SentencesFromTokens is [Sentences] over tokens already computed by
// [Tokenize].
func SentencesFromTokens(dst []Span, input string, toks []Token) []Span {
	start := -1
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if start >= 0 && t.Newline {
			dst = append(dst, Span{start, toks[i-1].End})
			start = -1
		}
		if start < 0 {
			start = t.Start
		}
		if !endsSentence(input, toks, i) {
			continue
		}
		// closing quotes and brackets glued to the punctuation stay in the sentence.
		// French closing marks (» ” ›) follow it after a space.
		j := i
		for j+1 < len(toks) && !toks[j+1].Newline && isClosing(input, toks[j+1]) {
			j++
		}
		if j+1 < len(toks) && !toks[j+1].Newline && (!toks[j+1].SpaceBefore || !startsSentence(input, toks[j+1])) {
			continue
		}
		dst = append(dst, Span{start, toks[j].End})
		start = -1
		i = j
	}
	if start >= 0 && len(toks) > 0 {
		dst = append(dst, Span{start, toks[len(toks)-1].End})
	}
	return dst
}

func isCloser(s string) bool { return s == ")" || s == "]" }

// isClosing reports whether t closes what the punctuation before it ends: a
// bracket or quotation mark glued to it, or a closing French mark after a
// space.
func isClosing(input string, t Token) bool {
	s := t.Text(input)
	if !t.SpaceBefore {
		return t.Kind == Quote || isCloser(s)
	}
	return s == "»" || s == "”" || s == "›" || s == ">>"
}

// endsSentence reports whether toks[i] is sentence-final punctuation.
func endsSentence(input string, toks []Token, i int) bool {
	t := toks[i]
	s := t.Text(input)
	switch {
	case s == "!" || s == "?":
		return true
	case t.Kind == Ellipsis:
		return s == "…" || s == "..."
	case s != ".":
		return false
	}
	if i == 0 || toks[i-1].End != t.Start {
		return true
	}
	prev := toks[i-1]
	if prev.Kind != Word {
		return true
	}
	w := prev.Text(input)
	if i >= 2 && toks[i-2].Kind == Number && lookupKey(units, w) {
		return true // "12 M." is a unit, not "M. Dupont"
	}
	if lookupKey(numberAbbreviations, w) {
		return i+1 >= len(toks) || toks[i+1].Kind != Number
	}
	if IsAbbreviation(w) {
		return false
	}
	// a single letter: an initial ("J. Dupont") or part of "S.A.", "J.-C.".
	if n := runeCount(w); n == 1 {
		return false
	}
	return true
}

// startsSentence reports whether t can begin a new sentence.
func startsSentence(input string, t Token) bool {
	switch t.Kind {
	case Number, Quote, Ellipsis:
		return true
	}
	r, _ := decode(input, t.Start, t.End)
	return unicode.IsUpper(r) || r == '-' || r == '(' || r == '—' || r == '–' || r == '•'
}

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}
