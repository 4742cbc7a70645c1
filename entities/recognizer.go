package entities

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/depeche-go/depeche/internal/text"
)

// Options configures a [Recognizer]. The zero value means all defaults.
type Options struct {
	// Rules are stacked on the default rules, in order: a later record
	// overrides an earlier one with the same key (type and canonical name for
	// gazetteer entries, keyword and word for the others, name for patterns),
	// and a '!' record removes one.
	Rules []*RuleSet

	// NoDefaults starts from an empty rule set instead of [DefaultRules].
	NoDefaults bool

	// NoGuess turns off the weakest heuristic: a capitalised name in the
	// middle of a sentence that no list or pattern explains is otherwise
	// reported as an ORG (rule "capitalised").
	NoGuess bool
}

// entry is one gazetteer entity.
type entry struct {
	typ       Type
	canonical string
	subtype   string
	id        string
	role, org string
	exact     bool // case=exact
	anyCase   bool // case=any
	// article: article=yes, the name counts only after an article
	// ("le Var", "dans l'Aube"; not "Var." heading a column, "Somme toute").
	article bool
	prio    int // index of the rule set: a later set wins a shared alias
}

// form is one surface form of a gazetteer entry, tokenized.
type form struct {
	entry int32
	caps  []bool
	texts []string
	nCaps int
	upper int8 // a short all-caps form: 2 = the surface must be all caps too, 3 = or title case inside a sentence
	// stripped is a form without its leading article ("Echos" of "Les
	// Echos"): one word needs an article before it.
	stripped bool
	article  bool // the form starts with an article: the article keeps its case
	// variant: a product's alias that extends its canonical name ("A320neo"
	// of "A320", "MacBook Air" of "MacBook"): a model of its own.
	variant bool
}

// markKind is what a marker phrase signals.
type markKind uint8

const (
	markTitle markKind = iota + 1
	markRole
	markTrigger
	markHead
	markParticle
	markLegal
	markExchange
	markSuffix
	markVerb
	markCue
)

type marker struct {
	kind    markKind
	typ     Type
	subtype string
	skip    int
	anyCase bool
	// lower: a head written in lower case, or capitalised only at a
	// sentence start ("la vallée du Rhône", not "Bains de Mer de Monaco").
	lower bool
	name  string
	// guess: guess=yes on a trigger, the type is a guess that the document's
	// other mentions override ("le site de X" is a place unless X is a
	// company elsewhere in the text).
	guess bool
	// complement: a head that extends over a French complement ("Agence
	// d'information sur l'énergie"); 1 = any, 2 = a capitalised word must
	// follow when the head is written in lower case ("tribunal de commerce de
	// Rennes").
	complement int8
}

// Recognizer finds named entities. It is immutable after [New] and safe for
// concurrent use by any number of goroutines.
type Recognizer struct {
	entries   []entry
	forms     []form
	formLists [][]int32 // gaz trie value - 1 -> forms
	gaz       trie
	blocks    trie // stop phrases of several words, capitalised: val 1 at their ends
	marks     trie // value - 1 -> markLists
	markLists [][]marker
	first     map[string]bool
	stop      map[string]bool
	common    map[string]bool
	patterns  []*rule
	endings   []ending
	// lowerEndings: some ending types lower-case words (lower=yes).
	lowerEndings bool
	endBits      [1 << 10 / 64]uint64 // pre-filter of endings by their last two bytes
	noGuess      bool
	lexBits      [1 << 10]uint64 // pre-filter of lexT keys by lexHash
	lexT         lexTable        // one lookup per token for the tries and stop words
}

// lexInfo is what the recogniser knows about one token key.
type lexInfo struct {
	gaz, mk *trie
	stop    bool
	flags   uint8 // lexBlock, lexCount, lexPharma: tokens that tokenize notes by index (noteFlags)
}

// lexInfo flags.
const (
	lexBlock  uint8 = 1 << iota // first word of a stop phrase of several words
	lexCount                    // a determiner that counts a common noun: "cette", "chaque"
	lexPharma                   // a word of medicines: "phase", "essai" (pharmaWords)
)

// ending is an "ending" record: an unknown one-word name whose key ends with
// suf has the type ("Tenzumab", "Kordevir": drugs).
type ending struct {
	suf     string
	typ     Type
	subtype string
	// lower: a lower-case word ending so has the type too, in a sentence
	// of its trade ("l'essai de phase 3 du tirzépatide"); lower=yes.
	lower bool
}

