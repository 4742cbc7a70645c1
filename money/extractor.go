package money

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/currency"
)

// Options configures an [Extractor]. The zero value means all defaults.
type Options struct {
	// Rules are rule sets stacked, in order, on [DefaultRules]: a later
	// form overrides an earlier one of the same kind, and a removal record
	// deletes it.
	Rules []*RuleSet
	// NoDefaultRules starts from an empty rule set instead of DefaultRules.
	NoDefaultRules bool
	// Dollar is the ISO code that an ambiguous dollar ("$", "dollars",
	// "cents") takes when the text gives no context; "" means "USD". In a
	// text with Canadian context words (see context.rules) it is "CAD",
	// unless the text writes Canadian dollars explicitly, in which case the
	// plain ones are this default.
	Dollar string
	// Franc is the ISO code of a plain "francs" when the text is not dated
	// before the euro; "" means "CHF". A text whose only years are from
	// 1900 to 2001 reads "francs" as "FRF".
	Franc string
}

// Extractor finds monetary amounts in French text. It is compiled once by
// [New] and is then immutable and safe for concurrent use by any number of
// goroutines.
type Extractor struct {
	dollar, franc string

	units     map[string]*unitDef // folded keys of names and symbols
	exact     map[string]*unitDef // exact keys of symbols and suffixes
	maxUnit   int                 // longest unit form, in tokens
	scales    map[string]int      // folded scale words
	abbrs     map[string]int      // exact abbreviations
	abbrList  []string            // abbreviations, longest first
	numbers   map[string]int      // folded written numbers
	about     map[string]int      // folded approximate counts
	quals     map[string]uint8    // folded qualifier phrases
	maxQual   int                 // longest qualifier, in tokens
	qualEnd   map[string]bool     // last words of the qualifiers (see lastPart)
	qualBytes int                 // bytes to read back for a qualifier and its article
	pers      map[string]string   // folded per-unit words -> singular
	counts    map[string]bool     // folded nouns of things counted, not money
	changes   []string            // folded stems of change verbs
	contexts  []contextRule
	codes     map[string]currency.Unit
	anchor    map[string]bool // folded words that may end a written amount
	prefixes  map[string]bool // keys of the first tokens of longer unit forms
	triggers  map[string]bool // keys of words that may end a qualifier or precede "BPA ... de"
	anchorLen [128]uint32     // first ASCII letter -> bit set of key lengths
	anchorEnd [128]uint32     // first ASCII letter -> bit set of last letters
}

// unitDef is one currency unit form.
type unitDef struct {
	code   string // ISO 4217, or the family's default code
	unit   currency.Unit
	minor  bool   // a hundredth of the major unit
	family string // "" or the family code ("USD", "CHF") of an ambiguous unit
	kind   uint8  // kindName, kindSymbol, kindSuffix
}

const (
	kindName uint8 = iota
	kindSymbol
	kindSuffix
)

const (
	qualApprox uint8 = iota + 1
	qualLower
	qualUpper
)

// contextRule resolves an ambiguous family when one of its stems occurs.
type contextRule struct {
	family, code string
	stems        []string // raw forms, searched as written and capitalised
}

