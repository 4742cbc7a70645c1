package quotes

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-go/depeche/entities"
	"github.com/depeche-go/depeche/internal/text"
)

// Token flags.
const (
	tCap       uint16 = 1 << iota // starts with an upper-case letter
	tSpace                        // white space before
	tNL                           // a line break before
	tPara                         // first token of a paragraph
	tA                            // the preposition "à" (not the auxiliary "a")
	tInQuote                      // inside a reported quote
	tUsed                         // already used as the cue of a quote
	tSentStart                    // first token of a sentence
	tAllCaps                      // a word in capitals
	tEnt                          // covered by an entity
)

// tok is one token of the document.
type tok struct {
	start, end int32
	id         int32 // vocabulary id, -1 when the word is unknown
	kind       text.Kind
	flags      uint16
	para, sent int32
	men        int32  // index of the mention that covers the token, -1
	wf         uint32 // word-class flags of the word
}

// mention is a named thing the resolver can refer back to: an entity, or a
// capitalised name found without the entities package.
type mention struct {
	start, end int // token range
	typ        entities.Type
	canonical  string
	sub        string // the entity's subtype ("bank", "company"), when known
}

// nameGender is the gender a name was given in the document.
type nameGender struct {
	name string
	g    int8
}

// doc is the per-call state. It is pooled.
type doc struct {
	a        *Attributor
	input    string
	toks     []tok
	buf      []text.Token
	ents     []entities.Entity
	mentions []mention
	merge    []mention       // scratch for merging the names found with the entities
	inner    map[string]bool // scratch for findNames
	counts   []int32         // per mention, how many mentions of its canonical name so far
	key      []byte
	pairs    []pair
	quotes   []rawQuote
	atts     []Attribution
	warns    []Warning
	sentEnd  []int32 // per sentence, index after its last token
	exch     []exchange
	cands    []cand
	evs      []event
	// discourse state
	lastSubj    resolved
	subjs       []resolved   // the last subjects, lastSubj last (at most 8)
	genders     []nameGender // genders learnt for names
	pending     [2]int       // a subject not resolved yet
	hasPending  bool
	hasSubj     bool
	lastSpk     resolved
	lastSpkPos  int
	hasSpk      bool
	srcOrgs     []string // organisations already named as sources (analyst resolution)
	analysts    []string // organisations referred to as brokers or analysts
	lastQue     int      // the "que" of the last que-clause attribution
	lastQueSent int      // its sentence (+1)
	lead        string   // the company the dispatch opens with as a subject
	avoid       int      // while resolving a pronoun: a subject's token it does not stand for (0: none)
}

var docPool = sync.Pool{New: func() any { return new(doc) }}

func (d *doc) reset() {
	d.a, d.input = nil, ""
	d.toks = d.toks[:0]
	d.ents = nil
	d.mentions = d.mentions[:0]
	d.merge = d.merge[:0]
	d.counts = d.counts[:0]
	d.key = d.key[:0]
	d.pairs = d.pairs[:0]
	d.quotes = d.quotes[:0]
	clear(d.atts) // their texts would keep the input alive in the pool
	d.atts = d.atts[:0]
	d.warns = d.warns[:0]
	d.sentEnd = d.sentEnd[:0]
	d.exch = d.exch[:0]
	d.cands = d.cands[:0]
	d.evs = d.evs[:0]
	d.lastSubj, d.hasSubj = resolved{}, false
	d.subjs = d.subjs[:0]
	d.genders = d.genders[:0]
	d.hasPending = false
	d.lastSpk, d.hasSpk, d.lastSpkPos = resolved{}, false, 0
	d.srcOrgs = d.srcOrgs[:0]
	d.analysts = d.analysts[:0]
	d.analysts = d.analysts[:0]
	d.lastQue, d.lastQueSent = 0, 0
	d.lead = ""
	d.avoid = 0
}