// New compiles a recogniser from the default rules and opts.Rules. It
// returns an error only for an invalid combination of rules (none today: rule
// sets are validated when parsed), so with the defaults it does not fail.
func New(opts Options) (*Recognizer, error) {
	var sets []*RuleSet
	if !opts.NoDefaults {
		sets = append(sets, DefaultRules())
	}
	sets = append(sets, opts.Rules...)
	r := &Recognizer{
		first:   map[string]bool{},
		stop:    map[string]bool{},
		common:  map[string]bool{},
		noGuess: opts.NoGuess,
	}

	// stack the records.
	type entRec struct {
		r    *rule
		prio int
	}
	var entOrder []string
	ents := map[string]*entRec{}
	removedForms := map[string]bool{} // type \t key
	words := map[string]*rule{}       // kind \t key
	var wordOrder []string
	var patOrder []string
	pats := map[string]*rule{}
	for si, s := range sets {
		if s == nil {
			continue
		}
		for i := range s.rules {
			rl := &s.rules[i]
			switch rl.kind {
			case kindEntry:
				k := string(rl.typ) + "\t" + text.Key(rl.canonical)
				if rl.remove {
					if _, ok := ents[k]; ok {
						delete(ents, k)
					} else {
						removedForms[k] = true
					}
					continue
				}
				if _, ok := ents[k]; !ok {
					entOrder = append(entOrder, k)
				}
				ents[k] = &entRec{r: rl, prio: si}
			case kindPattern:
				if rl.remove {
					delete(pats, rl.name)
					continue
				}
				if _, ok := pats[rl.name]; !ok {
					patOrder = append(patOrder, rl.name)
				}
				pats[rl.name] = rl
			default:
				for _, f := range rl.forms {
					k := strconv.Itoa(int(rl.kind)) + "\t" + text.Key(f)
					if rl.remove {
						delete(words, k)
						continue
					}
					if _, ok := words[k]; !ok {
						wordOrder = append(wordOrder, k)
					}
					words[k] = rl
				}
			}
		}
	}

	// gazetteer.
	for _, k := range entOrder {
		er, ok := ents[k]
		if !ok {
			continue
		}
		rl := er.r
		e := entry{typ: rl.typ, canonical: rl.canonical, subtype: rl.attr("subtype"),
			role: rl.attr("role"), org: rl.attr("org"), prio: er.prio}
		switch {
		case rl.attr("isin") != "":
			e.id = rl.attr("isin")
		case rl.attr("lei") != "":
			e.id = rl.attr("lei")
		case rl.attr("id") != "":
			e.id = rl.attr("id")
		}
		e.article = rl.attr("article") == "yes"
		switch rl.attr("case") {
		case "exact":
			e.exact = true
		case "any":
			e.anyCase = true
		}
		idx := int32(len(r.entries))
		r.entries = append(r.entries, e)
		all := append([]string{rl.canonical}, rl.forms...)
		seen := map[string]bool{}
		type pending struct {
			keys, texts []string
			caps        []bool
			stripped    bool
		}
		var todo []pending
		for _, f := range all {
			if removedForms[string(rl.typ)+"\t"+text.Key(f)] {
				continue
			}
			keys, caps, texts := phraseKeys(f)
			if len(keys) == 0 {
				continue
			}
			todo = append(todo, pending{keys, texts, caps, false})
			if len(keys) >= 2 && caps[0] && articles[keys[0]] && (rl.typ == MEDIA || rl.typ == ORG) {
				todo = append(todo, pending{keys[1:], texts[1:], caps[1:], true})
			}
		}
		for _, p := range todo {
			keys, caps, texts := p.keys, p.caps, p.texts
			jk := strings.Join(keys, " ")
			if seen[jk] {
				continue
			}
			seen[jk] = true
			fm := form{entry: idx, caps: caps, texts: texts, stripped: p.stripped, article: articles[keys[0]]}
			if rl.typ == PRODUCT {
				sc, sf := squash(text.Key(rl.canonical)), squash(jk)
				fm.variant = len(sf) > len(sc) && strings.HasPrefix(sf, sc)
			}
			for _, c := range caps {
				if c {
					fm.nCaps++
				}
			}
			if len(texts) == 1 && isAllUpper(texts[0]) {
				switch len([]rune(texts[0])) {
				case 1, 2:
					fm.upper = 2
				case 3:
					fm.upper = 3
				}
			}
			fi := int32(len(r.forms))
			r.forms = append(r.forms, fm)
			node := r.gaz.insert(keys)
			if node.val == 0 {
				r.formLists = append(r.formLists, nil)
				node.val = int32(len(r.formLists))
			}
			r.formLists[node.val-1] = append(r.formLists[node.val-1], fi)
		}
	}

	// words and markers.
	addMark := func(phrase string, m marker) {
		keys, _, _ := phraseKeys(phrase)
		if len(keys) == 0 {
			return
		}
		node := r.marks.insert(keys)
		if node.val == 0 {
			r.markLists = append(r.markLists, nil)
			node.val = int32(len(r.markLists))
		}
		r.markLists[node.val-1] = append(r.markLists[node.val-1], m)
	}
	for _, k := range wordOrder {
		rl, ok := words[k]
		if !ok {
			continue
		}
		word := k[strings.IndexByte(k, '\t')+1:]
		// find the original spelling for tokenizing.
		orig := word
		for _, f := range rl.forms {
			if text.Key(f) == word {
				orig = f
				break
			}
		}
		keys, _, _ := phraseKeys(orig)
		jk := strings.Join(keys, " ")
		switch rl.kind {
		case kindFirst:
			r.first[jk] = true
		case kindStop:
			r.stop[jk] = true
			if len(keys) >= 2 && startsUpper(orig) {
				// "West Texas Intermediate": a phrase in several words that
				// covers its tokens, so that no part of it is a name.
				r.blocks.insert(keys).val = 1
			}
		case kindCommon:
			r.common[jk] = true
		case kindTitle:
			addMark(orig, marker{kind: markTitle})
		case kindRole:
			addMark(orig, marker{kind: markRole})
		case kindLegal:
			addMark(orig, marker{kind: markLegal})
		case kindParticle:
			addMark(orig, marker{kind: markParticle})
		case kindExchange:
			addMark(orig, marker{kind: markExchange})
		case kindSuffix:
			addMark(orig, marker{kind: markSuffix})
		case kindVerb:
			addMark(orig, marker{kind: markVerb})
		case kindCue:
			addMark(orig, marker{kind: markCue, typ: rl.typ, subtype: rl.attr("subtype"), name: text.Key(orig)})
		case kindEnding:
			r.endings = append(r.endings, ending{suf: jk, typ: rl.typ, subtype: rl.attr("subtype"), lower: rl.attr("lower") == "yes"})
			r.lowerEndings = r.lowerEndings || rl.attr("lower") == "yes"
			h := endHash(jk)
			r.endBits[h>>6] |= 1 << (h & 63)
			if len(jk) < 2 {
				for b := range r.endBits {
					r.endBits[b] = ^uint64(0) // a one-letter ending: no pre-filter
				}
			}
		case kindTrigger, kindHead:
			m := marker{kind: markTrigger, typ: rl.typ, subtype: rl.attr("subtype"), skip: 3, name: text.Key(orig)}
			if rl.kind == kindHead {
				m.kind = markHead
				m.skip = 0
				m.anyCase = rl.attr("case") == "any"
				m.lower = rl.attr("case") == "lower"
				switch rl.attr("complement") {
				case "any":
					m.complement = 1
				case "cap":
					m.complement = 2
				}
			}
			if s := rl.attr("skip"); s != "" {
				m.skip, _ = strconv.Atoi(s)
			}
			m.guess = rl.attr("guess") == "yes"
			addMark(orig, m)
		}
	}
	for _, n := range patOrder {
		if p, ok := pats[n]; ok {
			r.patterns = append(r.patterns, p)
		}
	}
	lex := make(map[string]lexInfo, len(r.gaz.next)+len(r.marks.next)+len(r.stop)+len(r.blocks.next))
	for k, n := range r.gaz.next {
		lx := lex[k]
		lx.gaz = n
		lex[k] = lx
	}
	for k, n := range r.marks.next {
		lx := lex[k]
		lx.mk = n
		lex[k] = lx
	}
	for k := range r.blocks.next {
		lx := lex[k]
		lx.flags |= lexBlock
		lex[k] = lx
	}
	for k := range countDets {
		lx := lex[k]
		lx.flags |= lexCount
		lex[k] = lx
	}
	if r.lowerEndings {
		for k := range pharmaWords {
			lx := lex[k]
			lx.flags |= lexPharma
			lex[k] = lx
		}
	}
	for k := range r.stop {
		if !strings.Contains(k, " ") {
			lx := lex[k]
			lx.stop = true
			lex[k] = lx
		}
	}
	for k := range lex {
		h := lexHash(k)
		r.lexBits[h>>6] |= 1 << (h & 63)
	}
	r.lexT = buildLex(lex)
	return r, nil
}