// New compiles an extractor from the default rules and opts.Rules. It
// returns an error when opts.Dollar or opts.Franc is not an ISO 4217 code.
func New(opts Options) (*Extractor, error) {
	e := &Extractor{
		dollar: opts.Dollar, franc: opts.Franc,
		units: map[string]*unitDef{}, exact: map[string]*unitDef{},
		scales: map[string]int{}, abbrs: map[string]int{}, numbers: map[string]int{},
		about: map[string]int{}, counts: map[string]bool{}, quals: map[string]uint8{}, pers: map[string]string{},
		codes: map[string]currency.Unit{}, anchor: map[string]bool{},
		prefixes: map[string]bool{}, triggers: map[string]bool{}, qualEnd: map[string]bool{},
	}
	if e.dollar == "" {
		e.dollar = "USD"
	}
	if e.franc == "" {
		e.franc = "CHF"
	}
	for _, c := range []string{e.dollar, e.franc} {
		if !isCode(c) {
			return nil, fmt.Errorf("money: option %q is not an ISO 4217 code", c)
		}
	}
	sets := opts.Rules
	if !opts.NoDefaultRules {
		sets = append([]*RuleSet{DefaultRules()}, sets...)
	}
	changes := map[string]bool{}
	ctx := map[string]*contextRule{}
	var ctxOrder []string
	for _, rs := range sets {
		if rs == nil {
			continue
		}
		for _, r := range rs.recs {
			e.apply(r, changes, ctx, &ctxOrder)
		}
	}
	for s := range changes {
		e.changes = append(e.changes, s)
	}
	sort.Strings(e.changes)
	for _, k := range ctxOrder {
		if c := ctx[k]; c != nil && len(c.stems) > 0 {
			e.contexts = append(e.contexts, *c)
		}
	}
	for a := range e.abbrs {
		e.abbrList = append(e.abbrList, a)
	}
	sort.Slice(e.abbrList, func(i, j int) bool {
		a, b := e.abbrList[i], e.abbrList[j]
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return a < b
	})
	// anchors: words that may end a written amount ("dix dollars",
	// "cinquante millions", "une dizaine de millions").
	for k, d := range e.units {
		if d.kind == kindName {
			w, _, _ := strings.Cut(k, " ")
			e.anchor[w] = true
		}
	}
	for k := range e.scales {
		e.anchor[k] = true
	}
	for k := range e.anchor {
		if len(k) < 3 || k[0] >= 128 {
			continue
		}
		if n := len(k); n < 32 {
			e.anchorLen[k[0]] |= 1 << n
		} else {
			e.anchorLen[k[0]] |= 1 << 31
		}
		if c := k[len(k)-1]; 'a' <= c && c <= 'z' {
			e.anchorEnd[k[0]] |= 1 << (c - 'a')
		} else {
			e.anchorEnd[k[0]] |= 1 << 31
		}
	}
	// prefixes of multi-token unit forms, so that matching stops early.
	for _, m := range []map[string]*unitDef{e.units, e.exact} {
		for k := range m {
			for i := 0; i < len(k); i++ {
				if k[i] == ' ' {
					e.prefixes[k[:i]] = true
				}
			}
		}
	}
	// words after which a qualifier, an opener or "par action" may end.
	for q := range e.quals {
		f := strings.FieldsFunc(q, func(r rune) bool { return r == ' ' || r == '-' })
		if len(f) > 0 {
			w := f[len(f)-1]
			if i := strings.LastIndexByte(w, '\''); i >= 0 && i < len(w)-1 {
				w = w[i+1:]
			}
			e.triggers[w] = true
			e.qualEnd[w] = true
		}
	}
	for _, w := range []string{"les", "le", "la", "l'", "des", "de", "d'", "du", "a", "bpa", "entre", "action", "titre", "contre", "apres", "vs", ":"} {
		e.triggers[w] = true
	}
	for _, c := range []string{e.dollar, e.franc, "CAD", "USD", "FRF", "CHF", "EUR"} {
		e.unitOf(c)
	}
	return e, nil
}

// unitOf returns the x/text unit of an ISO code (XXX when x/text does not
// know it), caching it. Only New calls it: the map is read-only afterwards.
func (e *Extractor) unitOf(code string) currency.Unit {
	if u, ok := e.codes[code]; ok {
		return u
	}
	u, err := currency.ParseISO(code)
	if err != nil {
		u = currency.XXX
	}
	e.codes[code] = u
	return u
}

// formKeys lexes a rule form and returns its folded and exact token keys,
// joined by single spaces, and its length in tokens.
func formKeys(form string) (folded, exact string, n int, letters1, mixed bool) {
	var fb, eb []byte
	for i := 0; ; {
		t := lexAt(form, i, len(form))
		if t.kind == tEOF {
			break
		}
		if n > 0 {
			fb = append(fb, ' ')
			eb = append(eb, ' ')
		}
		w := form[t.start:t.end]
		fb = appendKey(fb, w)
		eb = append(eb, w...)
		if t.kind == tWord {
			if len([]rune(w)) == 1 {
				letters1 = true
			}
			if strings.ToUpper(w) != w && strings.ToLower(w) != w {
				mixed = true
			}
		}
		n++
		i = t.end
	}
	return string(fb), string(eb), n, letters1, mixed
}