// prepare tokenizes the spans, looks every word up and marks paragraphs,
// sentences and entities.
func (d *doc) prepare(spans []Span, ents []entities.Entity) {
	buf := d.buf[:0]
	defer func() { d.buf = buf[:0] }()
	last := 0
	for si, sp := range spans {
		if sp.Start < last {
			sp.Start = last
		}
		if sp.End > len(d.input) {
			sp.End = len(d.input)
		}
		if sp.Start >= sp.End {
			continue
		}
		last = sp.End
		if est := len(d.toks) + (sp.End-sp.Start)/5 + 16; cap(d.toks) < est {
			d.toks = slices.Grow(d.toks, est-len(d.toks))
		}
		// tokenize long spans in pieces cut at line breaks, so that the token
		// buffer stays small.
		first := true
		for sp.Start < sp.End {
			piece := sp
			if piece.End-piece.Start > 1<<15 {
				cut := strings.IndexByte(d.input[piece.Start+1<<15:piece.End], '\n')
				if cut >= 0 {
					piece.End = piece.Start + 1<<15 + cut + 1
				}
			}
			sp.Start = piece.End
			buf = text.Tokenize(buf[:0], d.input, piece)
			d.addTokens(buf, si > 0 && first)
			first = false
		}
	}
	d.finishPrepare(ents)
}

// addTokens converts tokens of the text package; newSpan marks the first
// token of a new kept span as a paragraph start.
func (d *doc) addTokens(buf []text.Token, newSpan bool) {
	{
		for i, t := range buf {
			k := tok{start: int32(t.Start), end: int32(t.End), id: -1, kind: t.Kind, men: -1}
			if t.SpaceBefore {
				k.flags |= tSpace
			}
			if t.Newline || i == 0 && newSpan {
				k.flags |= tNL
			}
			switch t.Kind {
			case text.Word:
				w := d.input[t.Start:t.End]
				if len(w) <= maxKeyLen {
					key := w
					if !plainKey(w) {
						d.key = text.AppendKey(d.key[:0], w)
						if d.a.maybe(string(d.key)) {
							if id, ok := d.a.vocab[string(d.key)]; ok {
								k.id = id
							}
						}
					} else if d.a.maybe(key) {
						if id, ok := d.a.vocab[key]; ok {
							k.id = id
						}
					}
				}
				r, _ := utf8.DecodeRuneInString(w)
				if unicode.IsUpper(r) {
					k.flags |= tCap
					if len(w) > 1 && isAllCaps(w) {
						k.flags |= tAllCaps
					}
				}
				if w == "à" || w == "À" {
					k.flags |= tA
				}
				if k.id >= 0 {
					k.wf = d.a.entries[k.id].flags
					if k.flags&tA != 0 {
						k.wf &^= wAux | wVerbStart
					}
				}
			case text.Punct:
				if w := d.input[t.Start:t.End]; w == "-" || w == "‑" || w == "‐" || w == "–" {
					k.id = d.a.dashID
					k.wf = d.a.entries[k.id].flags
				}
			}
			d.toks = append(d.toks, k)
		}
	}
}