// endHash is a 10-bit signature of the last two bytes of a key, for the
// pre-filter of endings.
func endHash(k string) uint32 {
	if len(k) < 2 {
		return 0
	}
	return uint32(k[len(k)-2]&31)<<5 | uint32(k[len(k)-1]&31)
}

// lexHash is a cheap 16-bit signature of a key (length, first and last
// bytes) for the lexicon's pre-filter.
func lexHash(k string) uint32 {
	if k == "" {
		return 0
	}
	return uint32(len(k)&15)<<12 | uint32(k[0]&63)<<6 | uint32(k[len(k)-1]&63)
}

// maybeLexBytes reports whether the key k may be in the lexicon: false
// means surely not.
func (r *Recognizer) maybeLexBytes(k []byte) bool {
	h := uint32(len(k)&15)<<12 | uint32(k[0]&63)<<6 | uint32(k[len(k)-1]&63)
	return r.lexBits[h>>6]&(1<<(h&63)) != 0
}

// articles may lead a name ("Les Echos") and be left out ("les Echos").
var articles = map[string]bool{"le": true, "la": true, "les": true, "l'": true, "the": true}

// contractions are the words that may stand for an article left out of a
// name ("du Monde", "aux Echos").
var contractions = map[string]bool{"le": true, "la": true, "les": true, "l'": true, "du": true, "des": true, "au": true, "aux": true, "de": true, "d'": true}