// plurals returns the French plural variants of a name form: every word, or
// only the first, takes an "s" (unless it ends in s, x or z).
func plurals(form string) []string {
	words := strings.Fields(form)
	plural := func(w string) string {
		if w == "" || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
			strings.HasSuffix(w, "'") || strings.ContainsRune(w, '\'') || strings.ContainsRune(w, '’') {
			return w
		}
		return w + "s"
	}
	first := slices.Clone(words)
	first[0] = plural(first[0])
	all := slices.Clone(words)
	for i, w := range all {
		lw := strings.ToLower(w)
		if lw == "de" || lw == "des" || lw == "du" || (i > 0 && strings.ToUpper(w) == w) {
			break
		}
		all[i] = plural(w)
	}
	return []string{strings.Join(first, " "), strings.Join(all, " ")}
}

// apply adds or removes the forms of one rule.
func (e *Extractor) apply(r rule, changes map[string]bool, ctx map[string]*contextRule, order *[]string) {
	switch r.kind {
	case "name", "symbol", "suffix":
		var d *unitDef
		if !r.remove {
			code, amb, minor, _ := parseCode(r.value)
			d = &unitDef{code: code, unit: e.unitOf(code), minor: minor}
			if amb {
				d.family = code
			}
			switch r.kind {
			case "symbol":
				d.kind = kindSymbol
			case "suffix":
				d.kind = kindSuffix
			}
		}
		for _, f := range r.forms {
			forms := []string{f}
			if r.kind == "name" {
				forms = append(forms, plurals(f)...)
			}
			for _, g := range forms {
				folded, exact, n, one, mixed := formKeys(g)
				if n == 0 {
					continue
				}
				switch r.kind {
				case "name":
					setUnit(e.units, folded, d)
				case "symbol":
					setUnit(e.exact, exact, d)
					if !one && !mixed {
						// a name keeps its folded form: "EURO" must not make
						// "euro" a symbol that may precede a number.
						if old, ok := e.units[folded]; !ok || old.kind != kindName || d == nil {
							setUnit(e.units, folded, d)
						}
					}
				case "suffix":
					setUnit(e.exact, exact, d)
				}
				if d != nil && n > e.maxUnit {
					e.maxUnit = n
				}
			}
		}
	case "scale", "abbr", "number", "about":
		v, _ := strconv.Atoi(r.value)
		for _, f := range r.forms {
			switch r.kind {
			case "scale":
				setInt(e.scales, key(f), v, r.remove)
			case "abbr":
				setInt(e.abbrs, f, v, r.remove)
			case "number":
				setInt(e.numbers, key(f), v, r.remove)
			case "about":
				setInt(e.about, key(f), v, r.remove)
			}
		}
	case "qualifier":
		q := map[string]uint8{"approx": qualApprox, "lower": qualLower, "upper": qualUpper}[r.value]
		for _, f := range r.forms {
			k := key(f)
			if r.remove {
				delete(e.quals, k)
				continue
			}
			e.quals[k] = q
			// the form, an article after it ("des ") and slack for spacing.
			e.qualBytes = max(e.qualBytes, len(f)+12)
			if n := len(strings.Fields(strings.NewReplacer("'", "' ", "-", " - ").Replace(k))); n > e.maxQual {
				e.maxQual = n
			}
		}
	case "per":
		for _, f := range r.forms {
			if r.remove {
				delete(e.pers, key(f))
			} else {
				e.pers[key(f)] = r.value
			}
		}
	case "count":
		for _, f := range r.forms {
			// one word: the noun right after "de" is what is looked up.
			f, _, _ = strings.Cut(f, " ")
			for _, g := range append([]string{f}, plurals(f)...) {
				if r.remove {
					delete(e.counts, key(g))
				} else {
					e.counts[key(g)] = true
				}
			}
		}
	case "change":
		for _, f := range r.forms {
			changes[key(f)] = !r.remove
			if r.remove {
				delete(changes, key(f))
			}
		}
	case "context":
		if r.remove {
			for _, c := range ctx {
				c.stems = slices.DeleteFunc(c.stems, func(s string) bool { return slices.Contains(r.forms, s) })
			}
			return
		}
		c := ctx[r.value]
		if c == nil {
			fam, code, _ := strings.Cut(r.value, "=")
			c = &contextRule{family: strings.TrimPrefix(fam, "~"), code: code}
			ctx[r.value] = c
			*order = append(*order, r.value)
			e.unitOf(code)
		}
		c.stems = append(c.stems, r.forms...)
	}
}