// finishPrepare marks paragraphs, sentences and entities.
func (d *doc) finishPrepare(ents []entities.Entity) {
	if len(d.toks) == 0 {
		return
	}
	// paragraphs and sentences.
	para, sent := int32(0), int32(0)
	d.toks[0].flags |= tPara | tSentStart
	for i := 1; i < len(d.toks); i++ {
		t := &d.toks[i]
		if t.flags&tNL != 0 {
			para++
			t.flags |= tPara
		}
		if t.flags&tPara != 0 || d.endsSentence(i-1) {
			sent++
			d.sentEnd = append(d.sentEnd, int32(i))
			t.flags |= tSentStart
		}
		t.para, t.sent = para, sent
	}
	d.sentEnd = append(d.sentEnd, int32(len(d.toks)))
	// entities, sorted, mapped to tokens.
	if len(ents) > 0 {
		// the entities package returns them sorted and valid; copy only when not.
		d.ents = ents
		for i, e := range ents {
			if e.Start < 0 || e.Start >= e.End || e.End > len(d.input) || i > 0 && entLess(e, ents[i-1]) {
				d.ents = make([]entities.Entity, 0, len(ents))
				for _, e := range ents {
					if e.Start >= 0 && e.Start < e.End && e.End <= len(d.input) {
						d.ents = append(d.ents, e)
					}
				}
				slices.SortStableFunc(d.ents, func(a, b entities.Entity) int {
					if entLess(a, b) {
						return -1
					}
					if entLess(b, a) {
						return 1
					}
					return 0
				})
				break
			}
		}
		j := 0
		d.mentions = slices.Grow(d.mentions, len(d.ents))
		for _, e := range d.ents {
			for j < len(d.toks) && int(d.toks[j].end) <= e.Start {
				j++
			}
			k := j
			first := -1
			for k < len(d.toks) && int(d.toks[k].start) < e.End {
				if d.toks[k].flags&tEnt == 0 {
					d.toks[k].flags |= tEnt
					if first < 0 {
						first = k
					}
				}
				k++
			}
			if first >= 0 {
				switch e.Type {
				case entities.ORG, entities.PER, entities.MEDIA:
					d.addMention(mention{start: first, end: k, typ: e.Type, canonical: e.Canonical, sub: e.Subtype})
				}
			}
		}
		// names the entities package did not type (an unknown company that
		// is the dispatch's subject): mentions of unknown type.
		n := len(d.mentions)
		d.findNames(true)
		if len(d.mentions) > n {
			// merge the two sorted runs (entities, then names) in linear time.
			out := d.merge[:0]
			a, b := d.mentions[:n], d.mentions[n:]
			for len(a) > 0 || len(b) > 0 {
				if len(b) == 0 || len(a) > 0 && a[0].start <= b[0].start {
					out, a = append(out, a[0]), a[1:]
				} else {
					out, b = append(out, b[0]), b[1:]
				}
			}
			d.mentions, d.merge = out, d.mentions[:0]
			for mi, m := range d.mentions {
				for k := m.start; k < m.end; k++ {
					d.toks[k].men = int32(mi)
				}
			}
		}
	} else {
		d.findNames(false)
	}
	// running counts of each name, for the salience of companies.
	// An acronym in brackets right after the full name ("Amazon Web
	// Services (AWS)") is the same mention, not one more.
	seen := map[string]int32{}
	for mi, m := range d.mentions {
		if !(mi > 0 && d.mentions[mi-1].canonical == m.canonical && d.is(m.start-1, "(") && d.mentions[mi-1].end == m.start-1) {
			seen[m.canonical]++
		}
		d.counts = append(d.counts, seen[m.canonical])
	}
	// the company the dispatch opens with: the first organisation that is
	// the subject of one of its first sentences (the headline, the lead).
	for _, m := range d.mentions {
		if d.toks[m.start].sent > 2 {
			break
		}
		if (m.typ == entities.ORG || m.typ == "") && d.toks[m.start].flags&tInQuote == 0 && d.subjectAt(m) {
			d.lead = m.canonical
			break
		}
	}
}

// subjectAt reports whether the mention m opens its sentence, maybe after a
// determiner, a company noun ("Le groupe X") or a dateline dash.
func (d *doc) subjectAt(m mention) bool {
	i := m.start
	return d.toks[i].flags&tSentStart != 0 || i > 0 && d.toks[i-1].flags&tSentStart != 0 && d.wf(i-1)&wDet != 0 ||
		d.dash(i-1) || d.companyNoun(i)
}

// plainKey reports whether w is its own key: lower-case ASCII letters and
// apostrophes.
func plainKey(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'a' || c > 'z' {
			if c != '\'' && c != '-' {
				return false
			}
		}
	}
	return true
}

// maxKeyLen bounds the words looked up in the vocabulary.
const maxKeyLen = 40

func entLess(a, b entities.Entity) bool {
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	return a.End > b.End
}

func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if '0' <= w[i] && w[i] <= '9' {
			return true
		}
	}
	return false
}

func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