var defaultRecognizer = sync.OnceValues(func() (*Recognizer, error) { return New(Options{}) })

// Default returns the shared recogniser built from the default rules, built
// on first use. It panics only if the embedded rules are malformed, which a
// test catches.
func Default() *Recognizer {
	r, err := defaultRecognizer()
	if err != nil {
		panic("entities: default rules do not compile: " + err.Error())
	}
	return r
}

// FindAll returns every entity mention of input, sorted by Start then End.
// Offsets are byte offsets into input.
func (r *Recognizer) FindAll(input string) []Entity {
	e, _ := r.FindIn(input, nil)
	return e
}

// FindIn returns the entity mentions found in the given spans of input (all
// of input when spans is nil), sorted by Start then End, and the warnings
// raised (a user pattern that hit its time limit). Offsets are byte offsets
// into input; spans are clamped to it. It never fails on content.
func (r *Recognizer) FindIn(input string, spans []Span) ([]Entity, []Warning) {
	if spans == nil {
		spans = text.Whole(input)
	}
	st := statePool.Get().(*state)
	defer func() { st.reset(); statePool.Put(st) }()
	st.r = r
	st.in = input
	st.tokenize(spans)
	if len(st.toks) == 0 {
		return nil, nil
	}
	st.findCodes()
	warns := st.findPatterns()
	st.findGazetteer()
	st.findChunks()
	st.findLowerEndings()
	st.findDocument()
	return st.entities(), warns
}

var statePool = sync.Pool{New: func() any { return &state{} }}

// maxWindow is the largest piece of a sentence that an extended (regexp2)
// pattern sees in one call.
const maxWindow = 4096

// patternBudget tracks the time a regexp2 pattern has used on one input.
type patternBudget struct {
	used time.Duration
}

func (st *state) findPatterns() []Warning {
	if len(st.r.patterns) == 0 {
		return nil
	}
	var warns []Warning
	for _, p := range st.r.patterns {
		var budget patternBudget
		for _, sn := range st.sents {
			if sn.End <= sn.Start {
				continue
			}
			win := st.in[sn.Start:sn.End]
			var locs [][2]int
			if p.re != nil {
				for _, m := range p.re.FindAllStringSubmatchIndex(win, -1) {
					a, b := m[2*p.group], m[2*p.group+1]
					if a >= 0 {
						locs = append(locs, [2]int{a, b})
					}
				}
			} else {
				// extended patterns see windows of at most maxWindow bytes, cut
				// at a space when one is near, so that one call stays short.
				off, stop := 0, false
				for off < len(win) && !stop {
					end := min(len(win), off+maxWindow)
					if end < len(win) {
						if sp := strings.LastIndexByte(win[off:end], ' '); sp > maxWindow/2 {
							end = off + sp + 1
						}
						for end > off+1 && !utf8.RuneStart(win[end]) {
							end--
						}
					}
					t0 := time.Now()
					ms, err := p.re2.FindAll(win[off:end], 0)
					budget.used += time.Since(t0)
					for _, m := range ms {
						a, b := m.Start, m.End
						if p.group > 0 {
							if p.group-1 >= len(m.Groups) {
								continue
							}
							a, b = m.Groups[p.group-1][0], m.Groups[p.group-1][1]
						}
						if a >= 0 {
							locs = append(locs, [2]int{off + a, off + b})
						}
					}
					if err != nil || budget.used > p.timeout {
						warns = append(warns, Warning{
							Message: fmt.Sprintf("entities: pattern %q (%s:%d) hit its time limit of %v; skipped for the rest of this input", p.name, p.source, p.line, p.timeout),
							Start:   sn.Start + off, End: sn.Start + end,
						})
						stop = true
					}
					off = end
				}
				st.addPatternMatches(p, sn.Start, locs)
				if stop {
					break
				}
				continue
			}
			st.addPatternMatches(p, sn.Start, locs)
		}
	}
	return warns
}