func key(s string) string { return string(appendKey(nil, s)) }

func setUnit(m map[string]*unitDef, k string, d *unitDef) {
	if d == nil {
		delete(m, k)
		return
	}
	m[k] = d
}

func setInt(m map[string]int, k string, v int, remove bool) {
	if remove {
		delete(m, k)
		return
	}
	m[k] = v
}

var defaultExtractor = sync.OnceValues(func() (*Extractor, error) { return New(Options{}) })

// Default returns the shared extractor built from the default rules and
// options. It is safe for concurrent use.
func Default() *Extractor {
	e, err := defaultExtractor()
	if err != nil {
		panic("money: default rules do not compile: " + err.Error())
	}
	return e
}

// FindAll returns every amount of input, sorted by Start then End. Offsets
// are byte offsets into input. It never fails; input without amounts gives
// nil without allocating.
func (e *Extractor) FindAll(input string) []Amount {
	a, _ := e.FindIn(input, Whole(input))
	return a
}

// FindIn returns the amounts found in the given spans of input (byte
// offsets into input, in reading order), sorted by Start then End. Context
// (the currency of a currency-less amount, a Canadian dispatch) is read
// across all the spans and, for context words, the input within 32 KiB of
// the first ambiguous amount (the whole of a dispatch). The money
// package raises no warnings today; the slice is there for the pipeline.
func (e *Extractor) FindIn(input string, spans []Span) ([]Amount, []Warning) {
	var p *parser
	for _, sp := range spans {
		if sp.Start < 0 {
			sp.Start = 0
		}
		if sp.End > len(input) {
			sp.End = len(input)
		}
		if sp.Start >= sp.End {
			continue
		}
		p = e.scan(p, input, sp)
	}
	if p == nil {
		return nil, nil
	}
	out := e.finish(p, input)
	p.release()
	return out, nil
}

// Whole returns the one span that covers all of s (none for an empty s).
func Whole(s string) []Span {
	if s == "" {
		return nil
	}
	return []Span{{Start: 0, End: len(s)}}
}