// endsSentence reports whether token i ends a sentence: final punctuation
// (not after an abbreviation or an initial), and closing marks glued to it,
// before a token that can start one.
func (d *doc) endsSentence(i int) bool {
	t := d.toks[i]
	if t.kind != text.Punct && t.kind != text.Quote && t.kind != text.Ellipsis {
		return false // words, numbers, links end no sentence
	}
	s := d.input[t.start:t.end]
	j := i
	if t.kind == text.Quote || s == ")" {
		// ". »" / ".»" / '."': look through closing marks glued to final punctuation.
		for j > 0 && j > i-3 && (d.toks[j].kind == text.Quote || d.input[d.toks[j].start:d.toks[j].end] == ")") && d.toks[j].start-d.toks[j-1].end <= 3 {
			j--
		}
		if j == i {
			return false
		}
		s = d.input[d.toks[j].start:d.toks[j].end]
	}
	switch s {
	case "!", "?", "…", "...", ";":
	case ".":
		if j > 0 && d.toks[j-1].end == d.toks[j].start && d.toks[j-1].kind == text.Word {
			w := d.input[d.toks[j-1].start:d.toks[j-1].end]
			if text.IsAbbreviation(w) || utf8.RuneCountInString(w) == 1 {
				return false
			}
		}
	default:
		return false
	}
	if s == ";" {
		return false
	}
	if i+1 < len(d.toks) {
		n := d.toks[i+1]
		if n.flags&tNL != 0 {
			return true
		}
		if n.kind == text.Quote {
			// a closing mark after the period stays in this sentence.
			if j == i && d.isCloserShape(i+1) {
				return false
			}
			return true
		}
		if n.kind == text.Number || n.flags&tCap != 0 {
			return true
		}
		r, _ := utf8.DecodeRuneInString(d.input[n.start:])
		return r == '(' || r == '-' || r == '—' || r == '–'
	}
	return true
}

// isCloserShape reports whether the quote mark at i can only close.
func (d *doc) isCloserShape(i int) bool {
	switch d.input[d.toks[i].start:d.toks[i].end] {
	case "»", "”", "›", ">>":
		return true
	}
	return false
}

// sentOf returns the token range of the sentence holding token i.
func (d *doc) sentRange(i int) (int, int) {
	s := int(d.toks[i].sent)
	lo := 0
	if s > 0 {
		lo = int(d.sentEnd[s-1])
	}
	return lo, int(d.sentEnd[s])
}

// flags returns the word-class flags of token i.
func (d *doc) wf(i int) uint32 {
	if i < 0 || i >= len(d.toks) {
		return 0
	}
	return d.toks[i].wf
}

func (d *doc) entry(i int) *entry {
	if i < 0 || i >= len(d.toks) || d.toks[i].id < 0 {
		return nil
	}
	return &d.a.entries[d.toks[i].id]
}

// txt returns the text of token i.
func (d *doc) txt(i int) string { return d.input[d.toks[i].start:d.toks[i].end] }

// is reports whether token i is the punctuation s.
func (d *doc) is(i int, s string) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].end-d.toks[i].start == int32(len(s)) && d.txt(i) == s
}

func (d *doc) isWord(i int) bool {
	return i >= 0 && i < len(d.toks) && (d.toks[i].kind == text.Word || d.toks[i].kind == text.Number)
}

