package entities

import (
	"iter"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-go/depeche/internal/text"
)

// cand is a candidate mention over tokens [s, e).
type cand struct {
	s, e    int
	nameEnd int // end of the name without a legal suffix
	typ     Type
	entry   int32 // gazetteer entry, -1 for none
	rule    string
	subtype string
	id      string
	weak    bool // kept only when the document confirms it (or as a guess)
	guess   bool // a weak mid-sentence guess, kept unless NoGuess
	place   bool // a guess typed LOC only because "à" or "en" comes before
	// nounish: a one-word subject shaped like a common noun ("Néovance
	// s'envole"), kept when the document shows it so twice and never writes
	// the word in lower case.
	nounish bool
	dead    bool
	group   int
	role    string
	org     string
}

type hit struct {
	end int
	val int32
}

// state is the per-call scratch space, pooled.
type state struct {
	r     *Recognizer
	in    string
	toks  []text.Token
	keys  []byte
	kstr  string // keys as one string: key(i) is a substring, no allocation
	koff  []int32
	gzc   []*trie // gazetteer node of the token's key, if any
	mkc   []*trie // marker node of the token's key, if any
	stopT []bool  // the token's key is a stop word
	start []bool  // capitalisation says nothing here (sentence start)
	upper []bool  // token on an all-caps line
	hy    []bool  // glued hyphen
	cover []int32
	sents []text.Span
	cands []cand
	hits  []hit

	// blockAt, countAt and ampAt list, in order, the tokens that open a stop
	// phrase of several words, the determiners that count a noun ("cette")
	// and the ampersands ("& Co").
	blockAt, countAt, ampAt []int32
	// pharmaAt lists the words of medicines (pharmaWords), in order.
	pharmaAt []int32

	endMask  []uint16        // marker kinds ending at token index
	roleFrom []int32         // start of the longest role ending at index, +1
	roleTo   []int32         // end of the longest role starting at index, +1
	trigAt   []int32         // marker list (+1) of a trigger ending at index
	trigFrom []int32         // start of that trigger, +1
	legalTo  []int32         // end of a legal suffix starting at index, +1
	partTo   []int32         // end of the longest particle starting at index, +1
	startMk  []uint16        // marker kinds starting at index
	sufTo    []int32         // end of an organisation suffix starting at index, +1
	terms    map[string]bool // acronyms the text defines as common terms: "gaz naturel liquéfié (GNL)"

	groups map[gkey]int

	// findDocument and entities scratch, kept between calls.
	parent []int
	order  []int
	strong []bool
	forms  map[string]docForm
	firsts map[string]int
	infos  []groupInfo
	live   []int
}

func (st *state) reset() {
	st.r = nil
	st.in = ""
	st.toks = st.toks[:0]
	st.keys = st.keys[:0]
	st.kstr = ""
	st.gzc = st.gzc[:0]
	st.mkc = st.mkc[:0]
	st.stopT = st.stopT[:0]
	st.blockAt, st.countAt, st.ampAt, st.pharmaAt = st.blockAt[:0], st.countAt[:0], st.ampAt[:0], st.pharmaAt[:0]
	st.koff = st.koff[:0]
	st.start = st.start[:0]
	st.upper = st.upper[:0]
	st.hy = st.hy[:0]
	st.cover = st.cover[:0]
	st.sents = st.sents[:0]
	st.cands = st.cands[:0]
	st.endMask = st.endMask[:0]
	st.roleFrom = st.roleFrom[:0]
	st.roleTo = st.roleTo[:0]
	st.trigAt = st.trigAt[:0]
	st.trigFrom = st.trigFrom[:0]
	st.legalTo = st.legalTo[:0]
	st.partTo = st.partTo[:0]
	st.startMk = st.startMk[:0]
	st.sufTo = st.sufTo[:0]
	clear(st.terms)
	if len(st.groups) > 1024 {
		st.groups = nil
	}
	clear(st.groups)
	if len(st.forms) > 1024 {
		st.forms, st.firsts = nil, nil
	}
	clear(st.forms)
	clear(st.firsts)
	clear(st.infos) // no strings kept alive from the last input
	if cap(st.toks) > 1<<22 {
		*st = state{}
	}
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func (st *state) key(i int) string {
	if i < 0 || i >= len(st.toks) {
		return ""
	}
	return st.kstr[st.koff[i] : st.koff[i+1]-1]
}

func (st *state) tok(i int) string { return st.in[st.toks[i].Start:st.toks[i].End] }

// tokenize tokenizes the spans and computes keys, sentence starts, all-caps
// lines and glued hyphens.
func (st *state) tokenize(spans []Span) {
	in := st.in
	last := 0
	for _, sp := range spans {
		if sp.Start < last {
			sp.Start = last
		}
		if sp.End > len(in) {
			sp.End = len(in)
		}
		if sp.Start >= sp.End {
			continue
		}
		first := len(st.toks)
		st.toks = text.Tokenize(st.toks, in, sp)
		if len(st.toks) > first {
			st.toks[first].Newline = true
			st.sents = text.SentencesFromTokens(st.sents, in, st.toks[first:])
		}
		last = sp.End
	}
	n := len(st.toks)
	st.koff = grow(st.koff, n+1)
	st.gzc = grow(st.gzc, n)
	st.mkc = grow(st.mkc, n)
	st.stopT = grow(st.stopT, n)
	st.start = grow(st.start, n)
	st.upper = grow(st.upper, n)
	st.hy = grow(st.hy, n)
	st.cover = grow(st.cover, n)
	// one pass: keys, lexicon, sentence starts, glued hyphens, all-caps lines.
	si := 0
	line, words, ups := 0, 0, 0
	endLine := func(i int) {
		if words >= 3 && ups*5 >= words*4 {
			for k := line; k < i; k++ {
				st.upper[k] = true
			}
		}
		line, words, ups = i, 0, 0
	}
	for i, t := range st.toks {
		a := len(st.keys)
		st.koff[i] = int32(a)
		w := in[t.Start:t.End]
		var h uint32
		st.keys, h = appendKeyHash(st.keys, w)
		if t.Kind == text.Word || t.Kind == text.Number || t.Kind == text.URL || t.Kind == text.Ticker {
			kb := st.keys[a:]
			if len(kb) > 0 && st.r.maybeLexBytes(kb) {
				if lx, ok := st.r.lexT.getHash(kb, h); ok {
					st.gzc[i], st.mkc[i] = lx.gaz, lx.mk
					st.stopT[i] = lx.stop && t.Kind == text.Word
					if lx.flags != 0 {
						st.noteFlags(i, lx.flags)
					}
				}
			}
		}
		st.keys = append(st.keys, ' ')

		for si < len(st.sents) && st.sents[si].End <= t.Start {
			si++
		}
		if t.Newline || si < len(st.sents) && st.sents[si].Start == t.Start {
			st.start[i] = true
		} else if i > 0 && st.start[i-1] && st.toks[i-1].Kind != text.Word && st.toks[i-1].Kind != text.Number {
			st.start[i] = true // « Nous, (Le, - Les
		} else if i > 0 && st.toks[i-1].Kind == text.Punct && st.toks[i-1].End-st.toks[i-1].Start <= 3 {
			if p := in[st.toks[i-1].Start:st.toks[i-1].End]; p == ":" || p == "•" {
				st.start[i] = true
			} else if p == "." && !t.SpaceBefore && t.Kind == text.Word && i > 1 && st.toks[i-2].Kind == text.Word &&
				utf8.RuneCountInString(in[st.toks[i-2].Start:st.toks[i-2].End]) > 2 {
				st.start[i] = true // "13 millions d'actions.Compte tenu": a sentence glued to the last
			}
		}
		if t.Kind == text.Punct {
			st.hy[i] = isGluedHyphen(in, st.toks, i)
			if t.End-t.Start == 1 && in[t.Start] == '&' {
				st.ampAt = append(st.ampAt, int32(i))
			}
		}

		if t.Newline && i > 0 {
			endLine(i)
		}
		if t.Kind == text.Word {
			words++
			if isAllUpper(w) {
				ups++
			}
		}
	}
	endLine(n)
	st.koff[n] = int32(len(st.keys))
	st.kstr = string(st.keys)
	// acronyms defined after lower-case words are terms, not names.
	for i := 2; i+1 < n; i++ {
		if st.toks[i].Kind != text.Word || st.toks[i-1].Kind != text.Punct || st.tok(i-1) != "(" || st.tok(i+1) != ")" || !isAllUpper(st.tok(i)) {
			continue
		}
		k := i - 1
		for k > 0 && k > i-8 && st.toks[k-1].Kind == text.Word && !startsUpper(st.tok(k-1)) {
			k--
		}
		for s := k; s < i-1; s++ {
			// "le financement des entreprises de taille intermédiaire (ETI)":
			// the words that the initials spell may start after the first.
			if initialsMatch(st, s, i-1, st.tok(i)) {
				if st.terms == nil {
					st.terms = map[string]bool{}
				}
				st.terms[st.key(i)] = true
				break
			}
		}
	}
	// markers.
	st.endMask = grow(st.endMask, n+1)
	st.roleFrom = grow(st.roleFrom, n+1)
	st.roleTo = grow(st.roleTo, n+1)
	st.trigAt = grow(st.trigAt, n+1)
	st.trigFrom = grow(st.trigFrom, n+1)
	st.legalTo = grow(st.legalTo, n+1)
	st.partTo = grow(st.partTo, n+1)
	st.startMk = grow(st.startMk, n+1)
	st.sufTo = grow(st.sufTo, n+1)
	for _, a := range st.ampAt {
		// "& Co", "& Cie": a legal form, though a punctuation mark opens no marker phrase.
		if i := int(a); i+1 < n && (st.key(i+1) == "co" || st.key(i+1) == "cie") && startsUpper(st.tok(i+1)) && !st.toks[i+1].Newline {
			e := i + 2
			if e < n && st.tok(e) == "." && !st.toks[e].SpaceBefore {
				e++
			}
			st.legalTo[i] = int32(e + 1)
			st.startMk[i] |= 1 << markLegal
			st.endMask[e] |= 1 << markLegal
		}
	}
	for i := 0; i < n; i++ {
		if st.mkc[i] == nil {
			continue
		}
		st.hits = st.walk(&st.r.marks, i, st.hits[:0])
		for _, h := range st.hits {
			for _, m := range st.r.markLists[h.val-1] {
				if !st.markCaseOK(m, i, h.end) {
					continue
				}
				st.endMask[h.end] |= 1 << m.kind
				st.startMk[i] |= 1 << m.kind
				switch m.kind {
				case markRole:
					if st.roleFrom[h.end] == 0 {
						st.roleFrom[h.end] = int32(i + 1)
					}
					st.roleTo[i] = int32(h.end + 1)
				case markTrigger:
					st.trigAt[h.end] = h.val
					st.trigFrom[h.end] = int32(i + 1)
				case markParticle:
					st.partTo[i] = int32(h.end + 1)
				case markLegal:
					st.legalTo[i] = int32(h.end + 1)
				case markSuffix:
					st.sufTo[i] = int32(h.end + 1)
				}
			}
		}
	}
}

// noteFlags records the tokens whose key the lexicon flags.
func (st *state) noteFlags(i int, f uint8) {
	if f&lexBlock != 0 {
		st.blockAt = append(st.blockAt, int32(i))
	}
	if f&lexCount != 0 {
		st.countAt = append(st.countAt, int32(i))
	}
	if f&lexPharma != 0 {
		st.pharmaAt = append(st.pharmaAt, int32(i))
	}
}

// markCaseOK: titles, legal forms and exchanges must be capitalised; heads
// unless they say case=any (case=lower heads: in lower case, or capitalised
// at a sentence start).
func (st *state) markCaseOK(m marker, i, end int) bool {
	switch m.kind {
	case markTitle, markExchange, markSuffix:
		return startsUpper(st.tok(i))
	case markLegal:
		// "SA", "AB", "AG" only in capitals; "Inc", "plc", "GmbH" as usual.
		w := st.tok(i)
		switch st.key(i) {
		case "plc", "inc", "ltd", "corp", "gmbh", "spa", "co", "kgaa", "oyj", "limited", "corporation", "holding", "holdings":
			return true
		}
		return isAllUpper(w) || len(w) > 3 && startsUpper(w)
	case markHead:
		if m.lower {
			return !startsUpper(st.tok(i)) || st.start[i]
		}
		return m.anyCase || startsUpper(st.tok(i))
	}
	return true
}

// walk returns the matches of t starting at token i, shortest first.
func (st *state) walk(t *trie, i int, hits []hit) []hit {
	if i >= len(st.toks) {
		return hits
	}
	var n *trie
	switch t {
	case &st.r.gaz:
		n = st.gzc[i]
	case &st.r.marks:
		n = st.mkc[i]
	default:
		n = t.next[st.key(i)]
	}
	if n == nil {
		return hits
	}
	if n.val != 0 {
		hits = append(hits, hit{i + 1, n.val})
	}
	for j := i + 1; j < len(st.toks); j++ {
		if j > i {
			tk := st.toks[j]
			if tk.Newline || tk.Kind == text.Invalid {
				break
			}
			if st.hy[j] {
				continue
			}
		}
		c := n.next[st.kstr[st.koff[j]:st.koff[j+1]-1]]
		if c == nil {
			break
		}
		n = c
		if n.val != 0 {
			hits = append(hits, hit{j + 1, n.val})
		}
	}
	return hits
}

func (st *state) free(s, e int) bool {
	for k := s; k < e; k++ {
		if st.cover[k] != 0 {
			return false
		}
	}
	return true
}

func (st *state) add(c cand) {
	st.cands = append(st.cands, c)
	id := int32(len(st.cands))
	for k := c.s; k < c.e; k++ {
		st.cover[k] = id
	}
}

// capWord reports whether token i is a capitalised word that may start or
// continue a name.
func (st *state) capWord(i int) bool {
	t := st.toks[i]
	w := st.in[t.Start:t.End]
	if t.Kind != text.Word || !startsUpper(w) || utf8.RuneCountInString(w) < 2 || endsApos(w) {
		return false
	}
	return !st.stopT[i]
}

// endsApos reports whether w ends with an apostrophe (an elided article).
func endsApos(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return text.IsApostrophe(r)
}

// glued reports whether token i is glued to the word before it (and so is
// not the start of a name), an elision ("d'Airbus") aside.
func (st *state) glued(i int) bool {
	return i > 0 && !st.toks[i].SpaceBefore && st.toks[i-1].Kind == text.Word && !endsApos(st.tok(i-1))
}

// brokenWord reports whether token i is part of a word cut by an HTML
// entity ("Nestl&eacute;", "SYST&Egrave;MES"): glued to a following "&" or
// to a preceding ";".
func (st *state) brokenWord(i int) bool {
	if i < 0 || i >= len(st.toks) {
		return false
	}
	if i+1 < len(st.toks) && !st.toks[i+1].SpaceBefore && st.entityAt(i+1) {
		return true // "Nestl" before "&eacute;"
	}
	return !st.toks[i].SpaceBefore && st.entityAt(i-1) // "MES" after "&Egrave;", "Egrave" after "&"
}

// entityAt reports whether an HTML entity ("&eacute;") starts at token k or
// ends at token k, glued to its neighbours.
func (st *state) entityAt(k int) bool {
	n := len(st.toks)
	if k < 0 || k >= n {
		return false
	}
	w := st.tok(k)
	switch w {
	case "&":
		return k+2 < n && !st.toks[k+1].SpaceBefore && !st.toks[k+2].SpaceBefore &&
			st.toks[k+1].Kind == text.Word && st.tok(k+2) == ";"
	case ";":
		return k >= 2 && !st.toks[k].SpaceBefore && !st.toks[k-1].SpaceBefore &&
			st.toks[k-1].Kind == text.Word && st.tok(k-2) == "&"
	}
	return false
}

// currencySign reports whether w starts with a currency sign ("€", "$"):
// a name glued to it is a unit ("M€").
func currencySign(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r == '€' || r == '$' || r == '£' || r == '¥' || r == '₣'
}

// pluralDets count a common noun: after them an acronym of the trade that a
// gazetteer also holds ("des ETI", "les PME") is the common noun.
var pluralDets = map[string]bool{"des": true, "les": true, "aux": true, "ces": true, "nos": true, "vos": true,
	"leurs": true, "ses": true, "plusieurs": true, "quelques": true, "nombreuses": true, "nombreux": true,
	"certaines": true, "certains": true, "petites": true, "grandes": true, "moyennes": true}

// scales are the abbreviations of the scale that open a unit glued to a
// currency code: "MdEUR", "MUSD", "kCHF", "MrdEUR".
var scales = map[string]bool{"k": true, "K": true, "M": true, "Md": true, "Mds": true, "Mrd": true, "Mrds": true,
	"Mio": true, "Mios": true, "Mn": true, "Mln": true, "Bn": true, "Mdr": true, "Mdrs": true}

// scaledCurrency reports whether w is a scale glued to a currency code in
// capitals ("MdEUR", "MdsUSD"): a unit after an amount, never a name.
func scaledCurrency(w string) bool {
	if len(w) < 4 || len(w) > 7 {
		return false
	}
	code := w[len(w)-3:]
	for b := 0; b < 3; b++ {
		if code[b] < 'A' || code[b] > 'Z' {
			return false
		}
	}
	return scales[w[:len(w)-3]]
}

// isoCodes are the currency codes that make a scale glued to them a unit
// even with no amount before it ("en MdsUSD", "exprimés en MEUR"); other
// capitals after a scale letter are names ("KPMG", "MSCI").
var isoCodes = map[string]bool{"EUR": true, "USD": true, "GBP": true, "CHF": true, "JPY": true, "CNY": true,
	"CAD": true, "AUD": true, "HKD": true, "SEK": true, "NOK": true, "DKK": true, "MAD": true, "XOF": true,
	"XAF": true, "TND": true, "DZD": true, "BRL": true, "INR": true, "KRW": true, "RUB": true, "ZAR": true}

// articleOnly reports whether token i is a one-word gazetteer name that
// counts only after an article (article=yes) and did not get one: it is
// no name to guess either ("Var." heading a column).
func (st *state) articleOnly(i int) bool {
	n := st.gzc[i]
	if n == nil || n.val == 0 {
		return false
	}
	for _, fi := range st.r.formLists[n.val-1] {
		if f := &st.r.forms[fi]; len(f.texts) == 1 && st.r.entries[f.entry].article {
			return true
		}
	}
	return false
}

// innerCapital reports whether w has a capital letter after a lower-case one
// ("BigQuery", "iPhone", "PowerPoint"): the shape of a brand, not of a place.
func innerCapital(w string) bool {
	lower := false
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r):
			if lower {
				return true
			}
		default:
			lower = false // "Saint-Étienne", "L'Isle": a new word
		}
	}
	return false
}

