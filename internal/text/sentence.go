package text

import "unicode"

// abbreviations are lower-cased words that, followed by a period, do not end a
// sentence. Single letters (initials such as "J. Dupont") are handled apart.
var abbreviations = map[string]bool{
	"m": true, "mm": true, "mme": true, "mmes": true, "mlle": true, "dr": true, "me": true, "pr": true,
	"cf": true, "env": true, "etc": true, "inc": true, "co": true, "corp": true, "ltd": true,
	"n°": true, "no": true, "st": true, "ste": true, "vol": true, "p": true, "ex": true, "av": true,
	"bd": true, "hab": true, "mds": true, "md": true, "mrd": true, "mio": true, "mln": true, "mn": true,
	"janv": true, "févr": true, "fév": true, "avr": true, "juil": true, "sept": true, "oct": true,
	"nov": true, "déc": true, "vs": true, "éd": true, "coll": true, "chap": true, "art": true,
	"jr": true, "sr": true, "mgr": true, "gén": true, "col": true, "cie": true, "cia": true,
}

// IsAbbreviation reports whether the word w (without its period) is an
// abbreviation that does not end a sentence when a period follows it.
func IsAbbreviation(w string) bool {
	return abbreviations[Key(w)]
}

// Sentences splits input[sp.Start:sp.End] into sentences and appends their
// spans to dst. A line break always ends a sentence; ". ", "! ", "? " and "… "
// end one when the next token starts with an upper-case letter, a digit or a
// quotation mark, unless the word before the period is an abbreviation
// ("M.", "Mme.", "Inc.", "S.A.", "J.-C.", "p. ex.") or a single initial
// ("J. Dupont"). Spans are trimmed of white space; empty sentences are
// omitted.
func Sentences(dst []Span, input string, sp Span) []Span {
	toks := Tokenize(nil, input, sp)
	return SentencesFromTokens(dst, input, toks)
}

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
		j := i
		for j+1 < len(toks) && !toks[j+1].SpaceBefore && (toks[j+1].Kind == Quote || isCloser(toks[j+1].Text(input))) {
			j++
		}
		if j+1 < len(toks) && !toks[j+1].Newline && !startsSentence(input, toks[j+1]) {
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