// findNames marks runs of capitalised words as mentions of unknown type:
// all of them when no entities were given, else (extra) only the words no
// entity covers, leaving out acronyms and financial abbreviations ("CHF",
// "Ebitda"), which the entities package types when they are names.
func (d *doc) findNames(extra bool) {
	// capitalised words seen inside sentences are names at a sentence start too.
	if d.inner == nil {
		d.inner = map[string]bool{}
	}
	inner := d.inner
	clear(inner)
	for i, t := range d.toks {
		if t.kind == text.Word && t.flags&(tCap|tSentStart) == tCap && i > 0 && d.toks[i-1].kind != text.Quote {
			inner[d.txt(i)] = true
		}
	}
	for i := 0; i < len(d.toks); {
		t := d.toks[i]
		if t.kind != text.Word || t.flags&(tCap|tEnt) != tCap || d.wf(i)&(wDet|wSubj|wBackStop|wPrepStop|wTitle|wTime|wAdv|wVerbStart) != 0 && t.flags&tAllCaps == 0 || d.isCommonCap(i) || d.is(i-1, "(") || hasDigit(d.txt(i)) ||
			t.flags&tAllCaps != 0 && i > 0 && d.toks[i-1].kind == text.Number || // "325 ME", "982 MDH"
			d.wf(i)&wUnit != 0 && i > 0 && d.toks[i-1].kind == text.Number { // "1,2 Md€", "3 Mds EUR"
			i++
			continue
		}
		if d.wf(i)&wDet != 0 && t.flags&tAllCaps == 0 && !(d.txtKey(i) == "the" && i+1 < len(d.toks) && d.toks[i+1].flags&tCap != 0) {
			i++
			continue
		}
		j := i + 1
		for j < len(d.toks) && d.toks[j].flags&tNL == 0 {
			if d.toks[j].flags&tEnt != 0 {
				break
			}
			if d.toks[j].kind == text.Word && d.toks[j].flags&tCap != 0 && d.toks[j].flags&tSpace != 0 {
				j++
				continue
			}
			if (d.is(j, "-") || d.is(j, "&") || d.is(j, ".")) && d.toks[j].flags&tSpace == 0 && j+1 < len(d.toks) && d.toks[j+1].flags&tCap != 0 && d.toks[j+1].flags&tSpace == 0 {
				j += 2
				continue
			}
			if d.wf(j)&wNameSmall != 0 && d.wf(j)&wEt == 0 && j+1 < len(d.toks) && d.toks[j+1].kind == text.Word && d.toks[j+1].flags&(tCap|tEnt) == tCap && d.wf(j+1)&(wDet|wSubj) == 0 {
				j += 2
				continue
			}
			break
		}
		// a sentence-initial capital alone is usually a common word, unless a
		// verb follows it ("Microsoft estime").
		if j == i+1 && t.flags&tSentStart != 0 && t.flags&tAllCaps == 0 && d.wf(j)&(wAux|wVerbStart) == 0 && !inner[d.txt(i)] &&
			!(d.wf(j)&wEt != 0 && j+1 < len(d.toks) && d.toks[j+1].flags&tCap != 0) {
			i = j
			continue
		}
		if extra && d.notName(i, j) {
			i = j
			continue
		}
		canon := d.input[t.start:d.toks[j-1].end]
		var typ entities.Type
		if p, e, ok := d.phraseAt(i, j, kindOutlet); ok && e == j {
			canon, typ = p.value, entities.MEDIA
		}
		if j == i+1 && typ == "" {
			// a surname after the full name: "Franz" after "Christoph Franz".
			w := d.txt(i)
			for k := len(d.mentions) - 1; k >= 0 && k >= len(d.mentions)-maxLookBack; k-- {
				m := d.mentions[k]
				if m.end-m.start > 1 && d.txt(m.end-1) == w {
					canon = m.canonical
					break
				}
			}
		}
		d.addMention(mention{start: i, end: j, canonical: canon, typ: typ})
		i = j
	}
}

// notName reports whether the capitalised run [i, j) is an acronym or a
// financial abbreviation rather than a name.
func (d *doc) notName(i, j int) bool {
	for k := i; k < j; k++ {
		if d.toks[k].flags&tAllCaps != 0 && len(d.txt(k)) < 4 {
			return true
		}
		for _, w := range finAbbrev {
			if strings.EqualFold(d.txt(k), w) {
				return true
			}
		}
	}
	return false
}

// finAbbrev lists capitalised financial terms that are no names.
var finAbbrev = []string{"ebitda", "ebit", "ebitdar", "capex", "opex", "bpa", "cac", "ifrs"}

// isCommonCap reports whether the capitalised token i is a known common word
// (an agent noun or a verb) rather than a name.
func (d *doc) isCommonCap(i int) bool {
	e := d.entry(i)
	if e == nil {
		return false
	}
	return e.agent != ""
}

// mentionAt returns the mention covering token i.
func (d *doc) mentionAt(i int) (mention, bool) {
	if i < 0 || i >= len(d.toks) || d.toks[i].men < 0 {
		return mention{}, false
	}
	return d.mentions[d.toks[i].men], true
}

// addMention appends a mention and marks its tokens.
func (d *doc) addMention(m mention) {
	for k := m.start; k < m.end; k++ {
		d.toks[k].men = int32(len(d.mentions))
	}
	d.mentions = append(d.mentions, m)
}

// results sorts the items and appends them to qs, as and ws. The doc keeps
// its own buffers for the next call.
func (d *doc) results(qs []Quote, as []Attribution, ws []Warning) ([]Quote, []Attribution, []Warning) {
	n := len(qs)
	for _, q := range d.quotes {
		if !q.drop {
			qs = append(qs, q.Quote)
		}
	}
	sort.SliceStable(qs[n:], func(i, j int) bool {
		a, b := &qs[n+i], &qs[n+j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End < b.End
	})
	at := d.atts
	sort.SliceStable(at, func(i, j int) bool {
		if at[i].Start != at[j].Start {
			return at[i].Start < at[j].Start
		}
		return at[i].End < at[j].End
	})
	return qs, append(as, at...), append(ws, d.warns...)
}