// lettersOnly reports whether w is made of letters only.
func lettersOnly(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// ---------------------------------------------------------------- codes

func (st *state) findCodes() {
	n := len(st.toks)
	for i := 0; i < n; i++ {
		t := st.toks[i]
		w := st.tok(i)
		switch {
		case t.Kind == text.Word && len(w) == 12 && ValidISIN(w):
			st.add(cand{s: i, e: i + 1, nameEnd: i + 1, typ: ISIN, entry: -1, rule: "isin", id: w})
		case (t.Kind == text.Word || t.Kind == text.Number) && len(w) <= 20 && len(w) >= 4 && (w[0] >= '0' && w[0] <= '9' || w[0] >= 'A' && w[0] <= 'Z') && st.leiAt(i) > 0:
			j := st.leiAt(i)
			st.add(cand{s: i, e: j, nameEnd: j, typ: LEI, entry: -1, rule: "lei", id: st.in[t.Start:st.toks[j-1].End]})
			i = j - 1
		case st.startMk[i]&(1<<markExchange) != 0:
			// EXCHANGE ":" CODE
			st.hits = st.walk(&st.r.marks, i, st.hits[:0])
			for h := len(st.hits) - 1; h >= 0; h-- {
				k := st.hits[h].end
				if !hasMark(st.r.markLists[st.hits[h].val-1], markExchange) {
					continue
				}
				glued := k+1 < n && !st.toks[k].SpaceBefore && (!st.toks[k+1].SpaceBefore || i > 0 && st.tok(i-1) == "(")
				if glued && st.tok(k) == ":" && !st.toks[k+1].Newline && isCode(st, k+1) && st.free(i, k+2) {
					st.add(cand{s: i, e: k + 2, nameEnd: k + 2, typ: TICKER, entry: -1, rule: "ticker-exchange"})
					i = k + 1
					break
				}
			}
		case t.Kind == text.Ticker && i > 0 && st.tok(i-1) == "(" && i+1 < n && (st.tok(i+1) == ")" || st.tok(i+1) == "," || st.tok(i+1) == ";"):
			if st.cover[i] == 0 {
				st.add(cand{s: i, e: i + 1, nameEnd: i + 1, typ: TICKER, entry: -1, rule: "ticker-parenthesis"})
			}
		case t.Kind == text.Word && t.End-t.Start >= 2 && t.End-t.Start <= 6 && st.in[t.Start+1] >= 'A' && st.in[t.Start+1] <= 'Z' &&
			i > 0 && st.cover[i] == 0 && isCode(st, i) && st.mnemonicAt(i):
			st.add(cand{s: i, e: i + 1, nameEnd: i + 1, typ: TICKER, entry: -1, rule: "ticker-mnemonic"})
		}
	}
}

// mnemonicWord reports whether k introduces a stock's code ("code
// mnémonique : ALHYD") or names a market of small caps whose codes follow
// it ("Euronext Growth : ALHYD").
func mnemonicWord(k string) bool {
	switch k {
	case "mnemonique", "mnemo", "ticker", "symbole", "growth", "access", "alternext":
		return true
	}
	return false
}

// mnemonicAt reports whether the code at token i is a stock's code by its
// context: after "mnémonique", "mnémo", "ticker" or a growth market
// ("Euronext Growth : ALHYD", "Euronext Growth Paris ALHYD"), with or without
// a colon; next to an ISIN in parentheses ("(ALHYD - FR001400QX56)",
// "(FR0000120271, MC)"); or alone in parentheses when it has the shape of a
// Euronext Growth code, "AL" and two to four capitals ("(ALDEV)"), unless it
// is the acronym of the name before it.
func (st *state) mnemonicAt(i int) bool {
	n := len(st.toks)
	p := i - 1
	if st.tok(p) == ":" && p > 0 {
		p--
	}
	if k := st.key(p); mnemonicWord(k) || k == "paris" && p > 0 && mnemonicWord(st.key(p-1)) {
		return !st.toks[i].Newline && isAllUpper(st.tok(i))
	}
	sep := func(k int) bool {
		switch st.tok(k) {
		case "-", "–", ",", "/", ";", "|":
			return true
		}
		return false
	}
	isin := func(k int) bool { return k >= 0 && k < n && len(st.tok(k)) == 12 && ValidISIN(st.tok(k)) }
	closes := func(k int) bool { return k < n && st.tok(k) == ")" }
	if st.tok(i-1) == "(" {
		if i+3 < n && sep(i+1) && isin(i+2) && closes(i+3) {
			return true // (ALHYD - FR001400QX56)
		}
		if closes(i+1) && growthCode(st.tok(i)) && i >= 2 && startsUpper(st.tok(i-2)) {
			// after a name; "Accord de libre-échange nord-américain (ALENA)": an acronym.
			k := i - 1
			for s := k - 1; s >= 0 && k-s <= 8 && (st.toks[s].Kind != text.Punct || st.hy[s]) && !st.toks[s+1].Newline; s-- {
				if initialsMatch(st, s, k, st.tok(i)) {
					return false
				}
			}
			return true
		}
		return false
	}
	return i >= 3 && sep(i-1) && isin(i-2) && st.tok(i-3) == "(" && closes(i+1) // (FR001400QX56 - ALHYD)
}

// growthCode reports whether w has the shape of a Euronext Growth Paris code:
// "AL" and two to four capitals ("ALDEV", "ALHYD").
func growthCode(w string) bool {
	if len(w) < 4 || len(w) > 6 || w[0] != 'A' || w[1] != 'L' {
		return false
	}
	for b := 2; b < len(w); b++ {
		if w[b] < 'A' || w[b] > 'Z' {
			return false
		}
	}
	return true
}

func hasMark(ms []marker, k markKind) bool {
	for _, m := range ms {
		if m.kind == k {
			return true
		}
	}
	return false
}

// isCode reports whether token i is a stock code: a dotted code or 1 to 6
// upper-case letters and digits starting with a letter.
func isCode(st *state, i int) bool {
	t := st.toks[i]
	if t.Kind == text.Ticker {
		return true
	}
	w := st.tok(i)
	if t.Kind != text.Word || len(w) > 6 {
		return false
	}
	for j := 0; j < len(w); j++ {
		c := w[j]
		if !('A' <= c && c <= 'Z' || j > 0 && '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// ---------------------------------------------------------------- patterns

func (st *state) addPatternMatches(p *rule, base int, locs [][2]int) {
	for _, l := range locs {
		a, b := base+l[0], base+l[1]
		if a >= b {
			continue
		}
		// align on tokens.
		s := sort.Search(len(st.toks), func(k int) bool { return st.toks[k].Start >= a })
		if s >= len(st.toks) || st.toks[s].Start != a {
			continue
		}
		e := s
		for e < len(st.toks) && st.toks[e].End <= b {
			e++
		}
		if e == s || st.toks[e-1].End != b || !st.free(s, e) {
			continue
		}
		c := cand{s: s, e: e, nameEnd: e, typ: p.typ, entry: -1, rule: "pattern:" + p.name,
			subtype: p.attr("subtype")}
		if v := p.attr("id"); v != "" {
			c.id = v
		}
		st.add(c)
	}
}

// ---------------------------------------------------------------- gazetteer

// formOK checks the case policy of form f over tokens [i, end).
func (st *state) formOK(f *form, i, end int) bool {
	e := &st.r.entries[f.entry]
	k := 0
	for j := i; j < end; j++ {
		if j > i && st.hy[j] {
			continue
		}
		if k >= len(f.texts) {
			return false
		}
		w := st.tok(j)
		switch {
		case e.exact:
			if normApos(w) != f.texts[k] {
				return false
			}
		case e.anyCase:
			// case=any before the all-caps policy of short acronyms: "(awp)".
		case f.upper == 2:
			if !isAllUpper(w) {
				return false
			}
		case f.upper == 3:
			if !isAllUpper(w) && (st.start[j] || !startsUpper(w)) {
				return false
			}
		case f.caps[k] && !startsUpper(w):
			if !(k == 0 && len(f.texts) >= 3 && f.nCaps >= 2 && !f.article) {
				return false
			}
		}
		k++
	}
	if e.article {
		// "dans le Var", "l'Aube": the article, whatever its case ("Le Var").
		p := i - 1
		return p >= 0 && contractions[st.key(p)] && !st.toks[i].Newline
	}
	if f.stripped && len(f.texts) == 1 {
		p := i - 1
		if p > 0 && st.toks[p].Kind == text.Quote {
			p-- // au « Monde »
		}
		return p >= 0 && contractions[st.key(p)] && !startsUpper(st.tok(p))
	}
	return true
}

// heads yields the head markers of the marker phrases that start at token i,
// each with the end of its phrase, longest phrase first. Heads whose case
// does not fit the text ("Bourse" needs a capital unless case=any) are left
// out. headMatch and complementHead try them in this order.
func (st *state) heads(i int) iter.Seq2[int, *marker] {
	return func(yield func(int, *marker) bool) {
		if st.startMk[i]&(1<<markHead) == 0 {
			return
		}
		var hits [4]hit
		hs := st.walk(&st.r.marks, i, hits[:0])
		for h := len(hs) - 1; h >= 0; h-- {
			ms := st.r.markLists[hs[h].val-1]
			for mi := range ms {
				m := &ms[mi]
				if m.kind == markHead && st.markCaseOK(*m, i, hs[h].end) && !yield(hs[h].end, m) {
					return
				}
			}
		}
	}
}

// headMatch finds "HEAD [particle] Name" at i ("Bourse de Paris", "Banque
// Scotia") and returns its end and marker.
func (st *state) headMatch(i int) (int, *marker) {
	if st.startMk[i]&(1<<markHead) == 0 {
		return 0, nil
	}
	if i > 0 && st.toks[i].SpaceBefore && !st.toks[i].Newline && st.capWord(i-1) && st.cover[i-1] == 0 && !st.start[i-1] {
		return 0, nil // "Atlas Ciments Réunis": the head is inside a longer name
	}
	for k, m := range st.heads(i) {
		if k >= len(st.toks) || st.toks[k].Newline {
			continue
		}
		// particle?
		p := k
		var ph [4]hit
		for _, x := range st.walk(&st.r.marks, k, ph[:0]) {
			if hasMark(st.r.markLists[x.val-1], markParticle) {
				p = x.end
			}
		}
		if p == k && !startsUpper(st.tok(i)) {
			continue // a lower-case head needs "de X"
		}
		if p >= len(st.toks) || st.toks[p].Newline || !st.free(p, p+1) {
			continue
		}
		// a gazetteer name or a capitalised run.
		end := st.gazNameEnd(p)
		if end > 0 && p == k && end < len(st.toks) && !st.toks[end].Newline && st.toks[end].SpaceBefore && st.cover[end] == 0 &&
			!st.brokenWord(end) && (st.capWord(end) || st.sufTo[end] != 0 && startsUpper(st.tok(end))) {
			end = st.capRun(end) // "Groupe Orléans Immobilier": the name goes on after the place
		}
		if end == 0 && st.capWord(p) {
			end = st.capRun(p)
		}
		if end == 0 && p > k {
			end, _ = st.complementName(p) // "Laboratoires du Sud"
		}
		if end > 0 && p == k && end < len(st.toks) {
			// "Caisse Nationale de Réassurance": the direct name goes on.
			if q := st.particleAfter(end); q > 0 && st.free(end, q+1) {
				if e2 := st.nameAt(q); e2 > 0 {
					end = e2
				}
			}
		}
		if end > 0 && m.complement == 1 && st.free(i, end) {
			end = st.pourTail(end) // "Institut de Kiel pour l'économie mondiale"
		}
		if end > 0 && st.free(i, end) {
			return end, m
		}
	}
	return 0, nil
}

// gazNameEnd returns the end of the longest gazetteer name at token p
// written as one of its forms ("du Maroc"; not "du temps" for Le Temps), or
// 0.
func (st *state) gazNameEnd(p int) int {
	end := 0
	var gh [8]hit
	for _, x := range st.walk(&st.r.gaz, p, gh[:0]) {
		for _, fi := range st.r.formLists[x.val-1] {
			if st.formOK(&st.r.forms[fi], p, x.end) {
				end = x.end
				break
			}
		}
	}
	return end
}

// capRun returns the end of the run of capitalised words starting at i.
func (st *state) capRun(i int) int {
	j := i + 1
	for j < len(st.toks) && j-i < maxNameTokens && !st.toks[j].Newline && st.cover[j] == 0 {
		if st.hy[j] && j+1 < len(st.toks) && st.toks[j+1].Kind == text.Word && st.cover[j+1] == 0 {
			if endsApos(st.tok(j + 1)) {
				// "Gonfreville-l'Orcher", "Villeneuve-d'Ascq": an elided
				// article inside a name goes with the capitalised word glued to it.
				if j+2 >= len(st.toks) || st.toks[j+2].SpaceBefore || st.cover[j+2] != 0 || !st.capWord(j+2) {
					break
				}
				j += 3
				continue
			}
			j += 2
			continue
		}
		if st.tok(j) == "&" && j+1 < len(st.toks) && st.capWord(j+1) && st.cover[j+1] == 0 && !st.toks[j+1].Newline && !st.brokenWord(j+1) && !(j+2 < len(st.toks) && st.tok(j+2) == ";") {
			j += 2
			continue
		}
		if st.stopT[j] && st.sufTo[j] != 0 && st.toks[j].SpaceBefore && startsUpper(st.tok(j)) && !st.brokenWord(j) {
			j = int(st.sufTo[j] - 1) // "Boréalis Conseil": a generic word ends the name
			continue
		}
		if st.capWord(j) && st.toks[j].SpaceBefore && st.legalTo[j] == 0 && !st.brokenWord(j) {
			if st.r.first[st.key(j)] && j+1 < len(st.toks) && st.toks[j+1].SpaceBefore && st.capWord(j+1) {
				break // "TotalEnergies Patrick Pouyanné": a first name starts a new name
			}
			j++
			continue
		}
		break
	}
	return j
}

// maxNameTokens bounds the tokens of one name found by the heuristics, so
// that a run of capitals costs linear time.
const maxNameTokens = 16

func (st *state) findGazetteer() {
	r := st.r
	n := len(st.toks)
	blocks := st.blockAt
	for i := 0; i < n; {
		t := st.toks[i]
		if st.cover[i] != 0 || (t.Kind != text.Word && t.Kind != text.Number && t.Kind != text.URL) {
			i++
			continue
		}
		best, bestForm := 0, int32(-1)
		blocked := 0
		for len(blocks) > 0 && int(blocks[0]) < i {
			blocks = blocks[1:]
		}
		if len(blocks) > 0 && int(blocks[0]) == i && startsUpper(st.tok(i)) {
			for _, x := range st.walk(&r.blocks, i, st.hits[:0]) {
				if st.free(i, x.end) {
					blocked = x.end
				}
			}
		}
		if st.gzc[i] != nil {
			st.hits = st.walk(&r.gaz, i, st.hits[:0])
			for h := len(st.hits) - 1; h >= 0 && bestForm < 0; h-- {
				end := st.hits[h].end
				if !st.free(i, end) || end < n && !st.toks[end].SpaceBefore && (st.toks[end].Kind == text.Word || currencySign(st.tok(end))) {
					continue // "Total" in "TotalEnergies", "2 M" in "2 M€"
				}
				if i > 0 && st.hy[i-1] || end < n && st.hy[end] {
					continue // "Lafarge" in "Poupart-Lafarge"
				}
				if st.brokenWord(i) || st.brokenWord(end-1) {
					continue // "MES" in "SYST&Egrave;MES"
				}
				for _, fi := range r.formLists[st.hits[h].val-1] {
					if (bestForm < 0 || r.entries[r.forms[fi].entry].prio > r.entries[r.forms[bestForm].entry].prio) && st.formOK(&r.forms[fi], i, end) {
						best, bestForm = end, fi
					}
				}
				if fl := r.formLists[st.hits[h].val-1]; bestForm >= 0 && len(fl) > 1 {
					bestForm = st.placeOrPaper(fl, bestForm, i, end)
				}
			}
		}
		hend, hm := st.headMatch(i)
		if cend, cm := st.complementHead(i); cm != nil && cend > hend {
			hend, hm = cend, cm
		}
		if blocked > best && blocked >= hend {
			// a stop phrase: a dead candidate holds its tokens.
			st.add(cand{s: i, e: blocked, nameEnd: blocked, entry: -1, rule: "stop", dead: true})
			i = blocked
			continue
		}
		switch {
		case hm != nil && hend > best:
			c := cand{s: i, e: hend, nameEnd: hend, typ: hm.typ, entry: -1, rule: "head:" + hm.name, subtype: hm.subtype}
			st.extendLegal(&c)
			st.add(c)
			i = c.e
			continue
		case bestForm < 0:
			i++
			continue
		}
		s := i
		f := &r.forms[bestForm]
		if best > i+1 && !f.caps[0] && !startsUpper(st.tok(i)) {
			// "indice CAC 40": the type word is not part of the mention when
			// the rest names the same entity.
			for _, x := range st.walk(&r.gaz, i+1, nil) {
				if x.end != best {
					continue
				}
				for _, fi := range r.formLists[x.val-1] {
					if s == i && st.formOK(&r.forms[fi], i+1, best) && (r.forms[fi].entry == f.entry || st.trigAt[i+1] != 0) {
						s = i + 1
						bestForm = fi
					}
				}
			}
		}
		f = &r.forms[bestForm]
		e := &r.entries[f.entry]
		if e.typ == MEDIA && f.article && st.start[s] && best > s+1 && st.placeAt(s+1, best) && !st.mediaCue(s, best) {
			i++ // "L'Alsace a perdu 3 000 emplois": the region, the article opening the sentence
			continue
		}
		if best == s+1 && r.common[st.key(s)] && s > 0 && st.capWord(s-1) && st.cover[s-1] == 0 &&
			!st.toks[s-1].Newline && st.toks[s].SpaceBefore {
			i++ // "Amber Capital": part of a longer name
			continue
		}
		c := cand{s: s, e: best, nameEnd: best, typ: e.typ, entry: f.entry, rule: "gazetteer", subtype: e.subtype, id: e.id}
		if e.typ != PER && startsUpper(st.tok(s)) && (st.endMask[s]&(1<<markTitle) != 0 || best == s+1 && e.typ == ORG && lettersOnly(st.tok(s)) && st.personTrigger(s)) {
			i++ // "M. Garnier", "la famille Thomson": a person, not the brand
			continue
		}
		if best == i+1 && e.typ != PER && i > 0 && !st.toks[i].Newline && st.cover[i-1] == 0 &&
			st.toks[i-1].Kind == text.Word && startsUpper(st.tok(i-1)) && r.first[st.key(i-1)] && st.toks[i].SpaceBefore {
			i++ // "Vincent Bolloré": a person, not the group
			continue
		}
		if best == i+1 && st.start[i] && r.common[st.key(i)] {
			c.weak = true
		}
		if e.typ == MEDIA && st.mediaAsCompany(s, best) {
			c.typ, c.subtype = ORG, "company" // "la banque en ligne Boursorama", "X revendique 6 millions de clients"
		}
		if best == s+1 && st.stopT[s] && isAllUpper(st.tok(s)) && (s > 0 && (pluralDets[st.key(s-1)] || countDets[st.key(s-1)]) || st.terms[st.key(s)]) {
			// "le financement des ETI", "chaque ETI", "entreprises de taille
			// intermédiaire (ETI)": an acronym of the trade, not Ecobank's "ETI".
			i++
			continue
		}
		if e.typ == PRODUCT {
			k := st.modelTail(c.e)
			if k == c.e && k < n && !st.start[c.s] && st.capWord(k) && st.toks[k].SpaceBefore && !st.toks[k].Newline && !st.brokenWord(k) &&
				lettersOnly(st.tok(k)) && !isAllUpper(st.tok(k)) && r.gaz.next[st.key(k)] == nil && r.marks.next[st.key(k)] == nil &&
				(k+1 >= n || !st.capWord(k+1) || st.toks[k+1].Newline) && !r.first[st.key(k)] {
				// "Assassin's Creed Shadows": a title of the series, a model
				// of the family; its version may follow ("Forza Horizon 6").
				k = st.modelTail(k + 1)
			}
			if k > c.e || f.variant {
				// "iPhone 16 Pro", "A320neo": another model, named by the document.
				c = cand{s: c.s, e: max(k, c.e), nameEnd: max(k, c.e), typ: PRODUCT, entry: -1, rule: "gazetteer-model", subtype: e.subtype}
			}
		}
		if e.typ == ORG {
			// "Natixis Securities", "Bouygues Construction": another organisation.
			k := c.e
			for k < n && st.sufTo[k] != 0 && !st.toks[k].Newline && st.free(k, int(st.sufTo[k]-1)) {
				k = int(st.sufTo[k] - 1)
			}
			if k > c.e {
				c = cand{s: c.s, e: k, nameEnd: k, typ: ORG, entry: -1, rule: "org-suffix", subtype: e.subtype}
			} else if k < n && !st.start[c.s] && st.capWord(k) && st.toks[k].SpaceBefore && !st.toks[k].Newline && !st.brokenWord(k) &&
				lettersOnly(st.tok(k)) && !isAllUpper(st.tok(k)) && r.gaz.next[st.key(k)] == nil && r.marks.next[st.key(k)] == nil &&
				(k+1 >= n || !st.capWord(k+1) || st.toks[k+1].Newline) && !r.first[st.key(c.e-1)] {
				// "Google Shopping", "Microsoft Teams": a product of the brand.
				c = cand{s: c.s, e: k + 1, nameEnd: k + 1, typ: PRODUCT, entry: -1, rule: "brand-product"}
				if e := st.modelTail(c.e); e > c.e {
					c.e, c.nameEnd = e, e // "Mistral Large 3"
				}
			}
			st.extendLegal(&c)
		}
		st.add(c)
		i = c.e
	}
}

// placeOrPaper chooses between a newspaper and a place of the same name
// ("Sud-Ouest", "Provence"): the paper after a source cue ("selon Sud
// Ouest", "a confié à") or without an article, else the place ("les communes
// du Sud-Ouest"). It returns best unless forms hold the other of the two
// types, written right over [i, end).
func (st *state) placeOrPaper(forms []int32, best int32, i, end int) int32 {
	r := st.r
	bt := r.entries[r.forms[best].entry].typ
	if bt != MEDIA && bt != LOC {
		return best
	}
	alt := int32(-1)
	for _, fi := range forms {
		if t := r.entries[r.forms[fi].entry].typ; t != bt && (t == MEDIA || t == LOC) && st.formOK(&r.forms[fi], i, end) {
			alt = fi
			break
		}
	}
	if alt < 0 {
		return best
	}
	want := LOC
	if st.mediaCue(i, end) || i == 0 || !contractions[st.key(i-1)] && st.key(i-1) != "en" {
		want = MEDIA
	}
	if bt == want {
		return best
	}
	return alt
}

// placeAt reports whether a place of the gazetteer is written over [s, e).
func (st *state) placeAt(s, e int) bool {
	var hs [8]hit
	for _, x := range st.walk(&st.r.gaz, s, hs[:0]) {
		if x.end != e {
			continue
		}
		for _, fi := range st.r.formLists[x.val-1] {
			if f := &st.r.forms[fi]; st.r.entries[f.entry].typ == LOC && st.formOK(f, s, e) {
				return true
			}
		}
	}
	return false
}

// ownFigures are the nouns that, after a possessive or as "clients", make
// the subject of a sentence a business that reports them.
var ownFigures = map[string]bool{"resultats": true, "resultat": true, "benefice": true, "chiffre": true,
	"revenus": true, "encours": true, "comptes": true, "pertes": true, "perte": true, "marge": true, "dividende": true}

// mediaAsCompany reports whether the outlet the gazetteer finds at [i, e)
// acts as a company: after a company trigger noun ("la banque en ligne
// Boursorama") or as the subject of a sentence about its own business ("X
// a gagné 500 000 clients", "X a publié ses résultats"), not after a source
// cue ("selon X"). Outlets that are also companies take the type ORG there.
func (st *state) mediaAsCompany(i, e int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if mediaBefore[st.key(k)] || st.key(k) == "agence" {
			return false // "selon X", "rapporte l'agence X": the outlet
		}
	}
	// a company noun, its modifiers between ("la banque en ligne X"); the
	// same walk as triggered, without building a rule name.
	for k, skipped := i, 0; k > 0 && skipped <= 3; k, skipped = k-1, skipped+1 {
		if v := st.trigAt[k]; v != 0 {
			for _, m := range st.r.markLists[v-1] {
				if m.kind == markTrigger && m.typ == ORG && m.subtype != "" && skipped <= m.skip {
					return true
				}
			}
		}
		if st.toks[k-1].Kind != text.Word || st.toks[k].Newline || ofWords[st.key(k-1)] {
			break // "maison mère de X": X is the noun's complement
		}
	}
	if e >= len(st.toks) || st.toks[e].Newline {
		return false
	}
	if k := st.key(e); k != "a" && k != "ont" && st.startMk[e]&(1<<markVerb) == 0 {
		return false // a subject: "X a gagné", "X publie"
	}
	for k := e + 1; k < len(st.toks) && k < e+25 && !st.start[k]; k++ {
		switch kk := st.key(k); {
		case kk == "clients":
			return true
		case ownFigures[kk] && possessives[st.key(k-1)]:
			return true
		}
	}
	return false
}

// mediaBefore are the words that make the name after them a source: "selon
// X", "d'après", "cité par", "a confié à X", "dans une interview à".
var mediaBefore = map[string]bool{"selon": true, "apres": true, "rapporte": true, "rapportent": true, "rapportait": true,
	"cite": true, "citee": true, "cites": true, "citees": true, "interroge": true, "interrogee": true, "confie": true,
	"declare": true, "indique": true, "explique": true, "precise": true, "assure": true, "affirme": true,
	"interview": true, "entretien": true, "accorde": true, "accordee": true, "colonnes": true, "quotidien": true,
	"journal": true, "hebdomadaire": true, "lecteurs": true, "redaction": true, "ecrit": true, "revele": true}

// mediaAfter are the verbs that make the name before them a source: "X
// révèle que".
var mediaAfter = map[string]bool{"revele": true, "rapporte": true, "ecrit": true, "affirme": true, "indique": true,
	"publie": true, "precise": true, "assure": true, "raconte": true, "titre": true}

// mediaCue reports whether a source cue comes before [i, end) (up to three
// words back, over articles and "à") or a source verb right after it.
func (st *state) mediaCue(i, end int) bool {
	for p, words := i-1, 0; p >= 0 && words < 3 && !st.toks[p+1].Newline; p-- {
		k := st.key(p)
		if mediaBefore[k] {
			return true
		}
		if st.toks[p].Kind != text.Word {
			return false
		}
		if !contractions[k] && k != "a" && k != "une" && k != "un" && k != "par" && k != "dans" {
			words++
		}
	}
	return end < len(st.toks) && !st.toks[end].Newline && mediaAfter[st.key(end)]
}

// joinKey returns the key of tokens [s, e): their keys joined by spaces (a
// substring of the key buffer, no allocation).
func (st *state) joinKey(s, e int) string {
	if e <= s {
		return ""
	}
	return st.kstr[st.koff[s] : st.koff[e]-1]
}

// extendLegal extends an organisation over a legal suffix that follows it.
func (st *state) extendLegal(c *cand) {
	if c.e < len(st.toks) && st.legalTo[c.e] != 0 && !st.toks[c.e].Newline {
		end := int(st.legalTo[c.e] - 1)
		if st.free(c.e, end) {
			c.nameEnd = c.e
			if st.tok(c.e) == "&" {
				c.nameEnd = end // "Kerdalia & Co": the firm's name, not a legal form
			}
			c.e = end
		}
	}
}

// ---------------------------------------------------------------- heuristics

// breakWords end the modifiers between a trigger noun and its name.
var breakWords = map[string]bool{
	"a": true, "ont": true, "est": true, "sont": true, "etait": true, "sera": true, "avait": true,
	"que": true, "qui": true, "et": true, "ou": true, "mais": true, "dont": true, "avec": true,
	"pour": true, "par": true, "sur": true, "dans": true, "au": true, "aux": true,
	"le": true, "la": true, "les": true, "l'": true, "un": true, "une": true, "ce": true, "cette": true,
	"se": true, "s'": true, "ne": true, "n'": true, "il": true, "elle": true, "y": true, "en": true,
	"son": true, "sa": true, "ses": true, "leur": true, "qu'": true, "pas": true, "plus": true,
}

var determiners = map[string]bool{"le": true, "la": true, "l'": true, "son": true, "sa": true, "leur": true, "notre": true, "ancien": true, "ancienne": true, "nouveau": true, "nouvelle": true, "actuel": true, "actuelle": true}

var ofWords = map[string]bool{"de": true, "du": true, "d'": true, "des": true, "chez": true}

func (st *state) findChunks() {
	r := st.r
	n := len(st.toks)
	hyTried := -1
	for i := 0; i < n; i++ {
		if st.cover[i] != 0 || !st.capWord(i) {
			continue
		}
		if st.glued(i) || st.brokenWord(i) {
			continue
		}
		if i >= 2 && i != hyTried && st.hy[i-1] && st.cover[i-2] == 0 && st.stopT[i-2] && isAllUpper(st.tok(i-2)) && lettersOnly(st.tok(i-2)) &&
			!st.glued(i-2) && !st.toks[i-1].Newline && !isAllUpper(st.tok(i)) && !(i+1 < n && st.hy[i+1]) {
			hyTried = i // once: a name refused below resumes after the hyphen
			i -= 2      // "SUD-Rail": a stop word in capitals glued by a hyphen opens the name
		}
		j := st.capRun(i)
		c := cand{s: i, e: j, nameEnd: j, entry: -1}
		allUp := true
		for k := i; k < j; k++ {
			if st.toks[k].Kind == text.Word && !isAllUpper(st.tok(k)) {
				allUp = false
			}
		}
		single := j == i+1
		if single && (scaledCurrency(st.tok(i)) && (i > 0 && st.toks[i-1].Kind == text.Number || isoCodes[st.tok(i)[len(st.tok(i))-3:]]) || st.articleOnly(i)) {
			continue // "4,1 MdEUR": a unit; "Var." heading a column: a place only after an article
		}
		if st.planTitle(i, j) {
			i = j // «Cap 2029», "le plan Horizon 2028": the title of a plan, no entity
			continue
		}
		code := false
		if e := st.modelCode(i); single && e > 0 && !st.upper[i] {
			// "l'électrolyseur HX-500", "des ZR750": the code of a model, typed
			// by the rules below or else guessed.
			code, j = true, e
			c.e, c.nameEnd = e, e
		}
		personal := false
		switch {
		case st.endMask[i]&(1<<markTitle) != 0:
			c.typ, c.rule, personal = PER, "title", true
		case r.first[st.key(i)] && (!single && !(st.hy[i+1] && j == i+3) || single && st.particleAfter(j) > 0 && st.capWord(st.particleAfter(j))):
			c.typ, c.rule, personal = PER, "first-name", true
		case st.legalTo[j] != 0 && !st.toks[j].Newline && !allUp || st.legalTo[j] != 0 && !st.upper[i]:
			c.typ, c.rule = ORG, "legal-suffix"
		case st.cued(i, j, &c):
		case st.triggered(i, j, &c):
		case st.listed(i, j, &c):
		case st.apposed(i, j, &c):
		case single && st.startMk[i]&(1<<markHead) != 0 && !st.complementAt(j):
			continue // a lone head noun ("des Ressources Humaines") is no name
		case st.endingAt(i, j, single && !allUp, &c):
		case j+1 < n && st.tok(j) == "(" && st.cover[j+1] != 0 && st.cands[st.cover[j+1]-1].typ == TICKER:
			c.typ, c.rule = ORG, "ticker-context"
		case code:
			c.typ, c.rule, c.weak, c.guess = PRODUCT, "model-code", true, true
		case i > 0 && st.tok(i-1) == "," && st.roleBefore(i-1):
			c.typ, c.rule, personal = PER, "role", true
		case st.endMask[i]&(1<<markRole) != 0 && !single:
			c.typ, c.rule, personal = PER, "role", true
		case !single && st.roleAfter(j):
			c.typ, c.rule, personal = PER, "role", true
		case i > 1 && ofWords[st.key(i-1)] && st.endMask[i-1]&(1<<markRole) != 0:
			c.typ, c.rule = ORG, "role-org"
		case st.acronymAfter(i, j):
			c.typ, c.rule = ORG, "acronym"
		case !allUp && !single && !st.upper[i] && st.sufTo[j-1] == int32(j+1) && !st.stopT[j-1] && !r.first[st.key(i)]:
			// a generic suffix that is also a common word ("Bourse", "Groupe")
			// is too weak: "Palmarès Bourse" in a menu.
			c.typ, c.rule = ORG, "org-suffix" // "Cabestan Industries"
		case !allUp && st.subjectAt(i, j, false):
			c.typ, c.rule = ORG, "subject"
		case !allUp && single && st.nounSubject(i, j):
			// "Néovance s'envole": a name shaped like a common noun; the
			// document must show it so twice (findDocument).
			c.typ, c.rule, c.weak, c.nounish = ORG, "subject", true, true
		case allUp && single && st.terms[st.key(i)]:
			continue
		case allUp:
			// acronyms and headings in capitals: too often terms ("IFRS",
			// "FCFA") to guess; gazetteer and document rules find the names.
			continue
		case st.start[i]:
			c.typ, c.rule, c.weak = ORG, "sentence-start", true
		case single && (!lettersOnly(st.tok(i)) || commonNoun(st.key(i))) && !st.complementAt(j):
			continue
		default:
			c.typ, c.rule, c.weak, c.guess = ORG, "capitalised", true, true
			if i > 0 && (st.tok(i-1) == "à" || st.tok(i-1) == "en") && !innerCapital(st.tok(i)) {
				// "à Vendeuvre"; not "à BigQuery": no place has a capital inside a word.
				c.typ, c.place = LOC, true
			} else if single && j < n && st.toks[j].Kind == text.Number && st.modelTail(j) > j {
				// "Claude 4,", "dix Global 8000 et": a name with a version
				// number that counts nothing is a model.
				c.typ, c.rule = PRODUCT, "model-number"
			}
		}
		if c.typ == PRODUCT && single && (c.rule == "list" || strings.HasPrefix(c.rule, "trigger:")) && commonNoun(st.key(i)) && !st.start[i] {
			continue // "les médicaments Génériques", "son modèle Économique": a capitalised adjective
		}
		if c.typ == PRODUCT {
			if e := st.modelTail(c.e); e > c.e {
				c.e, c.nameEnd = e, e // "le smartphone Zeno 5"
			}
		} else if c.weak && (!single || st.complementAt(c.e)) || strings.HasPrefix(c.rule, "trigger:") && st.key(c.e) != "de" {
			// "Ciments du Maroc", "Caisse d'Epargne": a name with its complement.
			if p := st.particleAfter(c.e); p > 0 && st.free(c.e, p) && (st.key(c.e) != "de" || !single) {
				if e, take := st.complementName(p); e > 0 {
					if take {
						st.takeOver(p)
					}
					c.e = e
					c.nameEnd = c.e
					if c.weak {
						c.weak, c.guess, c.rule = false, false, "compound"
					}
				}
			}
		}
		if personal {
			// particles: "Marc Ladreit de Lacharrière", "Henri Giscard d'Estaing".
			for c.e < n && c.e-c.s < maxNameTokens && !st.toks[c.e].Newline {
				var ph [4]hit
				p := 0
				for _, x := range st.walk(&r.marks, c.e, ph[:0]) {
					if hasMark(r.markLists[x.val-1], markParticle) {
						p = x.end
					}
				}
				if p == 0 || p >= n || st.toks[p].Newline || !st.free(c.e, p+1) || !st.capWord(p) {
					break
				}
				c.e = st.capRun(p)
			}
			c.nameEnd = c.e
		} else if c.typ == ORG && !c.weak {
			st.extendLegal(&c)
		}
		st.add(c)
		i = c.e - 1
	}
}

// triggered looks for a trigger noun before the name [i, j) ("le groupe X",
// "le spécialiste des gaz industriels X", "ses traitements phares, X et
// Y,").
func (st *state) triggered(i, j int, c *cand) bool {
	if i > 0 && ofWords[st.key(i-1)] && st.trigAt[i] == 0 {
		return false // "le fabricant du Botox": the complement, not the name
	}
	if st.upper[i] && isAllUpper(st.tok(i)) {
		return false // "APPLICATION MOBILE": a heading in capitals
	}
	apposed := false // the name stands alone between commas after the noun
	for k, skipped := i, 0; k > 0 && skipped <= 4 && k > i-10; k-- {
		if v := st.trigAt[k]; v != 0 && (st.start[k-1] || !startsUpper(st.tok(k-1)) || len(st.tok(k-1)) <= 4 && isAllUpper(st.tok(k-1)) && !st.upper[k-1]) {
			// "l'Excédent Brut Opérationnel": a capitalised trigger word is part
			// of a heading; a short acronym is not ("le SUV X").
			category := st.categoryAt(k)
			fr := int(st.trigFrom[k]) - 1
			if apposed && st.introBefore(fr) {
				return false // "Avec ce médicament, Kerdalia, ...": the noun opens the sentence
			}
			// "le médicament phare du groupe, X,": X names the head noun, not its complement.
			complement := apposed && fr > 0 && ofWords[st.key(fr-1)]
			for _, m := range st.r.markLists[v-1] {
				if m.kind == markTrigger && !complement && skipped <= m.skip && !(category && m.typ == PRODUCT) && (m.typ != PER || lettersOnly(st.tok(i))) {
					c.typ, c.rule, c.subtype = m.typ, "trigger:"+m.name, m.subtype
					if m.guess {
						// "le site de Tertre": a place unless the text makes X a company.
						c.weak, c.guess, c.place = true, true, m.typ == LOC
					}
					if m.typ == MEDIA && m.skip == 0 && j == i+1 && isAllUpper(st.tok(i)) {
						// "selon la FGTB": a source cue before an unknown acronym
						// names an organisation far more often than a paper.
						c.typ, c.subtype = ORG, ""
					}
					return true
				}
			}
		}
		p := k - 1
		t := st.toks[p]
		if t.Kind == text.Quote && k == i && !st.toks[k].Newline {
			continue // baptisé « Frontier »
		}
		if k == i && !st.toks[k].Newline && (st.tok(p) == "," || st.tok(p) == ":") {
			if st.closedList(j) {
				continue // "ses deux médicaments : X et Y."
			}
			if st.tok(p) == "," && j < len(st.toks) && st.tok(j) == "," {
				apposed = true
				continue // "le médicament phare du groupe, X, a ..."
			}
		}
		if t.Kind != text.Word || st.toks[k].Newline || startsUpper(st.tok(p)) || breakWords[st.key(p)] || st.cover[p] != 0 ||
			st.startMk[p]&(1<<markVerb) != 0 {
			// "le groupe pharmaceutique commercialise X": a verb ends the modifiers.
			if !(st.hy[p] && p > 0) {
				return false
			}
		}
		if !ofWords[st.key(p)] {
			skipped++ // "sa plateforme d'analyse de données X": complements cost their nouns only
		}
	}
	return false
}

// personTrigger reports whether a trigger of people ends before token s,
// with at most two lower-case words between: "la famille milliardaire X".
func (st *state) personTrigger(s int) bool {
	for k := s; k > 0 && k >= s-2; k-- {
		if v := st.trigAt[k]; v != 0 {
			for _, m := range st.r.markLists[v-1] {
				if m.kind == markTrigger && m.typ == PER {
					return true
				}
			}
		}
		if st.toks[k-1].Kind != text.Word || startsUpper(st.tok(k-1)) || st.toks[k].Newline {
			return false
		}
	}
	return false
}

// categoryAt reports whether the trigger ending at k is a bare complement
// of a noun ("l'éditeur de logiciels X", "le fabricant zurichois d'implants
// dentaires X"): a product noun there does not type the name, which belongs
// to the noun before; a quantity keeps it ("3 millions de consoles X").
func (st *state) categoryAt(k int) bool {
	s := int(st.trigFrom[k]) - 1
	if s < 2 || ofWords[st.key(k-1)] {
		return false // "mise sur le marché de X": the phrase ends with its "de"
	}
	if kk := st.key(s - 1); kk == "des" || kk == "du" {
		// "le géant des smartphones X", "le numéro un mondial des consoles X":
		// after a company's noun only ("les ventes des vaccins X" name vaccines).
		return st.orgTriggerEnds(s-1) || s >= 3 && !startsUpper(st.tok(s-2)) && st.toks[s-2].Kind == text.Word && st.orgTriggerEnds(s-2)
	} else if kk != "de" && kk != "d'" {
		return false
	}
	p := s - 2
	if kk := st.key(p); kk == "et" || kk == "ou" {
		// "2 millions de tablettes et de smartphones X": the first complement says.
		for q := p - 1; q > 0 && q >= p-4; q-- {
			if kq := st.key(q); kq == "de" || kq == "d'" {
				p = q - 1
				break
			}
		}
	}
	return st.toks[p].Kind != text.Number && !quantityWords[st.key(p)]
}

// orgTriggerEnds reports whether a trigger of organisations ends right
// before token k ("le géant" before "des").
func (st *state) orgTriggerEnds(k int) bool {
	if v := st.trigAt[k]; v != 0 {
		for _, m := range st.r.markLists[v-1] {
			if m.kind == markTrigger && m.typ == ORG {
				return true
			}
		}
	}
	return false
}

// quantityWords count what follows "de": "des millions de consoles X".
var quantityWords = map[string]bool{"million": true, "millions": true, "milliard": true, "milliards": true,
	"millier": true, "milliers": true, "centaine": true, "centaines": true, "dizaine": true, "dizaines": true,
	"mille": true, "nombre": true, "plupart": true, "livraison": true, "livraisons": true, "commande": true, "commandes": true}

// introPrepositions open a sentence's introduction: "Avec ce médicament, X".
var introPrepositions = map[string]bool{"avec": true, "pour": true, "selon": true, "apres": true, "dans": true, "sans": true,
	"par": true, "sur": true, "chez": true, "a": true, "au": true, "aux": true, "avant": true, "depuis": true, "pendant": true,
	"malgre": true, "contre": true, "vers": true, "entre": true, "parmi": true, "outre": true, "grace": true}

// introBefore reports whether the noun group of a trigger starting at s is
// the complement of a preposition ("Avec ce médicament").
func (st *state) introBefore(s int) bool {
	p := s - 1
	if p >= 0 && (articles[st.key(p)] || possessives[st.key(p)] || st.key(p) == "un" || st.key(p) == "une") {
		p--
	}
	return p >= 0 && introPrepositions[st.key(p)]
}

// closedList reports whether the name ending at j opens or continues a list
// of names closed by punctuation: "X et Y,", "X, Y et Z." (an apposition that
// enumerates), not "X et Y espèrent" (a subject after an introduction).
func (st *state) closedList(j int) bool {
	n := len(st.toks)
	members := 0
	for pos := j; members < 8; {
		if pos >= n || st.toks[pos].Newline {
			return members > 0
		}
		switch st.key(pos) {
		case "et", "ou":
			pos++
		case ",":
			pos++
			if pos < n && (st.key(pos) == "et" || st.key(pos) == "ou") {
				pos++
			}
		default:
			switch st.tok(pos) {
			case ".", ";", ":", ")":
				return members > 0
			}
			return false
		}
		if pos >= n || st.toks[pos].Newline {
			return false
		}
		if v := st.cover[pos]; v != 0 && st.cands[v-1].s == pos {
			pos = st.cands[v-1].e
		} else if st.capWord(pos) {
			pos = st.capRun(pos)
		} else {
			// ", " then a clause: the list ended at the comma.
			return members > 0 && st.tok(pos-1) == ","
		}
		members++
	}
	return false
}

// appositionStart returns the comma that opens an apposition closed by the
// comma at k ("X, de Microsoft," "X, son traitement phare,"), or 0: the
// apposition starts with "de", a possessive or an article and holds no
// other comma, at most eight tokens.
func (st *state) appositionStart(k int) int {
	for q := k - 1; q > 0 && q >= k-9; q-- {
		if st.toks[q+1].Newline {
			return 0
		}
		if st.tok(q) == "," {
			if q+1 < k {
				if f := st.key(q + 1); f == "de" || f == "d'" || possessives[f] || appositionDets[f] {
					return q
				}
			}
			return 0
		}
		if st.toks[q].Kind == text.Punct && !st.hy[q] {
			return 0
		}
	}
	return 0
}

// listPrepositions are repeated before each member of a list: "de X et de
// Y", "à X ou à Y".
var listPrepositions = map[string]bool{"de": true, "d'": true, "du": true, "a": true, "au": true, "aux": true, "en": true, "avec": true, "pour": true, "sur": true}

// listed types a name that continues a list opened by a trigger noun or a
// known product ("les traitements Dermavix et Pulvaxa", "ses médicaments X,
// Y et Z", "Ozempic et Velmora") with the type of the list's first name.
func (st *state) listed(i, j int, c *cand) bool {
	n := len(st.toks)
	p := i - 1
	if p < 1 || st.toks[i].Newline {
		return false
	}
	comma := false
	if p > 1 && listPrepositions[st.key(p)] && st.tok(p) != "a" && (st.key(p-1) == "et" || st.key(p-1) == "ou") {
		p-- // "les ventes de X et de Y", "connecter à X ou à Y"
	}
	switch st.key(p) {
	case "et", "ou":
		if p > 1 && st.tok(p-1) == "," {
			p--
		}
	case ",":
		comma = true
	default:
		return false
	}
	if !comma && st.tok(p) == "," {
		// "à Azure, de Microsoft, ou à Y", "sur X, son traitement contre
		// l'eczéma, et sur Y": an apposition between commas follows the
		// first member.
		if q := st.appositionStart(p); q > 0 {
			p = q
		}
	}
	v := st.cover[p-1]
	if v == 0 {
		return false
	}
	o := &st.cands[v-1]
	if o.e != p || o.dead || o.weak && !o.place || !(strings.HasPrefix(o.rule, "trigger:") || o.rule == "list" || o.rule == "ending" ||
		o.typ == PRODUCT && (o.entry >= 0 || strings.HasPrefix(o.rule, "apposition:") || strings.HasPrefix(o.rule, "cue:"))) {
		return false
	}
	if strings.HasPrefix(o.rule, "trigger:") && o.typ == ORG && o.subtype != "company" {
		return false // "le fonds X et Y" may be two kinds of investors
	}
	if comma {
		// "X, Y et Z": the list goes on after Y; "X, Pharvion prévoit" is a clause.
		if j >= n || (st.tok(j) != "," && st.key(j) != "et" && st.key(j) != "ou") {
			return false
		}
	} else if j < n {
		// "le vaccin X et Pharvion a annoncé": a new subject with its own verb.
		if k := st.key(j); k == "a" || k == "est" || st.startMk[j]&(1<<markVerb) != 0 && !strings.HasSuffix(k, "nt") {
			return false
		}
	}
	c.typ, c.rule, c.subtype = o.typ, "list", o.subtype
	c.weak, c.guess, c.place = o.weak, o.guess, o.place // "les sites de Pleyber et de Moëlan"
	if o.entry >= 0 {
		c.subtype = st.r.entries[o.entry].subtype
	}
	return true
}

// apposed types a name followed by an apposition whose noun is a product or
// media trigger: "Solvetra, son anticancéreux vedette, ...", "Kerdalia, le
// quotidien économique, ...".
func (st *state) apposed(i, j int, c *cand) bool {
	n := len(st.toks)
	if j+2 >= n || st.tok(j) != "," || st.toks[j+1].Newline {
		return false
	}
	if i > 0 && st.start[i-1] && st.toks[i-1].Kind == text.Word && !articles[st.key(i-1)] {
		return false // "Chez Pharvion, le traitement ...": an introduction, not an apposition
	}
	k := j + 1
	if kk := st.key(k); !possessives[kk] && kk != "un" && kk != "une" {
		return false // "GMT, le baril de Brent gagnait": "le" may open the main clause
	}
	k++
	for mods := 0; k < n && mods <= 1 && !st.toks[k].Newline; mods++ {
		if st.startMk[k]&(1<<markTrigger) != 0 {
			var hs [4]hit
			for _, h := range st.walk(&st.r.marks, k, hs[:0]) {
				for _, m := range st.r.markLists[h.val-1] {
					if m.kind == markTrigger && m.skip > 0 && (m.typ == PRODUCT || m.typ == MEDIA) {
						c.typ, c.rule, c.subtype = m.typ, "apposition:"+m.name, m.subtype
						return true
					}
				}
			}
		}
		w := st.tok(k)
		if st.toks[k].Kind != text.Word || startsUpper(w) || breakWords[st.key(k)] || ofWords[st.key(k)] || !lettersOnly(w) {
			return false // "Aramis, un vendeur de voitures": the noun is not the trigger
		}
		k++
	}
	return false
}

// cued types a name followed by a cue phrase ("X, indiqué dans le
// traitement de", "X en phase 3"), after a comma or not.
//
// A cue that opens with an auxiliary ("a été approuvé") needs the name as its
// subject: "le rachat de X a été approuvé" approves the deal.
func (st *state) cued(i, j int, c *cand) bool {
	n := len(st.toks)
	if j < n && st.tok(j) == "," {
		j++
	}
	if j < n && (st.key(j) == "a" || st.key(j) == "ont") && i > 0 && ofWords[st.key(i-1)] {
		return false
	}
	if j >= n || st.toks[j].Newline || st.startMk[j]&(1<<markCue) == 0 {
		return false
	}
	var hs [4]hit
	hits := st.walk(&st.r.marks, j, hs[:0])
	for h := len(hits) - 1; h >= 0; h-- {
		for _, m := range st.r.markLists[hits[h].val-1] {
			if m.kind == markCue {
				c.typ, c.rule, c.subtype = m.typ, "cue:"+m.name, m.subtype
				return true
			}
		}
	}
	return false
}

// possessives open an apposition: "X, son traitement phare".
var possessives = map[string]bool{"son": true, "sa": true, "ses": true, "leur": true, "leurs": true, "ce": true, "cette": true, "notre": true}

// endingAt types a name by the ending of a word: the name itself when one
// is true ("Tenzumab", "Kordevir": the endings of international drug names),
// or a lower-case word in parentheses next to it ("Velmora (tirzépatide)",
// "le tirzépatide (Velmora)").
func (st *state) endingAt(i, j int, one bool, c *cand) bool {
	if len(st.r.endings) == 0 {
		return false
	}
	n := len(st.toks)
	var e *ending
	switch {
	case one && lettersOnly(st.tok(i)) && !st.r.first[st.key(i)]:
		e = st.r.endingOf(st.key(i))
	}
	if e == nil && j+2 < n && st.tok(j) == "(" && st.tok(j+2) == ")" {
		e = st.lowerEnding(j + 1)
	}
	if e == nil && i >= 2 && j < n && st.tok(i-1) == "(" && st.tok(j) == ")" {
		e = st.lowerEnding(i - 2)
	}
	if e == nil {
		return false
	}
	c.typ, c.rule, c.subtype = e.typ, "ending", e.subtype
	return true
}

// pharmaWords make a sentence one of medicines: there a lower-case word
// with a drug ending of record lower=yes is a drug's international name
// ("les données de phase 3 sur l'itepekimab", "le tirzépatide de Lilly").
var pharmaWords = map[string]bool{"phase": true, "essai": true, "essais": true, "etude": true, "etudes": true,
	"molecule": true, "molecules": true, "candidat": true, "candidats": true, "traitement": true, "traitements": true,
	"medicament": true, "medicaments": true, "anticorps": true, "therapie": true, "patients": true, "laboratoire": true,
	"injection": true, "dose": true, "doses": true, "biosimilaire": true, "anticoagulant": true, "antidiabetique": true,
	"fda": true, "ema": true, "indication": true, "maladie": true, "cancer": true, "obesite": true, "diabete": true,
	"clinique": true, "cliniques": true, "pharmaceutique": true, "generique": true, "generiques": true, "brevet": true,
	"mg": true, "placebo": true, "inhibiteur": true, "agoniste": true, "vaccin": true, "posologie": true}

// pharmaSpan is how many tokens on each side of a word findLowerEndings
// looks at for a pharmaWord, within the word's sentence.
const pharmaSpan = 20

// findLowerEndings types the lower-case words with a drug ending of record
// lower=yes that nothing else covers, in a sentence about medicines. The
// pre-filter of endings by their last two bytes keeps other words cheap.
func (st *state) findLowerEndings() {
	if !st.r.lowerEndings || len(st.pharmaAt) == 0 {
		return
	}
	next := 0 // the windows around the noted pharmaWords, in order, each token once
	for _, p := range st.pharmaAt {
		from := max(int(p)-pharmaSpan, next)
		to := min(int(p)+pharmaSpan+1, len(st.toks))
		for i := from; i < to; i++ {
			st.lowerEndingAt(i)
		}
		next = max(next, to)
	}
}

// lowerEndingAt types token i by a drug ending of record lower=yes, when a
// pharmaWord stands in its sentence.
func (st *state) lowerEndingAt(i int) {
	if st.cover[i] != 0 || st.toks[i].Kind != text.Word {
		return
	}
	k := st.key(i)
	if len(k) < 7 || startsUpper(st.tok(i)) || st.glued(i) || i+1 < len(st.toks) && st.hy[i+1] {
		return
	}
	e := st.r.endingOf(k)
	if e == nil || !e.lower || !lettersOnly(st.tok(i)) || !st.pharmaNear(i) {
		return
	}
	st.add(cand{s: i, e: i + 1, nameEnd: i + 1, entry: -1, typ: e.typ, rule: "ending", subtype: e.subtype})
}

// pharmaNear reports whether a pharmaWord stands in the sentence of token
// i, at most pharmaSpan tokens away.
func (st *state) pharmaNear(i int) bool {
	for k := i - 1; k >= 0 && k >= i-pharmaSpan; k-- {
		if pharmaWords[st.key(k)] {
			return true
		}
		if st.start[k] && st.toks[k].Kind == text.Word {
			break
		}
	}
	for k := i + 1; k < len(st.toks) && k <= i+pharmaSpan && !st.start[k]; k++ {
		if pharmaWords[st.key(k)] {
			return true
		}
	}
	return false
}

// lowerEnding returns the ending of the lower-case word k, or nil.
func (st *state) lowerEnding(k int) *ending {
	w := st.tok(k)
	if st.toks[k].Kind != text.Word || startsUpper(w) || !lettersOnly(w) {
		return nil
	}
	return st.r.endingOf(st.key(k))
}

// endingOf returns the longest ending that key k ends with, or nil; k must
// be at least three bytes longer than the ending.
func (r *Recognizer) endingOf(k string) *ending {
	if h := endHash(k); len(k) < 4 || r.endBits[h>>6]&(1<<(h&63)) == 0 {
		return nil
	}
	var best *ending
	for ei := range r.endings {
		e := &r.endings[ei]
		if len(k) >= len(e.suf)+3 && strings.HasSuffix(k, e.suf) && (best == nil || len(e.suf) > len(best.suf)) {
			best = e
		}
	}
	return best
}

// modelWords continue a product's name: "iPhone 16 Pro Max".
var modelWords = map[string]bool{"pro": true, "max": true, "ultra": true, "plus": true, "mini": true, "lite": true,
	"air": true, "neo": true, "xl": true, "se": true}

// modelTail returns the end of the product name that ends at e, extended
// over a version and model words: "Zeno 5", "Corvus 2 Pro", "Falcon-180B",
// "Llama 3.1", "Galaxy S25 Ultra". A number is taken only when what follows
// it cannot make it a quantity ("Zeno 5 sera", not "Zeno 5 millions").
func (st *state) modelTail(e int) int {
	n := len(st.toks)
	for steps := 0; steps < 4 && e < n && !st.toks[e].Newline && st.cover[e] == 0; steps++ {
		t := st.toks[e]
		switch {
		case st.hy[e] && e+1 < n && st.cover[e+1] == 0 && st.versionTok(e+1):
			e += 2
		case t.SpaceBefore && st.versionTok(e) && st.quantityEnds(e+1):
			e++
		case t.SpaceBefore && t.Kind == text.Word && modelWords[st.key(e)] && startsUpper(st.tok(e)):
			e++
			continue
		case t.SpaceBefore && st.modelLetter(e):
			e++ // "Lyra E", "Model S"
			continue
		default:
			return e
		}
		// a letter glued to the number: "180B", "10X".
		if e < n && !st.toks[e].SpaceBefore && st.toks[e].Kind == text.Word && st.toks[e-1].Kind == text.Number && st.cover[e] == 0 && len(st.tok(e)) <= 3 {
			e++
		}
	}
	return e
}

// codeHeads open codes that are no products: fiscal years, conferences, forums,
// standards, regulations and budget laws ("FY25", "COP28", "G20", "ISO-9001",
// "RE2020").
var codeHeads = map[string]bool{"FY": true, "COP": true, "G": true, "ISO": true, "IFRS": true, "IAS": true, "RE": true,
	"PLF": true, "PLFSS": true, "RN": true, "N": true, "D": true, "CO": true, "NO": true, "PM": true, "EN": true, "NF": true,
	"H": true, "T": true, "Q": true, "S": true, "MIFID": true, "UCITS": true, "LTRO": true, "TLTRO": true, "EURO": true, "E": true}

// modelCode returns the end of a model's code starting at token i, or 0:
// capitals glued to a number by a hyphen ("HX-500", "CL-415") or capitals
// and a number in one word ("ZR750", "B737", "E195"), with a short
// lower-case suffix ("A321neo"). Years ("COP-2025") and the codes of
// codeHeads are not models; "A" needs three digits (an A10 is a motorway).
func (st *state) modelCode(i int) int {
	w := st.tok(i)
	n := len(st.toks)
	letters := 0
	for letters < len(w) && w[letters] >= 'A' && w[letters] <= 'Z' {
		letters++
	}
	if letters == 0 || letters > 4 || codeHeads[w[:letters]] || st.cover[i] != 0 || i > 0 && !st.toks[i].SpaceBefore && !st.toks[i].Newline && st.toks[i-1].Kind == text.Number {
		return 0 // "2O21": a year mistyped
	}
	digits := func(d string) bool {
		if len(d) < 2 || len(d) > 5 || len(d) == 4 && (d[:2] == "19" || d[:2] == "20") || w[:letters] == "A" && len(d) < 3 {
			return false
		}
		for b := 0; b < len(d); b++ {
			if d[b] < '0' || d[b] > '9' {
				return false
			}
		}
		return true
	}
	if letters == len(w) {
		// "HX-500"
		if i+2 < n && st.hy[i+1] && st.toks[i+2].Kind == text.Number && st.cover[i+2] == 0 && digits(st.tok(i+2)) {
			e := i + 3
			if e < n && !st.toks[e].SpaceBefore && (st.toks[e].Kind == text.Word || st.toks[e].Kind == text.Number) {
				return 0 // "HX-500XL2": something else
			}
			return e
		}
		return 0
	}
	d := letters
	for d < len(w) && w[d] >= '0' && w[d] <= '9' {
		d++
	}
	if !digits(w[letters:d]) || len(w)-d > 3 {
		return 0
	}
	for b := d; b < len(w); b++ {
		if w[b] < 'a' || w[b] > 'z' {
			return 0
		}
	}
	return i + 1
}

// planNouns name plans, whose titles are no entities: "son plan stratégique
// Horizon 2028".
var planNouns = map[string]bool{"plan": true, "plans": true, "programme": true, "projet": true, "strategie": true,
	"feuille": true, "route": true, "trajectoire": true, "ambition": true, "cap": true, "horizon": true}

// planTitle reports whether the capitalised words [i, j) and the year after
// them title a plan: in quotes («Cap 2029», “Horizon 2028”) or after a plan
// noun and at most two adjectives ("le plan stratégique Impulse 2026").
func (st *state) planTitle(i, j int) bool {
	n := len(st.toks)
	if j >= n || st.toks[j].Kind != text.Number || !st.toks[j].SpaceBefore || st.toks[j].Newline || j-i > 3 {
		return false
	}
	if y := st.tok(j); len(y) != 4 || y[:2] != "19" && y[:2] != "20" {
		return false
	}
	if i > 0 && st.toks[i-1].Kind == text.Quote && !st.toks[i].Newline {
		return true
	}
	for p := i - 1; p >= 0 && p >= i-3 && !st.toks[p+1].Newline && st.toks[p].Kind == text.Word; p-- {
		if planNouns[st.key(p)] {
			return true
		}
		if startsUpper(st.tok(p)) {
			return false
		}
	}
	return false
}

// modelLetter reports whether token k is one capital letter that names a
// model after a product's name ("la Lyra E", "Model S Plaid"), not an
// initial ("E. Dupont") nor the preposition "A" opening a clause.
func (st *state) modelLetter(k int) bool {
	w := st.tok(k)
	if len(w) != 1 || w[0] < 'B' || w[0] > 'Z' || st.toks[k].Kind != text.Word {
		return false
	}
	n := len(st.toks)
	if k+1 < n && !st.toks[k+1].Newline {
		if nx := st.tok(k + 1); nx == "." && k+2 < n && !st.toks[k+2].Newline && st.capWord(k+2) && !st.start[k+2] {
			return false // "Lyra E. Dupont": an initial
		} else if nx == "." && k+2 < n && st.toks[k+2].Kind == text.Word && !st.toks[k+2].SpaceBefore {
			return false // "E.ON", "S.A."
		}
	}
	return true
}

// versionTok reports whether token k is a version: a short number ("5",
// "3.1", not a year) or a short code with a digit ("S25", "X1").
func (st *state) versionTok(k int) bool {
	w := st.tok(k)
	switch st.toks[k].Kind {
	case text.Number:
		if len(w) > 5 {
			return false
		}
		for b := 0; b < len(w); b++ {
			if (w[b] < '0' || w[b] > '9') && w[b] != '.' {
				return false
			}
		}
		return !(len(w) == 4 && (w[:2] == "19" || w[:2] == "20"))
	case text.Word:
		if len(w) > 6 || !isAllUpper(w) {
			return false
		}
		for b := 0; b < len(w); b++ {
			if '0' <= w[b] && w[b] <= '9' {
				return true
			}
		}
	}
	return false
}

// quantityEnds reports whether token k, after a number, leaves the number a
// version rather than a quantity: the end of the text, punctuation other than
// "%" and currency signs, a function word, a verb or a model word.
func (st *state) quantityEnds(k int) bool {
	if k >= len(st.toks) || st.toks[k].Newline {
		return true
	}
	w := st.tok(k)
	switch st.toks[k].Kind {
	case text.Punct, text.Quote:
		return w != "%" && !currencySign(w) && w != "‰"
	case text.Word:
		kk := st.key(k)
		if modelWords[kk] || breakWords[kk] || ofWords[kk] || st.startMk[k]&(1<<markVerb) != 0 {
			return true
		}
		switch kk {
		case "a", "s'", "sera", "seront", "devrait", "doit", "va", "vient", "reste", "coute", "coutera", "etait",
			"aupres", "cet", "ces", "lors", "depuis", "pendant", "via", "grace", "selon", "contre", "apres", "avant", "vers", "chez",
			"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui", "demain", "ici",
			"desormais", "egalement", "aussi", "deja", "enfin", "outre", "moins":
			return true
		}
	}
	return false
}

// roleBefore reports whether a role phrase ends at token k (a comma): "le
// directeur financier de Kering, Jean Dupont".
func (st *state) roleBefore(k int) bool {
	for p, steps := k, 0; p > 0 && steps < 8; p, steps = p-1, steps+1 {
		if st.endMask[p]&(1<<markRole) != 0 {
			return true
		}
		w := st.tok(p - 1)
		if w == "," || w == "." || w == ";" || st.toks[p].Newline {
			return false
		}
	}
	return false
}

// roleAfter reports whether ", [le] ROLE" follows token j.
func (st *state) roleAfter(j int) bool {
	n := len(st.toks)
	if j >= n || st.tok(j) != "," {
		return false
	}
	k := j + 1
	if k < n && determiners[st.key(k)] {
		k++
	}
	return k < n && st.roleTo[k] != 0
}

// acronymAfter reports whether "(ACR)" follows the name [i, j) with
// compatible initials.
func (st *state) acronymAfter(i, j int) bool {
	n := len(st.toks)
	if j+2 >= n || st.tok(j) != "(" || st.tok(j+2) != ")" || j-i < 2 {
		return false
	}
	return initialsMatch(st, i, j, st.tok(j+1))
}

// initialsMatch reports whether acr (all caps, 2 to 6 letters) starts with
// the initial of the name and its letters appear in order among the initials
// of the name's words.
func initialsMatch(st *state, i, j int, acr string) bool {
	if len(acr) < 2 || len(acr) > 6 || !isAllUpper(acr) && !mixedAcronym(acr) {
		return false
	}
	var buf [64]byte
	inits := buf[:0]
	for k := i; k < j; k++ {
		if st.toks[k].Kind != text.Word {
			continue
		}
		w := st.key(k)
		if w == "" {
			continue
		}
		inits = append(inits, w[0])
		// capitals inside a word: "GlaxoSmithKline", "TotalEnergies"
		for bi, r := range st.tok(k) {
			if bi > 0 && unicode.IsUpper(r) && r < utf8.RuneSelf {
				inits = append(inits, byte(unicode.ToLower(r)))
			}
		}
	}
	lower := func(c byte) byte {
		if 'A' <= c && c <= 'Z' {
			return c + 'a' - 'A'
		}
		return c
	}
	a := acr
	if len(inits) == 0 || inits[0] != lower(a[0]) {
		return false
	}
	p := 0
	for q := 0; q < len(a) && p <= len(inits); q++ {
		for p < len(inits) && inits[p] != lower(a[q]) {
			p++
		}
		if p == len(inits) {
			return false
		}
		p++
	}
	return true
}

// mixedAcronym reports whether w is an acronym that keeps the initials of
// its particles in lower case: capitals with single lower-case letters
// between them ("BdS" for "Banque du Salève", "CdC", "BdF").
func mixedAcronym(w string) bool {
	caps, prevLower := 0, false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'A' <= c && c <= 'Z':
			caps++
			prevLower = false
		case 'a' <= c && c <= 'z':
			if i == 0 || prevLower {
				return false
			}
			prevLower = true
		default:
			return false
		}
	}
	return caps >= 2 && !prevLower
}

// nounEndings are endings of French common nouns, adjectives and verbs; a
// lone capitalised word that ends so and that nothing else explains is a
// heading word ("Pondération", "Excédent"), not a name.
var nounEndings = []string{"tion", "tions", "sion", "ment", "ments", "ite", "ites", "ee", "ees", "aire", "aires",
	"age", "ages", "ance", "ances", "ence", "ences", "isme", "ique", "iques", "eur", "eurs", "euse", "ere", "eres",
	"iere", "ions", "ants", "ents", "ive", "ifs", "ives", "aux", "ales",
	"ien", "iens", "ienne", "iennes", "ain", "ains", "aine", "aines", "ais", "aise", "aises", "ois", "oise", "oises"}

func commonNoun(k string) bool {
	for _, e := range nounEndings {
		if len(k) > len(e)+2 && strings.HasSuffix(k, e) {
			return true
		}
	}
	return false
}

// particleAfter returns the end of a name particle starting at token k, or 0.
func (st *state) particleAfter(k int) int {
	if k >= len(st.toks) || st.toks[k].Newline || st.partTo[k] == 0 {
		return 0
	}
	p := int(st.partTo[k] - 1)
	if p >= len(st.toks) || st.toks[p].Newline {
		return 0
	}
	return p
}

// leiAt returns the end of a valid LEI starting at token i (which the
// tokenizer may split into a number and a word), or 0.
func (st *state) leiAt(i int) int {
	j := i + 1
	for j < len(st.toks) && j-i < 6 && !st.toks[j].SpaceBefore && (st.toks[j].Kind == text.Word || st.toks[j].Kind == text.Number) {
		j++
	}
	start, end := st.toks[i].Start, st.toks[j-1].End
	if end-start != 20 || i > 0 && !st.toks[i].SpaceBefore && (st.toks[i-1].Kind == text.Word || st.toks[i-1].Kind == text.Number) {
		return 0
	}
	if j < len(st.toks) && !st.toks[j].SpaceBefore && st.toks[j].Kind == text.Word {
		return 0
	}
	if !ValidLEI(st.in[start:end]) {
		return 0
	}
	return j
}

// nameAt returns the end of a gazetteer name or a run of capitalised words
// starting at token p, or 0.
func (st *state) nameAt(p int) int {
	if p >= len(st.toks) || st.cover[p] != 0 {
		return 0
	}
	end := 0
	var gh [8]hit
	for _, x := range st.walk(&st.r.gaz, p, gh[:0]) {
		if st.free(p, x.end) {
			end = x.end
		}
	}
	if end == 0 && st.capWord(p) {
		end = st.capRun(p)
	}
	return end
}

// complementAt reports whether a particle and a name follow token j ("du
// Maroc" after "Ciments").
func (st *state) complementAt(j int) bool {
	if j >= len(st.toks) || st.key(j) == "de" {
		return false
	}
	p := st.particleAfter(j)
	if p == 0 {
		return false
	}
	e, _ := st.complementName(p)
	return e > 0
}

// compassPoints may end a name after a particle although they are stop
// words: "Ciments du Sud".
var compassPoints = map[string]bool{"nord": true, "sud": true, "est": true, "ouest": true, "centre": true, "midi": true}

// complementName returns the end of the name that starts at token p after a
// particle: a run of capitalised words, a cardinal point ("Ciments du Sud")
// or a place that the gazetteer found there ("Sucreries du Maroc"), or 0.
// take reports the place, which the longer name takes over.
func (st *state) complementName(p int) (end int, take bool) {
	if p >= len(st.toks) || st.toks[p].Newline {
		return 0, false
	}
	if v := st.cover[p]; v != 0 {
		// "du Maroc", "d'Italie"; not "de Paris" ("l'usine Solvane de Lyon").
		if o := &st.cands[v-1]; o.s == p && o.typ == LOC && o.entry >= 0 && !o.weak && !o.dead && st.key(p-1) != "de" {
			return o.e, true
		}
		return 0, false
	}
	if st.capWord(p) {
		return st.capRun(p), false
	}
	if st.toks[p].Kind == text.Word && startsUpper(st.tok(p)) && compassPoints[st.key(p)] {
		return p + 1, false
	}
	return 0, false
}

// takeOver drops the candidate at token p: a longer name covers it.
func (st *state) takeOver(p int) {
	o := &st.cands[st.cover[p]-1]
	o.dead = true
	for q := o.s; q < o.e; q++ {
		st.cover[q] = 0
	}
}

// ---------------------------------------------------------------- subjects

// leadAdjectives open verbless headlines before a noun that is also a verb
// ("Nouvelle chute pour le titre", "Forte baisse"): not a subject.
var leadAdjectives = map[string]bool{"nouvelle": true, "nouveau": true, "nouvel": true, "forte": true, "fort": true,
	"legere": true, "leger": true, "grosse": true, "gros": true, "belle": true, "bel": true, "beau": true,
	"petite": true, "petit": true, "grande": true, "grand": true, "lourde": true, "lourd": true, "vive": true,
	"vif": true, "nette": true, "net": true, "severe": true, "derniere": true, "dernier": true, "premiere": true,
	"premier": true, "seconde": true, "second": true, "troisieme": true, "deuxieme": true, "autre": true, "meme": true,
	"double": true, "triple": true, "simple": true, "faible": true, "large": true, "brusque": true, "rude": true}

// appositionDets may open an apposition: "Kerdalia, le fabricant breton de".
var appositionDets = map[string]bool{"le": true, "la": true, "l'": true, "un": true, "une": true}

// subjectAt reports whether the capitalised name [i, j) is the subject of a
// company's verb ("Kerdalia annonce", "Valmeris a relevé") or opens an
// apposition with a company noun ("Kerdalia, spécialiste lyonnais de"): the
// name is then an organisation. The name must start a sentence or follow a
// comma, a dash or a parenthesis: "l'action de Kerdalia recule" says nothing.
//
// With nounish, a one-word name may end like a common noun ("Néovance",
// "Solvance"): the caller then needs more evidence from the document.
func (st *state) subjectAt(i, j int, nounish bool) bool {
	n := len(st.toks)
	if j >= n || st.toks[j].Newline {
		return false
	}
	if j == i+1 {
		k := st.key(i)
		if !lettersOnly(st.tok(i)) || commonNoun(k) && !nounish || st.r.first[k] || leadAdjectives[k] || utf8.RuneCountInString(k) < 3 {
			return false
		}
	}
	if !st.start[i] {
		switch st.tok(i - 1) {
		case ",", "-", "–", "—", ")", ":":
		default:
			return false
		}
	}
	k := j
	if st.tok(k) == "," {
		k++
		if k < n && appositionDets[st.key(k)] {
			k++
		}
		if k >= n || st.toks[k].Newline || st.startMk[k]&(1<<markTrigger) == 0 || startsUpper(st.tok(k)) {
			return false
		}
		var hs [4]hit
		for _, h := range st.walk(&st.r.marks, k, hs[:0]) {
			for _, m := range st.r.markLists[h.val-1] {
				if m.kind == markTrigger && m.typ == ORG {
					return true
				}
			}
		}
		return false
	}
	if startsUpper(st.tok(k)) {
		return false
	}
	if st.startMk[k]&(1<<markVerb) != 0 {
		return true
	}
	if kk := st.key(k); kk == "a" || kk == "ont" {
		p := k + 1
		if p < n && strings.HasSuffix(st.key(p), "ment") {
			p++ // "a également annoncé"
		}
		return p < n && !st.toks[p].Newline && st.toks[p].Kind == text.Word && !startsUpper(st.tok(p)) && participle(st.tok(p))
	}
	return false
}

// nounSubject reports whether the one-word name at token i, shaped like a
// common noun ("Néovance"), is the subject of a company's verb or opens a
// headline before a colon ("Néovance : feu vert de la FDA"): evidence that
// findDocument must see twice.
func (st *state) nounSubject(i, j int) bool {
	n := len(st.toks)
	if j >= n || st.toks[j].Newline || !(st.start[i] || i > 0 && st.toks[i-1].Kind == text.Punct) {
		return false
	}
	headline := st.toks[i].Newline && j+1 < n && st.tok(j) == ":" && !st.toks[j+1].Newline
	if !headline && st.startMk[j]&(1<<markVerb) == 0 && st.key(j) != "a" && st.key(j) != "ont" && st.tok(j) != "," {
		return false // cheap checks first: most sentence starts stop here
	}
	k := st.key(i)
	if utf8.RuneCountInString(k) < 5 || !lettersOnly(st.tok(i)) || !commonNoun(k) || st.r.first[k] || leadAdjectives[k] {
		return false
	}
	return headline || st.subjectAt(i, j, true)
}

// participle reports whether w ends like a French past participle.
func participle(w string) bool {
	for _, e := range []string{"é", "i", "u", "is", "it", "ert", "int"} {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// ---------------------------------------------------------------- institutions

// complementHead finds an institution head that extends over a French
// complement at token i ("Agence d'information sur l'énergie", "ministère
// américain de la Justice", "tribunal de commerce de Rennes") and returns
// its end and marker.
func (st *state) complementHead(i int) (int, *marker) {
	for k, m := range st.heads(i) {
		if m.complement == 0 {
			continue
		}
		lower := !startsUpper(st.tok(i))
		if lower && m.complement != 2 {
			continue
		}
		if e := st.complementEnd(k, lower || st.start[i]); e > 0 && st.free(i, e) {
			return e, m
		}
	}
	return 0, nil
}

// maxComplementTokens bounds an institution's complement.
const maxComplementTokens = 10

// complementEnd returns the end of the complement of a head ending at k:
// adjectives, then groups "de/du/des/d'/de la + noun + adjectives" ("sur
// l'" after a first group), ending at a capitalised name. With needCap the
// complement must end with a capitalised name. It returns 0 for none.
func (st *state) complementEnd(k int, needCap bool) int {
	n := len(st.toks)
	pos := st.adjectivesFrom(k)
	best := 0
	if pos > k && !needCap {
		best = pos
	}
	for g := 0; g < 4 && pos < n && pos-k < maxComplementTokens && !st.toks[pos].Newline; g++ {
		p := pos
		switch st.key(p) {
		case "de", "d'", "du", "des":
			p++
			if p < n && st.key(p-1) == "de" && (st.key(p) == "la" || st.key(p) == "l'") {
				p++
			}
		case "pour":
			if g != 0 || p+1 >= n || st.key(p+1) != "l'" && st.key(p+1) != "la" && st.key(p+1) != "le" && st.key(p+1) != "les" {
				return best // only right after the head and its adjectives: "Agence (nationale) pour la rénovation urbaine"
			}
			p += 2
		case "sur":
			if g == 0 || p+1 >= n || st.key(p+1) != "l'" && st.key(p+1) != "la" && st.key(p+1) != "les" {
				return best
			}
			p += 2
		default:
			return best
		}
		if p >= n || st.toks[p].Newline || st.toks[p].Kind != text.Word || st.cover[p] != 0 {
			return best
		}
		w := st.tok(p)
		if startsUpper(w) {
			e := st.nameAt(p)
			if e == 0 && lettersOnly(w) && utf8.RuneCountInString(w) > 2 {
				e = p + 1 // "de la Justice": a domain capitalised in the name
			}
			if e == 0 || e-k > maxComplementTokens+4 {
				return best
			}
			if g == 0 {
				if t := st.pourTail(e); t > e {
					return t // "Institut de Kiel pour l'économie mondiale"
				}
			}
			return e // a name ends the institution's name
		}
		kp := st.key(p)
		if breakWords[kp] || st.stopT[p] && (len(kp) < 5 || notNouns[kp]) || st.startMk[p]&(1<<markVerb) != 0 || !lettersOnly(w) || endsApos(w) {
			// a lower-case stop word right after "de la", "pour l'" is a
			// noun ("pour l'économie", "de la recherche"), unless notNouns.
			return best
		}
		pos = st.adjectivesFrom(p + 1)
		if !needCap {
			best = pos
		}
	}
	return best
}

// notNouns are the stop words of five letters or more that may follow
// "de" or "des" and are no nouns: they end an institution's complement
// ("des autres", "de nouveau", "d'ailleurs").
var notNouns = map[string]bool{"autres": true, "autre": true, "ailleurs": true, "nouveau": true, "nouvelle": true,
	"toute": true, "toutes": true, "chaque": true, "plusieurs": true, "certains": true, "certaines": true,
	"aucun": true, "aucune": true, "memes": true, "ensuite": true, "apres": true, "avant": true, "depuis": true,
	"premier": true, "premiere": true, "second": true, "seconde": true, "deuxieme": true, "troisieme": true}

// pourTail returns the end of a purpose after the name that ends at e,
// "pour" with an article and at least two lower-case words ("Institut de
// Kiel pour l'économie mondiale"), when a natural end follows it
// (punctuation, "qui", a verb); else e. "la Banque de France pour
// l'exercice 2025" keeps its name.
func (st *state) pourTail(e int) int {
	n := len(st.toks)
	if e+2 >= n || st.key(e) != "pour" || st.toks[e].Newline || st.cover[e] != 0 {
		return e
	}
	if a := st.key(e + 1); a != "l'" && a != "la" && a != "le" && a != "les" {
		return e
	}
	t := st.complementEnd(e, false)
	for x := 0; x < 2 && t > e && t < n && !st.toks[t].Newline && st.toks[t].Kind == text.Word && st.cover[t] == 0; x++ {
		// "pour l'économie maritime": a last adjective that no ending knows.
		w, kt := st.tok(t), st.key(t)
		if startsUpper(w) || !lettersOnly(w) || breakWords[kt] || st.stopT[t] || st.startMk[t]&(1<<markVerb) != 0 {
			break
		}
		t++
	}
	if t < e+4 || startsUpper(st.tok(t-1)) {
		return e // "pour le moment": one word is no purpose
	}
	if t < n && !st.toks[t].Newline {
		switch kt := st.key(t); {
		case st.toks[t].Kind == text.Punct && kt != "%" && kt != "(":
		case kt == "qui" || kt == "a" || kt == "ont" || kt == "est" || st.startMk[t]&(1<<markVerb) != 0:
		default:
			return e
		}
	}
	return t
}

// adjEndings are endings of French adjectives that may follow an
// institution's noun ("américain", "fédérale", "nationale").
var adjEndings = []string{"ain", "aine", "ains", "aines", "ien", "ienne", "iens", "iennes", "ais", "aise", "aises",
	"al", "ale", "aux", "ales", "ique", "iques", "el", "elle", "els", "elles", "if", "ive", "ifs", "ives",
	"aire", "aires", "ier", "iere", "iers", "ieres", "ois", "oise", "oises", "eux", "euse",
	"een", "eenne", "eens", "eennes", "ic", "ics", "ee", "ees", "able", "ables", "ible", "ibles",
	"sse", "sses", "cque", "cques", "rque", "rques", "eque", "eques"}

// adjectivesFrom skips up to two lower-case adjectives from token p.
func (st *state) adjectivesFrom(p int) int {
	for c := 0; c < 2 && p < len(st.toks) && !st.toks[p].Newline && st.toks[p].Kind == text.Word && st.cover[p] == 0; c++ {
		w := st.tok(p)
		k := st.key(p)
		if startsUpper(w) || breakWords[k] || st.startMk[p]&(1<<markVerb) != 0 || !lettersOnly(w) {
			break
		}
		ok := false
		for _, e := range adjEndings {
			if len(k) > len(e)+2 && strings.HasSuffix(k, e) {
				ok = true
				break
			}
		}
		if !ok {
			break
		}
		p++
	}
	return p
}