// finish resolves ambiguous and missing currencies and returns the amounts
// (a copy of p.amts when the buffer is pooled again, else p.amts itself).
func (e *Extractor) finish(p *parser, input string) []Amount {
	as, fs := p.amts, p.found
	if len(as) == 0 {
		return nil
	}
	var dollar, franc string
	for i := range fs {
		d := fs[i].def
		if d == nil || d.family == "" {
			continue
		}
		switch d.family {
		case "USD":
			if dollar == "" {
				dollar = e.resolveDollar(fs, contextWindow(input, as[i].Start))
			}
			as[i].Code = dollar
		case "CHF":
			if franc == "" {
				franc = e.franc
				if preEuro(contextWindow(input, as[i].Start)) {
					franc = "FRF"
				}
			}
			as[i].Code = franc
		default:
			as[i].Code = e.resolveFamily(d.family, contextWindow(input, as[i].Start))
		}
		as[i].Ambiguous = true
	}
	// currency-less amounts take the currency of the previous amount, or
	// else of the next one; with none in the text, they are not amounts.
	// A bracketed amount is a conversion of the one before it ("2 300
	// milliards de yens (16,2 milliards d'euros)"): it does not set the
	// context.
	last := ""
	for i := range as {
		if as[i].Code != "" {
			if !fs[i].paren || last == "" {
				last = as[i].Code
			}
			continue
		}
		as[i].Code = last
	}
	next := ""
	for i := len(as) - 1; i >= 0; i-- {
		if as[i].Code != "" {
			next = as[i].Code
		} else {
			as[i].Code = next
		}
	}
	// set the currencies in place; compact only when an amount is dropped
	// (copying 192-byte amounts is what an amount-dense input pays most).
	// "mio" and "mrd" with no currency anywhere: CHF in a Swiss text (a
	// context rule of the pseudo-family ~MIO: "(awp)", "Zurich").
	swiss := ""
	for i := range as {
		if as[i].Code != "" || !fs[i].swiss {
			continue
		}
		if swiss == "" {
			swiss = e.resolveFamily("MIO", contextWindow(input, as[i].Start))
		}
		if swiss != "MIO" {
			as[i].Code, as[i].Ambiguous = swiss, true
		}
	}
	out := as
	lastCode, lastUnit := "", currency.Unit{}
	for i := range as {
		c := as[i].Code
		if c == "" {
			out = nil
			break
		}
		if c != lastCode {
			lastCode, lastUnit = c, e.codes[c]
		}
		as[i].Currency = lastUnit
	}
	if out == nil {
		out = as[:0]
		for i := range as {
			if as[i].Code == "" {
				continue
			}
			a := as[i]
			a.Currency = e.codes[a.Code]
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return nil
	}
	if cap(as) <= maxPooledAmounts {
		// the buffer goes back to the pool: hand out a copy.
		out = append([]Amount(nil), out...)
	} else {
		p.amts = nil
	}
	less := func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End < out[j].End
	}
	if !sort.SliceIsSorted(out, less) {
		sort.SliceStable(out, less)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// contextBytes is how far around the first ambiguous amount the context
// words are looked for: a whole dispatch, but not a whole archive.
const contextBytes = 32 << 10

// contextWindow returns the part of input within contextBytes of pos.
func contextWindow(input string, pos int) string {
	lo, hi := max(0, pos-contextBytes), min(len(input), pos+contextBytes)
	return input[lo:hi]
}

// resolveDollar returns the code of an ambiguous dollar in this text.
func (e *Extractor) resolveDollar(fs []found, input string) string {
	for _, f := range fs {
		if f.def != nil && f.def.family == "" && f.def.code == "CAD" {
			// the text writes Canadian dollars explicitly: a plain dollar is
			// another one.
			return e.dollar
		}
	}
	return e.resolveFamily("USD", input)
}

// resolveFamily applies the context rules of a family.
func (e *Extractor) resolveFamily(family, input string) string {
	for _, c := range e.contexts {
		if c.family != family {
			continue
		}
		for _, s := range c.stems {
			if containsWord(input, s) {
				return c.code
			}
		}
	}
	switch family {
	case "USD":
		return e.dollar
	case "CHF":
		return e.franc
	}
	return family
}

// containsWord reports whether a word starting with stem occurs in s, as
// written, capitalised or in capitals. The first two forms share their tail
// ("anad" for "canad" and "Canad"), so two passes over s suffice.
func containsWord(s, stem string) bool {
	if stem == "" {
		return false
	}
	_, n := utf8.DecodeRuneInString(stem)
	first, tail := stem[:n], stem[n:]
	if tail == "" {
		tail, first = stem, ""
	}
	capital := capitalise(first)
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], tail)
		if i < 0 {
			break
		}
		i += off
		w := i - len(first)
		if first == "" || w >= 0 && s[w:i] == first {
			if w == 0 || !isAlnumBefore(s, w) {
				return true
			}
		} else if w2 := i - len(capital); w2 >= 0 && s[w2:i] == capital {
			if w2 == 0 || !isAlnumBefore(s, w2) {
				return true
			}
		}
		off = i + 1
	}
	up := strings.ToUpper(stem)
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], up)
		if i < 0 {
			break
		}
		i += off
		if i == 0 || !isAlnumBefore(s, i) {
			return true
		}
		off = i + 1
	}
	return false
}

func capitalise(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// preEuro reports whether every year written in s (1900 to 2099) is before
// 2002, and there is at least one.
func preEuro(s string) bool {
	seen := false
	for i := 0; i+4 <= len(s); i++ {
		if !isDigit(s[i]) || (i > 0 && (isDigit(s[i-1]) || s[i-1] == ',' || s[i-1] == '.')) {
			continue
		}
		if i+4 < len(s) && isDigit(s[i+4]) {
			i += 4
			continue
		}
		if !isDigit(s[i+1]) || !isDigit(s[i+2]) || !isDigit(s[i+3]) {
			continue
		}
		y := int(s[i]-'0')*1000 + int(s[i+1]-'0')*100 + int(s[i+2]-'0')*10 + int(s[i+3]-'0')
		if y >= 2002 && y <= 2099 {
			return false
		}
		if y >= 1900 && y <= 2001 {
			seen = true
		}
		i += 3
	}
	return seen
}
